//! What the log stores: the envelope of every event, its binary encoding, the checksum that
//! guards each record and the hash chain that links it to the one before.
//!
//! Only this module knows the encoding. A record is `body ‖ hash (32 bytes) ‖ CRC-32 (4 bytes)`
//! where `hash = SHA-256(previous hash ‖ body)` and the CRC covers body and hash. The body is
//! little-endian and length-prefixed, starting with a format byte so it can evolve.

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use std::fmt;
use uuid::Uuid;

use crate::error::StoreError;

/// The format byte of the current encoding.
const FORMAT: u8 = 1;
/// The hash before the first event.
pub const GENESIS_HASH: [u8; 32] = [0; 32];
/// The largest payload of one event (64 KiB). Large events are not free on sled: a tree node
/// over about 128 KiB goes to a blob file of its own, which the writer must fsync too.
pub const MAX_PAYLOAD_BYTES: usize = 64 * 1024;
/// The longest stream id, event type, actor or idempotency key.
pub const MAX_NAME_BYTES: usize = 200;

/// A stream's name, e.g. `request-0190…` or `schedule-CR4-2026-05-12`: 1 to 200 characters
/// from `A-Z a-z 0-9 - _ . :`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StreamId(String);

impl StreamId {
    /// Checks the characters and the length.
    pub fn new(name: impl Into<String>) -> Result<Self, StoreError> {
        let name = name.into();
        let valid = !name.is_empty()
            && name.len() <= MAX_NAME_BYTES
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
        if valid {
            Ok(Self(name))
        } else {
            Err(StoreError::Invalid(format!("malformed stream id {name:?}")))
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for StreamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the writer expects of a stream before appending to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedVersion {
    /// Whatever it is.
    Any,
    /// The stream has no event yet.
    NoStream,
    /// The stream's last event has exactly this version (0 means no event yet).
    Exact(u64),
}

impl ExpectedVersion {
    /// Whether a stream at `current` (0 = empty) satisfies the expectation.
    pub fn admits(self, current: u64) -> bool {
        match self {
            ExpectedVersion::Any => true,
            ExpectedVersion::NoStream => current == 0,
            ExpectedVersion::Exact(expected) => expected == current,
        }
    }
}

impl fmt::Display for ExpectedVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExpectedVersion::Any => f.write_str("any"),
            ExpectedVersion::NoStream => f.write_str("no stream"),
            ExpectedVersion::Exact(version) => write!(f, "version {version}"),
        }
    }
}

/// An event to append: its type, the version of its stored form, and its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventData {
    pub event_type: String,
    pub event_version: u16,
    pub payload: Vec<u8>,
}

/// Who and when, shared by every event of one append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// Who asked (a principal's description, e.g. `mission:FRA`).
    pub actor: String,
    /// When the command was decided (the application's clock).
    pub recorded_at: Timestamp,
    pub correlation_id: Option<Uuid>,
    pub causation_id: Option<Uuid>,
    pub idempotency_key: Option<String>,
}

/// One stored event with its place in the log and its stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedEvent {
    /// The global position: 1, 2, 3 … with no gap.
    pub position: u64,
    pub stream: StreamId,
    /// The version in its stream: 1, 2, 3 … with no gap.
    pub version: u64,
    pub event_type: String,
    pub event_version: u16,
    pub payload: Vec<u8>,
    pub metadata: Metadata,
    /// SHA-256 of the previous event's hash and this event's body.
    pub hash: [u8; 32],
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i128(&mut self, v: i128) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn short(&mut self, bytes: &[u8]) {
        let len = u16::try_from(bytes.len()).expect("names are checked to fit 200 bytes");
        self.u16(len);
        self.0.extend_from_slice(bytes);
    }
    fn long(&mut self, bytes: &[u8]) {
        let len = u32::try_from(bytes.len()).expect("payloads are checked to fit 64 KiB");
        self.0.extend_from_slice(&len.to_le_bytes());
        self.0.extend_from_slice(bytes);
    }
    fn uuid(&mut self, id: Option<Uuid>) {
        match id {
            Some(id) => {
                self.u8(1);
                self.0.extend_from_slice(id.as_bytes());
            }
            None => self.u8(0),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.array()?))
    }
    fn i128(&mut self) -> Option<i128> {
        Some(i128::from_le_bytes(self.array()?))
    }
    fn short(&mut self) -> Option<&'a [u8]> {
        let len = usize::from(self.u16()?);
        self.take(len)
    }
    fn long(&mut self) -> Option<&'a [u8]> {
        let len = usize::try_from(u32::from_le_bytes(self.array()?)).ok()?;
        self.take(len)
    }
    fn string(&mut self) -> Option<String> {
        String::from_utf8(self.short()?.to_vec()).ok()
    }
    fn uuid(&mut self) -> Option<Option<Uuid>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(Uuid::from_bytes(self.array()?))),
            _ => None,
        }
    }
}

/// Encodes the body of an event (everything the hash and checksum cover).
fn encode_body(event: &RecordedEvent) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(128 + event.payload.len()));
    w.u8(FORMAT);
    w.u64(event.position);
    w.u64(event.version);
    w.short(event.stream.as_str().as_bytes());
    w.short(event.event_type.as_bytes());
    w.u16(event.event_version);
    w.short(event.metadata.actor.as_bytes());
    w.i128(event.metadata.recorded_at.as_nanosecond());
    w.uuid(event.metadata.correlation_id);
    w.uuid(event.metadata.causation_id);
    match &event.metadata.idempotency_key {
        Some(key) => {
            w.u8(1);
            w.short(key.as_bytes());
        }
        None => w.u8(0),
    }
    w.long(&event.payload);
    w.0
}

/// The hash that links an event body to the one before it.
pub fn chain_hash(previous: &[u8; 32], body: &[u8]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(previous);
    hasher.update(body);
    hasher.finalize().into()
}

/// Fills in `event.hash` from the previous hash and encodes the whole record.
pub fn seal(event: &mut RecordedEvent, previous: &[u8; 32]) -> Vec<u8> {
    let mut record = encode_body(event);
    event.hash = chain_hash(previous, &record);
    record.extend_from_slice(&event.hash);
    let crc = crc32fast::hash(&record);
    record.extend_from_slice(&crc.to_le_bytes());
    record
}

/// Decodes a record, checking its checksum; `position` is where it was found, for errors.
pub fn open(position: u64, record: &[u8]) -> Result<RecordedEvent, StoreError> {
    let corrupt = |reason: &str| StoreError::Corrupt {
        position,
        reason: reason.to_string(),
    };
    if record.len() < 36 {
        return Err(corrupt("record too short"));
    }
    let (sealed, crc) = record.split_at(record.len() - 4);
    let crc = u32::from_le_bytes(crc.try_into().map_err(|_| corrupt("record too short"))?);
    if crc32fast::hash(sealed) != crc {
        return Err(corrupt("checksum mismatch"));
    }
    let (body, hash) = sealed.split_at(sealed.len() - 32);
    let mut r = Reader { bytes: body };
    let event = (|| {
        if r.u8()? != FORMAT {
            return None;
        }
        let position = r.u64()?;
        let version = r.u64()?;
        let stream = StreamId(r.string()?);
        let event_type = r.string()?;
        let event_version = r.u16()?;
        let actor = r.string()?;
        let recorded_at = Timestamp::from_nanosecond(r.i128()?).ok()?;
        let correlation_id = r.uuid()?;
        let causation_id = r.uuid()?;
        let idempotency_key = match r.u8()? {
            0 => None,
            1 => Some(r.string()?),
            _ => return None,
        };
        let payload = r.long()?.to_vec();
        if !r.bytes.is_empty() {
            return None;
        }
        Some(RecordedEvent {
            position,
            stream,
            version,
            event_type,
            event_version,
            payload,
            metadata: Metadata {
                actor,
                recorded_at,
                correlation_id,
                causation_id,
                idempotency_key,
            },
            hash: hash.try_into().ok()?,
        })
    })()
    .ok_or_else(|| corrupt("undecodable record"))?;
    if event.position != position {
        return Err(corrupt("record holds another position"));
    }
    Ok(event)
}

/// Checks that `event` follows `previous_hash` in the chain.
pub fn check_link(event: &RecordedEvent, previous_hash: &[u8; 32]) -> Result<(), StoreError> {
    let body = encode_body(event);
    if chain_hash(previous_hash, &body) == event.hash {
        Ok(())
    } else {
        Err(StoreError::Corrupt {
            position: event.position,
            reason: "hash chain broken".to_string(),
        })
    }
}

/// Checks the sizes of an event before it is written.
pub fn check_sizes(
    stream: &StreamId,
    data: &EventData,
    metadata: &Metadata,
) -> Result<(), StoreError> {
    if data.payload.len() > MAX_PAYLOAD_BYTES {
        return Err(StoreError::Invalid(format!(
            "event payload of {} bytes exceeds {MAX_PAYLOAD_BYTES}",
            data.payload.len()
        )));
    }
    let names = [
        data.event_type.as_str(),
        metadata.actor.as_str(),
        metadata.idempotency_key.as_deref().unwrap_or(""),
    ];
    if data.event_type.is_empty() || names.iter().any(|name| name.len() > MAX_NAME_BYTES) {
        return Err(StoreError::Invalid(format!(
            "an event type, actor or key on {stream} is empty or too long"
        )));
    }
    Ok(())
}
