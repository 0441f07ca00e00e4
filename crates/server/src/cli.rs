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
    /// Serves the GraphQL API (and GraphiQL, subscriptions, probes, metrics).
    Serve(Serve),
    /// Checks every event's checksum and the hash chain; prints the event count.
    Verify(Location),
    /// Rebuilds every read model from the log.
    Rebuild(Location),
    /// Applies the PostgreSQL schema's migrations (`serve` also applies them at start).
    Migrate(Migrate),
    /// Exports data for other systems.
    #[command(subcommand)]
    Export(Export),
    /// Manages API tokens.
    #[command(subcommand)]
    Token(Token),
    /// Sets the venue up from a venue file, or writes it as one (docs/venue-file.md).
    #[command(subcommand)]
    Venue(Venue),
    /// Runs a benchmark of QUALITY.md.
    #[command(subcommand)]
    Bench(Bench),
}

/// Where the data lives.
#[derive(Debug, Clone, Args)]
pub(crate) struct Location {
    /// The data directory: the embedded store, or with `--store postgres://…` this server's
    /// read models (rebuildable from the log), tokens files and caches.
    #[arg(long, env = "CONVENE_DATA_DIR", default_value = "./convene-data")]
    pub(crate) data_dir: PathBuf,
    /// A store URL: `postgres://user:password@host:port/database` for the scale-out backend
    /// (several servers on one database); the embedded store in the data directory when absent.
    #[arg(long, env = "CONVENE_STORE")]
    pub(crate) store: Option<String>,
}

/// Options of `convene migrate`.
#[derive(Debug, Clone, Args)]
pub(crate) struct Migrate {
    /// The PostgreSQL database (`postgres://user:password@host:port/database`).
    #[arg(long, env = "CONVENE_STORE")]
    pub(crate) store: String,
}

/// Options of `convene serve`.
#[derive(Debug, Args)]
pub(crate) struct Serve {
    #[command(flatten)]
    pub(crate) location: Location,
    /// The address to listen on; port 0 picks a free port.
    #[arg(long, env = "CONVENE_LISTEN", default_value = "127.0.0.1:8080")]
    pub(crate) listen: String,
    /// Seeds the demo venue once (rooms, units, catalog, missions) and writes
    /// DATA_DIR/demo-tokens.json.
    #[arg(long, env = "CONVENE_DEMO")]
    pub(crate) demo: bool,
    /// Starts the clock at this RFC 3339 instant (it then ticks on); for demos and tests.
    #[arg(long, env = "CONVENE_NOW")]
    pub(crate) now: Option<String>,
}

/// Exports.
#[derive(Debug, Subcommand)]
pub(crate) enum Export {
    /// Every invoice line, one row each, for an ERP.
    Invoices(ExportInvoices),
    /// One invoice (or one of its credit notes) as a PDF document in one language.
    Invoice(ExportInvoice),
}

/// Options of `convene export invoice`.
#[derive(Debug, Args)]
pub(crate) struct ExportInvoice {
    /// The invoice number (`INV-2026-000042`), or a credit note's (`CN-2026-000007`).
    pub(crate) number: String,
    #[command(flatten)]
    pub(crate) location: Location,
    /// The output format.
    #[arg(long, value_enum, default_value_t = DocumentFormat::Pdf)]
    pub(crate) format: DocumentFormat,
    /// The document's language: ar, zh, en, fr, ru or es.
    #[arg(long, default_value = "en")]
    pub(crate) lang: String,
    /// Writes to this file instead of standard output.
    #[arg(long)]
    pub(crate) output: Option<PathBuf>,
}

/// Document formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DocumentFormat {
    /// PDF/A-3b, the fonts embedded.
    Pdf,
}

/// Options of `convene export invoices`.
#[derive(Debug, Args)]
pub(crate) struct ExportInvoices {
    #[command(flatten)]
    pub(crate) location: Location,
    /// The output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub(crate) format: ExportFormat,
    /// Only invoices issued on or after this venue date (YYYY-MM-DD).
    #[arg(long)]
    pub(crate) from: Option<jiff::civil::Date>,
    /// Only invoices issued on or before this venue date (YYYY-MM-DD).
    #[arg(long)]
    pub(crate) to: Option<jiff::civil::Date>,
    /// Writes to this file instead of standard output.
    #[arg(long)]
    pub(crate) output: Option<PathBuf>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// Comma-separated values with a header row (RFC 4180 quoting).
    Csv,
}

/// Venue file commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Venue {
    /// Applies a venue file (TOML): creates what is missing, changes what differs (a new price
    /// is a new rate-card version), removes nothing. The whole file is checked first; a file
    /// with any problem changes nothing.
    Import(VenueImport),
    /// Writes the venue (name, rooms, units, rate card, missions, focal points) as a venue file.
    Export(VenueExport),
}

/// Options of `convene venue import`.
#[derive(Debug, Args)]
pub(crate) struct VenueImport {
    /// The venue file.
    pub(crate) file: PathBuf,
    #[command(flatten)]
    pub(crate) location: Location,
    /// Checks the file against the venue and says what the import would do, writing nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
}

/// Options of `convene venue export`.
#[derive(Debug, Args)]
pub(crate) struct VenueExport {
    #[command(flatten)]
    pub(crate) location: Location,
    /// Writes to this file instead of standard output.
    #[arg(long)]
    pub(crate) output: Option<PathBuf>,
}

/// Token commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Token {
    /// Issues a token and prints its secret (shown once; only its hash is stored).
    Create(TokenCreate),
}

/// The roles a token can carry. The API's spellings (`MISSION`, `FOCAL_POINT`) are accepted
/// too, so a role can be copied from the schema or `viewer { role }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RoleName {
    Mission,
    #[value(alias = "focal_point")]
    FocalPoint,
    Unit,
    Finance,
    Admin,
}

/// Options of `convene token create`.
#[derive(Debug, Args)]
pub(crate) struct TokenCreate {
    #[command(flatten)]
    pub(crate) location: Location,
    /// The role.
    #[arg(long, value_enum, ignore_case = true)]
    pub(crate) role: RoleName,
    /// The mission of a MISSION token, e.g. FRA.
    #[arg(long)]
    pub(crate) mission: Option<String>,
    /// The unit of a UNIT token, e.g. CATERING.
    #[arg(long)]
    pub(crate) unit: Option<String>,
    /// A label to recognise the token by.
    #[arg(long, default_value = "issued from the command line")]
    pub(crate) label: String,
}

/// The benchmarks.
#[derive(Debug, Subcommand)]
pub(crate) enum Bench {
    /// Measures the event store: the disk's raw fdatasync rate, durable appends with one and
    /// with many writers, and latency at half the maximum load.
    Store(StoreBench),
    /// Builds a log of N realistic events, then measures a full rebuild of every read model,
    /// the server's cold start (until /readyz answers 200) and its resident memory.
    Replay(ReplayBench),
    /// Starts a server and drives it over loopback HTTP: durable mutations, queries, and
    /// latency at a fixed request rate.
    Api(ApiBench),
    /// Starts a server with one mission's realistic requests and measures its web pages (the
    /// mission home and a request page) over loopback HTTP with signed-in sessions:
    /// throughput, latency at a fixed page rate, and `/healthz` as the same run's baseline.
    Web(WebBench),
    /// Renders invoice PDFs one after the other on one thread (the cache bypassed): documents
    /// per second per language, and the first document after start (fonts loaded cold).
    Documents(DocumentsBench),
}

/// Options of `convene bench documents`.
#[derive(Debug, Args)]
pub(crate) struct DocumentsBench {
    /// Seconds each language is measured (after a warm-up of three documents).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=3_600))]
    pub(crate) seconds: u32,
    /// The languages to measure (repeat or separate with commas); all six by default.
    #[arg(long = "lang", value_delimiter = ',')]
    pub(crate) langs: Vec<String>,
    /// Prints one JSON object per line per measurement instead of a table.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Options of `convene bench replay`.
#[derive(Debug, Args)]
pub(crate) struct ReplayBench {
    /// How many events the log holds.
    #[arg(long, default_value_t = 1_000_000, value_parser = clap::value_parser!(u64).range(1_000..=50_000_000))]
    pub(crate) events: u64,
    /// Where to build the log (kept, so a second run can reuse it with --reuse); a fresh
    /// temporary directory by default.
    #[arg(long)]
    pub(crate) dir: Option<PathBuf>,
    /// Reuses the log already in --dir (and --store) instead of building one.
    #[arg(long, requires = "dir")]
    pub(crate) reuse: bool,
    /// Builds the log in this PostgreSQL database (it must be empty, unless --reuse) instead
    /// of the embedded store; the read models stay in --dir, as a server keeps them.
    #[arg(long)]
    pub(crate) store: Option<String>,
    /// Prints one JSON object per line per measurement instead of a table.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Options of `convene bench api`.
#[derive(Debug, Args)]
pub(crate) struct ApiBench {
    /// Serves from a fresh database on this PostgreSQL server (an administrative URL) instead
    /// of the embedded store.
    #[arg(long, env = "CONVENE_BENCH_POSTGRES")]
    pub(crate) postgres: Option<String>,
    /// Concurrent HTTP connections (keep-alive).
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=1_024))]
    pub(crate) connections: u32,
    /// Seconds each measurement runs.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=3_600))]
    pub(crate) seconds: u32,
    /// The fixed request rate of the latency measurement, per second.
    #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub(crate) rate: u32,
    /// Instead: a mission day's mix for `--seconds` — each connection creates a request,
    /// adds lines, reads it, submits it and has the focal point approve it in a free room,
    /// again and again; reports operations per second and p99 per operation.
    #[arg(long)]
    pub(crate) mix: bool,
    /// Prints one JSON object per line per measurement instead of a table.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Options of `convene bench web`.
#[derive(Debug, Args)]
pub(crate) struct WebBench {
    /// Serves from a fresh database on this PostgreSQL server (an administrative URL) instead
    /// of the embedded store.
    #[arg(long, env = "CONVENE_BENCH_POSTGRES")]
    pub(crate) postgres: Option<String>,
    /// Concurrent HTTP connections (keep-alive), each with its own signed-in session.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=1_024))]
    pub(crate) connections: u32,
    /// Seconds each measurement runs (after its warm-up).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=3_600))]
    pub(crate) seconds: u32,
    /// Seconds of warm-up before each measurement, not counted.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(0..=600))]
    pub(crate) warmup_seconds: u32,
    /// The fixed page rate of the latency measurement, per second (open loop).
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub(crate) rate: u32,
    /// How many requests the measured mission has (each with 3–5 lines and 3–5 guests; a
    /// quarter left as drafts, a quarter submitted, half approved with confirmed lines; each
    /// in its own slot of May 2026, of which there are 60).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=60))]
    pub(crate) requests: u32,
    /// Prints one JSON object per line per measurement instead of a table.
    #[arg(long)]
    pub(crate) json: bool,
}

/// Options of `convene bench store`.
#[derive(Debug, Args)]
pub(crate) struct StoreBench {
    /// The store backends to measure, in one run (repeat the option or separate with
    /// commas: `--backend sled,postgres`).
    #[arg(long = "backend", value_enum, value_delimiter = ',', default_values_t = [Backend::Sled])]
    pub(crate) backends: Vec<Backend>,
    /// For `--backend postgres`: the server's administrative URL (each measurement creates a
    /// fresh database on it). `bash scripts/postgres start DIR` starts a private one.
    #[arg(long, env = "CONVENE_BENCH_POSTGRES")]
    pub(crate) postgres: Option<String>,
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
    /// The scale-out backend (PostgreSQL, `synchronous_commit=on`, group commit per server).
    Postgres,
}

impl Backend {
    /// The name used in reports.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Backend::Sled => "sled",
            Backend::Memory => "memory",
            Backend::Postgres => "postgres",
        }
    }
}
