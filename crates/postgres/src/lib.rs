//! Convene's scale-out event log: the [`EventStore`] contract on PostgreSQL, so that several
//! stateless `convene serve` processes can share one database.
//!
//! - **Order.** Every append locks the single row of `convene_head` before it takes positions
//!   and holds the lock until it commits. Appends are therefore serialized across all servers,
//!   and PostgreSQL makes a transaction visible before it releases its locks: a reader can
//!   never see position `n + 1` without `n`. The log a reader sees is always a gap-free prefix.
//! - **Group commit.** Each server funnels its appends through one writer task, which takes
//!   every append waiting at that moment into one transaction (one lock, one WAL flush), the
//!   same planner as the embedded backend checking versions and sealing records.
//! - **Following.** A commit notifies `convene_head_<log id>` with its last position; every server
//!   listens, and also polls the head row, so a write through one server reaches the others'
//!   subscriptions and read models even if a notification is lost.
//! - **Failures.** A lost connection makes appends and reads fail with
//!   [`StoreError::Unavailable`]; the pool reconnects by itself when the database returns.

mod migrate;
pub mod testing;
mod writer;

pub use migrate::{MIGRATIONS, migrate};

use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{Connection, Row};
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};

use convene_store::append::{AppendOutcome, AppendRequest, KeyRecord};
use convene_store::envelope::{self, RecordedEvent, StreamId};
use convene_store::{EventStore, MAX_PAGE, StoreError, VerifyReport};

/// The channel every commit notifies with its last position: `convene_head_` and the log's
/// id, so that two logs in one database (or a stray `NOTIFY convene_head`) do not mix.
pub fn channel(log_id: uuid::Uuid) -> String {
    format!("convene_head_{}", log_id.simple())
}

/// How a [`PgStore`] connects and behaves.
#[derive(Debug, Clone)]
pub struct PgConfig {
    /// A `postgres://` URL.
    pub url: String,
    /// The pool's largest size (reads, the writer and the listener share it).
    pub max_connections: u32,
    /// How long a request waits for a connection before it fails as unavailable.
    pub acquire_timeout: Duration,
    /// How often the head row is read, besides notifications (the bound on how late a
    /// server sees another's write if a notification is lost).
    pub poll_interval: Duration,
    /// Applies the migrations at open (what `convene serve` does).
    pub migrate: bool,
}

impl PgConfig {
    /// Defaults for a server: 16 connections, 5 s to get one, the head polled every 500 ms,
    /// migrations applied at open.
    pub fn new(url: impl Into<String>) -> Self {
        PgConfig {
            url: url.into(),
            max_connections: 16,
            acquire_timeout: Duration::from_secs(5),
            poll_interval: Duration::from_millis(500),
            migrate: true,
        }
    }
}

/// A URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

/// A database failure as the store reports it: losing the database is "unavailable" (the
/// caller may retry later), anything else is a storage failure.
pub(crate) fn db_error(error: sqlx::Error) -> StoreError {
    match error {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Protocol(_) => StoreError::Unavailable {
            reason: format!("the database is unreachable: {error}"),
        },
        sqlx::Error::Database(ref database)
            if database
                .code()
                .is_some_and(|code| code.starts_with("57") || code.starts_with("08")) =>
        {
            // Class 57 (operator intervention: shutdown, terminated connection) and class 08
            // (connection exception).
            StoreError::Unavailable {
                reason: format!("the database is unreachable: {error}"),
            }
        }
        sqlx::Error::Database(ref database)
            if database
                .code()
                .is_some_and(|code| matches!(code.as_ref(), "40001" | "40P01" | "55P03")) =>
        {
            // A serialization failure, a deadlock or a lock that could not be had in time (a
            // `lock_timeout` set by the database's administrator): nothing was written, and
            // trying again later can succeed.
            StoreError::Unavailable {
                reason: format!("the database is busy: {error}"),
            }
        }
        other => StoreError::Io(format!("database: {other}")),
    }
}

fn position_of(value: i64) -> Result<u64, StoreError> {
    u64::try_from(value).map_err(|_| StoreError::Io(format!("negative position {value}")))
}

fn as_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn as_limit(limit: usize) -> i64 {
    i64::try_from(limit.min(MAX_PAGE)).unwrap_or(i64::MAX)
}

/// A commit held open on purpose (tests of the ordering guarantee): the writer has taken its
/// positions and written its rows, and waits before `COMMIT` until released.
#[derive(Debug)]
pub struct HeldCommit {
    reached: oneshot::Receiver<()>,
    release: Option<oneshot::Sender<()>>,
}

impl HeldCommit {
    /// Waits until the next append has taken its positions and waits to commit.
    pub async fn reached(&mut self) {
        let _ = (&mut self.reached).await;
    }

    /// Lets the held append commit.
    pub fn release(mut self) {
        if let Some(release) = self.release.take() {
            let _ = release.send(());
        }
    }
}

/// The writer's side of a [`HeldCommit`].
#[derive(Debug)]
pub(crate) struct Hold {
    pub(crate) reached: oneshot::Sender<()>,
    pub(crate) release: oneshot::Receiver<()>,
}

/// What is wrong with the store, if anything; followed through [`PgStore::watch_health`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Health {
    /// Why appends are refused for good (a log that went back).
    pub failed: Option<String>,
    /// Why the last read of the head row failed, until one succeeds (a transient state:
    /// appends are still tried, and fail or succeed on their own).
    pub unreachable: Option<String>,
    /// Whether this store listens for other servers' commit notifications right now (when
    /// not, it still polls the head row).
    pub listening: bool,
}

/// State the store's tasks share.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) head: watch::Sender<u64>,
    /// The channel of this log's commit notifications.
    pub(crate) channel: String,
    pub(crate) health: watch::Sender<Health>,
    pub(crate) hold: Mutex<Option<Hold>>,
}

impl Shared {
    /// Moves the known head forward (never back).
    pub(crate) fn advance(&self, position: u64) {
        self.head.send_if_modified(|head| {
            if position > *head {
                *head = position;
                true
            } else {
                false
            }
        });
    }

    /// Why appends are refused for good, if they are.
    pub(crate) fn failure(&self) -> Option<String> {
        self.health.borrow().failed.clone()
    }

    fn set_listening(&self, listening: bool) {
        self.health.send_if_modified(|health| {
            let changed = health.listening != listening;
            health.listening = listening;
            changed
        });
    }

    fn set_unreachable(&self, reason: Option<String>) {
        self.health.send_if_modified(|health| {
            let changed = health.unreachable != reason;
            health.unreachable = reason;
            changed
        });
    }

    pub(crate) fn fail(&self, reason: String) {
        self.health.send_if_modified(|health| {
            if health.failed.is_some() {
                return false;
            }
            tracing::error!(%reason, "the PostgreSQL store stops accepting appends");
            health.failed = Some(reason);
            true
        });
    }
}

/// The event log in a PostgreSQL database, shared by every server pointed at it.
#[derive(Debug)]
pub struct PgStore {
    pool: PgPool,
    shared: Arc<Shared>,
    writer: mpsc::Sender<writer::Job>,
    log_id: uuid::Uuid,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Drop for PgStore {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

impl PgStore {
    /// Connects, applies the migrations if the config says so, reads the head, and starts
    /// the writer and the follower of other servers' commits.
    pub async fn open(config: PgConfig) -> Result<PgStore, StoreError> {
        let pool = connect(&config).await?;
        if config.migrate {
            migrate(&pool).await?;
        }
        let row = sqlx::query("SELECT log_id::text, position FROM convene_head WHERE id = 1")
            .fetch_optional(&pool)
            .await
            .map_err(|error| match error {
                sqlx::Error::Database(ref database) if database.code().as_deref() == Some("42P01") => {
                    StoreError::Unavailable {
                        reason: "the database has no Convene schema: run `convene migrate --store …` first".to_string(),
                    }
                }
                other => db_error(other),
            })?
            .ok_or_else(|| StoreError::Corrupt {
                position: 0,
                reason: "the head row of convene_head is missing".to_string(),
            })?;
        let log_id: String = row.try_get(0).map_err(db_error)?;
        let log_id = uuid::Uuid::parse_str(&log_id)
            .map_err(|error| StoreError::Io(format!("unreadable log id {log_id:?}: {error}")))?;
        let head = position_of(row.try_get(1).map_err(db_error)?)?;
        let shared = Arc::new(Shared {
            head: watch::channel(head).0,
            channel: channel(log_id),
            health: watch::channel(Health::default()).0,
            hold: Mutex::new(None),
        });
        let (sender, receiver) = mpsc::channel(writer::QUEUE);
        let tasks = vec![
            tokio::spawn(writer::run(pool.clone(), shared.clone(), receiver)),
            tokio::spawn(follow(pool.clone(), shared.clone(), config.poll_interval)),
        ];
        Ok(PgStore {
            pool,
            shared,
            writer: sender,
            log_id,
            tasks,
        })
    }

    /// The identity of this log (made by the first migration): local read models record it,
    /// so a server pointed at another database rebuilds them instead of mixing two logs.
    pub fn log_id(&self) -> uuid::Uuid {
        self.log_id
    }

    /// The connection pool (for tests and tools that inspect the database).
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Holds the next append's transaction open after it has taken its positions and written
    /// its rows, until [`HeldCommit::release`]: lets a test force the ordering race.
    pub fn hold_next_commit(&self) -> HeldCommit {
        let (reached_tx, reached_rx) = oneshot::channel();
        let (release_tx, release_rx) = oneshot::channel();
        *self
            .shared
            .hold
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(Hold {
            reached: reached_tx,
            release: release_rx,
        });
        HeldCommit {
            reached: reached_rx,
            release: Some(release_tx),
        }
    }

    /// The settings that decide whether a commit is durable when acknowledged, as the server
    /// reports them: `fsync` and `synchronous_commit` (both `on` by default). Any other value
    /// can lose acknowledged writes in a crash of the database server.
    pub async fn durability(&self) -> Result<Vec<(&'static str, String)>, StoreError> {
        let mut settings = Vec::new();
        for name in ["fsync", "synchronous_commit"] {
            let value: String = sqlx::query_scalar(&format!("SHOW {name}"))
                .fetch_one(&self.pool)
                .await
                .map_err(db_error)?;
            settings.push((name, value));
        }
        Ok(settings)
    }

    /// Follows the store's health: a refused log, an unreachable database, and their end.
    pub fn watch_health(&self) -> watch::Receiver<Health> {
        self.shared.health.subscribe()
    }

    /// Reads the head row now and moves the known head to it.
    pub async fn refresh_head(&self) -> Result<u64, StoreError> {
        let head = read_head(&self.pool).await?;
        self.shared.advance(head);
        Ok(head)
    }
}

/// Connects a pool as the store does (application name `convene`, the idle-in-transaction
/// limit), for the store and for tools such as `convene migrate`.
pub async fn connect(config: &PgConfig) -> Result<PgPool, StoreError> {
    let options = PgConnectOptions::from_str(&config.url)
        .map_err(|error| {
            StoreError::Invalid(format!(
                "bad PostgreSQL URL {}: {error}",
                redact(&config.url)
            ))
        })?
        .application_name("convene")
        // A server that vanishes while holding the append lock must not stall the others
        // for long: the database ends such a transaction after this idle time.
        .options([("idle_in_transaction_session_timeout", "30s")]);
    let unreachable = |error: sqlx::Error| StoreError::Unavailable {
        reason: format!(
            "cannot connect to PostgreSQL at {}: {error}",
            redact(&config.url)
        ),
    };
    // One direct connection first: a pool that cannot connect only reports that it timed
    // out, while this says why (refused, unknown host, bad password, TLS…).
    sqlx::postgres::PgConnection::connect_with(&options)
        .await
        .map_err(unreachable)?
        .close()
        .await
        .ok();
    PgPoolOptions::new()
        .max_connections(config.max_connections.max(2))
        .acquire_timeout(config.acquire_timeout)
        .connect_with(options)
        .await
        .map_err(unreachable)
}

async fn read_head(pool: &PgPool) -> Result<u64, StoreError> {
    let position: i64 = sqlx::query_scalar("SELECT position FROM convene_head WHERE id = 1")
        .fetch_one(pool)
        .await
        .map_err(db_error)?;
    position_of(position)
}

/// Follows other servers' commits: notifications for speed, polling of the head row as the
/// bound when a notification is lost (a reconnect, a listener that was down).
async fn follow(pool: PgPool, shared: Arc<Shared>, poll_interval: Duration) {
    let mut listener: Option<sqlx::postgres::PgListener> = None;
    let mut tick = tokio::time::interval(poll_interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        if listener.is_none() {
            match sqlx::postgres::PgListener::connect_with(&pool).await {
                Ok(mut connected) => match connected.listen(&shared.channel).await {
                    Ok(()) => {
                        listener = Some(connected);
                        shared.set_listening(true);
                    }
                    Err(error) => tracing::warn!(%error, "cannot LISTEN; polling only"),
                },
                Err(error) => tracing::warn!(%error, "cannot connect the listener; polling only"),
            }
        }
        tokio::select! {
            notification = async {
                match listener.as_mut() {
                    Some(listener) => listener.try_recv().await,
                    None => std::future::pending().await,
                }
            } => match notification {
                Ok(Some(notification)) => {
                    if let Ok(position) = notification.payload().parse::<u64>() {
                        shared.advance(position);
                    }
                }
                // The connection was lost: notifications sent meanwhile are gone, so read the
                // head, and reconnect on the next turn.
                Ok(None) | Err(_) => {
                    listener = None;
                    shared.set_listening(false);
                    poll(&pool, &shared).await;
                    tick.tick().await;
                }
            },
            _ = tick.tick() => poll(&pool, &shared).await,
        }
    }
}

async fn poll(pool: &PgPool, shared: &Shared) {
    // The head known before the query: it only ever covers commits already visible, so a
    // database head below it means the database lost commits. (Comparing with the head known
    // after the query would race with this server's own commits made meanwhile.)
    let known = *shared.head.borrow();
    let position: Result<i64, sqlx::Error> =
        sqlx::query_scalar("SELECT position FROM convene_head WHERE id = 1")
            .fetch_one(pool)
            .await;
    match position {
        Ok(head) => {
            shared.set_unreachable(None);
            let head = u64::try_from(head).unwrap_or(0);
            if head < known {
                shared.fail(format!(
                    "the database's log ends at position {head}, but this server saw position {known}: \
                     the database was restored or failed over to a replica that lacks committed \
                     events; restart every server after checking the database"
                ));
            } else {
                shared.advance(head);
            }
        }
        // Every connection open and busy: the server is loaded, not cut off from its database
        // (with the database gone, connections close and the pool fails to open new ones).
        Err(sqlx::Error::PoolTimedOut) if pool.size() >= pool.options().get_max_connections() => {
            tracing::debug!("no free connection to read the head row; the next tick will");
        }
        Err(error) => {
            tracing::warn!(%error, "cannot read the head row");
            shared.set_unreachable(Some(db_error(error).to_string()));
        }
    }
}

fn open_rows(rows: Vec<sqlx::postgres::PgRow>) -> Result<Vec<RecordedEvent>, StoreError> {
    rows.into_iter()
        .map(|row| {
            let position = position_of(row.try_get(0).map_err(db_error)?)?;
            let record: Vec<u8> = row.try_get(1).map_err(db_error)?;
            envelope::open(position, &record)
        })
        .collect()
}

#[async_trait]
impl EventStore for PgStore {
    async fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        if let Some(reason) = self.shared.failure() {
            return Err(StoreError::Unavailable { reason });
        }
        let (reply, answer) = oneshot::channel();
        self.writer
            .send(writer::Job { request, reply })
            .await
            .map_err(|_| StoreError::Unavailable {
                reason: "the store is closing".to_string(),
            })?;
        answer.await.map_err(|_| StoreError::Unavailable {
            reason: "the store is closing".to_string(),
        })?
    }

    async fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT position, record FROM convene_events \
             WHERE stream = $1 AND version >= $2 ORDER BY version LIMIT $3",
        )
        .bind(stream.as_str())
        .bind(as_i64(from_version))
        .bind(as_limit(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        open_rows(rows)
    }

    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT position, record FROM convene_events \
             WHERE position >= $1 ORDER BY position LIMIT $2",
        )
        .bind(as_i64(from_position))
        .bind(as_limit(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        open_rows(rows)
    }

    async fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        let version: Option<i64> =
            sqlx::query_scalar("SELECT max(version) FROM convene_events WHERE stream = $1")
                .bind(stream.as_str())
                .fetch_one(&self.pool)
                .await
                .map_err(db_error)?;
        position_of(version.unwrap_or(0))
    }

    async fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        let record: Option<Vec<u8>> =
            sqlx::query_scalar("SELECT record FROM convene_keys WHERE key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_error)?;
        record.map(|bytes| KeyRecord::decode(&bytes)).transpose()
    }

    fn head(&self) -> u64 {
        *self.shared.head.borrow()
    }

    fn watch_head(&self) -> watch::Receiver<u64> {
        self.shared.head.subscribe()
    }

    /// Why appends are refused (a log that went back), or why the database cannot be reached
    /// right now (`/readyz` then answers 503; appends are still tried).
    fn failure(&self) -> Option<String> {
        let health = self.shared.health.borrow();
        health.failed.clone().or_else(|| health.unreachable.clone())
    }

    /// Reads the head row, walks the log up to it (checksums, chain, positions 1..n), checks
    /// that the event there has the row's hash, and finally that, in one snapshot, the head
    /// row and the last stored event agree (a head row behind the log would make every later
    /// append fail). Appends may go on meanwhile.
    async fn verify(&self) -> Result<VerifyReport, StoreError> {
        let row = sqlx::query("SELECT position, hash FROM convene_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)?;
        let recorded = position_of(row.try_get(0).map_err(db_error)?)?;
        let hash: Vec<u8> = row.try_get(1).map_err(db_error)?;
        let report = convene_store::verify_up_to(self, recorded).await?;
        if report.first_bad.is_some() {
            return Ok(report);
        }
        let at_head = match self.read_all(recorded, 1).await?.first() {
            Some(event) if recorded > 0 => event.hash.to_vec(),
            _ => envelope::GENESIS_HASH.to_vec(),
        };
        if at_head != hash {
            return Ok(VerifyReport {
                events: report.events,
                first_bad: Some((
                    recorded,
                    "the head row's hash differs from the event at its position".to_string(),
                )),
            });
        }
        let row = sqlx::query(
            "SELECT (SELECT position FROM convene_head WHERE id = 1), \
                    (SELECT max(position) FROM convene_events)",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(db_error)?;
        let head_row: i64 = row.try_get(0).map_err(db_error)?;
        let last_event: Option<i64> = row.try_get(1).map_err(db_error)?;
        if let Some(last_event) = last_event.filter(|last| *last > head_row) {
            let first = position_of(head_row)? + 1;
            return Ok(VerifyReport {
                events: report.events,
                first_bad: Some((
                    first,
                    format!(
                        "the head row says {head_row} but events are stored up to {last_event}"
                    ),
                )),
            });
        }
        Ok(report)
    }
}
