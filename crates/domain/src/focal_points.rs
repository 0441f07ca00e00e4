//! The focal point desk: the people who follow requests, one assigned to each request on
//! submission (the least busy one, see `request`). One stream for the whole desk.

use serde::{Deserialize, Serialize};

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::values::{Contact, Email};

/// At most this many focal points.
pub const MAX_FOCAL_POINTS: usize = 200;

/// The desk's roster, in the order people joined (the order breaks ties in assignment).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FocalPoints {
    pub roster: Vec<Contact>,
    pub version: u64,
}

impl FocalPoints {
    /// The focal point with this e-mail address.
    pub fn by_email(&self, email: &Email) -> Option<&Contact> {
        self.roster.iter().find(|contact| &contact.email == email)
    }
}

/// What an administrator asks of the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FocalPointCommand {
    RegisterFocalPoint {
        contact: Contact,
    },
    RemoveFocalPoint {
        email: Email,
    },
    /// Gives the focal point with this contact's e-mail address its new name and phone,
    /// keeping its place on the roster; the current contact records nothing.
    ChangeFocalPointContact {
        contact: Contact,
    },
}

/// What happened to the desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum FocalPointEvent {
    FocalPointRegistered { contact: Contact },
    FocalPointRemoved { email: Email },
    FocalPointContactChanged { contact: Contact },
}

impl DomainEvent for FocalPointEvent {
    fn event_type(&self) -> &'static str {
        match self {
            FocalPointEvent::FocalPointRegistered { .. } => "FocalPointRegistered",
            FocalPointEvent::FocalPointRemoved { .. } => "FocalPointRemoved",
            FocalPointEvent::FocalPointContactChanged { .. } => "FocalPointContactChanged",
        }
    }
}

/// Why the desk refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FocalPointError {
    #[error("a focal point with e-mail {email} exists")]
    AlreadyExists { email: String },
    #[error("no focal point with e-mail {email}")]
    NotFound { email: String },
    #[error("the desk holds at most {max} focal points")]
    TooMany { max: usize },
}

impl Rejection for FocalPointError {
    fn code(&self) -> ErrorCode {
        match self {
            FocalPointError::AlreadyExists { .. } | FocalPointError::TooMany { .. } => {
                ErrorCode::Validation
            }
            FocalPointError::NotFound { .. } => ErrorCode::NotFound,
        }
    }

    fn field(&self) -> Option<&'static str> {
        Some("email")
    }

    fn params(&self) -> Vec<Param> {
        match self {
            FocalPointError::AlreadyExists { email } | FocalPointError::NotFound { email } => {
                vec![("email", email.clone())]
            }
            FocalPointError::TooMany { max } => vec![("max", max.to_string())],
        }
    }
}

impl Aggregate for FocalPoints {
    type Command = FocalPointCommand;
    type Event = FocalPointEvent;
    type Error = FocalPointError;

    fn decide(&self, command: FocalPointCommand) -> Result<Vec<FocalPointEvent>, FocalPointError> {
        match command {
            FocalPointCommand::RegisterFocalPoint { contact } => {
                if self.by_email(&contact.email).is_some() {
                    return Err(FocalPointError::AlreadyExists {
                        email: contact.email.as_str().to_string(),
                    });
                }
                if self.roster.len() >= MAX_FOCAL_POINTS {
                    return Err(FocalPointError::TooMany {
                        max: MAX_FOCAL_POINTS,
                    });
                }
                Ok(vec![FocalPointEvent::FocalPointRegistered { contact }])
            }
            FocalPointCommand::RemoveFocalPoint { email } => {
                if self.by_email(&email).is_none() {
                    return Err(FocalPointError::NotFound {
                        email: email.as_str().to_string(),
                    });
                }
                Ok(vec![FocalPointEvent::FocalPointRemoved { email }])
            }
            FocalPointCommand::ChangeFocalPointContact { contact } => {
                match self.by_email(&contact.email) {
                    None => Err(FocalPointError::NotFound {
                        email: contact.email.as_str().to_string(),
                    }),
                    Some(current) if current == &contact => Ok(Vec::new()),
                    Some(_) => Ok(vec![FocalPointEvent::FocalPointContactChanged { contact }]),
                }
            }
        }
    }

    fn evolve(mut self, event: &FocalPointEvent) -> Self {
        self.version += 1;
        match event {
            FocalPointEvent::FocalPointRegistered { contact } => self.roster.push(contact.clone()),
            FocalPointEvent::FocalPointRemoved { email } => {
                self.roster.retain(|contact| &contact.email != email)
            }
            FocalPointEvent::FocalPointContactChanged { contact } => {
                for current in &mut self.roster {
                    if current.email == contact.email {
                        *current = contact.clone();
                    }
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;
    use crate::values::Name;

    fn registered(person: &str) -> FocalPointEvent {
        FocalPointEvent::FocalPointRegistered {
            contact: contact(person),
        }
    }

    #[test]
    fn register_and_remove_focal_points() {
        let state = given::<FocalPoints>([registered("Ana Lima")])
            .when(FocalPointCommand::RegisterFocalPoint {
                contact: contact("Bo Chen"),
            })
            .then(vec![registered("Bo Chen")]);
        assert_eq!(state.roster.len(), 2);
        let email = contact("Ana Lima").email;
        let state = given::<FocalPoints>([registered("Ana Lima")])
            .when(FocalPointCommand::RemoveFocalPoint {
                email: email.clone(),
            })
            .then(vec![FocalPointEvent::FocalPointRemoved { email }]);
        assert!(state.roster.is_empty());
    }

    #[test]
    fn an_email_is_registered_once_and_removed_only_if_present() {
        let error = given::<FocalPoints>([registered("Ana Lima")])
            .when(FocalPointCommand::RegisterFocalPoint {
                contact: contact("Ana Lima"),
            })
            .error();
        assert_eq!(error.code(), ErrorCode::Validation);
        let error = given::<FocalPoints>([])
            .when(FocalPointCommand::RemoveFocalPoint {
                email: contact("Ana Lima").email,
            })
            .error();
        assert_eq!(error.code(), ErrorCode::NotFound);
    }

    #[test]
    fn a_contact_change_keeps_the_place_on_the_roster() {
        let mut changed = contact("Ana Lima");
        changed.name = Name::parse("Ana Lima Souza").expect("valid name");
        let state = given::<FocalPoints>([registered("Ana Lima"), registered("Bo Chen")])
            .when(FocalPointCommand::ChangeFocalPointContact {
                contact: changed.clone(),
            })
            .then(vec![FocalPointEvent::FocalPointContactChanged {
                contact: changed.clone(),
            }]);
        assert_eq!(state.roster, vec![changed, contact("Bo Chen")]);
        given::<FocalPoints>([registered("Ana Lima")])
            .when(FocalPointCommand::ChangeFocalPointContact {
                contact: contact("Ana Lima"),
            })
            .then(vec![]);
        let error = given::<FocalPoints>([])
            .when(FocalPointCommand::ChangeFocalPointContact {
                contact: contact("Ana Lima"),
            })
            .error();
        assert_eq!(error.code(), ErrorCode::NotFound);
    }

    #[test]
    fn golden_focal_point_events() {
        let json = serde_json::to_string(&registered("Ana Lima")).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"FocalPointRegistered","contact":{"name":"Ana Lima","email":"ana.lima@un.org","phone":"+1 212 963 1234"}}"#
        );
        assert_eq!(
            serde_json::from_str::<FocalPointEvent>(&json).expect("decodes"),
            registered("Ana Lima")
        );
        let removed = FocalPointEvent::FocalPointRemoved {
            email: contact("Ana Lima").email,
        };
        let json = serde_json::to_string(&removed).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"FocalPointRemoved","email":"ana.lima@un.org"}"#
        );
        assert_eq!(
            serde_json::from_str::<FocalPointEvent>(&json).expect("decodes"),
            removed
        );
        let changed = FocalPointEvent::FocalPointContactChanged {
            contact: contact("Ana Lima"),
        };
        let json = serde_json::to_string(&changed).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"FocalPointContactChanged","contact":{"name":"Ana Lima","email":"ana.lima@un.org","phone":"+1 212 963 1234"}}"#
        );
        assert_eq!(
            serde_json::from_str::<FocalPointEvent>(&json).expect("decodes"),
            changed
        );
    }
}
