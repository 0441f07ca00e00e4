//! The GraphQL documents and small steps several end-to-end modules share: create, submit,
//! approve, add and confirm a line, mark held, issue an invoice, each asserting that the
//! payload came back without user errors.

use convene_e2e::Server;
use serde_json::{Value, json};

/// The ten demo missions.
pub(crate) const MISSIONS: [&str; 10] = [
    "FRA", "KEN", "BRA", "JPN", "IND", "NOR", "EGY", "MEX", "CAN", "ZAF",
];

pub(crate) const CREATE: &str = "mutation($input: EventRequestCreateInput!) {
  eventRequestCreate(input: $input) {
    eventRequest { id status version }
    userErrors { code field message }
  }
}";

pub(crate) const SUBMIT: &str = "mutation($input: EventRequestRefInput!) {
  eventRequestSubmit(input: $input) {
    eventRequest { id status }
    userErrors { code field message }
  }
}";

pub(crate) const APPROVE: &str = "mutation($input: EventRequestApproveInput!) {
  eventRequestApprove(input: $input) {
    eventRequest { id status roomCode }
    userErrors { code field message }
  }
}";

pub(crate) const MARK_HELD: &str = "mutation($input: EventRequestRefInput!) {
  eventRequestMarkHeld(input: $input) {
    eventRequest { id status }
    userErrors { code field message }
  }
}";

pub(crate) const ADD_LINE: &str = "mutation($input: ServiceLineAddInput!) {
  serviceLineAdd(input: $input) {
    serviceLine { id unitCode itemCode quantity status }
    userErrors { code field message }
  }
}";

pub(crate) const CONFIRM_LINE: &str = "mutation($input: ServiceLineConfirmInput!) {
  serviceLineConfirm(input: $input) {
    serviceLine { id status }
    userErrors { code field message }
  }
}";

pub(crate) const ISSUE_INVOICE: &str = "mutation($input: InvoiceIssueInput!) {
  invoiceIssue(input: $input) {
    invoice { id number eventRequestId }
    userErrors { code field message }
  }
}";

/// The payload `name` of a mutation's `data`, asserting it has no user errors.
pub(crate) fn accepted<'a>(data: &'a Value, name: &str) -> &'a Value {
    let payload = &data[name];
    assert_eq!(
        payload["userErrors"],
        json!([]),
        "{name} was rejected: {payload}"
    );
    payload
}

/// The input of a request on one day (`2026-05-12`), from `from` to `to` (`10:00`), in New
/// York summer time.
pub(crate) fn request_input(
    title: &str,
    day: &str,
    from: &str,
    to: &str,
    attendance: u32,
) -> Value {
    json!({
        "title": title,
        "start": format!("{day}T{from}:00-04:00"),
        "end": format!("{day}T{to}:00-04:00"),
        "expectedAttendance": attendance,
    })
}

/// Creates a request as a mission and returns its id.
pub(crate) fn create(server: &Server, mission: &str, input: Value) -> String {
    let data = server.data(
        &server.tokens.mission(mission),
        CREATE,
        json!({ "input": input }),
    );
    id_of(&accepted(&data, "eventRequestCreate")["eventRequest"])
}

/// Submits a mission's request.
pub(crate) fn submit(server: &Server, mission: &str, id: &str) {
    let data = server.data(
        &server.tokens.mission(mission),
        SUBMIT,
        json!({ "input": { "eventRequestId": id } }),
    );
    let payload = accepted(&data, "eventRequestSubmit");
    assert_eq!(payload["eventRequest"]["status"], "SUBMITTED", "{payload}");
}

/// Approves a request in a room (as the focal point).
pub(crate) fn approve(server: &Server, id: &str, room: &str) {
    let data = server.data(
        &server.tokens.focal_point,
        APPROVE,
        json!({ "input": { "eventRequestId": id, "roomCode": room } }),
    );
    let payload = accepted(&data, "eventRequestApprove");
    assert_eq!(payload["eventRequest"]["status"], "APPROVED", "{payload}");
}

/// Adds a line to a mission's request and returns the line's id.
pub(crate) fn add_line(
    server: &Server,
    mission: &str,
    id: &str,
    item: &str,
    quantity: &str,
) -> String {
    let data = server.data(
        &server.tokens.mission(mission),
        ADD_LINE,
        json!({ "input": { "eventRequestId": id, "itemCode": item, "quantity": quantity } }),
    );
    id_of(&accepted(&data, "serviceLineAdd")["serviceLine"])
}

/// Confirms a line at the rate-card price, as its unit.
pub(crate) fn confirm_line(server: &Server, unit: &str, line: &str) {
    let data = server.data(
        &server.tokens.unit(unit),
        CONFIRM_LINE,
        json!({ "input": { "serviceLineId": line } }),
    );
    let payload = accepted(&data, "serviceLineConfirm");
    assert_eq!(payload["serviceLine"]["status"], "CONFIRMED", "{payload}");
}

/// Marks an approved request held (as the focal point).
pub(crate) fn mark_held(server: &Server, id: &str) {
    let data = server.data(
        &server.tokens.focal_point,
        MARK_HELD,
        json!({ "input": { "eventRequestId": id } }),
    );
    let payload = accepted(&data, "eventRequestMarkHeld");
    assert_eq!(payload["eventRequest"]["status"], "HELD", "{payload}");
}

/// The `id` of an object, which must be there.
pub(crate) fn id_of(object: &Value) -> String {
    object["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no id in {object}"))
        .to_string()
}
