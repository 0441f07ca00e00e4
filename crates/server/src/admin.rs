//! The offline commands: `verify`, `rebuild`, `export invoices`, `token create`. They open
//! the data directory themselves, so they refuse to run while a server holds it.

use anyhow::{Context, bail};
use std::io::Write;
use std::sync::Arc;

use convene_app::{Principal, SystemClock};
use convene_domain::access::Role;
use convene_domain::values::Name;
use convene_domain::{MissionCode, UnitCode};
use convene_store::EventStore;
use convene_store::sled_store::verify_directory;

use crate::cli::{ExportInvoices, Location, Migrate, RoleName, TokenCreate};
use crate::data::{open_app, open_postgres, postgres_url, store_dir};

/// `convene verify`: exit 0 and the event count when intact; non-zero and the first bad
/// position otherwise.
pub(crate) fn verify(location: &Location) -> anyhow::Result<bool> {
    let report = match postgres_url(location)? {
        Some(url) => runtime()?.block_on(async {
            let store = open_postgres(url, false).await?;
            store
                .verify()
                .await
                .context("cannot read the PostgreSQL log")
        })?,
        None => {
            let dir = store_dir(&location.data_dir);
            if !dir.exists() {
                bail!("no store in {}", location.data_dir.display());
            }
            verify_directory(&dir).with_context(|| {
                format!("cannot read the store in {}", location.data_dir.display())
            })?
        }
    };
    match report.first_bad {
        None => {
            println!(
                "ok: {} events, checksums and hash chain intact",
                report.events
            );
            Ok(true)
        }
        Some((position, reason)) => {
            println!(
                "corrupt: first bad position {position}: {reason} ({} events before it are intact)",
                report.events
            );
            Ok(false)
        }
    }
}

/// `convene migrate`: applies the PostgreSQL schema's migrations not applied yet.
pub(crate) fn migrate(options: &Migrate) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let pool =
            convene_postgres::connect(&convene_postgres::PgConfig::new(options.store.as_str()))
                .await
                .with_context(|| {
                    format!(
                        "cannot connect to {}",
                        convene_postgres::redact(&options.store)
                    )
                })?;
        let applied = convene_postgres::migrate(&pool)
            .await
            .context("the migration failed")?;
        pool.close().await;
        println!(
            "ok: {applied} migration(s) applied; the schema is at version {}",
            convene_postgres::MIGRATIONS.len()
        );
        Ok(())
    })
}

pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the runtime")
}

/// `convene rebuild`: empties every read model and replays the log.
pub(crate) fn rebuild(location: &Location) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let (store, app) = open_app(location, Arc::new(SystemClock), false).await?;
        let started = std::time::Instant::now();
        let events = app
            .projections()
            .rebuild(&[])
            .await
            .context("the rebuild failed")?;
        println!(
            "rebuilt every read model from {events} events in {:.2?}",
            started.elapsed()
        );
        app.close().await;
        drop(app);
        store.close();
        Ok(())
    })
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// `convene export invoices --format csv`: one row per invoice line.
pub(crate) fn export_invoices(options: &ExportInvoices) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let (store, app) = open_app(&options.location, Arc::new(SystemClock), false).await?;
        let finance = Principal::new(Role::Finance);
        let mut out: Box<dyn Write> = match &options.output {
            Some(path) => Box::new(std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?),
            None => Box::new(std::io::stdout().lock()),
        };
        writeln!(
            out,
            "invoice_number,invoice_id,issued_at,mission,event_request_id,reason,service_line_id,unit,item,rate_version,quantity,unit_price,fee_rate,amount,currency"
        )?;
        let mut after = None;
        let mut rows = 0usize;
        loop {
            let page = app.invoices(&finance, None, after, Some(convene_app::MAX_PAGE_SIZE)).await.map_err(|error| anyhow::anyhow!("{error}"))?;
            for view in &page.items {
                let invoice = &view.invoice;
                for line in invoice.lines() {
                    let fields = [
                        invoice.number().to_string(),
                        invoice.id().to_string(),
                        invoice.issued_at().to_string(),
                        invoice.mission().to_string(),
                        invoice.event_request().to_string(),
                        invoice.reason().as_str().to_string(),
                        line.service_line.to_string(),
                        line.unit.to_string(),
                        line.item.to_string(),
                        line.rate_version.to_string(),
                        line.quantity.to_string(),
                        line.unit_price.amount().to_string(),
                        line.fee_rate.map(|rate| rate.to_string()).unwrap_or_default(),
                        line.amount.amount().to_string(),
                        line.amount.currency().to_string(),
                    ];
                    let row: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
                    writeln!(out, "{}", row.join(","))?;
                    rows += 1;
                }
            }
            match (page.has_next, page.items.last()) {
                (true, Some(last)) => after = Some(last.invoice.id()),
                _ => break,
            }
        }
        out.flush()?;
        drop(out);
        tracing::info!(rows, "exported invoice lines");
        app.close().await;
        drop(app);
        store.close();
        Ok(())
    })
}

/// `convene token create`: issues a token and prints its secret.
pub(crate) fn token_create(options: &TokenCreate) -> anyhow::Result<()> {
    let role = match options.role {
        RoleName::Mission => {
            let code = options
                .mission
                .as_deref()
                .context("--mission is required for a MISSION token")?;
            Role::Mission {
                mission: MissionCode::parse(code)
                    .map_err(|error| anyhow::anyhow!("--mission {code:?}: {error}"))?,
            }
        }
        RoleName::Unit => {
            let code = options
                .unit
                .as_deref()
                .context("--unit is required for a UNIT token")?;
            Role::Unit {
                unit: UnitCode::parse(code)
                    .map_err(|error| anyhow::anyhow!("--unit {code:?}: {error}"))?,
            }
        }
        RoleName::FocalPoint => Role::FocalPoint,
        RoleName::Finance => Role::Finance,
        RoleName::Admin => Role::Admin,
    };
    let label = Name::parse(&options.label).map_err(|error| anyhow::anyhow!("--label: {error}"))?;
    runtime()?.block_on(async {
        let (store, app) = open_app(&options.location, Arc::new(SystemClock), false).await?;
        let token = app
            .issue_token(&Principal::new(Role::Admin), role, label)
            .await
            .map_err(|error| anyhow::anyhow!("cannot issue the token: {error}"))?;
        println!("{token}");
        app.close().await;
        drop(app);
        store.close();
        Ok(())
    })
}
