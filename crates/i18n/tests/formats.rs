//! Money, numbers, dates and times in each language, as data: a summer (daylight-saving, EDT)
//! date and a winter (EST) one, and the two nights the clocks change.

use convene_domain::{Currency, Money};
use convene_i18n::{
    Lang, date, date_short, datetime, decimal, integer, language_name, money, time, zone,
};
use jiff::Timestamp;
use jiff::civil::Date;
use rust_decimal::Decimal;

const EN: Lang = Lang::En;
const FR: Lang = Lang::Fr;
const ES: Lang = Lang::Es;
const AR: Lang = Lang::Ar;
const ZH: Lang = Lang::Zh;
const RU: Lang = Lang::Ru;

/// Each case: the language, the input, the text.
type Cases = &'static [(Lang, &'static str, &'static str)];

fn check(cases: Cases, format: impl Fn(Lang, &str) -> String) {
    let mut wrong = Vec::new();
    for (lang, input, expected) in cases {
        let got = format(*lang, input);
        if got != *expected {
            wrong.push(format!(
                "{} {input}: got {got:?}, expected {expected:?}",
                lang.tag()
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

fn amount(text: &str) -> Money {
    let (value, code) = text.split_once(' ').expect("an amount and a currency");
    Money::parse(value, Currency::parse(code).expect("a currency")).expect("an amount")
}

fn day(text: &str) -> Date {
    text.parse().expect("a date")
}

fn instant(text: &str) -> Timestamp {
    text.parse().expect("an instant")
}

#[test]
fn money_is_written_the_way_each_language_writes_it() {
    const CASES: Cases = &[
        (EN, "1250.00 USD", "US$1,250.00"),
        (EN, "12500.00 USD", "US$12,500.00"),
        (EN, "0.50 USD", "US$0.50"),
        (EN, "1234567.89 USD", "US$1,234,567.89"),
        (EN, "-40.00 USD", "-US$40.00"),
        (EN, "1250.00 EUR", "EUR 1,250.00"),
        (FR, "1250.00 USD", "1\u{202f}250,00\u{a0}$US"),
        (FR, "12500.00 USD", "12\u{202f}500,00\u{a0}$US"),
        (FR, "0.50 USD", "0,50\u{a0}$US"),
        (FR, "1234567.89 USD", "1\u{202f}234\u{202f}567,89\u{a0}$US"),
        (FR, "-40.00 USD", "-40,00\u{a0}$US"),
        (FR, "1250.00 EUR", "1\u{202f}250,00\u{a0}EUR"),
        (ES, "1250.00 USD", "1250,00\u{a0}US$"),
        (ES, "12500.00 USD", "12.500,00\u{a0}US$"),
        (ES, "0.50 USD", "0,50\u{a0}US$"),
        (ES, "1234567.89 USD", "1.234.567,89\u{a0}US$"),
        (ES, "1250.00 EUR", "1250,00\u{a0}EUR"),
        (AR, "1250.00 USD", "1,250.00\u{a0}US$"),
        (AR, "12500.00 USD", "12,500.00\u{a0}US$"),
        (AR, "1250.00 EUR", "1,250.00\u{a0}EUR"),
        (ZH, "1250.00 USD", "US$1,250.00"),
        (ZH, "0.50 USD", "US$0.50"),
        (ZH, "1250.00 EUR", "EUR 1,250.00"),
        (RU, "1250.00 USD", "1\u{a0}250,00\u{a0}$"),
        (RU, "1234567.89 USD", "1\u{a0}234\u{a0}567,89\u{a0}$"),
        (RU, "-40.00 USD", "-40,00\u{a0}$"),
        (RU, "1250.00 EUR", "1\u{a0}250,00\u{a0}EUR"),
    ];
    check(CASES, |lang, input| money(lang, &amount(input)));
}

#[test]
fn quantities_drop_trailing_zeros_and_use_the_decimal_separator() {
    const CASES: Cases = &[
        (EN, "2", "2"),
        (EN, "2.00", "2"),
        (EN, "2.50", "2.5"),
        (EN, "0.25", "0.25"),
        (EN, "1000", "1,000"),
        (EN, "12500.25", "12,500.25"),
        (EN, "-1.5", "-1.5"),
        (EN, "0.00", "0"),
        (FR, "2.00", "2"),
        (FR, "2.50", "2,5"),
        (FR, "1000", "1\u{202f}000"),
        (FR, "12500.25", "12\u{202f}500,25"),
        (ES, "2.50", "2,5"),
        (ES, "1000", "1000"),
        (ES, "12500.25", "12.500,25"),
        (AR, "2.50", "2.5"),
        (AR, "12500.25", "12,500.25"),
        (ZH, "2.50", "2.5"),
        (ZH, "1000", "1,000"),
        (RU, "2.50", "2,5"),
        (RU, "12500.25", "12\u{a0}500,25"),
    ];
    check(CASES, |lang, input| {
        decimal(lang, input.parse::<Decimal>().expect("a decimal"))
    });
}

#[test]
fn whole_numbers_are_grouped() {
    const CASES: Cases = &[
        (EN, "0", "0"),
        (EN, "7", "7"),
        (EN, "999", "999"),
        (EN, "1000", "1,000"),
        (EN, "1234567", "1,234,567"),
        (EN, "-1234", "-1,234"),
        (FR, "1000", "1\u{202f}000"),
        (FR, "1234567", "1\u{202f}234\u{202f}567"),
        (ES, "1000", "1000"),
        (ES, "9999", "9999"),
        (ES, "10000", "10.000"),
        (ES, "-1234", "-1234"),
        (AR, "1234567", "1,234,567"),
        (ZH, "1234567", "1,234,567"),
        (RU, "1000", "1\u{a0}000"),
        (RU, "1234567", "1\u{a0}234\u{a0}567"),
    ];
    check(CASES, |lang, input| {
        integer(lang, input.parse().expect("an integer"))
    });
}

#[test]
fn dates_are_written_out_in_full() {
    const CASES: Cases = &[
        (EN, "2026-07-14", "Tuesday 14 July 2026"),
        (EN, "2026-12-15", "Tuesday 15 December 2026"),
        (EN, "2027-01-01", "Friday 1 January 2027"),
        (FR, "2026-07-14", "mardi 14 juillet 2026"),
        (FR, "2026-12-15", "mardi 15 décembre 2026"),
        (FR, "2027-01-01", "vendredi 1er janvier 2027"),
        (ES, "2026-07-14", "martes, 14 de julio de 2026"),
        (ES, "2026-12-15", "martes, 15 de diciembre de 2026"),
        (AR, "2026-07-14", "الثلاثاء، 14 تموز/يوليه 2026"),
        (AR, "2026-12-15", "الثلاثاء، 15 كانون الأول/ديسمبر 2026"),
        (ZH, "2026-07-14", "2026年7月14日星期二"),
        (ZH, "2026-12-15", "2026年12月15日星期二"),
        (RU, "2026-07-14", "вторник, 14 июля 2026 г."),
        (RU, "2026-12-15", "вторник, 15 декабря 2026 г."),
        (RU, "2026-05-03", "воскресенье, 3 мая 2026 г."),
    ];
    check(CASES, |lang, input| date(lang, day(input)));
}

#[test]
fn short_dates_abbreviate_the_month() {
    const CASES: Cases = &[
        (EN, "2026-07-14", "14 Jul 2026"),
        (EN, "2026-12-15", "15 Dec 2026"),
        (FR, "2026-07-14", "14 juil. 2026"),
        (FR, "2026-12-15", "15 déc. 2026"),
        (FR, "2026-12-01", "1er déc. 2026"),
        (ES, "2026-07-14", "14 jul 2026"),
        (ES, "2026-12-15", "15 dic 2026"),
        (AR, "2026-07-14", "14 تموز/يوليه 2026"),
        (AR, "2026-12-15", "15 كانون الأول/ديسمبر 2026"),
        (ZH, "2026-07-14", "2026年7月14日"),
        (ZH, "2026-12-15", "2026年12月15日"),
        (RU, "2026-07-14", "14 июл. 2026 г."),
        (RU, "2026-12-15", "15 дек. 2026 г."),
    ];
    check(CASES, |lang, input| date_short(lang, day(input)));
}

/// 14:00 UTC is 10:00 in New York in July (EDT) and 09:00 in December (EST); on 1 November 2026
/// the clocks go back at 06:00 UTC, so 01:30 comes twice.
#[test]
fn times_are_the_venues_on_a_24_hour_clock() {
    const CASES: Cases = &[
        (EN, "2026-07-14T14:00:00Z", "10:00"),
        (EN, "2026-12-15T14:00:00Z", "09:00"),
        (EN, "2026-12-15T20:45:00Z", "15:45"),
        (EN, "2026-11-01T05:30:00Z", "01:30"),
        (EN, "2026-11-01T06:30:00Z", "01:30"),
        (EN, "2026-03-08T07:00:00Z", "03:00"),
        (FR, "2026-07-14T14:00:00Z", "10:00"),
        (ES, "2026-12-15T20:45:00Z", "15:45"),
        (AR, "2026-07-14T14:00:00Z", "10:00"),
        (ZH, "2026-12-15T14:00:00Z", "09:00"),
        (RU, "2026-12-15T20:45:00Z", "15:45"),
    ];
    check(CASES, |lang, input| time(lang, instant(input)));
}

#[test]
fn date_times_show_the_zone() {
    const CASES: Cases = &[
        (EN, "2026-07-14T14:00:00Z", "14 Jul 2026, 10:00 EDT"),
        (EN, "2026-12-15T15:00:00Z", "15 Dec 2026, 10:00 EST"),
        (EN, "2026-12-16T02:30:00Z", "15 Dec 2026, 21:30 EST"),
        (EN, "2026-11-01T05:30:00Z", "1 Nov 2026, 01:30 EDT"),
        (EN, "2026-11-01T06:30:00Z", "1 Nov 2026, 01:30 EST"),
        (FR, "2026-07-14T14:00:00Z", "14 juil. 2026, 10:00 EDT"),
        (FR, "2026-12-15T15:00:00Z", "15 déc. 2026, 10:00 EST"),
        (ES, "2026-07-14T14:00:00Z", "14 jul 2026, 10:00 EDT"),
        (ES, "2026-12-15T15:00:00Z", "15 dic 2026, 10:00 EST"),
        (AR, "2026-07-14T14:00:00Z", "14 تموز/يوليه 2026، 10:00 EDT"),
        (
            AR,
            "2026-12-15T15:00:00Z",
            "15 كانون الأول/ديسمبر 2026، 10:00 EST",
        ),
        (ZH, "2026-07-14T14:00:00Z", "2026年7月14日 10:00 EDT"),
        (ZH, "2026-12-15T15:00:00Z", "2026年12月15日 10:00 EST"),
        (RU, "2026-07-14T14:00:00Z", "14 июл. 2026 г., 10:00 EDT"),
        (RU, "2026-12-15T15:00:00Z", "15 дек. 2026 г., 10:00 EST"),
    ];
    check(CASES, |lang, input| datetime(lang, instant(input)));
}

#[test]
fn the_zone_follows_daylight_saving() {
    const CASES: &[(&str, &str)] = &[
        ("2026-07-14T14:00:00Z", "EDT"),
        ("2026-12-15T15:00:00Z", "EST"),
        ("2026-03-08T06:59:59Z", "EST"),
        ("2026-03-08T07:00:00Z", "EDT"),
        ("2026-11-01T05:59:59Z", "EDT"),
        ("2026-11-01T06:00:00Z", "EST"),
    ];
    for (at, expected) in CASES {
        assert_eq!(zone(instant(at)), *expected, "{at}");
    }
}

#[test]
fn languages_are_named_in_themselves() {
    let names: Vec<&str> = Lang::ALL.into_iter().map(language_name).collect();
    assert_eq!(
        names,
        [
            "English",
            "Français",
            "Español",
            "العربية",
            "中文",
            "Русский"
        ]
    );
}
