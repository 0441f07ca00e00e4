//! What a page answers when it cannot show what was asked: the same 404 for a missing
//! object and another tenant's, 403 for a refused form, a clear 503 when the store is
//! unavailable, and never a stack trace. A handler returns a [`Failure`]; the session
//! middleware renders it as a page in the visitor's language.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use convene_app::{AppError, UserCode};
use convene_domain::ErrorCode;
use convene_store::StoreError;

use crate::page::Page;
use crate::session::Ctx;

/// Why a page could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Failure {
    /// Missing, or not the visitor's to see.
    NotFound,
    /// A form without its CSRF token or from another origin.
    Forbidden,
    /// A page of another role (a mission opening the unit queue): 403, saying whose page it is
    /// not. An object of another tenant is [`Failure::NotFound`] instead.
    OtherRole,
    /// Input no form of ours sends.
    BadRequest,
    /// A method the address does not take (a `GET` of a form's target, say).
    WrongMethod,
    /// The store cannot take or give data now.
    Unavailable,
    /// A bug or a broken disk: logged, never shown.
    Internal,
    /// The page needs a signed-in visitor.
    SignIn { next: String },
}

impl Failure {
    fn status(&self) -> StatusCode {
        match self {
            Failure::NotFound => StatusCode::NOT_FOUND,
            Failure::Forbidden | Failure::OtherRole => StatusCode::FORBIDDEN,
            Failure::BadRequest => StatusCode::BAD_REQUEST,
            Failure::WrongMethod => StatusCode::METHOD_NOT_ALLOWED,
            Failure::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Failure::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Failure::SignIn { .. } => StatusCode::SEE_OTHER,
        }
    }

    fn key(&self) -> &'static str {
        match self {
            Failure::NotFound => "error-not-found",
            Failure::Forbidden => "error-forbidden",
            Failure::OtherRole => "error-other-role",
            Failure::BadRequest => "error-bad-request",
            Failure::WrongMethod => "error-method",
            Failure::Unavailable => "error-unavailable",
            Failure::Internal | Failure::SignIn { .. } => "error-internal",
        }
    }

    /// The page's heading (and title), saying what happened.
    pub(crate) fn title_key(&self) -> &'static str {
        match self {
            Failure::NotFound => "error-title-not-found",
            Failure::Forbidden => "error-title-forbidden",
            Failure::OtherRole => "error-title-other-role",
            Failure::BadRequest => "error-title-bad-request",
            Failure::WrongMethod => "error-title-method",
            Failure::Unavailable => "error-title-unavailable",
            Failure::Internal | Failure::SignIn { .. } => "error-title",
        }
    }
}

impl From<AppError> for Failure {
    fn from(error: AppError) -> Self {
        match error {
            AppError::User(user) => match user.code {
                UserCode::Rule(ErrorCode::NotFound) => Failure::NotFound,
                UserCode::Forbidden => Failure::Forbidden,
                _ => Failure::BadRequest,
            },
            AppError::Store(StoreError::Unavailable { .. }) | AppError::Contention(_) => {
                Failure::Unavailable
            }
            AppError::Store(store) => {
                tracing::error!(error = %store, "a page failed on the store");
                Failure::Internal
            }
        }
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        if let Failure::SignIn { next } = &self {
            let target = if next.starts_with('/') && !next.starts_with("//") && next != "/" {
                format!("/sign-in?next={}", urlencode(next))
            } else {
                "/sign-in".to_string()
            };
            return Redirect::to(&target).into_response();
        }
        // The session middleware sees this marker and renders the page in the visitor's
        // language; the bare status is only what escapes it.
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Percent-encodes a path for a query parameter.
pub(crate) fn urlencode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[derive(Template, WebTemplate)]
#[template(path = "error.html", whitespace = "minimize")]
struct ErrorPage {
    page: Page,
    message_key: &'static str,
}

/// Renders a failure as a page (called by the session middleware).
pub(crate) fn render(failure: &Failure, page: Page) -> Response {
    let status = failure.status();
    let mut response = ErrorPage {
        message_key: failure.key(),
        page,
    }
    .into_response();
    *response.status_mut() = status;
    if *failure == Failure::Unavailable {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    }
    response
}

/// The page for any path no route has.
pub(crate) async fn not_found_page(_ctx: Ctx) -> Failure {
    Failure::NotFound
}

/// The page for a method a route does not take.
pub(crate) async fn wrong_method_page(_ctx: Ctx) -> Failure {
    Failure::WrongMethod
}

/// The answer when a handler panicked: logged, and a page that says only that it failed, in
/// the six languages (the visitor's is not known here).
pub(crate) fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a page handler panicked");
    let mut body = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Convene</title></head><body><main><h1>Convene</h1>",
    );
    for lang in convene_domain::values::Lang::ALL {
        let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
        body.push_str(&format!(
            "<p lang=\"{}\" dir=\"{dir}\">{}</p>",
            lang.tag(),
            convene_i18n::t(lang, "error-internal")
        ));
    }
    body.push_str("<p><a href=\"/\">Convene</a></p></main></body></html>");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}
