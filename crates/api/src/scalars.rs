//! The two scalars of the contract. `Decimal` is a decimal string only: a JSON number is
//! refused, because a float cannot carry money exactly. `DateTime` is RFC 3339 with an
//! offset; it is written in the venue's zone (America/New_York).

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};
use jiff::Timestamp;

/// A decimal string such as `"1250.00"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal(pub rust_decimal::Decimal);

/// The longest decimal text accepted (a limit on input).
const MAX_DECIMAL_CHARS: usize = 40;

#[Scalar(name = "Decimal")]
impl ScalarType for Decimal {
    fn parse(value: Value) -> InputValueResult<Self> {
        match value {
            Value::String(text) => {
                let text = text.trim();
                let plain = !text.is_empty()
                    && text.len() <= MAX_DECIMAL_CHARS
                    && text
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+');
                if !plain {
                    return Err(InputValueError::custom(format!(
                        "{text:?} is not a decimal such as \"1250.00\""
                    )));
                }
                text.parse::<rust_decimal::Decimal>()
                    .map(Decimal)
                    .map_err(|_| {
                        InputValueError::custom(format!(
                            "{text:?} is not a decimal such as \"1250.00\""
                        ))
                    })
            }
            Value::Number(_) => Err(InputValueError::custom(
                "amounts and quantities are decimal strings such as \"1250.00\", never JSON numbers",
            )),
            other => Err(InputValueError::expected_type(other)),
        }
    }

    fn is_valid(value: &Value) -> bool {
        matches!(value, Value::String(_))
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.to_string())
    }
}

/// An instant, RFC 3339 with an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime(pub Timestamp);

#[Scalar(name = "DateTime")]
impl ScalarType for DateTime {
    fn parse(value: Value) -> InputValueResult<Self> {
        match value {
            Value::String(text) if text.len() <= 64 => text.trim().parse::<Timestamp>().map(DateTime).map_err(|_| {
                InputValueError::custom(format!("{text:?} is not an RFC 3339 date-time with an offset, such as \"2026-05-12T10:00:00-04:00\""))
            }),
            Value::String(_) => Err(InputValueError::custom("a date-time is at most 64 characters")),
            other => Err(InputValueError::expected_type(other)),
        }
    }

    fn is_valid(value: &Value) -> bool {
        matches!(value, Value::String(_))
    }

    fn to_value(&self) -> Value {
        Value::String(
            convene_domain::time::local(self.0)
                .strftime("%Y-%m-%dT%H:%M:%S%:z")
                .to_string(),
        )
    }
}
