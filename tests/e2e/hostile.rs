//! Hostile input (QUALITY.md): each malformed, oversized or abusive request gets its clear
//! error — the right 4xx status or a GraphQL error that says what is wrong — and never a 5xx;
//! afterwards the server still answers. One table, one server.

use convene_e2e::Server;
use serde_json::{Value, json};

use crate::scenario::*;

/// One hostile request and what it must get back.
struct Case {
    name: &'static str,
    method: &'static str,
    path: String,
    /// Headers besides `Authorization` (always the FRA mission's token).
    headers: Vec<(&'static str, &'static str)>,
    body: Vec<u8>,
    status: u16,
    /// Texts the body must contain (case-insensitive), e.g. the limit that was hit.
    says: Vec<&'static str>,
    /// A check of the JSON body beyond `says`, if any.
    json: Option<fn(&Value) -> bool>,
}

const JSON: (&str, &str) = ("Content-Type", "application/json");
const GRAPHQL_RESPONSE: (&str, &str) = ("Accept", "application/graphql-response+json");

fn post(name: &'static str, body: Value, status: u16, says: &[&'static str]) -> Case {
    post_raw(name, body.to_string().into_bytes(), status, says)
}

fn post_raw(name: &'static str, body: Vec<u8>, status: u16, says: &[&'static str]) -> Case {
    Case {
        name,
        method: "POST",
        path: "/graphql".to_string(),
        headers: vec![JSON, GRAPHQL_RESPONSE],
        body,
        status,
        says: says.to_vec(),
        json: None,
    }
}

fn graphql(query: &str, variables: Value) -> Value {
    json!({ "query": query, "variables": variables })
}

fn add_line(request: &str, quantity: Value) -> Value {
    graphql(
        "mutation($input: ServiceLineAddInput!) { serviceLineAdd(input: $input) { serviceLine { id } userErrors { code field message } } }",
        json!({ "input": { "eventRequestId": request, "itemCode": "AV-MIC", "quantity": quantity } }),
    )
}

fn create(input: Value) -> Value {
    graphql(
        "mutation($input: EventRequestCreateInput!) { eventRequestCreate(input: $input) { eventRequest { id } userErrors { code field message } } }",
        json!({ "input": input }),
    )
}

/// The single user error of the body's only mutation payload.
fn user_error(body: &Value) -> Value {
    let payload = body["data"]
        .as_object()
        .and_then(|fields| fields.values().next())
        .cloned()
        .unwrap_or(Value::Null);
    payload["userErrors"][0].clone()
}

fn cases(request: &str) -> Vec<Case> {
    let deep = {
        let mut selection = "name".to_string();
        for _ in 0..27 {
            selection = format!("ofType {{ {selection} }}");
        }
        // 30 levels: __schema, queryType, fields, type, then 27 × ofType (and name).
        format!("{{ __schema {{ queryType {{ fields {{ type {{ {selection} }} }} }} }} }}")
    };
    let complex = format!("{{ eventRequests(first: 100) {{ edges {{ node {{ {REQUEST} }} }} }} }}");
    let aliases: Vec<String> = (0..3000)
        .map(|i| format!("a{i}: viewer {{ role }}"))
        .collect();
    let mut nested = "[".repeat(5000);
    nested.push_str(&"]".repeat(5000));
    let header = |title: String, key: Option<String>| {
        json!({
            "title": title,
            "start": START,
            "end": END,
            "expectedAttendance": 10,
            "idempotencyKey": key,
        })
    };
    let float_literal = format!(
        "mutation {{ serviceLineAdd(input: {{ eventRequestId: \"{request}\", itemCode: \"AV-MIC\", quantity: 12.5 }}) {{ userErrors {{ code }} }} }}"
    );
    let get = |name: &'static str, query: &str, status: u16, says: &[&'static str]| Case {
        name,
        method: "GET",
        path: if query.is_empty() {
            "/graphql".to_string()
        } else {
            format!("/graphql?query={}", percent_encode(query))
        },
        headers: vec![GRAPHQL_RESPONSE],
        body: Vec::new(),
        status,
        says: says.to_vec(),
        json: None,
    };
    let with = |mut case: Case, check: fn(&Value) -> bool| {
        case.json = Some(check);
        case
    };
    let headers = |mut case: Case, headers: Vec<(&'static str, &'static str)>| {
        case.headers = headers;
        case
    };
    vec![
        // Size, depth and complexity limits.
        post_raw(
            "a body over 256 KiB",
            format!(
                "{{\"query\":\"{{ viewer {{ role }} }}\",\"padding\":\"{}\"}}",
                "x".repeat(300 * 1024)
            )
            .into_bytes(),
            413,
            &["limit"],
        ),
        post(
            "a query 30 levels deep",
            json!({ "query": deep }),
            400,
            &["deep"],
        ),
        post(
            "a hundred requests with every field",
            json!({ "query": complex }),
            400,
            &["complex"],
        ),
        post(
            "three thousand aliases",
            json!({ "query": format!("{{ {} }}", aliases.join(" ")) }),
            400,
            &["complex"],
        ),
        post(
            "fifty directives on a field",
            json!({ "query": format!("{{ viewer {} {{ role }} }}", "@include(if: true) ".repeat(50)) }),
            400,
            &["directives"],
        ),
        post_raw(
            "variables nested 5,000 levels",
            format!("{{\"query\":\"{{ viewer {{ role }} }}\",\"variables\":{{\"a\":{nested}}}}}")
                .into_bytes(),
            400,
            &["recursion limit"],
        ),
        // One operation per POST, mutations never over GET.
        post(
            "a batch of two requests",
            json!([{ "query": "{ viewer { role } }" }, { "query": "{ rooms { code } }" }]),
            400,
            &["batch"],
        ),
        get(
            "a mutation over GET",
            &format!(
                "mutation {{ eventRequestSubmit(input: {{ eventRequestId: \"{request}\" }}) {{ userErrors {{ code }} }} }}"
            ),
            405,
            &["POST"],
        ),
        Case {
            method: "PUT",
            ..post(
                "PUT on /graphql",
                json!({ "query": "{ viewer { role } }" }),
                405,
                &["POST"],
            )
        },
        post(
            "a subscription over POST",
            json!({ "query": format!("subscription {{ eventRequestUpdated(id: \"{request}\") {{ id }} }}") }),
            400,
            &["subscription"],
        ),
        // Money and quantities are decimal strings, never floats.
        post(
            "a JSON number as a quantity (variables)",
            add_line(request, json!(12.5)),
            400,
            &["input.quantity", "decimal strings"],
        ),
        post(
            "a float literal as a quantity",
            json!({ "query": float_literal }),
            400,
            &["input.quantity", "decimal strings"],
        ),
        post(
            "a JSON number as a payment amount",
            graphql(
                "mutation($input: PaymentRecordInput!) { paymentRecord(input: $input) { userErrors { code } } }",
                json!({ "input": { "invoiceId": request, "amount": 100, "reference": "X" } }),
            ),
            400,
            &["input.amount", "decimal strings"],
        ),
        post(
            "a quantity that is not a number",
            add_line(request, json!("12,5")),
            200,
            &["\\\"12,5\\\" is not a decimal"],
        ),
        with(
            post(
                "a quantity with three decimals",
                add_line(request, json!("1.125")),
                200,
                &[],
            ),
            |body| {
                let error = user_error(body);
                error["code"] == "VALIDATION" && error["field"] == json!(["input", "quantity"])
            },
        ),
        with(
            post("a zero quantity", add_line(request, json!("0")), 200, &[]),
            |body| user_error(body)["code"] == "VALIDATION",
        ),
        // Ids, arguments and strings.
        with(
            post(
                "malformed ids in queries",
                json!({ "query": "{ eventRequest(id: \"../../etc/passwd\") { id } invoice(id: \"'; DROP TABLE\") { id } }" }),
                200,
                &[],
            ),
            |body| body["data"] == json!({ "eventRequest": null, "invoice": null }),
        ),
        with(
            post(
                "a malformed id in a mutation",
                graphql(
                    "mutation($input: EventRequestRefInput!) { eventRequestSubmit(input: $input) { eventRequest { id } userErrors { code field message } } }",
                    json!({ "input": { "eventRequestId": "not-an-id" } }),
                ),
                200,
                &[],
            ),
            |body| {
                let error = user_error(body);
                error["code"] == "VALIDATION"
                    && error["field"] == json!(["input", "eventRequestId"])
            },
        ),
        with(
            post(
                "a negative page size",
                json!({ "query": "{ eventRequests(first: -1) { edges { cursor } } }" }),
                200,
                &["first", "negative"],
            ),
            |body| body["errors"][0]["extensions"]["code"] == "VALIDATION",
        ),
        post(
            "a cursor that is not a cursor",
            json!({ "query": "{ eventRequests(after: \"garbage\") { edges { cursor } } }" }),
            200,
            &["after"],
        ),
        with(
            post(
                "a page size of a million (capped, not refused)",
                json!({ "query": "{ eventRequests(first: 1000000) { edges { cursor } } }" }),
                200,
                &[],
            ),
            |body| body["errors"].is_null() && body["data"]["eventRequests"]["edges"].is_array(),
        ),
        post(
            "a schedule over a year",
            json!({ "query": "{ roomSchedule(roomCode: \"CR1\", from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\") { start } }" }),
            200,
            &["62 days"],
        ),
        with(
            post(
                "a title of 10,000 characters",
                create(header("x".repeat(10_000), None)),
                200,
                &["200"],
            ),
            |body| {
                let error = user_error(body);
                error["code"] == "VALIDATION" && error["field"] == json!(["input", "title"])
            },
        ),
        with(
            post(
                "an idempotency key of 500 characters",
                create(header("Keyed".to_string(), Some("k".repeat(500)))),
                200,
                &[],
            ),
            |body| user_error(body)["field"] == json!(["input", "idempotencyKey"]),
        ),
        post(
            "a date that is not a date",
            create(
                json!({ "title": "t", "start": "2026-13-45T99:00:00", "end": END, "expectedAttendance": 1 }),
            ),
            200,
            &["RFC 3339"],
        ),
        post(
            "an attendance beyond any integer",
            create(
                json!({ "title": "t", "start": START, "end": END, "expectedAttendance": 99_999_999_999_999_999_999.0 }),
            ),
            400,
            &["expectedAttendance"],
        ),
        // The GraphQL-over-HTTP envelope.
        post(
            "an unknown field",
            json!({ "query": "{ viewer { role secretPassword } }" }),
            400,
            &["Unknown field \\\"secretPassword\\\""],
        ),
        post(
            "an unknown operation name",
            json!({ "query": "query A { viewer { role } }", "operationName": "B" }),
            400,
            &["Unknown operation"],
        ),
        post_raw(
            "malformed JSON",
            b"{\"query\": \"{ viewer { role } }\"".to_vec(),
            400,
            &["not valid JSON"],
        ),
        post_raw("an empty body", Vec::new(), 400, &["not valid JSON"]),
        post_raw(
            "a body that is not UTF-8",
            b"{\"query\":\"{ viewer { role } }\xff\xfe\"}".to_vec(),
            400,
            &["not valid JSON"],
        ),
        post(
            "a query that is not a string",
            json!({ "query": 5 }),
            400,
            &["query"],
        ),
        post(
            "no query at all",
            json!({ "variables": {} }),
            400,
            &["query"],
        ),
        post(
            "variables that are not an object",
            json!({ "query": "{ viewer { role } }", "variables": [1] }),
            400,
            &["variables"],
        ),
        headers(
            post(
                "Content-Type: text/plain",
                json!({ "query": "{ viewer { role } }" }),
                415,
                &["application/json"],
            ),
            vec![("Content-Type", "text/plain"), GRAPHQL_RESPONSE],
        ),
        headers(
            post_raw(
                "a form instead of JSON",
                b"query=%7Bviewer%7Brole%7D%7D".to_vec(),
                415,
                &["application/json"],
            ),
            vec![("Content-Type", "application/x-www-form-urlencoded")],
        ),
        headers(
            post(
                "Accept: text/plain only",
                json!({ "query": "{ viewer { role } }" }),
                406,
                &["accept"],
            ),
            vec![JSON, ("Accept", "text/plain")],
        ),
        get("a GET without a query", "", 400, &["query"]),
    ]
}

/// Percent-encodes a query string value.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[test]
fn hostile_requests_get_clear_errors_and_never_a_5xx() {
    let server = Server::start(NOW);
    let request = crate::scenario::create(&server, "FRA", header("Target", START, END, 10));
    let authorization = format!("Bearer {}", server.tokens.mission("FRA"));
    let mut failures = Vec::new();
    for case in cases(&request) {
        let mut headers = case.headers.clone();
        headers.push(("Authorization", authorization.as_str()));
        let response = server.http(case.method, &case.path, &headers, &case.body);
        let body = response.body.to_lowercase();
        let mut problems = Vec::new();
        if response.status != case.status {
            problems.push(format!(
                "status {} instead of {}",
                response.status, case.status
            ));
        }
        for text in &case.says {
            if !body.contains(&text.to_lowercase()) {
                problems.push(format!("does not say {text:?}"));
            }
        }
        if let Some(check) = case.json {
            let json: Value = serde_json::from_str(&response.body).unwrap_or(Value::Null);
            if !check(&json) {
                problems.push("the JSON body is not as expected".to_string());
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {} — HTTP {} {}",
                case.name,
                problems.join(", "),
                response.status,
                response.body.chars().take(600).collect::<String>()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} hostile requests were mishandled:\n{}",
        failures.len(),
        failures.join("\n")
    );

    // The server survived all of it, and nothing was written by the refusals.
    assert_eq!(server.http("GET", "/healthz", &[], b"").status, 200);
    let fra = server.tokens.mission("FRA");
    let target = read_request(&server, &fra, &request);
    assert_eq!(target["status"], "DRAFT");
    assert_eq!(target["serviceLines"], json!([]));
    let listed = server.data(
        &fra,
        "{ eventRequests { edges { node { id } } } }",
        json!({}),
    );
    assert_eq!(
        listed["eventRequests"]["edges"].as_array().map(Vec::len),
        Some(1)
    );
}
