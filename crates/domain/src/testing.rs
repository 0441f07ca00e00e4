//! The one given/when/then helper every aggregate test goes through.

use crate::aggregate::Aggregate;

/// Starts a scenario from past events.
pub(crate) fn given<A: Aggregate>(events: impl IntoIterator<Item = A::Event>) -> Given<A> {
    let history: Vec<A::Event> = events.into_iter().collect();
    Given {
        state: A::replay(&history),
    }
}

pub(crate) struct Given<A: Aggregate> {
    state: A,
}

impl<A: Aggregate> Given<A> {
    /// Decides a command on the state built from the given events.
    pub(crate) fn when(self, command: A::Command) -> Then<A> {
        let outcome = self.state.decide(command);
        Then {
            state: self.state,
            outcome,
        }
    }

    /// The state itself, for assertions on read-side helpers.
    pub(crate) fn state(&self) -> &A {
        &self.state
    }
}

pub(crate) struct Then<A: Aggregate> {
    state: A,
    outcome: Result<Vec<A::Event>, A::Error>,
}

impl<A: Aggregate> Then<A> {
    /// Asserts the exact events and returns the state after them.
    #[track_caller]
    pub(crate) fn then(self, expected: Vec<A::Event>) -> A {
        match self.outcome {
            Ok(events) => {
                assert_eq!(events, expected, "unexpected events");
                events.iter().fold(self.state, A::evolve)
            }
            Err(error) => panic!("expected events {expected:?}, got error {error:?}"),
        }
    }

    /// Asserts success and returns the events and the state after them.
    #[track_caller]
    pub(crate) fn then_ok(self) -> (Vec<A::Event>, A) {
        match self.outcome {
            Ok(events) => {
                let state = events.iter().fold(self.state, A::evolve);
                (events, state)
            }
            Err(error) => panic!("expected success, got error {error:?}"),
        }
    }

    /// Asserts the exact error.
    #[track_caller]
    pub(crate) fn then_err(self, expected: A::Error) {
        match self.outcome {
            Ok(events) => panic!("expected error {expected:?}, got events {events:?}"),
            Err(error) => assert_eq!(error, expected),
        }
    }

    /// Returns the error for assertions on its code and parameters.
    #[track_caller]
    pub(crate) fn error(self) -> A::Error {
        match self.outcome {
            Ok(events) => panic!("expected an error, got events {events:?}"),
            Err(error) => error,
        }
    }
}

// Fixtures shared by the tests of every module: fixed ids, instants, money and items.

use crate::ids::{EventRequestId, GuestId, InvoiceId, ServiceLineId};
use crate::item::{PricedItem, PricingBasis};
use crate::money::{Currency, Money};
use crate::request::{RequestReference, RoomFacts};
use crate::time::TimeSlot;
use crate::values::{
    Contact, Email, ItemCode, MissionCode, Name, Note, Phone, Quantity, Reason, RoomCode, UnitCode,
};
use jiff::Timestamp;
use uuid::Uuid;

/// A fixed UUID version 7 numbered `n`.
pub(crate) fn uuid7(n: u64) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000_u128 | u128::from(n))
}

pub(crate) fn request_id(n: u64) -> EventRequestId {
    EventRequestId::new(uuid7(n)).expect("v7")
}

pub(crate) fn line_id(n: u64) -> ServiceLineId {
    ServiceLineId::new(uuid7(1_000 + n)).expect("v7")
}

pub(crate) fn guest_id(n: u64) -> GuestId {
    GuestId::new(uuid7(2_000 + n)).expect("v7")
}

pub(crate) fn invoice_id(n: u64) -> InvoiceId {
    InvoiceId::new(uuid7(3_000 + n)).expect("v7")
}

/// An instant from RFC 3339 text with an offset.
pub(crate) fn at(text: &str) -> Timestamp {
    text.parse().expect("test instants are valid RFC 3339")
}

pub(crate) fn slot(start: &str, end: &str) -> TimeSlot {
    TimeSlot::new(at(start), at(end)).expect("test slots are ordered")
}

pub(crate) fn usd(amount: &str) -> Money {
    Money::parse(amount, Currency::USD).expect("test amounts are valid")
}

pub(crate) fn qty(text: &str) -> Quantity {
    Quantity::parse(text).expect("test quantities are valid")
}

pub(crate) fn mission(code: &str) -> MissionCode {
    MissionCode::parse(code).expect("test codes are valid")
}

pub(crate) fn unit(code: &str) -> UnitCode {
    UnitCode::parse(code).expect("test codes are valid")
}

pub(crate) fn room(code: &str) -> RoomCode {
    RoomCode::parse(code).expect("test codes are valid")
}

pub(crate) fn room_facts(code: &str, capacity: u32) -> RoomFacts {
    RoomFacts {
        code: room(code),
        capacity,
    }
}

pub(crate) fn reason(text: &str) -> Reason {
    Reason::parse(text).expect("test reasons are valid")
}

pub(crate) fn note(text: &str) -> Note {
    Note::parse(text).expect("test notes are valid")
}

pub(crate) fn name(text: &str) -> Name {
    Name::parse(text).expect("test names are valid")
}

pub(crate) fn reference(number: u32) -> RequestReference {
    RequestReference::new(2026, number).expect("valid reference")
}

pub(crate) fn contact(person: &str) -> Contact {
    Contact {
        name: name(person),
        email: Email::parse(&format!(
            "{}@un.org",
            person.to_lowercase().replace(' ', ".")
        ))
        .expect("valid"),
        phone: Phone::parse("+1 212 963 1234").expect("valid"),
    }
}

/// A rate-card quote: `code` owned by `owner`, at `price` per unit, version `version`.
pub(crate) fn item(
    code: &str,
    owner: &str,
    price: &str,
    lead_time_days: u32,
    version: u32,
) -> PricedItem {
    PricedItem {
        code: ItemCode::parse(code).expect("valid"),
        unit: unit(owner),
        pricing: PricingBasis::PerPerson,
        lead_time_days,
        rate_version: version,
        unit_price: usd(price),
    }
}
