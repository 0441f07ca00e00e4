//! Every rule code of PRODUCT.md section 4 comes out of a real decision: this test walks one
//! refusal per code through the aggregates and fails if a code is never produced.

use std::collections::BTreeSet;

use crate::aggregate::Aggregate;
use crate::error::{ErrorCode, Rejection};
use crate::idempotency::check_key;
use crate::invoice::{Invoice, InvoiceCommand, InvoiceReason};
use crate::money::Currency;
use crate::rate_card::RateCard;
use crate::request::{
    CreateEventRequest, EventRequest, EventRequestCommand, EventRequestEvent, RoomFacts,
};
use crate::schedule::{RoomSchedule, RoomScheduleCommand, schedule_keys};
use crate::sequence::{DocumentNumber, Series};
use crate::testing::*;
use crate::values::{Attendance, Description, ItemCode, PaymentReference, Quantity, Title};

fn create(start: &str, end: &str, room: Option<RoomFacts>, now: &str) -> EventRequestCommand {
    EventRequestCommand::Create(CreateEventRequest {
        id: request_id(1),
        reference: reference(1),
        mission: mission("FRA"),
        title: Title::parse("Side event").expect("valid"),
        description: Description::parse("").expect("valid"),
        slot: slot(start, end),
        attendance: Attendance::new(40).expect("valid"),
        preferred_room: room,
        now: at(now),
    })
}

const EARLY: &str = "2026-04-01T09:00:00-04:00";
const START: &str = "2026-05-12T10:00:00-04:00";
const END: &str = "2026-05-12T12:00:00-04:00";

fn code_of<E: Rejection, T: std::fmt::Debug>(outcome: Result<T, E>) -> ErrorCode {
    outcome.expect_err("a refusal").code()
}

#[test]
fn every_rule_code_is_produced_by_a_decision() {
    let mut seen = BTreeSet::new();
    let empty = EventRequest::default();
    seen.insert(code_of(empty.decide(create(
        "2026-05-16T10:00:00-04:00",
        "2026-05-16T11:00:00-04:00",
        None,
        EARLY,
    ))));
    seen.insert(code_of(empty.decide(create(START, END, None, START))));
    seen.insert(code_of(empty.decide(create(
        START,
        END,
        Some(room_facts("CR1", 10)),
        EARLY,
    ))));
    seen.insert(code_of(empty.decide(EventRequestCommand::MarkHeld {
        expected_version: None,
        now: at(END),
    })));

    let created: Vec<EventRequestEvent> = empty
        .decide(create(START, END, None, EARLY))
        .expect("valid");
    let draft = EventRequest::replay(&created);
    seen.insert(code_of(draft.decide(EventRequestCommand::MarkHeld {
        expected_version: None,
        now: at(END),
    })));
    seen.insert(code_of(draft.decide(EventRequestCommand::Submit {
        expected_version: Some(7),
        focal_points: vec![],
        now: at(EARLY),
    })));
    seen.insert(code_of(draft.decide(EventRequestCommand::Submit {
        expected_version: None,
        focal_points: vec![],
        now: at(EARLY),
    })));

    let occupied = slot(START, END);
    let key = schedule_keys(&room("CR4"), &occupied).remove(0);
    let reserve = |n| RoomScheduleCommand::Reserve {
        key: key.clone(),
        request: request_id(n),
        slot: occupied,
    };
    let schedule = RoomSchedule::replay(&RoomSchedule::default().decide(reserve(1)).expect("free"));
    seen.insert(code_of(schedule.decide(reserve(2))));

    seen.insert(code_of(
        RateCard::default().quote(&ItemCode::parse("CAT-COFFEE").expect("valid"), at(EARLY)),
    ));
    seen.insert(code_of(Quantity::parse("0")));
    seen.insert(code_of(check_key("k", &1, Some((&2, &())))));

    let number = |n| DocumentNumber::new(Series::Invoice, 2026, n).expect("valid");
    let issue = |lines| InvoiceCommand::IssueInvoice {
        invoice_id: invoice_id(1),
        number: number(1),
        event_request: request_id(1),
        mission: mission("FRA"),
        issued_at: at("2026-05-13T09:00:00-04:00"),
        currency: Currency::USD,
        lines,
        reason: InvoiceReason::Held,
    };
    seen.insert(code_of(Invoice::default().decide(issue(vec![]))));
    let line = crate::bill::BillLine::priced(
        line_id(1),
        unit("CATERING"),
        ItemCode::parse("CAT-COFFEE").expect("valid"),
        1,
        qty("2"),
        usd("50.00"),
    );
    let issued = Invoice::replay(
        &Invoice::default()
            .decide(issue(vec![line.clone()]))
            .expect("billable"),
    );
    seen.insert(code_of(issued.decide(issue(vec![line]))));
    seen.insert(code_of(issued.decide(InvoiceCommand::IssueCreditNote {
        credit_note_id: crate::ids::CreditNoteId::new(uuid7(5_000)).expect("v7"),
        number: DocumentNumber::new(Series::CreditNote, 2026, 1).expect("valid"),
        amount: usd("100.01"),
        reason: reason("Too much"),
        unit: None,
        issued_at: at("2026-05-14T09:00:00-04:00"),
    })));
    seen.insert(code_of(issued.decide(InvoiceCommand::RecordPayment {
        payment_id: crate::ids::PaymentId::new(uuid7(6_000)).expect("v7"),
        amount: usd("100.01"),
        reference: PaymentReference::parse("WIRE-1").expect("valid"),
        received_at: at("2026-05-14T09:00:00-04:00"),
    })));

    let all: BTreeSet<ErrorCode> = ErrorCode::ALL.into_iter().collect();
    let missing: Vec<&ErrorCode> = all.difference(&seen).collect();
    assert!(missing.is_empty(), "codes never produced: {missing:?}");
}

#[test]
fn codes_have_their_contract_names() {
    let names: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
    assert_eq!(
        names,
        [
            "OUTSIDE_BOOKING_HOURS",
            "LEAD_TIME",
            "CAPACITY_EXCEEDED",
            "ROOM_UNAVAILABLE",
            "INVALID_TRANSITION",
            "VERSION_CONFLICT",
            "UNKNOWN_ITEM",
            "NOT_FOUND",
            "VALIDATION",
            "IDEMPOTENCY_KEY_REUSED",
            "NOTHING_TO_INVOICE",
            "ALREADY_INVOICED",
            "CREDIT_EXCEEDS_INVOICE",
            "OVERPAYMENT",
        ]
    );
}
