//! What the read models need of an event, decoded by its type and version without building
//! the whole domain event.
//!
//! Request events are most of the log, and the domain's enum is internally tagged: serde
//! buffers every field of such a payload before it can pick the variant, which made decoding
//! the largest cost of a rebuild. The models read only a status change (known from the
//! event's type alone), a mission, a unit, a line id or a focal point's e-mail, so those
//! events are read through small views of their payloads, chosen by `event_type` and
//! `event_version` as the codec chooses the full type. Invoices and feedback are rare and are
//! decoded in full. A test holds every view to the full decoding of the same events.

use convene_domain::feedback::FeedbackEvent;
use convene_domain::invoice::InvoiceEvent;
use convene_domain::request::{LineStatus, RequestStatus};
use convene_domain::{MissionCode, UnitCode};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::codec::decode;
use crate::envelope::RecordedEvent;
use crate::error::StoreError;

/// One event as the read models see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// A request was created for a mission (it starts as a draft).
    RequestCreated { request: Uuid, mission: MissionCode },
    /// A request was submitted; its focal point follows it from now on.
    RequestSubmitted { request: Uuid, focal_point: String },
    /// A request moved to another status (approved, rejected, cancelled, held, closed).
    RequestMoved {
        request: Uuid,
        status: RequestStatus,
    },
    /// A service line was requested from a unit.
    LineRequested {
        request: Uuid,
        line: Uuid,
        unit: UnitCode,
    },
    /// A service line moved to another status.
    LineMoved { line: Uuid, status: LineStatus },
    /// Anything that happened to an invoice (issued, credited, paid).
    Invoice { invoice: Uuid, event: InvoiceEvent },
    /// Feedback on a unit.
    Feedback(FeedbackEvent),
    /// Nothing a read model keeps (edits, guests, schedules, sequences, the venue's streams).
    Nothing,
}

#[derive(Deserialize)]
struct Created {
    mission: MissionCode,
}

#[derive(Deserialize)]
struct Email {
    email: String,
}

#[derive(Deserialize)]
struct Submitted {
    focal_point: Email,
}

#[derive(Deserialize)]
struct Unit {
    unit: UnitCode,
}

#[derive(Deserialize)]
struct LineRequested {
    line: Uuid,
    item: Unit,
}

#[derive(Deserialize)]
struct Line {
    line: Uuid,
}

fn id_in(event: &RecordedEvent, prefix: &str) -> Result<Uuid, StoreError> {
    event
        .stream
        .as_str()
        .strip_prefix(prefix)
        .and_then(|id| Uuid::try_parse(id).ok())
        .ok_or_else(|| StoreError::Corrupt {
            position: event.position,
            reason: format!("stream {} has no id", event.stream),
        })
}

fn view<T: DeserializeOwned>(event: &RecordedEvent) -> Result<T, StoreError> {
    serde_json::from_slice(&event.payload).map_err(|error| StoreError::Corrupt {
        position: event.position,
        reason: format!("undecodable {}: {error}", event.event_type),
    })
}

fn known_version(event: &RecordedEvent) -> Result<(), StoreError> {
    if event.event_version == 1 {
        Ok(())
    } else {
        Err(StoreError::Corrupt {
            position: event.position,
            reason: format!(
                "{} version {} is unknown to this build",
                event.event_type, event.event_version
            ),
        })
    }
}

fn request_fact(event: &RecordedEvent) -> Result<Fact, StoreError> {
    known_version(event)?;
    let request = || id_in(event, "request-");
    let moved = |status| -> Result<Fact, StoreError> {
        Ok(Fact::RequestMoved {
            request: request()?,
            status,
        })
    };
    let line_moved = |status| -> Result<Fact, StoreError> {
        Ok(Fact::LineMoved {
            line: view::<Line>(event)?.line,
            status,
        })
    };
    match event.event_type.as_str() {
        "EventRequestCreated" => Ok(Fact::RequestCreated {
            request: request()?,
            mission: view::<Created>(event)?.mission,
        }),
        "EventRequestSubmitted" => Ok(Fact::RequestSubmitted {
            request: request()?,
            focal_point: view::<Submitted>(event)?.focal_point.email,
        }),
        "EventRequestApproved" => moved(RequestStatus::Approved),
        "EventRequestRejected" => moved(RequestStatus::Rejected),
        "EventRequestCancelled" => moved(RequestStatus::Cancelled),
        "EventRequestHeld" => moved(RequestStatus::Held),
        "EventRequestClosed" => moved(RequestStatus::Closed),
        "ServiceLineRequested" => {
            let requested: LineRequested = view(event)?;
            Ok(Fact::LineRequested {
                request: request()?,
                line: requested.line,
                unit: requested.item.unit,
            })
        }
        "ServiceLineConfirmed" => line_moved(LineStatus::Confirmed),
        "ServiceLineDeclined" => line_moved(LineStatus::Declined),
        "ServiceLineDelivered" => line_moved(LineStatus::Delivered),
        "ServiceLineCancelled" => line_moved(LineStatus::Cancelled),
        "EventRequestEdited" | "GuestAdded" | "GuestRemoved" => Ok(Fact::Nothing),
        other => Err(StoreError::Corrupt {
            position: event.position,
            reason: format!("{other} is not a request event this build knows"),
        }),
    }
}

/// What the read models need of `event`.
pub fn fact_of(event: &RecordedEvent) -> Result<Fact, StoreError> {
    let name = event.stream.as_str();
    let kind = name.split_once('-').map_or(name, |(kind, _)| kind);
    match kind {
        "request" => request_fact(event),
        "invoice" => {
            let decoded: InvoiceEvent = decode(event)?;
            if !decoded.is_consistent() {
                return Err(StoreError::Corrupt {
                    position: event.position,
                    reason: "inconsistent invoice event".into(),
                });
            }
            Ok(Fact::Invoice {
                invoice: id_in(event, "invoice-")?,
                event: decoded,
            })
        }
        "feedback" => Ok(Fact::Feedback(decode(event)?)),
        _ => Ok(Fact::Nothing),
    }
}

/// The same facts from the fully decoded domain event: the reference the views are tested
/// against.
#[cfg(test)]
fn fact_of_decoded(event: &RecordedEvent) -> Result<Fact, StoreError> {
    use convene_domain::request::EventRequestEvent as E;
    let name = event.stream.as_str();
    if !name.starts_with("request-") {
        return fact_of(event);
    }
    let request = id_in(event, "request-")?;
    let decoded: E = decode(event)?;
    let moved = |status| Fact::RequestMoved { request, status };
    let line_moved = |line: &convene_domain::ServiceLineId, status| Fact::LineMoved {
        line: line.as_uuid(),
        status,
    };
    Ok(match &decoded {
        E::EventRequestCreated { mission, .. } => Fact::RequestCreated {
            request,
            mission: mission.clone(),
        },
        E::EventRequestSubmitted { focal_point, .. } => Fact::RequestSubmitted {
            request,
            focal_point: focal_point.email.as_str().to_string(),
        },
        E::EventRequestApproved { .. } => moved(RequestStatus::Approved),
        E::EventRequestRejected { .. } => moved(RequestStatus::Rejected),
        E::EventRequestCancelled { .. } => moved(RequestStatus::Cancelled),
        E::EventRequestHeld { .. } => moved(RequestStatus::Held),
        E::EventRequestClosed { .. } => moved(RequestStatus::Closed),
        E::ServiceLineRequested { line, item, .. } => Fact::LineRequested {
            request,
            line: line.as_uuid(),
            unit: item.unit.clone(),
        },
        E::ServiceLineConfirmed { line, .. } => line_moved(line, LineStatus::Confirmed),
        E::ServiceLineDeclined { line, .. } => line_moved(line, LineStatus::Declined),
        E::ServiceLineDelivered { line, .. } => line_moved(line, LineStatus::Delivered),
        E::ServiceLineCancelled { line, .. } => line_moved(line, LineStatus::Cancelled),
        E::EventRequestEdited { .. } | E::GuestAdded { .. } | E::GuestRemoved { .. } => {
            Fact::Nothing
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::encode;
    use crate::envelope::{Metadata, StreamId};
    use convene_domain::item::{PricedItem, PricingBasis};
    use convene_domain::request::{EventRequestEvent as E, RequestReference};
    use convene_domain::values::{
        Attendance, Contact, Description, Email, Name, Note, Phone, Quantity, Reason, Title,
    };
    use convene_domain::{
        Currency, EventRequestId, GuestId, InvoiceId, ItemCode, Money, RoomCode, ServiceLineId,
        TimeSlot,
    };
    use rust_decimal::Decimal;

    fn v7(n: u128) -> Uuid {
        Uuid::from_u128(0x0190_a000_0000_7000_8000_0000_0000_0000_u128 | n)
    }

    /// One event of every kind a request stream holds.
    fn request_events_of_every_kind() -> Vec<E> {
        let at: jiff::Timestamp = "2026-05-01T13:00:00Z".parse().expect("valid");
        let start: jiff::Timestamp = "2026-05-12T14:00:00Z".parse().expect("valid");
        let slot =
            TimeSlot::new(start, start + jiff::SignedDuration::from_hours(1)).expect("ordered");
        let line = ServiceLineId::new(v7(7)).expect("v7");
        let usd = Money::parse("4.50", Currency::USD).expect("valid");
        let reason = Reason::parse("Changed plans").expect("valid");
        vec![
            E::EventRequestCreated {
                id: EventRequestId::new(v7(1)).expect("v7"),
                reference: RequestReference::new(2026, 1).expect("valid"),
                mission: MissionCode::parse("FRA").expect("valid"),
                title: Title::parse("Side event").expect("valid"),
                description: Description::parse("On water").expect("valid"),
                slot,
                attendance: Attendance::new(20).expect("valid"),
                preferred_room: Some(RoomCode::parse("CR4").expect("valid")),
                created_at: at,
            },
            E::EventRequestEdited {
                title: Title::parse("Side event, edited").expect("valid"),
                description: Description::parse("").expect("valid"),
                slot,
                attendance: Attendance::new(30).expect("valid"),
                preferred_room: None,
                edited_at: at,
            },
            E::EventRequestSubmitted {
                focal_point: Contact {
                    name: Name::parse("Amina Diallo").expect("valid"),
                    email: Email::parse("amina@example.org").expect("valid"),
                    phone: Phone::parse("+1 212 555 0100").expect("valid"),
                },
                submitted_at: at,
            },
            E::EventRequestApproved {
                room: RoomCode::parse("CR4").expect("valid"),
                approved_at: at,
            },
            E::EventRequestRejected {
                reason: reason.clone(),
                rejected_at: at,
            },
            E::EventRequestCancelled {
                reason: reason.clone(),
                fee_rate: Decimal::new(5, 1),
                cancelled_at: at,
            },
            E::EventRequestHeld { held_at: at },
            E::EventRequestClosed {
                invoice: InvoiceId::new(v7(9)).expect("v7"),
                closed_at: at,
            },
            E::ServiceLineRequested {
                line,
                item: PricedItem {
                    code: ItemCode::parse("CAT-COFFEE").expect("valid"),
                    unit: UnitCode::parse("CATERING").expect("valid"),
                    pricing: PricingBasis::PerPerson,
                    lead_time_days: 3,
                    rate_version: 1,
                    unit_price: usd,
                },
                quantity: Quantity::parse("20").expect("valid"),
                note: Note::parse("Vegetarian").expect("valid"),
                requested_at: at,
            },
            E::ServiceLineConfirmed {
                line,
                rate_version: 1,
                unit_price: usd,
                quoted: false,
                note: Note::parse("").expect("valid"),
                confirmed_at: at,
            },
            E::ServiceLineDeclined {
                line,
                reason: reason.clone(),
                declined_at: at,
            },
            E::ServiceLineDelivered {
                line,
                delivered_quantity: Quantity::parse("18").expect("valid"),
                delivered_at: at,
            },
            E::ServiceLineCancelled {
                line,
                reason: Some(reason),
                with_request: false,
                fee_rate: Decimal::ZERO,
                cancelled_at: at,
            },
            E::GuestAdded {
                guest: GuestId::new(v7(11)).expect("v7"),
                full_name: Name::parse("Jo Bloggs").expect("valid"),
                organization: None,
                added_at: at,
            },
            E::GuestRemoved {
                guest: GuestId::new(v7(11)).expect("v7"),
                removed_at: at,
            },
        ]
    }

    fn recorded(stream: &str, event: &E) -> RecordedEvent {
        let data = encode(event).expect("encodes");
        RecordedEvent {
            position: 1,
            stream: StreamId::new(stream).expect("valid"),
            version: 1,
            event_type: data.event_type,
            event_version: data.event_version,
            payload: data.payload,
            metadata: Metadata {
                actor: "test".into(),
                recorded_at: jiff::Timestamp::UNIX_EPOCH,
                correlation_id: None,
                causation_id: None,
                idempotency_key: None,
            },
            hash: [0; 32],
        }
    }

    #[test]
    fn every_request_event_reads_as_its_full_decoding_says() {
        let stream = "request-0190a000-0000-7000-8000-000000000001";
        let events = request_events_of_every_kind();
        let mut kinds = std::collections::BTreeSet::new();
        for event in &events {
            let recorded = recorded(stream, event);
            kinds.insert(recorded.event_type.clone());
            assert_eq!(
                fact_of(&recorded).expect("reads"),
                fact_of_decoded(&recorded).expect("decodes"),
                "{}",
                recorded.event_type
            );
        }
        // Every kind of request event is covered.
        assert_eq!(kinds.len(), 15, "{kinds:?}");
    }

    #[test]
    fn an_unknown_version_or_type_is_refused_not_guessed() {
        let stream = "request-0190a000-0000-7000-8000-000000000001";
        let event = &request_events_of_every_kind()[0];
        let mut newer = recorded(stream, event);
        newer.event_version = 2;
        assert!(matches!(fact_of(&newer), Err(StoreError::Corrupt { .. })));
        let mut unknown = recorded(stream, event);
        unknown.event_type = "EventRequestTeleported".into();
        assert!(matches!(fact_of(&unknown), Err(StoreError::Corrupt { .. })));
        let mut garbled = recorded(stream, event);
        garbled.payload = b"{\"type\":\"EventRequestCreated\"}".to_vec();
        assert!(matches!(fact_of(&garbled), Err(StoreError::Corrupt { .. })));
    }
}
