//! Disk trouble on the sled backend: a failed write or fsync stops appends with the reason,
//! acknowledges nothing it could not make durable, and leaves reads working; a broken tail
//! keeps the store from opening.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use convene_store::envelope::ExpectedVersion;
use convene_store::sled_store::{FaultPoint, SledConfig, SledStore};
use convene_store::testsuite::{event, single};
use convene_store::{EventStore, StoreError};

fn failing_at(
    point: FaultPoint,
    switch: Arc<AtomicBool>,
    error: fn() -> io::Error,
) -> (tempfile::TempDir, SledConfig) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut config = SledConfig::new(dir.path().join("data"));
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
    let store = SledStore::open(config).expect("opens");
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
    let reopened = SledStore::open(SledConfig::new(&path)).expect("reopens");
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
    let store = Arc::new(SledStore::open(config).expect("opens"));
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
    let store = SledStore::open(SledConfig::new(&path)).expect("opens");
    for _ in 0..10 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 100)]))
            .await
            .expect("appends");
    }
    let mut key = [b'e'; 9];
    key[1..].copy_from_slice(&10u64.to_be_bytes());
    let mut record = store
        .raw_log()
        .get(key)
        .expect("reads")
        .expect("exists")
        .to_vec();
    record[30] ^= 0x01;
    store.raw_log().insert(key, record).expect("writes");
    drop(store);
    let error = SledStore::open(SledConfig::new(&path)).expect_err("refuses");
    let message = error.to_string();
    assert!(
        message.contains("broken tail") && message.contains("position 10"),
        "{message}"
    );
    // `convene verify` reads the directory without opening a writer and names the position.
    let report = convene_store::sled_store::verify_directory(&path).expect("verifies");
    assert_eq!(report.first_bad.map(|bad| bad.0), Some(10));
}

#[tokio::test]
async fn a_removed_last_event_keeps_the_store_from_opening() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let store = SledStore::open(SledConfig::new(&path)).expect("opens");
    for _ in 0..4 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 100)]))
            .await
            .expect("appends");
    }
    let mut key = [b'e'; 9];
    key[1..].copy_from_slice(&4u64.to_be_bytes());
    store.raw_log().remove(key).expect("removes");
    drop(store);
    let error = SledStore::open(SledConfig::new(&path)).expect_err("refuses");
    assert!(error.to_string().contains("head says 4"), "{error}");
    let report = convene_store::sled_store::verify_directory(&path).expect("verifies");
    assert_eq!(report.first_bad.map(|bad| bad.0), Some(4));
}

/// Regression: sled writes a tree node over about 128 KiB to a file of its own under
/// `blobs/` and never syncs it, so the writer must fsync those files too; before it did,
/// acknowledged events of about 10 KB and more could live only in the page cache. This
/// checks the premise (large events do produce blob files) and that they read back after a
/// reopen; the fsync itself is checked by `sync_new_blobs`'s unit test.
#[tokio::test]
async fn large_events_live_in_blob_files_and_survive_a_reopen() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("data");
    let store = SledStore::open(SledConfig::new(&path)).expect("opens");
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
    let blobs = std::fs::read_dir(path.join("blobs"))
        .expect("sled has a blob directory")
        .count();
    assert!(blobs > 0, "60 KB events should make sled write blob files");
    drop(store);
    let reopened = SledStore::open(SledConfig::new(&path)).expect("reopens");
    assert_eq!(reopened.head(), 40);
    assert_eq!(reopened.verify().await.expect("verifies").first_bad, None);
}
