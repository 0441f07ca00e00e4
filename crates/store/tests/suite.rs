//! The shared store suite, run against every backend.

use async_trait::async_trait;
use std::sync::Arc;

use convene_store::MemoryStore;
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
