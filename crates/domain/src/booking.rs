//! Decisions that span a request and its room's schedule: approving (reserve the room) and
//! cancelling (give it back). The caller loads the streams named by the keys, calls one of
//! these functions and appends all resulting events in one atomic append with the expected
//! versions it read, so a concurrent approval for an overlapping slot either lands first and
//! is seen here, or fails on the schedule stream's version and is decided again.

use jiff::Timestamp;

use crate::aggregate::Aggregate;
use crate::error::{ErrorCode, Param, Rejection};
use crate::request::{
    EventRequest, EventRequestCommand, EventRequestError, EventRequestEvent, RequestStatus,
    RoomFacts,
};
use crate::schedule::{
    RoomSchedule, RoomScheduleCommand, RoomScheduleError, RoomScheduleEvent, ScheduleKey,
    schedule_keys,
};
use crate::values::Reason;

/// The events of one booking decision, by stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingEvents {
    pub request: Vec<EventRequestEvent>,
    pub schedules: Vec<(ScheduleKey, Vec<RoomScheduleEvent>)>,
}

/// Why approving or cancelling was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BookingError {
    #[error(transparent)]
    Request(#[from] EventRequestError),
    #[error(transparent)]
    Schedule(#[from] RoomScheduleError),
    /// The caller passed schedules that do not match [`approval_keys`]: a bug in the caller.
    #[error("the schedules passed do not match the days the booking touches")]
    SchedulesMismatch,
}

impl Rejection for BookingError {
    fn code(&self) -> ErrorCode {
        match self {
            BookingError::Request(error) => error.code(),
            BookingError::Schedule(error) => error.code(),
            BookingError::SchedulesMismatch => ErrorCode::InvalidTransition,
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            BookingError::Request(error) => error.field(),
            BookingError::Schedule(error) => error.field(),
            BookingError::SchedulesMismatch => None,
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            BookingError::Request(error) => error.params(),
            BookingError::Schedule(error) => error.params(),
            BookingError::SchedulesMismatch => Vec::new(),
        }
    }
}

/// The schedule streams an approval of `request` in `room` must load.
pub fn approval_keys(request: &EventRequest, room: &RoomFacts) -> Vec<ScheduleKey> {
    request
        .request
        .as_ref()
        .map(|request| schedule_keys(&room.code, &request.slot))
        .unwrap_or_default()
}

/// The schedule streams a cancellation of `request` must load (none unless it is approved).
pub fn cancellation_keys(request: &EventRequest) -> Vec<ScheduleKey> {
    match &request.request {
        Some(request) if request.status == RequestStatus::Approved => request
            .room
            .as_ref()
            .map(|room| schedule_keys(room, &request.slot))
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn matching<'a>(
    keys: &[ScheduleKey],
    schedules: &'a [RoomSchedule],
) -> Result<Vec<(&'a RoomSchedule, ScheduleKey)>, BookingError> {
    if keys.len() != schedules.len()
        || keys
            .iter()
            .zip(schedules)
            .any(|(key, schedule)| schedule.key.as_ref().is_some_and(|own| own != key))
    {
        return Err(BookingError::SchedulesMismatch);
    }
    Ok(schedules.iter().zip(keys.iter().cloned()).collect())
}

/// Approves a submitted request in `room`: the request's rules (state, capacity) first, then
/// the room must be free on every day the occupancy touches. `schedules` are the streams of
/// [`approval_keys`], in that order.
pub fn approve(
    request: &EventRequest,
    schedules: &[RoomSchedule],
    room: RoomFacts,
    expected_version: Option<u64>,
    now: Timestamp,
) -> Result<BookingEvents, BookingError> {
    let keys = approval_keys(request, &room);
    let request_events = request.decide(EventRequestCommand::Approve {
        expected_version,
        room,
        now,
    })?;
    let created = request
        .request
        .as_ref()
        .ok_or(EventRequestError::NotFound)?;
    let mut schedule_events = Vec::new();
    for (schedule, key) in matching(&keys, schedules)? {
        let events = schedule.decide(RoomScheduleCommand::Reserve {
            key: key.clone(),
            request: created.id,
            slot: created.slot,
        })?;
        schedule_events.push((key, events));
    }
    Ok(BookingEvents {
        request: request_events,
        schedules: schedule_events,
    })
}

/// Cancels a request; an approved request gives its room back. `schedules` are the streams of
/// [`cancellation_keys`], in that order.
pub fn cancel(
    request: &EventRequest,
    schedules: &[RoomSchedule],
    reason: Reason,
    expected_version: Option<u64>,
    now: Timestamp,
) -> Result<BookingEvents, BookingError> {
    let keys = cancellation_keys(request);
    let request_events = request.decide(EventRequestCommand::Cancel {
        expected_version,
        reason,
        now,
    })?;
    let created = request
        .request
        .as_ref()
        .ok_or(EventRequestError::NotFound)?;
    let mut schedule_events = Vec::new();
    for (schedule, key) in matching(&keys, schedules)? {
        let events = schedule.decide(RoomScheduleCommand::Release {
            key: key.clone(),
            request: created.id,
        })?;
        schedule_events.push((key, events));
    }
    Ok(BookingEvents {
        request: request_events,
        schedules: schedule_events,
    })
}
