//! The shared store suite, run against every backend.

use async_trait::async_trait;
use std::sync::Arc;

use convene_store::MemoryStore;
use convene_store::sled_store::{SledConfig, SledStore};
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

struct Sled {
    dirs: std::sync::Mutex<Vec<tempfile::TempDir>>,
}

impl Sled {
    fn new() -> Self {
        Sled {
            dirs: std::sync::Mutex::new(Vec::new()),
        }
    }
}

#[async_trait]
impl Harness for Sled {
    type Store = SledStore;

    async fn fresh(&self) -> Arc<SledStore> {
        let dir = tempfile::tempdir().expect("temporary directory");
        let store = SledStore::open(SledConfig::new(dir.path().join("data"))).expect("opens");
        self.dirs.lock().expect("not poisoned").push(dir);
        Arc::new(store)
    }

    async fn reopen(&self, store: Arc<SledStore>) -> Arc<SledStore> {
        let path = store.path().to_path_buf();
        drop(Arc::try_unwrap(store).expect("the suite holds the only handle"));
        Arc::new(SledStore::open(SledConfig::new(path)).expect("reopens"))
    }

    async fn flip_byte(&self, store: &SledStore, position: u64) {
        let key = event_key(position);
        let mut record = store
            .raw_log()
            .get(key)
            .expect("reads")
            .expect("exists")
            .to_vec();
        record[20] ^= 0x40;
        store.raw_log().insert(key, record).expect("writes");
    }

    async fn delete(&self, store: &SledStore, position: u64) {
        store
            .raw_log()
            .remove(event_key(position))
            .expect("removes");
    }
}

fn event_key(position: u64) -> [u8; 9] {
    let mut key = [b'e'; 9];
    key[1..].copy_from_slice(&position.to_be_bytes());
    key
}

mod sled_backend {
    use super::*;
    convene_store::store_suite!(Sled::new());
}
