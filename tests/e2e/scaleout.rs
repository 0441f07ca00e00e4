//! Scale-out under concurrency: two real server processes (A and B) on one PostgreSQL
//! database, each with its own data directory for its read models. QUALITY.md's races are
//! run across both: 200 approvals of one room released at once, alternating A and B (no
//! double booking); invoices asked for twice at once, once through each server (numbering
//! gap-free); a subscription on B following what is written through A; and the crash loop
//! with one of the two servers killed by SIGKILL in each cycle while the other keeps writing.
//!
//! Writes are checked on the log by reading single objects by id, which is immediate on
//! either server. Lists come from each server's local read models, which follow the other
//! server's commits within about a second (LISTEN/NOTIFY plus polling): a server that did not
//! take a write is polled until it has caught up (until `convene_e2e::CATCH_UP` at most), then compared
//! exactly.
//!
//! The database is a fresh one on the cluster of `CONVENE_TEST_DATABASE_URL`, which is
//! required (`bash scripts/test` starts one).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use convene_e2e::{Server, poll_until, postgres_database, try_graphql};
use serde_json::{Value, json};

use crate::concurrency::{Approval, approval, in_parallel, requests_with_status};
use crate::crash::{Ack, SplitMix64, Writer, assert_visible, env_number, verified_events};
use crate::flows::{
    APPROVE, ISSUE_INVOICE, MISSIONS, add_line, approve, confirm_line, create, id_of, mark_held,
    request_input, submit,
};
use crate::subscriptions::{Client, LINE_QUEUE, REQUEST_UPDATED};

const NOW: &str = "2026-04-01T09:00:00-04:00";
/// The day every contested request asks for (a Tuesday, more than 10 days after `NOW`).
const DAY: &str = "2026-05-12";
const NAMES: [&str; 2] = ["A", "B"];

/// Two servers on one fresh database: A seeded the demo venue, B shares A's tokens.
struct Pair {
    servers: [Server; 2],
    store: String,
    _dir: tempfile::TempDir,
}

impl Pair {
    fn start(now: &str) -> Pair {
        let store = postgres_database("e2e_scaleout");
        let dir = tempfile::tempdir().expect("temporary directory");
        let a = Server::start_postgres(&store, &dir.path().join("a"), now);
        let b = Server::start_second(&a, &dir.path().join("b"), now);
        Pair {
            servers: [a, b],
            store,
            _dir: dir,
        }
    }

    /// Stops both servers cleanly (SIGTERM) and starts them again with the clock at `now`.
    fn restart(self, now: &str) -> Pair {
        let [a, b] = self.servers;
        Pair {
            servers: [a.restart(now), b.restart(now)],
            store: self.store,
            _dir: self._dir,
        }
    }
}

/// The busy slots of `room` on [`DAY`], as (room, request) pairs.
fn room_schedule(server: &Server, room: &str) -> Vec<(String, String)> {
    let data = server.data(
        &server.tokens.focal_point,
        "query($room: String!, $from: DateTime!, $to: DateTime!) {
           roomSchedule(roomCode: $room, from: $from, to: $to) { roomCode eventRequestId }
         }",
        json!({
            "room": room,
            "from": format!("{DAY}T00:00:00-04:00"),
            "to": format!("{DAY}T23:59:00-04:00"),
        }),
    );
    data["roomSchedule"]
        .as_array()
        .expect("roomSchedule")
        .iter()
        .map(|slot| {
            (
                slot["roomCode"].as_str().expect("a room").to_string(),
                slot["eventRequestId"]
                    .as_str()
                    .expect("a request")
                    .to_string(),
            )
        })
        .collect()
}

/// The approved and the submitted requests, as the focal point lists them on `server`.
fn statuses(server: &Server) -> (Vec<String>, BTreeSet<String>) {
    let approved = requests_with_status(server, "APPROVED");
    let submitted = requests_with_status(server, "SUBMITTED")
        .into_iter()
        .collect();
    (approved, submitted)
}

#[test]
fn two_hundred_approvals_over_two_servers_book_the_room_once() {
    const REQUESTS: usize = 200;
    const ROOM: &str = "CR1";
    let pair = Pair::start(NOW);
    let servers = &pair.servers;

    // Starts between 10:00 and 11:55, one hour each: every busy slot (30 minutes either
    // side) overlaps every other, so at most one of them may hold the room. Each request is
    // created through one server and submitted through A or B (half of them through the
    // server that did not create it).
    let specs: Vec<usize> = (0..REQUESTS).collect();
    let requests: Vec<String> = in_parallel(&specs, 8, |&index| {
        let mission = MISSIONS[index % MISSIONS.len()];
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
        let id = create(&servers[index % 2], mission, input);
        submit(&servers[(index / 2) % 2], mission, &id);
        id
    });
    assert_eq!(requests.len(), REQUESTS);

    // 200 approvals at once, alternating A and B.
    let barrier = Arc::new(Barrier::new(REQUESTS));
    let answers: Vec<(usize, Result<Value, String>)> = thread::scope(|scope| {
        let handles: Vec<_> = requests
            .iter()
            .enumerate()
            .map(|(index, id)| {
                let barrier = barrier.clone();
                let server = &servers[index % 2];
                let (address, token) = (&server.address, &server.tokens.focal_point);
                scope.spawn(move || {
                    let variables = json!({ "input": { "eventRequestId": id, "roomCode": ROOM } });
                    barrier.wait();
                    (index % 2, try_graphql(address, token, APPROVE, variables))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("an approving thread panicked"))
            .collect()
    });

    let mut winners: Vec<(String, usize)> = Vec::new();
    let mut refused = [0_usize; 2];
    let mut problems = Vec::new();
    for (id, (server, answer)) in requests.iter().zip(&answers) {
        match approval(answer, ROOM) {
            Ok(Approval::Won) => winners.push((id.clone(), *server)),
            Ok(Approval::RoomUnavailable) => refused[*server] += 1,
            Err(problem) => problems.push(format!("{id} through {}: {problem}", NAMES[*server])),
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
        "exactly one approval over both servers may win the room, these did: {winners:?}"
    );
    let (winner, took_it) = winners[0].clone();
    let other = 1 - took_it;
    eprintln!(
        "the approval through {} won; refused: {} through A, {} through B",
        NAMES[took_it], refused[0], refused[1]
    );
    assert_eq!(refused[0] + refused[1], REQUESTS - 1);

    // By id, on the log: the winner is approved in the room on both servers.
    for server in servers {
        let data = server.data(
            &server.tokens.focal_point,
            "query($id: ID!) { eventRequest(id: $id) { status roomCode } }",
            json!({ "id": winner }),
        );
        assert_eq!(
            data["eventRequest"],
            json!({ "status": "APPROVED", "roomCode": ROOM }),
            "the winner on a server"
        );
    }

    // The room's schedule for the day holds the winner and nothing else: at once on the
    // server that took the approval, once caught up on the other.
    let expected_schedule = vec![(ROOM.to_string(), winner.clone())];
    assert_eq!(
        room_schedule(&servers[took_it], ROOM),
        expected_schedule,
        "the room's schedule on {}, which approved",
        NAMES[took_it]
    );
    let schedule = poll_until(
        &format!("the room's schedule on {}", NAMES[other]),
        || room_schedule(&servers[other], ROOM),
        |slots| !slots.is_empty(),
    );
    assert_eq!(
        schedule, expected_schedule,
        "the room's schedule on {}",
        NAMES[other]
    );

    // The read models agree: one approved request, the 199 others still submitted.
    let others: BTreeSet<String> = requests
        .iter()
        .filter(|id| **id != winner)
        .cloned()
        .collect();
    let expected = (vec![winner.clone()], others);
    assert_eq!(
        statuses(&servers[took_it]),
        expected,
        "the approved and submitted requests on {}, which approved",
        NAMES[took_it]
    );
    let seen = poll_until(
        &format!("the approved requests on {}", NAMES[other]),
        || statuses(&servers[other]),
        |(approved, _)| !approved.is_empty(),
    );
    assert_eq!(
        seen, expected,
        "the approved and submitted requests on {}",
        NAMES[other]
    );
}

/// Every invoice `server` lists: number → (invoice id, request id).
fn listed_invoices(server: &Server) -> BTreeMap<String, (String, String)> {
    let data = server.data(
        &server.tokens.finance,
        "{ invoices(first: 100) {
             edges { node { id number eventRequestId } }
             pageInfo { hasNextPage }
           } }",
        json!({}),
    );
    let connection = &data["invoices"];
    assert_eq!(
        connection["pageInfo"]["hasNextPage"], false,
        "one page holds them"
    );
    connection["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|edge| {
            let node = &edge["node"];
            let text = |key: &str| node[key].as_str().expect("a string").to_string();
            (text("number"), (text("id"), text("eventRequestId")))
        })
        .collect()
}

#[test]
fn invoices_issued_on_both_servers_are_gap_free() {
    const INVOICES: usize = 20;
    // After every event of the setup below, so each can be marked held.
    const LATER: &str = "2026-04-24T12:00:00-04:00";

    // Before the events: requests with one confirmed catering line each, approved in ten
    // rooms over two days (Monday 20 and Tuesday 21 April), each step through A or B.
    let pair = Pair::start(NOW);
    let servers = &pair.servers;
    let specs: Vec<usize> = (0..INVOICES).collect();
    let requests: Vec<String> = in_parallel(&specs, 4, |&index| {
        let (one, other) = (&servers[index % 2], &servers[1 - index % 2]);
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
        let id = create(one, mission, input);
        let line = add_line(other, mission, &id, "CAT-COFFEE", "20");
        submit(one, mission, &id);
        approve(other, &id, &room);
        confirm_line(one, "CATERING", &line);
        id
    });

    // After the events: both servers restarted with the clock later, the requests held.
    let pair = pair.restart(LATER);
    let servers = &pair.servers;
    let indexed: Vec<(usize, &String)> = requests.iter().enumerate().collect();
    in_parallel(&indexed, 4, |&(index, id)| {
        mark_held(&servers[index % 2], id);
    });

    // Every invoice is asked for twice at once, once through A and once through B: a losing
    // attempt must not use up a number.
    let attempts: Vec<(usize, &String)> =
        requests.iter().flat_map(|id| [(0, id), (1, id)]).collect();
    let barrier = Arc::new(Barrier::new(attempts.len()));
    let answers: Vec<Result<Value, String>> = thread::scope(|scope| {
        let handles: Vec<_> = attempts
            .iter()
            .map(|&(server, id)| {
                let barrier = barrier.clone();
                let server = &servers[server];
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

    // number → (invoice, request), and which server issued it.
    let mut issued: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut invoiced: BTreeMap<&str, usize> = BTreeMap::new();
    let mut refused: BTreeMap<&str, usize> = BTreeMap::new();
    let mut through = [0_usize; 2];
    for (&(server, id), answer) in attempts.iter().zip(&answers) {
        let name = NAMES[server];
        let response = answer.as_ref().unwrap_or_else(|error| {
            panic!("issuing the invoice of {id} through {name}: no answer: {error}")
        });
        assert!(
            response.get("errors").is_none(),
            "{id} through {name}: {response}"
        );
        let payload = &response["data"]["invoiceIssue"];
        if payload["userErrors"] == json!([]) {
            let invoice = &payload["invoice"];
            assert_eq!(invoice["eventRequestId"], json!(id), "{invoice}");
            let number = invoice["number"].as_str().expect("a number").to_string();
            let before = issued.insert(number.clone(), (id_of(invoice), id.to_string()));
            assert!(
                before.is_none(),
                "{number} was issued twice: {before:?}, {invoice}"
            );
            let first = invoiced.insert(id.as_str(), server);
            assert!(
                first.is_none(),
                "{id} was invoiced through both servers: {payload}"
            );
            through[server] += 1;
        } else {
            assert_eq!(
                payload["userErrors"],
                json!([payload["userErrors"][0]]),
                "{id} through {name}: one user error"
            );
            assert_eq!(
                payload["userErrors"][0]["code"], "ALREADY_INVOICED",
                "{id} through {name}: {payload}"
            );
            assert!(payload["invoice"].is_null(), "{payload}");
            let before = refused.insert(id.as_str(), server);
            assert!(before.is_none(), "{id} was refused twice: {payload}");
        }
    }
    eprintln!(
        "invoices issued: {} through A, {} through B",
        through[0], through[1]
    );
    assert_eq!(invoiced.len(), INVOICES, "every request has its invoice");
    assert_eq!(
        refused.len(),
        INVOICES,
        "and every second attempt was refused"
    );
    let numbers: Vec<&String> = issued.keys().collect();
    let expected: Vec<String> = (1..=INVOICES)
        .map(|number| format!("INV-2026-{number:06}"))
        .collect();
    assert_eq!(
        numbers,
        expected.iter().collect::<Vec<_>>(),
        "invoice numbers over both servers: unique and gap-free from 1"
    );

    // The invoices finance lists on each server (which each issued some of them): every
    // invoice, with the number and request its payload announced.
    for (server, name) in servers.iter().zip(NAMES) {
        let listed = poll_until(
            &format!("the invoices listed on {name}"),
            || listed_invoices(server),
            |listed| listed.len() >= INVOICES,
        );
        assert_eq!(listed, issued, "the invoices finance lists on {name}");
    }
}

#[test]
fn subscriptions_on_one_server_see_changes_made_through_the_other() {
    let pair = Pair::start(NOW);
    let [a, b] = &pair.servers;

    // A request created through A, followed by its mission on B.
    let input = request_input("Ocean panel", "2026-05-12", "10:00", "12:00", 40);
    let request = create(a, "FRA", input);
    let mut updates = Client::connect(b, &b.tokens.mission("FRA"));
    updates.subscribe("updates", REQUEST_UPDATED, json!({ "id": request }));
    // The catering queue, followed on B.
    let mut catering = Client::connect(b, &b.tokens.unit("CATERING"));
    catering.subscribe("queue", LINE_QUEUE, json!({ "unit": "CATERING" }));

    // Through A: a line of another unit first (not in the catering queue), then catering.
    add_line(a, "FRA", &request, "AV-MIC", "2");
    let line = add_line(a, "FRA", &request, "CAT-COFFEE", "40");

    let update = updates.next_until("updates", |data| {
        data["eventRequestUpdated"]["serviceLines"]
            .as_array()
            .is_some_and(|lines| lines.len() == 2)
    });
    let updated = &update["eventRequestUpdated"];
    assert_eq!(updated["id"], json!(request));
    assert_eq!(updated["status"], "DRAFT");
    let mut lines: Vec<(String, String)> = updated["serviceLines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|line| {
            assert_eq!(line["status"], "REQUESTED", "{line}");
            (
                line["itemCode"].as_str().expect("an item").to_string(),
                line["quantity"].as_str().expect("a quantity").to_string(),
            )
        })
        .collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            ("AV-MIC".to_string(), "2".to_string()),
            ("CAT-COFFEE".to_string(), "40".to_string())
        ],
        "the lines added through A, as B's subscriber sees them"
    );
    let version_with_lines = updated["version"].as_i64().expect("a version");

    let queued = catering.next_until("queue", |_| true);
    assert_eq!(
        queued["serviceLineQueue"],
        json!({
            "id": line,
            "eventRequestId": request,
            "unitCode": "CATERING",
            "itemCode": "CAT-COFFEE",
            "quantity": "40",
            "status": "REQUESTED",
        }),
        "the first line in B's catering queue is the catering line added through A"
    );

    // Submitted through A, confirmed by the unit through A: both reach B's subscribers.
    submit(a, "FRA", &request);
    let update = updates.next_until("updates", |data| {
        data["eventRequestUpdated"]["status"] == "SUBMITTED"
    });
    assert!(
        update["eventRequestUpdated"]["version"]
            .as_i64()
            .expect("a version")
            > version_with_lines,
        "the version moves on: {update}"
    );
    confirm_line(a, "CATERING", &line);
    let confirmed = catering.next_until("queue", |data| {
        data["serviceLineQueue"]["status"] == "CONFIRMED"
    });
    assert_eq!(confirmed["serviceLineQueue"]["id"], json!(line));
}

const DEFAULT_CYCLES: usize = 10;
const DEFAULT_SEED: u64 = 0x5CA1_E0D7_2026;
/// Writers per cycle, half of them on each server.
const WRITERS: usize = 8;
/// The most acknowledged writes a cycle waits for before the kill.
const MAX_ACKS_BEFORE_KILL: usize = 150;
/// Writes the surviving server must acknowledge after the other was killed.
const SURVIVOR_ACKS: usize = 40;
/// How long the test waits for the next acknowledgement before it gives up on the writers.
const ACK_TIMEOUT: Duration = Duration::from_secs(30);

/// What one cycle of writers did.
struct Cycle {
    /// Every acknowledged write, also those answered while the kill was under way.
    acks: Vec<Ack>,
    /// Writes the survivor acknowledged after the kill.
    survivor_acks: usize,
    /// Error answers of a server while it was alive (any from the survivor), and stalls.
    errors: Vec<String>,
}

#[test]
fn crash_loop_over_two_servers() {
    let cycles = env_number("CONVENE_E2E_PG_CRASH_CYCLES").map_or(DEFAULT_CYCLES, |cycles| {
        usize::try_from(cycles).expect("CONVENE_E2E_PG_CRASH_CYCLES fits in usize")
    });
    let seed = env_number("CONVENE_E2E_PG_CRASH_SEED").unwrap_or(DEFAULT_SEED);
    eprintln!("scale-out crash loop: {cycles} cycles, CONVENE_E2E_PG_CRASH_SEED={seed:#x}");
    let mut rng = SplitMix64(seed);
    let mut pair = Pair::start(NOW);

    let mut all_acks: Vec<Ack> = Vec::new();
    let mut events_before = verify_store(&pair.store, "before the first cycle");
    for cycle in 0..cycles {
        let victim = cycle % 2;
        let survivor = 1 - victim;
        let kill_after = rng.between_one_and(MAX_ACKS_BEFORE_KILL);
        let when = format!(
            "cycle {cycle} (seed {seed:#x}, {} killed after {kill_after} acknowledgements)",
            NAMES[victim]
        );
        let outcome = write_and_kill(&mut pair.servers, victim, kill_after, cycle);

        // The log as the kill left it: intact, with at least one more event per acknowledged
        // write; the killed server started again; every acknowledged write there through
        // both. (Checked before the errors, so that a failing cycle still says whether
        // acknowledged writes were lost.)
        let events = verify_store(&pair.store, &when);
        pair.servers[victim].start_again(NOW);
        for (server, name) in pair.servers.iter().zip(NAMES) {
            assert_visible(server, &outcome.acks, &format!("{when}, through {name}"));
        }
        assert!(
            outcome.errors.is_empty(),
            "{when}: errors from a live server ({} acknowledged writes all present, the log \
             verified with {events} events):\n{}",
            outcome.acks.len(),
            outcome.errors.join("\n")
        );
        assert!(
            outcome.acks.len() >= kill_after + SURVIVOR_ACKS,
            "{when}: only {} acknowledgements",
            outcome.acks.len()
        );
        assert!(
            outcome.survivor_acks >= SURVIVOR_ACKS,
            "{when}: {} kept writing for only {} acknowledgements",
            NAMES[survivor],
            outcome.survivor_acks
        );
        assert!(
            events >= events_before + outcome.acks.len() as u64,
            "{when}: {} writes were acknowledged but the log grew from {events_before} to {events} events",
            outcome.acks.len()
        );
        events_before = events;
        eprintln!(
            "{when}: {} acknowledged ({} by {} after the kill), {events} events",
            outcome.acks.len(),
            outcome.survivor_acks,
            NAMES[survivor]
        );
        all_acks.extend(outcome.acks);
    }

    // Every write of every cycle, read once more through both servers; their read models
    // (each killed and rebuilt from where it was) list the same requests, all of them.
    for (server, name) in pair.servers.iter().zip(NAMES) {
        assert_visible(
            server,
            &all_acks,
            &format!("after the last cycle, through {name}"),
        );
    }
    let mut acked: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for ack in &all_acks {
        if let Ack::Request { mission, id } = ack {
            acked.entry(mission).or_default().insert(id.clone());
        }
    }
    for (mission, ids) in &acked {
        let [a, b] = &pair.servers;
        let token = a.tokens.mission(mission);
        poll_until(
            &format!(
                "{mission}'s drafts as A and B list them (each must hold all {} acknowledged)",
                ids.len()
            ),
            || (drafts(a, &token), drafts(b, &token)),
            |(on_a, on_b)| on_a == on_b && on_a.is_superset(ids),
        );
    }
    let [a, b] = pair.servers;
    assert!(a.stop().success(), "A stops cleanly");
    assert!(b.stop().success(), "B stops cleanly");
    let events = verify_store(&pair.store, "after the last clean stop");
    assert!(
        events >= events_before,
        "the log went from {events_before} to {events} events"
    );
    eprintln!(
        "scale-out crash loop: {} acknowledged writes over {cycles} cycles, all present",
        all_acks.len()
    );
}

/// Runs [`WRITERS`] writers, half on each server, kills `servers[victim]` with SIGKILL once
/// `kill_after` writes were acknowledged, lets the survivor's writers go on for
/// [`SURVIVOR_ACKS`] more, then stops them.
fn write_and_kill(
    servers: &mut [Server; 2],
    victim: usize,
    kill_after: usize,
    cycle: usize,
) -> Cycle {
    let survivor = 1 - victim;
    let killed = [AtomicBool::new(false), AtomicBool::new(false)];
    let stop = AtomicBool::new(false);
    let (acks_sender, acks) = mpsc::channel::<(usize, Ack)>();
    let addresses = servers.each_ref().map(|server| server.address.clone());
    let tokens = servers[0].tokens.clone();
    let mut received: Vec<Ack> = Vec::new();
    let mut survivor_acks = 0;
    let mut errors = Vec::new();
    thread::scope(|scope| {
        let writers: Vec<_> = (0..WRITERS)
            .map(|writer| {
                let server = writer % 2;
                let sender = acks_sender.clone();
                let (address, tokens, killed, stop) =
                    (&addresses[server], &tokens, &killed[server], &stop);
                scope.spawn(move || {
                    let mission = MISSIONS[writer % MISSIONS.len()];
                    let token = tokens.mission(mission);
                    let client = Writer {
                        address,
                        token: &token,
                        killed,
                        stop,
                        server,
                        sender,
                    };
                    client.run(mission, cycle, cycle * WRITERS + writer)
                })
            })
            .collect();
        drop(acks_sender);

        // The kill point is chosen by progress, not by time.
        while received.len() < kill_after {
            match acks.recv_timeout(ACK_TIMEOUT) {
                Ok((_, ack)) => received.push(ack),
                Err(error) => {
                    errors.push(format!(
                        "before the kill, after {} acknowledgements: {error:?}",
                        received.len()
                    ));
                    break;
                }
            }
        }
        killed[victim].store(true, Ordering::SeqCst);
        servers[victim].sigkill();

        // The survivor keeps acknowledging writes while the other is down.
        while errors.is_empty() && survivor_acks < SURVIVOR_ACKS {
            match acks.recv_timeout(ACK_TIMEOUT) {
                Ok((server, ack)) => {
                    survivor_acks += usize::from(server == survivor);
                    received.push(ack);
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    errors.push(format!(
                        "after the kill, the survivor acknowledged only {survivor_acks} writes"
                    ));
                }
            }
        }
        stop.store(true, Ordering::SeqCst);
        // Writes answered before the writers stopped are acknowledged too.
        received.extend(acks.iter().map(|(_, ack)| ack));
        errors.extend(
            writers
                .into_iter()
                .flat_map(|writer| writer.join().expect("a writer thread panicked")),
        );
    });
    Cycle {
        acks: received,
        survivor_acks,
        errors,
    }
}

/// The ids of the drafts a mission lists on `server`, page by page.
fn drafts(server: &Server, token: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut after = Value::Null;
    loop {
        let page = server.data(
            token,
            "query($after: String) {
               eventRequests(first: 100, status: DRAFT, after: $after) {
                 edges { node { id status } }
                 pageInfo { hasNextPage endCursor }
               }
             }",
            json!({ "after": after }),
        );
        let connection = &page["eventRequests"];
        for edge in connection["edges"].as_array().expect("edges") {
            assert_eq!(edge["node"]["status"], "DRAFT", "{edge}");
            let new = ids.insert(id_of(&edge["node"]));
            assert!(new, "listed twice: {edge}");
        }
        if connection["pageInfo"]["hasNextPage"] != true {
            return ids;
        }
        after = connection["pageInfo"]["endCursor"].clone();
        assert!(ids.len() <= 100_000, "the pages never end");
    }
}

/// Runs `convene verify --store URL`, which must pass; returns the event count.
fn verify_store(store: &str, when: &str) -> u64 {
    verified_events(&Server::command_store(store, &["verify"]), when)
}
