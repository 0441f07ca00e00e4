//! The offline commands: `verify`, `rebuild`, `export invoices`, `export invoice`, `token
//! create`. They open the data directory themselves, so they refuse to run while a server
//! holds it.

use anyhow::{Context, bail};
use std::io::Write;
use std::sync::Arc;

use convene_app::{Principal, SystemClock};
use convene_domain::access::Role;
use convene_domain::values::Name;
use convene_domain::{MissionCode, UnitCode};
use convene_store::EventStore;
use convene_store::segment_store::verify_directory;

use convene_documents::{DocumentCache, Lang};
use convene_domain::{DocumentNumber, Series};

use crate::cli::{
    DocumentFormat, ExportInvoice, ExportInvoices, Location, Migrate, RoleName, TokenCreate,
};
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

/// `convene export invoices --format csv`: one row per invoice line, the invoices issued
/// within `--from`/`--to` (venue dates) when given.
pub(crate) fn export_invoices(options: &ExportInvoices) -> anyhow::Result<()> {
    let dates = convene_app::export::IssueDates {
        from: options.from,
        to: options.to,
    };
    if let (Some(from), Some(to)) = (dates.from, dates.to)
        && from > to
    {
        bail!("--from {from} is after --to {to}");
    }
    runtime()?.block_on(async {
        let (store, app) = open_app(&options.location, Arc::new(SystemClock), false).await?;
        let finance = Principal::new(Role::Finance);
        let exported = convene_app::export::invoice_csv(&app, &finance, dates).await;
        app.close().await;
        drop(app);
        store.close();
        let (csv, rows) = exported.map_err(|error| anyhow::anyhow!("{error}"))?;
        match &options.output {
            Some(path) => std::fs::write(path, csv.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?,
            None => {
                let mut out = std::io::stdout().lock();
                out.write_all(csv.as_bytes())?;
                out.flush()?;
            }
        }
        tracing::info!(rows, "exported invoice lines");
        Ok(())
    })
}

/// What `convene export invoice` was asked for, checked before any store is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DocumentRequest {
    number: DocumentNumber,
    lang: Lang,
}

impl DocumentRequest {
    fn parse(options: &ExportInvoice) -> anyhow::Result<Self> {
        let number = DocumentNumber::parse(&options.number)
            .ok()
            .filter(|number| matches!(number.series(), Series::Invoice | Series::CreditNote))
            .with_context(|| {
                format!(
                    "{:?} is not an invoice or credit note number (INV-2026-000042, CN-2026-000007)",
                    options.number
                )
            })?;
        let lang = Lang::parse(&options.lang).with_context(|| {
            format!(
                "unknown language {:?}: one of ar, zh, en, fr, ru, es",
                options.lang
            )
        })?;
        let DocumentFormat::Pdf = options.format;
        Ok(Self { number, lang })
    }
}

/// `convene export invoice NUMBER --format pdf --lang ar`: one invoice, or one credit note of
/// an invoice, as a PDF, on standard output or into `--output`.
pub(crate) fn export_invoice(options: &ExportInvoice) -> anyhow::Result<()> {
    let asked = DocumentRequest::parse(options)?;
    let pdf = runtime()?.block_on(async {
        let (store, app) = open_app(&options.location, Arc::new(SystemClock), false).await?;
        let finance = Principal::new(Role::Finance);
        let found = find_document(&app, &finance, asked.number).await;
        let pdf = match found {
            Ok(Some((view, credit_note))) => {
                let cache = Arc::new(DocumentCache::new(1, usize::MAX));
                match credit_note {
                    None => {
                        convene_documents::invoice_pdf(&app, &finance, &view, asked.lang, &cache)
                            .await
                            .map(Some)
                    }
                    Some(note) => {
                        convene_documents::credit_note_pdf(
                            &app, &finance, &view, note, asked.lang, &cache,
                        )
                        .await
                    }
                }
                .map_err(anyhow::Error::from)
            }
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        };
        app.close().await;
        drop(app);
        store.close();
        pdf?.with_context(|| format!("no invoice or credit note {} in this store", asked.number))
    })?;
    match &options.output {
        Some(path) => std::fs::write(path, &pdf[..])
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&pdf)?;
            out.flush()?;
        }
    }
    tracing::info!(number = %asked.number, lang = asked.lang.tag(), bytes = pdf.len(), "exported a document");
    Ok(())
}

/// The invoice with `number`, or the invoice holding the credit note with `number` and that
/// note's id. Reads every invoice once, page by page: a command, not a request path.
async fn find_document(
    app: &convene_app::App,
    principal: &Principal,
    number: DocumentNumber,
) -> anyhow::Result<
    Option<(
        convene_app::InvoiceView,
        Option<convene_domain::CreditNoteId>,
    )>,
> {
    let mut after = None;
    loop {
        let page = app
            .invoices(principal, None, after, Some(convene_app::MAX_PAGE_SIZE))
            .await
            .map_err(|error| anyhow::anyhow!("{error}"))?;
        for view in &page.items {
            if view.invoice.number() == number {
                return Ok(Some((view.clone(), None)));
            }
            if let Some(note) = view
                .invoice
                .credit_notes()
                .iter()
                .find(|note| note.number == number)
            {
                return Ok(Some((view.clone(), Some(note.id))));
            }
        }
        match (page.has_next, page.items.last()) {
            (true, Some(last)) => after = Some(last.invoice.id()),
            _ => return Ok(None),
        }
    }
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

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::cli::{Cli, Command, Export};

    fn export_invoice(args: &[&str]) -> ExportInvoice {
        let mut all = vec!["convene", "export", "invoice"];
        all.extend_from_slice(args);
        match Cli::try_parse_from(all)
            .expect("the arguments parse")
            .command
        {
            Command::Export(Export::Invoice(options)) => options,
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn export_invoice_takes_a_number_a_language_and_an_output() {
        let options = export_invoice(&[
            "INV-2026-000042",
            "--format",
            "pdf",
            "--lang",
            "ar",
            "--output",
            "out.pdf",
            "--data-dir",
            "/tmp/data",
        ]);
        assert_eq!(
            options.output.as_deref(),
            Some(std::path::Path::new("out.pdf"))
        );
        assert_eq!(options.location.data_dir, std::path::Path::new("/tmp/data"));
        let asked = DocumentRequest::parse(&options).expect("a valid request");
        assert_eq!(asked.number.to_string(), "INV-2026-000042");
        assert_eq!(asked.lang, Lang::Ar);
        // Without --lang and --output: English on standard output.
        let options = export_invoice(&["CN-2026-000007"]);
        assert_eq!(options.output, None);
        let asked = DocumentRequest::parse(&options).expect("a credit note number");
        assert_eq!(asked.lang, Lang::En);
    }

    #[test]
    fn export_invoice_refuses_an_unknown_language_or_a_number_of_another_series() {
        let error = DocumentRequest::parse(&export_invoice(&["INV-2026-000042", "--lang", "de"]))
            .expect_err("no German");
        assert_eq!(
            error.to_string(),
            r#"unknown language "de": one of ar, zh, en, fr, ru, es"#
        );
        for number in ["SE-2026-000001", "INV-26-1", "42"] {
            let error = DocumentRequest::parse(&export_invoice(&[number]))
                .expect_err("not an invoice number");
            assert!(
                error
                    .to_string()
                    .contains("is not an invoice or credit note number"),
                "{error}"
            );
        }
        assert!(
            Cli::try_parse_from([
                "convene",
                "export",
                "invoice",
                "INV-2026-000042",
                "--format",
                "csv"
            ])
            .is_err(),
            "an invoice document is a PDF"
        );
    }
}
