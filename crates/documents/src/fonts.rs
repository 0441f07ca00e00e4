//! The fonts every document is set in, compiled into the binary: a fresh machine renders all
//! six languages with no font installed. They are parsed once, on first use, into one font
//! book that every render shares.
//!
//! Noto Sans covers Latin and Cyrillic, Noto Sans Arabic the Arabic script, and a subset of
//! Noto Sans CJK SC the Chinese texts (see `fonts/subset.py` for how it is cut). All are under
//! the SIL Open Font License (`fonts/OFL.txt`).

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// The font files, by name.
pub(crate) const FILES: [(&str, &[u8]); 6] = [
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoSansArabic-Regular.ttf",
        include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "NotoSansArabic-Bold.ttf",
        include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
    ),
    (
        "NotoSansCJKsc-Regular-subset.otf",
        include_bytes!("../fonts/NotoSansCJKsc-Regular-subset.otf"),
    ),
    (
        "NotoSansCJKsc-Bold-subset.otf",
        include_bytes!("../fonts/NotoSansCJKsc-Bold-subset.otf"),
    ),
];

/// The parsed fonts and the book typst selects them from.
pub(crate) struct Fonts {
    pub(crate) book: LazyHash<FontBook>,
    pub(crate) fonts: Vec<Font>,
}

/// Parsed on first use, then shared by every document.
pub(crate) static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FILES
        .iter()
        .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
        .collect();
    // Every file is one face; a file that would not parse is a build mistake the tests catch.
    debug_assert_eq!(fonts.len(), FILES.len(), "every embedded font file parses");
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// Parses the fonts now, so that the first document does not pay for it.
pub fn warm_up() {
    LazyLock::force(&FONTS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_font_file_is_one_face_of_the_families_the_template_names() {
        assert_eq!(FONTS.fonts.len(), FILES.len());
        let families: std::collections::BTreeSet<String> = FONTS
            .fonts
            .iter()
            .map(|font| font.info().family.to_string())
            .collect();
        let expected = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"];
        assert_eq!(
            families,
            expected.iter().map(|name| name.to_string()).collect()
        );
    }

    /// Whether a character is a Han ideograph (the blocks `fonts/subset.py` reads).
    fn is_han(c: char) -> bool {
        matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
    }

    /// The Chinese texts the subset was cut for (the same list as `fonts/subset.py`'s).
    fn chinese_texts() -> String {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut text = String::new();
        let zh = root.join("crates/i18n/locales/zh");
        let listing = std::fs::read_dir(&zh).unwrap_or_else(|e| panic!("{}: {e}", zh.display()));
        for entry in listing {
            let path = entry.expect("a directory entry").path();
            if path.extension().is_some_and(|ext| ext == "ftl") {
                text.push_str(&std::fs::read_to_string(&path).expect("a Fluent file"));
            }
        }
        let demo = root.join("crates/app/demo/venue.toml");
        text.push_str(&std::fs::read_to_string(&demo).unwrap_or_else(|e| {
            panic!(
                "{}: {e}: the demo venue moved; update this test and fonts/subset.py",
                demo.display()
            )
        }));
        text
    }

    #[test]
    fn cjk_subset_covers_the_chinese_texts() {
        let regular = FONTS
            .fonts
            .iter()
            .find(|font| {
                font.info().family == "Noto Sans CJK SC"
                    && font.info().variant.weight.to_number() == 400
            })
            .expect("the regular CJK face");
        let missing: std::collections::BTreeSet<char> = chinese_texts()
            .chars()
            .filter(|c| is_han(*c) && !regular.info().coverage.contains(u32::from(*c)))
            .collect();
        assert!(
            missing.is_empty(),
            "the CJK subset lacks {missing:?}: run python3 crates/documents/fonts/subset.py \
             and commit crates/documents/fonts"
        );
    }
}
