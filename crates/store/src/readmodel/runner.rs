//! The projection runner: reads the log in order and feeds every read model, writing each
//! model's data and checkpoint in one atomic batch per page.

use std::sync::{Arc, RwLock, RwLockReadGuard};
use tokio::sync::{Mutex, watch};

use super::venue::Venue;
use super::{CHECKPOINT_KEY, Staged, sled_error};
use crate::EventStore;
use crate::envelope::RecordedEvent;
use crate::error::StoreError;
use crate::streams::{AnyEvent, decode_any};

/// How many events the runner reads and applies per batch.
const PAGE: usize = 2_048;

/// A persistent read model: one sled tree, fed every event in log order.
pub trait ReadModel: Send + Sync + std::fmt::Debug {
    /// The model's name (for `rebuild` and metrics).
    fn name(&self) -> &'static str;
    /// The tree holding the model's data and checkpoint.
    fn tree(&self) -> &sled::Tree;
    /// Applies one event through `staged`; the runner writes the batch and the checkpoint.
    fn apply(
        &self,
        staged: &mut Staged<'_>,
        event: &RecordedEvent,
        decoded: &AnyEvent,
    ) -> Result<(), StoreError>;
}

fn checkpoint_of(tree: &sled::Tree) -> Result<u64, StoreError> {
    Ok(tree
        .get(CHECKPOINT_KEY)
        .map_err(sled_error)?
        .and_then(|bytes| bytes.as_ref().try_into().ok().map(u64::from_be_bytes))
        .unwrap_or(0))
}

struct Cursor {
    checkpoints: Vec<u64>,
    /// The last position fed to the models (some may have been ahead and skipped it).
    applied: u64,
}

/// Every read model, kept current from the log.
pub struct Projections {
    store: Arc<dyn EventStore>,
    models: Vec<Arc<dyn ReadModel>>,
    venue: RwLock<Venue>,
    cursor: Mutex<Cursor>,
    progress: watch::Sender<u64>,
}

impl std::fmt::Debug for Projections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Projections")
            .field("models", &self.models)
            .field("progress", &*self.progress.borrow())
            .finish()
    }
}

impl Projections {
    /// Loads the venue and every model's checkpoint; call [`Projections::catch_up`] or
    /// [`Projections::run`] to bring them to the head.
    pub async fn open(
        store: Arc<dyn EventStore>,
        models: Vec<Arc<dyn ReadModel>>,
    ) -> Result<Projections, StoreError> {
        let checkpoints = models
            .iter()
            .map(|model| checkpoint_of(model.tree()))
            .collect::<Result<Vec<_>, _>>()?;
        // A model without a checkpoint but with data was being rebuilt when the process
        // stopped (the checkpoint key sorts first, so it goes first): start it clean, or
        // the replay would add to what the interrupted rebuild left behind.
        for (model, checkpoint) in models.iter().zip(&checkpoints) {
            if *checkpoint == 0 && !model.tree().is_empty() {
                model.tree().clear().map_err(sled_error)?;
            }
        }
        let venue = Venue::load(store.as_ref()).await?;
        let done = checkpoints.iter().copied().min().unwrap_or(0);
        Ok(Projections {
            store,
            models,
            venue: RwLock::new(venue),
            cursor: Mutex::new(Cursor {
                checkpoints,
                applied: done,
            }),
            progress: watch::channel(done).0,
        })
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

    /// The lowest and the furthest checkpoint of the read models, as stored (readable while
    /// the runner catches up). A furthest checkpoint above the log's head means the models
    /// hold events the log no longer has (a restored or failed-over database).
    pub fn checkpoint_range(&self) -> Result<(u64, u64), StoreError> {
        let checkpoints = self
            .models
            .iter()
            .map(|model| checkpoint_of(model.tree()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((
            checkpoints.iter().copied().min().unwrap_or(0),
            checkpoints.iter().copied().max().unwrap_or(0),
        ))
    }

    /// Waits until every read model has applied `position` (read-your-writes).
    pub async fn wait_for(&self, position: u64) {
        let mut progress = self.progress.subscribe();
        // The sender lives as long as `self`, so waiting cannot fail while we are borrowed.
        let _ = progress.wait_for(|done| *done >= position).await;
    }

    /// Applies every durable event not yet applied; returns the position reached.
    pub async fn catch_up(&self) -> Result<u64, StoreError> {
        let mut cursor = self.cursor.lock().await;
        loop {
            let next = cursor.applied + 1;
            let page = self.store.read_all(next, PAGE).await?;
            if page.is_empty() {
                let done = next - 1;
                self.progress.send_replace(done);
                return Ok(done);
            }
            self.apply_page(&mut cursor, &page)?;
        }
    }

    /// Follows the log for as long as the store lives, applying events as they become
    /// durable. Returns only on an error (the caller logs it and may restart the runner).
    pub async fn run(&self) -> Result<(), StoreError> {
        let mut head = self.store.watch_head();
        loop {
            self.catch_up().await?;
            if head.changed().await.is_err() {
                return Ok(());
            }
        }
    }

    /// Empties the named read models (all when `names` is empty) and replays the log into
    /// them; the venue is reloaded. Returns the number of events replayed.
    pub async fn rebuild(&self, names: &[&str]) -> Result<u64, StoreError> {
        {
            let mut cursor = self.cursor.lock().await;
            for (index, model) in self.models.iter().enumerate() {
                if names.is_empty() || names.contains(&model.name()) {
                    model.tree().clear().map_err(sled_error)?;
                    cursor.checkpoints[index] = 0;
                }
            }
            cursor.applied = cursor.checkpoints.iter().copied().min().unwrap_or(0);
            let venue = Venue::load(self.store.as_ref()).await?;
            *self
                .venue
                .write()
                .unwrap_or_else(|poisoned| poisoned.into_inner()) = venue;
        }
        self.catch_up().await
    }

    fn apply_page(&self, cursor: &mut Cursor, page: &[RecordedEvent]) -> Result<(), StoreError> {
        let decoded = page.iter().map(decode_any).collect::<Result<Vec<_>, _>>()?;
        {
            let mut venue = self
                .venue
                .write()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            for (event, any) in page.iter().zip(&decoded) {
                if !matches!(any, AnyEvent::Unknown) {
                    venue.apply(event)?;
                }
            }
        }
        let last = page.last().map_or(0, |event| event.position);
        for (index, model) in self.models.iter().enumerate() {
            let checkpoint = cursor.checkpoints[index];
            if checkpoint >= last {
                continue;
            }
            let mut staged = Staged::new(model.tree());
            for (event, any) in page.iter().zip(&decoded) {
                if event.position > checkpoint {
                    model.apply(&mut staged, event, any)?;
                }
            }
            staged.insert(CHECKPOINT_KEY, last.to_be_bytes().to_vec());
            model
                .tree()
                .apply_batch(staged.into_batch())
                .map_err(sled_error)?;
            cursor.checkpoints[index] = last;
        }
        cursor.applied = last;
        self.progress.send_replace(last);
        Ok(())
    }
}
