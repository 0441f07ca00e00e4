//! The shared steps of the end-to-end stories: the GraphQL documents of every mutation (with
//! a selection wide enough to see any leak), the instants the stories run at, and small steps
//! that drive a request through its life and insist that each step succeeded.

use convene_e2e::Server;
use serde_json::{Value, json};

/// When the stories start: a Wednesday, six weeks before the event.
pub(crate) const NOW: &str = "2026-04-01T09:00:00-04:00";
/// The event: Tuesday 12 May 2026, 10:00–12:00 in New York (EDT, UTC−4).
pub(crate) const START: &str = "2026-05-12T10:00:00-04:00";
pub(crate) const END: &str = "2026-05-12T12:00:00-04:00";
/// The morning after the event.
pub(crate) const AFTER: &str = "2026-05-13T09:00:00-04:00";

/// A line as every test reads it.
pub(crate) const LINE: &str = "id eventRequestId unitCode itemCode quantity deliveredQuantity \
    unitPrice { amount currency } amount { amount currency } rateVersion status note confirmationNote quoted reason version";

/// A request as every test reads it: header, lines, guests, bill, fee, invoice and history.
pub(crate) const REQUEST: &str = "id reference missionCode title description start end \
    expectedAttendance preferredRoomCode roomCode status reason version \
    focalPoint { name email phone } \
    serviceLines { id eventRequestId unitCode itemCode quantity deliveredQuantity \
      unitPrice { amount currency } amount { amount currency } rateVersion status note reason version } \
    guests { id fullName organization } \
    estimate { lines { serviceLineId unitCode itemCode quantity unitPrice { amount } amount { amount } feeRate rateVersion } \
      subtotals { unitCode amount { amount currency } } total { amount currency } } \
    cancellationFee { amount currency } \
    invoice { id number } \
    history { position type actor at }";

/// An invoice as every test reads it.
pub(crate) const INVOICE: &str = "id number missionCode eventRequestId issuedAt reason status version \
    lines { serviceLineId unitCode itemCode quantity unitPrice { amount currency } amount { amount currency } feeRate rateVersion } \
    subtotals { unitCode amount { amount currency } } \
    total { amount currency } credited { amount currency } paid { amount currency } balance { amount currency } \
    creditNotes { id number amount { amount currency } reason unitCode issuedAt } \
    payments { id amount { amount } reference receivedAt }";

/// What every payload answers when it refuses.
pub(crate) const USER_ERRORS: &str = "userErrors { code field message currentVersion \
    en: message(lang: EN) fr: message(lang: FR) es: message(lang: ES) \
    ar: message(lang: AR) zh: message(lang: ZH) ru: message(lang: RU) }";

/// The input type and payload selection of each mutation of the schema.
pub(crate) fn mutation_document(name: &str) -> String {
    let (input, selection) = match name {
        "eventRequestCreate" => ("EventRequestCreateInput", request_payload()),
        "eventRequestUpdate" => ("EventRequestUpdateInput", request_payload()),
        "eventRequestSubmit" => ("EventRequestRefInput", request_payload()),
        "eventRequestApprove" => ("EventRequestApproveInput", request_payload()),
        "eventRequestReject" => ("EventRequestReasonInput", request_payload()),
        "eventRequestCancel" => ("EventRequestReasonInput", request_payload()),
        "eventRequestMarkHeld" => ("EventRequestRefInput", request_payload()),
        "serviceLineAdd" => ("ServiceLineAddInput", line_payload()),
        "serviceLineRemove" => ("ServiceLineRefInput", line_payload()),
        "serviceLineConfirm" => ("ServiceLineConfirmInput", line_payload()),
        "serviceLineDecline" => ("ServiceLineReasonInput", line_payload()),
        "serviceLineDeliver" => ("ServiceLineDeliverInput", line_payload()),
        "guestAdd" => (
            "GuestAddInput",
            format!(
                "guest {{ id fullName organization }} eventRequest {{ {REQUEST} }} {USER_ERRORS}"
            ),
        ),
        "guestRemove" => (
            "GuestRemoveInput",
            format!(
                "guest {{ id fullName organization }} eventRequest {{ {REQUEST} }} {USER_ERRORS}"
            ),
        ),
        "invoiceIssue" => ("InvoiceIssueInput", invoice_payload()),
        "creditNoteIssue" => ("CreditNoteIssueInput", invoice_payload()),
        "paymentRecord" => ("PaymentRecordInput", invoice_payload()),
        "feedbackSubmit" => (
            "FeedbackSubmitInput",
            format!(
                "satisfaction {{ unitCode average count }} eventRequest {{ {REQUEST} }} {USER_ERRORS}"
            ),
        ),
        "tokenCreate" => ("TokenCreateInput", format!("token {USER_ERRORS}")),
        "roomRegister" => ("RoomRegisterInput", format!("ok {USER_ERRORS}")),
        "unitRegister" => ("UnitRegisterInput", format!("ok {USER_ERRORS}")),
        "catalogItemAdd" => ("CatalogItemAddInput", format!("ok {USER_ERRORS}")),
        "catalogItemPriceChange" => ("CatalogItemPriceChangeInput", format!("ok {USER_ERRORS}")),
        "missionRegister" => ("MissionRegisterInput", format!("ok {USER_ERRORS}")),
        "focalPointRegister" => ("FocalPointRegisterInput", format!("ok {USER_ERRORS}")),
        "tokenRevoke" => ("TokenRevokeInput", format!("ok {USER_ERRORS}")),
        other => panic!("no such mutation in the schema: {other}"),
    };
    format!("mutation($input: {input}!) {{ {name}(input: $input) {{ {selection} }} }}")
}

fn request_payload() -> String {
    format!("eventRequest {{ {REQUEST} }} {USER_ERRORS}")
}

fn line_payload() -> String {
    format!("serviceLine {{ {LINE} }} eventRequest {{ {REQUEST} }} {USER_ERRORS}")
}

fn invoice_payload() -> String {
    format!("invoice {{ {INVOICE} }} {USER_ERRORS}")
}

/// Runs a mutation that must reach its resolver (no top-level error); returns its payload.
pub(crate) fn mutate(server: &Server, token: &str, name: &str, input: Value) -> Value {
    server.data(token, &mutation_document(name), json!({ "input": input }))[name].clone()
}

/// Runs a mutation that must succeed; returns its payload.
pub(crate) fn succeed(server: &Server, token: &str, name: &str, input: Value) -> Value {
    let payload = mutate(server, token, name, input.clone());
    assert_eq!(
        payload["userErrors"],
        json!([]),
        "{name}({input}) was refused: {payload}"
    );
    payload
}

/// Runs a mutation that must be refused with `code`; returns the (single) user error.
pub(crate) fn refuse(server: &Server, token: &str, name: &str, input: Value, code: &str) -> Value {
    let payload = mutate(server, token, name, input.clone());
    let errors = payload["userErrors"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        errors.len(),
        1,
        "{name}({input}) should be refused with {code}: {payload}"
    );
    assert_eq!(
        errors[0]["code"], code,
        "{name}({input}) should be refused with {code}: {payload}"
    );
    assert_speaks_six_languages(&errors[0]);
    errors[0].clone()
}

/// Reads a request (as `token` sees it); `Value::Null` when it is not visible.
pub(crate) fn read_request(server: &Server, token: &str, id: &str) -> Value {
    server.data(
        token,
        &format!("query($id: ID!) {{ eventRequest(id: $id) {{ {REQUEST} }} }}"),
        json!({ "id": id }),
    )["eventRequest"]
        .clone()
}

/// Reads an invoice (as `token` sees it); `Value::Null` when it is not visible.
pub(crate) fn read_invoice(server: &Server, token: &str, id: &str) -> Value {
    server.data(
        token,
        &format!("query($id: ID!) {{ invoice(id: $id) {{ {INVOICE} }} }}"),
        json!({ "id": id }),
    )["invoice"]
        .clone()
}

/// A request's header for `eventRequestCreate`.
pub(crate) fn header(title: &str, start: &str, end: &str, attendance: i64) -> Value {
    json!({
        "title": title,
        "description": "An end-to-end story.",
        "start": start,
        "end": end,
        "expectedAttendance": attendance,
    })
}

/// Creates a draft for `mission`; returns its id.
pub(crate) fn create(server: &Server, mission: &str, input: Value) -> String {
    let payload = succeed(
        server,
        &server.tokens.mission(mission),
        "eventRequestCreate",
        input,
    );
    text(&payload["eventRequest"]["id"])
}

/// Adds a line to `mission`'s request; returns the line's id.
pub(crate) fn add_line(
    server: &Server,
    mission: &str,
    request: &str,
    item: &str,
    quantity: &str,
) -> String {
    let payload = succeed(
        server,
        &server.tokens.mission(mission),
        "serviceLineAdd",
        json!({ "eventRequestId": request, "itemCode": item, "quantity": quantity }),
    );
    text(&payload["serviceLine"]["id"])
}

/// Submits `mission`'s request.
pub(crate) fn submit(server: &Server, mission: &str, request: &str) -> Value {
    succeed(
        server,
        &server.tokens.mission(mission),
        "eventRequestSubmit",
        json!({ "eventRequestId": request }),
    )["eventRequest"]
        .clone()
}

/// The focal point approves a request in `room`.
pub(crate) fn approve(server: &Server, request: &str, room: &str) -> Value {
    succeed(
        server,
        &server.tokens.focal_point,
        "eventRequestApprove",
        json!({ "eventRequestId": request, "roomCode": room }),
    )["eventRequest"]
        .clone()
}

/// `unit` confirms its line at the rate card's price.
pub(crate) fn confirm(server: &Server, unit: &str, line: &str) -> Value {
    succeed(
        server,
        &server.tokens.unit(unit),
        "serviceLineConfirm",
        json!({ "serviceLineId": line }),
    )["serviceLine"]
        .clone()
}

/// `unit` confirms its line at its own price, saying why.
pub(crate) fn confirm_at(
    server: &Server,
    unit: &str,
    line: &str,
    price: &str,
    note: &str,
) -> Value {
    succeed(
        server,
        &server.tokens.unit(unit),
        "serviceLineConfirm",
        json!({ "serviceLineId": line, "unitPrice": price, "note": note }),
    )["serviceLine"]
        .clone()
}

/// Finance issues the invoice of a request; returns it.
pub(crate) fn issue_invoice(server: &Server, request: &str) -> Value {
    succeed(
        server,
        &server.tokens.finance,
        "invoiceIssue",
        json!({ "eventRequestId": request }),
    )["invoice"]
        .clone()
}

/// A JSON string's text.
pub(crate) fn text(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"))
        .to_string()
}

/// The amount of a `Money` value, e.g. `"1250.00"`; insists it is a decimal string in USD.
pub(crate) fn amount(money: &Value) -> String {
    assert_eq!(money["currency"], "USD", "{money}");
    assert!(
        money["amount"].is_string(),
        "an amount is a decimal string, never a JSON number: {money}"
    );
    text(&money["amount"])
}

/// `{unitCode: amount}` of a list of subtotals, in their order.
pub(crate) fn subtotals(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .expect("subtotals")
        .iter()
        .map(|subtotal| (text(&subtotal["unitCode"]), amount(&subtotal["amount"])))
        .collect()
}

/// The event types of a request's history, in the order given.
pub(crate) fn history_types(request: &Value) -> Vec<String> {
    request["history"]
        .as_array()
        .expect("a history")
        .iter()
        .map(|entry| text(&entry["type"]))
        .collect()
}

/// The pairs `(unitCode, amount)` as owned strings, for comparing with `subtotals`.
pub(crate) fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(unit, amount)| (unit.to_string(), amount.to_string()))
        .collect()
}

/// A user error's message exists in the six official languages, each its own text.
pub(crate) fn assert_speaks_six_languages(error: &Value) {
    let languages = ["en", "fr", "es", "ar", "zh", "ru"];
    let messages: Vec<String> = languages.iter().map(|lang| text(&error[*lang])).collect();
    assert_eq!(
        messages[0],
        text(&error["message"]),
        "English by default: {error}"
    );
    for (index, message) in messages.iter().enumerate() {
        assert!(!message.trim().is_empty(), "{}: {error}", languages[index]);
        for other in &messages[..index] {
            assert_ne!(
                message, other,
                "{} repeats another language: {error}",
                languages[index]
            );
        }
    }
}
