//! The embedded durable backend on sled 0.34, with group commit and a real fsync.
//!
//! One writer thread owns every append. It takes all appends waiting in its queue (up to
//! [`MAX_GROUP`]), plans them one after the other, writes them in one atomic sled batch,
//! calls sled's `flush` and then `fsync`s sled's data file (sled 0.34's flush only uses
//! `sync_file_range`, which neither flushes the device cache nor the file size) and every
//! blob file sled wrote since the last group (sled logs a tree node larger than a quarter of
//! a segment, about 128 KiB, to a file of its own under `blobs/` and never syncs it; leaves
//! of events from about 10 KB up are that large), and only then answers every append of the
//! group and moves the durable head. Readers never see past
//! the durable head. If a write or an fsync fails (disk full, I/O error), the store stops
//! accepting appends for good, answers why, and keeps serving reads; nothing it could not
//! make durable is ever acknowledged.
//!
//! Keys in the `log` tree: `e` + position (big-endian) → sealed record; `v` + stream + 0 +
//! version → position; `k` + idempotency key → key record; `m:head` → last position.

use async_trait::async_trait;
use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tokio::sync::{mpsc, oneshot, watch};

use crate::append::{AppendOutcome, AppendRequest, KeyRecord, Lookup, Planned, Planner};
use crate::envelope::{self, RecordedEvent, StreamId};
use crate::{EventStore, MAX_PAGE, StoreError, VerifyReport};

/// At most this many appends are committed by one fsync.
pub const MAX_GROUP: usize = 4_096;
/// At most this many appends wait for the writer; further appends wait for room.
pub const MAX_QUEUE: usize = 65_536;
/// How many of the last events are checked when the store opens.
pub const TAIL_CHECK: usize = 256;

const HEAD_KEY: &[u8] = b"m:head";

/// Where a fault can be injected (tests of disk trouble).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultPoint {
    /// Before the group's batch is written.
    Write,
    /// Before the fsync that makes a group durable.
    Sync,
}

/// A hook that can make a write or an fsync fail.
pub type FaultHook = Arc<dyn Fn(FaultPoint) -> io::Result<()> + Send + Sync>;

/// How to open a sled store.
#[derive(Clone)]
pub struct SledConfig {
    pub path: PathBuf,
    /// sled's page cache in bytes.
    pub cache_bytes: u64,
    pub fault: Option<FaultHook>,
}

impl std::fmt::Debug for SledConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledConfig")
            .field("path", &self.path)
            .field("cache_bytes", &self.cache_bytes)
            .finish()
    }
}

impl SledConfig {
    /// Defaults for a data directory: a 64 MiB cache, no faults.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        SledConfig {
            path: path.into(),
            cache_bytes: 64 * 1024 * 1024,
            fault: None,
        }
    }
}

struct Job {
    request: AppendRequest,
    reply: oneshot::Sender<Result<AppendOutcome, StoreError>>,
}

/// The sled-backed log.
pub struct SledStore {
    db: sled::Db,
    log: sled::Tree,
    path: PathBuf,
    jobs: Mutex<Option<mpsc::Sender<Job>>>,
    head: watch::Sender<u64>,
    failure: Arc<Mutex<Option<String>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for SledStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledStore")
            .field("path", &self.path)
            .field("head", &*self.head.borrow())
            .finish()
    }
}

fn io_error(error: sled::Error) -> StoreError {
    StoreError::Io(error.to_string())
}

fn event_key(position: u64) -> [u8; 9] {
    let mut key = [b'e'; 9];
    key[1..].copy_from_slice(&position.to_be_bytes());
    key
}

fn stream_prefix(stream: &StreamId) -> Vec<u8> {
    let mut key = Vec::with_capacity(stream.as_str().len() + 10);
    key.push(b'v');
    key.extend_from_slice(stream.as_str().as_bytes());
    key.push(0);
    key
}

fn version_key(stream: &StreamId, version: u64) -> Vec<u8> {
    let mut key = stream_prefix(stream);
    key.extend_from_slice(&version.to_be_bytes());
    key
}

fn key_key(key: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(key.len() + 1);
    bytes.push(b'k');
    bytes.extend_from_slice(key.as_bytes());
    bytes
}

fn be_u64(bytes: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(bytes.try_into().ok()?))
}

/// The last (version, position) of a stream, ignoring events past `limit`.
fn last_version(log: &sled::Tree, stream: &StreamId, limit: u64) -> Result<u64, StoreError> {
    let prefix = stream_prefix(stream);
    for entry in log.scan_prefix(&prefix).rev() {
        let (key, value) = entry.map_err(io_error)?;
        let position =
            be_u64(&value).ok_or_else(|| StoreError::Io("unreadable stream index".into()))?;
        if position <= limit {
            return be_u64(&key[prefix.len()..])
                .ok_or_else(|| StoreError::Io("unreadable stream index".into()));
        }
    }
    Ok(0)
}

struct TreeLookup<'a>(&'a sled::Tree);

impl Lookup for TreeLookup<'_> {
    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        last_version(self.0, stream, u64::MAX)
    }

    fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        match self.0.get(key_key(key)).map_err(io_error)? {
            Some(bytes) => Ok(Some(KeyRecord::decode(&bytes)?)),
            None => Ok(None),
        }
    }
}

/// Reads and checks the tail the store will append after: the last events' checksums, their
/// chain links and positions, and the stored head. Returns the head and the last hash.
fn check_tail(log: &sled::Tree) -> Result<(u64, [u8; 32]), StoreError> {
    let stored_head = match log.get(HEAD_KEY).map_err(io_error)? {
        Some(bytes) => be_u64(&bytes).ok_or_else(|| StoreError::Corrupt {
            position: 0,
            reason: "unreadable head".into(),
        })?,
        None => 0,
    };
    let mut tail = Vec::new();
    for entry in log
        .range(event_key(0)..=event_key(u64::MAX))
        .rev()
        .take(TAIL_CHECK)
    {
        let (key, record) = entry.map_err(io_error)?;
        let position = be_u64(&key[1..]).ok_or_else(|| StoreError::Corrupt {
            position: 0,
            reason: "unreadable key".into(),
        })?;
        tail.push(envelope::open(position, &record)?);
    }
    tail.reverse();
    let last = tail.last().map_or(0, |event| event.position);
    if last != stored_head {
        return Err(StoreError::Corrupt {
            position: last.min(stored_head) + 1,
            reason: format!("the log ends at position {last} but its head says {stored_head}"),
        });
    }
    for pair in tail.windows(2) {
        if pair[1].position != pair[0].position + 1 {
            return Err(StoreError::Corrupt {
                position: pair[0].position + 1,
                reason: "event missing".into(),
            });
        }
        envelope::check_link(&pair[1], &pair[0].hash)?;
    }
    if let Some(first) = tail.first()
        && first.position == 1
    {
        envelope::check_link(first, &envelope::GENESIS_HASH)?;
    }
    Ok((
        last,
        tail.last()
            .map_or(envelope::GENESIS_HASH, |event| event.hash),
    ))
}

impl SledStore {
    /// Opens (or creates) the store, checks its tail and starts the writer.
    pub fn open(config: SledConfig) -> Result<SledStore, StoreError> {
        std::fs::create_dir_all(&config.path)?;
        let db = sled::Config::new()
            .path(&config.path)
            .cache_capacity(config.cache_bytes)
            .mode(sled::Mode::HighThroughput)
            .open()
            .map_err(|error| {
                StoreError::Io(format!("cannot open {}: {error}", config.path.display()))
            })?;
        let log = db.open_tree("log").map_err(io_error)?;
        let (head, last_hash) = check_tail(&log).map_err(|error| match error {
            StoreError::Corrupt { position, reason } => StoreError::Corrupt {
                position,
                reason: format!(
                    "refusing to open {}: broken tail: {reason}",
                    config.path.display()
                ),
            },
            other => other,
        })?;
        // Make the directory entries of sled's files durable once.
        File::open(&config.path)?.sync_all()?;
        let data_file = File::options()
            .read(true)
            .write(true)
            .open(config.path.join("db"))?;
        let (jobs, receiver) = mpsc::channel(MAX_QUEUE);
        let (head_sender, _) = watch::channel(head);
        let failure = Arc::new(Mutex::new(None));
        let syncer = Syncer {
            db: db.clone(),
            data_file,
            blobs_dir: config.path.join("blobs"),
            synced_blobs: HashSet::new(),
            head: head_sender.clone(),
            failure: failure.clone(),
            fault: config.fault.clone(),
        };
        let writer = Writer::start(log.clone(), Planner::new(head, last_hash), syncer)?;
        let handle = std::thread::Builder::new()
            .name("convene-store-writer".into())
            .spawn(move || writer.run(receiver))?;
        Ok(SledStore {
            db,
            log,
            path: config.path,
            jobs: Mutex::new(Some(jobs)),
            head: head_sender,
            failure,
            writer: Mutex::new(Some(handle)),
        })
    }

    /// The data directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the store stopped accepting appends, if it did.
    pub fn failure(&self) -> Option<String> {
        self.failure
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// The sled database, for read models kept in their own trees.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// Stops the writer after the appends already queued, and flushes.
    pub fn close(&self) {
        self.jobs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(handle) = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
        {
            let _ = handle.join();
        }
        let _ = self.db.flush();
    }

    /// Raw access to the stored records, for tamper-evidence tests and repair tools.
    pub fn raw_log(&self) -> &sled::Tree {
        &self.log
    }

    fn read_positions(&self, from: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        let head = *self.head.borrow();
        if from > head {
            return Ok(Vec::new());
        }
        let mut events = Vec::with_capacity(
            limit
                .min(MAX_PAGE)
                .min(usize::try_from(head - from + 1).unwrap_or(MAX_PAGE)),
        );
        for entry in self
            .log
            .range(event_key(from.max(1))..=event_key(head))
            .take(limit.min(MAX_PAGE))
        {
            let (key, record) = entry.map_err(io_error)?;
            let position = be_u64(&key[1..]).ok_or_else(|| StoreError::Corrupt {
                position: from,
                reason: "unreadable key".into(),
            })?;
            events.push(envelope::open(position, &record)?);
        }
        Ok(events)
    }
}

impl Drop for SledStore {
    fn drop(&mut self) {
        self.close();
    }
}

#[async_trait]
impl EventStore for SledStore {
    async fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        if let Some(reason) = self.failure() {
            return Err(StoreError::Unavailable { reason });
        }
        let sender = self
            .jobs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
            .ok_or_else(|| StoreError::Unavailable {
                reason: "the store is closed".into(),
            })?;
        let (reply, answer) = oneshot::channel();
        sender
            .send(Job { request, reply })
            .await
            .map_err(|_| StoreError::Unavailable {
                reason: "the store is closed".into(),
            })?;
        answer.await.map_err(|_| StoreError::Unavailable {
            reason: "the writer stopped".into(),
        })?
    }

    async fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let head = *self.head.borrow();
        let start = version_key(stream, from_version.max(1));
        let end = version_key(stream, u64::MAX);
        let mut events = Vec::new();
        for entry in self.log.range(start..=end).take(limit.min(MAX_PAGE)) {
            let (_, value) = entry.map_err(io_error)?;
            let position =
                be_u64(&value).ok_or_else(|| StoreError::Io("unreadable stream index".into()))?;
            if position > head {
                break;
            }
            let record = self
                .log
                .get(event_key(position))
                .map_err(io_error)?
                .ok_or_else(|| StoreError::Corrupt {
                    position,
                    reason: "event missing".into(),
                })?;
            events.push(envelope::open(position, &record)?);
        }
        Ok(events)
    }

    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        self.read_positions(from_position, limit)
    }

    async fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        last_version(&self.log, stream, *self.head.borrow())
    }

    async fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        let record = TreeLookup(&self.log).key_record(key)?;
        // A key written with a group that is not durable yet does not exist yet.
        Ok(record.filter(|record| record.outcome.last_position <= *self.head.borrow()))
    }

    fn head(&self) -> u64 {
        *self.head.borrow()
    }

    fn watch_head(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }

    fn failure(&self) -> Option<String> {
        SledStore::failure(self)
    }

    async fn verify(&self) -> Result<VerifyReport, StoreError> {
        crate::verify_by_reading(self).await
    }
}

/// The writer thread's state: it plans groups and writes them into sled; the syncer thread
/// makes them durable and answers. While one group is being fsynced, the writer already
/// plans and writes the next, so the disk and the CPU work at the same time.
struct Writer {
    log: sled::Tree,
    planner: Planner,
    failure: Arc<Mutex<Option<String>>>,
    fault: Option<FaultHook>,
    syncer: Option<std::sync::mpsc::SyncSender<Pending>>,
    syncer_thread: Option<std::thread::JoinHandle<()>>,
}

/// An append's reply channel and what it will be told.
type Answer = (
    oneshot::Sender<Result<AppendOutcome, StoreError>>,
    Result<AppendOutcome, StoreError>,
);

/// A group written into sled, waiting for its fsync.
struct Pending {
    answers: Vec<Answer>,
    /// The log's last position once this group is durable.
    head: u64,
    wrote: bool,
}

/// The syncer thread's state.
struct Syncer {
    db: sled::Db,
    data_file: File,
    /// sled's directory of blob files, and the ones already made durable.
    blobs_dir: PathBuf,
    synced_blobs: HashSet<OsString>,
    head: watch::Sender<u64>,
    failure: Arc<Mutex<Option<String>>>,
    fault: Option<FaultHook>,
}

/// At most this many written groups wait for the syncer (then the writer waits too).
const MAX_PENDING_GROUPS: usize = 4;

fn read_failure(failure: &Mutex<Option<String>>) -> Option<String> {
    failure
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .clone()
}

fn record_failure(failure: &Mutex<Option<String>>, reason: &str) {
    tracing::error!(%reason, "the event store stops accepting appends");
    let mut slot = failure
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if slot.is_none() {
        *slot = Some(reason.to_string());
    }
}

/// Answers every append of a group that was not made durable with `Unavailable`.
fn refuse(answers: Vec<Answer>, reason: &str) {
    for (reply, answer) in answers {
        let answer = match answer {
            Ok(_) => Err(StoreError::Unavailable {
                reason: reason.to_string(),
            }),
            Err(error) => Err(error),
        };
        let _ = reply.send(answer);
    }
}

impl Writer {
    /// Starts the syncer thread and returns the writer that feeds it.
    fn start(log: sled::Tree, planner: Planner, syncer: Syncer) -> io::Result<Writer> {
        let (sender, receiver) = std::sync::mpsc::sync_channel(MAX_PENDING_GROUPS);
        let failure = syncer.failure.clone();
        let fault = syncer.fault.clone();
        let syncer_thread = std::thread::Builder::new()
            .name("convene-store-syncer".into())
            .spawn(move || syncer.run(receiver))?;
        Ok(Writer {
            log,
            planner,
            failure,
            fault,
            syncer: Some(sender),
            syncer_thread: Some(syncer_thread),
        })
    }

    fn run(mut self, mut receiver: mpsc::Receiver<Job>) {
        while let Some(first) = receiver.blocking_recv() {
            let mut group = vec![first];
            while group.len() < MAX_GROUP {
                match receiver.try_recv() {
                    Ok(job) => group.push(job),
                    Err(_) => break,
                }
            }
            self.commit(group);
        }
        // Let the syncer finish what is pending, then stop.
        self.syncer.take();
        if let Some(thread) = self.syncer_thread.take() {
            let _ = thread.join();
        }
    }

    fn commit(&mut self, group: Vec<Job>) {
        if let Some(reason) = read_failure(&self.failure) {
            for job in group {
                let _ = job.reply.send(Err(StoreError::Unavailable {
                    reason: reason.clone(),
                }));
            }
            return;
        }
        let first_position = self.planner.head() + 1;
        let mut batch = sled::Batch::default();
        let mut wrote = false;
        let mut answers = Vec::with_capacity(group.len());
        for job in group {
            let planned = self.planner.plan(job.request, &TreeLookup(&self.log));
            let answer = match planned {
                Ok(Planned::Replay(outcome)) => Ok(outcome),
                Ok(Planned::Write(write)) => {
                    for (event, record) in &write.records {
                        batch.insert(&event_key(event.position)[..], record.as_slice());
                        batch.insert(
                            version_key(&event.stream, event.version),
                            &event.position.to_be_bytes()[..],
                        );
                    }
                    if let Some((key, record)) = &write.key {
                        batch.insert(key_key(key), record.encode());
                    }
                    wrote = true;
                    Ok(write.outcome)
                }
                Err(error) => Err(error),
            };
            answers.push((job.reply, answer));
        }
        if wrote {
            batch.insert(HEAD_KEY, &self.planner.head().to_be_bytes()[..]);
            let written = match &self.fault {
                Some(fault) => fault(FaultPoint::Write),
                None => Ok(()),
            }
            .and_then(|()| self.log.apply_batch(batch).map_err(io::Error::other));
            if let Err(error) = written {
                let reason = format!("a write failed at position {first_position}: {error}");
                record_failure(&self.failure, &reason);
                refuse(answers, &reason);
                return;
            }
            self.planner.settle();
        }
        let pending = Pending {
            answers,
            head: self.planner.head(),
            wrote,
        };
        if let Some(syncer) = &self.syncer
            && let Err(std::sync::mpsc::SendError(pending)) = syncer.send(pending)
        {
            let reason = "the syncer stopped".to_string();
            record_failure(&self.failure, &reason);
            refuse(pending.answers, &reason);
        }
    }
}

impl Syncer {
    fn run(mut self, receiver: std::sync::mpsc::Receiver<Pending>) {
        while let Ok(first) = receiver.recv() {
            // Every group already written is covered by one flush and one fsync.
            let mut groups = vec![first];
            while let Ok(next) = receiver.try_recv() {
                groups.push(next);
            }
            let wrote = groups.iter().any(|group| group.wrote);
            let head = groups.last().map_or(0, |group| group.head);
            if let Some(reason) = read_failure(&self.failure) {
                for group in groups {
                    refuse(group.answers, &reason);
                }
                continue;
            }
            if wrote {
                if let Err(error) = self.make_durable() {
                    let reason = format!(
                        "an fsync failed after position {}: {error}",
                        *self.head.borrow()
                    );
                    record_failure(&self.failure, &reason);
                    for group in groups {
                        refuse(group.answers, &reason);
                    }
                    continue;
                }
                self.head.send_replace(head);
            }
            for group in groups {
                for (reply, answer) in group.answers {
                    let _ = reply.send(answer);
                }
            }
        }
        let _ = self.db.flush();
    }

    fn make_durable(&mut self) -> io::Result<()> {
        self.db.flush().map_err(io::Error::other)?;
        if let Some(fault) = &self.fault {
            fault(FaultPoint::Sync)?;
        }
        // The blobs first, so that a log record pointing to a blob is rarely durable before
        // the blob is (sled's own `sync_file_range` may already have written the record).
        sync_new_blobs(&self.blobs_dir, &mut self.synced_blobs)?;
        self.data_file.sync_data()
    }
}

/// `fsync`s every file in `dir` not in `synced`, then the directory itself if any was new, and
/// leaves in `synced` exactly the files present. Returns how many files it synced. A file that
/// disappears meanwhile (sled removes blobs it no longer needs) is skipped.
fn sync_new_blobs(dir: &Path, synced: &mut HashSet<OsString>) -> io::Result<usize> {
    let mut present = HashSet::with_capacity(synced.len());
    let mut new = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if !synced.contains(&name) {
            match File::open(entry.path()).and_then(|file| file.sync_all()) {
                Ok(()) => new += 1,
                Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
                Err(error) => return Err(error),
            }
        }
        present.insert(name);
    }
    if new > 0 {
        File::open(dir)?.sync_all()?;
    }
    *synced = present;
    Ok(new)
}

/// Opens a data directory only to verify it (for `convene verify`): no writer, no tail check.
pub fn verify_directory(path: &Path) -> Result<VerifyReport, StoreError> {
    let db = sled::Config::new().path(path).open().map_err(io_error)?;
    let log = db.open_tree("log").map_err(io_error)?;
    let stored_head = match log.get(HEAD_KEY).map_err(io_error)? {
        Some(bytes) => be_u64(&bytes).unwrap_or(0),
        None => 0,
    };
    let mut previous = envelope::GENESIS_HASH;
    let mut expected = 1u64;
    for entry in log.range(event_key(1)..=event_key(u64::MAX)) {
        let (key, record) = entry.map_err(io_error)?;
        let position = be_u64(&key[1..]).unwrap_or(0);
        if position != expected {
            return Ok(VerifyReport {
                events: expected - 1,
                first_bad: Some((expected, "event missing".into())),
            });
        }
        let event = match envelope::open(position, &record) {
            Ok(event) => event,
            Err(StoreError::Corrupt { position, reason }) => {
                return Ok(VerifyReport {
                    events: expected - 1,
                    first_bad: Some((position, reason)),
                });
            }
            Err(other) => return Err(other),
        };
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
    if expected <= stored_head {
        return Ok(VerifyReport {
            events: expected - 1,
            first_bad: Some((expected, "event missing".into())),
        });
    }
    Ok(VerifyReport {
        events: expected - 1,
        first_bad: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_new_blobs_syncs_each_file_once_and_forgets_removed_ones() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut synced = HashSet::new();
        assert_eq!(sync_new_blobs(dir.path(), &mut synced).expect("syncs"), 0);
        std::fs::write(dir.path().join("1"), b"one").expect("writes");
        std::fs::write(dir.path().join("2"), b"two").expect("writes");
        assert_eq!(sync_new_blobs(dir.path(), &mut synced).expect("syncs"), 2);
        assert_eq!(sync_new_blobs(dir.path(), &mut synced).expect("syncs"), 0);
        std::fs::remove_file(dir.path().join("1")).expect("removes");
        std::fs::write(dir.path().join("3"), b"three").expect("writes");
        assert_eq!(sync_new_blobs(dir.path(), &mut synced).expect("syncs"), 1);
        assert_eq!(synced.len(), 2);
    }
}
