//! The HTTP side of GraphQL (the GraphQL-over-HTTP specification): one request per POST,
//! queries only over GET, `Accept` negotiation between `application/graphql-response+json`
//! and `application/json`, 4xx for malformed requests, the WebSocket endpoint, health and
//! readiness probes, and the Prometheus metrics.

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, OperationType};
use async_graphql::{Data, Variables};
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Query as UrlQuery, State, WebSocketUpgrade};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Map, Value, json};

use convene_app::App;

use crate::ConveneSchema;
use crate::context::{Caller, RequestLang, lang_from_header};
use crate::documents::Documents;
use crate::metrics::Metrics;

/// The largest request body accepted.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// The longest a request may run.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";
const JSON: &str = "application/json";

/// What the routes share.
#[derive(Clone)]
pub struct ApiState {
    pub schema: ConveneSchema,
    pub app: Arc<App>,
    pub metrics: Arc<Metrics>,
    /// Parsed documents by their text.
    pub documents: Arc<Documents>,
}

impl std::fmt::Debug for ApiState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiState").field("app", &self.app).finish()
    }
}

/// The routes: `/graphql` (POST, GET, GraphiQL), GraphiQL's `/graphql/assets/…`,
/// `/graphql/ws`, `/healthz`, `/readyz`, `/metrics`.
pub fn router(state: ApiState) -> Router {
    crate::graphiql::prepare();
    Router::new()
        .route(
            "/graphql",
            get(graphql_get)
                .post(graphql_post)
                .fallback(method_not_allowed),
        )
        .route("/graphql/assets/{name}", get(crate::graphiql::asset))
        .route("/graphql/ws", get(graphql_ws))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

async fn method_not_allowed() -> Response {
    let mut response = plain(
        StatusCode::METHOD_NOT_ALLOWED,
        "use POST for GraphQL requests, or GET for queries",
    );
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("GET, POST"));
    response
}

/// The media type the response will use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Media {
    GraphqlResponseJson,
    Json,
}

impl Media {
    fn content_type(self) -> &'static str {
        match self {
            Media::GraphqlResponseJson => "application/graphql-response+json; charset=utf-8",
            Media::Json => "application/json; charset=utf-8",
        }
    }
}

/// Picks the response type from `Accept`: `application/graphql-response+json` when accepted,
/// else `application/json` (also when no `Accept` is sent); `None` when neither is acceptable.
fn negotiate(headers: &HeaderMap) -> Option<Media> {
    let Some(accept) = headers
        .get(header::ACCEPT)
        .and_then(|value| value.to_str().ok())
    else {
        return Some(Media::Json);
    };
    let mut best: Option<(f32, Media)> = None;
    for part in accept.split(',') {
        let mut pieces = part.split(';');
        let media = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality = pieces
            .find_map(|piece| {
                piece
                    .trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        if quality <= 0.0 {
            continue;
        }
        let candidate = match media.as_str() {
            GRAPHQL_RESPONSE_JSON => Media::GraphqlResponseJson,
            JSON | "application/*" | "*/*" => Media::Json,
            _ => continue,
        };
        let better = match best {
            None => true,
            Some((q, current)) => {
                quality > q
                    || (quality == q
                        && candidate == Media::GraphqlResponseJson
                        && current == Media::Json)
            }
        };
        if better {
            best = Some((quality, candidate));
        }
    }
    best.map(|(_, media)| media)
}

fn plain(status: StatusCode, message: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.to_string(),
    )
        .into_response()
}

/// A request the GraphQL engine never saw: a JSON `errors` list without `data`.
fn request_error(media: Media, status: StatusCode, message: &str) -> Response {
    if status == StatusCode::SERVICE_UNAVAILABLE {
        let body = json!({ "errors": [{ "message": message, "extensions": {
            "code": "UNAVAILABLE", "retryAfter": RETRY_AFTER_SECONDS } }] });
        return unavailable(media, body.to_string());
    }
    let body =
        json!({ "errors": [{ "message": message, "extensions": { "code": "BAD_REQUEST" } }] });
    (
        status,
        [(header::CONTENT_TYPE, media.content_type())],
        body.to_string(),
    )
        .into_response()
}

/// How long a caller refused for a busy moment or an outage is asked to wait.
pub(crate) const RETRY_AFTER_SECONDS: u64 = 1;

/// A 503 with `Retry-After`: the request was refused as a whole and may be sent again.
fn unavailable(media: Media, body: String) -> Response {
    let mut response = (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::CONTENT_TYPE, media.content_type())],
        body,
    )
        .into_response();
    response.headers_mut().insert(
        header::RETRY_AFTER,
        axum::http::HeaderValue::from(RETRY_AFTER_SECONDS),
    );
    response
}

/// Whether a response holds nothing but `UNAVAILABLE` errors: refused as a whole.
fn refused_as_a_whole(response: &async_graphql::Response) -> bool {
    let nothing = match &response.data {
        async_graphql::Value::Null => true,
        async_graphql::Value::Object(fields) => fields
            .values()
            .all(|value| *value == async_graphql::Value::Null),
        _ => false,
    };
    nothing
        && !response.errors.is_empty()
        && response.errors.iter().all(|error| {
            error
                .extensions
                .as_ref()
                .and_then(|extensions| extensions.get("code"))
                == Some(&async_graphql::Value::from("UNAVAILABLE"))
        })
}

/// The parts of a GraphQL-over-HTTP request.
struct Params {
    query: String,
    operation_name: Option<String>,
    variables: Option<Map<String, Value>>,
    extensions: Option<Map<String, Value>>,
}

fn params_from_json(value: Value) -> Result<Params, &'static str> {
    let Value::Object(mut object) = value else {
        return Err(match value {
            Value::Array(_) => "batched requests are not accepted: send one request per POST",
            _ => "the body must be a JSON object with a \"query\"",
        });
    };
    let query = match object.remove("query") {
        Some(Value::String(query)) => query,
        Some(_) => return Err("\"query\" must be a string"),
        None => return Err("the body has no \"query\""),
    };
    let operation_name = match object.remove("operationName") {
        None | Some(Value::Null) => None,
        Some(Value::String(name)) => Some(name),
        Some(_) => return Err("\"operationName\" must be a string"),
    };
    let variables = match object.remove("variables") {
        None | Some(Value::Null) => None,
        Some(Value::Object(map)) => Some(map),
        Some(_) => return Err("\"variables\" must be an object"),
    };
    let extensions = match object.remove("extensions") {
        None | Some(Value::Null) => None,
        Some(Value::Object(map)) => Some(map),
        Some(_) => return Err("\"extensions\" must be an object"),
    };
    Ok(Params {
        query,
        operation_name,
        variables,
        extensions,
    })
}

fn is_json_content_type(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(|value| {
            value
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case(JSON)
        })
        .unwrap_or(false)
}

async fn graphql_post(State(state): State<ApiState>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(media) = negotiate(&headers) else {
        return plain(
            StatusCode::NOT_ACCEPTABLE,
            "accept application/graphql-response+json or application/json",
        );
    };
    if !is_json_content_type(&headers) {
        return request_error(
            media,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the request as Content-Type: application/json",
        );
    }
    let value: Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(error) => {
            return request_error(
                media,
                StatusCode::BAD_REQUEST,
                &format!("the body is not valid JSON: {error}"),
            );
        }
    };
    let params = match params_from_json(value) {
        Ok(params) => params,
        Err(message) => return request_error(media, StatusCode::BAD_REQUEST, message),
    };
    execute(&state, &headers, media, params, Method::POST).await
}

async fn graphql_get(
    State(state): State<ApiState>,
    headers: HeaderMap,
    UrlQuery(query): UrlQuery<std::collections::HashMap<String, String>>,
) -> Response {
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if wants_html && !query.contains_key("query") {
        return crate::graphiql::page(&headers);
    }
    let Some(media) = negotiate(&headers) else {
        return plain(
            StatusCode::NOT_ACCEPTABLE,
            "accept application/graphql-response+json or application/json",
        );
    };
    let Some(text) = query.get("query") else {
        return request_error(
            media,
            StatusCode::BAD_REQUEST,
            "a GET request needs a \"query\" parameter",
        );
    };
    let decode = |name: &str| -> Result<Option<Map<String, Value>>, String> {
        match query.get(name) {
            None => Ok(None),
            Some(raw) => match serde_json::from_str::<Value>(raw) {
                Ok(Value::Object(map)) => Ok(Some(map)),
                Ok(Value::Null) => Ok(None),
                _ => Err(format!("\"{name}\" must be a JSON object")),
            },
        }
    };
    let variables = match decode("variables") {
        Ok(variables) => variables,
        Err(message) => return request_error(media, StatusCode::BAD_REQUEST, &message),
    };
    let extensions = match decode("extensions") {
        Ok(extensions) => extensions,
        Err(message) => return request_error(media, StatusCode::BAD_REQUEST, &message),
    };
    let params = Params {
        query: text.clone(),
        operation_name: query.get("operationName").cloned(),
        variables,
        extensions,
    };
    execute(&state, &headers, media, params, Method::GET).await
}

/// The type of the operation a document would run, if it names one.
fn operation_type(
    document: &ExecutableDocument,
    operation_name: Option<&str>,
) -> Option<OperationType> {
    match (&document.operations, operation_name) {
        (DocumentOperations::Single(operation), _) => Some(operation.node.ty),
        (DocumentOperations::Multiple(operations), Some(name)) => {
            operations.get(name).map(|operation| operation.node.ty)
        }
        (DocumentOperations::Multiple(operations), None) if operations.len() == 1 => operations
            .values()
            .next()
            .map(|operation| operation.node.ty),
        _ => None,
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

async fn execute(
    state: &ApiState,
    headers: &HeaderMap,
    media: Media,
    params: Params,
    method: Method,
) -> Response {
    let started = Instant::now();
    // Parsed once, here, and handed to the engine (which would otherwise parse it again).
    let parsed = state.documents.parse(&params.query).ok();
    let kind = parsed
        .as_ref()
        .and_then(|document| operation_type(document, params.operation_name.as_deref()));
    if method == Method::GET
        && matches!(
            kind,
            Some(OperationType::Mutation | OperationType::Subscription)
        )
    {
        let mut response = request_error(
            media,
            StatusCode::METHOD_NOT_ALLOWED,
            "mutations are sent with POST, never GET",
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }
    let principal = bearer(headers).and_then(|token| state.app.authenticate(token));
    let lang = lang_from_header(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    );
    let operation = params
        .operation_name
        .clone()
        .unwrap_or_else(|| "anonymous".to_string());
    let mut request = async_graphql::Request::new(params.query);
    if let Some(document) = parsed {
        request.set_parsed_query(document);
    }
    if let Some(name) = params.operation_name {
        request = request.operation_name(name);
    }
    if let Some(variables) = params.variables {
        request = request.variables(Variables::from_json(Value::Object(variables)));
    }
    if let Some(extensions) = params.extensions {
        for (key, value) in extensions {
            if let Ok(value) = async_graphql::Value::from_json(value) {
                request.extensions.insert(key, value);
            }
        }
    }
    let request = request.data(Caller(principal)).data(RequestLang(lang));
    let mut response =
        match tokio::time::timeout(REQUEST_TIMEOUT, state.schema.execute(request)).await {
            Ok(response) => response,
            Err(_) => {
                state.metrics.record(&operation, started.elapsed(), false);
                return request_error(
                    media,
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the request took too long and was stopped",
                );
            }
        };
    explain_decimals(&mut response.errors);
    // A request error (the document did not parse or validate): no `data` entry at all.
    let request_failed = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|error| error.path.is_empty());
    state
        .metrics
        .record(&operation, started.elapsed(), response.errors.is_empty());
    let status = if request_failed && media == Media::GraphqlResponseJson {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    // Serialized straight from the engine's ordered maps: fields keep the query's order.
    let body = if request_failed {
        serde_json::to_string(&json!({ "errors": response.errors }))
    } else {
        serde_json::to_string(&response)
    };
    match body {
        Ok(body) if refused_as_a_whole(&response) => unavailable(media, body),
        Ok(body) => (status, [(header::CONTENT_TYPE, media.content_type())], body).into_response(),
        Err(_) => request_error(
            media,
            StatusCode::INTERNAL_SERVER_ERROR,
            "the response could not be encoded",
        ),
    }
}

/// What a `Decimal` is, for callers who sent something else.
const DECIMAL_HINT: &str =
    "amounts and quantities are decimal strings such as \"1250.00\", never JSON numbers";

/// Says why a value is not a `Decimal`. Validation rejects a JSON number (or any non-string)
/// with only `expected type "Decimal"`: the scalar's own explanation is never reached, since
/// async-graphql's validation asks the scalar only whether the value is valid, not why.
fn explain_decimals(errors: &mut [async_graphql::ServerError]) {
    for error in errors {
        if error.message.contains("expected type \"Decimal\"") {
            error.message = format!("{}: {DECIMAL_HINT}", error.message);
        }
    }
}

/// Finds the bearer token in a `connection_init` payload: `{"authorization": "Bearer …"}`,
/// `{"Authorization": …}` or `{"token": …}`.
fn token_from_payload(payload: &Value) -> Option<String> {
    let object = payload.as_object()?;
    for key in ["authorization", "Authorization"] {
        if let Some(Value::String(value)) = object.get(key) {
            let token = value.trim();
            let token = token.split_once(' ').map_or(token, |(scheme, rest)| {
                if scheme.eq_ignore_ascii_case("bearer") {
                    rest
                } else {
                    token
                }
            });
            return Some(token.trim().to_string());
        }
    }
    match object.get("token") {
        Some(Value::String(token)) => Some(token.trim().to_string()),
        _ => None,
    }
}

async fn graphql_ws(
    State(state): State<ApiState>,
    protocol: GraphQLProtocol,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let lang = lang_from_header(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    );
    let header_principal = bearer(&headers).and_then(|token| state.app.authenticate(token));
    let app = state.app.clone();
    let schema = state.schema.clone();
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| {
            serve_socket(socket, schema, protocol, app, header_principal, lang)
        })
}

/// How long a client has to send `connection_init` after the upgrade.
const CONNECTION_INIT_TIMEOUT: Duration = Duration::from_secs(10);

/// Reads the client's `connection_init` first: a missing or bad token closes the socket with
/// 4403 (Forbidden), as the graphql-transport-ws protocol says; otherwise the message is handed
/// on to the GraphQL engine, which acknowledges it and serves the subscriptions.
async fn serve_socket(
    socket: axum::extract::ws::WebSocket,
    schema: ConveneSchema,
    protocol: GraphQLProtocol,
    app: Arc<App>,
    header_principal: Option<convene_app::Principal>,
    lang: convene_domain::values::Lang,
) {
    use axum::extract::ws::{CloseFrame, Message};
    use futures_util::{SinkExt, StreamExt};

    let (mut sink, mut stream) = socket.split();
    let first = match tokio::time::timeout(CONNECTION_INIT_TIMEOUT, stream.next()).await {
        Ok(Some(Ok(message))) => message,
        Ok(_) => return,
        Err(_) => {
            let close = CloseFrame {
                code: 4408,
                reason: "Connection initialisation timeout".into(),
            };
            let _ = sink.send(Message::Close(Some(close))).await;
            return;
        }
    };
    let init = match &first {
        Message::Text(text) => serde_json::from_str::<Value>(text.as_str())
            .ok()
            .filter(|message| message["type"] == "connection_init"),
        _ => None,
    };
    let principal = match &init {
        Some(message) => token_from_payload(&message["payload"])
            .and_then(|token| app.authenticate(&token))
            .or(header_principal),
        None => header_principal,
    };
    if init.is_some() && principal.is_none() {
        let close = CloseFrame {
            code: 4403,
            reason: "Forbidden: send a valid token in connection_init".into(),
        };
        let _ = sink.send(Message::Close(Some(close))).await;
        return;
    }
    let stream = futures_util::stream::once(async move { Ok(first) }).chain(stream);
    GraphQLWebSocket::new_with_pair(sink, stream, schema, protocol)
        .on_connection_init(move |_payload| async move {
            let Some(principal) = principal else {
                return Err(async_graphql::Error::new(
                    "UNAUTHENTICATED: send a valid token in connection_init",
                ));
            };
            let mut data = Data::default();
            data.insert(Caller(Some(principal)));
            data.insert(RequestLang(lang));
            Ok(data)
        })
        .serve()
        .await;
}

async fn readyz(State(state): State<ApiState>) -> Response {
    if let Some(reason) = state.metrics.store_failure(&state.app) {
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!("not ready: {reason}"),
        );
    }
    if state.app.is_caught_up() {
        plain(StatusCode::OK, "ready")
    } else {
        plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: read models are catching up",
        )
    }
}

async fn metrics(State(state): State<ApiState>) -> Response {
    let body = state.metrics.render(&state.app);
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        Body::from(body),
    )
        .into_response()
}
