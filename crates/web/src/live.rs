//! Live status: `GET /requests/{id}/events` is a server-sent events stream that says
//! `changed` each time the request (its lines, guests, status) or its feedback changes,
//! once the read models show it. The page then fetches its live part again. The stream
//! follows the durable log from the position the page was rendered at, so a change made
//! between rendering and connecting is not missed.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, Query};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use serde::Deserialize;

use convene_store::Subscription as LogSubscription;

use crate::errors::Failure;
use crate::mission::{parse_request_id, visible_request};
use crate::session::Ctx;

/// A page older than this many events is caught up with one `changed` at once instead of
/// replaying the log.
const MAX_REPLAY: u64 = 10_000;

#[derive(Debug, Default, Deserialize)]
pub(crate) struct EventsQuery {
    #[serde(default)]
    after: Option<u64>,
}

/// `GET /requests/{id}/events?after=POSITION`.
pub(crate) async fn events(
    ctx: Ctx,
    Path(id): Path<String>,
    Query(query): Query<EventsQuery>,
) -> Result<Response, Failure> {
    let id = parse_request_id(&id)?;
    let principal = ctx.principal()?.clone();
    let app = ctx.state.app.clone();
    let head = app.store().head();
    let mut start = query.after.unwrap_or(head).min(head);
    let mut stale = false;
    if head - start > MAX_REPLAY {
        start = head;
        stale = true;
    }
    let log = LogSubscription::new(app.store().clone(), start);
    visible_request(&ctx, id).await?;
    let request_stream = convene_store::streams::request(id).as_str().to_string();
    let feedback_stream = convene_store::streams::feedback(id).as_str().to_string();
    let state = (log, app, principal, stale);
    let changes = stream::unfold(state, move |(mut log, app, principal, stale)| {
        let (request_stream, feedback_stream) = (request_stream.clone(), feedback_stream.clone());
        async move {
            if stale {
                return Some((changed(start), (log, app, principal, false)));
            }
            loop {
                let event = log.next().await?.ok()?;
                let name = event.stream.as_str();
                if name != request_stream && name != feedback_stream {
                    continue;
                }
                app.projections().wait_for(event.position).await;
                // A request the visitor may no longer see ends the stream.
                app.request(&principal, id).await.ok().flatten()?;
                return Some((changed(event.position), (log, app, principal, false)));
            }
        }
    });
    Ok(live_response(changes))
}

fn changed(position: u64) -> Result<Event, Infallible> {
    Ok(Event::default().event("changed").data(position.to_string()))
}

fn live_response(
    changes: impl Stream<Item = Result<Event, Infallible>> + Send + 'static,
) -> Response {
    Sse::new(changes)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
        .into_response()
}
