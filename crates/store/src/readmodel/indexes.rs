//! The read models, in memory: requests per mission and status, lines per unit and status,
//! invoices per mission, revenue per unit, satisfaction per unit.
//!
//! Each model is ordinary maps behind one lock, bounded by what the venue holds (a few dozen
//! bytes per request and per line). Listings are ordered sets of ids: version-7 ids sort by
//! creation, so a listing is oldest first and a cursor is the last id seen. Missions, units
//! and e-mail addresses are interned once, so an entry holds a small number instead of a
//! string. A model saves itself compactly for the runner's snapshot and is restored from it,
//! its listings rebuilt from its entries.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

use convene_domain::feedback::{FeedbackEvent, Satisfaction};
use convene_domain::invoice::{Invoice, InvoiceEvent};
use convene_domain::request::{LineStatus, RequestStatus};
use convene_domain::{
    Aggregate, EventRequestId, InvoiceId, MissionCode, Money, ServiceLineId, UnitCode,
};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::facts::Fact;
use super::runner::{Partial, ReadModel};
use crate::error::StoreError;

/// One page of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next: bool,
}

/// Ids whose entries move between lists (by status): removal is as cheap as insertion.
type Ids = BTreeSet<Uuid>;
/// Ids that are only ever added, kept sorted: version-7 ids arrive almost in order, so an
/// insertion is nearly always a push.
type Growing = Vec<Uuid>;

fn add_sorted(ids: &mut Growing, id: Uuid) {
    match ids.last() {
        Some(last) if *last >= id => {
            if let Err(at) = ids.binary_search(&id) {
                ids.insert(at, id);
            }
        }
        _ => ids.push(id),
    }
}

/// A listing to page through.
enum Listing<'a> {
    Moving(&'a Ids),
    Growing(&'a [Uuid]),
    Empty,
}

/// The page of `ids` after `after`, `first` of them.
fn page_of(ids: Listing<'_>, after: Option<Uuid>, first: usize) -> Page<Uuid> {
    let (items, has_next) = match ids {
        Listing::Empty => (Vec::new(), false),
        Listing::Moving(ids) => {
            let mut range = match after {
                Some(after) => ids.range((Bound::Excluded(after), Bound::Unbounded)),
                None => ids.range(..),
            };
            let items: Vec<Uuid> = range.by_ref().take(first).copied().collect();
            (items, range.next().is_some())
        }
        Listing::Growing(ids) => {
            let start = after.map_or(0, |after| ids.partition_point(|id| *id <= after));
            let rest = &ids[start..];
            let items = rest[..first.min(rest.len())].to_vec();
            (items, rest.len() > first)
        }
    };
    Page { items, has_next }
}

fn typed<T>(page: Page<Uuid>, make: impl Fn(Uuid) -> Option<T>) -> Result<Page<T>, StoreError> {
    let items = page
        .items
        .into_iter()
        .map(|id| make(id).ok_or_else(|| StoreError::Io("a non-v7 id in an index".into())))
        .collect::<Result<_, _>>()?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

fn corrupt(position: u64, reason: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        position,
        reason: reason.into(),
    }
}

fn snapshot_error(model: &str, error: impl std::fmt::Display) -> StoreError {
    StoreError::Io(format!("the {model} snapshot: {error}"))
}

fn save_json(state: &impl Serialize, model: &str) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(state).map_err(|error| snapshot_error(model, error))
}

fn restore_json<S: serde::de::DeserializeOwned>(
    bytes: &[u8],
    model: &str,
) -> Result<S, StoreError> {
    serde_json::from_slice(bytes).map_err(|error| snapshot_error(model, error))
}

/// Values stored once and referred to by number.
#[derive(Debug, Clone)]
struct Interner<T> {
    values: Vec<T>,
    numbers: FxHashMap<T, u32>,
}

impl<T> Default for Interner<T> {
    fn default() -> Self {
        Interner {
            values: Vec::new(),
            numbers: FxHashMap::default(),
        }
    }
}

impl<T: Clone + Eq + std::hash::Hash> Interner<T> {
    fn intern(&mut self, value: &T) -> u32 {
        if let Some(number) = self.numbers.get(value) {
            return *number;
        }
        let number = u32::try_from(self.values.len()).expect("fewer than 4 billion values");
        self.values.push(value.clone());
        self.numbers.insert(value.clone(), number);
        number
    }

    fn number(&self, value: &T) -> Option<u32> {
        self.numbers.get(value).copied()
    }

    fn value(&self, number: u32) -> &T {
        &self.values[number as usize]
    }

    fn from_values(values: Vec<T>) -> Self {
        let mut interner = Interner::default();
        for value in &values {
            interner.intern(value);
        }
        interner
    }

    /// Every value's name, by number (for a snapshot).
    fn names(&self, name: impl Fn(&T) -> &str) -> Vec<String> {
        self.values
            .iter()
            .map(|value| name(value).to_string())
            .collect()
    }

    /// The values of `names`, by number, each parsed (from a snapshot of `model`).
    fn parsed<E: std::fmt::Display>(
        names: &[String],
        parse: impl Fn(&str) -> Result<T, E>,
        model: &str,
    ) -> Result<Self, StoreError> {
        let values = names
            .iter()
            .map(|name| parse(name).map_err(|error| snapshot_error(model, error)))
            .collect::<Result<Vec<_>, _>>()?;
        let interner = Interner::from_values(values);
        if interner.values.len() != names.len() {
            return Err(snapshot_error(model, "a name listed twice"));
        }
        Ok(interner)
    }
}

/// A model's state behind its lock, shared by every clone of the model.
#[derive(Debug, Default)]
struct Shared<S>(Arc<RwLock<S>>);

impl<S> Clone for Shared<S> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<S> Shared<S> {
    fn read(&self) -> RwLockReadGuard<'_, S> {
        self.0
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, S> {
        self.0
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// What every model's state does; the models below wrap it as a [`ReadModel`].
trait State: Default + Send + Sync {
    /// Applies one fact, checking everything before it changes anything.
    fn apply(&mut self, position: u64, fact: &Fact) -> Result<(), StoreError>;
    fn save(&self) -> Result<Vec<u8>, StoreError>;
    fn restore(bytes: &[u8]) -> Result<Self, StoreError>;
}

fn apply_all<S: State>(shared: &Shared<S>, facts: &[(u64, &Fact)]) -> Result<(), Partial> {
    let mut state = shared.write();
    for (applied, (position, fact)) in facts.iter().enumerate() {
        state
            .apply(*position, fact)
            .map_err(|error| Partial { applied, error })?;
    }
    Ok(())
}

/// A model: its public type (one shared state, cheap to clone), `new`, and [`ReadModel`].
macro_rules! read_model {
    ($(#[$doc:meta])* $model:ident($state:ty), $name:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default)]
        pub struct $model {
            state: Shared<$state>,
        }

        impl $model {
            /// An empty model (the runner fills it from a snapshot and the log).
            pub fn new() -> Self {
                Self::default()
            }
        }

        impl ReadModel for $model {
            fn name(&self) -> &'static str {
                $name
            }

            fn apply(&self, facts: &[(u64, &Fact)]) -> Result<(), Partial> {
                apply_all(&self.state, facts)
            }

            fn clear(&self) {
                *self.state.write() = Default::default();
            }

            fn save(&self) -> Result<Vec<u8>, StoreError> {
                self.state.read().save()
            }

            fn restore(&self, bytes: &[u8]) -> Result<(), StoreError> {
                let restored = State::restore(bytes)?;
                *self.state.write() = restored;
                Ok(())
            }
        }
    };
}

fn request_code(status: RequestStatus) -> u8 {
    match status {
        RequestStatus::Draft => 0,
        RequestStatus::Submitted => 1,
        RequestStatus::Approved => 2,
        RequestStatus::Rejected => 3,
        RequestStatus::Cancelled => 4,
        RequestStatus::Held => 5,
        RequestStatus::Closed => 6,
    }
}

fn line_code(status: LineStatus) -> u8 {
    match status {
        LineStatus::Requested => 0,
        LineStatus::Confirmed => 1,
        LineStatus::Declined => 2,
        LineStatus::Delivered => 3,
        LineStatus::Cancelled => 4,
    }
}

/// The largest status code of requests and of lines (snapshots are checked against them).
const LAST_REQUEST_CODE: u8 = 6;
const LAST_LINE_CODE: u8 = 4;

/// Ids by one key, by status, and by both.
#[derive(Debug, Default)]
struct Listings {
    all: Growing,
    by_key: FxHashMap<u32, Growing>,
    by_status: FxHashMap<u8, Ids>,
    by_both: FxHashMap<(u32, u8), Ids>,
}

impl Listings {
    fn insert(&mut self, id: Uuid, key: u32, status: u8) {
        add_sorted(&mut self.all, id);
        add_sorted(self.by_key.entry(key).or_default(), id);
        self.by_status.entry(status).or_default().insert(id);
        self.by_both.entry((key, status)).or_default().insert(id);
    }

    fn moved(&mut self, id: Uuid, key: u32, old: u8, new: u8) {
        if let Some(ids) = self.by_status.get_mut(&old) {
            ids.remove(&id);
        }
        if let Some(ids) = self.by_both.get_mut(&(key, old)) {
            ids.remove(&id);
        }
        self.by_status.entry(new).or_default().insert(id);
        self.by_both.entry((key, new)).or_default().insert(id);
    }

    fn list(
        &self,
        key: Option<Option<u32>>,
        status: Option<u8>,
        after: Option<Uuid>,
        first: usize,
    ) -> Page<Uuid> {
        let ids = match (key, status) {
            // A key the model has never seen lists nothing.
            (Some(None), _) => None,
            (Some(Some(key)), Some(status)) => {
                self.by_both.get(&(key, status)).map(Listing::Moving)
            }
            (Some(Some(key)), None) => self.by_key.get(&key).map(|ids| Listing::Growing(ids)),
            (None, Some(status)) => self.by_status.get(&status).map(Listing::Moving),
            (None, None) => Some(Listing::Growing(&self.all)),
        };
        page_of(ids.unwrap_or(Listing::Empty), after, first)
    }
}

#[derive(Debug, Clone, Copy)]
struct RequestEntry {
    mission: u32,
    status: u8,
    focal_point: Option<u32>,
}

#[derive(Debug, Default)]
struct RequestState {
    missions: Interner<MissionCode>,
    emails: Interner<String>,
    requests: FxHashMap<Uuid, RequestEntry>,
    listings: Listings,
    /// Submitted or approved requests per focal point's e-mail.
    load: FxHashMap<u32, u64>,
}

#[derive(Serialize, Deserialize)]
struct RequestSnapshot {
    missions: Vec<String>,
    emails: Vec<String>,
    /// Id, mission, status, focal point (+1; 0 for none), oldest first.
    requests: Vec<(Uuid, u32, u8, u32)>,
    load: Vec<(u32, u64)>,
}

impl State for RequestState {
    fn apply(&mut self, position: u64, fact: &Fact) -> Result<(), StoreError> {
        match fact {
            Fact::RequestCreated { request, mission } => {
                if self.requests.contains_key(request) {
                    return Err(corrupt(position, "a request created twice"));
                }
                let mission = self.missions.intern(mission);
                let status = request_code(RequestStatus::Draft);
                self.requests.insert(
                    *request,
                    RequestEntry {
                        mission,
                        status,
                        focal_point: None,
                    },
                );
                self.listings.insert(*request, mission, status);
            }
            Fact::RequestSubmitted {
                request,
                focal_point,
            } => {
                let Some(entry) = self.requests.get(request).copied() else {
                    return Err(corrupt(position, "a submission of an unknown request"));
                };
                let email = self.emails.intern(focal_point);
                *self.load.entry(email).or_default() += 1;
                let new = request_code(RequestStatus::Submitted);
                self.listings
                    .moved(*request, entry.mission, entry.status, new);
                self.requests.insert(
                    *request,
                    RequestEntry {
                        status: new,
                        focal_point: Some(email),
                        ..entry
                    },
                );
            }
            Fact::RequestMoved { request, status } => {
                let Some(entry) = self.requests.get_mut(request) else {
                    return Err(corrupt(position, "a status change of an unknown request"));
                };
                if matches!(
                    status,
                    RequestStatus::Rejected | RequestStatus::Cancelled | RequestStatus::Held
                ) && let Some(email) = entry.focal_point
                    && let Some(load) = self.load.get_mut(&email)
                {
                    *load = load.saturating_sub(1);
                }
                let new = request_code(*status);
                let (mission, old) = (entry.mission, entry.status);
                entry.status = new;
                self.listings.moved(*request, mission, old, new);
            }
            _ => {}
        }
        Ok(())
    }

    fn save(&self) -> Result<Vec<u8>, StoreError> {
        let snapshot = RequestSnapshot {
            missions: self.missions.names(|code| code.as_str()),
            emails: self.emails.values.clone(),
            requests: self
                .listings
                .all
                .iter()
                .map(|id| {
                    let entry = self.requests[id];
                    (
                        *id,
                        entry.mission,
                        entry.status,
                        entry.focal_point.map_or(0, |email| email + 1),
                    )
                })
                .collect(),
            load: self.load.iter().map(|(email, n)| (*email, *n)).collect(),
        };
        postcard::to_allocvec(&snapshot).map_err(|error| snapshot_error("requests", error))
    }

    fn restore(bytes: &[u8]) -> Result<Self, StoreError> {
        let snapshot: RequestSnapshot =
            postcard::from_bytes(bytes).map_err(|error| snapshot_error("requests", error))?;
        let mut state = RequestState {
            missions: Interner::parsed(&snapshot.missions, MissionCode::parse, "requests")?,
            emails: Interner::from_values(snapshot.emails),
            ..RequestState::default()
        };
        let (missions, emails) = (state.missions.values.len(), state.emails.values.len());
        for (id, mission, status, focal_point) in snapshot.requests {
            if mission as usize >= missions
                || status > LAST_REQUEST_CODE
                || focal_point as usize > emails
            {
                return Err(snapshot_error("requests", "an entry out of range"));
            }
            let focal_point = focal_point.checked_sub(1);
            state.requests.insert(
                id,
                RequestEntry {
                    mission,
                    status,
                    focal_point,
                },
            );
            state.listings.insert(id, mission, status);
        }
        for (email, load) in snapshot.load {
            if email as usize >= emails {
                return Err(snapshot_error("requests", "a load out of range"));
            }
            state.load.insert(email, load);
        }
        Ok(state)
    }
}

read_model!(
    /// Requests by mission and status.
    RequestIndex(RequestState),
    "requests"
);

impl RequestIndex {
    /// Requests of `mission` (all missions when `None`) in `status` (any when `None`),
    /// oldest first, after the request `after`.
    pub fn list(
        &self,
        mission: Option<&MissionCode>,
        status: Option<RequestStatus>,
        after: Option<EventRequestId>,
        first: usize,
    ) -> Result<Page<EventRequestId>, StoreError> {
        let state = self.state.read();
        let key = mission.map(|mission| state.missions.number(mission));
        let page = state.listings.list(
            key,
            status.map(request_code),
            after.map(|id| id.as_uuid()),
            first,
        );
        typed(page, |id| EventRequestId::new(id).ok())
    }

    /// The mission a request belongs to (for tenant checks without loading the stream).
    pub fn mission_of(&self, id: EventRequestId) -> Result<Option<MissionCode>, StoreError> {
        let state = self.state.read();
        Ok(state
            .requests
            .get(&id.as_uuid())
            .map(|entry| state.missions.value(entry.mission).clone()))
    }

    /// How many submitted or approved requests the focal point with this e-mail follows.
    pub fn focal_point_load(&self, email: &str) -> Result<u64, StoreError> {
        let state = self.state.read();
        Ok(state
            .emails
            .number(&email.to_string())
            .and_then(|email| state.load.get(&email).copied())
            .unwrap_or(0))
    }
}

#[derive(Debug, Clone, Copy)]
struct LineEntry {
    unit: u32,
    status: u8,
    request: Uuid,
}

#[derive(Debug, Default)]
struct LineState {
    units: Interner<UnitCode>,
    lines: FxHashMap<Uuid, LineEntry>,
    listings: Listings,
}

#[derive(Serialize, Deserialize)]
struct LineSnapshot {
    units: Vec<String>,
    /// Id, unit, status, request, oldest first.
    lines: Vec<(Uuid, u32, u8, Uuid)>,
}

impl State for LineState {
    fn apply(&mut self, position: u64, fact: &Fact) -> Result<(), StoreError> {
        match fact {
            Fact::LineRequested {
                request,
                line,
                unit,
            } => {
                if self.lines.contains_key(line) {
                    return Err(corrupt(position, "a line requested twice"));
                }
                let unit = self.units.intern(unit);
                let status = line_code(LineStatus::Requested);
                self.lines.insert(
                    *line,
                    LineEntry {
                        unit,
                        status,
                        request: *request,
                    },
                );
                self.listings.insert(*line, unit, status);
            }
            Fact::LineMoved { line, status } => {
                let Some(entry) = self.lines.get_mut(line) else {
                    return Err(corrupt(position, "an event of an unknown line"));
                };
                let new = line_code(*status);
                let (unit, old) = (entry.unit, entry.status);
                entry.status = new;
                self.listings.moved(*line, unit, old, new);
            }
            _ => {}
        }
        Ok(())
    }

    fn save(&self) -> Result<Vec<u8>, StoreError> {
        let snapshot = LineSnapshot {
            units: self.units.names(|code| code.as_str()),
            lines: self
                .listings
                .all
                .iter()
                .map(|id| {
                    let entry = self.lines[id];
                    (*id, entry.unit, entry.status, entry.request)
                })
                .collect(),
        };
        postcard::to_allocvec(&snapshot).map_err(|error| snapshot_error("lines", error))
    }

    fn restore(bytes: &[u8]) -> Result<Self, StoreError> {
        let snapshot: LineSnapshot =
            postcard::from_bytes(bytes).map_err(|error| snapshot_error("lines", error))?;
        let mut state = LineState {
            units: Interner::parsed(&snapshot.units, UnitCode::parse, "lines")?,
            ..LineState::default()
        };
        let units = state.units.values.len();
        for (id, unit, status, request) in snapshot.lines {
            if unit as usize >= units || status > LAST_LINE_CODE {
                return Err(snapshot_error("lines", "an entry out of range"));
            }
            state.lines.insert(
                id,
                LineEntry {
                    unit,
                    status,
                    request,
                },
            );
            state.listings.insert(id, unit, status);
        }
        Ok(state)
    }
}

read_model!(
    /// Service lines by unit and status.
    LineIndex(LineState),
    "lines"
);

impl LineIndex {
    /// Lines of `unit` (all units when `None`) in `status` (any when `None`), oldest first,
    /// each with its request.
    pub fn list(
        &self,
        unit: Option<&UnitCode>,
        status: Option<LineStatus>,
        after: Option<ServiceLineId>,
        first: usize,
    ) -> Result<Page<(ServiceLineId, EventRequestId)>, StoreError> {
        let state = self.state.read();
        let key = unit.map(|unit| state.units.number(unit));
        let page = state.listings.list(
            key,
            status.map(line_code),
            after.map(|id| id.as_uuid()),
            first,
        );
        typed(page, |id| {
            let request = state.lines.get(&id)?.request;
            Some((
                ServiceLineId::new(id).ok()?,
                EventRequestId::new(request).ok()?,
            ))
        })
    }

    /// The request a line belongs to.
    pub fn request_of(&self, line: ServiceLineId) -> Result<Option<EventRequestId>, StoreError> {
        Ok(self
            .state
            .read()
            .lines
            .get(&line.as_uuid())
            .and_then(|entry| EventRequestId::new(entry.request).ok()))
    }
}

#[derive(Debug, Default)]
struct InvoiceState {
    missions: Interner<MissionCode>,
    invoices: FxHashMap<Uuid, u32>,
    all: Growing,
    by_mission: FxHashMap<u32, Growing>,
}

#[derive(Serialize, Deserialize)]
struct InvoiceSnapshot {
    missions: Vec<String>,
    invoices: Vec<(Uuid, u32)>,
}

impl InvoiceState {
    fn insert(&mut self, id: Uuid, mission: u32) {
        self.invoices.insert(id, mission);
        add_sorted(&mut self.all, id);
        add_sorted(self.by_mission.entry(mission).or_default(), id);
    }
}

impl State for InvoiceState {
    fn apply(&mut self, _position: u64, fact: &Fact) -> Result<(), StoreError> {
        if let Fact::Invoice {
            event:
                InvoiceEvent::InvoiceIssued {
                    invoice_id,
                    mission,
                    ..
                },
            ..
        } = fact
        {
            let mission = self.missions.intern(mission);
            self.insert(invoice_id.as_uuid(), mission);
        }
        Ok(())
    }

    fn save(&self) -> Result<Vec<u8>, StoreError> {
        let snapshot = InvoiceSnapshot {
            missions: self.missions.names(|code| code.as_str()),
            invoices: self.all.iter().map(|id| (*id, self.invoices[id])).collect(),
        };
        postcard::to_allocvec(&snapshot).map_err(|error| snapshot_error("invoices", error))
    }

    fn restore(bytes: &[u8]) -> Result<Self, StoreError> {
        let snapshot: InvoiceSnapshot =
            postcard::from_bytes(bytes).map_err(|error| snapshot_error("invoices", error))?;
        let mut state = InvoiceState {
            missions: Interner::parsed(&snapshot.missions, MissionCode::parse, "invoices")?,
            ..InvoiceState::default()
        };
        for (id, mission) in snapshot.invoices {
            if mission as usize >= state.missions.values.len() {
                return Err(snapshot_error("invoices", "an entry out of range"));
            }
            state.insert(id, mission);
        }
        Ok(state)
    }
}

read_model!(
    /// Invoices by mission.
    InvoiceIndex(InvoiceState),
    "invoices"
);

impl InvoiceIndex {
    /// Invoices of `mission` (all when `None`), oldest first.
    pub fn list(
        &self,
        mission: Option<&MissionCode>,
        after: Option<InvoiceId>,
        first: usize,
    ) -> Result<Page<InvoiceId>, StoreError> {
        let state = self.state.read();
        let ids = match mission {
            Some(mission) => state
                .missions
                .number(mission)
                .and_then(|mission| state.by_mission.get(&mission)),
            None => Some(&state.all),
        };
        let ids = ids.map_or(Listing::Empty, |ids| Listing::Growing(ids));
        let page = page_of(ids, after.map(|id| id.as_uuid()), first);
        typed(page, |id| InvoiceId::new(id).ok())
    }

    /// The mission an invoice belongs to.
    pub fn mission_of(&self, id: InvoiceId) -> Result<Option<MissionCode>, StoreError> {
        let state = self.state.read();
        Ok(state
            .invoices
            .get(&id.as_uuid())
            .map(|mission| state.missions.value(*mission).clone()))
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct RevenueState {
    /// Each invoice's events but payments, to attribute the next credit note.
    invoices: BTreeMap<Uuid, Vec<InvoiceEvent>>,
    revenue: BTreeMap<UnitCode, Money>,
}

fn net(events: &[InvoiceEvent]) -> BTreeMap<UnitCode, Money> {
    Invoice::replay(events)
        .issued()
        .map(|issued| issued.net_by_unit())
        .unwrap_or_default()
}

impl State for RevenueState {
    fn apply(&mut self, position: u64, fact: &Fact) -> Result<(), StoreError> {
        let Fact::Invoice { invoice, event } = fact else {
            return Ok(());
        };
        if matches!(event, InvoiceEvent::PaymentRecorded { .. }) {
            return Ok(());
        }
        let mut events = self.invoices.get(invoice).cloned().unwrap_or_default();
        let before = net(&events);
        events.push(event.clone());
        let after = net(&events);
        // Every total is worked out first, so a failure changes nothing.
        let mut totals = Vec::new();
        let units: BTreeSet<&UnitCode> = before.keys().chain(after.keys()).collect();
        for unit in units {
            let currency = after
                .get(unit)
                .or(before.get(unit))
                .map(Money::currency)
                .expect("a unit listed has an amount");
            let zero = Money::zero(currency);
            let total = after
                .get(unit)
                .unwrap_or(&zero)
                .checked_sub(before.get(unit).unwrap_or(&zero))
                .and_then(|delta| self.revenue.get(unit).unwrap_or(&zero).checked_add(&delta))
                .map_err(|error| corrupt(position, format!("revenue of {unit}: {error}")))?;
            totals.push((unit.clone(), total));
        }
        self.revenue.extend(totals);
        self.invoices.insert(*invoice, events);
        Ok(())
    }

    fn save(&self) -> Result<Vec<u8>, StoreError> {
        // Invoice events are internally tagged, which only a self-describing format reads.
        save_json(self, "revenue")
    }

    fn restore(bytes: &[u8]) -> Result<Self, StoreError> {
        restore_json(bytes, "revenue")
    }
}

read_model!(
    /// Revenue per unit: invoice lines minus credit notes, attributed as the domain's
    /// `IssuedInvoice::net_by_unit` does (unit-less credits spread pro rata).
    RevenueModel(RevenueState),
    "revenue"
);

impl RevenueModel {
    /// Revenue of every unit that has any.
    pub fn all(&self) -> Result<BTreeMap<UnitCode, Money>, StoreError> {
        Ok(self.state.read().revenue.clone())
    }
}

/// One mission's comment on a unit, as the satisfaction page lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UnitComment {
    pub request: EventRequestId,
    pub rating: u8,
    pub comment: String,
    pub submitted_at: jiff::Timestamp,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct SatisfactionState {
    /// The count and sum of the ratings per unit.
    ratings: BTreeMap<UnitCode, (u64, u64)>,
    /// Every comment that is not empty, per unit, oldest first.
    comments: BTreeMap<UnitCode, Vec<UnitComment>>,
}

impl State for SatisfactionState {
    fn apply(&mut self, _position: u64, fact: &Fact) -> Result<(), StoreError> {
        let Fact::Feedback(FeedbackEvent::FeedbackSubmitted {
            request,
            unit,
            rating,
            comment,
            submitted_at,
        }) = fact
        else {
            return Ok(());
        };
        if !comment.as_str().trim().is_empty() {
            self.comments
                .entry(unit.clone())
                .or_default()
                .push(UnitComment {
                    request: *request,
                    rating: rating.get(),
                    comment: comment.as_str().to_string(),
                    submitted_at: *submitted_at,
                });
        }
        let (count, sum) = self.ratings.get(unit).copied().unwrap_or_default();
        let next = Satisfaction { count, sum }.with(*rating);
        self.ratings.insert(unit.clone(), (next.count, next.sum));
        Ok(())
    }

    fn save(&self) -> Result<Vec<u8>, StoreError> {
        save_json(self, "satisfaction")
    }

    fn restore(bytes: &[u8]) -> Result<Self, StoreError> {
        restore_json(bytes, "satisfaction")
    }
}

read_model!(
    /// Satisfaction per unit: the count and sum of the ratings, and every comment that is not
    /// empty, newest last.
    SatisfactionModel(SatisfactionState),
    "satisfaction"
);

impl SatisfactionModel {
    /// The `limit` newest comments on one unit, newest first.
    pub fn recent_comments(
        &self,
        unit: &UnitCode,
        limit: usize,
    ) -> Result<Vec<UnitComment>, StoreError> {
        Ok(self
            .state
            .read()
            .comments
            .get(unit)
            .map(|comments| comments.iter().rev().take(limit).cloned().collect())
            .unwrap_or_default())
    }

    /// The ratings of one unit.
    pub fn of(&self, unit: &UnitCode) -> Result<Satisfaction, StoreError> {
        let (count, sum) = self
            .state
            .read()
            .ratings
            .get(unit)
            .copied()
            .unwrap_or_default();
        Ok(Satisfaction { count, sum })
    }
}
