//! Remembered texts: a page writes the same few dates, times, amounts and labels many times
//! over, and each one through Fluent resolves a pattern with a map of arguments. A [`Memo`]
//! keeps what was written for a key, so the second time costs one map lookup.
//!
//! A memo is bounded: when it holds `limit` entries it starts again empty (the texts are
//! cheap to write again, and a bound that is never reached in a venue's working set keeps
//! the memory of a long-running server fixed whatever it is asked).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, PoisonError, RwLock};

use crate::Lang;

/// Texts by key, one map for each of the six languages.
pub(crate) struct Memo<K> {
    maps: [RwLock<HashMap<K, Arc<str>>>; 6],
    limit: usize,
}

impl<K: Hash + Eq> Memo<K> {
    /// An empty memo of at most `limit` entries per language.
    pub(crate) fn new(limit: usize) -> Self {
        Self {
            maps: std::array::from_fn(|_| RwLock::new(HashMap::new())),
            limit,
        }
    }

    /// The text remembered for `key` in `lang`, if any.
    pub(crate) fn get<Q>(&self, lang: Lang, key: &Q) -> Option<Arc<str>>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.map(lang)
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    /// Remembers `text` for `key` in `lang`.
    pub(crate) fn put(&self, lang: Lang, key: K, text: Arc<str>) {
        let mut map = self
            .map(lang)
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if map.len() >= self.limit {
            map.clear();
        }
        map.insert(key, text);
    }

    /// The text for `key` in `lang`: the remembered one, or `write`'s, then remembered.
    pub(crate) fn text(&self, lang: Lang, key: K, write: impl FnOnce() -> String) -> String {
        if let Some(text) = self.get(lang, &key) {
            return text.to_string();
        }
        let text = write();
        self.put(lang, key, Arc::from(text.as_str()));
        text
    }

    fn map(&self, lang: Lang) -> &RwLock<HashMap<K, Arc<str>>> {
        let index = Lang::ALL
            .iter()
            .position(|other| *other == lang)
            .unwrap_or(0);
        &self.maps[index]
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::Memo;
    use crate::Lang;

    #[test]
    fn a_text_is_written_once_per_language_and_the_memo_stays_bounded() {
        let memo = Memo::new(2);
        let writes = Cell::new(0);
        let write = |text: &str| {
            writes.set(writes.get() + 1);
            text.to_string()
        };
        assert_eq!(memo.text(Lang::En, 1, || write("one")), "one");
        assert_eq!(memo.text(Lang::En, 1, || write("again")), "one");
        assert_eq!(memo.text(Lang::Fr, 1, || write("un")), "un");
        assert_eq!(writes.get(), 2);
        memo.text(Lang::En, 2, || write("two"));
        // Full: the third key starts the English map again.
        memo.text(Lang::En, 3, || write("three"));
        assert_eq!(memo.get(Lang::En, &1), None);
        assert_eq!(memo.get(Lang::En, &3).as_deref(), Some("three"));
        assert_eq!(memo.get(Lang::Fr, &1).as_deref(), Some("un"));
    }
}
