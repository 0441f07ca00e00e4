//! Decisions that number a document: a request's reference, an invoice, a credit note.
//! Each takes the next number of its series and year and returns the sequence's event with
//! the document's own events, for the caller to append atomically with the expected versions
//! it read (see `sequence` for why that makes numbers gap-free under concurrency).

use jiff::Timestamp;

use crate::aggregate::Aggregate;
use crate::billing;
use crate::error::{ErrorCode, Param, Rejection};
use crate::ids::{CreditNoteId, InvoiceId};
use crate::invoice::{Invoice, InvoiceCommand, InvoiceError, InvoiceEvent, InvoiceReason};
use crate::money::{Currency, Money};
use crate::request::{
    EventRequest, EventRequestCommand, EventRequestError, EventRequestEvent, RequestReference,
    RequestStatus,
};
use crate::sequence::{
    DocumentNumber, NumberSequence, SequenceCommand, SequenceError, SequenceEvent, Series,
    year_of_issue,
};
use crate::values::{Reason, UnitCode};

/// Why a document could not be issued.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    #[error(transparent)]
    Request(#[from] EventRequestError),
    #[error(transparent)]
    Invoice(#[from] InvoiceError),
    #[error(transparent)]
    Sequence(#[from] SequenceError),
}

impl Rejection for DocumentError {
    fn code(&self) -> ErrorCode {
        match self {
            DocumentError::Request(error) => error.code(),
            DocumentError::Invoice(error) => error.code(),
            DocumentError::Sequence(error) => error.code(),
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            DocumentError::Request(error) => error.field(),
            DocumentError::Invoice(error) => error.field(),
            DocumentError::Sequence(error) => error.field(),
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            DocumentError::Request(error) => error.params(),
            DocumentError::Invoice(error) => error.params(),
            DocumentError::Sequence(error) => error.params(),
        }
    }
}

/// The sequence a document of `series` issued at `now` takes its number from.
pub fn sequence_for(series: Series, now: Timestamp) -> (Series, i16) {
    (series, year_of_issue(now))
}

fn take(
    sequence: &NumberSequence,
    series: Series,
    now: Timestamp,
) -> Result<(SequenceEvent, DocumentNumber), SequenceError> {
    let year = year_of_issue(now);
    let mut events = sequence.decide(SequenceCommand::TakeNumber { series, year })?;
    let event = events
        .pop()
        .expect("taking a number yields exactly one event");
    let number = event.document_number()?;
    Ok((event, number))
}

/// The next request reference (`SE-YYYY-NNNNNN`) and the sequence event that takes it.
pub fn take_reference(
    sequence: &NumberSequence,
    now: Timestamp,
) -> Result<(SequenceEvent, RequestReference), SequenceError> {
    let (event, number) = take(sequence, Series::Request, now)?;
    let reference = RequestReference::new(number.year(), number.number())?;
    Ok((event, reference))
}

/// The events of issuing an invoice, by stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceIssuance {
    pub sequence: SequenceEvent,
    pub invoice: Vec<InvoiceEvent>,
    pub request: Vec<EventRequestEvent>,
    pub number: DocumentNumber,
}

/// Issues the one consolidated invoice of a held or cancelled request: its billable lines
/// (see `billing::invoice_lines`), the next invoice number of the year, and the request
/// closed. `sequence` is the invoice sequence of [`sequence_for`]`(Series::Invoice, now)`.
pub fn issue_invoice(
    request: &EventRequest,
    sequence: &NumberSequence,
    invoice_id: InvoiceId,
    currency: Currency,
    now: Timestamp,
) -> Result<InvoiceIssuance, DocumentError> {
    let created = request
        .request
        .as_ref()
        .ok_or(EventRequestError::NotFound)?;
    let reason = match created.status {
        RequestStatus::Cancelled => InvoiceReason::Cancelled,
        _ => InvoiceReason::Held,
    };
    // The request's rules first: ALREADY_INVOICED for a closed request, INVALID_TRANSITION
    // for one that is neither held nor cancelled.
    let request_events = request.decide(EventRequestCommand::Close {
        invoice: invoice_id,
        now,
    })?;
    let lines = billing::invoice_lines(created);
    if lines.is_empty() {
        return Err(InvoiceError::NothingToInvoice.into());
    }
    let (sequence_event, number) = take(sequence, Series::Invoice, now)?;
    let invoice_events = Invoice::default().decide(InvoiceCommand::IssueInvoice {
        invoice_id,
        number,
        event_request: created.id,
        mission: created.mission.clone(),
        issued_at: now,
        currency,
        lines,
        reason,
    })?;
    Ok(InvoiceIssuance {
        sequence: sequence_event,
        invoice: invoice_events,
        request: request_events,
        number,
    })
}

/// The events of issuing a credit note, by stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditNoteIssuance {
    pub sequence: SequenceEvent,
    pub invoice: Vec<InvoiceEvent>,
    pub number: DocumentNumber,
}

/// Issues a credit note on an invoice with the next credit-note number of the year.
/// `sequence` is the sequence of [`sequence_for`]`(Series::CreditNote, now)`.
pub fn issue_credit_note(
    invoice: &Invoice,
    sequence: &NumberSequence,
    credit_note_id: CreditNoteId,
    amount: Money,
    reason: Reason,
    unit: Option<UnitCode>,
    now: Timestamp,
) -> Result<CreditNoteIssuance, DocumentError> {
    let (sequence_event, number) = take(sequence, Series::CreditNote, now)?;
    let invoice_events = invoice.decide(InvoiceCommand::IssueCreditNote {
        credit_note_id,
        number,
        amount,
        reason,
        unit,
        issued_at: now,
    })?;
    Ok(CreditNoteIssuance {
        sequence: sequence_event,
        invoice: invoice_events,
        number,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invoice::InvoiceStatus;
    use crate::request::EventRequestEvent as E;
    use crate::testing::*;
    use crate::values::{Attendance, Description, Title};
    use rust_decimal::Decimal;

    const EARLY: &str = "2026-04-01T09:00:00-04:00";
    const AFTER: &str = "2026-05-13T09:00:00-04:00";

    fn history(confirmed: bool) -> Vec<E> {
        let mut events = vec![
            E::EventRequestCreated {
                id: request_id(1),
                reference: reference(1),
                mission: mission("FRA"),
                title: Title::parse("Oceans").expect("valid"),
                description: Description::parse("").expect("valid"),
                slot: slot("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00"),
                attendance: Attendance::new(40).expect("valid"),
                preferred_room: None,
                created_at: at(EARLY),
            },
            E::ServiceLineRequested {
                line: line_id(1),
                item: item("CAT-COFFEE", "CATERING", "4.50", 3, 1),
                quantity: qty("40"),
                note: note(""),
                requested_at: at(EARLY),
            },
            E::EventRequestSubmitted {
                focal_point: contact("Ana Lima"),
                submitted_at: at(EARLY),
            },
        ];
        if confirmed {
            events.push(E::ServiceLineConfirmed {
                line: line_id(1),
                rate_version: 1,
                unit_price: usd("4.50"),
                quoted: false,
                note: note(""),
                confirmed_at: at(EARLY),
            });
        }
        events.push(E::EventRequestApproved {
            room: room("CR4"),
            approved_at: at(EARLY),
        });
        events
    }

    fn held(confirmed: bool) -> EventRequest {
        let mut events = history(confirmed);
        events.push(E::EventRequestHeld {
            held_at: at("2026-05-12T12:00:00-04:00"),
        });
        EventRequest::replay(&events)
    }

    fn sequence_at(last: u32, series: Series) -> NumberSequence {
        let events: Vec<SequenceEvent> = (1..=last)
            .map(|number| SequenceEvent::NumberTaken {
                series,
                year: 2026,
                number,
            })
            .collect();
        NumberSequence::replay(&events)
    }

    #[test]
    fn a_held_request_gets_one_invoice_with_the_next_number_and_is_closed() {
        let issuance = issue_invoice(
            &held(true),
            &sequence_at(41, Series::Invoice),
            invoice_id(1),
            Currency::USD,
            at(AFTER),
        )
        .expect("billable");
        assert_eq!(issuance.number.to_string(), "INV-2026-000042");
        assert_eq!(
            issuance.sequence,
            SequenceEvent::NumberTaken {
                series: Series::Invoice,
                year: 2026,
                number: 42
            }
        );
        assert!(matches!(
            issuance.request[..],
            [E::EventRequestClosed { .. }]
        ));
        let invoice = Invoice::replay(&issuance.invoice);
        assert_eq!(invoice.total(), Some(usd("180.00")));
        assert_eq!(invoice.status(), Some(InvoiceStatus::Issued));
        assert_eq!(invoice.subtotals()[&unit("CATERING")], usd("180.00"));
    }

    #[test]
    fn a_held_request_without_confirmed_lines_has_nothing_to_invoice() {
        let error = issue_invoice(
            &held(false),
            &NumberSequence::default(),
            invoice_id(1),
            Currency::USD,
            at(AFTER),
        )
        .expect_err("nothing billable");
        assert_eq!(error.code(), ErrorCode::NothingToInvoice);
    }

    #[test]
    fn invoicing_twice_is_already_invoiced() {
        let request = held(true);
        let first = issue_invoice(
            &request,
            &NumberSequence::default(),
            invoice_id(1),
            Currency::USD,
            at(AFTER),
        )
        .expect("ok");
        let closed = first.request.iter().fold(request, EventRequest::evolve);
        let error = issue_invoice(
            &closed,
            &sequence_at(1, Series::Invoice),
            invoice_id(2),
            Currency::USD,
            at(AFTER),
        )
        .expect_err("closed");
        assert_eq!(error.code(), ErrorCode::AlreadyInvoiced);
    }

    #[test]
    fn an_approved_request_cannot_be_invoiced_yet() {
        let request = EventRequest::replay(&history(true));
        let error = issue_invoice(
            &request,
            &NumberSequence::default(),
            invoice_id(1),
            Currency::USD,
            at(AFTER),
        )
        .expect_err("not held");
        assert_eq!(error.code(), ErrorCode::InvalidTransition);
    }

    #[test]
    fn a_late_cancellation_is_invoiced_for_its_fees() {
        let mut events = history(true);
        events.push(E::EventRequestCancelled {
            reason: reason("Postponed"),
            fee_rate: Decimal::ONE,
            cancelled_at: at("2026-05-11T10:00:00-04:00"),
        });
        events.push(E::ServiceLineCancelled {
            line: line_id(1),
            reason: None,
            with_request: true,
            fee_rate: Decimal::ONE,
            cancelled_at: at("2026-05-11T10:00:00-04:00"),
        });
        let issuance = issue_invoice(
            &EventRequest::replay(&events),
            &NumberSequence::default(),
            invoice_id(1),
            Currency::USD,
            at(AFTER),
        )
        .expect("fees");
        let invoice = Invoice::replay(&issuance.invoice);
        assert_eq!(invoice.total(), Some(usd("180.00")));
        assert_eq!(
            invoice.issued().map(|issued| issued.reason()),
            Some(InvoiceReason::Cancelled)
        );
    }

    #[test]
    fn two_issuers_reading_the_same_sequence_claim_the_same_number_and_expect_the_same_version() {
        // The store lets only the first append (expected version 7) through; the second
        // re-reads and gets 9. This is the domain half of the gap-free guarantee.
        let sequence = sequence_at(7, Series::Invoice);
        let a = issue_invoice(
            &held(true),
            &sequence,
            invoice_id(1),
            Currency::USD,
            at(AFTER),
        )
        .expect("ok");
        let b = issue_invoice(
            &held(true),
            &sequence,
            invoice_id(2),
            Currency::USD,
            at(AFTER),
        )
        .expect("ok");
        assert_eq!(a.number, b.number);
        assert_eq!(sequence.last(), 7);
        let after_a = sequence.clone().evolve(&a.sequence);
        let retried = issue_invoice(
            &held(true),
            &after_a,
            invoice_id(2),
            Currency::USD,
            at(AFTER),
        )
        .expect("ok");
        assert_eq!(retried.number.number(), 9);
    }

    #[test]
    fn numbers_restart_each_new_york_year() {
        // 04:30 UTC on 1 January 2027 is still 31 December 2026 in New York.
        assert_eq!(
            sequence_for(Series::Invoice, at("2027-01-01T04:30:00Z")),
            (Series::Invoice, 2026)
        );
        assert_eq!(
            sequence_for(Series::Invoice, at("2027-01-01T05:00:00Z")),
            (Series::Invoice, 2027)
        );
    }

    #[test]
    fn credit_notes_take_their_own_series() {
        let issuance = issue_invoice(
            &held(true),
            &NumberSequence::default(),
            invoice_id(1),
            Currency::USD,
            at(AFTER),
        )
        .expect("ok");
        let invoice = Invoice::replay(&issuance.invoice);
        let credit = issue_credit_note(
            &invoice,
            &sequence_at(3, Series::CreditNote),
            crate::ids::CreditNoteId::new(uuid7(4_001)).expect("v7"),
            usd("30.00"),
            reason("Coffee arrived late"),
            Some(unit("CATERING")),
            at(AFTER),
        )
        .expect("within total");
        assert_eq!(credit.number.to_string(), "CN-2026-000004");
        let credited = credit.invoice.iter().fold(invoice.clone(), Invoice::evolve);
        assert_eq!(credited.balance(), Some(usd("150.00")));
        let error = issue_credit_note(
            &invoice,
            &NumberSequence::default(),
            crate::ids::CreditNoteId::new(uuid7(4_002)).expect("v7"),
            usd("180.01"),
            reason("Too much"),
            None,
            at(AFTER),
        )
        .expect_err("exceeds");
        assert_eq!(error.code(), ErrorCode::CreditExceedsInvoice);
    }

    #[test]
    fn references_come_from_the_request_series() {
        let (event, reference) =
            take_reference(&sequence_at(122, Series::Request), at(EARLY)).expect("ok");
        assert_eq!(reference.as_str(), "SE-2026-000123");
        assert_eq!(
            event,
            SequenceEvent::NumberTaken {
                series: Series::Request,
                year: 2026,
                number: 123
            }
        );
    }
}
