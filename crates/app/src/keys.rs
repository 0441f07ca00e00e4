//! The administrator's view of access keys: every key issued, live or revoked, without its
//! secret, and revoking one by its hash, which the list knows (the secret is shown once, when
//! the key is issued, and never stored).

use convene_domain::access::{TokenCommand, TokenHash, Tokens};
use convene_store::readmodel::IssuedKey;
use convene_store::streams;

use crate::App;
use crate::auth::Principal;
use crate::error::{AppResult, UserError};

/// The most keys [`App::access_keys`] lists.
pub const MAX_LISTED_KEYS: usize = 1_000;

impl App {
    /// The keys issued, newest first, at most [`MAX_LISTED_KEYS`] (administrator).
    pub fn access_keys(&self, principal: &Principal) -> AppResult<Vec<IssuedKey>> {
        if !principal.is_admin() {
            return Err(UserError::forbidden("list access keys").into());
        }
        let venue = self.venue();
        let mut keys: Vec<IssuedKey> = venue.keys.keys().cloned().collect();
        drop(venue);
        keys.sort_by(|a, b| (b.issued_at, b.hash.as_str()).cmp(&(a.issued_at, a.hash.as_str())));
        keys.truncate(MAX_LISTED_KEYS);
        Ok(keys)
    }

    /// Revokes a key by its hash (administrator); it stops working at once. A key revoked
    /// already, or never issued, is `NOT_FOUND`.
    pub async fn revoke_token_by_hash(
        &self,
        principal: &Principal,
        hash: &TokenHash,
    ) -> AppResult<()> {
        self.administer::<Tokens>(principal, streams::tokens(), |now| {
            TokenCommand::RevokeToken {
                hash: hash.clone(),
                now,
            }
        })
        .await
    }
}
