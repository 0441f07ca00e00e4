//! Who may act: the five roles of PRODUCT.md section 2, and the API tokens that carry them.
//! Tokens are random secrets made outside the domain; only their hash is ever recorded.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::values::{MissionCode, Name, UnitCode};

/// A role with its scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    /// One mission's requests, invoices and feedback.
    Mission { mission: MissionCode },
    /// Every request: review, approve, reject, mark held.
    FocalPoint,
    /// One unit's service lines.
    Unit { unit: UnitCode },
    /// All money.
    Finance,
    /// Everything.
    Admin,
}

impl Role {
    /// The wire name of the role, e.g. `FOCAL_POINT`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Mission { .. } => "MISSION",
            Role::FocalPoint => "FOCAL_POINT",
            Role::Unit { .. } => "UNIT",
            Role::Finance => "FINANCE",
            Role::Admin => "ADMIN",
        }
    }
}

/// A token's hash: 64 lowercase hexadecimal characters (SHA-256 of the secret).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TokenHash(String);

impl TokenHash {
    /// Checks the shape of a hash.
    pub fn parse(text: &str) -> Result<Self, crate::values::ValueError> {
        if text.len() == 64
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            Ok(Self(text.to_string()))
        } else {
            Err(crate::values::ValueError::MalformedCode {
                kind: "token hash",
                rule: "64 lowercase hex digits",
            })
        }
    }

    /// The hash as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for TokenHash {
    type Error = crate::values::ValueError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<TokenHash> for String {
    fn from(hash: TokenHash) -> String {
        hash.0
    }
}

/// A live token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenGrant {
    pub role: Role,
    pub label: Name,
    pub issued_at: Timestamp,
}

/// The tokens issued and not revoked, by hash (one stream).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    pub grants: BTreeMap<TokenHash, TokenGrant>,
    pub version: u64,
}

/// At most this many live tokens.
pub const MAX_TOKENS: usize = 100_000;

/// What an administrator asks of the tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenCommand {
    IssueToken {
        hash: TokenHash,
        role: Role,
        label: Name,
        now: Timestamp,
    },
    RevokeToken {
        hash: TokenHash,
        now: Timestamp,
    },
}

/// What happened to a token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum TokenEvent {
    TokenIssued {
        hash: TokenHash,
        role: Role,
        label: Name,
        issued_at: Timestamp,
    },
    TokenRevoked {
        hash: TokenHash,
        revoked_at: Timestamp,
    },
}

impl DomainEvent for TokenEvent {
    fn event_type(&self) -> &'static str {
        match self {
            TokenEvent::TokenIssued { .. } => "TokenIssued",
            TokenEvent::TokenRevoked { .. } => "TokenRevoked",
        }
    }
}

/// Why a token command was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("a token with this hash exists")]
    Duplicate,
    #[error("no such token")]
    NotFound,
    #[error("at most {max} tokens may be live")]
    TooMany { max: usize },
}

impl Rejection for TokenError {
    fn code(&self) -> ErrorCode {
        match self {
            TokenError::Duplicate | TokenError::TooMany { .. } => ErrorCode::Validation,
            TokenError::NotFound => ErrorCode::NotFound,
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            TokenError::TooMany { max } => vec![("max", max.to_string())],
            _ => Vec::new(),
        }
    }
}

impl Aggregate for Tokens {
    type Command = TokenCommand;
    type Event = TokenEvent;
    type Error = TokenError;

    fn decide(&self, command: TokenCommand) -> Result<Vec<TokenEvent>, TokenError> {
        match command {
            TokenCommand::IssueToken {
                hash,
                role,
                label,
                now,
            } => {
                if self.grants.contains_key(&hash) {
                    return Err(TokenError::Duplicate);
                }
                if self.grants.len() >= MAX_TOKENS {
                    return Err(TokenError::TooMany { max: MAX_TOKENS });
                }
                Ok(vec![TokenEvent::TokenIssued {
                    hash,
                    role,
                    label,
                    issued_at: now,
                }])
            }
            TokenCommand::RevokeToken { hash, now } => {
                if !self.grants.contains_key(&hash) {
                    return Err(TokenError::NotFound);
                }
                Ok(vec![TokenEvent::TokenRevoked {
                    hash,
                    revoked_at: now,
                }])
            }
        }
    }

    fn evolve(mut self, event: &TokenEvent) -> Self {
        self.version += 1;
        match event {
            TokenEvent::TokenIssued {
                hash,
                role,
                label,
                issued_at,
            } => {
                self.grants.insert(
                    hash.clone(),
                    TokenGrant {
                        role: role.clone(),
                        label: label.clone(),
                        issued_at: *issued_at,
                    },
                );
            }
            TokenEvent::TokenRevoked { hash, .. } => {
                self.grants.remove(hash);
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;

    fn hash(n: u8) -> TokenHash {
        TokenHash::parse(&format!("{:064x}", n)).expect("valid")
    }

    fn issued(n: u8) -> TokenEvent {
        TokenEvent::TokenIssued {
            hash: hash(n),
            role: Role::Mission {
                mission: mission("FRA"),
            },
            label: name("FRA desk"),
            issued_at: at("2026-04-01T09:00:00Z"),
        }
    }

    #[test]
    fn issue_and_revoke_a_token() {
        let state = given::<Tokens>([])
            .when(TokenCommand::IssueToken {
                hash: hash(1),
                role: Role::Mission {
                    mission: mission("FRA"),
                },
                label: name("FRA desk"),
                now: at("2026-04-01T09:00:00Z"),
            })
            .then(vec![issued(1)]);
        assert_eq!(state.grants.len(), 1);
        let revoked = given::<Tokens>([issued(1)])
            .when(TokenCommand::RevokeToken {
                hash: hash(1),
                now: at("2026-04-02T09:00:00Z"),
            })
            .then_ok()
            .1;
        assert!(revoked.grants.is_empty());
    }

    #[test]
    fn a_hash_is_issued_once_and_revoked_only_if_live() {
        let again = TokenCommand::IssueToken {
            hash: hash(1),
            role: Role::Admin,
            label: name("x"),
            now: at("2026-04-01T09:00:00Z"),
        };
        assert_eq!(
            given::<Tokens>([issued(1)]).when(again).error(),
            TokenError::Duplicate
        );
        let unknown = TokenCommand::RevokeToken {
            hash: hash(2),
            now: at("2026-04-01T09:00:00Z"),
        };
        assert_eq!(
            given::<Tokens>([issued(1)]).when(unknown).error().code(),
            ErrorCode::NotFound
        );
    }

    #[test]
    fn hashes_are_sixty_four_hex_digits() {
        assert!(TokenHash::parse(&"a".repeat(64)).is_ok());
        assert!(TokenHash::parse(&"A".repeat(64)).is_err());
        assert!(TokenHash::parse("abc").is_err());
    }

    #[test]
    fn golden_token_events() {
        let json = serde_json::to_string(&issued(1)).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"TokenIssued","hash":"0000000000000000000000000000000000000000000000000000000000000001","role":{"role":"MISSION","mission":"FRA"},"label":"FRA desk","issued_at":"2026-04-01T09:00:00Z"}"#
        );
        assert_eq!(
            serde_json::from_str::<TokenEvent>(&json).expect("decodes"),
            issued(1)
        );
        let revoked = TokenEvent::TokenRevoked {
            hash: hash(1),
            revoked_at: at("2026-04-02T09:00:00Z"),
        };
        let json = serde_json::to_string(&revoked).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"TokenRevoked","hash":"0000000000000000000000000000000000000000000000000000000000000001","revoked_at":"2026-04-02T09:00:00Z"}"#
        );
        assert_eq!(
            serde_json::from_str::<TokenEvent>(&json).expect("decodes"),
            revoked
        );
    }
}
