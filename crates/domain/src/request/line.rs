//! Service lines: one catalog item with a quantity on one request, owned by the item's unit.
//!
//! `REQUESTED → CONFIRMED → DELIVERED`, also `REQUESTED → DECLINED` and
//! `REQUESTED | CONFIRMED → CANCELLED`. Confirming fixes the unit price; delivery records
//! the actual quantity (and may be corrected until the request is invoiced).
//! Lines live in their request's stream, so a request and its lines always change together.

use jiff::Timestamp;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ids::ServiceLineId;
use crate::item::PricedItem;
use crate::money::Money;
use crate::values::{Note, Quantity, Reason, UnitCode};

/// Where a line is in its life cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LineStatus {
    Requested,
    Confirmed,
    Declined,
    Delivered,
    Cancelled,
}

impl LineStatus {
    /// The wire name, e.g. `CONFIRMED`.
    pub fn as_str(self) -> &'static str {
        match self {
            LineStatus::Requested => "REQUESTED",
            LineStatus::Confirmed => "CONFIRMED",
            LineStatus::Declined => "DECLINED",
            LineStatus::Delivered => "DELIVERED",
            LineStatus::Cancelled => "CANCELLED",
        }
    }
}

/// The price a unit fixed when it confirmed a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    /// The rate-card version in force at confirmation.
    pub rate_version: u32,
    pub unit_price: Money,
    /// Whether the unit quoted its own price instead of the rate card's.
    pub quoted: bool,
    pub note: Note,
    pub confirmed_at: Timestamp,
}

/// A service line as its events built it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceLine {
    pub id: ServiceLineId,
    /// The item as quoted when the line was requested (price and version at that time).
    pub item: PricedItem,
    pub quantity: Quantity,
    pub note: Note,
    pub status: LineStatus,
    pub confirmation: Option<Confirmation>,
    pub delivered_quantity: Option<Quantity>,
    /// Why the unit declined, or why the line was cancelled.
    pub reason: Option<Reason>,
    /// Whether the line was cancelled together with its request (or closed with it).
    pub cancelled_with_request: bool,
    /// The share of the line's amount charged for its cancellation (0 unless it was
    /// confirmed when cancelled).
    pub cancellation_fee_rate: Decimal,
    /// How many events concern this line (for `expectedVersion` on line commands).
    pub version: u64,
}

impl ServiceLine {
    /// The unit that owns the line.
    pub fn unit(&self) -> &UnitCode {
        &self.item.unit
    }

    /// Whether the line still waits for, or holds, its unit's commitment.
    pub fn is_open(&self) -> bool {
        matches!(self.status, LineStatus::Requested | LineStatus::Confirmed)
    }

    /// The fixed unit price once confirmed.
    pub fn confirmed_price(&self) -> Option<&Money> {
        self.confirmation
            .as_ref()
            .map(|confirmation| &confirmation.unit_price)
    }

    /// The quantity an invoice bills: delivered where recorded, else the confirmed one (the
    /// quantity requested is the quantity confirmed).
    pub fn billed_quantity(&self) -> Quantity {
        self.delivered_quantity.unwrap_or(self.quantity)
    }
}
