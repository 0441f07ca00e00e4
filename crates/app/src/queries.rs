//! The queries: what each role may read, and nothing of another tenant. A request, an
//! invoice or a room-day schedule is read from its stream; listings come from the read
//! models; the venue's reference data from memory.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

use convene_domain::access::Role;
use convene_domain::billing::{self, Bill};
use convene_domain::booking::{self, Conflict};
use convene_domain::feedback::Satisfaction;
use convene_domain::invoice::{Invoice, IssuedInvoice};
use convene_domain::request::{
    EventRequest, EventRequestEvent, LineStatus, Request, RequestStatus, ServiceLine,
};
use convene_domain::rooms::Room;
use convene_domain::schedule::{self, RoomSchedule, ScheduleKey, schedule_keys};
use convene_domain::values::Attendance;
use convene_domain::{
    EventRequestId, InvoiceId, ItemCode, MissionCode, Money, RoomCode, ServiceLineId, TimeSlot,
    UnitCode,
};
use convene_store::envelope::RecordedEvent;
use convene_store::load::{Loaded, request_history};
use convene_store::readmodel::Page;
use convene_store::streams;

use crate::App;
use crate::auth::{Principal, hash_token};
use crate::error::{AppResult, UserError};

/// The largest page a listing returns.
pub const MAX_PAGE_SIZE: usize = 100;
/// A server whose read models are this many events behind reports itself not ready.
pub const MAX_READY_LAG: u64 = 10_000;

/// The longest window of a schedule query.
pub const MAX_SCHEDULE_DAYS: i64 = 62;

/// The longest slot [`App::available_rooms`] answers for: its occupancy then touches at most
/// three venue days, so at most three schedule streams are read per room.
pub const MAX_AVAILABILITY_HOURS: i64 = 24;

/// At most this many SUBMITTED requests (oldest first) are compared by
/// [`App::request_conflicts`]; competing requests beyond them are not reported.
pub const MAX_CONFLICT_SCAN: usize = 1_000;

/// A request as the caller may see it.
#[derive(Debug, Clone)]
pub struct RequestView {
    pub request: Request,
    /// The request stream's version (for `expectedVersion`).
    pub version: u64,
    /// Whether the caller may see the guest list.
    pub guests_visible: bool,
}

impl RequestView {
    /// The bill the request would produce now.
    pub fn estimate(&self, app: &App) -> Bill {
        let now = app.now();
        let venue = app.projections.venue();
        billing::estimate(&self.request, app.currency(), |code| {
            venue.rate_card.quote(code, now).ok()
        })
        .unwrap_or_else(|_| empty_bill(app))
    }

    /// What cancelling costs now (open request) or cost (cancelled); `None` otherwise.
    pub fn cancellation_fee(&self, app: &App) -> Option<Money> {
        billing::cancellation_fee(&self.request, app.currency(), app.now())
            .and_then(|bill| bill.ok())
            .map(|bill| bill.total)
    }
}

fn empty_bill(app: &App) -> Bill {
    Bill::from_lines(app.currency(), Vec::new()).expect("an empty bill has one currency")
}

/// A service line with the request it belongs to.
#[derive(Debug, Clone)]
pub struct LineView {
    pub line: ServiceLine,
    pub request: EventRequestId,
}

/// An issued invoice.
#[derive(Debug, Clone)]
pub struct InvoiceView {
    pub invoice: IssuedInvoice,
    pub version: u64,
}

/// One busy interval of a room (the occupancy, buffers included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusySlot {
    pub room: RoomCode,
    pub occupancy: TimeSlot,
    pub slot: TimeSlot,
    /// The request holding it, shown to focal points and the administrator only.
    pub request: Option<EventRequestId>,
}

/// One entry of a request's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub position: u64,
    pub event_type: String,
    pub actor: String,
    pub at: Timestamp,
}

impl From<&RecordedEvent> for HistoryEntry {
    fn from(event: &RecordedEvent) -> Self {
        HistoryEntry {
            position: event.position,
            event_type: event.event_type.clone(),
            actor: event.metadata.actor.clone(),
            at: event.metadata.recorded_at,
        }
    }
}

/// Whether an event concerns the guest list (seen only by roles that may read it).
fn is_guest_event(event: &EventRequestEvent) -> bool {
    matches!(
        event,
        EventRequestEvent::GuestAdded { .. } | EventRequestEvent::GuestRemoved { .. }
    )
}

fn page_size(first: Option<usize>) -> usize {
    first.unwrap_or(20).clamp(1, MAX_PAGE_SIZE)
}

impl App {
    /// The principal of a bearer token, if the token is live.
    pub fn authenticate(&self, token: &str) -> Option<Principal> {
        let hash = hash_token(token.trim());
        self.projections
            .venue()
            .tokens
            .grants
            .get(&hash)
            .map(|grant| Principal::new(grant.role.clone()))
    }

    /// Shapes a request for the caller, or `None` if the caller may not see it.
    fn view(&self, principal: &Principal, loaded: Loaded<EventRequest>) -> Option<RequestView> {
        let mut request = loaded.state.request?;
        let guests_visible = match &principal.role {
            Role::Mission { mission } => {
                if *mission != request.mission {
                    return None;
                }
                true
            }
            Role::Unit { unit } => {
                if !request.lines.iter().any(|line| line.unit() == unit) {
                    return None;
                }
                request.lines.retain(|line| line.unit() == unit);
                unit.as_str() == "SECURITY"
            }
            Role::FocalPoint | Role::Admin => true,
            Role::Finance => false,
        };
        if !guests_visible {
            request.guests.clear();
        }
        Some(RequestView {
            request,
            version: loaded.version,
            guests_visible,
        })
    }

    /// A request by id; `None` when it does not exist or the caller may not see it.
    pub async fn request(
        &self,
        principal: &Principal,
        id: EventRequestId,
    ) -> AppResult<Option<RequestView>> {
        let loaded: Loaded<EventRequest> = self.load(&streams::request(id)).await?;
        Ok(self.view(principal, loaded))
    }

    /// Every event of a visible request, its lines, guests, invoice and feedback, in log order.
    pub async fn history(
        &self,
        principal: &Principal,
        id: EventRequestId,
    ) -> AppResult<Vec<HistoryEntry>> {
        let (loaded, events) = request_history(self.store.as_ref(), id).await?;
        let own_lines: Vec<ServiceLineId> = match (&principal.role, &loaded.state.request) {
            (Role::Unit { unit }, Some(request)) => request
                .lines
                .iter()
                .filter(|line| line.unit() == unit)
                .map(|line| line.id)
                .collect(),
            _ => Vec::new(),
        };
        if self.view(principal, loaded).is_none() {
            return Ok(Vec::new());
        }
        // Each role sees the history of what it may see: a unit its own lines (and the guest
        // list for security), finance no guests, neither of them the mission's feedback;
        // the mission, focal points and the administrator everything.
        let visible = |event: &RecordedEvent| -> bool {
            let name = event.stream.as_str();
            let request_event = || {
                name.starts_with("request-")
                    .then(|| convene_store::codec::decode::<EventRequestEvent>(event).ok())
                    .flatten()
            };
            match &principal.role {
                Role::Mission { .. } | Role::FocalPoint | Role::Admin => true,
                Role::Unit { unit } => match request_event() {
                    Some(decoded) => match decoded.line() {
                        Some(line) => own_lines.contains(&line),
                        None => !is_guest_event(&decoded) || unit.as_str() == "SECURITY",
                    },
                    None => false,
                },
                Role::Finance => match request_event() {
                    Some(decoded) => !is_guest_event(&decoded),
                    None => name.starts_with("invoice-"),
                },
            }
        };
        Ok(events
            .iter()
            .filter(|event| visible(event))
            .map(HistoryEntry::from)
            .collect())
    }

    /// Requests the caller may list: a mission its own, focal points, finance and the
    /// administrator all; units list lines instead.
    pub async fn requests(
        &self,
        principal: &Principal,
        status: Option<RequestStatus>,
        after: Option<EventRequestId>,
        first: Option<usize>,
    ) -> AppResult<Page<RequestView>> {
        let mission = match &principal.role {
            Role::Mission { mission } => Some(mission.clone()),
            Role::Unit { .. } => return Err(UserError::forbidden("list requests").into()),
            _ => None,
        };
        let page = self
            .requests
            .list(mission.as_ref(), status, after, page_size(first))?;
        let mut items = Vec::with_capacity(page.items.len());
        for id in page.items {
            if let Some(view) = self.request(principal, id).await? {
                items.push(view);
            }
        }
        Ok(Page {
            items,
            has_next: page.has_next,
        })
    }

    /// A line by id, if the caller may see it.
    pub async fn line(
        &self,
        principal: &Principal,
        id: ServiceLineId,
    ) -> AppResult<Option<LineView>> {
        Ok(self
            .line_and_request(principal, id)
            .await?
            .map(|(line, _)| line))
    }

    /// A line with the view of its request, both from one read of the request (what a
    /// mutation's payload shows).
    pub async fn line_and_request(
        &self,
        principal: &Principal,
        id: ServiceLineId,
    ) -> AppResult<Option<(LineView, RequestView)>> {
        let Some(request) = self.lines.request_of(id)? else {
            return Ok(None);
        };
        let Some(view) = self.request(principal, request).await? else {
            return Ok(None);
        };
        let Some(line) = view.request.line(id).cloned() else {
            return Ok(None);
        };
        Ok(Some((LineView { line, request }, view)))
    }

    /// Lines the caller may list: a unit its own, focal points, finance and the
    /// administrator any unit's; missions read lines through their requests.
    pub async fn lines(
        &self,
        principal: &Principal,
        unit: Option<UnitCode>,
        status: Option<LineStatus>,
        after: Option<ServiceLineId>,
        first: Option<usize>,
    ) -> AppResult<Page<LineView>> {
        let unit = match &principal.role {
            Role::Unit { unit: own } => match unit {
                Some(asked) if asked != *own => {
                    return Ok(Page {
                        items: Vec::new(),
                        has_next: false,
                    });
                }
                _ => Some(own.clone()),
            },
            Role::Mission { .. } => return Err(UserError::forbidden("list service lines").into()),
            _ => unit,
        };
        let page = self
            .lines
            .list(unit.as_ref(), status, after, page_size(first))?;
        let mut items = Vec::with_capacity(page.items.len());
        for (line, request) in page.items {
            let loaded: Loaded<EventRequest> = self.load(&streams::request(request)).await?;
            if let Some(line) = loaded
                .state
                .request
                .as_ref()
                .and_then(|request| request.line(line))
            {
                items.push(LineView {
                    line: line.clone(),
                    request,
                });
            }
        }
        Ok(Page {
            items,
            has_next: page.has_next,
        })
    }

    fn may_read_invoices_of(principal: &Principal, mission: &MissionCode) -> bool {
        match &principal.role {
            Role::Mission { mission: own } => own == mission,
            Role::Finance | Role::Admin => true,
            Role::FocalPoint | Role::Unit { .. } => false,
        }
    }

    /// An invoice by id, if the caller may see it.
    pub async fn invoice(
        &self,
        principal: &Principal,
        id: InvoiceId,
    ) -> AppResult<Option<InvoiceView>> {
        let Some(mission) = self.invoices.mission_of(id)? else {
            return Ok(None);
        };
        if !Self::may_read_invoices_of(principal, &mission) {
            return Ok(None);
        }
        let loaded: Loaded<Invoice> = self.load(&streams::invoice(id)).await?;
        Ok(loaded.state.issued().cloned().map(|invoice| InvoiceView {
            invoice,
            version: loaded.version,
        }))
    }

    /// Invoices the caller may list: a mission its own; finance and the administrator any
    /// mission's (all when `mission` is `None`).
    pub async fn invoices(
        &self,
        principal: &Principal,
        mission: Option<MissionCode>,
        after: Option<InvoiceId>,
        first: Option<usize>,
    ) -> AppResult<Page<InvoiceView>> {
        let mission = match &principal.role {
            Role::Mission { mission: own } => match mission {
                Some(asked) if asked != *own => {
                    return Ok(Page {
                        items: Vec::new(),
                        has_next: false,
                    });
                }
                _ => Some(own.clone()),
            },
            Role::Finance | Role::Admin => mission,
            _ => return Err(UserError::forbidden("list invoices").into()),
        };
        let page = self
            .invoices
            .list(mission.as_ref(), after, page_size(first))?;
        let mut items = Vec::with_capacity(page.items.len());
        for id in page.items {
            if let Some(view) = self.invoice(principal, id).await? {
                items.push(view);
            }
        }
        Ok(Page {
            items,
            has_next: page.has_next,
        })
    }

    /// The busy intervals of a room between two instants (at most 62 days).
    pub async fn room_schedule(
        &self,
        principal: &Principal,
        room: &RoomCode,
        from: Timestamp,
        to: Timestamp,
    ) -> AppResult<Vec<BusySlot>> {
        if self.projections.venue().rooms.room(room).is_none() {
            return Err(UserError::not_found("roomCode").into());
        }
        let window = TimeSlot::new(from, to)
            .map_err(|_| UserError::invalid("to", "the window must end after it starts"))?;
        if window.duration() > SignedDuration::from_hours(24 * MAX_SCHEDULE_DAYS) {
            return Err(UserError::invalid("to", "a schedule window is at most 62 days").into());
        }
        let show_requests = matches!(principal.role, Role::FocalPoint | Role::Admin);
        let mut busy = Vec::new();
        // Occupancies start up to 30 minutes before their day's events and end within it.
        let days: Vec<Date> = window.local_dates();
        for date in days {
            let key = ScheduleKey {
                room: room.clone(),
                date,
            };
            let schedule: Loaded<RoomSchedule> = self.load(&streams::schedule(&key)).await?;
            for reservation in schedule.state.busy(&window) {
                busy.push(BusySlot {
                    room: room.clone(),
                    occupancy: reservation.occupancy,
                    slot: reservation.slot,
                    request: show_requests.then_some(reservation.request),
                });
            }
        }
        busy.sort_by_key(|slot| slot.occupancy.start());
        Ok(busy)
    }

    /// The rooms free for an event in `slot` that hold `attendance` people, buffers included,
    /// smallest first (see `convene_domain::available_rooms`): a room listed here is one an
    /// approval would accept now. Any signed-in role may ask; the answer names no request.
    /// Any slot is answered, in booking hours or not, up to [`MAX_AVAILABILITY_HOURS`] long.
    pub async fn available_rooms(
        &self,
        _principal: &Principal,
        slot: TimeSlot,
        attendance: Attendance,
    ) -> AppResult<Vec<Room>> {
        if slot.duration() > SignedDuration::from_hours(MAX_AVAILABILITY_HOURS) {
            return Err(UserError::invalid(
                "end",
                "a slot for available rooms is at most 24 hours",
            )
            .into());
        }
        // Only rooms that hold the attendance need their schedules read.
        let rooms: Vec<Room> = self
            .projections
            .venue()
            .rooms
            .rooms()
            .filter(|room| room.capacity.admits(attendance))
            .cloned()
            .collect();
        let mut schedules = BTreeMap::new();
        for room in &rooms {
            for key in schedule_keys(&room.code, &slot) {
                let loaded: Loaded<RoomSchedule> = self.load(&streams::schedule(&key)).await?;
                schedules.insert(key, loaded.state);
            }
        }
        Ok(
            schedule::available_rooms(&rooms, &schedules, &slot, attendance)
                .into_iter()
                .cloned()
                .collect(),
        )
    }

    /// What stands in the way of approving a SUBMITTED request in its preferred room (focal
    /// points and the administrator): approved requests holding the room at an overlapping
    /// time, other submitted requests wanting it then, and a room too small (see
    /// `convene_domain::conflicts`). Empty for a request in another status or without a
    /// preferred room; `NOT_FOUND` for no such request. Bounded: the competing requests are
    /// looked for among the oldest [`MAX_CONFLICT_SCAN`] submitted requests only.
    pub async fn request_conflicts(
        &self,
        principal: &Principal,
        id: EventRequestId,
    ) -> AppResult<Vec<Conflict>> {
        if !matches!(principal.role, Role::FocalPoint | Role::Admin) {
            return Err(UserError::forbidden("approve requests").into());
        }
        let loaded: Loaded<EventRequest> = self.load(&streams::request(id)).await?;
        let request = loaded
            .state
            .request
            .ok_or_else(|| UserError::not_found("eventRequestId"))?;
        let Some(preferred) = request.preferred_room.clone() else {
            return Ok(Vec::new());
        };
        if request.status != RequestStatus::Submitted {
            return Ok(Vec::new());
        }
        let room = self.projections.venue().rooms.room(&preferred).cloned();
        let mut schedules = BTreeMap::new();
        for key in schedule_keys(&preferred, &request.slot) {
            let loaded: Loaded<RoomSchedule> = self.load(&streams::schedule(&key)).await?;
            schedules.insert(key, loaded.state);
        }
        let rivals = self.submitted_for(&preferred, id).await?;
        Ok(booking::conflicts(
            &request,
            room.as_ref(),
            &schedules,
            &rivals,
        ))
    }

    /// The SUBMITTED requests (among the oldest [`MAX_CONFLICT_SCAN`]) that prefer `room`,
    /// except `except`.
    async fn submitted_for(
        &self,
        room: &RoomCode,
        except: EventRequestId,
    ) -> AppResult<Vec<Request>> {
        let mut rivals = Vec::new();
        let mut scanned = 0;
        let mut after = None;
        while scanned < MAX_CONFLICT_SCAN {
            let first = MAX_PAGE_SIZE.min(MAX_CONFLICT_SCAN - scanned);
            let page = self
                .requests
                .list(None, Some(RequestStatus::Submitted), after, first)?;
            scanned += page.items.len();
            after = page.items.last().copied();
            for id in page.items.into_iter().filter(|other| *other != except) {
                let loaded: Loaded<EventRequest> = self.load(&streams::request(id)).await?;
                if let Some(other) = loaded.state.request
                    && other.preferred_room.as_ref() == Some(room)
                {
                    rivals.push(other);
                }
            }
            if !page.has_next {
                break;
            }
        }
        Ok(rivals)
    }

    /// The unit that handles an item (the directory).
    pub fn who_handles(&self, item: &ItemCode) -> Option<convene_domain::directory::Unit> {
        let venue = self.projections.venue();
        convene_domain::directory::who_handles(&venue.directory, &venue.rate_card, item).cloned()
    }

    /// A unit's satisfaction.
    pub fn satisfaction(&self, unit: &UnitCode) -> AppResult<Satisfaction> {
        Ok(self.satisfaction.of(unit)?)
    }

    /// The `limit` newest comments missions left on a unit, newest first: for the unit itself,
    /// finance and the administrator.
    pub fn unit_comments(
        &self,
        principal: &Principal,
        unit: &UnitCode,
        limit: usize,
    ) -> AppResult<Vec<convene_store::readmodel::UnitComment>> {
        let allowed = match &principal.role {
            Role::Unit { unit: own } => own == unit,
            Role::Finance | Role::Admin => true,
            _ => false,
        };
        if !allowed {
            return Err(UserError::forbidden("read a unit's comments").into());
        }
        Ok(self.satisfaction.recent_comments(unit, limit)?)
    }

    /// Revenue per unit (finance and the administrator).
    pub fn revenue(
        &self,
        principal: &Principal,
    ) -> AppResult<std::collections::BTreeMap<UnitCode, Money>> {
        if !matches!(principal.role, Role::Finance | Role::Admin) {
            return Err(UserError::forbidden("read revenue").into());
        }
        Ok(self.revenue.all()?)
    }

    /// The venue's reference data (rooms, units, rate card, missions, focal points).
    pub fn venue(&self) -> std::sync::RwLockReadGuard<'_, convene_store::readmodel::Venue> {
        self.projections.venue()
    }

    /// How many durable events the read models have not applied yet.
    pub fn projection_lag(&self) -> u64 {
        self.store
            .head()
            .saturating_sub(self.projections.position())
    }

    /// Whether the read models keep up with the log: the start-up catch-up is done (the app
    /// exists only after it) and the runner is less than [`MAX_READY_LAG`] events behind.
    /// Under write load the runner is always a few events behind; that is not "unready".
    pub fn is_caught_up(&self) -> bool {
        self.projection_lag() < MAX_READY_LAG
    }
}
