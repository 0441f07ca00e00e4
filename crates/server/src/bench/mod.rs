//! `convene bench …`: the benchmarks of QUALITY.md, each printing a table or JSON lines.

mod api;
mod documents;
mod http;
mod mix;
mod replay;
mod store;
mod web;

use crate::cli::Bench;

/// Runs one benchmark.
pub(crate) fn run(bench: Bench) -> anyhow::Result<()> {
    match bench {
        Bench::Store(options) => store::run(&options),
        Bench::Replay(options) => replay::run(&options),
        Bench::Api(options) => api::run(&options),
        Bench::Web(options) => web::run(&options),
        Bench::Documents(options) => documents::run(&options),
    }
}
