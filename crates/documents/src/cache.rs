//! A bounded cache of rendered documents that callers share: the least recently used
//! document goes first once either the number of documents or their total size passes its
//! limit.
//!
//! A document is keyed by the fingerprint of everything it prints in its language (the
//! template's data), so a credit note, a payment or a renamed item gives a new key and a stale
//! document is never served; old entries simply age out.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

/// A key: which kind of document, and the 128-bit fingerprint of its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    pub(crate) kind: Kind,
    pub(crate) fingerprint: u128,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Invoice,
    CreditNote,
}

/// Rendered documents, bounded by count and by bytes.
#[derive(Debug)]
pub struct DocumentCache {
    max_entries: usize,
    max_bytes: usize,
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    /// Each entry with the tick of its last use.
    entries: HashMap<Key, (u64, Arc<[u8]>)>,
    /// The keys by last use, oldest first.
    by_use: BTreeMap<u64, Key>,
    bytes: usize,
    tick: u64,
}

impl Default for DocumentCache {
    /// 256 documents or 64 MiB, whichever comes first.
    fn default() -> Self {
        Self::new(256, 64 * 1024 * 1024)
    }
}

impl DocumentCache {
    /// A cache of at most `max_entries` documents and `max_bytes` bytes of them. A document
    /// larger than `max_bytes` alone is rendered but not kept.
    pub fn new(max_entries: usize, max_bytes: usize) -> Self {
        Self {
            max_entries,
            max_bytes,
            inner: Mutex::new(Inner::default()),
        }
    }

    /// How many documents are kept.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether no document is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The total size of the documents kept.
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    pub(crate) fn get(&self, key: &Key) -> Option<Arc<[u8]>> {
        let mut inner = self.lock();
        inner.tick += 1;
        let tick = inner.tick;
        let (used, bytes) = inner.entries.get_mut(key)?;
        let old = std::mem::replace(used, tick);
        let bytes = bytes.clone();
        inner.by_use.remove(&old);
        inner.by_use.insert(tick, *key);
        Some(bytes)
    }

    pub(crate) fn put(&self, key: Key, bytes: Arc<[u8]>) {
        if bytes.len() > self.max_bytes || self.max_entries == 0 {
            return;
        }
        let mut inner = self.lock();
        inner.tick += 1;
        let tick = inner.tick;
        let size = bytes.len();
        if let Some((old, previous)) = inner.entries.insert(key, (tick, bytes)) {
            inner.by_use.remove(&old);
            inner.bytes -= previous.len();
        }
        inner.by_use.insert(tick, key);
        inner.bytes += size;
        while inner.entries.len() > self.max_entries || inner.bytes > self.max_bytes {
            let Some((_, oldest)) = inner.by_use.pop_first() else {
                break;
            };
            if let Some((_, evicted)) = inner.entries.remove(&oldest) {
                inner.bytes -= evicted.len();
            }
        }
        debug_assert_eq!(inner.entries.len(), inner.by_use.len());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves the maps consistent (every change above is
        // completed before the next one starts), so a poisoned lock is still usable.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u128) -> Key {
        Key {
            kind: Kind::Invoice,
            fingerprint: n,
        }
    }

    fn doc(size: usize) -> Arc<[u8]> {
        vec![0u8; size].into()
    }

    #[test]
    fn the_least_recently_used_goes_first_when_full() {
        let cache = DocumentCache::new(2, 1_000);
        cache.put(key(1), doc(10));
        cache.put(key(2), doc(10));
        assert!(cache.get(&key(1)).is_some(), "1 is now the most recent");
        cache.put(key(3), doc(10));
        assert!(
            cache.get(&key(2)).is_none(),
            "2 was the least recently used"
        );
        assert!(cache.get(&key(1)).is_some());
        assert!(cache.get(&key(3)).is_some());
        assert_eq!(cache.len(), 2);
        assert_eq!(cache.bytes(), 20);
    }

    #[test]
    fn the_byte_limit_holds_too() {
        let cache = DocumentCache::new(100, 25);
        cache.put(key(1), doc(10));
        cache.put(key(2), doc(10));
        cache.put(key(3), doc(10));
        assert_eq!(cache.len(), 2);
        assert!(cache.bytes() <= 25);
        assert!(cache.get(&key(1)).is_none());
        cache.put(key(4), doc(26));
        assert!(
            cache.get(&key(4)).is_none(),
            "larger than the whole cache: not kept"
        );
        assert_eq!(cache.len(), 2);
    }

    #[test]
    fn putting_a_key_again_replaces_it() {
        let cache = DocumentCache::new(10, 1_000);
        cache.put(key(1), doc(10));
        cache.put(key(1), doc(30));
        assert_eq!(cache.len(), 1);
        assert_eq!(cache.bytes(), 30);
    }
}
