//! The venue file: the venue's reference data — its name, rooms, units with their contacts,
//! the rate card, missions and focal points — as one TOML document, so a real venue is set
//! up (and kept) without the demo. `convene venue import FILE` applies a file through the
//! administrator's own commands; `convene venue export` writes the venue as such a file.
//! docs/venue-file.md describes the format, key by key.
//!
//! Three steps, each in its own file: `parse` checks the file on its own and builds every value
//! with the domain's `parse`/`new`; `import` compares it with the venue, has the domain decide
//! every command on a copy first (so a file that does not fit changes nothing), then applies
//! it; `write` turns a venue back into the same text.

mod import;
mod parse;
mod write;

pub use import::{ImportReport, Left, Tally};

use std::collections::BTreeSet;
use std::fmt;

use convene_domain::values::{Contact, Feature, LocalizedText};
use convene_domain::{
    Capacity, Currency, ItemCode, MissionCode, Money, PricingBasis, RoomCode, UnitCode,
};
use jiff::Timestamp;

use crate::error::AppError;

/// The version of the format this build reads and writes (the file's `format` key).
pub const FORMAT: i64 = 1;

/// The largest venue file accepted: far above a venue of 500 rooms, units, items and missions.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// The room features the pages name in the six languages; a file may list only these, so a
/// misspelt feature is an error rather than a feature no page can name.
pub const KNOWN_FEATURES: [&str; 5] = [
    "ACCESSIBLE",
    "HEARING_LOOP",
    "INTERPRETATION_BOOTHS",
    "VIDEO_CONFERENCE",
    "WEBCAST",
];

/// A venue as the file describes it, every value valid on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueFile {
    /// The venue's name; `None` leaves the venue's name as it is.
    pub name: Option<LocalizedText>,
    /// The rate card's currency; required when the file lists items.
    pub currency: Option<Currency>,
    /// The line of the `[venue]` table header; `None` without one, or for a venue read from
    /// the store.
    pub venue_line: Option<usize>,
    pub rooms: Vec<RoomEntry>,
    pub units: Vec<UnitEntry>,
    pub items: Vec<ItemEntry>,
    pub missions: Vec<MissionEntry>,
    /// In the order of the desk's roster (the order breaks ties when requests are assigned).
    pub focal_points: Vec<FocalPointEntry>,
}

/// A `[[rooms]]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomEntry {
    pub code: RoomCode,
    pub name: LocalizedText,
    pub capacity: Capacity,
    pub features: BTreeSet<Feature>,
    /// The line of its table header; `None` for a venue read from the store.
    pub line: Option<usize>,
}

/// A `[[units]]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitEntry {
    pub code: UnitCode,
    pub name: LocalizedText,
    pub contact: Contact,
    pub line: Option<usize>,
}

/// An `[[items]]` table: a rate-card entry with its latest price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemEntry {
    pub code: ItemCode,
    pub unit: UnitCode,
    pub name: LocalizedText,
    pub pricing: PricingBasis,
    pub price: Money,
    pub lead_time_days: u32,
    /// When the price takes effect; `None`: when it is imported.
    pub effective_at: Option<Timestamp>,
    pub line: Option<usize>,
}

/// A `[[missions]]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissionEntry {
    pub code: MissionCode,
    pub name: LocalizedText,
    pub line: Option<usize>,
}

/// A `[[focal_points]]` table; the e-mail address is what identifies a focal point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocalPointEntry {
    pub contact: Contact,
    pub line: Option<usize>,
}

/// One thing wrong with a venue file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based, when known.
    pub line: Option<usize>,
    /// 1-based, for syntax errors.
    pub column: Option<usize>,
    /// The table, e.g. `[[rooms]] CR3` or `[venue]`.
    pub table: String,
    /// The key in that table, e.g. `features` or `name.en`, when the problem is one key's.
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column {column} ")?,
            (Some(line), None) => write!(f, "line {line} ")?,
            _ => {}
        }
        match &self.key {
            Some(key) => write!(f, "({}, {key}): {}", self.table, self.message),
            None => write!(f, "({}): {}", self.table, self.message),
        }
    }
}

/// Why a venue file was not imported (or not parsed).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VenueFileError {
    #[error("the file has {size} bytes; a venue file has at most {max}")]
    TooLarge { size: usize, max: usize },
    /// Everything found wrong, in file order; nothing was written.
    #[error("{}", summary(.0))]
    Invalid(Vec<Problem>),
    /// The store failed (the file itself was fine).
    #[error(transparent)]
    App(#[from] AppError),
}

impl VenueFileError {
    /// Every problem found (empty for the other kinds of error).
    pub fn problems(&self) -> &[Problem] {
        match self {
            VenueFileError::Invalid(problems) => problems,
            _ => &[],
        }
    }
}

fn summary(problems: &[Problem]) -> String {
    match problems {
        [only] => only.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more problems)", rest.len()),
        [] => "the venue file is not valid".to_string(),
    }
}

impl VenueFile {
    /// Parses and checks a venue file; every problem is reported, each with its line.
    pub fn parse(text: &str) -> Result<VenueFile, VenueFileError> {
        parse::parse(text)
    }

    /// The file's text: what `convene venue export` writes.
    pub fn to_toml(&self) -> String {
        write::write(self)
    }
}
