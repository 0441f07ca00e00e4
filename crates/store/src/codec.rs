//! How domain events become stored events and back: JSON payloads named by the event's type
//! and stamped with its version. Only the store knows this encoding; a future version of an
//! event is upcast here, at the boundary, before the domain sees it.

use serde::Serialize;
use serde::de::DeserializeOwned;

use convene_domain::DomainEvent;

use crate::envelope::{EventData, RecordedEvent};
use crate::error::StoreError;

/// Encodes a domain event for an append.
pub fn encode<E: DomainEvent + Serialize>(event: &E) -> Result<EventData, StoreError> {
    let payload = serde_json::to_vec(event).map_err(|error| {
        StoreError::Invalid(format!("cannot encode {}: {error}", event.event_type()))
    })?;
    Ok(EventData {
        event_type: event.event_type().to_string(),
        event_version: event.event_version(),
        payload,
    })
}

/// Decodes a stored event into the domain type `E`, refusing versions this build does not
/// know (rather than guessing).
pub fn decode<E: DomainEvent + DeserializeOwned>(
    recorded: &RecordedEvent,
) -> Result<E, StoreError> {
    if recorded.event_version != 1 {
        return Err(StoreError::Corrupt {
            position: recorded.position,
            reason: format!(
                "{} version {} is unknown to this build",
                recorded.event_type, recorded.event_version
            ),
        });
    }
    let event: E =
        serde_json::from_slice(&recorded.payload).map_err(|error| StoreError::Corrupt {
            position: recorded.position,
            reason: format!("undecodable {}: {error}", recorded.event_type),
        })?;
    if event.event_type() != recorded.event_type {
        return Err(StoreError::Corrupt {
            position: recorded.position,
            reason: format!(
                "payload of type {} stored as {}",
                event.event_type(),
                recorded.event_type
            ),
        });
    }
    Ok(event)
}
