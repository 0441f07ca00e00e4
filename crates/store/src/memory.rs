//! The in-memory backend: the whole contract without a disk, for tests and for benchmarks of
//! everything above the store. It keeps sealed records, so reads check checksums exactly as
//! the durable backends do.

use async_trait::async_trait;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard};
use tokio::sync::watch;

use crate::append::{AppendOutcome, AppendRequest, KeyRecord, Lookup, Planned, Planner};
use crate::envelope::{self, RecordedEvent, StreamId};
use crate::{EventStore, MAX_PAGE, StoreError};

#[derive(Debug)]
struct Inner {
    records: BTreeMap<u64, Vec<u8>>,
    streams: HashMap<StreamId, Vec<u64>>,
    keys: HashMap<String, KeyRecord>,
    planner: Planner,
}

/// The log in memory.
#[derive(Debug)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
    head: watch::Sender<u64>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryStore {
    /// An empty log.
    pub fn new() -> Self {
        MemoryStore {
            inner: Mutex::new(Inner {
                records: BTreeMap::new(),
                streams: HashMap::new(),
                keys: HashMap::new(),
                planner: Planner::new(0, envelope::GENESIS_HASH),
            }),
            head: watch::channel(0).0,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave a half-applied append: records are
        // inserted only after planning succeeded, so the state is usable after a poison.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Changes the stored bytes of one record (for tamper-evidence tests).
    pub fn tamper(&self, position: u64, change: impl FnOnce(&mut Vec<u8>)) {
        if let Some(record) = self.lock().records.get_mut(&position) {
            change(record);
        }
    }

    /// Deletes one record (for tamper-evidence tests).
    pub fn remove(&self, position: u64) {
        self.lock().records.remove(&position);
    }
}

#[async_trait]
impl EventStore for MemoryStore {
    async fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        let mut inner = self.lock();
        let inner = &mut *inner;
        let lookup = LookupView {
            streams: &inner.streams,
            keys: &inner.keys,
        };
        let planned = inner.planner.plan(request, &lookup)?;
        let write = match planned {
            Planned::Replay(outcome) => return Ok(outcome),
            Planned::Write(write) => write,
        };
        for (event, record) in write.records {
            inner
                .streams
                .entry(event.stream.clone())
                .or_default()
                .push(event.position);
            inner.records.insert(event.position, record);
        }
        if let Some((key, record)) = write.key {
            inner.keys.insert(key, record);
        }
        inner.planner.settle();
        self.head.send_replace(write.outcome.last_position);
        Ok(write.outcome)
    }

    async fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let inner = self.lock();
        let Some(positions) = inner.streams.get(stream) else {
            return Ok(Vec::new());
        };
        let skip = usize::try_from(from_version.saturating_sub(1)).unwrap_or(usize::MAX);
        positions
            .iter()
            .skip(skip)
            .take(limit.min(MAX_PAGE))
            .map(|position| match inner.records.get(position) {
                Some(record) => envelope::open(*position, record),
                None => Err(StoreError::Corrupt {
                    position: *position,
                    reason: "event missing".into(),
                }),
            })
            .collect()
    }

    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let inner = self.lock();
        inner
            .records
            .range(from_position.max(1)..)
            .take(limit.min(MAX_PAGE))
            .map(|(position, record)| envelope::open(*position, record))
            .collect()
    }

    async fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        Ok(self
            .lock()
            .streams
            .get(stream)
            .map_or(0, |positions| positions.len() as u64))
    }

    async fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        Ok(self.lock().keys.get(key).cloned())
    }

    fn head(&self) -> u64 {
        *self.head.borrow()
    }

    fn watch_head(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }
}

struct LookupView<'a> {
    streams: &'a HashMap<StreamId, Vec<u64>>,
    keys: &'a HashMap<String, KeyRecord>,
}

impl Lookup for LookupView<'_> {
    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        Ok(self
            .streams
            .get(stream)
            .map_or(0, |positions| positions.len() as u64))
    }

    fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        Ok(self.keys.get(key).cloned())
    }
}
