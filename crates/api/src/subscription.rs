//! Subscriptions over `graphql-transport-ws`: a request's updates, and a unit's queue of
//! lines. Both follow the durable log from the moment they start, so nothing is missed
//! between two updates, and each update is shown only after the read models have it.

use async_graphql::{Context, ID, Result, Subscription as SubscriptionObject};
use futures_util::Stream;
use std::sync::Arc;

use convene_app::App;
use convene_domain::request::EventRequestEvent;
use convene_domain::{EventRequestId, UnitCode};
use convene_store::codec::decode;
use convene_store::{EventStore, Subscription as LogSubscription};

use crate::context::{app, principal};
use crate::query::{bad_argument, parse_id};
use crate::types::{EventRequest, ServiceLine};

/// The root of every subscription.
#[derive(Debug, Default)]
pub struct Subscription;

#[SubscriptionObject]
impl Subscription {
    /// The request each time it changes (its lines, guests, invoice and feedback included).
    async fn event_request_updated(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> Result<impl Stream<Item = EventRequest>> {
        let principal = principal(ctx)?.clone();
        let id = parse_id("id", &id, EventRequestId::parse)?;
        let app: Arc<App> = app(ctx).clone();
        let store: Arc<dyn EventStore> = app.store().clone();
        let mut log = LogSubscription::new(store.clone(), store.head());
        if app.request(&principal, id).await.ok().flatten().is_none() {
            return Err(bad_argument("id", "no such request"));
        }
        let request_stream = convene_store::streams::request(id).as_str().to_string();
        let feedback_stream = convene_store::streams::feedback(id).as_str().to_string();
        Ok(async_stream_like(move |mut send| async move {
            while let Some(Ok(event)) = log.next().await {
                let name = event.stream.as_str();
                let concerns = name == request_stream
                    || name == feedback_stream
                    || is_invoice_of(&app, name, id).await;
                if !concerns {
                    continue;
                }
                app.projections().wait_for(event.position).await;
                match app.request(&principal, id).await {
                    Ok(Some(view)) => {
                        if !send(EventRequest(view)).await {
                            return;
                        }
                    }
                    _ => return,
                }
            }
        }))
    }

    /// The lines of a unit each time one is requested or changes.
    async fn service_line_queue(
        &self,
        ctx: &Context<'_>,
        unit_code: String,
    ) -> Result<impl Stream<Item = ServiceLine>> {
        let principal = principal(ctx)?.clone();
        let unit = UnitCode::parse(&unit_code)
            .map_err(|error| bad_argument("unitCode", &error.to_string()))?;
        if let Some(own) = principal.unit() {
            if *own != unit {
                return Err(bad_argument("unitCode", "a unit follows its own queue"));
            }
        } else if !principal.reads_all_requests() {
            return Err(bad_argument("unitCode", "this role has no line queue"));
        }
        let app: Arc<App> = app(ctx).clone();
        let store: Arc<dyn EventStore> = app.store().clone();
        let mut log = LogSubscription::new(store.clone(), store.head());
        Ok(async_stream_like(move |mut send| async move {
            while let Some(Ok(event)) = log.next().await {
                if !event.stream.as_str().starts_with("request-") {
                    continue;
                }
                let Ok(decoded) = decode::<EventRequestEvent>(&event) else {
                    continue;
                };
                let Some(line) = decoded.line() else { continue };
                app.projections().wait_for(event.position).await;
                if let Ok(Some(view)) = app.line(&principal, line).await
                    && view.line.unit() == &unit
                    && !send(ServiceLine(view)).await
                {
                    return;
                }
            }
        }))
    }
}

async fn is_invoice_of(app: &App, stream: &str, request: EventRequestId) -> bool {
    let Some(invoice) = stream.strip_prefix("invoice-") else {
        return false;
    };
    let Ok(invoice) = convene_domain::InvoiceId::parse(invoice) else {
        return false;
    };
    let Ok(loaded) = convene_store::load::load::<convene_domain::invoice::Invoice>(
        app.store().as_ref(),
        &convene_store::streams::invoice(invoice),
    )
    .await
    else {
        return false;
    };
    loaded
        .state
        .issued()
        .is_some_and(|issued| issued.event_request() == request)
}

/// A stream fed by a producer task through a bounded channel (backpressure: a slow
/// subscriber slows its producer, never the server). `send` returns false once the
/// subscriber is gone.
fn async_stream_like<T, F, Fut>(producer: F) -> impl Stream<Item = T>
where
    T: Send + 'static,
    F: FnOnce(
        Box<
            dyn FnMut(T) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send>>
                + Send,
        >,
    ) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (sender, receiver) = tokio::sync::mpsc::channel::<T>(16);
    let send = Box::new(move |item: T| {
        let sender = sender.clone();
        Box::pin(async move { sender.send(item).await.is_ok() })
            as std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send>>
    });
    let task = tokio::spawn(producer(send));
    ReceiverStream { receiver, task }
}

struct ReceiverStream<T> {
    receiver: tokio::sync::mpsc::Receiver<T>,
    task: tokio::task::JoinHandle<()>,
}

impl<T> Stream for ReceiverStream<T> {
    type Item = T;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<T>> {
        self.receiver.poll_recv(cx)
    }
}

impl<T> Drop for ReceiverStream<T> {
    fn drop(&mut self) {
        // The subscriber left: stop following the log for it.
        self.task.abort();
    }
}
