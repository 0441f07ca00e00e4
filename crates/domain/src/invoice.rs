//! The invoice: one consolidated bill per held or cancelled request, one stream per invoice.
//!
//! An issued invoice never changes. Corrections are credit notes, and payments reduce the
//! balance: `balance = total − credited − paid`. Credit notes in total never exceed the invoice
//! total, and a payment never exceeds the balance at the time it is recorded.
//!
//! A credit note is bounded by the total, not by the balance: crediting an invoice that was
//! already paid is allowed and makes the balance negative, which is money owed back to the
//! mission (a refund is outside this aggregate).
//!
//! Each unit's share of the invoice is tracked too. A credit note naming a unit takes from that
//! unit; one without a unit is spread pro rata over what each unit still has on the invoice
//! (see [`crate::revenue::allocate_pro_rata`]). A credit naming a unit may not exceed what that
//! unit still has, so no unit's revenue from an invoice ever falls below zero.

use jiff::Timestamp;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::aggregate::{Aggregate, DomainEvent};
use crate::bill::BillLine;
use crate::error::{ErrorCode, Param, Rejection};
use crate::ids::{CreditNoteId, EventRequestId, InvoiceId, PaymentId, ServiceLineId};
use crate::money::{Currency, Money};
use crate::revenue::allocate_pro_rata;
use crate::sequence::{DocumentNumber, Series, year_of_issue};
use crate::values::{MissionCode, PaymentReference, Reason, UnitCode, ValueError};

/// Why a request is invoiced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InvoiceReason {
    /// The event took place: confirmed and delivered lines are billed.
    Held,
    /// The request was cancelled late: cancellation fees are billed.
    Cancelled,
}

impl InvoiceReason {
    /// The wire name, e.g. `HELD`.
    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceReason::Held => "HELD",
            InvoiceReason::Cancelled => "CANCELLED",
        }
    }
}

/// Where an issued invoice stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceStatus {
    /// Nothing paid yet, something still to pay.
    Issued,
    /// Some paid, some still to pay.
    PartiallyPaid,
    /// Nothing left to pay (the balance may be negative: money owed back).
    Paid,
    /// Credit notes cover the whole total.
    Credited,
}

impl InvoiceStatus {
    /// The wire name, e.g. `PARTIALLY_PAID`.
    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceStatus::Issued => "ISSUED",
            InvoiceStatus::PartiallyPaid => "PARTIALLY_PAID",
            InvoiceStatus::Paid => "PAID",
            InvoiceStatus::Credited => "CREDITED",
        }
    }
}

/// A credit note on an invoice, as issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditNote {
    pub id: CreditNoteId,
    pub number: DocumentNumber,
    pub amount: Money,
    pub reason: Reason,
    /// The unit credited; `None` spreads the credit pro rata over the units.
    pub unit: Option<UnitCode>,
    pub issued_at: Timestamp,
}

/// A payment received for an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub id: PaymentId,
    pub amount: Money,
    pub reference: PaymentReference,
    pub received_at: Timestamp,
}

/// The state of one invoice stream: nothing before the invoice is issued.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Invoice {
    issued: Option<IssuedInvoice>,
}

/// An issued invoice with its credit notes and payments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedInvoice {
    id: InvoiceId,
    number: DocumentNumber,
    event_request: EventRequestId,
    mission: MissionCode,
    issued_at: Timestamp,
    currency: Currency,
    lines: Vec<BillLine>,
    reason: InvoiceReason,
    total: Money,
    credit_notes: Vec<CreditNote>,
    payments: Vec<Payment>,
}

impl Invoice {
    /// The most lines one invoice holds.
    pub const MAX_LINES: usize = 1_000;
    /// The most credit notes one invoice receives.
    pub const MAX_CREDIT_NOTES: usize = 100;
    /// The most payments one invoice receives.
    pub const MAX_PAYMENTS: usize = 1_000;

    /// The invoice, once issued.
    pub fn issued(&self) -> Option<&IssuedInvoice> {
        self.issued.as_ref()
    }

    /// Whether the invoice was issued.
    pub fn is_issued(&self) -> bool {
        self.issued.is_some()
    }

    /// See [`IssuedInvoice::total`]; `None` before the invoice is issued.
    pub fn total(&self) -> Option<Money> {
        self.issued().map(IssuedInvoice::total)
    }

    /// See [`IssuedInvoice::subtotals`]; empty before the invoice is issued.
    pub fn subtotals(&self) -> BTreeMap<UnitCode, Money> {
        self.issued()
            .map(IssuedInvoice::subtotals)
            .unwrap_or_default()
    }

    /// See [`IssuedInvoice::credited`]; `None` before the invoice is issued.
    pub fn credited(&self) -> Option<Money> {
        self.issued().map(IssuedInvoice::credited)
    }

    /// See [`IssuedInvoice::paid`]; `None` before the invoice is issued.
    pub fn paid(&self) -> Option<Money> {
        self.issued().map(IssuedInvoice::paid)
    }

    /// See [`IssuedInvoice::balance`]; `None` before the invoice is issued.
    pub fn balance(&self) -> Option<Money> {
        self.issued().map(IssuedInvoice::balance)
    }

    /// See [`IssuedInvoice::status`]; `None` before the invoice is issued.
    pub fn status(&self) -> Option<InvoiceStatus> {
        self.issued().map(IssuedInvoice::status)
    }
}

impl IssuedInvoice {
    /// The invoice's id.
    pub fn id(&self) -> InvoiceId {
        self.id
    }

    /// The invoice number, `INV-YYYY-NNNNNN`.
    pub fn number(&self) -> DocumentNumber {
        self.number
    }

    /// The request invoiced.
    pub fn event_request(&self) -> EventRequestId {
        self.event_request
    }

    /// The mission billed.
    pub fn mission(&self) -> &MissionCode {
        &self.mission
    }

    /// When the invoice was issued.
    pub fn issued_at(&self) -> Timestamp {
        self.issued_at
    }

    /// The currency of every amount on the invoice.
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// The billed lines, in the order issued.
    pub fn lines(&self) -> &[BillLine] {
        &self.lines
    }

    /// Whether the request was held or cancelled.
    pub fn reason(&self) -> InvoiceReason {
        self.reason
    }

    /// The credit notes, in the order issued.
    pub fn credit_notes(&self) -> &[CreditNote] {
        &self.credit_notes
    }

    /// The payments, in the order recorded.
    pub fn payments(&self) -> &[Payment] {
        &self.payments
    }

    /// The sum of the rounded line amounts.
    pub fn total(&self) -> Money {
        self.total
    }

    /// Per unit, the sum of its rounded line amounts.
    pub fn subtotals(&self) -> BTreeMap<UnitCode, Money> {
        let mut subtotals = BTreeMap::new();
        for line in &self.lines {
            let subtotal = subtotals
                .entry(line.unit.clone())
                .or_insert_with(|| Money::zero(self.currency));
            *subtotal = add(subtotal, &line.amount);
        }
        subtotals
    }

    /// The sum of the credit notes.
    pub fn credited(&self) -> Money {
        self.sum(self.credit_notes.iter().map(|note| &note.amount))
    }

    /// The sum of the payments.
    pub fn paid(&self) -> Money {
        self.sum(self.payments.iter().map(|payment| &payment.amount))
    }

    /// `total − credited − paid`; negative when credit notes came after payment (owed back).
    pub fn balance(&self) -> Money {
        sub(&sub(&self.total, &self.credited()), &self.paid())
    }

    /// What can still be credited: `total − credited`.
    pub fn creditable(&self) -> Money {
        sub(&self.total, &self.credited())
    }

    /// `CREDITED` when credit notes cover the total; else `PAID` when the balance is not
    /// positive; else `PARTIALLY_PAID` when something was paid; else `ISSUED`.
    pub fn status(&self) -> InvoiceStatus {
        if self.total.is_positive() && self.credited() == self.total {
            InvoiceStatus::Credited
        } else if !self.balance().is_positive() {
            InvoiceStatus::Paid
        } else if self.paid().is_positive() {
            InvoiceStatus::PartiallyPaid
        } else {
            InvoiceStatus::Issued
        }
    }

    /// Per unit, its subtotal minus what was credited to it: the unit's revenue from this
    /// invoice, and also the most a credit note naming the unit may still take.
    ///
    /// Credit notes are applied in order; one without a unit is spread pro rata over what
    /// each unit still has at that point. Every value is zero or more, and the values sum to
    /// [`IssuedInvoice::creditable`].
    pub fn net_by_unit(&self) -> BTreeMap<UnitCode, Money> {
        let mut open = self.subtotals();
        for note in &self.credit_notes {
            let shares = match &note.unit {
                Some(unit) => BTreeMap::from([(unit.clone(), note.amount)]),
                None => allocate_pro_rata(note.amount, &open),
            };
            for (unit, share) in shares {
                if let Some(left) = open.get_mut(&unit) {
                    *left = sub(left, &share);
                }
            }
        }
        open
    }

    /// Per unit, what the credit notes took from it (named, or its pro-rata share).
    pub fn credited_by_unit(&self) -> BTreeMap<UnitCode, Money> {
        let net = self.net_by_unit();
        self.subtotals()
            .into_iter()
            .map(|(unit, subtotal)| {
                let credited = net
                    .get(&unit)
                    .map_or(Money::zero(self.currency), |left| sub(&subtotal, left));
                (unit, credited)
            })
            .collect()
    }

    fn sum<'a>(&self, amounts: impl IntoIterator<Item = &'a Money>) -> Money {
        Money::sum(self.currency, amounts).expect(INVOICE_CURRENCY)
    }

    /// The checks every credit and payment amount passes: above zero, in the invoice currency.
    fn check_amount(&self, amount: &Money) -> Result<(), InvoiceError> {
        if !amount.is_positive() {
            return Err(InvoiceError::Value {
                field: Some("amount"),
                error: ValueError::AmountNotPositive,
            });
        }
        if amount.currency() != self.currency {
            return Err(InvoiceError::Value {
                field: Some("amount"),
                error: ValueError::CurrencyMismatch {
                    expected: self.currency.to_string(),
                    actual: amount.currency().to_string(),
                },
            });
        }
        Ok(())
    }
}

/// Why sums inside an invoice never meet two currencies.
const INVOICE_CURRENCY: &str = "decide admits only amounts in the invoice currency";

fn add(left: &Money, right: &Money) -> Money {
    left.checked_add(right).expect(INVOICE_CURRENCY)
}

fn sub(left: &Money, right: &Money) -> Money {
    left.checked_sub(right).expect(INVOICE_CURRENCY)
}

/// What finance asks of an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvoiceCommand {
    /// Issues the invoice of a held or cancelled request. The lines come from the request,
    /// the number from the invoice series of the venue-zone year of `issued_at`.
    IssueInvoice {
        invoice_id: InvoiceId,
        number: DocumentNumber,
        event_request: EventRequestId,
        mission: MissionCode,
        issued_at: Timestamp,
        currency: Currency,
        lines: Vec<BillLine>,
        reason: InvoiceReason,
    },
    /// Credits part or all of the invoice, to one unit or spread over all.
    IssueCreditNote {
        credit_note_id: CreditNoteId,
        number: DocumentNumber,
        amount: Money,
        reason: Reason,
        unit: Option<UnitCode>,
        issued_at: Timestamp,
    },
    /// Records money received for the invoice.
    RecordPayment {
        payment_id: PaymentId,
        amount: Money,
        reference: PaymentReference,
        received_at: Timestamp,
    },
}

/// What happened to an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum InvoiceEvent {
    /// `total` is the sum of the rounded line amounts, all in `currency`.
    InvoiceIssued {
        invoice_id: InvoiceId,
        number: DocumentNumber,
        event_request: EventRequestId,
        mission: MissionCode,
        issued_at: Timestamp,
        currency: Currency,
        lines: Vec<BillLine>,
        reason: InvoiceReason,
        total: Money,
    },
    CreditNoteIssued {
        credit_note_id: CreditNoteId,
        number: DocumentNumber,
        amount: Money,
        reason: Reason,
        unit: Option<UnitCode>,
        issued_at: Timestamp,
    },
    PaymentRecorded {
        payment_id: PaymentId,
        amount: Money,
        reference: PaymentReference,
        received_at: Timestamp,
    },
}

impl InvoiceEvent {
    /// Whether the event holds together on its own: an issued invoice's total is the sum of
    /// its rounded lines, all in its currency; credit notes and payments are positive; numbers
    /// are of the right series. `decide` asserts it; the store can check it on read-back.
    pub fn is_consistent(&self) -> bool {
        match self {
            InvoiceEvent::InvoiceIssued {
                number,
                currency,
                lines,
                total,
                ..
            } => {
                let same_currency = lines.iter().all(|line| {
                    line.amount.currency() == *currency && line.unit_price.currency() == *currency
                });
                let sum = Money::sum(*currency, lines.iter().map(|line| &line.amount));
                number.series() == Series::Invoice && same_currency && sum.as_ref() == Ok(total)
            }
            InvoiceEvent::CreditNoteIssued { number, amount, .. } => {
                number.series() == Series::CreditNote && amount.is_positive()
            }
            InvoiceEvent::PaymentRecorded { amount, .. } => amount.is_positive(),
        }
    }
}

/// Why an invoice refuses a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvoiceError {
    #[error("the request was already invoiced as {number}")]
    AlreadyInvoiced { number: DocumentNumber },
    #[error("no such invoice")]
    NotFound,
    #[error("the request has no line with an amount to invoice")]
    NothingToInvoice,
    #[error("{error}")]
    Value {
        field: Option<&'static str>,
        error: ValueError,
    },
    #[error("{number} is not a number of the {series} series of {year}")]
    WrongNumber {
        number: DocumentNumber,
        series: Series,
        year: i16,
    },
    #[error("the line of service line {service_line}: {rule}")]
    InvalidLine {
        service_line: ServiceLineId,
        rule: &'static str,
    },
    #[error("an invoice holds at most {max} {kind}")]
    TooMany { kind: &'static str, max: usize },
    #[error("unit {unit} has no line on this invoice")]
    UnknownUnit { unit: UnitCode },
    #[error("at most {available} can still be credited")]
    CreditExceedsInvoice {
        available: Money,
        /// The unit whose share is exceeded; `None` when the invoice total is.
        unit: Option<UnitCode>,
    },
    #[error("a payment may not exceed the balance of {balance}")]
    Overpayment { balance: Money },
}

impl Rejection for InvoiceError {
    fn code(&self) -> ErrorCode {
        match self {
            InvoiceError::AlreadyInvoiced { .. } => ErrorCode::AlreadyInvoiced,
            InvoiceError::NotFound => ErrorCode::NotFound,
            InvoiceError::NothingToInvoice => ErrorCode::NothingToInvoice,
            InvoiceError::Value { .. }
            | InvoiceError::WrongNumber { .. }
            | InvoiceError::InvalidLine { .. }
            | InvoiceError::TooMany { .. }
            | InvoiceError::UnknownUnit { .. } => ErrorCode::Validation,
            InvoiceError::CreditExceedsInvoice { .. } => ErrorCode::CreditExceedsInvoice,
            InvoiceError::Overpayment { .. } => ErrorCode::Overpayment,
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            InvoiceError::AlreadyInvoiced { .. } | InvoiceError::NothingToInvoice => {
                Some("eventRequestId")
            }
            InvoiceError::NotFound => Some("invoiceId"),
            InvoiceError::Value { field, .. } => *field,
            InvoiceError::WrongNumber { .. }
            | InvoiceError::InvalidLine { .. }
            | InvoiceError::TooMany { .. } => None,
            InvoiceError::UnknownUnit { .. } => Some("unitCode"),
            InvoiceError::CreditExceedsInvoice { .. } | InvoiceError::Overpayment { .. } => {
                Some("amount")
            }
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            InvoiceError::AlreadyInvoiced { number } => vec![("number", number.to_string())],
            InvoiceError::NotFound | InvoiceError::NothingToInvoice => Vec::new(),
            InvoiceError::Value { error, .. } => error.params(),
            InvoiceError::WrongNumber {
                number,
                series,
                year,
            } => vec![
                ("number", number.to_string()),
                ("series", series.to_string()),
                ("year", year.to_string()),
            ],
            InvoiceError::InvalidLine { service_line, rule } => vec![
                ("serviceLineId", service_line.to_string()),
                ("rule", rule.to_string()),
            ],
            InvoiceError::TooMany { kind, max } => {
                vec![("kind", kind.to_string()), ("max", max.to_string())]
            }
            InvoiceError::UnknownUnit { unit } => vec![("unitCode", unit.to_string())],
            InvoiceError::CreditExceedsInvoice { available, unit } => {
                let mut params = money_params("available", available);
                if let Some(unit) = unit {
                    params.push(("unitCode", unit.to_string()));
                }
                params
            }
            InvoiceError::Overpayment { balance } => money_params("balance", balance),
        }
    }
}

fn money_params(name: &'static str, money: &Money) -> Vec<Param> {
    vec![
        (name, money.amount().to_string()),
        ("currency", money.currency().to_string()),
    ]
}

impl DomainEvent for InvoiceEvent {
    fn event_type(&self) -> &'static str {
        match self {
            InvoiceEvent::InvoiceIssued { .. } => "InvoiceIssued",
            InvoiceEvent::CreditNoteIssued { .. } => "CreditNoteIssued",
            InvoiceEvent::PaymentRecorded { .. } => "PaymentRecorded",
        }
    }
}

impl Aggregate for Invoice {
    type Command = InvoiceCommand;
    type Event = InvoiceEvent;
    type Error = InvoiceError;

    fn decide(&self, command: InvoiceCommand) -> Result<Vec<InvoiceEvent>, InvoiceError> {
        let event = match command {
            InvoiceCommand::IssueInvoice {
                invoice_id,
                number,
                event_request,
                mission,
                issued_at,
                currency,
                lines,
                reason,
            } => {
                if let Some(issued) = &self.issued {
                    return Err(InvoiceError::AlreadyInvoiced {
                        number: issued.number,
                    });
                }
                check_number(number, Series::Invoice, issued_at)?;
                let total = check_lines(currency, &lines)?;
                InvoiceEvent::InvoiceIssued {
                    invoice_id,
                    number,
                    event_request,
                    mission,
                    issued_at,
                    currency,
                    lines,
                    reason,
                    total,
                }
            }
            InvoiceCommand::IssueCreditNote {
                credit_note_id,
                number,
                amount,
                reason,
                unit,
                issued_at,
            } => {
                let issued = self.issued.as_ref().ok_or(InvoiceError::NotFound)?;
                check_number(number, Series::CreditNote, issued_at)?;
                issued.check_amount(&amount)?;
                if issued.credit_notes.len() >= Invoice::MAX_CREDIT_NOTES {
                    return Err(InvoiceError::TooMany {
                        kind: "credit notes",
                        max: Invoice::MAX_CREDIT_NOTES,
                    });
                }
                check_credit(issued, &amount, unit.as_ref())?;
                InvoiceEvent::CreditNoteIssued {
                    credit_note_id,
                    number,
                    amount,
                    reason,
                    unit,
                    issued_at,
                }
            }
            InvoiceCommand::RecordPayment {
                payment_id,
                amount,
                reference,
                received_at,
            } => {
                let issued = self.issued.as_ref().ok_or(InvoiceError::NotFound)?;
                issued.check_amount(&amount)?;
                if issued.payments.len() >= Invoice::MAX_PAYMENTS {
                    return Err(InvoiceError::TooMany {
                        kind: "payments",
                        max: Invoice::MAX_PAYMENTS,
                    });
                }
                let balance = issued.balance();
                if amount.amount() > balance.amount() {
                    return Err(InvoiceError::Overpayment { balance });
                }
                InvoiceEvent::PaymentRecorded {
                    payment_id,
                    amount,
                    reference,
                    received_at,
                }
            }
        };
        debug_assert!(event.is_consistent(), "decided an inconsistent {event:?}");
        Ok(vec![event])
    }

    fn evolve(mut self, event: &InvoiceEvent) -> Self {
        match event {
            InvoiceEvent::InvoiceIssued {
                invoice_id,
                number,
                event_request,
                mission,
                issued_at,
                currency,
                lines,
                reason,
                total,
            } => {
                self.issued = Some(IssuedInvoice {
                    id: *invoice_id,
                    number: *number,
                    event_request: *event_request,
                    mission: mission.clone(),
                    issued_at: *issued_at,
                    currency: *currency,
                    lines: lines.clone(),
                    reason: *reason,
                    total: *total,
                    credit_notes: Vec::new(),
                    payments: Vec::new(),
                });
            }
            InvoiceEvent::CreditNoteIssued {
                credit_note_id,
                number,
                amount,
                reason,
                unit,
                issued_at,
            } => {
                debug_assert!(self.issued.is_some(), "a credit note before its invoice");
                if let Some(issued) = &mut self.issued {
                    issued.credit_notes.push(CreditNote {
                        id: *credit_note_id,
                        number: *number,
                        amount: *amount,
                        reason: reason.clone(),
                        unit: unit.clone(),
                        issued_at: *issued_at,
                    });
                }
            }
            InvoiceEvent::PaymentRecorded {
                payment_id,
                amount,
                reference,
                received_at,
            } => {
                debug_assert!(self.issued.is_some(), "a payment before its invoice");
                if let Some(issued) = &mut self.issued {
                    issued.payments.push(Payment {
                        id: *payment_id,
                        amount: *amount,
                        reference: reference.clone(),
                        received_at: *received_at,
                    });
                }
            }
        }
        self
    }
}

/// A document is numbered in its own series, in the venue-zone year it is issued.
fn check_number(
    number: DocumentNumber,
    series: Series,
    issued_at: Timestamp,
) -> Result<(), InvoiceError> {
    let year = year_of_issue(issued_at);
    if number.series() == series && number.year() == year {
        Ok(())
    } else {
        Err(InvoiceError::WrongNumber {
            number,
            series,
            year,
        })
    }
}

/// Checks the lines of a new invoice and returns their total.
fn check_lines(currency: Currency, lines: &[BillLine]) -> Result<Money, InvoiceError> {
    if lines.len() > Invoice::MAX_LINES {
        return Err(InvoiceError::TooMany {
            kind: "lines",
            max: Invoice::MAX_LINES,
        });
    }
    let mut service_lines = BTreeSet::new();
    for line in lines {
        let invalid = |rule| InvoiceError::InvalidLine {
            service_line: line.service_line,
            rule,
        };
        if line.unit_price.currency() != currency || line.amount.currency() != currency {
            return Err(invalid("every amount must be in the invoice currency"));
        }
        if line.unit_price.is_negative() || line.amount.is_negative() {
            return Err(invalid("amounts must not be negative"));
        }
        if line
            .fee_rate
            .is_some_and(|rate| rate < Decimal::ZERO || rate > Decimal::ONE)
        {
            return Err(invalid("a fee rate must be from 0 to 1"));
        }
        if line.amount != line_amount(line) {
            return Err(invalid(
                "the amount must be round(quantity × unit price), times the fee rate for a fee",
            ));
        }
        if !service_lines.insert(line.service_line) {
            return Err(invalid("a service line is billed once"));
        }
    }
    if !lines.iter().any(|line| line.amount.is_positive()) {
        return Err(InvoiceError::NothingToInvoice);
    }
    let total = Money::sum(currency, lines.iter().map(|line| &line.amount))
        .expect("every line was checked to be in the invoice currency");
    // The total must stay a valid amount, or the event could not be read back.
    Money::new(total.amount(), currency).map_err(|error| InvoiceError::Value { field: None, error })
}

/// What a line must amount to: `round(quantity × unit price)`, then for a fee
/// `round(that × fee rate)`, both half-to-even to two places.
fn line_amount(line: &BillLine) -> Money {
    let amount = line.unit_price.times(line.quantity);
    match line.fee_rate {
        Some(rate) => amount.scaled(rate),
        None => amount,
    }
}

/// A credit note stays within what is left of the total and, when it names a unit, within what
/// is left of that unit's subtotal.
fn check_credit(
    issued: &IssuedInvoice,
    amount: &Money,
    unit: Option<&UnitCode>,
) -> Result<(), InvoiceError> {
    let net = issued.net_by_unit();
    let unit_left = match unit {
        Some(unit) => match net.get(unit) {
            Some(left) => Some((unit, *left)),
            None => return Err(InvoiceError::UnknownUnit { unit: unit.clone() }),
        },
        None => None,
    };
    let available = issued.creditable();
    if amount.amount() > available.amount() {
        return Err(InvoiceError::CreditExceedsInvoice {
            available,
            unit: None,
        });
    }
    if let Some((unit, left)) = unit_left
        && amount.amount() > left.amount()
    {
        return Err(InvoiceError::CreditExceedsInvoice {
            available: left,
            unit: Some(unit.clone()),
        });
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) mod tests {
    use super::*;
    use crate::ids::ServiceLineId;
    use crate::testing::given;
    use crate::values::{ItemCode, Quantity};
    use proptest::prelude::*;
    use uuid::Uuid;

    pub(crate) fn uuid(n: u128) -> Uuid {
        Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 | n)
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    pub(crate) fn usd(amount: &str) -> Money {
        Money::parse(amount, Currency::USD).unwrap()
    }

    pub(crate) fn unit(code: &str) -> UnitCode {
        UnitCode::parse(code).unwrap()
    }

    pub(crate) fn line(n: u128, unit_code: &str, quantity: &str, price: &str) -> BillLine {
        BillLine::priced(
            ServiceLineId::new(uuid(n)).unwrap(),
            unit(unit_code),
            ItemCode::parse("CAT-COFFEE").unwrap(),
            1,
            Quantity::parse(quantity).unwrap(),
            usd(price),
        )
    }

    /// Catering 60.00 and audio-visual 40.00: 100.00 in all.
    fn standard_lines() -> Vec<BillLine> {
        vec![
            line(1, "CATERING", "20", "3.00"),
            line(2, "AV", "2", "20.00"),
        ]
    }

    fn invoice_number(number: u32) -> DocumentNumber {
        DocumentNumber::new(Series::Invoice, 2026, number).unwrap()
    }

    fn credit_number(number: u32) -> DocumentNumber {
        DocumentNumber::new(Series::CreditNote, 2026, number).unwrap()
    }

    const ISSUED_AT: &str = "2026-03-02T15:00:00Z";

    fn issue(lines: Vec<BillLine>) -> InvoiceCommand {
        InvoiceCommand::IssueInvoice {
            invoice_id: InvoiceId::new(uuid(100)).unwrap(),
            number: invoice_number(1),
            event_request: EventRequestId::new(uuid(200)).unwrap(),
            mission: MissionCode::parse("FRA").unwrap(),
            issued_at: at(ISSUED_AT),
            currency: Currency::USD,
            lines,
            reason: InvoiceReason::Held,
        }
    }

    pub(crate) fn issued(lines: Vec<BillLine>, total: &str) -> InvoiceEvent {
        InvoiceEvent::InvoiceIssued {
            invoice_id: InvoiceId::new(uuid(100)).unwrap(),
            number: invoice_number(1),
            event_request: EventRequestId::new(uuid(200)).unwrap(),
            mission: MissionCode::parse("FRA").unwrap(),
            issued_at: at(ISSUED_AT),
            currency: Currency::USD,
            lines,
            reason: InvoiceReason::Held,
            total: usd(total),
        }
    }

    pub(crate) fn standard_invoice() -> InvoiceEvent {
        issued(standard_lines(), "100.00")
    }

    fn credit(n: u32, amount: Money, unit_code: Option<&str>) -> InvoiceCommand {
        InvoiceCommand::IssueCreditNote {
            credit_note_id: CreditNoteId::new(uuid(300 + u128::from(n))).unwrap(),
            number: credit_number(n),
            amount,
            reason: Reason::parse("Coffee served late").unwrap(),
            unit: unit_code.map(unit),
            issued_at: at("2026-03-10T15:00:00Z"),
        }
    }

    pub(crate) fn credited(n: u32, amount: Money, unit_code: Option<&str>) -> InvoiceEvent {
        InvoiceEvent::CreditNoteIssued {
            credit_note_id: CreditNoteId::new(uuid(300 + u128::from(n))).unwrap(),
            number: credit_number(n),
            amount,
            reason: Reason::parse("Coffee served late").unwrap(),
            unit: unit_code.map(unit),
            issued_at: at("2026-03-10T15:00:00Z"),
        }
    }

    fn pay(n: u32, amount: Money) -> InvoiceCommand {
        InvoiceCommand::RecordPayment {
            payment_id: PaymentId::new(uuid(5000 + u128::from(n))).unwrap(),
            amount,
            reference: PaymentReference::parse("BANK-REF-1").unwrap(),
            received_at: at("2026-03-20T15:00:00Z"),
        }
    }

    fn paid(n: u32, amount: Money) -> InvoiceEvent {
        InvoiceEvent::PaymentRecorded {
            payment_id: PaymentId::new(uuid(5000 + u128::from(n))).unwrap(),
            amount,
            reference: PaymentReference::parse("BANK-REF-1").unwrap(),
            received_at: at("2026-03-20T15:00:00Z"),
        }
    }

    // Issuing.

    #[test]
    fn issuing_records_the_lines_and_their_total() {
        let state = given::<Invoice>([])
            .when(issue(standard_lines()))
            .then(vec![standard_invoice()]);
        let invoice = state.issued().unwrap();
        assert_eq!(invoice.number().to_string(), "INV-2026-000001");
        assert_eq!(invoice.mission().as_str(), "FRA");
        assert_eq!(invoice.reason(), InvoiceReason::Held);
        assert_eq!(invoice.lines().len(), 2);
        assert_eq!(state.total(), Some(usd("100.00")));
        assert_eq!(
            state.subtotals(),
            BTreeMap::from([(unit("AV"), usd("40.00")), (unit("CATERING"), usd("60.00")),])
        );
        assert_eq!(state.credited(), Some(usd("0")));
        assert_eq!(state.paid(), Some(usd("0")));
        assert_eq!(state.balance(), Some(usd("100.00")));
        assert_eq!(state.status(), Some(InvoiceStatus::Issued));
    }

    #[test]
    fn before_issue_there_is_nothing_to_read() {
        let state = Invoice::default();
        assert!(!state.is_issued());
        assert_eq!(state.total(), None);
        assert!(state.subtotals().is_empty());
        assert_eq!(state.credited(), None);
        assert_eq!(state.paid(), None);
        assert_eq!(state.balance(), None);
        assert_eq!(state.status(), None);
    }

    #[test]
    fn lines_are_rounded_half_to_even_one_by_one() {
        // 1.5 × 0.67 = 1.005, which rounds to 1.00 (to the even cent), not 1.01. Three such
        // lines make 3.00, not round(3.015) = 3.02.
        let lines: Vec<BillLine> = (1..=3)
            .map(|n| line(n, "CATERING", "1.5", "0.67"))
            .collect();
        assert!(lines.iter().all(|line| line.amount == usd("1.00")));
        given::<Invoice>([])
            .when(issue(lines.clone()))
            .then(vec![issued(lines, "3.00")]);
        // 2.5 × 0.67 = 1.675 rounds up to the even 1.68.
        assert_eq!(line(4, "AV", "2.5", "0.67").amount, usd("1.68"));
    }

    #[test]
    fn a_cancelled_request_is_invoiced_for_its_fees() {
        let fees = vec![
            line(1, "CATERING", "10", "3.35").fee(Decimal::new(5, 1)),
            line(2, "AV", "1", "0.05").fee(Decimal::new(5, 1)),
            line(3, "SECURITY", "2", "10.00").fee(Decimal::ONE),
        ];
        // 33.50 / 2 = 16.75; 0.05 / 2 = 0.025, half-to-even 0.02; 20.00 in full.
        let amounts: Vec<Money> = fees.iter().map(|fee| fee.amount).collect();
        assert_eq!(amounts, vec![usd("16.75"), usd("0.02"), usd("20.00")]);
        let InvoiceCommand::IssueInvoice {
            invoice_id,
            number,
            event_request,
            mission,
            issued_at,
            currency,
            ..
        } = issue(Vec::new())
        else {
            unreachable!()
        };
        let command = InvoiceCommand::IssueInvoice {
            invoice_id,
            number,
            event_request,
            mission: mission.clone(),
            issued_at,
            currency,
            lines: fees.clone(),
            reason: InvoiceReason::Cancelled,
        };
        given::<Invoice>([])
            .when(command)
            .then(vec![InvoiceEvent::InvoiceIssued {
                invoice_id,
                number,
                event_request,
                mission,
                issued_at,
                currency,
                lines: fees,
                reason: InvoiceReason::Cancelled,
                total: usd("36.77"),
            }]);
    }

    #[test]
    fn nothing_to_invoice_without_a_line_above_zero() {
        let error = given::<Invoice>([]).when(issue(Vec::new())).error();
        assert_eq!(error, InvoiceError::NothingToInvoice);
        assert_eq!(error.code(), ErrorCode::NothingToInvoice);
        assert_eq!(error.field(), Some("eventRequestId"));
        let free = line(1, "CATERING", "3", "0.00");
        let waived = line(2, "AV", "1", "50.00").fee(Decimal::ZERO);
        given::<Invoice>([])
            .when(issue(vec![free.clone(), waived.clone()]))
            .then_err(InvoiceError::NothingToInvoice);
        // A line at zero may go along with billable ones.
        given::<Invoice>([])
            .when(issue(vec![free.clone(), line(3, "AV", "1", "0.01")]))
            .then(vec![issued(vec![free, line(3, "AV", "1", "0.01")], "0.01")]);
    }

    #[test]
    fn a_request_is_invoiced_once() {
        let error = given::<Invoice>([standard_invoice()])
            .when(issue(standard_lines()))
            .error();
        assert_eq!(
            error,
            InvoiceError::AlreadyInvoiced {
                number: invoice_number(1)
            }
        );
        assert_eq!(error.code(), ErrorCode::AlreadyInvoiced);
        assert_eq!(
            error.params(),
            vec![("number", "INV-2026-000001".to_string())]
        );
    }

    fn issue_numbered(number: DocumentNumber, issued_at: &str) -> InvoiceCommand {
        let InvoiceCommand::IssueInvoice {
            invoice_id,
            event_request,
            mission,
            currency,
            lines,
            reason,
            ..
        } = issue(standard_lines())
        else {
            unreachable!()
        };
        InvoiceCommand::IssueInvoice {
            invoice_id,
            number,
            event_request,
            mission,
            issued_at: at(issued_at),
            currency,
            lines,
            reason,
        }
    }

    #[test]
    fn an_invoice_takes_an_invoice_number_of_its_venue_year() {
        given::<Invoice>([])
            .when(issue_numbered(credit_number(1), ISSUED_AT))
            .then_err(InvoiceError::WrongNumber {
                number: credit_number(1),
                series: Series::Invoice,
                year: 2026,
            });
        let error = given::<Invoice>([])
            .when(issue_numbered(invoice_number(1), "2027-01-01T05:00:00Z"))
            .error();
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(
            error.params(),
            vec![
                ("number", "INV-2026-000001".to_string()),
                ("series", "INVOICE".to_string()),
                ("year", "2027".to_string()),
            ]
        );
        // 22:00 on New Year's Eve in New York is still 2026 there.
        let (events, _) = given::<Invoice>([])
            .when(issue_numbered(invoice_number(1), "2027-01-01T03:00:00Z"))
            .then_ok();
        assert_eq!(events.len(), 1);
    }

    #[test]
    fn every_line_must_hold_together() {
        let service_line = ServiceLineId::new(uuid(1)).unwrap();
        let invalid = |lines: Vec<BillLine>| given::<Invoice>([]).when(issue(lines)).error();

        let mut euro = line(1, "CATERING", "1", "5.00");
        euro.unit_price = Money::parse("5.00", Currency::parse("EUR").unwrap()).unwrap();
        euro.amount = euro.unit_price;
        let mut tampered = line(1, "CATERING", "1", "5.00");
        tampered.amount = usd("4.99");
        let mut negative = line(1, "CATERING", "1", "5.00");
        negative.unit_price = usd("-5.00");
        negative.amount = usd("-5.00");
        let mut rate = line(1, "CATERING", "1", "5.00");
        rate.fee_rate = Some(Decimal::TWO);
        rate.amount = usd("10.00");
        let rules = [
            (vec![euro], "every amount must be in the invoice currency"),
            (
                vec![tampered],
                "the amount must be round(quantity × unit price), times the fee rate for a fee",
            ),
            (vec![negative], "amounts must not be negative"),
            (vec![rate], "a fee rate must be from 0 to 1"),
            (
                vec![
                    line(1, "CATERING", "1", "5.00"),
                    line(1, "CATERING", "2", "5.00"),
                ],
                "a service line is billed once",
            ),
        ];
        for (lines, rule) in rules {
            let error = invalid(lines);
            assert_eq!(error, InvoiceError::InvalidLine { service_line, rule });
            assert_eq!(error.code(), ErrorCode::Validation);
            assert_eq!(error.field(), None);
            assert_eq!(
                error.params(),
                vec![
                    ("serviceLineId", service_line.to_string()),
                    ("rule", rule.to_string()),
                ]
            );
        }
    }

    #[test]
    fn an_invoice_holds_at_most_1000_lines() {
        let lines: Vec<BillLine> = (1..=1000)
            .map(|n| line(n, "CATERING", "1", "1.00"))
            .collect();
        given::<Invoice>([])
            .when(issue(lines.clone()))
            .then(vec![issued(lines.clone(), "1000.00")]);
        let mut lines = lines;
        lines.push(line(1001, "CATERING", "1", "1.00"));
        let error = given::<Invoice>([]).when(issue(lines)).error();
        assert_eq!(
            error,
            InvoiceError::TooMany {
                kind: "lines",
                max: 1000
            }
        );
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(
            error.params(),
            vec![("kind", "lines".to_string()), ("max", "1000".to_string())]
        );
    }

    #[test]
    fn a_total_beyond_the_largest_amount_is_refused() {
        let lines: Vec<BillLine> = (1..=2)
            .map(|n| line(n, "CATERING", "1000000", "600000.00"))
            .collect();
        let error = given::<Invoice>([]).when(issue(lines)).error();
        assert_eq!(
            error,
            InvoiceError::Value {
                field: None,
                error: ValueError::Amount {
                    max: Money::MAX_ABS
                }
            }
        );
    }

    // Credit notes.

    #[test]
    fn a_credit_note_reduces_the_balance() {
        let state = given::<Invoice>([standard_invoice()])
            .when(credit(1, usd("30.00"), None))
            .then(vec![credited(1, usd("30.00"), None)]);
        assert_eq!(state.credited(), Some(usd("30.00")));
        assert_eq!(state.balance(), Some(usd("70.00")));
        assert_eq!(state.status(), Some(InvoiceStatus::Issued));
        let invoice = state.issued().unwrap();
        assert_eq!(invoice.credit_notes().len(), 1);
        assert_eq!(
            invoice.credit_notes()[0].number.to_string(),
            "CN-2026-000001"
        );
        // 30.00 spread over 60.00 and 40.00.
        assert_eq!(
            invoice.credited_by_unit(),
            BTreeMap::from([(unit("AV"), usd("12.00")), (unit("CATERING"), usd("18.00")),])
        );
    }

    #[test]
    fn crediting_exactly_the_total_credits_the_invoice() {
        let state = given::<Invoice>([standard_invoice()])
            .when(credit(1, usd("100.00"), None))
            .then(vec![credited(1, usd("100.00"), None)]);
        assert_eq!(state.status(), Some(InvoiceStatus::Credited));
        assert_eq!(state.balance(), Some(usd("0.00")));
    }

    #[test]
    fn credit_notes_never_exceed_the_total() {
        let error = given::<Invoice>([standard_invoice()])
            .when(credit(1, usd("100.01"), None))
            .error();
        assert_eq!(
            error,
            InvoiceError::CreditExceedsInvoice {
                available: usd("100.00"),
                unit: None
            }
        );
        assert_eq!(error.code(), ErrorCode::CreditExceedsInvoice);
        assert_eq!(error.field(), Some("amount"));
        assert_eq!(
            error.params(),
            vec![
                ("available", "100.00".to_string()),
                ("currency", "USD".to_string()),
            ]
        );
        let history = [standard_invoice(), credited(1, usd("30.00"), None)];
        given::<Invoice>(history.clone())
            .when(credit(2, usd("70.01"), None))
            .then_err(InvoiceError::CreditExceedsInvoice {
                available: usd("70.00"),
                unit: None,
            });
        given::<Invoice>(history)
            .when(credit(2, usd("70.00"), None))
            .then(vec![credited(2, usd("70.00"), None)]);
    }

    #[test]
    fn a_credit_for_a_unit_stays_within_what_the_unit_has_left() {
        let state = given::<Invoice>([standard_invoice()])
            .when(credit(1, usd("50.00"), Some("CATERING")))
            .then(vec![credited(1, usd("50.00"), Some("CATERING"))]);
        assert_eq!(
            state.issued().unwrap().net_by_unit(),
            BTreeMap::from([(unit("AV"), usd("40.00")), (unit("CATERING"), usd("10.00")),])
        );
        let history = [
            standard_invoice(),
            credited(1, usd("50.00"), Some("CATERING")),
        ];
        let error = given::<Invoice>(history.clone())
            .when(credit(2, usd("10.01"), Some("CATERING")))
            .error();
        assert_eq!(
            error,
            InvoiceError::CreditExceedsInvoice {
                available: usd("10.00"),
                unit: Some(unit("CATERING"))
            }
        );
        assert_eq!(error.code(), ErrorCode::CreditExceedsInvoice);
        assert_eq!(
            error.params(),
            vec![
                ("available", "10.00".to_string()),
                ("currency", "USD".to_string()),
                ("unitCode", "CATERING".to_string()),
            ]
        );
        given::<Invoice>(history)
            .when(credit(2, usd("10.00"), Some("CATERING")))
            .then(vec![credited(2, usd("10.00"), Some("CATERING"))]);
        // A whole unit at once, exactly.
        given::<Invoice>([standard_invoice()])
            .when(credit(1, usd("40.00"), Some("AV")))
            .then(vec![credited(1, usd("40.00"), Some("AV"))]);
        given::<Invoice>([standard_invoice()])
            .when(credit(1, usd("40.01"), Some("AV")))
            .then_err(InvoiceError::CreditExceedsInvoice {
                available: usd("40.00"),
                unit: Some(unit("AV")),
            });
    }

    #[test]
    fn a_credit_without_a_unit_is_spread_over_what_the_units_have_left() {
        // Audio-visual was credited in full, so a later credit without a unit falls entirely
        // on catering, and no unit's share of the invoice goes below zero.
        let state = given::<Invoice>([
            standard_invoice(),
            credited(1, usd("40.00"), Some("AV")),
            credited(2, usd("60.00"), None),
        ])
        .state()
        .clone();
        let invoice = state.issued().unwrap();
        assert_eq!(
            invoice.net_by_unit(),
            BTreeMap::from([(unit("AV"), usd("0.00")), (unit("CATERING"), usd("0.00"))])
        );
        assert_eq!(state.status(), Some(InvoiceStatus::Credited));
        // The shares of a credit without a unit count against a later credit for a unit:
        // 50.00 spread gives catering 30.00 and audio-visual 20.00.
        given::<Invoice>([standard_invoice(), credited(1, usd("50.00"), None)])
            .when(credit(2, usd("20.01"), Some("AV")))
            .then_err(InvoiceError::CreditExceedsInvoice {
                available: usd("20.00"),
                unit: Some(unit("AV")),
            });
    }

    #[test]
    fn a_credit_names_a_unit_of_the_invoice() {
        let error = given::<Invoice>([standard_invoice()])
            .when(credit(1, usd("1.00"), Some("PHOTO")))
            .error();
        assert_eq!(
            error,
            InvoiceError::UnknownUnit {
                unit: unit("PHOTO")
            }
        );
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), Some("unitCode"));
        assert_eq!(error.params(), vec![("unitCode", "PHOTO".to_string())]);
    }

    #[test]
    fn credits_and_payments_need_an_issued_invoice() {
        let error = given::<Invoice>([])
            .when(credit(1, usd("1.00"), None))
            .error();
        assert_eq!(error, InvoiceError::NotFound);
        assert_eq!(error.code(), ErrorCode::NotFound);
        assert_eq!(error.field(), Some("invoiceId"));
        assert!(error.params().is_empty());
        given::<Invoice>([])
            .when(pay(1, usd("1.00")))
            .then_err(InvoiceError::NotFound);
    }

    #[test]
    fn credit_and_payment_amounts_are_positive_and_in_the_invoice_currency() {
        let euro = Money::parse("5.00", Currency::parse("EUR").unwrap()).unwrap();
        let not_positive = InvoiceError::Value {
            field: Some("amount"),
            error: ValueError::AmountNotPositive,
        };
        let mismatch = InvoiceError::Value {
            field: Some("amount"),
            error: ValueError::CurrencyMismatch {
                expected: "USD".to_string(),
                actual: "EUR".to_string(),
            },
        };
        for (amount, expected) in [
            (usd("0.00"), &not_positive),
            (usd("-1.00"), &not_positive),
            (euro, &mismatch),
        ] {
            let error = given::<Invoice>([standard_invoice()])
                .when(credit(1, amount, None))
                .error();
            assert_eq!(&error, expected);
            assert_eq!(error.code(), ErrorCode::Validation);
            assert_eq!(error.field(), Some("amount"));
            given::<Invoice>([standard_invoice()])
                .when(pay(1, amount))
                .then_err(expected.clone());
        }
        assert_eq!(
            mismatch.params(),
            vec![
                ("expected", "USD".to_string()),
                ("actual", "EUR".to_string()),
            ]
        );
    }

    #[test]
    fn a_credit_note_is_numbered_in_the_credit_note_series() {
        let InvoiceCommand::IssueCreditNote {
            credit_note_id,
            amount,
            reason,
            unit,
            issued_at,
            ..
        } = credit(1, usd("1.00"), None)
        else {
            unreachable!()
        };
        given::<Invoice>([standard_invoice()])
            .when(InvoiceCommand::IssueCreditNote {
                credit_note_id,
                number: invoice_number(2),
                amount,
                reason,
                unit,
                issued_at,
            })
            .then_err(InvoiceError::WrongNumber {
                number: invoice_number(2),
                series: Series::CreditNote,
                year: 2026,
            });
    }

    #[test]
    fn an_invoice_takes_at_most_100_credit_notes() {
        let mut history = vec![standard_invoice()];
        history.extend((1..=99).map(|n| credited(n, usd("0.01"), None)));
        let state = given::<Invoice>(history.clone())
            .when(credit(100, usd("0.01"), None))
            .then(vec![credited(100, usd("0.01"), None)]);
        assert_eq!(state.credited(), Some(usd("1.00")));
        history.push(credited(100, usd("0.01"), None));
        let error = given::<Invoice>(history)
            .when(credit(101, usd("0.01"), None))
            .error();
        assert_eq!(
            error,
            InvoiceError::TooMany {
                kind: "credit notes",
                max: 100
            }
        );
        assert_eq!(error.code(), ErrorCode::Validation);
    }

    // Payments.

    #[test]
    fn payments_reduce_the_balance_until_paid() {
        let state = given::<Invoice>([standard_invoice()])
            .when(pay(1, usd("40.00")))
            .then(vec![paid(1, usd("40.00"))]);
        assert_eq!(state.paid(), Some(usd("40.00")));
        assert_eq!(state.balance(), Some(usd("60.00")));
        assert_eq!(state.status(), Some(InvoiceStatus::PartiallyPaid));
        assert_eq!(state.issued().unwrap().payments().len(), 1);
        let state = given::<Invoice>([standard_invoice(), paid(1, usd("40.00"))])
            .when(pay(2, usd("60.00")))
            .then(vec![paid(2, usd("60.00"))]);
        assert_eq!(state.balance(), Some(usd("0.00")));
        assert_eq!(state.status(), Some(InvoiceStatus::Paid));
    }

    #[test]
    fn a_payment_never_exceeds_the_balance() {
        let error = given::<Invoice>([standard_invoice()])
            .when(pay(1, usd("100.01")))
            .error();
        assert_eq!(
            error,
            InvoiceError::Overpayment {
                balance: usd("100.00")
            }
        );
        assert_eq!(error.code(), ErrorCode::Overpayment);
        assert_eq!(error.field(), Some("amount"));
        assert_eq!(
            error.params(),
            vec![
                ("balance", "100.00".to_string()),
                ("currency", "USD".to_string()),
            ]
        );
        // After a credit note the balance is lower.
        given::<Invoice>([standard_invoice(), credited(1, usd("30.00"), None)])
            .when(pay(1, usd("70.01")))
            .then_err(InvoiceError::Overpayment {
                balance: usd("70.00"),
            });
        given::<Invoice>([standard_invoice(), credited(1, usd("30.00"), None)])
            .when(pay(1, usd("70.00")))
            .then(vec![paid(1, usd("70.00"))]);
    }

    #[test]
    fn crediting_a_paid_invoice_leaves_money_owed_back() {
        let history = [standard_invoice(), paid(1, usd("100.00"))];
        let state = given::<Invoice>(history.clone())
            .when(credit(1, usd("30.00"), Some("CATERING")))
            .then(vec![credited(1, usd("30.00"), Some("CATERING"))]);
        assert_eq!(state.balance(), Some(usd("-30.00")));
        assert_eq!(state.status(), Some(InvoiceStatus::Paid));
        let state = given::<Invoice>(history)
            .when(credit(1, usd("100.00"), None))
            .then(vec![credited(1, usd("100.00"), None)]);
        assert_eq!(state.balance(), Some(usd("-100.00")));
        assert_eq!(state.status(), Some(InvoiceStatus::Credited));
        // Nothing more can be paid.
        given::<Invoice>([
            standard_invoice(),
            paid(1, usd("100.00")),
            credited(1, usd("100.00"), None),
        ])
        .when(pay(2, usd("0.01")))
        .then_err(InvoiceError::Overpayment {
            balance: usd("-100.00"),
        });
    }

    #[test]
    fn an_invoice_takes_at_most_1000_payments() {
        let mut history = vec![standard_invoice()];
        history.extend((1..=999).map(|n| paid(n, usd("0.01"))));
        given::<Invoice>(history.clone())
            .when(pay(1000, usd("0.01")))
            .then(vec![paid(1000, usd("0.01"))]);
        history.push(paid(1000, usd("0.01")));
        let error = given::<Invoice>(history)
            .when(pay(1001, usd("0.01")))
            .error();
        assert_eq!(
            error,
            InvoiceError::TooMany {
                kind: "payments",
                max: 1000
            }
        );
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), None);
    }

    // Stored form.

    fn golden(event: InvoiceEvent, json: &str) {
        assert_eq!(serde_json::to_string(&event).unwrap(), json);
        assert_eq!(serde_json::from_str::<InvoiceEvent>(json).unwrap(), event);
        assert!(event.is_consistent());
        assert_eq!(event.event_version(), 1);
    }

    #[test]
    fn invoice_issued_golden_json() {
        let event = issued(vec![line(1, "CATERING", "1.5", "0.67")], "1.00");
        assert_eq!(event.event_type(), "InvoiceIssued");
        golden(
            event,
            r#"{"type":"InvoiceIssued","invoice_id":"01900000-0000-7000-8000-000000000064","number":"INV-2026-000001","event_request":"01900000-0000-7000-8000-0000000000c8","mission":"FRA","issued_at":"2026-03-02T15:00:00Z","currency":"USD","lines":[{"service_line":"01900000-0000-7000-8000-000000000001","unit":"CATERING","item":"CAT-COFFEE","rate_version":1,"quantity":"1.5","unit_price":{"amount":"0.67","currency":"USD"},"fee_rate":null,"amount":{"amount":"1.00","currency":"USD"}}],"reason":"HELD","total":{"amount":"1.00","currency":"USD"}}"#,
        );
    }

    #[test]
    fn credit_note_issued_golden_json() {
        let event = credited(1, usd("30.00"), Some("CATERING"));
        assert_eq!(event.event_type(), "CreditNoteIssued");
        golden(
            event,
            r#"{"type":"CreditNoteIssued","credit_note_id":"01900000-0000-7000-8000-00000000012d","number":"CN-2026-000001","amount":{"amount":"30.00","currency":"USD"},"reason":"Coffee served late","unit":"CATERING","issued_at":"2026-03-10T15:00:00Z"}"#,
        );
        golden(
            credited(2, usd("5.00"), None),
            r#"{"type":"CreditNoteIssued","credit_note_id":"01900000-0000-7000-8000-00000000012e","number":"CN-2026-000002","amount":{"amount":"5.00","currency":"USD"},"reason":"Coffee served late","unit":null,"issued_at":"2026-03-10T15:00:00Z"}"#,
        );
    }

    #[test]
    fn payment_recorded_golden_json() {
        let event = paid(1, usd("1250.00"));
        assert_eq!(event.event_type(), "PaymentRecorded");
        golden(
            event,
            r#"{"type":"PaymentRecorded","payment_id":"01900000-0000-7000-8000-000000001389","amount":{"amount":"1250.00","currency":"USD"},"reference":"BANK-REF-1","received_at":"2026-03-20T15:00:00Z"}"#,
        );
    }

    #[test]
    fn inconsistent_events_are_recognised() {
        assert!(!issued(standard_lines(), "99.99").is_consistent());
        let InvoiceEvent::CreditNoteIssued {
            credit_note_id,
            amount,
            reason,
            unit,
            issued_at,
            ..
        } = credited(1, usd("1.00"), None)
        else {
            unreachable!()
        };
        assert!(
            !InvoiceEvent::CreditNoteIssued {
                credit_note_id,
                number: invoice_number(1),
                amount,
                reason,
                unit,
                issued_at,
            }
            .is_consistent()
        );
        assert!(!paid(1, usd("0.00")).is_consistent());
    }

    #[test]
    fn status_names_are_the_wire_names() {
        let names: Vec<&str> = [
            InvoiceStatus::Issued,
            InvoiceStatus::PartiallyPaid,
            InvoiceStatus::Paid,
            InvoiceStatus::Credited,
        ]
        .into_iter()
        .map(InvoiceStatus::as_str)
        .collect();
        assert_eq!(names, ["ISSUED", "PARTIALLY_PAID", "PAID", "CREDITED"]);
        assert_eq!(InvoiceReason::Cancelled.as_str(), "CANCELLED");
    }

    // Properties.

    /// `round(quantity × price)` half-to-even in whole cents, from quantity in hundredths and
    /// price in cents, computed without `Decimal`.
    fn rounded_cents(quantity_hundredths: i64, price_cents: i64) -> i64 {
        let product = quantity_hundredths * price_cents;
        let (cents, rest) = (product / 100, product % 100);
        if rest > 50 || (rest == 50 && cents % 2 == 1) {
            cents + 1
        } else {
            cents
        }
    }

    fn cents_money(cents: i64) -> Money {
        Money::new(Decimal::new(cents, 2), Currency::USD).unwrap()
    }

    const UNITS: [&str; 4] = ["AV", "CATERING", "SECURITY", "PHOTO"];

    /// Random lines over the first three units: (unit, quantity in hundredths, price in cents).
    fn random_lines(
        max_lines: usize,
        max_quantity_hundredths: i64,
        max_price_cents: i64,
    ) -> impl Strategy<Value = Vec<(usize, i64, i64)>> {
        prop::collection::vec(
            (
                0usize..3,
                1i64..=max_quantity_hundredths,
                0i64..=max_price_cents,
            ),
            1..=max_lines,
        )
    }

    fn bill_lines(lines: &[(usize, i64, i64)]) -> Vec<BillLine> {
        lines
            .iter()
            .zip(1u128..)
            .map(|(&(unit_index, quantity, price), n)| {
                BillLine::priced(
                    ServiceLineId::new(uuid(n)).unwrap(),
                    unit(UNITS[unit_index]),
                    ItemCode::parse("CAT-COFFEE").unwrap(),
                    1,
                    Quantity::new(Decimal::new(quantity, 2)).unwrap(),
                    cents_money(price),
                )
            })
            .collect()
    }

    /// How much a random credit note or payment is for.
    #[derive(Debug, Clone, Copy)]
    enum Amount {
        /// So many cents (zero or below included).
        Cents(i64),
        /// The limit (what can still be credited, to the unit or in all, or the balance) plus
        /// so many cents: the boundaries.
        Limit(i64),
    }

    impl Amount {
        fn money(self, limit: Money) -> Money {
            match self {
                Amount::Cents(cents) => cents_money(cents),
                Amount::Limit(offset) => add(&limit, &cents_money(offset)),
            }
        }
    }

    #[derive(Debug, Clone)]
    enum Op {
        Credit { amount: Amount, unit: Option<usize> },
        Pay { amount: Amount },
    }

    fn random_op() -> impl Strategy<Value = Op> {
        let amount = || {
            prop_oneof![
                3 => (-100i64..=100_000).prop_map(Amount::Cents),
                2 => (-1i64..=1).prop_map(Amount::Limit),
            ]
        };
        prop_oneof![
            (amount(), prop::option::of(0usize..4))
                .prop_map(|(amount, unit)| Op::Credit { amount, unit }),
            amount().prop_map(|amount| Op::Pay { amount }),
        ]
    }

    proptest! {
        #[test]
        fn the_total_is_the_sum_of_the_rounded_lines(lines in random_lines(20, 100_000, 100_000)) {
            let expected: i64 = lines
                .iter()
                .map(|&(_, quantity, price)| rounded_cents(quantity, price))
                .sum();
            let outcome = Invoice::default().decide(issue(bill_lines(&lines)));
            if expected == 0 {
                prop_assert_eq!(outcome, Err(InvoiceError::NothingToInvoice));
            } else {
                let state = Invoice::replay(&outcome.unwrap());
                prop_assert_eq!(state.total(), Some(cents_money(expected)));
                let subtotals = state.subtotals();
                let sum = Money::sum(Currency::USD, subtotals.values()).unwrap();
                prop_assert_eq!(Some(sum), state.total());
            }
        }

        #[test]
        fn credits_and_payments_stay_within_the_invoice(
            lines in random_lines(6, 1_000, 10_000),
            ops in prop::collection::vec(random_op(), 0..40),
        ) {
            let lines = bill_lines(&lines);
            prop_assume!(lines.iter().any(|line| line.amount.is_positive()));
            let mut events = Invoice::default().decide(issue(lines)).unwrap();
            let mut state = Invoice::replay(&events);
            let total = state.total().unwrap();
            let (mut credit_notes, mut payments) = (0u32, 0u32);
            for op in ops {
                let before = state.issued().unwrap().clone();
                // The limit the amount must stay within; `None` when no amount can pass (a
                // unit not on the invoice).
                let (command, amount, limit) = match op {
                    Op::Credit { amount, unit: index } => {
                        let code = index.map(|index| UNITS[index]);
                        let limit = match code {
                            Some(code) => before.net_by_unit().get(&unit(code)).copied(),
                            None => Some(before.creditable()),
                        };
                        let amount = amount.money(limit.unwrap_or(cents_money(1)));
                        credit_notes += 1;
                        (credit(credit_notes, amount, code), amount, limit)
                    }
                    Op::Pay { amount } => {
                        let amount = amount.money(before.balance());
                        payments += 1;
                        (pay(payments, amount), amount, Some(before.balance()))
                    }
                };
                let is_payment = matches!(command, InvoiceCommand::RecordPayment { .. });
                let acceptable = amount.is_positive()
                    && limit.is_some_and(|limit| amount.amount() <= limit.amount());
                let outcome = state.decide(command);
                prop_assert_eq!(outcome.is_ok(), acceptable, "{:?} of {}", outcome, amount);
                if let Ok(new) = outcome {
                    state = new.iter().fold(state, Invoice::evolve);
                    events.extend(new);
                }
                let after = state.issued().unwrap();
                prop_assert!(after.credited().amount() <= total.amount());
                if is_payment && acceptable {
                    // The payment fit the balance at its time.
                    prop_assert!(
                        after.paid().amount() <= total.amount() - after.credited().amount()
                    );
                }
                let net = after.net_by_unit();
                prop_assert!(net.values().all(|left| !left.is_negative()));
                prop_assert_eq!(
                    Money::sum(Currency::USD, net.values()).unwrap(),
                    after.creditable()
                );
            }
            // Replaying what was recorded rebuilds the same state.
            prop_assert_eq!(Invoice::replay(&events), state);
            prop_assert!(events.iter().all(InvoiceEvent::is_consistent));
        }
    }
}
