//! `convene bench api --mix`: a mission day as the API sees it. Each connection plays one
//! mission's desk, over and over: create a request, add three service lines, read the
//! request twice, submit it, and have the focal point approve it in a room and slot nobody
//! else was given (so every approval can succeed). Every operation's latency is kept; the
//! report gives operations per second and p50/p99 per operation, and any failure is an
//! error of the run.

use anyhow::{Context, bail};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use super::api::{MISSIONS, start_server};
use super::http::Connection;
use crate::cli::ApiBench;

/// The operations of the mix, in the order a cycle runs them.
const OPERATIONS: [&str; 5] = ["create", "line", "query", "submit", "approve"];
/// The slots of a day in one room: an hour each, far enough apart for the half-hour
/// buffers around a booking.
const SLOTS: [(&str, &str); 3] = [("10:00", "11:00"), ("13:00", "14:00"), ("16:00", "17:00")];
const ROOMS: u32 = 10;
/// [`SLOTS`]'s length.
const SLOTS_PER_DAY: u32 = 3;

/// The `n`-th free (day, room, slot): weekdays from 13 April 2026 (more than ten days after
/// the server's clock), ten rooms, three slots a day.
fn slot(n: u32) -> anyhow::Result<(String, String, String, String)> {
    let per_day = ROOMS * SLOTS_PER_DAY;
    let weekday = n / per_day;
    let room = format!("CR{}", n % ROOMS + 1);
    let (from, to) = SLOTS[usize::try_from(n / ROOMS % SLOTS_PER_DAY)?];
    let weeks = i64::from(weekday / 5);
    let day = jiff::civil::date(2026, 4, 13)
        .checked_add(jiff::Span::new().days(weeks * 7 + i64::from(weekday % 5)))?;
    Ok((day.to_string(), room, from.to_string(), to.to_string()))
}

struct Desk {
    connection: Connection,
    mission_token: String,
    focal_token: String,
    latencies: BTreeMap<&'static str, Vec<u64>>,
    failures: Vec<String>,
}

impl Desk {
    /// Sends one operation; records its latency, or why it failed. Returns the response.
    async fn send(
        &mut self,
        operation: &'static str,
        focal: bool,
        body: Value,
    ) -> anyhow::Result<Option<Value>> {
        let token = if focal {
            &self.focal_token
        } else {
            &self.mission_token
        };
        let started = Instant::now();
        let (status, text) = self.connection.graphql(token, &body.to_string()).await?;
        let elapsed = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        let response: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let payload = response["data"]
            .as_object()
            .and_then(|data| data.values().next())
            .cloned()
            .unwrap_or(Value::Null);
        let user_errors = payload.get("userErrors");
        if status == 200
            && response.get("errors").is_none()
            && !payload.is_null()
            && user_errors.is_none_or(|errors| errors == &json!([]))
        {
            self.latencies.entry(operation).or_default().push(elapsed);
            Ok(Some(payload))
        } else {
            self.failures
                .push(format!("{operation}: status {status}: {text}"));
            Ok(None)
        }
    }

    /// One request's life; stops early (the failure is recorded) if a step fails.
    async fn cycle(&mut self, n: u32) -> anyhow::Result<()> {
        let (day, room, from, to) = slot(n)?;
        let Some(created) = self
            .send(
                "create",
                false,
                json!({
                    "query": "mutation($input: EventRequestCreateInput!) { eventRequestCreate(input: $input) { eventRequest { id } userErrors { code message } } }",
                    "variables": { "input": {
                        "title": format!("Mix side event {n}"),
                        "start": format!("{day}T{from}:00-04:00"),
                        "end": format!("{day}T{to}:00-04:00"),
                        "expectedAttendance": 20,
                    }}
                }),
            )
            .await?
        else {
            return Ok(());
        };
        let id = created["eventRequest"]["id"]
            .as_str()
            .context("a created request has an id")?
            .to_string();
        for item in ["CAT-COFFEE", "CAT-COFFEE", "CAT-COFFEE"] {
            let line = self
                .send(
                    "line",
                    false,
                    json!({
                        "query": "mutation($input: ServiceLineAddInput!) { serviceLineAdd(input: $input) { serviceLine { id } userErrors { code message } } }",
                        "variables": { "input": { "eventRequestId": id, "itemCode": item, "quantity": "20" } }
                    }),
                )
                .await?;
            if line.is_none() {
                return Ok(());
            }
        }
        for _ in 0..2 {
            self.send(
                "query",
                false,
                json!({
                    "query": "query($id: ID!) { eventRequest(id: $id) { id reference status version title } }",
                    "variables": { "id": id }
                }),
            )
            .await?;
        }
        let submitted = self
            .send(
                "submit",
                false,
                json!({
                    "query": "mutation($input: EventRequestRefInput!) { eventRequestSubmit(input: $input) { eventRequest { id status } userErrors { code message } } }",
                    "variables": { "input": { "eventRequestId": id } }
                }),
            )
            .await?;
        if submitted.is_none() {
            return Ok(());
        }
        self.send(
            "approve",
            true,
            json!({
                "query": "mutation($input: EventRequestApproveInput!) { eventRequestApprove(input: $input) { eventRequest { id status } userErrors { code message } } }",
                "variables": { "input": { "eventRequestId": id, "roomCode": room } }
            }),
        )
        .await?;
        Ok(())
    }
}

fn percentile(sorted: &[u64], p: usize) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    sorted[(sorted.len() * p).div_ceil(100).max(1) - 1]
}

/// Runs the mix.
pub(crate) fn run(options: &ApiBench) -> anyhow::Result<()> {
    let server = start_server(options.postgres.as_deref())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let next_slot = Arc::new(AtomicU32::new(0));
    let (latencies, failures, elapsed) = runtime.block_on(async {
        let mut desks = Vec::new();
        for index in 0..options.connections {
            let mission = MISSIONS[usize::try_from(index)? % MISSIONS.len()];
            desks.push(Desk {
                connection: Connection::open(&server.address).await?,
                mission_token: server.tokens["missions"][mission]
                    .as_str()
                    .context("no mission token")?
                    .to_string(),
                focal_token: server.tokens["focalPoint"]
                    .as_str()
                    .context("no focal point token")?
                    .to_string(),
                latencies: BTreeMap::new(),
                failures: Vec::new(),
            });
        }
        let started = Instant::now();
        let deadline = started + Duration::from_secs(options.seconds.into());
        let mut tasks = tokio::task::JoinSet::new();
        for mut desk in desks {
            let next_slot = next_slot.clone();
            tasks.spawn(async move {
                while Instant::now() < deadline {
                    let n = next_slot.fetch_add(1, Ordering::Relaxed);
                    desk.cycle(n).await?;
                }
                anyhow::Ok(desk)
            });
        }
        let mut latencies: BTreeMap<&'static str, Vec<u64>> = BTreeMap::new();
        let mut failures = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            let desk = joined??;
            for (operation, mut values) in desk.latencies {
                latencies.entry(operation).or_default().append(&mut values);
            }
            failures.extend(desk.failures);
        }
        let elapsed = started.elapsed();
        for values in latencies.values_mut() {
            values.sort_unstable();
        }
        anyhow::Ok((latencies, failures, elapsed))
    })?;
    let backend = if options.postgres.is_some() {
        "postgres"
    } else {
        "sled"
    };
    let mut out = std::io::stdout().lock();
    if !options.json {
        writeln!(
            out,
            "api mix benchmark: {} connections, {} s, over loopback HTTP, store {backend}; each cycle: create, 3 lines, 2 queries, submit, approve",
            options.connections, options.seconds
        )?;
        writeln!(
            out,
            "{:<10} {:>10} {:>10} {:>9} {:>9}",
            "operation", "ok", "ok/s", "p50 µs", "p99 µs"
        )?;
    }
    let micros = elapsed.as_micros().max(1);
    let mut total = 0u64;
    for operation in OPERATIONS {
        let values = latencies.get(operation).map_or(&[][..], Vec::as_slice);
        let ok = values.len() as u64;
        total += ok;
        let per_s = u64::try_from(u128::from(ok) * 1_000_000 / micros).unwrap_or(u64::MAX);
        if options.json {
            writeln!(
                out,
                "{}",
                json!({"bench": "api_mix", "backend": backend, "operation": operation,
                       "connections": options.connections, "ok": ok, "ops_per_s": per_s,
                       "p50_us": percentile(values, 50), "p99_us": percentile(values, 99)})
            )?;
        } else {
            writeln!(
                out,
                "{operation:<10} {ok:>10} {per_s:>10} {:>9} {:>9}",
                percentile(values, 50),
                percentile(values, 99)
            )?;
        }
    }
    let per_s = u64::try_from(u128::from(total) * 1_000_000 / micros).unwrap_or(u64::MAX);
    if options.json {
        writeln!(
            out,
            "{}",
            json!({"bench": "api_mix", "backend": backend, "operation": "all", "ok": total,
                   "ops_per_s": per_s, "errors": failures.len()})
        )?;
    } else {
        writeln!(out, "{:<10} {total:>10} {per_s:>10}", "all")?;
        writeln!(out, "errors: {}", failures.len())?;
    }
    if let Some(first) = failures.first() {
        bail!("{} operations failed; the first: {first}", failures.len());
    }
    if total == 0 {
        bail!("no operation succeeded");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::slot;
    use std::collections::BTreeSet;

    #[test]
    fn every_cycle_gets_its_own_weekday_room_and_slot() {
        let slots: Vec<_> = (0..3_000).map(|n| slot(n).expect("a slot")).collect();
        let unique: BTreeSet<_> = slots.iter().collect();
        assert_eq!(unique.len(), slots.len());
        for (day, _, _, _) in &slots {
            let date: jiff::civil::Date = day.parse().expect("a date");
            assert!(
                !matches!(
                    date.weekday(),
                    jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
                ),
                "{day}"
            );
        }
    }
}
