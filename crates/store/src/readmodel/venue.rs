//! The venue in memory: its profile, rooms, units, rate card, missions and tokens, kept current by the
//! projection runner. Each part remembers its stream version, so an event is applied exactly
//! once whether it arrives by the initial load or by the runner.

use convene_domain::Aggregate;
use std::collections::{BTreeMap, VecDeque};

use convene_domain::access::{Role, TokenEvent, TokenHash, Tokens};
use convene_domain::directory::Directory;
use convene_domain::focal_points::FocalPoints;
use convene_domain::missions::Missions;
use convene_domain::rate_card::RateCard;
use convene_domain::rooms::RoomCatalog;
use convene_domain::values::Name;
use convene_domain::venue::VenueProfile;
use jiff::Timestamp;

use crate::codec::decode;
use crate::envelope::RecordedEvent;
use crate::error::StoreError;
use crate::streams;
use crate::{EventStore, MAX_PAGE};

/// The venue's reference data.
#[derive(Debug, Clone, Default)]
pub struct Venue {
    pub rooms: RoomCatalog,
    pub directory: Directory,
    pub rate_card: RateCard,
    pub missions: Missions,
    pub tokens: Tokens,
    /// Every key issued, revoked ones too (the live ones are `tokens`), for the
    /// administrator's list.
    pub keys: IssuedKeys,
    pub focal_points: FocalPoints,
    pub profile: VenueProfile,
    versions: [u64; 7],
}

fn apply_to<A: Aggregate>(
    state: &mut A,
    version: &mut u64,
    event: &RecordedEvent,
) -> Result<(), StoreError>
where
    A::Event: serde::de::DeserializeOwned,
{
    if event.version != *version + 1 {
        // Already applied (or a gap the runner will never produce): applying twice is the
        // one thing that must not happen.
        return Ok(());
    }
    let decoded: A::Event = decode(event)?;
    *state = std::mem::take(state).evolve(&decoded);
    *version = event.version;
    Ok(())
}

/// One access key as the administrator's list shows it: never its secret, only its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedKey {
    pub hash: TokenHash,
    pub role: Role,
    pub label: Name,
    pub issued_at: Timestamp,
    /// When it was revoked; `None` while it signs in.
    pub revoked_at: Option<Timestamp>,
}

/// Every key issued, live and revoked. The live ones are bounded by the tokens' own limit;
/// of the revoked ones only the latest [`IssuedKeys::MAX_REVOKED`] are remembered, so the
/// list stays bounded however many keys come and go.
#[derive(Debug, Clone, Default)]
pub struct IssuedKeys {
    keys: BTreeMap<TokenHash, IssuedKey>,
    revoked: VecDeque<TokenHash>,
}

impl IssuedKeys {
    /// The most revoked keys remembered.
    pub const MAX_REVOKED: usize = 10_000;

    /// The key with this hash, if remembered.
    pub fn key(&self, hash: &TokenHash) -> Option<&IssuedKey> {
        self.keys.get(hash)
    }

    /// Every remembered key, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &IssuedKey> {
        self.keys.values()
    }

    fn apply(&mut self, event: &TokenEvent) {
        match event {
            TokenEvent::TokenIssued {
                hash,
                role,
                label,
                issued_at,
            } => {
                self.keys.insert(
                    hash.clone(),
                    IssuedKey {
                        hash: hash.clone(),
                        role: role.clone(),
                        label: label.clone(),
                        issued_at: *issued_at,
                        revoked_at: None,
                    },
                );
            }
            TokenEvent::TokenRevoked { hash, revoked_at } => {
                if let Some(key) = self.keys.get_mut(hash) {
                    key.revoked_at = Some(*revoked_at);
                    self.revoked.push_back(hash.clone());
                }
                while self.revoked.len() > Self::MAX_REVOKED {
                    if let Some(oldest) = self.revoked.pop_front() {
                        self.keys.remove(&oldest);
                    }
                }
            }
        }
    }
}

impl Venue {
    /// Applies one event if it belongs to a venue stream and was not applied yet.
    pub fn apply(&mut self, event: &RecordedEvent) -> Result<(), StoreError> {
        let name = event.stream.as_str();
        // Requests, schedules, sequences, invoices and feedback: ids in their names.
        if name.contains('-') {
            return Ok(());
        }
        if name == streams::rooms().as_str() {
            apply_to(&mut self.rooms, &mut self.versions[0], event)
        } else if name == streams::directory().as_str() {
            apply_to(&mut self.directory, &mut self.versions[1], event)
        } else if name == streams::rate_card().as_str() {
            apply_to(&mut self.rate_card, &mut self.versions[2], event)
        } else if name == streams::missions().as_str() {
            apply_to(&mut self.missions, &mut self.versions[3], event)
        } else if name == streams::tokens().as_str() {
            let before = self.versions[4];
            apply_to(&mut self.tokens, &mut self.versions[4], event)?;
            if self.versions[4] != before {
                self.keys.apply(&decode(event)?);
            }
            Ok(())
        } else if name == streams::focal_points().as_str() {
            apply_to(&mut self.focal_points, &mut self.versions[5], event)
        } else if name == streams::venue().as_str() {
            apply_to(&mut self.profile, &mut self.versions[6], event)
        } else {
            Ok(())
        }
    }

    /// Reads the venue streams from the store.
    pub async fn load(store: &dyn EventStore) -> Result<Venue, StoreError> {
        let mut venue = Venue::default();
        for stream in [
            streams::rooms(),
            streams::directory(),
            streams::rate_card(),
            streams::missions(),
            streams::tokens(),
            streams::focal_points(),
            streams::venue(),
        ] {
            let mut from = 1;
            loop {
                let page = store.read_stream(&stream, from, MAX_PAGE).await?;
                let Some(last) = page.last() else { break };
                from = last.version + 1;
                for event in &page {
                    venue.apply(event)?;
                }
            }
        }
        Ok(venue)
    }
}
