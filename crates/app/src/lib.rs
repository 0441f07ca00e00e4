//! Convene's application layer: every use case between a caller (the GraphQL API, later the
//! web pages) and the domain. A use case loads what it needs from streams and read models,
//! asks the domain to decide, appends the events atomically with the versions it read, and
//! retries when a concurrent writer won a race the domain can decide again. It holds no
//! business rule: access by role and tenant, idempotency, retries and read-your-writes.

pub mod auth;
mod cache;
pub mod clock;
mod commands;
pub mod demo;
pub mod error;
pub mod export;
mod keys;
mod queries;
pub mod venue_file;

pub use auth::{Principal, hash_token, new_token};
pub use clock::{Clock, ManualClock, StartedClock, SystemClock};
pub use commands::*;
pub use error::{AppError, AppResult, UserCode, UserError};
pub use keys::MAX_LISTED_KEYS;
pub use queries::*;
pub use venue_file::{ImportReport, VenueFile, VenueFileError};

use sha2::{Digest, Sha256};
use std::sync::Arc;

use convene_domain::Currency;
use convene_store::append::{AppendOutcome, AppendRequest, StreamAppend};
use convene_store::envelope::{Metadata, RecordedEvent, StreamId};
use convene_store::readmodel::{
    InvoiceIndex, LineIndex, Projections, ReadModel, RequestIndex, RevenueModel, SatisfactionModel,
    SnapshotFile,
};
use convene_store::{EventStore, StoreError};

/// How many times a use case decides again after losing a race.
pub const MAX_ATTEMPTS: usize = 200;

/// The longest a command waits for the read models to show its write.
pub const READ_YOUR_WRITES_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// The longest idempotency key a caller may send.
pub const MAX_IDEMPOTENCY_KEY_CHARS: usize = 100;

/// Convene's use cases over one store.
pub struct App {
    store: Arc<dyn EventStore>,
    projections: Arc<Projections>,
    requests: RequestIndex,
    lines: LineIndex,
    invoices: InvoiceIndex,
    revenue: RevenueModel,
    satisfaction: SatisfactionModel,
    clock: Arc<dyn Clock>,
    cache: cache::StateCache,
    runner: std::sync::Mutex<Option<tokio::task::JoinHandle<()>>>,
    /// Taken by a command that lost a race: its retries, and those of every other loser on
    /// this server, take their turn instead of racing each other (a burst of creates all
    /// writing the one reference sequence would otherwise exhaust its attempts).
    retry_turn: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("position", &self.projections.position())
            .finish()
    }
}

/// An idempotency key with the fingerprint of the input it came with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idempotency {
    key: String,
    fingerprint: [u8; 32],
}

impl Idempotency {
    /// A key (1 to 100 characters) for `operation` with its `input` in a canonical text form.
    pub fn new(key: &str, operation: &str, input: &str) -> Result<Self, UserError> {
        let key = key.trim();
        if key.is_empty() || key.chars().count() > MAX_IDEMPOTENCY_KEY_CHARS {
            return Err(UserError::invalid(
                "idempotencyKey",
                "an idempotency key has 1 to 100 characters",
            ));
        }
        let mut hasher = Sha256::new();
        hasher.update(operation.as_bytes());
        hasher.update([0]);
        hasher.update(input.as_bytes());
        Ok(Idempotency {
            key: key.to_string(),
            fingerprint: hasher.finalize().into(),
        })
    }

    fn scoped(&self, principal: &Principal) -> String {
        // The store's key limit is 200 bytes; actor and key fit (key ≤ 100 chars of ≤ 4 bytes
        // would not, so long keys are hashed).
        let scoped = format!("{}/{}", principal.actor(), self.key);
        if scoped.len() <= 200 {
            scoped
        } else {
            let digest = Sha256::digest(scoped.as_bytes());
            let hex: String = hex::encode(digest);
            format!("{}/#{hex}", principal.actor())
        }
    }
}

/// What one attempt of a command wants to append, and what the caller gets back if it lands.
pub(crate) struct Attempt<T> {
    pub appends: Vec<StreamAppend>,
    pub value: T,
    /// The stream the caller's `expectedVersion` is about, if the caller gave one.
    pub guarded: Option<StreamId>,
}

impl App {
    /// Loads the read models (from their snapshot in `snapshots`, when given and usable),
    /// catches them up with the log, and starts following it.
    pub async fn open(
        store: Arc<dyn EventStore>,
        snapshots: Option<SnapshotFile>,
        clock: Arc<dyn Clock>,
    ) -> Result<App, StoreError> {
        Self::open_with(store, snapshots, clock, true).await
    }

    /// Like [`App::open`], but returns at once and lets the runner catch the read models up
    /// in the background ([`App::is_caught_up`] says when): for a server that would otherwise
    /// replay a long log before it can even answer its health probe.
    pub async fn open_catching_up(
        store: Arc<dyn EventStore>,
        snapshots: Option<SnapshotFile>,
        clock: Arc<dyn Clock>,
    ) -> Result<App, StoreError> {
        Self::open_with(store, snapshots, clock, false).await
    }

    async fn open_with(
        store: Arc<dyn EventStore>,
        snapshots: Option<SnapshotFile>,
        clock: Arc<dyn Clock>,
        catch_up_first: bool,
    ) -> Result<App, StoreError> {
        let requests = RequestIndex::new();
        let lines = LineIndex::new();
        let invoices = InvoiceIndex::new();
        let revenue = RevenueModel::new();
        let satisfaction = SatisfactionModel::new();
        let models: Vec<Arc<dyn ReadModel>> = vec![
            Arc::new(requests.clone()),
            Arc::new(lines.clone()),
            Arc::new(invoices.clone()),
            Arc::new(revenue.clone()),
            Arc::new(satisfaction.clone()),
        ];
        let projections = Arc::new(Projections::open(store.clone(), models, snapshots).await?);
        if catch_up_first {
            projections.catch_up().await?;
        }
        let following = projections.clone();
        let runner = tokio::spawn(async move {
            // A failing runner (an undecodable event, a snapshot it cannot take) is logged and
            // restarted; until it recovers, writes still land and reads may lag.
            loop {
                match following.run().await {
                    Ok(()) => return,
                    Err(error) => {
                        tracing::error!(%error, "the projection runner stopped; restarting it in 1 s");
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(App {
            store,
            projections,
            requests,
            lines,
            invoices,
            revenue,
            satisfaction,
            clock,
            cache: cache::StateCache::default(),
            runner: std::sync::Mutex::new(Some(runner)),
            retry_turn: tokio::sync::Mutex::new(()),
        })
    }

    /// Stops following the log, waits until the runner has let go of the store (so the
    /// store can be closed and reopened in the same process), and snapshots the read models
    /// so the next start has nothing to replay.
    pub async fn close(&self) {
        let runner = self
            .runner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(runner) = runner {
            runner.abort();
            let _ = runner.await;
            if let Err(error) = self.projections.snapshot(true).await {
                tracing::warn!(%error, "cannot snapshot the read models (the next start replays the log)");
            }
        }
    }

    /// The event store.
    pub fn store(&self) -> &Arc<dyn EventStore> {
        &self.store
    }

    /// The projections (for readiness and metrics).
    pub fn projections(&self) -> &Arc<Projections> {
        &self.projections
    }

    /// The current instant of the application's clock.
    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }

    /// The venue's currency (the rate card's, USD before any item exists).
    pub fn currency(&self) -> Currency {
        self.projections
            .venue()
            .rate_card
            .currency()
            .unwrap_or(Currency::USD)
    }

    /// Waits (a bounded time) until the read models show a write: read-your-writes. If the
    /// runner is stuck the write has still happened; the caller gets its answer anyway.
    async fn wait_for(&self, position: u64) {
        if tokio::time::timeout(READ_YOUR_WRITES_WAIT, self.projections.wait_for(position))
            .await
            .is_err()
        {
            tracing::warn!(position, "the read models are late; answering without them");
        }
    }

    fn metadata(&self, principal: &Principal) -> Metadata {
        Metadata {
            actor: principal.actor(),
            recorded_at: self.clock.now(),
            correlation_id: None,
            causation_id: None,
            idempotency_key: None,
        }
    }

    async fn events_of(&self, outcome: &AppendOutcome) -> AppResult<Vec<RecordedEvent>> {
        let count = usize::try_from(outcome.last_position - outcome.first_position + 1)
            .unwrap_or(usize::MAX);
        Ok(self.store.read_all(outcome.first_position, count).await?)
    }

    /// Runs a command: decides (through `attempt`), appends, retries after a lost race,
    /// answers a repeated idempotency key with the first result, and waits until the read
    /// models show the write.
    pub(crate) async fn execute<T, F, Fut>(
        &self,
        principal: &Principal,
        idempotency: Option<&Idempotency>,
        attempt: F,
        replay: impl Fn(&[RecordedEvent]) -> Option<T>,
    ) -> AppResult<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = AppResult<Attempt<T>>>,
    {
        self.run_command(principal, idempotency, attempt, replay, false)
            .await
    }

    /// [`App::execute`] for a command that writes a hot stream every such command writes (a
    /// number sequence): it waits for this server's turn before its first attempt, so the
    /// commands of a burst queue up instead of racing each other.
    pub(crate) async fn execute_in_turn<T, F, Fut>(
        &self,
        principal: &Principal,
        idempotency: Option<&Idempotency>,
        attempt: F,
        replay: impl Fn(&[RecordedEvent]) -> Option<T>,
    ) -> AppResult<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = AppResult<Attempt<T>>>,
    {
        self.run_command(principal, idempotency, attempt, replay, true)
            .await
    }

    async fn run_command<T, F, Fut>(
        &self,
        principal: &Principal,
        idempotency: Option<&Idempotency>,
        mut attempt: F,
        replay: impl Fn(&[RecordedEvent]) -> Option<T>,
        in_turn: bool,
    ) -> AppResult<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = AppResult<Attempt<T>>>,
    {
        let scoped = idempotency.map(|idempotency| idempotency.scoped(principal));
        if let (Some(idempotency), Some(key)) = (idempotency, &scoped)
            && let Some(record) = self.store.key_record(key).await?
        {
            // The domain's rule: the same input replays the first result, another is refused.
            convene_domain::idempotency::check_key(
                &idempotency.key,
                &idempotency.fingerprint,
                Some((&record.fingerprint, &record.outcome)),
            )
            .map_err(|error| AppError::User(error::rejected(error)))?;
            self.wait_for(record.outcome.last_position).await;
            let events = self.events_of(&record.outcome).await?;
            return replay(&events).ok_or_else(|| {
                StoreError::Io("an idempotent replay found no result".into()).into()
            });
        }
        // Held from the first lost race (or, in turn, from the start) until the append
        // landed: losers retry one at a time.
        let mut turn = if in_turn {
            Some(self.retry_turn.lock().await)
        } else {
            None
        };
        for lost in 0..MAX_ATTEMPTS {
            if lost >= 2 {
                // Still losing while holding this server's turn: the winners are other
                // servers on the same database. Back off, with jitter, so the servers stop
                // colliding in lockstep.
                tokio::time::sleep(backoff(lost)).await;
            }
            let Attempt {
                appends,
                value,
                guarded,
            } = attempt().await?;
            let mut metadata = self.metadata(principal);
            metadata.idempotency_key = scoped.clone();
            let request = AppendRequest {
                streams: appends,
                metadata,
                fingerprint: idempotency.map(|idempotency| idempotency.fingerprint),
            };
            match self.store.append(request).await {
                Ok(outcome) => {
                    // The next in turn may go while this one waits for the read models.
                    drop(turn);
                    self.wait_for(outcome.last_position).await;
                    if outcome.replayed {
                        let events = self.events_of(&outcome).await?;
                        return replay(&events).ok_or_else(|| {
                            StoreError::Io("an idempotent replay found no result".into()).into()
                        });
                    }
                    return Ok(value);
                }
                Err(StoreError::Conflict {
                    stream, current, ..
                }) if guarded.as_ref() == Some(&stream) => {
                    return Err(UserError::version_conflict(current).into());
                }
                Err(StoreError::Conflict { .. }) => {
                    if turn.is_none() {
                        turn = Some(self.retry_turn.lock().await);
                    }
                    continue;
                }
                Err(StoreError::IdempotencyKeyReused { .. }) => {
                    return Err(reused(
                        idempotency.map_or("", |idempotency| idempotency.key.as_str()),
                    ));
                }
                Err(error) => return Err(error.into()),
            }
        }
        Err(AppError::Contention("the streams of this command".into()))
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Some(runner) = self
            .runner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
        {
            runner.abort();
        }
    }
}

/// The pause before attempt `lost` + 1 of a command that keeps losing its race while
/// holding its server's turn: doubling from 1 ms up to 32 ms, each between half and one and
/// a half times that (random jitter).
fn backoff(lost: usize) -> std::time::Duration {
    use std::hash::{BuildHasher, Hasher};
    let base_us = 1_000u64 << lost.saturating_sub(2).min(5);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_usize(lost);
    let jitter = hasher.finish() % base_us;
    std::time::Duration::from_micros(base_us / 2 + jitter)
}

fn reused(key: &str) -> AppError {
    let error = convene_domain::idempotency::IdempotencyKeyReused {
        key: key.to_string(),
    };
    error::rejected(error).into()
}

#[cfg(test)]
mod tests {
    use super::backoff;
    use std::time::Duration;

    #[test]
    fn backoff_doubles_to_a_cap_with_jitter_around_it() {
        for lost in 2..40 {
            let base = Duration::from_micros(1_000 << (lost - 2).min(5));
            let pause = backoff(lost);
            assert!(
                pause >= base / 2 && pause < base * 3 / 2,
                "{lost}: {pause:?}"
            );
        }
        let pauses: std::collections::BTreeSet<Duration> = (0..50).map(|_| backoff(10)).collect();
        assert!(pauses.len() > 1, "the pauses vary");
    }
}
