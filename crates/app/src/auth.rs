//! Callers: bearer tokens, their hashes, and the principal (role and scope) a token carries.
//! A token is 32 random bytes in hexadecimal with a `cvn_` prefix; only its SHA-256 is stored.

use sha2::{Digest, Sha256};

use convene_domain::access::{Role, TokenHash};
use convene_domain::{MissionCode, UnitCode};

/// Who is calling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub role: Role,
}

impl Principal {
    /// The principal of a role.
    pub fn new(role: Role) -> Self {
        Principal { role }
    }

    /// How the principal appears in event metadata and idempotency scopes.
    pub fn actor(&self) -> String {
        match &self.role {
            Role::Mission { mission } => format!("mission:{mission}"),
            Role::FocalPoint => "focal-point".to_string(),
            Role::Unit { unit } => format!("unit:{unit}"),
            Role::Finance => "finance".to_string(),
            Role::Admin => "admin".to_string(),
        }
    }

    /// The mission this principal acts for, if a mission.
    pub fn mission(&self) -> Option<&MissionCode> {
        match &self.role {
            Role::Mission { mission } => Some(mission),
            _ => None,
        }
    }

    /// The unit this principal acts for, if a unit.
    pub fn unit(&self) -> Option<&UnitCode> {
        match &self.role {
            Role::Unit { unit } => Some(unit),
            _ => None,
        }
    }

    /// Whether this is the administrator.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Whether the principal may read every request (focal points, finance, admin).
    pub fn reads_all_requests(&self) -> bool {
        matches!(self.role, Role::FocalPoint | Role::Finance | Role::Admin)
    }
}

/// A new random token.
pub fn new_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    let hex: String = hex::encode(bytes);
    Ok(format!("cvn_{hex}"))
}

/// The stored form of a token.
pub fn hash_token(token: &str) -> TokenHash {
    let digest = Sha256::digest(token.as_bytes());
    let hex: String = hex::encode(digest);
    TokenHash::parse(&hex).expect("a SHA-256 in lowercase hex is a valid token hash")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stored hashes live in the log: the stored form of a token never changes.
    #[test]
    fn a_token_is_stored_as_its_sha256_in_lowercase_hex_and_a_new_one_is_cvn_and_64_hex() {
        assert_eq!(
            hash_token("cvn_golden").as_str(),
            "ce80546d8675a27b8500d774923627ca77c158aff1c44226e945d16bd9d19d61"
        );
        let token = new_token().expect("randomness");
        let hex = token.strip_prefix("cvn_").expect("the prefix");
        assert_eq!(hex.len(), 64);
        assert!(
            hex.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        assert_ne!(new_token().expect("randomness"), token);
    }
}
