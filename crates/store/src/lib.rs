//! Convene's event log: one [`EventStore`] contract with an in-memory backend for tests and a
//! durable embedded backend (segment files, indexed in sled), the subscription that follows
//! the log, and the projections that keep read models current.
//!
//! Every backend runs the same test suite (`tests/suite.rs` drives it through
//! [`testsuite`]), so the contract is defined once.

pub mod append;
pub mod codec;
pub mod envelope;
pub mod error;
pub mod legacy;
pub mod load;
pub mod memory;
pub mod readmodel;
pub mod segment_store;
pub mod segments;
pub mod streams;
pub mod subscription;
pub mod testsuite;

pub use append::{AppendOutcome, AppendRequest, StreamAppend};
pub use envelope::{EventData, ExpectedVersion, Metadata, RecordedEvent, StreamId};
pub use error::StoreError;
pub use memory::MemoryStore;
pub use subscription::Subscription;

use async_trait::async_trait;
use tokio::sync::watch;

/// The largest page a read returns.
pub const MAX_PAGE: usize = 10_000;

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// How many events were checked.
    pub events: u64,
    /// The first position that failed its checksum, its chain or the position sequence, and why.
    pub first_bad: Option<(u64, String)>,
}

/// The event log. Appends are atomic across streams and durable when they return; reads see
/// only durable events.
#[async_trait]
pub trait EventStore: Send + Sync + 'static {
    /// Appends events to one or several streams atomically, each stream checked against its
    /// expected version. With an idempotency key, a repeated request returns the first outcome.
    async fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError>;

    /// Up to `limit` events of `stream` from version `from_version` (1 is the first).
    async fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError>;

    /// Up to `limit` events of the log from `from_position` (1 is the first).
    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError>;

    /// The stream's current version (0 when it has no event).
    async fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError>;

    /// What an idempotency key was first used for, once that append is durable.
    async fn key_record(&self, key: &str) -> Result<Option<append::KeyRecord>, StoreError>;

    /// The position of the last durable event (0 for an empty log).
    fn head(&self) -> u64;

    /// Follows the durable head.
    fn watch_head(&self) -> watch::Receiver<u64>;

    /// Why the store stopped accepting appends, if it did (reads still work).
    fn failure(&self) -> Option<String> {
        None
    }

    /// Walks the whole log: checksums, hash chain, positions 1..n without gap.
    async fn verify(&self) -> Result<VerifyReport, StoreError> {
        verify_by_reading(self).await
    }
}

/// `verify` for any backend, by reading the log page by page up to its head.
pub async fn verify_by_reading<S: EventStore + ?Sized>(
    store: &S,
) -> Result<VerifyReport, StoreError> {
    verify_reading(store, None).await
}

/// `verify` of positions 1..=`up_to` only: for a log that others append to meanwhile, the
/// walk stops at a head read before it began (a later head could move while a page is read,
/// and make a page that ended at the old head look like a hole).
pub async fn verify_up_to<S: EventStore + ?Sized>(
    store: &S,
    up_to: u64,
) -> Result<VerifyReport, StoreError> {
    verify_reading(store, Some(up_to)).await
}

async fn verify_reading<S: EventStore + ?Sized>(
    store: &S,
    up_to: Option<u64>,
) -> Result<VerifyReport, StoreError> {
    let mut previous = envelope::GENESIS_HASH;
    let mut expected = 1u64;
    loop {
        let limit = match up_to {
            Some(last) if expected > last => {
                return Ok(VerifyReport {
                    events: expected - 1,
                    first_bad: None,
                });
            }
            Some(last) => {
                usize::try_from(last - expected + 1).map_or(4_096, |left| left.min(4_096))
            }
            None => 4_096,
        };
        let page = match store.read_all(expected, limit).await {
            Ok(page) => page,
            Err(StoreError::Corrupt { position, reason }) => {
                return Ok(VerifyReport {
                    events: position.saturating_sub(1),
                    first_bad: Some((position, reason)),
                });
            }
            Err(error) => return Err(error),
        };
        if page.is_empty() {
            let head = up_to.unwrap_or_else(|| store.head());
            if expected <= head {
                return Ok(VerifyReport {
                    events: expected - 1,
                    first_bad: Some((expected, "event missing".to_string())),
                });
            }
            return Ok(VerifyReport {
                events: expected - 1,
                first_bad: None,
            });
        }
        for event in page {
            if event.position != expected {
                return Ok(VerifyReport {
                    events: expected - 1,
                    first_bad: Some((
                        expected,
                        format!("event missing (found position {} next)", event.position),
                    )),
                });
            }
            if let Err(StoreError::Corrupt { position, reason }) =
                envelope::check_link(&event, &previous)
            {
                return Ok(VerifyReport {
                    events: expected - 1,
                    first_bad: Some((position, reason)),
                });
            }
            previous = event.hash;
            expected += 1;
        }
    }
}
