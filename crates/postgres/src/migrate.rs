//! Schema changes: plain `.sql` files in `crates/postgres/migrations`, compiled into the
//! binary and applied in order by sqlx's migrator (which records each in
//! `_sqlx_migrations` with its checksum and takes an advisory lock, so several servers
//! starting at once apply each file once).

use futures_util::future::BoxFuture;
use sqlx::PgPool;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use std::borrow::Cow;

use crate::db_error;
use convene_store::StoreError;

/// Every migration, in order: (version, description, SQL).
pub const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "event log",
    include_str!("../migrations/0001_event_log.sql"),
)];

/// The migrations embedded in the binary, as sqlx's migrator reads them.
#[derive(Debug)]
struct Embedded;

impl MigrationSource<'static> for Embedded {
    fn resolve(
        self,
    ) -> BoxFuture<'static, Result<Vec<Migration>, Box<dyn std::error::Error + Send + Sync>>> {
        Box::pin(async {
            Ok(MIGRATIONS
                .iter()
                .map(|(version, description, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(*description),
                        MigrationType::Simple,
                        Cow::Borrowed(*sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// Applies every migration not applied yet; returns how many were applied now.
pub async fn migrate(pool: &PgPool) -> Result<usize, StoreError> {
    let migrator = Migrator::new(Embedded)
        .await
        .map_err(|error| StoreError::Io(format!("reading the migrations: {error}")))?;
    let before = applied(pool).await?;
    migrator.run(pool).await.map_err(|error| match error {
        sqlx::migrate::MigrateError::Execute(error) => db_error(error),
        other => StoreError::Io(format!("migrating the database: {other}")),
    })?;
    Ok(applied(pool).await?.saturating_sub(before))
}

async fn applied(pool: &PgPool) -> Result<usize, StoreError> {
    let exists: bool = sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL")
        .fetch_one(pool)
        .await
        .map_err(db_error)?;
    if !exists {
        return Ok(0);
    }
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations WHERE success")
        .fetch_one(pool)
        .await
        .map_err(db_error)?;
    Ok(usize::try_from(count).unwrap_or(0))
}
