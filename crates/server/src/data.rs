//! Opening a data directory: the sled store (the log and the read models share one
//! database), and the application on top of it.

use anyhow::{Context, bail};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene_app::{App, Clock};
use convene_store::EventStore;
use convene_store::sled_store::{SledConfig, SledStore};

use crate::cli::Location;

/// The store's directory inside the data directory.
pub(crate) fn store_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("store")
}

/// Refuses store URLs this build cannot open, with a clear message.
pub(crate) fn check_location(location: &Location) -> anyhow::Result<()> {
    if let Some(url) = &location.store {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            bail!(
                "the PostgreSQL backend (--store {}) is not part of this build yet; use the embedded store (--data-dir)",
                redact(url)
            );
        }
        bail!(
            "unsupported --store URL {}: expected postgres://…",
            redact(url)
        );
    }
    Ok(())
}

/// A URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

/// Opens the store of a data directory (created if missing).
pub(crate) fn open_store(data_dir: &Path) -> anyhow::Result<Arc<SledStore>> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    let store = SledStore::open(SledConfig::new(store_dir(data_dir))).with_context(|| {
        format!(
            "cannot open the store in {} (is another convene process using it?)",
            data_dir.display()
        )
    })?;
    // The store directory's own entry must survive a power cut too.
    std::fs::File::open(data_dir)
        .and_then(|dir| dir.sync_all())
        .with_context(|| format!("cannot sync {}", data_dir.display()))?;
    Ok(Arc::new(store))
}

/// Opens the application over a data directory.
pub(crate) async fn open_app(
    data_dir: &Path,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<(Arc<SledStore>, Arc<App>)> {
    let store = open_store(data_dir)?;
    let db = store.db().clone();
    let dyn_store: Arc<dyn EventStore> = store.clone();
    let app = App::open(dyn_store, &db, clock)
        .await
        .context("cannot load the read models")?;
    Ok((store, Arc::new(app)))
}
