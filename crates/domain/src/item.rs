//! What a service line needs to know about a catalog item: who owns it, how it is priced,
//! its lead time, and the rate-card version and price it was quoted at.

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::values::{ItemCode, UnitCode};

/// What the quantity of a line counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PricingBasis {
    PerPerson,
    PerHour,
    PerEvent,
    PerItem,
}

impl PricingBasis {
    /// The wire name, e.g. `PER_PERSON`.
    pub fn as_str(self) -> &'static str {
        match self {
            PricingBasis::PerPerson => "PER_PERSON",
            PricingBasis::PerHour => "PER_HOUR",
            PricingBasis::PerEvent => "PER_EVENT",
            PricingBasis::PerItem => "PER_ITEM",
        }
    }
}

/// A rate-card entry as quoted at one instant: the price in force then and its version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricedItem {
    pub code: ItemCode,
    /// The unit that owns (confirms, delivers and is paid for) lines of this item.
    pub unit: UnitCode,
    pub pricing: PricingBasis,
    /// Calendar days (venue zone) a line must be added before the event starts.
    pub lead_time_days: u32,
    /// The rate-card version of this item the price comes from (1 for the first price).
    pub rate_version: u32,
    pub unit_price: Money,
}
