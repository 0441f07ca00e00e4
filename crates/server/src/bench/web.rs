//! `convene bench web`: starts `convene serve --demo` on a fresh data directory, gives one
//! mission realistic requests through the GraphQL API (lines, guests, some submitted, some
//! approved with their lines confirmed), signs every connection in through the sign-in form
//! (one session per connection), then measures over loopback HTTP/1.1 keep-alive:
//!
//! 1. `GET /healthz` with N connections, closed loop: the same run's baseline;
//! 2. the mission home (`GET /requests`) and a request page (`GET /requests/{id}`, each
//!    connection going round the mission's requests), N connections, closed loop;
//! 3. the same two pages at a fixed total rate (open loop: every request has a scheduled send
//!    time, and its latency counts from that time, so a slow answer that delays the next
//!    request on its connection is not hidden).
//!
//! An answer other than 200 with a complete HTML page showing a request's title is an error,
//! and any error fails the run. The client is this process, on the same cores as the server.

use anyhow::{Context, bail, ensure};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::Instant;

use super::http::{Connection, Reply};
use crate::cli::WebBench;

/// QUALITY.md targets.
const TARGET_PAGES_PER_S: u64 = 3_000;
const TARGET_P99_US_AT_RATE: u64 = 20_000;
/// The mission every session signs in as.
const MISSION: &str = "FRA";
/// The session cookie of the web application.
const COOKIE: &str = "convene_session";
/// Every seeded request's title starts with this: a page without it is not the page asked for.
const TITLE: &str = "Web bench side event";
/// The server's clock at start: five weeks before the first event, so every lead time holds.
const NOW: &str = "2026-04-01T09:00:00-04:00";

struct Server {
    child: Child,
    address: String,
    tokens: Value,
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
fn start_server(postgres: Option<&str>) -> anyhow::Result<Server> {
    let dir = tempfile::Builder::new()
        .prefix("convene-bench-web-")
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
                "convene_bench_web",
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
            NOW,
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

// ---------------------------------------------------------------- seeding

const CREATE: &str = "mutation($input: EventRequestCreateInput!) { eventRequestCreate(input: $input) { eventRequest { id } userErrors { code field message } } }";
const ADD_LINE: &str = "mutation($input: ServiceLineAddInput!) { serviceLineAdd(input: $input) { serviceLine { id } userErrors { code field message } } }";
const ADD_GUEST: &str = "mutation($input: GuestAddInput!) { guestAdd(input: $input) { guest { id } userErrors { code field message } } }";
const SUBMIT: &str = "mutation($input: EventRequestRefInput!) { eventRequestSubmit(input: $input) { eventRequest { status } userErrors { code field message } } }";
const APPROVE: &str = "mutation($input: EventRequestApproveInput!) { eventRequestApprove(input: $input) { eventRequest { status } userErrors { code field message } } }";
const CONFIRM: &str = "mutation($input: ServiceLineConfirmInput!) { serviceLineConfirm(input: $input) { serviceLine { status } userErrors { code field message } } }";

/// Demo items: code, unit, and how a quantity is counted.
const ITEMS: [(&str, &str, Basis); 7] = [
    ("CAT-COFFEE", "CATERING", Basis::Person),
    ("CAT-WATER", "CATERING", Basis::Event),
    ("AV-MIC", "AV", Basis::Item),
    ("AV-PROJECTOR", "AV", Basis::Event),
    ("SEC-GUARD", "SECURITY", Basis::Hour),
    ("CAT-LUNCH", "CATERING", Basis::Person),
    ("AV-TECHNICIAN", "AV", Basis::Hour),
];

#[derive(Clone, Copy)]
enum Basis {
    Person,
    Event,
    Item,
    Hour,
}

const TOPICS: [&str; 5] = [
    "financing climate adaptation in small island states",
    "women's leadership in peace processes",
    "digital public infrastructure for the SDGs",
    "ocean governance beyond national jurisdiction",
    "water security and transboundary cooperation",
];

const GUESTS: [(&str, &str); 6] = [
    ("Amina Diallo", "Permanent Mission of Senegal"),
    ("Jean-Pierre Laurent", "Permanent Mission of France"),
    ("María José Fernández", "UN Women"),
    ("Oluwaseun Adeyemi", "UNDP"),
    ("Chen Wei", "World Bank Group"),
    ("Ingrid Solberg", "Norwegian Refugee Council"),
];

/// What the seed gave the mission.
#[derive(Debug, Default)]
struct Seeded {
    ids: Vec<String>,
    drafts: u32,
    submitted: u32,
    approved: u32,
    lines: u32,
    confirmed: u32,
    guests: u32,
}

/// One mutation; returns its payload, failing on anything but a clean success.
async fn mutate(
    connection: &mut Connection,
    token: &str,
    field: &str,
    document: &str,
    input: Value,
) -> anyhow::Result<Value> {
    let body = json!({ "query": document, "variables": { "input": input } }).to_string();
    let (status, text) = connection.graphql(token, &body).await?;
    let response: Value =
        serde_json::from_str(&text).with_context(|| format!("{field}: status {status}: {text}"))?;
    let payload = &response["data"][field];
    if status != 200 || payload.is_null() || payload["userErrors"] != json!([]) {
        bail!("seeding: {field} failed (status {status}): {response}");
    }
    Ok(payload.clone())
}

/// The weekdays from Monday 4 May 2026 on (20 of them: 4–29 May).
fn weekdays() -> anyhow::Result<Vec<jiff::civil::Date>> {
    let mut days = Vec::new();
    let mut day = jiff::civil::date(2026, 5, 4);
    while days.len() < 20 {
        if !matches!(
            day.weekday(),
            jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
        ) {
            days.push(day);
        }
        day = day.tomorrow()?;
    }
    Ok(days)
}

/// Creates `count` requests of the mission through the API: request `i` has 3–5 lines and
/// 3–5 guests; one in four stays a draft, one in four is submitted, the others are approved
/// (each in its own slot, so no room conflicts) and their lines confirmed by the units.
async fn seed(address: &str, tokens: &Value, count: u32) -> anyhow::Result<Seeded> {
    let mission = tokens["missions"][MISSION]
        .as_str()
        .context("no mission token")?;
    let focal_point = tokens["focalPoint"]
        .as_str()
        .context("no focal point token")?;
    let days = weekdays()?;
    let windows = [("10:00", "12:00"), ("14:00", "16:00"), ("17:00", "19:00")];
    let mut connection = Connection::open(address).await?;
    let mut seeded = Seeded::default();
    for i in 0..count {
        let index = usize::try_from(i)?;
        let day = days[index % days.len()];
        let (from, to) = windows[(index / days.len()) % windows.len()];
        let attendance = 20 + (i % 5) * 5;
        let topic = TOPICS[index % TOPICS.len()];
        let created = mutate(
            &mut connection,
            mission,
            "eventRequestCreate",
            CREATE,
            json!({
                "title": format!("{TITLE} {:02}: {topic}", i + 1),
                "description": format!(
                    "A high-level side event on {topic}, with ministers, experts and civil \
                     society. Opening remarks, a moderated panel and questions from the floor; \
                     light refreshments afterwards."
                ),
                "start": format!("{day}T{from}:00-04:00"),
                "end": format!("{day}T{to}:00-04:00"),
                "expectedAttendance": attendance,
            }),
        )
        .await?;
        let id = created["eventRequest"]["id"]
            .as_str()
            .context("no request id")?
            .to_string();
        let mut lines = Vec::new();
        for j in 0..3 + index % 3 {
            let (item, unit, basis) = ITEMS[(index + j) % ITEMS.len()];
            let quantity = match basis {
                Basis::Person => attendance.to_string(),
                Basis::Event => "1".to_string(),
                Basis::Item => "4".to_string(),
                Basis::Hour => "2".to_string(),
            };
            let line = mutate(
                &mut connection,
                mission,
                "serviceLineAdd",
                ADD_LINE,
                json!({ "eventRequestId": id, "itemCode": item, "quantity": quantity }),
            )
            .await?;
            let line = line["serviceLine"]["id"]
                .as_str()
                .context("no line id")?
                .to_string();
            lines.push((line, unit));
            seeded.lines += 1;
        }
        for g in 0..3 + (index + 1) % 3 {
            let (name, organization) = GUESTS[(index + g) % GUESTS.len()];
            mutate(
                &mut connection,
                mission,
                "guestAdd",
                ADD_GUEST,
                json!({ "eventRequestId": id, "fullName": name, "organization": organization }),
            )
            .await?;
            seeded.guests += 1;
        }
        match i % 4 {
            0 => seeded.drafts += 1,
            1 => {
                mutate(
                    &mut connection,
                    mission,
                    "eventRequestSubmit",
                    SUBMIT,
                    json!({ "eventRequestId": id }),
                )
                .await?;
                seeded.submitted += 1;
            }
            _ => {
                mutate(
                    &mut connection,
                    mission,
                    "eventRequestSubmit",
                    SUBMIT,
                    json!({ "eventRequestId": id }),
                )
                .await?;
                mutate(
                    &mut connection,
                    focal_point,
                    "eventRequestApprove",
                    APPROVE,
                    json!({ "eventRequestId": id, "roomCode": format!("CR{}", index % 12 + 1) }),
                )
                .await?;
                for (line, unit) in &lines {
                    let token = tokens["units"][*unit]
                        .as_str()
                        .with_context(|| format!("no token of unit {unit}"))?;
                    mutate(
                        &mut connection,
                        token,
                        "serviceLineConfirm",
                        CONFIRM,
                        json!({ "serviceLineId": line }),
                    )
                    .await?;
                    seeded.confirmed += 1;
                }
                seeded.approved += 1;
            }
        }
        seeded.ids.push(id);
    }
    Ok(seeded)
}

// ---------------------------------------------------------------- signing in and checking

/// One keep-alive connection with its own signed-in session.
struct Client {
    connection: Connection,
    session: String,
    /// Which of the mission's requests this connection reads next.
    turn: usize,
}

/// Signs a new connection in as a browser does: the sign-in page (a visitor's session and
/// its CSRF token), then the form with the access key; the answer's new cookie is kept.
async fn sign_in(address: &str, token: &str, turn: usize) -> anyhow::Result<Client> {
    let mut connection = Connection::open(address).await?;
    let page = connection.get_page("/sign-in", None).await?;
    ensure!(
        page.status == 200 && is_html(&page),
        "GET /sign-in answered {}: {}",
        page.status,
        snippet(&page.body)
    );
    let visitor = page
        .cookie(COOKIE)
        .filter(|value| !value.is_empty())
        .context("the sign-in page set no session cookie")?
        .to_string();
    let csrf = csrf_of(&page.body).context("no csrf field on the sign-in page")?;
    let form = format!("csrf={}&token={}", form_encode(&csrf), form_encode(token));
    let reply = connection
        .post_form("/sign-in", (COOKIE, &visitor), &form)
        .await?;
    ensure!(
        reply.status == 303,
        "POST /sign-in answered {}: {}",
        reply.status,
        snippet(&reply.body)
    );
    let session = reply
        .cookie(COOKIE)
        .filter(|value| !value.is_empty() && *value != visitor)
        .context("signing in set no new session cookie")?
        .to_string();
    Ok(Client {
        connection,
        session,
        turn,
    })
}

/// The value of the first hidden `csrf` field of a page.
fn csrf_of(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let marker = r#"name="csrf" value=""#;
    let start = text.find(marker)? + marker.len();
    let end = text[start..].find('"')?;
    Some(text[start..start + end].to_string())
}

/// `application/x-www-form-urlencoded` encoding of one value.
fn form_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Whether `haystack` contains `needle` (a byte scan for the first byte, then a compare).
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut from = 0;
    while let Some(offset) = haystack[from..].iter().position(|&byte| byte == first) {
        let at = from + offset;
        if haystack[at + 1..].starts_with(rest) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// A complete HTML document: `text/html`, from `<!doctype html` to `</html>`.
fn is_html(reply: &Reply) -> bool {
    let body = reply.body.trim_ascii();
    reply
        .content_type
        .get(..9)
        .is_some_and(|kind| kind.eq_ignore_ascii_case("text/html"))
        && body
            .get(..14)
            .is_some_and(|start| start.eq_ignore_ascii_case(b"<!doctype html"))
        && body.ends_with(b"</html>")
}

/// The start of a body, for an error message.
fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(200)]).to_string();
    text.replace(['\n', '\r'], " ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Healthz,
    Home,
    Request,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Healthz => "healthz",
            Target::Home => "home",
            Target::Request => "request",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Target::Healthz => "GET /healthz",
            Target::Home => "mission home",
            Target::Request => "request page",
        }
    }

    /// Why `reply` is not what was asked for; `None` when it is.
    fn failure(self, reply: &Reply) -> Option<String> {
        if reply.status != 200 {
            return Some(format!(
                "{}: status {}: {}",
                self.label(),
                reply.status,
                snippet(&reply.body)
            ));
        }
        match self {
            Target::Healthz => (reply.body != b"ok")
                .then(|| format!("{}: body {:?}", self.label(), snippet(&reply.body))),
            Target::Home | Target::Request => {
                if !is_html(reply) {
                    Some(format!(
                        "{}: not a complete HTML page (Content-Type {:?}): {}",
                        self.label(),
                        reply.content_type,
                        snippet(&reply.body)
                    ))
                } else if !contains(&reply.body, TITLE.as_bytes()) {
                    Some(format!(
                        "{}: a page without a request's title: {}",
                        self.label(),
                        snippet(&reply.body)
                    ))
                } else {
                    None
                }
            }
        }
    }
}

/// Sends one request of `target` on the client's connection.
async fn fetch(client: &mut Client, target: Target, paths: &[String]) -> anyhow::Result<Reply> {
    let cookie = Some((COOKIE, client.session.as_str()));
    match target {
        Target::Healthz => client.connection.get_page("/healthz", None).await,
        Target::Home => client.connection.get_page("/requests", cookie).await,
        Target::Request => {
            let path = &paths[client.turn % paths.len()];
            client.turn += 1;
            client.connection.get_page(path, cookie).await
        }
    }
}

// ---------------------------------------------------------------- measuring

/// What one connection saw in one measurement.
#[derive(Debug, Default)]
struct Tally {
    /// Latencies of the counted requests, µs (open loop: from the scheduled send time).
    latencies_us: Vec<u64>,
    /// Open loop: from the actual send time (the server's and client's time alone).
    service_us: Vec<u64>,
    bytes: u64,
    errors: u64,
    first_error: Option<String>,
}

impl Tally {
    fn record(&mut self, target: Target, reply: &Reply, counted: Option<(Duration, Duration)>) {
        if let Some(failure) = target.failure(reply) {
            self.errors += 1;
            self.first_error.get_or_insert(failure);
            return;
        }
        if let Some((latency, service)) = counted {
            self.latencies_us.push(micros(latency));
            self.service_us.push(micros(service));
            self.bytes += reply.body.len() as u64;
        }
    }

    fn merge(&mut self, other: Tally) {
        self.latencies_us.extend(other.latencies_us);
        self.service_us.extend(other.service_us);
        self.bytes += other.bytes;
        self.errors += other.errors;
        if self.first_error.is_none() {
            self.first_error = other.first_error;
        }
    }
}

fn micros(duration: Duration) -> u64 {
    u64::try_from(duration.as_micros()).unwrap_or(u64::MAX)
}

/// The nearest-rank percentile `percent` of sorted values (0 when there are none).
fn percentile(sorted: &[u64], percent: usize) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = (sorted.len() * percent)
        .div_ceil(100)
        .clamp(1, sorted.len());
    sorted[rank - 1]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Every connection sends its next request as soon as the answer is in.
    Closed,
    /// Requests at a fixed total rate, on a schedule.
    Open(u32),
}

/// One measurement's result.
struct Outcome {
    target: Target,
    mode: Mode,
    tally: Tally,
    /// The measured window, until the last answer.
    elapsed: Duration,
    /// CPU time the server and this process used during the measured window.
    cpu: Cpu,
}

impl Outcome {
    fn pages(&self) -> u64 {
        self.tally.latencies_us.len() as u64
    }

    fn per_s(&self) -> u64 {
        u64::try_from(u128::from(self.pages()) * 1_000_000 / self.elapsed.as_micros().max(1))
            .unwrap_or(u64::MAX)
    }

    fn p(&self, percent: usize) -> u64 {
        percentile(&self.tally.latencies_us, percent)
    }

    fn max(&self) -> u64 {
        self.tally.latencies_us.last().copied().unwrap_or(0)
    }

    fn bytes_per_page(&self) -> u64 {
        self.tally.bytes / self.pages().max(1)
    }

    /// Server CPU time per page, µs.
    fn server_us_per_page(&self) -> Option<u64> {
        Some(self.cpu.server_us? / self.pages().max(1))
    }

    /// Client (this process) CPU time per page, µs.
    fn client_us_per_page(&self) -> Option<u64> {
        Some(self.cpu.client_us? / self.pages().max(1))
    }

    /// The server's CPU time over the window: how many cores it kept busy.
    fn server_cores(&self) -> Option<f64> {
        Some(ratio(self.cpu.server_us?, micros(self.cpu.window)))
    }
}

/// CPU time used by the server and by this process (the client) over a window.
#[derive(Debug, Default, Clone, Copy)]
struct Cpu {
    server_us: Option<u64>,
    client_us: Option<u64>,
    window: Duration,
}

/// A reading of both processes' CPU clocks.
#[derive(Debug, Clone, Copy)]
struct CpuMark {
    server_us: Option<u64>,
    client_us: Option<u64>,
    at: Instant,
}

impl CpuMark {
    fn now(server: u32) -> CpuMark {
        CpuMark {
            server_us: cpu_micros(&format!("/proc/{server}/stat")),
            client_us: cpu_micros("/proc/self/stat"),
            at: Instant::now(),
        }
    }

    fn since(self, start: CpuMark) -> Cpu {
        Cpu {
            server_us: self
                .server_us
                .zip(start.server_us)
                .map(|(b, a)| b.saturating_sub(a)),
            client_us: self
                .client_us
                .zip(start.client_us)
                .map(|(b, a)| b.saturating_sub(a)),
            window: self.at.saturating_duration_since(start.at),
        }
    }
}

/// The user + system CPU time of a process, µs, from its `/proc/PID/stat` (Linux; `None`
/// elsewhere). The file counts in USER_HZ ticks, 100 a second on every Linux ABI.
pub(super) fn cpu_micros(path: &str) -> Option<u64> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(stat_cpu_ticks(&text)? * 10_000)
}

/// utime + stime (fields 14 and 15) of a `/proc/PID/stat` line, in clock ticks. The command
/// name (field 2) is in parentheses and may hold spaces or parentheses: fields are counted
/// after its last `)`.
fn stat_cpu_ticks(stat: &str) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace();
    let user: u64 = fields.nth(11)?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(user + system)
}

/// The machine's load averages (1, 5 and 15 minutes) as `/proc/loadavg` gives them.
pub(super) fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

/// Closed loop: every connection sends `target` back to back for the warm-up, then for the
/// measured duration; requests sent during the measured window count.
async fn closed_loop(
    clients: Vec<Client>,
    target: Target,
    paths: &Arc<Vec<String>>,
    server: u32,
    warmup: Duration,
    duration: Duration,
) -> anyhow::Result<(Outcome, Vec<Client>)> {
    let measure_from = Instant::now() + warmup;
    let until = measure_from + duration;
    let mut tasks = tokio::task::JoinSet::new();
    for mut client in clients {
        let paths = Arc::clone(paths);
        tasks.spawn(async move {
            let mut tally = Tally::default();
            loop {
                let sent = Instant::now();
                if sent >= until {
                    break;
                }
                let reply = fetch(&mut client, target, &paths).await?;
                let elapsed = sent.elapsed();
                tally.record(
                    target,
                    &reply,
                    (sent >= measure_from).then_some((elapsed, elapsed)),
                );
            }
            anyhow::Ok((client, tally))
        });
    }
    tokio::time::sleep_until(measure_from).await;
    let start = CpuMark::now(server);
    let (clients, tally) = gather(tasks).await?;
    let cpu = CpuMark::now(server).since(start);
    let elapsed = Instant::now().saturating_duration_since(measure_from);
    Ok((
        Outcome {
            target,
            mode: Mode::Closed,
            tally,
            elapsed,
            cpu,
        },
        clients,
    ))
}

/// Open loop: request k of the whole run is due at start + k / rate; connection i sends
/// requests i, i + N, i + 2N, … (so each connection one every N / rate seconds), each as soon
/// as it is due and the connection is free. Latency counts from the due time.
async fn open_loop(
    clients: Vec<Client>,
    target: Target,
    paths: &Arc<Vec<String>>,
    server: u32,
    rate: u32,
    warmup: Duration,
    duration: Duration,
) -> anyhow::Result<(Outcome, Vec<Client>)> {
    let connections = clients.len() as u64;
    let start = Instant::now() + Duration::from_millis(10);
    let total = warmup + duration;
    let mut tasks = tokio::task::JoinSet::new();
    for (index, mut client) in clients.into_iter().enumerate() {
        let paths = Arc::clone(paths);
        tasks.spawn(async move {
            let mut tally = Tally::default();
            let mut k = index as u64;
            loop {
                let offset = Duration::from_nanos(k * 1_000_000_000 / u64::from(rate));
                if offset >= total {
                    break;
                }
                let due = start + offset;
                tokio::time::sleep_until(due).await;
                let sent = Instant::now();
                let reply = fetch(&mut client, target, &paths).await?;
                let done = Instant::now();
                tally.record(
                    target,
                    &reply,
                    (offset >= warmup).then(|| (done - due, done - sent)),
                );
                k += connections;
            }
            anyhow::Ok((client, tally))
        });
    }
    tokio::time::sleep_until(start + warmup).await;
    let mark = CpuMark::now(server);
    let (clients, tally) = gather(tasks).await?;
    let cpu = CpuMark::now(server).since(mark);
    // Pages per second answered: the window, or longer when the last answers came late.
    let elapsed = duration.max(Instant::now().saturating_duration_since(start + warmup));
    Ok((
        Outcome {
            target,
            mode: Mode::Open(rate),
            tally,
            elapsed,
            cpu,
        },
        clients,
    ))
}

async fn gather(
    mut tasks: tokio::task::JoinSet<anyhow::Result<(Client, Tally)>>,
) -> anyhow::Result<(Vec<Client>, Tally)> {
    let mut clients = Vec::new();
    let mut total = Tally::default();
    while let Some(result) = tasks.join_next().await {
        let (client, tally) = result??;
        clients.push(client);
        total.merge(tally);
    }
    total.latencies_us.sort_unstable();
    total.service_us.sort_unstable();
    Ok((clients, total))
}

// ---------------------------------------------------------------- the run

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

/// Runs the web pages benchmark.
pub(crate) fn run(options: &WebBench) -> anyhow::Result<()> {
    let server = start_server(options.postgres.as_deref())?;
    let store = if options.postgres.is_some() {
        "postgres"
    } else {
        "sled"
    };
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let server_pid = server.child.id();
    let load = load_average();
    eprintln!(
        "bench web: server pid {server_pid} on http://{}; seeding {} requests of {MISSION} …",
        server.address, options.requests
    );
    let warmup = Duration::from_secs(options.warmup_seconds.into());
    let duration = Duration::from_secs(options.seconds.into());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let (seeded, results) = runtime.block_on(async {
        let seeded = seed(&server.address, &server.tokens, options.requests).await?;
        let paths: Arc<Vec<String>> = Arc::new(
            seeded
                .ids
                .iter()
                .map(|id| format!("/requests/{id}"))
                .collect(),
        );
        let token = server.tokens["missions"][MISSION]
            .as_str()
            .context("no mission token")?;
        let mut clients = Vec::new();
        for index in 0..usize::try_from(options.connections)? {
            let mut client = sign_in(&server.address, token, index).await?;
            // Each session sees its pages once before anything is measured.
            for target in [Target::Home, Target::Request] {
                let reply = fetch(&mut client, target, &paths).await?;
                if let Some(failure) = target.failure(&reply) {
                    bail!("a signed-in session does not get its pages: {failure}");
                }
            }
            clients.push(client);
        }
        eprintln!(
            "bench web: {} sessions signed in; measuring ({} s warm-up + {} s each) …",
            clients.len(),
            options.warmup_seconds,
            options.seconds
        );
        let mut results = Vec::new();
        for target in [Target::Healthz, Target::Home, Target::Request] {
            let (outcome, back) =
                closed_loop(clients, target, &paths, server_pid, warmup, duration).await?;
            clients = back;
            results.push(outcome);
        }
        for target in [Target::Home, Target::Request] {
            let (outcome, back) = open_loop(
                clients,
                target,
                &paths,
                server_pid,
                options.rate,
                warmup,
                duration,
            )
            .await?;
            clients = back;
            results.push(outcome);
        }
        anyhow::Ok((seeded, results))
    })?;
    drop(server);

    let healthz = results[0].per_s();
    let mut out = std::io::stdout().lock();
    if options.json {
        for outcome in &results {
            let mut line = json!({
                "bench": "web",
                "page": outcome.target.name(),
                "backend": store,
                "connections": options.connections,
                "sessions": options.connections,
                "seconds": options.seconds,
                "warmup_seconds": options.warmup_seconds,
                "p50_us": outcome.p(50),
                "p99_us": outcome.p(99),
                "max_us": outcome.max(),
                "errors": outcome.tally.errors,
                "cores": cores,
                "client_shares_cores": true,
                "load_average": load,
                "server_cores": outcome.server_cores(),
                "server_cpu_us_per_request": outcome.server_us_per_page(),
                "client_cpu_us_per_request": outcome.client_us_per_page(),
            });
            let fields = line.as_object_mut().context("an object")?;
            match (outcome.target, outcome.mode) {
                (Target::Healthz, _) => {
                    fields.insert("mode".into(), json!("closed_loop"));
                    fields.insert("requests_per_s".into(), json!(outcome.per_s()));
                }
                (_, Mode::Closed) => {
                    fields.insert("mode".into(), json!("closed_loop"));
                    fields.insert("pages_per_s".into(), json!(outcome.per_s()));
                    fields.insert("bytes_per_page".into(), json!(outcome.bytes_per_page()));
                    fields.insert("healthz_per_s".into(), json!(healthz));
                    fields.insert(
                        "ratio_vs_healthz".into(),
                        json!(ratio(outcome.per_s(), healthz)),
                    );
                    fields.insert("target_pages_per_s".into(), json!(TARGET_PAGES_PER_S));
                    fields.insert("met".into(), json!(outcome.per_s() >= TARGET_PAGES_PER_S));
                }
                (_, Mode::Open(rate)) => {
                    fields.insert("mode".into(), json!("open_loop"));
                    fields.insert("rate".into(), json!(rate));
                    fields.insert("pages_per_s".into(), json!(outcome.per_s()));
                    fields.insert(
                        "p99_service_us".into(),
                        json!(percentile(&outcome.tally.service_us, 99)),
                    );
                    fields.insert("target_p99_us".into(), json!(TARGET_P99_US_AT_RATE));
                    fields.insert("met".into(), json!(outcome.p(99) <= TARGET_P99_US_AT_RATE));
                }
            }
            writeln!(out, "{line}")?;
        }
    } else {
        writeln!(
            out,
            "web benchmark: {} keep-alive connections over loopback HTTP/1.1, one signed-in session \
             each (mission {MISSION}); {} s warm-up + {} s per measurement; store {store}",
            options.connections, options.warmup_seconds, options.seconds
        )?;
        writeln!(
            out,
            "the client runs in this process on the same {cores} cores as the server (a child \
             `convene serve`): its CPU time is taken from the server's; load average at start: {load}"
        )?;
        writeln!(
            out,
            "mission {MISSION}: {} requests ({} drafts, {} submitted, {} approved), {} lines \
             ({} confirmed), {} guests; page sizes: mission home {} bytes, request page {} bytes",
            seeded.ids.len(),
            seeded.drafts,
            seeded.submitted,
            seeded.approved,
            seeded.lines,
            seeded.confirmed,
            seeded.guests,
            results[1].bytes_per_page(),
            results[2].bytes_per_page()
        )?;
        writeln!(
            out,
            "{:<14} {:<18} {:>8} {:>7} {:>7} {:>7} {:>6} {:>9} {:>9} {:>9} {:>9}",
            "page",
            "load",
            "pages/s",
            "p50 µs",
            "p99 µs",
            "max µs",
            "errors",
            "÷ healthz",
            "srv cores",
            "srv µs/pg",
            "cli µs/pg"
        )?;
        for outcome in &results {
            let offered = match outcome.mode {
                Mode::Closed => format!("{} conns, closed", options.connections),
                Mode::Open(rate) => format!("{rate}/s, open loop"),
            };
            let versus = match (outcome.target, outcome.mode) {
                (Target::Healthz, _) | (_, Mode::Open(_)) => String::new(),
                (_, Mode::Closed) => format!("{:.3}", ratio(outcome.per_s(), healthz)),
            };
            let optional = |value: Option<u64>| value.map(|v| v.to_string()).unwrap_or_default();
            writeln!(
                out,
                "{:<14} {:<18} {:>8} {:>7} {:>7} {:>7} {:>6} {:>9} {:>9} {:>9} {:>9}",
                outcome.target.label(),
                offered,
                outcome.per_s(),
                outcome.p(50),
                outcome.p(99),
                outcome.max(),
                outcome.tally.errors,
                versus,
                outcome
                    .server_cores()
                    .map(|cores| format!("{cores:.2}"))
                    .unwrap_or_default(),
                optional(outcome.server_us_per_page()),
                optional(outcome.client_us_per_page())
            )?;
        }
        writeln!(
            out,
            "open loop: latency from each request's scheduled send time (tokio's 1 ms timer \
             included); from the actual send: p50/p99 {}/{} µs (home), {}/{} µs (request)",
            percentile(&results[3].tally.service_us, 50),
            percentile(&results[3].tally.service_us, 99),
            percentile(&results[4].tally.service_us, 50),
            percentile(&results[4].tally.service_us, 99)
        )?;
        writeln!(
            out,
            "srv cores: the server's CPU time ÷ the window; srv/cli µs/pg: CPU time per request \
             of the server and of this client"
        )?;
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
        writeln!(out, "targets (QUALITY.md):")?;
        for outcome in &results[1..3] {
            writeln!(
                out,
                "  {} ≥ {TARGET_PAGES_PER_S} pages/s with {} connections: {} ({}/s, {:.2} × the target)",
                outcome.target.label(),
                options.connections,
                verdict(outcome.per_s() >= TARGET_PAGES_PER_S),
                outcome.per_s(),
                ratio(outcome.per_s(), TARGET_PAGES_PER_S)
            )?;
        }
        for outcome in &results[3..5] {
            writeln!(
                out,
                "  {} p99 ≤ {TARGET_P99_US_AT_RATE} µs at {}/s: {} ({} µs, {:.2} × the limit)",
                outcome.target.label(),
                options.rate,
                verdict(outcome.p(99) <= TARGET_P99_US_AT_RATE),
                outcome.p(99),
                ratio(outcome.p(99), TARGET_P99_US_AT_RATE)
            )?;
        }
    }
    out.flush()?;
    let errors: u64 = results.iter().map(|outcome| outcome.tally.errors).sum();
    if errors > 0 {
        let first = results
            .iter()
            .find_map(|outcome| outcome.tally.first_error.clone())
            .unwrap_or_default();
        bail!("{errors} requests did not get their page; the first: {first}");
    }
    if results.iter().any(|outcome| outcome.pages() == 0) {
        bail!("a measurement completed no request");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let values: Vec<u64> = (1..=200).collect();
        assert_eq!(percentile(&values, 50), 100);
        assert_eq!(percentile(&values, 99), 198);
        assert_eq!(percentile(&values, 100), 200);
        assert_eq!(percentile(&values, 0), 1);
        assert_eq!(percentile(&[7], 99), 7);
        assert_eq!(percentile(&[], 99), 0);
    }

    #[test]
    fn reads_cpu_ticks_from_proc_stat() {
        let stat = "4242 (tokio (rt) x) S 1 4242 4242 0 -1 4194560 2837 0 0 0 1234 567 0 0 20 0 \
                    9 0 5510 1003520000 10394 18446744073709551615";
        assert_eq!(stat_cpu_ticks(stat), Some(1234 + 567));
        assert_eq!(stat_cpu_ticks("garbage"), None);
        assert!(cpu_micros("/proc/self/stat").is_some() || !cfg!(target_os = "linux"));
    }

    #[test]
    fn finds_the_csrf_field_and_encodes_form_values() {
        let page = br#"<form method="post"><input type="hidden" name="csrf" value="ab12"><input name="token"></form>"#;
        assert_eq!(csrf_of(page).as_deref(), Some("ab12"));
        assert_eq!(csrf_of(b"<p>no form</p>"), None);
        assert_eq!(form_encode("missions.FRA-x_1~"), "missions.FRA-x_1~");
        assert_eq!(form_encode("a b&c=d/é"), "a+b%26c%3Dd%2F%C3%A9");
    }

    #[test]
    fn a_page_is_complete_html_with_a_request_title() {
        let reply = |status, kind: &str, body: &str| Reply {
            status,
            content_type: kind.to_string(),
            set_cookies: Vec::new(),
            body: body.as_bytes().to_vec(),
        };
        let page = format!("<!doctype html>\n<html><h1>{TITLE} 01</h1></html>\n");
        let kind = "text/html; charset=utf-8";
        assert_eq!(Target::Request.failure(&reply(200, kind, &page)), None);
        assert!(Target::Home.failure(&reply(303, kind, &page)).is_some());
        assert!(
            Target::Home
                .failure(&reply(200, "application/json", &page))
                .is_some()
        );
        let cut = &page[..page.len() - 10];
        assert!(
            Target::Home.failure(&reply(200, kind, cut)).is_some(),
            "truncated"
        );
        let other = "<!DOCTYPE html><html><h1>Sign in</h1></html>";
        assert!(
            Target::Home.failure(&reply(200, kind, other)).is_some(),
            "another page"
        );
        assert_eq!(
            Target::Healthz.failure(&reply(200, "text/plain", "ok")),
            None
        );
        assert!(contains(b"xxWeb bench", b"Web bench"));
        assert!(!contains(b"Web benc", b"Web bench"));
        assert!(contains(b"anything", b""));
    }
}
