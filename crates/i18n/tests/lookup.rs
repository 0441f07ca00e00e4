//! Looking messages up: `t`, `t_args` with text and numbers, the fallbacks, and `has`, which
//! knows every id of every file.

#[path = "support/ftl.rs"]
mod ftl;

use convene_i18n::{Args, Lang, has, t, t_args};

#[test]
fn a_message_is_found_in_its_language() {
    assert_eq!(t(Lang::En, "status-DRAFT"), "Draft");
    assert_eq!(t(Lang::Fr, "status-DRAFT"), "Brouillon");
    assert_eq!(t(Lang::Zh, "app-name"), "Convene");
}

#[test]
fn a_missing_key_falls_back_to_the_key_itself() {
    for lang in Lang::ALL {
        assert_eq!(t(lang, "no-such-message"), "no-such-message");
        assert!(!has(lang, "no-such-message"));
    }
}

#[test]
fn text_and_numbers_fill_placeholders_without_isolation_marks() {
    let args = Args::new().num("count", 21);
    assert_eq!(t_args(Lang::Ru, "rule-days", &args), "21 день");
    assert_eq!(
        t_args(Lang::Ar, "rule-days", &Args::new().num("count", 2)),
        "يومين"
    );
    let money = Args::new().str("amount", "12.50").str("currency", "EUR");
    let text = t_args(Lang::En, "format-money", &money);
    assert_eq!(text, "EUR 12.50");
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}

#[test]
fn a_missing_placeholder_falls_back_to_english_then_to_the_key() {
    // Without its number, `rule-days` cannot be written in any language.
    assert_eq!(t(Lang::Fr, "rule-days"), "rule-days");
}

/// `has` is answered from an index the build script makes; it must agree with the files.
#[test]
fn has_knows_every_message_and_attribute_of_every_file() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in Lang::ALL {
        let dir = locales.join(lang.tag());
        for file in std::fs::read_dir(&dir).expect("a language directory") {
            let path = file.expect("a file").path();
            let source = std::fs::read_to_string(&path).expect("a Fluent file");
            let entries = ftl::scan(&source).expect("the file parses");
            for entry in entries.iter().filter(|e| !e.id.starts_with('-')) {
                for part in entry.parts.keys() {
                    let key = if part.is_empty() {
                        entry.id.clone()
                    } else {
                        format!("{}.{part}", entry.id)
                    };
                    assert!(
                        has(lang, &key),
                        "{} {key} in {}",
                        lang.tag(),
                        path.display()
                    );
                }
            }
        }
    }
}
