//! The isolation matrix (QUALITY.md): every query and every mutation of the schema, called by
//! every role against objects owned by the mission FRA, with the mission KEN as the foreign
//! tenant. The table below is the whole specification: one row per operation, one column per
//! caller. On top of each cell's expectation, every response is scanned for the secrets the
//! caller may not see (titles, ids, references, guest names, invoice numbers of others).

use convene_e2e::{HttpResponse, Server};
use serde_json::{Value, json};
use std::collections::BTreeMap;

use crate::scenario::*;

/// The callers, in the order of the table's columns (`---`: no token; `bad`: a token that
/// was never issued).
const CALLERS: [Caller; 14] = [
    Caller::Mission("FRA"),
    Caller::Mission("KEN"),
    Caller::Unit("CATERING"),
    Caller::Unit("SECURITY"),
    Caller::Unit("AV"),
    Caller::Unit("INTERPRETATION"),
    Caller::Unit("FACILITIES"),
    Caller::Unit("PHOTO"),
    Caller::Unit("WEBCAST"),
    Caller::FocalPoint,
    Caller::Finance,
    Caller::Admin,
    Caller::NoToken,
    Caller::BadToken,
];

/// One row per operation. The objects, all FRA's unless said otherwise:
/// - `open`: a submitted then approved request (CR5) with a CATERING line (`cat`), a
///   SECURITY line (`sec`) and a guest;
/// - `closed`: a request cancelled the day before its start and invoiced (`invoice`) for its
///   one CATERING line (`water`);
/// - KEN's own draft, for the listings.
///
/// A mutation aimed at `closed` (or its line) cannot change anything for a caller it lets
/// through, so the rows never depend on each other. Each cell:
/// - `ok`: allowed. A query returns the object named by the row's witness; a mutation is past
///   every access check (no NOT_FOUND, FORBIDDEN or top-level error; a business refusal such
///   as INVALID_TRANSITION is fine).
/// - `nf`: the object does not exist for the caller. A query gives `null`; a mutation the
///   NOT_FOUND user error, exactly as for an id that does not exist.
/// - `em`: a listing that answers, without the witness.
/// - `fb`: the role may not: a mutation's FORBIDDEN user error, a query's FORBIDDEN error.
/// - `un`: no valid token: a top-level error with code UNAUTHENTICATED.
const MATRIX: &str = "
operation                  FRA KEN CAT SEC AV  INT FAC PHO WEB FP  FIN ADM --- bad
viewer                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
rooms                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
availableRooms             ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
roomSchedule               ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
units                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
catalog                    ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
whoHandles                 ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
unitSatisfaction           ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  un  un
eventRequest(open)         ok  nf  ok  ok  nf  nf  nf  nf  nf  ok  ok  ok  un  un
eventRequest(closed)       ok  nf  ok  nf  nf  nf  nf  nf  nf  ok  ok  ok  un  un
eventRequests              ok  em  fb  fb  fb  fb  fb  fb  fb  ok  ok  ok  un  un
eventRequests(CANCELLED)   em  em  fb  fb  fb  fb  fb  fb  fb  em  em  em  un  un
eventRequests(CLOSED)      ok  em  fb  fb  fb  fb  fb  fb  fb  ok  ok  ok  un  un
serviceLines               fb  fb  ok  ok  em  em  em  em  em  ok  ok  ok  un  un
serviceLines(SECURITY)     fb  fb  em  ok  em  em  em  em  em  ok  ok  ok  un  un
invoice                    ok  nf  nf  nf  nf  nf  nf  nf  nf  nf  ok  ok  un  un
invoices                   ok  em  fb  fb  fb  fb  fb  fb  fb  fb  ok  ok  un  un
invoices(FRA)              ok  em  fb  fb  fb  fb  fb  fb  fb  fb  ok  ok  un  un
revenue                    fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  ok  un  un
eventRequestCreate         ok  ok  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  un  un
eventRequestUpdate         ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
eventRequestSubmit         ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
eventRequestApprove        fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  fb  ok  un  un
eventRequestReject         fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  fb  ok  un  un
eventRequestCancel         ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
eventRequestMarkHeld       fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  fb  ok  un  un
serviceLineAdd             ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
serviceLineRemove          ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
serviceLineConfirm         fb  fb  ok  nf  nf  nf  nf  nf  nf  fb  fb  ok  un  un
serviceLineDecline         fb  fb  ok  nf  nf  nf  nf  nf  nf  fb  fb  ok  un  un
serviceLineDeliver         fb  fb  ok  nf  nf  nf  nf  nf  nf  fb  fb  ok  un  un
guestAdd                   ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
guestRemove                ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
invoiceIssue               fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  ok  un  un
creditNoteIssue            fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  ok  un  un
paymentRecord              fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  ok  un  un
feedbackSubmit             ok  nf  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
tokenCreate                fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
roomRegister               fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
unitRegister               fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
catalogItemAdd             fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
catalogItemPriceChange     fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
missionRegister            fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
focalPointRegister         fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
tokenRevoke                fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  fb  ok  un  un
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Mission(&'static str),
    Unit(&'static str),
    FocalPoint,
    Finance,
    Admin,
    NoToken,
    BadToken,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allowed,
    NotFound,
    Empty,
    Forbidden,
    Unauthenticated,
}

impl Expect {
    fn parse(cell: &str) -> Expect {
        match cell {
            "ok" => Expect::Allowed,
            "nf" => Expect::NotFound,
            "em" => Expect::Empty,
            "fb" => Expect::Forbidden,
            "un" => Expect::Unauthenticated,
            other => panic!("unknown cell {other:?} in the matrix"),
        }
    }
}

/// The rows of the table: each operation with one expectation per caller.
fn matrix() -> Vec<(String, Vec<Expect>)> {
    let mut lines = MATRIX.lines().filter(|line| !line.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("a header").split_whitespace().collect();
    assert_eq!(header.len(), CALLERS.len() + 1, "a column per caller");
    lines
        .map(|line| {
            let mut words = line.split_whitespace();
            let operation = words.next().expect("an operation").to_string();
            (operation, words.map(Expect::parse).collect())
        })
        .collect()
}

/// FRA's objects (and KEN's draft), created once for the whole matrix.
struct World {
    ids: BTreeMap<&'static str, String>,
}

impl World {
    fn id(&self, name: &str) -> &str {
        &self.ids[name]
    }

    /// The secrets each caller must never receive: what it may see is taken out of all.
    fn secrets(&self, caller: Caller) -> Vec<(&'static str, &str)> {
        let visible: &[&str] = match caller {
            Caller::Mission("FRA") => &[
                "open",
                "open.title",
                "open.reference",
                "cat",
                "sec",
                "guest",
                "closed",
                "closed.title",
                "closed.reference",
                "water",
                "invoice",
                "invoice.number",
            ],
            Caller::Mission(_) => &["ken", "ken.title"],
            Caller::Unit("CATERING") => &[
                "open",
                "open.title",
                "open.reference",
                "cat",
                "closed",
                "closed.title",
                "closed.reference",
                "water",
            ],
            Caller::Unit("SECURITY") => &["open", "open.title", "open.reference", "sec", "guest"],
            Caller::Unit(_) | Caller::NoToken | Caller::BadToken => &[],
            Caller::FocalPoint => &[
                "open",
                "open.title",
                "open.reference",
                "cat",
                "sec",
                "guest",
                "closed",
                "closed.title",
                "closed.reference",
                "water",
                "ken",
                "ken.title",
            ],
            Caller::Finance => &[
                "open",
                "open.title",
                "open.reference",
                "cat",
                "sec",
                "closed",
                "closed.title",
                "closed.reference",
                "water",
                "invoice",
                "invoice.number",
                "ken",
                "ken.title",
            ],
            Caller::Admin => return Vec::new(),
        };
        self.ids
            .iter()
            .filter(|(name, _)| !visible.contains(name))
            .map(|(name, value)| (*name, value.as_str()))
            .collect()
    }
}

/// An id of the right shape that names nothing.
const NOWHERE: &str = "01900000-0000-7000-8000-000000000000";

/// The GraphQL of a row, and its witness: what an `ok` query must return.
struct Call {
    query: String,
    variables: Value,
    /// For queries: the response path of the field, and the text an allowed caller finds.
    witness: Option<String>,
    /// For mutations aimed at an object: the same call with ids that name nothing.
    nowhere: Option<Value>,
}

fn query(text: &str, witness: Option<&str>) -> Call {
    Call {
        query: text.to_string(),
        variables: json!({}),
        witness: witness.map(str::to_string),
        nowhere: None,
    }
}

fn mutation(name: &str, input: Value, nowhere: Option<Value>) -> Call {
    Call {
        query: mutation_document(name),
        variables: json!({ "input": input }),
        witness: None,
        nowhere: nowhere.map(|input| json!({ "input": input })),
    }
}

fn call(world: &World, operation: &str) -> Call {
    let open = world.id("open");
    let closed = world.id("closed");
    let water = world.id("water");
    let invoice = world.id("invoice");
    let schedule = "{ roomSchedule(roomCode: \"CR5\", from: \"2026-05-12T00:00:00-04:00\", \
        to: \"2026-05-13T00:00:00-04:00\") { roomCode start end eventRequestId } }";
    let request = |id: &str| format!("{{ eventRequest(id: \"{id}\") {{ {REQUEST} }} }}");
    let requests = |filter: &str| {
        format!(
            "{{ eventRequests(first: 10{filter}) {{ edges {{ cursor node {{ {REQUEST} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"
        )
    };
    let lines = |filter: &str| {
        format!("{{ serviceLines(first: 10{filter}) {{ edges {{ cursor node {{ {LINE} }} }} }} }}")
    };
    let invoices = |filter: &str| {
        format!("{{ invoices(first: 10{filter}) {{ edges {{ cursor node {{ {INVOICE} }} }} }} }}")
    };
    let with_request = |mut input: Value, id: &str| {
        input["eventRequestId"] = json!(id);
        input
    };
    // A mutation aimed at FRA's closed request, and the same aimed at nothing.
    let on_request = |name: &str, input: Value| {
        mutation(
            name,
            with_request(input.clone(), closed),
            Some(with_request(input, NOWHERE)),
        )
    };
    let on_line = |name: &str, mut input: Value| {
        input["serviceLineId"] = json!(water);
        let mut nowhere = input.clone();
        nowhere["serviceLineId"] = json!(NOWHERE);
        mutation(name, input, Some(nowhere))
    };
    let on_invoice = |name: &str, mut input: Value| {
        input["invoiceId"] = json!(invoice);
        let mut nowhere = input.clone();
        nowhere["invoiceId"] = json!(NOWHERE);
        mutation(name, input, Some(nowhere))
    };
    let header = json!({
        "title": "Created by the matrix",
        "start": START,
        "end": END,
        "expectedAttendance": 10,
    });
    match operation {
        "viewer" => query("{ viewer { role missionCode unitCode } }", Some("role")),
        "rooms" => query("{ rooms { code capacity name features } }", Some("CR12")),
        "roomSchedule" => query(schedule, Some("CR5")),
        // FRA's open request holds CR5 then: the smallest free room is the witness.
        "availableRooms" => query(
            &format!(
                "{{ availableRooms(start: \"{START}\", end: \"{END}\", attendance: 10) {{ code capacity name features }} }}"
            ),
            Some("CR9"),
        ),
        "units" => query(
            "{ units { code name contact { name email phone } } }",
            Some("WEBCAST"),
        ),
        "catalog" => query(
            "{ catalog { code unitCode name pricing price { amount currency } leadTimeDays } }",
            Some("CAT-COFFEE"),
        ),
        "whoHandles" => query(
            "{ whoHandles(itemCode: \"SEC-GUARD\") { code contact { email } } }",
            Some("SECURITY"),
        ),
        "unitSatisfaction" => query(
            "{ unitSatisfaction(unitCode: \"CATERING\") { unitCode average count } }",
            Some("CATERING"),
        ),
        "eventRequest(open)" => query(&request(open), Some(open)),
        "eventRequest(closed)" => query(&request(closed), Some(closed)),
        "eventRequests" => query(&requests(""), Some(open)),
        "eventRequests(CANCELLED)" => query(&requests(", status: CANCELLED"), Some(closed)),
        "eventRequests(CLOSED)" => query(&requests(", status: CLOSED"), Some(closed)),
        "serviceLines" => query(&lines(""), Some("eventRequestId")),
        "serviceLines(SECURITY)" => {
            query(&lines(", unitCode: \"SECURITY\""), Some(world.id("sec")))
        }
        "invoice" => query(
            &format!("{{ invoice(id: \"{invoice}\") {{ {INVOICE} }} }}"),
            Some(invoice),
        ),
        "invoices" => query(&invoices(""), Some(invoice)),
        "invoices(FRA)" => query(&invoices(", missionCode: \"FRA\""), Some(invoice)),
        "revenue" => query(
            "{ revenue { unitCode amount { amount currency } } }",
            Some("CATERING"),
        ),
        "eventRequestCreate" => mutation("eventRequestCreate", header, None),
        "eventRequestUpdate" => on_request("eventRequestUpdate", header),
        "eventRequestSubmit" => on_request("eventRequestSubmit", json!({})),
        "eventRequestApprove" => on_request("eventRequestApprove", json!({ "roomCode": "CR1" })),
        "eventRequestReject" => on_request("eventRequestReject", json!({ "reason": "No" })),
        "eventRequestCancel" => on_request("eventRequestCancel", json!({ "reason": "No" })),
        "eventRequestMarkHeld" => on_request("eventRequestMarkHeld", json!({})),
        "serviceLineAdd" => on_request(
            "serviceLineAdd",
            json!({ "itemCode": "AV-MIC", "quantity": "1" }),
        ),
        "serviceLineRemove" => on_line("serviceLineRemove", json!({})),
        "serviceLineConfirm" => on_line("serviceLineConfirm", json!({})),
        "serviceLineDecline" => on_line("serviceLineDecline", json!({ "reason": "No" })),
        "serviceLineDeliver" => on_line("serviceLineDeliver", json!({ "deliveredQuantity": "1" })),
        "guestAdd" => on_request("guestAdd", json!({ "fullName": "Another Guest" })),
        // The closed request has no guest: an allowed caller is refused by its state.
        "guestRemove" => on_request("guestRemove", json!({ "guestId": NOWHERE })),
        "invoiceIssue" => on_request("invoiceIssue", json!({})),
        // Amounts no invoice can take: an allowed caller is refused by a money rule.
        "creditNoteIssue" => on_invoice(
            "creditNoteIssue",
            json!({ "amount": "100000.00", "reason": "Matrix" }),
        ),
        "paymentRecord" => on_invoice(
            "paymentRecord",
            json!({ "amount": "100000.00", "reference": "MATRIX" }),
        ),
        "feedbackSubmit" => on_request(
            "feedbackSubmit",
            json!({ "unitCode": "CATERING", "rating": 5 }),
        ),
        "tokenCreate" => mutation(
            "tokenCreate",
            json!({ "role": "MISSION", "missionCode": "FRA", "label": "matrix" }),
            None,
        ),
        "roomRegister" => mutation(
            "roomRegister",
            json!({ "code": "CR99", "names": [{ "lang": "EN", "text": "Matrix room" }], "capacity": 30 }),
            None,
        ),
        "unitRegister" => mutation(
            "unitRegister",
            json!({ "code": "PRINTING", "names": [{ "lang": "EN", "text": "Printing" }],
                    "contactName": "Pat Print", "contactEmail": "print@un.org", "contactPhone": "+1 212 963 5555" }),
            None,
        ),
        "catalogItemAdd" => mutation(
            "catalogItemAdd",
            json!({ "code": "CAT-MATRIX", "unitCode": "CATERING", "names": [{ "lang": "EN", "text": "Matrix snack" }],
                    "pricing": "PER_PERSON", "price": "3.00", "leadTimeDays": 2 }),
            None,
        ),
        "catalogItemPriceChange" => mutation(
            "catalogItemPriceChange",
            json!({ "code": "CAT-COFFEE", "price": "9.00", "effectiveAt": "2027-01-01T00:00:00-05:00" }),
            None,
        ),
        "missionRegister" => mutation(
            "missionRegister",
            json!({ "code": "ISL", "names": [{ "lang": "EN", "text": "Iceland" }] }),
            None,
        ),
        "focalPointRegister" => mutation(
            "focalPointRegister",
            json!({ "name": "Matrix Desk", "email": "matrix.desk@un.org", "phone": "+1 212 963 7777" }),
            None,
        ),
        "tokenRevoke" => mutation(
            "tokenRevoke",
            json!({ "token": world.id("spare.token") }),
            None,
        ),
        other => panic!("no GraphQL for {other}"),
    }
}

fn token(server: &Server, caller: Caller) -> Option<String> {
    match caller {
        Caller::Mission(code) => Some(server.tokens.mission(code)),
        Caller::Unit(code) => Some(server.tokens.unit(code)),
        Caller::FocalPoint => Some(server.tokens.focal_point.clone()),
        Caller::Finance => Some(server.tokens.finance.clone()),
        Caller::Admin => Some(server.tokens.admin.clone()),
        Caller::NoToken => None,
        Caller::BadToken => Some("not-a-token-0000000000000000000000000000".to_string()),
    }
}

/// Sends a GraphQL request as `caller` (with no `Authorization` header for `NoToken`).
fn send(server: &Server, caller: Caller, query: &str, variables: &Value) -> HttpResponse {
    let body = json!({ "query": query, "variables": variables }).to_string();
    let authorization = token(server, caller).map(|token| format!("Bearer {token}"));
    let mut headers = vec![
        ("Content-Type", "application/json"),
        ("Accept", "application/graphql-response+json"),
    ];
    if let Some(authorization) = &authorization {
        headers.push(("Authorization", authorization.as_str()));
    }
    server.http("POST", "/graphql", &headers, body.as_bytes())
}

/// Builds FRA's objects: an approved request with two units' lines and a guest, and a request
/// cancelled the day before its start and invoiced; and KEN's draft.
fn world() -> (Server, World) {
    let server = Server::start(NOW);
    let mut ids = BTreeMap::new();
    let open = create(&server, "FRA", header("FRA-SECRET-OPEN", START, END, 30));
    ids.insert("cat", add_line(&server, "FRA", &open, "CAT-COFFEE", "30"));
    ids.insert("sec", add_line(&server, "FRA", &open, "SEC-GUARD", "2"));
    let guest = succeed(
        &server,
        &server.tokens.mission("FRA"),
        "guestAdd",
        json!({ "eventRequestId": open, "fullName": "Amélie Secret-Guest" }),
    );
    assert_eq!(guest["guest"]["fullName"], "Amélie Secret-Guest");
    ids.insert("guest", "Amélie Secret-Guest".to_string());
    ids.insert(
        "open.reference",
        text(&submit(&server, "FRA", &open)["reference"]),
    );
    approve(&server, &open, "CR5");

    let closed = create(
        &server,
        "FRA",
        header(
            "FRA-SECRET-CLOSED",
            "2026-05-13T10:00:00-04:00",
            "2026-05-13T11:00:00-04:00",
            10,
        ),
    );
    let water = add_line(&server, "FRA", &closed, "CAT-WATER", "1");
    ids.insert(
        "closed.reference",
        text(&submit(&server, "FRA", &closed)["reference"]),
    );
    confirm(&server, "CATERING", &water);
    ids.insert("water", water);

    let ken = create(&server, "KEN", header("KEN-SECRET-DRAFT", START, END, 10));
    ids.insert("ken", ken);
    ids.insert("ken.title", "KEN-SECRET-DRAFT".to_string());

    // The day before the closed request's start: cancelling it costs the whole line.
    let server = server.restart("2026-05-12T09:00:00-04:00");
    succeed(
        &server,
        &server.tokens.mission("FRA"),
        "eventRequestCancel",
        json!({ "eventRequestId": closed, "reason": "Postponed" }),
    );
    let invoice = issue_invoice(&server, &closed);
    assert_eq!(amount(&invoice["total"]), "45.00");
    ids.insert("invoice", text(&invoice["id"]));
    ids.insert("invoice.number", text(&invoice["number"]));
    ids.insert("open", open);
    ids.insert("open.title", "FRA-SECRET-OPEN".to_string());
    ids.insert("closed", closed);
    ids.insert("closed.title", "FRA-SECRET-CLOSED".to_string());
    // A spare live token for the administrator's `tokenRevoke` cell.
    let spare = succeed(
        &server,
        &server.tokens.admin,
        "tokenCreate",
        json!({ "role": "MISSION", "missionCode": "NOR", "label": "spare" }),
    );
    ids.insert("spare.token", text(&spare["token"]));
    (server, World { ids })
}

/// The user errors of a mutation's payload.
fn user_errors(data: &Value) -> Vec<Value> {
    let payload = data
        .as_object()
        .and_then(|fields| fields.values().next())
        .cloned()
        .unwrap_or(Value::Null);
    payload["userErrors"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The codes of the top-level errors.
fn error_codes(response: &Value) -> Vec<String> {
    response["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|error| {
                    error["extensions"]["code"]
                        .as_str()
                        .unwrap_or("")
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Checks one cell; returns a description of what went wrong, if anything.
fn check(
    server: &Server,
    world: &World,
    operation: &str,
    caller: Caller,
    expect: Expect,
) -> Option<String> {
    let call = call(world, operation);
    let is_mutation = call.query.starts_with("mutation");
    let response = send(server, caller, &call.query, &call.variables);
    let cell = format!("{operation} as {caller:?} (expected {expect:?})");
    if response.status >= 500 {
        return Some(format!(
            "{cell}: HTTP {}: {}",
            response.status, response.body
        ));
    }
    let json = response.json();

    // No secret of another tenant, unit or role, whatever the cell says.
    let sent = call.variables.to_string();
    for (name, secret) in world.secrets(caller) {
        if response.body.contains(secret) && !sent.contains(secret) {
            return Some(format!(
                "{cell}: leaks {name} ({secret}): {}",
                response.body
            ));
        }
    }

    let codes = error_codes(&json);
    let data = json["data"].clone();
    let field = data
        .as_object()
        .and_then(|fields| fields.values().next())
        .cloned()
        .unwrap_or(Value::Null);
    let problem = match expect {
        Expect::Unauthenticated => (codes.is_empty()
            || codes.iter().any(|code| code != "UNAUTHENTICATED"))
        .then(|| "no UNAUTHENTICATED error".to_string()),
        // Only a query's FORBIDDEN is a top-level error; anything else is a failure.
        _ if !codes.is_empty() && (expect != Expect::Forbidden || is_mutation) => {
            Some(format!("top-level errors {codes:?}"))
        }
        Expect::Forbidden if is_mutation => {
            let errors = user_errors(&data);
            (errors.len() != 1 || errors[0]["code"] != "FORBIDDEN")
                .then(|| "no FORBIDDEN user error".to_string())
        }
        Expect::Forbidden => (codes != ["FORBIDDEN"]).then(|| "no FORBIDDEN error".to_string()),
        Expect::NotFound if is_mutation => not_found_like_nowhere(server, caller, &call, &data),
        Expect::NotFound => (!field.is_null()).then(|| "not null".to_string()),
        Expect::Empty => {
            let witness = call.witness.as_deref().unwrap_or_default();
            (field["edges"].as_array().is_none() || field.to_string().contains(witness))
                .then(|| format!("lists the witness {witness}"))
        }
        Expect::Allowed if is_mutation => user_errors(&data)
            .iter()
            .find(|error| error["code"] == "NOT_FOUND" || error["code"] == "FORBIDDEN")
            .map(|error| format!("refused with {}", error["code"])),
        Expect::Allowed => {
            let witness = call.witness.as_deref().unwrap_or_default();
            (field.is_null() || !field.to_string().contains(witness))
                .then(|| format!("does not return the witness {witness}"))
        }
    };
    problem.map(|problem| format!("{cell}: {problem}: {}", response.body))
}

/// A mutation refused with NOT_FOUND exactly as the same call on ids that name nothing.
fn not_found_like_nowhere(
    server: &Server,
    caller: Caller,
    call: &Call,
    data: &Value,
) -> Option<String> {
    let errors = user_errors(data);
    if errors.len() != 1 || errors[0]["code"] != "NOT_FOUND" {
        return Some("no NOT_FOUND user error".to_string());
    }
    let nowhere = call
        .nowhere
        .as_ref()
        .expect("a mutation on an object has its nowhere twin");
    let twin = send(server, caller, &call.query, nowhere).json();
    let twin_errors = user_errors(&twin["data"]);
    // The ids differ between the two calls; a message may repeat the caller's own id.
    let mut mine = serde_json::to_string(&errors).expect("JSON");
    for (key, value) in call.variables["input"].as_object().into_iter().flatten() {
        if let (Some(value), Some(other)) = (value.as_str(), nowhere["input"][key].as_str()) {
            mine = mine.replace(value, other);
        }
    }
    let theirs = serde_json::to_string(&twin_errors).expect("JSON");
    (mine != theirs).then(|| format!("differs from an id that does not exist: {theirs}"))
}

#[test]
fn no_caller_ever_sees_what_another_tenant_unit_or_role_owns() {
    let (server, world) = world();
    let mut failures = Vec::new();
    for (operation, cells) in matrix() {
        assert_eq!(
            cells.len(),
            CALLERS.len(),
            "row {operation} has a cell per caller"
        );
        for (caller, expect) in CALLERS.iter().zip(cells) {
            if let Some(failure) = check(&server, &world, &operation, *caller, expect) {
                failures.push(failure);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} cells of the isolation matrix failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Every operation of the schema has its row: a new query or mutation cannot skip the matrix.
#[test]
fn the_matrix_covers_every_query_and_mutation_of_the_schema() {
    let schema =
        std::fs::read_to_string(convene_e2e::workspace_root().join("schema/schema.graphql"))
            .expect("the committed schema");
    let fields = |type_name: &str| -> Vec<String> {
        let start = schema
            .find(&format!("type {type_name} {{"))
            .unwrap_or_else(|| panic!("type {type_name} in the schema"));
        let body = &schema[start..];
        let body = &body[..body.find("\n}").expect("the type ends")];
        let mut in_description = false;
        let mut names = Vec::new();
        for line in body.lines().skip(1).map(str::trim) {
            if let Some(rest) = line.strip_prefix("\"\"\"") {
                // A one-line description opens and closes itself; a block toggles.
                if rest.is_empty() || !rest.ends_with("\"\"\"") {
                    in_description = !in_description;
                }
                continue;
            }
            if in_description || line.is_empty() {
                continue;
            }
            if let Some(name) = line.split(['(', ':']).next() {
                names.push(name.trim().to_string());
            }
        }
        names
    };
    let rows: Vec<String> = matrix()
        .into_iter()
        .map(|(operation, _)| operation.split('(').next().unwrap_or_default().to_string())
        .collect();
    for field in fields("Query").into_iter().chain(fields("Mutation")) {
        assert!(
            rows.contains(&field),
            "{field} has no row in the isolation matrix"
        );
    }
}

/// A `graphql-transport-ws` client: enough to subscribe and read what comes back.
struct Socket(tungstenite::WebSocket<std::net::TcpStream>);

impl Socket {
    /// Connects to `/graphql/ws` and sends `connection_init` with the token, if any.
    fn open(server: &Server, token: Option<&str>) -> Socket {
        let stream = std::net::TcpStream::connect(&server.address).expect("connects");
        // A bound on a broken server, never a wait for a race: every read below expects a
        // message the server sends at once.
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .expect("a timeout");
        let uri: tungstenite::http::Uri = format!("ws://{}/graphql/ws", server.address)
            .parse()
            .expect("a URI");
        let request =
            tungstenite::ClientRequestBuilder::new(uri).with_sub_protocol("graphql-transport-ws");
        let (socket, _) = tungstenite::client(request, stream).expect("the WebSocket handshake");
        let mut socket = Socket(socket);
        let payload = token.map_or(
            json!({}),
            |token| json!({ "authorization": format!("Bearer {token}") }),
        );
        socket.send(json!({ "type": "connection_init", "payload": payload }));
        socket
    }

    fn send(&mut self, message: Value) {
        self.0
            .send(tungstenite::Message::text(message.to_string()))
            .expect("sends");
    }

    /// The next protocol message; `None` once the server closed the connection.
    fn next(&mut self) -> Option<Value> {
        loop {
            match self.0.read() {
                Ok(tungstenite::Message::Text(text)) => {
                    return Some(serde_json::from_str(text.as_str()).expect("JSON"));
                }
                Ok(tungstenite::Message::Close(_)) | Err(_) => return None,
                Ok(_) => continue,
            }
        }
    }

    /// Opens, expects `connection_ack`, and subscribes with id "1".
    fn subscribe(server: &Server, token: &str, query: &str) -> Socket {
        let mut socket = Socket::open(server, Some(token));
        assert_eq!(
            socket.next().map(|message| message["type"].clone()),
            Some(json!("connection_ack"))
        );
        socket.send(json!({ "id": "1", "type": "subscribe", "payload": { "query": query } }));
        socket
    }
}

/// Subscriptions follow the same rules: a foreign request, a request without the unit's lines
/// or another unit's queue is refused at once, in the same words as a request that does not
/// exist; without a valid token nothing is acknowledged. (What an allowed subscription
/// delivers is not checked here: nothing tells a client when its subscription is live, so
/// that would race.)
#[test]
fn subscriptions_never_follow_what_the_caller_may_not_see() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let request = create(&server, "FRA", header("FRA-SECRET-LIVE", START, END, 10));
    add_line(&server, "FRA", &request, "SEC-GUARD", "2");
    let updates = |id: &str| {
        format!(
            "subscription {{ eventRequestUpdated(id: \"{id}\") {{ id title serviceLines {{ id }} }} }}"
        )
    };
    let queue = |unit: &str| {
        format!("subscription {{ serviceLineQueue(unitCode: \"{unit}\") {{ id eventRequestId }} }}")
    };
    // The refusal's message: an `error` message, or a `next` carrying only errors.
    let refusal = |token: &str, query: &str| {
        let mut socket = Socket::subscribe(&server, token, query);
        let message = socket.next().expect("an answer");
        assert_eq!(message["id"], "1", "{message}");
        assert!(!message.to_string().contains("FRA-SECRET"), "{message}");
        let errors = match message["type"].as_str() {
            Some("error") => message["payload"].clone(),
            Some("next") => {
                assert_eq!(
                    message["payload"]["data"],
                    Value::Null,
                    "{query}: {message}"
                );
                message["payload"]["errors"].clone()
            }
            _ => panic!("{query}: not refused: {message}"),
        };
        let text = errors[0]["message"].clone();
        assert!(text.is_string(), "{query}: {message}");
        text
    };
    let ken = server.tokens.mission("KEN");
    let nowhere = refusal(&ken, &updates(NOWHERE));
    assert_eq!(refusal(&ken, &updates(&request)), nowhere);
    assert_eq!(
        refusal(&server.tokens.unit("CATERING"), &updates(&request)),
        nowhere
    );
    assert_eq!(
        refusal(&server.tokens.unit("PHOTO"), &updates(&request)),
        nowhere
    );
    refusal(&server.tokens.unit("CATERING"), &queue("SECURITY"));
    refusal(&fra, &queue("CATERING"));
    refusal(&ken, &queue("SECURITY"));

    for token in [None, Some("not-a-token")] {
        let mut socket = Socket::open(&server, token);
        let answer = socket.next();
        assert!(
            answer
                .as_ref()
                .is_none_or(|message| message["type"] != "connection_ack"),
            "{answer:?}"
        );
    }
}
