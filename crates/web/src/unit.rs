//! A facility unit's pages: the queue of its lines (requested first, soonest event first,
//! filtered by status and date), confirm at the rate card's price or a quoted one, decline
//! with a reason, record what was delivered; the daily run sheet (printable); for security,
//! each request's guest list with its cut-off (printable); and the unit's satisfaction.
//!
//! Every decision is one small form on the line it concerns, so a phone needs one tap; a
//! refusal is shown on that line, in the visitor's language, with its rule code.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::{AppError, Principal, RequestView};
use convene_domain::access::Role;
use convene_domain::request::LineStatus;
use convene_domain::values::{Lang, Note, Quantity, Reason, UnitCode};
use convene_domain::{EventRequestId, Money, ServiceLineId};
use convene_i18n::{Args, t, t_page};
use jiff::civil::Date;

use crate::errors::Failure;
use crate::form::Posted;
use crate::page::Page;
use crate::session::Ctx;
use crate::view::{self, Errors, Status};

/// The signed-in unit, or the 403 page for every other role.
fn unit_principal(ctx: &Ctx) -> Result<(&Principal, &UnitCode), Failure> {
    let principal = ctx.principal()?;
    match &principal.role {
        Role::Unit { unit } => Ok((principal, unit)),
        _ => Err(Failure::OtherRole),
    }
}

fn parse_line_id(text: &str) -> Result<ServiceLineId, Failure> {
    ServiceLineId::parse(text).map_err(|_| Failure::NotFound)
}

/// Every line of the unit (all pages of the application's list).
async fn all_lines(
    ctx: &Ctx,
    principal: &Principal,
    status: Option<LineStatus>,
) -> Result<Vec<convene_app::LineView>, Failure> {
    let mut all = Vec::new();
    let mut after = None;
    loop {
        let page = ctx
            .state
            .app
            .lines(
                principal,
                None,
                status,
                after,
                Some(convene_app::MAX_PAGE_SIZE),
            )
            .await?;
        after = page.items.last().map(|view| view.line.id);
        all.extend(page.items);
        if !page.has_next || all.len() >= crate::mission::MAX_LISTED || after.is_none() {
            return Ok(all);
        }
    }
}

/// The requests of `lines`, each loaded once.
async fn requests_of(
    ctx: &Ctx,
    principal: &Principal,
    lines: &[convene_app::LineView],
) -> Result<HashMap<EventRequestId, RequestView>, Failure> {
    let mut requests = HashMap::new();
    for line in lines {
        if let std::collections::hash_map::Entry::Vacant(entry) = requests.entry(line.request)
            && let Some(view) = ctx.state.app.request(principal, line.request).await?
        {
            entry.insert(view);
        }
    }
    Ok(requests)
}

// ---------------------------------------------------------------- the queue

/// One line of the queue with what its forms need.
pub(crate) struct LineRow {
    pub(crate) id: String,
    pub(crate) item: String,
    pub(crate) quantity: String,
    /// The quantity as a plain number, to prefill the delivery form.
    pub(crate) quantity_plain: String,
    pub(crate) status: Status,
    /// The price now: the confirmed one, else the rate card's at the request.
    pub(crate) price: String,
    pub(crate) quoted: bool,
    pub(crate) note: String,
    pub(crate) reason: String,
    pub(crate) delivered: String,
    pub(crate) request_id: String,
    pub(crate) reference: String,
    pub(crate) title: String,
    pub(crate) when: String,
    pub(crate) room: String,
    pub(crate) attendance: String,
    pub(crate) version: u64,
    pub(crate) can_confirm: bool,
    pub(crate) can_deliver: bool,
    pub(crate) errors: Errors,
}

struct StatusChoice {
    code: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "unit_queue.html", whitespace = "minimize")]
struct QueuePage {
    page: Page,
    rows: Vec<LineRow>,
    statuses: Vec<StatusChoice>,
    from: String,
    to: String,
    security: bool,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct QueueQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

const LINE_STATUSES: [LineStatus; 5] = [
    LineStatus::Requested,
    LineStatus::Confirmed,
    LineStatus::Delivered,
    LineStatus::Declined,
    LineStatus::Cancelled,
];

fn line_row(
    ctx: &Ctx,
    line: &convene_domain::request::ServiceLine,
    request: &RequestView,
    errors: Errors,
) -> LineRow {
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let r = &request.request;
    let price = *line.confirmed_price().unwrap_or(&line.item.unit_price);
    let room = r
        .room
        .as_ref()
        .or(r.preferred_room.as_ref())
        .map(|room| view::room_name(app, lang, room))
        .unwrap_or_default();
    LineRow {
        id: line.id.to_string(),
        item: view::item_name(app, lang, &line.item.code),
        quantity: convene_i18n::decimal(lang, line.quantity.value()),
        quantity_plain: line.quantity.value().normalize().to_string(),
        status: view::line_status(lang, line.status),
        price: convene_i18n::money(lang, &price),
        quoted: line.confirmation.as_ref().is_some_and(|c| c.quoted),
        note: line.note.as_str().to_string(),
        reason: line
            .reason
            .as_ref()
            .map(|reason| reason.as_str().to_string())
            .unwrap_or_default(),
        delivered: line
            .delivered_quantity
            .map(|q| convene_i18n::decimal(lang, q.value()))
            .unwrap_or_default(),
        request_id: r.id.to_string(),
        reference: r.reference.as_str().to_string(),
        title: r.title.as_str().to_string(),
        when: crate::page::slot_text(lang, &r.slot),
        room,
        attendance: convene_i18n::integer(lang, i64::from(r.attendance.get())),
        version: line.version,
        can_confirm: line.status == LineStatus::Requested,
        can_deliver: line.status == LineStatus::Confirmed,
        errors,
    }
}

/// `GET /unit`: the unit's lines, requested first, then by event date.
pub(crate) async fn queue(ctx: Ctx, Query(query): Query<QueueQuery>) -> Result<Response, Failure> {
    queue_response(&ctx, &query, None).await
}

async fn queue_response(
    ctx: &Ctx,
    query: &QueueQuery,
    refused: Option<(ServiceLineId, Errors)>,
) -> Result<Response, Failure> {
    let (principal, unit) = unit_principal(ctx)?;
    let status = LINE_STATUSES
        .into_iter()
        .find(|status| status.as_str() == query.status.trim());
    let from = query.from.trim().parse::<Date>().ok();
    let to = query.to.trim().parse::<Date>().ok();
    let lines = all_lines(ctx, principal, status).await?;
    let requests = requests_of(ctx, principal, &lines).await?;
    let mut rows: Vec<(bool, jiff::Timestamp, LineRow)> = Vec::with_capacity(lines.len());
    let mut refused = refused;
    for view in &lines {
        let Some(request) = requests.get(&view.request) else {
            continue;
        };
        let date = convene_domain::time::local_date(request.request.slot.start());
        if from.is_some_and(|from| date < from) || to.is_some_and(|to| date > to) {
            continue;
        }
        let errors = match &refused {
            Some((id, _)) if *id == view.line.id => {
                refused.take().map(|(_, e)| e).unwrap_or_default()
            }
            _ => Errors::default(),
        };
        rows.push((
            view.line.status != LineStatus::Requested,
            request.request.slot.start(),
            line_row(ctx, &view.line, request, errors),
        ));
    }
    rows.sort_by_key(|(later, start, _)| (*later, *start));
    let has_errors = rows.iter().any(|(_, _, row)| !row.errors.is_empty());
    let lang = ctx.lang;
    let mut response = QueuePage {
        page: Page::new(ctx, "unit-queue-title"),
        rows: rows.into_iter().map(|(_, _, row)| row).collect(),
        statuses: LINE_STATUSES
            .iter()
            .map(|s| StatusChoice {
                code: s.as_str(),
                label: view::line_status(lang, *s).label,
                selected: Some(*s) == status,
            })
            .collect(),
        from: from.map(|d| d.to_string()).unwrap_or_default(),
        to: to.map(|d| d.to_string()).unwrap_or_default(),
        security: unit.as_str() == "SECURITY",
    }
    .into_response();
    if has_errors {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

// ---------------------------------------------------------------- decisions

#[derive(Debug, Deserialize)]
pub(crate) struct ConfirmForm {
    #[serde(default)]
    price: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    version: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct DeclineForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    version: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct DeliverForm {
    #[serde(default)]
    quantity: String,
    #[serde(default)]
    version: String,
}

/// An amount as a person types it in `lang` (`1,250.50`, `1 250,50`): the language's digit
/// groups and spaces dropped, its decimal separator read as a point.
pub(crate) fn parse_amount(
    lang: Lang,
    text: &str,
    currency: convene_domain::Currency,
) -> Result<Money, convene_domain::ValueError> {
    let decimal = t(lang, "format-decimal-separator");
    let group = t(lang, "format-group-separator");
    let mut plain: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '\u{00A0}')
        .collect();
    let group = group.trim();
    if !group.is_empty() && group != decimal {
        plain = plain.replace(group, "");
    }
    if decimal != "." {
        plain = plain.replace(decimal.as_str(), ".");
    }
    Money::parse(&plain, currency)
}

/// What a decision answers: back to the queue where it was, or the queue with the refusal on
/// its line.
async fn decided(
    ctx: &Ctx,
    line: ServiceLineId,
    result: Result<(), AppError>,
    fields: &[(&str, &str)],
) -> Result<Response, Failure> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/unit#line-{line}")).into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, fields)?;
            queue_response(ctx, &QueueQuery::default(), Some((line, errors))).await
        }
    }
}

/// `POST /lines/{id}/confirm`: at the rate card's price, or at a quoted price with a note.
pub(crate) async fn confirm(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<ConfirmForm>,
) -> Result<Response, Failure> {
    let principal = unit_principal(&ctx)?.0.clone();
    let line = parse_line_id(&id)?;
    let fields = &[("unitPrice", "price"), ("note", "note")];
    let price = match form.price.trim() {
        "" => None,
        typed => match parse_amount(ctx.lang, typed, ctx.state.app.currency()) {
            Ok(money) => Some(money),
            Err(error) => {
                let user = convene_app::error::rejected(error).on_field("unitPrice");
                return decided(&ctx, line, Err(AppError::User(user)), fields).await;
            }
        },
    };
    let note = match Note::parse(&form.note) {
        Ok(note) => note,
        Err(error) => {
            let user = convene_app::error::rejected(error).on_field("note");
            return decided(&ctx, line, Err(AppError::User(user)), fields).await;
        }
    };
    let version = form.version.trim().parse().ok();
    let result = ctx
        .state
        .app
        .confirm_line(&principal, line, price, note, version)
        .await
        .map(|_| ());
    decided(&ctx, line, result, fields).await
}

/// `POST /lines/{id}/decline`: with the reason the mission will read.
pub(crate) async fn decline(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<DeclineForm>,
) -> Result<Response, Failure> {
    let principal = unit_principal(&ctx)?.0.clone();
    let line = parse_line_id(&id)?;
    let fields = &[("reason", "reason")];
    let reason = match Reason::parse(&form.reason) {
        Ok(reason) => reason,
        Err(error) => {
            let user = convene_app::error::rejected(error).on_field("reason");
            return decided(&ctx, line, Err(AppError::User(user)), fields).await;
        }
    };
    let version = form.version.trim().parse().ok();
    let result = ctx
        .state
        .app
        .decline_line(&principal, line, reason, version)
        .await
        .map(|_| ());
    decided(&ctx, line, result, fields).await
}

/// `POST /lines/{id}/deliver`: the quantity delivered, after the event.
pub(crate) async fn deliver(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<DeliverForm>,
) -> Result<Response, Failure> {
    let principal = unit_principal(&ctx)?.0.clone();
    let line = parse_line_id(&id)?;
    let fields = &[
        ("deliveredQuantity", "delivered"),
        ("quantity", "delivered"),
    ];
    let typed = form.quantity.trim().replace(',', ".");
    let quantity = match Quantity::parse(&typed) {
        Ok(quantity) => quantity,
        Err(error) => {
            let user = convene_app::error::rejected(error).on_field("deliveredQuantity");
            return decided(&ctx, line, Err(AppError::User(user)), fields).await;
        }
    };
    let version = form.version.trim().parse().ok();
    let result = ctx
        .state
        .app
        .deliver_line(&principal, line, quantity, version)
        .await
        .map(|_| ());
    decided(&ctx, line, result, fields).await
}

// ---------------------------------------------------------------- the run sheet

struct SheetEntry {
    time: String,
    reference: String,
    title: String,
    item: String,
    quantity: String,
    note: String,
    attendance: String,
}

struct SheetRoom {
    name: String,
    entries: Vec<SheetEntry>,
}

#[derive(Template, WebTemplate)]
#[template(path = "unit_run_sheet.html", whitespace = "minimize")]
struct RunSheetPage {
    page: Page,
    unit: String,
    date: String,
    day: String,
    previous: String,
    next: String,
    rooms: Vec<SheetRoom>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct DayQuery {
    #[serde(default)]
    date: String,
}

/// `GET /unit/run-sheet?date=YYYY-MM-DD`: the unit's confirmed (and delivered) lines of one
/// day by room and time, to print and take along.
pub(crate) async fn run_sheet(
    ctx: Ctx,
    Query(query): Query<DayQuery>,
) -> Result<Response, Failure> {
    let sheet = run_sheet_of(&ctx, &query).await?;
    let lang = ctx.lang;
    let date = sheet.date;
    Ok(RunSheetPage {
        page: Page::new(&ctx, "run-sheet-title").with_extra(convene_i18n::date(lang, date)),
        unit: sheet.unit,
        date: date.to_string(),
        day: convene_i18n::date(lang, date),
        previous: date.yesterday().map(|d| d.to_string()).unwrap_or_default(),
        next: date.tomorrow().map(|d| d.to_string()).unwrap_or_default(),
        rooms: sheet.rooms,
    }
    .into_response())
}

/// `GET /unit/run-sheet.pdf?date=YYYY-MM-DD`: the same run sheet as a PDF in the visitor's
/// language.
pub(crate) async fn run_sheet_pdf(
    ctx: Ctx,
    Query(query): Query<DayQuery>,
) -> Result<Response, Failure> {
    let sheet = run_sheet_of(&ctx, &query).await?;
    let lang = ctx.lang;
    let (_, unit) = unit_principal(&ctx)?;
    let document = convene_documents::Sheet {
        lang,
        ident: format!("run-sheet/{unit}/{}", sheet.date),
        at: crate::documents::day_start(sheet.date),
        heading: t(lang, "run-sheet-title"),
        lead: vec![sheet.unit.clone(), convene_i18n::date(lang, sheet.date)],
        headers: [
            "col-time",
            "col-event",
            "col-service",
            "col-quantity",
            "col-attendance",
            "col-note",
        ]
        .iter()
        .map(|key| t(lang, key))
        .collect(),
        numeric: vec![false, false, false, true, true, false],
        sections: sheet
            .rooms
            .into_iter()
            .map(|room| convene_documents::SheetSection {
                title: room.name,
                rows: room
                    .entries
                    .into_iter()
                    .map(|entry| {
                        vec![
                            entry.time,
                            format!("{} {}", entry.reference, entry.title),
                            entry.item,
                            entry.quantity,
                            entry.attendance,
                            entry.note,
                        ]
                    })
                    .collect(),
            })
            .collect(),
        empty: t(lang, "run-sheet-empty"),
    };
    let name = format!("run-sheet-{unit}-{}-{}.pdf", sheet.date, lang.tag());
    crate::documents::sheet_response(document, &name).await
}

/// A unit's run sheet of one day, in the visitor's language.
struct RunSheet {
    unit: String,
    date: Date,
    rooms: Vec<SheetRoom>,
}

async fn run_sheet_of(ctx: &Ctx, query: &DayQuery) -> Result<RunSheet, Failure> {
    let (principal, unit) = unit_principal(ctx)?;
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let date = query
        .date
        .trim()
        .parse::<Date>()
        .unwrap_or_else(|_| convene_domain::time::local_date(app.now()));
    let mut lines = all_lines(ctx, principal, Some(LineStatus::Confirmed)).await?;
    lines.extend(all_lines(ctx, principal, Some(LineStatus::Delivered)).await?);
    let requests = requests_of(ctx, principal, &lines).await?;
    let mut by_room: Vec<(String, jiff::Timestamp, SheetEntry)> = Vec::new();
    for view in &lines {
        let Some(request) = requests.get(&view.request) else {
            continue;
        };
        let r = &request.request;
        if convene_domain::time::local_date(r.slot.start()) != date {
            continue;
        }
        let room = r
            .room
            .as_ref()
            .map(|room| view::room_name(app, lang, room))
            .unwrap_or_else(|| t(lang, "room-not-assigned"));
        by_room.push((
            room,
            r.slot.start(),
            SheetEntry {
                time: t_page(
                    lang,
                    "time-range",
                    &Args::new()
                        .str("from", convene_i18n::time(lang, r.slot.start()))
                        .str("to", convene_i18n::time(lang, r.slot.end())),
                ),
                reference: r.reference.as_str().to_string(),
                title: r.title.as_str().to_string(),
                item: view::item_name(app, lang, &view.line.item.code),
                quantity: convene_i18n::decimal(lang, view.line.quantity.value()),
                note: view.line.note.as_str().to_string(),
                attendance: convene_i18n::integer(lang, i64::from(r.attendance.get())),
            },
        ));
    }
    by_room.sort_by(|a, b| (a.0.as_str(), a.1).cmp(&(b.0.as_str(), b.1)));
    let mut rooms: Vec<SheetRoom> = Vec::new();
    for (room, _, entry) in by_room {
        match rooms.last_mut() {
            Some(last) if last.name == room => last.entries.push(entry),
            _ => rooms.push(SheetRoom {
                name: room,
                entries: vec![entry],
            }),
        }
    }
    Ok(RunSheet {
        unit: view::unit_name(app, lang, unit),
        date,
        rooms,
    })
}

// ---------------------------------------------------------------- guest lists (security)

struct GuestRow {
    name: String,
    organization: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "unit_guest_list.html", whitespace = "minimize")]
struct GuestListPage {
    page: Page,
    pdf: String,
    reference: String,
    title: String,
    when: String,
    room: String,
    cutoff: String,
    closed: bool,
    guests: Vec<GuestRow>,
}

/// `GET /unit/guests/{request}`: the guest list of a request security serves, with the
/// cut-off after which it no longer changes, to print for the entrance.
pub(crate) async fn guest_list(ctx: Ctx, Path(id): Path<String>) -> Result<Response, Failure> {
    if let Some(id) = id.strip_suffix(".pdf") {
        return guest_list_pdf(&ctx, id).await;
    }
    let list = guest_list_of(&ctx, &id).await?;
    Ok(GuestListPage {
        page: Page::new(&ctx, "guest-list-title").with_extra(list.reference.as_str()),
        pdf: format!("/unit/guests/{id}.pdf"),
        reference: list.reference,
        title: list.title,
        when: list.when,
        room: list.room,
        cutoff: list.cutoff,
        closed: list.closed,
        guests: list.guests,
    }
    .into_response())
}

/// `GET /unit/guests/{request}.pdf`: the same guest list as a PDF for the entrance.
async fn guest_list_pdf(ctx: &Ctx, id: &str) -> Result<Response, Failure> {
    let list = guest_list_of(ctx, id).await?;
    let lang = ctx.lang;
    let count = convene_i18n::integer(lang, i64::try_from(list.guests.len()).unwrap_or(i64::MAX));
    let cutoff = if list.closed {
        t(lang, "guest-list-closed")
    } else {
        t_page(
            lang,
            "guest-list-cutoff",
            &Args::new().str("cutoff", &list.cutoff),
        )
    };
    let document = convene_documents::Sheet {
        lang,
        ident: format!("guest-list/{}", list.reference),
        at: list.starts,
        heading: t(lang, "guest-list-title"),
        lead: vec![
            format!("{} · {}", list.reference, list.title),
            format!("{} · {}", list.when, list.room),
            cutoff,
            t_page(lang, "guest-list-count", &Args::new().str("count", &count)),
        ],
        headers: vec![t(lang, "col-name"), t(lang, "col-organization")],
        numeric: vec![false, false],
        sections: if list.guests.is_empty() {
            Vec::new()
        } else {
            vec![convene_documents::SheetSection {
                title: String::new(),
                rows: list
                    .guests
                    .into_iter()
                    .map(|guest| vec![guest.name, guest.organization])
                    .collect(),
            }]
        },
        empty: t(lang, "guest-list-empty"),
    };
    let name = format!("guest-list-{}-{}.pdf", list.reference, lang.tag());
    crate::documents::sheet_response(document, &name).await
}

/// A guest list as security reads it, in the visitor's language.
struct GuestList {
    reference: String,
    title: String,
    when: String,
    room: String,
    cutoff: String,
    closed: bool,
    starts: jiff::Timestamp,
    guests: Vec<GuestRow>,
}

async fn guest_list_of(ctx: &Ctx, id: &str) -> Result<GuestList, Failure> {
    let (principal, unit) = unit_principal(ctx)?;
    if unit.as_str() != "SECURITY" {
        return Err(Failure::NotFound);
    }
    let id = crate::mission::parse_request_id(id)?;
    let view = ctx
        .state
        .app
        .request(principal, id)
        .await?
        .filter(|view| view.guests_visible)
        .ok_or(Failure::NotFound)?;
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let r = &view.request;
    let cutoff = convene_domain::request::guest_cutoff(r.slot.start());
    let mut guests: Vec<GuestRow> = r
        .guests
        .iter()
        .map(|guest| GuestRow {
            name: guest.full_name.as_str().to_string(),
            organization: guest
                .organization
                .as_ref()
                .map(|o| o.as_str().to_string())
                .unwrap_or_default(),
        })
        .collect();
    guests.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(GuestList {
        reference: r.reference.as_str().to_string(),
        title: r.title.as_str().to_string(),
        when: crate::page::slot_text(lang, &r.slot),
        room: r
            .room
            .as_ref()
            .map(|room| view::room_name(app, lang, room))
            .unwrap_or_else(|| t(lang, "room-not-assigned")),
        cutoff: convene_i18n::datetime(lang, cutoff),
        closed: app.now() >= cutoff,
        starts: r.slot.start(),
        guests,
    })
}

// ---------------------------------------------------------------- satisfaction

#[derive(Template, WebTemplate)]
#[template(path = "unit_satisfaction.html", whitespace = "minimize")]
struct SatisfactionPage {
    page: Page,
    unit: String,
    average: String,
    count: String,
    rated: bool,
    comments: Vec<CommentRow>,
}

/// A mission's comment on the satisfaction page.
struct CommentRow {
    when: String,
    rating: String,
    text: String,
}

/// How many comments the satisfaction page lists, newest first.
const RECENT_COMMENTS: usize = 20;

/// `GET /unit/satisfaction`: the average of the missions' ratings, how many there are, and
/// their newest comments.
pub(crate) async fn satisfaction(ctx: Ctx) -> Result<Response, Failure> {
    let (principal, unit) = unit_principal(&ctx)?;
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let satisfaction = app.satisfaction(unit)?;
    let comments = app
        .unit_comments(principal, unit, RECENT_COMMENTS)?
        .into_iter()
        .map(|comment| CommentRow {
            when: convene_i18n::date(lang, convene_domain::time::local_date(comment.submitted_at)),
            rating: t_page(
                lang,
                "satisfaction-rating",
                &Args::new().str(
                    "rating",
                    convene_i18n::integer(lang, i64::from(comment.rating)),
                ),
            ),
            text: comment.comment,
        })
        .collect();
    Ok(SatisfactionPage {
        page: Page::new(&ctx, "satisfaction-title"),
        unit: view::unit_name(app, lang, unit),
        average: satisfaction
            .average()
            .map(|average| convene_i18n::decimal(lang, average))
            .unwrap_or_default(),
        count: convene_i18n::integer(lang, i64::try_from(satisfaction.count).unwrap_or(i64::MAX)),
        rated: satisfaction.count > 0,
        comments,
    }
    .into_response())
}
