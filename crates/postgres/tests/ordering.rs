//! What only the PostgreSQL backend has to prove: the global order stays gap-free when
//! several servers (here: several stores on one database) append at once, servers follow each
//! other's commits, and lost connections heal.

use std::sync::Arc;
use std::time::Duration;

use convene_postgres::testing::{admin_url, fresh_database};
use convene_postgres::{PgConfig, PgStore};
use convene_store::testsuite::{event, single, stream};
use convene_store::{EventStore, ExpectedVersion, MAX_PAGE, StoreError, Subscription};

async fn database() -> String {
    fresh_database(&admin_url(), "convene_order")
        .await
        .expect("creates a database on the test cluster")
}

async fn open(url: &str) -> Arc<PgStore> {
    Arc::new(PgStore::open(PgConfig::new(url)).await.expect("opens"))
}

/// Collects `count` events from a subscription on `store`, returning their positions.
fn follow(store: Arc<PgStore>, count: usize) -> tokio::task::JoinHandle<Vec<u64>> {
    tokio::spawn(async move {
        let mut subscription = Subscription::new(store, 0);
        let mut positions = Vec::with_capacity(count);
        while positions.len() < count {
            let event = subscription
                .next()
                .await
                .expect("the store lives")
                .expect("reads");
            positions.push(event.position);
        }
        positions
    })
}

/// Waits (polling the database, bounded) until a session of `database` waits for a lock.
async fn until_someone_waits_for_a_lock(store: &PgStore) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
        .fetch_one(store.pool())
        .await
        .expect("reads pg_stat_activity");
        if waiting > 0 {
            return;
        }
        // Each look is a query: the loop waits on the database, not on a timer.
        assert!(
            tokio::time::Instant::now() < deadline,
            "the second server's append never waited for the head row's lock"
        );
    }
}

/// The classic race: a writer has taken its position and is slow to commit while another
/// server commits. Nothing after the held position may become visible before it, and every
/// subscriber sees 1..n in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_held_commit_holds_back_every_later_position() {
    let url = database().await;
    let a = open(&url).await;
    let b = open(&url).await;
    for i in 0..3 {
        a.append(single(
            &format!("before-{i}"),
            ExpectedVersion::NoStream,
            vec![event("x", 40)],
        ))
        .await
        .expect("appends");
    }
    let late = 20;
    let total = 3 + 1 + late;
    let on_a = follow(a.clone(), total);
    let on_b = follow(b.clone(), total);

    let mut held = a.hold_next_commit();
    let slow = {
        let a = a.clone();
        tokio::spawn(async move {
            a.append(single(
                "slow",
                ExpectedVersion::NoStream,
                vec![event("x", 40)],
            ))
            .await
        })
    };
    held.reached().await;
    let others: Vec<_> = (0..late)
        .map(|i| {
            let b = b.clone();
            tokio::spawn(async move {
                b.append(single(
                    &format!("fast-{i}"),
                    ExpectedVersion::NoStream,
                    vec![event("x", 40)],
                ))
                .await
            })
        })
        .collect();
    until_someone_waits_for_a_lock(&b).await;

    // While the slow writer holds its position open, the other server cannot commit, and no
    // reader sees past the last committed position.
    assert!(others.iter().all(|other| !other.is_finished()));
    let visible = b.read_all(1, MAX_PAGE).await.expect("reads");
    assert_eq!(
        visible.iter().map(|e| e.position).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert_eq!(b.refresh_head().await.expect("reads the head"), 3);

    held.release();
    let slow = slow.await.expect("joins").expect("commits");
    assert_eq!(slow.first_position, 4);
    let mut positions = Vec::new();
    for other in others {
        positions.push(other.await.expect("joins").expect("commits").first_position);
    }
    positions.sort_unstable();
    assert_eq!(positions, (5..=24).collect::<Vec<_>>());
    let everything: Vec<u64> = (1..=24).collect();
    assert_eq!(on_a.await.expect("follows"), everything);
    assert_eq!(on_b.await.expect("follows"), everything);
    assert_eq!(b.verify().await.expect("verifies").first_bad, None);
}

/// Three servers, many writers each, and a reader that checks every page it reads: the log
/// visible at any moment is 1..n with no hole, and never shrinks.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn readers_only_ever_see_a_gap_free_prefix() {
    let url = database().await;
    let stores = [open(&url).await, open(&url).await, open(&url).await];
    let writers_per_store = 12;
    let appends_per_writer = 15;
    let total = stores.len() * writers_per_store * appends_per_writer;

    let followers: Vec<_> = stores.iter().map(|s| follow(s.clone(), total)).collect();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = {
        let store = stores[0].clone();
        let stop = stop.clone();
        tokio::spawn(async move {
            let mut seen = 0usize;
            let mut reads = 0usize;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let page = store.read_all(1, MAX_PAGE).await.expect("reads");
                for (index, event) in page.iter().enumerate() {
                    assert_eq!(event.position, index as u64 + 1, "a hole in a visible log");
                }
                assert!(page.len() >= seen, "the visible log shrank");
                seen = page.len();
                reads += 1;
            }
            reads
        })
    };
    let mut writers = Vec::new();
    for (s, store) in stores.iter().enumerate() {
        for w in 0..writers_per_store {
            let store = store.clone();
            writers.push(tokio::spawn(async move {
                for i in 0..appends_per_writer {
                    store
                        .append(single(
                            &format!("s{s}-w{w}"),
                            ExpectedVersion::Exact(i as u64),
                            vec![event("x", 100)],
                        ))
                        .await
                        .expect("appends");
                }
            }));
        }
    }
    for writer in writers {
        writer.await.expect("writes");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert!(reader.await.expect("reads") > 0);
    let everything: Vec<u64> = (1..=total as u64).collect();
    for follower in followers {
        assert_eq!(follower.await.expect("follows"), everything);
    }
    assert_eq!(
        stores[2].verify().await.expect("verifies"),
        convene_store::VerifyReport {
            events: total as u64,
            first_bad: None
        }
    );
}

/// A server that polls rarely still sees another server's commit at once: the commit's
/// notification moves its head.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn notifications_carry_commits_to_other_servers() {
    let url = database().await;
    let writer = open(&url).await;
    let mut config = PgConfig::new(url.as_str());
    config.poll_interval = Duration::from_secs(3_600);
    let reader = Arc::new(PgStore::open(config).await.expect("opens"));
    let mut head = reader.watch_head();
    // The listener may still be connecting: the first poll (at start) covers what it misses,
    // so append only once the reader's listener is up.
    // Append only once the reader listens (before that, only its poll would carry the commit).
    tokio::time::timeout(
        Duration::from_secs(30),
        reader.watch_health().wait_for(|health| health.listening),
    )
    .await
    .expect("the reader starts listening")
    .expect("the store lives");
    let outcome = writer
        .append(single(
            "seen",
            ExpectedVersion::NoStream,
            vec![event("x", 10)],
        ))
        .await
        .expect("appends");
    tokio::time::timeout(
        Duration::from_secs(30),
        head.wait_for(|head| *head >= outcome.last_position),
    )
    .await
    .expect("the notification arrives long before the next poll")
    .expect("the store lives");
    let events = reader.read_all(1, 10).await.expect("reads");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].stream, stream("seen"));
}

/// Connections killed under the store (a database restart, a proxy dropping them): the
/// failures are "unavailable", the pool reconnects by itself, nothing acknowledged is lost,
/// and another server keeps following.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn killed_connections_heal_without_losing_anything() {
    let url = database().await;
    let a = open(&url).await;
    let b = open(&url).await;
    let mut acknowledged = Vec::new();
    for round in 0..3 {
        for i in 0..5 {
            let outcome = a
                .append(single(
                    &format!("r{round}-{i}"),
                    ExpectedVersion::NoStream,
                    vec![event("x", 30)],
                ))
                .await
                .expect("appends");
            acknowledged.push(outcome.first_position);
        }
        let admin = sqlx::PgPool::connect(&admin_url()).await.expect("connects");
        let killed: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = $1 AND pid <> pg_backend_pid()) AS terminated",
        )
        .bind(a.pool().connect_options().get_database().expect("named"))
        .fetch_one(&admin)
        .await
        .expect("terminates");
        assert!(killed > 0);
        admin.close().await;
        // The next append either finds a fresh connection or fails clearly; it heals within a
        // few attempts, with no waiting in between.
        let mut attempts = 0;
        let outcome = loop {
            attempts += 1;
            match a
                .append(single(
                    &format!("after-{round}"),
                    ExpectedVersion::Any,
                    vec![event("x", 30)],
                ))
                .await
            {
                Ok(outcome) => break outcome,
                Err(StoreError::Unavailable { reason }) if attempts < 5 => {
                    assert!(reason.contains("database"), "{reason}");
                }
                Err(other) => panic!("unexpected failure after {attempts} attempts: {other}"),
            }
        };
        acknowledged.push(outcome.first_position);
    }
    let mut head = b.watch_head();
    let last = *acknowledged.last().expect("some");
    tokio::time::timeout(Duration::from_secs(30), head.wait_for(|h| *h >= last))
        .await
        .expect("the other server follows after its connections were killed")
        .expect("the store lives");
    let stored: Vec<u64> = b
        .read_all(1, MAX_PAGE)
        .await
        .expect("reads")
        .iter()
        .map(|e| e.position)
        .collect();
    for position in &acknowledged {
        assert!(stored.contains(position), "acknowledged {position} is lost");
    }
    assert_eq!(b.verify().await.expect("verifies").first_bad, None);
}

/// Appends four events through `store`, then takes the database back to two of them, as a
/// restore or a failover to a lagging replica would (the head row agrees with what is left).
async fn append_four_then_lose_two(store: &PgStore) {
    for i in 0..4 {
        store
            .append(single(
                &format!("s{i}"),
                ExpectedVersion::NoStream,
                vec![event("x", 30)],
            ))
            .await
            .expect("appends");
    }
    let events = store.read_all(1, 10).await.expect("reads");
    let mut tx = store.pool().begin().await.expect("begins");
    sqlx::query("DELETE FROM convene_events WHERE position > 2")
        .execute(&mut *tx)
        .await
        .expect("deletes");
    sqlx::query("UPDATE convene_head SET position = 2, hash = $1")
        .bind(events[1].hash.to_vec())
        .execute(&mut *tx)
        .await
        .expect("rewinds");
    tx.commit().await.expect("commits");
}

/// An append to a store that saw its log go back: refused, saying why.
async fn refused_as_rewound(store: &PgStore) {
    match store
        .append(single(
            "late",
            ExpectedVersion::NoStream,
            vec![event("x", 30)],
        ))
        .await
    {
        Err(StoreError::Unavailable { reason }) => {
            assert!(reason.contains("restored or failed over"), "{reason}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A database restored to an earlier point (or a failover to a replica that lacks committed
/// events) is noticed: the server stops accepting appends and says why, instead of reusing
/// positions its read models already hold.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_log_that_goes_back_stops_appends() {
    let url = database().await;
    let mut config = PgConfig::new(url.as_str());
    config.poll_interval = Duration::from_millis(20);
    let a = Arc::new(PgStore::open(config).await.expect("opens"));
    append_four_then_lose_two(&a).await;
    tokio::time::timeout(
        Duration::from_secs(30),
        a.watch_health().wait_for(|health| health.failed.is_some()),
    )
    .await
    .expect("the poll notices the rewound log")
    .expect("the store lives");
    refused_as_rewound(&a).await;
}

/// The writer itself notices a log shorter than what this server saw, before the poll does
/// (here the poll is an hour away): it must not hand out positions readers already consumed.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_writer_refuses_a_log_shorter_than_what_it_saw() {
    let url = database().await;
    let mut config = PgConfig::new(url.as_str());
    config.poll_interval = Duration::from_secs(3_600);
    let a = Arc::new(PgStore::open(config).await.expect("opens"));
    append_four_then_lose_two(&a).await;
    // Refused, and refused again: the store stays stopped.
    refused_as_rewound(&a).await;
    refused_as_rewound(&a).await;
    assert_eq!(
        a.read_all(3, 10).await.expect("reads"),
        Vec::new(),
        "nothing written"
    );
}

/// A lock that cannot be taken (here `lock_timeout` while another session holds the head row)
/// fails that append, and leaves no broken connection behind: with a pool of one connection
/// for the writer, the next appends succeed.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failed_lock_leaves_the_connection_usable() {
    let url = database().await;
    let admin = sqlx::PgPool::connect(&url).await.expect("connects");
    let database: String = sqlx::query_scalar("SELECT current_database()")
        .fetch_one(&admin)
        .await
        .expect("names");
    sqlx::query(&format!(
        "ALTER DATABASE \"{database}\" SET lock_timeout = '200ms'"
    ))
    .execute(&admin)
    .await
    .expect("sets lock_timeout");
    let mut config = PgConfig::new(url.as_str());
    // The listener holds one connection: the writer has exactly one.
    config.max_connections = 2;
    config.poll_interval = Duration::from_secs(3_600);
    let store = PgStore::open(config).await.expect("opens");
    store
        .append(single(
            "first",
            ExpectedVersion::NoStream,
            vec![event("x", 30)],
        ))
        .await
        .expect("appends");

    let mut holder = admin.begin().await.expect("begins");
    sqlx::query("SELECT 1 FROM convene_head WHERE id = 1 FOR UPDATE")
        .execute(&mut *holder)
        .await
        .expect("takes the log's lock");
    let refused = store
        .append(single(
            "blocked",
            ExpectedVersion::NoStream,
            vec![event("x", 30)],
        ))
        .await;
    match refused {
        Err(StoreError::Unavailable { reason }) => assert!(reason.contains("busy"), "{reason}"),
        other => panic!("the lock was held elsewhere: expected busy, got {other:?}"),
    }
    holder.rollback().await.expect("releases");

    for i in 0..3 {
        store
            .append(single(
                &format!("after-{i}"),
                ExpectedVersion::NoStream,
                vec![event("x", 30)],
            ))
            .await
            .unwrap_or_else(|error| panic!("append {i} after the failed lock: {error}"));
    }
    assert_eq!(store.verify().await.expect("verifies").events, 4);
}

/// `verify` compares the head row with the stored events in one snapshot: a head row left
/// behind the log is reported (every later append would collide with stored positions).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn verify_finds_a_head_row_behind_the_log() {
    let url = database().await;
    let store = open(&url).await;
    for i in 0..3 {
        store
            .append(single(
                &format!("s{i}"),
                ExpectedVersion::NoStream,
                vec![event("x", 30)],
            ))
            .await
            .expect("appends");
    }
    let events = store.read_all(1, 10).await.expect("reads");
    sqlx::query("UPDATE convene_head SET position = 2, hash = $1")
        .bind(events[1].hash.to_vec())
        .execute(store.pool())
        .await
        .expect("moves the head row back");
    let report = store.verify().await.expect("verifies");
    let (position, reason) = report.first_bad.expect("found");
    assert_eq!(position, 3);
    assert!(reason.contains("head row says 2"), "{reason}");
}
