//! Rebuilds the crate when a Fluent file changes or is added (`static_loader!` reads them at
//! compile time, and cargo does not know about those reads), and writes the index of message
//! ids that `has` answers from.
//!
//! In Fluent an entry starts at the beginning of a line with its identifier and an attribute on
//! an indented line with a dot, so reading lines finds every id of a file that parses (the
//! parity test checks that every file does).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let mut index: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let languages = std::fs::read_dir("locales").expect("the locales directory");
    for language in languages {
        let language = language.expect("a language directory").path();
        if !language.is_dir() {
            continue;
        }
        let lang = file_name(&language);
        let ids = index.entry(lang).or_default();
        for file in std::fs::read_dir(&language).expect("a language directory") {
            let path = file.expect("a file").path();
            if path.extension().and_then(|e| e.to_str()) == Some("ftl") {
                let source = std::fs::read_to_string(&path).expect("a readable Fluent file");
                ids.extend(entry_ids(&source));
            }
        }
        ids.sort();
        ids.dedup();
    }
    let mut out = String::from("/// The ids of each language's messages and attributes, sorted.\n");
    out.push_str("const IDS: &[(&str, &[&str])] = &[\n");
    for (lang, ids) in &index {
        writeln!(out, "    ({lang:?}, &[").expect("a string");
        for id in ids {
            writeln!(out, "        {id:?},").expect("a string");
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("ids.rs"), out).expect("a writable OUT_DIR");
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|name| name.to_str())
        .expect("a UTF-8 name")
        .to_string()
}

/// The message ids (`key`) and attribute ids (`key.attribute`) of a Fluent source; terms
/// (`-term`) are not messages and are left out.
fn entry_ids(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            current = identifier(line).map(str::to_string);
            ids.extend(current.clone());
        } else if line.starts_with(|c: char| !c.is_whitespace()) {
            current = None;
        } else if let Some(message) = &current
            && let Some(attribute) = line.trim_start().strip_prefix('.').and_then(identifier)
        {
            ids.push(format!("{message}.{attribute}"));
        }
    }
    ids
}

/// The identifier of `id = …`, if the line starts that way.
fn identifier(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let (id, rest) = line.split_at(end);
    (!id.is_empty() && rest.trim_start().starts_with('=')).then_some(id)
}
