//! Every translated string of Convene, from one set of Fluent files, and the way each of the six
//! official languages writes money, numbers, dates and times.
//!
//! The texts live in `locales/<lang>/*.ftl`: `rules.ftl` words the rule codes for the API and
//! the pages, `web.ftl` holds the pages' own strings. Both are compiled into the binary, so no
//! file is read at run time. Unicode isolation marks are off: a placeholder's value is inserted
//! as plain text. Besides Fluent's own functions the messages can call `PLURAL($n)`, the plural
//! category of a number, which Arabic messages select on (see the `plural` module).

mod format;
mod memo;
mod plural;
mod rules;

/// The tests' reading of Fluent files, shared with the integration tests.
#[cfg(test)]
#[path = "../tests/support/ftl.rs"]
mod ftl;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};

pub use convene_domain::values::Lang;
pub use format::{date, date_short, datetime, decimal, integer, money, time, zone};
pub use rules::{CODES, rule_message};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let lang = bundle
                .locales
                .first()
                .and_then(|id| Lang::parse(id.language.as_str()))
                .unwrap_or(Lang::En);
            bundle
                .add_function("PLURAL", move |positional, _| plural::plural(lang, positional))
                .expect("PLURAL is added once to each bundle");
        },
    };
}

/// The message `key` in `lang`; falls back to English, then to the key itself (a test
/// guarantees that every key exists in every language, so the fallbacks are for mistakes).
///
/// A message without placeholders reads the same every time: it is resolved once per language
/// and remembered (only messages the files have, so the memo is bounded by them).
pub fn t(lang: Lang, key: &str) -> String {
    if let Some(text) = MESSAGES.get(lang, key) {
        return text.to_string();
    }
    match lookup(lang, key, None).or_else(|| lookup(Lang::En, key, None)) {
        Some(text) => {
            MESSAGES.put(lang, key.to_string(), Arc::from(text.as_str()));
            text
        }
        None => key.to_string(),
    }
}

/// The messages [`t`] has resolved, by language and key.
static MESSAGES: LazyLock<memo::Memo<String>> = LazyLock::new(|| memo::Memo::new(20_000));

/// The message `key` in `lang` with its placeholders filled from `args`, with the fallbacks of
/// [`t`].
pub fn t_args(lang: Lang, key: &str, args: &Args) -> String {
    lookup(lang, key, Some(args))
        .or_else(|| lookup(Lang::En, key, Some(args)))
        .unwrap_or_else(|| key.to_string())
}

/// Whether `lang` itself has the message `key` (or the attribute `message.attribute`), without
/// falling back to English.
pub fn has(lang: Lang, key: &str) -> bool {
    IDS.iter()
        .find(|(tag, _)| *tag == lang.tag())
        .is_some_and(|(_, ids)| ids.binary_search(&key).is_ok())
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

include!(concat!(env!("OUT_DIR"), "/ids.rs"));

/// The message in exactly `lang`, or `None` when it is missing or a placeholder has no value.
pub(crate) fn lookup(lang: Lang, key: &str, args: Option<&Args>) -> Option<String> {
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

/// Like [`t_args`], for text shown on a page: in a right-to-left language each text value is
/// wrapped in Unicode isolates (FSI … PDI), so a time, an amount or a code keeps its own
/// direction inside an Arabic sentence ("10:00–12:00 EST" stays in that order). The API's
/// messages ([`rule_message`]) stay without marks.
pub fn t_page(lang: Lang, key: &str, args: &Args) -> String {
    if !lang.is_rtl() {
        return t_args(lang, key, args);
    }
    let isolated = Args {
        values: args
            .values
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Value::Text(text) => Value::Text(format!("\u{2068}{text}\u{2069}")),
                    Value::Number(number) => Value::Number(*number),
                };
                (name.clone(), value)
            })
            .collect(),
    };
    t_args(lang, key, &isolated)
}
