//! Decisions that span a request and its room's schedule: approving (reserve the room) and
//! cancelling (give it back). The caller loads the streams named by the keys, calls one of
//! these functions and appends all resulting events in one atomic append with the expected
//! versions it read, so a concurrent approval for an overlapping slot either lands first and
//! is seen here, or fails on the schedule stream's version and is decided again.
//!
//! Also what a focal point sees before approving: the [`conflicts`] of a submitted request
//! with its preferred room, by the same rules the approval applies.

use jiff::Timestamp;
use std::collections::BTreeMap;

use crate::aggregate::Aggregate;
use crate::error::{ErrorCode, Param, Rejection};
use crate::ids::EventRequestId;
use crate::request::{
    EventRequest, EventRequestCommand, EventRequestError, EventRequestEvent, Request,
    RequestReference, RequestStatus, RoomFacts,
};
use crate::rooms::Room;
use crate::schedule::{
    RoomSchedule, RoomScheduleCommand, RoomScheduleError, RoomScheduleEvent, ScheduleKey, collides,
    schedule_keys,
};
use crate::time::TimeSlot;
use crate::values::{Reason, RoomCode};

/// Why approving a submitted request in its preferred room would fail or compete, shown to
/// the focal point before the approval is tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// An approved request already holds the room for an occupancy the request's own would
    /// overlap (buffers included): approving there would be `ROOM_UNAVAILABLE`.
    RoomTaken {
        room: RoomCode,
        /// The approved request holding the room.
        request: EventRequestId,
        /// Its occupancy, buffers included.
        occupancy: TimeSlot,
    },
    /// Another submitted request wants the same room for an overlapping occupancy: only one
    /// of the two can be approved there.
    CompetingRequest {
        room: RoomCode,
        request: EventRequestId,
        reference: RequestReference,
        /// The other event's own slot (without buffers).
        slot: TimeSlot,
    },
    /// More people are expected than the room seats: approving there would be
    /// `CAPACITY_EXCEEDED`.
    OverCapacity {
        room: RoomCode,
        capacity: u32,
        attendance: u32,
    },
}

/// The conflicts of a SUBMITTED `request` with its preferred room (none for any other status
/// or without a preferred room): approved requests holding the room (from `schedules`, the
/// days of [`schedule_keys`] for the preferred room and the request's slot), other submitted
/// requests wanting the room at an overlapping time (from `submitted`; the request itself and
/// requests that are not SUBMITTED are skipped), and the room's capacity. `room` is the
/// preferred room as the catalog knows it (`None` if it is no longer there: then only the
/// schedules and competing requests are compared). Taken rooms first (in time order), then
/// competing requests (in the order given), then capacity.
pub fn conflicts<'a>(
    request: &Request,
    room: Option<&Room>,
    schedules: &BTreeMap<ScheduleKey, RoomSchedule>,
    submitted: impl IntoIterator<Item = &'a Request>,
) -> Vec<Conflict> {
    let Some(preferred) = &request.preferred_room else {
        return Vec::new();
    };
    if request.status != RequestStatus::Submitted {
        return Vec::new();
    }
    let mut taken: Vec<Conflict> = Vec::new();
    for key in schedule_keys(preferred, &request.slot) {
        let Some(schedule) = schedules.get(&key) else {
            continue;
        };
        for reservation in schedule.conflicts(&request.slot) {
            let conflict = Conflict::RoomTaken {
                room: preferred.clone(),
                request: reservation.request,
                occupancy: reservation.occupancy,
            };
            // An occupancy crossing midnight is reserved in both days: name it once.
            if reservation.request != request.id && !taken.contains(&conflict) {
                taken.push(conflict);
            }
        }
    }
    taken.sort_by_key(|conflict| match conflict {
        Conflict::RoomTaken { occupancy, .. } => Some(occupancy.start()),
        _ => None,
    });
    let competing = submitted
        .into_iter()
        .filter(|other| {
            other.id != request.id
                && other.status == RequestStatus::Submitted
                && other.preferred_room.as_ref() == Some(preferred)
                && collides(&other.slot.occupancy(), &request.slot)
        })
        .map(|other| Conflict::CompetingRequest {
            room: preferred.clone(),
            request: other.id,
            reference: other.reference.clone(),
            slot: other.slot,
        });
    let over_capacity = room
        .filter(|room| room.code == *preferred && !room.capacity.admits(request.attendance))
        .map(|room| Conflict::OverCapacity {
            room: room.code.clone(),
            capacity: room.capacity.get(),
            attendance: request.attendance.get(),
        });
    taken
        .into_iter()
        .chain(competing)
        .chain(over_capacity)
        .collect()
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::request::{CreateEventRequest, FocalPointCandidate, RequestReference};
    use crate::testing::*;
    use crate::time::TimeSlot;
    use crate::values::{Attendance, Description, Title};
    use jiff::SignedDuration;
    use proptest::prelude::*;

    const EARLY: &str = "2026-04-01T09:00:00-04:00";

    /// A submitted request `n` for `slot`.
    fn submitted(n: u64, slot: TimeSlot) -> EventRequest {
        submitted_in(n, slot, None)
    }

    /// A submitted request `n` of 30 people for `slot`, preferring `preferred`.
    fn submitted_in(n: u64, slot: TimeSlot, preferred: Option<&str>) -> EventRequest {
        let create = CreateEventRequest {
            id: request_id(n),
            reference: RequestReference::new(2026, u32::try_from(n + 1).expect("small"))
                .expect("valid"),
            mission: mission("FRA"),
            title: Title::parse("Side event").expect("valid"),
            description: Description::parse("").expect("valid"),
            slot,
            attendance: Attendance::new(30).expect("valid"),
            preferred_room: preferred.map(|code| room_facts(code, 400)),
            now: at(EARLY),
        };
        let submit = EventRequestCommand::Submit {
            expected_version: Some(1),
            focal_points: vec![FocalPointCandidate {
                contact: contact("Ana Lima"),
                open_requests: 0,
            }],
            now: at(EARLY),
        };
        let mut state = EventRequest::default();
        for command in [EventRequestCommand::Create(create), submit] {
            let events = state.decide(command).expect("valid set-up");
            state = events.iter().fold(state, EventRequest::evolve);
        }
        state
    }

    fn apply_schedule(schedule: RoomSchedule, events: &[RoomScheduleEvent]) -> RoomSchedule {
        events.iter().fold(schedule, RoomSchedule::evolve)
    }

    #[test]
    fn approval_reserves_the_room_and_approves_the_request() {
        let request = submitted(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        let keys = approval_keys(&request, &room_facts("CR4", 50));
        assert_eq!(keys.len(), 1);
        let decision = approve(
            &request,
            &[RoomSchedule::default()],
            room_facts("CR4", 50),
            Some(2),
            at(EARLY),
        )
        .expect("free room");
        assert_eq!(decision.request.len(), 1);
        assert_eq!(decision.schedules.len(), 1);
        assert_eq!(decision.schedules[0].0, keys[0]);
        assert!(matches!(
            decision.schedules[0].1[0],
            RoomScheduleEvent::RoomReserved { .. }
        ));
    }

    #[test]
    fn the_second_of_two_overlapping_approvals_gets_room_unavailable() {
        let first = submitted(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        let second = submitted(
            2,
            slot("2026-05-12T12:45:00-04:00", "2026-05-12T13:30:00-04:00"),
        );
        let won = approve(
            &first,
            &[RoomSchedule::default()],
            room_facts("CR4", 50),
            None,
            at(EARLY),
        )
        .expect("free");
        let schedule = apply_schedule(RoomSchedule::default(), &won.schedules[0].1);
        let error = approve(&second, &[schedule], room_facts("CR4", 50), None, at(EARLY))
            .expect_err("taken");
        assert_eq!(error.code(), ErrorCode::RoomUnavailable);
        assert_eq!(error.field(), Some("roomCode"));
    }

    #[test]
    fn request_rules_come_before_the_schedule() {
        let request = submitted(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        let error = approve(
            &request,
            &[RoomSchedule::default()],
            room_facts("CR1", 10),
            None,
            at(EARLY),
        )
        .expect_err("too small");
        assert_eq!(error.code(), ErrorCode::CapacityExceeded);
        let stale = approve(
            &request,
            &[RoomSchedule::default()],
            room_facts("CR4", 50),
            Some(1),
            at(EARLY),
        )
        .expect_err("stale");
        assert_eq!(stale.code(), ErrorCode::VersionConflict);
    }

    #[test]
    fn schedules_that_do_not_match_the_keys_are_a_caller_bug() {
        let request = submitted(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        let error = approve(&request, &[], room_facts("CR4", 50), None, at(EARLY))
            .expect_err("no schedule");
        assert_eq!(error, BookingError::SchedulesMismatch);
    }

    #[test]
    fn cancelling_an_approved_request_gives_the_room_back() {
        let request = submitted(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        let won = approve(
            &request,
            &[RoomSchedule::default()],
            room_facts("CR4", 50),
            None,
            at(EARLY),
        )
        .expect("free");
        let approved = won.request.iter().fold(request, EventRequest::evolve);
        let schedule = apply_schedule(RoomSchedule::default(), &won.schedules[0].1);
        assert_eq!(cancellation_keys(&approved).len(), 1);
        let cancelled = cancel(
            &approved,
            std::slice::from_ref(&schedule),
            reason("Postponed"),
            None,
            at(EARLY),
        )
        .expect("open");
        let schedule = apply_schedule(schedule, &cancelled.schedules[0].1);
        assert!(schedule.reservations.is_empty());
        let other = submitted(
            2,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        approve(&other, &[schedule], room_facts("CR4", 50), None, at(EARLY)).expect("free again");
    }

    #[test]
    fn cancelling_a_submitted_request_touches_no_schedule() {
        let request = submitted(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        assert!(cancellation_keys(&request).is_empty());
        let cancelled = cancel(&request, &[], reason("Postponed"), None, at(EARLY)).expect("open");
        assert!(cancelled.schedules.is_empty());
    }

    // --- conflicts shown to the focal point ---

    fn created(state: &EventRequest) -> &Request {
        state.request.as_ref().expect("created")
    }

    fn catalog_room(code: &str, seats: i64) -> Room {
        Room {
            code: room(code),
            name: crate::values::LocalizedText::new([(crate::values::Lang::En, code)])
                .expect("valid"),
            capacity: crate::rooms::Capacity::new(seats).expect("valid"),
            features: Default::default(),
        }
    }

    /// CR4's schedule for 12 May after approving request `n` for `start`–`end` there.
    fn cr4_holding(n: u64, start: &str, end: &str) -> BTreeMap<ScheduleKey, RoomSchedule> {
        let holder = submitted(n, slot(start, end));
        let won = approve(
            &holder,
            &[RoomSchedule::default()],
            room_facts("CR4", 400),
            None,
            at(EARLY),
        )
        .expect("free");
        won.schedules
            .into_iter()
            .map(|(key, events)| (key, RoomSchedule::replay(&events)))
            .collect()
    }

    /// Request 1: 30 people in CR4, 10:00–12:00 on 12 May (busy 09:30–12:30).
    fn reviewed() -> EventRequest {
        submitted_in(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
            Some("CR4"),
        )
    }

    #[test]
    fn a_free_room_that_fits_and_no_rival_is_no_conflict() {
        let request = reviewed();
        let found = conflicts(
            created(&request),
            Some(&catalog_room("CR4", 400)),
            &BTreeMap::new(),
            [],
        );
        assert_eq!(found, []);
    }

    #[test]
    fn an_approved_request_overlapping_with_its_buffers_takes_the_room() {
        let request = reviewed();
        // Request 2 holds 12:45–13:30, busy from 12:15: inside request 1's buffer.
        let schedules = cr4_holding(2, "2026-05-12T12:45:00-04:00", "2026-05-12T13:30:00-04:00");
        assert_eq!(
            conflicts(
                created(&request),
                Some(&catalog_room("CR4", 400)),
                &schedules,
                []
            ),
            [Conflict::RoomTaken {
                room: room("CR4"),
                request: request_id(2),
                occupancy: slot("2026-05-12T12:15:00-04:00", "2026-05-12T14:00:00-04:00"),
            }]
        );
        // From 13:00 the two occupancies touch at 12:30: no conflict, as for the approval.
        let schedules = cr4_holding(2, "2026-05-12T13:00:00-04:00", "2026-05-12T14:00:00-04:00");
        assert_eq!(
            conflicts(
                created(&request),
                Some(&catalog_room("CR4", 400)),
                &schedules,
                []
            ),
            []
        );
    }

    #[test]
    fn other_submitted_requests_for_the_room_at_an_overlapping_time_compete() {
        let request = reviewed();
        let rival = submitted_in(
            2,
            slot("2026-05-12T12:00:00-04:00", "2026-05-12T13:00:00-04:00"),
            Some("CR4"),
        );
        let elsewhere = submitted_in(
            3,
            slot("2026-05-12T12:00:00-04:00", "2026-05-12T13:00:00-04:00"),
            Some("CR1"),
        );
        let later = submitted_in(
            4,
            slot("2026-05-12T13:00:00-04:00", "2026-05-12T14:00:00-04:00"),
            Some("CR4"),
        );
        let mut draft = created(&submitted_in(
            5,
            slot("2026-05-12T11:00:00-04:00", "2026-05-12T12:00:00-04:00"),
            Some("CR4"),
        ))
        .clone();
        draft.status = RequestStatus::Draft;
        let others = [
            created(&request),
            created(&rival),
            created(&elsewhere),
            created(&later),
            &draft,
        ];
        assert_eq!(
            conflicts(
                created(&request),
                Some(&catalog_room("CR4", 400)),
                &BTreeMap::new(),
                others,
            ),
            [Conflict::CompetingRequest {
                room: room("CR4"),
                request: request_id(2),
                reference: created(&rival).reference.clone(),
                slot: slot("2026-05-12T12:00:00-04:00", "2026-05-12T13:00:00-04:00"),
            }]
        );
    }

    #[test]
    fn more_people_than_the_room_seats_is_a_conflict() {
        let request = reviewed();
        assert_eq!(
            conflicts(
                created(&request),
                Some(&catalog_room("CR4", 29)),
                &BTreeMap::new(),
                []
            ),
            [Conflict::OverCapacity {
                room: room("CR4"),
                capacity: 29,
                attendance: 30,
            }]
        );
        assert_eq!(
            conflicts(
                created(&request),
                Some(&catalog_room("CR4", 30)),
                &BTreeMap::new(),
                []
            ),
            []
        );
    }

    #[test]
    fn taken_rooms_come_first_then_rivals_then_capacity() {
        let request = reviewed();
        let schedules = cr4_holding(2, "2026-05-12T08:00:00-04:00", "2026-05-12T09:30:00-04:00");
        let rival = submitted_in(
            3,
            slot("2026-05-12T11:00:00-04:00", "2026-05-12T12:00:00-04:00"),
            Some("CR4"),
        );
        let found = conflicts(
            created(&request),
            Some(&catalog_room("CR4", 10)),
            &schedules,
            [created(&rival)],
        );
        let kinds: Vec<&str> = found
            .iter()
            .map(|conflict| match conflict {
                Conflict::RoomTaken { .. } => "taken",
                Conflict::CompetingRequest { .. } => "rival",
                Conflict::OverCapacity { .. } => "capacity",
            })
            .collect();
        assert_eq!(kinds, ["taken", "rival", "capacity"]);
    }

    #[test]
    fn only_a_submitted_request_with_a_preferred_room_has_conflicts() {
        let schedules = cr4_holding(2, "2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00");
        let small = catalog_room("CR4", 10);
        let no_room = submitted(
            1,
            slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        );
        assert_eq!(
            conflicts(created(&no_room), Some(&small), &schedules, []),
            []
        );
        let mut approved = created(&reviewed()).clone();
        approved.status = RequestStatus::Approved;
        assert_eq!(conflicts(&approved, Some(&small), &schedules, []), []);
    }

    fn any_slot() -> impl Strategy<Value = TimeSlot> {
        // Any slot within a week, 1 minute to 6 hours: wider than booking hours on purpose.
        (0i64..7 * 24 * 60, 1i64..=360).prop_map(|(start_minute, minutes)| {
            let start = at("2026-05-11T00:00:00-04:00") + SignedDuration::from_mins(start_minute);
            TimeSlot::new(start, start + SignedDuration::from_mins(minutes)).expect("ordered")
        })
    }

    fn bookable_slot() -> impl Strategy<Value = TimeSlot> {
        // Monday 11 to Friday 15 May, 08:00 onwards in 15-minute steps, 30 minutes to 4 hours.
        (0i64..5, 0i64..52, 2i64..=16).prop_filter_map(
            "within booking hours",
            |(day, step, length)| {
                let start = at("2026-05-11T08:00:00-04:00")
                    + SignedDuration::from_hours(24 * day)
                    + SignedDuration::from_mins(15 * step);
                let slot =
                    TimeSlot::new(start, start + SignedDuration::from_mins(15 * length)).ok()?;
                crate::time::check_booking_hours(&slot)
                    .is_ok()
                    .then_some(slot)
            },
        )
    }

    proptest! {
        /// Two bookings whose occupancies overlap always share a schedule stream, so the
        /// store's optimistic concurrency serializes them.
        #[test]
        fn overlapping_bookings_share_a_schedule_stream(a in any_slot(), b in any_slot()) {
            if a.occupancy().overlaps(&b.occupancy()) {
                let keys_a = crate::schedule::schedule_keys(&room("CR4"), &a);
                let keys_b = crate::schedule::schedule_keys(&room("CR4"), &b);
                prop_assert!(keys_a.iter().any(|key| keys_b.contains(key)));
            }
        }

        /// For any sequence of approvals on one room, the approved requests never overlap.
        #[test]
        fn approvals_never_double_book_a_room(slots in prop::collection::vec(bookable_slot(), 1..30)) {
            let mut schedules: std::collections::BTreeMap<ScheduleKey, RoomSchedule> = Default::default();
            let mut approved: Vec<TimeSlot> = Vec::new();
            for (n, slot) in slots.into_iter().enumerate() {
                let request = submitted(n as u64, slot);
                let keys = approval_keys(&request, &room_facts("CR4", 50));
                let loaded: Vec<RoomSchedule> = keys.iter().map(|key| schedules.get(key).cloned().unwrap_or_default()).collect();
                match approve(&request, &loaded, room_facts("CR4", 50), None, at(EARLY)) {
                    Ok(decision) => {
                        for (key, events) in decision.schedules {
                            let schedule = schedules.remove(&key).unwrap_or_default();
                            schedules.insert(key, apply_schedule(schedule, &events));
                        }
                        approved.push(slot);
                    }
                    Err(error) => prop_assert_eq!(error.code(), ErrorCode::RoomUnavailable),
                }
            }
            for (i, a) in approved.iter().enumerate() {
                for b in &approved[i + 1..] {
                    prop_assert!(!a.occupancy().overlaps(&b.occupancy()), "{a:?} and {b:?}");
                }
            }
        }
    }
}
