//! Every translated string of Convene, from one set of Fluent files, and the way each of the six
//! official languages writes money, numbers, dates and times.
//!
//! The texts live in `locales/<lang>/*.ftl`: `rules.ftl` words the rule codes for the API and
//! the pages, `web.ftl` holds the pages' own strings. Both are compiled into the binary, so no
//! file is read at run time. Unicode isolation marks are off: a placeholder's value is inserted
//! as plain text.

mod format;
mod rules;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};

pub use convene_domain::values::Lang;
pub use format::{date, date_short, datetime, decimal, integer, money, time, zone};
pub use rules::{CODES, rule_message};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The message `key` in `lang`; falls back to English, then to the key itself (a test
/// guarantees that every key exists in every language, so the fallbacks are for mistakes).
pub fn t(lang: Lang, key: &str) -> String {
    lookup(lang, key, None)
        .or_else(|| lookup(Lang::En, key, None))
        .unwrap_or_else(|| key.to_string())
}

/// The message `key` in `lang` with its placeholders filled from `args`, with the fallbacks of
/// [`t`].
pub fn t_args(lang: Lang, key: &str, args: &Args) -> String {
    lookup(lang, key, Some(args))
        .or_else(|| lookup(Lang::En, key, Some(args)))
        .unwrap_or_else(|| key.to_string())
}

/// Whether `lang` has the message `key` (or `message.attribute`) itself, without fallback.
pub fn has(lang: Lang, key: &str) -> bool {
    LOCALES
        .lookup_single_language::<&str>(&language_id(lang), key, None)
        .is_ok()
}

/// The named values of a message's placeholders.
#[derive(Debug, Default, Clone)]
pub struct Args {
    values: Vec<(String, Value)>,
}

#[derive(Debug, Clone)]
enum Value {
    Text(String),
    Number(i64),
}

impl Args {
    /// No values yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text value, inserted as given.
    pub fn str(mut self, name: &str, value: impl Into<String>) -> Self {
        self.values
            .push((name.to_string(), Value::Text(value.into())));
        self
    }

    /// Adds a number, which Fluent's plural selectors can choose a variant on.
    pub fn num(mut self, name: &str, value: i64) -> Self {
        self.values.push((name.to_string(), Value::Number(value)));
        self
    }

    fn to_fluent(&self) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
        self.values
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Value::Text(text) => FluentValue::from(text.clone()),
                    Value::Number(number) => FluentValue::from(*number),
                };
                (Cow::Owned(name.clone()), value)
            })
            .collect()
    }
}

/// A language's name in that language, for the language switcher.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Es => "Español",
        Lang::Ar => "العربية",
        Lang::Zh => "中文",
        Lang::Ru => "Русский",
    }
}

/// The message in exactly `lang`, or `None` when it is missing or a placeholder has no value.
fn lookup(lang: Lang, key: &str, args: Option<&Args>) -> Option<String> {
    let args = args.map(Args::to_fluent);
    LOCALES
        .lookup_single_language(&language_id(lang), key, args.as_ref())
        .ok()
}

fn language_id(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::En => langid!("en"),
        Lang::Fr => langid!("fr"),
        Lang::Es => langid!("es"),
        Lang::Ar => langid!("ar"),
        Lang::Zh => langid!("zh"),
        Lang::Ru => langid!("ru"),
    }
}
