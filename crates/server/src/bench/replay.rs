//! `convene bench replay`: builds a log of N realistic events (requests with their lines,
//! room reservations), then measures (a) a full rebuild of every read model, (b) the
//! server's cold start on that log until `/readyz` answers 200, and (c) its resident memory.

use anyhow::{Context, bail};
use serde_json::json;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use convene_app::{Principal, SystemClock};
use convene_domain::access::Role;
use convene_domain::item::{PricedItem, PricingBasis};
use convene_domain::request::{EventRequestEvent, RequestReference};
use convene_domain::schedule::{RoomScheduleEvent, schedule_keys};
use convene_domain::values::{
    Attendance, Contact, Description, Email, Name, Note, Phone, Quantity, Title,
};
use convene_domain::{
    Currency, EventRequestId, ItemCode, MissionCode, Money, RoomCode, ServiceLineId, TimeSlot,
    UnitCode,
};
use convene_store::append::{AppendRequest, StreamAppend};
use convene_store::codec::encode;
use convene_store::envelope::{ExpectedVersion, Metadata};
use convene_store::streams;

use super::http::Connection;
use crate::cli::Location;
use crate::cli::ReplayBench;
use crate::data::open_app;

/// Events per request in the generated log: created, 4 lines requested, submitted,
/// approved, 4 lines confirmed, held, and the room reservation.
const EVENTS_PER_REQUEST: u64 = 13;
/// Concurrent writers while building the log.
const BUILD_WRITERS: u64 = 64;
/// QUALITY.md: rebuild at least this many events per second.
const TARGET_REBUILD_PER_S: u64 = 1_000_000;
/// QUALITY.md: resident memory at most this many MiB with 1,000,000 events.
const TARGET_RSS_MIB: u64 = 200;
/// QUALITY.md: ready within this long with 1,000,000 events.
const TARGET_COLD_START: Duration = Duration::from_secs(1);

fn uuid(kind: u64, n: u64) -> uuid::Uuid {
    // Version 7 layout: time-ordered by n, with the kind in the random bits.
    uuid::Uuid::from_u128(
        (0x0190_0000_0000_7000_8000_0000_0000_0000_u128 | (u128::from(n) << 80)) | u128::from(kind),
    )
}

fn request_events(
    n: u64,
) -> anyhow::Result<(
    EventRequestId,
    Vec<EventRequestEvent>,
    RoomScheduleEvent,
    RoomCode,
)> {
    let id = EventRequestId::new(uuid(1, n)).map_err(|error| anyhow::anyhow!("{error}"))?;
    let missions = [
        "FRA", "KEN", "BRA", "JPN", "IND", "NOR", "EGY", "MEX", "CAN", "ZAF",
    ];
    let mission = MissionCode::parse(missions[usize::try_from(n % 10)?])
        .map_err(|error| anyhow::anyhow!("{error}"))?;
    // One event per room, hour and weekday, spread over the years from 2027 on.
    let room_number = n % 12 + 1;
    let hour = 8 + (n / 12) % 12;
    let day = n / 144;
    let start_day = jiff::civil::date(2027, 1, 4)
        .checked_add(jiff::Span::new().days(i64::try_from(day / 5 * 7 + day % 5)?))?;
    let start = start_day
        .at(i8::try_from(hour)?, 0, 0, 0)
        .to_zoned(convene_domain::time::venue_tz().clone())?
        .timestamp();
    let slot = TimeSlot::new(start, start + jiff::SignedDuration::from_mins(60))
        .map_err(|error| anyhow::anyhow!("{error}"))?;
    let at = start - jiff::SignedDuration::from_hours(24 * 30);
    let room =
        RoomCode::parse(&format!("CR{room_number}")).map_err(|error| anyhow::anyhow!("{error}"))?;
    let usd = |amount: &str| {
        Money::parse(amount, Currency::USD).map_err(|error| anyhow::anyhow!("{error}"))
    };
    let items = [
        ("CAT-COFFEE", "CATERING", "8.50"),
        ("SEC-GUARD", "SECURITY", "65.00"),
        ("AV-MIC", "AV", "35.00"),
        ("WEB-STREAM", "WEBCAST", "450.00"),
    ];
    let mut events = vec![EventRequestEvent::EventRequestCreated {
        id,
        reference: RequestReference::new(2027, u32::try_from(n % 999_999 + 1)?).map_err(|error| anyhow::anyhow!("{error}"))?,
        mission,
        title: Title::parse(&format!("Side event {n}: financing for development and climate resilience in small island states"))
            .map_err(|error| anyhow::anyhow!("{error}"))?,
        description: Description::parse("A panel of ministers and experts followed by questions from delegations and civil society.")
            .map_err(|error| anyhow::anyhow!("{error}"))?,
        slot,
        attendance: Attendance::new(40).map_err(|error| anyhow::anyhow!("{error}"))?,
        preferred_room: Some(room.clone()),
        created_at: at,
    }];
    let mut lines = Vec::new();
    for (index, (code, unit, price)) in items.iter().enumerate() {
        let line = ServiceLineId::new(uuid(2 + u64::try_from(index)?, n))
            .map_err(|error| anyhow::anyhow!("{error}"))?;
        lines.push((line, *price));
        events.push(EventRequestEvent::ServiceLineRequested {
            line,
            item: PricedItem {
                code: ItemCode::parse(code).map_err(|error| anyhow::anyhow!("{error}"))?,
                unit: UnitCode::parse(unit).map_err(|error| anyhow::anyhow!("{error}"))?,
                pricing: PricingBasis::PerEvent,
                lead_time_days: 3,
                rate_version: 1,
                unit_price: usd(price)?,
            },
            quantity: Quantity::parse("2").map_err(|error| anyhow::anyhow!("{error}"))?,
            note: Note::parse("").map_err(|error| anyhow::anyhow!("{error}"))?,
            requested_at: at,
        });
    }
    events.push(EventRequestEvent::EventRequestSubmitted {
        focal_point: Contact {
            name: Name::parse("Ana Lima").map_err(|error| anyhow::anyhow!("{error}"))?,
            email: Email::parse("ana.lima@un.org").map_err(|error| anyhow::anyhow!("{error}"))?,
            phone: Phone::parse("+1 212 963 1234").map_err(|error| anyhow::anyhow!("{error}"))?,
        },
        submitted_at: at,
    });
    events.push(EventRequestEvent::EventRequestApproved {
        room: room.clone(),
        approved_at: at,
    });
    for (line, price) in lines {
        events.push(EventRequestEvent::ServiceLineConfirmed {
            line,
            rate_version: 1,
            unit_price: usd(price)?,
            quoted: false,
            note: Note::parse("").map_err(|error| anyhow::anyhow!("{error}"))?,
            confirmed_at: at,
        });
    }
    events.push(EventRequestEvent::EventRequestHeld {
        held_at: slot.end(),
    });
    let key = schedule_keys(&room, &slot).remove(0);
    let reserved = RoomScheduleEvent::RoomReserved {
        room: room.clone(),
        date: key.date,
        request: id,
        slot,
        occupancy: slot.occupancy(),
    };
    Ok((id, events, reserved, room))
}

async fn build_log(location: &Location, events: u64) -> anyhow::Result<()> {
    let (backend, app) = open_app(location, Arc::new(SystemClock), false).await?;
    let store = backend.store();
    let admin = Principal::new(Role::Admin);
    convene_app::demo::seed(&app, &admin)
        .await
        .map_err(|error| anyhow::anyhow!("cannot seed: {error}"))?;
    let requests = events.saturating_sub(store.head()) / EVENTS_PER_REQUEST;
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for writer in 0..BUILD_WRITERS {
        let store = store.clone();
        tasks.spawn(async move {
            let mut n = writer;
            while n < requests {
                let (id, request_events, reserved, room) = request_events(n)?;
                let TimeSlotKey(key) = TimeSlotKey::of(&reserved, &room)?;
                let encoded = request_events
                    .iter()
                    .map(encode)
                    .collect::<Result<Vec<_>, _>>()?;
                let request = AppendRequest {
                    streams: vec![
                        StreamAppend {
                            stream: streams::request(id),
                            expected: ExpectedVersion::NoStream,
                            events: encoded,
                        },
                        StreamAppend {
                            stream: streams::schedule(&key),
                            expected: ExpectedVersion::Any,
                            events: vec![encode(&reserved)?],
                        },
                    ],
                    metadata: Metadata {
                        actor: "bench".into(),
                        recorded_at: jiff::Timestamp::now(),
                        correlation_id: None,
                        causation_id: None,
                        idempotency_key: None,
                    },
                    fingerprint: None,
                };
                store.append(request).await?;
                n += BUILD_WRITERS;
            }
            anyhow::Ok(())
        });
    }
    while let Some(result) = tasks.join_next().await {
        result.context("a writer task failed")??;
    }
    let head = store.head();
    eprintln!("built a log of {head} events in {:.1?}", started.elapsed());
    app.close().await;
    drop(app);
    backend.close();
    Ok(())
}

struct TimeSlotKey(convene_domain::schedule::ScheduleKey);

impl TimeSlotKey {
    fn of(reserved: &RoomScheduleEvent, room: &RoomCode) -> anyhow::Result<TimeSlotKey> {
        match reserved {
            RoomScheduleEvent::RoomReserved { date, .. } => {
                Ok(TimeSlotKey(convene_domain::schedule::ScheduleKey {
                    room: room.clone(),
                    date: *date,
                }))
            }
            RoomScheduleEvent::RoomReleased { .. } => bail!("a reservation was expected"),
        }
    }
}

fn rss_mib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .context("cannot read the server's memory")?;
    let kib: u64 = status
        .lines()
        .find_map(|line| {
            line.strip_prefix("VmRSS:")
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|kib| kib.parse().ok())
        })
        .context("no VmRSS line")?;
    Ok(kib / 1024)
}

/// Starts `convene serve` on the log and waits for `/readyz`: time to ready and memory.
async fn cold_start(location: &Location) -> anyhow::Result<(Duration, u64, u64)> {
    let started = Instant::now();
    let mut command = Command::new(std::env::current_exe()?);
    command
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(&location.data_dir);
    if let Some(store) = &location.store {
        command.arg("--store").arg(store);
    }
    let mut child = command
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start the server")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let first = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).map(|_| line)
    })
    .await??;
    let address = first
        .trim()
        .strip_prefix("listening on http://")
        .context("no listening line")?
        .to_string();
    let mut connection = Connection::open(&address).await?;
    let ready = loop {
        let (status, _) = connection.get("/readyz").await?;
        if status == 200 {
            break started.elapsed();
        }
        if started.elapsed() > Duration::from_secs(120) {
            bail!("the server was not ready within 120 s");
        }
        // Polling the probe is the measurement itself; 5 ms bounds its resolution.
        tokio::time::sleep(Duration::from_millis(5)).await;
    };
    let rss_ready = rss_mib(child.id())?;
    // Some reads so the figure includes a working server, not just an idle one.
    for _ in 0..200 {
        connection.get("/metrics").await?;
    }
    let rss_after = rss_mib(child.id())?;
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let _ = child.wait();
    Ok((ready, rss_ready, rss_after))
}

/// Runs the replay benchmark.
pub(crate) fn run(options: &ReplayBench) -> anyhow::Result<()> {
    let temporary;
    let base: PathBuf = match &options.dir {
        Some(dir) => dir.clone(),
        None => {
            temporary = tempfile::Builder::new()
                .prefix("convene-replay-")
                .tempdir()?;
            temporary.path().to_path_buf()
        }
    };
    let data_dir = base.join("data");
    let location = Location {
        data_dir: data_dir.clone(),
        store: options.store.clone(),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        if !options.reuse {
            if data_dir.exists() {
                bail!("{} already holds data; pass --reuse to use it", data_dir.display());
            }
            build_log(&location, options.events).await?;
        }
        let (store, app) = open_app(&location, Arc::new(SystemClock), false).await?;
        let events = store.head();
        let started = Instant::now();
        let replayed = app.projections().rebuild(&[]).await?;
        let elapsed = started.elapsed();
        app.close().await;
        drop(app);
        store.close();
        drop(store);
        let per_s = u64::try_from(u128::from(replayed) * 1_000_000 / elapsed.as_micros().max(1)).unwrap_or(u64::MAX);
        let (ready, rss_ready, rss_after) = cold_start(&location).await?;
        let mut out = std::io::stdout().lock();
        if options.json {
            writeln!(out, "{}", json!({"bench": "replay", "measurement": "rebuild", "events": replayed, "seconds": elapsed.as_secs_f64(), "events_per_s": per_s}))?;
            writeln!(out, "{}", json!({"bench": "replay", "measurement": "cold_start", "events": events, "ready_ms": ready.as_millis(), "rss_mib_ready": rss_ready, "rss_mib_after_queries": rss_after}))?;
        } else {
            match &location.store {
                Some(url) => writeln!(out, "replay benchmark on a log of {events} events in {} (read models in {})", convene_postgres::redact(url), data_dir.display())?,
                None => writeln!(out, "replay benchmark on a log of {events} events in {}", data_dir.display())?,
            }
            writeln!(out, "rebuild of every read model: {replayed} events in {elapsed:.2?} = {per_s} events/s (target ≥ {TARGET_REBUILD_PER_S}): {}", met(per_s >= TARGET_REBUILD_PER_S))?;
            writeln!(out, "cold start to /readyz 200: {ready:.2?} (target ≤ {TARGET_COLD_START:?}): {}", met(ready <= TARGET_COLD_START))?;
            writeln!(out, "server memory (RSS): {rss_ready} MiB when ready, {rss_after} MiB after 200 requests (target ≤ {TARGET_RSS_MIB} MiB): {}", met(rss_after <= TARGET_RSS_MIB))?;
        }
        Ok(())
    })
}

fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "MISSED" }
}
