//! Races over real HTTP: 200 focal-point approvals of overlapping requests for one room
//! released at once (QUALITY.md, "no double booking"), and invoices issued concurrently
//! (numbering gap-free under concurrent issuing). Each client thread has its own connection;
//! a `Barrier` releases them together.

use std::collections::BTreeMap;
use std::sync::{Arc, Barrier};
use std::thread;

use convene_e2e::{Server, try_graphql};
use serde_json::{Value, json};

use crate::flows::{
    APPROVE, ISSUE_INVOICE, MISSIONS, add_line, approve, confirm_line, create, id_of, mark_held,
    request_input, submit,
};

const NOW: &str = "2026-04-01T09:00:00-04:00";

/// The day every contested request asks for (a Tuesday, more than 10 days after `NOW`).
const DAY: &str = "2026-05-12";

/// Runs `work` for every item on `workers` threads (the setup is not what is measured, but
/// 200 sequential durable writes would make the test slow).
pub(crate) fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let chunk = items.len().div_ceil(workers).max(1);
    thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|chunk| scope.spawn(|| chunk.iter().map(&work).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("a setup thread panicked"))
            .collect()
    })
}

#[test]
fn two_hundred_concurrent_approvals_for_one_room_book_it_exactly_once() {
    const REQUESTS: usize = 200;
    const ROOM: &str = "CR1";
    let server = Server::start(NOW);

    // Starts between 10:00 and 11:55, one hour each: every busy slot (30 minutes either
    // side) overlaps every other, so at most one of them may hold the room.
    let specs: Vec<(usize, &str)> = (0..REQUESTS)
        .map(|index| (index, MISSIONS[index % MISSIONS.len()]))
        .collect();
    let requests: Vec<(String, &str)> = in_parallel(&specs, 8, |&(index, mission)| {
        let minutes = 10 * 60 + (index % 24) * 5;
        let from = format!("{:02}:{:02}", minutes / 60, minutes % 60);
        let to = format!("{:02}:{:02}", minutes / 60 + 1, minutes % 60);
        let input = request_input(
            &format!("Contested side event {index}"),
            DAY,
            &from,
            &to,
            50,
        );
        let id = create(&server, mission, input);
        submit(&server, mission, &id);
        (id, mission)
    });
    assert_eq!(requests.len(), REQUESTS);

    let barrier = Arc::new(Barrier::new(REQUESTS));
    let answers: Vec<(String, Result<Value, String>)> = thread::scope(|scope| {
        let handles: Vec<_> = requests
            .iter()
            .map(|(id, _)| {
                let barrier = barrier.clone();
                let (address, token) = (&server.address, &server.tokens.focal_point);
                scope.spawn(move || {
                    let variables = json!({ "input": { "eventRequestId": id, "roomCode": ROOM } });
                    barrier.wait();
                    (id.clone(), try_graphql(address, token, APPROVE, variables))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("an approving thread panicked"))
            .collect()
    });

    let mut winners = Vec::new();
    let mut problems = Vec::new();
    for (id, answer) in &answers {
        match approval(answer, ROOM) {
            Ok(Approval::Won) => winners.push(id.clone()),
            Ok(Approval::RoomUnavailable) => {}
            Err(problem) => problems.push(format!("{id}: {problem}")),
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {REQUESTS} approvals went wrong:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(
        winners.len(),
        1,
        "exactly one approval may win the room, these did: {winners:?}"
    );
    let winner = &winners[0];

    // The room's schedule for the day holds the winner and nothing else.
    let schedule = server.data(
        &server.tokens.focal_point,
        "query($room: String!, $from: DateTime!, $to: DateTime!) {
           roomSchedule(roomCode: $room, from: $from, to: $to) { roomCode eventRequestId }
         }",
        json!({
            "room": ROOM,
            "from": format!("{DAY}T00:00:00-04:00"),
            "to": format!("{DAY}T23:59:00-04:00"),
        }),
    );
    assert_eq!(
        schedule["roomSchedule"],
        json!([{ "roomCode": ROOM, "eventRequestId": winner }]),
        "the room's schedule"
    );

    // And the read side agrees: one approved request, the 199 others still submitted.
    let approved = requests_with_status(&server, "APPROVED");
    assert_eq!(approved, vec![winner.clone()], "the approved requests");
    let submitted = requests_with_status(&server, "SUBMITTED");
    assert_eq!(
        submitted.len(),
        REQUESTS - 1,
        "the requests still submitted"
    );
    assert!(!submitted.contains(winner));
}

/// How one contested approval ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Approval {
    /// The request is approved with `room`.
    Won,
    /// Refused with `ROOM_UNAVAILABLE` (and no request in the payload).
    RoomUnavailable,
}

/// Reads the answer to one `eventRequestApprove` of a race for `room`; anything but a win or a
/// clean `ROOM_UNAVAILABLE` (no answer, top-level errors, another code) is a problem.
pub(crate) fn approval(answer: &Result<Value, String>, room: &str) -> Result<Approval, String> {
    let response = answer
        .as_ref()
        .map_err(|error| format!("no answer: {error}"))?;
    if response.get("errors").is_some() {
        return Err(format!("top-level errors: {response}"));
    }
    let payload = &response["data"]["eventRequestApprove"];
    let codes: Vec<&str> = payload["userErrors"]
        .as_array()
        .map(|errors| errors.iter().filter_map(|e| e["code"].as_str()).collect())
        .unwrap_or_default();
    match codes.as_slice() {
        [] if payload["eventRequest"]["status"] == "APPROVED"
            && payload["eventRequest"]["roomCode"] == room =>
        {
            Ok(Approval::Won)
        }
        ["ROOM_UNAVAILABLE"] if payload["eventRequest"].is_null() => Ok(Approval::RoomUnavailable),
        _ => Err(format!("unexpected payload {payload}")),
    }
}

/// The ids of every request with `status`, page by page, as the focal point sees them.
pub(crate) fn requests_with_status(server: &Server, status: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = server.data(
            &server.tokens.focal_point,
            "query($status: EventRequestStatus, $after: String) {
               eventRequests(first: 50, status: $status, after: $after) {
                 edges { node { id status } }
                 pageInfo { hasNextPage endCursor }
               }
             }",
            json!({ "status": status, "after": after }),
        );
        let connection = &page["eventRequests"];
        for edge in connection["edges"].as_array().expect("edges") {
            assert_eq!(edge["node"]["status"], status, "{edge}");
            ids.push(id_of(&edge["node"]));
        }
        if connection["pageInfo"]["hasNextPage"] != true {
            return ids;
        }
        after = connection["pageInfo"]["endCursor"].clone();
        assert!(ids.len() <= 1000, "the pages never end");
    }
}

#[test]
fn invoices_issued_concurrently_are_numbered_without_gaps_and_issued_once() {
    const INVOICES: usize = 20;
    // After every event of the setup below, so each can be marked held.
    const LATER: &str = "2026-04-24T12:00:00-04:00";
    let dir = tempfile::tempdir().expect("temporary directory");
    let data_dir = dir.path().join("data");

    // Before the events: requests with one confirmed catering line each, approved in ten
    // rooms over two days (Monday 20 and Tuesday 21 April).
    let server = Server::start_in(&data_dir, NOW);
    let specs: Vec<usize> = (0..INVOICES).collect();
    let requests: Vec<String> = in_parallel(&specs, 4, |&index| {
        let mission = MISSIONS[index % MISSIONS.len()];
        let room = format!("CR{}", index % 10 + 1);
        let day = format!("2026-04-{}", 20 + index / 10);
        let input = request_input(
            &format!("Billed side event {index}"),
            &day,
            "10:00",
            "11:00",
            20,
        );
        let id = create(&server, mission, input);
        let line = add_line(&server, mission, &id, "CAT-COFFEE", "20");
        submit(&server, mission, &id);
        approve(&server, &id, &room);
        confirm_line(&server, "CATERING", &line);
        id
    });
    assert!(server.stop().success(), "the server stops cleanly");

    // After the events: held, then invoiced all at once.
    let server = Server::start_in(&data_dir, LATER);
    in_parallel(&requests, 4, |id| mark_held(&server, id));
    // Every invoice is asked for twice at once: a losing attempt must not use up a number.
    let attempts: Vec<&String> = requests.iter().chain(&requests).collect();
    let barrier = Arc::new(Barrier::new(attempts.len()));
    let answers: Vec<Result<Value, String>> = thread::scope(|scope| {
        let handles: Vec<_> = attempts
            .iter()
            .map(|id| {
                let barrier = barrier.clone();
                let (address, token) = (&server.address, &server.tokens.finance);
                scope.spawn(move || {
                    let variables = json!({ "input": { "eventRequestId": id } });
                    barrier.wait();
                    try_graphql(address, token, ISSUE_INVOICE, variables)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("an issuing thread panicked"))
            .collect()
    });

    let mut numbers = Vec::new();
    let mut invoiced: BTreeMap<&str, String> = BTreeMap::new();
    let mut refused: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, answer) in attempts.iter().zip(&answers) {
        let response = answer
            .as_ref()
            .unwrap_or_else(|error| panic!("issuing the invoice of {id}: no answer: {error}"));
        assert!(response.get("errors").is_none(), "{id}: {response}");
        let payload = &response["data"]["invoiceIssue"];
        if payload["userErrors"] == json!([]) {
            let invoice = &payload["invoice"];
            assert_eq!(invoice["eventRequestId"], json!(id), "{invoice}");
            numbers.push(invoice["number"].as_str().expect("a number").to_string());
            let first = invoiced.insert(id.as_str(), id_of(invoice));
            assert!(first.is_none(), "{id} was invoiced twice: {payload}");
        } else {
            assert_eq!(
                payload["userErrors"][0]["code"], "ALREADY_INVOICED",
                "{id}: {payload}"
            );
            *refused.entry(id.as_str()).or_default() += 1;
        }
    }
    assert_eq!(invoiced.len(), INVOICES, "every request has its invoice");
    assert_eq!(
        refused.len(),
        INVOICES,
        "and every second attempt was refused"
    );
    numbers.sort();
    let expected: Vec<String> = (1..=INVOICES)
        .map(|number| format!("INV-2026-{number:06}"))
        .collect();
    assert_eq!(
        numbers, expected,
        "invoice numbers: unique and gap-free from 1"
    );

    // Read back, each invoice keeps the number its payload announced.
    let listed = server.data(
        &server.tokens.finance,
        "{ invoices(first: 100) { edges { node { id number } } } }",
        json!({}),
    );
    let mut listed: Vec<String> = listed["invoices"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|edge| {
            edge["node"]["number"]
                .as_str()
                .expect("a number")
                .to_string()
        })
        .collect();
    listed.sort();
    assert_eq!(listed, expected, "the invoices finance lists");
}
