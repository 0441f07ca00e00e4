//! Convene's business model as pure Rust: values, aggregates with `decide`/`evolve`, the
//! rules of PRODUCT.md section 4 with their stable codes, and the money rules.
//!
//! Nothing here reads a clock, makes an id or does I/O: "now" and new ids arrive inside
//! commands. The store, the API and the web pages call this crate and hold no rule of their own.

pub mod access;
pub mod aggregate;
pub mod bill;
pub mod billing;
pub mod booking;
pub mod directory;
pub mod documents;
pub mod error;
pub mod feedback;
pub mod focal_points;
pub mod idempotency;
pub mod ids;
pub mod invoice;
pub mod item;
pub mod missions;
pub mod money;
pub mod rate_card;
pub mod request;
pub mod revenue;
pub mod rooms;
pub mod schedule;
pub mod sequence;
pub mod time;
pub mod values;
pub mod venue;

pub use aggregate::{Aggregate, DomainEvent};
pub use bill::BillLine;
pub use booking::{Conflict, conflicts};
pub use directory::{
    Directory, DirectoryCommand, DirectoryError, DirectoryEvent, Unit, who_handles,
};
pub use error::{ErrorCode, Param, Rejection};
pub use ids::*;
pub use invoice::{
    CreditNote, Invoice, InvoiceCommand, InvoiceError, InvoiceEvent, InvoiceReason, InvoiceStatus,
    IssuedInvoice, Payment,
};
pub use item::{PricedItem, PricingBasis};
pub use missions::{Mission, MissionCommand, MissionError, MissionEvent, Missions};
pub use money::{Currency, Money};
pub use rate_card::{
    CatalogItem, PriceVersion, RateCard, RateCardCommand, RateCardError, RateCardEvent,
};
pub use request::{guest_cutoff, line_deadline, submission_deadline};
pub use revenue::{allocate_pro_rata, revenue_by_unit};
pub use rooms::{Capacity, Room, RoomCatalog, RoomCommand, RoomError, RoomEvent};
pub use schedule::available_rooms;
pub use sequence::{
    DocumentNumber, NumberSequence, SequenceCommand, SequenceError, SequenceEvent, Series,
};
pub use time::TimeSlot;
pub use values::*;
pub use venue::{VenueCommand, VenueError, VenueEvent, VenueProfile};

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod rules;
