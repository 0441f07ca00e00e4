//! Opening where the data lives: the embedded store in a data directory (the log in segment
//! files, its index in sled, the read models' snapshot beside them), or the PostgreSQL log
//! (`--store postgres://…`) with this server's read-model snapshot in the data directory.
//! The read models themselves live in memory.

use anyhow::{Context, bail};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene_app::{App, Clock};
use convene_postgres::{PgConfig, PgStore, redact};
use convene_store::EventStore;
use convene_store::readmodel::SnapshotFile;
use convene_store::segment_store::{SegmentStore, StoreConfig};

use crate::cli::Location;

/// The store's directory inside the data directory.
pub(crate) fn store_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("store")
}

/// The directory of a PostgreSQL server's local read-model slot inside the data directory.
pub(crate) fn read_models_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("read-models")
}

/// The read models' snapshot of the embedded store (it belongs with its log).
pub(crate) fn embedded_snapshot(data_dir: &Path) -> SnapshotFile {
    SnapshotFile::new(store_dir(data_dir).join("read-models.snapshot"))
}

/// The read models' snapshot of a PostgreSQL server's slot, beside the slot's directory.
fn slot_snapshot(slot_dir: &Path) -> SnapshotFile {
    let mut name = slot_dir.file_name().unwrap_or_default().to_os_string();
    name.push(".snapshot");
    SnapshotFile::new(slot_dir.with_file_name(name))
}

/// The key, in the read models' `meta` tree, of the log they were built from.
const LOG_ID_KEY: &[u8] = b"log_id";

/// The PostgreSQL URL of `--store`, if given; other URLs are refused with a clear message.
pub(crate) fn postgres_url(location: &Location) -> anyhow::Result<Option<&str>> {
    match location.store.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(Some(url))
        }
        Some(url) => bail!(
            "unsupported --store URL {}: expected postgres://… (or no --store for the embedded store)",
            redact(url)
        ),
    }
}

/// Where the log is, opened.
#[derive(Debug)]
pub(crate) enum Backend {
    Sled(Arc<SegmentStore>),
    Postgres {
        store: Arc<PgStore>,
        /// The slot this server holds (sled's lock keeps other processes out of it).
        read_models: sled::Db,
    },
}

impl Backend {
    /// The log.
    pub(crate) fn store(&self) -> Arc<dyn EventStore> {
        match self {
            Backend::Sled(store) => store.clone(),
            Backend::Postgres { store, .. } => store.clone(),
        }
    }

    /// The last durable position this process knows of.
    pub(crate) fn head(&self) -> u64 {
        self.store().head()
    }

    /// Flushes what this process holds locally (call after the application closed).
    pub(crate) fn close(&self) {
        match self {
            Backend::Sled(store) => store.close(),
            Backend::Postgres { read_models, .. } => {
                if let Err(error) = read_models.flush() {
                    tracing::warn!(%error, "cannot flush the read models (they are rebuilt from the log if needed)");
                }
            }
        }
    }
}

fn create_data_dir(data_dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))
}

/// Opens the embedded store of a data directory (created if missing).
pub(crate) fn open_store(data_dir: &Path) -> anyhow::Result<Arc<SegmentStore>> {
    create_data_dir(data_dir)?;
    let store = SegmentStore::open(StoreConfig::new(store_dir(data_dir))).with_context(|| {
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

/// Connects to the PostgreSQL log, applying migrations when `migrate` says so.
pub(crate) async fn open_postgres(url: &str, migrate: bool) -> anyhow::Result<Arc<PgStore>> {
    let mut config = PgConfig::new(url);
    config.migrate = migrate;
    let store = PgStore::open(config)
        .await
        .with_context(|| format!("cannot open the PostgreSQL store at {}", redact(url)))?;
    match store.durability().await {
        Ok(settings) => {
            for (setting, value) in settings {
                if value != "on" {
                    tracing::warn!(
                        setting,
                        value,
                        "PostgreSQL acknowledges commits before they are durable: a crash of \
                         the database server can lose acknowledged bookings (set it to on)"
                    );
                }
            }
        }
        Err(error) => tracing::warn!(%error, "cannot read the database's durability settings"),
    }
    Ok(Arc::new(store))
}

/// How many servers may share one data directory (each takes its own read-model slot).
const READ_MODEL_SLOTS: usize = 32;

/// Opens this server's read-model slot for the PostgreSQL log `store`, returning it with its
/// snapshot. Several servers may share a data directory (started from one working directory
/// without `--data-dir`, say): each takes the first slot no other process holds
/// (`read-models`, `read-models.1`, …), so a restarted server usually finds its own snapshot
/// again. A snapshot of another log (another database, or one created anew) is removed, to
/// be rebuilt.
fn open_read_models(data_dir: &Path, store: &PgStore) -> anyhow::Result<(sled::Db, SnapshotFile)> {
    create_data_dir(data_dir)?;
    let mut first_error = None;
    let mut opened = None;
    for slot in 0..READ_MODEL_SLOTS {
        let dir = match slot {
            0 => read_models_dir(data_dir),
            n => data_dir.join(format!("read-models.{n}")),
        };
        match sled::Config::new().path(&dir).open() {
            Ok(db) => {
                opened = Some((db, dir));
                break;
            }
            // Held by another process: try the next slot.
            Err(sled::Error::Io(error))
                if error.kind() == std::io::ErrorKind::WouldBlock
                    || error.to_string().contains("lock") =>
            {
                first_error.get_or_insert(sled::Error::Io(error));
            }
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("cannot open the read models in {}", dir.display()));
            }
        }
    }
    let Some((db, dir)) = opened else {
        let error = first_error.map_or_else(|| "no slot".to_string(), |error| error.to_string());
        bail!(
            "cannot open read models in {}: all {READ_MODEL_SLOTS} slots are held by other convene processes ({error})",
            data_dir.display()
        );
    };
    let snapshot = slot_snapshot(&dir);
    let meta = db.open_tree("meta")?;
    let built_from = meta.get(LOG_ID_KEY)?;
    if built_from.as_deref() != Some(store.log_id().to_string().as_bytes()) {
        if built_from.is_some() {
            tracing::warn!(
                "the read models in {} were built from another log: rebuilding them",
                dir.display()
            );
        }
        reset(&db, &snapshot, store)?;
    }
    Ok((db, snapshot))
}

/// Empties the slot (its snapshot and whatever earlier builds kept in it) and records the log
/// its read models will be built from. The mark goes first and comes back last, so a crash in
/// between leaves a slot that the next start resets again.
fn reset(db: &sled::Db, snapshot: &SnapshotFile, store: &PgStore) -> anyhow::Result<()> {
    db.open_tree("meta")?.remove(LOG_ID_KEY)?;
    db.flush()?;
    snapshot
        .remove()
        .with_context(|| format!("cannot remove {}", snapshot.path().display()))?;
    for name in db.tree_names() {
        if name.as_ref() == b"__sled__default" {
            db.clear()?;
        } else {
            db.drop_tree(&name)?;
        }
    }
    db.open_tree("meta")?
        .insert(LOG_ID_KEY, store.log_id().to_string().as_bytes())?;
    db.flush()?;
    Ok(())
}

/// Past this many events to replay, a server on PostgreSQL opens its port first and catches
/// its read models up in the background (`/readyz` answers 503 meanwhile), instead of being
/// silent, health probe included, for the whole replay.
const BACKGROUND_REPLAY_FROM: u64 = 100_000;

/// Opens the application over the data directory, or over `--store` with its read models in
/// the data directory. `serving`: for `convene serve`, which may let a long replay run in the
/// background; every other command needs its read models current before it goes on.
pub(crate) async fn open_app(
    location: &Location,
    clock: Arc<dyn Clock>,
    serving: bool,
) -> anyhow::Result<(Backend, Arc<App>)> {
    let Some(url) = postgres_url(location)? else {
        let store = open_store(&location.data_dir)?;
        let dyn_store: Arc<dyn EventStore> = store.clone();
        let snapshot = embedded_snapshot(&location.data_dir);
        let app = App::open(dyn_store, Some(snapshot), clock)
            .await
            .context("cannot load the read models")?;
        return Ok((Backend::Sled(store), Arc::new(app)));
    };
    let store = open_postgres(url, true).await?;
    let (read_models, snapshot) = open_read_models(&location.data_dir, &store)?;
    let dyn_store: Arc<dyn EventStore> = store.clone();
    let open = |snapshot: SnapshotFile| {
        let (store, clock) = (dyn_store.clone(), clock.clone());
        async move {
            let app = if serving {
                App::open_catching_up(store, Some(snapshot), clock).await
            } else {
                App::open(store, Some(snapshot), clock).await
            };
            app.context("cannot load the read models")
        }
    };
    let mut app = open(snapshot.clone()).await?;
    let head = store
        .refresh_head()
        .await
        .context("cannot read the log's head")?;
    let (_, furthest) = app.projections().checkpoint_range()?;
    if furthest > head {
        // The read models hold events the database no longer has (restored from a backup,
        // or failed over to a replica that lacked them): start them over from the log.
        tracing::warn!(
            read_models = furthest,
            log = head,
            "the read models are ahead of the database's log: rebuilding them"
        );
        app.close().await;
        drop(app);
        reset(&read_models, &snapshot, &store)?;
        app = open(snapshot.clone()).await?;
    }
    if serving {
        let (lowest, _) = app.projections().checkpoint_range()?;
        let behind = head.saturating_sub(lowest);
        if behind <= BACKGROUND_REPLAY_FROM {
            // Here, as for every other command: current before the port opens, and a broken
            // read model stops the start with its reason.
            app.projections()
                .catch_up()
                .await
                .context("cannot load the read models")?;
        } else {
            tracing::info!(
                events = behind,
                "replaying the log into the read models in the background; /readyz answers 503 until they are current"
            );
        }
    }
    Ok((Backend::Postgres { store, read_models }, Arc::new(app)))
}
