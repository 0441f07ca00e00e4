//! The mission's pages: home (requests by what needs doing), a new request with the rooms
//! free at that time, services from the catalog with the live estimate, guests, submit,
//! cancel with the fee shown first, the request page (live), invoices and feedback.
//! Each handler parses its form, calls the application, and picks a template; every
//! refusal comes back from the application with its rule code.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::{
    AppError, Idempotency, NewLine, NewRequest, Principal, RequestEdit, RequestView,
};
use convene_domain::access::Role;
use convene_domain::request::{self as rules, RequestStatus};
use convene_domain::values::{
    Attendance, Description, Lang, Name, Note, Quantity, Rating, Reason, Title,
};
use convene_domain::{
    EventRequestId, GuestId, InvoiceId, ItemCode, RoomCode, ServiceLineId, TimeSlot, UnitCode,
};
use convene_i18n::{Args, t, t_page};
use jiff::Timestamp;
use jiff::civil::{Date, Time};

use crate::errors::Failure;
use crate::form::Posted;
use crate::page::Page;
use crate::session::Ctx;
use crate::view::{self, BillView, Errors, HistoryRow, LineRow, RequestRow, Status};

/// The most requests a home page or queue reads (a mission has far fewer).
pub(crate) const MAX_LISTED: usize = 1_000;

/// How a request's inputs are named in the application and on the form.
const REQUEST_FIELDS: &[(&str, &str)] = &[
    ("title", "title"),
    ("description", "description"),
    ("start", "start"),
    ("end", "end"),
    ("slot", "start"),
    ("expectedAttendance", "attendance"),
    ("preferredRoomCode", "room"),
];

pub(crate) fn parse_request_id(text: &str) -> Result<EventRequestId, Failure> {
    EventRequestId::parse(text).map_err(|_| Failure::NotFound)
}

/// The signed-in mission, or the 403 page for every other role.
fn mission_principal(ctx: &Ctx) -> Result<&Principal, Failure> {
    let principal = ctx.principal()?;
    match principal.role {
        Role::Mission { .. } => Ok(principal),
        _ => Err(Failure::OtherRole),
    }
}

/// A request the visitor may see, or the same 404 as for one that does not exist.
pub(crate) async fn visible_request(ctx: &Ctx, id: EventRequestId) -> Result<RequestView, Failure> {
    let principal = ctx.principal()?;
    ctx.state
        .app
        .request(principal, id)
        .await?
        .ok_or(Failure::NotFound)
}

/// Every request of the visitor's list (bounded by [`MAX_LISTED`]).
pub(crate) async fn all_requests(
    ctx: &Ctx,
    status: Option<RequestStatus>,
) -> Result<Vec<RequestView>, Failure> {
    let principal = ctx.principal()?;
    let mut all = Vec::new();
    let mut after = None;
    loop {
        let page = ctx
            .state
            .app
            .requests(principal, status, after, Some(convene_app::MAX_PAGE_SIZE))
            .await?;
        after = page.items.last().map(|view| view.request.id);
        all.extend(page.items);
        if !page.has_next || all.len() >= MAX_LISTED || after.is_none() {
            return Ok(all);
        }
    }
}

// ---------------------------------------------------------------- home

/// A group of the home page.
struct Group {
    key: &'static str,
    next_key: &'static str,
    rows: Vec<RequestRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "mission_home.html", whitespace = "minimize")]
struct HomePage {
    page: Page,
    groups: Vec<Group>,
    empty: bool,
}

/// `GET /requests`: the mission's requests by what needs doing.
pub(crate) async fn home(ctx: Ctx) -> Result<Response, Failure> {
    mission_principal(&ctx)?;
    let mut views = all_requests(&ctx, None).await?;
    views.sort_by_key(|view| view.request.slot.start());
    let lang = ctx.lang;
    let order: [(&[RequestStatus], &str, &str); 6] = [
        (&[RequestStatus::Draft], "home-drafts", "next-draft"),
        (
            &[RequestStatus::Submitted],
            "home-waiting",
            "next-submitted",
        ),
        (&[RequestStatus::Approved], "home-approved", "next-approved"),
        (&[RequestStatus::Held], "home-held", "next-held"),
        (&[RequestStatus::Closed], "home-invoiced", "next-closed"),
        (
            &[RequestStatus::Cancelled, RequestStatus::Rejected],
            "home-cancelled",
            "next-cancelled",
        ),
    ];
    let groups: Vec<Group> = order
        .iter()
        .map(|(statuses, key, next_key)| Group {
            key,
            next_key,
            rows: views
                .iter()
                .filter(|view| statuses.contains(&view.request.status))
                .map(|view| view::request_row(&ctx.state.app, lang, view))
                .collect(),
        })
        .filter(|group| !group.rows.is_empty())
        .collect();
    Ok(HomePage {
        page: Page::new(&ctx, "home-title"),
        empty: groups.is_empty(),
        groups,
    }
    .into_response())
}

// ---------------------------------------------------------------- new request

/// The request form's fields as typed (kept to show them again).
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RequestForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    start: String,
    #[serde(default)]
    end: String,
    #[serde(default)]
    attendance: String,
    #[serde(default)]
    room: String,
    #[serde(default)]
    key: String,
}

/// A room the mission may prefer.
struct RoomChoice {
    code: String,
    name: String,
    capacity: String,
    features: String,
    checked: bool,
}

/// The free rooms for the form's period, or why they cannot be shown yet.
struct FreeRooms {
    /// Whether the period and attendance were readable.
    known: bool,
    rooms: Vec<RoomChoice>,
    /// The period in words, when known.
    when: String,
    no_preference: bool,
    /// When the request must be submitted for that period (or that it is too late).
    deadline: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "request_form.html", whitespace = "minimize")]
struct RequestFormPage {
    page: Page,
    form: RequestForm,
    errors: Errors,
    free: FreeRooms,
    /// `None` for a new request; the request's id when editing a draft.
    editing: Option<String>,
    version: u64,
    hint_lead: String,
    hint_hours: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "free_rooms.html", whitespace = "minimize")]
struct FreeRoomsPart {
    page: Page,
    free: FreeRooms,
}

pub(crate) fn parse_date(text: &str) -> Option<Date> {
    text.trim().parse().ok()
}

pub(crate) fn parse_time(text: &str) -> Option<Time> {
    let text = text.trim();
    // Browsers send `10:00` (or `10:00:00` with seconds).
    Time::strptime("%H:%M", text)
        .or_else(|_| Time::strptime("%H:%M:%S", text))
        .ok()
}

pub(crate) fn venue_instant(date: Date, time: Time) -> Option<Timestamp> {
    date.to_datetime(time)
        .to_zoned(convene_domain::time::venue_tz().clone())
        .ok()
        .map(|zoned| zoned.timestamp())
}

/// The period the form names, if its date and times are readable and in order.
fn form_slot(form: &RequestForm) -> Option<TimeSlot> {
    let date = parse_date(&form.date)?;
    let start = venue_instant(date, parse_time(&form.start)?)?;
    let end = venue_instant(date, parse_time(&form.end)?)?;
    TimeSlot::new(start, end).ok()
}

fn form_attendance(form: &RequestForm) -> Option<Attendance> {
    form.attendance
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|n| Attendance::new(n).ok())
}

async fn find_free_rooms(ctx: &Ctx, form: &RequestForm) -> Result<FreeRooms, Failure> {
    let principal = ctx.principal()?;
    let (Some(slot), Some(attendance)) = (form_slot(form), form_attendance(form)) else {
        return Ok(FreeRooms {
            known: false,
            rooms: Vec::new(),
            when: String::new(),
            no_preference: form.room.is_empty(),
            deadline: String::new(),
        });
    };
    let rooms = ctx
        .state
        .app
        .available_rooms(principal, slot, attendance)
        .await?;
    let lang = ctx.lang;
    Ok(FreeRooms {
        known: true,
        deadline: deadline_hint(ctx, &slot),
        when: crate::page::slot_text(lang, &slot),
        no_preference: form.room.is_empty(),
        rooms: rooms
            .into_iter()
            .map(|room| RoomChoice {
                checked: room.code.as_str() == form.room,
                code: room.code.to_string(),
                name: room.name.get(lang).to_string(),
                capacity: convene_i18n::integer(lang, i64::from(room.capacity.get())),
                features: room
                    .features
                    .iter()
                    .map(|feature| {
                        let key = format!("feature-{}", feature.as_str().to_ascii_lowercase());
                        if convene_i18n::has(lang, &key) {
                            t(lang, &key)
                        } else {
                            feature.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(&t(lang, "list-separator")),
            })
            .collect(),
    })
}

fn hints(ctx: &Ctx) -> (String, String) {
    let lang = ctx.lang;
    let lead = t_page(
        lang,
        "hint-lead-time",
        &Args::new().num("days", i64::from(rules::SUBMIT_LEAD_DAYS)),
    );
    (lead, t(lang, "hint-booking-hours"))
}

/// By when a request for `slot` must be submitted, or that it is already too late.
fn deadline_hint(ctx: &Ctx, slot: &TimeSlot) -> String {
    let lang = ctx.lang;
    let deadline = rules::submission_deadline(slot.start());
    let key = if ctx.state.app.now() <= deadline {
        "hint-submit-by"
    } else {
        "hint-submit-too-late"
    };
    t_page(
        lang,
        key,
        &Args::new().str("deadline", convene_i18n::datetime(lang, deadline)),
    )
}

async fn form_page(
    ctx: &Ctx,
    form: RequestForm,
    errors: Errors,
    editing: Option<(EventRequestId, u64)>,
) -> Result<Response, Failure> {
    let free = find_free_rooms(ctx, &form).await?;
    let (hint_lead, hint_hours) = hints(ctx);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let title = if editing.is_some() {
        "edit-title"
    } else {
        "new-title"
    };
    let mut response = RequestFormPage {
        page: Page::new(ctx, title),
        form,
        errors,
        free,
        editing: editing.map(|(id, _)| id.to_string()),
        version: editing.map_or(0, |(_, version)| version),
        hint_lead,
        hint_hours,
    }
    .into_response();
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /requests/new`: the form; with its fields in the query (JavaScript off, "show free
/// rooms"), the same form filled in with the rooms free then.
pub(crate) async fn new_page(
    ctx: Ctx,
    Query(mut form): Query<RequestForm>,
) -> Result<Response, Failure> {
    mission_principal(&ctx)?;
    if form.key.is_empty() {
        form.key = new_key();
    }
    form_page(&ctx, form, Errors::default(), None).await
}

/// `GET /requests/new/rooms`: the free rooms for the period typed so far (htmx).
pub(crate) async fn free_rooms_part(ctx: &Ctx, form: &RequestForm) -> Result<Response, Failure> {
    let free = find_free_rooms(ctx, form).await?;
    Ok(FreeRoomsPart {
        page: Page::new(ctx, "new-title"),
        free,
    }
    .into_response())
}

/// `GET /requests/new/rooms`.
pub(crate) async fn free_rooms(
    ctx: Ctx,
    Query(form): Query<RequestForm>,
) -> Result<Response, Failure> {
    ctx.principal()?;
    free_rooms_part(&ctx, &form).await
}

/// A random idempotency key for a form, so a double submission creates one request.
fn new_key() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system gives randomness");
    hex::encode(bytes)
}

/// Reads the form into the application's input, or says what is wrong with each field.
fn parse_request(lang: Lang, form: &RequestForm) -> Result<NewRequest, Errors> {
    let mut errors = Errors::default();
    let mut value_error = |field: &str, error: convene_domain::ValueError| {
        errors.push_user(
            lang,
            &convene_app::error::rejected(error).on_field(field),
            REQUEST_FIELDS,
        );
    };
    let title = Title::parse(&form.title)
        .map_err(|e| value_error("title", e))
        .ok();
    let description = Description::parse(&form.description)
        .map_err(|e| value_error("description", e))
        .ok();
    let attendance = form
        .attendance
        .trim()
        .parse::<i64>()
        .map_err(|_| Attendance::new(0).expect_err("0 people is refused"))
        .and_then(Attendance::new)
        .map_err(|e| value_error("expectedAttendance", e))
        .ok();
    let room = if form.room.trim().is_empty() {
        Some(None)
    } else {
        RoomCode::parse(form.room.trim())
            .map(Some)
            .map_err(|e| value_error("preferredRoomCode", e))
            .ok()
    };
    let date = parse_date(&form.date);
    if date.is_none() {
        errors.push("date", "VALIDATION", t(lang, "form-invalid-date"));
    }
    let start = parse_time(&form.start);
    if start.is_none() {
        errors.push("start", "VALIDATION", t(lang, "form-invalid-time"));
    }
    let end = parse_time(&form.end);
    if end.is_none() {
        errors.push("end", "VALIDATION", t(lang, "form-invalid-time"));
    }
    let slot = match (date, start, end) {
        (Some(date), Some(start), Some(end)) => {
            match (venue_instant(date, start), venue_instant(date, end)) {
                (Some(start), Some(end)) => match TimeSlot::new(start, end) {
                    Ok(slot) => Some(slot),
                    Err(error) => {
                        errors.push_user(
                            lang,
                            &convene_app::error::rejected(error).on_field("end"),
                            REQUEST_FIELDS,
                        );
                        None
                    }
                },
                _ => {
                    errors.push("start", "VALIDATION", t(lang, "form-invalid-time"));
                    None
                }
            }
        }
        _ => None,
    };
    match (title, description, attendance, room, slot) {
        (Some(title), Some(description), Some(attendance), Some(preferred_room), Some(slot))
            if errors.is_empty() =>
        {
            Ok(NewRequest {
                title,
                description,
                slot,
                attendance,
                preferred_room,
            })
        }
        _ => Err(errors),
    }
}

/// A refusal of the application as form errors, or the failure page for the rest.
/// A refusal to show on the form (`Errors`), or the failure page for what is not the form's
/// (forbidden, not found): shared by every form of the pages.
pub(crate) fn refusal(
    lang: Lang,
    error: AppError,
    fields: &[(&str, &str)],
) -> Result<Errors, Failure> {
    match error {
        AppError::User(user)
            if !matches!(
                user.code,
                convene_app::UserCode::Forbidden
                    | convene_app::UserCode::Rule(convene_domain::ErrorCode::NotFound)
            ) || user
                .field
                .as_deref()
                .is_some_and(|f| fields.iter().any(|(n, _)| *n == f)) =>
        {
            Ok(Errors::from_user(lang, &user, fields))
        }
        other => Err(other.into()),
    }
}

/// `POST /requests`: creates the draft and goes on to its services.
pub(crate) async fn create(Posted { ctx, form }: Posted<RequestForm>) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let input = match parse_request(ctx.lang, &form) {
        Ok(input) => input,
        Err(errors) => return form_page(&ctx, form, errors, None).await,
    };
    let canonical = format!(
        "{}\u{0}{}\u{0}{}\u{0}{}\u{0}{}\u{0}{}",
        input.title,
        input.description,
        input.slot.start(),
        input.slot.end(),
        input.attendance.get(),
        input
            .preferred_room
            .as_ref()
            .map(|r| r.as_str())
            .unwrap_or_default()
    );
    let idempotency = Idempotency::new(&form.key, "web.eventRequestCreate", &canonical).ok();
    match ctx
        .state
        .app
        .create_request(&principal, input, idempotency.as_ref())
        .await
    {
        Ok(id) => Ok(Redirect::to(&format!("/requests/{id}/services")).into_response()),
        Err(error) => {
            let errors = refusal(ctx.lang, error, REQUEST_FIELDS)?;
            form_page(&ctx, form, errors, None).await
        }
    }
}

fn form_of(request: &convene_domain::request::Request) -> RequestForm {
    let start = convene_domain::time::local(request.slot.start());
    let end = convene_domain::time::local(request.slot.end());
    RequestForm {
        title: request.title.to_string(),
        description: request.description.to_string(),
        date: start.date().to_string(),
        start: start.time().strftime("%H:%M").to_string(),
        end: end.time().strftime("%H:%M").to_string(),
        attendance: request.attendance.get().to_string(),
        room: request
            .preferred_room
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        key: String::new(),
    }
}

/// `GET /requests/{id}/edit`: a draft's form, filled in.
pub(crate) async fn edit_page(
    ctx: Ctx,
    Path(id): Path<String>,
    Query(typed): Query<RequestForm>,
) -> Result<Response, Failure> {
    mission_principal(&ctx)?;
    let id = parse_request_id(&id)?;
    let view = visible_request(&ctx, id).await?;
    // With fields in the query ("show free rooms" with JavaScript off) the typed values win.
    let form = if typed.date.is_empty() && typed.title.is_empty() {
        form_of(&view.request)
    } else {
        typed
    };
    form_page(&ctx, form, Errors::default(), Some((id, view.version))).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct EditForm {
    #[serde(flatten)]
    fields: RequestForm,
    #[serde(default)]
    version: String,
}

/// `POST /requests/{id}/edit`: changes the draft (refused if it changed meanwhile).
pub(crate) async fn edit(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<EditForm>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let version: Option<u64> = form.version.trim().parse().ok();
    let editing = Some((id, version.unwrap_or(0)));
    let input = match parse_request(ctx.lang, &form.fields) {
        Ok(input) => input,
        Err(errors) => return form_page(&ctx, form.fields, errors, editing).await,
    };
    let edit = RequestEdit {
        title: input.title,
        description: input.description,
        slot: input.slot,
        attendance: input.attendance,
        preferred_room: input.preferred_room,
    };
    match ctx
        .state
        .app
        .edit_request(&principal, id, edit, version)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{id}")).into_response()),
        Err(error) => {
            let errors = refusal(ctx.lang, error, REQUEST_FIELDS)?;
            form_page(&ctx, form.fields, errors, editing).await
        }
    }
}

// ---------------------------------------------------------------- the request page

/// A guest as listed.
pub(crate) struct GuestRow {
    id: String,
    name: String,
    organization: String,
}

/// A room a focal point may approve with.
pub(crate) struct ApproveChoice {
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) capacity: String,
    pub(crate) preferred: bool,
}

/// The live part of a request page: what changes while it is open.
pub(crate) struct Live {
    pub(crate) id: String,
    pub(crate) reference: String,
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) mission: String,
    pub(crate) status: Status,
    pub(crate) when: String,
    pub(crate) attendance: String,
    pub(crate) preferred_room: String,
    pub(crate) room: String,
    pub(crate) focal_name: String,
    pub(crate) focal_email: String,
    pub(crate) focal_phone: String,
    pub(crate) reason: String,
    pub(crate) lines: Vec<LineRow>,
    pub(crate) estimate: BillView,
    pub(crate) fee: String,
    pub(crate) history: Vec<HistoryRow>,
    pub(crate) version: u64,
    pub(crate) invoice: String,
}

/// What the visitor may do on the request page.
#[derive(Default)]
pub(crate) struct Actions {
    pub(crate) mission: bool,
    pub(crate) edit: bool,
    pub(crate) services: bool,
    pub(crate) guests: bool,
    pub(crate) submit: bool,
    pub(crate) cancel: bool,
    pub(crate) feedback: bool,
    pub(crate) desk: bool,
    pub(crate) approve: bool,
    pub(crate) reject: bool,
    pub(crate) held: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "request.html", whitespace = "minimize")]
pub(crate) struct RequestPage {
    pub(crate) page: Page,
    pub(crate) live: Live,
    pub(crate) actions: Actions,
    pub(crate) errors: Errors,
    pub(crate) guests: Vec<GuestRow>,
    pub(crate) guests_visible: bool,
    pub(crate) submit_hint: String,
    pub(crate) rooms: Vec<ApproveChoice>,
    pub(crate) conflicts: Vec<String>,
    /// The log position the page was rendered at (live updates follow from there).
    pub(crate) after: u64,
}

#[derive(Template, WebTemplate)]
#[template(path = "request_live.html", whitespace = "minimize")]
struct LivePart {
    page: Page,
    live: Live,
}

pub(crate) async fn live_of(ctx: &Ctx, view: &RequestView) -> Result<Live, Failure> {
    let principal = ctx.principal()?;
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let request = &view.request;
    let history = app.history(principal, request.id).await?;
    let fee = view
        .cancellation_fee(app)
        // A draft has nothing confirmed, so nothing to charge: the fee shows once the
        // request is with the desk (then "US$0.00" says cancelling is still free).
        .filter(|fee| {
            !fee.is_zero() || (request.status.is_open() && request.status != RequestStatus::Draft)
        })
        .map(|fee| convene_i18n::money(lang, &fee))
        .unwrap_or_default();
    let focal = request.focal_point.as_ref();
    Ok(Live {
        id: request.id.to_string(),
        reference: request.reference.as_str().to_string(),
        title: request.title.to_string(),
        description: request.description.to_string(),
        mission: request.mission.to_string(),
        status: view::request_status(lang, request.status),
        when: crate::page::slot_text(lang, &request.slot),
        attendance: convene_i18n::integer(lang, i64::from(request.attendance.get())),
        preferred_room: request
            .preferred_room
            .as_ref()
            .map(|room| view::room_name(app, lang, room))
            .unwrap_or_default(),
        room: request
            .room
            .as_ref()
            .map(|room| view::room_name(app, lang, room))
            .unwrap_or_default(),
        focal_name: focal.map(|c| c.name.to_string()).unwrap_or_default(),
        focal_email: focal
            .map(|c| c.email.as_str().to_string())
            .unwrap_or_default(),
        focal_phone: focal
            .map(|c| c.phone.as_str().to_string())
            .unwrap_or_default(),
        reason: request
            .reason
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        lines: view::line_rows(app, lang, request),
        estimate: view::estimate_view(app, lang, &view.estimate(app)),
        fee,
        history: view::history_rows(app, lang, &history),
        version: view.version,
        invoice: request.invoice.map(|id| id.to_string()).unwrap_or_default(),
    })
}

fn actions_for(principal: &Principal, view: &RequestView) -> Actions {
    let status = view.request.status;
    match principal.role {
        Role::Mission { .. } => Actions {
            mission: true,
            edit: status == RequestStatus::Draft,
            services: status.is_open(),
            guests: status.is_open(),
            submit: status == RequestStatus::Draft,
            cancel: status.is_open(),
            feedback: matches!(status, RequestStatus::Held | RequestStatus::Closed)
                || view.request.was_held(),
            ..Actions::default()
        },
        Role::FocalPoint | Role::Admin => Actions {
            desk: true,
            approve: status == RequestStatus::Submitted,
            reject: status == RequestStatus::Submitted,
            held: status == RequestStatus::Approved,
            ..Actions::default()
        },
        _ => Actions::default(),
    }
}

/// Builds the whole request page for the visitor (with `errors` from a refused action).
pub(crate) async fn request_page_for(
    ctx: &Ctx,
    id: EventRequestId,
    errors: Errors,
) -> Result<Response, Failure> {
    let principal = ctx.principal()?.clone();
    let after = ctx.state.app.store().head();
    let view = visible_request(ctx, id).await?;
    let live = live_of(ctx, &view).await?;
    let actions = actions_for(&principal, &view);
    let lang = ctx.lang;
    let request = &view.request;
    let submit_hint = if actions.submit {
        t_page(
            lang,
            "hint-submit-by",
            &Args::new().str(
                "deadline",
                convene_i18n::datetime(lang, rules::submission_deadline(request.slot.start())),
            ),
        )
    } else {
        String::new()
    };
    let (rooms, conflicts) = if actions.approve {
        crate::desk::review_data(ctx, &view).await?
    } else {
        (Vec::new(), Vec::new())
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = RequestPage {
        page: Page::new(ctx, "request-title").with_extra(request.reference.as_str()),
        guests: request
            .guests
            .iter()
            .map(|guest| GuestRow {
                id: guest.id.to_string(),
                name: guest.full_name.to_string(),
                organization: guest
                    .organization
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            })
            .collect(),
        guests_visible: view.guests_visible,
        live,
        actions,
        errors,
        submit_hint,
        rooms,
        conflicts,
        after,
    }
    .into_response();
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /requests/{id}`: the request page (any role that may see the request).
pub(crate) async fn request_page(ctx: Ctx, Path(id): Path<String>) -> Result<Response, Failure> {
    let id = parse_request_id(&id)?;
    request_page_for(&ctx, id, Errors::default()).await
}

/// `GET /requests/{id}/live`: the live part alone (fetched when the request changes).
pub(crate) async fn live_part(ctx: Ctx, Path(id): Path<String>) -> Result<Response, Failure> {
    let id = parse_request_id(&id)?;
    let view = visible_request(&ctx, id).await?;
    let live = live_of(&ctx, &view).await?;
    Ok(LivePart {
        page: Page::new(&ctx, "request-title"),
        live,
    }
    .into_response())
}

#[derive(Debug, Deserialize)]
pub(crate) struct VersionForm {
    #[serde(default)]
    pub(crate) version: String,
}

/// `POST /requests/{id}/submit`.
pub(crate) async fn submit(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<VersionForm>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let version = form.version.trim().parse().ok();
    match ctx.state.app.submit_request(&principal, id, version).await {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{id}")).into_response()),
        Err(error) => {
            let errors = refusal(ctx.lang, error, &[])?;
            request_page_for(&ctx, id, errors).await
        }
    }
}

// ---------------------------------------------------------------- services

/// A catalog item as offered.
struct Offer {
    code: String,
    name: String,
    price: String,
    basis: String,
    lead: String,
    order_by: String,
    late: bool,
}

struct OfferGroup {
    unit: String,
    unit_code: String,
    offers: Vec<Offer>,
}

/// The lines and the estimate (what htmx swaps after each change).
struct Order {
    id: String,
    lines: Vec<LineRow>,
    estimate: BillView,
    errors: Errors,
    open: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "services.html", whitespace = "minimize")]
struct ServicesPage {
    page: Page,
    reference: String,
    title: String,
    catalog: Vec<OfferGroup>,
    order: Order,
}

#[derive(Template, WebTemplate)]
#[template(path = "order.html", whitespace = "minimize")]
struct OrderPart {
    page: Page,
    order: Order,
}

const LINE_FIELDS: &[(&str, &str)] = &[
    ("itemCode", "quantity"),
    ("quantity", "quantity"),
    ("note", "note"),
];

fn order_of(ctx: &Ctx, view: &RequestView, errors: Errors) -> Order {
    let app = &ctx.state.app;
    Order {
        id: view.request.id.to_string(),
        lines: view::line_rows(app, ctx.lang, &view.request),
        estimate: view::estimate_view(app, ctx.lang, &view.estimate(app)),
        errors,
        open: view.request.status.is_open(),
    }
}

fn catalog(ctx: &Ctx, start: Timestamp) -> Vec<OfferGroup> {
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let now = app.now();
    let venue = app.venue();
    let mut groups: Vec<OfferGroup> = venue
        .directory
        .units()
        .map(|unit| OfferGroup {
            unit: unit.name.get(lang).to_string(),
            unit_code: unit.code.to_string(),
            offers: Vec::new(),
        })
        .collect();
    for item in venue.rate_card.items() {
        let Some(group) = groups
            .iter_mut()
            .find(|g| g.unit_code == item.unit.as_str())
        else {
            continue;
        };
        let price = item.price_at(now);
        let deadline = rules::line_deadline(start, item.lead_time_days);
        group.offers.push(Offer {
            code: item.code.to_string(),
            name: item.name.get(lang).to_string(),
            price: convene_i18n::money(lang, &price.price),
            basis: t(
                lang,
                &format!("basis-{}", item.pricing.as_str().to_ascii_lowercase()),
            ),
            lead: t_page(
                lang,
                "lead-days",
                &Args::new().num("days", i64::from(item.lead_time_days)),
            ),
            order_by: convene_i18n::datetime(lang, deadline),
            late: now > deadline,
        });
    }
    groups.retain(|group| !group.offers.is_empty());
    groups
}

async fn services_response(
    ctx: &Ctx,
    id: EventRequestId,
    errors: Errors,
) -> Result<Response, Failure> {
    let view = visible_request(ctx, id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let order = order_of(ctx, &view, errors);
    let mut response = if ctx.htmx {
        OrderPart {
            page: Page::new(ctx, "services-title"),
            order,
        }
        .into_response()
    } else {
        ServicesPage {
            page: Page::new(ctx, "services-title").with_extra(view.request.reference.as_str()),
            reference: view.request.reference.to_string(),
            title: view.request.title.to_string(),
            catalog: catalog(ctx, view.request.slot.start()),
            order,
        }
        .into_response()
    };
    // htmx swaps only successful answers; a refusal is still the fragment, so say 200 to it.
    if !ctx.htmx {
        *response.status_mut() = status;
    }
    Ok(response)
}

/// `GET /requests/{id}/services`: the catalog by unit, the lines and the estimate.
pub(crate) async fn services_page(ctx: Ctx, Path(id): Path<String>) -> Result<Response, Failure> {
    mission_principal(&ctx)?;
    let id = parse_request_id(&id)?;
    services_response(&ctx, id, Errors::default()).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct LineForm {
    #[serde(default)]
    item: String,
    #[serde(default)]
    quantity: String,
    #[serde(default)]
    note: String,
}

/// `POST /requests/{id}/lines`: adds a line at today's rate-card price.
pub(crate) async fn add_line(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<LineForm>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let lang = ctx.lang;
    let parsed = (|| {
        let item = ItemCode::parse(form.item.trim())
            .map_err(|e| convene_app::error::rejected(e).on_field("itemCode"))?;
        let quantity = Quantity::parse(form.quantity.trim())
            .map_err(|e| convene_app::error::rejected(e).on_field("quantity"))?;
        let note = Note::parse(&form.note)
            .map_err(|e| convene_app::error::rejected(e).on_field("note"))?;
        Ok::<_, convene_app::UserError>(NewLine {
            item,
            quantity,
            note,
        })
    })();
    let result = match parsed {
        Ok(line) => ctx
            .state
            .app
            .add_line(&principal, id, line, None, None)
            .await
            .map(|_| ()),
        Err(user) => Err(AppError::User(user)),
    };
    let errors = match result {
        Ok(()) if !ctx.htmx => {
            return Ok(Redirect::to(&format!("/requests/{id}/services#order")).into_response());
        }
        Ok(()) => {
            // The line is in: the order is swapped in, and the script empties the form that
            // added it (a refused quantity stays, to be corrected).
            let mut response = services_response(&ctx, id, Errors::default()).await?;
            response.headers_mut().insert(
                axum::http::HeaderName::from_static("hx-trigger"),
                axum::http::HeaderValue::from_static("line-added"),
            );
            return Ok(response);
        }
        Err(error) => refusal(lang, error, LINE_FIELDS)?,
    };
    services_response(&ctx, id, errors).await
}

/// `POST /requests/{id}/lines/{line}/remove`.
pub(crate) async fn remove_line(
    Path((id, line)): Path<(String, String)>,
    Posted { ctx, .. }: Posted<crate::auth::Empty>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let line = ServiceLineId::parse(&line).map_err(|_| Failure::NotFound)?;
    let errors = match ctx
        .state
        .app
        .remove_line(&principal, line, None, None)
        .await
    {
        Ok(_) if !ctx.htmx => {
            return Ok(Redirect::to(&format!("/requests/{id}/services#order")).into_response());
        }
        Ok(_) => Errors::default(),
        Err(error) => refusal(ctx.lang, error, &[])?,
    };
    services_response(&ctx, id, errors).await
}

// ---------------------------------------------------------------- guests

/// The result of one pasted line.
struct PastedLine {
    text: String,
    added: bool,
    message: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "guests.html", whitespace = "minimize")]
struct GuestsPage {
    page: Page,
    id: String,
    reference: String,
    title: String,
    guests: Vec<GuestRow>,
    cutoff: String,
    open: bool,
    errors: Errors,
    pasted: Vec<PastedLine>,
    paste_text: String,
    full_name: String,
    organization: String,
}

const GUEST_FIELDS: &[(&str, &str)] =
    &[("fullName", "full_name"), ("organization", "organization")];

struct GuestInput {
    full_name: String,
    organization: String,
    pasted: Vec<PastedLine>,
    paste_text: String,
}

async fn guests_response(
    ctx: &Ctx,
    id: EventRequestId,
    errors: Errors,
    input: GuestInput,
) -> Result<Response, Failure> {
    let view = visible_request(ctx, id).await?;
    let request = &view.request;
    let cutoff = rules::guest_cutoff(request.slot.start());
    let lang = ctx.lang;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = GuestsPage {
        page: Page::new(ctx, "guests-title").with_extra(request.reference.as_str()),
        id: request.id.to_string(),
        reference: request.reference.to_string(),
        title: request.title.to_string(),
        guests: request
            .guests
            .iter()
            .map(|guest| GuestRow {
                id: guest.id.to_string(),
                name: guest.full_name.to_string(),
                organization: guest
                    .organization
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            })
            .collect(),
        cutoff: t_page(
            lang,
            if ctx.state.app.now() < cutoff {
                "guests-cutoff"
            } else {
                "guests-cutoff-passed"
            },
            &Args::new().str("cutoff", convene_i18n::datetime(lang, cutoff)),
        ),
        open: request.status.is_open() && ctx.state.app.now() < cutoff,
        errors,
        pasted: input.pasted,
        paste_text: input.paste_text,
        full_name: input.full_name,
        organization: input.organization,
    }
    .into_response();
    *response.status_mut() = status;
    Ok(response)
}

fn no_input() -> GuestInput {
    GuestInput {
        full_name: String::new(),
        organization: String::new(),
        pasted: Vec::new(),
        paste_text: String::new(),
    }
}

/// `GET /requests/{id}/guests`.
pub(crate) async fn guests_page(ctx: Ctx, Path(id): Path<String>) -> Result<Response, Failure> {
    mission_principal(&ctx)?;
    let id = parse_request_id(&id)?;
    guests_response(&ctx, id, Errors::default(), no_input()).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct GuestForm {
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    organization: String,
}

async fn add_one_guest(
    ctx: &Ctx,
    principal: &Principal,
    id: EventRequestId,
    full_name: &str,
    organization: &str,
) -> Result<(), AppError> {
    let full_name =
        Name::parse(full_name).map_err(|e| convene_app::error::rejected(e).on_field("fullName"))?;
    let organization = if organization.trim().is_empty() {
        None
    } else {
        Some(
            Name::parse(organization)
                .map_err(|e| convene_app::error::rejected(e).on_field("organization"))?,
        )
    };
    ctx.state
        .app
        .add_guest(principal, id, full_name, organization)
        .await
        .map(|_| ())
}

/// `POST /requests/{id}/guests`: adds one guest.
pub(crate) async fn add_guest(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<GuestForm>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    match add_one_guest(&ctx, &principal, id, &form.full_name, &form.organization).await {
        Ok(()) => Ok(Redirect::to(&format!("/requests/{id}/guests")).into_response()),
        Err(error) => {
            let errors = refusal(ctx.lang, error, GUEST_FIELDS)?;
            let input = GuestInput {
                full_name: form.full_name,
                organization: form.organization,
                ..no_input()
            };
            guests_response(&ctx, id, errors, input).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct PasteForm {
    #[serde(default)]
    guests: String,
}

/// The most lines one paste adds.
const MAX_PASTED: usize = 500;

/// Splits a pasted line into name and organisation: a tab, a semicolon or the first comma
/// separates them.
fn split_guest(line: &str) -> (&str, &str) {
    for separator in ['\t', ';', ','] {
        if let Some((name, organization)) = line.split_once(separator) {
            return (name.trim(), organization.trim());
        }
    }
    (line.trim(), "")
}

/// `POST /requests/{id}/guests/paste`: adds a pasted list, one guest a line; each refused
/// line says why and stays in the box to correct.
pub(crate) async fn paste_guests(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<PasteForm>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let lang = ctx.lang;
    let mut pasted = Vec::new();
    let mut kept = Vec::new();
    let mut errors = Errors::default();
    let lines: Vec<&str> = form
        .guests
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.len() > MAX_PASTED {
        errors.push(
            "guests",
            "VALIDATION",
            t_page(
                lang,
                "paste-too-long",
                &Args::new().num("max", MAX_PASTED as i64),
            ),
        );
        let input = GuestInput {
            paste_text: form.guests,
            ..no_input()
        };
        return guests_response(&ctx, id, errors, input).await;
    }
    for line in lines {
        let (name, organization) = split_guest(line);
        match add_one_guest(&ctx, &principal, id, name, organization).await {
            Ok(()) => pasted.push(PastedLine {
                text: line.trim().to_string(),
                added: true,
                message: t(lang, "paste-added"),
            }),
            Err(error) => {
                let refused = refusal(lang, error, GUEST_FIELDS)?;
                kept.push(line.trim().to_string());
                pasted.push(PastedLine {
                    text: line.trim().to_string(),
                    added: false,
                    message: refused
                        .list
                        .iter()
                        .map(|e| e.message.clone())
                        .collect::<Vec<_>>()
                        .join(" "),
                });
            }
        }
    }
    if !kept.is_empty() {
        errors.push(
            "guests",
            "VALIDATION",
            t_page(
                lang,
                "paste-some-refused",
                &Args::new().num("count", kept.len() as i64),
            ),
        );
    }
    let input = GuestInput {
        pasted,
        paste_text: kept.join("\n"),
        ..no_input()
    };
    guests_response(&ctx, id, errors, input).await
}

/// `POST /requests/{id}/guests/{guest}/remove`.
pub(crate) async fn remove_guest(
    Path((id, guest)): Path<(String, String)>,
    Posted { ctx, .. }: Posted<crate::auth::Empty>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let guest = GuestId::parse(&guest).map_err(|_| Failure::NotFound)?;
    match ctx.state.app.remove_guest(&principal, id, guest).await {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{id}/guests")).into_response()),
        Err(error) => {
            let errors = refusal(ctx.lang, error, &[])?;
            guests_response(&ctx, id, errors, no_input()).await
        }
    }
}

// ---------------------------------------------------------------- cancel

#[derive(Template, WebTemplate)]
#[template(path = "cancel.html", whitespace = "minimize")]
struct CancelPage {
    page: Page,
    id: String,
    reference: String,
    title: String,
    fee: String,
    free: bool,
    version: u64,
    reason: String,
    errors: Errors,
}

async fn cancel_response(
    ctx: &Ctx,
    id: EventRequestId,
    reason: String,
    errors: Errors,
) -> Result<Response, Failure> {
    let view = visible_request(ctx, id).await?;
    let app = &ctx.state.app;
    let fee = view
        .cancellation_fee(app)
        .unwrap_or_else(|| convene_domain::Money::zero(app.currency()));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = CancelPage {
        page: Page::new(ctx, "cancel-title").with_extra(view.request.reference.as_str()),
        id: view.request.id.to_string(),
        reference: view.request.reference.to_string(),
        title: view.request.title.to_string(),
        free: fee.is_zero(),
        fee: convene_i18n::money(ctx.lang, &fee),
        version: view.version,
        reason,
        errors,
    }
    .into_response();
    *response.status_mut() = status;
    Ok(response)
}

/// `GET /requests/{id}/cancel`: what cancelling costs now, and the form to confirm.
pub(crate) async fn cancel_page(ctx: Ctx, Path(id): Path<String>) -> Result<Response, Failure> {
    mission_principal(&ctx)?;
    let id = parse_request_id(&id)?;
    cancel_response(&ctx, id, String::new(), Errors::default()).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct ReasonForm {
    #[serde(default)]
    pub(crate) reason: String,
    #[serde(default)]
    pub(crate) version: String,
}

/// `POST /requests/{id}/cancel`: cancels, refused if the request changed since the fee was
/// shown (so the mission never pays a fee it did not see).
pub(crate) async fn cancel(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<ReasonForm>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let fields = &[("reason", "reason")];
    let reason = match Reason::parse(&form.reason) {
        Ok(reason) => reason,
        Err(error) => {
            let errors = Errors::from_user(
                ctx.lang,
                &convene_app::error::rejected(error).on_field("reason"),
                fields,
            );
            return cancel_response(&ctx, id, form.reason, errors).await;
        }
    };
    let version = form.version.trim().parse().ok();
    match ctx
        .state
        .app
        .cancel_request(&principal, id, reason, version)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{id}")).into_response()),
        Err(error) => {
            let errors = refusal(ctx.lang, error, fields)?;
            cancel_response(&ctx, id, form.reason, errors).await
        }
    }
}

// ---------------------------------------------------------------- feedback

struct FeedbackUnit {
    code: String,
    name: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "feedback.html", whitespace = "minimize")]
struct FeedbackPage {
    page: Page,
    id: String,
    reference: String,
    title: String,
    units: Vec<FeedbackUnit>,
    errors: Errors,
    done: bool,
}

async fn feedback_response(
    ctx: &Ctx,
    id: EventRequestId,
    errors: Errors,
    done: bool,
) -> Result<Response, Failure> {
    let view = visible_request(ctx, id).await?;
    let mut units: Vec<UnitCode> = view
        .request
        .lines
        .iter()
        .filter(|line| line.confirmation.is_some())
        .map(|line| line.unit().clone())
        .collect();
    units.sort();
    units.dedup();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = FeedbackPage {
        page: Page::new(ctx, "feedback-title").with_extra(view.request.reference.as_str()),
        id: view.request.id.to_string(),
        reference: view.request.reference.to_string(),
        title: view.request.title.to_string(),
        units: units
            .iter()
            .map(|unit| FeedbackUnit {
                code: unit.to_string(),
                name: view::unit_name(&ctx.state.app, ctx.lang, unit),
            })
            .collect(),
        errors,
        done,
    }
    .into_response();
    *response.status_mut() = status;
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// `GET /requests/{id}/feedback`: rate each unit that served the event.
pub(crate) async fn feedback_page(
    ctx: Ctx,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    mission_principal(&ctx)?;
    let id = parse_request_id(&id)?;
    feedback_response(&ctx, id, Errors::default(), !query.done.is_empty()).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct FeedbackForm {
    #[serde(default)]
    unit: String,
    #[serde(default)]
    rating: String,
    #[serde(default)]
    comment: String,
}

/// `POST /requests/{id}/feedback`.
pub(crate) async fn feedback(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<FeedbackForm>,
) -> Result<Response, Failure> {
    let principal = mission_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let unit_field = format!("rating-{}", form.unit);
    let fields: Vec<(&str, &str)> = vec![
        ("rating", unit_field.as_str()),
        ("comment", unit_field.as_str()),
        ("unitCode", unit_field.as_str()),
    ];
    let parsed = (|| {
        let unit = UnitCode::parse(form.unit.trim())
            .map_err(|e| convene_app::error::rejected(e).on_field("unitCode"))?;
        let rating = form
            .rating
            .trim()
            .parse::<i64>()
            .map_err(|_| Rating::new(0).expect_err("0 is no rating"))
            .and_then(Rating::new)
            .map_err(|e| convene_app::error::rejected(e).on_field("rating"))?;
        let comment = Note::parse(&form.comment)
            .map_err(|e| convene_app::error::rejected(e).on_field("comment"))?;
        Ok::<_, convene_app::UserError>((unit, rating, comment))
    })();
    let result = match parsed {
        Ok((unit, rating, comment)) => ctx
            .state
            .app
            .submit_feedback(&principal, id, unit, rating, comment)
            .await
            .map(|_| ()),
        Err(user) => Err(AppError::User(user)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/requests/{id}/feedback?done=1")).into_response()),
        Err(error) => {
            let errors = refusal(ctx.lang, error, &fields)?;
            feedback_response(&ctx, id, errors, false).await
        }
    }
}

// ---------------------------------------------------------------- invoices

struct InvoiceRow {
    id: String,
    number: String,
    issued: String,
    total: String,
    balance: String,
    status: Status,
}

#[derive(Template, WebTemplate)]
#[template(path = "invoices.html", whitespace = "minimize")]
struct InvoicesPage {
    page: Page,
    invoices: Vec<InvoiceRow>,
}

pub(crate) fn invoice_status(lang: Lang, status: convene_domain::InvoiceStatus) -> Status {
    let code = status.as_str();
    Status {
        code,
        label: t(
            lang,
            &format!("invoice-status-{}", code.to_ascii_lowercase()),
        ),
    }
}

/// `GET /invoices`: the mission's invoices (finance's list, with its filters, for finance).
pub(crate) async fn invoices_page(
    ctx: Ctx,
    Query(query): Query<crate::finance::InvoicesQuery>,
) -> Result<Response, Failure> {
    if matches!(ctx.principal()?.role, Role::Finance) {
        return crate::finance::invoices(&ctx, query).await;
    }
    let principal = mission_principal(&ctx)?.clone();
    let lang = ctx.lang;
    let mut invoices = Vec::new();
    let mut after: Option<InvoiceId> = None;
    loop {
        let page = ctx
            .state
            .app
            .invoices(&principal, None, after, Some(convene_app::MAX_PAGE_SIZE))
            .await?;
        after = page.items.last().map(|view| view.invoice.id());
        for view in &page.items {
            let invoice = &view.invoice;
            invoices.push(InvoiceRow {
                id: invoice.id().to_string(),
                number: invoice.number().to_string(),
                issued: convene_i18n::datetime(lang, invoice.issued_at()),
                total: convene_i18n::money(lang, &invoice.total()),
                balance: convene_i18n::money(lang, &invoice.balance()),
                status: invoice_status(lang, invoice.status()),
            });
        }
        if !page.has_next || invoices.len() >= MAX_LISTED || after.is_none() {
            break;
        }
    }
    Ok(InvoicesPage {
        page: Page::new(&ctx, "invoices-title"),
        invoices,
    }
    .into_response())
}

struct CreditRow {
    /// The credit note's PDF in the page's language.
    pdf: String,
    number: String,
    amount: String,
    reason: String,
    unit: String,
    issued: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "invoice.html", whitespace = "minimize")]
struct InvoicePage {
    page: Page,
    invoice_id: String,
    number: String,
    mission: String,
    request_id: String,
    request_reference: String,
    request_title: String,
    issued: String,
    status: Status,
    bill: BillView,
    credited: String,
    paid: String,
    balance: String,
    credits: Vec<CreditRow>,
    payments: Vec<PaymentRow>,
    /// Finance's forms (credit note, payment) are shown.
    finance: bool,
    /// The units of the invoice, for a credit note's unit.
    units: Vec<(String, String)>,
    /// A fresh idempotency key for each form of this page: a double submission is one note
    /// or one payment.
    key: String,
    creditable: String,
    /// Who issued, credited and recorded payments, newest first.
    history: Vec<HistoryRow>,
    errors: Errors,
}

struct PaymentRow {
    reference: String,
    amount: String,
    received: String,
}

/// `GET /invoices/{id}`: an invoice with its lines grouped by unit.
pub(crate) async fn invoice_page(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    Path(id): Path<String>,
    Query(query): Query<crate::documents::LangQuery>,
) -> Result<Response, Failure> {
    if let Some(id) = id.strip_suffix(".pdf") {
        return crate::documents::invoice(&ctx, &headers, id, &query).await;
    }
    let id = InvoiceId::parse(&id).map_err(|_| Failure::NotFound)?;
    invoice_response(&ctx, id, Errors::default()).await
}

/// The invoice page, with `errors` on finance's forms (then answered 422).
pub(crate) async fn invoice_response(
    ctx: &Ctx,
    id: InvoiceId,
    errors: Errors,
) -> Result<Response, Failure> {
    let principal = ctx.principal()?.clone();
    let view = ctx
        .state
        .app
        .invoice(&principal, id)
        .await?
        .ok_or(Failure::NotFound)?;
    let invoice = &view.invoice;
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let request = app.request(&principal, invoice.event_request()).await?;
    // The invoice's own events out of its request's history: issued, credited, paid.
    let history: Vec<convene_app::HistoryEntry> = app
        .history(&principal, invoice.event_request())
        .await?
        .into_iter()
        .filter(|entry| {
            matches!(
                entry.event_type.as_str(),
                "InvoiceIssued" | "CreditNoteIssued" | "PaymentRecorded"
            )
        })
        .collect();
    let failed = !errors.is_empty();
    let mut response = InvoicePage {
        page: Page::new(ctx, "invoice-title").with_extra(invoice.number().to_string()),
        invoice_id: invoice.id().to_string(),
        number: invoice.number().to_string(),
        mission: invoice.mission().to_string(),
        request_id: invoice.event_request().to_string(),
        request_reference: request
            .as_ref()
            .map(|r| r.request.reference.to_string())
            .unwrap_or_default(),
        request_title: request
            .as_ref()
            .map(|r| r.request.title.to_string())
            .unwrap_or_default(),
        issued: convene_i18n::datetime(lang, invoice.issued_at()),
        status: invoice_status(lang, invoice.status()),
        bill: view::bill_view(
            app,
            lang,
            invoice.lines(),
            &invoice.subtotals(),
            &invoice.total(),
        ),
        credited: convene_i18n::money(lang, &invoice.credited()),
        paid: convene_i18n::money(lang, &invoice.paid()),
        balance: convene_i18n::money(lang, &invoice.balance()),
        credits: invoice
            .credit_notes()
            .iter()
            .map(|note| CreditRow {
                pdf: format!(
                    "/invoices/{}/credit-notes/{}.pdf?lang={}",
                    invoice.id(),
                    note.id,
                    lang.tag()
                ),
                number: note.number.to_string(),
                amount: convene_i18n::money(lang, &note.amount),
                reason: note.reason.to_string(),
                unit: note
                    .unit
                    .as_ref()
                    .map(|unit| view::unit_name(app, lang, unit))
                    .unwrap_or_else(|| t(lang, "credit-pro-rata")),
                issued: convene_i18n::datetime(lang, note.issued_at),
            })
            .collect(),
        payments: invoice
            .payments()
            .iter()
            .map(|payment| PaymentRow {
                reference: payment.reference.to_string(),
                amount: convene_i18n::money(lang, &payment.amount),
                received: convene_i18n::datetime(lang, payment.received_at),
            })
            .collect(),
        finance: matches!(principal.role, Role::Finance),
        units: invoice
            .subtotals()
            .keys()
            .map(|unit| (unit.to_string(), view::unit_name(app, lang, unit)))
            .collect(),
        key: uuid::Uuid::now_v7().to_string(),
        creditable: convene_i18n::money(lang, &invoice.creditable()),
        history: view::history_rows(app, lang, &history),
        errors,
    }
    .into_response();
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_lines_split_into_name_and_organisation() {
        let cases = [
            ("Amina Diallo, UNDP", ("Amina Diallo", "UNDP")),
            (
                "Li Wei\tMinistry of Ecology, China",
                ("Li Wei", "Ministry of Ecology, China"),
            ),
            ("José Pérez; OAS", ("José Pérez", "OAS")),
            ("  Olga Ivanova  ", ("Olga Ivanova", "")),
        ];
        for (line, expected) in cases {
            assert_eq!(split_guest(line), expected, "{line}");
        }
    }

    #[test]
    fn the_form_reads_venue_local_times() {
        let form = RequestForm {
            date: "2026-12-15".into(),
            start: "10:00".into(),
            end: "12:30".into(),
            ..RequestForm::default()
        };
        let slot = form_slot(&form).expect("a readable period");
        assert_eq!(slot.start().to_string(), "2026-12-15T15:00:00Z");
        assert_eq!(slot.end().to_string(), "2026-12-15T17:30:00Z");
        let bad = RequestForm {
            date: "15/12/2026".into(),
            ..form
        };
        assert!(form_slot(&bad).is_none());
    }
}
