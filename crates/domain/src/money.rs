//! Money: a `rust_decimal` amount with exactly two decimals and an ISO 4217 currency.
//!
//! Rounding is always half-to-even ("banker's rounding") to two places, once per line;
//! totals are sums of rounded lines, so a total always equals the sum of what is printed.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::values::{Quantity, ValueError};

/// An ISO 4217 currency code: three capital letters, e.g. `USD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency([u8; 3]);

impl Currency {
    /// The demo venue's currency.
    pub const USD: Currency = Currency(*b"USD");

    /// Parses three capital ASCII letters.
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        match text.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Self([a, b, c])),
            _ => Err(ValueError::MalformedCode {
                kind: "currency",
                rule: "3 capital letters (ISO 4217)",
            }),
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // The bytes are ASCII capitals by construction.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl TryFrom<String> for Currency {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Self::parse(&text)
    }
}

impl From<Currency> for String {
    fn from(currency: Currency) -> String {
        currency.as_str().to_string()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Rounds to two places, half to even.
pub fn round_half_even(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
    rounded.rescale(2);
    rounded
}

/// An amount of money: exactly two decimals, bounded by [`Money::MAX_ABS`], in one currency.
/// Negative amounts exist (a balance after a credit on a paid invoice is owed back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    #[serde(deserialize_with = "deserialize_amount")]
    amount: Decimal,
    currency: Currency,
}

fn deserialize_amount<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Decimal, D::Error> {
    let amount = <Decimal as Deserialize>::deserialize(deserializer)?;
    checked_amount(amount).map_err(serde::de::Error::custom)
}

fn checked_amount(amount: Decimal) -> Result<Decimal, ValueError> {
    if amount.normalize().scale() > 2 || amount.abs() > Money::MAX_ABS {
        return Err(ValueError::Amount {
            max: Money::MAX_ABS,
        });
    }
    let mut amount = amount;
    amount.rescale(2);
    Ok(amount)
}

/// Money arithmetic across two currencies: a bug, since a venue bills in one currency.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot combine {left} and {right}")]
pub struct CurrencyMismatch {
    pub left: Currency,
    pub right: Currency,
}

impl Money {
    /// One trillion: far above any side event, far below `Decimal`'s range, so sums of
    /// bounded lines can never overflow.
    pub const MAX_ABS: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

    /// An exact amount: more than two decimals is an error, not a rounding.
    pub fn new(amount: Decimal, currency: Currency) -> Result<Self, ValueError> {
        Ok(Self {
            amount: checked_amount(amount)?,
            currency,
        })
    }

    /// Parses a decimal string such as `"1250.00"`.
    pub fn parse(amount: &str, currency: Currency) -> Result<Self, ValueError> {
        let value = amount
            .trim()
            .parse::<Decimal>()
            .map_err(|_| ValueError::Amount {
                max: Money::MAX_ABS,
            })?;
        Self::new(value, currency)
    }

    /// Rounds `amount` half-to-even to two places.
    pub fn rounded(amount: Decimal, currency: Currency) -> Result<Self, ValueError> {
        Self::new(round_half_even(amount), currency)
    }

    /// Zero in `currency`.
    pub fn zero(currency: Currency) -> Self {
        Self {
            amount: Decimal::new(0, 2),
            currency,
        }
    }

    /// The amount, always with two decimals.
    pub fn amount(&self) -> Decimal {
        self.amount
    }

    /// The currency.
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Whether the amount is above zero.
    pub fn is_positive(&self) -> bool {
        self.amount > Decimal::ZERO
    }

    /// Whether the amount is below zero.
    pub fn is_negative(&self) -> bool {
        self.amount < Decimal::ZERO
    }

    /// Whether the amount is zero.
    pub fn is_zero(&self) -> bool {
        self.amount.is_zero()
    }

    /// The line amount: `round(quantity × self, 2, half-to-even)`.
    pub fn times(&self, quantity: Quantity) -> Money {
        self.scaled(quantity.value())
    }

    /// `round(self × factor, 2, half-to-even)`, for fees and pro-rata shares (`factor` in 0..=1
    /// or a quantity, both bounded so the product stays far inside `Decimal`'s range).
    pub fn scaled(&self, factor: Decimal) -> Money {
        let product = self
            .amount
            .checked_mul(factor)
            .expect("bounded amount times bounded factor fits a Decimal");
        Money {
            amount: round_half_even(product),
            currency: self.currency,
        }
    }

    /// `self + other`, same currency.
    pub fn checked_add(&self, other: &Money) -> Result<Money, CurrencyMismatch> {
        self.same_currency(other)?;
        Ok(Money {
            amount: self.amount + other.amount,
            currency: self.currency,
        })
    }

    /// `self - other`, same currency.
    pub fn checked_sub(&self, other: &Money) -> Result<Money, CurrencyMismatch> {
        self.same_currency(other)?;
        Ok(Money {
            amount: self.amount - other.amount,
            currency: self.currency,
        })
    }

    /// The sum of amounts in `currency`; an amount in another currency is an error.
    pub fn sum<'a>(
        currency: Currency,
        amounts: impl IntoIterator<Item = &'a Money>,
    ) -> Result<Money, CurrencyMismatch> {
        amounts
            .into_iter()
            .try_fold(Money::zero(currency), |total, amount| {
                total.checked_add(amount)
            })
    }

    fn same_currency(&self, other: &Money) -> Result<(), CurrencyMismatch> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(CurrencyMismatch {
                left: self.currency,
                right: other.currency,
            })
        }
    }
}

impl PartialOrd for Money {
    /// Amounts compare only within one currency.
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        (self.currency == other.currency).then(|| self.amount.cmp(&other.amount))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{qty, usd};
    use rust_decimal::Decimal;

    fn dec(text: &str) -> Decimal {
        text.parse().expect("valid decimal")
    }

    #[test]
    fn rounding_is_half_to_even_at_two_places() {
        assert_eq!(round_half_even(dec("0.125")), dec("0.12"));
        assert_eq!(round_half_even(dec("0.135")), dec("0.14"));
        assert_eq!(round_half_even(dec("-0.125")), dec("-0.12"));
        assert_eq!(round_half_even(dec("2.5")).to_string(), "2.50");
    }

    #[test]
    fn line_amounts_round_once_per_line() {
        // 3 × 0.335 = 1.005 → 1.00 (half to even), not 1.01.
        assert_eq!(usd("0.34").times(qty("1")), usd("0.34"));
        let price = Money::rounded(dec("0.335"), Currency::USD).expect("valid");
        assert_eq!(price, usd("0.34"));
        let exact = Money {
            amount: dec("0.335"),
            currency: Currency::USD,
        };
        assert_eq!(exact.times(qty("3")), usd("1.00"));
        assert_eq!(usd("4.50").times(qty("2.5")), usd("11.25"));
        assert_eq!(usd("0.05").times(qty("0.5")), usd("0.02"));
        assert_eq!(usd("0.07").times(qty("0.5")), usd("0.04"));
    }

    #[test]
    fn money_is_exact_to_two_decimals_and_bounded() {
        assert!(Money::parse("12.345", Currency::USD).is_err());
        assert!(Money::parse("12.340", Currency::USD).is_ok());
        assert!(Money::parse("abc", Currency::USD).is_err());
        assert!(Money::parse("1000000000000.01", Currency::USD).is_err());
        assert_eq!(usd("5").amount().to_string(), "5.00");
        assert_eq!(usd("5").to_string(), "5.00 USD");
    }

    #[test]
    fn currencies_do_not_mix() {
        let eur = Money::parse("1.00", Currency::parse("EUR").expect("valid")).expect("valid");
        assert!(usd("1.00").checked_add(&eur).is_err());
        assert_eq!(usd("1.00").partial_cmp(&eur), None);
        assert!(Currency::parse("usd").is_err());
        assert!(Currency::parse("US").is_err());
    }

    #[test]
    fn money_serializes_the_amount_as_a_string() {
        let json = serde_json::to_string(&usd("1250")).expect("encodes");
        assert_eq!(json, r#"{"amount":"1250.00","currency":"USD"}"#);
        assert!(serde_json::from_str::<Money>(r#"{"amount":1250.0,"currency":"USD"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":"1.234","currency":"USD"}"#).is_err());
        assert_eq!(
            serde_json::from_str::<Money>(&json).expect("decodes"),
            usd("1250")
        );
    }
}
