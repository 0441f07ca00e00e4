//! The server starts, answers its probes, and serves a first query.

use convene_e2e::Server;
use serde_json::json;

#[test]
fn the_server_starts_and_answers() {
    let server = Server::start("2026-04-01T09:00:00-04:00");
    assert_eq!(server.http("GET", "/healthz", &[], b"").status, 200);
    assert_eq!(server.http("GET", "/readyz", &[], b"").status, 200);
    let data = server.data(
        &server.tokens.mission("FRA"),
        "{ viewer { role missionCode } }",
        json!({}),
    );
    assert_eq!(
        data["viewer"],
        json!({ "role": "MISSION", "missionCode": "FRA" })
    );
    let metrics = server.http("GET", "/metrics", &[], b"");
    assert!(
        metrics.body.contains("convene_events_total"),
        "{}",
        metrics.body
    );
}
