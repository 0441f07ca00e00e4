//! The append contract: several streams at once, each with its own expectation, all or
//! nothing; idempotency keys; and the planner every backend shares, which checks the
//! expectations, hands out positions and versions, and seals each record into the chain.

use sha2::{Digest, Sha256};
use std::collections::HashMap;

use crate::envelope::{self, EventData, ExpectedVersion, Metadata, RecordedEvent, StreamId};
use crate::error::StoreError;

/// At most this many stream versions are cached by the planner (about 100 bytes each).
pub const MAX_CACHED_VERSIONS: usize = 1_000_000;

/// At most this many streams in one append.
pub const MAX_STREAMS_PER_APPEND: usize = 64;
/// At most this many events in one append.
pub const MAX_EVENTS_PER_APPEND: usize = 1_000;

/// Events for one stream, with what the writer expects of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamAppend {
    pub stream: StreamId,
    pub expected: ExpectedVersion,
    pub events: Vec<EventData>,
}

/// One atomic append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendRequest {
    pub streams: Vec<StreamAppend>,
    pub metadata: Metadata,
    /// What makes two requests with the same idempotency key "the same": the caller's own
    /// fingerprint of its input when given, else a hash of the streams and events.
    pub fingerprint: Option<[u8; 32]>,
}

/// What an append wrote (or, for a repeated idempotency key, what it wrote the first time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendOutcome {
    pub first_position: u64,
    pub last_position: u64,
    /// Each stream's version after the append.
    pub versions: Vec<(StreamId, u64)>,
    /// True when this is the result of an earlier append with the same key.
    pub replayed: bool,
}

impl AppendRequest {
    /// The fingerprint used to compare requests carrying the same key.
    pub fn effective_fingerprint(&self) -> [u8; 32] {
        if let Some(fingerprint) = self.fingerprint {
            return fingerprint;
        }
        let mut hasher = Sha256::new();
        for append in &self.streams {
            hasher.update(append.stream.as_str().as_bytes());
            hasher.update([0]);
            hasher.update(format!("{}", append.expected).as_bytes());
            for event in &append.events {
                hasher.update(event.event_type.as_bytes());
                hasher.update(event.event_version.to_le_bytes());
                hasher.update((event.payload.len() as u64).to_le_bytes());
                hasher.update(&event.payload);
            }
        }
        hasher.finalize().into()
    }

    fn check(&self) -> Result<(), StoreError> {
        let events: usize = self.streams.iter().map(|append| append.events.len()).sum();
        if self.streams.is_empty() || events == 0 {
            return Err(StoreError::Invalid(
                "an append needs at least one event".into(),
            ));
        }
        if self.streams.len() > MAX_STREAMS_PER_APPEND || events > MAX_EVENTS_PER_APPEND {
            return Err(StoreError::Invalid(format!(
                "an append holds at most {MAX_STREAMS_PER_APPEND} streams and {MAX_EVENTS_PER_APPEND} events"
            )));
        }
        for (i, append) in self.streams.iter().enumerate() {
            if self.streams[..i]
                .iter()
                .any(|other| other.stream == append.stream)
            {
                return Err(StoreError::Invalid(format!(
                    "stream {} appears twice",
                    append.stream
                )));
            }
            for event in &append.events {
                envelope::check_sizes(&append.stream, event, &self.metadata)?;
            }
        }
        Ok(())
    }
}

/// An idempotency record: the request's fingerprint and its first outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRecord {
    pub fingerprint: [u8; 32],
    pub outcome: AppendOutcome,
}

impl KeyRecord {
    /// A compact binary form for backends that store it.
    pub fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(64);
        bytes.extend_from_slice(&self.fingerprint);
        bytes.extend_from_slice(&self.outcome.first_position.to_le_bytes());
        bytes.extend_from_slice(&self.outcome.last_position.to_le_bytes());
        for (stream, version) in &self.outcome.versions {
            let name = stream.as_str().as_bytes();
            bytes.push(u8::try_from(name.len()).expect("stream ids fit 200 bytes"));
            bytes.extend_from_slice(name);
            bytes.extend_from_slice(&version.to_le_bytes());
        }
        bytes
    }

    /// Reads [`KeyRecord::encode`]'s form back.
    pub fn decode(bytes: &[u8]) -> Result<KeyRecord, StoreError> {
        let bad = || StoreError::Io("unreadable idempotency record".into());
        let fingerprint: [u8; 32] = bytes
            .get(..32)
            .ok_or_else(bad)?
            .try_into()
            .map_err(|_| bad())?;
        let number = |at: usize| -> Result<u64, StoreError> {
            Ok(u64::from_le_bytes(
                bytes
                    .get(at..at + 8)
                    .ok_or_else(bad)?
                    .try_into()
                    .map_err(|_| bad())?,
            ))
        };
        let first_position = number(32)?;
        let last_position = number(40)?;
        let mut versions = Vec::new();
        let mut at = 48;
        while at < bytes.len() {
            let len = usize::from(bytes[at]);
            let name = bytes.get(at + 1..at + 1 + len).ok_or_else(bad)?;
            let stream = StreamId::new(String::from_utf8(name.to_vec()).map_err(|_| bad())?)?;
            versions.push((stream, number(at + 1 + len)?));
            at += 1 + len + 8;
        }
        Ok(KeyRecord {
            fingerprint,
            outcome: AppendOutcome {
                first_position,
                last_position,
                versions,
                replayed: false,
            },
        })
    }
}

/// What a backend tells the planner about its durable state.
pub trait Lookup {
    /// The stream's current version (0 when it has no event).
    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError>;
    /// The record stored for an idempotency key.
    fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError>;
}

/// What one planned append will write.
#[derive(Debug)]
pub struct PlannedWrite {
    /// Each event with its sealed record, in position order.
    pub records: Vec<(RecordedEvent, Vec<u8>)>,
    pub outcome: AppendOutcome,
    /// The key record to store with the events.
    pub key: Option<(String, KeyRecord)>,
}

/// The result of planning one request.
#[derive(Debug)]
pub enum Planned {
    /// An earlier append with the same key and fingerprint: nothing to write.
    Replay(AppendOutcome),
    Write(PlannedWrite),
}

/// Hands out positions, versions and chain hashes for a group of appends committed together.
/// It starts from the durable head and sees the earlier appends of its own group, so a
/// group is planned exactly as if its appends had been committed one by one.
#[derive(Debug)]
pub struct Planner {
    head: u64,
    last_hash: [u8; 32],
    versions: HashMap<StreamId, u64>,
    keys: HashMap<String, KeyRecord>,
}

impl Planner {
    /// A planner after the durable event at `head` whose hash is `last_hash`.
    pub fn new(head: u64, last_hash: [u8; 32]) -> Self {
        Planner {
            head,
            last_hash,
            versions: HashMap::new(),
            keys: HashMap::new(),
        }
    }

    /// The position of the last planned event.
    pub fn head(&self) -> u64 {
        self.head
    }

    /// The hash of the last planned event.
    pub fn last_hash(&self) -> [u8; 32] {
        self.last_hash
    }

    /// Call after the group is durable: its keys are then in the backend. Stream versions
    /// stay cached (the planner is the only writer, so they stay true), up to a bound.
    pub fn settle(&mut self) {
        self.keys.clear();
        if self.versions.len() > MAX_CACHED_VERSIONS {
            self.versions.clear();
        }
    }

    fn version(&self, stream: &StreamId, lookup: &impl Lookup) -> Result<u64, StoreError> {
        match self.versions.get(stream) {
            Some(version) => Ok(*version),
            None => lookup.stream_version(stream),
        }
    }

    /// Checks one request against the durable state plus this group, and plans its records.
    pub fn plan(
        &mut self,
        request: AppendRequest,
        lookup: &impl Lookup,
    ) -> Result<Planned, StoreError> {
        request.check()?;
        // Only a keyed request needs its fingerprint (hashing every payload twice costs).
        let fingerprint = request
            .metadata
            .idempotency_key
            .as_ref()
            .map(|_| request.effective_fingerprint());
        if let (Some(key), Some(fingerprint)) = (&request.metadata.idempotency_key, fingerprint) {
            let earlier = match self.keys.get(key) {
                Some(record) => Some(record.clone()),
                None => lookup.key_record(key)?,
            };
            if let Some(record) = earlier {
                return if record.fingerprint == fingerprint {
                    Ok(Planned::Replay(AppendOutcome {
                        replayed: true,
                        ..record.outcome
                    }))
                } else {
                    Err(StoreError::IdempotencyKeyReused { key: key.clone() })
                };
            }
        }
        let mut currents = Vec::with_capacity(request.streams.len());
        for append in &request.streams {
            let current = self.version(&append.stream, lookup)?;
            if !append.expected.admits(current) {
                return Err(StoreError::Conflict {
                    stream: append.stream.clone(),
                    expected: append.expected,
                    current,
                });
            }
            currents.push(current);
        }
        let first_position = self.head + 1;
        let mut records = Vec::new();
        let mut versions = Vec::with_capacity(request.streams.len());
        for (append, current) in request.streams.into_iter().zip(currents) {
            let mut version = current;
            for data in append.events {
                version += 1;
                self.head += 1;
                let mut event = RecordedEvent {
                    position: self.head,
                    stream: append.stream.clone(),
                    version,
                    event_type: data.event_type,
                    event_version: data.event_version,
                    payload: data.payload,
                    metadata: request.metadata.clone(),
                    hash: envelope::GENESIS_HASH,
                };
                let record = envelope::seal(&mut event, &self.last_hash);
                self.last_hash = event.hash;
                records.push((event, record));
            }
            self.versions.insert(append.stream.clone(), version);
            versions.push((append.stream, version));
        }
        let outcome = AppendOutcome {
            first_position,
            last_position: self.head,
            versions,
            replayed: false,
        };
        let key = request
            .metadata
            .idempotency_key
            .zip(fingerprint)
            .map(|(key, fingerprint)| {
                let record = KeyRecord {
                    fingerprint,
                    outcome: outcome.clone(),
                };
                self.keys.insert(key.clone(), record.clone());
                (key, record)
            });
        Ok(Planned::Write(PlannedWrite {
            records,
            outcome,
            key,
        }))
    }
}
