//! Money, numbers, dates and times written the way each language writes them.
//!
//! No ICU: the patterns, separators and the names of months and weekdays are messages of the
//! `formats` section of each `rules.ftl`, so a translator corrects them where the other texts
//! are; the code here only splits numbers and dates into the pieces those patterns take.
//!
//! A page writes the same dates, times and amounts many times over, so each language's names
//! and separators are read from its messages once, and what a pattern wrote for a date, a
//! minute or an amount is remembered in a bounded [`Memo`].

use std::sync::LazyLock;

use convene_domain::Money;
use convene_domain::time::local;
use jiff::Timestamp;
use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::memo::Memo;
use crate::{Args, Lang, t, t_args};

/// Texts remembered per language: enough for every date and minute of a venue's busy months.
const MEMO_LIMIT: usize = 8_192;

static DATES: LazyLock<Memo<Date>> = LazyLock::new(|| Memo::new(MEMO_LIMIT));
static SHORT_DATES: LazyLock<Memo<Date>> = LazyLock::new(|| Memo::new(MEMO_LIMIT));
/// By the minute since the epoch: the venue's time of day, and with the date and zone.
static TIMES: LazyLock<Memo<i64>> = LazyLock::new(|| Memo::new(MEMO_LIMIT));
static DATETIMES: LazyLock<Memo<i64>> = LazyLock::new(|| Memo::new(MEMO_LIMIT));
/// By the hour since the epoch (zones change on the hour), under English.
static ZONES: LazyLock<Memo<i64>> = LazyLock::new(|| Memo::new(MEMO_LIMIT));
static AMOUNTS: LazyLock<Memo<(Decimal, String)>> = LazyLock::new(|| Memo::new(MEMO_LIMIT));

/// A language's names of months and weekdays and its number separators, read once.
struct Words {
    months: [String; 12],
    months_short: [String; 12],
    /// Monday first.
    weekdays: [String; 7],
    group_minimum: usize,
    group_separator: String,
    decimal_separator: String,
}

static WORDS: LazyLock<[Words; 6]> = LazyLock::new(|| Lang::ALL.map(Words::of));

impl Words {
    fn of(lang: Lang) -> Self {
        Self {
            months: std::array::from_fn(|index| t(lang, &format!("month-{}", index + 1))),
            months_short: std::array::from_fn(|index| {
                t(lang, &format!("month-short-{}", index + 1))
            }),
            weekdays: std::array::from_fn(|index| t(lang, &format!("weekday-{}", index + 1))),
            group_minimum: t(lang, "format-group-minimum").trim().parse().unwrap_or(1),
            group_separator: t(lang, "format-group-separator"),
            decimal_separator: t(lang, "format-decimal-separator"),
        }
    }

    fn get(lang: Lang) -> &'static Words {
        let index = Lang::ALL
            .iter()
            .position(|other| *other == lang)
            .unwrap_or(0);
        &WORDS[index]
    }
}

/// The minute (since the epoch) an instant falls in.
fn minute_of(at: Timestamp) -> i64 {
    at.as_second().div_euclid(60)
}

/// An amount with its currency: `US$1,250.00` in English, `1 250,00 $US` in French. US dollars
/// take the language's own symbol; any other currency is written with its ISO code. Arabic
/// writes `1,250.00 US$`: Latin digits with their own separators, as the United Nations' Arabic
/// documents print figures, so an amount reads as in the invoice and the ERP export.
pub fn money(lang: Lang, money: &Money) -> String {
    let amount = money.amount();
    let currency = money.currency();
    let currency = currency.as_str();
    AMOUNTS.text(lang, (amount, currency.to_string()), || {
        let digits = format!("{:.2}", amount.abs());
        let args = Args::new().str("amount", number_text(lang, &digits));
        let text = match currency {
            "USD" => t_args(lang, "format-money-usd", &args),
            code => t_args(lang, "format-money", &args.str("currency", code)),
        };
        signed(amount.is_sign_negative() && !amount.is_zero(), text)
    })
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
    DATES.text(lang, date, || {
        let weekday = usize::try_from(date.weekday().to_monday_zero_offset()).unwrap_or(0);
        let args = date_args(lang, date).str("weekday", Words::get(lang).weekdays[weekday].clone());
        t_args(lang, "format-date", &args)
    })
}

/// A short date: `15 Dec 2026`, `15 déc. 2026`, `2026年12月15日`.
pub fn date_short(lang: Lang, date: Date) -> String {
    SHORT_DATES.text(lang, date, || {
        t_args(lang, "format-date-short", &date_args(lang, date))
    })
}

/// The venue's time of day at an instant, on a 24-hour clock and without the zone: `10:00`.
pub fn time(lang: Lang, at: Timestamp) -> String {
    TIMES.text(lang, minute_of(at), || {
        let local = local(at);
        let args = Args::new()
            .str("hour", format!("{:02}", local.hour()))
            .str("minute", format!("{:02}", local.minute()));
        t_args(lang, "format-time", &args)
    })
}

/// A short date, the venue's time of day and its zone: `15 Dec 2026, 10:00 EST`.
pub fn datetime(lang: Lang, at: Timestamp) -> String {
    DATETIMES.text(lang, minute_of(at), || {
        let args = Args::new()
            .str("date", date_short(lang, local(at).date()))
            .str("time", time(lang, at))
            .str("zone", zone(at));
        t_args(lang, "format-datetime", &args)
    })
}

/// The abbreviation of the venue's zone at an instant: `EST` in winter, `EDT` in summer.
pub fn zone(at: Timestamp) -> String {
    ZONES.text(Lang::En, at.as_second().div_euclid(3600), || {
        local(at).strftime("%Z").to_string()
    })
}

/// The pieces of a date the date patterns take: the day and year as numbers (so a language can
/// select a variant such as French `1er`), the month's names.
fn date_args(lang: Lang, date: Date) -> Args {
    let words = Words::get(lang);
    let month = usize::try_from(date.month() - 1).unwrap_or(0);
    Args::new()
        .num("day", i64::from(date.day()))
        .num("year", i64::from(date.year()))
        .str("month", words.months[month].clone())
        .str("monthShort", words.months_short[month].clone())
}

/// Writes plain ASCII digits (`1250.00`, `7`) with the language's separators: digit groups of
/// three once the whole part has at least `format-group-minimum` + 3 digits.
fn number_text(lang: Lang, digits: &str) -> String {
    let words = Words::get(lang);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::with_capacity(digits.len() + 8);
    if whole.len() >= words.group_minimum + 3 {
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index) % 3 == 0 {
                out.push_str(&words.group_separator);
            }
            out.push(digit);
        }
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push_str(&words.decimal_separator);
        out.push_str(fraction);
    }
    out
}

/// Puts a minus sign before a whole formatted value, currency symbol included.
fn signed(negative: bool, text: String) -> String {
    if negative { format!("-{text}") } else { text }
}
