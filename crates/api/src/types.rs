//! The object types of the contract, each a thin view over what the application returns.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};

use convene_app::{HistoryEntry, InvoiceView, LineView, RequestView, UserCode, UserError};
use convene_domain::access::Role as DomainRole;
use convene_domain::billing::Bill as DomainBill;
use convene_domain::directory::Unit as DomainUnit;
use convene_domain::invoice::{
    CreditNote as DomainCreditNote, InvoiceStatus as DomainInvoiceStatus, Payment as DomainPayment,
};
use convene_domain::item::PricingBasis;
use convene_domain::request::{Guest as DomainGuest, LineStatus, RequestStatus};
use convene_domain::rooms::Room as DomainRoom;
use convene_domain::values::Contact as DomainContact;
use convene_domain::{
    BillLine as DomainBillLine, ErrorCode as DomainErrorCode, Money as DomainMoney,
};

use crate::context::{Lang, app, principal};
use crate::scalars::{DateTime, Decimal};

/// An amount in a currency.
#[derive(Debug, Clone, Copy)]
pub struct Money(pub DomainMoney);

#[Object]
impl Money {
    /// The amount, a decimal string with two decimals.
    async fn amount(&self) -> Decimal {
        Decimal(self.0.amount())
    }

    /// The ISO 4217 currency code.
    async fn currency(&self) -> String {
        self.0.currency().to_string()
    }
}

/// Every code a `UserError` can carry: the rules of the contract plus `FORBIDDEN`.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    OutsideBookingHours,
    LeadTime,
    CapacityExceeded,
    RoomUnavailable,
    InvalidTransition,
    VersionConflict,
    UnknownItem,
    NotFound,
    Validation,
    IdempotencyKeyReused,
    NothingToInvoice,
    AlreadyInvoiced,
    CreditExceedsInvoice,
    Overpayment,
    Forbidden,
}

impl From<UserCode> for ErrorCode {
    fn from(code: UserCode) -> Self {
        match code {
            UserCode::Forbidden => ErrorCode::Forbidden,
            UserCode::Rule(code) => match code {
                DomainErrorCode::OutsideBookingHours => ErrorCode::OutsideBookingHours,
                DomainErrorCode::LeadTime => ErrorCode::LeadTime,
                DomainErrorCode::CapacityExceeded => ErrorCode::CapacityExceeded,
                DomainErrorCode::RoomUnavailable => ErrorCode::RoomUnavailable,
                DomainErrorCode::InvalidTransition => ErrorCode::InvalidTransition,
                DomainErrorCode::VersionConflict => ErrorCode::VersionConflict,
                DomainErrorCode::UnknownItem => ErrorCode::UnknownItem,
                DomainErrorCode::NotFound => ErrorCode::NotFound,
                DomainErrorCode::Validation => ErrorCode::Validation,
                DomainErrorCode::IdempotencyKeyReused => ErrorCode::IdempotencyKeyReused,
                DomainErrorCode::NothingToInvoice => ErrorCode::NothingToInvoice,
                DomainErrorCode::AlreadyInvoiced => ErrorCode::AlreadyInvoiced,
                DomainErrorCode::CreditExceedsInvoice => ErrorCode::CreditExceedsInvoice,
                DomainErrorCode::Overpayment => ErrorCode::Overpayment,
            },
        }
    }
}

/// A business refusal: a stable code, the input field, and a message in the caller's language.
#[derive(Debug, Clone)]
pub struct ApiUserError(pub UserError);

#[Object(name = "UserError")]
impl ApiUserError {
    /// The stable code of the rule.
    async fn code(&self) -> ErrorCode {
        self.0.code.into()
    }

    /// The path of the input field concerned, e.g. `["input", "quantity"]`.
    async fn field(&self) -> Option<Vec<String>> {
        self.0
            .field
            .as_ref()
            .map(|field| vec!["input".to_string(), field.clone()])
    }

    /// The message, in `lang` or the request's language.
    async fn message(&self, ctx: &Context<'_>, lang: Option<Lang>) -> String {
        crate::messages::message(
            self.0.code.as_str(),
            crate::context::lang(ctx, lang),
            &self.0.params,
        )
    }

    /// For `VERSION_CONFLICT`: the version to expect now.
    async fn current_version(&self) -> Option<i64> {
        self.0
            .current_version
            .map(|version| i64::try_from(version).unwrap_or(i64::MAX))
    }
}

/// The role of a token.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    Mission,
    FocalPoint,
    Unit,
    Finance,
    Admin,
}

/// Who is calling.
#[derive(SimpleObject, Debug, Clone)]
pub struct Viewer {
    pub role: Role,
    pub mission_code: Option<String>,
    pub unit_code: Option<String>,
}

impl From<&DomainRole> for Viewer {
    fn from(role: &DomainRole) -> Self {
        match role {
            DomainRole::Mission { mission } => Viewer {
                role: Role::Mission,
                mission_code: Some(mission.to_string()),
                unit_code: None,
            },
            DomainRole::FocalPoint => Viewer {
                role: Role::FocalPoint,
                mission_code: None,
                unit_code: None,
            },
            DomainRole::Unit { unit } => Viewer {
                role: Role::Unit,
                mission_code: None,
                unit_code: Some(unit.to_string()),
            },
            DomainRole::Finance => Viewer {
                role: Role::Finance,
                mission_code: None,
                unit_code: None,
            },
            DomainRole::Admin => Viewer {
                role: Role::Admin,
                mission_code: None,
                unit_code: None,
            },
        }
    }
}

/// Who to call.
#[derive(Debug, Clone)]
pub struct Contact(pub DomainContact);

#[Object]
impl Contact {
    async fn name(&self) -> &str {
        self.0.name.as_str()
    }

    async fn email(&self) -> &str {
        self.0.email.as_str()
    }

    async fn phone(&self) -> &str {
        self.0.phone.as_str()
    }
}

/// A conference room.
#[derive(Debug, Clone)]
pub struct Room(pub DomainRoom);

#[Object]
impl Room {
    async fn code(&self) -> &str {
        self.0.code.as_str()
    }

    /// The room's name in `lang`.
    async fn name(&self, ctx: &Context<'_>, lang: Option<Lang>) -> String {
        self.0.name.get(crate::context::lang(ctx, lang)).to_string()
    }

    async fn capacity(&self) -> i32 {
        i32::try_from(self.0.capacity.get()).unwrap_or(i32::MAX)
    }

    async fn features(&self) -> Vec<String> {
        self.0.features.iter().map(ToString::to_string).collect()
    }
}

/// A facility unit and its contact.
#[derive(Debug, Clone)]
pub struct Unit(pub DomainUnit);

#[Object]
impl Unit {
    async fn code(&self) -> &str {
        self.0.code.as_str()
    }

    /// The unit's name in `lang`.
    async fn name(&self, ctx: &Context<'_>, lang: Option<Lang>) -> String {
        self.0.name.get(crate::context::lang(ctx, lang)).to_string()
    }

    async fn contact(&self) -> Contact {
        Contact(self.0.contact.clone())
    }
}

/// What a line's quantity counts.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum Pricing {
    PerPerson,
    PerHour,
    PerEvent,
    PerItem,
}

impl From<PricingBasis> for Pricing {
    fn from(basis: PricingBasis) -> Self {
        match basis {
            PricingBasis::PerPerson => Pricing::PerPerson,
            PricingBasis::PerHour => Pricing::PerHour,
            PricingBasis::PerEvent => Pricing::PerEvent,
            PricingBasis::PerItem => Pricing::PerItem,
        }
    }
}

/// A rate-card entry as priced now.
#[derive(Debug, Clone)]
pub struct CatalogItem {
    pub item: convene_domain::rate_card::CatalogItem,
    pub quote: convene_domain::PricedItem,
}

#[Object]
impl CatalogItem {
    async fn code(&self) -> &str {
        self.item.code.as_str()
    }

    async fn unit_code(&self) -> &str {
        self.item.unit.as_str()
    }

    /// The item's name in `lang`.
    async fn name(&self, ctx: &Context<'_>, lang: Option<Lang>) -> String {
        self.item
            .name
            .get(crate::context::lang(ctx, lang))
            .to_string()
    }

    async fn pricing(&self) -> Pricing {
        self.item.pricing.into()
    }

    /// Today's price.
    async fn price(&self) -> Money {
        Money(self.quote.unit_price)
    }

    /// The rate-card version of today's price.
    async fn rate_version(&self) -> i32 {
        i32::try_from(self.quote.rate_version).unwrap_or(i32::MAX)
    }

    async fn lead_time_days(&self) -> i32 {
        i32::try_from(self.item.lead_time_days).unwrap_or(i32::MAX)
    }
}

/// A request's status.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum EventRequestStatus {
    Draft,
    Submitted,
    Approved,
    Rejected,
    Cancelled,
    Held,
    Closed,
}

impl From<RequestStatus> for EventRequestStatus {
    fn from(status: RequestStatus) -> Self {
        match status {
            RequestStatus::Draft => EventRequestStatus::Draft,
            RequestStatus::Submitted => EventRequestStatus::Submitted,
            RequestStatus::Approved => EventRequestStatus::Approved,
            RequestStatus::Rejected => EventRequestStatus::Rejected,
            RequestStatus::Cancelled => EventRequestStatus::Cancelled,
            RequestStatus::Held => EventRequestStatus::Held,
            RequestStatus::Closed => EventRequestStatus::Closed,
        }
    }
}

impl From<EventRequestStatus> for RequestStatus {
    fn from(status: EventRequestStatus) -> Self {
        match status {
            EventRequestStatus::Draft => RequestStatus::Draft,
            EventRequestStatus::Submitted => RequestStatus::Submitted,
            EventRequestStatus::Approved => RequestStatus::Approved,
            EventRequestStatus::Rejected => RequestStatus::Rejected,
            EventRequestStatus::Cancelled => RequestStatus::Cancelled,
            EventRequestStatus::Held => RequestStatus::Held,
            EventRequestStatus::Closed => RequestStatus::Closed,
        }
    }
}

/// A line's status.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum ServiceLineStatus {
    Requested,
    Confirmed,
    Declined,
    Delivered,
    Cancelled,
}

impl From<LineStatus> for ServiceLineStatus {
    fn from(status: LineStatus) -> Self {
        match status {
            LineStatus::Requested => ServiceLineStatus::Requested,
            LineStatus::Confirmed => ServiceLineStatus::Confirmed,
            LineStatus::Declined => ServiceLineStatus::Declined,
            LineStatus::Delivered => ServiceLineStatus::Delivered,
            LineStatus::Cancelled => ServiceLineStatus::Cancelled,
        }
    }
}

impl From<ServiceLineStatus> for LineStatus {
    fn from(status: ServiceLineStatus) -> Self {
        match status {
            ServiceLineStatus::Requested => LineStatus::Requested,
            ServiceLineStatus::Confirmed => LineStatus::Confirmed,
            ServiceLineStatus::Declined => LineStatus::Declined,
            ServiceLineStatus::Delivered => LineStatus::Delivered,
            ServiceLineStatus::Cancelled => LineStatus::Cancelled,
        }
    }
}

/// A unit's subtotal on a bill or invoice.
#[derive(SimpleObject, Debug, Clone)]
pub struct Subtotal {
    pub unit_code: String,
    pub amount: Money,
}

/// One priced line of a bill or invoice, with what makes it traceable.
#[derive(Debug, Clone)]
pub struct BillLine(pub DomainBillLine);

#[Object]
impl BillLine {
    async fn service_line_id(&self) -> ID {
        ID(self.0.service_line.to_string())
    }

    async fn unit_code(&self) -> &str {
        self.0.unit.as_str()
    }

    async fn item_code(&self) -> &str {
        self.0.item.as_str()
    }

    /// The rate-card version the price came from.
    async fn rate_version(&self) -> i32 {
        i32::try_from(self.0.rate_version).unwrap_or(i32::MAX)
    }

    async fn quantity(&self) -> Decimal {
        Decimal(self.0.quantity.value())
    }

    async fn unit_price(&self) -> Money {
        Money(self.0.unit_price)
    }

    /// For a cancellation fee, the share charged ("0.5" or "1"); null for a service.
    async fn fee_rate(&self) -> Option<Decimal> {
        self.0.fee_rate.map(Decimal)
    }

    async fn amount(&self) -> Money {
        Money(self.0.amount)
    }
}

fn subtotals(
    map: &std::collections::BTreeMap<convene_domain::UnitCode, DomainMoney>,
) -> Vec<Subtotal> {
    map.iter()
        .map(|(unit, amount)| Subtotal {
            unit_code: unit.to_string(),
            amount: Money(*amount),
        })
        .collect()
}

/// An itemised bill: lines, subtotals per unit, total.
#[derive(Debug, Clone)]
pub struct Bill(pub DomainBill);

#[Object]
impl Bill {
    async fn lines(&self) -> Vec<BillLine> {
        self.0.lines.iter().cloned().map(BillLine).collect()
    }

    async fn subtotals(&self) -> Vec<Subtotal> {
        subtotals(&self.0.subtotals)
    }

    async fn total(&self) -> Money {
        Money(self.0.total)
    }
}

/// One event of a request's history.
#[derive(Debug, Clone)]
pub struct HistoryItem(pub HistoryEntry);

#[Object(name = "HistoryEntry")]
impl HistoryItem {
    /// The event's global position in the log.
    async fn position(&self) -> i64 {
        i64::try_from(self.0.position).unwrap_or(i64::MAX)
    }

    /// The event's type, e.g. `ServiceLineConfirmed`.
    #[graphql(name = "type")]
    async fn event_type(&self) -> &str {
        &self.0.event_type
    }

    /// Who did it (e.g. `mission:FRA`, `unit:CATERING`).
    async fn actor(&self) -> &str {
        &self.0.actor
    }

    async fn at(&self) -> DateTime {
        DateTime(self.0.at)
    }
}

/// A guest on a request's list.
#[derive(Debug, Clone)]
pub struct Guest(pub DomainGuest);

#[Object]
impl Guest {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    async fn full_name(&self) -> &str {
        self.0.full_name.as_str()
    }

    async fn organization(&self) -> Option<&str> {
        self.0.organization.as_ref().map(|name| name.as_str())
    }

    async fn added_at(&self) -> DateTime {
        DateTime(self.0.added_at)
    }
}

/// A service line.
#[derive(Debug, Clone)]
pub struct ServiceLine(pub LineView);

impl ServiceLine {
    /// The price the line is billed at: its fixed price once confirmed, else today's rate card.
    fn price(&self, ctx: &Context<'_>) -> DomainMoney {
        if let Some(price) = self.0.line.confirmed_price() {
            return *price;
        }
        let app = app(ctx);
        let now = app.now();
        app.venue()
            .rate_card
            .quote(&self.0.line.item.code, now)
            .map(|quote| quote.unit_price)
            .unwrap_or(self.0.line.item.unit_price)
    }
}

#[Object]
impl ServiceLine {
    async fn id(&self) -> ID {
        ID(self.0.line.id.to_string())
    }

    async fn event_request_id(&self) -> ID {
        ID(self.0.request.to_string())
    }

    async fn unit_code(&self) -> &str {
        self.0.line.unit().as_str()
    }

    async fn item_code(&self) -> &str {
        self.0.line.item.code.as_str()
    }

    async fn quantity(&self) -> Decimal {
        Decimal(self.0.line.quantity.value())
    }

    async fn delivered_quantity(&self) -> Option<Decimal> {
        self.0
            .line
            .delivered_quantity
            .map(|quantity| Decimal(quantity.value()))
    }

    /// The fixed price once confirmed; before that, today's rate-card price.
    async fn unit_price(&self, ctx: &Context<'_>) -> Money {
        Money(self.price(ctx))
    }

    /// What the line costs on the bill: `round(quantity × unit price)` (the delivered
    /// quantity where recorded); for a cancelled line its cancellation fee; 0 when declined.
    async fn amount(&self, ctx: &Context<'_>) -> Money {
        let line = &self.0.line;
        let full = self.price(ctx).times(line.billed_quantity());
        match line.status {
            convene_domain::request::LineStatus::Declined => {
                Money(convene_domain::Money::zero(full.currency()))
            }
            convene_domain::request::LineStatus::Cancelled if line.confirmation.is_some() => {
                Money(full.scaled(line.cancellation_fee_rate))
            }
            convene_domain::request::LineStatus::Cancelled => {
                Money(convene_domain::Money::zero(full.currency()))
            }
            _ => Money(full),
        }
    }

    /// The rate-card version of the price.
    async fn rate_version(&self) -> i32 {
        let version = self
            .0
            .line
            .confirmation
            .as_ref()
            .map_or(self.0.line.item.rate_version, |confirmation| {
                confirmation.rate_version
            });
        i32::try_from(version).unwrap_or(i32::MAX)
    }

    async fn status(&self) -> ServiceLineStatus {
        self.0.line.status.into()
    }

    /// The mission's note on the line.
    async fn note(&self) -> String {
        self.0.line.note.to_string()
    }

    /// The unit's note when it confirmed (why its price departs from the rate card).
    async fn confirmation_note(&self) -> Option<String> {
        self.0
            .line
            .confirmation
            .as_ref()
            .filter(|confirmation| !confirmation.note.as_str().is_empty())
            .map(|confirmation| confirmation.note.to_string())
    }

    /// Whether the unit quoted its own price instead of the rate card's.
    async fn quoted(&self) -> bool {
        self.0
            .line
            .confirmation
            .as_ref()
            .is_some_and(|confirmation| confirmation.quoted)
    }

    /// Why it was declined or cancelled.
    async fn reason(&self) -> Option<String> {
        self.0.line.reason.as_ref().map(ToString::to_string)
    }

    /// The line's own version (for `expectedVersion` on line mutations).
    async fn version(&self) -> i64 {
        i64::try_from(self.0.line.version).unwrap_or(i64::MAX)
    }
}

/// A side event: the mission's request with its lines, room, bill and history.
#[derive(Debug, Clone)]
pub struct EventRequest(pub RequestView);

#[Object]
impl EventRequest {
    async fn id(&self) -> ID {
        ID(self.0.request.id.to_string())
    }

    /// The human reference, e.g. `SE-2026-000123`.
    async fn reference(&self) -> &str {
        self.0.request.reference.as_str()
    }

    async fn mission_code(&self) -> &str {
        self.0.request.mission.as_str()
    }

    async fn title(&self) -> &str {
        self.0.request.title.as_str()
    }

    async fn description(&self) -> &str {
        self.0.request.description.as_str()
    }

    async fn start(&self) -> DateTime {
        DateTime(self.0.request.slot.start())
    }

    async fn end(&self) -> DateTime {
        DateTime(self.0.request.slot.end())
    }

    async fn expected_attendance(&self) -> i32 {
        i32::try_from(self.0.request.attendance.get()).unwrap_or(i32::MAX)
    }

    async fn preferred_room_code(&self) -> Option<&str> {
        self.0
            .request
            .preferred_room
            .as_ref()
            .map(|room| room.as_str())
    }

    /// The room assigned on approval.
    async fn room(&self, ctx: &Context<'_>) -> Option<Room> {
        let code = self.0.request.room.as_ref()?;
        app(ctx).venue().rooms.room(code).cloned().map(Room)
    }

    /// The code of the room assigned on approval.
    async fn room_code(&self) -> Option<&str> {
        self.0.request.room.as_ref().map(|room| room.as_str())
    }

    async fn status(&self) -> EventRequestStatus {
        self.0.request.status.into()
    }

    /// The one person following the request, assigned on submission.
    async fn focal_point(&self) -> Option<Contact> {
        self.0.request.focal_point.clone().map(Contact)
    }

    /// Why it was rejected or cancelled.
    async fn reason(&self) -> Option<String> {
        self.0.request.reason.as_ref().map(ToString::to_string)
    }

    async fn service_lines(&self) -> Vec<ServiceLine> {
        self.0
            .request
            .lines
            .iter()
            .map(|line| {
                ServiceLine(LineView {
                    line: line.clone(),
                    request: self.0.request.id,
                })
            })
            .collect()
    }

    /// The guest list (its mission, focal points, the security unit and the administrator).
    async fn guests(&self) -> Vec<Guest> {
        self.0.request.guests.iter().cloned().map(Guest).collect()
    }

    /// The bill the request would produce now.
    async fn estimate(&self, ctx: &Context<'_>) -> Bill {
        Bill(self.0.estimate(app(ctx)))
    }

    /// What cancelling costs now (an open request) or cost (a cancelled one).
    async fn cancellation_fee(&self, ctx: &Context<'_>) -> Option<Money> {
        self.0.cancellation_fee(app(ctx)).map(Money)
    }

    /// The request's invoice, once issued (to those who may read it).
    async fn invoice(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Invoice>> {
        let Some(id) = self.0.request.invoice else {
            return Ok(None);
        };
        let principal = principal(ctx)?;
        let view = app(ctx)
            .invoice(principal, id)
            .await
            .map_err(crate::context::technical)?;
        Ok(view.map(Invoice))
    }

    /// The request stream's version (for `expectedVersion`).
    async fn version(&self) -> i64 {
        i64::try_from(self.0.version).unwrap_or(i64::MAX)
    }

    /// Every event of the request, its lines, guests, invoice and feedback, in log order.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<HistoryItem>> {
        let principal = principal(ctx)?;
        let entries = app(ctx)
            .history(principal, self.0.request.id)
            .await
            .map_err(crate::context::technical)?;
        Ok(entries.into_iter().map(HistoryItem).collect())
    }
}

/// An invoice's status.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(rename_items = "SCREAMING_SNAKE_CASE")]
pub enum InvoiceStatus {
    Issued,
    PartiallyPaid,
    Paid,
    Credited,
}

impl From<DomainInvoiceStatus> for InvoiceStatus {
    fn from(status: DomainInvoiceStatus) -> Self {
        match status {
            DomainInvoiceStatus::Issued => InvoiceStatus::Issued,
            DomainInvoiceStatus::PartiallyPaid => InvoiceStatus::PartiallyPaid,
            DomainInvoiceStatus::Paid => InvoiceStatus::Paid,
            DomainInvoiceStatus::Credited => InvoiceStatus::Credited,
        }
    }
}

/// A credit note on an invoice.
#[derive(Debug, Clone)]
pub struct CreditNote(pub DomainCreditNote);

#[Object]
impl CreditNote {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// `CN-YYYY-NNNNNN`.
    async fn number(&self) -> String {
        self.0.number.to_string()
    }

    async fn amount(&self) -> Money {
        Money(self.0.amount)
    }

    async fn reason(&self) -> &str {
        self.0.reason.as_str()
    }

    /// The unit credited; null when spread over all units pro rata.
    async fn unit_code(&self) -> Option<&str> {
        self.0.unit.as_ref().map(|unit| unit.as_str())
    }

    async fn issued_at(&self) -> DateTime {
        DateTime(self.0.issued_at)
    }
}

/// A payment received.
#[derive(Debug, Clone)]
pub struct Payment(pub DomainPayment);

#[Object]
impl Payment {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    async fn amount(&self) -> Money {
        Money(self.0.amount)
    }

    async fn reference(&self) -> &str {
        self.0.reference.as_str()
    }

    async fn received_at(&self) -> DateTime {
        DateTime(self.0.received_at)
    }
}

/// The one consolidated invoice of a request.
#[derive(Debug, Clone)]
pub struct Invoice(pub InvoiceView);

#[Object]
impl Invoice {
    async fn id(&self) -> ID {
        ID(self.0.invoice.id().to_string())
    }

    /// `INV-YYYY-NNNNNN`, gap-free per calendar year.
    async fn number(&self) -> String {
        self.0.invoice.number().to_string()
    }

    async fn mission_code(&self) -> &str {
        self.0.invoice.mission().as_str()
    }

    async fn event_request_id(&self) -> ID {
        ID(self.0.invoice.event_request().to_string())
    }

    async fn issued_at(&self) -> DateTime {
        DateTime(self.0.invoice.issued_at())
    }

    /// `HELD` (services) or `CANCELLED` (cancellation fees).
    async fn reason(&self) -> &'static str {
        self.0.invoice.reason().as_str()
    }

    async fn lines(&self) -> Vec<BillLine> {
        self.0
            .invoice
            .lines()
            .iter()
            .cloned()
            .map(BillLine)
            .collect()
    }

    async fn subtotals(&self) -> Vec<Subtotal> {
        subtotals(&self.0.invoice.subtotals())
    }

    async fn total(&self) -> Money {
        Money(self.0.invoice.total())
    }

    async fn credited(&self) -> Money {
        Money(self.0.invoice.credited())
    }

    async fn paid(&self) -> Money {
        Money(self.0.invoice.paid())
    }

    /// `total − credited − paid` (negative: money owed back).
    async fn balance(&self) -> Money {
        Money(self.0.invoice.balance())
    }

    async fn status(&self) -> InvoiceStatus {
        self.0.invoice.status().into()
    }

    async fn credit_notes(&self) -> Vec<CreditNote> {
        self.0
            .invoice
            .credit_notes()
            .iter()
            .cloned()
            .map(CreditNote)
            .collect()
    }

    async fn payments(&self) -> Vec<Payment> {
        self.0
            .invoice
            .payments()
            .iter()
            .cloned()
            .map(Payment)
            .collect()
    }

    async fn version(&self) -> i64 {
        i64::try_from(self.0.version).unwrap_or(i64::MAX)
    }
}

/// A unit's satisfaction: the average rating and how many ratings.
#[derive(Debug, Clone)]
pub struct Satisfaction {
    pub unit_code: String,
    pub satisfaction: convene_domain::feedback::Satisfaction,
}

#[Object]
impl Satisfaction {
    async fn unit_code(&self) -> &str {
        &self.unit_code
    }

    /// The average rating, two decimals; null before the first rating.
    async fn average(&self) -> Option<Decimal> {
        self.satisfaction.average().map(Decimal)
    }

    async fn count(&self) -> i64 {
        i64::try_from(self.satisfaction.count).unwrap_or(i64::MAX)
    }
}

/// One interval when a room is busy.
#[derive(Debug, Clone)]
pub struct BusySlot(pub convene_app::BusySlot);

#[Object]
impl BusySlot {
    async fn room_code(&self) -> &str {
        self.0.room.as_str()
    }

    /// When the room becomes busy (30 minutes before the event).
    async fn start(&self) -> DateTime {
        DateTime(self.0.occupancy.start())
    }

    /// When the room is free again (30 minutes after the event).
    async fn end(&self) -> DateTime {
        DateTime(self.0.occupancy.end())
    }

    async fn event_start(&self) -> DateTime {
        DateTime(self.0.slot.start())
    }

    async fn event_end(&self) -> DateTime {
        DateTime(self.0.slot.end())
    }

    /// The request holding the room (focal points and the administrator only).
    async fn event_request_id(&self) -> Option<ID> {
        self.0.request.map(|id| ID(id.to_string()))
    }
}

/// The revenue of one unit: invoiced minus credited.
#[derive(SimpleObject, Debug, Clone)]
pub struct UnitRevenue {
    pub unit_code: String,
    pub amount: Money,
}
