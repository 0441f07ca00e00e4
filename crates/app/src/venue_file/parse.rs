//! Reading a venue file: the TOML into raw tables that keep their spans, then every value
//! through the domain's own constructor. Each problem is collected with its line, table and
//! key, so one run names everything wrong with the file, not just the first thing.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
use std::ops::Range;
use toml::Spanned;

use convene_domain::time::venue_tz;
use convene_domain::values::{Contact, Email, Feature, Lang, LocalizedText, Name, Phone};
use convene_domain::{
    Capacity, Currency, ItemCode, MissionCode, Money, PricingBasis, RoomCode, UnitCode, ValueError,
};
use jiff::Timestamp;

use super::{
    FORMAT, FocalPointEntry, ItemEntry, KNOWN_FEATURES, MAX_FILE_BYTES, MissionEntry, Problem,
    RoomEntry, UnitEntry, VenueFile, VenueFileError,
};

/// The languages of a name, in the order the file writes them (the United Nations' order).
pub(super) const FILE_LANGS: [Lang; 6] =
    [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

/// Every pricing basis, as the file spells it.
const PRICINGS: [PricingBasis; 4] = [
    PricingBasis::PerPerson,
    PricingBasis::PerHour,
    PricingBasis::PerEvent,
    PricingBasis::PerItem,
];

type Text = Spanned<String>;
type Names = Spanned<BTreeMap<String, Text>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: Option<Spanned<i64>>,
    venue: Option<Spanned<RawVenue>>,
    #[serde(default)]
    rooms: Vec<Spanned<RawRoom>>,
    #[serde(default)]
    units: Vec<Spanned<RawUnit>>,
    #[serde(default)]
    items: Vec<Spanned<RawItem>>,
    #[serde(default)]
    missions: Vec<Spanned<RawMission>>,
    #[serde(default)]
    focal_points: Vec<Spanned<RawContact>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVenue {
    currency: Option<Text>,
    name: Option<Names>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoom {
    code: Option<Text>,
    capacity: Option<Spanned<i64>>,
    #[serde(default)]
    features: Vec<Text>,
    name: Option<Names>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    code: Option<Text>,
    name: Option<Names>,
    contact: Option<Spanned<RawContact>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    name: Option<Text>,
    email: Option<Text>,
    phone: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    code: Option<Text>,
    unit: Option<Text>,
    pricing: Option<Text>,
    price: Option<Spanned<toml::Value>>,
    lead_time_days: Option<Spanned<i64>>,
    effective_at: Option<Spanned<toml::Value>>,
    name: Option<Names>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMission {
    code: Option<Text>,
    name: Option<Names>,
}

/// Parses and checks a whole file.
pub(super) fn parse(text: &str) -> Result<VenueFile, VenueFileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(VenueFileError::TooLarge {
            size: text.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let raw: RawFile = toml::from_str(text)
        .map_err(|error| VenueFileError::Invalid(vec![syntax_problem(text, &error)]))?;
    let mut checker = Checker {
        text,
        problems: Vec::new(),
    };
    let file = checker.file(&raw);
    if checker.problems.is_empty() {
        Ok(file)
    } else {
        Err(VenueFileError::Invalid(in_file_order(checker.problems)))
    }
}

/// A table of the file, as problems name it.
struct Table {
    label: String,
    span: Range<usize>,
}

impl Table {
    /// `[[rooms]] CR3`, or `[[rooms]] #3` when the code itself is missing.
    fn entry(kind: &str, index: usize, id: Option<&Text>, span: Range<usize>) -> Table {
        let id = match id {
            Some(id) if !id.get_ref().trim().is_empty() => id.get_ref().trim().to_string(),
            _ => format!("#{}", index + 1),
        };
        Table {
            label: format!("[[{kind}]] {id}"),
            span,
        }
    }
}

struct Checker<'a> {
    text: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn file(&mut self, raw: &RawFile) -> VenueFile {
        if let Some(format) = &raw.format
            && *format.get_ref() != FORMAT
        {
            let table = Table {
                label: "top level".to_string(),
                span: format.span(),
            };
            self.report(
                &format.span(),
                &table,
                Some("format"),
                format!(
                    "format {} is not one this build reads; it reads format {FORMAT}",
                    format.get_ref()
                ),
            );
        }
        let (name, currency) = match &raw.venue {
            Some(venue) => self.venue(venue),
            None => (None, None),
        };
        let rooms = self.entries(&raw.rooms, |checker, index, raw| checker.room(index, raw));
        let units = self.entries(&raw.units, |checker, index, raw| checker.unit(index, raw));
        if currency.is_none()
            && let Some(first) = raw.items.first()
        {
            let line = raw.venue.as_ref().map_or(first.span(), Spanned::span);
            let table = Table {
                label: "[venue]".to_string(),
                span: line,
            };
            self.report(
                &table.span.clone(),
                &table,
                Some("currency"),
                "the currency is missing: the prices of [[items]] need it (e.g. currency = \"USD\")",
            );
        }
        let items = self.entries(&raw.items, |checker, index, raw| {
            checker.item(index, raw, currency)
        });
        let missions = self.entries(&raw.missions, |checker, index, raw| {
            checker.mission(index, raw)
        });
        let focal_points = self.entries(&raw.focal_points, |checker, index, raw| {
            checker.focal_point(index, raw)
        });
        // On the raw codes, so a code listed twice is found even where an entry is invalid.
        let rooms_ids = self.ids(&raw.rooms, |room| room.code.as_ref());
        self.no_duplicates("rooms", "code", rooms_ids);
        let units_ids = self.ids(&raw.units, |unit| unit.code.as_ref());
        self.no_duplicates("units", "code", units_ids);
        let items_ids = self.ids(&raw.items, |item| item.code.as_ref());
        self.no_duplicates("items", "code", items_ids);
        let missions_ids = self.ids(&raw.missions, |mission| mission.code.as_ref());
        self.no_duplicates("missions", "code", missions_ids);
        let desk_ids = self.ids(&raw.focal_points, |contact| contact.email.as_ref());
        self.no_duplicates("focal_points", "email", desk_ids);
        // Incomplete when a table had a problem; the caller then reports the problems.
        VenueFile {
            name,
            currency,
            venue_line: raw
                .venue
                .as_ref()
                .map(|venue| self.line(venue.span().start)),
            rooms,
            units,
            items,
            missions,
            focal_points,
        }
    }

    /// Checks every table of one kind; the entries that are valid, in file order.
    fn entries<R, T>(
        &mut self,
        raws: &[Spanned<R>],
        mut check: impl FnMut(&mut Self, usize, &Spanned<R>) -> Option<T>,
    ) -> Vec<T> {
        raws.iter()
            .enumerate()
            .filter_map(|(index, raw)| check(self, index, raw))
            .collect()
    }

    fn venue(&mut self, raw: &Spanned<RawVenue>) -> (Option<LocalizedText>, Option<Currency>) {
        let table = Table {
            label: "[venue]".to_string(),
            span: raw.span(),
        };
        let venue = raw.get_ref();
        let name = venue
            .name
            .as_ref()
            .and_then(|names| self.names(names, &table));
        let currency = venue.currency.as_ref().and_then(|currency| {
            self.valid(
                Currency::parse(currency.get_ref()),
                currency.span(),
                &table,
                "currency",
            )
        });
        (name, currency)
    }

    fn room(&mut self, index: usize, raw: &Spanned<RawRoom>) -> Option<RoomEntry> {
        let room = raw.get_ref();
        let table = Table::entry("rooms", index, room.code.as_ref(), raw.span());
        let code = self.text(&room.code, &table, "code", RoomCode::parse);
        let name = self.required_names(&room.name, &table);
        let capacity = self
            .required(&room.capacity, &table, "capacity")
            .and_then(|capacity| {
                self.valid(
                    Capacity::new(*capacity.get_ref()),
                    capacity.span(),
                    &table,
                    "capacity",
                )
            });
        let features = self.features(&room.features, &table);
        Some(RoomEntry {
            code: code?,
            name: name?,
            capacity: capacity?,
            features: features?,
            line: Some(self.line(raw.span().start)),
        })
    }

    fn unit(&mut self, index: usize, raw: &Spanned<RawUnit>) -> Option<UnitEntry> {
        let unit = raw.get_ref();
        let table = Table::entry("units", index, unit.code.as_ref(), raw.span());
        let code = self.text(&unit.code, &table, "code", UnitCode::parse);
        let name = self.required_names(&unit.name, &table);
        let contact = self
            .required(&unit.contact, &table, "contact")
            .and_then(|contact| self.contact(contact.get_ref(), &table, "contact."));
        Some(UnitEntry {
            code: code?,
            name: name?,
            contact: contact?,
            line: Some(self.line(raw.span().start)),
        })
    }

    fn item(
        &mut self,
        index: usize,
        raw: &Spanned<RawItem>,
        currency: Option<Currency>,
    ) -> Option<ItemEntry> {
        let item = raw.get_ref();
        let table = Table::entry("items", index, item.code.as_ref(), raw.span());
        let code = self.text(&item.code, &table, "code", ItemCode::parse);
        let unit = self.text(&item.unit, &table, "unit", UnitCode::parse);
        let name = self.required_names(&item.name, &table);
        let pricing = self
            .required(&item.pricing, &table, "pricing")
            .and_then(|pricing| self.pricing(pricing, &table));
        let price = self
            .required(&item.price, &table, "price")
            .and_then(|price| self.price(price, currency, &table));
        let lead_time_days = self
            .required(&item.lead_time_days, &table, "lead_time_days")
            .and_then(|days| match u32::try_from(*days.get_ref()) {
                Ok(days) => Some(days),
                Err(_) => {
                    self.report(
                        &days.span(),
                        &table,
                        Some("lead_time_days"),
                        format!("{} is not a number of days (0 or more)", days.get_ref()),
                    );
                    None
                }
            });
        let effective_at = match &item.effective_at {
            None => Some(None),
            Some(at) => self.instant(at, &table).map(Some),
        };
        Some(ItemEntry {
            code: code?,
            unit: unit?,
            name: name?,
            pricing: pricing?,
            price: price?,
            lead_time_days: lead_time_days?,
            effective_at: effective_at?,
            line: Some(self.line(raw.span().start)),
        })
    }

    fn mission(&mut self, index: usize, raw: &Spanned<RawMission>) -> Option<MissionEntry> {
        let mission = raw.get_ref();
        let table = Table::entry("missions", index, mission.code.as_ref(), raw.span());
        let code = self.text(&mission.code, &table, "code", MissionCode::parse);
        let name = self.required_names(&mission.name, &table);
        Some(MissionEntry {
            code: code?,
            name: name?,
            line: Some(self.line(raw.span().start)),
        })
    }

    fn focal_point(&mut self, index: usize, raw: &Spanned<RawContact>) -> Option<FocalPointEntry> {
        let table = Table::entry(
            "focal_points",
            index,
            raw.get_ref().email.as_ref(),
            raw.span(),
        );
        let contact = self.contact(raw.get_ref(), &table, "")?;
        Some(FocalPointEntry {
            contact,
            line: Some(self.line(raw.span().start)),
        })
    }

    fn contact(&mut self, raw: &RawContact, table: &Table, prefix: &str) -> Option<Contact> {
        let name = self.text(&raw.name, table, &format!("{prefix}name"), Name::parse);
        let email = self.text(&raw.email, table, &format!("{prefix}email"), Email::parse);
        let phone = self.text(&raw.phone, table, &format!("{prefix}phone"), Phone::parse);
        Some(Contact {
            name: name?,
            email: email?,
            phone: phone?,
        })
    }

    fn features(&mut self, raws: &[Text], table: &Table) -> Option<BTreeSet<Feature>> {
        let mut features = BTreeSet::new();
        let mut valid = true;
        for raw in raws {
            let text = raw.get_ref().trim();
            if !KNOWN_FEATURES.contains(&text) {
                self.report(
                    &raw.span(),
                    table,
                    Some("features"),
                    format!(
                        "unknown room feature {text:?}; the known features are {}",
                        KNOWN_FEATURES.join(", ")
                    ),
                );
                valid = false;
                continue;
            }
            let feature = self.valid(Feature::parse(text), raw.span(), table, "features");
            match feature.map(|feature| features.insert(feature)) {
                Some(false) => {
                    self.report(
                        &raw.span(),
                        table,
                        Some("features"),
                        format!("the feature {text} is listed twice"),
                    );
                    valid = false;
                }
                Some(true) => {}
                None => valid = false,
            }
        }
        valid.then_some(features)
    }

    fn pricing(&mut self, raw: &Text, table: &Table) -> Option<PricingBasis> {
        let text = raw.get_ref().trim();
        let found = PRICINGS
            .into_iter()
            .find(|pricing| pricing.as_str() == text);
        if found.is_none() {
            let known: Vec<&str> = PRICINGS.iter().map(|pricing| pricing.as_str()).collect();
            self.report(
                &raw.span(),
                table,
                Some("pricing"),
                format!(
                    "unknown pricing {text:?}; it is one of {}",
                    known.join(", ")
                ),
            );
        }
        found
    }

    /// A price is a decimal string: a TOML number would be a float, and floats lose cents.
    fn price(
        &mut self,
        raw: &Spanned<toml::Value>,
        currency: Option<Currency>,
        table: &Table,
    ) -> Option<Money> {
        let text = match raw.get_ref() {
            toml::Value::String(text) => text,
            other => {
                self.report(
                    &raw.span(),
                    table,
                    Some("price"),
                    format!(
                        "a price is a decimal string such as \"8.50\", not {} {other}",
                        article(other.type_str())
                    ),
                );
                return None;
            }
        };
        // Without a currency the file-level problem is reported once, in `file`.
        let currency = currency?;
        match Money::parse(text, currency) {
            Ok(price) => Some(price),
            Err(error) => {
                self.report(
                    &raw.span(),
                    table,
                    Some("price"),
                    format!("{text:?} is not a price: {error} (e.g. \"8.50\")"),
                );
                None
            }
        }
    }

    /// An instant: a TOML date-time with an offset, or a local one (a date, or a date and
    /// a time) read on the venue's clocks; an RFC 3339 string is accepted too.
    fn instant(&mut self, raw: &Spanned<toml::Value>, table: &Table) -> Option<Timestamp> {
        let parsed = match raw.get_ref() {
            toml::Value::Datetime(datetime) => instant_of(&datetime.to_string()),
            toml::Value::String(text) => instant_of(text),
            _ => None,
        };
        if parsed.is_none() {
            self.report(
                &raw.span(),
                table,
                Some("effective_at"),
                "not a date-time: write one such as 2026-07-01T00:00:00-04:00 (or 2026-07-01 for \
                 midnight in New York)",
            );
        }
        parsed
    }

    /// A name in the official languages: `name.en` required, the others optional.
    fn required_names(&mut self, raw: &Option<Names>, table: &Table) -> Option<LocalizedText> {
        match raw {
            Some(names) => self.names(names, table),
            None => {
                self.report(
                    &table.span,
                    table,
                    Some("name.en"),
                    "the English name is missing (name.en is required)",
                );
                None
            }
        }
    }

    fn names(&mut self, raw: &Names, table: &Table) -> Option<LocalizedText> {
        let mut texts: Vec<(Lang, &str)> = Vec::new();
        let mut valid = true;
        for (tag, text) in raw.get_ref() {
            let key = format!("name.{tag}");
            let Some(lang) = Lang::ALL.into_iter().find(|lang| lang.tag() == tag) else {
                let tags: Vec<&str> = FILE_LANGS.iter().map(|lang| lang.tag()).collect();
                self.report(
                    &text.span(),
                    table,
                    Some(&key),
                    format!(
                        "unknown language {tag:?}; the languages are {}",
                        tags.join(", ")
                    ),
                );
                valid = false;
                continue;
            };
            match Name::parse(text.get_ref()) {
                Ok(_) => texts.push((lang, text.get_ref())),
                Err(error) => {
                    self.report(&text.span(), table, Some(&key), error.to_string());
                    valid = false;
                }
            }
        }
        if !raw.get_ref().contains_key(Lang::En.tag()) {
            self.report(
                &raw.span(),
                table,
                Some("name.en"),
                "the English name is missing (name.en is required)",
            );
            return None;
        }
        if !valid {
            return None;
        }
        self.valid(LocalizedText::new(texts), raw.span(), table, "name")
    }

    fn required<'r, T>(
        &mut self,
        value: &'r Option<Spanned<T>>,
        table: &Table,
        key: &str,
    ) -> Option<&'r Spanned<T>> {
        if value.is_none() {
            self.report(
                &table.span,
                table,
                Some(key),
                format!("the key {key} is missing"),
            );
        }
        value.as_ref()
    }

    fn text<T>(
        &mut self,
        raw: &Option<Text>,
        table: &Table,
        key: &str,
        parse: impl FnOnce(&str) -> Result<T, ValueError>,
    ) -> Option<T> {
        let raw = self.required(raw, table, key)?;
        self.valid(parse(raw.get_ref()), raw.span(), table, key)
    }

    fn valid<T>(
        &mut self,
        result: Result<T, ValueError>,
        at: Range<usize>,
        table: &Table,
        key: &str,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.report(&at, table, Some(key), error.to_string());
                None
            }
        }
    }

    /// Each table's identity (its trimmed code or e-mail address) with its line.
    fn ids<R>(
        &self,
        raws: &[Spanned<R>],
        id: impl Fn(&R) -> Option<&Text>,
    ) -> Vec<(String, usize)> {
        raws.iter()
            .filter_map(|raw| {
                let text = id(raw.get_ref())?.get_ref().trim().to_string();
                Some((text, self.line(raw.span().start)))
            })
            .collect()
    }

    /// Reports every table after the first with the same identity.
    fn no_duplicates(&mut self, kind: &str, key: &str, ids: Vec<(String, usize)>) {
        let mut first: BTreeMap<String, usize> = BTreeMap::new();
        for (id, line) in ids {
            match first.get(&id) {
                Some(first_line) => self.problems.push(Problem {
                    line: Some(line),
                    column: None,
                    table: format!("[[{kind}]] {id}"),
                    key: Some(key.to_string()),
                    message: format!("{id} is listed twice (first at line {first_line})"),
                }),
                None => {
                    first.insert(id, line);
                }
            }
        }
    }

    fn report(
        &mut self,
        at: &Range<usize>,
        table: &Table,
        key: Option<&str>,
        message: impl Display,
    ) {
        self.problems.push(Problem {
            line: Some(self.line(at.start)),
            column: None,
            table: table.label.clone(),
            key: key.map(str::to_string),
            message: message.to_string(),
        });
    }

    fn line(&self, at: usize) -> usize {
        line_of(self.text, at)
    }
}

/// Problems sorted by line (a stable sort: one line's problems keep their order), those
/// without a line last.
pub(super) fn in_file_order(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by_key(|problem| problem.line.unwrap_or(usize::MAX));
    problems
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    let end = at.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|byte| **byte == b'\n')
        .count()
        + 1
}

/// "a string", "an integer".
fn article(kind: &str) -> String {
    if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {kind}")
    } else {
        format!("a {kind}")
    }
}

fn instant_of(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if let Ok(at) = text.parse::<Timestamp>() {
        return Some(at);
    }
    if let Ok(local) = text.parse::<jiff::civil::DateTime>() {
        return local
            .to_zoned(venue_tz().clone())
            .ok()
            .map(|at| at.timestamp());
    }
    if let Ok(date) = text.parse::<jiff::civil::Date>() {
        return date
            .to_zoned(venue_tz().clone())
            .ok()
            .map(|at| at.timestamp());
    }
    None
}

/// A TOML syntax or shape error, with the line, column, table and key it is at.
fn syntax_problem(text: &str, error: &toml::de::Error) -> Problem {
    let Some(span) = error.span() else {
        return Problem {
            line: None,
            column: None,
            table: "the file".to_string(),
            key: None,
            message: error.message().to_string(),
        };
    };
    let start = span.start.min(text.len());
    let line = line_of(text, start);
    let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let column = text[line_start..start].chars().count() + 1;
    let source_line = text.lines().nth(line - 1).unwrap_or_default();
    let preceding: Vec<&str> = text.lines().take(line).collect();
    let table = preceding
        .into_iter()
        .rev()
        .map(str::trim)
        .find(|candidate| candidate.starts_with('['))
        .map(|header| {
            header
                .split('#')
                .next()
                .unwrap_or(header)
                .trim()
                .to_string()
        })
        .unwrap_or_else(|| "top level".to_string());
    let key = source_line
        .split_once('=')
        .map(|(key, _)| key.trim().to_string())
        .filter(|key| !key.is_empty() && !key.starts_with('['));
    Problem {
        line: Some(line),
        column: Some(column),
        table,
        key,
        message: error.message().to_string(),
    }
}
