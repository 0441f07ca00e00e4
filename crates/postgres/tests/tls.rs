//! TLS to PostgreSQL: a server at another duty station is reached over the network, so the
//! store connects with `sslmode=verify-full` and a private CA (`sslrootcert`), and refuses a
//! server whose certificate it cannot verify. The test cluster (`scripts/postgres`) serves TLS
//! with a CA of its own, named by `CONVENE_TEST_DATABASE_CA` (`scripts/test` sets it).

use convene_postgres::testing::{admin_url, fresh_database};
use convene_postgres::{PgConfig, PgStore};
use convene_store::testsuite::{event, single};
use convene_store::{EventStore, ExpectedVersion, StoreError};

fn test_ca() -> String {
    match std::env::var("CONVENE_TEST_DATABASE_CA") {
        Ok(path) if std::path::Path::new(&path).is_file() => path,
        other => panic!(
            "CONVENE_TEST_DATABASE_CA must name the test cluster's CA certificate \
             (scripts/postgres writes DIR/ca.crt; bash scripts/test sets it): {other:?}"
        ),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_store_connects_over_verified_tls() {
    let url = fresh_database(&admin_url(), "convene_tls")
        .await
        .expect("creates a database");
    let verified = format!("{url}?sslmode=verify-full&sslrootcert={}", test_ca());
    let store = PgStore::open(PgConfig::new(verified))
        .await
        .expect("opens over TLS");
    let outcome = store
        .append(single(
            "tls",
            ExpectedVersion::NoStream,
            vec![event("x", 40)],
        ))
        .await
        .expect("appends over TLS");
    assert_eq!(outcome.first_position, 1);
    let encrypted: bool =
        sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(store.pool())
            .await
            .expect("reads pg_stat_ssl");
    assert!(encrypted, "the session is encrypted");

    // Without the private CA the server's certificate cannot be verified: refused, saying so.
    match PgStore::open(PgConfig::new(format!("{url}?sslmode=verify-full"))).await {
        Err(StoreError::Unavailable { reason }) => {
            assert!(reason.to_lowercase().contains("certificate"), "{reason}");
        }
        other => panic!("an unverifiable server must be refused: {other:?}"),
    }
}
