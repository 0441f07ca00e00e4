//! Money, numbers, dates and times written the way each language writes them.
//!
//! No ICU: the patterns, separators and the names of months and weekdays are messages of the
//! `formats` section of each `rules.ftl`, so a translator corrects them where the other texts
//! are; the code here only splits numbers and dates into the pieces those patterns take.

use convene_domain::Money;
use convene_domain::time::local;
use jiff::Timestamp;
use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::{Args, Lang, t, t_args};

/// An amount with its currency: `US$1,250.00` in English, `1 250,00 $US` in French. US dollars
/// take the language's own symbol; any other currency is written with its ISO code. Arabic
/// writes `1,250.00 US$`: Latin digits with their own separators, as the United Nations' Arabic
/// documents print figures, so an amount reads as in the invoice and the ERP export.
pub fn money(lang: Lang, money: &Money) -> String {
    let amount = money.amount();
    let digits = format!("{:.2}", amount.abs());
    let args = Args::new().str("amount", number_text(lang, &digits));
    let text = match money.currency().as_str() {
        "USD" => t_args(lang, "format-money-usd", &args),
        code => t_args(lang, "format-money", &args.str("currency", code)),
    };
    signed(amount.is_sign_negative() && !amount.is_zero(), text)
}

/// A quantity: the language's decimal separator, its digit groups, and no trailing zeros
/// (`2`, `2.5`, `1,000.25`).
pub fn decimal(lang: Lang, value: Decimal) -> String {
    let digits = value.abs().normalize().to_string();
    signed(
        value.is_sign_negative() && !value.is_zero(),
        number_text(lang, &digits),
    )
}

/// A whole number with the language's digit groups.
pub fn integer(lang: Lang, value: i64) -> String {
    signed(
        value < 0,
        number_text(lang, &value.unsigned_abs().to_string()),
    )
}

/// A date written out in full: `Tuesday 15 December 2026`, `mardi 15 décembre 2026`,
/// `2026年12月15日星期二`.
pub fn date(lang: Lang, date: Date) -> String {
    let args = date_args(lang, date).str(
        "weekday",
        t(
            lang,
            &format!("weekday-{}", date.weekday().to_monday_one_offset()),
        ),
    );
    t_args(lang, "format-date", &args)
}

/// A short date: `15 Dec 2026`, `15 déc. 2026`, `2026年12月15日`.
pub fn date_short(lang: Lang, date: Date) -> String {
    t_args(lang, "format-date-short", &date_args(lang, date))
}

/// The venue's time of day at an instant, on a 24-hour clock and without the zone: `10:00`.
pub fn time(lang: Lang, at: Timestamp) -> String {
    let local = local(at);
    let args = Args::new()
        .str("hour", format!("{:02}", local.hour()))
        .str("minute", format!("{:02}", local.minute()));
    t_args(lang, "format-time", &args)
}

/// A short date, the venue's time of day and its zone: `15 Dec 2026, 10:00 EST`.
pub fn datetime(lang: Lang, at: Timestamp) -> String {
    let args = Args::new()
        .str("date", date_short(lang, local(at).date()))
        .str("time", time(lang, at))
        .str("zone", zone(at));
    t_args(lang, "format-datetime", &args)
}

/// The abbreviation of the venue's zone at an instant: `EST` in winter, `EDT` in summer.
pub fn zone(at: Timestamp) -> String {
    local(at).strftime("%Z").to_string()
}

/// The pieces of a date the date patterns take: the day and year as numbers (so a language can
/// select a variant such as French `1er`), the month's names.
fn date_args(lang: Lang, date: Date) -> Args {
    Args::new()
        .num("day", i64::from(date.day()))
        .num("year", i64::from(date.year()))
        .str("month", t(lang, &format!("month-{}", date.month())))
        .str(
            "monthShort",
            t(lang, &format!("month-short-{}", date.month())),
        )
}

/// Writes plain ASCII digits (`1250.00`, `7`) with the language's separators: digit groups of
/// three once the whole part has at least `format-group-minimum` + 3 digits.
fn number_text(lang: Lang, digits: &str) -> String {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let minimum: usize = t(lang, "format-group-minimum").trim().parse().unwrap_or(1);
    let mut out = String::with_capacity(digits.len() + 8);
    if whole.len() >= minimum + 3 {
        let group = t(lang, "format-group-separator");
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index) % 3 == 0 {
                out.push_str(&group);
            }
            out.push(digit);
        }
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push_str(&t(lang, "format-decimal-separator"));
        out.push_str(fraction);
    }
    out
}

/// Puts a minus sign before a whole formatted value, currency symbol included.
fn signed(negative: bool, text: String) -> String {
    if negative { format!("-{text}") } else { text }
}
