//! The room schedule: the consistency boundary that makes double booking impossible.
//!
//! One stream per room and venue day. An approved request occupies its room from 30 minutes
//! before its start to 30 minutes after its end, half-open. Booking hours (08:00–21:00) keep
//! every occupancy inside one venue day, so two approvals that could overlap always write to
//! the same stream, and the store's optimistic concurrency (expected version) lets only one
//! of them win; the loser re-decides against the winner's reservation and gets
//! `ROOM_UNAVAILABLE`. An occupancy crossing midnight (should booking hours ever change) is
//! reserved in every day it touches, in one atomic append.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::ids::EventRequestId;
use crate::rooms::Room;
use crate::time::{self, TimeSlot};
use crate::values::{Attendance, RoomCode};

/// At most this many reservations in one room on one day (with buffers every occupancy lasts
/// at least 90 minutes, so no more than 9 fit between 07:30 and 21:30).
pub const MAX_RESERVATIONS_PER_DAY: usize = 48;

/// Which schedule stream: one room on one venue day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScheduleKey {
    pub room: RoomCode,
    pub date: Date,
}

/// The schedule days a booking of `slot` in `room` touches, in date order.
pub fn schedule_keys(room: &RoomCode, slot: &TimeSlot) -> Vec<ScheduleKey> {
    slot.occupancy()
        .local_dates()
        .into_iter()
        .map(|date| ScheduleKey {
            room: room.clone(),
            date,
        })
        .collect()
}

/// Whether an event in `slot` would collide with `occupancy` (another event's time in the
/// room, buffers included): the event's own occupancy overlaps it, touching ends do not. This
/// is the one overlap rule: approvals, the rooms shown free and the conflicts shown to focal
/// points all ask it.
pub fn collides(occupancy: &TimeSlot, slot: &TimeSlot) -> bool {
    occupancy.overlaps(&slot.occupancy())
}

/// The rooms an event in `slot` with `attendance` people could be approved in: the room
/// admits the attendance (`CAPACITY_EXCEEDED`) and every schedule day the event's occupancy
/// touches accepts it (`ROOM_UNAVAILABLE`, exactly as [`RoomSchedule::check_free`] decides
/// for an approval). Smallest capacity first, then by code in natural order (`CR9` before
/// `CR10`).
///
/// `schedules` holds, for each room, the days of [`schedule_keys`] (an empty schedule for a
/// day nobody booked). A room with a day missing is not offered: nothing proves it free.
pub fn available_rooms<'a>(
    rooms: impl IntoIterator<Item = &'a Room>,
    schedules: &BTreeMap<ScheduleKey, RoomSchedule>,
    slot: &TimeSlot,
    attendance: Attendance,
) -> Vec<&'a Room> {
    let mut free: Vec<&Room> = rooms
        .into_iter()
        .filter(|room| room.capacity.admits(attendance))
        .filter(|room| {
            schedule_keys(&room.code, slot).iter().all(|key| {
                schedules
                    .get(key)
                    .is_some_and(|schedule| schedule.check_free(&room.code, slot).is_ok())
            })
        })
        .collect();
    free.sort_by_key(|room| (room.capacity, natural_key(room.code.as_str())));
    free
}

/// A sort key that orders the digits inside a code by their value (`CR2` before `CR10`).
fn natural_key(code: &str) -> Vec<(bool, u64, String)> {
    let mut parts = Vec::new();
    let mut rest = code;
    while let Some(first) = rest.chars().next() {
        let is_digit = first.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != is_digit)
            .unwrap_or(rest.len());
        let (part, tail) = rest.split_at(end);
        // Codes hold at most 16 characters, so a run of digits fits a u64; the text breaks
        // ties ("CR01" after "CR1").
        let value = if is_digit {
            part.parse().unwrap_or(u64::MAX)
        } else {
            0
        };
        parts.push((is_digit, value, part.to_string()));
        rest = tail;
    }
    parts
}

/// One request's hold on the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reservation {
    pub request: EventRequestId,
    /// The event itself.
    pub slot: TimeSlot,
    /// The event with its buffers: what no other reservation may overlap.
    pub occupancy: TimeSlot,
}

/// A room's reservations on one day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomSchedule {
    pub key: Option<ScheduleKey>,
    pub reservations: Vec<Reservation>,
    pub version: u64,
}

impl RoomSchedule {
    /// The reservations overlapping `window`, for the schedule read model.
    pub fn busy(&self, window: &TimeSlot) -> impl Iterator<Item = &Reservation> {
        self.reservations
            .iter()
            .filter(move |reservation| reservation.occupancy.overlaps(window))
    }

    /// The reservations an event in `slot` would collide with (see [`collides`]).
    pub fn conflicts<'a>(&'a self, slot: &'a TimeSlot) -> impl Iterator<Item = &'a Reservation> {
        self.reservations
            .iter()
            .filter(move |reservation| collides(&reservation.occupancy, slot))
    }

    /// Whether this day of `room` accepts an event in `slot`: no reservation collides with it
    /// and the day holds fewer than [`MAX_RESERVATIONS_PER_DAY`]. The rule an approval's
    /// reservation checks, and the one the rooms shown free are checked by.
    pub fn check_free(&self, room: &RoomCode, slot: &TimeSlot) -> Result<(), RoomScheduleError> {
        if let Some(taken) = self.conflicts(slot).next() {
            return Err(RoomScheduleError::RoomUnavailable {
                room: room.clone(),
                conflicting: taken.occupancy,
                requested: slot.occupancy(),
            });
        }
        if self.reservations.len() >= MAX_RESERVATIONS_PER_DAY {
            return Err(RoomScheduleError::DayFull {
                max: MAX_RESERVATIONS_PER_DAY,
            });
        }
        Ok(())
    }
}

/// What can be asked of a schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomScheduleCommand {
    /// Holds the room for `slot` (plus buffers) on this day.
    Reserve {
        key: ScheduleKey,
        request: EventRequestId,
        slot: TimeSlot,
    },
    /// Gives the room back (the request was cancelled).
    Release {
        key: ScheduleKey,
        request: EventRequestId,
    },
}

/// What happened to a schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum RoomScheduleEvent {
    RoomReserved {
        room: RoomCode,
        date: Date,
        request: EventRequestId,
        slot: TimeSlot,
        occupancy: TimeSlot,
    },
    RoomReleased {
        room: RoomCode,
        date: Date,
        request: EventRequestId,
    },
}

impl DomainEvent for RoomScheduleEvent {
    fn event_type(&self) -> &'static str {
        match self {
            RoomScheduleEvent::RoomReserved { .. } => "RoomReserved",
            RoomScheduleEvent::RoomReleased { .. } => "RoomReleased",
        }
    }
}

/// Why a schedule refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoomScheduleError {
    #[error("room {room} is taken from {} to {}", conflicting.start(), conflicting.end())]
    RoomUnavailable {
        room: RoomCode,
        conflicting: TimeSlot,
        requested: TimeSlot,
    },
    #[error("the request already holds this room")]
    AlreadyReserved,
    #[error("the request holds no reservation here")]
    NotReserved,
    #[error("the command is for another room or day than this schedule")]
    WrongSchedule,
    #[error("the room holds at most {max} reservations a day")]
    DayFull { max: usize },
}

impl Rejection for RoomScheduleError {
    fn code(&self) -> ErrorCode {
        match self {
            RoomScheduleError::RoomUnavailable { .. } | RoomScheduleError::DayFull { .. } => {
                ErrorCode::RoomUnavailable
            }
            RoomScheduleError::AlreadyReserved | RoomScheduleError::WrongSchedule => {
                ErrorCode::InvalidTransition
            }
            RoomScheduleError::NotReserved => ErrorCode::NotFound,
        }
    }

    fn field(&self) -> Option<&'static str> {
        Some("roomCode")
    }

    fn params(&self) -> Vec<Param> {
        let format = time::local_text;
        match self {
            RoomScheduleError::RoomUnavailable {
                room,
                conflicting,
                requested,
            } => vec![
                ("roomCode", room.to_string()),
                ("busyFrom", format(conflicting.start())),
                ("busyTo", format(conflicting.end())),
                ("requestedFrom", format(requested.start())),
                ("requestedTo", format(requested.end())),
            ],
            RoomScheduleError::DayFull { max } => vec![("max", max.to_string())],
            _ => Vec::new(),
        }
    }
}

impl Aggregate for RoomSchedule {
    type Command = RoomScheduleCommand;
    type Event = RoomScheduleEvent;
    type Error = RoomScheduleError;

    fn decide(
        &self,
        command: RoomScheduleCommand,
    ) -> Result<Vec<RoomScheduleEvent>, RoomScheduleError> {
        match command {
            RoomScheduleCommand::Reserve { key, request, slot } => {
                self.check_key(&key)?;
                let occupancy = slot.occupancy();
                if !schedule_keys(&key.room, &slot).contains(&key) {
                    return Err(RoomScheduleError::WrongSchedule);
                }
                if self
                    .reservations
                    .iter()
                    .any(|reservation| reservation.request == request)
                {
                    return Err(RoomScheduleError::AlreadyReserved);
                }
                self.check_free(&key.room, &slot)?;
                Ok(vec![RoomScheduleEvent::RoomReserved {
                    room: key.room,
                    date: key.date,
                    request,
                    slot,
                    occupancy,
                }])
            }
            RoomScheduleCommand::Release { key, request } => {
                self.check_key(&key)?;
                if !self
                    .reservations
                    .iter()
                    .any(|reservation| reservation.request == request)
                {
                    return Err(RoomScheduleError::NotReserved);
                }
                Ok(vec![RoomScheduleEvent::RoomReleased {
                    room: key.room,
                    date: key.date,
                    request,
                }])
            }
        }
    }

    fn evolve(mut self, event: &RoomScheduleEvent) -> Self {
        self.version += 1;
        match event {
            RoomScheduleEvent::RoomReserved {
                room,
                date,
                request,
                slot,
                occupancy,
            } => {
                self.key = Some(ScheduleKey {
                    room: room.clone(),
                    date: *date,
                });
                self.reservations.push(Reservation {
                    request: *request,
                    slot: *slot,
                    occupancy: *occupancy,
                });
            }
            RoomScheduleEvent::RoomReleased { request, .. } => {
                self.reservations
                    .retain(|reservation| reservation.request != *request);
            }
        }
        self
    }
}

impl RoomSchedule {
    fn check_key(&self, key: &ScheduleKey) -> Result<(), RoomScheduleError> {
        match &self.key {
            Some(own) if own != key => Err(RoomScheduleError::WrongSchedule),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rooms::Capacity;
    use crate::testing::{at, given, request_id, room, slot};
    use crate::values::{Lang, LocalizedText};
    use jiff::civil::date;
    use std::collections::BTreeSet;

    fn key() -> ScheduleKey {
        ScheduleKey {
            room: room("CR4"),
            date: date(2026, 5, 12),
        }
    }

    fn reserve(n: u64, start: &str, end: &str) -> RoomScheduleCommand {
        RoomScheduleCommand::Reserve {
            key: key(),
            request: request_id(n),
            slot: slot(start, end),
        }
    }

    /// Request 1 holds 10:00–12:00, so the room is busy 09:30–12:30.
    fn morning() -> RoomScheduleEvent {
        let event = slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00");
        RoomScheduleEvent::RoomReserved {
            room: room("CR4"),
            date: date(2026, 5, 12),
            request: request_id(1),
            slot: event,
            occupancy: event.occupancy(),
        }
    }

    #[test]
    fn reserve_an_empty_day() {
        let state = given::<RoomSchedule>([])
            .when(reserve(
                1,
                "2026-05-12T10:00:00-04:00",
                "2026-05-12T12:00:00-04:00",
            ))
            .then(vec![morning()]);
        assert_eq!(state.reservations.len(), 1);
        assert_eq!(state.version, 1);
    }

    #[test]
    fn a_slot_starting_where_the_buffer_ends_fits() {
        // Busy until 12:30; 13:00 start means busy from 12:30: they touch, no overlap.
        let (events, _) = given::<RoomSchedule>([morning()])
            .when(reserve(
                2,
                "2026-05-12T13:00:00-04:00",
                "2026-05-12T14:00:00-04:00",
            ))
            .then_ok();
        assert_eq!(events.len(), 1);
        // And symmetrically before: ending at 09:00 means busy until 09:30.
        given::<RoomSchedule>([morning()])
            .when(reserve(
                3,
                "2026-05-12T08:00:00-04:00",
                "2026-05-12T09:00:00-04:00",
            ))
            .then_ok();
    }

    #[test]
    fn a_slot_one_minute_into_the_buffer_is_unavailable() {
        let error = given::<RoomSchedule>([morning()])
            .when(reserve(
                2,
                "2026-05-12T12:59:00-04:00",
                "2026-05-12T14:00:00-04:00",
            ))
            .error();
        assert_eq!(
            error,
            RoomScheduleError::RoomUnavailable {
                room: room("CR4"),
                conflicting: slot("2026-05-12T09:30:00-04:00", "2026-05-12T12:30:00-04:00"),
                requested: slot("2026-05-12T12:29:00-04:00", "2026-05-12T14:30:00-04:00"),
            }
        );
        assert_eq!(error.code(), ErrorCode::RoomUnavailable);
        assert!(
            error
                .params()
                .contains(&("busyTo", "2026-05-12 12:30 EDT".to_string()))
        );
    }

    #[test]
    fn the_same_request_cannot_reserve_twice() {
        let error = given::<RoomSchedule>([morning()])
            .when(reserve(
                1,
                "2026-05-12T15:00:00-04:00",
                "2026-05-12T16:00:00-04:00",
            ))
            .error();
        assert_eq!(error, RoomScheduleError::AlreadyReserved);
    }

    #[test]
    fn released_time_can_be_booked_again() {
        let released = given::<RoomSchedule>([morning()])
            .when(RoomScheduleCommand::Release {
                key: key(),
                request: request_id(1),
            })
            .then(vec![RoomScheduleEvent::RoomReleased {
                room: room("CR4"),
                date: date(2026, 5, 12),
                request: request_id(1),
            }]);
        assert!(released.reservations.is_empty());
        let events = vec![
            morning(),
            RoomScheduleEvent::RoomReleased {
                room: room("CR4"),
                date: date(2026, 5, 12),
                request: request_id(1),
            },
        ];
        given::<RoomSchedule>(events)
            .when(reserve(
                2,
                "2026-05-12T10:00:00-04:00",
                "2026-05-12T12:00:00-04:00",
            ))
            .then_ok();
    }

    #[test]
    fn releasing_what_is_not_held_is_not_found() {
        let error = given::<RoomSchedule>([morning()])
            .when(RoomScheduleCommand::Release {
                key: key(),
                request: request_id(9),
            })
            .error();
        assert_eq!(error.code(), ErrorCode::NotFound);
    }

    #[test]
    fn a_command_for_another_day_or_room_is_refused() {
        let other_day = RoomScheduleCommand::Reserve {
            key: ScheduleKey {
                room: room("CR4"),
                date: date(2026, 5, 13),
            },
            request: request_id(2),
            slot: slot("2026-05-13T10:00:00-04:00", "2026-05-13T11:00:00-04:00"),
        };
        assert_eq!(
            given::<RoomSchedule>([morning()]).when(other_day).error(),
            RoomScheduleError::WrongSchedule
        );
        // A slot on another day than the key names is refused even on an empty schedule.
        let mismatched = RoomScheduleCommand::Reserve {
            key: key(),
            request: request_id(2),
            slot: slot("2026-05-13T10:00:00-04:00", "2026-05-13T11:00:00-04:00"),
        };
        assert_eq!(
            given::<RoomSchedule>([]).when(mismatched).error(),
            RoomScheduleError::WrongSchedule
        );
    }

    #[test]
    fn schedule_keys_are_venue_days() {
        // 22:00 EDT on 12 May is 02:00 UTC on 13 May: still the 12th in New York.
        let evening = slot("2026-05-12T19:00:00-04:00", "2026-05-12T21:00:00-04:00");
        assert_eq!(schedule_keys(&room("CR4"), &evening), vec![key()]);
        assert_eq!(at("2026-05-13T01:00:00Z"), evening.end());
    }

    // --- the rooms shown free ---

    fn venue_room(code: &str, seats: i64) -> Room {
        Room {
            code: room(code),
            name: LocalizedText::new([(Lang::En, code)]).expect("valid"),
            capacity: Capacity::new(seats).expect("valid"),
            features: BTreeSet::new(),
        }
    }

    /// CR4 seats 400 and holds request 1's morning; CR1 seats 50, CR9 and CR10 seat 40.
    fn venue() -> Vec<Room> {
        vec![
            venue_room("CR4", 400),
            venue_room("CR1", 50),
            venue_room("CR10", 40),
            venue_room("CR9", 40),
        ]
    }

    /// Every schedule day `slot` touches for every room; CR4 on 12 May holds the morning.
    fn loaded(rooms: &[Room], slot: &TimeSlot) -> BTreeMap<ScheduleKey, RoomSchedule> {
        rooms
            .iter()
            .flat_map(|venue_room| schedule_keys(&venue_room.code, slot))
            .map(|day| {
                let schedule = if day == key() {
                    RoomSchedule::replay(&[morning()])
                } else {
                    RoomSchedule::default()
                };
                (day, schedule)
            })
            .collect()
    }

    /// The codes of the rooms free for `start`–`end` with `attendance` people.
    fn free(start: &str, end: &str, attendance: i64) -> Vec<String> {
        let rooms = venue();
        let wanted = slot(start, end);
        let attendance = Attendance::new(attendance).expect("valid");
        available_rooms(&rooms, &loaded(&rooms, &wanted), &wanted, attendance)
            .into_iter()
            .map(|free| free.code.to_string())
            .collect()
    }

    #[test]
    fn free_rooms_hold_the_attendance_smallest_first_then_by_code() {
        assert_eq!(
            free("2026-05-12T14:00:00-04:00", "2026-05-12T15:00:00-04:00", 30),
            ["CR9", "CR10", "CR1", "CR4"]
        );
        assert_eq!(
            free("2026-05-12T14:00:00-04:00", "2026-05-12T15:00:00-04:00", 41),
            ["CR1", "CR4"]
        );
        assert_eq!(
            free(
                "2026-05-12T14:00:00-04:00",
                "2026-05-12T15:00:00-04:00",
                400
            ),
            ["CR4"]
        );
        assert!(
            free(
                "2026-05-12T14:00:00-04:00",
                "2026-05-12T15:00:00-04:00",
                401
            )
            .is_empty()
        );
    }

    #[test]
    fn a_room_is_busy_during_a_reservation_with_its_buffers() {
        // CR4 is busy 09:30–12:30: an event at 11:00 there is out, whatever its size.
        assert_eq!(
            free("2026-05-12T11:00:00-04:00", "2026-05-12T11:30:00-04:00", 45),
            ["CR1"]
        );
    }

    #[test]
    fn a_room_is_free_for_an_event_whose_occupancy_starts_where_the_buffer_ends() {
        // Busy until 12:30 with the buffer; an event at 13:00 occupies the room from 12:30:
        // the two touch and do not overlap, exactly as for an approval.
        assert_eq!(
            free("2026-05-12T13:00:00-04:00", "2026-05-12T14:00:00-04:00", 45),
            ["CR1", "CR4"]
        );
        // One minute earlier the occupancies share 12:29–12:30.
        assert_eq!(
            free("2026-05-12T12:59:00-04:00", "2026-05-12T14:00:00-04:00", 45),
            ["CR1"]
        );
    }

    #[test]
    fn a_room_is_free_for_an_event_whose_occupancy_ends_where_the_buffer_begins() {
        // Busy from 09:30; an event ending at 09:00 occupies the room until 09:30.
        assert_eq!(
            free("2026-05-12T08:00:00-04:00", "2026-05-12T09:00:00-04:00", 45),
            ["CR1", "CR4"]
        );
        assert_eq!(
            free("2026-05-12T08:00:00-04:00", "2026-05-12T09:01:00-04:00", 45),
            ["CR1"]
        );
    }

    #[test]
    fn a_room_with_a_day_not_loaded_is_not_offered() {
        // 23:00–23:50 occupies 22:30–00:20: the 12th and the 13th.
        let rooms = vec![venue_room("CR1", 50)];
        let late = slot("2026-05-12T23:00:00-04:00", "2026-05-12T23:50:00-04:00");
        let attendance = Attendance::new(10).expect("valid");
        let mut schedules = loaded(&rooms, &late);
        assert_eq!(schedules.len(), 2);
        assert_eq!(
            available_rooms(&rooms, &schedules, &late, attendance).len(),
            1
        );
        schedules.pop_last();
        assert!(available_rooms(&rooms, &schedules, &late, attendance).is_empty());
    }

    #[test]
    fn a_full_day_offers_the_room_no_more() {
        // Stored reservations are replayed as they are: 48 one-minute holds before dawn fill
        // the day without touching the evening.
        let full: Vec<RoomScheduleEvent> = (0..MAX_RESERVATIONS_PER_DAY)
            .map(|n| {
                let minutes = i64::try_from(n).expect("small") * 2;
                let start =
                    at("2026-05-12T00:00:00-04:00") + jiff::SignedDuration::from_mins(minutes);
                let hold = TimeSlot::new(start, start + jiff::SignedDuration::from_mins(1))
                    .expect("ordered");
                RoomScheduleEvent::RoomReserved {
                    room: room("CR4"),
                    date: date(2026, 5, 12),
                    request: request_id(100 + n as u64),
                    slot: hold,
                    occupancy: hold,
                }
            })
            .collect();
        let rooms = vec![venue_room("CR4", 400)];
        let evening = slot("2026-05-12T19:00:00-04:00", "2026-05-12T20:00:00-04:00");
        let schedules = BTreeMap::from([(key(), RoomSchedule::replay(&full))]);
        let attendance = Attendance::new(10).expect("valid");
        assert!(available_rooms(&rooms, &schedules, &evening, attendance).is_empty());
        assert_eq!(
            schedules[&key()].check_free(&room("CR4"), &evening),
            Err(RoomScheduleError::DayFull {
                max: MAX_RESERVATIONS_PER_DAY
            })
        );
    }

    #[test]
    fn golden_schedule_events() {
        let json = serde_json::to_string(&morning()).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"RoomReserved","room":"CR4","date":"2026-05-12","request":"01900000-0000-7000-8000-000000000001","slot":{"start":"2026-05-12T14:00:00Z","end":"2026-05-12T16:00:00Z"},"occupancy":{"start":"2026-05-12T13:30:00Z","end":"2026-05-12T16:30:00Z"}}"#
        );
        assert_eq!(
            serde_json::from_str::<RoomScheduleEvent>(&json).expect("decodes"),
            morning()
        );
        let released = RoomScheduleEvent::RoomReleased {
            room: room("CR4"),
            date: date(2026, 5, 12),
            request: request_id(1),
        };
        let json = serde_json::to_string(&released).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"RoomReleased","room":"CR4","date":"2026-05-12","request":"01900000-0000-7000-8000-000000000001"}"#
        );
        assert_eq!(
            serde_json::from_str::<RoomScheduleEvent>(&json).expect("decodes"),
            released
        );
        assert_eq!(released.event_type(), "RoomReleased");
    }
}

#[cfg(test)]
mod properties {
    //! For any sequence of approvals on one room, no two reservations overlap.

    use super::*;
    use crate::testing::{request_id, room};
    use jiff::SignedDuration;
    use jiff::civil::date;
    use proptest::prelude::*;

    /// A candidate slot on Tuesday 12 May 2026: start in 5-minute steps from 08:00, 30 minutes
    /// to 4 hours long, trimmed to close by 21:00.
    fn candidate() -> impl Strategy<Value = TimeSlot> {
        (0i64..156, 6i64..=48).prop_map(|(start_step, length_steps)| {
            let opening = time::local(crate::testing::at("2026-05-12T08:00:00-04:00"));
            let start = opening.timestamp() + SignedDuration::from_mins(5 * start_step);
            let closing = crate::testing::at("2026-05-12T21:00:00-04:00");
            let end = (start + SignedDuration::from_mins(5 * length_steps)).min(closing);
            TimeSlot::new(start, end.max(start + SignedDuration::from_mins(5))).expect("ordered")
        })
    }

    proptest! {
        #[test]
        fn approved_slots_never_overlap(slots in prop::collection::vec(candidate(), 1..40)) {
            let key = ScheduleKey { room: room("CR4"), date: date(2026, 5, 12) };
            let mut state = RoomSchedule::default();
            let mut log = Vec::new();
            for (n, slot) in slots.into_iter().enumerate() {
                let command = RoomScheduleCommand::Reserve { key: key.clone(), request: request_id(n as u64), slot };
                if let Ok(events) = state.decide(command) {
                    for event in &events {
                        state = state.evolve(event);
                    }
                    log.extend(events);
                }
            }
            for (i, a) in state.reservations.iter().enumerate() {
                for b in &state.reservations[i + 1..] {
                    prop_assert!(!a.occupancy.overlaps(&b.occupancy), "{a:?} overlaps {b:?}");
                }
            }
            prop_assert_eq!(RoomSchedule::replay(&log), state);
        }

        /// A room shown free is one an approval accepts, and a room not shown is refused.
        #[test]
        fn a_room_shown_free_is_one_an_approval_accepts(
            booked in prop::collection::vec(candidate(), 0..12),
            wanted in candidate(),
        ) {
            let key = ScheduleKey { room: room("CR4"), date: date(2026, 5, 12) };
            let mut state = RoomSchedule::default();
            for (n, slot) in booked.into_iter().enumerate() {
                let command = RoomScheduleCommand::Reserve { key: key.clone(), request: request_id(n as u64), slot };
                if let Ok(events) = state.decide(command) {
                    state = events.iter().fold(state, RoomSchedule::evolve);
                }
            }
            let rooms = [Room {
                code: room("CR4"),
                name: crate::values::LocalizedText::new([(crate::values::Lang::En, "CR4")]).expect("valid"),
                capacity: crate::rooms::Capacity::new(400).expect("valid"),
                features: Default::default(),
            }];
            let schedules = BTreeMap::from([(key.clone(), state.clone())]);
            let attendance = Attendance::new(1).expect("valid");
            let shown = !available_rooms(&rooms, &schedules, &wanted, attendance).is_empty();
            let reserve = RoomScheduleCommand::Reserve { key, request: request_id(999), slot: wanted };
            prop_assert_eq!(shown, state.decide(reserve).is_ok());
        }
    }
}
