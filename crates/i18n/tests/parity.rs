//! The Fluent files of every language match English: the same files, messages, attributes and
//! variables, no syntax errors, no id twice, and no text left in English by mistake.
//!
//! The files are read from disk, so a file added by anyone (the pages' `web.ftl` grows with the
//! pages) is checked as it is. A failure names the file, the language and the key.

#[path = "support/ftl.rs"]
mod ftl;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use ftl::Entry;

/// The six official languages, English (the reference) first.
const LANGS: [&str; 6] = ["en", "fr", "es", "ar", "zh", "ru"];

/// The files whose every text must differ from English. The pages' `web.ftl` is left out: short
/// labels such as "Total", "Date" or "Mission" are the same word in French or Spanish, and an
/// allow-list of them would only grow.
const TRANSLATED: &[&str] = &["rules.ftl"];

/// Messages that may read exactly as in English in one language, since that language writes
/// them so. Messages whose text outside placeables holds no letter (`{ $hour }:{ $minute }`)
/// may too.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("fr", "field-description"),
    ("fr", "field-note"),
    // Chinese writes US dollars as English does.
    ("zh", "format-money-usd"),
];

/// One language's files: file name, then its entries.
type Files = BTreeMap<String, Vec<Entry>>;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Reads and scans every `.ftl` file of a language; syntax errors go to `problems`.
fn read(lang: &str, problems: &mut Vec<String>) -> Files {
    let mut files = Files::new();
    let dir = locales().join(lang);
    let listing = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in listing {
        let path = entry.expect("a directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a file name")
            .to_string();
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        match ftl::scan(&source) {
            Ok(entries) => {
                files.insert(name, entries);
            }
            Err(errors) => {
                for error in errors {
                    problems.push(format!("{lang}/{name}: {error}"));
                }
                files.insert(name, Vec::new());
            }
        }
    }
    files
}

/// Every language's files, with the problems found reading them.
fn all() -> (BTreeMap<&'static str, Files>, Vec<String>) {
    let mut problems = Vec::new();
    let files = LANGS
        .iter()
        .map(|lang| (*lang, read(lang, &mut problems)))
        .collect();
    (files, problems)
}

fn by_id(entries: &[Entry]) -> BTreeMap<&str, &Entry> {
    entries
        .iter()
        .map(|entry| (entry.id.as_str(), entry))
        .collect()
}

fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_file_parses() {
    let (_, problems) = all();
    assert_none(problems);
}

#[test]
fn the_locales_are_the_six_languages() {
    let found: BTreeSet<String> = std::fs::read_dir(locales())
        .expect("the locales directory")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let expected: BTreeSet<String> = LANGS.iter().map(|l| l.to_string()).collect();
    assert_eq!(found, expected);
}

#[test]
fn every_language_has_the_files_of_english() {
    let (files, _) = all();
    let english: BTreeSet<&String> = files["en"].keys().collect();
    let mut problems = Vec::new();
    for lang in &LANGS[1..] {
        let theirs: BTreeSet<&String> = files[lang].keys().collect();
        for missing in english.difference(&theirs) {
            problems.push(format!("{lang}/{missing}: missing (English has it)"));
        }
        for extra in theirs.difference(&english) {
            problems.push(format!("{lang}/{extra}: not in English"));
        }
    }
    assert_none(problems);
}

#[test]
fn every_language_has_the_messages_and_attributes_of_english() {
    let (files, _) = all();
    let mut problems = Vec::new();
    for (name, english) in &files["en"] {
        let english = by_id(english);
        for lang in &LANGS[1..] {
            let Some(theirs) = files[lang].get(name) else {
                continue;
            };
            let theirs = by_id(theirs);
            for (id, entry) in &english {
                let Some(their) = theirs.get(id) else {
                    problems.push(format!("{lang}/{name}: {id} is missing"));
                    continue;
                };
                let ours: BTreeSet<&String> = entry.parts.keys().collect();
                let them: BTreeSet<&String> = their.parts.keys().collect();
                if ours != them {
                    problems.push(format!(
                        "{lang}/{name}: {id} has the attributes {them:?}, English {ours:?}"
                    ));
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{lang}/{name}: {id} is not in English"));
            }
        }
    }
    assert_none(problems);
}

#[test]
fn every_message_uses_the_variables_of_english() {
    let (files, _) = all();
    let mut problems = Vec::new();
    for (name, english) in &files["en"] {
        let english = by_id(english);
        for lang in &LANGS[1..] {
            let Some(theirs) = files[lang].get(name) else {
                continue;
            };
            for their in theirs {
                let Some(entry) = english.get(their.id.as_str()) else {
                    continue;
                };
                for (part, variables) in &entry.parts {
                    let Some(theirs) = their.parts.get(part) else {
                        continue;
                    };
                    if theirs != variables {
                        let key = if part.is_empty() {
                            their.id.clone()
                        } else {
                            format!("{}.{part}", their.id)
                        };
                        problems.push(format!(
                            "{lang}/{name}: {key} uses {theirs:?}, English {variables:?}"
                        ));
                    }
                }
            }
        }
    }
    assert_none(problems);
}

/// A language's bundle takes all its files at once, and an id defined twice stops it loading.
#[test]
fn no_id_is_defined_twice_in_a_language() {
    let (files, _) = all();
    let mut problems = Vec::new();
    for lang in LANGS {
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for (name, entries) in &files[lang] {
            for entry in entries {
                if let Some(first) = seen.insert(&entry.id, name) {
                    problems.push(format!(
                        "{lang}/{name}: {} is also in {lang}/{first}",
                        entry.id
                    ));
                }
            }
        }
    }
    assert_none(problems);
}

#[test]
fn translations_are_not_left_in_english() {
    let (files, _) = all();
    let mut problems = Vec::new();
    for (name, english) in files["en"]
        .iter()
        .filter(|(name, _)| TRANSLATED.contains(&name.as_str()))
    {
        let english = by_id(english);
        for lang in &LANGS[1..] {
            let Some(theirs) = files[lang].get(name) else {
                continue;
            };
            for their in theirs {
                if SAME_AS_ENGLISH.contains(&(*lang, their.id.as_str())) {
                    continue;
                }
                let Some(entry) = english.get(their.id.as_str()) else {
                    continue;
                };
                for (part, text) in &their.texts {
                    if entry.texts.get(part) == Some(text) && has_words(text) {
                        problems.push(format!(
                            "{lang}/{name}: {} reads as in English: {text}",
                            their.id
                        ));
                    }
                }
            }
        }
    }
    assert_none(problems);
}

/// Fluent's own plural selection gets Arabic wrong from 100 on, so Arabic selects on
/// `PLURAL($n)`, which the crate answers with the CLDR rules.
#[test]
fn arabic_selects_plural_variants_through_plural() {
    let (files, _) = all();
    let mut problems = Vec::new();
    for (name, entries) in &files["ar"] {
        for entry in entries {
            for variable in &entry.plural_selectors {
                problems.push(format!(
                    "ar/{name}: {} selects on ${variable}; write {{ PLURAL(${variable}) -> … }}",
                    entry.id
                ));
            }
        }
    }
    assert_none(problems);
}

/// Whether the text outside placeables holds a letter.
fn has_words(text: &str) -> bool {
    let mut depth = 0usize;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => return depth == 0 && c.is_alphabetic(),
        }
        false
    })
}
