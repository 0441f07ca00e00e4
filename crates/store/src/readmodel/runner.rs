//! The projection runner: applies the durable log, in order, to every read model in memory,
//! and snapshots them every so many events.
//!
//! A command that has appended calls [`Projections::wait_for`] with its last position: if the
//! models are not there yet, the command applies what is durable itself, so its answer
//! follows its own write without waiting for another task. The runner task follows the log
//! for everything else (other servers' writes on PostgreSQL) and writes the snapshots. Both
//! go through one gate, so events are applied once each and in log order.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard};
use tokio::sync::watch;

use super::facts::{Fact, fact_of};
use super::snapshot::{Snapshot, SnapshotFile};
use super::venue::Venue;
use crate::EventStore;
use crate::envelope::{GENESIS_HASH, RecordedEvent};
use crate::error::StoreError;

/// How many events the runner reads and applies per batch.
const PAGE: usize = 4_096;
/// How many pages are read and decoded ahead of the one being applied.
const READ_AHEAD: usize = 2;
/// By default, a snapshot once this many events have been applied since the last one.
pub const SNAPSHOT_EVERY: u64 = 100_000;

/// What a model could not apply: the facts before `applied` are in, the rest are not.
#[derive(Debug)]
pub struct Partial {
    pub applied: usize,
    pub error: StoreError,
}

/// A read model in memory, fed every event's [`Fact`] in log order.
pub trait ReadModel: Send + Sync + std::fmt::Debug {
    /// The model's name (for `rebuild`, metrics and the snapshot).
    fn name(&self) -> &'static str;
    /// Applies facts in order, each with its event's position; a fact is checked before it
    /// changes anything, so on an error the model holds exactly the facts before it.
    fn apply(&self, facts: &[(u64, &Fact)]) -> Result<(), Partial>;
    /// Forgets everything.
    fn clear(&self);
    /// The model's state, for a snapshot.
    fn save(&self) -> Result<Vec<u8>, StoreError>;
    /// Replaces the state with a saved one.
    fn restore(&self, bytes: &[u8]) -> Result<(), StoreError>;
}

#[derive(Debug)]
struct Cursor {
    /// The last position each model holds.
    checkpoints: Vec<u64>,
    /// The last position fed to the models, and its event's hash.
    applied: u64,
    hash: [u8; 32],
    /// The position of the last snapshot written or loaded.
    snapshotted: u64,
}

/// Every read model, kept current from the log.
pub struct Projections {
    store: Arc<dyn EventStore>,
    models: Vec<Arc<dyn ReadModel>>,
    venue: RwLock<Venue>,
    /// Held while events are read and applied (and while a snapshot is taken), so each is
    /// applied once and in order.
    gate: tokio::sync::Mutex<()>,
    cursor: Mutex<Cursor>,
    progress: watch::Sender<u64>,
    snapshots: Option<SnapshotFile>,
    snapshot_every: u64,
}

impl std::fmt::Debug for Projections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Projections")
            .field("models", &self.models)
            .field("progress", &*self.progress.borrow())
            .field("snapshots", &self.snapshots)
            .finish()
    }
}

impl Projections {
    /// Loads the venue, and the models from their snapshot when it is usable (else they
    /// start empty); call [`Projections::catch_up`] or [`Projections::run`] to bring them to
    /// the head.
    pub async fn open(
        store: Arc<dyn EventStore>,
        models: Vec<Arc<dyn ReadModel>>,
        snapshots: Option<SnapshotFile>,
    ) -> Result<Projections, StoreError> {
        let mut cursor = Cursor {
            checkpoints: vec![0; models.len()],
            applied: 0,
            hash: GENESIS_HASH,
            snapshotted: 0,
        };
        if let Some(file) = &snapshots {
            match Self::load_snapshot(store.as_ref(), &models, file).await {
                Ok(Some((position, hash))) => {
                    cursor.checkpoints.fill(position);
                    cursor.applied = position;
                    cursor.hash = hash;
                    cursor.snapshotted = position;
                    tracing::info!(position, path = %file.path().display(), "read models loaded from their snapshot");
                }
                Ok(None) => {}
                Err(reason) => {
                    for model in &models {
                        model.clear();
                    }
                    tracing::warn!(path = %file.path().display(), %reason, "the read models' snapshot is not used: they are rebuilt from the log");
                }
            }
        }
        let venue = Venue::load(store.as_ref()).await?;
        let done = cursor.applied;
        Ok(Projections {
            store,
            models,
            venue: RwLock::new(venue),
            gate: tokio::sync::Mutex::new(()),
            cursor: Mutex::new(cursor),
            progress: watch::channel(done).0,
            snapshots,
            snapshot_every: SNAPSHOT_EVERY,
        })
    }

    /// Snapshots once this many events have been applied since the last one.
    pub fn with_snapshot_every(mut self, events: u64) -> Self {
        self.snapshot_every = events.max(1);
        self
    }

    /// Restores every model from the snapshot, if there is one and it belongs to this log:
    /// the event at its position must exist and have its hash. Returns its position and hash.
    async fn load_snapshot(
        store: &dyn EventStore,
        models: &[Arc<dyn ReadModel>],
        file: &SnapshotFile,
    ) -> Result<Option<(u64, [u8; 32])>, String> {
        let Some(snapshot) = file.read()? else {
            return Ok(None);
        };
        if snapshot.position == 0 {
            return Ok(None);
        }
        let event = store
            .read_all(snapshot.position, 1)
            .await
            .map_err(|error| format!("cannot read the log at its position: {error}"))?;
        match event.first() {
            Some(event) if event.position == snapshot.position && event.hash == snapshot.hash => {}
            Some(_) => {
                return Err(format!(
                    "it was taken at position {} of another log",
                    snapshot.position
                ));
            }
            None => {
                return Err(format!(
                    "it is ahead of the log: position {}, the log ends before it",
                    snapshot.position
                ));
            }
        }
        for model in models {
            let state = snapshot
                .models
                .iter()
                .find(|(name, _)| name == model.name())
                .ok_or_else(|| format!("it has no {} model", model.name()))?;
            model.restore(&state.1).map_err(|error| error.to_string())?;
        }
        Ok(Some((snapshot.position, snapshot.hash)))
    }

    fn cursor(&self) -> MutexGuard<'_, Cursor> {
        self.cursor
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The venue's reference data, current up to [`Projections::position`].
    pub fn venue(&self) -> RwLockReadGuard<'_, Venue> {
        self.venue
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The position every read model has reached.
    pub fn position(&self) -> u64 {
        *self.progress.borrow()
    }

    /// The lowest and the furthest position the read models hold. A furthest position above
    /// the log's head means the models hold events the log no longer has.
    pub fn checkpoint_range(&self) -> Result<(u64, u64), StoreError> {
        let cursor = self.cursor();
        Ok((
            cursor.checkpoints.iter().copied().min().unwrap_or(0),
            cursor.checkpoints.iter().copied().max().unwrap_or(0),
        ))
    }

    /// Returns once every read model has applied `position` (read-your-writes). What is
    /// durable is applied right here if the runner has not applied it yet; only a position
    /// this process cannot read yet (another server's write on PostgreSQL) is waited for.
    pub async fn wait_for(&self, position: u64) {
        if self.position() >= position {
            return;
        }
        match self.catch_up_to(Some(position)).await {
            Ok(done) if done >= position => return,
            Ok(_) => {}
            Err(error) => {
                tracing::warn!(%error, position, "cannot apply the log to the read models");
            }
        }
        let mut progress = self.progress.subscribe();
        // The sender lives as long as `self`, so waiting cannot fail while we are borrowed.
        let _ = progress.wait_for(|done| *done >= position).await;
    }

    /// Applies every durable event not yet applied; returns the position reached.
    pub async fn catch_up(&self) -> Result<u64, StoreError> {
        self.catch_up_to(None).await
    }

    /// Applies what is durable, stopping early once `enough` is reached. While a page is
    /// applied, the next pages are read and decoded on other threads.
    async fn catch_up_to(&self, enough: Option<u64>) -> Result<u64, StoreError> {
        let _gate = self.gate.lock().await;
        // Pages being read ahead, each with the position it starts at.
        let mut ahead: VecDeque<(u64, tokio::task::JoinHandle<Result<Decoded, StoreError>>)> =
            VecDeque::new();
        loop {
            let next = {
                let cursor = self.cursor();
                if enough.is_some_and(|enough| cursor.applied >= enough) {
                    return Ok(cursor.applied);
                }
                cursor.applied + 1
            };
            // A page read ahead is used only if it starts where the log goes on (the one
            // before it may have ended early, at the head of the moment).
            let page = match ahead.pop_front() {
                Some((start, reading)) if start == next => reading
                    .await
                    .map_err(|error| StoreError::Io(format!("reading the log: {error}")))??,
                Some(_) => {
                    ahead.clear();
                    Decoded::read(self.store.as_ref(), next).await?
                }
                None => Decoded::read(self.store.as_ref(), next).await?,
            };
            let Some(last) = page.events.last().map(|event| event.position) else {
                let done = next - 1;
                self.progress.send_replace(done);
                return Ok(done);
            };
            if page.failure.is_none() {
                let head = self.store.head();
                let mut from = ahead
                    .back()
                    .map_or(last + 1, |(start, _)| start + PAGE as u64);
                while ahead.len() < READ_AHEAD && from <= head {
                    let store = self.store.clone();
                    ahead.push_back((
                        from,
                        tokio::spawn(async move { Decoded::read(store.as_ref(), from).await }),
                    ));
                    from += PAGE as u64;
                }
            }
            self.apply_page(page)?;
        }
    }

    /// Follows the log for as long as the store lives, applying events as they become
    /// durable and snapshotting when one is due. Returns only on an error (the caller logs
    /// it and may restart the runner).
    pub async fn run(&self) -> Result<(), StoreError> {
        let mut head = self.store.watch_head();
        loop {
            self.catch_up().await?;
            self.snapshot(false).await?;
            if head.changed().await.is_err() {
                return Ok(());
            }
        }
    }

    /// Writes a snapshot of every model (when `always`, or when one is due) if there is a
    /// snapshot file and every model is at the same position. Returns whether it wrote one.
    pub async fn snapshot(&self, always: bool) -> Result<bool, StoreError> {
        let Some(file) = self.snapshots.clone() else {
            return Ok(false);
        };
        let snapshot = {
            let _gate = self.gate.lock().await;
            let mut cursor = self.cursor();
            let due = cursor.applied >= cursor.snapshotted + self.snapshot_every
                || (always && cursor.applied > cursor.snapshotted);
            if !due
                || cursor.applied == 0
                || cursor
                    .checkpoints
                    .iter()
                    .any(|done| *done != cursor.applied)
            {
                return Ok(false);
            }
            let models = self
                .models
                .iter()
                .map(|model| Ok((model.name().to_string(), model.save()?)))
                .collect::<Result<Vec<_>, StoreError>>()?;
            cursor.snapshotted = cursor.applied;
            Snapshot {
                position: cursor.applied,
                hash: cursor.hash,
                models,
            }
        };
        let position = snapshot.position;
        let written = tokio::task::spawn_blocking(move || file.write(&snapshot))
            .await
            .map_err(|error| StoreError::Io(error.to_string()))?;
        match written {
            Ok(()) => {
                tracing::debug!(position, "read models snapshotted");
                Ok(true)
            }
            Err(error) => {
                // The models and the log are fine; the next start replays more of the log.
                tracing::warn!(%error, position, "cannot write the read models' snapshot");
                Ok(false)
            }
        }
    }

    /// Empties the named read models (all when `names` is empty) and replays the log into
    /// them; the venue is reloaded. Returns the position reached.
    pub async fn rebuild(&self, names: &[&str]) -> Result<u64, StoreError> {
        {
            let _gate = self.gate.lock().await;
            let venue = Venue::load(self.store.as_ref()).await?;
            let mut cursor = self.cursor();
            for (index, model) in self.models.iter().enumerate() {
                if names.is_empty() || names.contains(&model.name()) {
                    model.clear();
                    cursor.checkpoints[index] = 0;
                }
            }
            cursor.applied = cursor.checkpoints.iter().copied().min().unwrap_or(0);
            *self
                .venue
                .write()
                .unwrap_or_else(|poisoned| poisoned.into_inner()) = venue;
        }
        self.catch_up().await
    }

    fn apply_page(&self, page: Decoded) -> Result<(), StoreError> {
        let Decoded {
            events: page,
            facts,
            failure,
        } = page;
        let readable = &page[..facts.len()];
        {
            let mut venue = self
                .venue
                .write()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            for event in readable {
                venue.apply(event)?;
            }
        }
        let mut cursor = self.cursor();
        for (index, model) in self.models.iter().enumerate() {
            let checkpoint = cursor.checkpoints[index];
            let from = facts.partition_point(|(position, _)| *position <= checkpoint);
            if from == facts.len() {
                continue;
            }
            let batch: Vec<(u64, &Fact)> = facts[from..]
                .iter()
                .map(|(position, fact)| (*position, fact))
                .collect();
            match model.apply(&batch) {
                Ok(()) => cursor.checkpoints[index] = batch[batch.len() - 1].0,
                Err(Partial { applied, error }) => {
                    if applied > 0 {
                        cursor.checkpoints[index] = batch[applied - 1].0;
                    }
                    let done = cursor.checkpoints.iter().copied().min().unwrap_or(0);
                    if let Some(event) = page.iter().find(|event| event.position == done) {
                        cursor.applied = done;
                        cursor.hash = event.hash;
                        self.progress.send_replace(done);
                    }
                    return Err(error);
                }
            }
        }
        if let Some(last) = readable.last() {
            cursor.applied = last.position;
            cursor.hash = last.hash;
            self.progress.send_replace(last.position);
        }
        match failure {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// A page of the log with the facts of its events, up to the first that cannot be read.
struct Decoded {
    events: Vec<RecordedEvent>,
    facts: Vec<(u64, Fact)>,
    failure: Option<StoreError>,
}

impl Decoded {
    async fn read(store: &dyn EventStore, from: u64) -> Result<Decoded, StoreError> {
        let events = store.read_all(from, PAGE).await?;
        let mut facts = Vec::with_capacity(events.len());
        let mut failure = None;
        for event in &events {
            match fact_of(event) {
                Ok(fact) => facts.push((event.position, fact)),
                Err(error) => {
                    failure = Some(error);
                    break;
                }
            }
        }
        Ok(Decoded {
            events,
            facts,
            failure,
        })
    }
}
