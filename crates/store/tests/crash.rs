//! Crash safety of the sled backend: a child process appends concurrently and reports every
//! acknowledged append; the test kills it with SIGKILL at a random moment (after a random
//! number of acknowledgements), reopens the store and checks that every acknowledged event is
//! there, positions are contiguous and `verify` passes. 20 cycles by default;
//! `CONVENE_CRASH_CYCLES=1000` for the long run.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use convene_store::EventStore;
use convene_store::envelope::StreamId;
use convene_store::segment_store::{SegmentStore, StoreConfig};

/// A small deterministic generator, so a failing cycle can be replayed from its seed.
fn next_random(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_appends_survive_sigkill() {
    let cycles: u64 = std::env::var("CONVENE_CRASH_CYCLES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(20);
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let mut random = 0x2545_f491_4f6c_dd1d_u64;
    let mut acknowledged: Vec<(u64, String, u64)> = Vec::new();
    for cycle in 0..cycles {
        let kill_after = 1 + next_random(&mut random) % 400;
        let mut child = Command::new(env!("CARGO_BIN_EXE_store-crash-writer"))
            .arg(&path)
            .arg(format!("c{cycle}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the crash writer starts");
        let stdout = child.stdout.take().expect("piped");
        let mut lines = BufReader::new(stdout).lines();
        let mut seen = 0;
        while seen < kill_after {
            let Some(line) = lines.next() else { break };
            let line = line.expect("reads the child's output");
            let mut parts = line.split_whitespace();
            assert_eq!(parts.next(), Some("ack"), "unexpected line {line:?}");
            let position: u64 = parts.next().and_then(|p| p.parse().ok()).expect("position");
            let stream = parts.next().expect("stream").to_string();
            let version: u64 = parts.next().and_then(|v| v.parse().ok()).expect("version");
            acknowledged.push((position, stream, version));
            seen += 1;
        }
        child.kill().expect("SIGKILL");
        // Acknowledgements printed before the kill landed are acknowledged too.
        for line in lines.map_while(Result::ok) {
            let parts: Vec<&str> = line.split_whitespace().collect();
            if let [_, position, stream, version] = parts[..]
                && let (Ok(position), Ok(version)) = (position.parse(), version.parse())
            {
                acknowledged.push((position, stream.to_string(), version));
            }
        }
        child.wait().expect("reaped");
        assert!(
            seen > 0 || cycle > 0,
            "the child acknowledged nothing in cycle {cycle}"
        );

        let store = SegmentStore::open(StoreConfig::new(&path))
            .unwrap_or_else(|error| panic!("cycle {cycle}: reopen failed: {error}"));
        let report = store.verify().await.expect("verifies");
        assert_eq!(report.first_bad, None, "cycle {cycle}: {report:?}");
        assert_eq!(
            report.events,
            store.head(),
            "cycle {cycle}: positions 1..head are all there"
        );
        for (position, stream, version) in &acknowledged {
            let stream = StreamId::new(stream.clone()).expect("valid");
            let found = store
                .read_stream(&stream, *version, 1)
                .await
                .expect("reads");
            assert_eq!(
                found.first().map(|event| (event.position, event.version)),
                Some((*position, *version)),
                "cycle {cycle}: acknowledged event {stream}@{version} (position {position}) is lost"
            );
        }
        store.close();
    }
    assert!(!acknowledged.is_empty());
}
