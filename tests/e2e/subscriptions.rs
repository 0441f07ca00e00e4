//! Subscriptions through a real `graphql-transport-ws` client (tungstenite over a plain
//! `TcpStream`): a request's updates as its mission sees them, a unit's queue of lines, and
//! the refusals (a bad token at `connection_init`, another mission's request).
//!
//! Every read has a timeout, so a message that never comes fails the test instead of
//! hanging it. After each `subscribe` the client sends a `ping` and waits for its `pong`:
//! the server handles a connection's messages in order, so the pong proves the subscribe
//! was read, and the server polls the new subscription (which then starts following the
//! log) in the same turn as it writes the pong — before the client can even read the pong,
//! let alone send the mutation that follows.

use std::net::TcpStream;
use std::time::Duration;

use convene_e2e::Server;
use serde_json::{Value, json};
use tungstenite::protocol::CloseFrame;
use tungstenite::{ClientRequestBuilder, Message, WebSocket};

use crate::flows::{add_line, confirm_line, create, request_input, submit};

const NOW: &str = "2026-04-01T09:00:00-04:00";
const PROTOCOL: &str = "graphql-transport-ws";
/// How long a test waits for one message before it fails.
const READ_TIMEOUT: Duration = Duration::from_secs(15);
/// The most messages read while looking for an expected one.
const MAX_MESSAGES: usize = 50;

/// What the server sent: a protocol message, or the close of the connection.
#[derive(Debug)]
enum Received {
    Json(Value),
    Closed(Option<CloseFrame>),
}

/// A `graphql-transport-ws` client.
pub(crate) struct Client {
    socket: WebSocket<TcpStream>,
}

impl Client {
    /// Opens `/graphql/ws` with the `graphql-transport-ws` sub-protocol.
    fn open(server: &Server) -> Client {
        let stream = TcpStream::connect(&server.address).expect("connects");
        stream
            .set_read_timeout(Some(READ_TIMEOUT))
            .expect("read timeout");
        let uri = format!("ws://{}/graphql/ws", server.address)
            .parse()
            .expect("a URI");
        let request = ClientRequestBuilder::new(uri).with_sub_protocol(PROTOCOL);
        let (socket, response) = tungstenite::client(request, stream)
            .unwrap_or_else(|error| panic!("the WebSocket handshake failed: {error}"));
        assert_eq!(
            response
                .headers()
                .get("Sec-WebSocket-Protocol")
                .and_then(|value| value.to_str().ok()),
            Some(PROTOCOL),
            "the server speaks {PROTOCOL}"
        );
        Client { socket }
    }

    /// Opens a connection and initialises it with a token; the server must acknowledge.
    pub(crate) fn connect(server: &Server, token: &str) -> Client {
        let mut client = Client::open(server);
        client.send(
            json!({ "type": "connection_init", "payload": { "authorization": format!("Bearer {token}") } }),
        );
        let ack = client.receive_json();
        assert_eq!(ack["type"], "connection_ack", "{ack}");
        client
    }

    fn send(&mut self, message: Value) {
        self.socket
            .send(Message::text(message.to_string()))
            .expect("sends a message");
    }

    /// The next message from the server (WebSocket pings are answered by tungstenite).
    fn receive(&mut self) -> Received {
        loop {
            match self.socket.read() {
                Ok(Message::Text(text)) => {
                    let value = serde_json::from_str(text.as_str())
                        .unwrap_or_else(|error| panic!("not JSON ({error}): {text}"));
                    return Received::Json(value);
                }
                Ok(Message::Close(frame)) => return Received::Closed(frame),
                Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_)) => {}
                Ok(Message::Binary(bytes)) => panic!("unexpected binary message {bytes:?}"),
                Err(tungstenite::Error::Io(error))
                    if matches!(
                        error.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    panic!("no message from the server within {READ_TIMEOUT:?}")
                }
                Err(error) => panic!("reading from the WebSocket failed: {error}"),
            }
        }
    }

    fn receive_json(&mut self) -> Value {
        match self.receive() {
            Received::Json(value) => value,
            Received::Closed(frame) => panic!("the server closed the connection: {frame:?}"),
        }
    }

    /// Subscribes, then makes sure the server has taken the subscription (ping, pong).
    pub(crate) fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({
            "id": id,
            "type": "subscribe",
            "payload": { "query": query, "variables": variables },
        }));
        self.send(json!({ "type": "ping" }));
        let pong = self.receive_json();
        assert_eq!(pong["type"], "pong", "{pong}");
    }

    /// The `data` of the next `next` message of subscription `id` that satisfies `wanted`;
    /// every other message must be a `next` of that subscription without errors.
    pub(crate) fn next_until(&mut self, id: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        let mut seen = Vec::new();
        for _ in 0..MAX_MESSAGES {
            let message = self.receive_json();
            assert_eq!(message["type"], "next", "{message}");
            assert_eq!(message["id"], id, "{message}");
            assert!(message["payload"].get("errors").is_none(), "{message}");
            let data = message["payload"]["data"].clone();
            if wanted(&data) {
                return data;
            }
            seen.push(data);
        }
        panic!("no wanted update in {MAX_MESSAGES} messages: {seen:#?}");
    }
}

pub(crate) const REQUEST_UPDATED: &str = "subscription($id: ID!) {
  eventRequestUpdated(id: $id) {
    id status version
    serviceLines { itemCode quantity status }
  }
}";

pub(crate) const LINE_QUEUE: &str = "subscription($unit: String!) {
  serviceLineQueue(unitCode: $unit) { id eventRequestId unitCode itemCode quantity status }
}";

#[test]
fn a_mission_follows_its_request_as_lines_are_added_and_it_is_submitted() {
    let server = Server::start(NOW);
    let input = request_input("Ocean panel", "2026-05-12", "10:00", "12:00", 40);
    let request = create(&server, "FRA", input);

    let mut client = Client::connect(&server, &server.tokens.mission("FRA"));
    client.subscribe("updates", REQUEST_UPDATED, json!({ "id": request }));

    add_line(&server, "FRA", &request, "CAT-COFFEE", "40");
    let update = client.next_until("updates", |data| {
        data["eventRequestUpdated"]["serviceLines"]
            .as_array()
            .is_some_and(|lines| !lines.is_empty())
    });
    let updated = &update["eventRequestUpdated"];
    assert_eq!(updated["id"], json!(request));
    assert_eq!(updated["status"], "DRAFT");
    assert_eq!(
        updated["serviceLines"],
        json!([{ "itemCode": "CAT-COFFEE", "quantity": "40", "status": "REQUESTED" }])
    );
    let version_with_line = updated["version"].as_i64().expect("a version");

    submit(&server, "FRA", &request);
    let update = client.next_until("updates", |data| {
        data["eventRequestUpdated"]["status"] == "SUBMITTED"
    });
    let updated = &update["eventRequestUpdated"];
    assert!(
        updated["version"].as_i64().expect("a version") > version_with_line,
        "the version moves on: {updated}"
    );
    assert_eq!(
        updated["serviceLines"][0]["itemCode"], "CAT-COFFEE",
        "{updated}"
    );

    // The client ends the subscription; the connection stays usable. Updates already on
    // their way may still arrive, and the server may confirm the end with a `complete`, but
    // nothing of that subscription follows the `complete`.
    client.send(json!({ "id": "updates", "type": "complete" }));
    client.send(json!({ "type": "ping" }));
    let mut completed = false;
    loop {
        let message = client.receive_json();
        match message["type"].as_str() {
            Some("pong") => break,
            Some("next") if !completed && message["id"] == "updates" => {}
            Some("complete") if !completed && message["id"] == "updates" => completed = true,
            _ => panic!("unexpected message after complete: {message}"),
        }
    }
}

#[test]
fn a_unit_queue_receives_its_own_lines_only() {
    let server = Server::start(NOW);
    let input = request_input("Climate side event", "2026-05-13", "13:00", "15:00", 30);
    let request = create(&server, "KEN", input);

    let mut catering = Client::connect(&server, &server.tokens.unit("CATERING"));
    catering.subscribe("queue", LINE_QUEUE, json!({ "unit": "CATERING" }));

    // A line of another unit first: the catering queue must not show it.
    add_line(&server, "KEN", &request, "AV-MIC", "4");
    let line = add_line(&server, "KEN", &request, "CAT-LUNCH", "30");
    let queued = catering.next_until("queue", |_| true);
    assert_eq!(
        queued["serviceLineQueue"],
        json!({
            "id": line,
            "eventRequestId": request,
            "unitCode": "CATERING",
            "itemCode": "CAT-LUNCH",
            "quantity": "30",
            "status": "REQUESTED",
        }),
        "the first line in the catering queue is the catering line"
    );

    // The unit's own change to the line comes through too.
    submit(&server, "KEN", &request);
    confirm_line(&server, "CATERING", &line);
    let confirmed = catering.next_until("queue", |data| {
        data["serviceLineQueue"]["status"] == "CONFIRMED"
    });
    assert_eq!(confirmed["serviceLineQueue"]["id"], json!(line));
    assert_eq!(confirmed["serviceLineQueue"]["unitCode"], "CATERING");
}

#[test]
fn a_bad_token_at_connection_init_closes_the_connection() {
    let server = Server::start(NOW);
    let mut client = Client::open(&server);
    client.send(json!({
        "type": "connection_init",
        "payload": { "authorization": "Bearer not-a-token" },
    }));
    match client.receive() {
        Received::Closed(Some(frame)) => {
            let code = u16::from(frame.code);
            // graphql-transport-ws: an unacceptable connection_init closes with 4403.
            assert_eq!(code, 4403, "unexpected close frame {frame:?}");
            assert!(frame.reason.as_str().contains("Forbidden"), "{frame:?}");
        }
        other => panic!("expected the connection to be closed, got {other:?}"),
    }
    // Nothing follows the close: the connection is over.
    match client.socket.read() {
        Ok(Message::Close(_)) | Err(_) => {}
        Ok(message) => panic!("a message after the close: {message:?}"),
    }
}

#[test]
fn a_mission_cannot_follow_another_missions_request() {
    let server = Server::start(NOW);
    let input = request_input("Private briefing", "2026-05-14", "09:00", "10:00", 20);
    let request = create(&server, "FRA", input);

    let mut other = Client::connect(&server, &server.tokens.mission("KEN"));
    other.send(json!({
        "id": "spy",
        "type": "subscribe",
        "payload": { "query": REQUEST_UPDATED, "variables": { "id": request } },
    }));
    // The same answer as for a request that does not exist: an error, then the end.
    let answer = other.receive_json();
    let errors = match answer["type"].as_str() {
        Some("next") => answer["payload"]["errors"].clone(),
        Some("error") => answer["payload"].clone(),
        _ => panic!("unexpected answer {answer}"),
    };
    assert!(
        errors.as_array().is_some_and(|errors| !errors.is_empty()),
        "{answer}"
    );
    assert!(answer["payload"]["data"].is_null(), "{answer}");
    assert!(!answer.to_string().contains("Private briefing"), "{answer}");
    if answer["type"] == "next" {
        let complete = other.receive_json();
        assert_eq!(complete, json!({ "type": "complete", "id": "spy" }));
    }

    // FRA's own change does not reach KEN's connection: the next message KEN gets is the
    // answer to its ping.
    add_line(&server, "FRA", &request, "CAT-WATER", "1");
    other.send(json!({ "type": "ping" }));
    let pong = other.receive_json();
    assert_eq!(pong["type"], "pong", "{pong}");
}
