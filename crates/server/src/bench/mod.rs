//! `convene bench …`: the benchmarks of QUALITY.md, each printing a table or JSON lines.

mod store;

use crate::cli::Bench;

/// Runs one benchmark.
pub(crate) fn run(bench: Bench) -> anyhow::Result<()> {
    match bench {
        Bench::Store(options) => store::run(&options),
    }
}
