//! The database goes away and comes back: requests fail with a clear "unavailable" error
//! meanwhile, the store recovers by itself, and nothing acknowledged is lost. This test runs
//! a private cluster of its own (`scripts/postgres`), so stopping it disturbs no other test.

use std::time::Duration;

use convene_postgres::testing::PrivateCluster;
use convene_postgres::{Health, PgConfig, PgStore};
use convene_store::testsuite::{event, single};
use convene_store::{EventStore, ExpectedVersion, MAX_PAGE, StoreError};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_store_survives_a_database_outage() {
    let cluster = PrivateCluster::start("convene-outage");
    let url = cluster.url().to_string();
    let mut config = PgConfig::new(url.as_str());
    config.acquire_timeout = Duration::from_secs(1);
    config.poll_interval = Duration::from_millis(100);
    let store = PgStore::open(config).await.expect("opens");
    let mut acknowledged = Vec::new();
    for i in 0..10 {
        let outcome = store
            .append(single(
                &format!("before-{i}"),
                ExpectedVersion::NoStream,
                vec![event("x", 50)],
            ))
            .await
            .expect("appends");
        acknowledged.push(outcome.first_position);
    }

    cluster.stop();
    for _ in 0..3 {
        match store
            .append(single("during", ExpectedVersion::Any, vec![event("x", 50)]))
            .await
        {
            Err(StoreError::Unavailable { reason }) => {
                assert!(reason.contains("database"), "unclear: {reason}");
            }
            other => panic!("an append without a database must fail as unavailable: {other:?}"),
        }
    }
    match store.read_all(1, 10).await {
        Err(StoreError::Unavailable { .. }) => {}
        other => panic!("a read without a database must fail as unavailable: {other:?}"),
    }
    // The store says so too (what `/readyz` reports), once its poll of the head has failed.
    until(&store, "the store reports the outage", |health| {
        health.unreachable.is_some()
    })
    .await;
    assert!(
        store.failure().is_some(),
        "failure() says so too (what /readyz reports)"
    );

    cluster.start_again();
    // The pool reconnects by itself: the next appends succeed (a connection that died with
    // the server may fail one attempt first).
    let mut attempts = 0;
    let outcome = loop {
        attempts += 1;
        match store
            .append(single("after", ExpectedVersion::Any, vec![event("x", 50)]))
            .await
        {
            Ok(outcome) => break outcome,
            Err(StoreError::Unavailable { .. }) if attempts < 20 => {}
            Err(other) => panic!("the store did not recover after {attempts} attempts: {other}"),
        }
    };
    acknowledged.push(outcome.first_position);
    let stored: Vec<u64> = store
        .read_all(1, MAX_PAGE)
        .await
        .expect("reads")
        .iter()
        .map(|e| e.position)
        .collect();
    for position in &acknowledged {
        assert!(stored.contains(position), "acknowledged {position} is lost");
    }
    assert_eq!(store.verify().await.expect("verifies").first_bad, None);
    until(&store, "the store reports the database back", |health| {
        health.unreachable.is_none()
    })
    .await;
    assert_eq!(store.failure(), None, "nothing refuses appends any more");
}

/// Waits (bounded) until the store's health satisfies `condition`.
async fn until(store: &PgStore, what: &str, condition: impl FnMut(&Health) -> bool) {
    tokio::time::timeout(
        Duration::from_secs(30),
        store.watch_health().wait_for(condition),
    )
    .await
    .unwrap_or_else(|_| panic!("timed out: {what}"))
    .expect("the store lives");
}
