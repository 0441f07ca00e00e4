//! Prometheus metrics: requests and latencies per operation, appends (the log's head),
//! projection lag, and whether the store still accepts writes. Counters are plain atomics
//! behind a bounded map, so a hostile client cannot grow it without end.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

use convene_app::App;

/// At most this many operation names are tracked; the rest count as `other`.
const MAX_OPERATIONS: usize = 200;
/// Latency buckets in seconds.
const BUCKETS: [f64; 10] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 10.0,
];

#[derive(Debug, Default, Clone)]
struct Series {
    requests: u64,
    errors: u64,
    /// Cumulative counts per bucket, microseconds summed.
    buckets: [u64; BUCKETS.len()],
    sum_us: u64,
}

/// The server's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    operations: Mutex<BTreeMap<String, Series>>,
}

fn clean(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(64)
        .collect()
}

impl Metrics {
    /// Records one GraphQL request.
    pub fn record(&self, operation: &str, elapsed: Duration, ok: bool) {
        let mut operations = self
            .operations
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut name = clean(operation);
        if !operations.contains_key(&name) && operations.len() >= MAX_OPERATIONS {
            name = "other".to_string();
        }
        let series = operations.entry(name).or_default();
        series.requests += 1;
        if !ok {
            series.errors += 1;
        }
        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        series.sum_us = series.sum_us.saturating_add(micros);
        for (bucket, limit) in series.buckets.iter_mut().zip(BUCKETS) {
            #[allow(clippy::float_arithmetic, clippy::cast_possible_truncation)]
            let limit_us = (limit * 1_000_000.0) as u64;
            if micros <= limit_us {
                *bucket += 1;
            }
        }
    }

    /// Why the store stopped accepting writes, if it did.
    pub fn store_failure(&self, app: &App) -> Option<String> {
        app.store().failure()
    }

    /// The metrics in Prometheus' text format.
    pub fn render(&self, app: &App) -> String {
        let mut out = String::new();
        let head = app.store().head();
        let position = app.projections().position();
        let _ = writeln!(
            out,
            "# HELP convene_events_total Events durably appended to the log."
        );
        let _ = writeln!(out, "# TYPE convene_events_total counter");
        let _ = writeln!(out, "convene_events_total {head}");
        let _ = writeln!(
            out,
            "# HELP convene_projection_lag_events Durable events the read models have not applied yet."
        );
        let _ = writeln!(out, "# TYPE convene_projection_lag_events gauge");
        let _ = writeln!(
            out,
            "convene_projection_lag_events {}",
            head.saturating_sub(position)
        );
        let _ = writeln!(
            out,
            "# HELP convene_store_accepting_writes 1 while the store accepts appends."
        );
        let _ = writeln!(out, "# TYPE convene_store_accepting_writes gauge");
        let _ = writeln!(
            out,
            "convene_store_accepting_writes {}",
            u8::from(app.store().failure().is_none())
        );
        let operations = self
            .operations
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone();
        let _ = writeln!(
            out,
            "# HELP convene_graphql_requests_total GraphQL requests by operation name."
        );
        let _ = writeln!(out, "# TYPE convene_graphql_requests_total counter");
        for (name, series) in &operations {
            let _ = writeln!(
                out,
                "convene_graphql_requests_total{{operation=\"{name}\"}} {}",
                series.requests
            );
        }
        let _ = writeln!(
            out,
            "# HELP convene_graphql_errors_total GraphQL requests that returned errors."
        );
        let _ = writeln!(out, "# TYPE convene_graphql_errors_total counter");
        for (name, series) in &operations {
            let _ = writeln!(
                out,
                "convene_graphql_errors_total{{operation=\"{name}\"}} {}",
                series.errors
            );
        }
        let _ = writeln!(
            out,
            "# HELP convene_graphql_request_duration_seconds GraphQL request latency."
        );
        let _ = writeln!(
            out,
            "# TYPE convene_graphql_request_duration_seconds histogram"
        );
        for (name, series) in &operations {
            for (count, limit) in series.buckets.iter().zip(BUCKETS) {
                let _ = writeln!(
                    out,
                    "convene_graphql_request_duration_seconds_bucket{{operation=\"{name}\",le=\"{limit}\"}} {count}"
                );
            }
            let _ = writeln!(
                out,
                "convene_graphql_request_duration_seconds_bucket{{operation=\"{name}\",le=\"+Inf\"}} {}",
                series.requests
            );
            let _ = writeln!(
                out,
                "convene_graphql_request_duration_seconds_sum{{operation=\"{name}\"}} {}.{:06}",
                series.sum_us / 1_000_000,
                series.sum_us % 1_000_000
            );
            let _ = writeln!(
                out,
                "convene_graphql_request_duration_seconds_count{{operation=\"{name}\"}} {}",
                series.requests
            );
        }
        out
    }
}
