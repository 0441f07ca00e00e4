//! The documents as a reader gets them: poppler's `pdftotext` and `pdffonts` read the PDFs
//! back, in every language. Needs poppler-utils (`scripts/test` installs it under CI; elsewhere
//! these tests fail and say what to install).
//!
//! The golden test pins the bytes of the sample invoice in English and Arabic by their SHA-256
//! in `tests/golden/`. After a deliberate change of the template, the fonts or the texts, run
//! `UPDATE_GOLDEN=1 cargo nextest run -p convene-documents golden` and commit the new hashes
//! (the PDFs are written beside the test binary's temporary directory to look at first).

use std::path::{Path, PathBuf};
use std::process::Command;

use convene_documents::{Lang, render_credit_note, render_invoice, sample};
use convene_i18n::{date_short, money, t};
use sha2::{Digest, Sha256};

/// Writes `bytes` to a file of this test run and returns its path.
fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("documents");
    std::fs::create_dir_all(&dir).expect("a writable target directory");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("a writable file");
    path
}

/// Runs a poppler tool, or fails saying how to get it.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "{tool} could not run ({error}): install poppler-utils \
                 (apt-get install --no-install-recommends poppler-utils)"
            )
        });
    assert!(
        output.status.success(),
        "{tool} failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 from poppler")
}

/// The text of a PDF, folded (see [`fold`]).
fn text_of(pdf: &Path) -> String {
    fold(&poppler("pdftotext", &["-enc", "UTF-8"], pdf))
}

/// A text as comparisons see it: without bidi controls (U+200E/F, U+202A–202E, U+2066–2069)
/// and white space, and with what poppler's extraction of Arabic changes undone. poppler
/// writes a lam-alef ligature (لا, لأ, لإ) as alef then lam and may repeat or move a vowel
/// mark, so marks and tatweel are dropped, alef's forms made one, and lam-alef written in
/// one order, on both sides. The PNGs in docs/guides/img show what a reader sees.
fn fold(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| {
            !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                && !c.is_whitespace()
                && !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
        })
        .map(|c| if matches!(c, 'أ' | 'إ' | 'آ') { 'ا' } else { c })
        .collect();
    kept.replace("لا", "ال")
}

/// Checks that `text` holds each expected string; the problems go to `problems`.
fn expect(problems: &mut Vec<String>, text: &str, what: &str, expected: &[&str]) {
    for expected in expected {
        if !text.contains(&fold(expected)) {
            problems.push(format!("{what}: {expected:?} not found in {text}"));
        }
    }
}

#[track_caller]
fn assert_none(problems: &[String]) {
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_prints_the_number_the_total_and_its_own_words() {
    let document = sample::invoice();
    let invoice = &document.invoice;
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let pdf = render_invoice(&document, lang).expect("an invoice renders");
        let path = write(&format!("invoice-{}.pdf", lang.tag()), &pdf);
        let text = text_of(&path);
        // Dates stay in their order inside right-to-left text; item names are the language's.
        let issued = date_short(lang, jiff::civil::date(2026, 1, 15));
        let coffee = document.items.values().next().expect("items").get(lang);
        expect(
            &mut problems,
            &text,
            &format!("{} invoice", lang.tag()),
            &[
                "INV-2026-000042",
                "SE-2026-000123",
                &money(lang, &invoice.total()),
                &money(lang, &invoice.balance()),
                &t(lang, "doc-invoice-number"),
                &t(lang, "doc-balance"),
                &issued,
                coffee,
            ],
        );
    }
    assert_none(&problems);
}

/// Left to right only: in Arabic, pdftotext moves the brackets at the ends of an English run
/// (`<b>` comes out as `>…<b`) although the page shows them in place (see the Arabic PNG).
#[test]
fn a_title_full_of_markup_prints_as_typed() {
    let document = sample::invoice();
    let mut problems = Vec::new();
    for lang in [Lang::En, Lang::Zh, Lang::Ru] {
        let pdf = render_invoice(&document, lang).expect("an invoice renders");
        let text = text_of(&write(&format!("invoice-markup-{}.pdf", lang.tag()), &pdf));
        expect(&mut problems, &text, lang.tag(), &[sample::TITLE]);
    }
    assert_none(&problems);
}

#[test]
fn a_credit_note_renders_in_every_language() {
    let document = sample::invoice()
        .credit_note(sample::credit_note_id())
        .expect("the sample's credit note");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let pdf = render_credit_note(&document, lang).expect("a credit note renders");
        let path = write(&format!("credit-note-{}.pdf", lang.tag()), &pdf);
        let text = text_of(&path);
        expect(
            &mut problems,
            &text,
            &format!("{} credit note", lang.tag()),
            &[
                "CN-2026-000007",
                "INV-2026-000042",
                &money(lang, &document.note.amount),
                &t(lang, "doc-credit-note-number"),
                &t(lang, "doc-credit-reason"),
                document.note.reason.as_str(),
            ],
        );
    }
    assert_none(&problems);
}

#[test]
fn every_font_is_embedded() {
    let document = sample::invoice();
    let mut families = Vec::new();
    for lang in [Lang::En, Lang::Ar, Lang::Zh, Lang::Ru] {
        let pdf = render_invoice(&document, lang).expect("an invoice renders");
        let path = write(&format!("fonts-{}.pdf", lang.tag()), &pdf);
        let listing = poppler("pdffonts", &[], &path);
        // name, type, encoding, then emb sub uni object ID: two header lines first.
        let rows: Vec<&str> = listing.lines().skip(2).collect();
        assert!(
            !rows.is_empty(),
            "{}: no fonts listed:\n{listing}",
            lang.tag()
        );
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let emb = columns.len().checked_sub(5).map(|index| columns[index]);
            assert_eq!(
                emb,
                Some("yes"),
                "{}: a font not embedded:\n{listing}",
                lang.tag()
            );
            families.push(columns[0].to_string());
        }
    }
    for family in [
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansArabic",
        "NotoSansCJK",
    ] {
        assert!(
            families.iter().any(|name| name.contains(family)),
            "{family} is in none of the PDFs: {families:?}"
        );
    }
}

#[test]
fn the_same_invoice_gives_the_same_bytes() {
    let document = sample::invoice();
    for lang in Lang::ALL {
        let first = render_invoice(&document, lang).expect("an invoice renders");
        let second = render_invoice(&document, lang).expect("an invoice renders");
        assert!(first == second, "{}: two renders differ", lang.tag());
    }
}

#[test]
fn the_invoice_declares_pdf_a_3b() {
    let pdf = render_invoice(&sample::invoice(), Lang::Fr).expect("an invoice renders");
    let text = String::from_utf8_lossy(&pdf);
    assert!(
        text.contains("<pdfaid:part>3</pdfaid:part>"),
        "no PDF/A part 3 in the XMP"
    );
    assert!(
        text.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "no PDF/A conformance B in the XMP"
    );
    assert!(
        text.contains("2026-01-15T14:30:00"),
        "the date is the issue time"
    );
}

#[test]
fn golden_invoices_in_english_and_arabic() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut stale = Vec::new();
    for lang in [Lang::En, Lang::Ar] {
        let pdf = render_invoice(&sample::invoice(), lang).expect("an invoice renders");
        let digest: String = Sha256::digest(&pdf)
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        let path = write(&format!("golden-invoice-{}.pdf", lang.tag()), &pdf);
        let pinned = golden.join(format!("invoice-{}.sha256", lang.tag()));
        if update {
            std::fs::create_dir_all(&golden).expect("a writable tests/golden");
            std::fs::write(&pinned, format!("{digest}\n")).expect("a writable golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&pinned).unwrap_or_default();
        if expected.trim() != digest {
            stale.push(format!(
                "{}: SHA-256 {digest}, pinned {:?} (the new PDF: {})",
                lang.tag(),
                expected.trim(),
                path.display()
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "the bytes changed; if on purpose, run UPDATE_GOLDEN=1 cargo nextest run -p \
         convene-documents golden and commit tests/golden:\n{}",
        stale.join("\n")
    );
}

#[test]
fn a_long_invoice_runs_over_pages_with_their_numbers() {
    // 60 lines in three units: more than one A4 page.
    let document = sample::invoice_with(7, 12);
    let mut problems = Vec::new();
    for lang in [Lang::En, Lang::Ar] {
        let pdf = render_invoice(&document, lang).expect("a long invoice renders");
        let path = write(&format!("invoice-long-{}.pdf", lang.tag()), &pdf);
        let info = poppler("pdfinfo", &[], &path);
        let pages = info
            .lines()
            .find_map(|line| line.strip_prefix("Pages:"))
            .map(str::trim)
            .unwrap_or("?")
            .to_string();
        let text = text_of(&path);
        let page = |n: &str| {
            let args = convene_i18n::Args::new()
                .str("page", n)
                .str("pages", &pages);
            convene_i18n::t_args(lang, "doc-page", &args)
        };
        expect(
            &mut problems,
            &text,
            &format!("{} long invoice of {pages} pages", lang.tag()),
            &[
                &page("1"),
                &page("2"),
                &money(lang, &document.invoice.total()),
            ],
        );
        if pages.parse::<u32>().unwrap_or(0) < 2 {
            problems.push(format!("{}: {pages} page(s) for 60 lines", lang.tag()));
        }
    }
    assert_none(&problems);
}

/// The first page of the sample invoice in English, Arabic and Chinese and of a credit note in
/// Arabic, as PNG (`pdftoppm`), for people to look at: written beside the test's PDFs, and into
/// `docs/guides/img/` when `UPDATE_PICTURES=1` (the finance guide shows them).
#[test]
fn pages_render_to_pictures() {
    let invoice = sample::invoice();
    let note = invoice
        .credit_note(sample::credit_note_id())
        .expect("the sample has a credit note");
    let pages = [
        ("invoice-pdf-en", render_invoice(&invoice, Lang::En)),
        ("invoice-pdf-ar", render_invoice(&invoice, Lang::Ar)),
        ("invoice-pdf-zh", render_invoice(&invoice, Lang::Zh)),
        ("credit-note-pdf-ar", render_credit_note(&note, Lang::Ar)),
    ];
    let docs = std::env::var_os("UPDATE_PICTURES")
        .is_some()
        .then(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/guides/img"));
    for (name, pdf) in pages {
        let pdf = write(&format!("{name}.pdf"), &pdf.expect("the document renders"));
        let png = pdf.with_extension("png");
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&pdf)
            .arg(pdf.with_extension(""))
            .status()
            .unwrap_or_else(|error| {
                panic!("pdftoppm could not run ({error}): install poppler-utils")
            });
        assert!(status.success(), "pdftoppm failed on {}", pdf.display());
        let bytes = std::fs::read(&png).expect("pdftoppm wrote the page");
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 20_000,
            "{}: {} bytes, not a page of text",
            png.display(),
            bytes.len()
        );
        if let Some(dir) = &docs {
            std::fs::copy(&png, dir.join(format!("{name}.png"))).expect("docs/guides/img");
        }
    }
}

/// A run sheet as the unit's page makes one, in `lang`: two rooms, Latin and own-script text.
fn run_sheet(lang: Lang) -> convene_documents::Sheet {
    let at = "2026-05-12T04:00:00Z".parse().expect("an instant");
    let row = |time: &str, item: &str, quantity: &str| {
        vec![
            time.to_string(),
            "SE-2026-000042 Ocean finance".to_string(),
            item.to_string(),
            quantity.to_string(),
            "40".to_string(),
            String::new(),
        ]
    };
    convene_documents::Sheet {
        lang,
        ident: "run-sheet/CATERING/2026-05-12".to_string(),
        at,
        heading: t(lang, "run-sheet-title"),
        lead: vec![
            t(lang, "nav-unit-queue"),
            date_short(lang, jiff::civil::date(2026, 5, 12)),
        ],
        headers: [
            "col-time",
            "col-event",
            "col-service",
            "col-quantity",
            "col-attendance",
            "col-note",
        ]
        .iter()
        .map(|key| t(lang, key))
        .collect(),
        numeric: vec![false, false, false, true, true, false],
        sections: vec![
            convene_documents::SheetSection {
                title: "CR4".to_string(),
                rows: vec![
                    row("10:00–12:00", "Coffee", "40"),
                    row("13:00–14:00", "Water", "10"),
                ],
            },
            convene_documents::SheetSection {
                title: "CR11".to_string(),
                rows: vec![row("15:00–16:30", "Lunch", "25")],
            },
        ],
        empty: t(lang, "run-sheet-empty"),
    }
}

/// A run sheet in every language: its heading and column names in the language, the times,
/// the reference and the rooms in their order; every font embedded; the same bytes twice; an
/// empty sheet says so; the Arabic one as a picture for the unit guide.
#[test]
fn a_run_sheet_prints_in_every_language() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let sheet = run_sheet(lang);
        let pdf = convene_documents::render_sheet(&sheet).expect("the sheet renders");
        assert_eq!(
            pdf,
            convene_documents::render_sheet(&sheet).expect("again"),
            "{}: two renderings differ",
            lang.tag()
        );
        let path = write(&format!("run-sheet-{}.pdf", lang.tag()), &pdf);
        let text = text_of(&path);
        expect(
            &mut problems,
            &text,
            lang.tag(),
            &[
                &t(lang, "run-sheet-title"),
                &t(lang, "col-attendance"),
                "SE-2026-000042",
                "10:00–12:00",
                "15:00–16:30",
                "CR4",
                "CR11",
            ],
        );
        let fonts = poppler("pdffonts", &[], &path);
        for row in fonts.lines().skip(2) {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let emb = columns.len().checked_sub(5).map(|index| columns[index]);
            if emb != Some("yes") {
                problems.push(format!("{}: a font not embedded: {row}", lang.tag()));
            }
        }
        if lang == Lang::Ar {
            let png = path.with_extension("png");
            let status = Command::new("pdftoppm")
                .args(["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"])
                .arg(&path)
                .arg(path.with_extension(""))
                .status()
                .expect("pdftoppm runs (poppler-utils)");
            assert!(status.success());
            if std::env::var_os("UPDATE_PICTURES").is_some() {
                let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/guides/img");
                std::fs::copy(&png, docs.join("run-sheet-pdf-ar.png")).expect("docs/guides/img");
            }
        }
    }
    let mut empty = run_sheet(Lang::Fr);
    empty.sections.clear();
    let path = write(
        "run-sheet-empty.pdf",
        &convene_documents::render_sheet(&empty).expect("an empty sheet renders"),
    );
    expect(
        &mut problems,
        &text_of(&path),
        "empty",
        &[&t(Lang::Fr, "run-sheet-empty")],
    );
    assert_none(&problems);
}
