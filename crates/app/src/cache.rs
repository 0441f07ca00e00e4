//! A cache of aggregate states by stream. Loading a request with 150 lines means decoding 150
//! events; with the cache, a command or query reads only the events appended since the cached
//! version. Entries are only ever built from durable events and are always read forward from
//! the store, so a stale entry costs a longer read, never a wrong answer.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use convene_domain::Aggregate;
use convene_store::codec::decode;
use convene_store::envelope::StreamId;
use convene_store::load::Loaded;
use convene_store::{EventStore, MAX_PAGE, StoreError};
use serde::de::DeserializeOwned;

/// At most this many streams are cached; past it the cache starts over (a limit on memory).
pub(crate) const MAX_CACHED_STREAMS: usize = 20_000;

/// A cached state: the stream version it reflects, and the state (type-erased).
type Entry = (u64, Arc<dyn Any + Send + Sync>);

#[derive(Default)]
pub(crate) struct StateCache {
    entries: Mutex<HashMap<String, Entry>>,
}

impl std::fmt::Debug for StateCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StateCache").finish_non_exhaustive()
    }
}

impl StateCache {
    fn get<A: Clone + 'static>(&self, stream: &StreamId) -> Option<(u64, A)> {
        let entries = self
            .entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (version, state) = entries.get(stream.as_str())?;
        state
            .downcast_ref::<A>()
            .map(|state| (*version, state.clone()))
    }

    fn put<A: Send + Sync + 'static>(&self, stream: &StreamId, version: u64, state: A) {
        let mut entries = self
            .entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if entries.len() >= MAX_CACHED_STREAMS && !entries.contains_key(stream.as_str()) {
            entries.clear();
        }
        let newer = entries
            .get(stream.as_str())
            .is_none_or(|(cached, _)| *cached <= version);
        if newer {
            entries.insert(stream.as_str().to_string(), (version, Arc::new(state)));
        }
    }

    /// The aggregate of a stream, read forward from its cached state.
    pub(crate) async fn load<A>(
        &self,
        store: &dyn EventStore,
        stream: &StreamId,
    ) -> Result<Loaded<A>, StoreError>
    where
        A: Aggregate + Send + Sync + 'static,
        A::Event: DeserializeOwned,
    {
        let (mut version, mut state) = self.get::<A>(stream).unwrap_or_default();
        let cached = version;
        loop {
            let page = store.read_stream(stream, version + 1, MAX_PAGE).await?;
            if page.is_empty() {
                break;
            }
            for event in &page {
                if event.version != version + 1 {
                    return Err(StoreError::Corrupt {
                        position: event.position,
                        reason: format!(
                            "{stream} skips from version {version} to {}",
                            event.version
                        ),
                    });
                }
                let decoded: A::Event = decode(event)?;
                state = state.evolve(&decoded);
                version = event.version;
            }
        }
        if version != cached {
            self.put(stream, version, state.clone());
        }
        Ok(Loaded {
            state,
            version,
            events: Vec::new(),
        })
    }
}
