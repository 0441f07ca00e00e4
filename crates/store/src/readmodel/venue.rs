//! The venue in memory: its profile, rooms, units, rate card, missions and tokens, kept current by the
//! projection runner. Each part remembers its stream version, so an event is applied exactly
//! once whether it arrives by the initial load or by the runner.

use convene_domain::Aggregate;
use convene_domain::access::Tokens;
use convene_domain::directory::Directory;
use convene_domain::focal_points::FocalPoints;
use convene_domain::missions::Missions;
use convene_domain::rate_card::RateCard;
use convene_domain::rooms::RoomCatalog;
use convene_domain::venue::VenueProfile;

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

impl Venue {
    /// Applies one event if it belongs to a venue stream and was not applied yet.
    pub fn apply(&mut self, event: &RecordedEvent) -> Result<(), StoreError> {
        let name = event.stream.as_str();
        if name == streams::rooms().as_str() {
            apply_to(&mut self.rooms, &mut self.versions[0], event)
        } else if name == streams::directory().as_str() {
            apply_to(&mut self.directory, &mut self.versions[1], event)
        } else if name == streams::rate_card().as_str() {
            apply_to(&mut self.rate_card, &mut self.versions[2], event)
        } else if name == streams::missions().as_str() {
            apply_to(&mut self.missions, &mut self.versions[3], event)
        } else if name == streams::tokens().as_str() {
            apply_to(&mut self.tokens, &mut self.versions[4], event)
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
