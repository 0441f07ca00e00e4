//! Disk trouble on the embedded backend: a failed write or fsync stops appends with the
//! reason, acknowledges nothing it could not make durable, and leaves reads working; damage
//! to an acknowledged event keeps the store from opening; a torn tail (a write that was
//! never answered) is cut.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use convene_store::envelope::ExpectedVersion;
use convene_store::segment_store::{FaultPoint, SegmentStore, StoreConfig};
use convene_store::testsuite::{event, single};
use convene_store::{EventStore, StoreError};

fn failing_at(
    point: FaultPoint,
    switch: Arc<AtomicBool>,
    error: fn() -> io::Error,
) -> (tempfile::TempDir, StoreConfig) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut config = StoreConfig::new(dir.path().join("data"));
    config.fault = Some(Arc::new(move |at| {
        if at == point && switch.load(Ordering::SeqCst) {
            Err(error())
        } else {
            Ok(())
        }
    }));
    (dir, config)
}

async fn stops_on(point: FaultPoint, error: fn() -> io::Error, expected_words: &str) {
    let switch = Arc::new(AtomicBool::new(false));
    let (_dir, config) = failing_at(point, switch.clone(), error);
    let path = config.path.clone();
    let store = SegmentStore::open(config).expect("opens");
    for _ in 0..5 {
        store
            .append(single(
                "s",
                ExpectedVersion::Any,
                vec![event("Before", 100)],
            ))
            .await
            .expect("appends");
    }
    switch.store(true, Ordering::SeqCst);
    let failed = store
        .append(single("s", ExpectedVersion::Any, vec![event("Lost", 100)]))
        .await;
    let Err(StoreError::Unavailable { reason }) = failed else {
        panic!("expected Unavailable, got {failed:?}")
    };
    assert!(reason.contains(expected_words), "{reason}");
    // The store stays stopped even once the disk recovers: it never guesses.
    switch.store(false, Ordering::SeqCst);
    let again = store
        .append(single("t", ExpectedVersion::Any, vec![event("After", 100)]))
        .await;
    assert!(
        matches!(again, Err(StoreError::Unavailable { .. })),
        "{again:?}"
    );
    assert_eq!(store.failure().as_deref(), Some(reason.as_str()));
    // Reads keep working and show only what was acknowledged.
    assert_eq!(store.head(), 5);
    let events = store.read_all(1, 100).await.expect("reads");
    assert_eq!(events.len(), 5);
    assert!(events.iter().all(|event| event.event_type == "Before"));
    assert_eq!(
        store
            .stream_version(&convene_store::testsuite::stream("s"))
            .await
            .expect("reads"),
        5
    );
    assert_eq!(store.verify().await.expect("verifies").first_bad, None);
    drop(store);
    // After a restart the acknowledged events are intact (the unacknowledged one may or may
    // not have reached the disk; it was never promised).
    let reopened = SegmentStore::open(StoreConfig::new(&path)).expect("reopens");
    assert!(reopened.head() >= 5);
    assert_eq!(reopened.verify().await.expect("verifies").first_bad, None);
}

#[tokio::test]
async fn a_failed_fsync_stops_appends_and_keeps_reads() {
    stops_on(
        FaultPoint::Sync,
        || io::Error::other("injected fsync failure"),
        "injected fsync failure",
    )
    .await;
}

#[tokio::test]
async fn a_full_disk_stops_appends_and_keeps_reads() {
    stops_on(
        FaultPoint::Write,
        || io::Error::from_raw_os_error(28),
        "No space left on device",
    )
    .await;
}

#[tokio::test]
async fn concurrent_appends_in_a_failed_group_are_all_refused() {
    let switch = Arc::new(AtomicBool::new(true));
    let (_dir, config) = failing_at(FaultPoint::Sync, switch, || io::Error::other("injected"));
    let store = Arc::new(SegmentStore::open(config).expect("opens"));
    let mut handles = Vec::new();
    for i in 0..50 {
        let store = store.clone();
        handles.push(tokio::spawn(async move {
            store
                .append(single(
                    &format!("s{i}"),
                    ExpectedVersion::Any,
                    vec![event("E", 100)],
                ))
                .await
        }));
    }
    for handle in handles {
        assert!(matches!(
            handle.await.expect("task"),
            Err(StoreError::Unavailable { .. })
        ));
    }
    assert_eq!(store.head(), 0);
    assert!(store.read_all(1, 10).await.expect("reads").is_empty());
}

#[tokio::test]
async fn a_broken_tail_keeps_the_store_from_opening() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("opens");
    for _ in 0..10 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 100)]))
            .await
            .expect("appends");
    }
    store
        .tamper(10, |record| record[30] ^= 0x01)
        .expect("tampers");
    drop(store);
    let error = SegmentStore::open(StoreConfig::new(&path)).expect_err("refuses");
    let message = error.to_string();
    assert!(
        message.contains("broken tail") && message.contains("position 10"),
        "{message}"
    );
    // `convene verify` reads the directory without opening a writer and names the position.
    let report = convene_store::segment_store::verify_directory(&path).expect("verifies");
    assert_eq!(report.first_bad.map(|bad| bad.0), Some(10));
}

#[tokio::test]
async fn damage_in_the_middle_of_the_log_keeps_the_store_from_opening() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("opens");
    for _ in 0..10 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 100)]))
            .await
            .expect("appends");
    }
    store
        .tamper(3, |record| record[40] ^= 0x10)
        .expect("tampers");
    drop(store);
    let error = SegmentStore::open(StoreConfig::new(&path)).expect_err("refuses");
    assert!(error.to_string().contains("position 3"), "{error}");
    let report = convene_store::segment_store::verify_directory(&path).expect("verifies");
    assert_eq!(report.first_bad.map(|bad| bad.0), Some(3));
}

#[tokio::test]
async fn a_removed_last_event_keeps_the_store_from_opening() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("opens");
    for _ in 0..4 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 100)]))
            .await
            .expect("appends");
    }
    store.erase(4).expect("erases");
    drop(store);
    let error = SegmentStore::open(StoreConfig::new(&path)).expect_err("refuses");
    assert!(error.to_string().contains("head says 4"), "{error}");
    let report = convene_store::segment_store::verify_directory(&path).expect("verifies");
    assert_eq!(report.first_bad.map(|bad| bad.0), Some(4));
}

/// Large events fill the smallest segments quickly: the log rolls over from segment to
/// segment (the next one prepared ahead), and every event reads back after a reopen.
#[tokio::test]
async fn large_events_roll_over_segments_and_survive_a_reopen() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let mut config = StoreConfig::new(&path);
    config.segment_bytes = convene_store::segments::MIN_SEGMENT_BYTES;
    let store = SegmentStore::open(config.clone()).expect("opens");
    for _ in 0..40 {
        store
            .append(single(
                "big",
                ExpectedVersion::Any,
                vec![event("Big", 60_000)],
            ))
            .await
            .expect("appends");
    }
    assert!(
        store.segment_count() >= 3,
        "40 events of 60 KB need at least three 1 MiB segments, found {}",
        store.segment_count()
    );
    drop(store);
    let reopened = SegmentStore::open(config).expect("reopens");
    assert_eq!(reopened.head(), 40);
    assert_eq!(reopened.verify().await.expect("verifies").first_bad, None);
    let events = reopened.read_all(1, 100).await.expect("reads");
    assert_eq!(events.len(), 40);
    assert!(events.iter().all(|event| event.payload.len() >= 59_000));
}

/// A crash in the middle of a write leaves a torn last frame: it was never answered (the
/// index, written after the fsync, does not know it), so the store cuts it at open and the
/// next append takes its position.
#[tokio::test]
async fn a_torn_tail_after_a_crash_is_cut_and_appends_continue() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("opens");
    for _ in 0..6 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 100)]))
            .await
            .expect("appends");
    }
    let (segment, offset, len) = store.frame_location(6).expect("frame 6");
    drop(store);
    // Make the index forget position 6, as if the process died before indexing it, and tear
    // the frame's second half.
    {
        let db = convene_store::segment_store::open_index_db(&path).expect("opens the index");
        let index = db.open_tree("log").expect("tree");
        index
            .insert(b"m:head", &5u64.to_be_bytes()[..])
            .expect("writes");
        let mut version_key = b"vs\0".to_vec();
        version_key.extend_from_slice(&6u64.to_be_bytes());
        assert!(index.remove(version_key).expect("removes").is_some());
        db.flush().expect("flushes");
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&segment)
        .expect("opens the segment");
    std::os::unix::fs::FileExt::write_all_at(
        &file,
        &vec![0u8; (len / 2) as usize],
        offset + len / 2,
    )
    .expect("tears");
    drop(file);
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("opens after the cut");
    assert_eq!(store.head(), 5);
    assert_eq!(store.verify().await.expect("verifies").first_bad, None);
    let outcome = store
        .append(single(
            "s",
            ExpectedVersion::Exact(5),
            vec![event("After", 100)],
        ))
        .await
        .expect("appends after the cut");
    assert_eq!(outcome.first_position, 6);
    drop(store);
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("reopens");
    assert_eq!(store.head(), 6);
    assert_eq!(
        store.read_all(6, 1).await.expect("reads")[0].event_type,
        "After"
    );
}

/// The index is only written after the log and is never flushed per group: when it is
/// behind (or gone), opening rebuilds it from the segments, idempotency keys included.
#[tokio::test]
async fn a_lost_index_is_rebuilt_from_the_log_with_its_keys() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("opens");
    let mut keyed = single(
        "k",
        ExpectedVersion::Any,
        vec![event("K1", 50), event("K2", 50)],
    );
    keyed.metadata.idempotency_key = Some("once".into());
    let first = store.append(keyed.clone()).await.expect("appends");
    for i in 0..10 {
        store
            .append(single(
                &format!("s{}", i % 2),
                ExpectedVersion::Any,
                vec![event("E", 80)],
            ))
            .await
            .expect("appends");
    }
    drop(store);
    {
        let db = convene_store::segment_store::open_index_db(&path).expect("opens the index");
        db.drop_tree("log").expect("drops the index");
        db.flush().expect("flushes");
    }
    let store = SegmentStore::open(StoreConfig::new(&path)).expect("reopens");
    assert_eq!(store.head(), 12);
    let s1 = convene_store::testsuite::stream("s1");
    assert_eq!(store.stream_version(&s1).await.expect("reads"), 5);
    assert_eq!(
        store.read_stream(&s1, 1, 100).await.expect("reads").len(),
        5
    );
    let again = store.append(keyed).await.expect("replays");
    assert!(again.replayed, "the key's record came back from the log");
    assert_eq!(again.first_position, first.first_position);
    assert_eq!(store.head(), 12);
}
