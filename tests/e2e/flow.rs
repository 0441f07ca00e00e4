//! The whole life of a side event through GraphQL only, for every role: a mission requests,
//! a focal point approves, units confirm and deliver, finance invoices once, credits and is
//! paid, the mission rates the units. Also the rejection, cancellation at each fee tier,
//! idempotent retries, stale versions, and rule messages in the six languages.

use convene_e2e::Server;
use serde_json::{Value, json};

use crate::scenario::*;

#[test]
fn a_side_event_from_request_to_paid_invoice_and_feedback() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");

    // The mission drafts its request and adds catering, security and AV.
    let request = create(
        &server,
        "FRA",
        json!({
            "title": "Oceans and climate: a dialogue",
            "description": "Panel and coffee.",
            "start": START,
            "end": END,
            "expectedAttendance": 40,
            "preferredRoomCode": "CR5",
        }),
    );
    let coffee = add_line(&server, "FRA", &request, "CAT-COFFEE", "40");
    let guard = add_line(&server, "FRA", &request, "SEC-GUARD", "4");
    let mic = add_line(&server, "FRA", &request, "AV-MIC", "3");

    // The live estimate, from the demo rate card: 40 × 8.50, 4 × 85.00, 3 × 35.00.
    let draft = read_request(&server, &fra, &request);
    assert_eq!(draft["status"], "DRAFT");
    assert!(text(&draft["reference"]).starts_with("SE-2026-"), "{draft}");
    assert_eq!(draft["start"], START);
    assert_eq!(draft["end"], END);
    assert_eq!(draft["focalPoint"], Value::Null);
    let estimate = &draft["estimate"];
    assert_eq!(amount(&estimate["total"]), "785.00");
    assert_eq!(
        subtotals(&estimate["subtotals"]),
        pairs(&[
            ("AV", "105.00"),
            ("CATERING", "340.00"),
            ("SECURITY", "340.00")
        ])
    );
    let line_amounts: Vec<(String, String, String)> = estimate["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|line| {
            (
                text(&line["itemCode"]),
                text(&line["unitPrice"]["amount"]),
                text(&line["amount"]["amount"]),
            )
        })
        .collect();
    assert_eq!(
        line_amounts,
        vec![
            ("CAT-COFFEE".into(), "8.50".into(), "340.00".into()),
            ("SEC-GUARD".into(), "85.00".into(), "340.00".into()),
            ("AV-MIC".into(), "35.00".into(), "105.00".into()),
        ]
    );
    // Nothing is confirmed yet: cancelling now would cost nothing.
    assert_eq!(amount(&draft["cancellationFee"]), "0.00");

    // Submitting assigns one focal point.
    let submitted = submit(&server, "FRA", &request);
    assert_eq!(submitted["status"], "SUBMITTED");
    let focal_point = &submitted["focalPoint"];
    assert!(
        text(&focal_point["email"]).ends_with("@un.org"),
        "{submitted}"
    );
    assert!(!text(&focal_point["name"]).is_empty());

    // The focal point sees it among the submitted requests, and approves it in CR5.
    let listed = server.data(
        &server.tokens.focal_point,
        "{ eventRequests(status: SUBMITTED) { edges { node { id } } } }",
        json!({}),
    );
    assert_eq!(
        listed["eventRequests"]["edges"][0]["node"]["id"], request,
        "{listed}"
    );
    let approved = approve(&server, &request, "CR5");
    assert_eq!(approved["status"], "APPROVED");
    assert_eq!(approved["roomCode"], "CR5");

    // Each unit finds its line in its queue and confirms it; catering quotes its own price.
    let queue = server.data(
        &server.tokens.unit("CATERING"),
        "{ serviceLines(status: REQUESTED) { edges { node { id unitCode } } } }",
        json!({}),
    );
    assert_eq!(
        queue["serviceLines"]["edges"],
        json!([{ "node": { "id": coffee, "unitCode": "CATERING" } }])
    );
    let quoted = confirm_at(
        &server,
        "CATERING",
        &coffee,
        "8.25",
        "Reduced rate for a morning service",
    );
    assert_eq!(quoted["status"], "CONFIRMED");
    assert_eq!(amount(&quoted["unitPrice"]), "8.25");
    assert_eq!(
        quoted["confirmationNote"],
        "Reduced rate for a morning service"
    );
    assert_eq!(quoted["quoted"], true);
    assert_eq!(quoted["note"], "", "the mission's own note stays as it was");
    assert_eq!(confirm(&server, "SECURITY", &guard)["status"], "CONFIRMED");
    assert_eq!(confirm(&server, "AV", &mic)["status"], "CONFIRMED");
    let confirmed = read_request(&server, &fra, &request);
    assert_eq!(amount(&confirmed["estimate"]["total"]), "775.00");

    // The next day, on a restarted server: everything is still there.
    let server = server.restart(AFTER);
    let after = read_request(&server, &fra, &request);
    assert_eq!(after["status"], "APPROVED");
    assert_eq!(after["version"], confirmed["version"]);
    assert_eq!(after["serviceLines"], confirmed["serviceLines"]);
    assert_eq!(after["history"], confirmed["history"]);

    // Units record what they delivered: 38.5 coffees at 8.25 (317.625, rounded half-to-even
    // to 317.62) and five guard hours; AV records nothing and is billed as confirmed.
    let delivered = succeed(
        &server,
        &server.tokens.unit("CATERING"),
        "serviceLineDeliver",
        json!({ "serviceLineId": coffee, "deliveredQuantity": "38.5" }),
    );
    assert_eq!(delivered["serviceLine"]["status"], "DELIVERED");
    assert_eq!(delivered["serviceLine"]["deliveredQuantity"], "38.5");
    assert_eq!(amount(&delivered["serviceLine"]["amount"]), "317.62");
    succeed(
        &server,
        &server.tokens.unit("SECURITY"),
        "serviceLineDeliver",
        json!({ "serviceLineId": guard, "deliveredQuantity": "5" }),
    );

    // The focal point marks the event held.
    let held = succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestMarkHeld",
        json!({ "eventRequestId": request }),
    );
    assert_eq!(held["eventRequest"]["status"], "HELD");

    // Finance issues one consolidated invoice.
    let invoice = issue_invoice(&server, &request);
    let invoice_id = text(&invoice["id"]);
    assert_eq!(invoice["number"], "INV-2026-000001");
    assert_eq!(invoice["missionCode"], "FRA");
    assert_eq!(invoice["eventRequestId"], request);
    assert_eq!(invoice["reason"], "HELD");
    assert_eq!(invoice["status"], "ISSUED");
    let lines: Vec<(String, String, String, String)> = invoice["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|line| {
            (
                text(&line["unitCode"]),
                text(&line["quantity"]),
                amount(&line["unitPrice"]),
                amount(&line["amount"]),
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                "CATERING".into(),
                "38.5".into(),
                "8.25".into(),
                "317.62".into()
            ),
            (
                "SECURITY".into(),
                "5".into(),
                "85.00".into(),
                "425.00".into()
            ),
            ("AV".into(), "3".into(), "35.00".into(), "105.00".into()),
        ]
    );
    assert_eq!(
        subtotals(&invoice["subtotals"]),
        pairs(&[
            ("AV", "105.00"),
            ("CATERING", "317.62"),
            ("SECURITY", "425.00")
        ])
    );
    assert_eq!(amount(&invoice["total"]), "847.62");
    assert_eq!(amount(&invoice["balance"]), "847.62");
    assert_eq!(amount(&invoice["paid"]), "0.00");
    assert_eq!(amount(&invoice["credited"]), "0.00");
    let closed = read_request(&server, &fra, &request);
    assert_eq!(closed["status"], "CLOSED");
    assert_eq!(closed["invoice"]["id"], invoice_id);

    // Invoicing twice is refused and takes no number.
    refuse(
        &server,
        &server.tokens.finance,
        "invoiceIssue",
        json!({ "eventRequestId": request }),
        "ALREADY_INVOICED",
    );

    // A credit note for catering, then two payments down to a zero balance.
    let credited = succeed(
        &server,
        &server.tokens.finance,
        "creditNoteIssue",
        json!({ "invoiceId": invoice_id, "amount": "47.62", "reason": "Late coffee service", "unitCode": "CATERING" }),
    )["invoice"]
        .clone();
    let note = &credited["creditNotes"][0];
    assert_eq!(note["number"], "CN-2026-000001");
    assert_eq!(amount(&note["amount"]), "47.62");
    assert_eq!(note["unitCode"], "CATERING");
    assert_eq!(amount(&credited["credited"]), "47.62");
    assert_eq!(amount(&credited["balance"]), "800.00");
    refuse(
        &server,
        &server.tokens.finance,
        "creditNoteIssue",
        json!({ "invoiceId": invoice_id, "amount": "800.01", "reason": "Too much" }),
        "CREDIT_EXCEEDS_INVOICE",
    );
    let partly = succeed(
        &server,
        &server.tokens.finance,
        "paymentRecord",
        json!({ "invoiceId": invoice_id, "amount": "300.00", "reference": "WIRE-1" }),
    )["invoice"]
        .clone();
    assert_eq!(partly["status"], "PARTIALLY_PAID");
    assert_eq!(amount(&partly["balance"]), "500.00");
    refuse(
        &server,
        &server.tokens.finance,
        "paymentRecord",
        json!({ "invoiceId": invoice_id, "amount": "500.01", "reference": "WIRE-X" }),
        "OVERPAYMENT",
    );
    let paid = succeed(
        &server,
        &server.tokens.finance,
        "paymentRecord",
        json!({ "invoiceId": invoice_id, "amount": "500.00", "reference": "WIRE-2" }),
    )["invoice"]
        .clone();
    assert_eq!(paid["status"], "PAID");
    assert_eq!(amount(&paid["balance"]), "0.00");
    assert_eq!(amount(&paid["paid"]), "800.00");
    assert_eq!(
        amount(&paid["total"]),
        "847.62",
        "an issued invoice never changes"
    );

    // Finance sees revenue per unit: invoiced minus credited.
    let revenue = server.data(
        &server.tokens.finance,
        "{ revenue { unitCode amount { amount currency } } }",
        json!({}),
    );
    assert_eq!(
        subtotals(&revenue["revenue"]),
        pairs(&[
            ("AV", "105.00"),
            ("CATERING", "270.00"),
            ("SECURITY", "425.00")
        ])
    );

    // The mission sees its invoice (by id and in its list) and rates two units.
    let mine = read_invoice(&server, &fra, &invoice_id);
    assert_eq!(mine["status"], "PAID");
    assert_eq!(mine["creditNotes"], paid["creditNotes"]);
    let listed = server.data(
        &fra,
        "{ invoices { edges { node { id number } } } }",
        json!({}),
    );
    assert_eq!(
        listed["invoices"]["edges"],
        json!([{ "node": { "id": invoice_id, "number": "INV-2026-000001" } }])
    );
    let rated = succeed(
        &server,
        &fra,
        "feedbackSubmit",
        json!({ "eventRequestId": request, "unitCode": "CATERING", "rating": 4, "comment": "Good coffee" }),
    );
    assert_eq!(
        rated["satisfaction"],
        json!({ "unitCode": "CATERING", "average": "4.00", "count": 1 })
    );
    succeed(
        &server,
        &fra,
        "feedbackSubmit",
        json!({ "eventRequestId": request, "unitCode": "SECURITY", "rating": 5 }),
    );
    refuse(
        &server,
        &fra,
        "feedbackSubmit",
        json!({ "eventRequestId": request, "unitCode": "CATERING", "rating": 2 }),
        "INVALID_TRANSITION",
    );
    refuse(
        &server,
        &fra,
        "feedbackSubmit",
        json!({ "eventRequestId": request, "unitCode": "PHOTO", "rating": 3 }),
        "VALIDATION",
    );
    let rating = refuse(
        &server,
        &fra,
        "feedbackSubmit",
        json!({ "eventRequestId": request, "unitCode": "AV", "rating": 6 }),
        "VALIDATION",
    );
    assert_eq!(rating["field"], json!(["input", "rating"]));
    let satisfaction = server.data(
        &server.tokens.unit("CATERING"),
        "{ catering: unitSatisfaction(unitCode: \"CATERING\") { unitCode average count } \
           security: unitSatisfaction(unitCode: \"SECURITY\") { average count } \
           photo: unitSatisfaction(unitCode: \"PHOTO\") { average count } }",
        json!({}),
    );
    assert_eq!(
        satisfaction,
        json!({
            "catering": { "unitCode": "CATERING", "average": "4.00", "count": 1 },
            "security": { "average": "5.00", "count": 1 },
            "photo": { "average": null, "count": 0 },
        })
    );

    // The mission's history: every event of the request, its lines, invoice and feedback, in
    // log order.
    let history = read_request(&server, &fra, &request);
    assert_eq!(
        history_types(&history),
        [
            "EventRequestCreated",
            "ServiceLineRequested",
            "ServiceLineRequested",
            "ServiceLineRequested",
            "EventRequestSubmitted",
            "EventRequestApproved",
            "ServiceLineConfirmed",
            "ServiceLineConfirmed",
            "ServiceLineConfirmed",
            "ServiceLineDelivered",
            "ServiceLineDelivered",
            "EventRequestHeld",
            "InvoiceIssued",
            "EventRequestClosed",
            "CreditNoteIssued",
            "PaymentRecorded",
            "PaymentRecorded",
            "FeedbackSubmitted",
            "FeedbackSubmitted",
        ]
    );
    let entries = history["history"].as_array().expect("history");
    let positions: Vec<i64> = entries
        .iter()
        .map(|entry| entry["position"].as_i64().expect("a position"))
        .collect();
    assert!(
        positions.windows(2).all(|pair| pair[0] < pair[1]),
        "{positions:?}"
    );
    let actors: Vec<String> = entries.iter().map(|entry| text(&entry["actor"])).collect();
    assert_eq!(actors[0], "mission:FRA");
    assert_eq!(actors[6], "unit:CATERING");
    assert_eq!(actors[7], "unit:SECURITY");
}

#[test]
fn a_rejected_request_closes_its_lines_free_and_accepts_nothing_more() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let request = create(&server, "FRA", header("Too ambitious", START, END, 30));
    let coffee = add_line(&server, "FRA", &request, "CAT-COFFEE", "30");
    submit(&server, "FRA", &request);
    confirm(&server, "CATERING", &coffee);

    let empty = refuse(
        &server,
        &server.tokens.focal_point,
        "eventRequestReject",
        json!({ "eventRequestId": request, "reason": "" }),
        "VALIDATION",
    );
    assert_eq!(empty["field"], json!(["input", "reason"]));
    let rejected = succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestReject",
        json!({ "eventRequestId": request, "reason": "The date clashes with the General Assembly" }),
    )["eventRequest"]
        .clone();
    assert_eq!(rejected["status"], "REJECTED");
    assert_eq!(
        rejected["reason"],
        "The date clashes with the General Assembly"
    );

    // The mission sees why, its confirmed line is closed at no cost, and nothing is owed.
    let seen = read_request(&server, &fra, &request);
    assert_eq!(seen["status"], "REJECTED");
    assert_eq!(seen["reason"], rejected["reason"]);
    assert_eq!(seen["serviceLines"][0]["status"], "CANCELLED");
    assert_eq!(seen["cancellationFee"], Value::Null);
    assert_eq!(amount(&seen["estimate"]["total"]), "0.00");
    assert_eq!(
        history_types(&seen)[2..],
        [
            "EventRequestSubmitted",
            "ServiceLineConfirmed",
            "EventRequestRejected",
            "ServiceLineCancelled"
        ]
    );

    // A rejected request is final.
    for (token, mutation, input) in [
        (
            server.tokens.focal_point.clone(),
            "eventRequestApprove",
            json!({ "eventRequestId": request, "roomCode": "CR5" }),
        ),
        (
            server.tokens.focal_point.clone(),
            "eventRequestReject",
            json!({ "eventRequestId": request, "reason": "Twice" }),
        ),
        (
            fra.clone(),
            "eventRequestCancel",
            json!({ "eventRequestId": request, "reason": "Never mind" }),
        ),
        (
            fra.clone(),
            "eventRequestSubmit",
            json!({ "eventRequestId": request }),
        ),
        (
            fra.clone(),
            "serviceLineAdd",
            json!({ "eventRequestId": request, "itemCode": "AV-MIC", "quantity": "1" }),
        ),
    ] {
        refuse(&server, &token, mutation, input, "INVALID_TRANSITION");
    }
    // Only held and cancelled requests are invoiced.
    let invoice = mutate(
        &server,
        &server.tokens.finance,
        "invoiceIssue",
        json!({ "eventRequestId": request }),
    );
    assert_eq!(invoice["invoice"], Value::Null);
    assert_eq!(invoice["userErrors"][0]["code"], "INVALID_TRANSITION");
}

/// Three approved requests with the same confirmed lines, cancelled on the same morning
/// (Monday 11 May) at three distances from their start: nine days (no fee), three days
/// (50 % of each confirmed line) and 25 hours (100 %).
#[test]
fn cancellation_costs_nothing_half_or_everything_by_notice() {
    const MONDAY: &str = "2026-05-11T09:00:00-04:00";
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let mut requests = Vec::new();
    for (title, day) in [
        ("Nine days", "20"),
        ("Three days", "14"),
        ("Tomorrow", "12"),
    ] {
        let start = format!("2026-05-{day}T10:00:00-04:00");
        let end = format!("2026-05-{day}T12:00:00-04:00");
        let request = create(&server, "FRA", header(title, &start, &end, 20));
        // Confirmed: 20 lunches at 48.00 (960.00), 2 guard hours at 85.00 (170.00), 15 coffees
        // quoted at 8.45 (126.75). Requested only: 2 microphones (never cost anything).
        let lunch = add_line(&server, "FRA", &request, "CAT-LUNCH", "20");
        let guard = add_line(&server, "FRA", &request, "SEC-GUARD", "2");
        let coffee = add_line(&server, "FRA", &request, "CAT-COFFEE", "15");
        add_line(&server, "FRA", &request, "AV-MIC", "2");
        submit(&server, "FRA", &request);
        approve(&server, &request, "CR7");
        confirm(&server, "CATERING", &lunch);
        confirm(&server, "SECURITY", &guard);
        confirm_at(&server, "CATERING", &coffee, "8.45", "Seasonal price");
        requests.push(request);
    }
    // Six weeks ahead, cancelling any of them is free.
    for request in &requests {
        assert_eq!(
            amount(&read_request(&server, &fra, request)["cancellationFee"]),
            "0.00"
        );
    }

    let server = server.restart(MONDAY);
    let fees: Vec<String> = requests
        .iter()
        .map(|request| amount(&read_request(&server, &fra, request)["cancellationFee"]))
        .collect();
    // 50 %: 480.00 + 85.00 + round(63.375) = 63.38 (half-to-even); 100 %: 1256.75.
    assert_eq!(fees, ["0.00", "628.38", "1256.75"]);

    // Guests are added until 48 hours before the start: three days ahead yes, 25 hours no.
    let guest = |request: &str| json!({ "eventRequestId": request, "fullName": "Late Guest" });
    succeed(&server, &fra, "guestAdd", guest(&requests[1]));
    let late = refuse(&server, &fra, "guestAdd", guest(&requests[2]), "LEAD_TIME");
    assert_eq!(late["field"], json!(["input", "fullName"]));

    let cancel = |request: &str| {
        let cancelled = succeed(
            &server,
            &fra,
            "eventRequestCancel",
            json!({ "eventRequestId": request, "reason": "The minister cannot travel" }),
        )["eventRequest"]
            .clone();
        assert_eq!(cancelled["status"], "CANCELLED");
        assert!(
            cancelled["serviceLines"]
                .as_array()
                .expect("lines")
                .iter()
                .all(|line| line["status"] == "CANCELLED"),
            "{cancelled}"
        );
        cancelled
    };

    // Nine days ahead: no fee, nothing to invoice, and no invoice number taken.
    let free = cancel(&requests[0]);
    assert_eq!(amount(&free["cancellationFee"]), "0.00");
    refuse(
        &server,
        &server.tokens.finance,
        "invoiceIssue",
        json!({ "eventRequestId": requests[0] }),
        "NOTHING_TO_INVOICE",
    );

    // Three days ahead: half of each confirmed line; the room is free again.
    let half = cancel(&requests[1]);
    assert_eq!(amount(&half["cancellationFee"]), "628.38");
    let schedule = server.data(
        &server.tokens.focal_point,
        "{ roomSchedule(roomCode: \"CR7\", from: \"2026-05-14T00:00:00-04:00\", to: \"2026-05-15T00:00:00-04:00\") { eventRequestId } }",
        json!({}),
    );
    assert_eq!(schedule["roomSchedule"], json!([]));
    let invoice = issue_invoice(&server, &requests[1]);
    assert_eq!(invoice["number"], "INV-2026-000001");
    assert_eq!(invoice["reason"], "CANCELLED");
    assert_eq!(
        fee_lines(&invoice),
        [
            (
                "CAT-LUNCH".to_string(),
                "0.5".to_string(),
                "480.00".to_string()
            ),
            (
                "SEC-GUARD".to_string(),
                "0.5".to_string(),
                "85.00".to_string()
            ),
            (
                "CAT-COFFEE".to_string(),
                "0.5".to_string(),
                "63.38".to_string()
            ),
        ]
    );
    assert_eq!(
        subtotals(&invoice["subtotals"]),
        pairs(&[("CATERING", "543.38"), ("SECURITY", "85.00")])
    );
    assert_eq!(amount(&invoice["total"]), "628.38");

    // 25 hours ahead: everything confirmed is due.
    let full = cancel(&requests[2]);
    assert_eq!(amount(&full["cancellationFee"]), "1256.75");
    let invoice = issue_invoice(&server, &requests[2]);
    assert_eq!(invoice["number"], "INV-2026-000002");
    assert_eq!(
        fee_lines(&invoice),
        [
            (
                "CAT-LUNCH".to_string(),
                "1".to_string(),
                "960.00".to_string()
            ),
            (
                "SEC-GUARD".to_string(),
                "1".to_string(),
                "170.00".to_string()
            ),
            (
                "CAT-COFFEE".to_string(),
                "1".to_string(),
                "126.75".to_string()
            ),
        ]
    );
    assert_eq!(amount(&invoice["total"]), "1256.75");

    // The mission lists exactly its two invoices, oldest first.
    let listed = server.data(
        &fra,
        "{ invoices { edges { node { number total { amount } } } } }",
        json!({}),
    );
    assert_eq!(
        listed["invoices"]["edges"],
        json!([
            { "node": { "number": "INV-2026-000001", "total": { "amount": "628.38" } } },
            { "node": { "number": "INV-2026-000002", "total": { "amount": "1256.75" } } },
        ])
    );
}

/// `(itemCode, feeRate, amount)` of each invoice line.
fn fee_lines(invoice: &Value) -> Vec<(String, String, String)> {
    invoice["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|line| {
            (
                text(&line["itemCode"]),
                text(&line["feeRate"]),
                amount(&line["amount"]),
            )
        })
        .collect()
}

#[test]
fn a_retry_with_the_same_idempotency_key_returns_the_first_result() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let input = json!({
        "title": "Retried side event",
        "start": START,
        "end": END,
        "expectedAttendance": 25,
        "idempotencyKey": "create-1",
    });
    let first = succeed(&server, &fra, "eventRequestCreate", input.clone())["eventRequest"].clone();
    let again = succeed(&server, &fra, "eventRequestCreate", input.clone())["eventRequest"].clone();
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["reference"], first["reference"]);
    let listed = server.data(
        &fra,
        "{ eventRequests { edges { node { id } } } }",
        json!({}),
    );
    assert_eq!(
        listed["eventRequests"]["edges"],
        json!([{ "node": { "id": first["id"] } }]),
        "a retry creates nothing"
    );

    // The same key with another input is refused, naming the key.
    let mut changed = input.clone();
    changed["title"] = json!("Another title");
    let reused = refuse(
        &server,
        &fra,
        "eventRequestCreate",
        changed,
        "IDEMPOTENCY_KEY_REUSED",
    );
    assert_eq!(reused["field"], json!(["input", "idempotencyKey"]));

    // Keys belong to their caller: another mission's identical key makes its own request.
    let ken = succeed(
        &server,
        &server.tokens.mission("KEN"),
        "eventRequestCreate",
        input,
    )["eventRequest"]
        .clone();
    assert_ne!(ken["id"], first["id"]);
    assert_eq!(ken["missionCode"], "KEN");

    // Adding a line twice with one key adds one line.
    let request = text(&first["id"]);
    let add = json!({
        "eventRequestId": request,
        "itemCode": "CAT-WATER",
        "quantity": "1",
        "idempotencyKey": "water",
    });
    let line = succeed(&server, &fra, "serviceLineAdd", add.clone())["serviceLine"].clone();
    let retried = succeed(&server, &fra, "serviceLineAdd", add.clone())["serviceLine"].clone();
    assert_eq!(retried["id"], line["id"]);
    assert_eq!(
        read_request(&server, &fra, &request)["serviceLines"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let mut more = add;
    more["quantity"] = json!("2");
    refuse(
        &server,
        &fra,
        "serviceLineAdd",
        more,
        "IDEMPOTENCY_KEY_REUSED",
    );
}

#[test]
fn payments_and_credit_notes_are_idempotent_too() {
    let server = Server::start(NOW);
    let request = create(&server, "FRA", header("Paid twice?", START, END, 10));
    let water = add_line(&server, "FRA", &request, "CAT-WATER", "1");
    submit(&server, "FRA", &request);
    approve(&server, &request, "CR9");
    confirm(&server, "CATERING", &water);
    let server = server.restart(AFTER);
    succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestMarkHeld",
        json!({ "eventRequestId": request }),
    );
    let issue = json!({ "eventRequestId": request, "idempotencyKey": "invoice-1" });
    let invoice = succeed(
        &server,
        &server.tokens.finance,
        "invoiceIssue",
        issue.clone(),
    )["invoice"]
        .clone();
    let again = succeed(&server, &server.tokens.finance, "invoiceIssue", issue)["invoice"].clone();
    assert_eq!(
        again["id"], invoice["id"],
        "a retried issue is the same invoice"
    );
    assert_eq!(again["number"], "INV-2026-000001");
    assert_eq!(amount(&invoice["total"]), "45.00");

    let invoice_id = text(&invoice["id"]);
    let pay = json!({ "invoiceId": invoice_id, "amount": "20.00", "reference": "WIRE-7", "idempotencyKey": "pay-1" });
    succeed(
        &server,
        &server.tokens.finance,
        "paymentRecord",
        pay.clone(),
    );
    let retried = succeed(
        &server,
        &server.tokens.finance,
        "paymentRecord",
        pay.clone(),
    )["invoice"]
        .clone();
    assert_eq!(retried["payments"].as_array().map(Vec::len), Some(1));
    assert_eq!(amount(&retried["paid"]), "20.00");
    let mut other = pay;
    other["amount"] = json!("21.00");
    refuse(
        &server,
        &server.tokens.finance,
        "paymentRecord",
        other,
        "IDEMPOTENCY_KEY_REUSED",
    );

    let credit = json!({ "invoiceId": invoice_id, "amount": "5.00", "reason": "Goodwill", "idempotencyKey": "cn-1" });
    succeed(
        &server,
        &server.tokens.finance,
        "creditNoteIssue",
        credit.clone(),
    );
    let retried =
        succeed(&server, &server.tokens.finance, "creditNoteIssue", credit)["invoice"].clone();
    assert_eq!(retried["creditNotes"].as_array().map(Vec::len), Some(1));
    assert_eq!(retried["creditNotes"][0]["number"], "CN-2026-000001");
    assert_eq!(retried["creditNotes"][0]["unitCode"], Value::Null);
    assert_eq!(amount(&retried["balance"]), "20.00");
}

#[test]
fn a_stale_expected_version_is_a_version_conflict_carrying_the_current_version() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let request = create(&server, "FRA", header("Versioned", START, END, 10));
    let version = read_request(&server, &fra, &request)["version"].clone();
    assert_eq!(version, 1);
    let line = add_line(&server, "FRA", &request, "AV-MIC", "1");

    // The mission saw version 1, but adding the line made it 2.
    let conflict = refuse(
        &server,
        &fra,
        "eventRequestSubmit",
        json!({ "eventRequestId": request, "expectedVersion": 1 }),
        "VERSION_CONFLICT",
    );
    assert_eq!(conflict["currentVersion"], 2);
    assert_eq!(conflict["field"], json!(["input", "expectedVersion"]));
    refuse(
        &server,
        &fra,
        "serviceLineAdd",
        json!({ "eventRequestId": request, "itemCode": "AV-MIC", "quantity": "1", "expectedVersion": 1 }),
        "VERSION_CONFLICT",
    );
    assert_eq!(read_request(&server, &fra, &request)["status"], "DRAFT");

    // With the current version it goes through.
    let submitted = succeed(
        &server,
        &fra,
        "eventRequestSubmit",
        json!({ "eventRequestId": request, "expectedVersion": 2 }),
    )["eventRequest"]
        .clone();
    assert_eq!(submitted["status"], "SUBMITTED");
    assert_eq!(submitted["version"], 3);

    // A line has its own version.
    let stale = refuse(
        &server,
        &server.tokens.unit("AV"),
        "serviceLineConfirm",
        json!({ "serviceLineId": line, "expectedVersion": 7 }),
        "VERSION_CONFLICT",
    );
    assert_eq!(stale["currentVersion"], 1);
    let confirmed = succeed(
        &server,
        &server.tokens.unit("AV"),
        "serviceLineConfirm",
        json!({ "serviceLineId": line, "expectedVersion": 1 }),
    )["serviceLine"]
        .clone();
    assert_eq!(confirmed["version"], 2);
}

/// Every business failure comes with a code, the field, and a message in the caller's
/// language: the `lang` argument, else `Accept-Language`, else English.
#[test]
fn rule_messages_speak_the_six_official_languages() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    // 100 people do not fit Conference Room 9 (40 seats).
    let query = "mutation($input: EventRequestCreateInput!) { eventRequestCreate(input: $input) { \
        eventRequest { id } \
        userErrors { code field default: message \
          en: message(lang: EN) fr: message(lang: FR) es: message(lang: ES) \
          ar: message(lang: AR) zh: message(lang: ZH) ru: message(lang: RU) } } }";
    let mut input = header("Too many people", START, END, 100);
    input["preferredRoomCode"] = json!("CR9");
    let variables = json!({ "input": input });
    let response = server.data(&fra, query, variables.clone());
    let payload = &response["eventRequestCreate"];
    assert_eq!(payload["eventRequest"], Value::Null);
    let error = &payload["userErrors"][0];
    assert_eq!(error["code"], "CAPACITY_EXCEEDED");
    assert_eq!(error["field"], json!(["input", "expectedAttendance"]));
    assert_eq!(error["default"], error["en"]);

    let message = |lang: &str| text(&error[lang]);
    for lang in ["en", "fr", "es", "ar", "zh", "ru"] {
        let text = message(lang);
        assert!(
            text.contains("CR9") && text.contains("40") && text.contains("100"),
            "the {lang} message names the room, its capacity and the attendance: {text}"
        );
        if lang != "en" {
            assert_ne!(text, message("en"), "the {lang} message is not English");
        }
    }
    let has = |lang: &str, range: std::ops::RangeInclusive<char>| {
        message(lang).chars().any(|c| range.contains(&c))
    };
    assert!(has("ar", '\u{0600}'..='\u{06FF}'), "{}", message("ar"));
    assert!(has("zh", '\u{4E00}'..='\u{9FFF}'), "{}", message("zh"));
    assert!(has("ru", '\u{0400}'..='\u{04FF}'), "{}", message("ru"));
    assert_ne!(message("fr"), message("es"));

    // Accept-Language changes the default; the `lang` argument still wins.
    let body = json!({ "query": query, "variables": variables }).to_string();
    let authorization = format!("Bearer {fra}");
    let response = server.http(
        "POST",
        "/graphql",
        &[
            ("Content-Type", "application/json"),
            ("Accept", "application/graphql-response+json"),
            ("Accept-Language", "es"),
            ("Authorization", &authorization),
        ],
        body.as_bytes(),
    );
    assert_eq!(response.status, 200);
    let json = response.json();
    let spanish = &json["data"]["eventRequestCreate"]["userErrors"][0];
    assert_eq!(spanish["default"], error["es"]);
    assert_eq!(spanish["en"], error["en"]);
    assert_eq!(spanish["zh"], error["zh"]);
}

/// The rules of PRODUCT.md section 4 not met elsewhere in this file, each refused with its
/// code and the field concerned (and, through `refuse`, a message in six languages).
#[test]
fn each_rule_refuses_with_its_own_code() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let create_refused = |start: &str, end: &str, code: &str| {
        refuse(
            &server,
            &fra,
            "eventRequestCreate",
            header("Refused", start, end, 10),
            code,
        )
    };

    // Booking hours, in New York time with daylight saving: 12:30 UTC is 08:30 in May
    // (EDT) but 07:30 in November (EST).
    for (start, end) in [
        ("2026-05-16T10:00:00-04:00", "2026-05-16T12:00:00-04:00"), // a Saturday
        ("2026-05-12T07:30:00-04:00", "2026-05-12T09:00:00-04:00"), // before 08:00
        ("2026-05-12T20:00:00-04:00", "2026-05-12T21:30:00-04:00"), // after 21:00
        ("2026-05-12T10:00:00-04:00", "2026-05-12T14:30:00-04:00"), // longer than 4 h
        ("2026-05-12T10:00:00-04:00", "2026-05-12T10:20:00-04:00"), // shorter than 30 min
        ("2026-11-10T12:30:00Z", "2026-11-10T14:00:00Z"),           // 07:30 EST
    ] {
        let error = create_refused(start, end, "OUTSIDE_BOOKING_HOURS");
        assert_eq!(error["field"], json!(["input", "start"]), "{start}");
    }
    let may = succeed(
        &server,
        &fra,
        "eventRequestCreate",
        header(
            "08:30 EDT",
            "2026-05-12T12:30:00Z",
            "2026-05-12T14:00:00Z",
            10,
        ),
    )["eventRequest"]
        .clone();
    assert_eq!(may["start"], "2026-05-12T08:30:00-04:00");
    assert_eq!(may["end"], "2026-05-12T10:00:00-04:00");

    // Lead times: submitted at least 10 days ahead; a line at least its item's lead time.
    let soon = create(
        &server,
        "FRA",
        header(
            "Nine days ahead",
            "2026-04-10T10:00:00-04:00",
            "2026-04-10T11:00:00-04:00",
            10,
        ),
    );
    let late = refuse(
        &server,
        &fra,
        "eventRequestSubmit",
        json!({ "eventRequestId": soon }),
        "LEAD_TIME",
    );
    assert_eq!(late["field"], json!(["input", "start"]));
    let twelve_days = create(
        &server,
        "FRA",
        header(
            "Twelve days ahead",
            "2026-04-13T10:00:00-04:00",
            "2026-04-13T11:00:00-04:00",
            10,
        ),
    );
    let interpretation = refuse(
        &server,
        &fra,
        "serviceLineAdd",
        json!({ "eventRequestId": twelve_days, "itemCode": "INT-SIMULTANEOUS", "quantity": "1" }),
        "LEAD_TIME",
    );
    assert_eq!(interpretation["field"], json!(["input", "itemCode"]));
    // Seven days' notice is enough for lunch.
    add_line(&server, "FRA", &twelve_days, "CAT-LUNCH", "10");

    // An item the rate card does not have; an id that names nothing; a role that may not.
    let unknown = refuse(
        &server,
        &fra,
        "serviceLineAdd",
        json!({ "eventRequestId": twelve_days, "itemCode": "CAT-CAVIAR", "quantity": "1" }),
        "UNKNOWN_ITEM",
    );
    assert_eq!(unknown["field"], json!(["input", "itemCode"]));
    let missing = refuse(
        &server,
        &fra,
        "eventRequestSubmit",
        json!({ "eventRequestId": "01900000-0000-7000-8000-000000000000" }),
        "NOT_FOUND",
    );
    assert_eq!(missing["field"], json!(["input", "eventRequestId"]));
    refuse(
        &server,
        &server.tokens.unit("CATERING"),
        "eventRequestApprove",
        json!({ "eventRequestId": twelve_days, "roomCode": "CR1" }),
        "FORBIDDEN",
    );

    // Capacity on approval, and one room never holds two events within 30 minutes.
    let crowded = create(&server, "FRA", header("Crowded", START, END, 100));
    submit(&server, "FRA", &crowded);
    let capacity = refuse(
        &server,
        &server.tokens.focal_point,
        "eventRequestApprove",
        json!({ "eventRequestId": crowded, "roomCode": "CR9" }),
        "CAPACITY_EXCEEDED",
    );
    assert_eq!(capacity["field"], json!(["input", "expectedAttendance"]));
    approve(&server, &crowded, "CR1");
    let neighbour = create(
        &server,
        "KEN",
        header(
            "Right after",
            "2026-05-12T12:20:00-04:00",
            "2026-05-12T13:00:00-04:00",
            20,
        ),
    );
    submit(&server, "KEN", &neighbour);
    refuse(
        &server,
        &server.tokens.focal_point,
        "eventRequestApprove",
        json!({ "eventRequestId": neighbour, "roomCode": "CR1" }),
        "ROOM_UNAVAILABLE",
    );
    assert_eq!(approve(&server, &neighbour, "CR2")["roomCode"], "CR2");
}

const AVAILABLE_ROOMS: &str = "query($start: DateTime!, $end: DateTime!, $attendance: Int!) { \
    availableRooms(start: $start, end: $end, attendance: $attendance) { code capacity } }";

/// The codes of the rooms free from `start` to `end` for `attendance` people, in order.
fn free_rooms(
    server: &Server,
    token: &str,
    start: &str,
    end: &str,
    attendance: i64,
) -> Vec<String> {
    let data = server.data(
        token,
        AVAILABLE_ROOMS,
        json!({ "start": start, "end": end, "attendance": attendance }),
    );
    data["availableRooms"]
        .as_array()
        .expect("a list of rooms")
        .iter()
        .map(|room| text(&room["code"]))
        .collect()
}

#[test]
fn available_rooms_leave_out_an_approved_room_until_its_buffer_is_over() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    // 300 people fit CR4 alone (400 seats); 30 fit every room, smallest first, CR9 before CR10.
    assert_eq!(free_rooms(&server, &fra, START, END, 300), ["CR4"]);
    let all = free_rooms(&server, &fra, START, END, 30);
    assert_eq!(all.len(), 12, "{all:?}");
    assert_eq!(all[..2], ["CR9", "CR10"]);
    assert_eq!(all.last().map(String::as_str), Some("CR4"));

    let request = create(&server, "FRA", header("In CR4", START, END, 300));
    submit(&server, "FRA", &request);
    approve(&server, &request, "CR4");
    // CR4 is now busy 09:30–12:30: an overlapping slot and one touching the buffer by a
    // minute leave it out, for every role.
    let overlapping = free_rooms(
        &server,
        &server.tokens.unit("CATERING"),
        "2026-05-12T11:00:00-04:00",
        "2026-05-12T13:00:00-04:00",
        30,
    );
    assert_eq!(overlapping.len(), 11, "{overlapping:?}");
    assert!(!overlapping.contains(&"CR4".to_string()));
    assert_eq!(
        free_rooms(
            &server,
            &fra,
            "2026-05-12T12:59:00-04:00",
            "2026-05-12T14:00:00-04:00",
            300
        ),
        Vec::<String>::new()
    );
    // Starting 30 minutes after the buffer ends, its own buffer begins where CR4's ends.
    assert_eq!(
        free_rooms(
            &server,
            &fra,
            "2026-05-12T13:00:00-04:00",
            "2026-05-12T14:00:00-04:00",
            300
        ),
        ["CR4"]
    );
    // And the room it lists is one an approval accepts.
    let next = create(
        &server,
        "KEN",
        header(
            "Right after the buffer",
            "2026-05-12T13:00:00-04:00",
            "2026-05-12T14:00:00-04:00",
            300,
        ),
    );
    submit(&server, "KEN", &next);
    assert_eq!(approve(&server, &next, "CR4")["roomCode"], "CR4");

    // Bad input is a clear error on its argument, never a panic.
    for (start, end, attendance, field) in [
        (END, START, 10, "end"),
        (START, START, 10, "end"),
        (START, END, 0, "attendance"),
        (START, END, -3, "attendance"),
        (START, END, 10_001, "attendance"),
        (START, "2026-05-14T10:00:00-04:00", 10, "end"),
    ] {
        let response = server.graphql(
            &fra,
            AVAILABLE_ROOMS,
            json!({ "start": start, "end": end, "attendance": attendance }),
        );
        let error = &response["errors"][0];
        assert_eq!(error["extensions"]["code"], "VALIDATION", "{response}");
        assert_eq!(error["extensions"]["field"], field, "{response}");
        assert_eq!(response["data"], Value::Null, "{response}");
    }
}

#[test]
fn a_guest_is_removed_until_48_hours_before_the_start() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let request = create(&server, "FRA", header("With guests", START, END, 20));
    let add = |full_name: &str| {
        let payload = succeed(
            &server,
            &fra,
            "guestAdd",
            json!({ "eventRequestId": request, "fullName": full_name, "organization": "UNEP" }),
        );
        text(&payload["guest"]["id"])
    };
    let jane = add("Jane Doe");
    let omar = add("Omar Haddad");
    let names = |request: &Value| -> Vec<String> {
        request["guests"]
            .as_array()
            .expect("guests")
            .iter()
            .map(|guest| text(&guest["fullName"]))
            .collect()
    };

    let removed = succeed(
        &server,
        &fra,
        "guestRemove",
        json!({ "eventRequestId": request, "guestId": jane }),
    );
    assert_eq!(removed["guest"]["id"], jane.as_str());
    assert_eq!(removed["guest"]["fullName"], "Jane Doe");
    assert_eq!(names(&removed["eventRequest"]), ["Omar Haddad"]);
    assert_eq!(
        history_types(&removed["eventRequest"])
            .last()
            .map(String::as_str),
        Some("GuestRemoved")
    );

    // Twice is not found; another mission finds no request at all.
    let again = refuse(
        &server,
        &fra,
        "guestRemove",
        json!({ "eventRequestId": request, "guestId": jane }),
        "NOT_FOUND",
    );
    assert_eq!(again["field"], json!(["input", "guestId"]));
    let foreign = refuse(
        &server,
        &server.tokens.mission("KEN"),
        "guestRemove",
        json!({ "eventRequestId": request, "guestId": omar }),
        "NOT_FOUND",
    );
    assert_eq!(foreign["field"], json!(["input", "eventRequestId"]));

    // One second inside the 48 hours, the list is fixed.
    let server = server.restart("2026-05-10T10:00:01-04:00");
    let late = refuse(
        &server,
        &fra,
        "guestRemove",
        json!({ "eventRequestId": request, "guestId": omar }),
        "LEAD_TIME",
    );
    assert_eq!(late["field"], json!(["input", "guestId"]));
    assert!(text(&late["en"]).contains("2026-05-10 10:00 EDT"), "{late}");
    assert_eq!(
        names(&read_request(&server, &fra, &request)),
        ["Omar Haddad"]
    );
}
