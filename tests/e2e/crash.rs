//! The crash loop of QUALITY.md ("crash safety"): writers create requests and add lines
//! from several threads, the server is killed with SIGKILL after a random number of
//! acknowledged writes, and after each restart every acknowledged write must be there and
//! `convene verify` must pass. 20 cycles by default; `CONVENE_E2E_CRASH_CYCLES` asks for more
//! and `CONVENE_E2E_CRASH_SEED` replays another sequence of kill points.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;

use convene_e2e::{Server, try_graphql};
use serde_json::{Value, json};

use crate::flows::{ADD_LINE, CREATE, MISSIONS, request_input};

const NOW: &str = "2026-04-01T09:00:00-04:00";
const DEFAULT_CYCLES: usize = 20;
const DEFAULT_SEED: u64 = 0x00C0_FFEE_2026;
const WRITERS: usize = 8;
/// The most acknowledged writes a cycle waits for before the kill.
const MAX_ACKS_BEFORE_KILL: usize = 150;
/// A bound on each writer's loop, should the kill never come.
const MAX_WRITES_PER_WRITER: usize = 2_000;
const ITEMS: [&str; 4] = ["CAT-COFFEE", "AV-MIC", "PHO-PRINT", "CAT-WATER"];

/// A write the server acknowledged: a payload without user errors that returned an id.
#[derive(Debug, Clone)]
pub(crate) enum Ack {
    Request { mission: &'static str, id: String },
    Line { request: String, line: String },
}

/// SplitMix64: a small deterministic generator, so a failing cycle can be replayed.
pub(crate) struct SplitMix64(pub(crate) u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `1..=max`.
    pub(crate) fn between_one_and(&mut self, max: usize) -> usize {
        let max = u64::try_from(max).expect("usize fits in u64");
        usize::try_from(1 + self.next() % max).expect("at most max")
    }
}

pub(crate) fn env_number(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    let text = text.trim();
    let parsed = match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => text.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={text:?} is not a number")))
}

#[test]
fn acknowledged_writes_survive_sigkill_under_concurrent_load() {
    let cycles = env_number("CONVENE_E2E_CRASH_CYCLES").map_or(DEFAULT_CYCLES, |cycles| {
        usize::try_from(cycles).expect("CONVENE_E2E_CRASH_CYCLES fits in usize")
    });
    let seed = env_number("CONVENE_E2E_CRASH_SEED").unwrap_or(DEFAULT_SEED);
    eprintln!("crash loop: {cycles} cycles, CONVENE_E2E_CRASH_SEED={seed:#x}");
    let mut rng = SplitMix64(seed);
    let dir = tempfile::tempdir().expect("temporary directory");
    let data_dir = dir.path().join("data");

    let mut all_acks: Vec<Ack> = Vec::new();
    let mut events_before = 0;
    let mut server = Server::start_in(&data_dir, NOW);
    for cycle in 0..cycles {
        let kill_after = rng.between_one_and(MAX_ACKS_BEFORE_KILL);
        let (acks, errors) = write_until_killed(server, kill_after, cycle);
        assert!(
            errors.is_empty(),
            "cycle {cycle} (seed {seed:#x}): the server answered writes with errors before the kill:\n{}",
            errors.join("\n")
        );
        assert!(
            acks.len() >= kill_after,
            "cycle {cycle}: the writers stopped after {} acknowledgements, before the kill at {kill_after}",
            acks.len()
        );

        // The store as the kill left it: intact, and holding at least one more event per
        // acknowledged write.
        let events = verify(&data_dir, &format!("cycle {cycle} after SIGKILL"));
        assert!(
            events >= events_before + acks.len() as u64,
            "cycle {cycle}: {} writes were acknowledged but the log grew from {events_before} to {events} events",
            acks.len()
        );
        eprintln!(
            "cycle {cycle}: killed after {kill_after} acknowledgements, {} in all, {events} events",
            acks.len()
        );
        events_before = events;

        server = Server::start_in(&data_dir, NOW);
        assert_visible(
            &server,
            &acks,
            &format!("cycle {cycle} (kill after {kill_after})"),
        );
        all_acks.extend(acks);
    }

    // Every write of every cycle, read once more after the last restart.
    assert_visible(&server, &all_acks, "after the last cycle");
    assert!(server.stop().success(), "the server stops cleanly");
    verify(&data_dir, "after the last clean stop");
    eprintln!(
        "crash loop: {} acknowledged writes over {cycles} cycles, all present",
        all_acks.len()
    );
}

/// Runs the writers against `server` and kills it with SIGKILL once `kill_after` writes
/// were acknowledged. Returns every acknowledged write (also those answered while the kill
/// was under way) and the error answers the server gave while it was alive.
fn write_until_killed(server: Server, kill_after: usize, cycle: usize) -> (Vec<Ack>, Vec<String>) {
    let killed = AtomicBool::new(false);
    let (acks_sender, acks) = mpsc::channel::<(usize, Ack)>();
    let address = server.address.clone();
    let tokens = server.tokens.clone();
    thread::scope(|scope| {
        let writers: Vec<_> = (0..WRITERS)
            .map(|writer| {
                let sender = acks_sender.clone();
                let (address, tokens, killed) = (&address, &tokens, &killed);
                scope.spawn(move || {
                    let mission = MISSIONS[writer % MISSIONS.len()];
                    let token = tokens.mission(mission);
                    let client = Writer {
                        address,
                        token: &token,
                        killed,
                        stop: killed,
                        server: 0,
                        sender,
                    };
                    client.run(mission, cycle, cycle * WRITERS + writer)
                })
            })
            .collect();
        drop(acks_sender);

        // The kill point is chosen by progress, not by time.
        let mut received: Vec<Ack> = acks.iter().take(kill_after).map(|(_, ack)| ack).collect();
        killed.store(true, Ordering::SeqCst);
        server.kill();
        // Writes answered before the process died are acknowledged too.
        received.extend(acks.iter().map(|(_, ack)| ack));
        let errors: Vec<String> = writers
            .into_iter()
            .flat_map(|writer| writer.join().expect("a writer thread panicked"))
            .collect();
        (received, errors)
    })
}

/// One writer thread: creates a request, adds up to three lines to it, and again.
pub(crate) struct Writer<'a> {
    pub(crate) address: &'a str,
    pub(crate) token: &'a str,
    /// Set just before the server is killed: error answers after it are expected.
    pub(crate) killed: &'a AtomicBool,
    /// Set when the writer must not start another write.
    pub(crate) stop: &'a AtomicBool,
    /// Which server the writer talks to, sent along with each acknowledged write.
    pub(crate) server: usize,
    pub(crate) sender: mpsc::Sender<(usize, Ack)>,
}

impl Writer<'_> {
    /// Writes until the server is gone or `stop` is set; returns the error answers it got
    /// while it was alive.
    pub(crate) fn run(&self, mission: &'static str, cycle: usize, id: usize) -> Vec<String> {
        let mut errors = Vec::new();
        let mut writes = 0;
        'requests: while writes < MAX_WRITES_PER_WRITER && !self.stop.load(Ordering::SeqCst) {
            let input = request_input(
                &format!("Crash cycle {cycle} writer {id} request {writes}"),
                "2026-06-02",
                "10:00",
                "12:00",
                40,
            );
            writes += 1;
            let Some(request) = self.acknowledged(
                CREATE,
                json!({ "input": input }),
                "eventRequestCreate",
                "eventRequest",
                &mut errors,
            ) else {
                break;
            };
            let ack = Ack::Request {
                mission,
                id: request.clone(),
            };
            if self.sender.send((self.server, ack)).is_err() {
                break;
            }
            for (index, item) in ITEMS.iter().enumerate().take(1 + writes % 3) {
                if self.stop.load(Ordering::SeqCst) {
                    break 'requests;
                }
                writes += 1;
                let variables = json!({ "input": {
                    "eventRequestId": request,
                    "itemCode": item,
                    "quantity": format!("{}", index + 1),
                } });
                let Some(line) = self.acknowledged(
                    ADD_LINE,
                    variables,
                    "serviceLineAdd",
                    "serviceLine",
                    &mut errors,
                ) else {
                    break 'requests;
                };
                let ack = Ack::Line {
                    request: request.clone(),
                    line,
                };
                if self.sender.send((self.server, ack)).is_err() {
                    break 'requests;
                }
            }
        }
        errors
    }

    /// Sends one mutation; the new object's id when the server acknowledged it, `None` when
    /// the writer should stop (no answer, or an error answer, which is recorded unless the
    /// server was being killed).
    fn acknowledged(
        &self,
        query: &str,
        variables: Value,
        field: &str,
        object: &str,
        errors: &mut Vec<String>,
    ) -> Option<String> {
        let response = match try_graphql(self.address, self.token, query, variables) {
            Ok(response) => response,
            Err(error) => {
                if !self.killed.load(Ordering::SeqCst) {
                    errors.push(format!("no answer while the server was up: {error}"));
                }
                return None;
            }
        };
        let payload = &response["data"][field];
        let id = payload[object]["id"].as_str();
        match id {
            Some(id) if response.get("errors").is_none() && payload["userErrors"] == json!([]) => {
                Some(id.to_string())
            }
            _ => {
                if !self.killed.load(Ordering::SeqCst) {
                    errors.push(format!("{field}: {response}"));
                }
                None
            }
        }
    }
}

/// Runs `convene verify` on a stopped server's data directory; returns the event count.
fn verify(data_dir: &Path, when: &str) -> u64 {
    verified_events(&Server::command(data_dir, &["verify"]), when)
}

/// The event count of a `convene verify` that must have passed.
pub(crate) fn verified_events(output: &std::process::Output, when: &str) -> u64 {
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{when}: convene verify failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
        .trim()
        .strip_prefix("ok: ")
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|count| count.parse().ok())
        .unwrap_or_else(|| panic!("{when}: unexpected verify output {stdout:?}"))
}

/// Asserts that every acknowledged request is there, with every acknowledged line.
pub(crate) fn assert_visible(server: &Server, acks: &[Ack], when: &str) {
    let mut requests: BTreeMap<&str, (&str, Vec<&str>)> = BTreeMap::new();
    for ack in acks {
        if let Ack::Request { mission, id } = ack {
            requests.insert(id, (mission, Vec::new()));
        }
    }
    for ack in acks {
        if let Ack::Line { request, line } = ack {
            let (_, lines) = requests
                .get_mut(request.as_str())
                .expect("a line is only added to an acknowledged request");
            lines.push(line);
        }
    }
    let mut missing = Vec::new();
    for (id, (mission, lines)) in &requests {
        let data = server.data(
            &server.tokens.mission(mission),
            "query($id: ID!) { eventRequest(id: $id) { id serviceLines { id } } }",
            json!({ "id": id }),
        );
        let request = &data["eventRequest"];
        if request.is_null() {
            missing.push(format!("request {id} of {mission}"));
            continue;
        }
        let present: Vec<&str> = request["serviceLines"]
            .as_array()
            .expect("serviceLines")
            .iter()
            .filter_map(|line| line["id"].as_str())
            .collect();
        for line in lines {
            if !present.contains(line) {
                missing.push(format!("line {line} of request {id}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{when}: acknowledged writes are missing after the restart:\n{}",
        missing.join("\n")
    );
}
