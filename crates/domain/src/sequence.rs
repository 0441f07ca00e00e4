//! Gap-free document numbers: request references (`SE-2026-000123`), invoice numbers
//! (`INV-2026-000001`) and credit-note numbers (`CN-2026-000001`), one series per calendar
//! year of issue in the venue's zone.
//!
//! # Why numbers can be neither skipped nor reused
//!
//! Each (series, year) is its own [`NumberSequence`] stream, and its state is just the last
//! number taken. Every [`SequenceEvent::NumberTaken`] raises that number by exactly one, so the
//! stream's version (its count of events) always equals `last`.
//!
//! A document is numbered in one step: the issuer reads the sequence (version `last`), decides
//! [`SequenceCommand::TakeNumber`], which yields `last + 1`, and the store appends that
//! `NumberTaken` to the sequence stream with expected version `last` *atomically with* the
//! document's own event (for example `InvoiceIssued`). The two appends succeed or fail
//! together:
//!
//! - a number is never reused: two issuers that read the same `last` both expect version
//!   `last`; the store accepts only the first append, the second one conflicts, re-reads the
//!   sequence and decides again, getting the next number;
//! - a number is never skipped: a number exists only once its document does, because a
//!   refused document (a business error, a crash before the commit) appends nothing to the
//!   sequence either.
//!
//! The domain only decides; which stream holds a sequence is the store's business, so this
//! module exposes the [`NumberSequence::series`] and [`NumberSequence::year`] a stream holds
//! rather than a stream name.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::aggregate::{Aggregate, DomainEvent};
use crate::error::{ErrorCode, Param, Rejection};
use crate::time::local_date;
use crate::values::ValueError;

/// A family of numbered documents; each has its own gap-free numbers per calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Series {
    /// Event request references, `SE-…`.
    Request,
    /// Invoice numbers, `INV-…`.
    Invoice,
    /// Credit-note numbers, `CN-…`.
    CreditNote,
}

impl Series {
    /// Every series.
    pub const ALL: [Series; 3] = [Series::Request, Series::Invoice, Series::CreditNote];

    /// The prefix printed in front of the year, e.g. `INV`.
    pub fn prefix(self) -> &'static str {
        match self {
            Series::Request => "SE",
            Series::Invoice => "INV",
            Series::CreditNote => "CN",
        }
    }

    /// The wire name, e.g. `CREDIT_NOTE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Series::Request => "REQUEST",
            Series::Invoice => "INVOICE",
            Series::CreditNote => "CREDIT_NOTE",
        }
    }

    fn from_prefix(prefix: &str) -> Option<Series> {
        Series::ALL
            .into_iter()
            .find(|series| series.prefix() == prefix)
    }
}

impl fmt::Display for Series {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The calendar year of an instant in the venue's zone: the year whose series numbers a
/// document issued at that instant.
pub fn year_of_issue(at: Timestamp) -> i16 {
    local_date(at).year()
}

/// A document's number such as `INV-2026-000001`: a series, a four-digit year and a number
/// from 1 to [`DocumentNumber::MAX`], printed with six digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DocumentNumber {
    series: Series,
    year: i16,
    number: u32,
}

impl DocumentNumber {
    /// The largest number of a series in one year: six digits.
    pub const MAX: u32 = 999_999;
    /// The first year that prints with four digits.
    pub const MIN_YEAR: i16 = 1000;
    /// The last year that prints with four digits.
    pub const MAX_YEAR: i16 = 9999;

    /// Checks the year (four digits) and the number (1 to [`DocumentNumber::MAX`]).
    pub fn new(series: Series, year: i16, number: u32) -> Result<Self, ValueError> {
        if (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year) && (1..=Self::MAX).contains(&number) {
            Ok(Self {
                series,
                year,
                number,
            })
        } else {
            Err(Self::malformed())
        }
    }

    /// Parses the printed form, e.g. `CN-2026-000042`; surrounding spaces are ignored.
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        let mut parts = text.trim().split('-');
        let (Some(prefix), Some(year), Some(number), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Self::malformed());
        };
        let series = Series::from_prefix(prefix).ok_or_else(Self::malformed)?;
        let year = digits(year, 4).ok_or_else(Self::malformed)?;
        let number = digits(number, 6).ok_or_else(Self::malformed)?;
        let year = i16::try_from(year).map_err(|_| Self::malformed())?;
        Self::new(series, year, number)
    }

    /// The series.
    pub fn series(&self) -> Series {
        self.series
    }

    /// The calendar year of issue.
    pub fn year(&self) -> i16 {
        self.year
    }

    /// The number within the series and year, from 1.
    pub fn number(&self) -> u32 {
        self.number
    }

    fn malformed() -> ValueError {
        ValueError::MalformedCode {
            kind: "document number",
            rule: "a prefix (SE, INV or CN), a four-digit year and a six-digit number from 000001, \
                   like INV-2026-000001",
        }
    }
}

/// Reads exactly `count` ASCII digits.
fn digits(text: &str, count: usize) -> Option<u32> {
    if text.len() == count && text.bytes().all(|byte| byte.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

impl fmt::Display for DocumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{:04}-{:06}",
            self.series.prefix(),
            self.year,
            self.number
        )
    }
}

impl TryFrom<String> for DocumentNumber {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, ValueError> {
        Self::parse(&text)
    }
}

impl From<DocumentNumber> for String {
    fn from(number: DocumentNumber) -> String {
        number.to_string()
    }
}

/// One series in one year: the numbers taken so far. See the module documentation for how
/// the store uses it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumberSequence {
    /// The series and year of the stream; `None` before the first number.
    stream: Option<(Series, i16)>,
    /// The last number taken, 0 before the first; also the stream's version.
    last: u32,
}

impl NumberSequence {
    /// The series of this stream, once a number was taken.
    pub fn series(&self) -> Option<Series> {
        self.stream.map(|(series, _)| series)
    }

    /// The calendar year of this stream, once a number was taken.
    pub fn year(&self) -> Option<i16> {
        self.stream.map(|(_, year)| year)
    }

    /// The last number taken (0 before the first), which is also the stream's version.
    pub fn last(&self) -> u32 {
        self.last
    }

    /// The last number taken as a document number.
    pub fn last_number(&self) -> Option<DocumentNumber> {
        let (series, year) = self.stream?;
        DocumentNumber::new(series, year, self.last).ok()
    }
}

/// What an issuer asks of a sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SequenceCommand {
    /// Takes the next number of `series` in `year` (the venue-zone calendar year of issue,
    /// see [`year_of_issue`]).
    TakeNumber { series: Series, year: i16 },
}

/// What happened to a sequence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum SequenceEvent {
    /// `number` is the previous last number plus one.
    NumberTaken {
        series: Series,
        year: i16,
        number: u32,
    },
}

impl SequenceEvent {
    /// The document number the event hands out.
    pub fn document_number(&self) -> Result<DocumentNumber, ValueError> {
        match self {
            SequenceEvent::NumberTaken {
                series,
                year,
                number,
            } => DocumentNumber::new(*series, *year, *number),
        }
    }
}

/// Why a sequence refuses to hand out a number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SequenceError {
    #[error("the {series} series of {year} has handed out all its numbers (up to {max})")]
    Exhausted { series: Series, year: i16, max: u32 },
    #[error(
        "this stream numbers the {stream_series} series of {stream_year}, not {series} of {year}"
    )]
    WrongStream {
        stream_series: Series,
        stream_year: i16,
        series: Series,
        year: i16,
    },
    #[error(transparent)]
    Value(#[from] ValueError),
}

impl Rejection for SequenceError {
    fn code(&self) -> ErrorCode {
        match self {
            SequenceError::Exhausted { .. } | SequenceError::Value(_) => ErrorCode::Validation,
            SequenceError::WrongStream { .. } => ErrorCode::InvalidTransition,
        }
    }

    fn params(&self) -> Vec<Param> {
        match self {
            SequenceError::Exhausted { series, year, max } => vec![
                ("series", series.to_string()),
                ("year", year.to_string()),
                ("max", max.to_string()),
            ],
            SequenceError::WrongStream {
                stream_series,
                stream_year,
                series,
                year,
            } => vec![
                ("streamSeries", stream_series.to_string()),
                ("streamYear", stream_year.to_string()),
                ("series", series.to_string()),
                ("year", year.to_string()),
            ],
            SequenceError::Value(error) => error.params(),
        }
    }
}

impl DomainEvent for SequenceEvent {
    fn event_type(&self) -> &'static str {
        match self {
            SequenceEvent::NumberTaken { .. } => "NumberTaken",
        }
    }
}

impl Aggregate for NumberSequence {
    type Command = SequenceCommand;
    type Event = SequenceEvent;
    type Error = SequenceError;

    fn decide(&self, command: SequenceCommand) -> Result<Vec<SequenceEvent>, SequenceError> {
        match command {
            SequenceCommand::TakeNumber { series, year } => {
                if let Some((stream_series, stream_year)) = self.stream
                    && (stream_series, stream_year) != (series, year)
                {
                    return Err(SequenceError::WrongStream {
                        stream_series,
                        stream_year,
                        series,
                        year,
                    });
                }
                if self.last >= DocumentNumber::MAX {
                    return Err(SequenceError::Exhausted {
                        series,
                        year,
                        max: DocumentNumber::MAX,
                    });
                }
                let next = DocumentNumber::new(series, year, self.last + 1)?;
                Ok(vec![SequenceEvent::NumberTaken {
                    series,
                    year,
                    number: next.number(),
                }])
            }
        }
    }

    fn evolve(mut self, event: &SequenceEvent) -> Self {
        match event {
            SequenceEvent::NumberTaken {
                series,
                year,
                number,
            } => {
                self.stream = Some((*series, *year));
                self.last = *number;
            }
        }
        self
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::testing::given;
    use proptest::prelude::*;

    fn taken(series: Series, year: i16, number: u32) -> SequenceEvent {
        SequenceEvent::NumberTaken {
            series,
            year,
            number,
        }
    }

    fn take(series: Series, year: i16) -> SequenceCommand {
        SequenceCommand::TakeNumber { series, year }
    }

    #[test]
    fn the_first_number_of_a_year_is_one() {
        let state = given::<NumberSequence>([])
            .when(take(Series::Invoice, 2026))
            .then(vec![taken(Series::Invoice, 2026, 1)]);
        assert_eq!(state.series(), Some(Series::Invoice));
        assert_eq!(state.year(), Some(2026));
        assert_eq!(state.last(), 1);
        assert_eq!(state.last_number().unwrap().to_string(), "INV-2026-000001");
    }

    #[test]
    fn each_number_is_the_last_plus_one() {
        given::<NumberSequence>([
            taken(Series::CreditNote, 2026, 1),
            taken(Series::CreditNote, 2026, 2),
        ])
        .when(take(Series::CreditNote, 2026))
        .then(vec![taken(Series::CreditNote, 2026, 3)]);
    }

    #[test]
    fn the_last_number_is_999_999_then_the_series_is_exhausted() {
        let (events, state) = given::<NumberSequence>([taken(Series::Request, 2026, 999_998)])
            .when(take(Series::Request, 2026))
            .then_ok();
        assert_eq!(events, vec![taken(Series::Request, 2026, 999_999)]);
        assert_eq!(state.last_number().unwrap().to_string(), "SE-2026-999999");
        let error = given::<NumberSequence>([taken(Series::Request, 2026, 999_999)])
            .when(take(Series::Request, 2026))
            .error();
        assert_eq!(
            error,
            SequenceError::Exhausted {
                series: Series::Request,
                year: 2026,
                max: 999_999
            }
        );
        assert_eq!(error.code(), ErrorCode::Validation);
        assert_eq!(
            error.params(),
            vec![
                ("series", "REQUEST".to_string()),
                ("year", "2026".to_string()),
                ("max", "999999".to_string()),
            ]
        );
    }

    #[test]
    fn a_stream_only_numbers_its_own_series_and_year() {
        let history = [taken(Series::Invoice, 2026, 7)];
        let before = given::<NumberSequence>(history.clone());
        assert_eq!(before.state().series(), Some(Series::Invoice));
        assert_eq!(before.state().year(), Some(2026));
        let error = given::<NumberSequence>(history.clone())
            .when(take(Series::CreditNote, 2026))
            .error();
        assert_eq!(error.code(), ErrorCode::InvalidTransition);
        given::<NumberSequence>(history)
            .when(take(Series::Invoice, 2027))
            .then_err(SequenceError::WrongStream {
                stream_series: Series::Invoice,
                stream_year: 2026,
                series: Series::Invoice,
                year: 2027,
            });
    }

    #[test]
    fn a_year_must_have_four_digits() {
        let error = given::<NumberSequence>([])
            .when(take(Series::Invoice, 999))
            .error();
        assert!(matches!(error, SequenceError::Value(_)));
        assert_eq!(error.code(), ErrorCode::Validation);
    }

    #[test]
    fn the_year_of_issue_is_read_in_the_venue_zone() {
        // 2027-01-01T03:00Z is still New Year's Eve, 22:00, in New York.
        let at: Timestamp = "2027-01-01T03:00:00Z".parse().unwrap();
        assert_eq!(year_of_issue(at), 2026);
        let at: Timestamp = "2027-01-01T05:00:00Z".parse().unwrap();
        assert_eq!(year_of_issue(at), 2027);
    }

    #[test]
    fn document_numbers_print_and_parse() {
        let number = DocumentNumber::new(Series::Invoice, 2026, 1).unwrap();
        assert_eq!(number.to_string(), "INV-2026-000001");
        assert_eq!(DocumentNumber::parse("INV-2026-000001").unwrap(), number);
        assert_eq!(
            DocumentNumber::parse(" CN-2027-000042 ").unwrap(),
            DocumentNumber::new(Series::CreditNote, 2027, 42).unwrap()
        );
        assert_eq!(
            DocumentNumber::parse("SE-2026-999999").unwrap().number(),
            999_999
        );
        for bad in [
            "",
            "INV-2026-000000",
            "INV-2026-1",
            "INV-2026-0000001",
            "INV-26-000001",
            "INV-0999-000001",
            "inv-2026-000001",
            "XX-2026-000001",
            "INV-2026-000001-1",
            "INV-2026-+00001",
            "INV-２026-000001",
        ] {
            assert!(DocumentNumber::parse(bad).is_err(), "{bad} parsed");
        }
        assert!(DocumentNumber::new(Series::Invoice, 2026, 1_000_000).is_err());
        assert!(DocumentNumber::new(Series::Invoice, 2026, 0).is_err());
    }

    #[test]
    fn a_document_number_is_a_string_on_the_wire() {
        let number = DocumentNumber::new(Series::CreditNote, 2026, 12).unwrap();
        let json = serde_json::to_string(&number).unwrap();
        assert_eq!(json, r#""CN-2026-000012""#);
        assert_eq!(
            serde_json::from_str::<DocumentNumber>(&json).unwrap(),
            number
        );
        assert!(serde_json::from_str::<DocumentNumber>(r#""CN-2026-000000""#).is_err());
    }

    #[test]
    fn number_taken_golden_json() {
        let event = taken(Series::CreditNote, 2026, 42);
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"type":"NumberTaken","series":"CREDIT_NOTE","year":2026,"number":42}"#
        );
        assert_eq!(serde_json::from_str::<SequenceEvent>(&json).unwrap(), event);
        assert_eq!(event.event_type(), "NumberTaken");
        assert_eq!(event.event_version(), 1);
        assert_eq!(
            event.document_number().unwrap().to_string(),
            "CN-2026-000042"
        );
    }

    /// One issuer in the concurrency model: it either has to read the sequence, or holds the
    /// version it read and the event it decided.
    #[derive(Debug, Clone)]
    enum Issuer {
        Reading {
            documents_left: u32,
        },
        Appending {
            documents_left: u32,
            version: usize,
            event: SequenceEvent,
        },
        Done,
    }

    /// A stream with optimistic concurrency: the sequence's events, and the documents
    /// appended atomically with them (issuer, number).
    #[derive(Debug, Default)]
    struct Store {
        sequence: Vec<SequenceEvent>,
        documents: Vec<(usize, u32)>,
    }

    impl Store {
        fn append(&mut self, expected_version: usize, event: SequenceEvent, issuer: usize) -> bool {
            if self.sequence.len() != expected_version {
                return false;
            }
            let SequenceEvent::NumberTaken { number, .. } = event;
            self.sequence.push(event);
            self.documents.push((issuer, number));
            true
        }
    }

    /// Moves one issuer one step: a read-and-decide, or an append attempt.
    fn step(store: &mut Store, issuers: &mut [Issuer], who: usize) {
        issuers[who] = match issuers[who].clone() {
            Issuer::Reading { documents_left } => {
                let state = NumberSequence::replay(&store.sequence);
                assert_eq!(state.last() as usize, store.sequence.len());
                let mut events = state.decide(take(Series::Invoice, 2026)).unwrap();
                assert_eq!(events.len(), 1);
                Issuer::Appending {
                    documents_left,
                    version: store.sequence.len(),
                    event: events.remove(0),
                }
            }
            Issuer::Appending {
                documents_left,
                version,
                event,
            } => {
                if !store.append(version, event, who) {
                    Issuer::Reading { documents_left }
                } else if documents_left > 1 {
                    Issuer::Reading {
                        documents_left: documents_left - 1,
                    }
                } else {
                    Issuer::Done
                }
            }
            Issuer::Done => Issuer::Done,
        };
    }

    #[test]
    fn the_loser_of_a_race_re_reads_and_takes_the_next_number() {
        let mut store = Store::default();
        let mut issuers = vec![Issuer::Reading { documents_left: 1 }; 2];
        step(&mut store, &mut issuers, 0);
        step(&mut store, &mut issuers, 1);
        // Both read version 0 and decided number 1; the first append wins.
        step(&mut store, &mut issuers, 0);
        step(&mut store, &mut issuers, 1);
        assert!(matches!(issuers[1], Issuer::Reading { .. }));
        assert_eq!(store.documents, vec![(0, 1)]);
        step(&mut store, &mut issuers, 1);
        step(&mut store, &mut issuers, 1);
        assert!(matches!(issuers[1], Issuer::Done));
        assert_eq!(store.documents, vec![(0, 1), (1, 2)]);
    }

    proptest! {
        #[test]
        fn concurrent_issuers_hand_out_each_number_exactly_once(
            documents in prop::collection::vec(1u32..=4, 1..=5),
            schedule in prop::collection::vec(0usize..5, 0..120),
        ) {
            let mut store = Store::default();
            let mut issuers: Vec<Issuer> = documents
                .iter()
                .map(|&documents_left| Issuer::Reading { documents_left })
                .collect();
            let count = issuers.len();
            for who in schedule {
                step(&mut store, &mut issuers, who % count);
            }
            // Then everyone runs alone, in turn, until done: a lone issuer always succeeds
            // on its second step, so this ends.
            for who in (0..count).cycle().take(count * 40) {
                if !matches!(issuers[who], Issuer::Done) {
                    step(&mut store, &mut issuers, who);
                    step(&mut store, &mut issuers, who);
                }
            }
            prop_assert!(issuers.iter().all(|issuer| matches!(issuer, Issuer::Done)));
            let wanted: u32 = documents.iter().sum();
            let numbers: Vec<u32> = store.documents.iter().map(|&(_, number)| number).collect();
            prop_assert_eq!(numbers, (1..=wanted).collect::<Vec<u32>>());
            for (index, issuer) in documents.iter().enumerate() {
                let own = store.documents.iter().filter(|&&(who, _)| who == index).count();
                prop_assert_eq!(own, *issuer as usize);
            }
            prop_assert_eq!(NumberSequence::replay(&store.sequence).last(), wanted);
        }

        #[test]
        fn document_numbers_round_trip(
            series in prop::sample::select(Series::ALL.to_vec()),
            year in DocumentNumber::MIN_YEAR..=DocumentNumber::MAX_YEAR,
            number in 1..=DocumentNumber::MAX,
        ) {
            let document = DocumentNumber::new(series, year, number).unwrap();
            prop_assert_eq!(DocumentNumber::parse(&document.to_string()).unwrap(), document);
        }
    }
}
