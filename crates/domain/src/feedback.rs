//! Feedback: after a held event the mission rates each unit that served it, once, from 1 to 5;
//! satisfaction per unit is the average of its ratings. One stream per request.

use jiff::Timestamp;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::ids::EventRequestId;
use crate::money::round_half_even;
use crate::request::{LineStatus, Request};
use crate::values::{Note, Rating, UnitCode};

/// What feedback needs to know about its request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackFacts {
    pub request: EventRequestId,
    /// Whether the event took place.
    pub held: bool,
    /// The units that confirmed or delivered a line on it.
    pub units_served: BTreeSet<UnitCode>,
}

impl FeedbackFacts {
    /// Reads the facts off a request.
    pub fn of(request: &Request) -> FeedbackFacts {
        FeedbackFacts {
            request: request.id,
            held: request.was_held(),
            units_served: request
                .lines
                .iter()
                .filter(|line| matches!(line.status, LineStatus::Confirmed | LineStatus::Delivered))
                .map(|line| line.unit().clone())
                .collect(),
        }
    }
}

/// The ratings given on one request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Feedback {
    pub ratings: BTreeMap<UnitCode, (Rating, Note)>,
    pub version: u64,
}

/// Rates one unit for one held request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmitFeedback {
    pub facts: FeedbackFacts,
    pub unit: UnitCode,
    pub rating: Rating,
    pub comment: Note,
    pub now: Timestamp,
}

/// What happened to feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum FeedbackEvent {
    FeedbackSubmitted {
        request: EventRequestId,
        unit: UnitCode,
        rating: Rating,
        comment: Note,
        submitted_at: Timestamp,
    },
}

impl DomainEvent for FeedbackEvent {
    fn event_type(&self) -> &'static str {
        match self {
            FeedbackEvent::FeedbackSubmitted { .. } => "FeedbackSubmitted",
        }
    }
}

/// Why feedback was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedbackError {
    #[error("feedback is given after the event has been held")]
    NotHeld,
    #[error("unit {unit} provided no service for this event")]
    UnitNotServed { unit: UnitCode },
    #[error("unit {unit} has already been rated for this event")]
    AlreadyRated { unit: UnitCode },
}

impl Rejection for FeedbackError {
    fn code(&self) -> ErrorCode {
        match self {
            FeedbackError::NotHeld | FeedbackError::AlreadyRated { .. } => {
                ErrorCode::InvalidTransition
            }
            FeedbackError::UnitNotServed { .. } => ErrorCode::Validation,
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            FeedbackError::NotHeld => Some("eventRequestId"),
            _ => Some("unitCode"),
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            FeedbackError::NotHeld => Vec::new(),
            FeedbackError::UnitNotServed { unit } | FeedbackError::AlreadyRated { unit } => {
                vec![("unitCode", unit.to_string())]
            }
        }
    }
}

impl Aggregate for Feedback {
    type Command = SubmitFeedback;
    type Event = FeedbackEvent;
    type Error = FeedbackError;

    fn decide(&self, command: SubmitFeedback) -> Result<Vec<FeedbackEvent>, FeedbackError> {
        if !command.facts.held {
            return Err(FeedbackError::NotHeld);
        }
        if !command.facts.units_served.contains(&command.unit) {
            return Err(FeedbackError::UnitNotServed { unit: command.unit });
        }
        if self.ratings.contains_key(&command.unit) {
            return Err(FeedbackError::AlreadyRated { unit: command.unit });
        }
        Ok(vec![FeedbackEvent::FeedbackSubmitted {
            request: command.facts.request,
            unit: command.unit,
            rating: command.rating,
            comment: command.comment,
            submitted_at: command.now,
        }])
    }

    fn evolve(mut self, event: &FeedbackEvent) -> Self {
        self.version += 1;
        let FeedbackEvent::FeedbackSubmitted {
            unit,
            rating,
            comment,
            ..
        } = event;
        self.ratings
            .insert(unit.clone(), (*rating, comment.clone()));
        self
    }
}

/// A unit's satisfaction: how many ratings and their average (two decimals, half-to-even).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Satisfaction {
    pub count: u64,
    pub sum: u64,
}

impl Satisfaction {
    /// Adds one rating (the read model folds ratings in log order).
    pub fn with(self, rating: Rating) -> Satisfaction {
        Satisfaction {
            count: self.count + 1,
            sum: self.sum + u64::from(rating.get()),
        }
    }

    /// The average, or `None` before the first rating.
    pub fn average(&self) -> Option<Decimal> {
        (self.count > 0)
            .then(|| round_half_even(Decimal::from(self.sum) / Decimal::from(self.count)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;

    fn facts(held: bool) -> FeedbackFacts {
        FeedbackFacts {
            request: request_id(1),
            held,
            units_served: [unit("CATERING"), unit("SECURITY")].into_iter().collect(),
        }
    }

    fn rate(unit_code: &str, stars: i64, held: bool) -> SubmitFeedback {
        SubmitFeedback {
            facts: facts(held),
            unit: unit(unit_code),
            rating: Rating::new(stars).expect("1 to 5"),
            comment: note("Excellent coffee"),
            now: at("2026-05-13T09:00:00-04:00"),
        }
    }

    fn rated(unit_code: &str, stars: i64) -> FeedbackEvent {
        FeedbackEvent::FeedbackSubmitted {
            request: request_id(1),
            unit: unit(unit_code),
            rating: Rating::new(stars).expect("1 to 5"),
            comment: note("Excellent coffee"),
            submitted_at: at("2026-05-13T09:00:00-04:00"),
        }
    }

    #[test]
    fn a_mission_rates_a_unit_that_served_a_held_event() {
        let state = given::<Feedback>([])
            .when(rate("CATERING", 5, true))
            .then(vec![rated("CATERING", 5)]);
        assert_eq!(state.ratings.len(), 1);
    }

    #[test]
    fn each_unit_is_rated_once_per_event() {
        let error = given::<Feedback>([rated("CATERING", 5)])
            .when(rate("CATERING", 4, true))
            .error();
        assert_eq!(
            error,
            FeedbackError::AlreadyRated {
                unit: unit("CATERING")
            }
        );
        assert_eq!(error.code(), ErrorCode::InvalidTransition);
        given::<Feedback>([rated("CATERING", 5)])
            .when(rate("SECURITY", 2, true))
            .then(vec![rated("SECURITY", 2)]);
    }

    #[test]
    fn feedback_waits_until_the_event_is_held() {
        let error = given::<Feedback>([])
            .when(rate("CATERING", 5, false))
            .error();
        assert_eq!(error, FeedbackError::NotHeld);
        assert_eq!(error.code(), ErrorCode::InvalidTransition);
    }

    #[test]
    fn a_unit_that_served_nothing_cannot_be_rated() {
        let error = given::<Feedback>([]).when(rate("PHOTO", 1, true)).error();
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.params(), vec![("unitCode", "PHOTO".to_string())]);
    }

    #[test]
    fn ratings_outside_one_to_five_are_not_ratings() {
        assert!(Rating::new(0).is_err());
        assert!(Rating::new(6).is_err());
        assert!(serde_json::from_str::<Rating>("7").is_err());
    }

    #[test]
    fn satisfaction_is_the_average_rounded_half_to_even() {
        let none = Satisfaction::default();
        assert_eq!(none.average(), None);
        let ratings = [5, 4, 4].map(|stars| Rating::new(stars).expect("valid"));
        let satisfaction = ratings.into_iter().fold(none, Satisfaction::with);
        assert_eq!(satisfaction.count, 3);
        assert_eq!(
            satisfaction.average().map(|average| average.to_string()),
            Some("4.33".to_string())
        );
        let halves = [5, 4].map(|stars| Rating::new(stars).expect("valid"));
        assert_eq!(
            halves
                .into_iter()
                .fold(none, Satisfaction::with)
                .average()
                .map(|a| a.to_string()),
            Some("4.50".to_string())
        );
    }

    #[test]
    fn golden_feedback_submitted() {
        let json = serde_json::to_string(&rated("CATERING", 5)).expect("encodes");
        assert_eq!(
            json,
            r#"{"type":"FeedbackSubmitted","request":"01900000-0000-7000-8000-000000000001","unit":"CATERING","rating":5,"comment":"Excellent coffee","submitted_at":"2026-05-13T13:00:00Z"}"#
        );
        assert_eq!(
            serde_json::from_str::<FeedbackEvent>(&json).expect("decodes"),
            rated("CATERING", 5)
        );
        assert_eq!(rated("CATERING", 5).event_type(), "FeedbackSubmitted");
    }
}
