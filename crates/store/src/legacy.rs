//! The earlier embedded format, where sled held the events too (`e` + position → sealed
//! record in the `log` tree, next to the index), and its one-time upgrade to segments.
//!
//! The upgrade copies every event, checked (checksum, position, chain), into fresh segment
//! files with each idempotency key's record on its append's last event, makes them durable,
//! marks the copy done in sled (flushed), and only then removes the events from sled. A
//! copy that is interrupted starts over (the segments then hold nothing else: no append is
//! accepted before the upgrade ends); a removal that is interrupted resumes.

use std::collections::HashMap;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;

use crate::VerifyReport;
use crate::append::KeyRecord;
use crate::envelope;
use crate::error::StoreError;
use crate::segment_store::{be_u64, indexed_head, io_error};
use crate::segments::{self, HEADER_BYTES};

/// Set once the events are copied into segments, until they are removed from sled.
const COPIED_KEY: &[u8] = b"m:segments";
/// How many bytes of frames are written at once while copying.
const WRITE_BYTES: usize = 8 * 1024 * 1024;

/// The sled key of an event in the earlier format.
pub fn event_key(position: u64) -> [u8; 9] {
    let mut key = [b'e'; 9];
    key[1..].copy_from_slice(&position.to_be_bytes());
    key
}

/// Whether sled still holds events of the earlier format.
pub(crate) fn has_events(index: &sled::Tree) -> Result<bool, StoreError> {
    Ok(index
        .scan_prefix(b"e")
        .next()
        .transpose()
        .map_err(io_error)?
        .is_some())
}

fn refuse(position: u64, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        position,
        reason: format!(
            "cannot upgrade this data directory to segment files: {reason} \
             (run `convene verify` for a report; nothing was changed)"
        ),
    }
}

/// Upgrades a store of the earlier format in place; does nothing for a store without
/// events in sled.
pub(crate) fn upgrade(
    db: &sled::Db,
    index: &sled::Tree,
    dir: &Path,
    segment_bytes: u64,
) -> Result<(), StoreError> {
    if !has_events(index)? {
        return Ok(());
    }
    if index.get(COPIED_KEY).map_err(io_error)?.is_none() {
        copy(index, dir, segment_bytes)?;
        let head = indexed_head(index)?;
        index
            .insert(COPIED_KEY, &head.to_be_bytes()[..])
            .map_err(io_error)?;
        db.flush().map_err(io_error)?;
    }
    loop {
        let mut batch = sled::Batch::default();
        let mut count = 0;
        for entry in index.scan_prefix(b"e").take(10_000) {
            let (key, _) = entry.map_err(io_error)?;
            batch.remove(key);
            count += 1;
        }
        if count == 0 {
            break;
        }
        index.apply_batch(batch).map_err(io_error)?;
    }
    index.remove(COPIED_KEY).map_err(io_error)?;
    db.flush().map_err(io_error)?;
    tracing::info!("the data directory now keeps its events in segment files");
    Ok(())
}

fn copy(index: &sled::Tree, dir: &Path, segment_bytes: u64) -> Result<(), StoreError> {
    let head = indexed_head(index)?;
    tracing::info!(
        events = head,
        "upgrading the data directory: copying its events into segment files"
    );
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        std::fs::remove_file(&path)?;
    }
    let mut keys: HashMap<u64, Vec<u8>> = HashMap::new();
    for entry in index.scan_prefix(b"k") {
        let (_, bytes) = entry.map_err(io_error)?;
        let record = KeyRecord::decode(&bytes)?;
        keys.insert(record.outcome.last_position, bytes.to_vec());
    }
    let mut number = 1;
    let mut file = File::options()
        .read(true)
        .write(true)
        .open(segments::prepare(dir, number, segment_bytes)?)?;
    let mut offset = HEADER_BYTES;
    let mut buffer = Vec::with_capacity(WRITE_BYTES + 128 * 1024);
    let mut previous = envelope::GENESIS_HASH;
    let mut expected = 1u64;
    for entry in index.range(event_key(1)..=event_key(u64::MAX)) {
        let (key, record) = entry.map_err(io_error)?;
        let position = be_u64(&key[1..]).unwrap_or(0);
        if position != expected {
            return Err(refuse(expected, format!("event {expected} is missing")));
        }
        let event = envelope::open(position, &record).map_err(|error| refuse(position, error))?;
        envelope::check_link(&event, &previous).map_err(|error| refuse(position, error))?;
        previous = event.hash;
        let extra = match &event.metadata.idempotency_key {
            Some(_) => keys.get(&position).map_or(&[][..], Vec::as_slice),
            None => &[][..],
        };
        let length = segments::framed_len(&record, extra);
        if offset + buffer.len() as u64 + length > segment_bytes {
            file.write_all_at(&buffer, offset)?;
            file.sync_data()?;
            buffer.clear();
            number += 1;
            file = File::options()
                .read(true)
                .write(true)
                .open(segments::prepare(dir, number, segment_bytes)?)?;
            offset = HEADER_BYTES;
        }
        segments::frame(&record, extra, &mut buffer);
        if buffer.len() >= WRITE_BYTES {
            file.write_all_at(&buffer, offset)?;
            offset += buffer.len() as u64;
            buffer.clear();
        }
        expected += 1;
    }
    file.write_all_at(&buffer, offset)?;
    file.sync_data()?;
    if expected - 1 != head {
        return Err(refuse(
            expected,
            format!(
                "the log ends at position {} but its head says {head}",
                expected - 1
            ),
        ));
    }
    File::open(dir)?.sync_all()?;
    Ok(())
}

/// Verifies a store of the earlier format where it is.
pub(crate) fn verify(index: &sled::Tree) -> Result<VerifyReport, StoreError> {
    let stored_head = indexed_head(index).unwrap_or(0);
    let mut previous = envelope::GENESIS_HASH;
    let mut expected = 1u64;
    let bad = |events: u64, position: u64, reason: String| VerifyReport {
        events,
        first_bad: Some((position, reason)),
    };
    for entry in index.range(event_key(1)..=event_key(u64::MAX)) {
        let (key, record) = entry.map_err(io_error)?;
        let position = be_u64(&key[1..]).unwrap_or(0);
        if position != expected {
            return Ok(bad(expected - 1, expected, "event missing".into()));
        }
        let event = match envelope::open(position, &record) {
            Ok(event) => event,
            Err(StoreError::Corrupt { position, reason }) => {
                return Ok(bad(expected - 1, position, reason));
            }
            Err(other) => return Err(other),
        };
        if let Err(StoreError::Corrupt { position, reason }) =
            envelope::check_link(&event, &previous)
        {
            return Ok(bad(expected - 1, position, reason));
        }
        previous = event.hash;
        expected += 1;
    }
    if expected <= stored_head {
        return Ok(bad(expected - 1, expected, "event missing".into()));
    }
    Ok(VerifyReport {
        events: expected - 1,
        first_bad: None,
    })
}
