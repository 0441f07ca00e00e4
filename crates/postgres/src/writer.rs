//! The writer task: group commit of every append waiting, in one transaction that holds the
//! head row's lock from before positions are taken until after `COMMIT`.

use sqlx::postgres::PgPool;
use sqlx::{Connection, Postgres, Row, Transaction};
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

use convene_store::StoreError;
use convene_store::append::{
    AppendOutcome, AppendRequest, KeyRecord, Lookup, Planned, PlannedWrite, Planner,
};
use convene_store::envelope::StreamId;

use crate::{Shared, as_i64, db_error, position_of};

/// Appends that may wait for the writer.
pub(crate) const QUEUE: usize = 4_096;
/// At most this many appends share one transaction.
const MAX_GROUP: usize = 512;
/// At most about this many events share one transaction.
const MAX_GROUP_EVENTS: usize = 4_096;

/// One append and where its answer goes.
#[derive(Debug)]
pub(crate) struct Job {
    pub(crate) request: AppendRequest,
    pub(crate) reply: oneshot::Sender<Result<AppendOutcome, StoreError>>,
}

fn events_of(request: &AppendRequest) -> usize {
    request
        .streams
        .iter()
        .map(|append| append.events.len())
        .sum()
}

/// Takes appends as they come and commits every one waiting at once.
pub(crate) async fn run(pool: PgPool, shared: Arc<Shared>, mut jobs: mpsc::Receiver<Job>) {
    while let Some(first) = jobs.recv().await {
        let mut events = events_of(&first.request);
        let mut group = vec![first];
        while group.len() < MAX_GROUP && events < MAX_GROUP_EVENTS {
            match jobs.try_recv() {
                Ok(job) => {
                    events += events_of(&job.request);
                    group.push(job);
                }
                Err(_) => break,
            }
        }
        commit_group(&pool, &shared, group).await;
    }
}

/// Stream versions and key records read inside the transaction, for the planner.
struct Known {
    /// The head row: the last position and its hash.
    head: (u64, [u8; 32]),
    versions: HashMap<StreamId, u64>,
    keys: HashMap<String, KeyRecord>,
}

impl Lookup for Known {
    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        Ok(self.versions.get(stream).copied().unwrap_or(0))
    }

    fn key_record(&self, key: &str) -> Result<Option<KeyRecord>, StoreError> {
        Ok(self.keys.get(key).cloned())
    }
}

async fn commit_group(pool: &PgPool, shared: &Shared, group: Vec<Job>) {
    if let Some(reason) = shared.failure() {
        for job in group {
            let _ = job.reply.send(Err(StoreError::Unavailable {
                reason: reason.clone(),
            }));
        }
        return;
    }
    let (requests, replies): (Vec<_>, Vec<_>) = group
        .into_iter()
        .map(|job| (job.request, job.reply))
        .unzip();
    match transact(pool, shared, requests).await {
        Ok((results, last)) => {
            if let Some(last) = last {
                shared.advance(last);
            }
            for (reply, result) in replies.into_iter().zip(results) {
                let _ = reply.send(result);
            }
        }
        Err(error) => {
            for reply in replies {
                let _ = reply.send(Err(error.clone()));
            }
        }
    }
}

/// One transaction for the whole group. Returns each request's result and the last position
/// written (none when nothing was written); an error fails every request of the group.
async fn transact(
    pool: &PgPool,
    shared: &Shared,
    requests: Vec<AppendRequest>,
) -> Result<(Vec<Result<AppendOutcome, StoreError>>, Option<u64>), StoreError> {
    // What this server has already seen committed: the database's log can never be shorter.
    let seen = *shared.head.borrow();
    let mut connection = pool.acquire().await.map_err(db_error)?;
    // The lock that orders every append of every server, taken in the same round trip as
    // BEGIN and held until COMMIT. READ COMMITTED whatever the database's default: the next
    // statement then gets a fresh snapshot, taken after the lock was granted.
    let error = match (*connection)
        .begin_with(
            "BEGIN ISOLATION LEVEL READ COMMITTED; \
             SELECT 1 FROM convene_head WHERE id = 1 FOR UPDATE",
        )
        .await
    {
        Ok(tx) => return locked(tx, shared, requests, seen).await,
        Err(error) => error,
    };
    // If BEGIN ran but the lock failed (a lock or statement timeout, a cancel), the session
    // sits in an aborted transaction that sqlx does not know about: end it before the
    // connection goes back to the pool (or close the connection).
    let _ = begun_error_cleanup(&mut connection).await;
    Err(db_error(error))
}

/// The rest of [`transact`], once the log's lock is held.
async fn locked(
    mut tx: Transaction<'_, Postgres>,
    shared: &Shared,
    requests: Vec<AppendRequest>,
    seen: u64,
) -> Result<(Vec<Result<AppendOutcome, StoreError>>, Option<u64>), StoreError> {
    let known = load_known(&mut tx, &requests).await?;
    let (head, hash) = known.head;
    if head < seen {
        let reason = format!(
            "the database's log ends at position {head}, but this server saw position {seen}: \
             the database was restored or failed over to a replica that lacks committed \
             events; restart every server after checking the database"
        );
        shared.fail(reason.clone());
        tx.rollback().await.map_err(db_error)?;
        return Err(StoreError::Unavailable { reason });
    }

    let mut planner = Planner::new(head, hash);
    let mut results = Vec::with_capacity(requests.len());
    let mut writes = Vec::new();
    for request in requests {
        match planner.plan(request, &known) {
            Ok(Planned::Replay(outcome)) => results.push(Ok(outcome)),
            Ok(Planned::Write(write)) => {
                results.push(Ok(write.outcome.clone()));
                writes.push(write);
            }
            Err(error) => results.push(Err(error)),
        }
    }
    if writes.is_empty() {
        tx.rollback().await.map_err(db_error)?;
        return Ok((results, None));
    }
    let last = planner.head();
    // The rows, the head row and the notification (delivered at COMMIT, in commit order, to
    // every server listening) in one statement: one round trip while the lock is held.
    write_rows(
        &mut tx,
        &writes,
        last,
        &planner.last_hash(),
        &shared.channel,
    )
    .await?;
    let hold = shared
        .hold
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .take();
    if let Some(hold) = hold {
        let _ = hold.reached.send(());
        let _ = hold.release.await;
    }
    tx.commit().await.map_err(|error| match db_error(error) {
        StoreError::Unavailable { reason } => StoreError::Unavailable {
            reason: format!(
                "{reason} (while committing: the append may or may not have been written; \
                 retry with the same idempotency key)"
            ),
        },
        other => other,
    })?;
    Ok((results, Some(last)))
}

/// Ends an aborted transaction left by a failed `BEGIN; SELECT … FOR UPDATE`; if even that
/// fails, the connection is closed instead of going back to the pool.
async fn begun_error_cleanup(
    connection: &mut sqlx::pool::PoolConnection<Postgres>,
) -> Result<(), sqlx::Error> {
    let result = sqlx::query("ROLLBACK").execute(&mut **connection).await;
    if result.is_err() {
        connection.close_on_drop();
    }
    result.map(|_| ())
}

/// The current version of every stream and the record of every key the group names, in one
/// statement. It must run after the lock is taken (in its own snapshot), so that it sees
/// every append committed before.
async fn load_known(
    tx: &mut Transaction<'_, Postgres>,
    requests: &[AppendRequest],
) -> Result<Known, StoreError> {
    let mut streams: Vec<String> = requests
        .iter()
        .flat_map(|request| request.streams.iter())
        .map(|append| append.stream.as_str().to_string())
        .collect();
    streams.sort_unstable();
    streams.dedup();
    let keys: Vec<String> = requests
        .iter()
        .filter_map(|request| request.metadata.idempotency_key.clone())
        .collect();
    let rows = sqlx::query(
        "SELECT 0::smallint, NULL::text, position, hash FROM convene_head WHERE id = 1 \
         UNION ALL \
         SELECT 1::smallint, s.stream, \
                (SELECT max(e.version) FROM convene_events e WHERE e.stream = s.stream), \
                NULL::bytea \
         FROM unnest($1::text[]) AS s(stream) \
         UNION ALL \
         SELECT 2::smallint, k.key, NULL::bigint, k.record FROM convene_keys k \
         WHERE k.key = ANY($2)",
    )
    .bind(&streams)
    .bind(&keys)
    .fetch_all(&mut **tx)
    .await
    .map_err(db_error)?;
    let mut head = None;
    let mut versions = HashMap::with_capacity(streams.len());
    let mut records = HashMap::new();
    for row in rows {
        let kind: i16 = row.try_get(0).map_err(db_error)?;
        let name: Option<String> = row.try_get(1).map_err(db_error)?;
        let number: Option<i64> = row.try_get(2).map_err(db_error)?;
        let bytes: Option<Vec<u8>> = row.try_get(3).map_err(db_error)?;
        match (kind, name, bytes) {
            (0, _, Some(hash)) => {
                let position = position_of(number.unwrap_or(0))?;
                let hash: [u8; 32] = hash.try_into().map_err(|_| StoreError::Corrupt {
                    position,
                    reason: "the head row's hash is not 32 bytes".to_string(),
                })?;
                head = Some((position, hash));
            }
            (1, Some(stream), _) => {
                versions.insert(StreamId::new(stream)?, position_of(number.unwrap_or(0))?);
            }
            (2, Some(key), Some(record)) => {
                records.insert(key, KeyRecord::decode(&record)?);
            }
            _ => {
                return Err(StoreError::Io(
                    "unexpected row reading the log's state".into(),
                ));
            }
        }
    }
    let head = head.ok_or_else(|| StoreError::Corrupt {
        position: 0,
        reason: "the head row of convene_head is missing".to_string(),
    })?;
    Ok(Known {
        head,
        versions,
        keys: records,
    })
}

/// Inserts every planned event and key record, moves the head row to `last` and notifies
/// the other servers, in one statement for the whole group.
async fn write_rows(
    tx: &mut Transaction<'_, Postgres>,
    writes: &[PlannedWrite],
    last: u64,
    last_hash: &[u8; 32],
    channel: &str,
) -> Result<(), StoreError> {
    let count = writes.iter().map(|write| write.records.len()).sum();
    let mut positions = Vec::with_capacity(count);
    let mut streams = Vec::with_capacity(count);
    let mut versions = Vec::with_capacity(count);
    let mut records: Vec<&[u8]> = Vec::with_capacity(count);
    for write in writes {
        for (event, record) in &write.records {
            positions.push(as_i64(event.position));
            streams.push(event.stream.as_str());
            versions.push(as_i64(event.version));
            records.push(record);
        }
    }
    let (keys, key_records): (Vec<&str>, Vec<Vec<u8>>) = writes
        .iter()
        .filter_map(|write| write.key.as_ref())
        .map(|(key, record)| (key.as_str(), record.encode()))
        .unzip();
    // Data-modifying CTEs all run, whether or not the final SELECT reads them.
    sqlx::query(
        "WITH events AS (\
           INSERT INTO convene_events (position, stream, version, record) \
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bytea[])), \
         keys AS (\
           INSERT INTO convene_keys (key, record) \
           SELECT * FROM unnest($5::text[], $6::bytea[])), \
         head AS (\
           UPDATE convene_head SET position = $7, hash = $8 WHERE id = 1) \
         SELECT pg_notify($9, $10)",
    )
    .bind(&positions)
    .bind(&streams)
    .bind(&versions)
    .bind(&records)
    .bind(&keys)
    .bind(&key_records)
    .bind(as_i64(last))
    .bind(last_hash.to_vec())
    .bind(channel)
    .bind(last.to_string())
    .execute(&mut **tx)
    .await
    .map_err(db_error)?;
    Ok(())
}
