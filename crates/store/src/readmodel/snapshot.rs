//! The read models' snapshot: every model's state at one position of the log, in one file.
//!
//! Layout: `CVRMSNAP` ‖ format (u32) ‖ position (u64) ‖ the hash of the event at that
//! position (32 bytes) ‖ model count (u32) ‖ for each model: name length (u16), name, state
//! length (u64), state ‖ CRC-32 of everything before it. All numbers little-endian.
//!
//! A snapshot is written to a temporary file, synced, renamed into place and its directory
//! synced, so a crash leaves the old snapshot or the new one, never half of one. Reading
//! says why a file is unusable (torn, another format, damaged) instead of guessing; the
//! runner then rebuilds from the log. [`FORMAT`] changes whenever a model's state or the way
//! it is derived changes, so a snapshot of an older build is never read as a newer one.

use std::io::Write;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"CVRMSNAP";
/// The snapshot format, and with it what every model keeps; bump on any change to either.
pub const FORMAT: u32 = 1;

/// Every model's state at one position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The last event applied.
    pub position: u64,
    /// That event's hash: a snapshot of another log (or of events a restored database no
    /// longer has) does not match the log it is opened with.
    pub hash: [u8; 32],
    /// Each model's name and saved state.
    pub models: Vec<(String, Vec<u8>)>,
}

impl Snapshot {
    fn encode(&self) -> Vec<u8> {
        let size = self
            .models
            .iter()
            .map(|(name, state)| 10 + name.len() + state.len())
            .sum::<usize>();
        let mut bytes = Vec::with_capacity(60 + size);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&FORMAT.to_le_bytes());
        bytes.extend_from_slice(&self.position.to_le_bytes());
        bytes.extend_from_slice(&self.hash);
        let count = u32::try_from(self.models.len()).expect("a handful of models");
        bytes.extend_from_slice(&count.to_le_bytes());
        for (name, state) in &self.models {
            let len = u16::try_from(name.len()).expect("a model's name is short");
            bytes.extend_from_slice(&len.to_le_bytes());
            bytes.extend_from_slice(name.as_bytes());
            bytes.extend_from_slice(&(state.len() as u64).to_le_bytes());
            bytes.extend_from_slice(state);
        }
        let crc = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&crc.to_le_bytes());
        bytes
    }

    fn decode(bytes: &[u8]) -> Result<Snapshot, String> {
        let (body, crc) = bytes
            .split_last_chunk::<4>()
            .ok_or("the file is too short")?;
        if body.get(..8) != Some(MAGIC.as_slice()) {
            return Err("not a read-model snapshot".into());
        }
        if crc32fast::hash(body) != u32::from_le_bytes(*crc) {
            return Err("its checksum does not match (torn or damaged)".into());
        }
        let mut reader = Reader(&body[8..]);
        let format = u32::from_le_bytes(reader.array()?);
        if format != FORMAT {
            return Err(format!("it has format {format}, this build reads {FORMAT}"));
        }
        let position = u64::from_le_bytes(reader.array()?);
        let hash = reader.array()?;
        let count = u32::from_le_bytes(reader.array()?);
        let mut models = Vec::new();
        for _ in 0..count {
            let len = usize::from(u16::from_le_bytes(reader.array()?));
            let name = String::from_utf8(reader.take(len)?.to_vec())
                .map_err(|_| "a model's name is not UTF-8")?;
            let len = usize::try_from(u64::from_le_bytes(reader.array()?))
                .map_err(|_| "a model's state is too large")?;
            models.push((name, reader.take(len)?.to_vec()));
        }
        if !reader.0.is_empty() {
            return Err("it has bytes after its last model".into());
        }
        Ok(Snapshot {
            position,
            hash,
            models,
        })
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.0.len() < n {
            return Err("it ends inside a model".into());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }
}

/// Where the read models' snapshot lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotFile {
    path: PathBuf,
}

impl SnapshotFile {
    /// The snapshot at `path` (its directory must exist).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        SnapshotFile { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The snapshot, `None` when there is none yet, or why the file cannot be used.
    pub fn read(&self) -> Result<Option<Snapshot>, String> {
        match std::fs::read(&self.path) {
            Ok(bytes) => Snapshot::decode(&bytes).map(Some),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(format!("cannot read it: {error}")),
        }
    }

    /// Replaces the snapshot, durably and atomically.
    pub fn write(&self, snapshot: &Snapshot) -> std::io::Result<()> {
        let bytes = snapshot.encode();
        let temporary = self.path.with_extension("snapshot-new");
        {
            let mut file = std::fs::File::create(&temporary)?;
            file.write_all(&bytes)?;
            file.sync_data()?;
        }
        std::fs::rename(&temporary, &self.path)?;
        if let Some(dir) = self.path.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            std::fs::File::open(dir)?.sync_all()?;
        }
        Ok(())
    }

    /// Removes the snapshot (if any).
    pub fn remove(&self) -> std::io::Result<()> {
        match std::fs::remove_file(&self.path) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Snapshot {
        Snapshot {
            position: 42,
            hash: [7; 32],
            models: vec![
                ("requests".into(), vec![1, 2, 3]),
                ("lines".into(), Vec::new()),
            ],
        }
    }

    #[test]
    fn a_snapshot_reads_back_as_written() {
        let dir = tempfile::tempdir().expect("creates");
        let file = SnapshotFile::new(dir.path().join("read-models.snapshot"));
        assert_eq!(file.read(), Ok(None));
        file.write(&sample()).expect("writes");
        assert_eq!(file.read(), Ok(Some(sample())));
    }

    #[test]
    fn a_torn_damaged_or_foreign_snapshot_says_why_it_is_unusable() {
        let bytes = sample().encode();
        let torn = Snapshot::decode(&bytes[..bytes.len() - 9]).expect_err("torn");
        assert!(torn.contains("checksum"), "{torn}");
        let mut flipped = bytes.clone();
        flipped[30] ^= 1;
        let damaged = Snapshot::decode(&flipped).expect_err("damaged");
        assert!(damaged.contains("checksum"), "{damaged}");
        let foreign = Snapshot::decode(b"something else entirely").expect_err("foreign");
        assert!(foreign.contains("not a read-model snapshot"), "{foreign}");
        // Another format, with a checksum that matches.
        let mut older = bytes[..bytes.len() - 4].to_vec();
        older[8..12].copy_from_slice(&(FORMAT + 1).to_le_bytes());
        let crc = crc32fast::hash(&older);
        older.extend_from_slice(&crc.to_le_bytes());
        let format = Snapshot::decode(&older).expect_err("another format");
        assert!(format.contains("format"), "{format}");
    }
}
