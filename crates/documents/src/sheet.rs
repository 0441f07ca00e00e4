//! Working sheets as PDF: a unit's run sheet for one day and security's guest list of one
//! event. The caller (the web pages) writes every text in the reader's language; a sheet is a
//! heading, a few lines under it and tables under section titles. In a right-to-left language
//! every cell without a right-to-left letter (a time, a reference, a quantity, a Latin name) is
//! wrapped in Unicode isolates, so `10:00–12:30` or `SE-2026-000001` keep their order.

use convene_i18n::{Args, Lang, t, t_args};
use jiff::Timestamp;
use typst::foundations::{Array, Dict, IntoValue, Value};

use crate::inputs::{PAGE_MARK, PAGES_MARK};

/// A sheet to print, every text already in its language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sheet {
    pub lang: Lang,
    /// Names the sheet stably in the PDF (`run-sheet/CATERING/2026-01-15`); with the language
    /// it makes the PDF's identifier.
    pub ident: String,
    /// The PDF's date: a time the sheet is about (its day, its event), so that the same sheet
    /// gives the same bytes.
    pub at: Timestamp,
    pub heading: String,
    /// Lines under the heading (the unit, the day, the event, the cut-off).
    pub lead: Vec<String>,
    /// The columns' names.
    pub headers: Vec<String>,
    /// Which columns are numbers (aligned to the end, as narrow as they can be).
    pub numeric: Vec<bool>,
    /// The tables, each under its title (empty: no title).
    pub sections: Vec<SheetSection>,
    /// What the sheet says when it has no section.
    pub empty: String,
}

/// One table of a sheet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SheetSection {
    pub title: String,
    pub rows: Vec<Vec<String>>,
}

/// The template's data for a sheet.
pub(crate) fn inputs(sheet: &Sheet) -> Dict {
    let lang = sheet.lang;
    let cell = |text: &str| -> Value {
        if lang.is_rtl() && !text.chars().any(is_rtl_letter) && !text.is_empty() {
            format!("\u{2068}{text}\u{2069}").into_value()
        } else {
            text.into_value()
        }
    };
    let mut doc = Dict::new();
    doc.insert("lang".into(), lang.tag().into_value());
    doc.insert(
        "region".into(),
        match lang {
            Lang::Zh => "cn".into_value(),
            _ => Value::None,
        },
    );
    doc.insert("title".into(), sheet.heading.as_str().into_value());
    doc.insert("venue".into(), t(lang, "doc-venue-name").into_value());
    doc.insert("heading".into(), sheet.heading.as_str().into_value());
    doc.insert(
        "lead".into(),
        Value::Array(sheet.lead.iter().map(|line| cell(line)).collect()),
    );
    doc.insert(
        "headers".into(),
        Value::Array(
            sheet
                .headers
                .iter()
                .map(|h| h.as_str().into_value())
                .collect(),
        ),
    );
    let columns = sheet.headers.len();
    let mut numeric: Vec<bool> = sheet.numeric.clone();
    numeric.resize(columns, false);
    doc.insert(
        "numeric".into(),
        Value::Array(numeric.into_iter().map(IntoValue::into_value).collect()),
    );
    let sections: Array = sheet
        .sections
        .iter()
        .map(|section| {
            let mut out = Dict::new();
            out.insert("title".into(), section.title.as_str().into_value());
            let rows: Array = section
                .rows
                .iter()
                .map(|row| {
                    let mut cells: Array = row.iter().map(|text| cell(text)).collect();
                    // Every row has exactly the table's columns, or typst shifts the cells.
                    while cells.len() < columns {
                        cells.push("".into_value());
                    }
                    Value::Array(cells.into_iter().take(columns).collect())
                })
                .collect();
            out.insert("rows".into(), Value::Array(rows));
            Value::Dict(out)
        })
        .collect();
    doc.insert("sections".into(), Value::Array(sections));
    doc.insert("empty".into(), sheet.empty.as_str().into_value());
    let page = Args::new().str("page", PAGE_MARK).str("pages", PAGES_MARK);
    doc.insert("page".into(), t_args(lang, "doc-page", &page).into_value());
    doc.insert(
        "footer".into(),
        format!("{} · {}", t(lang, "doc-venue-name"), sheet.heading).into_value(),
    );
    doc
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}
