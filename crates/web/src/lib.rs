//! Convene's web application: the pages every role uses in a browser, rendered on the
//! server with askama and enhanced with htmx. Handlers call `convene-app` directly (never
//! GraphQL), so a page and a mutation apply the same rules and show the same codes; every
//! word comes from the Fluent files of `convene-i18n`.
//!
//! The route table is [`router`]; sessions, CSRF and the Origin check live in `session`;
//! embedded, content-hashed assets in `assets`; the security headers in `headers`.

mod admin;
mod assets;
mod auth;
mod desk;
mod directory;
mod documents;
mod errors;
mod finance;
mod form;
mod headers;
mod live;
mod mission;
mod page;
mod session;
mod unit;
mod view;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use convene_app::App;

pub use headers::{CONTENT_SECURITY_POLICY, security_headers};
pub use session::{SESSION_ABSOLUTE, SESSION_IDLE};

/// A demo persona shown on the sign-in page in demo mode: one click signs in with its key.
#[derive(Debug, Clone)]
pub struct Persona {
    /// A stable name for the form (`mission:FRA`, `focal-point`, `unit:CATERING`, `finance`).
    pub id: String,
    /// The access key it signs in with.
    pub token: String,
}

/// How the web application runs.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// The demo personas, listed on the sign-in page; empty outside demo mode.
    pub personas: Vec<Persona>,
}

/// What every handler shares.
#[derive(Clone)]
pub(crate) struct WebState {
    pub(crate) app: Arc<App>,
    pub(crate) sessions: Arc<session::Sessions>,
    pub(crate) config: Arc<WebConfig>,
    /// Rendered invoices and credit notes, bounded.
    pub(crate) documents: Arc<convene_documents::DocumentCache>,
}

impl std::fmt::Debug for WebState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebState").finish_non_exhaustive()
    }
}

/// The pages, in one table. Mounted beside the API by the server.
pub fn router(app: Arc<App>, config: WebConfig) -> Router {
    let state = WebState {
        app,
        sessions: Arc::new(session::Sessions::default()),
        config: Arc::new(config),
        documents: Arc::new(convene_documents::DocumentCache::new(
            documents::CACHE_ENTRIES,
            documents::CACHE_BYTES,
        )),
    };
    Router::new()
        // Everyone.
        .route("/", get(auth::home))
        .route("/sign-in", get(auth::sign_in_page).post(auth::sign_in))
        .route("/sign-in/demo", post(auth::sign_in_demo))
        .route("/sign-out", post(auth::sign_out))
        .route("/lang", post(auth::switch_lang))
        .route("/directory", get(directory::page))
        .route("/assets/{name}", get(assets::serve))
        // Missions.
        .route("/requests", get(mission::home).post(mission::create))
        .route("/requests/new", get(mission::new_page))
        .route("/requests/new/rooms", get(mission::free_rooms))
        .route("/requests/{id}", get(mission::request_page))
        .route("/requests/{id}/live", get(mission::live_part))
        .route("/requests/{id}/events", get(live::events))
        .route(
            "/requests/{id}/edit",
            get(mission::edit_page).post(mission::edit),
        )
        .route("/requests/{id}/services", get(mission::services_page))
        .route("/requests/{id}/lines", post(mission::add_line))
        .route(
            "/requests/{id}/lines/{line}/remove",
            post(mission::remove_line),
        )
        .route(
            "/requests/{id}/guests",
            get(mission::guests_page).post(mission::add_guest),
        )
        .route("/requests/{id}/guests/paste", post(mission::paste_guests))
        .route(
            "/requests/{id}/guests/{guest}/remove",
            post(mission::remove_guest),
        )
        .route("/requests/{id}/submit", post(mission::submit))
        .route(
            "/requests/{id}/cancel",
            get(mission::cancel_page).post(mission::cancel),
        )
        .route(
            "/requests/{id}/feedback",
            get(mission::feedback_page).post(mission::feedback),
        )
        .route("/invoices", get(mission::invoices_page))
        .route("/invoices/{id}", get(mission::invoice_page))
        .route(
            "/invoices/{id}/credit-notes/{note}",
            get(documents::credit_note),
        )
        // The focal point desk.
        .route("/desk", get(desk::queue))
        .route("/desk/day", get(desk::day))
        .route("/requests/{id}/approve", post(desk::approve))
        .route("/requests/{id}/reject", post(desk::reject))
        .route("/requests/{id}/held", post(desk::mark_held))
        // Finance.
        .route("/finance", get(finance::ready))
        .route("/finance/revenue", get(finance::revenue))
        .route("/finance/export.csv", get(documents::erp_export))
        .route("/requests/{id}/invoice", post(finance::issue))
        .route("/invoices/{id}/credit-notes", post(finance::credit))
        .route("/invoices/{id}/payments", post(finance::pay))
        // Facility units.
        .route("/unit", get(unit::queue))
        .route("/unit/run-sheet", get(unit::run_sheet))
        .route("/unit/run-sheet.pdf", get(unit::run_sheet_pdf))
        .route("/unit/guests/{id}", get(unit::guest_list))
        .route("/unit/satisfaction", get(unit::satisfaction))
        .route("/lines/{id}/confirm", post(unit::confirm))
        .route("/lines/{id}/decline", post(unit::decline))
        .route("/lines/{id}/deliver", post(unit::deliver))
        // Administrators.
        .route(
            "/admin/rooms",
            get(admin::rooms::list).post(admin::rooms::add),
        )
        .route(
            "/admin/rooms/{code}",
            get(admin::rooms::edit_page).post(admin::rooms::edit),
        )
        .route(
            "/admin/units",
            get(admin::units::list).post(admin::units::add),
        )
        .route(
            "/admin/units/{code}",
            get(admin::units::edit_page).post(admin::units::edit),
        )
        .route(
            "/admin/rate-card",
            get(admin::rate_card::list).post(admin::rate_card::add),
        )
        .route(
            "/admin/rate-card/{code}",
            get(admin::rate_card::item_page).post(admin::rate_card::edit),
        )
        .route(
            "/admin/rate-card/{code}/price",
            post(admin::rate_card::change_price),
        )
        .route(
            "/admin/missions",
            get(admin::people::missions).post(admin::people::add_mission),
        )
        .route(
            "/admin/missions/{code}",
            get(admin::people::mission_page).post(admin::people::rename_mission),
        )
        .route(
            "/admin/focal-points",
            get(admin::people::focal_points).post(admin::people::add_focal_point),
        )
        .route(
            "/admin/focal-points/edit",
            get(admin::people::focal_point_page).post(admin::people::change_focal_point),
        )
        .route(
            "/admin/focal-points/remove",
            post(admin::people::remove_focal_point),
        )
        .route(
            "/admin/keys",
            get(admin::keys::list).post(admin::keys::issue),
        )
        .route("/admin/keys/{hash}/revoke", post(admin::keys::revoke))
        .fallback(errors::not_found_page)
        .method_not_allowed_fallback(errors::wrong_method_page)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::attach,
        ))
        // A bug that panics in a handler answers a plain page, never a dropped connection
        // or a stack trace.
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            errors::panicked,
        ))
        .with_state(state)
}
