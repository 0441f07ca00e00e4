//! A burst as the opening morning of the high-level week has it: 1,000 `eventRequestCreate`
//! from ten missions released at once. Every create takes its reference from the one `SE`
//! sequence, so they all contend for one stream; every one must succeed, with references
//! unique and gap-free — on the embedded store, and over two servers on one PostgreSQL
//! database (half the creates through each).

use std::collections::BTreeSet;
use std::sync::{Arc, Barrier};
use std::thread;

use convene_e2e::{Server, postgres_database, try_graphql};
use serde_json::{Value, json};

use crate::flows::{MISSIONS, request_input};

const NOW: &str = "2026-04-01T09:00:00-04:00";
const CREATES: usize = 1_000;

const CREATE_WITH_REFERENCE: &str = "mutation($input: EventRequestCreateInput!) {
  eventRequestCreate(input: $input) {
    eventRequest { id reference status }
    userErrors { code field message }
  }
}";

/// Sends every create at once (one connection each, released by one barrier) through the
/// given servers in turn, and checks every answer; returns the references.
fn burst(servers: &[&Server]) -> Vec<String> {
    let barrier = Arc::new(Barrier::new(CREATES));
    let answers: Vec<Result<Value, String>> = thread::scope(|scope| {
        let handles: Vec<_> = (0..CREATES)
            .map(|index| {
                let barrier = barrier.clone();
                let server = servers[index % servers.len()];
                let mission = MISSIONS[index % MISSIONS.len()];
                let token = server.tokens.mission(mission);
                let address = server.address.clone();
                thread::Builder::new()
                    .stack_size(256 * 1024)
                    .spawn_scoped(scope, move || {
                        let input = request_input(
                            &format!("Opening-week side event {index}"),
                            "2026-05-12",
                            "10:00",
                            "11:00",
                            30,
                        );
                        barrier.wait();
                        try_graphql(
                            &address,
                            &token,
                            CREATE_WITH_REFERENCE,
                            json!({ "input": input }),
                        )
                    })
                    .expect("a client thread starts")
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("a client thread panicked"))
            .collect()
    });
    let mut references = Vec::with_capacity(CREATES);
    let mut failures = Vec::new();
    for (index, answer) in answers.iter().enumerate() {
        match answer {
            Ok(response)
                if response.get("errors").is_none()
                    && response["data"]["eventRequestCreate"]["userErrors"] == json!([]) =>
            {
                let request = &response["data"]["eventRequestCreate"]["eventRequest"];
                assert_eq!(request["status"], "DRAFT", "{request}");
                references.push(
                    request["reference"]
                        .as_str()
                        .expect("a reference")
                        .to_string(),
                );
            }
            Ok(response) => failures.push(format!("create {index}: {response}")),
            Err(error) => failures.push(format!("create {index}: no answer: {error}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {CREATES} creates failed, the first: {}",
        failures.len(),
        failures.first().map_or("", String::as_str)
    );
    references
}

fn assert_gap_free(references: &[String]) {
    let unique: BTreeSet<&String> = references.iter().collect();
    assert_eq!(unique.len(), CREATES, "every reference is unique");
    let expected: BTreeSet<String> = (1..=CREATES)
        .map(|number| format!("SE-2026-{number:06}"))
        .collect();
    assert_eq!(
        unique,
        expected.iter().collect::<BTreeSet<_>>(),
        "references run from SE-2026-000001 without a gap"
    );
}

#[test]
fn a_thousand_creates_at_once_all_succeed_on_the_embedded_store() {
    let server = Server::start(NOW);
    let references = burst(&[&server]);
    assert_gap_free(&references);
}

#[test]
fn a_thousand_creates_at_once_over_two_postgres_servers_all_succeed() {
    let store = postgres_database("e2e_burst");
    let dir = tempfile::tempdir().expect("temporary directory");
    let a = Server::start_postgres(&store, &dir.path().join("a"), NOW);
    let b = Server::start_second(&a, &dir.path().join("b"), NOW);
    let references = burst(&[&a, &b]);
    assert_gap_free(&references);
}
