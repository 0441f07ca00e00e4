//! The venue itself: its name in the official languages, as invoices and the venue file
//! show it. One small stream, so renaming the venue is an event like any other change.

use serde::{Deserialize, Serialize};

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Rejection};
use crate::values::LocalizedText;

/// What the venue says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VenueProfile {
    /// `None` until an administrator (or the demo) names the venue.
    pub name: Option<LocalizedText>,
}

/// What the administrator asks of the venue profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VenueCommand {
    /// Names (or renames) the venue; its current name records nothing.
    NameVenue { name: LocalizedText },
}

/// What happened to the venue profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum VenueEvent {
    /// Carries the whole name, so a reader needs no earlier event.
    VenueNamed { name: LocalizedText },
}

/// The venue profile refuses nothing yet: a name is valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VenueError {}

impl Rejection for VenueError {
    fn code(&self) -> ErrorCode {
        match *self {}
    }
}

impl DomainEvent for VenueEvent {
    fn event_type(&self) -> &'static str {
        match self {
            VenueEvent::VenueNamed { .. } => "VenueNamed",
        }
    }
}

impl Aggregate for VenueProfile {
    type Command = VenueCommand;
    type Event = VenueEvent;
    type Error = VenueError;

    fn decide(&self, command: VenueCommand) -> Result<Vec<VenueEvent>, VenueError> {
        match command {
            VenueCommand::NameVenue { name } if self.name.as_ref() == Some(&name) => Ok(Vec::new()),
            VenueCommand::NameVenue { name } => Ok(vec![VenueEvent::VenueNamed { name }]),
        }
    }

    fn evolve(mut self, event: &VenueEvent) -> Self {
        match event {
            VenueEvent::VenueNamed { name } => self.name = Some(name.clone()),
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::given;
    use crate::values::Lang;

    fn name(en: &str) -> LocalizedText {
        LocalizedText::new([(Lang::En, en)]).expect("valid name")
    }

    fn named(en: &str) -> VenueEvent {
        VenueEvent::VenueNamed { name: name(en) }
    }

    #[test]
    fn names_and_renames_the_venue() {
        let state = given::<VenueProfile>([])
            .when(VenueCommand::NameVenue {
                name: name("United Nations Headquarters"),
            })
            .then(vec![named("United Nations Headquarters")]);
        assert_eq!(state.name, Some(name("United Nations Headquarters")));
        let state = given::<VenueProfile>([named("Old name")])
            .when(VenueCommand::NameVenue {
                name: name("New name"),
            })
            .then(vec![named("New name")]);
        assert_eq!(state.name, Some(name("New name")));
    }

    #[test]
    fn the_current_name_records_nothing() {
        given::<VenueProfile>([named("United Nations Headquarters")])
            .when(VenueCommand::NameVenue {
                name: name("United Nations Headquarters"),
            })
            .then(vec![]);
    }

    #[test]
    fn golden_venue_named() {
        let event = VenueEvent::VenueNamed {
            name: LocalizedText::new([(Lang::En, "Headquarters"), (Lang::Fr, "Siège")])
                .expect("valid name"),
        };
        let json = r#"{"type":"VenueNamed","name":{"en":"Headquarters","fr":"Siège"}}"#;
        assert_eq!(serde_json::to_string(&event).expect("encodes"), json);
        assert_eq!(
            serde_json::from_str::<VenueEvent>(json).expect("decodes"),
            event
        );
        assert_eq!(event.event_version(), 1);
    }
}
