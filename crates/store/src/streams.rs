//! The names of Convene's streams, and the kind of events each holds. Streams are the
//! store's business: the domain names consistency boundaries, the store names their streams.

use convene_domain::access::TokenEvent;
use convene_domain::directory::DirectoryEvent;
use convene_domain::feedback::FeedbackEvent;
use convene_domain::focal_points::FocalPointEvent;
use convene_domain::invoice::InvoiceEvent;
use convene_domain::missions::MissionEvent;
use convene_domain::rate_card::RateCardEvent;
use convene_domain::request::EventRequestEvent;
use convene_domain::rooms::RoomEvent;
use convene_domain::schedule::{RoomScheduleEvent, ScheduleKey};
use convene_domain::sequence::{SequenceEvent, Series};
use convene_domain::venue::VenueEvent;
use convene_domain::{EventRequestId, InvoiceId};

use crate::codec::decode;
use crate::envelope::{RecordedEvent, StreamId};
use crate::error::StoreError;

fn named(name: String) -> StreamId {
    StreamId::new(name).expect("stream names built here use only allowed characters")
}

/// A request with its lines and guests.
pub fn request(id: EventRequestId) -> StreamId {
    named(format!("request-{id}"))
}

/// A room's schedule on one venue day.
pub fn schedule(key: &ScheduleKey) -> StreamId {
    named(format!("schedule-{}-{}", key.room, key.date))
}

/// A numbering sequence.
pub fn sequence(series: Series, year: i16) -> StreamId {
    named(format!("sequence-{}-{year}", series.prefix()))
}

/// An invoice with its credit notes and payments.
pub fn invoice(id: InvoiceId) -> StreamId {
    named(format!("invoice-{id}"))
}

/// The feedback given on a request.
pub fn feedback(request: EventRequestId) -> StreamId {
    named(format!("feedback-{request}"))
}

/// The room catalog.
pub fn rooms() -> StreamId {
    named("rooms".into())
}

/// The directory of units.
pub fn directory() -> StreamId {
    named("directory".into())
}

/// The rate card.
pub fn rate_card() -> StreamId {
    named("ratecard".into())
}

/// The missions.
pub fn missions() -> StreamId {
    named("missions".into())
}

/// The focal point desk.
pub fn focal_points() -> StreamId {
    named("focalpoints".into())
}

/// The API tokens.
pub fn tokens() -> StreamId {
    named("tokens".into())
}

/// The venue's own profile (its name).
pub fn venue() -> StreamId {
    named("venue".into())
}

/// Any Convene event, decoded once for every read model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyEvent {
    Request(EventRequestEvent),
    Schedule(RoomScheduleEvent),
    Sequence(SequenceEvent),
    Invoice(InvoiceEvent),
    Feedback(FeedbackEvent),
    Rooms(RoomEvent),
    Directory(DirectoryEvent),
    RateCard(RateCardEvent),
    Missions(MissionEvent),
    Tokens(TokenEvent),
    FocalPoints(FocalPointEvent),
    Venue(VenueEvent),
    /// A stream this build does not know (kept, never misread).
    Unknown,
}

/// Decodes a recorded event by its stream's kind.
pub fn decode_any(recorded: &RecordedEvent) -> Result<AnyEvent, StoreError> {
    let name = recorded.stream.as_str();
    let prefix = name.split_once('-').map_or(name, |(prefix, _)| prefix);
    Ok(match prefix {
        "request" => AnyEvent::Request(decode(recorded)?),
        "schedule" => AnyEvent::Schedule(decode(recorded)?),
        "sequence" => AnyEvent::Sequence(decode(recorded)?),
        "invoice" => {
            let event: InvoiceEvent = decode(recorded)?;
            if !event.is_consistent() {
                return Err(StoreError::Corrupt {
                    position: recorded.position,
                    reason: "inconsistent invoice event".into(),
                });
            }
            AnyEvent::Invoice(event)
        }
        "feedback" => AnyEvent::Feedback(decode(recorded)?),
        "rooms" => AnyEvent::Rooms(decode(recorded)?),
        "directory" => AnyEvent::Directory(decode(recorded)?),
        "ratecard" => AnyEvent::RateCard(decode(recorded)?),
        "missions" => AnyEvent::Missions(decode(recorded)?),
        "tokens" => AnyEvent::Tokens(decode(recorded)?),
        "focalpoints" => AnyEvent::FocalPoints(decode(recorded)?),
        "venue" => AnyEvent::Venue(decode(recorded)?),
        _ => AnyEvent::Unknown,
    })
}
