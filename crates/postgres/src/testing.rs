//! Databases for tests and benchmarks: each test gets a database of its own on the cluster
//! that `scripts/test` starts (`scripts/postgres`), named by `CONVENE_TEST_DATABASE_URL`.

use sqlx::Connection;
use sqlx::postgres::PgConnection;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::redact;

/// The variable naming the test cluster's administrative URL.
pub const TEST_DATABASE_URL: &str = "CONVENE_TEST_DATABASE_URL";

/// The test cluster's URL. There is no skipping: without it the test fails and says how to
/// get one.
pub fn admin_url() -> String {
    match std::env::var(TEST_DATABASE_URL) {
        Ok(url) if !url.trim().is_empty() => url,
        _ => panic!(
            "{TEST_DATABASE_URL} is not set: run the tests with `bash scripts/test`, which starts \
             a private PostgreSQL cluster, or start one with `bash scripts/postgres start DIR` and \
             export {TEST_DATABASE_URL} with the URL it prints"
        ),
    }
}

/// `url` with its database replaced by `database`.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_end = base
        .find("://")
        .map(|scheme| scheme + 3)
        .and_then(|start| base[start..].find('/').map(|slash| start + slash))
        .unwrap_or(base.len());
    let mut out = format!("{}/{database}", &base[..authority_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// Creates an empty database with a unique name on the cluster at `admin_url`; returns its URL.
pub async fn fresh_database(admin_url: &str, prefix: &str) -> Result<String, sqlx::Error> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos());
    let name = format!(
        "{prefix}_{}_{nanos}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let mut connection = PgConnection::connect(admin_url).await.map_err(|error| {
        tracing::error!(url = %redact(admin_url), %error, "cannot reach the test cluster");
        error
    })?;
    sqlx::query(&format!("CREATE DATABASE \"{name}\""))
        .execute(&mut connection)
        .await?;
    connection.close().await?;
    Ok(with_database(admin_url, &name))
}

/// A PostgreSQL cluster of one test's own, started by `scripts/postgres` in a temporary
/// directory under `/tmp` (readable by the `postgres` user when the tests run as root), for
/// tests that stop and start the database; stopped when dropped.
#[derive(Debug)]
pub struct PrivateCluster {
    dir: tempfile::TempDir,
    url: String,
}

fn run_script(action: &str, dir: &std::path::Path) -> Result<String, String> {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/postgres");
    let output = std::process::Command::new("bash")
        .arg(&script)
        .arg(action)
        .arg(dir)
        .output()
        .map_err(|error| format!("cannot run {}: {error}", script.display()))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
    } else {
        Err(format!(
            "scripts/postgres {action} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

impl PrivateCluster {
    /// Initialises and starts a cluster; panics (failing the test) when it cannot.
    pub fn start(prefix: &str) -> PrivateCluster {
        let dir = tempfile::Builder::new()
            .prefix(prefix)
            .tempdir_in("/tmp")
            .unwrap_or_else(|error| panic!("cannot create a directory for PostgreSQL: {error}"));
        let url = run_script("start", dir.path()).unwrap_or_else(|error| panic!("{error}"));
        PrivateCluster { dir, url }
    }

    /// The cluster's administrative URL (its `postgres` database).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Stops the server (fast shutdown: connections are cut).
    pub fn stop(&self) {
        run_script("stop", self.dir.path()).unwrap_or_else(|error| panic!("{error}"));
    }

    /// Starts the stopped server again on the same port, so clients reconnect to the same URL.
    pub fn start_again(&self) {
        let url = run_script("start", self.dir.path()).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(url, self.url, "the cluster came back on another port");
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        let _ = run_script("stop", self.dir.path());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_database() {
        assert_eq!(
            with_database("postgres://u:p@h:1/postgres", "x"),
            "postgres://u:p@h:1/x"
        );
        assert_eq!(with_database("postgres://h:1", "x"), "postgres://h:1/x");
        assert_eq!(
            with_database("postgres://h/db?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
    }
}
