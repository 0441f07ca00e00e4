//! The one test suite every backend passes. Each function is a scenario; `tests/suite.rs`
//! runs all of them against the memory and sled backends (and any later backend).

use async_trait::async_trait;
use jiff::Timestamp;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use uuid::Uuid;

use crate::append::{AppendRequest, StreamAppend};
use crate::envelope::{EventData, ExpectedVersion, Metadata, StreamId};
use crate::{EventStore, StoreError, Subscription};

/// What the suite needs from a backend besides the contract: fresh stores, reopening, and
/// ways to damage stored records.
#[async_trait]
pub trait Harness: Send + Sync {
    /// The backend.
    type Store: EventStore;
    /// A new, empty store.
    async fn fresh(&self) -> Arc<Self::Store>;
    /// Closes and opens the store again (a no-op for memory).
    async fn reopen(&self, store: Arc<Self::Store>) -> Arc<Self::Store>;
    /// Flips one byte of the stored record at `position`.
    async fn flip_byte(&self, store: &Self::Store, position: u64);
    /// Deletes the stored record at `position`.
    async fn delete(&self, store: &Self::Store, position: u64);
}

/// A stream id for tests.
pub fn stream(name: &str) -> StreamId {
    StreamId::new(name).expect("test stream names are valid")
}

/// An event of about `size` bytes.
pub fn event(kind: &str, size: usize) -> EventData {
    let body = format!(
        "{{\"kind\":\"{kind}\",\"pad\":\"{}\"}}",
        "x".repeat(size.saturating_sub(24))
    );
    EventData {
        event_type: kind.to_string(),
        event_version: 1,
        payload: body.into_bytes(),
    }
}

/// Metadata with a fixed instant.
pub fn metadata(actor: &str) -> Metadata {
    Metadata {
        actor: actor.to_string(),
        recorded_at: Timestamp::from_second(1_780_000_000).expect("valid instant"),
        correlation_id: None,
        causation_id: None,
        idempotency_key: None,
    }
}

/// A request appending `events` to one stream.
pub fn single(name: &str, expected: ExpectedVersion, events: Vec<EventData>) -> AppendRequest {
    AppendRequest {
        streams: vec![StreamAppend {
            stream: stream(name),
            expected,
            events,
        }],
        metadata: metadata("test"),
        fingerprint: None,
    }
}

/// Appending to a new stream numbers versions and positions from 1; reads return them.
pub async fn append_and_read<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    assert_eq!(store.head(), 0);
    let outcome = store
        .append(single(
            "a",
            ExpectedVersion::NoStream,
            vec![event("A1", 100), event("A2", 100)],
        ))
        .await
        .expect("appends");
    assert_eq!((outcome.first_position, outcome.last_position), (1, 2));
    assert_eq!(outcome.versions, vec![(stream("a"), 2)]);
    assert!(!outcome.replayed);
    store
        .append(single(
            "b",
            ExpectedVersion::NoStream,
            vec![event("B1", 100)],
        ))
        .await
        .expect("appends");
    store
        .append(single(
            "a",
            ExpectedVersion::Exact(2),
            vec![event("A3", 100)],
        ))
        .await
        .expect("appends");
    assert_eq!(store.head(), 4);
    assert_eq!(store.stream_version(&stream("a")).await.expect("reads"), 3);
    assert_eq!(
        store
            .stream_version(&stream("nothing"))
            .await
            .expect("reads"),
        0
    );

    let a = store
        .read_stream(&stream("a"), 1, 100)
        .await
        .expect("reads");
    let summary: Vec<(u64, u64, &str)> = a
        .iter()
        .map(|e| (e.position, e.version, e.event_type.as_str()))
        .collect();
    assert_eq!(summary, vec![(1, 1, "A1"), (2, 2, "A2"), (4, 3, "A3")]);
    let from_two = store.read_stream(&stream("a"), 2, 1).await.expect("reads");
    assert_eq!(
        from_two.iter().map(|e| e.version).collect::<Vec<_>>(),
        vec![2]
    );
    let all = store.read_all(1, 100).await.expect("reads");
    assert_eq!(
        all.iter().map(|e| e.position).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
    assert_eq!(all[2].stream, stream("b"));
    assert_eq!(
        store.read_all(3, 1).await.expect("reads")[0].event_type,
        "B1"
    );
    assert!(store.read_all(5, 10).await.expect("reads").is_empty());
    assert!(
        store
            .read_stream(&stream("nothing"), 1, 10)
            .await
            .expect("reads")
            .is_empty()
    );
}

/// The envelope keeps every field of the metadata and the payload byte for byte.
pub async fn envelope_round_trip<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    let metadata = Metadata {
        actor: "mission:FRA".to_string(),
        recorded_at: Timestamp::from_second(1_780_000_123).expect("valid"),
        correlation_id: Some(Uuid::from_u128(7)),
        causation_id: Some(Uuid::from_u128(8)),
        idempotency_key: Some("key-1".to_string()),
    };
    let payload = "{\"titre\":\"Océans – 海洋 – المحيطات\"}"
        .as_bytes()
        .to_vec();
    let request = AppendRequest {
        streams: vec![StreamAppend {
            stream: stream("request-1"),
            expected: ExpectedVersion::Any,
            events: vec![EventData {
                event_type: "EventRequestCreated".into(),
                event_version: 3,
                payload: payload.clone(),
            }],
        }],
        metadata: metadata.clone(),
        fingerprint: None,
    };
    store.append(request).await.expect("appends");
    let read = store.read_all(1, 1).await.expect("reads").remove(0);
    assert_eq!(read.metadata, metadata);
    assert_eq!(read.payload, payload);
    assert_eq!(read.event_version, 3);
    assert_eq!(read.event_type, "EventRequestCreated");
}

/// Expected versions: any, no stream, exactly n; a stale one names the stream and its version.
pub async fn expected_versions<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    store
        .append(single("s", ExpectedVersion::Any, vec![event("E", 50)]))
        .await
        .expect("any on new");
    let error = store
        .append(single("s", ExpectedVersion::NoStream, vec![event("E", 50)]))
        .await
        .expect_err("exists");
    assert_eq!(
        error,
        StoreError::Conflict {
            stream: stream("s"),
            expected: ExpectedVersion::NoStream,
            current: 1
        }
    );
    let error = store
        .append(single("s", ExpectedVersion::Exact(0), vec![event("E", 50)]))
        .await
        .expect_err("stale");
    assert!(matches!(error, StoreError::Conflict { current: 1, .. }));
    let error = store
        .append(single("s", ExpectedVersion::Exact(2), vec![event("E", 50)]))
        .await
        .expect_err("ahead");
    assert!(
        matches!(error, StoreError::Conflict { current: 1, .. }),
        "{error}"
    );
    assert!(
        error.to_string().contains("stream s is at version 1"),
        "{error}"
    );
    store
        .append(single("s", ExpectedVersion::Exact(1), vec![event("E", 50)]))
        .await
        .expect("exact");
    store
        .append(single("s", ExpectedVersion::Any, vec![event("E", 50)]))
        .await
        .expect("any");
    assert_eq!(store.stream_version(&stream("s")).await.expect("reads"), 3);
    assert_eq!(store.head(), 3, "refused appends write nothing");
}

/// Several streams in one append: all or nothing.
pub async fn multi_stream_atomic<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    store
        .append(single(
            "schedule",
            ExpectedVersion::NoStream,
            vec![event("Reserved", 50)],
        ))
        .await
        .expect("appends");
    let both = |schedule_expected| AppendRequest {
        streams: vec![
            StreamAppend {
                stream: stream("request"),
                expected: ExpectedVersion::NoStream,
                events: vec![event("Approved", 50)],
            },
            StreamAppend {
                stream: stream("schedule"),
                expected: schedule_expected,
                events: vec![event("Reserved", 50), event("Reserved", 50)],
            },
        ],
        metadata: metadata("test"),
        fingerprint: None,
    };
    let error = store
        .append(both(ExpectedVersion::NoStream))
        .await
        .expect_err("schedule exists");
    assert!(
        matches!(error, StoreError::Conflict { ref stream, current: 1, .. } if stream.as_str() == "schedule")
    );
    assert_eq!(store.head(), 1);
    assert_eq!(
        store
            .stream_version(&stream("request"))
            .await
            .expect("reads"),
        0,
        "nothing of the refused append"
    );
    let outcome = store
        .append(both(ExpectedVersion::Exact(1)))
        .await
        .expect("appends");
    assert_eq!((outcome.first_position, outcome.last_position), (2, 4));
    assert_eq!(
        outcome.versions,
        vec![(stream("request"), 1), (stream("schedule"), 3)]
    );
}

/// The same key and content returns the first outcome without writing; other content is refused.
pub async fn idempotent_appends<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    let keyed = |key: &str, kind: &str, fingerprint: Option<[u8; 32]>| {
        let mut request = single("orders", ExpectedVersion::Any, vec![event(kind, 80)]);
        request.metadata.idempotency_key = Some(key.to_string());
        request.fingerprint = fingerprint;
        request
    };
    let first = store
        .append(keyed("k1", "Placed", None))
        .await
        .expect("appends");
    store
        .append(single("other", ExpectedVersion::Any, vec![event("X", 10)]))
        .await
        .expect("appends");
    let again = store
        .append(keyed("k1", "Placed", None))
        .await
        .expect("replays");
    assert!(again.replayed);
    assert_eq!(
        (
            again.first_position,
            again.last_position,
            again.versions.clone()
        ),
        (
            first.first_position,
            first.last_position,
            first.versions.clone()
        )
    );
    assert_eq!(store.head(), 2, "a replay writes nothing");
    let error = store
        .append(keyed("k1", "Cancelled", None))
        .await
        .expect_err("different content");
    assert_eq!(error, StoreError::IdempotencyKeyReused { key: "k1".into() });
    // With the caller's own fingerprint, different event bytes for the same input replay.
    store
        .append(keyed("k2", "Placed", Some([9; 32])))
        .await
        .expect("appends");
    let replay = store
        .append(keyed("k2", "PlacedAgain", Some([9; 32])))
        .await
        .expect("replays");
    assert!(replay.replayed);
    let error = store
        .append(keyed("k2", "Placed", Some([8; 32])))
        .await
        .expect_err("other fingerprint");
    assert!(matches!(error, StoreError::IdempotencyKeyReused { .. }));
    assert_eq!(store.head(), 3);
}

/// Limits and malformed requests are refused before anything is written.
pub async fn invalid_appends<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    let empty = AppendRequest {
        streams: vec![],
        metadata: metadata("t"),
        fingerprint: None,
    };
    assert!(matches!(
        store.append(empty).await,
        Err(StoreError::Invalid(_))
    ));
    let huge = single(
        "s",
        ExpectedVersion::Any,
        vec![event("Big", crate::envelope::MAX_PAYLOAD_BYTES + 100)],
    );
    assert!(matches!(
        store.append(huge).await,
        Err(StoreError::Invalid(_))
    ));
    let twice = AppendRequest {
        streams: vec![
            StreamAppend {
                stream: stream("s"),
                expected: ExpectedVersion::Any,
                events: vec![event("E", 10)],
            },
            StreamAppend {
                stream: stream("s"),
                expected: ExpectedVersion::Any,
                events: vec![event("E", 10)],
            },
        ],
        metadata: metadata("t"),
        fingerprint: None,
    };
    assert!(matches!(
        store.append(twice).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(StreamId::new("has space").is_err());
    assert!(StreamId::new("").is_err());
    assert_eq!(store.head(), 0);
}

/// Many tasks appending to shared and separate streams: positions exactly 1..n, versions
/// dense per stream, nothing lost, nothing duplicated.
pub async fn concurrent_appends<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    let tasks = 32u64;
    let per_task = 40u64;
    let mut handles = Vec::new();
    for task in 0..tasks {
        let store = store.clone();
        handles.push(tokio::spawn(async move {
            let mut outcomes = Vec::new();
            for i in 0..per_task {
                // Own stream with exact versions, shared streams with "any".
                let request = if i % 2 == 0 {
                    single(
                        &format!("own-{task}"),
                        ExpectedVersion::Exact(i / 2),
                        vec![event(&format!("T{task}-{i}"), 200)],
                    )
                } else {
                    single(
                        &format!("shared-{}", i % 3),
                        ExpectedVersion::Any,
                        vec![event(&format!("T{task}-{i}"), 200)],
                    )
                };
                outcomes.push(store.append(request).await.expect("appends"));
            }
            outcomes
        }));
    }
    let mut positions = BTreeSet::new();
    for handle in handles {
        for outcome in handle.await.expect("task completes") {
            assert!(
                positions.insert(outcome.first_position),
                "position handed out twice"
            );
        }
    }
    let total = tasks * per_task;
    assert_eq!(positions, (1..=total).collect::<BTreeSet<_>>());
    assert_eq!(store.head(), total);
    let mut versions: BTreeMap<StreamId, Vec<u64>> = BTreeMap::new();
    let mut kinds = BTreeSet::new();
    let mut next = 1;
    loop {
        let page = store.read_all(next, 500).await.expect("reads");
        if page.is_empty() {
            break;
        }
        for event in page {
            assert_eq!(event.position, next);
            next += 1;
            versions
                .entry(event.stream.clone())
                .or_default()
                .push(event.version);
            assert!(kinds.insert(event.event_type.clone()), "event stored twice");
        }
    }
    assert_eq!(kinds.len() as u64, total);
    for (stream, versions) in versions {
        let expected: Vec<u64> = (1..=versions.len() as u64).collect();
        assert_eq!(versions, expected, "versions of {stream} are not dense");
    }
    assert_eq!(store.verify().await.expect("verifies").first_bad, None);
}

/// Racing writers on one stream with exact expectations: each version is won exactly once.
pub async fn optimistic_races<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    let tasks = 16;
    let per_task = 10;
    let mut handles = Vec::new();
    for task in 0..tasks {
        let store = store.clone();
        handles.push(tokio::spawn(async move {
            let mut won = Vec::new();
            let mut conflicts = 0u32;
            while won.len() < per_task {
                let current = store
                    .stream_version(&stream("counter"))
                    .await
                    .expect("reads");
                match store
                    .append(single(
                        "counter",
                        ExpectedVersion::Exact(current),
                        vec![event(&format!("T{task}"), 30)],
                    ))
                    .await
                {
                    Ok(outcome) => won.push(outcome.versions[0].1),
                    Err(StoreError::Conflict { .. }) => conflicts += 1,
                    Err(other) => panic!("unexpected {other}"),
                }
                assert!(conflicts < 100_000, "livelock");
            }
            won
        }));
    }
    let mut all = BTreeSet::new();
    for handle in handles {
        for version in handle.await.expect("task completes") {
            assert!(all.insert(version), "version {version} won twice");
        }
    }
    assert_eq!(
        all,
        (1..=(tasks * per_task) as u64).collect::<BTreeSet<_>>()
    );
}

/// A subscription catches up, then follows live appends, without gap or duplicate.
pub async fn subscription_catch_up_then_live<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    for i in 0..150 {
        store
            .append(single(
                &format!("s{}", i % 7),
                ExpectedVersion::Any,
                vec![event("Before", 60)],
            ))
            .await
            .expect("appends");
    }
    let dyn_store: Arc<dyn EventStore> = store.clone();
    let mut subscription = Subscription::new(dyn_store.clone(), 0);
    let writer = {
        let store = store.clone();
        tokio::spawn(async move {
            for i in 0..150 {
                store
                    .append(single(
                        &format!("s{}", i % 5),
                        ExpectedVersion::Any,
                        vec![event("Live", 60)],
                    ))
                    .await
                    .expect("appends");
            }
        })
    };
    for expected in 1..=300u64 {
        let event = subscription
            .next()
            .await
            .expect("store alive")
            .expect("reads");
        assert_eq!(event.position, expected);
        assert_eq!(
            event.event_type,
            if expected <= 150 { "Before" } else { "Live" }
        );
    }
    writer.await.expect("writer completes");
    // From the middle: the first event seen is the one after the given position.
    let mut later = Subscription::new(dyn_store, 299);
    assert_eq!(
        later.next().await.expect("alive").expect("reads").position,
        300
    );
}

/// `verify` passes on an intact log and names the first bad position otherwise.
pub async fn verify_finds_damage<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    for i in 0..20 {
        store
            .append(single(
                &format!("s{}", i % 3),
                ExpectedVersion::Any,
                vec![event("E", 120)],
            ))
            .await
            .expect("appends");
    }
    let report = store.verify().await.expect("verifies");
    assert_eq!((report.events, report.first_bad.clone()), (20, None));

    harness.flip_byte(&store, 7).await;
    let report = store.verify().await.expect("verifies");
    assert_eq!(
        report.first_bad.as_ref().map(|bad| bad.0),
        Some(7),
        "{report:?}"
    );
    let error = store.read_all(1, 100).await.expect_err("checksum");
    assert!(matches!(error, StoreError::Corrupt { position: 7, .. }));

    let store = harness.fresh().await;
    for _ in 0..20 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 120)]))
            .await
            .expect("appends");
    }
    harness.delete(&store, 12).await;
    let report = store.verify().await.expect("verifies");
    assert_eq!(
        report.first_bad.as_ref().map(|bad| bad.0),
        Some(12),
        "{report:?}"
    );

    let store = harness.fresh().await;
    for _ in 0..5 {
        store
            .append(single("s", ExpectedVersion::Any, vec![event("E", 120)]))
            .await
            .expect("appends");
    }
    harness.delete(&store, 5).await;
    let report = store.verify().await.expect("verifies");
    assert_eq!(
        report.first_bad.as_ref().map(|bad| bad.0),
        Some(5),
        "the last event removed: {report:?}"
    );
}

/// Reopening keeps every event, and appends continue the positions and the chain.
pub async fn reopen_continues<H: Harness>(harness: &H) {
    let store = harness.fresh().await;
    for i in 0..30 {
        store
            .append(single(
                &format!("s{}", i % 4),
                ExpectedVersion::Any,
                vec![event("E", 90)],
            ))
            .await
            .expect("appends");
    }
    let mut keyed = single("k", ExpectedVersion::Any, vec![event("K", 10)]);
    keyed.metadata.idempotency_key = Some("once".into());
    store.append(keyed.clone()).await.expect("appends");
    let store = harness.reopen(store).await;
    assert_eq!(store.head(), 31);
    assert_eq!(store.stream_version(&stream("s1")).await.expect("reads"), 8);
    assert!(
        store.append(keyed).await.expect("replays").replayed,
        "keys survive a restart"
    );
    let outcome = store
        .append(single(
            "s1",
            ExpectedVersion::Exact(8),
            vec![event("After", 90)],
        ))
        .await
        .expect("appends");
    assert_eq!(outcome.first_position, 32);
    let report = store.verify().await.expect("verifies");
    assert_eq!((report.events, report.first_bad), (32, None));
}

/// Runs every scenario of the suite against one harness.
#[macro_export]
macro_rules! store_suite {
    ($harness:expr) => {
        $crate::store_suite!(@tests $harness;
            append_and_read, envelope_round_trip, expected_versions, multi_stream_atomic,
            idempotent_appends, invalid_appends, concurrent_appends, optimistic_races,
            subscription_catch_up_then_live, verify_finds_damage, reopen_continues);
    };
    (@tests $harness:expr; $($name:ident),*) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn $name() {
                $crate::testsuite::$name(&$harness).await;
            }
        )*
    };
}
