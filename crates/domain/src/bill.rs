//! The lines of a bill: what an estimate shows and what an invoice is made of.
//!
//! Every line carries what makes its amount traceable: the service line, the owning unit,
//! the item, the rate-card version, quantity and unit price. Amounts are rounded per line
//! (half-to-even, two places); a total is the sum of rounded lines.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ids::ServiceLineId;
use crate::money::Money;
use crate::values::{ItemCode, Quantity, UnitCode};

/// One priced line of a bill or invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillLine {
    pub service_line: ServiceLineId,
    pub unit: UnitCode,
    pub item: ItemCode,
    /// The rate-card version the unit price came from.
    pub rate_version: u32,
    pub quantity: Quantity,
    pub unit_price: Money,
    /// For a cancellation fee, the share of the line charged (0.5 or 1); `None` for a
    /// delivered or confirmed service.
    pub fee_rate: Option<Decimal>,
    /// `round(quantity × unit_price)`, then for a fee `round(that × fee_rate)`.
    pub amount: Money,
}

impl BillLine {
    /// Prices a service line: `amount = round(quantity × unit_price, 2, half-to-even)`.
    pub fn priced(
        service_line: ServiceLineId,
        unit: UnitCode,
        item: ItemCode,
        rate_version: u32,
        quantity: Quantity,
        unit_price: Money,
    ) -> BillLine {
        let amount = unit_price.times(quantity);
        BillLine {
            service_line,
            unit,
            item,
            rate_version,
            quantity,
            unit_price,
            fee_rate: None,
            amount,
        }
    }

    /// The cancellation fee of this line: `round(amount × rate, 2, half-to-even)`.
    pub fn fee(&self, rate: Decimal) -> BillLine {
        BillLine {
            fee_rate: Some(rate),
            amount: self.amount.scaled(rate),
            ..self.clone()
        }
    }
}
