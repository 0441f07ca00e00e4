//! The persistent read models: requests per mission and status, lines per unit and status,
//! invoices per mission and per request, revenue per unit, satisfaction per unit. Keys are
//! prefixed byte strings; ids are their 16 UUID bytes, so version-7 ids list oldest first.

use std::collections::BTreeMap;

use convene_domain::feedback::{FeedbackEvent, Satisfaction};
use convene_domain::invoice::{Invoice, InvoiceEvent};
use convene_domain::request::{EventRequestEvent, LineStatus, RequestStatus};
use convene_domain::{
    Aggregate, EventRequestId, InvoiceId, MissionCode, Money, ServiceLineId, UnitCode,
};
use uuid::Uuid;

use super::{Staged, sled_error};
use crate::envelope::RecordedEvent;
use crate::error::StoreError;
use crate::streams::AnyEvent;

/// One page of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next: bool,
}

fn key(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

fn id_from_stream(event: &RecordedEvent, prefix: &str) -> Result<Uuid, StoreError> {
    event
        .stream
        .as_str()
        .strip_prefix(prefix)
        .and_then(|id| Uuid::try_parse(id).ok())
        .ok_or_else(|| StoreError::Corrupt {
            position: event.position,
            reason: format!("stream {} has no id", event.stream),
        })
}

fn uuid_at(bytes: &[u8], at: usize) -> Option<Uuid> {
    Some(Uuid::from_bytes(bytes.get(at..at + 16)?.try_into().ok()?))
}

/// Lists the ids under `prefix` after `after`, `first` of them, in key order.
fn list_ids(
    tree: &sled::Tree,
    prefix: &[u8],
    after: Option<Uuid>,
    first: usize,
) -> Result<Page<Uuid>, StoreError> {
    let start = match after {
        Some(after) => {
            let mut start = key(&[prefix, after.as_bytes()]);
            start.push(0);
            start
        }
        None => prefix.to_vec(),
    };
    let mut items = Vec::with_capacity(first.min(100));
    let mut has_next = false;
    for entry in tree.range(start..) {
        let (k, _) = entry.map_err(sled_error)?;
        if !k.starts_with(prefix) {
            break;
        }
        if items.len() == first {
            has_next = true;
            break;
        }
        let id = uuid_at(&k, prefix.len())
            .ok_or_else(|| StoreError::Io("unreadable index key".into()))?;
        items.push(id);
    }
    Ok(Page { items, has_next })
}

fn request_status_byte(status: RequestStatus) -> u8 {
    match status {
        RequestStatus::Draft => b'D',
        RequestStatus::Submitted => b'S',
        RequestStatus::Approved => b'A',
        RequestStatus::Rejected => b'R',
        RequestStatus::Cancelled => b'C',
        RequestStatus::Held => b'H',
        RequestStatus::Closed => b'X',
    }
}

fn line_status_byte(status: LineStatus) -> u8 {
    match status {
        LineStatus::Requested => b'Q',
        LineStatus::Confirmed => b'C',
        LineStatus::Declined => b'D',
        LineStatus::Delivered => b'V',
        LineStatus::Cancelled => b'X',
    }
}

/// Requests by mission and status.
#[derive(Debug, Clone)]
pub struct RequestIndex {
    tree: sled::Tree,
}

impl RequestIndex {
    /// The model in its own tree of `db`.
    pub fn open(db: &sled::Db) -> Result<Self, StoreError> {
        Ok(RequestIndex {
            tree: db.open_tree("rm-requests").map_err(sled_error)?,
        })
    }

    /// The tree the model lives in.
    pub fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    /// Requests of `mission` (all missions when `None`) in `status` (any when `None`),
    /// oldest first, after the request `after`.
    pub fn list(
        &self,
        mission: Option<&MissionCode>,
        status: Option<RequestStatus>,
        after: Option<EventRequestId>,
        first: usize,
    ) -> Result<Page<EventRequestId>, StoreError> {
        let prefix = match (mission, status) {
            (Some(mission), Some(status)) => key(&[
                b"n",
                mission.as_str().as_bytes(),
                &[0, request_status_byte(status)],
            ]),
            (Some(mission), None) => key(&[b"m", mission.as_str().as_bytes(), &[0]]),
            (None, Some(status)) => vec![b's', request_status_byte(status)],
            (None, None) => b"a".to_vec(),
        };
        let page = list_ids(&self.tree, &prefix, after.map(|id| id.as_uuid()), first)?;
        ids(page)
    }

    /// The mission a request belongs to (for tenant checks without loading the stream).
    pub fn mission_of(&self, id: EventRequestId) -> Result<Option<MissionCode>, StoreError> {
        let Some(value) = self
            .tree
            .get(key(&[b"r", id.as_uuid().as_bytes()]))
            .map_err(sled_error)?
        else {
            return Ok(None);
        };
        let mission = value.split(|b| *b == 0).next().unwrap_or_default();
        Ok(MissionCode::parse(&String::from_utf8_lossy(mission)).ok())
    }

    /// How many submitted or approved requests the focal point with this e-mail follows.
    pub fn focal_point_load(&self, email: &str) -> Result<u64, StoreError> {
        let value = self
            .tree
            .get(key(&[b"l", email.as_bytes()]))
            .map_err(sled_error)?;
        Ok(value
            .and_then(|bytes| bytes.as_ref().try_into().ok().map(u64::from_be_bytes))
            .unwrap_or(0))
    }

    fn add_load(staged: &mut Staged<'_>, email: &[u8], delta: i64) -> Result<(), StoreError> {
        let load_key = key(&[b"l", email]);
        let current = staged
            .get(&load_key)?
            .and_then(|bytes| bytes.as_slice().try_into().ok().map(u64::from_be_bytes))
            .unwrap_or(0);
        staged.insert(
            load_key,
            current.saturating_add_signed(delta).to_be_bytes().to_vec(),
        );
        Ok(())
    }

    fn set_status(staged: &mut Staged<'_>, id: &Uuid, mission: &[u8], old: Option<u8>, new: u8) {
        let id = id.as_bytes();
        if let Some(old) = old {
            staged.remove(key(&[b"n", mission, &[0, old], id]));
            staged.remove(key(&[b"s", &[old], id]));
        }
        staged.insert(key(&[b"r", id]), key(&[mission, &[0, new]]));
        staged.insert(key(&[b"n", mission, &[0, new], id]), Vec::new());
        staged.insert(key(&[b"s", &[new], id]), Vec::new());
    }
}

fn ids(page: Page<Uuid>) -> Result<Page<EventRequestId>, StoreError> {
    let items = page
        .items
        .into_iter()
        .map(|id| {
            EventRequestId::new(id).map_err(|_| StoreError::Io("a non-v7 id in an index".into()))
        })
        .collect::<Result<_, _>>()?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

impl super::ReadModel for RequestIndex {
    fn name(&self) -> &'static str {
        "requests"
    }

    fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    fn apply(
        &self,
        staged: &mut Staged<'_>,
        event: &RecordedEvent,
        decoded: &AnyEvent,
    ) -> Result<(), StoreError> {
        let AnyEvent::Request(request_event) = decoded else {
            return Ok(());
        };
        let new = match request_event {
            EventRequestEvent::EventRequestCreated { mission, .. } => {
                let id = id_from_stream(event, "request-")?;
                staged.insert(
                    key(&[b"m", mission.as_str().as_bytes(), &[0], id.as_bytes()]),
                    Vec::new(),
                );
                staged.insert(key(&[b"a", id.as_bytes()]), Vec::new());
                Self::set_status(
                    staged,
                    &id,
                    mission.as_str().as_bytes(),
                    None,
                    request_status_byte(RequestStatus::Draft),
                );
                return Ok(());
            }
            EventRequestEvent::EventRequestSubmitted { focal_point, .. } => {
                // The focal point's load: requests they follow that are submitted or approved.
                let id = id_from_stream(event, "request-")?;
                let email = focal_point.email.as_str().as_bytes();
                staged.insert(key(&[b"f", id.as_bytes()]), email.to_vec());
                Self::add_load(staged, email, 1)?;
                RequestStatus::Submitted
            }
            EventRequestEvent::EventRequestApproved { .. } => RequestStatus::Approved,
            EventRequestEvent::EventRequestRejected { .. } => RequestStatus::Rejected,
            EventRequestEvent::EventRequestCancelled { .. } => RequestStatus::Cancelled,
            EventRequestEvent::EventRequestHeld { .. } => RequestStatus::Held,
            EventRequestEvent::EventRequestClosed { .. } => RequestStatus::Closed,
            _ => return Ok(()),
        };
        let id = id_from_stream(event, "request-")?;
        if matches!(
            new,
            RequestStatus::Rejected | RequestStatus::Cancelled | RequestStatus::Held
        ) && let Some(email) = staged.get(&key(&[b"f", id.as_bytes()]))?
        {
            Self::add_load(staged, &email, -1)?;
        }
        let current =
            staged
                .get(&key(&[b"r", id.as_bytes()]))?
                .ok_or_else(|| StoreError::Corrupt {
                    position: event.position,
                    reason: "status change of an unknown request".into(),
                })?;
        let (mission, old) = current.split_at(current.len().saturating_sub(2));
        let old = old.get(1).copied();
        Self::set_status(staged, &id, mission, old, request_status_byte(new));
        Ok(())
    }
}

/// Service lines by unit and status.
#[derive(Debug, Clone)]
pub struct LineIndex {
    tree: sled::Tree,
}

impl LineIndex {
    /// The model in its own tree of `db`.
    pub fn open(db: &sled::Db) -> Result<Self, StoreError> {
        Ok(LineIndex {
            tree: db.open_tree("rm-lines").map_err(sled_error)?,
        })
    }

    /// Lines of `unit` (all units when `None`) in `status` (any when `None`), oldest first,
    /// each with its request.
    pub fn list(
        &self,
        unit: Option<&UnitCode>,
        status: Option<LineStatus>,
        after: Option<ServiceLineId>,
        first: usize,
    ) -> Result<Page<(ServiceLineId, EventRequestId)>, StoreError> {
        let prefix = match (unit, status) {
            (Some(unit), Some(status)) => key(&[
                b"v",
                unit.as_str().as_bytes(),
                &[0, line_status_byte(status)],
            ]),
            (Some(unit), None) => key(&[b"u", unit.as_str().as_bytes(), &[0]]),
            (None, Some(status)) => vec![b's', line_status_byte(status)],
            (None, None) => b"a".to_vec(),
        };
        let page = list_ids(&self.tree, &prefix, after.map(|id| id.as_uuid()), first)?;
        let mut items = Vec::with_capacity(page.items.len());
        for line in page.items {
            let request = self
                .request_of_uuid(line)?
                .ok_or_else(|| StoreError::Io("a line without its request".into()))?;
            let line = ServiceLineId::new(line)
                .map_err(|_| StoreError::Io("a non-v7 id in an index".into()))?;
            items.push((line, request));
        }
        Ok(Page {
            items,
            has_next: page.has_next,
        })
    }

    fn request_of_uuid(&self, line: Uuid) -> Result<Option<EventRequestId>, StoreError> {
        let Some(value) = self
            .tree
            .get(key(&[b"l", line.as_bytes()]))
            .map_err(sled_error)?
        else {
            return Ok(None);
        };
        let request = uuid_at(&value, value.len().saturating_sub(16))
            .and_then(|id| EventRequestId::new(id).ok());
        Ok(request)
    }

    /// The request a line belongs to.
    pub fn request_of(&self, line: ServiceLineId) -> Result<Option<EventRequestId>, StoreError> {
        self.request_of_uuid(line.as_uuid())
    }
}

impl super::ReadModel for LineIndex {
    fn name(&self) -> &'static str {
        "lines"
    }

    fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    fn apply(
        &self,
        staged: &mut Staged<'_>,
        event: &RecordedEvent,
        decoded: &AnyEvent,
    ) -> Result<(), StoreError> {
        let AnyEvent::Request(request_event) = decoded else {
            return Ok(());
        };
        let (line, new) = match request_event {
            EventRequestEvent::ServiceLineRequested { line, item, .. } => {
                let request = id_from_stream(event, "request-")?;
                let unit = item.unit.as_str().as_bytes();
                let id = line.as_uuid();
                let status = line_status_byte(LineStatus::Requested);
                staged.insert(
                    key(&[b"l", id.as_bytes()]),
                    key(&[unit, &[0, status], request.as_bytes()]),
                );
                staged.insert(
                    key(&[b"u", unit, &[0], id.as_bytes()]),
                    request.as_bytes().to_vec(),
                );
                staged.insert(
                    key(&[b"v", unit, &[0, status], id.as_bytes()]),
                    request.as_bytes().to_vec(),
                );
                staged.insert(
                    key(&[b"s", &[status], id.as_bytes()]),
                    request.as_bytes().to_vec(),
                );
                staged.insert(key(&[b"a", id.as_bytes()]), request.as_bytes().to_vec());
                return Ok(());
            }
            EventRequestEvent::ServiceLineConfirmed { line, .. } => (line, LineStatus::Confirmed),
            EventRequestEvent::ServiceLineDeclined { line, .. } => (line, LineStatus::Declined),
            EventRequestEvent::ServiceLineDelivered { line, .. } => (line, LineStatus::Delivered),
            EventRequestEvent::ServiceLineCancelled { line, .. } => (line, LineStatus::Cancelled),
            _ => return Ok(()),
        };
        let id = line.as_uuid();
        let current =
            staged
                .get(&key(&[b"l", id.as_bytes()]))?
                .ok_or_else(|| StoreError::Corrupt {
                    position: event.position,
                    reason: "an event of an unknown line".into(),
                })?;
        // Value layout: unit, 0, status, request (16 bytes).
        let split = current.len().saturating_sub(18);
        let (unit, rest) = current.split_at(split);
        let (old, request) = (rest[1], &rest[2..]);
        let status = line_status_byte(new);
        staged.remove(key(&[b"v", unit, &[0, old], id.as_bytes()]));
        staged.remove(key(&[b"s", &[old], id.as_bytes()]));
        staged.insert(
            key(&[b"l", id.as_bytes()]),
            key(&[unit, &[0, status], request]),
        );
        staged.insert(
            key(&[b"v", unit, &[0, status], id.as_bytes()]),
            request.to_vec(),
        );
        staged.insert(key(&[b"s", &[status], id.as_bytes()]), request.to_vec());
        Ok(())
    }
}

/// Invoices by mission and by request.
#[derive(Debug, Clone)]
pub struct InvoiceIndex {
    tree: sled::Tree,
}

impl InvoiceIndex {
    /// The model in its own tree of `db`.
    pub fn open(db: &sled::Db) -> Result<Self, StoreError> {
        Ok(InvoiceIndex {
            tree: db.open_tree("rm-invoices").map_err(sled_error)?,
        })
    }

    /// Invoices of `mission` (all when `None`), oldest first.
    pub fn list(
        &self,
        mission: Option<&MissionCode>,
        after: Option<InvoiceId>,
        first: usize,
    ) -> Result<Page<InvoiceId>, StoreError> {
        let prefix = match mission {
            Some(mission) => key(&[b"m", mission.as_str().as_bytes(), &[0]]),
            None => b"a".to_vec(),
        };
        let page = list_ids(&self.tree, &prefix, after.map(|id| id.as_uuid()), first)?;
        let items = page
            .items
            .into_iter()
            .map(|id| {
                InvoiceId::new(id).map_err(|_| StoreError::Io("a non-v7 id in an index".into()))
            })
            .collect::<Result<_, _>>()?;
        Ok(Page {
            items,
            has_next: page.has_next,
        })
    }

    /// The mission an invoice belongs to.
    pub fn mission_of(&self, id: InvoiceId) -> Result<Option<MissionCode>, StoreError> {
        let value = self
            .tree
            .get(key(&[b"i", id.as_uuid().as_bytes()]))
            .map_err(sled_error)?;
        Ok(value.and_then(|value| MissionCode::parse(&String::from_utf8_lossy(&value)).ok()))
    }
}

impl super::ReadModel for InvoiceIndex {
    fn name(&self) -> &'static str {
        "invoices"
    }

    fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    fn apply(
        &self,
        staged: &mut Staged<'_>,
        _event: &RecordedEvent,
        decoded: &AnyEvent,
    ) -> Result<(), StoreError> {
        if let AnyEvent::Invoice(InvoiceEvent::InvoiceIssued {
            invoice_id,
            mission,
            event_request,
            ..
        }) = decoded
        {
            let id = invoice_id.as_uuid();
            staged.insert(
                key(&[b"i", id.as_bytes()]),
                mission.as_str().as_bytes().to_vec(),
            );
            staged.insert(
                key(&[b"m", mission.as_str().as_bytes(), &[0], id.as_bytes()]),
                Vec::new(),
            );
            staged.insert(key(&[b"a", id.as_bytes()]), Vec::new());
            staged.insert(
                key(&[b"q", event_request.as_uuid().as_bytes()]),
                id.as_bytes().to_vec(),
            );
        }
        Ok(())
    }
}

/// Revenue per unit: invoice lines minus credit notes, attributed as the domain's
/// `IssuedInvoice::net_by_unit` does (unit-less credits spread pro rata).
#[derive(Debug, Clone)]
pub struct RevenueModel {
    tree: sled::Tree,
}

impl RevenueModel {
    /// The model in its own tree of `db`.
    pub fn open(db: &sled::Db) -> Result<Self, StoreError> {
        Ok(RevenueModel {
            tree: db.open_tree("rm-revenue").map_err(sled_error)?,
        })
    }

    /// Revenue of every unit that has any.
    pub fn all(&self) -> Result<BTreeMap<UnitCode, Money>, StoreError> {
        let mut revenue = BTreeMap::new();
        for entry in self.tree.scan_prefix(b"u") {
            let (k, v) = entry.map_err(sled_error)?;
            let unit = UnitCode::parse(&String::from_utf8_lossy(&k[1..]))
                .map_err(|_| StoreError::Io("bad unit key".into()))?;
            let money: Money =
                serde_json::from_slice(&v).map_err(|error| StoreError::Io(error.to_string()))?;
            revenue.insert(unit, money);
        }
        Ok(revenue)
    }

    fn net(events: &[InvoiceEvent]) -> BTreeMap<UnitCode, Money> {
        Invoice::replay(events)
            .issued()
            .map(|issued| issued.net_by_unit())
            .unwrap_or_default()
    }
}

impl super::ReadModel for RevenueModel {
    fn name(&self) -> &'static str {
        "revenue"
    }

    fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    fn apply(
        &self,
        staged: &mut Staged<'_>,
        event: &RecordedEvent,
        decoded: &AnyEvent,
    ) -> Result<(), StoreError> {
        let AnyEvent::Invoice(invoice_event) = decoded else {
            return Ok(());
        };
        if matches!(invoice_event, InvoiceEvent::PaymentRecorded { .. }) {
            return Ok(());
        }
        let invoice = id_from_stream(event, "invoice-")?;
        let events_key = key(&[b"e", invoice.as_bytes()]);
        let mut events: Vec<InvoiceEvent> = match staged.get(&events_key)? {
            Some(bytes) => {
                serde_json::from_slice(&bytes).map_err(|error| StoreError::Io(error.to_string()))?
            }
            None => Vec::new(),
        };
        let before = Self::net(&events);
        events.push(invoice_event.clone());
        let after = Self::net(&events);
        staged.insert(
            events_key,
            serde_json::to_vec(&events).map_err(|error| StoreError::Io(error.to_string()))?,
        );
        let units: std::collections::BTreeSet<&UnitCode> =
            before.keys().chain(after.keys()).collect();
        for unit in units {
            let unit_key = key(&[b"u", unit.as_str().as_bytes()]);
            let currency = after
                .get(unit)
                .or(before.get(unit))
                .map(Money::currency)
                .expect("a unit listed has an amount");
            let zero = Money::zero(currency);
            let delta = after
                .get(unit)
                .unwrap_or(&zero)
                .checked_sub(before.get(unit).unwrap_or(&zero))
                .map_err(|error| StoreError::Io(error.to_string()))?;
            let current: Money = match staged.get(&unit_key)? {
                Some(bytes) => serde_json::from_slice(&bytes)
                    .map_err(|error| StoreError::Io(error.to_string()))?,
                None => zero,
            };
            let total = current
                .checked_add(&delta)
                .map_err(|error| StoreError::Io(error.to_string()))?;
            staged.insert(
                unit_key,
                serde_json::to_vec(&total).map_err(|error| StoreError::Io(error.to_string()))?,
            );
        }
        Ok(())
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

/// Satisfaction per unit: the count and sum of the ratings (`u` + unit), and every comment
/// that is not empty (`c` + unit + NUL + the event's position), newest last.
#[derive(Debug, Clone)]
pub struct SatisfactionModel {
    tree: sled::Tree,
}

impl SatisfactionModel {
    /// The model in its own tree of `db`.
    pub fn open(db: &sled::Db) -> Result<Self, StoreError> {
        // The tree of the builds before comments were kept: its checkpoint would skip them,
        // so this model starts a tree of its own (built from the log at the next start).
        db.drop_tree("rm-satisfaction").map_err(sled_error)?;
        Ok(SatisfactionModel {
            tree: db.open_tree("rm-satisfaction-2").map_err(sled_error)?,
        })
    }

    /// The `limit` newest comments on one unit, newest first.
    pub fn recent_comments(
        &self,
        unit: &UnitCode,
        limit: usize,
    ) -> Result<Vec<UnitComment>, StoreError> {
        let prefix = key(&[b"c", unit.as_str().as_bytes(), &[0]]);
        let mut comments = Vec::new();
        for entry in self.tree.scan_prefix(prefix).rev().take(limit) {
            let (_, value) = entry.map_err(sled_error)?;
            comments.push(
                serde_json::from_slice(&value)
                    .map_err(|error| StoreError::Io(format!("a unit comment: {error}")))?,
            );
        }
        Ok(comments)
    }

    /// The ratings of one unit.
    pub fn of(&self, unit: &UnitCode) -> Result<Satisfaction, StoreError> {
        let value = self
            .tree
            .get(key(&[b"u", unit.as_str().as_bytes()]))
            .map_err(sled_error)?;
        Ok(value
            .map(|bytes| decode_satisfaction(&bytes))
            .unwrap_or_default())
    }
}

fn decode_satisfaction(bytes: &[u8]) -> Satisfaction {
    let number = |at: usize| {
        bytes
            .get(at..at + 8)
            .and_then(|b| b.try_into().ok())
            .map(u64::from_be_bytes)
            .unwrap_or(0)
    };
    Satisfaction {
        count: number(0),
        sum: number(8),
    }
}

impl super::ReadModel for SatisfactionModel {
    fn name(&self) -> &'static str {
        "satisfaction"
    }

    fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    fn apply(
        &self,
        staged: &mut Staged<'_>,
        event: &RecordedEvent,
        decoded: &AnyEvent,
    ) -> Result<(), StoreError> {
        let AnyEvent::Feedback(FeedbackEvent::FeedbackSubmitted {
            request,
            unit,
            rating,
            comment,
            submitted_at,
        }) = decoded
        else {
            return Ok(());
        };
        if !comment.as_str().trim().is_empty() {
            let entry = UnitComment {
                request: *request,
                rating: rating.get(),
                comment: comment.as_str().to_string(),
                submitted_at: *submitted_at,
            };
            staged.insert(
                key(&[
                    b"c",
                    unit.as_str().as_bytes(),
                    &[0],
                    &event.position.to_be_bytes(),
                ]),
                serde_json::to_vec(&entry).map_err(|error| StoreError::Io(error.to_string()))?,
            );
        }
        let unit_key = key(&[b"u", unit.as_str().as_bytes()]);
        let current = staged
            .get(&unit_key)?
            .map(|bytes| decode_satisfaction(&bytes))
            .unwrap_or_default();
        let next = current.with(*rating);
        staged.insert(
            unit_key,
            key(&[&next.count.to_be_bytes(), &next.sum.to_be_bytes()]),
        );
        Ok(())
    }
}
