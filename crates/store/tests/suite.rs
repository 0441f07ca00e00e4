//! The shared store suite, run against every backend.

use async_trait::async_trait;
use std::sync::Arc;

use convene_store::MemoryStore;
use convene_store::segment_store::{SegmentStore, StoreConfig};
use convene_store::testsuite::Harness;

struct Memory;

#[async_trait]
impl Harness for Memory {
    type Store = MemoryStore;

    async fn fresh(&self) -> Arc<MemoryStore> {
        Arc::new(MemoryStore::new())
    }

    async fn reopen(&self, store: Arc<MemoryStore>) -> Arc<MemoryStore> {
        store
    }

    async fn flip_byte(&self, store: &MemoryStore, position: u64) {
        store.tamper(position, |record| record[20] ^= 0x40);
    }

    async fn delete(&self, store: &MemoryStore, position: u64) {
        store.remove(position);
    }
}

mod memory {
    use super::*;
    convene_store::store_suite!(Memory);
}

/// A store with the smallest segments, so that tests roll over from one to the next.
fn small(path: std::path::PathBuf) -> StoreConfig {
    let mut config = StoreConfig::new(path);
    config.segment_bytes = convene_store::segments::MIN_SEGMENT_BYTES;
    config
}

struct Segments {
    dirs: std::sync::Mutex<Vec<tempfile::TempDir>>,
}

impl Segments {
    fn new() -> Self {
        Segments {
            dirs: std::sync::Mutex::new(Vec::new()),
        }
    }
}

#[async_trait]
impl Harness for Segments {
    type Store = SegmentStore;

    async fn fresh(&self) -> Arc<SegmentStore> {
        let dir = tempfile::tempdir().expect("temporary directory");
        let store = SegmentStore::open(small(dir.path().join("data"))).expect("opens");
        self.dirs.lock().expect("not poisoned").push(dir);
        Arc::new(store)
    }

    async fn reopen(&self, store: Arc<SegmentStore>) -> Arc<SegmentStore> {
        let path = store.path().to_path_buf();
        drop(Arc::try_unwrap(store).expect("the suite holds the only handle"));
        Arc::new(SegmentStore::open(small(path)).expect("reopens"))
    }

    async fn flip_byte(&self, store: &SegmentStore, position: u64) {
        store
            .tamper(position, |record| record[20] ^= 0x40)
            .expect("tampers");
    }

    async fn delete(&self, store: &SegmentStore, position: u64) {
        store.erase(position).expect("erases");
    }
}

mod segment_backend {
    use super::*;
    convene_store::store_suite!(Segments::new());
}
