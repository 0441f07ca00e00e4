//! `convene bench store`: how fast the event store makes appends durable, next to how fast the
//! same disk can `fdatasync` at all, measured in one run so the ratio holds on a noisy machine.
//!
//! The measurements run in this order, each on a fresh directory: (a) the disk's raw rate of
//! 512-byte appends each followed by `fdatasync`; (b) durable appends by one writer; (c)
//! durable appends by N concurrent writers, which the store commits in groups; (d) N writers
//! offering together half the rate of (c), to see the latency of a loaded but not saturated
//! store.
//!
//! Several backends can be measured in one run (`--backend sled,postgres`): (b) to (d) run
//! for each, against the same disk measurement, and the report ends with their ratios.
//! PostgreSQL must run with its default durability (`fsync=on`, `synchronous_commit=on`):
//! the benchmark checks and refuses otherwise.
//!
//! With the sled backend each row also says how many events one fsync made durable and how
//! long the writer took per group from the start of its write to its fsync, to show where the time goes.

use anyhow::{Context, bail};
use convene_store::segment_store::{FaultHook, FaultPoint, SegmentStore, StoreConfig};
use convene_store::testsuite::{event, single};
use convene_store::{AppendRequest, EventStore, ExpectedVersion, MemoryStore};
use serde_json::json;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tempfile::TempDir;
use tokio::runtime::Runtime;
use tokio::task::JoinSet;
use tokio::time::MissedTickBehavior;

use crate::cli::{Backend, StoreBench};

/// The QUALITY.md target for N concurrent writers, in events per second.
const TARGET_MANY_EVENTS_PER_S: u64 = 100_000;
/// The QUALITY.md target for one writer, in thousandths of the raw fdatasync rate.
const TARGET_ONE_RATIO_MILLI: u64 = 800;
/// The QUALITY.md target for p99 latency at half load, in microseconds.
const TARGET_HALF_LOAD_P99_US: u32 = 2_000;
/// The QUALITY.md target for the embedded store over PostgreSQL, 64 writers, same run.
const TARGET_OVER_POSTGRES: u64 = 8;
/// The bytes written before each `fdatasync` of the raw disk measurement.
const FDATASYNC_BLOCK_BYTES: usize = 512;

/// Runs the whole store benchmark and prints its results.
pub(crate) fn run(options: &StoreBench) -> anyhow::Result<()> {
    let base = BaseDir::new(options.dir.as_deref())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let duration = Duration::from_secs(options.seconds.into());
    let mut report = Report::new(options, base.path());

    if options.backends.contains(&Backend::Postgres) {
        let url = options.postgres.as_deref().context(
            "--backend postgres needs --postgres URL (an administrative URL; \
             `bash scripts/postgres start DIR` starts a private server and prints one)",
        )?;
        runtime.block_on(check_postgres_durability(url))?;
    }

    let disk = measure_fdatasync(base.path(), duration)?;
    let fdatasync_per_s = disk.events_per_s();
    report.row(&disk, fdatasync_per_s)?;

    let bench = Bench {
        options,
        base: base.path(),
        runtime: &runtime,
        duration,
    };
    let mut results = Vec::new();
    for &backend in &options.backends {
        let one = bench.appends(backend, 1, Load::Max)?;
        report.row(&one, fdatasync_per_s)?;
        let many = bench.appends(backend, options.writers, Load::Max)?;
        report.row(&many, fdatasync_per_s)?;
        let half_rate = many.events_per_s() / 2;
        if half_rate == 0 {
            bail!(
                "the full-load measurement made fewer than 2 appends a second; no half load to run"
            );
        }
        let half = bench.appends(backend, options.writers, Load::Rate(half_rate))?;
        report.row(&half, fdatasync_per_s)?;
        results.push((backend, one, many, half));
    }
    for (_, one, many, half) in &results {
        report.targets(one, many, half, fdatasync_per_s)?;
    }
    report.comparison(&results)
}

/// Refuses a PostgreSQL server that would acknowledge commits before they are durable: the
/// comparison is only fair at the same durability.
async fn check_postgres_durability(url: &str) -> anyhow::Result<()> {
    let database = convene_postgres::testing::fresh_database(url, "convene_bench")
        .await
        .with_context(|| {
            format!(
                "cannot create a database on {}",
                convene_postgres::redact(url)
            )
        })?;
    let store = convene_postgres::PgStore::open(convene_postgres::PgConfig::new(database))
        .await
        .context("cannot open the PostgreSQL store")?;
    for (setting, value) in store.durability().await? {
        if value != "on" {
            bail!(
                "the PostgreSQL server runs with {setting}={value}: the benchmark compares \
                 durable commits only ({setting}=on)"
            );
        }
    }
    Ok(())
}

/// One measured series: how many operations in how long, and each one's latency.
#[derive(Debug)]
struct Measurement {
    /// "fdatasync", "append" or "append_half_load".
    name: &'static str,
    /// The backend measured ("disk" for the raw fdatasync measurement).
    backend: &'static str,
    writers: u32,
    /// Operations completed (for appends: events in the log afterwards).
    events: u64,
    elapsed: Duration,
    /// Every operation's latency in microseconds, sorted.
    latencies_us: Vec<u32>,
    /// For rate-limited writers, every append's latency counted from its scheduled instant
    /// even when the writer was idle then (so including the timer's lag), sorted.
    from_schedule_us: Vec<u32>,
    /// How many groups the store made durable (one fsync each), when the backend tells.
    groups: Option<u64>,
    /// Mean time per group from the start of its write to its fsync.
    write_us_per_group: Option<u64>,
    /// The total rate offered by rate-limited writers.
    offered_per_s: Option<u64>,
}

impl Measurement {
    fn events_per_s(&self) -> u64 {
        let micros = self.elapsed.as_micros().max(1);
        u64::try_from(u128::from(self.events) * 1_000_000 / micros).unwrap_or(u64::MAX)
    }

    /// The nearest-rank percentile `p` (0 to 100) of the latencies.
    fn percentile_us(&self, p: usize) -> u32 {
        percentile_us(&self.latencies_us, p)
    }
}

/// The nearest-rank percentile `p` (0 to 100) of sorted latencies; 0 when there are none.
fn percentile_us(sorted: &[u32], p: usize) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = (sorted.len() * p).div_ceil(100).max(1);
    sorted[rank - 1]
}

/// What one writer measured.
#[derive(Debug, Default)]
struct Latencies {
    /// Each append's latency in microseconds.
    append_us: Vec<u32>,
    /// Each append's latency counted from its scheduled instant (rate-limited writers only).
    from_schedule_us: Vec<u32>,
}

/// The directory holding every measurement's files: the one given, or a fresh temporary one
/// removed at the end.
#[derive(Debug)]
enum BaseDir {
    Given(PathBuf),
    Temporary(TempDir),
}

impl BaseDir {
    fn new(dir: Option<&Path>) -> anyhow::Result<BaseDir> {
        match dir {
            Some(dir) => {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create the directory {}", dir.display()))?;
                Ok(BaseDir::Given(dir.to_path_buf()))
            }
            None => Ok(BaseDir::Temporary(
                tempfile::Builder::new()
                    .prefix("convene-bench-")
                    .tempdir()
                    .context("cannot create a temporary directory")?,
            )),
        }
    }

    fn path(&self) -> &Path {
        match self {
            BaseDir::Given(path) => path,
            BaseDir::Temporary(dir) => dir.path(),
        }
    }
}

/// A fresh directory inside the base, removed when dropped.
fn fresh_dir(base: &Path, label: &str) -> anyhow::Result<TempDir> {
    tempfile::Builder::new()
        .prefix(&format!("{label}-"))
        .tempdir_in(base)
        .with_context(|| format!("cannot create a directory in {}", base.display()))
}

fn micros(duration: Duration) -> u32 {
    u32::try_from(duration.as_micros()).unwrap_or(u32::MAX)
}

/// (a): append 512 bytes to a file and `fdatasync` it, in a loop, for the duration.
fn measure_fdatasync(base: &Path, duration: Duration) -> anyhow::Result<Measurement> {
    let dir = fresh_dir(base, "fdatasync")?;
    let path = dir.path().join("append.bin");
    let mut file =
        File::create_new(&path).with_context(|| format!("cannot create {}", path.display()))?;
    let block = [b'x'; FDATASYNC_BLOCK_BYTES];
    let mut latencies_us = Vec::new();
    let started = Instant::now();
    let deadline = started + duration;
    while Instant::now() < deadline {
        let before = Instant::now();
        file.write_all(&block)
            .with_context(|| format!("cannot write to {}", path.display()))?;
        file.sync_data()
            .with_context(|| format!("cannot fdatasync {}", path.display()))?;
        latencies_us.push(micros(before.elapsed()));
    }
    let elapsed = started.elapsed();
    latencies_us.sort_unstable();
    Ok(Measurement {
        name: "fdatasync",
        backend: "disk",
        writers: 1,
        events: latencies_us.len() as u64,
        elapsed,
        latencies_us,
        from_schedule_us: Vec::new(),
        groups: None,
        write_us_per_group: None,
        offered_per_s: None,
    })
}

/// How hard the writers push.
#[derive(Debug, Clone, Copy)]
enum Load {
    /// Each writer appends again as soon as its last append returns.
    Max,
    /// The writers together offer this many appends a second, evenly spread.
    Rate(u64),
}

/// Counts the groups the sled writer makes durable, through the store's fault hook (which
/// here never fails): the hook runs once before each group's batch write and once before its
/// fsync, so it also times the write.
#[derive(Debug)]
struct Probe {
    origin: Instant,
    groups: AtomicU64,
    write_started_ns: AtomicU64,
    write_ns: AtomicU64,
}

impl Probe {
    fn new() -> Arc<Probe> {
        Arc::new(Probe {
            origin: Instant::now(),
            groups: AtomicU64::new(0),
            write_started_ns: AtomicU64::new(0),
            write_ns: AtomicU64::new(0),
        })
    }

    fn now_ns(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn hook(self: &Arc<Probe>) -> FaultHook {
        let probe = Arc::clone(self);
        Arc::new(move |point| {
            // Only the store's single writer thread calls the hook, so relaxed ordering and
            // separate counters are enough.
            let now = probe.now_ns();
            match point {
                FaultPoint::Write => probe.write_started_ns.store(now, Ordering::Relaxed),
                FaultPoint::Sync => {
                    let started = probe.write_started_ns.load(Ordering::Relaxed);
                    probe
                        .write_ns
                        .fetch_add(now.saturating_sub(started), Ordering::Relaxed);
                    probe.groups.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(())
        })
    }

    fn groups(&self) -> u64 {
        self.groups.load(Ordering::Relaxed)
    }

    fn write_us_per_group(&self) -> Option<u64> {
        let groups = self.groups();
        (groups > 0).then(|| self.write_ns.load(Ordering::Relaxed) / groups / 1_000)
    }
}

/// An open store, dropped before the directory it lives in.
struct OpenStore {
    store: Arc<dyn EventStore>,
    probe: Option<Arc<Probe>>,
    _dir: TempDir,
}

/// What every append measurement shares.
#[derive(Debug)]
struct Bench<'a> {
    options: &'a StoreBench,
    base: &'a Path,
    runtime: &'a Runtime,
    duration: Duration,
}

impl Bench<'_> {
    fn open(&self, backend: Backend, label: &str) -> anyhow::Result<OpenStore> {
        let dir = fresh_dir(self.base, label)?;
        match backend {
            Backend::Postgres => {
                let admin = self.options.postgres.as_deref().context("--postgres URL")?;
                let store = self.runtime.block_on(async {
                    let url = convene_postgres::testing::fresh_database(admin, "convene_bench")
                        .await
                        .context("cannot create a database for the measurement")?;
                    let mut config = convene_postgres::PgConfig::new(url);
                    config.max_connections = 8;
                    convene_postgres::PgStore::open(config)
                        .await
                        .context("cannot open the PostgreSQL store")
                })?;
                Ok(OpenStore {
                    store: Arc::new(store),
                    probe: None,
                    _dir: dir,
                })
            }
            Backend::Memory => Ok(OpenStore {
                store: Arc::new(MemoryStore::new()),
                probe: None,
                _dir: dir,
            }),
            Backend::Sled => {
                let probe = Probe::new();
                let mut config = StoreConfig::new(dir.path().join("store"));
                config.fault = Some(probe.hook());
                let store = SegmentStore::open(config).with_context(|| {
                    format!("cannot open a sled store in {}", dir.path().display())
                })?;
                Ok(OpenStore {
                    store: Arc::new(store),
                    probe: Some(probe),
                    _dir: dir,
                })
            }
        }
    }

    /// (b), (c) and (d): `writers` tasks append one event at a time to their own stream
    /// until the deadline.
    fn appends(&self, backend: Backend, writers: u32, load: Load) -> anyhow::Result<Measurement> {
        let name = match load {
            Load::Max => "append",
            Load::Rate(_) => "append_half_load",
        };
        if let Load::Rate(total_per_s) = load {
            let period_us = u64::from(writers) * 1_000_000 / total_per_s.max(1);
            if period_us < 2_000 {
                // tokio's timer has millisecond slots: shorter periods fire in bunches, and a
                // bunched tick finds its writer still busy with the previous one.
                tracing::warn!(
                    period_us,
                    "each writer's period is under 2 ms, so half-load latencies include \
                     the timer's bunching; fewer writers give a truer figure"
                );
            }
        }
        let open = self.open(backend, &format!("{}-{name}-{writers}", backend.name()))?;
        let requests = (0..writers)
            .map(|writer| {
                single(
                    &format!("bench-{writer}"),
                    ExpectedVersion::Any,
                    vec![event(
                        "BenchEvent",
                        usize::try_from(self.options.event_bytes).unwrap_or(usize::MAX),
                    )],
                )
            })
            .collect::<Vec<_>>();
        let duration = self.duration;
        let store = Arc::clone(&open.store);
        let (latencies, elapsed) = self
            .runtime
            .block_on(async move { drive(store, requests, duration, load).await })?;
        let groups = open.probe.as_ref().map(|probe| probe.groups());
        let write_us_per_group = open
            .probe
            .as_ref()
            .and_then(|probe| probe.write_us_per_group());
        Ok(Measurement {
            name,
            backend: backend.name(),
            writers,
            events: open.store.head(),
            elapsed,
            latencies_us: latencies.append_us,
            from_schedule_us: latencies.from_schedule_us,
            groups,
            write_us_per_group,
            offered_per_s: match load {
                Load::Max => None,
                Load::Rate(rate) => Some(rate),
            },
        })
    }
}

/// Runs one task per request until the deadline; returns every latency, sorted, and the time
/// until the last task finished.
async fn drive(
    store: Arc<dyn EventStore>,
    requests: Vec<AppendRequest>,
    duration: Duration,
    load: Load,
) -> anyhow::Result<(Latencies, Duration)> {
    let writers = requests.len() as u64;
    let started = tokio::time::Instant::now();
    let deadline = started + duration;
    let mut tasks = JoinSet::new();
    for (index, request) in requests.into_iter().enumerate() {
        let store = Arc::clone(&store);
        match load {
            Load::Max => tasks.spawn(flat_out(store, request, deadline)),
            Load::Rate(total_per_s) => {
                // Each writer offers its share at a fixed period; the writers' first ticks
                // are spread over one period so that they do not all fire at once.
                let period_ns = (writers * 1_000_000_000 / total_per_s).max(1);
                let offset_ns = period_ns * index as u64 / writers;
                let first = started + Duration::from_nanos(offset_ns);
                let period = Duration::from_nanos(period_ns);
                tasks.spawn(paced(store, request, first, period, deadline))
            }
        };
    }
    let mut latencies = Latencies::default();
    while let Some(joined) = tasks.join_next().await {
        let writer = joined.context("a writer task panicked")??;
        latencies.append_us.extend(writer.append_us);
        latencies.from_schedule_us.extend(writer.from_schedule_us);
    }
    let elapsed = started.elapsed();
    latencies.append_us.sort_unstable();
    latencies.from_schedule_us.sort_unstable();
    Ok((latencies, elapsed))
}

/// Appends again as soon as the last append returned.
async fn flat_out(
    store: Arc<dyn EventStore>,
    request: AppendRequest,
    deadline: tokio::time::Instant,
) -> anyhow::Result<Latencies> {
    let mut latencies = Latencies::default();
    while tokio::time::Instant::now() < deadline {
        let before = Instant::now();
        store
            .append(request.clone())
            .await
            .context("an append failed")?;
        latencies.append_us.push(micros(before.elapsed()));
    }
    Ok(latencies)
}

/// Appends once per period; a missed tick is made up at once (burst), so the offered rate
/// holds. Latency counts from the tick's scheduled instant when the writer was still busy
/// with its previous append then (the store made this append late: no coordinated
/// omission), and from the moment the append is issued otherwise (the timer's own lag, up
/// to a millisecond, is not the store's).
async fn paced(
    store: Arc<dyn EventStore>,
    request: AppendRequest,
    first: tokio::time::Instant,
    period: Duration,
    deadline: tokio::time::Instant,
) -> anyhow::Result<Latencies> {
    let mut ticks = tokio::time::interval_at(first, period);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Burst);
    let mut latencies = Latencies::default();
    let mut busy_until = first;
    loop {
        let scheduled = ticks.tick().await;
        if scheduled >= deadline {
            break;
        }
        let issued = tokio::time::Instant::now();
        let start = if busy_until > scheduled {
            scheduled
        } else {
            issued
        };
        store
            .append(request.clone())
            .await
            .context("an append failed")?;
        busy_until = tokio::time::Instant::now();
        latencies.append_us.push(micros(busy_until - start));
        latencies
            .from_schedule_us
            .push(micros(busy_until - scheduled));
    }
    Ok(latencies)
}

/// `numerator / denominator`, rounded to thousandths, for printing.
#[allow(
    clippy::float_arithmetic,
    reason = "a ratio of two measured rates is a printed measurement, not money"
)]
fn ratio(numerator: u64, denominator: u64) -> f64 {
    if denominator == 0 {
        return 0.0;
    }
    (numerator as f64 / denominator as f64 * 1_000.0).round() / 1_000.0
}

/// Prints the results: a table on stdout, or JSON lines on stdout and the table on stderr.
struct Report<'a> {
    options: &'a StoreBench,
    out: Box<dyn Write>,
    table: Box<dyn Write>,
}

impl<'a> Report<'a> {
    fn new(options: &'a StoreBench, dir: &Path) -> Report<'a> {
        let table: Box<dyn Write> = if options.json {
            Box::new(std::io::stderr())
        } else {
            Box::new(std::io::stdout())
        };
        let mut report = Report {
            options,
            out: Box::new(std::io::stdout()),
            table,
        };
        let cores = std::thread::available_parallelism().map_or(0, usize::from);
        // A failed header write shows up again, as an error, on the first row.
        let _ = writeln!(
            report.table,
            "store benchmark: backends {}, events of ~{} B, {} s per measurement, {} cores, in {}\n\
             {:<9} {:<20} {:>7} {:>10} {:>8} {:>8} {:>10} {:>12} {:>11}",
            options
                .backends
                .iter()
                .map(|backend| backend.name())
                .collect::<Vec<_>>()
                .join(", "),
            options.event_bytes,
            options.seconds,
            cores,
            dir.display(),
            "backend",
            "measurement",
            "writers",
            "events/s",
            "p50 µs",
            "p99 µs",
            "×fdatasync",
            "events/fsync",
            "write µs/grp",
        );
        report
    }

    fn row(&mut self, measurement: &Measurement, fdatasync_per_s: u64) -> anyhow::Result<()> {
        let events_per_s = measurement.events_per_s();
        let p50_us = measurement.percentile_us(50);
        let p99_us = measurement.percentile_us(99);
        let ratio_vs_fdatasync = ratio(events_per_s, fdatasync_per_s);
        let events_per_group = measurement
            .groups
            .filter(|groups| *groups > 0)
            .map(|groups| ratio(measurement.events, groups));
        let name = match measurement.offered_per_s {
            Some(_) => format!("{} (½)", measurement.name),
            None => measurement.name.to_string(),
        };
        writeln!(
            self.table,
            "{:<9} {:<20} {:>7} {:>10} {:>8} {:>8} {:>10.3} {:>12} {:>11}",
            measurement.backend,
            name,
            measurement.writers,
            events_per_s,
            p50_us,
            p99_us,
            ratio_vs_fdatasync,
            events_per_group.map_or("-".to_string(), |value| format!("{value:.1}")),
            measurement
                .write_us_per_group
                .map_or("-".to_string(), |value| value.to_string()),
        )
        .context("cannot print the results")?;
        if self.options.json {
            let line = json!({
                "bench": "store",
                "backend": measurement.backend,
                "measurement": measurement.name,
                "writers": measurement.writers,
                "events_per_s": events_per_s,
                "p50_us": p50_us,
                "p99_us": p99_us,
                "fdatasync_per_s": fdatasync_per_s,
                "ratio_vs_fdatasync": ratio_vs_fdatasync,
                "events": measurement.events,
                "seconds": measurement.elapsed.as_secs_f64(),
                "event_bytes": self.options.event_bytes,
                "offered_per_s": measurement.offered_per_s,
                "p99_from_schedule_us": measurement
                    .offered_per_s
                    .map(|_| percentile_us(&measurement.from_schedule_us, 99)),
                "groups": measurement.groups,
                "events_per_group": events_per_group,
                "write_us_per_group": measurement.write_us_per_group,
            });
            writeln!(self.out, "{line}").context("cannot print the results")?;
        }
        self.out.flush().context("cannot print the results")?;
        self.table.flush().context("cannot print the results")
    }

    /// Compares with QUALITY.md's targets, on the table's stream.
    fn targets(
        &mut self,
        one: &Measurement,
        many: &Measurement,
        half: &Measurement,
        fdatasync_per_s: u64,
    ) -> anyhow::Result<()> {
        let verdict = |met: bool| if met { "met" } else { "MISSED" };
        let one_ratio_milli = one.events_per_s() * 1_000 / fdatasync_per_s.max(1);
        let half_p99_us = half.percentile_us(99);
        writeln!(
            self.table,
            "targets (QUALITY.md), {}:\n  \
             1 writer ≥ 0.{:03} × fdatasync: {} ({:.3})\n  \
             {} writers ≥ {TARGET_MANY_EVENTS_PER_S} events/s: {} ({}){}\n  \
             p99 ≤ {TARGET_HALF_LOAD_P99_US} µs at half load: {} ({} µs; {} µs counting every \
             append from its scheduled tick, timer lag included)",
            one.backend,
            TARGET_ONE_RATIO_MILLI,
            verdict(one_ratio_milli >= TARGET_ONE_RATIO_MILLI),
            ratio(one.events_per_s(), fdatasync_per_s),
            many.writers,
            verdict(many.events_per_s() >= TARGET_MANY_EVENTS_PER_S),
            many.events_per_s(),
            if many.writers == 64 {
                ""
            } else {
                " (the target is for 64 writers)"
            },
            verdict(half_p99_us <= TARGET_HALF_LOAD_P99_US),
            half_p99_us,
            percentile_us(&half.from_schedule_us, 99),
        )
        .context("cannot print the results")
    }

    /// The embedded store against PostgreSQL, when both ran: QUALITY.md asks for at least
    /// five times PostgreSQL's rate with 64 writers.
    fn comparison(
        &mut self,
        results: &[(Backend, Measurement, Measurement, Measurement)],
    ) -> anyhow::Result<()> {
        let find = |wanted: Backend| results.iter().find(|(backend, ..)| *backend == wanted);
        let (Some((_, sled_one, sled_many, _)), Some((_, pg_one, pg_many, _))) =
            (find(Backend::Sled), find(Backend::Postgres))
        else {
            return Ok(());
        };
        let many_ratio = ratio(sled_many.events_per_s(), pg_many.events_per_s());
        writeln!(
            self.table,
            "sled ÷ postgres, same run: 1 writer {:.2} × ({} vs {} events/s); {} writers {:.2} × \
             ({} vs {} events/s; target ≥ {} ×: {})",
            ratio(sled_one.events_per_s(), pg_one.events_per_s()),
            sled_one.events_per_s(),
            pg_one.events_per_s(),
            sled_many.writers,
            many_ratio,
            sled_many.events_per_s(),
            pg_many.events_per_s(),
            TARGET_OVER_POSTGRES,
            if sled_many.events_per_s() >= TARGET_OVER_POSTGRES * pg_many.events_per_s() {
                "met"
            } else {
                "MISSED"
            },
        )
        .context("cannot print the results")?;
        if self.options.json {
            let line = json!({
                "bench": "store",
                "measurement": "sled_vs_postgres",
                "writers_1_ratio": ratio(sled_one.events_per_s(), pg_one.events_per_s()),
                "writers": sled_many.writers,
                "writers_n_ratio": many_ratio,
            });
            writeln!(self.out, "{line}").context("cannot print the results")?;
        }
        Ok(())
    }
}
