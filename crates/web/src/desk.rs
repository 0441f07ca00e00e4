//! The focal point desk: the queue of submitted requests (soonest first, filtered by date and
//! status, with each one's conflicts), the review on the request page with the rooms that
//! are free and fit, approve / reject / mark held, and a day view of every room.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::{Principal, RequestView};
use convene_domain::access::Role;
use convene_domain::booking::Conflict;
use convene_domain::request::RequestStatus;
use convene_domain::values::{Lang, Reason};
use convene_domain::{RoomCode, TimeSlot};
use convene_i18n::{Args, t, t_page};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

use crate::errors::Failure;
use crate::form::Posted;
use crate::mission::{
    ApproveChoice, ReasonForm, VersionForm, all_requests, parse_request_id, request_page_for,
};
use crate::page::Page;
use crate::session::Ctx;
use crate::view::{self, Errors, RequestRow};

/// The signed-in focal point (or administrator), or the 403 page for every other role.
fn desk_principal(ctx: &Ctx) -> Result<&Principal, Failure> {
    let principal = ctx.principal()?;
    match principal.role {
        Role::FocalPoint | Role::Admin => Ok(principal),
        _ => Err(Failure::OtherRole),
    }
}

/// A conflict in words.
fn conflict_text(
    ctx: &Ctx,
    conflict: &Conflict,
    references: &dyn Fn(&convene_domain::EventRequestId) -> String,
) -> String {
    let lang = ctx.lang;
    match conflict {
        Conflict::RoomTaken {
            room,
            request,
            occupancy,
        } => t_page(
            lang,
            "conflict-room-taken",
            &Args::new()
                .str("room", room.as_str())
                .str("reference", references(request))
                .str("from", convene_i18n::time(lang, occupancy.start()))
                .str("to", convene_i18n::time(lang, occupancy.end())),
        ),
        Conflict::CompetingRequest {
            room,
            reference,
            slot,
            ..
        } => t_page(
            lang,
            "conflict-competing",
            &Args::new()
                .str("room", room.as_str())
                .str("reference", reference.as_str())
                .str("from", convene_i18n::time(lang, slot.start()))
                .str("to", convene_i18n::time(lang, slot.end())),
        ),
        Conflict::OverCapacity {
            room,
            capacity,
            attendance,
        } => t_page(
            lang,
            "conflict-capacity",
            &Args::new()
                .str("room", room.as_str())
                .str(
                    "capacity",
                    convene_i18n::integer(lang, i64::from(*capacity)),
                )
                .str(
                    "attendance",
                    convene_i18n::integer(lang, i64::from(*attendance)),
                ),
        ),
    }
}

async fn conflicts_of(ctx: &Ctx, view: &RequestView) -> Result<Vec<String>, Failure> {
    let principal = desk_principal(ctx)?;
    let conflicts = ctx
        .state
        .app
        .request_conflicts(principal, view.request.id)
        .await?;
    let mut texts = Vec::with_capacity(conflicts.len());
    for conflict in &conflicts {
        let reference = match conflict {
            Conflict::RoomTaken { request, .. } => ctx
                .state
                .app
                .request(principal, *request)
                .await?
                .map(|other| other.request.reference.to_string())
                .unwrap_or_default(),
            _ => String::new(),
        };
        texts.push(conflict_text(ctx, conflict, &|_| reference.clone()));
    }
    Ok(texts)
}

/// The rooms free for a request that fit it (its preferred room first when free), and its
/// conflicts: what the review shows beside the approve form.
pub(crate) async fn review_data(
    ctx: &Ctx,
    view: &RequestView,
) -> Result<(Vec<ApproveChoice>, Vec<String>), Failure> {
    let principal = desk_principal(ctx)?;
    let request = &view.request;
    let rooms = ctx
        .state
        .app
        .available_rooms(principal, request.slot, request.attendance)
        .await?;
    let lang = ctx.lang;
    let mut choices: Vec<ApproveChoice> = rooms
        .iter()
        .map(|room| ApproveChoice {
            code: room.code.to_string(),
            name: room.name.get(lang).to_string(),
            capacity: convene_i18n::integer(lang, i64::from(room.capacity.get())),
            preferred: request.preferred_room.as_ref() == Some(&room.code),
        })
        .collect();
    // The preferred room first; the rest stay smallest first.
    choices.sort_by_key(|choice| !choice.preferred);
    let conflicts = conflicts_of(ctx, view).await?;
    Ok((choices, conflicts))
}

// ---------------------------------------------------------------- the queue

#[derive(Debug, Default, Deserialize)]
pub(crate) struct QueueQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

struct QueueRow {
    row: RequestRow,
    conflicts: Vec<String>,
}

struct StatusChoice {
    code: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "desk_queue.html", whitespace = "minimize")]
struct QueuePage {
    page: Page,
    rows: Vec<QueueRow>,
    statuses: Vec<StatusChoice>,
    from: String,
    to: String,
}

/// The statuses the queue can show.
const QUEUE_STATUSES: [RequestStatus; 4] = [
    RequestStatus::Submitted,
    RequestStatus::Approved,
    RequestStatus::Held,
    RequestStatus::Rejected,
];

fn status_of(code: &str) -> RequestStatus {
    QUEUE_STATUSES
        .into_iter()
        .find(|status| status.as_str() == code)
        .unwrap_or(RequestStatus::Submitted)
}

/// `GET /desk`: requests in one status (submitted by default), soonest event first.
pub(crate) async fn queue(ctx: Ctx, Query(query): Query<QueueQuery>) -> Result<Response, Failure> {
    desk_principal(&ctx)?;
    let status = status_of(&query.status);
    let from = query.from.trim().parse::<Date>().ok();
    let to = query.to.trim().parse::<Date>().ok();
    let mut views = all_requests(&ctx, Some(status)).await?;
    views.retain(|view| {
        let date = convene_domain::time::local_date(view.request.slot.start());
        from.is_none_or(|from| date >= from) && to.is_none_or(|to| date <= to)
    });
    views.sort_by_key(|view| view.request.slot.start());
    let lang = ctx.lang;
    let mut rows = Vec::with_capacity(views.len());
    for view in &views {
        let conflicts = if status == RequestStatus::Submitted {
            conflicts_of(&ctx, view).await?
        } else {
            Vec::new()
        };
        rows.push(QueueRow {
            row: view::request_row(&ctx.state.app, lang, view),
            conflicts,
        });
    }
    Ok(QueuePage {
        page: Page::new(&ctx, "queue-title"),
        rows,
        statuses: QUEUE_STATUSES
            .iter()
            .map(|s| StatusChoice {
                code: s.as_str(),
                label: view::request_status(lang, *s).label,
                selected: *s == status,
            })
            .collect(),
        from: from.map(|d| d.to_string()).unwrap_or_default(),
        to: to.map(|d| d.to_string()).unwrap_or_default(),
    }
    .into_response())
}

// ---------------------------------------------------------------- decisions

#[derive(Debug, Deserialize)]
pub(crate) struct ApproveForm {
    #[serde(default)]
    room: String,
    #[serde(default)]
    version: String,
}

/// `POST /requests/{id}/approve`: approves in the chosen room (refused if it was taken
/// meanwhile: two approvals of one room can never both land).
pub(crate) async fn approve(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<ApproveForm>,
) -> Result<Response, Failure> {
    let principal = desk_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let fields = &[("roomCode", "room")];
    let room = match RoomCode::parse(form.room.trim()) {
        Ok(room) => room,
        Err(error) => {
            let errors = Errors::from_user(
                ctx.lang,
                &convene_app::error::rejected(error).on_field("roomCode"),
                fields,
            );
            return request_page_for(&ctx, id, errors).await;
        }
    };
    let version = form.version.trim().parse().ok();
    decided(
        &ctx,
        id,
        ctx.state
            .app
            .approve_request(&principal, id, room, version)
            .await,
        fields,
    )
    .await
}

async fn decided(
    ctx: &Ctx,
    id: convene_domain::EventRequestId,
    result: convene_app::AppResult<convene_domain::EventRequestId>,
    fields: &[(&str, &str)],
) -> Result<Response, Failure> {
    match result {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{id}")).into_response()),
        Err(convene_app::AppError::User(user))
            if !matches!(
                user.code,
                convene_app::UserCode::Rule(convene_domain::ErrorCode::NotFound)
            ) || user.field.as_deref() == Some("roomCode") =>
        {
            request_page_for(ctx, id, Errors::from_user(ctx.lang, &user, fields)).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /requests/{id}/reject`: rejects with a reason the mission will read.
pub(crate) async fn reject(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<ReasonForm>,
) -> Result<Response, Failure> {
    let principal = desk_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let fields = &[("reason", "reject-reason")];
    let reason = match Reason::parse(&form.reason) {
        Ok(reason) => reason,
        Err(error) => {
            let errors = Errors::from_user(
                ctx.lang,
                &convene_app::error::rejected(error).on_field("reason"),
                fields,
            );
            return request_page_for(&ctx, id, errors).await;
        }
    };
    let version = form.version.trim().parse().ok();
    decided(
        &ctx,
        id,
        ctx.state
            .app
            .reject_request(&principal, id, reason, version)
            .await,
        fields,
    )
    .await
}

/// `POST /requests/{id}/held`: marks an approved request held once it has ended.
pub(crate) async fn mark_held(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<VersionForm>,
) -> Result<Response, Failure> {
    let principal = desk_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let version = form.version.trim().parse().ok();
    decided(
        &ctx,
        id,
        ctx.state.app.mark_held(&principal, id, version).await,
        &[],
    )
    .await
}

// ---------------------------------------------------------------- the day view

/// One event (or its buffer) in a room's row.
struct Block {
    reference: String,
    title: String,
    href: String,
    /// Start and end in words ("10:00–12:00").
    when: String,
    /// The occupancy with buffers, in words.
    buffers: String,
    /// Where the block starts and how long it is, in 15-minute columns of the grid.
    column: i64,
    span: i64,
    buffer_before: i64,
    buffer_after: i64,
}

struct RoomRow {
    code: String,
    name: String,
    capacity: String,
    blocks: Vec<Block>,
}

struct HourMark {
    label: String,
    column: i64,
}

#[derive(Template, WebTemplate)]
#[template(path = "desk_day.html", whitespace = "minimize")]
struct DayPage {
    page: Page,
    date: String,
    day: String,
    previous: String,
    next: String,
    rooms: Vec<RoomRow>,
    hours: Vec<HourMark>,
    empty: bool,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct DayQuery {
    #[serde(default)]
    date: String,
}

/// The grid runs from 07:30 (the first buffer) to 21:30, in 15-minute columns.
const GRID_START_MINUTES: i64 = 7 * 60 + 30;
const GRID_END_MINUTES: i64 = 21 * 60 + 30;
const GRID_STEP_MINUTES: i64 = 15;

fn minutes_of_day(at: Timestamp) -> i64 {
    let time = convene_domain::time::local(at).time();
    i64::from(time.hour()) * 60 + i64::from(time.minute())
}

fn column(at: Timestamp) -> i64 {
    let minutes = minutes_of_day(at).clamp(GRID_START_MINUTES, GRID_END_MINUTES);
    (minutes - GRID_START_MINUTES) / GRID_STEP_MINUTES + 1
}

fn day_bounds(date: Date) -> Option<(Timestamp, Timestamp)> {
    let tz = convene_domain::time::venue_tz().clone();
    let start = date.to_zoned(tz.clone()).ok()?.timestamp();
    let end = date.tomorrow().ok()?.to_zoned(tz).ok()?.timestamp();
    Some((start, end))
}

/// `GET /desk/day?date=YYYY-MM-DD`: every room's approved events and buffers on one day.
pub(crate) async fn day(ctx: Ctx, Query(query): Query<DayQuery>) -> Result<Response, Failure> {
    let principal = desk_principal(&ctx)?.clone();
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let date = query
        .date
        .trim()
        .parse::<Date>()
        .unwrap_or_else(|_| convene_domain::time::local_date(app.now()));
    let (from, to) = day_bounds(date).ok_or(Failure::BadRequest)?;
    let rooms: Vec<(RoomCode, String, u32)> = app
        .venue()
        .rooms
        .rooms()
        .map(|room| {
            (
                room.code.clone(),
                room.name.get(lang).to_string(),
                room.capacity.get(),
            )
        })
        .collect::<Vec<_>>();
    let mut rooms = rooms;
    // CR2 before CR10: shorter codes first, then alphabetical.
    rooms.sort_by(|a, b| {
        (a.0.as_str().len(), a.0.as_str()).cmp(&(b.0.as_str().len(), b.0.as_str()))
    });
    let mut rows = Vec::with_capacity(rooms.len());
    let mut any = false;
    for (code, name, capacity) in rooms {
        let busy = app.room_schedule(&principal, &code, from, to).await?;
        let mut blocks = Vec::with_capacity(busy.len());
        for slot in busy {
            any = true;
            let request = match slot.request {
                Some(id) => app.request(&principal, id).await?,
                None => None,
            };
            blocks.push(block(lang, &slot.slot, &slot.occupancy, request.as_ref()));
        }
        rows.push(RoomRow {
            code: code.to_string(),
            name,
            capacity: convene_i18n::integer(lang, i64::from(capacity)),
            blocks,
        });
    }
    let hours = (8..=21)
        .map(|hour: i64| HourMark {
            label: format!("{hour:02}:00"),
            column: (hour * 60 - GRID_START_MINUTES) / GRID_STEP_MINUTES + 1,
        })
        .collect();
    Ok(DayPage {
        page: Page::new(&ctx, "day-title").with_extra(convene_i18n::date(lang, date)),
        date: date.to_string(),
        day: convene_i18n::date(lang, date),
        previous: date.yesterday().map(|d| d.to_string()).unwrap_or_default(),
        next: date.tomorrow().map(|d| d.to_string()).unwrap_or_default(),
        rooms: rows,
        hours,
        empty: !any,
    }
    .into_response())
}

fn block(
    lang: Lang,
    slot: &TimeSlot,
    occupancy: &TimeSlot,
    request: Option<&RequestView>,
) -> Block {
    let before = slot.start().duration_since(occupancy.start());
    let after = occupancy.end().duration_since(slot.end());
    let steps = |d: SignedDuration| d.as_secs() / 60 / GRID_STEP_MINUTES;
    Block {
        reference: request
            .map(|r| r.request.reference.to_string())
            .unwrap_or_default(),
        title: request
            .map(|r| r.request.title.to_string())
            .unwrap_or_else(|| t(lang, "day-busy")),
        href: request
            .map(|r| format!("/requests/{}", r.request.id))
            .unwrap_or_default(),
        when: t_page(
            lang,
            "time-range",
            &Args::new()
                .str("from", convene_i18n::time(lang, slot.start()))
                .str("to", convene_i18n::time(lang, slot.end())),
        ),
        buffers: t_page(
            lang,
            "day-buffers",
            &Args::new()
                .str("from", convene_i18n::time(lang, occupancy.start()))
                .str("to", convene_i18n::time(lang, occupancy.end())),
        ),
        column: column(occupancy.start()),
        span: (column(occupancy.end()) - column(occupancy.start())).max(1),
        buffer_before: steps(before),
        buffer_after: steps(after),
    }
}
