//! The Permanent Missions that may request side events: one `Missions` stream holds each
//! mission's code and localized name.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::values::{LocalizedText, MissionCode};

/// A Permanent Mission as the venue knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mission {
    pub code: MissionCode,
    pub name: LocalizedText,
}

/// Every registered mission (one stream, so codes are unique).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Missions {
    missions: BTreeMap<MissionCode, Mission>,
}

impl Missions {
    /// The most missions held: member states and observers are far fewer.
    pub const MAX_MISSIONS: usize = 500;

    /// The mission with this code, if registered.
    pub fn mission(&self, code: &MissionCode) -> Option<&Mission> {
        self.missions.get(code)
    }

    /// Every mission, ordered by code.
    pub fn missions(&self) -> impl Iterator<Item = &Mission> {
        self.missions.values()
    }
}

/// What the administrator asks of the mission register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MissionCommand {
    /// Adds a mission under a new code.
    RegisterMission {
        code: MissionCode,
        name: LocalizedText,
    },
    /// Gives a mission a new name; renaming to the current name records nothing.
    RenameMission {
        code: MissionCode,
        name: LocalizedText,
    },
}

/// What happened to the mission register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum MissionEvent {
    MissionRegistered {
        code: MissionCode,
        name: LocalizedText,
    },
    MissionRenamed {
        code: MissionCode,
        name: LocalizedText,
    },
}

/// Why the mission register refuses a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MissionError {
    #[error("mission {code} already exists")]
    AlreadyExists { code: MissionCode },
    #[error("mission {code} does not exist")]
    NotFound { code: MissionCode },
    #[error("the register already holds the most missions allowed ({max})")]
    TooManyMissions { max: usize },
}

impl Rejection for MissionError {
    fn code(&self) -> ErrorCode {
        match self {
            MissionError::NotFound { .. } => ErrorCode::NotFound,
            MissionError::AlreadyExists { .. } | MissionError::TooManyMissions { .. } => {
                ErrorCode::Validation
            }
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            MissionError::AlreadyExists { .. } => Some("code"),
            MissionError::NotFound { .. } => Some("missionCode"),
            MissionError::TooManyMissions { .. } => None,
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            MissionError::AlreadyExists { code } | MissionError::NotFound { code } => {
                vec![("missionCode", code.to_string())]
            }
            MissionError::TooManyMissions { max } => vec![("max", max.to_string())],
        }
    }
}

impl DomainEvent for MissionEvent {
    fn event_type(&self) -> &'static str {
        match self {
            MissionEvent::MissionRegistered { .. } => "MissionRegistered",
            MissionEvent::MissionRenamed { .. } => "MissionRenamed",
        }
    }
}

impl Aggregate for Missions {
    type Command = MissionCommand;
    type Event = MissionEvent;
    type Error = MissionError;

    fn decide(&self, command: MissionCommand) -> Result<Vec<MissionEvent>, MissionError> {
        match command {
            MissionCommand::RegisterMission { code, name } => {
                if self.missions.contains_key(&code) {
                    return Err(MissionError::AlreadyExists { code });
                }
                if self.missions.len() >= Self::MAX_MISSIONS {
                    return Err(MissionError::TooManyMissions {
                        max: Self::MAX_MISSIONS,
                    });
                }
                Ok(vec![MissionEvent::MissionRegistered { code, name }])
            }
            MissionCommand::RenameMission { code, name } => match self.missions.get(&code) {
                None => Err(MissionError::NotFound { code }),
                Some(mission) if mission.name == name => Ok(Vec::new()),
                Some(_) => Ok(vec![MissionEvent::MissionRenamed { code, name }]),
            },
        }
    }

    fn evolve(mut self, event: &MissionEvent) -> Self {
        match event {
            MissionEvent::MissionRegistered { code, name } => {
                self.missions.insert(
                    code.clone(),
                    Mission {
                        code: code.clone(),
                        name: name.clone(),
                    },
                );
            }
            MissionEvent::MissionRenamed { code, name } => {
                let mission = self.missions.get_mut(code);
                debug_assert!(
                    mission.is_some(),
                    "{code} was renamed before it was registered"
                );
                if let Some(mission) = mission {
                    mission.name = name.clone();
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::given;
    use crate::values::Lang;

    fn code(text: &str) -> MissionCode {
        MissionCode::parse(text).expect("valid mission code")
    }

    fn name(en: &str) -> LocalizedText {
        LocalizedText::new([(Lang::En, en)]).expect("valid name")
    }

    fn registered(text: &str, en: &str) -> MissionEvent {
        MissionEvent::MissionRegistered {
            code: code(text),
            name: name(en),
        }
    }

    #[test]
    fn registers_a_mission() {
        let state = given::<Missions>([])
            .when(MissionCommand::RegisterMission {
                code: code("FRA"),
                name: name("France"),
            })
            .then(vec![registered("FRA", "France")]);
        let mission = state.mission(&code("FRA")).expect("registered");
        assert_eq!(mission.name.get(Lang::Fr), "France");
        assert_eq!(state.mission(&code("DEU")), None);
    }

    #[test]
    fn refuses_a_second_mission_with_the_same_code() {
        let error = given::<Missions>([registered("FRA", "France")])
            .when(MissionCommand::RegisterMission {
                code: code("FRA"),
                name: name("French Republic"),
            })
            .error();
        assert_eq!(error, MissionError::AlreadyExists { code: code("FRA") });
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), Some("code"));
        assert_eq!(error.params(), vec![("missionCode", "FRA".to_string())]);
    }

    #[test]
    fn refuses_mission_number_501() {
        let letters = |n: usize| -> String {
            let letter = |k: usize| char::from(b'A' + u8::try_from(k % 26).expect("below 26"));
            [letter(n / 676), letter(n / 26), letter(n)]
                .iter()
                .collect()
        };
        let full: Vec<MissionEvent> = (0..Missions::MAX_MISSIONS)
            .map(|n| registered(&letters(n), "Somewhere"))
            .collect();
        given::<Missions>(full)
            .when(MissionCommand::RegisterMission {
                code: code("ZZZ"),
                name: name("One too many"),
            })
            .then_err(MissionError::TooManyMissions { max: 500 });
    }

    #[test]
    fn renames_a_mission_and_a_same_name_rename_records_nothing() {
        let state = given::<Missions>([registered("FRA", "France")])
            .when(MissionCommand::RenameMission {
                code: code("FRA"),
                name: name("French Republic"),
            })
            .then(vec![MissionEvent::MissionRenamed {
                code: code("FRA"),
                name: name("French Republic"),
            }]);
        let mission = state.mission(&code("FRA")).expect("registered");
        assert_eq!(mission.name.get(Lang::En), "French Republic");

        given::<Missions>([registered("FRA", "France")])
            .when(MissionCommand::RenameMission {
                code: code("FRA"),
                name: name("France"),
            })
            .then(vec![]);
    }

    #[test]
    fn refuses_to_rename_an_unknown_mission() {
        let error = given::<Missions>([registered("FRA", "France")])
            .when(MissionCommand::RenameMission {
                code: code("DEU"),
                name: name("Germany"),
            })
            .error();
        assert_eq!(error, MissionError::NotFound { code: code("DEU") });
        assert_eq!(error.code(), ErrorCode::NotFound);
        assert_eq!(error.field(), Some("missionCode"));
    }

    fn assert_golden(event: &MissionEvent, json: &str) {
        assert_eq!(serde_json::to_string(event).expect("serializes"), json);
        let back: MissionEvent = serde_json::from_str(json).expect("deserializes");
        assert_eq!(&back, event);
        assert!(json.starts_with(&format!(r#"{{"type":"{}""#, event.event_type())));
        assert_eq!(event.event_version(), 1);
    }

    #[test]
    fn golden_mission_registered() {
        assert_golden(
            &registered("FRA", "France"),
            r#"{"type":"MissionRegistered","code":"FRA","name":{"en":"France"}}"#,
        );
    }

    #[test]
    fn golden_mission_renamed() {
        assert_golden(
            &MissionEvent::MissionRenamed {
                code: code("CHN"),
                name: LocalizedText::new([(Lang::En, "China"), (Lang::Zh, "中国")])
                    .expect("valid name"),
            },
            r#"{"type":"MissionRenamed","code":"CHN","name":{"en":"China","zh":"中国"}}"#,
        );
    }
}
