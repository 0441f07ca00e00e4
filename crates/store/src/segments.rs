//! The embedded log's files: numbered, pre-allocated segment files of framed records.
//!
//! A segment is `NNNNNNNNNNNNNNNN.seg` (its number, 16 digits) in the log directory. It starts
//! with a 64-byte header (magic, number, CRC-32) and is zero-filled to its full size when it
//! is prepared, so that appending never changes the file's size or allocation and an
//! `fdatasync` writes data only. After the header come frames, back to back:
//! `length (u32 LE) ‖ CRC-32 of length and record (u32 LE) ‖ record`, where the record is
//! the sealed envelope (with its own position, checksum and chain hash). A zero length (the
//! pre-filled zeros) marks the end of what was written. Positions run on without a gap from
//! one segment to the next; a segment holds no partial record: a record that does not fit
//! goes to the next segment.

use std::fs::File;
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use crate::envelope;
use crate::error::StoreError;

/// The magic bytes that start every segment.
pub const MAGIC: &[u8; 8] = b"CNVSEG01";
/// The bytes before the first frame.
pub const HEADER_LEN: usize = 64;
/// [`HEADER_LEN`] as a file offset.
pub const HEADER_BYTES: u64 = HEADER_LEN as u64;
/// The bytes of a frame before its record.
pub const FRAME_LEN: usize = 12;
/// [`FRAME_LEN`] as a file offset.
pub const FRAME_HEADER: u64 = FRAME_LEN as u64;
/// The smallest segment: every record (a 64 KiB payload plus names) must fit in one.
pub const MIN_SEGMENT_BYTES: u64 = 1024 * 1024;
/// The default segment size.
pub const DEFAULT_SEGMENT_BYTES: u64 = 32 * 1024 * 1024;

/// The file name of segment `number`.
pub fn file_name(number: u64) -> String {
    format!("{number:016}.seg")
}

/// The segment number of a file name, if it is one.
pub fn number_of(name: &str) -> Option<u64> {
    let digits = name.strip_suffix(".seg")?;
    if digits.len() == 16 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// Every segment of a directory, by number.
pub fn list(dir: &Path) -> io::Result<Vec<(u64, PathBuf)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if let Some(number) = entry.file_name().to_str().and_then(number_of) {
            found.push((number, entry.path()));
        }
    }
    found.sort_by_key(|(number, _)| *number);
    Ok(found)
}

fn header(number: u64) -> [u8; HEADER_LEN] {
    let mut bytes = [0u8; HEADER_LEN];
    bytes[..8].copy_from_slice(MAGIC);
    bytes[8..16].copy_from_slice(&number.to_le_bytes());
    let crc = crc32fast::hash(&bytes[..16]);
    bytes[16..20].copy_from_slice(&crc.to_le_bytes());
    bytes
}

/// Checks a segment's header; `Err` says what is wrong.
pub fn check_header(bytes: &[u8], number: u64) -> Result<(), String> {
    if bytes.len() < HEADER_LEN {
        return Err("the segment is shorter than its header".into());
    }
    let expected = header(number);
    if bytes[..20] == expected[..20] {
        Ok(())
    } else if &bytes[..8] != MAGIC {
        Err("the segment does not start with the segment magic".into())
    } else {
        Err("the segment header is damaged or names another number".into())
    }
}

/// Creates segment `number` of `bytes` bytes in `dir`: written to a temporary name,
/// zero-filled, synced, renamed, and the directory synced, so a segment either exists whole
/// or not at all.
pub fn prepare(dir: &Path, number: u64, bytes: u64) -> io::Result<PathBuf> {
    let final_path = dir.join(file_name(number));
    let temporary = dir.join(format!("{}.tmp", file_name(number)));
    let mut file = File::create(&temporary)?;
    file.write_all(&header(number))?;
    let zeros = vec![0u8; 1024 * 1024];
    let mut left = bytes.saturating_sub(HEADER_BYTES);
    while left > 0 {
        let chunk = usize::try_from(left.min(zeros.len() as u64)).unwrap_or(zeros.len());
        file.write_all(&zeros[..chunk])?;
        // A megabyte at a time: the log's own fsyncs never queue behind one long flush.
        file.sync_data()?;
        left -= chunk as u64;
    }
    file.sync_all()?;
    drop(file);
    std::fs::rename(&temporary, &final_path)?;
    File::open(dir)?.sync_all()?;
    Ok(final_path)
}

/// Appends the frame of `record` (and its `extra`, possibly empty) to `out`.
pub fn frame(record: &[u8], extra: &[u8], out: &mut Vec<u8>) {
    let length = u32::try_from(record.len()).expect("records are far below 4 GiB");
    let extra_length = u32::try_from(extra.len()).expect("key records are small");
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(&extra_length.to_le_bytes());
    out.extend_from_slice(&frame_crc(length, extra_length, record, extra).to_le_bytes());
    out.extend_from_slice(record);
    out.extend_from_slice(extra);
}

fn frame_crc(length: u32, extra_length: u32, record: &[u8], extra: &[u8]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(&length.to_le_bytes());
    hasher.update(&extra_length.to_le_bytes());
    hasher.update(record);
    hasher.update(extra);
    hasher.finalize()
}

/// The bytes a record and its extra take as a frame.
pub fn framed_len(record: &[u8], extra: &[u8]) -> u64 {
    FRAME_HEADER + record.len() as u64 + extra.len() as u64
}

/// The record and the extra of the frame at `at` in `bytes`.
pub fn split_frame(bytes: &[u8], at: usize) -> Option<(&[u8], &[u8])> {
    let head = bytes.get(at..at + FRAME_LEN)?;
    let length = u32::from_le_bytes(head[..4].try_into().ok()?) as usize;
    let extra_length = u32::from_le_bytes(head[4..8].try_into().ok()?) as usize;
    let start = at + FRAME_LEN;
    let record = bytes.get(start..start + length)?;
    let extra = bytes.get(start + length..start + length + extra_length)?;
    Some((record, extra))
}

/// The position a record holds (its body starts with a format byte, then the position).
pub fn record_position(record: &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(record.get(1..9)?.try_into().ok()?))
}

/// Why a scan stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// At the zeros after the last frame, or at the end of the file.
    End,
    /// At a frame that is not whole: a torn write, or damage.
    Bad {
        position: u64,
        offset: u64,
        reason: String,
    },
}

/// What a scan of one segment found.
#[derive(Debug, Clone)]
pub struct Scan {
    /// The position of the first frame (0 when the segment is empty).
    pub first: u64,
    /// The offset of every whole frame, in position order.
    pub offsets: Vec<u32>,
    /// Where the next frame goes.
    pub end: u64,
    pub stop: Stop,
    /// Whether any byte after `end` is not zero.
    pub dirty_after_end: bool,
}

impl Scan {
    /// The position of the last whole frame (`first - 1` when there is none).
    pub fn last(&self) -> u64 {
        if self.offsets.is_empty() {
            self.first.saturating_sub(1)
        } else {
            self.first + self.offsets.len() as u64 - 1
        }
    }
}

/// Scans the frames of a segment's bytes. `expected_first` is the position its first frame
/// must hold (0: any, for the first segment of an upgraded or unknown log).
pub fn scan(bytes: &[u8], number: u64, expected_first: u64) -> Result<Scan, String> {
    check_header(bytes, number)?;
    let mut scan = Scan {
        first: 0,
        offsets: Vec::new(),
        end: HEADER_BYTES,
        stop: Stop::End,
        dirty_after_end: false,
    };
    let mut offset = HEADER_LEN;
    let mut next = expected_first;
    let bad = |position: u64, offset: usize, reason: &str| Stop::Bad {
        position,
        offset: offset as u64,
        reason: reason.to_string(),
    };
    while let Some(head) = bytes.get(offset..offset + FRAME_LEN) {
        let length = u32::from_le_bytes(head[..4].try_into().expect("4 bytes"));
        let extra_length = u32::from_le_bytes(head[4..8].try_into().expect("4 bytes"));
        let crc = u32::from_le_bytes(head[8..].try_into().expect("4 bytes"));
        if length == 0 && extra_length == 0 && crc == 0 {
            break;
        }
        let Some((record, extra)) = split_frame(bytes, offset) else {
            scan.stop = bad(
                next.max(1),
                offset,
                "a frame runs past the end of its segment",
            );
            break;
        };
        if frame_crc(length, extra_length, record, extra) != crc {
            scan.stop = bad(next.max(1), offset, "checksum mismatch");
            break;
        }
        let Some(position) = record_position(record) else {
            scan.stop = bad(next.max(1), offset, "undecodable record");
            break;
        };
        if next != 0 && position != next {
            scan.stop = bad(next, offset, "event missing");
            break;
        }
        if scan.first == 0 {
            scan.first = position;
        }
        scan.offsets
            .push(u32::try_from(offset).map_err(|_| "a segment over 4 GiB".to_string())?);
        next = position + 1;
        offset += FRAME_LEN + record.len() + extra.len();
    }
    scan.end = offset as u64;
    if scan.first == 0 {
        scan.first = expected_first;
    }
    scan.dirty_after_end = bytes
        .get(offset..)
        .is_some_and(|rest| rest.iter().any(|byte| *byte != 0));
    Ok(scan)
}

/// Opens the records of the frames at `offsets` in `bytes` (read from a segment at `base`),
/// positions from `first`; with `extras`, collects each non-empty extra with its position.
pub fn open_frames(
    bytes: &[u8],
    base: u64,
    offsets: &[u32],
    first: u64,
    out: &mut Vec<envelope::RecordedEvent>,
    mut extras: Option<&mut Vec<(u64, Vec<u8>)>>,
) -> Result<(), StoreError> {
    for (i, offset) in offsets.iter().enumerate() {
        let position = first + i as u64;
        let at = usize::try_from(u64::from(*offset) - base).unwrap_or(usize::MAX);
        let (record, extra) = split_frame(bytes, at).ok_or_else(|| StoreError::Corrupt {
            position,
            reason: "event missing".into(),
        })?;
        out.push(envelope::open(position, record)?);
        if let Some(extras) = extras.as_deref_mut()
            && !extra.is_empty()
        {
            extras.push((position, extra.to_vec()));
        }
    }
    Ok(())
}

/// Reads `len` bytes at `offset` of a file.
pub fn read_at(file: &File, offset: u64, len: usize) -> io::Result<Vec<u8>> {
    let mut bytes = vec![0u8; len];
    file.read_exact_at(&mut bytes, offset)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_other_files_are_not_segments() {
        assert_eq!(file_name(7), "0000000000000007.seg");
        assert_eq!(number_of("0000000000000007.seg"), Some(7));
        assert_eq!(number_of("0000000000000007.seg.tmp"), None);
        assert_eq!(number_of("7.seg"), None);
    }

    #[test]
    fn a_scan_stops_at_the_zeros_and_at_a_torn_frame() {
        let mut bytes = header(3).to_vec();
        let mut records = Vec::new();
        for position in 10..13u64 {
            let mut record = vec![1u8];
            record.extend_from_slice(&position.to_le_bytes());
            record.extend_from_slice(b"payload");
            frame(&record, b"", &mut bytes);
            records.push(record);
        }
        let whole = bytes.len();
        bytes.resize(whole + 100, 0);
        let scan = scan(&bytes, 3, 10).expect("header is fine");
        assert_eq!((scan.first, scan.last(), scan.end), (10, 12, whole as u64));
        assert_eq!(scan.stop, Stop::End);
        assert!(!scan.dirty_after_end);

        // A torn last frame: its length is there, its end is not.
        let last = *scan.offsets.last().expect("three frames") as usize;
        for byte in &mut bytes[last + 16..whole] {
            *byte = 0;
        }
        let torn = super::scan(&bytes, 3, 10).expect("header is fine");
        assert_eq!(torn.last(), 11);
        assert!(matches!(torn.stop, Stop::Bad { position: 12, .. }));
        assert!(super::scan(&bytes, 4, 10).is_err(), "another number");
    }
}
