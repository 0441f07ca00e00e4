//! `convene venue import FILE` and `convene venue export`: the venue as a file
//! (docs/venue-file.md). Like the other offline commands they open the data directory (or the
//! PostgreSQL log) themselves, so the embedded store must not be held by a running server.

use anyhow::{Context, bail};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;

use convene_app::venue_file::MAX_FILE_BYTES;
use convene_app::{Principal, SystemClock, VenueFile, VenueFileError};
use convene_domain::access::Role;

use crate::admin::runtime;
use crate::cli::{Location, VenueExport, VenueImport};
use crate::data::{open_app, postgres_url, store_dir};
use crate::serve::{issue, write_secret};

/// `convene venue import FILE`: checks the whole file, then applies it as the administrator
/// and says what it created, changed and left alone.
pub(crate) fn import(options: &VenueImport) -> anyhow::Result<()> {
    let path = options.file.display().to_string();
    let text = read_file(&options.file)?;
    // The file is checked on its own before the store is even opened.
    let file = VenueFile::parse(&text).map_err(|error| refused(&path, &error))?;
    runtime()?.block_on(async {
        let (store, app) = open_app(&options.location, Arc::new(SystemClock), false).await?;
        let admin = Principal::new(Role::Admin);
        let empty = store.head() == 0;
        let outcome = app.import_venue(&admin, &file, options.dry_run).await;
        let result = match outcome {
            Ok(report) => {
                let mut out = std::io::stdout().lock();
                writeln!(out, "{report}")?;
                if !options.dry_run && empty && !report.is_no_op() {
                    // As `serve` does on an empty store: the venue gets its administrator.
                    let token = issue(&app, Role::Admin, "administrator").await?;
                    let token_file = options.location.data_dir.join("admin.token");
                    write_secret(&token_file, &token)?;
                    writeln!(
                        out,
                        "created the administrator's token in {}",
                        token_file.display()
                    )?;
                }
                writeln!(out, "{}", token_hint(&options.location, &file))?;
                Ok(())
            }
            Err(error) => Err(refused(&path, &error)),
        };
        app.close().await;
        drop(app);
        store.close();
        result
    })
}

/// `convene venue export`: the venue as a venue file, on standard output or in `--output`.
pub(crate) fn export(options: &VenueExport) -> anyhow::Result<()> {
    if postgres_url(&options.location)?.is_none() && !store_dir(&options.location.data_dir).exists()
    {
        bail!("no store in {}", options.location.data_dir.display());
    }
    runtime()?.block_on(async {
        let (store, app) = open_app(&options.location, Arc::new(SystemClock), false).await?;
        let exported = app
            .export_venue(&Principal::new(Role::Admin))
            .map(|file| file.to_toml())
            .map_err(|error| anyhow::anyhow!("cannot export the venue: {error}"));
        app.close().await;
        drop(app);
        store.close();
        let text = exported?;
        match &options.output {
            Some(path) => std::fs::write(path, text.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?,
            None => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes())?;
                out.flush()?;
            }
        }
        Ok(())
    })
}

/// Reads a venue file, refusing one larger than any venue needs before reading it whole.
fn read_file(path: &Path) -> anyhow::Result<String> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.len() > MAX_FILE_BYTES {
        bail!(
            "{}: a venue file has at most {MAX_FILE_BYTES} bytes",
            path.display()
        );
    }
    String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", path.display()))
}

/// Prints every problem on its own line, and returns the one-line error to end with.
fn refused(path: &str, error: &VenueFileError) -> anyhow::Error {
    if let VenueFileError::App(error) = error {
        // The file was fine and some commands may have landed: a second import completes it.
        return anyhow::anyhow!(
            "{path}: the import stopped: {error}; what it applied is kept, and importing the \
             file again completes it"
        );
    }
    match error.problems() {
        [] => anyhow::anyhow!("{path}: {error}; nothing was imported"),
        [only] => anyhow::anyhow!("{path}: {only}; nothing was imported"),
        many => {
            let mut err = std::io::stderr().lock();
            for problem in many {
                let _ = writeln!(err, "{path}: {problem}");
            }
            anyhow::anyhow!("{path}: {} problems; nothing was imported", many.len())
        }
    }
}

/// How to issue the tokens a venue file does not hold.
fn token_hint(location: &Location, file: &VenueFile) -> String {
    let flags = match &location.store {
        Some(_) => format!(
            "--data-dir {} --store postgres://…",
            location.data_dir.display()
        ),
        None => format!("--data-dir {}", location.data_dir.display()),
    };
    let mission = file
        .missions
        .first()
        .map_or("FRA".to_string(), |mission| mission.code.to_string());
    let unit = file
        .units
        .first()
        .map_or("CATERING".to_string(), |unit| unit.code.to_string());
    format!(
        "Access tokens are not part of a venue file. Issue them with the server stopped, one \
         per mission, unit, focal point desk and finance:\n  \
         convene token create {flags} --role mission --mission {mission}\n  \
         convene token create {flags} --role unit --unit {unit}\n  \
         convene token create {flags} --role focal-point\n  \
         convene token create {flags} --role finance"
    )
}
