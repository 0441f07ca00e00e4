//! Typesetting a document's data into PDF/A-3b bytes, the same bytes every time: the PDF's
//! identifier comes from the document's number and language and its date from the document's
//! issue time, never from the clock.

use jiff::Timestamp;
use typst::foundations::{Datetime, Dict, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::DocumentError;
use crate::world::{DocumentWorld, Template};

/// How many compilations typst's memo cache remembers results for: enough to reuse the
/// template's parse and evaluation between documents, small enough to stay bounded.
const MEMO_MAX_AGE: usize = 8;

/// Typesets `inputs` with the template and writes the PDF.
///
/// `ident` names the document stably (its number and language); `issued_at` is its date.
pub(crate) fn pdf(
    template: Template,
    inputs: Dict,
    ident: String,
    issued_at: Timestamp,
) -> Result<Vec<u8>, DocumentError> {
    let date = datetime(issued_at)?;
    let today = Datetime::from_ymd(date.year, date.month, date.day).ok_or(DocumentError::Date)?;
    let world = DocumentWorld::new(template, inputs, today);
    let compiled = typst::compile::<PagedDocument>(&world);
    let document = compiled
        .output
        .map_err(|errors| DocumentError::typeset(&errors))?;
    let standards = PdfStandards::new(&[PdfStandard::A_3b])
        .map_err(|error| DocumentError::Pdf(error.message().to_string()))?;
    let options = PdfOptions {
        ident: Smart::Custom(ident),
        creator: Smart::Custom(Some("Convene".to_string())),
        timestamp: Some(typst_pdf::Timestamp::new_utc(date.datetime)),
        standards,
        ..PdfOptions::default()
    };
    let bytes =
        typst_pdf::pdf(&document, &options).map_err(|errors| DocumentError::typeset(&errors));
    // typst remembers intermediate results across compilations; dropping the old ones keeps
    // its memory bounded in a long-running server.
    typst::comemo::evict(MEMO_MAX_AGE);
    bytes
}

/// A UTC instant as typst's date-time, with its calendar date.
struct Instant {
    datetime: Datetime,
    year: i32,
    month: u8,
    day: u8,
}

fn datetime(at: Timestamp) -> Result<Instant, DocumentError> {
    let utc = at.to_zoned(jiff::tz::TimeZone::UTC);
    let (year, month, day) = (
        i32::from(utc.year()),
        u8::try_from(utc.month()),
        u8::try_from(utc.day()),
    );
    let (Ok(month), Ok(day)) = (month, day) else {
        return Err(DocumentError::Date);
    };
    let hms = (
        u8::try_from(utc.hour()),
        u8::try_from(utc.minute()),
        u8::try_from(utc.second()),
    );
    let (Ok(hour), Ok(minute), Ok(second)) = hms else {
        return Err(DocumentError::Date);
    };
    let datetime = Datetime::from_ymd_hms(year, month, day, hour, minute, second)
        .ok_or(DocumentError::Date)?;
    Ok(Instant {
        datetime,
        year,
        month,
        day,
    })
}
