//! Idempotency: the same key from the same principal with the same input returns the first
//! result; the same key with a different input is refused (`IDEMPOTENCY_KEY_REUSED`).
//!
//! The caller fingerprints the input (the domain does no hashing) and keeps the first
//! result; this module holds the rule.

use crate::error::{ErrorCode, Param, Rejection};

/// What to do with a request that carries an idempotency key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyUse<'a, R> {
    /// The key is new: decide and remember the result under it.
    Fresh,
    /// The same input was sent before: answer with its first result.
    Replay(&'a R),
}

/// The key was used before with a different input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("idempotency key {key:?} was already used with a different input")]
pub struct IdempotencyKeyReused {
    pub key: String,
}

impl Rejection for IdempotencyKeyReused {
    fn code(&self) -> ErrorCode {
        ErrorCode::IdempotencyKeyReused
    }

    fn field(&self) -> Option<&'static str> {
        Some("idempotencyKey")
    }

    fn params(&self) -> Vec<Param> {
        vec![("idempotencyKey", self.key.clone())]
    }
}

/// Decides how to treat `key` with `fingerprint`, given what was stored under the key before
/// (its input fingerprint and first result).
pub fn check_key<'a, F: PartialEq, R>(
    key: &str,
    fingerprint: &F,
    earlier: Option<(&F, &'a R)>,
) -> Result<KeyUse<'a, R>, IdempotencyKeyReused> {
    match earlier {
        None => Ok(KeyUse::Fresh),
        Some((first, result)) if first == fingerprint => Ok(KeyUse::Replay(result)),
        Some(_) => Err(IdempotencyKeyReused {
            key: key.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_key_is_fresh() {
        assert_eq!(check_key::<_, u32>("k1", &"input", None), Ok(KeyUse::Fresh));
    }

    #[test]
    fn the_same_input_replays_the_first_result() {
        assert_eq!(
            check_key("k1", &"input", Some((&"input", &42))),
            Ok(KeyUse::Replay(&42))
        );
    }

    #[test]
    fn another_input_under_the_same_key_is_refused() {
        let error = check_key("k1", &"other", Some((&"input", &42))).expect_err("reused");
        assert_eq!(error.code(), ErrorCode::IdempotencyKeyReused);
        assert_eq!(error.field(), Some("idempotencyKey"));
        assert_eq!(error.params(), vec![("idempotencyKey", "k1".to_string())]);
    }
}
