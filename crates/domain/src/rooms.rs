//! The venue's conference rooms: one `RoomCatalog` stream holds every room with its
//! localized name, capacity and features, as the administrator registers and changes them.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::values::{Attendance, Feature, LocalizedText, RoomCode, ValueError};

/// How many people a room seats: 1 to [`Capacity::MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Capacity(u32);

impl Capacity {
    /// The same bound as [`Attendance::MAX`], so any valid attendance can fit some room.
    pub const MAX: u32 = 10_000;

    /// Checks the range.
    pub fn new(seats: i64) -> Result<Self, ValueError> {
        match u32::try_from(seats) {
            Ok(seats) if (1..=Self::MAX).contains(&seats) => Ok(Self(seats)),
            _ => Err(ValueError::Capacity { max: Self::MAX }),
        }
    }

    /// The number of seats.
    pub fn get(self) -> u32 {
        self.0
    }

    /// Whether `attendance` people fit (the `CAPACITY_EXCEEDED` rule).
    pub fn admits(self, attendance: Attendance) -> bool {
        attendance.get() <= self.0
    }
}

impl TryFrom<u32> for Capacity {
    type Error = ValueError;
    fn try_from(seats: u32) -> Result<Self, ValueError> {
        Self::new(i64::from(seats))
    }
}

impl From<Capacity> for u32 {
    fn from(capacity: Capacity) -> u32 {
        capacity.0
    }
}

/// A conference room as the catalog knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    pub code: RoomCode,
    pub name: LocalizedText,
    pub capacity: Capacity,
    pub features: BTreeSet<Feature>,
}

/// Every room of the venue (one stream, so codes are unique).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoomCatalog {
    rooms: BTreeMap<RoomCode, Room>,
}

impl RoomCatalog {
    /// The most rooms the catalog holds; far above any real venue.
    pub const MAX_ROOMS: usize = 500;
    /// The most features one room lists.
    pub const MAX_FEATURES: usize = 32;

    /// The room with this code, if registered.
    pub fn room(&self, code: &RoomCode) -> Option<&Room> {
        self.rooms.get(code)
    }

    /// Every room, ordered by code.
    pub fn rooms(&self) -> impl Iterator<Item = &Room> {
        self.rooms.values()
    }
}

/// What the administrator asks of the room catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomCommand {
    /// Adds a room under a new code.
    RegisterRoom {
        code: RoomCode,
        name: LocalizedText,
        capacity: Capacity,
        features: BTreeSet<Feature>,
    },
    /// Changes what is given (`None` keeps the current value); a change to the current
    /// values records nothing.
    ChangeRoom {
        code: RoomCode,
        name: Option<LocalizedText>,
        capacity: Option<Capacity>,
        features: Option<BTreeSet<Feature>>,
    },
}

/// What happened to the room catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum RoomEvent {
    RoomRegistered {
        code: RoomCode,
        name: LocalizedText,
        capacity: Capacity,
        features: BTreeSet<Feature>,
    },
    /// Carries the room's complete new description, so a reader needs no earlier event.
    RoomChanged {
        code: RoomCode,
        name: LocalizedText,
        capacity: Capacity,
        features: BTreeSet<Feature>,
    },
}

/// Why the room catalog refuses a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoomError {
    #[error("room {code} already exists")]
    AlreadyExists { code: RoomCode },
    #[error("room {code} does not exist")]
    NotFound { code: RoomCode },
    #[error("the catalog already holds the most rooms allowed ({max})")]
    TooManyRooms { max: usize },
    #[error("a room lists at most {max} features")]
    TooManyFeatures { max: usize },
}

impl Rejection for RoomError {
    fn code(&self) -> ErrorCode {
        match self {
            RoomError::NotFound { .. } => ErrorCode::NotFound,
            RoomError::AlreadyExists { .. }
            | RoomError::TooManyRooms { .. }
            | RoomError::TooManyFeatures { .. } => ErrorCode::Validation,
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            RoomError::AlreadyExists { .. } => Some("code"),
            RoomError::NotFound { .. } => Some("roomCode"),
            RoomError::TooManyRooms { .. } => None,
            RoomError::TooManyFeatures { .. } => Some("features"),
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            RoomError::AlreadyExists { code } | RoomError::NotFound { code } => {
                vec![("roomCode", code.to_string())]
            }
            RoomError::TooManyRooms { max } | RoomError::TooManyFeatures { max } => {
                vec![("max", max.to_string())]
            }
        }
    }
}

impl DomainEvent for RoomEvent {
    fn event_type(&self) -> &'static str {
        match self {
            RoomEvent::RoomRegistered { .. } => "RoomRegistered",
            RoomEvent::RoomChanged { .. } => "RoomChanged",
        }
    }
}

impl Aggregate for RoomCatalog {
    type Command = RoomCommand;
    type Event = RoomEvent;
    type Error = RoomError;

    fn decide(&self, command: RoomCommand) -> Result<Vec<RoomEvent>, RoomError> {
        match command {
            RoomCommand::RegisterRoom {
                code,
                name,
                capacity,
                features,
            } => {
                if self.rooms.contains_key(&code) {
                    return Err(RoomError::AlreadyExists { code });
                }
                if self.rooms.len() >= Self::MAX_ROOMS {
                    return Err(RoomError::TooManyRooms {
                        max: Self::MAX_ROOMS,
                    });
                }
                check_features(&features)?;
                Ok(vec![RoomEvent::RoomRegistered {
                    code,
                    name,
                    capacity,
                    features,
                }])
            }
            RoomCommand::ChangeRoom {
                code,
                name,
                capacity,
                features,
            } => {
                let Some(room) = self.rooms.get(&code) else {
                    return Err(RoomError::NotFound { code });
                };
                let changed = Room {
                    code,
                    name: name.unwrap_or_else(|| room.name.clone()),
                    capacity: capacity.unwrap_or(room.capacity),
                    features: features.unwrap_or_else(|| room.features.clone()),
                };
                check_features(&changed.features)?;
                if &changed == room {
                    return Ok(Vec::new());
                }
                Ok(vec![RoomEvent::RoomChanged {
                    code: changed.code,
                    name: changed.name,
                    capacity: changed.capacity,
                    features: changed.features,
                }])
            }
        }
    }

    fn evolve(mut self, event: &RoomEvent) -> Self {
        match event {
            RoomEvent::RoomRegistered {
                code,
                name,
                capacity,
                features,
            }
            | RoomEvent::RoomChanged {
                code,
                name,
                capacity,
                features,
            } => {
                self.rooms.insert(
                    code.clone(),
                    Room {
                        code: code.clone(),
                        name: name.clone(),
                        capacity: *capacity,
                        features: features.clone(),
                    },
                );
            }
        }
        self
    }
}

fn check_features(features: &BTreeSet<Feature>) -> Result<(), RoomError> {
    if features.len() > RoomCatalog::MAX_FEATURES {
        return Err(RoomError::TooManyFeatures {
            max: RoomCatalog::MAX_FEATURES,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::given;
    use crate::values::Lang;

    fn code(text: &str) -> RoomCode {
        RoomCode::parse(text).expect("valid room code")
    }

    fn name(en: &str) -> LocalizedText {
        LocalizedText::new([(Lang::En, en)]).expect("valid name")
    }

    fn seats(seats: i64) -> Capacity {
        Capacity::new(seats).expect("valid capacity")
    }

    fn features(codes: &[&str]) -> BTreeSet<Feature> {
        codes
            .iter()
            .map(|text| Feature::parse(text).expect("valid feature"))
            .collect()
    }

    fn registered(text: &str) -> RoomEvent {
        RoomEvent::RoomRegistered {
            code: code(text),
            name: name("Conference Room 4"),
            capacity: seats(120),
            features: features(&["INTERPRETATION_BOOTHS"]),
        }
    }

    #[test]
    fn capacity_is_bounded() {
        assert_eq!(Capacity::new(1).map(Capacity::get), Ok(1));
        assert_eq!(Capacity::new(10_000).map(Capacity::get), Ok(10_000));
        let error = Err(ValueError::Capacity { max: 10_000 });
        assert_eq!(Capacity::new(0), error);
        assert_eq!(Capacity::new(10_001), error);
        assert_eq!(Capacity::new(-1), error);
        assert!(seats(40).admits(Attendance::new(40).expect("valid attendance")));
        assert!(!seats(40).admits(Attendance::new(41).expect("valid attendance")));
    }

    #[test]
    fn registers_a_room() {
        let state = given::<RoomCatalog>([])
            .when(RoomCommand::RegisterRoom {
                code: code("CR4"),
                name: name("Conference Room 4"),
                capacity: seats(120),
                features: features(&["INTERPRETATION_BOOTHS"]),
            })
            .then(vec![registered("CR4")]);
        let room = state.room(&code("CR4")).expect("registered");
        assert_eq!(room.capacity, seats(120));
        assert_eq!(state.rooms().count(), 1);
    }

    #[test]
    fn lists_rooms_by_code() {
        let catalog = given::<RoomCatalog>([registered("CR4"), registered("CR1")]);
        let codes: Vec<&str> = catalog.state().rooms().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, ["CR1", "CR4"]);
        assert_eq!(catalog.state().room(&code("CR9")), None);
    }

    #[test]
    fn refuses_a_second_room_with_the_same_code() {
        let error = given::<RoomCatalog>([registered("CR4")])
            .when(RoomCommand::RegisterRoom {
                code: code("CR4"),
                name: name("Another"),
                capacity: seats(10),
                features: BTreeSet::new(),
            })
            .error();
        assert_eq!(error, RoomError::AlreadyExists { code: code("CR4") });
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), Some("code"));
        assert_eq!(error.params(), vec![("roomCode", "CR4".to_string())]);
    }

    #[test]
    fn refuses_room_number_501() {
        let full: Vec<RoomEvent> = (0..RoomCatalog::MAX_ROOMS)
            .map(|n| registered(&format!("R{n}")))
            .collect();
        given::<RoomCatalog>(full)
            .when(RoomCommand::RegisterRoom {
                code: code("EXTRA"),
                name: name("One too many"),
                capacity: seats(10),
                features: BTreeSet::new(),
            })
            .then_err(RoomError::TooManyRooms { max: 500 });
    }

    #[test]
    fn refuses_more_than_32_features() {
        let many: Vec<String> = (0..=RoomCatalog::MAX_FEATURES)
            .map(|n| format!("F{n}"))
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        given::<RoomCatalog>([registered("CR4")])
            .when(RoomCommand::ChangeRoom {
                code: code("CR4"),
                name: None,
                capacity: None,
                features: Some(features(&many)),
            })
            .then_err(RoomError::TooManyFeatures { max: 32 });
    }

    #[test]
    fn changes_only_what_is_given() {
        let state = given::<RoomCatalog>([registered("CR4")])
            .when(RoomCommand::ChangeRoom {
                code: code("CR4"),
                name: None,
                capacity: Some(seats(80)),
                features: None,
            })
            .then(vec![RoomEvent::RoomChanged {
                code: code("CR4"),
                name: name("Conference Room 4"),
                capacity: seats(80),
                features: features(&["INTERPRETATION_BOOTHS"]),
            }]);
        let room = state.room(&code("CR4")).expect("registered");
        assert_eq!(room.capacity, seats(80));

        let (_, state) = given::<RoomCatalog>([registered("CR4")])
            .when(RoomCommand::ChangeRoom {
                code: code("CR4"),
                name: Some(name("Room Four")),
                capacity: None,
                features: Some(BTreeSet::new()),
            })
            .then_ok();
        let room = state.room(&code("CR4")).expect("registered");
        assert_eq!(
            (room.name.get(Lang::En), room.capacity),
            ("Room Four", seats(120))
        );
        assert!(room.features.is_empty());
    }

    #[test]
    fn a_change_to_the_current_values_records_nothing() {
        given::<RoomCatalog>([registered("CR4")])
            .when(RoomCommand::ChangeRoom {
                code: code("CR4"),
                name: Some(name("Conference Room 4")),
                capacity: Some(seats(120)),
                features: None,
            })
            .then(vec![]);
    }

    #[test]
    fn refuses_to_change_an_unknown_room() {
        let error = given::<RoomCatalog>([registered("CR4")])
            .when(RoomCommand::ChangeRoom {
                code: code("CR9"),
                name: Some(name("Nine")),
                capacity: None,
                features: None,
            })
            .error();
        assert_eq!(error, RoomError::NotFound { code: code("CR9") });
        assert_eq!(error.code(), ErrorCode::NotFound);
        assert_eq!(error.field(), Some("roomCode"));
    }

    fn assert_golden(event: &RoomEvent, json: &str) {
        assert_eq!(serde_json::to_string(event).expect("serializes"), json);
        let back: RoomEvent = serde_json::from_str(json).expect("deserializes");
        assert_eq!(&back, event);
        assert!(json.starts_with(&format!(r#"{{"type":"{}""#, event.event_type())));
        assert_eq!(event.event_version(), 1);
    }

    #[test]
    fn golden_room_registered() {
        assert_golden(
            &registered("CR4"),
            r#"{"type":"RoomRegistered","code":"CR4","name":{"en":"Conference Room 4"},"capacity":120,"features":["INTERPRETATION_BOOTHS"]}"#,
        );
    }

    #[test]
    fn golden_room_changed() {
        assert_golden(
            &RoomEvent::RoomChanged {
                code: code("CR4"),
                name: LocalizedText::new([(Lang::En, "Room 4"), (Lang::Fr, "Salle 4")])
                    .expect("valid name"),
                capacity: seats(80),
                features: BTreeSet::new(),
            },
            r#"{"type":"RoomChanged","code":"CR4","name":{"en":"Room 4","fr":"Salle 4"},"capacity":80,"features":[]}"#,
        );
    }

    #[test]
    fn a_stored_event_with_an_invalid_capacity_is_refused() {
        let json = r#"{"type":"RoomChanged","code":"CR4","name":{"en":"Room 4"},"capacity":0,"features":[]}"#;
        assert!(serde_json::from_str::<RoomEvent>(json).is_err());
    }
}
