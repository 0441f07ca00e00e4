//! A data directory written by the earlier build (every event in sled's `log` tree) opens
//! with this one: its events move into segment files once, checked, with their idempotency
//! keys, and sled keeps only the index.

use std::collections::HashMap;

use convene_store::append::{KeyRecord, Lookup, Planned, Planner};
use convene_store::envelope::{ExpectedVersion, StreamId};
use convene_store::legacy::event_key;
use convene_store::segment_store::{SegmentStore, StoreConfig};
use convene_store::testsuite::{event, single, stream};
use convene_store::{AppendRequest, EventStore, StoreError};

/// What the earlier build's writer knew: nothing before the first append.
struct Fresh;

impl Lookup for Fresh {
    fn stream_version(&self, _: &StreamId) -> Result<u64, StoreError> {
        Ok(0)
    }
    fn key_record(&self, _: &str) -> Result<Option<KeyRecord>, StoreError> {
        Ok(None)
    }
}

/// Writes `requests` the way the earlier build did: `e` + position → record, `v` + stream +
/// 0 + version → position, `k` + key → key record and `m:head`, all in the `log` tree.
fn write_earlier_format(path: &std::path::Path, requests: Vec<AppendRequest>) {
    let db = convene_store::segment_store::open_index_db(path).expect("opens sled");
    let log = db.open_tree("log").expect("tree");
    let mut planner = Planner::new(0, convene_store::envelope::GENESIS_HASH);
    for request in requests {
        let Planned::Write(write) = planner.plan(request, &Fresh).expect("plans") else {
            panic!("every request is new");
        };
        for (event, record) in &write.records {
            log.insert(event_key(event.position), record.as_slice())
                .expect("writes");
            let mut key = b"v".to_vec();
            key.extend_from_slice(event.stream.as_str().as_bytes());
            key.push(0);
            key.extend_from_slice(&event.version.to_be_bytes());
            log.insert(key, &event.position.to_be_bytes()[..])
                .expect("writes");
        }
        if let Some((key, record)) = &write.key {
            log.insert([b"k", key.as_bytes()].concat(), record.encode())
                .expect("writes");
        }
        planner.settle();
    }
    log.insert(b"m:head", &planner.head().to_be_bytes()[..])
        .expect("writes");
    // A read model's tree, which the upgrade must leave alone.
    db.open_tree("rm-example")
        .expect("tree")
        .insert(b"x", b"kept")
        .expect("writes");
    db.flush().expect("flushes");
}

#[tokio::test]
async fn a_directory_of_the_earlier_format_moves_into_segments_once() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("store");
    let mut requests = Vec::new();
    for i in 0..300usize {
        requests.push(single(
            &format!("s{}", i % 7),
            ExpectedVersion::Any,
            vec![event("Old", 200 + (i % 5) * 1_000)],
        ));
    }
    let mut keyed = single(
        "k",
        ExpectedVersion::Any,
        vec![event("K", 50), event("K", 50)],
    );
    keyed.metadata.idempotency_key = Some("booked-once".into());
    requests.push(keyed.clone());
    write_earlier_format(&path, requests);

    let mut config = StoreConfig::new(&path);
    config.segment_bytes = convene_store::segments::MIN_SEGMENT_BYTES;
    let store = SegmentStore::open(config.clone()).expect("opens and upgrades");
    assert_eq!(store.head(), 302);
    assert!(store.segment_count() >= 1);
    assert_eq!(store.verify().await.expect("verifies").first_bad, None);
    let mut versions = HashMap::new();
    for event in store.read_all(1, 1_000).await.expect("reads") {
        *versions.entry(event.stream.to_string()).or_insert(0u64) += 1;
    }
    assert_eq!(versions.get("s3"), Some(&43));
    assert_eq!(
        store.stream_version(&stream("s3")).await.expect("reads"),
        43
    );
    assert_eq!(
        store
            .read_stream(&stream("s3"), 40, 10)
            .await
            .expect("reads")
            .len(),
        4
    );
    let replayed = store.append(keyed.clone()).await.expect("replays");
    assert!(replayed.replayed, "idempotency keys survive the upgrade");
    assert_eq!(replayed.first_position, 301);
    // No event is left in sled; the read model's tree is untouched.
    assert!(
        store
            .db()
            .open_tree("log")
            .expect("tree")
            .scan_prefix(b"e")
            .next()
            .is_none()
    );
    assert_eq!(
        store
            .db()
            .open_tree("rm-example")
            .expect("tree")
            .get(b"x")
            .expect("reads")
            .as_deref(),
        Some(&b"kept"[..])
    );
    let outcome = store
        .append(single(
            "s3",
            ExpectedVersion::Exact(43),
            vec![event("New", 90)],
        ))
        .await
        .expect("appends after the upgrade");
    assert_eq!(outcome.first_position, 303);
    drop(store);

    // Opening again finds segments only: nothing to upgrade, everything there, and the key
    // record now rides in the log too (rebuilt when the index is gone).
    {
        let db = convene_store::segment_store::open_index_db(&path).expect("opens sled");
        db.drop_tree("log").expect("drops the index");
        db.flush().expect("flushes");
    }
    let store = SegmentStore::open(config).expect("reopens");
    assert_eq!(store.head(), 303);
    assert_eq!(store.verify().await.expect("verifies").first_bad, None);
    assert!(store.append(keyed).await.expect("replays").replayed);
    drop(store);
    let report = convene_store::segment_store::verify_directory(&path).expect("verifies");
    assert_eq!((report.events, report.first_bad), (303, None));
}

#[tokio::test]
async fn an_earlier_directory_with_a_missing_event_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("store");
    let requests = (0..10)
        .map(|_| single("s", ExpectedVersion::Any, vec![event("Old", 100)]))
        .collect();
    write_earlier_format(&path, requests);
    {
        let db = convene_store::segment_store::open_index_db(&path).expect("opens sled");
        let log = db.open_tree("log").expect("tree");
        log.remove(event_key(4)).expect("removes");
        db.flush().expect("flushes");
    }
    let error = SegmentStore::open(StoreConfig::new(&path)).expect_err("refuses");
    let message = error.to_string();
    assert!(
        message.contains("cannot upgrade") && message.contains("position 4"),
        "{message}"
    );
    // Nothing was taken from sled: the nine events are still there to be repaired.
    let db = convene_store::segment_store::open_index_db(&path).expect("opens sled");
    let log = db.open_tree("log").expect("tree");
    assert_eq!(log.scan_prefix(b"e").count(), 9);
}
