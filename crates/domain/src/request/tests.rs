//! Given/when/then tests of the request, its lines and guests: every transition and every
//! rule code a request can return, with their boundaries.

use super::*;
use crate::error::ErrorCode;
use crate::testing::*;

/// The event used throughout: Tuesday 12 May 2026, 10:00–12:00 in New York (EDT).
const START: &str = "2026-05-12T10:00:00-04:00";
const END: &str = "2026-05-12T12:00:00-04:00";
/// When the draft is created and most commands are sent.
const EARLY: &str = "2026-04-01T09:00:00-04:00";

fn created() -> EventRequestEvent {
    created_with(slot(START, END))
}

fn created_with(slot: TimeSlot) -> EventRequestEvent {
    EventRequestEvent::EventRequestCreated {
        id: request_id(1),
        reference: reference(1),
        mission: mission("FRA"),
        title: Title::parse("Oceans and climate").expect("valid"),
        description: Description::parse("").expect("valid"),
        slot,
        attendance: Attendance::new(40).expect("valid"),
        preferred_room: None,
        created_at: at(EARLY),
    }
}

fn submitted() -> EventRequestEvent {
    EventRequestEvent::EventRequestSubmitted {
        focal_point: contact("Ana Lima"),
        submitted_at: at(EARLY),
    }
}

fn approved() -> EventRequestEvent {
    EventRequestEvent::EventRequestApproved {
        room: room("CR4"),
        approved_at: at(EARLY),
    }
}

fn coffee() -> PricedItem {
    item("CAT-COFFEE", "CATERING", "4.50", 3, 1)
}

fn line_requested(n: u64) -> EventRequestEvent {
    EventRequestEvent::ServiceLineRequested {
        line: line_id(n),
        item: coffee(),
        quantity: qty("40"),
        note: note(""),
        requested_at: at(EARLY),
    }
}

fn line_confirmed(n: u64) -> EventRequestEvent {
    EventRequestEvent::ServiceLineConfirmed {
        line: line_id(n),
        rate_version: 1,
        unit_price: usd("4.50"),
        quoted: false,
        note: note(""),
        confirmed_at: at(EARLY),
    }
}

fn create_command() -> CreateEventRequest {
    CreateEventRequest {
        id: request_id(1),
        reference: reference(1),
        mission: mission("FRA"),
        title: Title::parse("Oceans and climate").expect("valid"),
        description: Description::parse("").expect("valid"),
        slot: slot(START, END),
        attendance: Attendance::new(40).expect("valid"),
        preferred_room: None,
        now: at(EARLY),
    }
}

fn submit(now: &str) -> EventRequestCommand {
    EventRequestCommand::Submit {
        expected_version: None,
        focal_points: vec![
            FocalPointCandidate {
                contact: contact("Ana Lima"),
                open_requests: 3,
            },
            FocalPointCandidate {
                contact: contact("Bo Chen"),
                open_requests: 1,
            },
            FocalPointCandidate {
                contact: contact("Carl Dow"),
                open_requests: 1,
            },
        ],
        now: at(now),
    }
}

fn cancel(now: &str) -> EventRequestCommand {
    EventRequestCommand::Cancel {
        expected_version: None,
        reason: reason("Minister unavailable"),
        now: at(now),
    }
}

fn confirm(n: u64, unit_code: &str, price: Option<&str>, text: &str) -> EventRequestCommand {
    EventRequestCommand::ConfirmServiceLine(ConfirmServiceLine {
        line: line_id(n),
        unit: unit(unit_code),
        quote: coffee(),
        unit_price: price.map(usd),
        note: note(text),
        expected_version: None,
        now: at(EARLY),
    })
}

fn deliver(n: u64, quantity: &str, now: &str) -> EventRequestCommand {
    EventRequestCommand::DeliverServiceLine {
        line: line_id(n),
        unit: unit("CATERING"),
        delivered_quantity: qty(quantity),
        expected_version: None,
        now: at(now),
    }
}

fn add_line(n: u64, item: PricedItem, now: &str) -> EventRequestCommand {
    EventRequestCommand::AddServiceLine(AddServiceLine {
        line: line_id(n),
        item,
        quantity: qty("40"),
        note: note(""),
        expected_version: None,
        now: at(now),
    })
}

fn add_guest(n: u64, now: &str) -> EventRequestCommand {
    EventRequestCommand::AddGuest {
        guest: guest_id(n),
        full_name: name("Jane Doe"),
        organization: None,
        now: at(now),
    }
}

fn remove_guest(n: u64, now: &str) -> EventRequestCommand {
    EventRequestCommand::RemoveGuest {
        guest: guest_id(n),
        now: at(now),
    }
}

fn guest_added(n: u64) -> EventRequestEvent {
    EventRequestEvent::GuestAdded {
        guest: guest_id(n),
        full_name: name("Jane Doe"),
        organization: None,
        added_at: at(EARLY),
    }
}

fn status_of(state: &EventRequest) -> RequestStatus {
    state.request.as_ref().expect("created").status
}

// --- creating and editing ---

#[test]
fn create_makes_a_draft() {
    let state = given::<EventRequest>([])
        .when(EventRequestCommand::Create(create_command()))
        .then(vec![created()]);
    assert_eq!(status_of(&state), RequestStatus::Draft);
    assert_eq!(state.version, 1);
}

#[test]
fn create_twice_is_an_invalid_transition() {
    let error = given::<EventRequest>([created()])
        .when(EventRequestCommand::Create(create_command()))
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn create_outside_booking_hours_names_the_problem() {
    let mut command = create_command();
    command.slot = slot("2026-05-16T10:00:00-04:00", "2026-05-16T11:00:00-04:00");
    let error = given::<EventRequest>([])
        .when(EventRequestCommand::Create(command))
        .error();
    assert_eq!(error.code(), ErrorCode::OutsideBookingHours);
    assert_eq!(error.params()[0], ("problem", "WEEKEND".to_string()));
    assert_eq!(error.field(), Some("start"));
}

#[test]
fn create_over_the_preferred_rooms_capacity_is_refused() {
    let mut command = create_command();
    command.preferred_room = Some(room_facts("CR4", 39));
    let error = given::<EventRequest>([])
        .when(EventRequestCommand::Create(command))
        .error();
    assert_eq!(
        error,
        EventRequestError::CapacityExceeded {
            room: room("CR4"),
            capacity: 39,
            attendance: 40
        }
    );
    assert_eq!(error.code(), ErrorCode::CapacityExceeded);
    assert!(error.params().contains(&("capacity", "39".to_string())));
}

#[test]
fn create_at_exactly_the_rooms_capacity_is_fine() {
    let mut command = create_command();
    command.preferred_room = Some(room_facts("CR4", 40));
    let (events, _) = given::<EventRequest>([])
        .when(EventRequestCommand::Create(command))
        .then_ok();
    assert!(
        matches!(&events[0], EventRequestEvent::EventRequestCreated { preferred_room: Some(code), .. } if code.as_str() == "CR4")
    );
}

#[test]
fn create_for_an_event_in_the_past_is_a_lead_time_error() {
    let mut command = create_command();
    command.now = at(START);
    let error = given::<EventRequest>([])
        .when(EventRequestCommand::Create(command))
        .error();
    assert_eq!(error.code(), ErrorCode::LeadTime);
}

#[test]
fn edit_changes_a_draft_and_checks_the_version() {
    let edit = EditEventRequest {
        expected_version: Some(1),
        title: Title::parse("Oceans, climate and islands").expect("valid"),
        description: Description::parse("Panel").expect("valid"),
        slot: slot("2026-05-13T14:00:00-04:00", "2026-05-13T15:30:00-04:00"),
        attendance: Attendance::new(60).expect("valid"),
        preferred_room: None,
        now: at(EARLY),
    };
    let state = given::<EventRequest>([created()])
        .when(EventRequestCommand::Edit(edit.clone()))
        .then_ok()
        .1;
    let request = state.request.as_ref().expect("created");
    assert_eq!(request.attendance.get(), 60);
    assert_eq!(request.title.as_str(), "Oceans, climate and islands");

    let stale = EditEventRequest {
        expected_version: Some(0),
        ..edit
    };
    given::<EventRequest>([created()])
        .when(EventRequestCommand::Edit(stale))
        .then_err(EventRequestError::VersionConflict { current: 1 });
}

#[test]
fn edit_after_submission_is_an_invalid_transition() {
    let edit = EditEventRequest {
        expected_version: None,
        title: Title::parse("New").expect("valid"),
        description: Description::parse("").expect("valid"),
        slot: slot(START, END),
        attendance: Attendance::new(1).expect("valid"),
        preferred_room: None,
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created(), submitted()])
        .when(EventRequestCommand::Edit(edit))
        .error();
    assert_eq!(
        error,
        EventRequestError::InvalidTransition {
            status: RequestStatus::Submitted,
            command: "edit"
        }
    );
}

#[test]
fn commands_on_a_request_that_does_not_exist_are_not_found() {
    let error = given::<EventRequest>([]).when(submit(EARLY)).error();
    assert_eq!(error, EventRequestError::NotFound);
    assert_eq!(error.code(), ErrorCode::NotFound);
}

// --- submitting: lead time and the focal point ---

#[test]
fn submit_assigns_the_least_busy_focal_point_first_in_the_desks_order() {
    given::<EventRequest>([created()])
        .when(submit(EARLY))
        .then(vec![EventRequestEvent::EventRequestSubmitted {
            focal_point: contact("Bo Chen"),
            submitted_at: at(EARLY),
        }]);
}

#[test]
fn submit_without_any_focal_point_is_refused() {
    let command = EventRequestCommand::Submit {
        expected_version: None,
        focal_points: vec![],
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created()]).when(command).error();
    assert_eq!(error, EventRequestError::NoFocalPoint);
    assert_eq!(error.code(), ErrorCode::Validation);
}

#[test]
fn submit_exactly_ten_days_before_is_in_time() {
    let (_, state) = given::<EventRequest>([created()])
        .when(submit("2026-05-02T10:00:00-04:00"))
        .then_ok();
    assert_eq!(status_of(&state), RequestStatus::Submitted);
}

#[test]
fn submit_one_second_after_the_ten_day_deadline_is_a_lead_time_error() {
    let error = given::<EventRequest>([created()])
        .when(submit("2026-05-02T10:00:01-04:00"))
        .error();
    assert_eq!(
        error,
        EventRequestError::LeadTime {
            rule: LeadTimeRule::Submit,
            deadline: at("2026-05-02T10:00:00-04:00"),
            lead_time_days: Some(10)
        }
    );
    assert_eq!(error.code(), ErrorCode::LeadTime);
    assert!(
        error
            .params()
            .contains(&("deadline", "2026-05-02 10:00 EDT".to_string()))
    );
}

#[test]
fn ten_days_are_calendar_days_across_the_spring_daylight_saving_change() {
    // Monday 16 March 2026, 10:00 EDT; clocks went forward on Sunday 8 March. Ten calendar
    // days before is 6 March 10:00 EST = 15:00 UTC, only 239 elapsed hours before.
    let event = created_with(slot(
        "2026-03-16T10:00:00-04:00",
        "2026-03-16T11:00:00-04:00",
    ));
    let ok = given::<EventRequest>([event.clone()])
        .when(submit("2026-03-06T15:00:00Z"))
        .then_ok()
        .1;
    assert_eq!(status_of(&ok), RequestStatus::Submitted);
    let error = given::<EventRequest>([event])
        .when(submit("2026-03-06T15:00:01Z"))
        .error();
    assert_eq!(error.code(), ErrorCode::LeadTime);
}

#[test]
fn submit_with_a_stale_version_reports_the_current_one() {
    let command = EventRequestCommand::Submit {
        expected_version: Some(1),
        focal_points: vec![FocalPointCandidate {
            contact: contact("Ana Lima"),
            open_requests: 0,
        }],
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created(), line_requested(1)])
        .when(command)
        .error();
    assert_eq!(error, EventRequestError::VersionConflict { current: 2 });
    assert_eq!(error.code(), ErrorCode::VersionConflict);
    assert_eq!(error.current_version(), Some(2));
}

#[test]
fn submit_twice_is_an_invalid_transition() {
    let error = given::<EventRequest>([created(), submitted()])
        .when(submit(EARLY))
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

// --- approving, rejecting, holding ---

#[test]
fn approve_assigns_the_room() {
    let command = EventRequestCommand::Approve {
        expected_version: Some(2),
        room: room_facts("CR4", 80),
        now: at(EARLY),
    };
    let state = given::<EventRequest>([created(), submitted()])
        .when(command)
        .then(vec![approved()]);
    let request = state.request.as_ref().expect("created");
    assert_eq!(request.status, RequestStatus::Approved);
    assert_eq!(request.room.as_ref().map(RoomCode::as_str), Some("CR4"));
}

#[test]
fn approve_checks_the_capacity_of_the_assigned_room() {
    let command = EventRequestCommand::Approve {
        expected_version: None,
        room: room_facts("CR1", 20),
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created(), submitted()])
        .when(command)
        .error();
    assert_eq!(error.code(), ErrorCode::CapacityExceeded);
}

#[test]
fn approve_a_draft_is_an_invalid_transition() {
    let command = EventRequestCommand::Approve {
        expected_version: None,
        room: room_facts("CR4", 80),
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created()]).when(command).error();
    assert_eq!(
        error,
        EventRequestError::InvalidTransition {
            status: RequestStatus::Draft,
            command: "approve"
        }
    );
    assert!(error.params().contains(&("status", "DRAFT".to_string())));
}

#[test]
fn reject_a_submitted_request() {
    let command = EventRequestCommand::Reject {
        expected_version: None,
        reason: reason("Room works"),
        now: at(EARLY),
    };
    let state = given::<EventRequest>([created(), submitted()])
        .when(command)
        .then(vec![EventRequestEvent::EventRequestRejected {
            reason: reason("Room works"),
            rejected_at: at(EARLY),
        }]);
    assert_eq!(status_of(&state), RequestStatus::Rejected);
}

#[test]
fn reject_an_approved_request_is_an_invalid_transition() {
    let command = EventRequestCommand::Reject {
        expected_version: None,
        reason: reason("No"),
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created(), submitted(), approved()])
        .when(command)
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn mark_held_only_after_the_end() {
    let history = [created(), submitted(), approved()];
    let early = EventRequestCommand::MarkHeld {
        expected_version: None,
        now: at("2026-05-12T11:59:59-04:00"),
    };
    let error = given::<EventRequest>(history.clone()).when(early).error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
    let on_time = EventRequestCommand::MarkHeld {
        expected_version: None,
        now: at(END),
    };
    let state = given::<EventRequest>(history).when(on_time).then(vec![
        EventRequestEvent::EventRequestHeld { held_at: at(END) },
    ]);
    assert_eq!(status_of(&state), RequestStatus::Held);
}

#[test]
fn mark_held_needs_an_approved_request() {
    let command = EventRequestCommand::MarkHeld {
        expected_version: None,
        now: at(END),
    };
    let error = given::<EventRequest>([created(), submitted()])
        .when(command)
        .error();
    assert_eq!(
        error,
        EventRequestError::InvalidTransition {
            status: RequestStatus::Submitted,
            command: "markHeld"
        }
    );
}

#[test]
fn closing_a_held_request_then_closing_again_is_already_invoiced() {
    let held = EventRequestEvent::EventRequestHeld { held_at: at(END) };
    let close = EventRequestCommand::Close {
        invoice: invoice_id(1),
        now: at(END),
    };
    let state = given::<EventRequest>([created(), submitted(), approved(), held.clone()])
        .when(close.clone())
        .then(vec![EventRequestEvent::EventRequestClosed {
            invoice: invoice_id(1),
            closed_at: at(END),
        }]);
    let request = state.request.as_ref().expect("created");
    assert_eq!(request.status, RequestStatus::Closed);
    assert_eq!(request.closed_from, Some(ClosedFrom::Held));
    assert!(request.was_held());
    let closed = EventRequestEvent::EventRequestClosed {
        invoice: invoice_id(1),
        closed_at: at(END),
    };
    let error = given::<EventRequest>([created(), submitted(), approved(), held, closed])
        .when(close)
        .error();
    assert_eq!(
        error,
        EventRequestError::AlreadyInvoiced {
            invoice: Some(invoice_id(1))
        }
    );
    assert_eq!(
        error.params(),
        vec![("invoiceId", invoice_id(1).to_string())]
    );
    assert_eq!(error.code(), ErrorCode::AlreadyInvoiced);
}

#[test]
fn closing_an_approved_request_is_an_invalid_transition() {
    let close = EventRequestCommand::Close {
        invoice: invoice_id(1),
        now: at(END),
    };
    let error = given::<EventRequest>([created(), submitted(), approved()])
        .when(close)
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

// --- cancelling and its fee tiers ---

#[test]
fn cancel_a_draft_costs_nothing_and_cancels_open_lines() {
    let state = given::<EventRequest>([created(), line_requested(1)])
        .when(cancel(EARLY))
        .then(vec![
            EventRequestEvent::EventRequestCancelled {
                reason: reason("Minister unavailable"),
                fee_rate: Decimal::ZERO,
                cancelled_at: at(EARLY),
            },
            EventRequestEvent::ServiceLineCancelled {
                line: line_id(1),
                reason: None,
                with_request: true,
                fee_rate: Decimal::ZERO,
                cancelled_at: at(EARLY),
            },
        ]);
    let request = state.request.as_ref().expect("created");
    assert_eq!(request.status, RequestStatus::Cancelled);
    assert_eq!(request.lines[0].status, LineStatus::Cancelled);
    assert!(request.lines[0].cancelled_with_request);
}

fn fee_rate_when_cancelled_at(now: &str) -> Decimal {
    let history = [
        created(),
        line_requested(1),
        submitted(),
        line_confirmed(1),
        approved(),
    ];
    let (events, _) = given::<EventRequest>(history).when(cancel(now)).then_ok();
    match &events[0] {
        EventRequestEvent::EventRequestCancelled { fee_rate, .. } => *fee_rate,
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn cancel_exactly_seven_days_before_is_free() {
    assert_eq!(
        fee_rate_when_cancelled_at("2026-05-05T10:00:00-04:00"),
        Decimal::ZERO
    );
}

#[test]
fn cancel_one_second_inside_seven_days_is_half() {
    assert_eq!(
        fee_rate_when_cancelled_at("2026-05-05T10:00:01-04:00"),
        Decimal::new(5, 1)
    );
}

#[test]
fn cancel_exactly_48_hours_before_is_half() {
    assert_eq!(
        fee_rate_when_cancelled_at("2026-05-10T10:00:00-04:00"),
        Decimal::new(5, 1)
    );
}

#[test]
fn cancel_one_second_inside_48_hours_is_full() {
    assert_eq!(
        fee_rate_when_cancelled_at("2026-05-10T10:00:01-04:00"),
        Decimal::ONE
    );
}

#[test]
fn seven_days_of_notice_are_calendar_days_across_daylight_saving_changes() {
    // Spring: Monday 9 March 2026 10:00 EDT; a week before is 2 March 10:00 EST (167 hours).
    assert_eq!(
        cancellation_fee_rate(at("2026-03-02T15:00:00Z"), at("2026-03-09T14:00:00Z")),
        Decimal::ZERO
    );
    assert_eq!(
        cancellation_fee_rate(at("2026-03-02T15:00:01Z"), at("2026-03-09T14:00:00Z")),
        Decimal::new(5, 1)
    );
    // Autumn: Monday 2 November 2026 10:00 EST; a week before is 26 October 10:00 EDT
    // (169 hours), so 168.5 hours of notice is already inside the week.
    assert_eq!(
        cancellation_fee_rate(at("2026-10-26T14:00:00Z"), at("2026-11-02T15:00:00Z")),
        Decimal::ZERO
    );
    assert_eq!(
        cancellation_fee_rate(at("2026-10-26T14:30:00Z"), at("2026-11-02T15:00:00Z")),
        Decimal::new(5, 1)
    );
}

#[test]
fn cancel_after_the_start_is_refused() {
    let history = [created(), submitted(), approved()];
    let error = given::<EventRequest>(history).when(cancel(START)).error();
    assert_eq!(
        error,
        EventRequestError::AlreadyStarted {
            command: "cancel",
            start: at(START)
        }
    );
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn cancel_a_rejected_request_is_an_invalid_transition() {
    let rejected = EventRequestEvent::EventRequestRejected {
        reason: reason("No"),
        rejected_at: at(EARLY),
    };
    let error = given::<EventRequest>([created(), submitted(), rejected])
        .when(cancel(EARLY))
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn cancel_leaves_declined_lines_alone() {
    let declined = EventRequestEvent::ServiceLineDeclined {
        line: line_id(1),
        reason: reason("No staff"),
        declined_at: at(EARLY),
    };
    let (events, _) = given::<EventRequest>([created(), line_requested(1), submitted(), declined])
        .when(cancel(EARLY))
        .then_ok();
    assert_eq!(events.len(), 1, "only the request is cancelled: {events:?}");
}

// --- service lines ---

#[test]
fn add_a_line_keeps_the_quote() {
    let state = given::<EventRequest>([created()])
        .when(add_line(1, coffee(), EARLY))
        .then(vec![line_requested(1)]);
    let request = state.request.as_ref().expect("created");
    assert_eq!(request.lines[0].status, LineStatus::Requested);
    assert_eq!(request.lines[0].version, 1);
    assert_eq!(state.version, 2);
}

#[test]
fn add_a_line_exactly_at_its_items_lead_time_is_in_time() {
    // Three calendar days before 12 May 10:00 is 9 May 10:00.
    let (_, state) = given::<EventRequest>([created()])
        .when(add_line(1, coffee(), "2026-05-09T10:00:00-04:00"))
        .then_ok();
    assert_eq!(state.request.as_ref().expect("created").lines.len(), 1);
}

#[test]
fn add_a_line_after_its_items_lead_time_is_refused() {
    let error = given::<EventRequest>([created()])
        .when(add_line(1, coffee(), "2026-05-09T10:00:01-04:00"))
        .error();
    assert_eq!(
        error,
        EventRequestError::LeadTime {
            rule: LeadTimeRule::ServiceLine,
            deadline: at("2026-05-09T10:00:00-04:00"),
            lead_time_days: Some(3),
        }
    );
    assert_eq!(error.field(), Some("itemCode"));
    assert!(error.params().contains(&("leadTimeDays", "3".to_string())));
}

#[test]
fn add_a_line_with_a_stale_request_version_is_a_conflict() {
    let command = EventRequestCommand::AddServiceLine(AddServiceLine {
        line: line_id(2),
        item: coffee(),
        quantity: qty("1"),
        note: note(""),
        expected_version: Some(1),
        now: at(EARLY),
    });
    let error = given::<EventRequest>([created(), line_requested(1)])
        .when(command)
        .error();
    assert_eq!(error, EventRequestError::VersionConflict { current: 2 });
}

#[test]
fn add_a_line_twice_with_the_same_id_is_refused() {
    let error = given::<EventRequest>([created(), line_requested(1)])
        .when(add_line(1, coffee(), EARLY))
        .error();
    assert_eq!(error, EventRequestError::DuplicateId);
}

#[test]
fn add_a_line_to_a_rejected_request_is_an_invalid_transition() {
    let rejected = EventRequestEvent::EventRequestRejected {
        reason: reason("No"),
        rejected_at: at(EARLY),
    };
    let error = given::<EventRequest>([created(), submitted(), rejected])
        .when(add_line(1, coffee(), EARLY))
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn a_request_holds_at_most_max_lines() {
    let history: Vec<_> = std::iter::once(created())
        .chain((0..MAX_LINES as u64).map(line_requested))
        .collect();
    let error = given::<EventRequest>(history)
        .when(add_line(9_999, coffee(), EARLY))
        .error();
    assert_eq!(
        error,
        EventRequestError::TooMany {
            what: "lines",
            max: MAX_LINES
        }
    );
}

#[test]
fn confirm_at_the_rate_card_price() {
    let state = given::<EventRequest>([created(), line_requested(1), submitted()])
        .when(confirm(1, "CATERING", None, ""))
        .then(vec![line_confirmed(1)]);
    let line = &state.request.as_ref().expect("created").lines[0];
    assert_eq!(line.status, LineStatus::Confirmed);
    assert_eq!(line.confirmed_price(), Some(&usd("4.50")));
    assert_eq!(line.version, 2);
}

#[test]
fn confirm_with_a_quoted_price_needs_a_note() {
    let history = [created(), line_requested(1), submitted()];
    let error = given::<EventRequest>(history.clone())
        .when(confirm(1, "CATERING", Some("4.00"), ""))
        .error();
    assert_eq!(error, EventRequestError::QuoteNeedsNote);
    assert_eq!(error.code(), ErrorCode::Validation);
    let (events, _) = given::<EventRequest>(history)
        .when(confirm(1, "CATERING", Some("4.00"), "Bulk discount"))
        .then_ok();
    assert!(
        matches!(&events[0], EventRequestEvent::ServiceLineConfirmed { quoted: true, unit_price, .. } if *unit_price == usd("4.00"))
    );
}

#[test]
fn confirm_in_another_currency_is_a_validation_error() {
    let price =
        Money::parse("4.00", crate::money::Currency::parse("EUR").expect("valid")).expect("valid");
    let command = EventRequestCommand::ConfirmServiceLine(ConfirmServiceLine {
        line: line_id(1),
        unit: unit("CATERING"),
        quote: coffee(),
        unit_price: Some(price),
        note: note("Euro quote"),
        expected_version: None,
        now: at(EARLY),
    });
    let error = given::<EventRequest>([created(), line_requested(1), submitted()])
        .when(command)
        .error();
    assert_eq!(error.code(), ErrorCode::Validation);
}

#[test]
fn another_units_line_does_not_exist_for_it() {
    let error = given::<EventRequest>([created(), line_requested(1), submitted()])
        .when(confirm(1, "SECURITY", None, ""))
        .error();
    assert_eq!(error, EventRequestError::LineNotFound { line: line_id(1) });
    assert_eq!(error.code(), ErrorCode::NotFound);
}

#[test]
fn confirm_a_line_of_a_draft_is_an_invalid_transition() {
    let error = given::<EventRequest>([created(), line_requested(1)])
        .when(confirm(1, "CATERING", None, ""))
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn confirm_twice_is_an_invalid_line_transition() {
    let error =
        given::<EventRequest>([created(), line_requested(1), submitted(), line_confirmed(1)])
            .when(confirm(1, "CATERING", None, ""))
            .error();
    assert_eq!(
        error,
        EventRequestError::LineInvalidTransition {
            line: line_id(1),
            status: LineStatus::Confirmed,
            command: "confirmServiceLine"
        }
    );
}

#[test]
fn decline_a_requested_line() {
    let command = EventRequestCommand::DeclineServiceLine {
        line: line_id(1),
        unit: unit("CATERING"),
        reason: reason("Kitchen closed"),
        expected_version: Some(1),
        now: at(EARLY),
    };
    let state = given::<EventRequest>([created(), line_requested(1), submitted()])
        .when(command)
        .then_ok()
        .1;
    let line = &state.request.as_ref().expect("created").lines[0];
    assert_eq!(line.status, LineStatus::Declined);
    assert_eq!(
        line.reason.as_ref().map(Reason::as_str),
        Some("Kitchen closed")
    );
}

#[test]
fn decline_with_a_stale_line_version_reports_the_lines_version() {
    let command = EventRequestCommand::DeclineServiceLine {
        line: line_id(1),
        unit: unit("CATERING"),
        reason: reason("Kitchen closed"),
        expected_version: Some(2),
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created(), line_requested(1), submitted()])
        .when(command)
        .error();
    assert_eq!(
        error,
        EventRequestError::LineVersionConflict {
            line: line_id(1),
            current: 1
        }
    );
    assert_eq!(error.code(), ErrorCode::VersionConflict);
}

#[test]
fn remove_a_confirmed_line_a_week_ahead_is_free() {
    let command = EventRequestCommand::RemoveServiceLine {
        line: line_id(1),
        expected_version: Some(2),
        reason: Some(reason("Fewer guests")),
        now: at(EARLY),
    };
    let state =
        given::<EventRequest>([created(), line_requested(1), submitted(), line_confirmed(1)])
            .when(command)
            .then_ok()
            .1;
    let line = &state.request.as_ref().expect("created").lines[0];
    assert_eq!(line.status, LineStatus::Cancelled);
    assert!(!line.cancelled_with_request);
}

#[test]
fn remove_a_declined_line_is_an_invalid_line_transition() {
    let declined = EventRequestEvent::ServiceLineDeclined {
        line: line_id(1),
        reason: reason("No"),
        declined_at: at(EARLY),
    };
    let command = EventRequestCommand::RemoveServiceLine {
        line: line_id(1),
        expected_version: None,
        reason: None,
        now: at(EARLY),
    };
    let error = given::<EventRequest>([created(), line_requested(1), submitted(), declined])
        .when(command)
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn deliver_records_the_actual_quantity_and_may_be_corrected() {
    let history = vec![
        created(),
        line_requested(1),
        submitted(),
        line_confirmed(1),
        approved(),
    ];
    let (events, state) = given::<EventRequest>(history.clone())
        .when(deliver(1, "35", END))
        .then_ok();
    assert_eq!(
        state.request.as_ref().expect("created").lines[0].delivered_quantity,
        Some(qty("35"))
    );
    let corrected = given::<EventRequest>(history.into_iter().chain(events))
        .when(deliver(1, "36.5", END))
        .then_ok()
        .1;
    let line = &corrected.request.as_ref().expect("created").lines[0];
    assert_eq!(line.delivered_quantity, Some(qty("36.5")));
    assert_eq!(line.billed_quantity(), qty("36.5"));
}

#[test]
fn deliver_before_the_start_is_too_early() {
    let history = [
        created(),
        line_requested(1),
        submitted(),
        line_confirmed(1),
        approved(),
    ];
    let error = given::<EventRequest>(history)
        .when(deliver(1, "35", "2026-05-12T09:59:59-04:00"))
        .error();
    assert_eq!(
        error,
        EventRequestError::TooEarly {
            command: "deliverServiceLine",
            after_end: false,
            at: at(START)
        }
    );
}

#[test]
fn deliver_an_unconfirmed_line_is_an_invalid_line_transition() {
    let history = [created(), line_requested(1), submitted(), approved()];
    let error = given::<EventRequest>(history)
        .when(deliver(1, "35", END))
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn line_commands_for_an_unknown_line_are_not_found() {
    let error = given::<EventRequest>([created(), submitted()])
        .when(confirm(7, "CATERING", None, ""))
        .error();
    assert_eq!(error, EventRequestError::LineNotFound { line: line_id(7) });
}

#[test]
fn removing_a_confirmed_line_late_costs_its_cancellation_fee() {
    // Closes the loophole of removing confirmed lines before cancelling the request.
    let command = EventRequestCommand::RemoveServiceLine {
        line: line_id(1),
        expected_version: None,
        reason: None,
        now: at("2026-05-11T10:00:00-04:00"),
    };
    let history = [
        created(),
        line_requested(1),
        submitted(),
        line_confirmed(1),
        approved(),
    ];
    let (events, state) = given::<EventRequest>(history).when(command).then_ok();
    assert!(matches!(
        &events[0],
        EventRequestEvent::ServiceLineCancelled { fee_rate, with_request: false, .. } if *fee_rate == Decimal::ONE
    ));
    let request = state.request.as_ref().expect("created");
    let fees = crate::billing::incurred_fee_lines(request);
    assert_eq!(fees.len(), 1);
    assert_eq!(fees[0].amount, usd("180.00"));
    // The fee is billed on the held request's invoice.
    let held = state.evolve(&EventRequestEvent::EventRequestHeld { held_at: at(END) });
    let lines = crate::billing::invoice_lines(held.request.as_ref().expect("created"));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].fee_rate, Some(Decimal::ONE));
    assert_eq!(lines[0].amount, usd("180.00"));
}

#[test]
fn removing_an_unconfirmed_line_late_is_free() {
    let command = EventRequestCommand::RemoveServiceLine {
        line: line_id(1),
        expected_version: None,
        reason: None,
        now: at("2026-05-11T10:00:00-04:00"),
    };
    let (events, _) =
        given::<EventRequest>([created(), line_requested(1), submitted(), approved()])
            .when(command)
            .then_ok();
    assert!(
        matches!(&events[0], EventRequestEvent::ServiceLineCancelled { fee_rate, .. } if fee_rate.is_zero())
    );
}

#[test]
fn approving_after_the_start_is_refused() {
    let command = EventRequestCommand::Approve {
        expected_version: None,
        room: room_facts("CR4", 80),
        now: at(START),
    };
    let error = given::<EventRequest>([created(), submitted()])
        .when(command)
        .error();
    assert_eq!(
        error,
        EventRequestError::AlreadyStarted {
            command: "approve",
            start: at(START)
        }
    );
    assert!(
        error
            .params()
            .contains(&("start", "2026-05-12 10:00 EDT".to_string()))
    );
}

#[test]
fn moving_a_draft_earlier_keeps_every_lines_lead_time() {
    let webcast = item("WEB-STREAM", "WEBCAST", "450.00", 30, 1);
    let added = EventRequestEvent::ServiceLineRequested {
        line: line_id(1),
        item: webcast,
        quantity: qty("1"),
        note: note(""),
        requested_at: at(EARLY),
    };
    let edit = |start: &str, end: &str| {
        EventRequestCommand::Edit(EditEventRequest {
            expected_version: None,
            title: Title::parse("Oceans").expect("valid"),
            description: Description::parse("").expect("valid"),
            slot: slot(start, end),
            attendance: Attendance::new(40).expect("valid"),
            preferred_room: None,
            now: at(EARLY),
        })
    };
    // Thirty days before 20 April is 21 March: already past on 1 April.
    let error = given::<EventRequest>([created(), added.clone()])
        .when(edit(
            "2026-04-20T10:00:00-04:00",
            "2026-04-20T11:00:00-04:00",
        ))
        .error();
    assert_eq!(error.code(), ErrorCode::LeadTime);
    given::<EventRequest>([created(), added])
        .when(edit(
            "2026-05-14T10:00:00-04:00",
            "2026-05-14T11:00:00-04:00",
        ))
        .then_ok();
}

#[test]
fn rejecting_closes_the_open_lines_free_of_charge() {
    let command = EventRequestCommand::Reject {
        expected_version: None,
        reason: reason("No room"),
        now: at(EARLY),
    };
    let (events, state) = given::<EventRequest>([
        created(),
        line_requested(1),
        line_requested(2),
        submitted(),
        line_confirmed(2),
    ])
    .when(command)
    .then_ok();
    assert_eq!(events.len(), 3);
    let request = state.request.as_ref().expect("created");
    assert!(
        request.lines.iter().all(
            |line| line.status == LineStatus::Cancelled && line.cancellation_fee_rate.is_zero()
        )
    );
}

#[test]
fn holding_closes_lines_no_unit_confirmed() {
    let command = EventRequestCommand::MarkHeld {
        expected_version: None,
        now: at(END),
    };
    let (events, state) = given::<EventRequest>([
        created(),
        line_requested(1),
        line_requested(2),
        submitted(),
        line_confirmed(2),
        approved(),
    ])
    .when(command)
    .then_ok();
    assert_eq!(events.len(), 2);
    let request = state.request.as_ref().expect("created");
    assert_eq!(request.lines[0].status, LineStatus::Cancelled);
    assert_eq!(request.lines[1].status, LineStatus::Confirmed);
}

#[test]
fn a_confirmation_must_quote_the_lines_own_item() {
    let command = EventRequestCommand::ConfirmServiceLine(ConfirmServiceLine {
        line: line_id(1),
        unit: unit("CATERING"),
        quote: item("CAT-LUNCH", "CATERING", "25.00", 3, 1),
        unit_price: None,
        note: note(""),
        expected_version: None,
        now: at(EARLY),
    });
    let error = given::<EventRequest>([created(), line_requested(1), submitted()])
        .when(command)
        .error();
    assert_eq!(error.code(), ErrorCode::Validation);
    assert!(matches!(error, EventRequestError::QuoteMismatch { .. }));
}

// --- guests ---

#[test]
fn guests_are_added_until_48_hours_before() {
    let history = [created(), submitted(), approved()];
    let state = given::<EventRequest>(history.clone())
        .when(add_guest(1, "2026-05-10T10:00:00-04:00"))
        .then_ok()
        .1;
    assert_eq!(state.request.as_ref().expect("created").guests.len(), 1);
    let error = given::<EventRequest>(history)
        .when(add_guest(2, "2026-05-10T10:00:01-04:00"))
        .error();
    assert_eq!(error.code(), ErrorCode::LeadTime);
    assert_eq!(error.field(), Some("fullName"));
}

#[test]
fn a_request_holds_at_most_max_guests() {
    let history: Vec<_> = std::iter::once(created())
        .chain(
            (0..MAX_GUESTS as u64).map(|n| EventRequestEvent::GuestAdded {
                guest: guest_id(n),
                full_name: name("Jane Doe"),
                organization: None,
                added_at: at(EARLY),
            }),
        )
        .collect();
    let error = given::<EventRequest>(history)
        .when(add_guest(9_999, EARLY))
        .error();
    assert_eq!(
        error,
        EventRequestError::TooMany {
            what: "guests",
            max: MAX_GUESTS
        }
    );
    assert_eq!(error.code(), ErrorCode::Validation);
}

#[test]
fn a_guest_id_is_used_once() {
    let added = EventRequestEvent::GuestAdded {
        guest: guest_id(1),
        full_name: name("Jane Doe"),
        organization: None,
        added_at: at(EARLY),
    };
    let error = given::<EventRequest>([created(), added])
        .when(add_guest(1, EARLY))
        .error();
    assert_eq!(error, EventRequestError::DuplicateId);
}

#[test]
fn guests_cannot_be_added_to_a_cancelled_request() {
    let cancelled = EventRequestEvent::EventRequestCancelled {
        reason: reason("No"),
        fee_rate: Decimal::ZERO,
        cancelled_at: at(EARLY),
    };
    let error = given::<EventRequest>([created(), cancelled])
        .when(add_guest(1, EARLY))
        .error();
    assert_eq!(error.code(), ErrorCode::InvalidTransition);
}

#[test]
fn remove_a_guest_takes_it_off_the_list() {
    let state = given::<EventRequest>([created(), guest_added(1), guest_added(2)])
        .when(remove_guest(1, EARLY))
        .then(vec![EventRequestEvent::GuestRemoved {
            guest: guest_id(1),
            removed_at: at(EARLY),
        }]);
    let guests: Vec<GuestId> = state
        .request
        .as_ref()
        .expect("created")
        .guests
        .iter()
        .map(|guest| guest.id)
        .collect();
    assert_eq!(guests, [guest_id(2)]);
    assert_eq!(state.version, 4);
}

#[test]
fn guests_are_removed_until_48_hours_before() {
    let history = [created(), submitted(), approved(), guest_added(1)];
    given::<EventRequest>(history.clone())
        .when(remove_guest(1, "2026-05-10T10:00:00-04:00"))
        .then_ok();
    let error = given::<EventRequest>(history)
        .when(remove_guest(1, "2026-05-10T10:00:01-04:00"))
        .error();
    assert_eq!(
        error,
        EventRequestError::LeadTime {
            rule: LeadTimeRule::GuestRemoval,
            deadline: at("2026-05-10T10:00:00-04:00"),
            lead_time_days: None,
        }
    );
    assert_eq!(error.code(), ErrorCode::LeadTime);
    assert_eq!(error.field(), Some("guestId"));
    assert!(
        error
            .params()
            .contains(&("rule", "GUEST_REMOVAL".to_string()))
    );
}

#[test]
fn removing_a_guest_not_on_the_list_is_not_found() {
    let error = given::<EventRequest>([created(), guest_added(1)])
        .when(remove_guest(2, EARLY))
        .error();
    assert_eq!(
        error,
        EventRequestError::GuestNotFound { guest: guest_id(2) }
    );
    assert_eq!(error.code(), ErrorCode::NotFound);
    assert_eq!(error.field(), Some("guestId"));
    assert_eq!(error.params(), vec![("guestId", guest_id(2).to_string())]);
}

#[test]
fn a_removed_guest_cannot_be_removed_again() {
    let removed = EventRequestEvent::GuestRemoved {
        guest: guest_id(1),
        removed_at: at(EARLY),
    };
    given::<EventRequest>([created(), guest_added(1), removed])
        .when(remove_guest(1, EARLY))
        .then_err(EventRequestError::GuestNotFound { guest: guest_id(1) });
}

#[test]
fn guests_cannot_be_removed_from_a_closed_list() {
    let cancelled = EventRequestEvent::EventRequestCancelled {
        reason: reason("No"),
        fee_rate: Decimal::ZERO,
        cancelled_at: at(EARLY),
    };
    // The state is checked first, then the cut-off, then the guest: a cancelled request
    // refuses even a guest that is not there.
    let error = given::<EventRequest>([created(), guest_added(1), cancelled])
        .when(remove_guest(2, EARLY))
        .error();
    assert_eq!(
        error,
        EventRequestError::InvalidTransition {
            status: RequestStatus::Cancelled,
            command: "removeGuest",
        }
    );
    let late = given::<EventRequest>([created(), guest_added(1)])
        .when(remove_guest(2, START))
        .error();
    assert_eq!(late.code(), ErrorCode::LeadTime);
}

#[test]
fn removing_a_guest_from_a_request_that_does_not_exist_is_not_found() {
    given::<EventRequest>([])
        .when(remove_guest(1, EARLY))
        .then_err(EventRequestError::NotFound);
}

// --- the deadlines the pages show ---

#[test]
fn deadlines_are_the_instants_the_rules_still_accept() {
    let start = at(START);
    assert_eq!(submission_deadline(start), at("2026-05-02T10:00:00-04:00"));
    assert_eq!(line_deadline(start, 3), at("2026-05-09T10:00:00-04:00"));
    assert_eq!(line_deadline(start, 0), start);
    assert_eq!(guest_cutoff(start), at("2026-05-10T10:00:00-04:00"));
    // Ten calendar days across the spring change are 239 elapsed hours; 48 hours are 48.
    let after_change = at("2026-03-16T10:00:00-04:00");
    assert_eq!(
        submission_deadline(after_change),
        at("2026-03-06T10:00:00-05:00")
    );
    assert_eq!(guest_cutoff(after_change), at("2026-03-14T10:00:00-04:00"));
}

#[test]
fn each_refusal_names_the_deadline_its_function_gives() {
    let history = [created()];
    let deadline_of = |error: EventRequestError| match error {
        EventRequestError::LeadTime { deadline, .. } => deadline,
        other => panic!("expected a lead-time error, got {other:?}"),
    };
    let one_second_late =
        |deadline: Timestamp| (deadline + SignedDuration::from_secs(1)).to_string();
    let start = at(START);
    let late = one_second_late(submission_deadline(start));
    let error = given::<EventRequest>(history.clone())
        .when(submit(&late))
        .error();
    assert_eq!(deadline_of(error), submission_deadline(start));
    given::<EventRequest>(history.clone())
        .when(submit(&submission_deadline(start).to_string()))
        .then_ok();

    let late = one_second_late(line_deadline(start, 3));
    let error = given::<EventRequest>(history.clone())
        .when(add_line(1, coffee(), &late))
        .error();
    assert_eq!(deadline_of(error), line_deadline(start, 3));

    let late = one_second_late(guest_cutoff(start));
    let error = given::<EventRequest>(history.clone())
        .when(add_guest(1, &late))
        .error();
    assert_eq!(deadline_of(error), guest_cutoff(start));
    let error = given::<EventRequest>([created(), guest_added(1)])
        .when(remove_guest(1, &late))
        .error();
    assert_eq!(deadline_of(error), guest_cutoff(start));
}

#[test]
fn booking_hours_are_public_constants() {
    use crate::time::{CLOSING, MAX_DURATION, MIN_DURATION, OPENING};
    assert_eq!(OPENING, jiff::civil::time(8, 0, 0, 0));
    assert_eq!(CLOSING, jiff::civil::time(21, 0, 0, 0));
    assert_eq!(MIN_DURATION, SignedDuration::from_mins(30));
    assert_eq!(MAX_DURATION, SignedDuration::from_hours(4));
}

// --- references and encoding ---

#[test]
fn references_have_the_documented_shape() {
    assert_eq!(reference(123).as_str(), "SE-2026-000123");
    assert_eq!(
        RequestReference::parse("SE-2026-000123"),
        Ok(reference(123))
    );
    assert!(RequestReference::parse("SE-2026-123").is_err());
    assert!(RequestReference::new(2026, 0).is_err());
    assert!(RequestReference::new(2026, 1_000_000).is_err());
}

/// Pins the stored encoding of one event: a change here needs a new event version.
fn golden(event: &EventRequestEvent, expected: &str) {
    let json = serde_json::to_string(event).expect("encodes");
    assert_eq!(
        json,
        expected,
        "the stored form of {} changed",
        event.event_type()
    );
    let back: EventRequestEvent = serde_json::from_str(&json).expect("decodes");
    assert_eq!(&back, event);
    assert_eq!(event.event_version(), 1);
    assert!(json.starts_with(&format!("{{\"type\":\"{}\"", event.event_type())));
}

#[test]
fn golden_event_request_created() {
    golden(
        &created(),
        r#"{"type":"EventRequestCreated","id":"01900000-0000-7000-8000-000000000001","reference":"SE-2026-000001","mission":"FRA","title":"Oceans and climate","description":"","slot":{"start":"2026-05-12T14:00:00Z","end":"2026-05-12T16:00:00Z"},"attendance":40,"preferred_room":null,"created_at":"2026-04-01T13:00:00Z"}"#,
    );
}

#[test]
fn golden_event_request_edited() {
    golden(
        &EventRequestEvent::EventRequestEdited {
            title: Title::parse("T").expect("valid"),
            description: Description::parse("D").expect("valid"),
            slot: slot(START, END),
            attendance: Attendance::new(5).expect("valid"),
            preferred_room: Some(room("CR4")),
            edited_at: at(EARLY),
        },
        r#"{"type":"EventRequestEdited","title":"T","description":"D","slot":{"start":"2026-05-12T14:00:00Z","end":"2026-05-12T16:00:00Z"},"attendance":5,"preferred_room":"CR4","edited_at":"2026-04-01T13:00:00Z"}"#,
    );
}

#[test]
fn golden_event_request_submitted() {
    golden(
        &submitted(),
        r#"{"type":"EventRequestSubmitted","focal_point":{"name":"Ana Lima","email":"ana.lima@un.org","phone":"+1 212 963 1234"},"submitted_at":"2026-04-01T13:00:00Z"}"#,
    );
}

#[test]
fn golden_event_request_approved_rejected_held_closed() {
    golden(
        &approved(),
        r#"{"type":"EventRequestApproved","room":"CR4","approved_at":"2026-04-01T13:00:00Z"}"#,
    );
    golden(
        &EventRequestEvent::EventRequestRejected {
            reason: reason("Room works"),
            rejected_at: at(EARLY),
        },
        r#"{"type":"EventRequestRejected","reason":"Room works","rejected_at":"2026-04-01T13:00:00Z"}"#,
    );
    golden(
        &EventRequestEvent::EventRequestHeld { held_at: at(END) },
        r#"{"type":"EventRequestHeld","held_at":"2026-05-12T16:00:00Z"}"#,
    );
    golden(
        &EventRequestEvent::EventRequestClosed {
            invoice: invoice_id(1),
            closed_at: at(END),
        },
        r#"{"type":"EventRequestClosed","invoice":"01900000-0000-7000-8000-000000000bb9","closed_at":"2026-05-12T16:00:00Z"}"#,
    );
}

#[test]
fn golden_event_request_cancelled() {
    golden(
        &EventRequestEvent::EventRequestCancelled {
            reason: reason("R"),
            fee_rate: Decimal::new(5, 1),
            cancelled_at: at(EARLY),
        },
        r#"{"type":"EventRequestCancelled","reason":"R","fee_rate":"0.5","cancelled_at":"2026-04-01T13:00:00Z"}"#,
    );
}

#[test]
fn golden_service_line_events() {
    golden(
        &line_requested(1),
        r#"{"type":"ServiceLineRequested","line":"01900000-0000-7000-8000-0000000003e9","item":{"code":"CAT-COFFEE","unit":"CATERING","pricing":"PER_PERSON","lead_time_days":3,"rate_version":1,"unit_price":{"amount":"4.50","currency":"USD"}},"quantity":"40","note":"","requested_at":"2026-04-01T13:00:00Z"}"#,
    );
    golden(
        &line_confirmed(1),
        r#"{"type":"ServiceLineConfirmed","line":"01900000-0000-7000-8000-0000000003e9","rate_version":1,"unit_price":{"amount":"4.50","currency":"USD"},"quoted":false,"note":"","confirmed_at":"2026-04-01T13:00:00Z"}"#,
    );
    golden(
        &EventRequestEvent::ServiceLineDeclined {
            line: line_id(1),
            reason: reason("No"),
            declined_at: at(EARLY),
        },
        r#"{"type":"ServiceLineDeclined","line":"01900000-0000-7000-8000-0000000003e9","reason":"No","declined_at":"2026-04-01T13:00:00Z"}"#,
    );
    golden(
        &EventRequestEvent::ServiceLineDelivered {
            line: line_id(1),
            delivered_quantity: qty("12.5"),
            delivered_at: at(END),
        },
        r#"{"type":"ServiceLineDelivered","line":"01900000-0000-7000-8000-0000000003e9","delivered_quantity":"12.5","delivered_at":"2026-05-12T16:00:00Z"}"#,
    );
    golden(
        &EventRequestEvent::ServiceLineCancelled {
            line: line_id(1),
            reason: None,
            with_request: true,
            fee_rate: Decimal::new(5, 1),
            cancelled_at: at(EARLY),
        },
        r#"{"type":"ServiceLineCancelled","line":"01900000-0000-7000-8000-0000000003e9","reason":null,"with_request":true,"fee_rate":"0.5","cancelled_at":"2026-04-01T13:00:00Z"}"#,
    );
}

#[test]
fn golden_guest_added() {
    golden(
        &EventRequestEvent::GuestAdded {
            guest: guest_id(1),
            full_name: name("Jane Doe"),
            organization: Some(name("UNEP")),
            added_at: at(EARLY),
        },
        r#"{"type":"GuestAdded","guest":"01900000-0000-7000-8000-0000000007d1","full_name":"Jane Doe","organization":"UNEP","added_at":"2026-04-01T13:00:00Z"}"#,
    );
}

#[test]
fn golden_guest_removed() {
    golden(
        &EventRequestEvent::GuestRemoved {
            guest: guest_id(1),
            removed_at: at(EARLY),
        },
        r#"{"type":"GuestRemoved","guest":"01900000-0000-7000-8000-0000000007d1","removed_at":"2026-04-01T13:00:00Z"}"#,
    );
}

mod properties {
    //! Random runs of commands: replaying the events of any run rebuilds an equal state, and
    //! the life cycle only ever moves along its arrows.

    use super::*;
    use proptest::prelude::*;

    /// A command chosen by index and parameters, sent at one of a few instants around the
    /// event (well before, inside a week, inside 48 hours, during, after).
    fn command(choice: u8, n: u8, hour: u8) -> EventRequestCommand {
        let instants = [
            EARLY,
            "2026-05-08T10:00:00-04:00",
            "2026-05-11T12:00:00-04:00",
            "2026-05-12T11:00:00-04:00",
            "2026-05-12T13:00:00-04:00",
        ];
        let now = instants[usize::from(hour) % instants.len()];
        let line = u64::from(n % 4);
        match choice % 13 {
            0 => EventRequestCommand::Create(create_command()),
            1 => add_line(line, coffee(), now),
            2 => submit(now),
            3 => EventRequestCommand::Approve {
                expected_version: None,
                room: room_facts("CR4", 30 + u32::from(n)),
                now: at(now),
            },
            4 => confirm(
                line,
                if n.is_multiple_of(5) {
                    "SECURITY"
                } else {
                    "CATERING"
                },
                None,
                "",
            ),
            5 => EventRequestCommand::DeclineServiceLine {
                line: line_id(line),
                unit: unit("CATERING"),
                reason: reason("No"),
                expected_version: None,
                now: at(now),
            },
            6 => deliver(line, "12.5", now),
            7 => cancel(now),
            8 => EventRequestCommand::MarkHeld {
                expected_version: None,
                now: at(now),
            },
            9 => add_guest(u64::from(n % 8), now),
            10 => EventRequestCommand::RemoveServiceLine {
                line: line_id(line),
                expected_version: None,
                reason: None,
                now: at(now),
            },
            // Guests are numbered by `n`; removing one of the first few finds it now and then.
            11 => remove_guest(u64::from(n % 8), now),
            _ => EventRequestCommand::Close {
                invoice: invoice_id(1),
                now: at(now),
            },
        }
    }

    fn allowed(from: RequestStatus, to: RequestStatus) -> bool {
        use RequestStatus as S;
        from == to
            || matches!(
                (from, to),
                (S::Draft, S::Submitted | S::Cancelled)
                    | (S::Submitted, S::Approved | S::Rejected | S::Cancelled)
                    | (S::Approved, S::Held | S::Cancelled)
                    | (S::Held | S::Cancelled, S::Closed)
            )
    }

    proptest! {
        #[test]
        fn replaying_any_run_rebuilds_an_equal_state(
            commands in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), 1..60)
        ) {
            let mut state = EventRequest::default();
            let mut log = Vec::new();
            for (choice, n, hour) in commands {
                let before = state.request.as_ref().map(|request| request.status);
                if let Ok(events) = state.decide(command(choice, n, hour)) {
                    for event in &events {
                        state = state.clone().evolve(event);
                    }
                    log.extend(events);
                }
                if let (Some(from), Some(request)) = (before, &state.request) {
                    prop_assert!(allowed(from, request.status), "{from:?} -> {:?}", request.status);
                }
            }
            prop_assert_eq!(state.version, log.len() as u64);
            let replayed = EventRequest::replay(&log);
            prop_assert_eq!(&replayed, &state);
            if let Some(request) = &state.request {
                let line_events = log.iter().filter(|event| event.line().is_some()).count() as u64;
                prop_assert_eq!(request.lines.iter().map(|line| line.version).sum::<u64>(), line_events);
                // Encoding and decoding every event changes nothing either.
                let decoded: Vec<EventRequestEvent> = log
                    .iter()
                    .map(|event| serde_json::from_str(&serde_json::to_string(event).expect("encodes")).expect("decodes"))
                    .collect();
                prop_assert_eq!(EventRequest::replay(&decoded), state);
            }
        }
    }
}
