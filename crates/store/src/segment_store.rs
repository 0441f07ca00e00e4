//! The embedded durable backend: the log in segment files of its own, sled as its index.
//!
//! A commit goes: the writer thread takes every append waiting (up to [`MAX_GROUP`]), plans
//! them one after the other (versions, positions, chain hashes), frames their records into
//! one buffer and writes it with one `pwrite` into the active segment; the syncer thread
//! `fdatasync`s the segment (one call covers every group written meanwhile), then moves the
//! durable head and answers. Nothing is answered before its `fdatasync` returned. While one
//! group is synced, the writer already plans and writes the next. Segments are zero-filled
//! ahead of use by a helper thread, so a write never grows a file.
//!
//! sled holds the index: `v` + stream + 0 + version → position, `k` + idempotency key → key
//! record, `m:head` → the last position indexed (and the read models' trees). The indexer
//! thread writes it after each group is durable, never on the commit path, and never
//! flushes it per group: sled writes it out in the background, and at open the index is
//! brought up to the log's head from the log. Until a group is in sled, its entries live in
//! an in-memory overlay that readers consult first (filtered by the durable head).
//!
//! At open every segment is scanned (frame checksums, positions without a gap). A frame that
//! is not whole after the last position the index knows is a torn write of an append that
//! was never answered: it is cut (zeroed) and appends continue there. A bad frame at or
//! before a position the index knows was acknowledged, so the store refuses to open and
//! names it. If a write or an fsync fails, the store stops accepting appends for good,
//! answers why, and keeps serving reads.
//!
//! A data directory of the earlier format (every event in sled) is upgraded at open: its
//! events are copied into segments, made durable, then removed from sled (see
//! [`crate::legacy`]); an interrupted upgrade resumes.

use async_trait::async_trait;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread::JoinHandle;
use tokio::sync::{mpsc, oneshot, watch};

use crate::append::{AppendOutcome, AppendRequest, KeyRecord, Lookup, Planned, Planner};
use crate::envelope::{self, RecordedEvent, StreamId};
use crate::segments::{self, HEADER_BYTES, Stop};
use crate::{EventStore, MAX_PAGE, StoreError, VerifyReport};

/// At most this many appends are committed by one fsync.
pub const MAX_GROUP: usize = 4_096;
/// At most this many appends wait for the writer; further appends wait for room.
pub const MAX_QUEUE: usize = 65_536;
/// How many of the last events have their chain checked when the store opens.
pub const TAIL_CHECK: usize = 256;
/// At most this many written groups wait for the syncer (then the writer waits too).
const MAX_PENDING_GROUPS: usize = 4;
/// At most this many durable groups wait for the indexer (then the syncer waits too). sled
/// stalls its writers while it flushes (hundreds of milliseconds under load); the backlog
/// absorbs that, so the commit path never waits for sled in practice.
const MAX_INDEX_BACKLOG: usize = 65_536;

pub(crate) const HEAD_KEY: &[u8] = b"m:head";
/// The directory of the segments inside the store's directory.
pub const SEGMENTS_DIR: &str = "segments";

/// Where a fault can be injected (tests of disk trouble).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultPoint {
    /// Before the group's records are written.
    Write,
    /// Before the fsync that makes a group durable.
    Sync,
}

/// A hook that can make a write or an fsync fail.
pub type FaultHook = Arc<dyn Fn(FaultPoint) -> io::Result<()> + Send + Sync>;

/// How to open the embedded store.
#[derive(Clone)]
pub struct StoreConfig {
    /// The store's directory: sled's files, and the segments in `segments/`.
    pub path: PathBuf,
    /// sled's page cache in bytes.
    pub cache_bytes: u64,
    /// The size of each segment file (at least [`segments::MIN_SEGMENT_BYTES`]).
    pub segment_bytes: u64,
    pub fault: Option<FaultHook>,
}

impl std::fmt::Debug for StoreConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreConfig")
            .field("path", &self.path)
            .field("cache_bytes", &self.cache_bytes)
            .field("segment_bytes", &self.segment_bytes)
            .finish()
    }
}

impl StoreConfig {
    /// Defaults for a data directory: a 64 MiB cache, 32 MiB segments, no faults.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        StoreConfig {
            path: path.into(),
            cache_bytes: 64 * 1024 * 1024,
            segment_bytes: segments::DEFAULT_SEGMENT_BYTES,
            fault: None,
        }
    }
}

pub(crate) fn io_error(error: sled::Error) -> StoreError {
    StoreError::Io(error.to_string())
}

pub(crate) fn stream_prefix(stream: &StreamId) -> Vec<u8> {
    let mut key = Vec::with_capacity(stream.as_str().len() + 10);
    key.push(b'v');
    key.extend_from_slice(stream.as_str().as_bytes());
    key.push(0);
    key
}

pub(crate) fn version_key(stream: &StreamId, version: u64) -> Vec<u8> {
    let mut key = stream_prefix(stream);
    key.extend_from_slice(&version.to_be_bytes());
    key
}

pub(crate) fn key_key(key: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(key.len() + 1);
    bytes.push(b'k');
    bytes.extend_from_slice(key.as_bytes());
    bytes
}

pub(crate) fn be_u64(bytes: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(bytes.try_into().ok()?))
}

/// The stream's last version in the index whose position is at most `limit`.
fn indexed_version(index: &sled::Tree, stream: &StreamId, limit: u64) -> Result<u64, StoreError> {
    let prefix = stream_prefix(stream);
    for entry in index.scan_prefix(&prefix).rev() {
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

pub(crate) fn indexed_head(index: &sled::Tree) -> Result<u64, StoreError> {
    match index.get(HEAD_KEY).map_err(io_error)? {
        Some(bytes) => be_u64(&bytes).ok_or_else(|| StoreError::Corrupt {
            position: 0,
            reason: "unreadable index head".into(),
        }),
        None => Ok(0),
    }
}

/// What is written to the log but not yet to sled's index.
#[derive(Debug, Default)]
struct Overlay {
    streams: HashMap<StreamId, BTreeMap<u64, u64>>,
    keys: HashMap<String, KeyRecord>,
}

/// One group's index entries.
#[derive(Debug, Default)]
struct IndexBatch {
    entries: Vec<(StreamId, u64, u64)>,
    keys: Vec<(String, KeyRecord)>,
    head: u64,
}

/// Where a segment's frames are.
#[derive(Debug)]
struct Frames {
    offsets: Vec<u32>,
    end: u64,
}

/// One segment file, open for reading (and, for the active one, writing).
#[derive(Debug)]
struct Segment {
    number: u64,
    path: PathBuf,
    file: File,
    capacity: u64,
    /// The position of its first frame (for the active segment, the next position while it
    /// is empty).
    first: u64,
    frames: RwLock<Frames>,
}

impl Segment {
    fn frames(&self) -> std::sync::RwLockReadGuard<'_, Frames> {
        self.frames
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// What the store's threads share.
struct Shared {
    segments: RwLock<Vec<Arc<Segment>>>,
    overlay: RwLock<Overlay>,
    head: watch::Sender<u64>,
    failure: Mutex<Option<String>>,
    index: sled::Tree,
}

impl Shared {
    fn failure(&self) -> Option<String> {
        self.failure
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn record_failure(&self, reason: &str) {
        tracing::error!(%reason, "the event store stops accepting appends");
        let mut slot = self
            .failure
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if slot.is_none() {
            *slot = Some(reason.to_string());
        }
    }

    fn overlay(&self) -> std::sync::RwLockReadGuard<'_, Overlay> {
        self.overlay
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn segments(&self) -> std::sync::RwLockReadGuard<'_, Vec<Arc<Segment>>> {
        self.segments
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Up to `limit` events from `from`, never past `up_to`.
    fn read_positions(
        &self,
        from: u64,
        limit: usize,
        up_to: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        self.read_with_extras(from, limit, up_to, None)
    }

    /// [`Shared::read_positions`], collecting the frames' extras (key records) too.
    fn read_with_extras(
        &self,
        from: u64,
        limit: usize,
        up_to: u64,
        mut extras: Option<&mut Vec<(u64, Vec<u8>)>>,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let from = from.max(1);
        if from > up_to || limit == 0 {
            return Ok(Vec::new());
        }
        let wanted = usize::try_from(up_to - from + 1)
            .unwrap_or(usize::MAX)
            .min(limit)
            .min(MAX_PAGE);
        let mut events = Vec::with_capacity(wanted);
        let segments = self.segments().clone();
        let mut at = segments
            .partition_point(|segment| segment.first <= from)
            .saturating_sub(1);
        let mut next = from;
        while events.len() < wanted && at < segments.len() {
            let segment = &segments[at];
            at += 1;
            let (offsets, end) = {
                let frames = segment.frames();
                let Some(skip) = next.checked_sub(segment.first) else {
                    break;
                };
                let skip = usize::try_from(skip).unwrap_or(usize::MAX);
                if skip >= frames.offsets.len() {
                    continue;
                }
                let take = (wanted - events.len()).min(frames.offsets.len() - skip);
                let offsets = frames.offsets[skip..skip + take].to_vec();
                let end = frames
                    .offsets
                    .get(skip + take)
                    .map_or(frames.end, |offset| u64::from(*offset));
                (offsets, end)
            };
            let base = u64::from(offsets[0]);
            let bytes = segments::read_at(
                &segment.file,
                base,
                usize::try_from(end - base).unwrap_or(usize::MAX),
            )?;
            segments::open_frames(
                &bytes,
                base,
                &offsets,
                next,
                &mut events,
                extras.as_deref_mut(),
            )?;
            next += offsets.len() as u64;
        }
        if events.len() < wanted {
            return Err(StoreError::Corrupt {
                position: next,
                reason: "event missing".into(),
            });
        }
        Ok(events)
    }
}

struct Job {
    request: AppendRequest,
    reply: oneshot::Sender<Result<AppendOutcome, StoreError>>,
}

/// The embedded log.
pub struct SegmentStore {
    db: sled::Db,
    path: PathBuf,
    shared: Arc<Shared>,
    jobs: Mutex<Option<mpsc::Sender<Job>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for SegmentStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SegmentStore")
            .field("path", &self.path)
            .field("head", &*self.shared.head.borrow())
            .finish()
    }
}

/// What opening found in the segments.
struct Opened {
    segments: Vec<Arc<Segment>>,
    /// A segment prepared and still empty, to be used next.
    spare: Option<PathBuf>,
    head: u64,
}

fn corrupt_at(path: &Path, position: u64, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        position,
        reason: format!("refusing to open {}: broken tail: {reason}", path.display()),
    }
}

/// Zeroes `bytes` of a segment file from `from` to the last byte that is not zero.
fn zero_from(file: &File, bytes: &[u8], from: u64) -> io::Result<()> {
    let start = usize::try_from(from).unwrap_or(usize::MAX).min(bytes.len());
    let Some(last) = bytes[start..].iter().rposition(|byte| *byte != 0) else {
        return Ok(());
    };
    let zeros = vec![0u8; last + 1];
    file.write_all_at(&zeros, from)?;
    file.sync_data()
}

/// Scans every segment, cuts a torn tail above `known` (the last position the index holds,
/// so certainly acknowledged), and opens the segments for use.
fn open_segments(
    dir: &Path,
    store_path: &Path,
    known: u64,
    segment_bytes: u64,
) -> Result<Opened, StoreError> {
    let mut opened: Vec<Arc<Segment>> = Vec::new();
    let mut spare = None;
    let mut next = 1u64;
    // Set once the end of the log is found: later segments hold nothing answered.
    let mut ended = false;
    // One buffer for every segment: a fresh 32 MiB allocation per segment costs more in page
    // faults than reading it.
    let mut bytes = Vec::new();
    for (number, path) in segments::list(dir)? {
        let mut file = File::options().read(true).write(true).open(&path)?;
        bytes.clear();
        io::Read::read_to_end(&mut file, &mut bytes)?;
        if ended {
            if spare.is_none() && segments::check_header(&bytes, number).is_ok() {
                zero_from(&file, &bytes, HEADER_BYTES)?;
                spare = Some(path);
            } else {
                drop(file);
                std::fs::remove_file(&path)?;
            }
            continue;
        }
        let scan = match segments::scan(&bytes, number, next) {
            Ok(scan) => scan,
            Err(reason) if next > known => {
                // A segment being prepared when the process stopped.
                tracing::warn!(segment = %path.display(), %reason, "removing an unusable segment after the log's end");
                drop(file);
                std::fs::remove_file(&path)?;
                ended = true;
                continue;
            }
            Err(reason) => {
                return Err(corrupt_at(
                    store_path,
                    next,
                    format!("{}: {reason}", path.display()),
                ));
            }
        };
        if scan.offsets.is_empty() && scan.stop == Stop::End && !opened.is_empty() {
            // An empty segment after the last one written: the next to use.
            if scan.dirty_after_end {
                zero_from(&file, &bytes, HEADER_BYTES)?;
            }
            spare = Some(path);
            ended = true;
            continue;
        }
        match &scan.stop {
            Stop::Bad {
                position,
                offset,
                reason,
            } => {
                if *position <= known {
                    return Err(corrupt_at(store_path, *position, reason));
                }
                tracing::warn!(
                    position,
                    %reason,
                    "cutting the torn tail of the log (appends that were never answered)"
                );
                zero_from(&file, &bytes, *offset)?;
                ended = true;
            }
            Stop::End if scan.dirty_after_end => {
                // Zeros, then bytes: the rest of a write torn in the middle.
                if scan.last() < known {
                    return Err(corrupt_at(store_path, scan.last() + 1, "event missing"));
                }
                zero_from(&file, &bytes, scan.end)?;
                ended = true;
            }
            Stop::End => {}
        }
        let last = scan.last();
        opened.push(Arc::new(Segment {
            number,
            path,
            file,
            capacity: bytes.len() as u64,
            first: next,
            frames: RwLock::new(Frames {
                offsets: scan.offsets,
                end: scan.end,
            }),
        }));
        next = last.max(next - 1) + 1;
    }
    if opened.is_empty() {
        let path = match spare.take() {
            Some(path) => path,
            None => segments::prepare(dir, 1, segment_bytes)?,
        };
        let number = path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(segments::number_of)
            .unwrap_or(1);
        let file = File::options().read(true).write(true).open(&path)?;
        let capacity = file.metadata()?.len();
        opened.push(Arc::new(Segment {
            number,
            path,
            file,
            capacity,
            first: 1,
            frames: RwLock::new(Frames {
                offsets: Vec::new(),
                end: HEADER_BYTES,
            }),
        }));
    }
    Ok(Opened {
        segments: opened,
        spare,
        head: next - 1,
    })
}

/// How long opening waits for sled's lock file while an earlier handle of this process is
/// still shutting down (sled releases it from a background thread, moments after the drop).
/// (sled issue #1234: its flusher thread holds the lock until it exits.)
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// sled here holds only what can be rebuilt (the index from the log, each read model from
/// its checkpoint, which is in the same atomic batch as its data), so it is not flushed on a
/// timer: its periodic `flush` (every 500 ms by default) flooded the disk with write-back
/// under load and tripled the log's p99 at half load (93 ms against 36 ms, measured). sled
/// writes its buffers as they fill, flushes on close, and recovers a consistent state after
/// a crash; the store then indexes what sled missed.
fn open_sled(config: &StoreConfig) -> Result<sled::Db, StoreError> {
    open_waiting_for_lock(
        &config.path,
        sled::Config::new()
            .path(&config.path)
            .cache_capacity(config.cache_bytes)
            .mode(sled::Mode::HighThroughput)
            .flush_every_ms(None),
    )
}

/// Opens the sled database of a store's directory with default settings, waiting for its
/// lock as the store does (for tools and tests that open it directly).
pub fn open_index_db(path: &Path) -> Result<sled::Db, StoreError> {
    open_waiting_for_lock(path, sled::Config::new().path(path))
}

/// The niceness of the store's background work (sled's flusher, the indexer): below the
/// writer and the syncer, which answer appends.
const BACKGROUND_NICENESS: i32 = 10;

/// Lowers the calling thread's priority (Linux: the niceness is per thread, and threads it
/// starts inherit it). A failure only costs latency, so it is logged, not returned.
fn lower_priority() {
    if let Err(error) =
        rustix::process::setpriority_process(Some(rustix::thread::gettid()), BACKGROUND_NICENESS)
    {
        tracing::debug!(%error, "cannot lower the priority of a background thread");
    }
}

fn open_waiting_for_lock(path: &Path, config: sled::Config) -> Result<sled::Db, StoreError> {
    let started = std::time::Instant::now();
    loop {
        // Opened from a thread of lower priority, so sled's flusher thread (started by
        // `open`) inherits it and yields to the commit path.
        let opened = std::thread::scope(|scope| {
            scope
                .spawn(|| {
                    lower_priority();
                    config.open()
                })
                .join()
        })
        .map_err(|_| StoreError::Io("opening sled panicked".into()))?;
        match opened {
            Ok(db) => return Ok(db),
            // sled wraps the `flock` failure in an error of its own kind, with this text.
            Err(sled::Error::Io(error))
                if error.to_string().starts_with("could not acquire lock")
                    && started.elapsed() < LOCK_WAIT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(error) => {
                return Err(StoreError::Io(format!(
                    "cannot open {}: {error}",
                    path.display()
                )));
            }
        }
    }
}

impl SegmentStore {
    /// Opens (or creates) the store: upgrades an earlier format, scans the segments, cuts a
    /// torn tail, checks the chain of the last events, brings the index up to the log, and
    /// starts the writer.
    pub fn open(config: StoreConfig) -> Result<SegmentStore, StoreError> {
        if config.segment_bytes < segments::MIN_SEGMENT_BYTES {
            return Err(StoreError::Invalid(format!(
                "segments must be at least {} bytes",
                segments::MIN_SEGMENT_BYTES
            )));
        }
        std::fs::create_dir_all(&config.path)?;
        let dir = config.path.join(SEGMENTS_DIR);
        std::fs::create_dir_all(&dir)?;
        File::open(&config.path)?.sync_all()?;
        let db = open_sled(&config)?;
        let index = db.open_tree("log").map_err(io_error)?;
        crate::legacy::upgrade(&db, &index, &dir, config.segment_bytes)?;
        let known = indexed_head(&index)?;
        let opened = open_segments(&dir, &config.path, known, config.segment_bytes)?;
        let head = opened.head;
        let indexed = indexed_head(&index)?;
        if indexed > head {
            return Err(corrupt_at(
                &config.path,
                head + 1,
                format!("the log ends at position {head} but its head says {indexed}"),
            ));
        }
        let (head_sender, _) = watch::channel(head);
        let shared = Arc::new(Shared {
            segments: RwLock::new(opened.segments),
            overlay: RwLock::new(Overlay::default()),
            head: head_sender,
            failure: Mutex::new(None),
            index: index.clone(),
        });
        let last_hash = check_tail(&shared, head).map_err(|error| match error {
            StoreError::Corrupt { position, reason } => corrupt_at(&config.path, position, reason),
            other => other,
        })?;
        catch_up_index(&shared, indexed, head)?;
        let (jobs, receiver) = mpsc::channel(MAX_QUEUE);
        let writer = Writer::start(
            shared.clone(),
            Planner::new(head, last_hash),
            dir,
            config.segment_bytes,
            opened.spare,
            config.fault.clone(),
        )?;
        let handle = std::thread::Builder::new()
            .name("convene-store-writer".into())
            .spawn(move || writer.run(receiver))?;
        Ok(SegmentStore {
            db,
            path: config.path,
            shared,
            jobs: Mutex::new(Some(jobs)),
            writer: Mutex::new(Some(handle)),
        })
    }

    /// The store's directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the store stopped accepting appends, if it did.
    pub fn failure(&self) -> Option<String> {
        self.shared.failure()
    }

    /// The sled database, for read models kept in their own trees.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// Stops the writer after the appends already queued, and flushes the index.
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

    /// The segment file holding `position`, and the offset and length of its frame there
    /// (for tamper-evidence tests and repair tools).
    pub fn frame_location(&self, position: u64) -> Option<(PathBuf, u64, u64)> {
        let segments = self.shared.segments();
        let segment = segments
            .iter()
            .rev()
            .find(|segment| segment.first <= position)?;
        let frames = segment.frames();
        let index = usize::try_from(position - segment.first).ok()?;
        let offset = u64::from(*frames.offsets.get(index)?);
        let end = frames
            .offsets
            .get(index + 1)
            .map_or(frames.end, |next| u64::from(*next));
        Some((segment.path.clone(), offset, end - offset))
    }

    /// Changes the stored bytes of one record in its segment file, behind the store's back
    /// (for tamper-evidence tests).
    pub fn tamper(&self, position: u64, change: impl FnOnce(&mut Vec<u8>)) -> io::Result<()> {
        let (path, offset, len) = self
            .frame_location(position)
            .ok_or_else(|| io::Error::other(format!("no frame for position {position}")))?;
        let file = File::options().read(true).write(true).open(path)?;
        let start = offset + segments::FRAME_HEADER;
        let mut record = segments::read_at(
            &file,
            start,
            usize::try_from(len - segments::FRAME_HEADER).unwrap_or(0),
        )?;
        change(&mut record);
        file.write_all_at(&record, start)
    }

    /// Zeroes one frame in its segment file, as if it had never been written (for
    /// tamper-evidence tests).
    pub fn erase(&self, position: u64) -> io::Result<()> {
        let (path, offset, len) = self
            .frame_location(position)
            .ok_or_else(|| io::Error::other(format!("no frame for position {position}")))?;
        let file = File::options().read(true).write(true).open(path)?;
        file.write_all_at(&vec![0u8; usize::try_from(len).unwrap_or(0)], offset)
    }

    /// How many segment files the log has (the spare not counted).
    pub fn segment_count(&self) -> usize {
        self.shared.segments().len()
    }
}

/// Checks the chain of the last [`TAIL_CHECK`] events and returns the last hash.
fn check_tail(shared: &Shared, head: u64) -> Result<[u8; 32], StoreError> {
    if head == 0 {
        return Ok(envelope::GENESIS_HASH);
    }
    let from = head.saturating_sub(TAIL_CHECK as u64 - 1).max(1);
    let tail = shared.read_positions(from, TAIL_CHECK, head)?;
    for pair in tail.windows(2) {
        envelope::check_link(&pair[1], &pair[0].hash)?;
    }
    if let Some(first) = tail.first()
        && first.position == 1
    {
        envelope::check_link(first, &envelope::GENESIS_HASH)?;
    }
    Ok(tail
        .last()
        .map_or(envelope::GENESIS_HASH, |event| event.hash))
}

/// Indexes the events after `indexed` up to `head` (the index lags after a crash), with
/// the idempotency records the log carries in its frames.
fn catch_up_index(shared: &Shared, indexed: u64, head: u64) -> Result<(), StoreError> {
    let mut next = indexed + 1;
    while next <= head {
        let mut extras = Vec::new();
        let page = shared.read_with_extras(next, MAX_PAGE, head, Some(&mut extras))?;
        let mut batch = sled::Batch::default();
        for event in &page {
            batch.insert(
                version_key(&event.stream, event.version),
                &event.position.to_be_bytes()[..],
            );
            next = event.position + 1;
        }
        for (position, extra) in extras {
            let record = KeyRecord::decode(&extra)?;
            let key = page
                .iter()
                .find(|event| event.position == position)
                .and_then(|event| event.metadata.idempotency_key.clone())
                .ok_or_else(|| StoreError::Corrupt {
                    position,
                    reason: "a key record on an event without a key".into(),
                })?;
            batch.insert(key_key(&key), record.encode());
        }
        batch.insert(HEAD_KEY, &(next - 1).to_be_bytes()[..]);
        shared.index.apply_batch(batch).map_err(io_error)?;
    }
    if head > indexed {
        shared.index.flush().map_err(io_error)?;
    }
    Ok(())
}

impl Drop for SegmentStore {
    fn drop(&mut self) {
        self.close();
    }
}

struct OverlayLookup<'a>(&'a Shared);

impl Lookup for OverlayLookup<'_> {
    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        if let Some(versions) = self.0.overlay().streams.get(stream)
            && let Some((version, _)) = versions.last_key_value()
        {
            return Ok(*version);
        }
        indexed_version(&self.0.index, stream, u64::MAX)
    }

    fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        if let Some(record) = self.0.overlay().keys.get(key) {
            return Ok(Some(record.clone()));
        }
        match self.0.index.get(key_key(key)).map_err(io_error)? {
            Some(bytes) => Ok(Some(KeyRecord::decode(&bytes)?)),
            None => Ok(None),
        }
    }
}

#[async_trait]
impl EventStore for SegmentStore {
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
        let head = *self.shared.head.borrow();
        let from_version = from_version.max(1);
        let limit = limit.min(MAX_PAGE);
        // The overlay first, then sled: an entry leaves the overlay only after it is in sled.
        let mut positions: BTreeMap<u64, u64> = self
            .shared
            .overlay()
            .streams
            .get(stream)
            .map(|versions| {
                versions
                    .range(from_version..)
                    .filter(|(_, position)| **position <= head)
                    .take(limit)
                    .map(|(version, position)| (*version, *position))
                    .collect()
            })
            .unwrap_or_default();
        let start = version_key(stream, from_version);
        let end = version_key(stream, u64::MAX);
        for entry in self.shared.index.range(start..=end).take(limit) {
            let (key, value) = entry.map_err(io_error)?;
            let position =
                be_u64(&value).ok_or_else(|| StoreError::Io("unreadable stream index".into()))?;
            let version = be_u64(&key[key.len() - 8..])
                .ok_or_else(|| StoreError::Io("unreadable stream index".into()))?;
            if position > head {
                break;
            }
            positions.insert(version, position);
        }
        let mut events = Vec::with_capacity(positions.len().min(limit));
        let mut wanted = positions.values().copied().take(limit).peekable();
        while let Some(first) = wanted.next() {
            // Read runs of consecutive positions at once.
            let mut count = 1usize;
            while wanted.peek() == Some(&(first + count as u64)) {
                wanted.next();
                count += 1;
            }
            events.extend(self.shared.read_positions(first, count, head)?);
        }
        Ok(events)
    }

    async fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let head = *self.shared.head.borrow();
        self.shared.read_positions(from_position, limit, head)
    }

    async fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        let head = *self.shared.head.borrow();
        let overlaid = self
            .shared
            .overlay()
            .streams
            .get(stream)
            .and_then(|versions| {
                versions
                    .iter()
                    .rev()
                    .find(|(_, position)| **position <= head)
                    .map(|(version, _)| *version)
            });
        let indexed = indexed_version(&self.shared.index, stream, head)?;
        Ok(overlaid.unwrap_or(0).max(indexed))
    }

    async fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        let head = *self.shared.head.borrow();
        let record = OverlayLookup(&self.shared).key_record(key)?;
        // A key written with a group that is not durable yet does not exist yet.
        Ok(record.filter(|record| record.outcome.last_position <= head))
    }

    fn head(&self) -> u64 {
        *self.shared.head.borrow()
    }

    fn watch_head(&self) -> watch::Receiver<u64> {
        self.shared.head.subscribe()
    }

    fn failure(&self) -> Option<String> {
        SegmentStore::failure(self)
    }

    async fn verify(&self) -> Result<VerifyReport, StoreError> {
        crate::verify_by_reading(self).await
    }
}

/// An append's reply channel and what it will be told.
type Answer = (
    oneshot::Sender<Result<AppendOutcome, StoreError>>,
    Result<AppendOutcome, StoreError>,
);

/// A group written to its segment(s), waiting for its fsync.
struct Pending {
    answers: Vec<Answer>,
    /// The log's last position once this group is durable.
    head: u64,
    /// The segments this group wrote to.
    written: Vec<Arc<Segment>>,
    index: IndexBatch,
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

/// The writer thread's state: it plans groups and writes them; the syncer makes them
/// durable and answers (the writer does that itself for a lone append when nothing is in
/// flight); the indexer writes them into sled.
struct Writer {
    shared: Arc<Shared>,
    planner: Planner,
    dir: PathBuf,
    segment_bytes: u64,
    active: Arc<Segment>,
    /// The next segment: ready, or being prepared.
    next: Option<JoinHandle<io::Result<PathBuf>>>,
    fault: Option<FaultHook>,
    syncer: Option<std::sync::mpsc::SyncSender<Pending>>,
    syncer_thread: Option<JoinHandle<()>>,
    /// The syncer's work, shared: a lone append with nothing in flight is made durable and
    /// answered by the writer itself, one thread hop fewer.
    finisher: Arc<Mutex<Syncer>>,
    /// Groups sent to the syncer and not yet answered.
    in_flight: Arc<AtomicUsize>,
    buffer: Vec<u8>,
}

fn prepare_in_background(
    dir: PathBuf,
    number: u64,
    bytes: u64,
) -> io::Result<JoinHandle<io::Result<PathBuf>>> {
    std::thread::Builder::new()
        .name("convene-store-segments".into())
        .spawn(move || segments::prepare(&dir, number, bytes))
}

impl Writer {
    fn start(
        shared: Arc<Shared>,
        planner: Planner,
        dir: PathBuf,
        segment_bytes: u64,
        spare: Option<PathBuf>,
        fault: Option<FaultHook>,
    ) -> io::Result<Writer> {
        let active = shared
            .segments()
            .last()
            .cloned()
            .ok_or_else(|| io::Error::other("the log has no segment"))?;
        let next = match spare {
            Some(path) => std::thread::Builder::new()
                .name("convene-store-segments".into())
                .spawn(move || Ok(path))?,
            None => prepare_in_background(dir.clone(), active.number + 1, segment_bytes)?,
        };
        let (sender, receiver) = std::sync::mpsc::sync_channel(MAX_PENDING_GROUPS);
        let (index_sender, index_receiver) = std::sync::mpsc::sync_channel(MAX_INDEX_BACKLOG);
        let syncer = Syncer {
            shared: shared.clone(),
            fault: fault.clone(),
            indexer: Some(index_sender),
            indexer_thread: None,
        };
        let indexer_shared = shared.clone();
        let indexer_thread = std::thread::Builder::new()
            .name("convene-store-indexer".into())
            .spawn(move || run_indexer(indexer_shared, index_receiver))?;
        let finisher = Arc::new(Mutex::new(Syncer {
            indexer_thread: Some(indexer_thread),
            ..syncer
        }));
        let in_flight = Arc::new(AtomicUsize::new(0));
        let syncer_thread = {
            let (finisher, in_flight) = (finisher.clone(), in_flight.clone());
            std::thread::Builder::new()
                .name("convene-store-syncer".into())
                .spawn(move || Syncer::run(&finisher, &in_flight, receiver))?
        };
        Ok(Writer {
            shared,
            planner,
            dir,
            segment_bytes,
            active,
            next: Some(next),
            fault,
            syncer: Some(sender),
            syncer_thread: Some(syncer_thread),
            finisher,
            in_flight,
            buffer: Vec::with_capacity(1024 * 1024),
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
            let lone = group.len() == 1;
            self.commit(group, lone);
        }
        // Let the syncer finish what is pending, then stop.
        self.syncer.take();
        if let Some(thread) = self.syncer_thread.take() {
            let _ = thread.join();
        }
        if let Some(next) = self.next.take() {
            let _ = next.join();
        }
    }

    /// Plans and writes `group`; a `lone` append (nothing else was waiting) is finished
    /// right here when the syncer has nothing in flight.
    fn commit(&mut self, group: Vec<Job>, lone: bool) {
        if let Some(reason) = self.shared.failure() {
            for job in group {
                let _ = job.reply.send(Err(StoreError::Unavailable {
                    reason: reason.clone(),
                }));
            }
            return;
        }
        let first_position = self.planner.head() + 1;
        let mut answers = Vec::with_capacity(group.len());
        let mut records = Vec::new();
        let mut index = IndexBatch::default();
        for job in group {
            let planned = self.planner.plan(job.request, &OverlayLookup(&self.shared));
            let answer = match planned {
                Ok(Planned::Replay(outcome)) => Ok(outcome),
                Ok(Planned::Write(write)) => {
                    for (event, record) in write.records {
                        index
                            .entries
                            .push((event.stream, event.version, event.position));
                        records.push((record, Vec::new()));
                    }
                    if let Some(key) = write.key {
                        // The key's record rides on the append's last event.
                        if let Some(last) = records.last_mut() {
                            last.1 = key.1.encode();
                        }
                        index.keys.push(key);
                    }
                    Ok(write.outcome)
                }
                Err(error) => Err(error),
            };
            answers.push((job.reply, answer));
        }
        index.head = self.planner.head();
        let mut written = Vec::new();
        if !records.is_empty() {
            let result = match &self.fault {
                Some(fault) => fault(FaultPoint::Write),
                None => Ok(()),
            }
            .and_then(|()| self.write(&records, &mut written));
            if let Err(error) = result {
                let reason = format!("a write failed at position {first_position}: {error}");
                self.shared.record_failure(&reason);
                refuse(answers, &reason);
                return;
            }
            {
                // The planner sees this group through the overlay from now on; readers do
                // once the durable head passes it.
                let mut overlay = self
                    .shared
                    .overlay
                    .write()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                for (stream, version, position) in &index.entries {
                    overlay
                        .streams
                        .entry(stream.clone())
                        .or_default()
                        .insert(*version, *position);
                }
                for (key, record) in &index.keys {
                    overlay.keys.insert(key.clone(), record.clone());
                }
            }
            self.planner.settle();
        }
        let pending = Pending {
            answers,
            head: self.planner.head(),
            written,
            index,
        };
        // With nothing in flight the syncer is idle and nothing is sent to it meanwhile (this
        // thread is the only sender), so finishing here keeps groups in order.
        if lone && self.in_flight.load(Ordering::Acquire) == 0 {
            self.finisher
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .finish(vec![pending]);
            return;
        }
        self.in_flight.fetch_add(1, Ordering::AcqRel);
        if let Some(syncer) = &self.syncer
            && let Err(std::sync::mpsc::SendError(pending)) = syncer.send(pending)
        {
            let reason = "the syncer stopped".to_string();
            self.in_flight.fetch_sub(1, Ordering::AcqRel);
            self.shared.record_failure(&reason);
            refuse(pending.answers, &reason);
        }
    }

    /// Frames `records` and writes them: one `pwrite` per segment they land in.
    fn write(
        &mut self,
        records: &[(Vec<u8>, Vec<u8>)],
        written: &mut Vec<Arc<Segment>>,
    ) -> io::Result<()> {
        let mut rest = records;
        while !rest.is_empty() {
            let start = self.active.frames().end;
            let room = self.active.capacity - start;
            let mut fits = 0;
            let mut bytes = 0u64;
            for (record, extra) in rest {
                let len = segments::framed_len(record, extra);
                if bytes + len > room {
                    break;
                }
                bytes += len;
                fits += 1;
            }
            if fits == 0 {
                self.roll_over()?;
                continue;
            }
            self.buffer.clear();
            let mut offsets = Vec::with_capacity(fits);
            for (record, extra) in &rest[..fits] {
                offsets.push(
                    u32::try_from(start + self.buffer.len() as u64)
                        .map_err(|_| io::Error::other("a segment over 4 GiB"))?,
                );
                segments::frame(record, extra, &mut self.buffer);
            }
            self.active.file.write_all_at(&self.buffer, start)?;
            {
                let mut frames = self
                    .active
                    .frames
                    .write()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                frames.offsets.extend(offsets);
                frames.end = start + self.buffer.len() as u64;
            }
            if !written
                .iter()
                .any(|segment: &Arc<Segment>| segment.number == self.active.number)
            {
                written.push(self.active.clone());
            }
            rest = &rest[fits..];
        }
        Ok(())
    }

    /// Makes the prepared segment the active one and starts preparing the one after.
    fn roll_over(&mut self) -> io::Result<()> {
        let prepared = self
            .next
            .take()
            .ok_or_else(|| io::Error::other("no segment was prepared"))?
            .join()
            .map_err(|_| io::Error::other("preparing a segment panicked"))??;
        let number = self.active.number + 1;
        let expected = self.dir.join(segments::file_name(number));
        if prepared != expected {
            std::fs::rename(&prepared, &expected)?;
            File::open(&self.dir)?.sync_all()?;
        }
        let file = File::options().read(true).write(true).open(&expected)?;
        let capacity = file.metadata()?.len();
        let first = self.active.first + self.active.frames().offsets.len() as u64;
        let segment = Arc::new(Segment {
            number,
            path: expected,
            file,
            capacity,
            first,
            frames: RwLock::new(Frames {
                offsets: Vec::new(),
                end: HEADER_BYTES,
            }),
        });
        self.shared
            .segments
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(segment.clone());
        self.active = segment;
        self.next = Some(prepare_in_background(
            self.dir.clone(),
            number + 1,
            self.segment_bytes,
        )?);
        Ok(())
    }
}

/// What makes written groups durable and answers them: the syncer thread's, shared with the
/// writer for a lone append.
struct Syncer {
    shared: Arc<Shared>,
    fault: Option<FaultHook>,
    indexer: Option<std::sync::mpsc::SyncSender<IndexBatch>>,
    indexer_thread: Option<JoinHandle<()>>,
}

impl Syncer {
    fn run(
        finisher: &Mutex<Syncer>,
        in_flight: &AtomicUsize,
        receiver: std::sync::mpsc::Receiver<Pending>,
    ) {
        let lock = || {
            finisher
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        while let Ok(first) = receiver.recv() {
            // Every group already written is covered by one fdatasync per segment.
            let mut groups = vec![first];
            while let Ok(next) = receiver.try_recv() {
                groups.push(next);
            }
            let count = groups.len();
            lock().finish(groups);
            in_flight.fetch_sub(count, Ordering::AcqRel);
        }
        let (indexer, thread) = {
            let mut syncer = lock();
            (syncer.indexer.take(), syncer.indexer_thread.take())
        };
        drop(indexer);
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }

    /// Makes `groups` durable (one fdatasync per segment they wrote), moves the head,
    /// answers, and hands them to the indexer.
    fn finish(&mut self, groups: Vec<Pending>) {
        let mut segments: Vec<Arc<Segment>> = Vec::new();
        for group in &groups {
            for segment in &group.written {
                if !segments.iter().any(|known| known.number == segment.number) {
                    segments.push(segment.clone());
                }
            }
        }
        let head = groups.last().map_or(0, |group| group.head);
        if let Some(reason) = self.shared.failure() {
            for group in groups {
                refuse(group.answers, &reason);
            }
            return;
        }
        if !segments.is_empty() {
            if let Err(error) = self.make_durable(&segments) {
                let reason = format!(
                    "an fsync failed after position {}: {error}",
                    *self.shared.head.borrow()
                );
                self.shared.record_failure(&reason);
                for group in groups {
                    refuse(group.answers, &reason);
                }
                return;
            }
            self.shared.head.send_replace(head);
        }
        for group in groups {
            for (reply, answer) in group.answers {
                let _ = reply.send(answer);
            }
            if !group.written.is_empty()
                && let Some(indexer) = &self.indexer
            {
                let _ = indexer.send(group.index);
            }
        }
    }

    fn make_durable(&mut self, segments: &[Arc<Segment>]) -> io::Result<()> {
        if let Some(fault) = &self.fault {
            fault(FaultPoint::Sync)?;
        }
        for segment in segments {
            segment.file.sync_data()?;
        }
        Ok(())
    }
}

/// Writes durable groups into sled's index, then drops them from the overlay.
fn run_indexer(shared: Arc<Shared>, receiver: std::sync::mpsc::Receiver<IndexBatch>) {
    lower_priority();
    while let Ok(first) = receiver.recv() {
        let mut batches = vec![first];
        while let Ok(next) = receiver.try_recv() {
            batches.push(next);
        }
        let mut batch = sled::Batch::default();
        let mut head = 0;
        for group in &batches {
            for (stream, version, position) in &group.entries {
                batch.insert(version_key(stream, *version), &position.to_be_bytes()[..]);
            }
            for (key, record) in &group.keys {
                batch.insert(key_key(key), record.encode());
            }
            head = head.max(group.head);
        }
        batch.insert(HEAD_KEY, &head.to_be_bytes()[..]);
        if let Err(error) = shared.index.apply_batch(batch) {
            shared.record_failure(&format!("the index cannot be written: {error}"));
            continue;
        }
        let mut overlay = shared
            .overlay
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for group in batches {
            for (stream, version, _) in group.entries {
                if let Some(versions) = overlay.streams.get_mut(&stream) {
                    versions.remove(&version);
                    if versions.is_empty() {
                        overlay.streams.remove(&stream);
                    }
                }
            }
            for (key, _) in group.keys {
                overlay.keys.remove(&key);
            }
        }
    }
}

/// Verifies a data directory without opening a writer (for `convene verify`): every frame,
/// record checksum, position and chain link of the segments, and that the log reaches the
/// head its index knows. A directory of the earlier format is verified where it is.
pub fn verify_directory(path: &Path) -> Result<VerifyReport, StoreError> {
    let db = open_index_db(path)?;
    let index = db.open_tree("log").map_err(io_error)?;
    if crate::legacy::has_events(&index)? {
        return crate::legacy::verify(&index);
    }
    let known = indexed_head(&index)?;
    let mut previous = envelope::GENESIS_HASH;
    let mut expected = 1u64;
    let bad = |events: u64, position: u64, reason: String| VerifyReport {
        events,
        first_bad: Some((position, reason)),
    };
    for (number, segment_path) in segments::list(&path.join(SEGMENTS_DIR))? {
        let bytes = std::fs::read(&segment_path)?;
        let scan = match segments::scan(&bytes, number, expected) {
            Ok(scan) => scan,
            Err(reason) if expected > known => {
                tracing::warn!(segment = %segment_path.display(), %reason, "an unusable segment after the log's end");
                break;
            }
            Err(reason) => return Ok(bad(expected - 1, expected, reason)),
        };
        let mut events = Vec::with_capacity(scan.offsets.len());
        if let Some(first) = scan.offsets.first() {
            let base = u64::from(*first);
            if let Err(error) = segments::open_frames(
                &bytes[usize::try_from(base).unwrap_or(0)..],
                base,
                &scan.offsets,
                scan.first,
                &mut events,
                None,
            ) {
                if let StoreError::Corrupt { position, reason } = error {
                    return Ok(bad(position.saturating_sub(1), position, reason));
                }
                return Err(error);
            }
        }
        for event in &events {
            if let Err(StoreError::Corrupt { position, reason }) =
                envelope::check_link(event, &previous)
            {
                return Ok(bad(expected - 1, position, reason));
            }
            previous = event.hash;
            expected += 1;
        }
        if let Stop::Bad {
            position, reason, ..
        } = scan.stop
        {
            if position <= known {
                return Ok(bad(expected - 1, position, reason));
            }
            break;
        }
    }
    if expected <= known {
        return Ok(bad(expected - 1, expected, "event missing".into()));
    }
    Ok(VerifyReport {
        events: expected - 1,
        first_bad: None,
    })
}
