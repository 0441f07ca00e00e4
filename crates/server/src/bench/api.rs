//! `convene bench api`: starts `convene serve` on a fresh data directory and drives it over
//! loopback HTTP with N keep-alive connections: (a) durable mutations (`serviceLineAdd` on
//! many requests), (b) queries (`eventRequest` by id), (c) mutation latency at a fixed rate.

use anyhow::{Context, bail};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::http::Connection;
use crate::cli::ApiBench;

/// QUALITY.md targets.
const TARGET_MUTATIONS_PER_S: u64 = 10_000;
const TARGET_QUERIES_PER_S: u64 = 30_000;
const TARGET_P99_US_AT_RATE: u64 = 10_000;
/// Lines per request before the connection starts a new request: a realistic side event
/// has a handful of lines; 30 keeps request creation (serialized by its numbering) rare.
const LINES_PER_REQUEST: u32 = 30;

pub(super) struct Server {
    child: Child,
    pub(super) address: String,
    pub(super) tokens: Value,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

/// Starts `convene serve --demo` on a fresh data directory, or on a fresh database of the
/// PostgreSQL server at `postgres` (with its read models in the data directory).
pub(super) fn start_server(postgres: Option<&str>) -> anyhow::Result<Server> {
    let dir = tempfile::Builder::new()
        .prefix("convene-bench-api-")
        .tempdir()?;
    let data_dir = dir.path().join("data");
    let mut command = Command::new(std::env::current_exe()?);
    command.arg("serve");
    if let Some(admin) = postgres {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let url = runtime
            .block_on(convene_postgres::testing::fresh_database(
                admin,
                "convene_bench_api",
            ))
            .with_context(|| {
                format!(
                    "cannot create a database on {}",
                    convene_postgres::redact(admin)
                )
            })?;
        command.arg("--store").arg(url);
    }
    let mut child = command
        .args([
            "--demo",
            "--listen",
            "127.0.0.1:0",
            "--now",
            "2026-04-01T09:00:00-04:00",
            "--data-dir",
        ])
        .arg(&data_dir)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start the server")?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().context("no stdout")?).read_line(&mut line)?;
    let address = line
        .trim()
        .strip_prefix("listening on http://")
        .context("no listening line")?
        .to_string();
    let tokens: Value =
        serde_json::from_str(&std::fs::read_to_string(data_dir.join("demo-tokens.json"))?)?;
    Ok(Server {
        child,
        address,
        tokens,
        _dir: dir,
    })
}

pub(super) const MISSIONS: [&str; 10] = [
    "FRA", "KEN", "BRA", "JPN", "IND", "NOR", "EGY", "MEX", "CAN", "ZAF",
];

/// One connection's working set: its mission, its current request and how full it is.
struct Worker {
    connection: Connection,
    token: String,
    request: String,
    lines: u32,
    created: u32,
    /// The request this connection reads in the query measurement (its own mission's).
    query_id: String,
}

impl Worker {
    async fn new(address: &str, tokens: &Value, index: u32) -> anyhow::Result<Worker> {
        let mission = MISSIONS[usize::try_from(index)? % MISSIONS.len()];
        let token = tokens["missions"][mission]
            .as_str()
            .context("no mission token")?
            .to_string();
        let mut worker = Worker {
            connection: Connection::open(address).await?,
            token,
            request: String::new(),
            lines: 0,
            created: 0,
            query_id: String::new(),
        };
        worker.fresh_request(index).await?;
        Ok(worker)
    }

    async fn fresh_request(&mut self, index: u32) -> anyhow::Result<()> {
        // Spread requests over weekdays and hours of May 2026 (rooms are not needed: drafts).
        let day = 4 + (index + self.created * 7) % 20;
        let date = jiff::civil::date(2026, 5, i8::try_from(day)?);
        let date = if matches!(
            date.weekday(),
            jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
        ) {
            date.checked_add(jiff::Span::new().days(2))?
        } else {
            date
        };
        let body = json!({
            "query": "mutation($input: EventRequestCreateInput!) { eventRequestCreate(input: $input) { eventRequest { id } userErrors { code } } }",
            "variables": { "input": {
                "title": format!("Bench side event {index}-{}", self.created),
                "start": format!("{date}T10:00:00-04:00"),
                "end": format!("{date}T12:00:00-04:00"),
                "expectedAttendance": 30,
            }}
        })
        .to_string();
        let (status, response) = self.connection.graphql(&self.token, &body).await?;
        let response: Value =
            serde_json::from_str(&response).with_context(|| format!("status {status}"))?;
        self.request = response["data"]["eventRequestCreate"]["eventRequest"]["id"]
            .as_str()
            .with_context(|| format!("cannot create a request: {response}"))?
            .to_string();
        self.lines = 0;
        self.created += 1;
        Ok(())
    }

    /// One `serviceLineAdd`; returns its latency when it succeeded.
    async fn add_line(&mut self, index: u32) -> anyhow::Result<Option<Duration>> {
        if self.lines >= LINES_PER_REQUEST {
            self.fresh_request(index).await?;
        }
        let body = format!(
            r#"{{"query":"mutation($input: ServiceLineAddInput!) {{ serviceLineAdd(input: $input) {{ serviceLine {{ id }} userErrors {{ code }} }} }}","variables":{{"input":{{"eventRequestId":"{}","itemCode":"CAT-COFFEE","quantity":"30"}}}}}}"#,
            self.request
        );
        let started = Instant::now();
        let (status, response) = self.connection.graphql(&self.token, &body).await?;
        let elapsed = started.elapsed();
        self.lines += 1;
        Ok((status == 200 && response.contains("\"userErrors\":[]")).then_some(elapsed))
    }

    /// One `eventRequest` by id; returns its latency when it succeeded.
    async fn query(&mut self, id: &str) -> anyhow::Result<Option<Duration>> {
        let body = format!(
            r#"{{"query":"query($id: ID!) {{ eventRequest(id: $id) {{ id reference status version title }} }}","variables":{{"id":"{id}"}}}}"#
        );
        let started = Instant::now();
        let (status, response) = self.connection.graphql(&self.token, &body).await?;
        let elapsed = started.elapsed();
        Ok((status == 200 && response.contains("\"reference\"")).then_some(elapsed))
    }
}

struct Outcome {
    name: &'static str,
    ok: u64,
    failed: u64,
    elapsed: Duration,
    latencies_us: Vec<u64>,
}

impl Outcome {
    fn per_s(&self) -> u64 {
        u64::try_from(u128::from(self.ok) * 1_000_000 / self.elapsed.as_micros().max(1))
            .unwrap_or(u64::MAX)
    }

    fn percentile(&self, p: usize) -> u64 {
        if self.latencies_us.is_empty() {
            return 0;
        }
        let rank = (self.latencies_us.len() * p).div_ceil(100).max(1);
        self.latencies_us[rank - 1]
    }
}

#[derive(Clone, Copy)]
enum Phase {
    Mutations,
    Queries,
    Rate(u32),
}

async fn measure(
    workers: Vec<Worker>,
    phase: Phase,
    seconds: u32,
) -> anyhow::Result<(Outcome, Vec<Worker>)> {
    let connections = u32::try_from(workers.len())?;
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds.into());
    let mut tasks = tokio::task::JoinSet::new();
    for (index, mut worker) in workers.into_iter().enumerate() {
        let index = u32::try_from(index)?;
        tasks.spawn(async move {
            let mut latencies = Vec::new();
            let mut failed = 0u64;
            let mut interval = match phase {
                Phase::Rate(rate) => {
                    // Each connection sends every connections/rate seconds, staggered.
                    let period = Duration::from_micros(
                        u64::from(connections) * 1_000_000 / u64::from(rate.max(1)),
                    );
                    let offset = period * index / connections.max(1);
                    let mut interval =
                        tokio::time::interval_at(tokio::time::Instant::now() + offset, period);
                    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
                    Some(interval)
                }
                _ => None,
            };
            while Instant::now() < deadline {
                if let Some(interval) = interval.as_mut() {
                    interval.tick().await;
                }
                let result = match phase {
                    Phase::Queries => {
                        let id = worker.query_id.clone();
                        worker.query(&id).await?
                    }
                    Phase::Mutations | Phase::Rate(_) => worker.add_line(index).await?,
                };
                match result {
                    Some(latency) => {
                        latencies.push(u64::try_from(latency.as_micros()).unwrap_or(u64::MAX))
                    }
                    None => failed += 1,
                }
            }
            anyhow::Ok((worker, latencies, failed))
        });
    }
    let mut workers = Vec::new();
    let mut latencies_us = Vec::new();
    let mut failed = 0;
    while let Some(result) = tasks.join_next().await {
        let (worker, latencies, worker_failed) = result??;
        workers.push(worker);
        latencies_us.extend(latencies);
        failed += worker_failed;
    }
    let elapsed = started.elapsed();
    latencies_us.sort_unstable();
    let name = match phase {
        Phase::Mutations => "mutations",
        Phase::Queries => "queries",
        Phase::Rate(_) => "mutations_at_rate",
    };
    Ok((
        Outcome {
            name,
            ok: latencies_us.len() as u64,
            failed,
            elapsed,
            latencies_us,
        },
        workers,
    ))
}

/// Runs the API benchmark.
pub(crate) fn run(options: &ApiBench) -> anyhow::Result<()> {
    if options.mix {
        return super::mix::run(options);
    }
    let server = start_server(options.postgres.as_deref())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let results = runtime.block_on(async {
        let mut workers = Vec::new();
        for index in 0..options.connections {
            workers.push(Worker::new(&server.address, &server.tokens, index).await?);
        }
        // Requests for the query phase: one per connection, each with a few lines.
        for worker in &mut workers {
            for _ in 0..3 {
                worker.add_line(0).await?;
            }
            worker.query_id = worker.request.clone();
        }
        for worker in &mut workers {
            worker.lines = LINES_PER_REQUEST;
        }
        let (mutations, workers) = measure(workers, Phase::Mutations, options.seconds).await?;
        let (queries, workers) = measure(workers, Phase::Queries, options.seconds).await?;
        let (rate, _) = measure(workers, Phase::Rate(options.rate), options.seconds).await?;
        anyhow::Ok(vec![mutations, queries, rate])
    })?;
    let mut out = std::io::stdout().lock();
    if !options.json {
        writeln!(
            out,
            "api benchmark: {} connections, {} s per measurement, over loopback HTTP, store {}",
            options.connections,
            options.seconds,
            if options.postgres.is_some() {
                "postgres"
            } else {
                "sled"
            }
        )?;
        writeln!(
            out,
            "{:<20} {:>10} {:>8} {:>9} {:>9}",
            "measurement", "ok/s", "failed", "p50 µs", "p99 µs"
        )?;
    }
    for outcome in &results {
        if options.json {
            writeln!(
                out,
                "{}",
                json!({"bench": "api", "backend": if options.postgres.is_some() { "postgres" } else { "sled" }, "measurement": outcome.name, "connections": options.connections, "requests_per_s": outcome.per_s(),
                       "events_per_s": outcome.per_s(), "ok": outcome.ok, "failed": outcome.failed, "p50_us": outcome.percentile(50),
                       "p99_us": outcome.percentile(99), "rate": matches!(outcome.name, "mutations_at_rate").then_some(options.rate)})
            )?;
        } else {
            writeln!(
                out,
                "{:<20} {:>10} {:>8} {:>9} {:>9}",
                outcome.name,
                outcome.per_s(),
                outcome.failed,
                outcome.percentile(50),
                outcome.percentile(99)
            )?;
        }
    }
    if !options.json {
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
        writeln!(out, "targets (QUALITY.md):")?;
        writeln!(
            out,
            "  mutations ≥ {TARGET_MUTATIONS_PER_S}/s: {} ({})",
            verdict(results[0].per_s() >= TARGET_MUTATIONS_PER_S),
            results[0].per_s()
        )?;
        writeln!(
            out,
            "  queries ≥ {TARGET_QUERIES_PER_S}/s: {} ({})",
            verdict(results[1].per_s() >= TARGET_QUERIES_PER_S),
            results[1].per_s()
        )?;
        writeln!(
            out,
            "  p99 ≤ {TARGET_P99_US_AT_RATE} µs at {}/s: {} ({} µs)",
            options.rate,
            verdict(results[2].percentile(99) <= TARGET_P99_US_AT_RATE),
            results[2].percentile(99)
        )?;
    }
    if results.iter().all(|outcome| outcome.ok == 0) {
        bail!("no request succeeded");
    }
    Ok(())
}
