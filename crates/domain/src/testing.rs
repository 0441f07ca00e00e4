//! The one given/when/then helper every aggregate test goes through.

use crate::aggregate::Aggregate;

/// Starts a scenario from past events.
pub(crate) fn given<A: Aggregate>(events: impl IntoIterator<Item = A::Event>) -> Given<A> {
    let history: Vec<A::Event> = events.into_iter().collect();
    Given {
        state: A::replay(&history),
    }
}

pub(crate) struct Given<A: Aggregate> {
    state: A,
}

impl<A: Aggregate> Given<A> {
    /// Decides a command on the state built from the given events.
    pub(crate) fn when(self, command: A::Command) -> Then<A> {
        let outcome = self.state.decide(command);
        Then {
            state: self.state,
            outcome,
        }
    }

    /// The state itself, for assertions on read-side helpers.
    pub(crate) fn state(&self) -> &A {
        &self.state
    }
}

pub(crate) struct Then<A: Aggregate> {
    state: A,
    outcome: Result<Vec<A::Event>, A::Error>,
}

impl<A: Aggregate> Then<A> {
    /// Asserts the exact events and returns the state after them.
    #[track_caller]
    pub(crate) fn then(self, expected: Vec<A::Event>) -> A {
        match self.outcome {
            Ok(events) => {
                assert_eq!(events, expected, "unexpected events");
                events.iter().fold(self.state, A::evolve)
            }
            Err(error) => panic!("expected events {expected:?}, got error {error:?}"),
        }
    }

    /// Asserts success and returns the events and the state after them.
    #[track_caller]
    pub(crate) fn then_ok(self) -> (Vec<A::Event>, A) {
        match self.outcome {
            Ok(events) => {
                let state = events.iter().fold(self.state, A::evolve);
                (events, state)
            }
            Err(error) => panic!("expected success, got error {error:?}"),
        }
    }

    /// Asserts the exact error.
    #[track_caller]
    pub(crate) fn then_err(self, expected: A::Error) {
        match self.outcome {
            Ok(events) => panic!("expected error {expected:?}, got events {events:?}"),
            Err(error) => assert_eq!(error, expected),
        }
    }

    /// Returns the error for assertions on its code and parameters.
    #[track_caller]
    pub(crate) fn error(self) -> A::Error {
        match self.outcome {
            Ok(events) => panic!("expected an error, got events {events:?}"),
            Err(error) => error,
        }
    }
}
