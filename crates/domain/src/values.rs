//! Small values that cannot hold an invalid state: codes, bounded texts, localized names,
//! contacts, quantities and ratings. Each is built by a `parse`/`new` that returns `Result`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

use crate::error::{ErrorCode, Param, Rejection};

/// Input that is not a valid value. Always the `VALIDATION` code (the field tells which input).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("not a UUID version 7")]
    MalformedId,
    #[error("{kind} must be {rule}")]
    MalformedCode {
        kind: &'static str,
        rule: &'static str,
    },
    #[error("{kind} must have between {min} and {max} characters")]
    TextLength {
        kind: &'static str,
        min: usize,
        max: usize,
    },
    #[error("a localized text needs an English version")]
    MissingEnglish,
    #[error("not a valid e-mail address")]
    MalformedEmail,
    #[error("not a valid phone number")]
    MalformedPhone,
    #[error(
        "a quantity must be greater than 0, at most {max}, with at most 2 decimals ({problem})"
    )]
    Quantity { max: Decimal, problem: &'static str },
    #[error("an amount must have at most 2 decimals and be at most {max} in size")]
    Amount { max: Decimal },
    #[error("an amount must be greater than 0")]
    AmountNotPositive,
    #[error("an amount must not be negative")]
    AmountNegative,
    #[error("the currency must be {expected}, not {actual}")]
    CurrencyMismatch { expected: String, actual: String },
    #[error("a rating is a whole number from 1 to 5")]
    Rating,
    #[error("a time slot must end after it starts")]
    EmptySlot,
    #[error("expected attendance must be from 1 to {max}")]
    Attendance { max: u32 },
    #[error("a room's capacity must be from 1 to {max}")]
    Capacity { max: u32 },
}

impl ValueError {
    fn kind(&self) -> Option<&'static str> {
        match self {
            ValueError::MalformedCode { kind, .. } | ValueError::TextLength { kind, .. } => {
                Some(kind)
            }
            _ => None,
        }
    }
}

impl Rejection for ValueError {
    fn code(&self) -> ErrorCode {
        ErrorCode::Validation
    }

    fn params(&self) -> Vec<Param> {
        let mut params = Vec::new();
        if let Some(kind) = self.kind() {
            params.push(("kind", kind.to_string()));
        }
        match self {
            ValueError::TextLength { min, max, .. } => {
                params.push(("min", min.to_string()));
                params.push(("max", max.to_string()));
            }
            ValueError::Quantity { max, problem } => {
                params.push(("max", max.to_string()));
                params.push(("quantityProblem", problem.to_string()));
            }
            ValueError::Amount { max } => params.push(("max", max.to_string())),
            ValueError::Attendance { max } => params.push(("max", max.to_string())),
            ValueError::Capacity { max } => params.push(("max", max.to_string())),
            ValueError::CurrencyMismatch { expected, actual } => {
                params.push(("expected", expected.clone()));
                params.push(("actual", actual.clone()));
            }
            _ => {}
        }
        params
    }
}

fn code_chars_ok(text: &str, min: usize, max: usize, extra: &[char]) -> bool {
    let len = text.chars().count();
    (min..=max).contains(&len)
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || extra.contains(&c))
}

macro_rules! code_type {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $rule:literal, $min:literal, $max:literal, $extra:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Parses a code; surrounding spaces are ignored, case is not.
            pub fn parse(text: &str) -> Result<Self, ValueError> {
                let text = text.trim();
                if code_chars_ok(text, $min, $max, $extra) {
                    Ok(Self(text.to_string()))
                } else {
                    Err(ValueError::MalformedCode { kind: $kind, rule: $rule })
                }
            }

            /// The code as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = ValueError;
            fn try_from(text: String) -> Result<Self, ValueError> {
                Self::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(code: $name) -> String {
                code.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

code_type!(
    /// A Permanent Mission, e.g. `FRA` (2 to 6 capital letters).
    MissionCode, "mission code", "2 to 6 capital letters", 2, 6, &[]
);
code_type!(
    /// A facility unit, e.g. `CATERING` (capital letters, digits, `_`; up to 32).
    UnitCode, "unit code", "2 to 32 capital letters, digits or _", 2, 32, &['_']
);
code_type!(
    /// A conference room, e.g. `CR4` (capital letters, digits, `-`; up to 16).
    RoomCode, "room code", "1 to 16 capital letters, digits or -", 1, 16, &['-']
);
code_type!(
    /// A catalog item of the rate card, e.g. `CAT-COFFEE`.
    ItemCode, "item code", "2 to 32 capital letters, digits or -", 2, 32, &['-']
);
code_type!(
    /// Something a room offers, e.g. `INTERPRETATION_BOOTHS` (capital letters, digits, `_`).
    Feature, "feature", "2 to 32 capital letters, digits or _", 2, 32, &['_']
);

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $min:literal, $max:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The largest number of characters accepted.
            pub const MAX_CHARS: usize = $max;

            /// Trims the text and checks its length in characters.
            pub fn parse(text: &str) -> Result<Self, ValueError> {
                let text = text.trim();
                let len = text.chars().count();
                if ($min..=$max).contains(&len) && !text.chars().any(|c| c.is_control() && c != '\n') {
                    Ok(Self(text.to_string()))
                } else {
                    Err(ValueError::TextLength { kind: $kind, min: $min, max: $max })
                }
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = ValueError;
            fn try_from(text: String) -> Result<Self, ValueError> {
                Self::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(text: $name) -> String {
                text.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_type!(
    /// The title of a side event: 1 to 200 characters.
    Title, "title", 1, 200
);
text_type!(
    /// A free description: up to 5,000 characters, may be empty.
    Description, "description", 0, 5000
);
text_type!(
    /// Why something was rejected, cancelled, declined or credited: 1 to 1,000 characters.
    Reason, "reason", 1, 1000
);
text_type!(
    /// A note on a line or a feedback comment: up to 1,000 characters, may be empty.
    Note, "note", 0, 1000
);
text_type!(
    /// A person's or organization's name: 1 to 200 characters.
    Name, "name", 1, 200
);
text_type!(
    /// A payment reference (bank transfer id and the like): 1 to 100 characters.
    PaymentReference, "payment reference", 1, 100
);

/// The six official languages of the venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Ru,
}

impl Lang {
    /// Every language, English first (the fallback).
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar, Lang::Zh, Lang::Ru];

    /// The ISO 639-1 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }

    /// Parses a tag such as `fr` or `fr-CH` (the region is ignored).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.tag() == primary)
    }

    /// Whether the language is written right to left (Arabic).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }
}

/// A name in up to six languages; English is required and is the fallback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<Lang, String>", into = "BTreeMap<Lang, String>")]
pub struct LocalizedText(BTreeMap<Lang, Name>);

impl LocalizedText {
    /// Builds a text from (language, text) pairs; each text is a valid [`Name`].
    pub fn new<'a>(texts: impl IntoIterator<Item = (Lang, &'a str)>) -> Result<Self, ValueError> {
        let mut map = BTreeMap::new();
        for (lang, text) in texts {
            map.insert(lang, Name::parse(text)?);
        }
        if map.contains_key(&Lang::En) {
            Ok(Self(map))
        } else {
            Err(ValueError::MissingEnglish)
        }
    }

    /// The text in `lang`, or the English one when it has no translation.
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(&lang)
            .or_else(|| self.0.get(&Lang::En))
            .map(Name::as_str)
            .unwrap_or_default()
    }

    /// Whether every official language has its own text.
    pub fn is_complete(&self) -> bool {
        Lang::ALL.iter().all(|lang| self.0.contains_key(lang))
    }
}

impl TryFrom<BTreeMap<Lang, String>> for LocalizedText {
    type Error = ValueError;
    fn try_from(map: BTreeMap<Lang, String>) -> Result<Self, ValueError> {
        LocalizedText::new(map.iter().map(|(lang, text)| (*lang, text.as_str())))
    }
}

impl From<LocalizedText> for BTreeMap<Lang, String> {
    fn from(text: LocalizedText) -> Self {
        text.0
            .into_iter()
            .map(|(lang, name)| (lang, name.into()))
            .collect()
    }
}

/// Who to call: a person with an e-mail address and a phone number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: Name,
    pub email: Email,
    pub phone: Phone,
}

/// An e-mail address: one `@`, something on each side, a dot in the domain, no spaces.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    /// Checks the shape of the address (delivery is not the domain's business).
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        let text = text.trim();
        let valid = match text.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains('@')
                    && text.len() <= 254
                    && !text.chars().any(|c| c.is_whitespace() || c.is_control())
            }
            None => false,
        };
        if valid {
            Ok(Self(text.to_string()))
        } else {
            Err(ValueError::MalformedEmail)
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Self::parse(&text)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> String {
        email.0
    }
}

/// A phone number: digits with optional `+`, spaces, dashes, dots and parentheses; 5 to 15 digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    /// Checks the characters and the number of digits.
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        let text = text.trim();
        let digits = text.chars().filter(char::is_ascii_digit).count();
        let valid = (5..=15).contains(&digits)
            && text.len() <= 32
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')'));
        if valid {
            Ok(Self(text.to_string()))
        } else {
            Err(ValueError::MalformedPhone)
        }
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Phone {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Self::parse(&text)
    }
}

impl From<Phone> for String {
    fn from(phone: Phone) -> String {
        phone.0
    }
}

/// How many of an item: greater than 0, at most 2 decimals, at most [`Quantity::MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct Quantity(Decimal);

impl Quantity {
    /// The largest quantity accepted on one line (a limit on everything).
    pub const MAX: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

    /// Checks the value; trailing zeros do not count as decimals (`2.50` is fine).
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        let value = value.normalize();
        let problem = if value <= Decimal::ZERO {
            "NOT_POSITIVE"
        } else if value.scale() > 2 {
            "DECIMALS"
        } else if value > Self::MAX {
            "TOO_LARGE"
        } else {
            return Ok(Self(value));
        };
        Err(ValueError::Quantity {
            max: Self::MAX,
            problem,
        })
    }

    /// Parses a decimal string such as `"12.5"`.
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        let value = text
            .trim()
            .parse::<Decimal>()
            .map_err(|_| ValueError::Quantity {
                max: Self::MAX,
                problem: "NOT_A_NUMBER",
            })?;
        Self::new(value)
    }

    /// The value.
    pub fn value(self) -> Decimal {
        self.0
    }
}

impl TryFrom<Decimal> for Quantity {
    type Error = ValueError;
    fn try_from(value: Decimal) -> Result<Self, ValueError> {
        Self::new(value)
    }
}

impl From<Quantity> for Decimal {
    fn from(quantity: Quantity) -> Decimal {
        quantity.0
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Expected attendance of a side event: 1 to [`Attendance::MAX`] people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Attendance(u32);

impl Attendance {
    /// More people than the largest hall of the venue holds.
    pub const MAX: u32 = 10_000;

    /// Checks the range.
    pub fn new(people: i64) -> Result<Self, ValueError> {
        match u32::try_from(people) {
            Ok(people) if (1..=Self::MAX).contains(&people) => Ok(Self(people)),
            _ => Err(ValueError::Attendance { max: Self::MAX }),
        }
    }

    /// The number of people.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<u32> for Attendance {
    type Error = ValueError;
    fn try_from(people: u32) -> Result<Self, ValueError> {
        Self::new(i64::from(people))
    }
}

impl From<Attendance> for u32 {
    fn from(attendance: Attendance) -> u32 {
        attendance.0
    }
}

/// A satisfaction rating: a whole number from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

impl Rating {
    /// Checks the range.
    pub fn new(value: i64) -> Result<Self, ValueError> {
        match u8::try_from(value) {
            Ok(value) if (1..=5).contains(&value) => Ok(Self(value)),
            _ => Err(ValueError::Rating),
        }
    }

    /// The rating.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = ValueError;
    fn try_from(value: u8) -> Result<Self, ValueError> {
        Self::new(i64::from(value))
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        rating.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_accept_their_shape_only() {
        assert!(MissionCode::parse("FRA").is_ok());
        assert_eq!(
            MissionCode::parse(" FRA ").map(|code| code.to_string()),
            Ok("FRA".to_string())
        );
        assert!(MissionCode::parse("fra").is_err());
        assert!(MissionCode::parse("F").is_err());
        assert!(MissionCode::parse("FRANCE1").is_err());
        assert!(UnitCode::parse("CATERING").is_ok());
        assert!(UnitCode::parse("AV_BROADCAST").is_ok());
        assert!(UnitCode::parse("1AV").is_err());
        assert!(RoomCode::parse("CR4").is_ok());
        assert!(RoomCode::parse("CR-4").is_ok());
        assert!(RoomCode::parse("").is_err());
        assert!(ItemCode::parse("CAT-COFFEE").is_ok());
        assert!(ItemCode::parse("CAT COFFEE").is_err());
        let error = ItemCode::parse("x").expect_err("invalid");
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(error.params()[0], ("kind", "item code".to_string()));
    }

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert!(Title::parse("   ").is_err());
        assert_eq!(
            Title::parse("  Oceans ").map(|title| title.to_string()),
            Ok("Oceans".to_string())
        );
        assert!(Title::parse(&"a".repeat(200)).is_ok());
        assert!(Title::parse(&"a".repeat(201)).is_err());
        // Characters, not bytes: 200 Arabic letters fit.
        assert!(Title::parse(&"ب".repeat(200)).is_ok());
        assert!(Description::parse("").is_ok());
        assert!(Title::parse("bell\u{7}").is_err());
    }

    #[test]
    fn quantities_are_positive_with_at_most_two_decimals() {
        assert!(Quantity::parse("0").is_err());
        assert!(Quantity::parse("-1").is_err());
        assert!(Quantity::parse("1.005").is_err());
        assert!(Quantity::parse("1.50").is_ok());
        assert!(
            Quantity::parse("1.500").is_ok(),
            "trailing zeros are not decimals"
        );
        assert!(Quantity::parse("1000000").is_ok());
        assert!(Quantity::parse("1000000.01").is_err());
        assert!(Quantity::parse("ten").is_err());
        assert_eq!(
            Quantity::parse("2.50").map(|q| q.to_string()),
            Ok("2.5".to_string())
        );
    }

    #[test]
    fn ratings_and_attendance_are_ranges() {
        assert!(Rating::new(0).is_err());
        assert!(Rating::new(1).is_ok());
        assert!(Rating::new(5).is_ok());
        assert!(Rating::new(6).is_err());
        assert!(Attendance::new(0).is_err());
        assert!(Attendance::new(1).is_ok());
        assert!(Attendance::new(i64::from(Attendance::MAX) + 1).is_err());
    }

    #[test]
    fn localized_text_falls_back_to_english() {
        let text =
            LocalizedText::new([(Lang::En, "Coffee"), (Lang::Fr, "Café"), (Lang::Ar, "قهوة")])
                .expect("valid");
        assert_eq!(text.get(Lang::Fr), "Café");
        assert_eq!(text.get(Lang::Ar), "قهوة");
        assert_eq!(text.get(Lang::Zh), "Coffee");
        assert!(!text.is_complete());
        assert_eq!(
            LocalizedText::new([(Lang::Fr, "Café")]),
            Err(ValueError::MissingEnglish)
        );
        assert_eq!(Lang::parse("fr-CH"), Some(Lang::Fr));
        assert_eq!(Lang::parse("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::parse("de"), None);
        assert!(Lang::Ar.is_rtl());
    }

    #[test]
    fn contacts_check_their_shape() {
        assert!(Email::parse("ana.lima@un.org").is_ok());
        assert!(Email::parse("ana@un").is_err());
        assert!(Email::parse("ana lima@un.org").is_err());
        assert!(Email::parse("@un.org").is_err());
        assert!(Phone::parse("+1 (212) 963-1234").is_ok());
        assert!(Phone::parse("call me").is_err());
        assert!(Phone::parse("123").is_err());
    }

    #[test]
    fn ids_must_be_uuid_version_7() {
        use crate::ids::EventRequestId;
        assert!(EventRequestId::parse("01900000-0000-7000-8000-000000000001").is_ok());
        assert_eq!(
            EventRequestId::parse("550e8400-e29b-41d4-a716-446655440000"),
            Err(ValueError::MalformedId),
            "a version 4 id is refused"
        );
        assert_eq!(
            EventRequestId::parse("not-an-id"),
            Err(ValueError::MalformedId)
        );
        assert!(
            serde_json::from_str::<EventRequestId>(r#""550e8400-e29b-41d4-a716-446655440000""#)
                .is_err()
        );
    }
}
