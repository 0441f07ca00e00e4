//! `PLURAL($n)`, a Fluent function giving the CLDR cardinal plural category of a number, for
//! the languages whose built-in selection is wrong.
//!
//! Fluent selects a variant on a number (`{ $n -> [few] … }`) through the `intl_pluralrules`
//! crate, whose Arabic rules (7.0.2, the latest) drop the `% 100` of CLDR: 103 is "few" in CLDR
//! but "other" there, 111 is "many" but "other". Arabic messages therefore select on
//! `PLURAL($n)` (the parity test insists), which these hand-written rules answer for each of
//! the six languages.

use fluent_templates::fluent_bundle::FluentValue;

use crate::Lang;

/// The category of the first argument, as the variant key it selects (`one`, `few` …); a value
/// that is not a number selects the default variant.
pub(crate) fn plural<'a>(lang: Lang, positional: &[FluentValue<'a>]) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::Number(number)) => {
            let text = number.as_string();
            FluentValue::from(category(lang, &text))
        }
        _ => FluentValue::from("other"),
    }
}

/// The CLDR cardinal category of a number written in plain digits (`-3`, `1.50`), from its
/// operands: `i` the whole part, `v` the number of fraction digits.
pub(crate) fn category(lang: Lang, number: &str) -> &'static str {
    let digits = number.trim_start_matches('-');
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let Ok(i) = whole.parse::<u64>() else {
        return "other";
    };
    let whole_number = fraction.is_empty();
    let n_is = |value: u64| whole_number && i == value;
    match lang {
        Lang::En => {
            if n_is(1) {
                "one"
            } else {
                "other"
            }
        }
        Lang::Fr => {
            if i <= 1 {
                "one"
            } else if whole_number && i % 1_000_000 == 0 {
                "many"
            } else {
                "other"
            }
        }
        Lang::Es => {
            if n_is(1) {
                "one"
            } else if whole_number && i % 1_000_000 == 0 && i != 0 {
                "many"
            } else {
                "other"
            }
        }
        Lang::Ar => match (whole_number, i % 100) {
            _ if n_is(0) => "zero",
            _ if n_is(1) => "one",
            _ if n_is(2) => "two",
            (true, 3..=10) => "few",
            (true, 11..=99) => "many",
            _ => "other",
        },
        Lang::Zh => "other",
        Lang::Ru => match (whole_number, i % 10, i % 100) {
            (false, _, _) => "other",
            (true, 1, rest) if rest != 11 => "one",
            (true, 2..=4, rest) if !(12..=14).contains(&rest) => "few",
            _ => "many",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each language with numbers and the category CLDR gives them.
    const CASES: &[(Lang, &[(&str, &str)])] = &[
        (
            Lang::En,
            &[
                ("0", "other"),
                ("1", "one"),
                ("2", "other"),
                ("1.5", "other"),
            ],
        ),
        (
            Lang::Fr,
            &[
                ("0", "one"),
                ("1", "one"),
                ("1.5", "one"),
                ("2", "other"),
                ("1000000", "many"),
            ],
        ),
        (
            Lang::Es,
            &[
                ("0", "other"),
                ("1", "one"),
                ("2", "other"),
                ("1000000", "many"),
            ],
        ),
        (
            Lang::Ar,
            &[
                ("0", "zero"),
                ("1", "one"),
                ("2", "two"),
                ("3", "few"),
                ("10", "few"),
                ("11", "many"),
                ("99", "many"),
                ("100", "other"),
                ("101", "other"),
                ("102", "other"),
                ("103", "few"),
                ("111", "many"),
                ("1011", "many"),
                ("2.5", "other"),
            ],
        ),
        (Lang::Zh, &[("0", "other"), ("1", "other"), ("2", "other")]),
        (
            Lang::Ru,
            &[
                ("0", "many"),
                ("1", "one"),
                ("2", "few"),
                ("4", "few"),
                ("5", "many"),
                ("11", "many"),
                ("12", "many"),
                ("21", "one"),
                ("22", "few"),
                ("111", "many"),
                ("101", "one"),
                ("1.5", "other"),
                ("-21", "one"),
            ],
        ),
    ];

    #[test]
    fn numbers_get_the_category_cldr_gives_them() {
        for (lang, cases) in CASES {
            for (number, expected) in *cases {
                assert_eq!(
                    category(*lang, number),
                    *expected,
                    "{number} in {}",
                    lang.tag()
                );
            }
        }
    }
}
