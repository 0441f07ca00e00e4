//! The event request (a side event) with its service lines and guests: one aggregate, one
//! stream, so the request, its lines and its guest list always change together.
//!
//! `DRAFT → SUBMITTED → APPROVED → HELD → CLOSED`, also `SUBMITTED → REJECTED`,
//! `DRAFT | SUBMITTED | APPROVED → CANCELLED → CLOSED` (closing = invoicing).
//! Approval also needs the room schedule (see `booking`), which guards double booking.

mod line;

pub use line::{Confirmation, LineStatus, ServiceLine};

use jiff::{SignedDuration, Timestamp};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::ids::{EventRequestId, GuestId, InvoiceId, ServiceLineId};
use crate::item::PricedItem;
use crate::money::Money;
use crate::time::{self, HoursProblem, TimeSlot};
use crate::values::{
    Attendance, Contact, Description, ItemCode, MissionCode, Name, Note, Quantity, Reason,
    RoomCode, Title, UnitCode, ValueError,
};

/// At most this many service lines on one request.
pub const MAX_LINES: usize = 200;
/// At most this many guests on one request.
pub const MAX_GUESTS: usize = 2_000;
/// A request is submitted at least this many days (venue calendar) before its start.
pub const SUBMIT_LEAD_DAYS: u32 = 10;
/// Guests are added (and removed) until this many hours before the start.
pub const GUEST_CUTOFF_HOURS: i64 = 48;

/// The last instant a request for an event starting at `start` may be submitted (the
/// `LEAD_TIME` rule `SUBMIT`): [`SUBMIT_LEAD_DAYS`] calendar days before, in the venue's zone.
/// Submitting at exactly this instant is in time.
pub fn submission_deadline(start: Timestamp) -> Timestamp {
    time::days_before(start, SUBMIT_LEAD_DAYS)
}

/// The last instant a line whose item has `lead_time_days` may be added to a request starting
/// at `start` (the `LEAD_TIME` rule `SERVICE_LINE`): that many calendar days before, in the
/// venue's zone. Adding at exactly this instant is in time.
pub fn line_deadline(start: Timestamp, lead_time_days: u32) -> Timestamp {
    time::days_before(start, lead_time_days)
}

/// The last instant guests may be added to or removed from a request starting at `start`
/// (the `LEAD_TIME` rules `GUEST` and `GUEST_REMOVAL`): [`GUEST_CUTOFF_HOURS`] elapsed hours
/// before. A change at exactly this instant is in time.
pub fn guest_cutoff(start: Timestamp) -> Timestamp {
    start - SignedDuration::from_hours(GUEST_CUTOFF_HOURS)
}

/// Where a request is in its life cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RequestStatus {
    Draft,
    Submitted,
    Approved,
    Rejected,
    Cancelled,
    Held,
    Closed,
}

impl RequestStatus {
    /// The wire name, e.g. `SUBMITTED`.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Draft => "DRAFT",
            RequestStatus::Submitted => "SUBMITTED",
            RequestStatus::Approved => "APPROVED",
            RequestStatus::Rejected => "REJECTED",
            RequestStatus::Cancelled => "CANCELLED",
            RequestStatus::Held => "HELD",
            RequestStatus::Closed => "CLOSED",
        }
    }

    /// Whether the request is still open for lines, guests and cancellation.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            RequestStatus::Draft | RequestStatus::Submitted | RequestStatus::Approved
        )
    }
}

impl fmt::Display for RequestStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A request's human reference, `SE-2026-000123`: the year and number come from the
/// request numbering sequence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RequestReference(String);

impl RequestReference {
    /// `SE-YYYY-NNNNNN`, checked as a document number of the request series.
    pub fn new(year: i16, number: u32) -> Result<Self, ValueError> {
        let number =
            crate::sequence::DocumentNumber::new(crate::sequence::Series::Request, year, number)?;
        Ok(Self(number.to_string()))
    }

    /// Parses `SE-YYYY-NNNNNN`.
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        let malformed = || ValueError::MalformedCode {
            kind: "reference",
            rule: "SE-YYYY-NNNNNN",
        };
        let rest = text.trim().strip_prefix("SE-").ok_or_else(malformed)?;
        let (year, number) = rest.split_once('-').ok_or_else(malformed)?;
        if year.len() != 4 || number.len() != 6 {
            return Err(malformed());
        }
        let year: i16 = year.parse().map_err(|_| malformed())?;
        let number: u32 = number.parse().map_err(|_| malformed())?;
        Self::new(year, number)
    }

    /// The reference as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for RequestReference {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Self::parse(&text)
    }
}

impl From<RequestReference> for String {
    fn from(reference: RequestReference) -> String {
        reference.0
    }
}

impl fmt::Display for RequestReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the request needs to know about a room to check capacity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomFacts {
    pub code: RoomCode,
    pub capacity: u32,
}

/// A focal point the desk can assign, with how many open requests they already follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocalPointCandidate {
    pub contact: Contact,
    pub open_requests: u32,
}

/// A guest on the list (security reads it to issue passes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guest {
    pub id: GuestId,
    pub full_name: Name,
    pub organization: Option<Name>,
    pub added_at: Timestamp,
}

/// How a request was closed: from which state it was invoiced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ClosedFrom {
    Held,
    Cancelled,
}

/// Everything a created request is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: EventRequestId,
    pub reference: RequestReference,
    pub mission: MissionCode,
    pub title: Title,
    pub description: Description,
    pub slot: TimeSlot,
    pub attendance: Attendance,
    pub preferred_room: Option<RoomCode>,
    pub room: Option<RoomCode>,
    pub focal_point: Option<Contact>,
    pub status: RequestStatus,
    /// Set once the request is closed by an invoice.
    pub closed_from: Option<ClosedFrom>,
    pub invoice: Option<InvoiceId>,
    /// Why it was rejected or cancelled.
    pub reason: Option<Reason>,
    pub created_at: Timestamp,
    pub submitted_at: Option<Timestamp>,
    pub cancelled_at: Option<Timestamp>,
    /// The share of each confirmed line charged on cancellation (0, 0.5 or 1).
    pub cancellation_fee_rate: Option<Decimal>,
    pub lines: Vec<ServiceLine>,
    pub guests: Vec<Guest>,
}

impl Request {
    /// A line of this request.
    pub fn line(&self, id: ServiceLineId) -> Option<&ServiceLine> {
        self.lines.iter().find(|line| line.id == id)
    }

    fn line_mut(&mut self, id: ServiceLineId) -> Option<&mut ServiceLine> {
        self.lines.iter_mut().find(|line| line.id == id)
    }

    /// Whether the event took place (held, or closed after being held).
    pub fn was_held(&self) -> bool {
        self.status == RequestStatus::Held || self.closed_from == Some(ClosedFrom::Held)
    }
}

/// The event request aggregate: `None` until created; `version` counts its stream's events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventRequest {
    pub request: Option<Request>,
    pub version: u64,
}

/// Creates a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateEventRequest {
    pub id: EventRequestId,
    pub reference: RequestReference,
    pub mission: MissionCode,
    pub title: Title,
    pub description: Description,
    pub slot: TimeSlot,
    pub attendance: Attendance,
    pub preferred_room: Option<RoomFacts>,
    pub now: Timestamp,
}

/// Changes a draft's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditEventRequest {
    pub expected_version: Option<u64>,
    pub title: Title,
    pub description: Description,
    pub slot: TimeSlot,
    pub attendance: Attendance,
    pub preferred_room: Option<RoomFacts>,
    pub now: Timestamp,
}

/// Adds a service line; `item` is the rate card's quote now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddServiceLine {
    pub line: ServiceLineId,
    pub item: PricedItem,
    pub quantity: Quantity,
    pub note: Note,
    pub expected_version: Option<u64>,
    pub now: Timestamp,
}

/// A unit confirms its line; `quote` is the rate card's quote now, `unit_price` the unit's own
/// price when it departs from it (a note then says why).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmServiceLine {
    pub line: ServiceLineId,
    pub unit: UnitCode,
    pub quote: PricedItem,
    pub unit_price: Option<Money>,
    pub note: Note,
    pub expected_version: Option<u64>,
    pub now: Timestamp,
}

/// Every command on a request. `expected_version` is the request's version for request
/// commands and the line's version for line commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventRequestCommand {
    Create(CreateEventRequest),
    Edit(EditEventRequest),
    Submit {
        expected_version: Option<u64>,
        focal_points: Vec<FocalPointCandidate>,
        now: Timestamp,
    },
    Approve {
        expected_version: Option<u64>,
        room: RoomFacts,
        now: Timestamp,
    },
    Reject {
        expected_version: Option<u64>,
        reason: Reason,
        now: Timestamp,
    },
    Cancel {
        expected_version: Option<u64>,
        reason: Reason,
        now: Timestamp,
    },
    MarkHeld {
        expected_version: Option<u64>,
        now: Timestamp,
    },
    Close {
        invoice: InvoiceId,
        now: Timestamp,
    },
    AddServiceLine(AddServiceLine),
    RemoveServiceLine {
        line: ServiceLineId,
        expected_version: Option<u64>,
        reason: Option<Reason>,
        now: Timestamp,
    },
    ConfirmServiceLine(ConfirmServiceLine),
    DeclineServiceLine {
        line: ServiceLineId,
        unit: UnitCode,
        reason: Reason,
        expected_version: Option<u64>,
        now: Timestamp,
    },
    DeliverServiceLine {
        line: ServiceLineId,
        unit: UnitCode,
        delivered_quantity: Quantity,
        expected_version: Option<u64>,
        now: Timestamp,
    },
    AddGuest {
        guest: GuestId,
        full_name: Name,
        organization: Option<Name>,
        now: Timestamp,
    },
    /// Takes a guest off the list, under the same conditions as adding one.
    RemoveGuest {
        guest: GuestId,
        now: Timestamp,
    },
}

impl EventRequestCommand {
    /// A stable name for messages ("submit", "approve" …).
    pub fn name(&self) -> &'static str {
        match self {
            EventRequestCommand::Create(_) => "create",
            EventRequestCommand::Edit(_) => "edit",
            EventRequestCommand::Submit { .. } => "submit",
            EventRequestCommand::Approve { .. } => "approve",
            EventRequestCommand::Reject { .. } => "reject",
            EventRequestCommand::Cancel { .. } => "cancel",
            EventRequestCommand::MarkHeld { .. } => "markHeld",
            EventRequestCommand::Close { .. } => "close",
            EventRequestCommand::AddServiceLine(_) => "addServiceLine",
            EventRequestCommand::RemoveServiceLine { .. } => "removeServiceLine",
            EventRequestCommand::ConfirmServiceLine(_) => "confirmServiceLine",
            EventRequestCommand::DeclineServiceLine { .. } => "declineServiceLine",
            EventRequestCommand::DeliverServiceLine { .. } => "deliverServiceLine",
            EventRequestCommand::AddGuest { .. } => "addGuest",
            EventRequestCommand::RemoveGuest { .. } => "removeGuest",
        }
    }
}

/// What happened to a request, its lines or its guests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum EventRequestEvent {
    EventRequestCreated {
        id: EventRequestId,
        reference: RequestReference,
        mission: MissionCode,
        title: Title,
        description: Description,
        slot: TimeSlot,
        attendance: Attendance,
        preferred_room: Option<RoomCode>,
        created_at: Timestamp,
    },
    EventRequestEdited {
        title: Title,
        description: Description,
        slot: TimeSlot,
        attendance: Attendance,
        preferred_room: Option<RoomCode>,
        edited_at: Timestamp,
    },
    EventRequestSubmitted {
        focal_point: Contact,
        submitted_at: Timestamp,
    },
    EventRequestApproved {
        room: RoomCode,
        approved_at: Timestamp,
    },
    EventRequestRejected {
        reason: Reason,
        rejected_at: Timestamp,
    },
    EventRequestCancelled {
        reason: Reason,
        fee_rate: Decimal,
        cancelled_at: Timestamp,
    },
    EventRequestHeld {
        held_at: Timestamp,
    },
    EventRequestClosed {
        invoice: InvoiceId,
        closed_at: Timestamp,
    },
    ServiceLineRequested {
        line: ServiceLineId,
        item: PricedItem,
        quantity: Quantity,
        note: Note,
        requested_at: Timestamp,
    },
    ServiceLineConfirmed {
        line: ServiceLineId,
        rate_version: u32,
        unit_price: Money,
        quoted: bool,
        note: Note,
        confirmed_at: Timestamp,
    },
    ServiceLineDeclined {
        line: ServiceLineId,
        reason: Reason,
        declined_at: Timestamp,
    },
    ServiceLineDelivered {
        line: ServiceLineId,
        delivered_quantity: Quantity,
        delivered_at: Timestamp,
    },
    ServiceLineCancelled {
        line: ServiceLineId,
        reason: Option<Reason>,
        with_request: bool,
        /// The share of the line's amount charged for cancelling it (0 unless it was
        /// confirmed; then by notice, as for a whole request).
        fee_rate: Decimal,
        cancelled_at: Timestamp,
    },
    GuestAdded {
        guest: GuestId,
        full_name: Name,
        organization: Option<Name>,
        added_at: Timestamp,
    },
    GuestRemoved {
        guest: GuestId,
        removed_at: Timestamp,
    },
}

impl DomainEvent for EventRequestEvent {
    fn event_type(&self) -> &'static str {
        match self {
            EventRequestEvent::EventRequestCreated { .. } => "EventRequestCreated",
            EventRequestEvent::EventRequestEdited { .. } => "EventRequestEdited",
            EventRequestEvent::EventRequestSubmitted { .. } => "EventRequestSubmitted",
            EventRequestEvent::EventRequestApproved { .. } => "EventRequestApproved",
            EventRequestEvent::EventRequestRejected { .. } => "EventRequestRejected",
            EventRequestEvent::EventRequestCancelled { .. } => "EventRequestCancelled",
            EventRequestEvent::EventRequestHeld { .. } => "EventRequestHeld",
            EventRequestEvent::EventRequestClosed { .. } => "EventRequestClosed",
            EventRequestEvent::ServiceLineRequested { .. } => "ServiceLineRequested",
            EventRequestEvent::ServiceLineConfirmed { .. } => "ServiceLineConfirmed",
            EventRequestEvent::ServiceLineDeclined { .. } => "ServiceLineDeclined",
            EventRequestEvent::ServiceLineDelivered { .. } => "ServiceLineDelivered",
            EventRequestEvent::ServiceLineCancelled { .. } => "ServiceLineCancelled",
            EventRequestEvent::GuestAdded { .. } => "GuestAdded",
            EventRequestEvent::GuestRemoved { .. } => "GuestRemoved",
        }
    }
}

impl EventRequestEvent {
    /// The line an event concerns, if it is a line event.
    pub fn line(&self) -> Option<ServiceLineId> {
        match self {
            EventRequestEvent::ServiceLineRequested { line, .. }
            | EventRequestEvent::ServiceLineConfirmed { line, .. }
            | EventRequestEvent::ServiceLineDeclined { line, .. }
            | EventRequestEvent::ServiceLineDelivered { line, .. }
            | EventRequestEvent::ServiceLineCancelled { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// Which notice rule a `LEAD_TIME` refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadTimeRule {
    /// The event must start in the future to be drafted.
    Create,
    /// Submitted at least 10 days before the start.
    Submit,
    /// A line at least its item's lead time before the start.
    ServiceLine,
    /// Guests added until 48 hours before the start.
    Guest,
    /// Guests removed until 48 hours before the start.
    GuestRemoval,
}

impl LeadTimeRule {
    fn as_str(self) -> &'static str {
        match self {
            LeadTimeRule::Create => "CREATE",
            LeadTimeRule::Submit => "SUBMIT",
            LeadTimeRule::ServiceLine => "SERVICE_LINE",
            LeadTimeRule::Guest => "GUEST",
            LeadTimeRule::GuestRemoval => "GUEST_REMOVAL",
        }
    }
}

/// Every way a request refuses a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventRequestError {
    #[error("no such request")]
    NotFound,
    #[error("no such service line {line}")]
    LineNotFound { line: ServiceLineId },
    #[error("no such guest {guest} on this request")]
    GuestNotFound { guest: GuestId },
    #[error("the request is {status}: {command} is not allowed")]
    InvalidTransition {
        status: RequestStatus,
        command: &'static str,
    },
    #[error("the line is {}: {command} is not allowed", status.as_str())]
    LineInvalidTransition {
        line: ServiceLineId,
        status: LineStatus,
        command: &'static str,
    },
    #[error("{command} is only possible once the event has {}", if *after_end { "ended" } else { "started" })]
    TooEarly {
        command: &'static str,
        after_end: bool,
        at: Timestamp,
    },
    #[error("{command} is only possible before the event starts")]
    AlreadyStarted {
        command: &'static str,
        start: Timestamp,
    },
    #[error("the rate-card quote is for item {quoted}, the line is for {line_item}")]
    QuoteMismatch {
        quoted: ItemCode,
        line_item: ItemCode,
    },
    #[error("invalid unit price: {0}")]
    InvalidPrice(ValueError),
    #[error("outside booking hours: {}", problem.as_str())]
    OutsideBookingHours {
        problem: HoursProblem,
        slot: TimeSlot,
    },
    #[error("too late: the deadline was {deadline}")]
    LeadTime {
        rule: LeadTimeRule,
        deadline: Timestamp,
        lead_time_days: Option<u32>,
    },
    #[error("{attendance} people do not fit room {room} (capacity {capacity})")]
    CapacityExceeded {
        room: RoomCode,
        capacity: u32,
        attendance: u32,
    },
    #[error("stale version: the current version is {current}")]
    VersionConflict { current: u64 },
    #[error("stale line version: the current version is {current}")]
    LineVersionConflict { line: ServiceLineId, current: u64 },
    #[error("the request is already invoiced")]
    AlreadyInvoiced { invoice: Option<InvoiceId> },
    #[error("no focal point is available")]
    NoFocalPoint,
    #[error("an id is already used on this request")]
    DuplicateId,
    #[error("a request holds at most {max} {what}")]
    TooMany { what: &'static str, max: usize },
    #[error("a price other than the rate card's needs a note")]
    QuoteNeedsNote,
    #[error(transparent)]
    Invalid(#[from] ValueError),
}

impl Rejection for EventRequestError {
    fn code(&self) -> ErrorCode {
        use EventRequestError as E;
        match self {
            E::NotFound | E::LineNotFound { .. } | E::GuestNotFound { .. } => ErrorCode::NotFound,
            E::InvalidTransition { .. }
            | E::LineInvalidTransition { .. }
            | E::TooEarly { .. }
            | E::AlreadyStarted { .. } => ErrorCode::InvalidTransition,
            E::QuoteMismatch { .. } | E::InvalidPrice(_) => ErrorCode::Validation,
            E::OutsideBookingHours { .. } => ErrorCode::OutsideBookingHours,
            E::LeadTime { .. } => ErrorCode::LeadTime,
            E::CapacityExceeded { .. } => ErrorCode::CapacityExceeded,
            E::VersionConflict { .. } | E::LineVersionConflict { .. } => ErrorCode::VersionConflict,
            E::AlreadyInvoiced { .. } => ErrorCode::AlreadyInvoiced,
            E::NoFocalPoint
            | E::DuplicateId
            | E::TooMany { .. }
            | E::QuoteNeedsNote
            | E::Invalid(_) => ErrorCode::Validation,
        }
    }

    fn field(&self) -> Option<&'static str> {
        use EventRequestError as E;
        match self {
            E::NotFound => Some("eventRequestId"),
            E::LineNotFound { .. }
            | E::LineInvalidTransition { .. }
            | E::LineVersionConflict { .. } => Some("serviceLineId"),
            E::OutsideBookingHours { .. } => Some("start"),
            E::LeadTime {
                rule: LeadTimeRule::ServiceLine,
                ..
            } => Some("itemCode"),
            E::LeadTime {
                rule: LeadTimeRule::Guest,
                ..
            } => Some("fullName"),
            E::GuestNotFound { .. }
            | E::LeadTime {
                rule: LeadTimeRule::GuestRemoval,
                ..
            } => Some("guestId"),
            E::LeadTime { .. } => Some("start"),
            E::CapacityExceeded { .. } => Some("expectedAttendance"),
            E::VersionConflict { .. } => Some("expectedVersion"),
            E::QuoteNeedsNote => Some("note"),
            E::InvalidPrice(_) => Some("unitPrice"),
            E::QuoteMismatch { .. } => Some("serviceLineId"),
            E::TooMany { what: "lines", .. } => Some("itemCode"),
            E::TooMany { .. } => Some("fullName"),
            _ => None,
        }
    }

    fn params(&self) -> Vec<Param> {
        use EventRequestError as E;
        match self {
            E::LineNotFound { line } => vec![("serviceLineId", line.to_string())],
            E::GuestNotFound { guest } => vec![("guestId", guest.to_string())],
            E::InvalidTransition { status, command } => {
                vec![
                    ("status", status.as_str().to_string()),
                    ("command", command.to_string()),
                ]
            }
            E::LineInvalidTransition {
                line,
                status,
                command,
            } => vec![
                ("serviceLineId", line.to_string()),
                ("status", status.as_str().to_string()),
                ("command", command.to_string()),
            ],
            E::TooEarly { command, at, .. } => {
                vec![
                    ("command", command.to_string()),
                    ("at", time::local_text(*at)),
                ]
            }
            E::AlreadyStarted { command, start } => {
                vec![
                    ("command", command.to_string()),
                    ("start", time::local_text(*start)),
                ]
            }
            E::QuoteMismatch { quoted, line_item } => {
                vec![
                    ("quoted", quoted.to_string()),
                    ("itemCode", line_item.to_string()),
                ]
            }
            E::InvalidPrice(error) => error.params(),
            E::AlreadyInvoiced { invoice } => invoice
                .iter()
                .map(|invoice| ("invoiceId", invoice.to_string()))
                .collect(),
            E::OutsideBookingHours { problem, slot } => vec![
                ("problem", problem.as_str().to_string()),
                ("start", time::local_text(slot.start())),
                ("end", time::local_text(slot.end())),
            ],
            E::LeadTime {
                rule,
                deadline,
                lead_time_days,
            } => {
                let mut params = vec![
                    ("rule", rule.as_str().to_string()),
                    ("deadline", time::local_text(*deadline)),
                ];
                if let Some(days) = lead_time_days {
                    params.push(("leadTimeDays", days.to_string()));
                }
                params
            }
            E::CapacityExceeded {
                room,
                capacity,
                attendance,
            } => vec![
                ("roomCode", room.to_string()),
                ("capacity", capacity.to_string()),
                ("attendance", attendance.to_string()),
            ],
            E::VersionConflict { current } => vec![("currentVersion", current.to_string())],
            E::LineVersionConflict { line, current } => {
                vec![
                    ("serviceLineId", line.to_string()),
                    ("currentVersion", current.to_string()),
                ]
            }
            E::TooMany { what, max } => vec![("what", what.to_string()), ("max", max.to_string())],
            E::Invalid(error) => error.params(),
            E::NotFound | E::NoFocalPoint | E::DuplicateId | E::QuoteNeedsNote => Vec::new(),
        }
    }
}

impl EventRequestError {
    /// The current version a `VERSION_CONFLICT` carries.
    pub fn current_version(&self) -> Option<u64> {
        match self {
            EventRequestError::VersionConflict { current }
            | EventRequestError::LineVersionConflict { current, .. } => Some(*current),
            _ => None,
        }
    }
}

/// The share of each confirmed line charged when a request is cancelled at `now`:
/// at least 7 days (venue calendar) before the start 0, at least 48 hours before 0.5,
/// less than 48 hours 1.
pub fn cancellation_fee_rate(now: Timestamp, start: Timestamp) -> Decimal {
    if time::is_days_before(now, start, 7) {
        Decimal::ZERO
    } else if time::is_hours_before(now, start, 48) {
        Decimal::new(5, 1)
    } else {
        Decimal::ONE
    }
}

type Decision = Result<Vec<EventRequestEvent>, EventRequestError>;

fn check_version(expected: Option<u64>, current: u64) -> Result<(), EventRequestError> {
    match expected {
        Some(expected) if expected != current => {
            Err(EventRequestError::VersionConflict { current })
        }
        _ => Ok(()),
    }
}

fn check_slot(slot: &TimeSlot) -> Result<(), EventRequestError> {
    time::check_booking_hours(slot).map_err(|problem| EventRequestError::OutsideBookingHours {
        problem,
        slot: *slot,
    })
}

fn check_capacity(room: &RoomFacts, attendance: Attendance) -> Result<(), EventRequestError> {
    if attendance.get() <= room.capacity {
        Ok(())
    } else {
        Err(EventRequestError::CapacityExceeded {
            room: room.code.clone(),
            capacity: room.capacity,
            attendance: attendance.get(),
        })
    }
}

fn check_future(slot: &TimeSlot, now: Timestamp) -> Result<(), EventRequestError> {
    if now < slot.start() {
        Ok(())
    } else {
        Err(EventRequestError::LeadTime {
            rule: LeadTimeRule::Create,
            deadline: slot.start(),
            lead_time_days: None,
        })
    }
}

fn check_line_lead_time(
    now: Timestamp,
    start: Timestamp,
    item: &PricedItem,
) -> Result<(), EventRequestError> {
    let deadline = line_deadline(start, item.lead_time_days);
    if now <= deadline {
        Ok(())
    } else {
        Err(EventRequestError::LeadTime {
            rule: LeadTimeRule::ServiceLine,
            deadline,
            lead_time_days: Some(item.lead_time_days),
        })
    }
}

/// Checks the guest cut-off for adding (`rule` `Guest`) or removing (`GuestRemoval`) a guest.
fn check_guest_cutoff(
    now: Timestamp,
    start: Timestamp,
    rule: LeadTimeRule,
) -> Result<(), EventRequestError> {
    let deadline = guest_cutoff(start);
    if now <= deadline {
        Ok(())
    } else {
        Err(EventRequestError::LeadTime {
            rule,
            deadline,
            lead_time_days: None,
        })
    }
}

/// Cancels every open line of a request that is being closed, each at its fee rate.
fn close_open_lines(
    request: &Request,
    fee_rate: impl Fn(&ServiceLine) -> Decimal,
    now: Timestamp,
) -> impl Iterator<Item = EventRequestEvent> + '_ {
    let rates: Vec<(ServiceLineId, Decimal)> = request
        .lines
        .iter()
        .filter(|line| line.is_open())
        .map(|line| (line.id, fee_rate(line)))
        .collect();
    rates.into_iter().map(
        move |(line, fee_rate)| EventRequestEvent::ServiceLineCancelled {
            line,
            reason: None,
            with_request: true,
            fee_rate,
            cancelled_at: now,
        },
    )
}

impl Aggregate for EventRequest {
    type Command = EventRequestCommand;
    type Event = EventRequestEvent;
    type Error = EventRequestError;

    fn decide(&self, command: EventRequestCommand) -> Decision {
        let Some(request) = &self.request else {
            return match command {
                EventRequestCommand::Create(create) => decide_create(create),
                _ => Err(EventRequestError::NotFound),
            };
        };
        let command_name = command.name();
        let invalid = || EventRequestError::InvalidTransition {
            status: request.status,
            command: command_name,
        };
        if request.status == RequestStatus::Closed
            && matches!(command, EventRequestCommand::Close { .. })
        {
            return Err(EventRequestError::AlreadyInvoiced {
                invoice: request.invoice,
            });
        }
        match command {
            EventRequestCommand::Create(_) => Err(invalid()),
            EventRequestCommand::Edit(edit) => {
                check_version(edit.expected_version, self.version)?;
                if request.status != RequestStatus::Draft {
                    return Err(invalid());
                }
                check_slot(&edit.slot)?;
                check_future(&edit.slot, edit.now)?;
                if let Some(room) = &edit.preferred_room {
                    check_capacity(room, edit.attendance)?;
                }
                // A new start must still leave every open line its item's lead time.
                for line in request.lines.iter().filter(|line| line.is_open()) {
                    check_line_lead_time(edit.now, edit.slot.start(), &line.item)?;
                }
                Ok(vec![EventRequestEvent::EventRequestEdited {
                    title: edit.title,
                    description: edit.description,
                    slot: edit.slot,
                    attendance: edit.attendance,
                    preferred_room: edit.preferred_room.map(|room| room.code),
                    edited_at: edit.now,
                }])
            }
            EventRequestCommand::Submit {
                expected_version,
                focal_points,
                now,
            } => {
                check_version(expected_version, self.version)?;
                if request.status != RequestStatus::Draft {
                    return Err(invalid());
                }
                let deadline = submission_deadline(request.slot.start());
                if now > deadline {
                    return Err(EventRequestError::LeadTime {
                        rule: LeadTimeRule::Submit,
                        deadline,
                        lead_time_days: Some(SUBMIT_LEAD_DAYS),
                    });
                }
                // The least busy focal point; the desk's own order breaks ties.
                let focal_point = focal_points
                    .into_iter()
                    .enumerate()
                    .min_by_key(|(index, candidate)| (candidate.open_requests, *index))
                    .map(|(_, candidate)| candidate.contact)
                    .ok_or(EventRequestError::NoFocalPoint)?;
                Ok(vec![EventRequestEvent::EventRequestSubmitted {
                    focal_point,
                    submitted_at: now,
                }])
            }
            EventRequestCommand::Approve {
                expected_version,
                room,
                now,
            } => {
                check_version(expected_version, self.version)?;
                if request.status != RequestStatus::Submitted {
                    return Err(invalid());
                }
                if now >= request.slot.start() {
                    return Err(EventRequestError::AlreadyStarted {
                        command: command_name,
                        start: request.slot.start(),
                    });
                }
                check_capacity(&room, request.attendance)?;
                Ok(vec![EventRequestEvent::EventRequestApproved {
                    room: room.code,
                    approved_at: now,
                }])
            }
            EventRequestCommand::Reject {
                expected_version,
                reason,
                now,
            } => {
                check_version(expected_version, self.version)?;
                if request.status != RequestStatus::Submitted {
                    return Err(invalid());
                }
                // A rejected request's open lines are closed too, free of charge.
                let mut events = vec![EventRequestEvent::EventRequestRejected {
                    reason,
                    rejected_at: now,
                }];
                events.extend(close_open_lines(request, |_| Decimal::ZERO, now));
                Ok(events)
            }
            EventRequestCommand::Cancel {
                expected_version,
                reason,
                now,
            } => {
                check_version(expected_version, self.version)?;
                if !request.status.is_open() {
                    return Err(invalid());
                }
                if now >= request.slot.start() {
                    return Err(EventRequestError::AlreadyStarted {
                        command: command_name,
                        start: request.slot.start(),
                    });
                }
                let fee_rate = cancellation_fee_rate(now, request.slot.start());
                let mut events = vec![EventRequestEvent::EventRequestCancelled {
                    reason,
                    fee_rate,
                    cancelled_at: now,
                }];
                // Confirmed lines carry the fee; lines never confirmed cost nothing.
                events.extend(close_open_lines(
                    request,
                    |line| {
                        if line.status == LineStatus::Confirmed {
                            fee_rate
                        } else {
                            Decimal::ZERO
                        }
                    },
                    now,
                ));
                Ok(events)
            }
            EventRequestCommand::MarkHeld {
                expected_version,
                now,
            } => {
                check_version(expected_version, self.version)?;
                if request.status != RequestStatus::Approved {
                    return Err(invalid());
                }
                if now < request.slot.end() {
                    return Err(EventRequestError::TooEarly {
                        command: command_name,
                        after_end: true,
                        at: request.slot.end(),
                    });
                }
                // Lines still waiting for their unit can no longer be confirmed: they close
                // free of charge. Confirmed lines stay billable.
                let mut events = vec![EventRequestEvent::EventRequestHeld { held_at: now }];
                events.extend(
                    request
                        .lines
                        .iter()
                        .filter(|line| line.status == LineStatus::Requested)
                        .map(|line| EventRequestEvent::ServiceLineCancelled {
                            line: line.id,
                            reason: None,
                            with_request: true,
                            fee_rate: Decimal::ZERO,
                            cancelled_at: now,
                        }),
                );
                Ok(events)
            }
            EventRequestCommand::Close { invoice, now } => {
                if !matches!(
                    request.status,
                    RequestStatus::Held | RequestStatus::Cancelled
                ) {
                    return Err(invalid());
                }
                Ok(vec![EventRequestEvent::EventRequestClosed {
                    invoice,
                    closed_at: now,
                }])
            }
            EventRequestCommand::AddServiceLine(add) => {
                decide_add_line(self, request, add, invalid)
            }
            EventRequestCommand::RemoveServiceLine {
                line,
                expected_version,
                reason,
                now,
            } => {
                if !request.status.is_open() {
                    return Err(invalid());
                }
                let current = existing_line(request, line, None, expected_version)?;
                if !matches!(
                    current.status,
                    LineStatus::Requested | LineStatus::Confirmed
                ) {
                    return Err(line_invalid(current, command_name));
                }
                // Removing a confirmed line costs what cancelling it with the request would.
                let fee_rate = if current.status == LineStatus::Confirmed {
                    cancellation_fee_rate(now, request.slot.start())
                } else {
                    Decimal::ZERO
                };
                Ok(vec![EventRequestEvent::ServiceLineCancelled {
                    line,
                    reason,
                    with_request: false,
                    fee_rate,
                    cancelled_at: now,
                }])
            }
            EventRequestCommand::ConfirmServiceLine(confirm) => {
                decide_confirm(request, confirm, invalid)
            }
            EventRequestCommand::DeclineServiceLine {
                line,
                unit,
                reason,
                expected_version,
                now,
            } => {
                let current = existing_line(request, line, Some(&unit), expected_version)?;
                if !matches!(
                    request.status,
                    RequestStatus::Submitted | RequestStatus::Approved
                ) {
                    return Err(invalid());
                }
                if current.status != LineStatus::Requested {
                    return Err(line_invalid(current, command_name));
                }
                Ok(vec![EventRequestEvent::ServiceLineDeclined {
                    line,
                    reason,
                    declined_at: now,
                }])
            }
            EventRequestCommand::DeliverServiceLine {
                line,
                unit,
                delivered_quantity,
                expected_version,
                now,
            } => {
                let current = existing_line(request, line, Some(&unit), expected_version)?;
                if !matches!(
                    request.status,
                    RequestStatus::Approved | RequestStatus::Held
                ) {
                    return Err(invalid());
                }
                if !matches!(
                    current.status,
                    LineStatus::Confirmed | LineStatus::Delivered
                ) {
                    return Err(line_invalid(current, command_name));
                }
                if now < request.slot.start() {
                    return Err(EventRequestError::TooEarly {
                        command: command_name,
                        after_end: false,
                        at: request.slot.start(),
                    });
                }
                Ok(vec![EventRequestEvent::ServiceLineDelivered {
                    line,
                    delivered_quantity,
                    delivered_at: now,
                }])
            }
            EventRequestCommand::AddGuest {
                guest,
                full_name,
                organization,
                now,
            } => {
                if !request.status.is_open() {
                    return Err(invalid());
                }
                check_guest_cutoff(now, request.slot.start(), LeadTimeRule::Guest)?;
                if request.guests.len() >= MAX_GUESTS {
                    return Err(EventRequestError::TooMany {
                        what: "guests",
                        max: MAX_GUESTS,
                    });
                }
                if request.guests.iter().any(|existing| existing.id == guest) {
                    return Err(EventRequestError::DuplicateId);
                }
                Ok(vec![EventRequestEvent::GuestAdded {
                    guest,
                    full_name,
                    organization,
                    added_at: now,
                }])
            }
            EventRequestCommand::RemoveGuest { guest, now } => {
                if !request.status.is_open() {
                    return Err(invalid());
                }
                check_guest_cutoff(now, request.slot.start(), LeadTimeRule::GuestRemoval)?;
                if !request.guests.iter().any(|existing| existing.id == guest) {
                    return Err(EventRequestError::GuestNotFound { guest });
                }
                Ok(vec![EventRequestEvent::GuestRemoved {
                    guest,
                    removed_at: now,
                }])
            }
        }
    }

    fn evolve(mut self, event: &EventRequestEvent) -> Self {
        self.version += 1;
        if let EventRequestEvent::EventRequestCreated {
            id,
            reference,
            mission,
            title,
            description,
            slot,
            attendance,
            preferred_room,
            created_at,
        } = event
        {
            self.request = Some(Request {
                id: *id,
                reference: reference.clone(),
                mission: mission.clone(),
                title: title.clone(),
                description: description.clone(),
                slot: *slot,
                attendance: *attendance,
                preferred_room: preferred_room.clone(),
                room: None,
                focal_point: None,
                status: RequestStatus::Draft,
                closed_from: None,
                invoice: None,
                reason: None,
                created_at: *created_at,
                submitted_at: None,
                cancelled_at: None,
                cancellation_fee_rate: None,
                lines: Vec::new(),
                guests: Vec::new(),
            });
            return self;
        }
        let request = self
            .request
            .as_mut()
            .expect("every later event follows EventRequestCreated");
        apply(request, event);
        self
    }
}

fn decide_create(create: CreateEventRequest) -> Decision {
    check_slot(&create.slot)?;
    check_future(&create.slot, create.now)?;
    if let Some(room) = &create.preferred_room {
        check_capacity(room, create.attendance)?;
    }
    Ok(vec![EventRequestEvent::EventRequestCreated {
        id: create.id,
        reference: create.reference,
        mission: create.mission,
        title: create.title,
        description: create.description,
        slot: create.slot,
        attendance: create.attendance,
        preferred_room: create.preferred_room.map(|room| room.code),
        created_at: create.now,
    }])
}

fn decide_add_line(
    state: &EventRequest,
    request: &Request,
    add: AddServiceLine,
    invalid: impl Fn() -> EventRequestError,
) -> Decision {
    check_version(add.expected_version, state.version)?;
    if !request.status.is_open() {
        return Err(invalid());
    }
    check_line_lead_time(add.now, request.slot.start(), &add.item)?;
    if request.lines.len() >= MAX_LINES {
        return Err(EventRequestError::TooMany {
            what: "lines",
            max: MAX_LINES,
        });
    }
    if request.line(add.line).is_some() {
        return Err(EventRequestError::DuplicateId);
    }
    Ok(vec![EventRequestEvent::ServiceLineRequested {
        line: add.line,
        item: add.item,
        quantity: add.quantity,
        note: add.note,
        requested_at: add.now,
    }])
}

fn decide_confirm(
    request: &Request,
    confirm: ConfirmServiceLine,
    invalid: impl Fn() -> EventRequestError,
) -> Decision {
    let current = existing_line(
        request,
        confirm.line,
        Some(&confirm.unit),
        confirm.expected_version,
    )?;
    if !matches!(
        request.status,
        RequestStatus::Submitted | RequestStatus::Approved
    ) {
        return Err(invalid());
    }
    if current.status != LineStatus::Requested {
        return Err(line_invalid(current, "confirmServiceLine"));
    }
    if confirm.quote.code != current.item.code {
        return Err(EventRequestError::QuoteMismatch {
            quoted: confirm.quote.code,
            line_item: current.item.code.clone(),
        });
    }
    let rate_card_price = confirm.quote.unit_price;
    let (unit_price, quoted) = match confirm.unit_price {
        Some(price) if price != rate_card_price => {
            if price.currency() != rate_card_price.currency() {
                return Err(EventRequestError::InvalidPrice(
                    ValueError::CurrencyMismatch {
                        expected: rate_card_price.currency().to_string(),
                        actual: price.currency().to_string(),
                    },
                ));
            }
            if price.is_negative() {
                return Err(EventRequestError::InvalidPrice(ValueError::AmountNegative));
            }
            if confirm.note.as_str().is_empty() {
                return Err(EventRequestError::QuoteNeedsNote);
            }
            (price, true)
        }
        _ => (rate_card_price, false),
    };
    Ok(vec![EventRequestEvent::ServiceLineConfirmed {
        line: confirm.line,
        rate_version: confirm.quote.rate_version,
        unit_price,
        quoted,
        note: confirm.note,
        confirmed_at: confirm.now,
    }])
}

/// Finds a line, hiding another unit's line as if it did not exist, and checks its version.
fn existing_line<'a>(
    request: &'a Request,
    id: ServiceLineId,
    unit: Option<&UnitCode>,
    expected_version: Option<u64>,
) -> Result<&'a ServiceLine, EventRequestError> {
    let line = request
        .line(id)
        .filter(|line| unit.is_none_or(|unit| line.unit() == unit))
        .ok_or(EventRequestError::LineNotFound { line: id })?;
    match expected_version {
        Some(expected) if expected != line.version => Err(EventRequestError::LineVersionConflict {
            line: id,
            current: line.version,
        }),
        _ => Ok(line),
    }
}

fn line_invalid(line: &ServiceLine, command: &'static str) -> EventRequestError {
    EventRequestError::LineInvalidTransition {
        line: line.id,
        status: line.status,
        command,
    }
}

/// Applies one event to a created request: no rule, only what the event says.
fn apply(request: &mut Request, event: &EventRequestEvent) {
    use EventRequestEvent as E;
    match event {
        E::EventRequestCreated { .. } => {}
        E::EventRequestEdited {
            title,
            description,
            slot,
            attendance,
            preferred_room,
            ..
        } => {
            request.title = title.clone();
            request.description = description.clone();
            request.slot = *slot;
            request.attendance = *attendance;
            request.preferred_room = preferred_room.clone();
        }
        E::EventRequestSubmitted {
            focal_point,
            submitted_at,
        } => {
            request.status = RequestStatus::Submitted;
            request.focal_point = Some(focal_point.clone());
            request.submitted_at = Some(*submitted_at);
        }
        E::EventRequestApproved { room, .. } => {
            request.status = RequestStatus::Approved;
            request.room = Some(room.clone());
        }
        E::EventRequestRejected { reason, .. } => {
            request.status = RequestStatus::Rejected;
            request.reason = Some(reason.clone());
        }
        E::EventRequestCancelled {
            reason,
            fee_rate,
            cancelled_at,
        } => {
            request.status = RequestStatus::Cancelled;
            request.reason = Some(reason.clone());
            request.cancelled_at = Some(*cancelled_at);
            request.cancellation_fee_rate = Some(*fee_rate);
        }
        E::EventRequestHeld { .. } => request.status = RequestStatus::Held,
        E::EventRequestClosed { invoice, .. } => {
            request.closed_from = Some(if request.status == RequestStatus::Cancelled {
                ClosedFrom::Cancelled
            } else {
                ClosedFrom::Held
            });
            request.status = RequestStatus::Closed;
            request.invoice = Some(*invoice);
        }
        E::ServiceLineRequested {
            line,
            item,
            quantity,
            note,
            ..
        } => request.lines.push(ServiceLine {
            id: *line,
            item: item.clone(),
            quantity: *quantity,
            note: note.clone(),
            status: LineStatus::Requested,
            confirmation: None,
            delivered_quantity: None,
            reason: None,
            cancelled_with_request: false,
            cancellation_fee_rate: Decimal::ZERO,
            version: 1,
        }),
        E::ServiceLineConfirmed {
            line,
            rate_version,
            unit_price,
            quoted,
            note,
            confirmed_at,
        } => update_line(request, *line, |line| {
            line.status = LineStatus::Confirmed;
            line.confirmation = Some(Confirmation {
                rate_version: *rate_version,
                unit_price: *unit_price,
                quoted: *quoted,
                note: note.clone(),
                confirmed_at: *confirmed_at,
            });
        }),
        E::ServiceLineDeclined { line, reason, .. } => update_line(request, *line, |line| {
            line.status = LineStatus::Declined;
            line.reason = Some(reason.clone());
        }),
        E::ServiceLineDelivered {
            line,
            delivered_quantity,
            ..
        } => update_line(request, *line, |line| {
            line.status = LineStatus::Delivered;
            line.delivered_quantity = Some(*delivered_quantity);
        }),
        E::ServiceLineCancelled {
            line,
            reason,
            with_request,
            fee_rate,
            ..
        } => update_line(request, *line, |line| {
            line.status = LineStatus::Cancelled;
            line.reason = reason.clone();
            line.cancelled_with_request = *with_request;
            line.cancellation_fee_rate = *fee_rate;
        }),
        E::GuestAdded {
            guest,
            full_name,
            organization,
            added_at,
        } => request.guests.push(Guest {
            id: *guest,
            full_name: full_name.clone(),
            organization: organization.clone(),
            added_at: *added_at,
        }),
        E::GuestRemoved { guest, .. } => request.guests.retain(|existing| existing.id != *guest),
    }
}

fn update_line(request: &mut Request, id: ServiceLineId, change: impl FnOnce(&mut ServiceLine)) {
    let line = request
        .line_mut(id)
        .expect("a line event follows its ServiceLineRequested");
    change(line);
    line.version += 1;
}

#[cfg(test)]
mod tests;
