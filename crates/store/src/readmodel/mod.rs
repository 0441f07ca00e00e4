//! Read models: what queries read instead of replaying streams.
//!
//! Small, hot state (rooms, units, the rate card, missions, tokens) lives in memory in
//! [`Venue`], rebuilt at start by reading its five streams. Indexes that grow with the log
//! (requests per mission and status, lines per unit and status, invoices per mission, revenue
//! and satisfaction per unit) live in sled trees, one tree per read model, each with its
//! checkpoint stored in the same tree and written in the same atomic batch as the data: a
//! restart resumes after the checkpoint, and a crash can neither apply an event twice nor
//! skip one. A request, a room-day schedule or an invoice by id is read from its own stream.

mod indexes;
mod runner;
mod venue;

pub use indexes::{
    InvoiceIndex, LineIndex, Page, RequestIndex, RevenueModel, SatisfactionModel, UnitComment,
};
pub use runner::{Projections, ReadModel};
pub use venue::{IssuedKey, IssuedKeys, Venue};

use std::collections::BTreeMap;

use crate::error::StoreError;

/// The key of a read model's checkpoint inside its tree (sorts before every data key).
pub(crate) const CHECKPOINT_KEY: &[u8] = b"\x00checkpoint";

pub(crate) fn sled_error(error: sled::Error) -> StoreError {
    StoreError::Io(error.to_string())
}

/// Writes staged for one atomic batch, readable before they are applied.
#[derive(Debug)]
pub struct Staged<'a> {
    tree: &'a sled::Tree,
    overlay: BTreeMap<Vec<u8>, Option<Vec<u8>>>,
}

impl<'a> Staged<'a> {
    pub(crate) fn new(tree: &'a sled::Tree) -> Self {
        Staged {
            tree,
            overlay: BTreeMap::new(),
        }
    }

    /// The value under `key`, counting staged writes.
    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        match self.overlay.get(key) {
            Some(value) => Ok(value.clone()),
            None => Ok(self
                .tree
                .get(key)
                .map_err(sled_error)?
                .map(|value| value.to_vec())),
        }
    }

    /// Stages an insert.
    pub fn insert(&mut self, key: impl Into<Vec<u8>>, value: impl Into<Vec<u8>>) {
        self.overlay.insert(key.into(), Some(value.into()));
    }

    /// Stages a removal.
    pub fn remove(&mut self, key: impl Into<Vec<u8>>) {
        self.overlay.insert(key.into(), None);
    }

    pub(crate) fn into_batch(self) -> sled::Batch {
        let mut batch = sled::Batch::default();
        for (key, value) in self.overlay {
            match value {
                Some(value) => batch.insert(key, value),
                None => batch.remove(key),
            }
        }
        batch
    }
}
