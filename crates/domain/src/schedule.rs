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

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::ids::EventRequestId;
use crate::time::{self, TimeSlot};
use crate::values::RoomCode;

/// At most this many reservations in one room on one day (a 30-minute event every hour
/// from 07:30 to 21:30 is 14).
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
        let format = |at| time::local(at).strftime("%Y-%m-%d %H:%M %Z").to_string();
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
                if let Some(taken) = self
                    .reservations
                    .iter()
                    .find(|r| r.occupancy.overlaps(&occupancy))
                {
                    return Err(RoomScheduleError::RoomUnavailable {
                        room: key.room,
                        conflicting: taken.occupancy,
                        requested: occupancy,
                    });
                }
                if self.reservations.len() >= MAX_RESERVATIONS_PER_DAY {
                    return Err(RoomScheduleError::DayFull {
                        max: MAX_RESERVATIONS_PER_DAY,
                    });
                }
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
