//! The bill as pure functions: a request's live estimate, the invoice lines of a held or
//! cancelled request, and the cancellation fee by notice.
//!
//! Every amount is rounded per line (half-to-even, two places); subtotals and totals are sums
//! of rounded lines.

use jiff::Timestamp;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

use crate::bill::BillLine;
use crate::item::PricedItem;
use crate::money::{Currency, CurrencyMismatch, Money};
use crate::request::{LineStatus, Request, RequestStatus, ServiceLine, cancellation_fee_rate};
use crate::values::{ItemCode, UnitCode};

/// Lines, their subtotals per unit, and the total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bill {
    pub currency: Currency,
    pub lines: Vec<BillLine>,
    pub subtotals: BTreeMap<UnitCode, Money>,
    pub total: Money,
}

impl Bill {
    /// Sums rounded lines into subtotals per unit and a total.
    pub fn from_lines(currency: Currency, lines: Vec<BillLine>) -> Result<Bill, CurrencyMismatch> {
        let mut subtotals: BTreeMap<UnitCode, Money> = BTreeMap::new();
        for line in &lines {
            let subtotal = subtotals
                .entry(line.unit.clone())
                .or_insert_with(|| Money::zero(currency));
            *subtotal = subtotal.checked_add(&line.amount)?;
        }
        let total = Money::sum(currency, lines.iter().map(|line| &line.amount))?;
        Ok(Bill {
            currency,
            lines,
            subtotals,
            total,
        })
    }
}

fn priced(
    line: &ServiceLine,
    quantity: crate::values::Quantity,
    rate_version: u32,
    unit_price: Money,
) -> BillLine {
    BillLine::priced(
        line.id,
        line.unit().clone(),
        line.item.code.clone(),
        rate_version,
        quantity,
        unit_price,
    )
}

/// The bill the request would produce now: requested lines at today's rate card (`quote`, the
/// rate card read at the same instant; the price quoted when the line was added if the item
/// is gone), confirmed lines at their fixed price, delivered lines at their fixed price and
/// delivered quantity. Declined and cancelled lines cost nothing.
pub fn estimate(
    request: &Request,
    currency: Currency,
    quote: impl Fn(&ItemCode) -> Option<PricedItem>,
) -> Result<Bill, CurrencyMismatch> {
    let lines = request
        .lines
        .iter()
        .filter_map(|line| match (line.status, &line.confirmation) {
            (LineStatus::Requested, _) => {
                let item = quote(&line.item.code).unwrap_or_else(|| line.item.clone());
                Some(priced(
                    line,
                    line.quantity,
                    item.rate_version,
                    item.unit_price,
                ))
            }
            (LineStatus::Confirmed | LineStatus::Delivered, Some(confirmation)) => Some(priced(
                line,
                line.billed_quantity(),
                confirmation.rate_version,
                confirmation.unit_price,
            )),
            _ => None,
        })
        .collect();
    Bill::from_lines(currency, lines)
}

/// The lines a held request is invoiced for: every confirmed or delivered line, at its fixed
/// price, for the delivered quantity where recorded, else the confirmed one.
pub fn held_lines(request: &Request) -> Vec<BillLine> {
    request
        .lines
        .iter()
        .filter(|line| matches!(line.status, LineStatus::Confirmed | LineStatus::Delivered))
        .filter_map(|line| {
            let confirmation = line.confirmation.as_ref()?;
            Some(priced(
                line,
                line.billed_quantity(),
                confirmation.rate_version,
                confirmation.unit_price,
            ))
        })
        .collect()
}

/// The fee lines for cancelling at `rate`: each line that was confirmed when the request was
/// cancelled (or, before cancellation, is confirmed now), charged `round(amount × rate)`.
/// Unconfirmed lines never cost anything; a zero rate gives no lines.
pub fn fee_lines(request: &Request, rate: Decimal) -> Vec<BillLine> {
    if rate.is_zero() {
        return Vec::new();
    }
    request
        .lines
        .iter()
        .filter(|line| match line.status {
            LineStatus::Confirmed => true,
            LineStatus::Cancelled => line.cancelled_with_request,
            _ => false,
        })
        .filter_map(|line| {
            let confirmation = line.confirmation.as_ref()?;
            Some(
                priced(
                    line,
                    line.quantity,
                    confirmation.rate_version,
                    confirmation.unit_price,
                )
                .fee(rate),
            )
        })
        .collect()
}

/// What cancelling the request at `now` would cost (for an open request), or what its
/// cancellation cost (for a cancelled one); `None` when cancelling is not or no longer a
/// question (rejected, held, closed after being held).
pub fn cancellation_fee(
    request: &Request,
    currency: Currency,
    now: Timestamp,
) -> Option<Result<Bill, CurrencyMismatch>> {
    let rate = match request.status {
        status if status.is_open() => cancellation_fee_rate(now, request.slot.start()),
        RequestStatus::Cancelled | RequestStatus::Closed => request.cancellation_fee_rate?,
        _ => return None,
    };
    Some(Bill::from_lines(currency, fee_lines(request, rate)))
}

/// The lines an invoice of this request bills: held → delivered or confirmed services;
/// cancelled → the cancellation fees. Empty for any other state (nothing to invoice).
pub fn invoice_lines(request: &Request) -> Vec<BillLine> {
    let lines = match request.status {
        RequestStatus::Held => held_lines(request),
        RequestStatus::Cancelled => fee_lines(
            request,
            request.cancellation_fee_rate.unwrap_or(Decimal::ZERO),
        ),
        _ => Vec::new(),
    };
    lines
        .into_iter()
        .filter(|line| !line.amount.is_zero() || line.fee_rate.is_none())
        .collect()
}
