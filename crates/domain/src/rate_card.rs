//! The rate card: the versioned catalog of services a request can order, each owned by one
//! unit, with a price history where every change takes effect at a stated instant.
//!
//! A price is never edited in place. `ChangePrice` appends version 2, 3, … with its own
//! effective time, so a line priced at version 1 stays traceable, and [`RateCard::quote`]
//! answers "what did this item cost at that instant" for any instant, past or future.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::item::{PricedItem, PricingBasis};
use crate::money::{Currency, Money};
use crate::values::{ItemCode, LocalizedText, UnitCode, ValueError};

/// One version of an item's price: in force from `effective_at` until the next version's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriceVersion {
    /// 1 for the price the item was added with, then 2, 3, … in the order of the changes.
    pub version: u32,
    pub price: Money,
    pub effective_at: Timestamp,
}

/// An entry of the rate card with its whole price history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogItem {
    pub code: ItemCode,
    /// The unit that owns (confirms, delivers and is paid for) lines of this item.
    pub unit: UnitCode,
    pub name: LocalizedText,
    pub pricing: PricingBasis,
    /// Calendar days (venue zone) a line must be added before the event starts.
    pub lead_time_days: u32,
    // The first version is kept apart so an item without a price cannot exist.
    first_price: PriceVersion,
    // Versions 2, 3, …; their effective times never decrease.
    later_prices: Vec<PriceVersion>,
}

impl CatalogItem {
    /// Every price version, oldest first.
    pub fn prices(&self) -> impl Iterator<Item = &PriceVersion> {
        std::iter::once(&self.first_price).chain(&self.later_prices)
    }

    /// The most recent version, whether or not it is in force yet.
    pub fn latest_price(&self) -> &PriceVersion {
        self.later_prices.last().unwrap_or(&self.first_price)
    }

    /// The version in force at `at`: the latest whose effective time is not after `at`; before
    /// the first version takes effect, the first version (an item is never without a price).
    pub fn price_at(&self, at: Timestamp) -> &PriceVersion {
        self.later_prices
            .iter()
            .rev()
            .find(|version| version.effective_at <= at)
            .unwrap_or(&self.first_price)
    }

    /// What a service line needs to know about this item at `at`.
    pub fn quote(&self, at: Timestamp) -> PricedItem {
        let version = self.price_at(at);
        PricedItem {
            code: self.code.clone(),
            unit: self.unit.clone(),
            pricing: self.pricing,
            lead_time_days: self.lead_time_days,
            rate_version: version.version,
            unit_price: version.price,
        }
    }
}

/// The venue's rate card: every catalog item, in one currency.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RateCard {
    items: BTreeMap<ItemCode, CatalogItem>,
}

impl RateCard {
    /// The most items the rate card holds.
    pub const MAX_ITEMS: usize = 500;
    /// The most price versions one item keeps.
    pub const MAX_PRICE_VERSIONS: u32 = 1_000;
    /// The longest lead time an item may ask for: a year.
    pub const MAX_LEAD_TIME_DAYS: u32 = 365;

    /// The item with this code, if on the card.
    pub fn item(&self, code: &ItemCode) -> Option<&CatalogItem> {
        self.items.get(code)
    }

    /// Every item, ordered by code.
    pub fn items(&self) -> impl Iterator<Item = &CatalogItem> {
        self.items.values()
    }

    /// The card's one currency: the first item's; `None` while the card is empty.
    pub fn currency(&self) -> Option<Currency> {
        // Every price shares the first item's currency, so any item tells it.
        self.items
            .values()
            .next()
            .map(|item| item.first_price.price.currency())
    }

    /// The item as priced at `at` (see [`CatalogItem::price_at`]).
    pub fn quote(&self, code: &ItemCode, at: Timestamp) -> Result<PricedItem, RateCardError> {
        self.items
            .get(code)
            .map(|item| item.quote(at))
            .ok_or_else(|| RateCardError::UnknownItem { code: code.clone() })
    }
}

/// What the administrator asks of the rate card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateCardCommand {
    /// Puts a new item on the card with its first price (version 1).
    AddItem {
        code: ItemCode,
        unit: UnitCode,
        name: LocalizedText,
        pricing: PricingBasis,
        price: Money,
        lead_time_days: u32,
        effective_at: Timestamp,
        /// The units of the directory now; the owning unit must be one of them.
        known_units: BTreeSet<UnitCode>,
    },
    /// Schedules a new price version; it takes effect at `effective_at`, which is neither
    /// before `now` nor before the latest version's effective time.
    ChangePrice {
        code: ItemCode,
        price: Money,
        effective_at: Timestamp,
        now: Timestamp,
    },
    /// Sets the lead time of lines added from now on; the current value records nothing.
    ChangeLeadTime { code: ItemCode, lead_time_days: u32 },
    /// Gives an item a new name; the current name records nothing.
    RenameItem { code: ItemCode, name: LocalizedText },
}

/// What happened to the rate card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum RateCardEvent {
    /// An item joined the card with price version 1.
    CatalogItemAdded {
        code: ItemCode,
        unit: UnitCode,
        name: LocalizedText,
        pricing: PricingBasis,
        price: Money,
        lead_time_days: u32,
        effective_at: Timestamp,
    },
    /// A new price version, in force from `effective_at`.
    CatalogItemPriceChanged {
        code: ItemCode,
        version: u32,
        price: Money,
        effective_at: Timestamp,
    },
    CatalogItemLeadTimeChanged {
        code: ItemCode,
        lead_time_days: u32,
    },
    CatalogItemRenamed {
        code: ItemCode,
        name: LocalizedText,
    },
}

/// Why the rate card refuses a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateCardError {
    #[error("item {code} already exists")]
    AlreadyExists { code: ItemCode },
    #[error("no catalog item {code}")]
    UnknownItem { code: ItemCode },
    #[error("unit {unit} does not exist")]
    UnknownUnit { unit: UnitCode },
    #[error("invalid price: {0}")]
    InvalidPrice(ValueError),
    #[error("a lead time is 0 to {max} days, not {days}")]
    LeadTimeOutOfRange { days: u32, max: u32 },
    #[error("a price change cannot take effect in the past ({effective_at} is before {now})")]
    EffectiveInPast {
        effective_at: Timestamp,
        now: Timestamp,
    },
    #[error(
        "a price change cannot take effect before the latest one ({effective_at} is before {latest})"
    )]
    EffectiveBeforeLatest {
        effective_at: Timestamp,
        latest: Timestamp,
    },
    #[error("the rate card already holds the most items allowed ({max})")]
    TooManyItems { max: usize },
    #[error("item {code} already has the most price versions allowed ({max})")]
    TooManyPriceVersions { code: ItemCode, max: u32 },
}

impl Rejection for RateCardError {
    fn code(&self) -> ErrorCode {
        match self {
            RateCardError::UnknownItem { .. } => ErrorCode::UnknownItem,
            RateCardError::UnknownUnit { .. } => ErrorCode::NotFound,
            RateCardError::AlreadyExists { .. }
            | RateCardError::InvalidPrice(_)
            | RateCardError::LeadTimeOutOfRange { .. }
            | RateCardError::EffectiveInPast { .. }
            | RateCardError::EffectiveBeforeLatest { .. }
            | RateCardError::TooManyItems { .. }
            | RateCardError::TooManyPriceVersions { .. } => ErrorCode::Validation,
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            RateCardError::AlreadyExists { .. } => Some("code"),
            RateCardError::UnknownItem { .. } => Some("itemCode"),
            RateCardError::UnknownUnit { .. } => Some("unitCode"),
            RateCardError::InvalidPrice(_) => Some("price"),
            RateCardError::LeadTimeOutOfRange { .. } => Some("leadTimeDays"),
            RateCardError::EffectiveInPast { .. } | RateCardError::EffectiveBeforeLatest { .. } => {
                Some("effectiveAt")
            }
            RateCardError::TooManyItems { .. } | RateCardError::TooManyPriceVersions { .. } => None,
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            RateCardError::AlreadyExists { code } | RateCardError::UnknownItem { code } => {
                vec![("itemCode", code.to_string())]
            }
            RateCardError::UnknownUnit { unit } => vec![("unitCode", unit.to_string())],
            RateCardError::InvalidPrice(error) => error.params(),
            RateCardError::LeadTimeOutOfRange { days, max } => {
                vec![("leadTimeDays", days.to_string()), ("max", max.to_string())]
            }
            RateCardError::EffectiveInPast { effective_at, now } => vec![
                ("effectiveAt", crate::time::local_text(*effective_at)),
                ("now", crate::time::local_text(*now)),
            ],
            RateCardError::EffectiveBeforeLatest {
                effective_at,
                latest,
            } => vec![
                ("effectiveAt", crate::time::local_text(*effective_at)),
                ("latest", crate::time::local_text(*latest)),
            ],
            RateCardError::TooManyItems { max } => vec![("max", max.to_string())],
            RateCardError::TooManyPriceVersions { code, max } => {
                vec![("itemCode", code.to_string()), ("max", max.to_string())]
            }
        }
    }
}

impl DomainEvent for RateCardEvent {
    fn event_type(&self) -> &'static str {
        match self {
            RateCardEvent::CatalogItemAdded { .. } => "CatalogItemAdded",
            RateCardEvent::CatalogItemPriceChanged { .. } => "CatalogItemPriceChanged",
            RateCardEvent::CatalogItemLeadTimeChanged { .. } => "CatalogItemLeadTimeChanged",
            RateCardEvent::CatalogItemRenamed { .. } => "CatalogItemRenamed",
        }
    }
}

impl Aggregate for RateCard {
    type Command = RateCardCommand;
    type Event = RateCardEvent;
    type Error = RateCardError;

    fn decide(&self, command: RateCardCommand) -> Result<Vec<RateCardEvent>, RateCardError> {
        match command {
            RateCardCommand::AddItem {
                code,
                unit,
                name,
                pricing,
                price,
                lead_time_days,
                effective_at,
                known_units,
            } => {
                if self.items.contains_key(&code) {
                    return Err(RateCardError::AlreadyExists { code });
                }
                if self.items.len() >= Self::MAX_ITEMS {
                    return Err(RateCardError::TooManyItems {
                        max: Self::MAX_ITEMS,
                    });
                }
                if !known_units.contains(&unit) {
                    return Err(RateCardError::UnknownUnit { unit });
                }
                self.check_price(&price)?;
                check_lead_time(lead_time_days)?;
                Ok(vec![RateCardEvent::CatalogItemAdded {
                    code,
                    unit,
                    name,
                    pricing,
                    price,
                    lead_time_days,
                    effective_at,
                }])
            }
            RateCardCommand::ChangePrice {
                code,
                price,
                effective_at,
                now,
            } => {
                let item = self.known(code)?;
                self.check_price(&price)?;
                if effective_at < now {
                    return Err(RateCardError::EffectiveInPast { effective_at, now });
                }
                let latest = item.latest_price();
                if effective_at < latest.effective_at {
                    return Err(RateCardError::EffectiveBeforeLatest {
                        effective_at,
                        latest: latest.effective_at,
                    });
                }
                if latest.version >= Self::MAX_PRICE_VERSIONS {
                    return Err(RateCardError::TooManyPriceVersions {
                        code: item.code.clone(),
                        max: Self::MAX_PRICE_VERSIONS,
                    });
                }
                Ok(vec![RateCardEvent::CatalogItemPriceChanged {
                    code: item.code.clone(),
                    version: latest.version + 1,
                    price,
                    effective_at,
                }])
            }
            RateCardCommand::ChangeLeadTime {
                code,
                lead_time_days,
            } => {
                let item = self.known(code)?;
                check_lead_time(lead_time_days)?;
                if item.lead_time_days == lead_time_days {
                    return Ok(Vec::new());
                }
                Ok(vec![RateCardEvent::CatalogItemLeadTimeChanged {
                    code: item.code.clone(),
                    lead_time_days,
                }])
            }
            RateCardCommand::RenameItem { code, name } => {
                let item = self.known(code)?;
                if item.name == name {
                    return Ok(Vec::new());
                }
                Ok(vec![RateCardEvent::CatalogItemRenamed {
                    code: item.code.clone(),
                    name,
                }])
            }
        }
    }

    fn evolve(mut self, event: &RateCardEvent) -> Self {
        match event {
            RateCardEvent::CatalogItemAdded {
                code,
                unit,
                name,
                pricing,
                price,
                lead_time_days,
                effective_at,
            } => {
                let item = CatalogItem {
                    code: code.clone(),
                    unit: unit.clone(),
                    name: name.clone(),
                    pricing: *pricing,
                    lead_time_days: *lead_time_days,
                    first_price: PriceVersion {
                        version: 1,
                        price: *price,
                        effective_at: *effective_at,
                    },
                    later_prices: Vec::new(),
                };
                self.items.insert(code.clone(), item);
            }
            RateCardEvent::CatalogItemPriceChanged {
                code,
                version,
                price,
                effective_at,
            } => {
                if let Some(item) = self.item_mut(code) {
                    debug_assert_eq!(*version, item.latest_price().version + 1);
                    debug_assert!(*effective_at >= item.latest_price().effective_at);
                    item.later_prices.push(PriceVersion {
                        version: *version,
                        price: *price,
                        effective_at: *effective_at,
                    });
                }
            }
            RateCardEvent::CatalogItemLeadTimeChanged {
                code,
                lead_time_days,
            } => {
                if let Some(item) = self.item_mut(code) {
                    item.lead_time_days = *lead_time_days;
                }
            }
            RateCardEvent::CatalogItemRenamed { code, name } => {
                if let Some(item) = self.item_mut(code) {
                    item.name = name.clone();
                }
            }
        }
        self
    }
}

impl RateCard {
    /// The item a command is about, or `UNKNOWN_ITEM`.
    fn known(&self, code: ItemCode) -> Result<&CatalogItem, RateCardError> {
        self.items
            .get(&code)
            .ok_or(RateCardError::UnknownItem { code })
    }

    /// Prices are not negative (an item may be free) and are in the card's currency.
    fn check_price(&self, price: &Money) -> Result<(), RateCardError> {
        if price.is_negative() {
            return Err(RateCardError::InvalidPrice(ValueError::AmountNegative));
        }
        match self.currency() {
            Some(expected) if expected != price.currency() => {
                Err(RateCardError::InvalidPrice(ValueError::CurrencyMismatch {
                    expected: expected.to_string(),
                    actual: price.currency().to_string(),
                }))
            }
            _ => Ok(()),
        }
    }

    /// The item an event is about; only `decide` writes events, so it is there.
    fn item_mut(&mut self, code: &ItemCode) -> Option<&mut CatalogItem> {
        let item = self.items.get_mut(code);
        debug_assert!(item.is_some(), "an event about {code} before it was added");
        item
    }
}

fn check_lead_time(days: u32) -> Result<(), RateCardError> {
    if days > RateCard::MAX_LEAD_TIME_DAYS {
        return Err(RateCardError::LeadTimeOutOfRange {
            days,
            max: RateCard::MAX_LEAD_TIME_DAYS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::given;
    use crate::values::Lang;

    fn item(text: &str) -> ItemCode {
        ItemCode::parse(text).expect("valid item code")
    }

    fn unit(text: &str) -> UnitCode {
        UnitCode::parse(text).expect("valid unit code")
    }

    fn name(en: &str) -> LocalizedText {
        LocalizedText::new([(Lang::En, en)]).expect("valid name")
    }

    fn usd(amount: &str) -> Money {
        Money::parse(amount, Currency::USD).expect("valid amount")
    }

    fn eur(amount: &str) -> Money {
        let eur = Currency::parse("EUR").expect("valid currency");
        Money::parse(amount, eur).expect("valid amount")
    }

    fn at(text: &str) -> Timestamp {
        text.parse().expect("valid timestamp")
    }

    fn units() -> BTreeSet<UnitCode> {
        [unit("CATERING"), unit("AV")].into_iter().collect()
    }

    fn add_coffee(price: Money) -> RateCardCommand {
        RateCardCommand::AddItem {
            code: item("CAT-COFFEE"),
            unit: unit("CATERING"),
            name: name("Coffee service"),
            pricing: PricingBasis::PerPerson,
            price,
            lead_time_days: 5,
            effective_at: at("2026-01-01T05:00:00Z"),
            known_units: units(),
        }
    }

    fn coffee_added() -> RateCardEvent {
        RateCardEvent::CatalogItemAdded {
            code: item("CAT-COFFEE"),
            unit: unit("CATERING"),
            name: name("Coffee service"),
            pricing: PricingBasis::PerPerson,
            price: usd("12.50"),
            lead_time_days: 5,
            effective_at: at("2026-01-01T05:00:00Z"),
        }
    }

    fn coffee_price(version: u32, price: &str, effective_at: &str) -> RateCardEvent {
        RateCardEvent::CatalogItemPriceChanged {
            code: item("CAT-COFFEE"),
            version,
            price: usd(price),
            effective_at: at(effective_at),
        }
    }

    fn change_coffee_price(price: Money, effective_at: &str, now: &str) -> RateCardCommand {
        RateCardCommand::ChangePrice {
            code: item("CAT-COFFEE"),
            price,
            effective_at: at(effective_at),
            now: at(now),
        }
    }

    #[test]
    fn adds_an_item_with_price_version_1() {
        let card = given::<RateCard>([])
            .when(add_coffee(usd("12.50")))
            .then(vec![coffee_added()]);
        assert_eq!(card.currency(), Some(Currency::USD));
        let coffee = card.item(&item("CAT-COFFEE")).expect("added");
        assert_eq!(coffee.latest_price().version, 1);
        assert_eq!(card.items().count(), 1);
    }

    #[test]
    fn a_free_item_is_allowed_but_not_a_negative_price() {
        given::<RateCard>([]).when(add_coffee(usd("0"))).then_ok();
        let error = given::<RateCard>([]).when(add_coffee(usd("-0.01"))).error();
        assert_eq!(
            error,
            RateCardError::InvalidPrice(ValueError::AmountNegative)
        );
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), Some("price"));
    }

    #[test]
    fn refuses_a_second_item_with_the_same_code() {
        let error = given::<RateCard>([coffee_added()])
            .when(add_coffee(usd("10.00")))
            .error();
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), Some("code"));
        assert_eq!(error.params(), vec![("itemCode", "CAT-COFFEE".to_string())]);
    }

    #[test]
    fn refuses_an_item_of_an_unknown_unit() {
        let command = RateCardCommand::AddItem {
            code: item("PHOTO-SHOOT"),
            unit: unit("PHOTO"),
            name: name("Photographer"),
            pricing: PricingBasis::PerHour,
            price: usd("80.00"),
            lead_time_days: 3,
            effective_at: at("2026-01-01T05:00:00Z"),
            known_units: units(),
        };
        let error = given::<RateCard>([]).when(command).error();
        assert_eq!(
            error,
            RateCardError::UnknownUnit {
                unit: unit("PHOTO")
            }
        );
        assert_eq!(error.code(), ErrorCode::NotFound);
        assert_eq!(error.field(), Some("unitCode"));
        assert_eq!(error.params(), vec![("unitCode", "PHOTO".to_string())]);
    }

    #[test]
    fn the_card_has_the_first_items_currency() {
        let command = RateCardCommand::AddItem {
            code: item("AV-MIC"),
            unit: unit("AV"),
            name: name("Microphone"),
            pricing: PricingBasis::PerItem,
            price: eur("15.00"),
            lead_time_days: 2,
            effective_at: at("2026-01-01T05:00:00Z"),
            known_units: units(),
        };
        let mismatch = RateCardError::InvalidPrice(ValueError::CurrencyMismatch {
            expected: "USD".to_string(),
            actual: "EUR".to_string(),
        });
        let error = given::<RateCard>([coffee_added()]).when(command).error();
        assert_eq!(error, mismatch);
        assert_eq!(
            error.params(),
            vec![
                ("expected", "USD".to_string()),
                ("actual", "EUR".to_string())
            ]
        );
        given::<RateCard>([coffee_added()])
            .when(change_coffee_price(
                eur("13.00"),
                "2026-06-01T04:00:00Z",
                "2026-03-01T12:00:00Z",
            ))
            .then_err(mismatch);
    }

    #[test]
    fn lead_time_is_0_to_365_days() {
        let with_lead_time = |days: u32| RateCardCommand::AddItem {
            code: item("FAC-STAGE"),
            unit: unit("AV"),
            name: name("Stage"),
            pricing: PricingBasis::PerEvent,
            price: usd("400.00"),
            lead_time_days: days,
            effective_at: at("2026-01-01T05:00:00Z"),
            known_units: units(),
        };
        given::<RateCard>([]).when(with_lead_time(0)).then_ok();
        given::<RateCard>([]).when(with_lead_time(365)).then_ok();
        let error = given::<RateCard>([]).when(with_lead_time(366)).error();
        assert_eq!(
            error,
            RateCardError::LeadTimeOutOfRange {
                days: 366,
                max: 365
            }
        );
        assert_eq!(error.field(), Some("leadTimeDays"));
    }

    #[test]
    fn refuses_item_number_501() {
        let full: Vec<RateCardEvent> = (0..RateCard::MAX_ITEMS)
            .map(|n| RateCardEvent::CatalogItemAdded {
                code: item(&format!("IT-{n}")),
                unit: unit("AV"),
                name: name("Something"),
                pricing: PricingBasis::PerItem,
                price: usd("1.00"),
                lead_time_days: 0,
                effective_at: at("2026-01-01T05:00:00Z"),
            })
            .collect();
        given::<RateCard>(full)
            .when(add_coffee(usd("12.50")))
            .then_err(RateCardError::TooManyItems { max: 500 });
    }

    #[test]
    fn a_price_change_effective_exactly_now_is_version_2() {
        let card = given::<RateCard>([coffee_added()])
            .when(change_coffee_price(
                usd("13.00"),
                "2026-03-01T12:00:00Z",
                "2026-03-01T12:00:00Z",
            ))
            .then(vec![coffee_price(2, "13.00", "2026-03-01T12:00:00Z")]);
        let coffee = card.item(&item("CAT-COFFEE")).expect("added");
        let versions: Vec<u32> = coffee.prices().map(|price| price.version).collect();
        assert_eq!(versions, [1, 2]);
    }

    #[test]
    fn a_price_change_cannot_take_effect_in_the_past() {
        let error = given::<RateCard>([coffee_added()])
            .when(change_coffee_price(
                usd("13.00"),
                "2026-03-01T11:59:59Z",
                "2026-03-01T12:00:00Z",
            ))
            .error();
        assert_eq!(
            error,
            RateCardError::EffectiveInPast {
                effective_at: at("2026-03-01T11:59:59Z"),
                now: at("2026-03-01T12:00:00Z"),
            }
        );
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), Some("effectiveAt"));
    }

    #[test]
    fn a_price_change_cannot_take_effect_before_a_scheduled_one() {
        let history = [
            coffee_added(),
            coffee_price(2, "13.00", "2026-07-01T04:00:00Z"),
        ];
        let error = given::<RateCard>(history.clone())
            .when(change_coffee_price(
                usd("14.00"),
                "2026-06-30T04:00:00Z",
                "2026-03-01T12:00:00Z",
            ))
            .error();
        assert_eq!(
            error,
            RateCardError::EffectiveBeforeLatest {
                effective_at: at("2026-06-30T04:00:00Z"),
                latest: at("2026-07-01T04:00:00Z"),
            }
        );
        assert_eq!(error.field(), Some("effectiveAt"));

        // At the same instant, the newer version corrects the scheduled one.
        let card = given::<RateCard>(history)
            .when(change_coffee_price(
                usd("14.00"),
                "2026-07-01T04:00:00Z",
                "2026-03-01T12:00:00Z",
            ))
            .then(vec![coffee_price(3, "14.00", "2026-07-01T04:00:00Z")]);
        let quote = card
            .quote(&item("CAT-COFFEE"), at("2026-07-01T04:00:00Z"))
            .expect("on the card");
        assert_eq!((quote.rate_version, quote.unit_price), (3, usd("14.00")));
    }

    #[test]
    fn changing_the_price_of_an_unknown_item_is_unknown_item() {
        let error = given::<RateCard>([coffee_added()])
            .when(RateCardCommand::ChangePrice {
                code: item("CAT-TEA"),
                price: usd("3.00"),
                effective_at: at("2026-06-01T04:00:00Z"),
                now: at("2026-03-01T12:00:00Z"),
            })
            .error();
        assert_eq!(
            error,
            RateCardError::UnknownItem {
                code: item("CAT-TEA")
            }
        );
        assert_eq!(error.code(), ErrorCode::UnknownItem);
        assert_eq!(error.field(), Some("itemCode"));
    }

    #[test]
    fn an_item_keeps_at_most_1000_price_versions() {
        let mut history = vec![coffee_added()];
        history.extend(
            (2..=RateCard::MAX_PRICE_VERSIONS)
                .map(|version| coffee_price(version, "12.50", "2026-02-01T05:00:00Z")),
        );
        given::<RateCard>(history)
            .when(change_coffee_price(
                usd("13.00"),
                "2026-06-01T04:00:00Z",
                "2026-03-01T12:00:00Z",
            ))
            .then_err(RateCardError::TooManyPriceVersions {
                code: item("CAT-COFFEE"),
                max: 1_000,
            });
    }

    #[test]
    fn quotes_the_version_in_force() {
        let scenario = given::<RateCard>([
            coffee_added(),
            coffee_price(2, "13.00", "2026-04-01T04:00:00Z"),
            coffee_price(3, "14.00", "2026-07-01T04:00:00Z"),
        ]);
        let card = scenario.state();
        let quote_at = |instant: &str| {
            let quote = card
                .quote(&item("CAT-COFFEE"), at(instant))
                .expect("on the card");
            (quote.rate_version, quote.unit_price)
        };
        // Before the first version takes effect, the first version still prices the item.
        assert_eq!(quote_at("2025-12-31T00:00:00Z"), (1, usd("12.50")));
        assert_eq!(quote_at("2026-04-01T03:59:59Z"), (1, usd("12.50")));
        assert_eq!(quote_at("2026-04-01T04:00:00Z"), (2, usd("13.00")));
        assert_eq!(quote_at("2026-07-01T04:00:00Z"), (3, usd("14.00")));
        assert_eq!(quote_at("2030-01-01T00:00:00Z"), (3, usd("14.00")));

        let quote = card
            .quote(&item("CAT-COFFEE"), at("2026-05-01T12:00:00Z"))
            .expect("on the card");
        assert_eq!(
            quote,
            PricedItem {
                code: item("CAT-COFFEE"),
                unit: unit("CATERING"),
                pricing: PricingBasis::PerPerson,
                lead_time_days: 5,
                rate_version: 2,
                unit_price: usd("13.00"),
            }
        );
        assert_eq!(
            card.quote(&item("CAT-TEA"), at("2026-05-01T12:00:00Z")),
            Err(RateCardError::UnknownItem {
                code: item("CAT-TEA")
            })
        );
    }

    #[test]
    fn changes_the_lead_time() {
        let card = given::<RateCard>([coffee_added()])
            .when(RateCardCommand::ChangeLeadTime {
                code: item("CAT-COFFEE"),
                lead_time_days: 7,
            })
            .then(vec![RateCardEvent::CatalogItemLeadTimeChanged {
                code: item("CAT-COFFEE"),
                lead_time_days: 7,
            }]);
        let coffee = card.item(&item("CAT-COFFEE")).expect("added");
        assert_eq!(coffee.lead_time_days, 7);

        given::<RateCard>([coffee_added()])
            .when(RateCardCommand::ChangeLeadTime {
                code: item("CAT-COFFEE"),
                lead_time_days: 5,
            })
            .then(vec![]);
        given::<RateCard>([coffee_added()])
            .when(RateCardCommand::ChangeLeadTime {
                code: item("CAT-COFFEE"),
                lead_time_days: 400,
            })
            .then_err(RateCardError::LeadTimeOutOfRange {
                days: 400,
                max: 365,
            });
    }

    #[test]
    fn renames_an_item() {
        let card = given::<RateCard>([coffee_added()])
            .when(RateCardCommand::RenameItem {
                code: item("CAT-COFFEE"),
                name: name("Coffee and tea"),
            })
            .then(vec![RateCardEvent::CatalogItemRenamed {
                code: item("CAT-COFFEE"),
                name: name("Coffee and tea"),
            }]);
        let coffee = card.item(&item("CAT-COFFEE")).expect("added");
        assert_eq!(coffee.name.get(Lang::En), "Coffee and tea");

        given::<RateCard>([coffee_added()])
            .when(RateCardCommand::RenameItem {
                code: item("CAT-COFFEE"),
                name: name("Coffee service"),
            })
            .then(vec![]);
        given::<RateCard>([coffee_added()])
            .when(RateCardCommand::RenameItem {
                code: item("CAT-TEA"),
                name: name("Tea"),
            })
            .then_err(RateCardError::UnknownItem {
                code: item("CAT-TEA"),
            });
    }

    fn assert_golden(event: &RateCardEvent, json: &str) {
        assert_eq!(serde_json::to_string(event).expect("serializes"), json);
        let back: RateCardEvent = serde_json::from_str(json).expect("deserializes");
        assert_eq!(&back, event);
        assert!(json.starts_with(&format!(r#"{{"type":"{}""#, event.event_type())));
        assert_eq!(event.event_version(), 1);
    }

    #[test]
    fn golden_catalog_item_added() {
        assert_golden(
            &coffee_added(),
            r#"{"type":"CatalogItemAdded","code":"CAT-COFFEE","unit":"CATERING","name":{"en":"Coffee service"},"pricing":"PER_PERSON","price":{"amount":"12.50","currency":"USD"},"lead_time_days":5,"effective_at":"2026-01-01T05:00:00Z"}"#,
        );
    }

    #[test]
    fn golden_catalog_item_price_changed() {
        assert_golden(
            &coffee_price(2, "13.00", "2026-04-01T04:00:00Z"),
            r#"{"type":"CatalogItemPriceChanged","code":"CAT-COFFEE","version":2,"price":{"amount":"13.00","currency":"USD"},"effective_at":"2026-04-01T04:00:00Z"}"#,
        );
    }

    #[test]
    fn golden_catalog_item_lead_time_changed() {
        assert_golden(
            &RateCardEvent::CatalogItemLeadTimeChanged {
                code: item("CAT-COFFEE"),
                lead_time_days: 7,
            },
            r#"{"type":"CatalogItemLeadTimeChanged","code":"CAT-COFFEE","lead_time_days":7}"#,
        );
    }

    #[test]
    fn golden_catalog_item_renamed() {
        assert_golden(
            &RateCardEvent::CatalogItemRenamed {
                code: item("CAT-COFFEE"),
                name: LocalizedText::new([(Lang::En, "Coffee"), (Lang::Ar, "قهوة")])
                    .expect("valid name"),
            },
            r#"{"type":"CatalogItemRenamed","code":"CAT-COFFEE","name":{"en":"Coffee","ar":"قهوة"}}"#,
        );
    }
}
