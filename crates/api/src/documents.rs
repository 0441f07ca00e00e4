//! Parsed GraphQL documents, remembered by their text.
//!
//! Clients send the same few documents again and again with other variables; parsing one
//! (async-graphql's pest grammar) was a tenth of a mutation's time, and it was done twice per
//! request. A document's parse depends on its text alone (the operation to run, the variables
//! and every limit are applied after it), so a parse remembered by its text is the same parse.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use async_graphql::ServerError;
use async_graphql::parser::parse_query;
use async_graphql::parser::types::ExecutableDocument;

/// How many documents are remembered; when full, the memory starts again empty (a client
/// writing its values into ever new documents cannot grow it).
pub const CAPACITY: usize = 256;
/// The longest document remembered, in bytes (a client's documents are a few hundred bytes,
/// GraphiQL's introspection under 2 KiB): at most a few megabytes of parses in all.
pub const LONGEST: usize = 4 * 1024;

/// Parsed documents by their text, bounded by [`CAPACITY`] and [`LONGEST`].
#[derive(Debug, Default)]
pub struct Documents {
    parsed: Mutex<HashMap<Box<str>, Arc<ExecutableDocument>>>,
}

impl Documents {
    /// The parse of `query`: remembered, or parsed now (and remembered if short enough).
    pub fn parse(&self, query: &str) -> Result<ExecutableDocument, ServerError> {
        if let Some(document) = self.lock().get(query).cloned() {
            return Ok(ExecutableDocument::clone(&document));
        }
        let document = parse_query(query)?;
        if query.len() <= LONGEST {
            let mut parsed = self.lock();
            if parsed.len() >= CAPACITY {
                parsed.clear();
            }
            parsed.insert(query.into(), Arc::new(document.clone()));
        }
        Ok(document)
    }

    /// How many documents are remembered now.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Box<str>, Arc<ExecutableDocument>>> {
        // A panic while holding the map leaves it whole: every change is one insert or clear.
        self.parsed.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use async_graphql::parser::types::DocumentOperations;

    use super::*;

    /// Each operation's parse by its name (the operations' own order in a document is a hash
    /// map's).
    fn shape(document: &ExecutableDocument) -> BTreeMap<String, String> {
        match &document.operations {
            DocumentOperations::Single(operation) => {
                BTreeMap::from([(String::new(), format!("{operation:?}"))])
            }
            DocumentOperations::Multiple(operations) => operations
                .iter()
                .map(|(name, operation)| (name.to_string(), format!("{operation:?}")))
                .collect(),
        }
    }

    #[test]
    fn a_remembered_document_is_the_same_parse_and_a_full_memory_starts_again() {
        let documents = Documents::default();
        let query = "query A { a } mutation B($x: Int) { b(x: $x) { c } }";
        let first = documents.parse(query).expect("parses");
        let again = documents.parse(query).expect("parses");
        let fresh = shape(&parse_query(query).expect("parses"));
        assert_eq!(fresh.len(), 2);
        assert_eq!(shape(&first), fresh);
        assert_eq!(shape(&again), fresh);
        assert_eq!(documents.len(), 1);

        assert!(documents.parse("query { a").is_err());
        assert_eq!(
            documents.len(),
            1,
            "a document that does not parse is not remembered"
        );

        let long = format!("{{ {} }}", "a ".repeat(LONGEST));
        documents.parse(&long).expect("parses");
        assert_eq!(
            documents.len(),
            1,
            "a long document is parsed, not remembered"
        );

        for n in 1..CAPACITY {
            documents.parse(&format!("{{ a{n} }}")).expect("parses");
        }
        assert_eq!(documents.len(), CAPACITY);
        documents.parse("{ one_more }").expect("parses");
        assert_eq!(documents.len(), 1);
        let after = documents.parse(query).expect("parses");
        assert_eq!(shape(&after), fresh);
    }
}
