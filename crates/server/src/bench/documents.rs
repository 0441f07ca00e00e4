//! `convene bench documents`: invoice PDFs per second on one thread, and the first document
//! after start, when the fonts, the template and the texts are all loaded cold.
//!
//! The cache is bypassed: every document rendered is a distinct invoice (the sample invoice
//! under a new number each time), typeset and written in full. typst lays pages out in
//! parallel where it can, so besides the rate on the one rendering thread the bench reports
//! the process's CPU time per document and the rate that makes on one core.

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::json;

use convene_documents::{Lang, render_invoice, sample};

use super::web::{cpu_micros, load_average};
use crate::cli::DocumentsBench;

/// QUALITY.md: at least this many invoice PDFs a second on one core.
const TARGET_PER_S: f64 = 50.0;

/// One language's measurement.
struct Outcome {
    lang: Lang,
    documents: u64,
    window: Duration,
    /// Each document's rendering time, µs, sorted.
    latencies_us: Vec<u64>,
    cpu_us: Option<u64>,
    bytes: usize,
}

impl Outcome {
    fn per_s(&self) -> f64 {
        rate(self.documents, self.window.as_micros())
    }

    /// Documents per second of CPU time: the rate on one core.
    fn per_cpu_s(&self) -> Option<f64> {
        Some(rate(self.documents, u128::from(self.cpu_us?)))
    }

    fn percentile_us(&self, per_mille: usize) -> u64 {
        let index = (self.latencies_us.len() * per_mille)
            .div_ceil(1000)
            .saturating_sub(1);
        self.latencies_us.get(index).copied().unwrap_or(0)
    }
}

#[allow(clippy::cast_precision_loss, clippy::float_arithmetic)]
fn rate(count: u64, micros: u128) -> f64 {
    count as f64 * 1_000_000.0 / micros.max(1) as f64
}

#[allow(clippy::cast_precision_loss, clippy::float_arithmetic)]
fn millis(micros: u64) -> f64 {
    micros as f64 / 1000.0
}

/// Runs the documents benchmark.
pub(crate) fn run(options: &DocumentsBench) -> anyhow::Result<()> {
    let langs: Vec<Lang> = if options.langs.is_empty() {
        Lang::ALL.to_vec()
    } else {
        options
            .langs
            .iter()
            .map(|tag| {
                Lang::parse(tag).ok_or_else(|| {
                    anyhow::anyhow!("--lang {tag:?}: not one of ar, zh, en, fr, ru, es")
                })
            })
            .collect::<anyhow::Result<_>>()?
    };
    // The first document of the process: fonts parsed, template compiled, texts loaded now.
    let first_lang = langs.first().copied().unwrap_or(Lang::En);
    let started = Instant::now();
    let first = render_invoice(&sample::invoice(), first_lang)?;
    let first_us = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    let second_started = Instant::now();
    render_invoice(&sample::invoice_numbered(43), first_lang)?;
    let second_us = u64::try_from(second_started.elapsed().as_micros()).unwrap_or(u64::MAX);
    let mut number = 100;
    let mut outcomes = Vec::new();
    for lang in langs {
        outcomes.push(measure(
            lang,
            Duration::from_secs(u64::from(options.seconds)),
            &mut number,
        )?);
    }
    let mut out = std::io::stdout().lock();
    if options.json {
        writeln!(
            out,
            "{}",
            json!({"bench": "documents", "measurement": "first", "lang": first_lang.tag(), "first_ms": millis(first_us), "second_ms": millis(second_us), "bytes": first.len()})
        )?;
        for outcome in &outcomes {
            writeln!(
                out,
                "{}",
                json!({"bench": "documents", "measurement": "throughput", "lang": outcome.lang.tag(), "documents": outcome.documents, "seconds": outcome.window.as_secs_f64(), "documents_per_s": outcome.per_s(), "documents_per_cpu_s": outcome.per_cpu_s(), "p50_ms": millis(outcome.percentile_us(500)), "p99_ms": millis(outcome.percentile_us(990)), "bytes": outcome.bytes, "target_per_s": TARGET_PER_S})
            )?;
        }
        return Ok(());
    }
    writeln!(
        out,
        "documents benchmark: the sample invoice (2 pages of A4 at most, 5 lines, a credit note, a payment), PDF/A-3b; load average {}",
        load_average()
    )?;
    writeln!(
        out,
        "first document after start ({}): {:.1} ms (the next one: {:.1} ms), {} bytes",
        first_lang.tag(),
        millis(first_us),
        millis(second_us),
        first.len()
    )?;
    writeln!(
        out,
        "{:<5} {:>9} {:>12} {:>14} {:>9} {:>9} {:>9}  target",
        "lang", "documents", "documents/s", "per CPU-second", "p50 ms", "p99 ms", "bytes"
    )?;
    for outcome in &outcomes {
        let per_core = outcome.per_cpu_s();
        let per_core_text = per_core.map_or_else(|| "n/a".to_string(), |rate| format!("{rate:.1}"));
        let met = per_core.unwrap_or_else(|| outcome.per_s()) >= TARGET_PER_S;
        writeln!(
            out,
            "{:<5} {:>9} {:>12.1} {:>14} {:>9.2} {:>9.2} {:>9}  ≥ {TARGET_PER_S}/s on one core: {}",
            outcome.lang.tag(),
            outcome.documents,
            outcome.per_s(),
            per_core_text,
            millis(outcome.percentile_us(500)),
            millis(outcome.percentile_us(990)),
            outcome.bytes,
            if met { "met" } else { "MISSED" },
        )?;
    }
    Ok(())
}

/// Renders distinct invoices in `lang` one after the other on this thread for `window`.
fn measure(lang: Lang, window: Duration, number: &mut u32) -> anyhow::Result<Outcome> {
    // A short warm-up: the language's texts and glyphs, not counted.
    for _ in 0..3 {
        render_invoice(&sample::invoice_numbered(next(number)), lang)?;
    }
    // The documents are built before the clock starts: the bench measures the rendering.
    let mut latencies_us = Vec::new();
    let mut bytes = 0;
    let cpu_start = cpu_micros("/proc/self/stat");
    let started = Instant::now();
    while started.elapsed() < window {
        let document = sample::invoice_numbered(next(number));
        let one = Instant::now();
        let pdf = render_invoice(&document, lang)?;
        latencies_us.push(u64::try_from(one.elapsed().as_micros()).unwrap_or(u64::MAX));
        bytes = pdf.len();
    }
    let elapsed = started.elapsed();
    let cpu_us = cpu_micros("/proc/self/stat")
        .zip(cpu_start)
        .map(|(end, start)| end.saturating_sub(start));
    latencies_us.sort_unstable();
    Ok(Outcome {
        lang,
        documents: u64::try_from(latencies_us.len()).unwrap_or(u64::MAX),
        window: elapsed,
        latencies_us,
        cpu_us,
        bytes,
    })
}

/// The next invoice number, within the six digits a number has.
fn next(number: &mut u32) -> u32 {
    *number = if *number >= 999_999 { 100 } else { *number + 1 };
    *number
}
