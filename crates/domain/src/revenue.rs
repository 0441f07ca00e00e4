//! Revenue per unit: what finance sees behind the one consolidated invoice. Each unit earns
//! its invoice lines minus the credit notes attributed to it, and a credit note without a unit
//! is spread pro rata so that the shares add up to the credit to the cent.

use rust_decimal::Decimal;
use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::invoice::Invoice;
use crate::money::{CurrencyMismatch, Money};
use crate::values::UnitCode;

/// Per unit, the sum over the issued invoices of its lines minus the credit notes attributed
/// to it (see [`crate::invoice::IssuedInvoice::net_by_unit`]). Invoices not yet issued count
/// for nothing; invoices in more than one currency cannot be added up and are an error.
pub fn revenue_by_unit<'a>(
    invoices: impl IntoIterator<Item = &'a Invoice>,
) -> Result<BTreeMap<UnitCode, Money>, CurrencyMismatch> {
    let mut revenue: BTreeMap<UnitCode, Money> = BTreeMap::new();
    for invoice in invoices.into_iter().filter_map(Invoice::issued) {
        for (unit, net) in invoice.net_by_unit() {
            let sum = match revenue.get(&unit) {
                Some(sum) => sum.checked_add(&net)?,
                None => net,
            };
            revenue.insert(unit, sum);
        }
    }
    Ok(revenue)
}

/// Splits `amount` over the units in proportion to their `weights`, to the cent.
///
/// Each share is first the exact share rounded half-to-even; the cents those roundings gained
/// or lost are then given back one by one, by largest remainder: to the units whose exact
/// share lies furthest above (or, for cents to take back, below) their rounded share, and
/// between equal remainders to the smaller unit code. So the shares sum to `amount` exactly
/// and each lies within one cent of its exact share.
///
/// Only the ratios of the weights count, not their currency; the shares are in the currency
/// of `amount`. Every unit of `weights` gets a share; units with a weight of zero or less get
/// zero. When no weight is above zero there is nothing to spread over: every share is zero.
pub fn allocate_pro_rata(
    amount: Money,
    weights: &BTreeMap<UnitCode, Money>,
) -> BTreeMap<UnitCode, Money> {
    let weights: Vec<(&UnitCode, i128)> = weights
        .iter()
        .map(|(unit, weight)| (unit, cents(weight).max(0)))
        .collect();
    let total_weight: i128 = weights.iter().map(|&(_, weight)| weight).sum();
    let amount_cents = cents(&amount);
    let mut shares: Vec<Share<'_>> = weights
        .iter()
        .map(|&(unit, weight)| Share::rounded(unit, weight, amount_cents, total_weight))
        .collect();
    if total_weight > 0 {
        give_back_remainder(&mut shares, amount_cents);
    }
    shares
        .into_iter()
        .map(|share| (share.unit.clone(), from_cents(share.cents, &amount)))
        .collect()
}

/// One unit's share while it is being allocated. All arithmetic is in whole cents over the
/// common denominator `total_weight`, so it is exact.
struct Share<'a> {
    unit: &'a UnitCode,
    weight: i128,
    /// The share so far, in cents.
    cents: i128,
    /// `exact − cents`, as a numerator over `total_weight` (positive: the share fell short).
    shortfall: i128,
}

impl<'a> Share<'a> {
    fn rounded(unit: &'a UnitCode, weight: i128, amount: i128, total_weight: i128) -> Self {
        if total_weight == 0 {
            return Share {
                unit,
                weight,
                cents: 0,
                shortfall: 0,
            };
        }
        // Bounded amounts (at most 10^14 cents) and weights keep this far inside i128.
        let exact = amount * weight;
        let cents = div_round_half_even(exact, total_weight);
        Share {
            unit,
            weight,
            cents,
            shortfall: exact - cents * total_weight,
        }
    }
}

/// Hands the cents the roundings gained or lost back by largest remainder, ties to the
/// smaller unit code.
fn give_back_remainder(shares: &mut [Share<'_>], amount: i128) {
    let remainder = amount - shares.iter().map(|share| share.cents).sum::<i128>();
    if remainder == 0 {
        return;
    }
    let step = remainder.signum();
    let mut order: Vec<usize> = (0..shares.len())
        .filter(|&index| shares[index].weight > 0)
        .collect();
    // A stable sort keeps equal remainders in unit-code order.
    order.sort_by_key(|&index| Reverse(shares[index].shortfall * step));
    // Each rounding moved a share by at most half a cent, so at most half as many cents as
    // units are left over, and they all go to units whose rounding went the other way.
    let count = usize::try_from(remainder.unsigned_abs()).unwrap_or(usize::MAX);
    debug_assert!(count <= order.len(), "more cents left over than units");
    for &index in order.iter().take(count) {
        shares[index].cents += step;
    }
}

/// `numerator / denominator` rounded half-to-even; `denominator` is above zero.
fn div_round_half_even(numerator: i128, denominator: i128) -> i128 {
    let quotient = numerator.div_euclid(denominator);
    let remainder = numerator.rem_euclid(denominator);
    match (2 * remainder).cmp(&denominator) {
        std::cmp::Ordering::Less => quotient,
        std::cmp::Ordering::Greater => quotient + 1,
        std::cmp::Ordering::Equal => quotient + quotient.rem_euclid(2),
    }
}

/// An amount in whole cents (money always has exactly two decimals).
fn cents(money: &Money) -> i128 {
    let mut amount = money.amount();
    amount.rescale(2);
    amount.mantissa()
}

/// A share back as money in the currency of the amount it was taken from.
fn from_cents(cents: i128, amount: &Money) -> Money {
    Decimal::try_from_i128_with_scale(cents, 2)
        .ok()
        .and_then(|value| Money::new(value, amount.currency()).ok())
        .expect("a share is never larger than the amount it is taken from")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::aggregate::Aggregate;
    use crate::bill::BillLine;
    use crate::ids::ServiceLineId;
    use crate::invoice::InvoiceEvent;
    use crate::invoice::tests::{credited, issued, line, standard_invoice, unit, usd, uuid};
    use crate::money::Currency;
    use crate::values::{ItemCode, Quantity};
    use proptest::prelude::*;

    fn weights(pairs: &[(&str, &str)]) -> BTreeMap<UnitCode, Money> {
        pairs
            .iter()
            .map(|&(code, amount)| (unit(code), usd(amount)))
            .collect()
    }

    fn shares(pairs: &[(&str, &str)]) -> BTreeMap<UnitCode, Money> {
        weights(pairs)
    }

    #[test]
    fn a_third_each_gives_the_extra_cent_to_the_first_unit() {
        let three = weights(&[("AV", "1.00"), ("CATERING", "1.00"), ("PHOTO", "1.00")]);
        assert_eq!(
            allocate_pro_rata(usd("100.00"), &three),
            shares(&[("AV", "33.34"), ("CATERING", "33.33"), ("PHOTO", "33.33")])
        );
        assert_eq!(
            allocate_pro_rata(usd("0.10"), &three),
            shares(&[("AV", "0.04"), ("CATERING", "0.03"), ("PHOTO", "0.03")])
        );
    }

    #[test]
    fn shares_round_half_to_even_then_settle_by_largest_remainder() {
        // 0.05 in halves: 0.025 each rounds to 0.02, and the cent left goes to the first code.
        let halves = weights(&[("AV", "1.00"), ("CATERING", "1.00")]);
        assert_eq!(
            allocate_pro_rata(usd("0.05"), &halves),
            shares(&[("AV", "0.03"), ("CATERING", "0.02")])
        );
        assert_eq!(
            allocate_pro_rata(usd("-0.05"), &halves),
            shares(&[("AV", "-0.03"), ("CATERING", "-0.02")])
        );
        // 0.03 as 0.0075, 0.0075 and 0.015 rounds to 0.01, 0.01 and 0.02: one cent too many,
        // taken back from the share rounded up the most, which is not the first code.
        let quarters = weights(&[("AV", "1.00"), ("CATERING", "1.00"), ("PHOTO", "2.00")]);
        assert_eq!(
            allocate_pro_rata(usd("0.03"), &quarters),
            shares(&[("AV", "0.01"), ("CATERING", "0.01"), ("PHOTO", "0.01")])
        );
        // Exact shares stay exact.
        assert_eq!(
            allocate_pro_rata(
                usd("30.00"),
                &weights(&[("AV", "40.00"), ("CATERING", "60.00")])
            ),
            shares(&[("AV", "12.00"), ("CATERING", "18.00")])
        );
    }

    #[test]
    fn units_without_weight_get_nothing() {
        assert_eq!(
            allocate_pro_rata(
                usd("5.00"),
                &weights(&[("AV", "0.00"), ("CATERING", "10.00"), ("PHOTO", "-3.00")])
            ),
            shares(&[("AV", "0.00"), ("CATERING", "5.00"), ("PHOTO", "0.00")])
        );
        assert_eq!(
            allocate_pro_rata(usd("5.00"), &weights(&[("AV", "0.00")])),
            shares(&[("AV", "0.00")])
        );
        assert!(allocate_pro_rata(usd("5.00"), &BTreeMap::new()).is_empty());
    }

    /// Catering 33.34 and security 66.66, credited 0.01 without a unit.
    fn second_invoice() -> Vec<InvoiceEvent> {
        let lines = vec![
            line(11, "CATERING", "1", "33.34"),
            line(12, "SECURITY", "2", "33.33"),
        ];
        vec![issued(lines, "100.00"), credited(3, usd("0.01"), None)]
    }

    #[test]
    fn revenue_is_lines_minus_credits_per_unit() {
        let first = Invoice::replay(&[
            standard_invoice(),
            credited(1, usd("10.00"), Some("CATERING")),
            // Spread over catering's 50.00 and audio-visual's 40.00 still open.
            credited(2, usd("45.00"), None),
        ]);
        let second = Invoice::replay(&second_invoice());
        let not_issued = Invoice::default();
        let revenue = revenue_by_unit([&first, &second, &not_issued]).unwrap();
        assert_eq!(
            revenue,
            shares(&[
                ("AV", "20.00"),
                ("CATERING", "58.34"),
                ("SECURITY", "66.65"),
            ])
        );
        let sum = Money::sum(Currency::USD, revenue.values()).unwrap();
        assert_eq!(sum, usd("144.99"));
        assert_eq!(revenue_by_unit([&first]).unwrap().len(), 2);
        assert!(revenue_by_unit([]).unwrap().is_empty());
    }

    #[test]
    fn invoices_in_two_currencies_do_not_add_up() {
        let euro = Currency::parse("EUR").unwrap();
        let price = Money::parse("10.00", euro).unwrap();
        let line = BillLine::priced(
            ServiceLineId::new(uuid(21)).unwrap(),
            unit("CATERING"),
            ItemCode::parse("CAT-COFFEE").unwrap(),
            1,
            Quantity::parse("1").unwrap(),
            price,
        );
        let InvoiceEvent::InvoiceIssued {
            invoice_id,
            number,
            event_request,
            mission,
            issued_at,
            reason,
            ..
        } = standard_invoice()
        else {
            unreachable!()
        };
        let in_euro = Invoice::replay(&[InvoiceEvent::InvoiceIssued {
            invoice_id,
            number,
            event_request,
            mission,
            issued_at,
            currency: euro,
            lines: vec![line],
            reason,
            total: price,
        }]);
        let in_dollars = Invoice::replay(&[standard_invoice()]);
        assert_eq!(
            revenue_by_unit([&in_dollars, &in_euro]),
            Err(CurrencyMismatch {
                left: Currency::USD,
                right: euro
            })
        );
    }

    proptest! {
        #[test]
        fn shares_sum_to_the_amount_each_within_a_cent(
            weights in prop::collection::vec(0i64..=1_000_000_000, 1..=8),
            amount in -100_000_000_000i64..=100_000_000_000,
        ) {
            prop_assume!(weights.iter().any(|&weight| weight > 0));
            let map: BTreeMap<UnitCode, Money> = weights
                .iter()
                .enumerate()
                .map(|(index, &weight)| {
                    let code = UnitCode::parse(&format!("U{index}")).unwrap();
                    (code, Money::new(Decimal::new(weight, 2), Currency::USD).unwrap())
                })
                .collect();
            let amount = Money::new(Decimal::new(amount, 2), Currency::USD).unwrap();
            let allocated = allocate_pro_rata(amount, &map);
            prop_assert_eq!(allocated.len(), map.len());
            prop_assert_eq!(Money::sum(Currency::USD, allocated.values()).unwrap(), amount);
            let total_weight: i128 = map.values().map(cents).sum();
            for (code, share) in &allocated {
                // |share − amount × weight / total| < 1 cent, in whole cents over `total`.
                let exact = cents(&amount) * cents(&map[code]);
                prop_assert!((cents(share) * total_weight - exact).abs() < total_weight);
                if map[code].is_zero() {
                    prop_assert!(share.is_zero());
                }
            }
        }
    }
}
