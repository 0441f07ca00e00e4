//! The shape every aggregate has: a state built by `evolve` from past events, and a pure
//! `decide` that turns a command into new events or one typed error.

/// An event the store can keep: a stable type name and a version for the stored form.
pub trait DomainEvent {
    /// The name stored with the event, e.g. `EventRequestSubmitted`. Never renamed.
    fn event_type(&self) -> &'static str;
    /// The version of the stored form of this event type; bumped (with an upcaster in the
    /// store) whenever its encoding changes.
    fn event_version(&self) -> u16 {
        1
    }
}

/// A consistency boundary: one stream of events, one state, one error enum.
///
/// `decide` holds every business rule and reads nothing but its arguments; `evolve` only
/// applies what an event says, without any rule, so replaying the same events always builds
/// the same state.
pub trait Aggregate: Default + Clone + PartialEq + std::fmt::Debug {
    /// What a caller asks for, in the imperative (`SubmitEventRequest`).
    type Command;
    /// What happened, in the past tense (`EventRequestSubmitted`).
    type Event: DomainEvent + Clone + PartialEq + std::fmt::Debug;
    /// Every way the aggregate can refuse a command.
    type Error: std::error::Error + PartialEq;

    /// Decides what a command means in the current state.
    fn decide(&self, command: Self::Command) -> Result<Vec<Self::Event>, Self::Error>;

    /// Applies one event.
    fn evolve(self, event: &Self::Event) -> Self;

    /// The state after `events`, from the empty state.
    fn replay<'a>(events: impl IntoIterator<Item = &'a Self::Event>) -> Self
    where
        Self::Event: 'a,
    {
        events.into_iter().fold(Self::default(), Self::evolve)
    }
}
