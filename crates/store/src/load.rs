//! Loading aggregates from their streams: the state, the version to expect when appending,
//! and the raw events (for history). A request, a room-day schedule, an invoice or a
//! sequence is small, so reading its stream is the fastest read model there is.

use serde::de::DeserializeOwned;

use convene_domain::request::EventRequest;
use convene_domain::{Aggregate, EventRequestId};

use crate::codec::decode;
use crate::envelope::{RecordedEvent, StreamId};
use crate::error::StoreError;
use crate::streams;
use crate::{EventStore, MAX_PAGE};

/// An aggregate as its stream built it.
#[derive(Debug, Clone)]
pub struct Loaded<A> {
    pub state: A,
    /// The stream's version: what to expect when appending after this state.
    pub version: u64,
    pub events: Vec<RecordedEvent>,
}

/// At most this many events are read for one aggregate (a limit on everything; the
/// domain's own limits keep every stream far below it).
pub const MAX_STREAM_EVENTS: usize = 100_000;

/// Reads a whole stream and folds it into `A`.
pub async fn load<A>(store: &dyn EventStore, stream: &StreamId) -> Result<Loaded<A>, StoreError>
where
    A: Aggregate,
    A::Event: DeserializeOwned,
{
    let mut state = A::default();
    let mut events = Vec::new();
    loop {
        let page = store
            .read_stream(stream, events.len() as u64 + 1, MAX_PAGE)
            .await?;
        if page.is_empty() {
            break;
        }
        for event in &page {
            let decoded: A::Event = decode(event)?;
            state = state.evolve(&decoded);
        }
        events.extend(page);
        if events.len() > MAX_STREAM_EVENTS {
            return Err(StoreError::Invalid(format!(
                "stream {stream} is longer than {MAX_STREAM_EVENTS} events"
            )));
        }
    }
    Ok(Loaded {
        state,
        version: events.len() as u64,
        events,
    })
}

/// Every event of a request, its lines, guests, invoice and feedback, in log order.
pub async fn request_history(
    store: &dyn EventStore,
    id: EventRequestId,
) -> Result<(Loaded<EventRequest>, Vec<RecordedEvent>), StoreError> {
    let request: Loaded<EventRequest> = load(store, &streams::request(id)).await?;
    let mut history = request.events.clone();
    if let Some(invoice) = request
        .state
        .request
        .as_ref()
        .and_then(|request| request.invoice)
    {
        let invoice: Loaded<convene_domain::invoice::Invoice> =
            load(store, &streams::invoice(invoice)).await?;
        history.extend(invoice.events);
    }
    let feedback: Loaded<convene_domain::feedback::Feedback> =
        load(store, &streams::feedback(id)).await?;
    history.extend(feedback.events);
    history.sort_by_key(|event| event.position);
    Ok((request, history))
}
