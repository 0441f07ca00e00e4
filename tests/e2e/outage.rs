//! The database goes away under a running server and comes back: requests fail with a clear
//! `UNAVAILABLE` error (never a hang, a panic or a wrong answer), `/readyz` says the server is
//! not ready, and once PostgreSQL is back the same server answers again by itself, with
//! everything acknowledged before the outage still there. The test runs a PostgreSQL cluster
//! of its own (`scripts/postgres`), so stopping it disturbs no other test.

use convene_e2e::{Server, poll_until};
use convene_postgres::testing::PrivateCluster;
use serde_json::{Value, json};

use crate::flows::{CREATE, create, request_input};

const NOW: &str = "2026-04-01T09:00:00-04:00";

/// Asks `/readyz` (bounded) until it answers `status`.
fn until_readyz(server: &Server, status: u16) {
    poll_until(
        &format!("/readyz answering {status}"),
        || server.http("GET", "/readyz", &[], b""),
        |response| response.status == status,
    );
}

fn fra_request(server: &Server, id: &str) -> Value {
    server.graphql(
        &server.tokens.mission("FRA"),
        "query($id: ID!) { eventRequest(id: $id) { id title status } }",
        json!({ "id": id }),
    )
}

#[test]
fn a_database_outage_gives_clear_errors_and_heals_by_itself() {
    let cluster = PrivateCluster::start("convene-e2e-outage");
    let admin = cluster.url().to_string();
    // The cluster's own `postgres` database holds the log: this cluster serves this test only.
    let data = tempfile::tempdir().expect("temporary directory");
    let server = Server::start_postgres(&admin, &data.path().join("a"), NOW);
    until_readyz(&server, 200);
    let before = create(
        &server,
        "FRA",
        request_input("Before the outage", "2026-05-12", "10:00", "11:00", 30),
    );

    cluster.stop();
    // A read and a write during the outage: a top-level error saying the service is
    // unavailable, no data, and an answer (the pool gives up after its acquire timeout).
    let read = fra_request(&server, &before);
    assert_eq!(
        read["errors"][0]["extensions"]["code"], "UNAVAILABLE",
        "a read without the database: {read}"
    );
    assert_eq!(read["data"]["eventRequest"], Value::Null, "{read}");
    let write = server.graphql(
        &server.tokens.mission("FRA"),
        CREATE,
        json!({ "input": request_input("During the outage", "2026-05-12", "13:00", "14:00", 30) }),
    );
    assert_eq!(
        write["errors"][0]["extensions"]["code"], "UNAVAILABLE",
        "a write without the database: {write}"
    );
    // Refused as a whole: HTTP 503 with a retry hint, in the header and in the error.
    let body = json!({ "query": CREATE, "variables": { "input":
        request_input("During the outage", "2026-05-12", "15:00", "16:00", 30) } })
    .to_string();
    let authorization = format!("Bearer {}", server.tokens.mission("FRA"));
    let refused = server.http(
        "POST",
        "/graphql",
        &[
            ("Content-Type", "application/json"),
            ("Accept", "application/graphql-response+json"),
            ("Authorization", &authorization),
        ],
        body.as_bytes(),
    );
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert!(
        refused
            .headers
            .iter()
            .any(|(name, value)| name.eq_ignore_ascii_case("retry-after") && value == "1"),
        "{:?}",
        refused.headers
    );
    assert_eq!(refused.json()["errors"][0]["extensions"]["retryAfter"], 1);
    until_readyz(&server, 503);

    cluster.start_again();
    until_readyz(&server, 200);
    // The same server process, without a restart: reads and writes work again, and what was
    // acknowledged before the outage is there.
    let after = create(
        &server,
        "FRA",
        request_input("After the outage", "2026-05-13", "10:00", "11:00", 30),
    );
    for (id, title) in [(&before, "Before the outage"), (&after, "After the outage")] {
        let response = fra_request(&server, id);
        assert_eq!(
            response["data"]["eventRequest"]["title"], title,
            "{response}"
        );
    }
    assert!(server.stop().success(), "the server stops cleanly");
    let verify = Server::command_store(&admin, &["verify"]);
    assert!(
        verify.status.success(),
        "convene verify --store: {}",
        String::from_utf8_lossy(&verify.stdout)
    );
}
