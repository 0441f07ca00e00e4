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

#[cfg(test)]
mod tests {
    use super::*;
    use convene_domain::feedback::Feedback;
    use convene_store::MemoryStore;
    use convene_store::testsuite::single;

    /// Past its bound the cache starts over instead of growing, and a cached state whose
    /// stream grew since is completed from the store, never answered stale.
    #[tokio::test]
    async fn a_stale_entry_is_read_forward_and_the_cache_stays_bounded() {
        let store = MemoryStore::new();
        let cache = StateCache::default();
        // Fill the cache past its bound with streams that each hold one decodable event.
        let event =
            |n: u64, unit: &str| convene_domain::feedback::FeedbackEvent::FeedbackSubmitted {
                request: convene_domain::EventRequestId::new(uuid::Uuid::from_u128(
                    0x0190_0000_0000_7000_8000_0000_0000_0000 | u128::from(n),
                ))
                .expect("v7"),
                unit: convene_domain::UnitCode::parse(unit).expect("valid"),
                rating: convene_domain::values::Rating::new(5).expect("valid"),
                comment: convene_domain::values::Note::parse("").expect("valid"),
                submitted_at: jiff::Timestamp::UNIX_EPOCH,
            };
        let append = |name: String, n: u64| {
            single(
                &name,
                convene_store::ExpectedVersion::Any,
                vec![convene_store::codec::encode(&event(n, "CATERING")).expect("encodes")],
            )
        };
        for n in 0..=MAX_CACHED_STREAMS as u64 {
            store
                .append(append(format!("feedback-{n}"), n))
                .await
                .expect("appends");
            let stream = StreamId::new(format!("feedback-{n}")).expect("valid");
            let loaded: Loaded<Feedback> = cache.load(&store, &stream).await.expect("loads");
            assert_eq!(loaded.version, 1);
        }
        let cached = cache.entries.lock().expect("not poisoned").len();
        assert!(cached <= MAX_CACHED_STREAMS, "{cached} entries");
        // A cached stream that grew is read forward from its cached version.
        let last = StreamId::new(format!("feedback-{MAX_CACHED_STREAMS}")).expect("valid");
        let second = event(1, "SECURITY");
        let request = single(
            last.as_str(),
            convene_store::ExpectedVersion::Exact(1),
            vec![convene_store::codec::encode(&second).expect("encodes")],
        );
        store.append(request).await.expect("appends");
        let loaded: Loaded<Feedback> = cache.load(&store, &last).await.expect("loads");
        assert_eq!((loaded.version, loaded.state.ratings.len()), (2, 2));
    }
}
