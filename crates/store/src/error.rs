//! The store's technical failures. Business rules never fail here; a version conflict is
//! the one expected failure, and the application decides what it means.

use crate::envelope::{ExpectedVersion, StreamId};

/// Why the store could not do what it was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// A stream was not at the expected version; nothing was written.
    #[error("stream {stream} is at version {current}, expected {expected}")]
    Conflict {
        stream: StreamId,
        expected: ExpectedVersion,
        current: u64,
    },
    /// The idempotency key was used before for a different append.
    #[error("idempotency key {key:?} was used for a different request")]
    IdempotencyKeyReused { key: String },
    /// A stored record fails its checksum, its chain or its decoding.
    #[error("corrupt event at position {position}: {reason}")]
    Corrupt { position: u64, reason: String },
    /// The store cannot serve the request: the embedded store stopped accepting appends (a
    /// write or an fsync failed, or the disk is full; reads keep working; restart after fixing
    /// the cause), or the database cannot be reached (retry later).
    #[error("the store is unavailable: {reason}")]
    Unavailable { reason: String },
    /// The request breaks a limit or is malformed.
    #[error("invalid append: {0}")]
    Invalid(String),
    /// An I/O or database failure.
    #[error("storage failure: {0}")]
    Io(String),
}

impl From<std::io::Error> for StoreError {
    fn from(error: std::io::Error) -> Self {
        StoreError::Io(error.to_string())
    }
}
