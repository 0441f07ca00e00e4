//! The directory of facility units: each unit's localized name and current contact, kept
//! up to date by events, and [`who_handles`] a catalog item.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::rate_card::RateCard;
use crate::values::{Contact, ItemCode, LocalizedText, UnitCode};

/// The unit that handles `item`: the owner named by the rate card, as the directory knows it.
/// `None` when the item is not on the card (or, which decide prevents, its unit is unknown).
pub fn who_handles<'a>(
    directory: &'a Directory,
    rate_card: &RateCard,
    item: &ItemCode,
) -> Option<&'a Unit> {
    rate_card
        .item(item)
        .and_then(|item| directory.unit(&item.unit))
}

/// A facility unit (`CATERING`, `SECURITY`, …) and whom to contact there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub code: UnitCode,
    pub name: LocalizedText,
    pub contact: Contact,
}

/// Every facility unit of the venue (one stream, so codes are unique).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Directory {
    units: BTreeMap<UnitCode, Unit>,
}

impl Directory {
    /// The most units the directory holds; the venue has seven.
    pub const MAX_UNITS: usize = 500;

    /// The unit with this code, if registered.
    pub fn unit(&self, code: &UnitCode) -> Option<&Unit> {
        self.units.get(code)
    }

    /// Every unit, ordered by code.
    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        self.units.values()
    }

    /// The codes of every unit, as the rate card's `AddItem` wants them.
    pub fn unit_codes(&self) -> BTreeSet<UnitCode> {
        self.units.keys().cloned().collect()
    }
}

/// What the administrator asks of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectoryCommand {
    /// Adds a unit under a new code.
    RegisterUnit {
        code: UnitCode,
        name: LocalizedText,
        contact: Contact,
    },
    /// Names a new contact; the current contact records nothing.
    ChangeUnitContact { code: UnitCode, contact: Contact },
    /// Gives a unit a new name; the current name records nothing.
    RenameUnit { code: UnitCode, name: LocalizedText },
}

/// What happened to the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum DirectoryEvent {
    UnitRegistered {
        code: UnitCode,
        name: LocalizedText,
        contact: Contact,
    },
    UnitContactChanged {
        code: UnitCode,
        contact: Contact,
    },
    UnitRenamed {
        code: UnitCode,
        name: LocalizedText,
    },
}

/// Why the directory refuses a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    #[error("unit {code} already exists")]
    AlreadyExists { code: UnitCode },
    #[error("unit {code} does not exist")]
    NotFound { code: UnitCode },
    #[error("the directory already holds the most units allowed ({max})")]
    TooManyUnits { max: usize },
}

impl Rejection for DirectoryError {
    fn code(&self) -> ErrorCode {
        match self {
            DirectoryError::NotFound { .. } => ErrorCode::NotFound,
            DirectoryError::AlreadyExists { .. } | DirectoryError::TooManyUnits { .. } => {
                ErrorCode::Validation
            }
        }
    }

    fn field(&self) -> Option<&'static str> {
        match self {
            DirectoryError::AlreadyExists { .. } => Some("code"),
            DirectoryError::NotFound { .. } => Some("unitCode"),
            DirectoryError::TooManyUnits { .. } => None,
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            DirectoryError::AlreadyExists { code } | DirectoryError::NotFound { code } => {
                vec![("unitCode", code.to_string())]
            }
            DirectoryError::TooManyUnits { max } => vec![("max", max.to_string())],
        }
    }
}

impl DomainEvent for DirectoryEvent {
    fn event_type(&self) -> &'static str {
        match self {
            DirectoryEvent::UnitRegistered { .. } => "UnitRegistered",
            DirectoryEvent::UnitContactChanged { .. } => "UnitContactChanged",
            DirectoryEvent::UnitRenamed { .. } => "UnitRenamed",
        }
    }
}

impl Aggregate for Directory {
    type Command = DirectoryCommand;
    type Event = DirectoryEvent;
    type Error = DirectoryError;

    fn decide(&self, command: DirectoryCommand) -> Result<Vec<DirectoryEvent>, DirectoryError> {
        match command {
            DirectoryCommand::RegisterUnit {
                code,
                name,
                contact,
            } => {
                if self.units.contains_key(&code) {
                    return Err(DirectoryError::AlreadyExists { code });
                }
                if self.units.len() >= Self::MAX_UNITS {
                    return Err(DirectoryError::TooManyUnits {
                        max: Self::MAX_UNITS,
                    });
                }
                Ok(vec![DirectoryEvent::UnitRegistered {
                    code,
                    name,
                    contact,
                }])
            }
            DirectoryCommand::ChangeUnitContact { code, contact } => match self.units.get(&code) {
                None => Err(DirectoryError::NotFound { code }),
                Some(unit) if unit.contact == contact => Ok(Vec::new()),
                Some(_) => Ok(vec![DirectoryEvent::UnitContactChanged { code, contact }]),
            },
            DirectoryCommand::RenameUnit { code, name } => match self.units.get(&code) {
                None => Err(DirectoryError::NotFound { code }),
                Some(unit) if unit.name == name => Ok(Vec::new()),
                Some(_) => Ok(vec![DirectoryEvent::UnitRenamed { code, name }]),
            },
        }
    }

    fn evolve(mut self, event: &DirectoryEvent) -> Self {
        match event {
            DirectoryEvent::UnitRegistered {
                code,
                name,
                contact,
            } => {
                let unit = Unit {
                    code: code.clone(),
                    name: name.clone(),
                    contact: contact.clone(),
                };
                self.units.insert(code.clone(), unit);
            }
            DirectoryEvent::UnitContactChanged { code, contact } => {
                if let Some(unit) = self.unit_mut(code) {
                    unit.contact = contact.clone();
                }
            }
            DirectoryEvent::UnitRenamed { code, name } => {
                if let Some(unit) = self.unit_mut(code) {
                    unit.name = name.clone();
                }
            }
        }
        self
    }
}

impl Directory {
    /// The unit an event is about; only `decide` writes events, so it is there.
    fn unit_mut(&mut self, code: &UnitCode) -> Option<&mut Unit> {
        let unit = self.units.get_mut(code);
        debug_assert!(
            unit.is_some(),
            "an event about {code} before it was registered"
        );
        unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::PricingBasis;
    use crate::money::{Currency, Money};
    use crate::rate_card::RateCardEvent;
    use crate::testing::given;
    use crate::values::{Email, Lang, Name, Phone};

    fn code(text: &str) -> UnitCode {
        UnitCode::parse(text).expect("valid unit code")
    }

    fn name(en: &str) -> LocalizedText {
        LocalizedText::new([(Lang::En, en)]).expect("valid name")
    }

    fn contact(person: &str, email: &str) -> Contact {
        Contact {
            name: Name::parse(person).expect("valid name"),
            email: Email::parse(email).expect("valid e-mail"),
            phone: Phone::parse("+1 212 963 1234").expect("valid phone"),
        }
    }

    fn catering() -> DirectoryEvent {
        DirectoryEvent::UnitRegistered {
            code: code("CATERING"),
            name: name("Catering"),
            contact: contact("Ana Silva", "catering@un.example"),
        }
    }

    #[test]
    fn registers_a_unit() {
        let directory = given::<Directory>([])
            .when(DirectoryCommand::RegisterUnit {
                code: code("CATERING"),
                name: name("Catering"),
                contact: contact("Ana Silva", "catering@un.example"),
            })
            .then(vec![catering()]);
        let unit = directory.unit(&code("CATERING")).expect("registered");
        assert_eq!(unit.contact.name.as_str(), "Ana Silva");
        assert_eq!(directory.unit_codes(), BTreeSet::from([code("CATERING")]));
        assert_eq!(directory.units().count(), 1);
    }

    #[test]
    fn refuses_a_second_unit_with_the_same_code() {
        let error = given::<Directory>([catering()])
            .when(DirectoryCommand::RegisterUnit {
                code: code("CATERING"),
                name: name("Food"),
                contact: contact("Bo Li", "food@un.example"),
            })
            .error();
        assert_eq!(
            error,
            DirectoryError::AlreadyExists {
                code: code("CATERING")
            }
        );
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.field(), Some("code"));
        assert_eq!(error.params(), vec![("unitCode", "CATERING".to_string())]);
    }

    #[test]
    fn refuses_unit_number_501() {
        let full: Vec<DirectoryEvent> = (0..Directory::MAX_UNITS)
            .map(|n| DirectoryEvent::UnitRegistered {
                code: code(&format!("UNIT_{n}")),
                name: name("Some unit"),
                contact: contact("Somebody", "unit@un.example"),
            })
            .collect();
        given::<Directory>(full)
            .when(DirectoryCommand::RegisterUnit {
                code: code("EXTRA"),
                name: name("One too many"),
                contact: contact("Somebody", "unit@un.example"),
            })
            .then_err(DirectoryError::TooManyUnits { max: 500 });
    }

    #[test]
    fn changes_a_units_contact_and_the_same_contact_records_nothing() {
        let new_contact = contact("Bo Li", "bo.li@un.example");
        let directory = given::<Directory>([catering()])
            .when(DirectoryCommand::ChangeUnitContact {
                code: code("CATERING"),
                contact: new_contact.clone(),
            })
            .then(vec![DirectoryEvent::UnitContactChanged {
                code: code("CATERING"),
                contact: new_contact.clone(),
            }]);
        let unit = directory.unit(&code("CATERING")).expect("registered");
        assert_eq!(unit.contact, new_contact);

        given::<Directory>([catering()])
            .when(DirectoryCommand::ChangeUnitContact {
                code: code("CATERING"),
                contact: contact("Ana Silva", "catering@un.example"),
            })
            .then(vec![]);
    }

    #[test]
    fn renames_a_unit_and_the_same_name_records_nothing() {
        let directory = given::<Directory>([catering()])
            .when(DirectoryCommand::RenameUnit {
                code: code("CATERING"),
                name: name("Catering and hospitality"),
            })
            .then(vec![DirectoryEvent::UnitRenamed {
                code: code("CATERING"),
                name: name("Catering and hospitality"),
            }]);
        let unit = directory.unit(&code("CATERING")).expect("registered");
        assert_eq!(unit.name.get(Lang::En), "Catering and hospitality");

        given::<Directory>([catering()])
            .when(DirectoryCommand::RenameUnit {
                code: code("CATERING"),
                name: name("Catering"),
            })
            .then(vec![]);
    }

    #[test]
    fn refuses_to_change_an_unknown_unit() {
        let error = given::<Directory>([catering()])
            .when(DirectoryCommand::ChangeUnitContact {
                code: code("PHOTO"),
                contact: contact("Somebody", "photo@un.example"),
            })
            .error();
        assert_eq!(
            error,
            DirectoryError::NotFound {
                code: code("PHOTO")
            }
        );
        assert_eq!(error.code(), ErrorCode::NotFound);
        assert_eq!(error.field(), Some("unitCode"));

        given::<Directory>([catering()])
            .when(DirectoryCommand::RenameUnit {
                code: code("PHOTO"),
                name: name("Photo"),
            })
            .then_err(DirectoryError::NotFound {
                code: code("PHOTO"),
            });
    }

    #[test]
    fn who_handles_an_item_is_its_owning_unit() {
        let coffee = ItemCode::parse("CAT-COFFEE").expect("valid item code");
        let rate_card = RateCard::replay(&[RateCardEvent::CatalogItemAdded {
            code: coffee.clone(),
            unit: code("CATERING"),
            name: name("Coffee service"),
            pricing: PricingBasis::PerPerson,
            price: Money::parse("12.50", Currency::USD).expect("valid amount"),
            lead_time_days: 5,
            effective_at: "2026-01-01T05:00:00Z".parse().expect("valid timestamp"),
        }]);
        let directory = Directory::replay(&[catering()]);
        let unit = who_handles(&directory, &rate_card, &coffee).expect("a unit handles it");
        assert_eq!(unit.code, code("CATERING"));
        assert_eq!(unit.contact.email.as_str(), "catering@un.example");

        let tea = ItemCode::parse("CAT-TEA").expect("valid item code");
        assert_eq!(who_handles(&directory, &rate_card, &tea), None);
    }

    fn assert_golden(event: &DirectoryEvent, json: &str) {
        assert_eq!(serde_json::to_string(event).expect("serializes"), json);
        let back: DirectoryEvent = serde_json::from_str(json).expect("deserializes");
        assert_eq!(&back, event);
        assert!(json.starts_with(&format!(r#"{{"type":"{}""#, event.event_type())));
        assert_eq!(event.event_version(), 1);
    }

    #[test]
    fn golden_unit_registered() {
        assert_golden(
            &catering(),
            r#"{"type":"UnitRegistered","code":"CATERING","name":{"en":"Catering"},"contact":{"name":"Ana Silva","email":"catering@un.example","phone":"+1 212 963 1234"}}"#,
        );
    }

    #[test]
    fn golden_unit_contact_changed() {
        assert_golden(
            &DirectoryEvent::UnitContactChanged {
                code: code("AV"),
                contact: contact("Bo Li", "av@un.example"),
            },
            r#"{"type":"UnitContactChanged","code":"AV","contact":{"name":"Bo Li","email":"av@un.example","phone":"+1 212 963 1234"}}"#,
        );
    }

    #[test]
    fn golden_unit_renamed() {
        assert_golden(
            &DirectoryEvent::UnitRenamed {
                code: code("AV"),
                name: LocalizedText::new([(Lang::En, "Broadcast"), (Lang::Ru, "Вещание")])
                    .expect("valid name"),
            },
            r#"{"type":"UnitRenamed","code":"AV","name":{"en":"Broadcast","ru":"Вещание"}}"#,
        );
    }
}
