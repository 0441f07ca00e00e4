//! The command line: every subcommand and its options, as clap types.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Convene, the booking engine for side events.
#[derive(Debug, Parser)]
#[command(name = "convene", version, about)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// What to run.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Runs a benchmark of QUALITY.md.
    #[command(subcommand)]
    Bench(Bench),
}

/// The benchmarks.
#[derive(Debug, Subcommand)]
pub(crate) enum Bench {
    /// Measures the event store: the disk's raw fdatasync rate, durable appends with one and
    /// with many writers, and latency at half the maximum load.
    Store(StoreBench),
}

/// Options of `convene bench store`.
#[derive(Debug, Args)]
pub(crate) struct StoreBench {
    /// The store backend to measure.
    #[arg(long, value_enum, default_value_t = Backend::Sled)]
    pub(crate) backend: Backend,
    /// Concurrent writers for the group-commit and half-load measurements.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=4_096))]
    pub(crate) writers: u32,
    /// Seconds each measurement runs.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=3_600))]
    pub(crate) seconds: u32,
    /// The approximate size of each event's payload in bytes (at most 65,000, under the
    /// store's 64 KiB payload limit).
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(32..=65_000))]
    pub(crate) event_bytes: u32,
    /// Where to put the measurement files and stores (each measurement gets a fresh
    /// directory inside, removed afterwards); a fresh temporary directory by default.
    #[arg(long)]
    pub(crate) dir: Option<PathBuf>,
    /// Prints one JSON object per line per measurement instead of a table.
    #[arg(long)]
    pub(crate) json: bool,
}

/// The store backends the benchmark can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Backend {
    /// The durable embedded backend (sled, group commit, fdatasync).
    Sled,
    /// The in-memory backend (no durability: shows the cost above the disk).
    Memory,
}

impl Backend {
    /// The name used in reports.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Backend::Sled => "sled",
            Backend::Memory => "memory",
        }
    }
}
