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

/// The fees already incurred: every line cancelled after its unit confirmed it, charged
/// `round(amount × its fee rate)`. Lines never confirmed, and fees of 0 %, give no line.
pub fn incurred_fee_lines(request: &Request) -> Vec<BillLine> {
    request
        .lines
        .iter()
        .filter(|line| {
            line.status == LineStatus::Cancelled && !line.cancellation_fee_rate.is_zero()
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
                .fee(line.cancellation_fee_rate),
            )
        })
        .collect()
}

/// The fee lines of cancelling an open request at `rate`: each confirmed line at that rate,
/// plus the fees already incurred by confirmed lines removed earlier.
pub fn fee_lines(request: &Request, rate: Decimal) -> Vec<BillLine> {
    let mut lines = incurred_fee_lines(request);
    if !rate.is_zero() {
        lines.extend(
            request
                .lines
                .iter()
                .filter(|line| line.status == LineStatus::Confirmed)
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
                }),
        );
    }
    lines
}

/// What cancelling the request at `now` would cost (for an open request), or what its
/// cancellation cost (for a cancelled one); `None` when cancelling is not or no longer a
/// question (rejected, held, closed after being held).
pub fn cancellation_fee(
    request: &Request,
    currency: Currency,
    now: Timestamp,
) -> Option<Result<Bill, CurrencyMismatch>> {
    let lines = match request.status {
        status if status.is_open() => {
            fee_lines(request, cancellation_fee_rate(now, request.slot.start()))
        }
        RequestStatus::Cancelled => incurred_fee_lines(request),
        RequestStatus::Closed if request.cancellation_fee_rate.is_some() => {
            incurred_fee_lines(request)
        }
        _ => return None,
    };
    Some(Bill::from_lines(currency, lines))
}

/// The lines an invoice of this request bills: held → delivered or confirmed services plus
/// the fees of confirmed lines removed before the event; cancelled → the cancellation fees.
/// Empty for any other state (nothing to invoice).
pub fn invoice_lines(request: &Request) -> Vec<BillLine> {
    let mut lines = match request.status {
        RequestStatus::Held => held_lines(request),
        RequestStatus::Cancelled => Vec::new(),
        _ => return Vec::new(),
    };
    lines.extend(incurred_fee_lines(request));
    lines
        .into_iter()
        .filter(|line| !line.amount.is_zero() || line.fee_rate.is_none())
        .collect()
}

#[cfg(test)]
mod tests {
    //! The worked examples of docs/domain.md, and the properties of the money rules.

    use super::*;
    use crate::aggregate::Aggregate;
    use crate::item::PricingBasis;
    use crate::request::{EventRequest, EventRequestEvent};
    use crate::testing::*;
    use crate::values::{Attendance, Description, Quantity, Title};
    use proptest::prelude::*;

    const EARLY: &str = "2026-04-01T09:00:00-04:00";
    const START: &str = "2026-05-12T10:00:00-04:00";

    fn created() -> EventRequestEvent {
        EventRequestEvent::EventRequestCreated {
            id: request_id(1),
            reference: reference(1),
            mission: mission("FRA"),
            title: Title::parse("Oceans and climate").expect("valid"),
            description: Description::parse("").expect("valid"),
            slot: slot(START, "2026-05-12T12:00:00-04:00"),
            attendance: Attendance::new(40).expect("valid"),
            preferred_room: None,
            created_at: at(EARLY),
        }
    }

    fn requested(n: u64, item: crate::item::PricedItem, quantity: &str) -> EventRequestEvent {
        EventRequestEvent::ServiceLineRequested {
            line: line_id(n),
            item,
            quantity: qty(quantity),
            note: note(""),
            requested_at: at(EARLY),
        }
    }

    fn confirmed(n: u64, price: &str) -> EventRequestEvent {
        EventRequestEvent::ServiceLineConfirmed {
            line: line_id(n),
            rate_version: 1,
            unit_price: usd(price),
            quoted: false,
            note: note(""),
            confirmed_at: at(EARLY),
        }
    }

    fn guard() -> crate::item::PricedItem {
        crate::item::PricedItem {
            pricing: PricingBasis::PerHour,
            ..item("SEC-GUARD", "SECURITY", "62.25", 5, 1)
        }
    }

    /// Coffee for 40 (35 served), a guard for 4 hours, 12.5 sandwich platters, a photographer
    /// (declined) and a webcast (still only requested).
    fn the_example() -> Vec<EventRequestEvent> {
        vec![
            created(),
            requested(1, item("CAT-COFFEE", "CATERING", "4.50", 3, 1), "40"),
            requested(2, guard(), "4"),
            requested(3, item("CAT-SANDWICH", "CATERING", "7.35", 3, 1), "12.5"),
            requested(4, item("PHOTO-HALF-DAY", "PHOTO", "300.00", 5, 1), "1"),
            requested(5, item("WEB-STREAM", "WEBCAST", "450.00", 10, 1), "1"),
            EventRequestEvent::EventRequestSubmitted {
                focal_point: contact("Ana Lima"),
                submitted_at: at(EARLY),
            },
            confirmed(1, "4.50"),
            confirmed(2, "62.25"),
            confirmed(3, "7.35"),
            EventRequestEvent::ServiceLineDeclined {
                line: line_id(4),
                reason: reason("No photographer"),
                declined_at: at(EARLY),
            },
        ]
    }

    fn request_of(events: &[EventRequestEvent]) -> crate::request::Request {
        EventRequest::replay(events).request.expect("created")
    }

    #[test]
    fn the_estimate_prices_open_lines_at_todays_rate_card() {
        let request = request_of(&the_example());
        // The webcast's price went up to 475.00 since the line was added.
        let bill = estimate(&request, Currency::USD, |code| {
            (code.as_str() == "WEB-STREAM").then(|| item("WEB-STREAM", "WEBCAST", "475.00", 10, 2))
        })
        .expect("one currency");
        let amounts: Vec<String> = bill
            .lines
            .iter()
            .map(|line| line.amount.amount().to_string())
            .collect();
        assert_eq!(amounts, ["180.00", "249.00", "91.88", "475.00"]);
        assert_eq!(bill.lines[3].rate_version, 2);
        assert_eq!(bill.total, usd("995.88"));
        assert_eq!(bill.subtotals[&unit("CATERING")], usd("271.88"));
        assert_eq!(bill.subtotals[&unit("WEBCAST")], usd("475.00"));
        assert!(
            !bill.subtotals.contains_key(&unit("PHOTO")),
            "declined lines cost nothing"
        );
    }

    #[test]
    fn the_invoice_of_a_held_request_bills_delivered_quantities() {
        let mut events = the_example();
        events.push(EventRequestEvent::EventRequestApproved {
            room: room("CR4"),
            approved_at: at(EARLY),
        });
        events.push(EventRequestEvent::ServiceLineDelivered {
            line: line_id(1),
            delivered_quantity: qty("35"),
            delivered_at: at(START),
        });
        events.push(EventRequestEvent::EventRequestHeld {
            held_at: at("2026-05-12T12:00:00-04:00"),
        });
        let request = request_of(&events);
        let bill = Bill::from_lines(Currency::USD, invoice_lines(&request)).expect("one currency");
        let amounts: Vec<String> = bill
            .lines
            .iter()
            .map(|line| line.amount.amount().to_string())
            .collect();
        // 35 × 4.50 = 157.50; 4 × 62.25 = 249.00; 12.5 × 7.35 = 91.875 → 91.88 (half to even).
        assert_eq!(amounts, ["157.50", "249.00", "91.88"]);
        assert_eq!(bill.total, usd("498.38"));
        assert_eq!(bill.subtotals[&unit("CATERING")], usd("249.38"));
        assert_eq!(bill.subtotals[&unit("SECURITY")], usd("249.00"));
        assert_eq!(bill.lines[0].quantity, qty("35"));
    }

    #[test]
    fn the_cancellation_fee_three_days_before_is_half_of_each_confirmed_line() {
        let mut events = the_example();
        events.push(EventRequestEvent::EventRequestCancelled {
            reason: reason("Postponed"),
            fee_rate: cancellation_fee_rate(at("2026-05-09T10:00:00-04:00"), at(START)),
            cancelled_at: at("2026-05-09T10:00:00-04:00"),
        });
        for n in [1, 2, 3, 5] {
            events.push(EventRequestEvent::ServiceLineCancelled {
                line: line_id(n),
                reason: None,
                with_request: true,
                fee_rate: if n == 5 {
                    Decimal::ZERO
                } else {
                    Decimal::new(5, 1)
                },
                cancelled_at: at("2026-05-09T10:00:00-04:00"),
            });
        }
        let request = request_of(&events);
        let lines = invoice_lines(&request);
        let amounts: Vec<String> = lines
            .iter()
            .map(|line| line.amount.amount().to_string())
            .collect();
        // 180.00 × 0.5 = 90.00; 249.00 × 0.5 = 124.50; 91.88 × 0.5 = 45.94; the webcast was never confirmed.
        assert_eq!(amounts, ["90.00", "124.50", "45.94"]);
        let fee = cancellation_fee(&request, Currency::USD, at(START))
            .expect("cancelled")
            .expect("one currency");
        assert_eq!(fee.total, usd("260.44"));
    }

    #[test]
    fn the_cancellation_fee_of_an_open_request_depends_on_when() {
        let request = request_of(&the_example());
        let fee_at = |now: &str| {
            cancellation_fee(&request, Currency::USD, at(now))
                .expect("open")
                .expect("usd")
                .total
        };
        assert_eq!(fee_at("2026-05-05T10:00:00-04:00"), usd("0.00"));
        assert_eq!(fee_at("2026-05-10T10:00:00-04:00"), usd("260.44"));
        assert_eq!(fee_at("2026-05-10T10:00:01-04:00"), usd("520.88"));
    }

    #[test]
    fn a_free_cancellation_leaves_nothing_to_invoice() {
        let mut events = the_example();
        events.push(EventRequestEvent::EventRequestCancelled {
            reason: reason("Postponed"),
            fee_rate: Decimal::ZERO,
            cancelled_at: at(EARLY),
        });
        assert!(invoice_lines(&request_of(&events)).is_empty());
    }

    #[test]
    fn fees_round_half_to_even_per_line() {
        let line = BillLine::priced(
            line_id(1),
            unit("CATERING"),
            item("CAT-WATER", "CATERING", "0.25", 0, 1).code,
            1,
            qty("1"),
            usd("0.25"),
        );
        assert_eq!(line.fee(Decimal::new(5, 1)).amount, usd("0.12"));
        let line = BillLine::priced(
            line_id(1),
            unit("CATERING"),
            item("CAT-WATER", "CATERING", "0.35", 0, 1).code,
            1,
            qty("1"),
            usd("0.35"),
        );
        assert_eq!(line.fee(Decimal::new(5, 1)).amount, usd("0.18"));
    }

    #[test]
    fn rejected_and_draft_requests_have_no_invoice_lines() {
        assert!(invoice_lines(&request_of(&the_example())).is_empty());
        assert!(cancellation_fee(&request_of(&[created()]), Currency::USD, at(EARLY)).is_some());
        let mut events = the_example();
        events.push(EventRequestEvent::EventRequestRejected {
            reason: reason("No room"),
            rejected_at: at(EARLY),
        });
        assert!(cancellation_fee(&request_of(&events), Currency::USD, at(EARLY)).is_none());
    }

    fn money_strategy() -> impl Strategy<Value = Money> {
        (0i64..10_000_000)
            .prop_map(|cents| Money::new(Decimal::new(cents, 2), Currency::USD).expect("bounded"))
    }

    fn quantity_strategy() -> impl Strategy<Value = Quantity> {
        (1i64..100_000)
            .prop_map(|hundredths| Quantity::new(Decimal::new(hundredths, 2)).expect("bounded"))
    }

    proptest! {
        /// A bill's total is the sum of its rounded lines, and so is each subtotal.
        #[test]
        fn totals_are_sums_of_rounded_lines(lines in prop::collection::vec((money_strategy(), quantity_strategy(), 0usize..3), 0..40)) {
            let units = ["CATERING", "SECURITY", "AV"];
            let lines: Vec<BillLine> = lines.into_iter().enumerate().map(|(n, (price, quantity, owner))| {
                BillLine::priced(line_id(n as u64), unit(units[owner]), item("X-ITEM", units[owner], "1.00", 0, 1).code, 1, quantity, price)
            }).collect();
            for line in &lines {
                let exact = line.unit_price.amount() * line.quantity.value();
                prop_assert_eq!(line.amount.amount(), crate::money::round_half_even(exact));
                prop_assert!((line.amount.amount() - exact).abs() <= Decimal::new(5, 3));
            }
            let bill = Bill::from_lines(Currency::USD, lines.clone()).expect("one currency");
            let sum: Decimal = lines.iter().map(|line| line.amount.amount()).sum();
            prop_assert_eq!(bill.total.amount(), sum);
            let subtotal_sum: Decimal = bill.subtotals.values().map(Money::amount).sum();
            prop_assert_eq!(subtotal_sum, sum);
        }
    }
}
