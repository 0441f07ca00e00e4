//! The queries of the contract. Every field needs a valid token; an object the caller may
//! not see is `null`, exactly like one that does not exist.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ErrorExtensions, ID, Object, Result};

use convene_domain::values::Attendance;
use convene_domain::{
    EventRequestId, InvoiceId, ItemCode, MissionCode, RoomCode, ServiceLineId, TimeSlot, UnitCode,
};

use crate::context::{app, principal, technical};
use crate::scalars::DateTime;
use crate::types::{
    BusySlot, CatalogItem, EventRequest, EventRequestStatus, Invoice, Room, Satisfaction,
    ServiceLine, ServiceLineStatus, Unit, UnitRevenue, Viewer,
};

/// A malformed argument: a top-level error with code `VALIDATION`.
pub(crate) fn bad_argument(name: &str, detail: &str) -> async_graphql::Error {
    async_graphql::Error::new(format!("argument {name}: {detail}")).extend_with(|_, extensions| {
        extensions.set("code", "VALIDATION");
        extensions.set("field", name);
    })
}

pub(crate) fn parse_id<T>(
    name: &str,
    id: &str,
    make: fn(&str) -> Result<T, convene_domain::ValueError>,
) -> Result<T> {
    make(id).map_err(|_| bad_argument(name, "not a valid id"))
}

fn page_size(first: Option<i32>) -> Result<Option<usize>> {
    match first {
        Some(first) if first < 0 => Err(bad_argument("first", "must not be negative")),
        Some(first) => Ok(Some(
            usize::try_from(first)
                .unwrap_or(0)
                .clamp(1, convene_app::MAX_PAGE_SIZE),
        )),
        None => Ok(None),
    }
}

fn code<T>(
    name: &str,
    text: &str,
    parse: fn(&str) -> Result<T, convene_domain::ValueError>,
) -> Result<T> {
    parse(text).map_err(|error| bad_argument(name, &error.to_string()))
}

/// The root of every query.
#[derive(Debug, Default)]
pub struct Query;

#[Object]
impl Query {
    /// Who is calling: role, mission code, unit code.
    async fn viewer(&self, ctx: &Context<'_>) -> Result<Viewer> {
        Ok(Viewer::from(&principal(ctx)?.role))
    }

    /// The conference rooms.
    async fn rooms(&self, ctx: &Context<'_>) -> Result<Vec<Room>> {
        principal(ctx)?;
        let mut rooms: Vec<Room> = app(ctx).venue().rooms.rooms().cloned().map(Room).collect();
        // Natural order: CR2 before CR10.
        rooms.sort_by_key(|room| natural_key(room.0.code.as_str()));
        Ok(rooms)
    }

    /// When a room is busy between two instants (at most 62 days).
    async fn room_schedule(
        &self,
        ctx: &Context<'_>,
        room_code: String,
        from: DateTime,
        to: DateTime,
    ) -> Result<Vec<BusySlot>> {
        let principal = principal(ctx)?;
        let room = code("roomCode", &room_code, RoomCode::parse)?;
        match app(ctx).room_schedule(principal, &room, from.0, to.0).await {
            Ok(slots) => Ok(slots.into_iter().map(BusySlot).collect()),
            Err(convene_app::AppError::User(error)) => Err(bad_argument(
                error.field.as_deref().unwrap_or("roomCode"),
                &error.detail,
            )),
            Err(error) => Err(technical(error)),
        }
    }

    /// The rooms free for an event from `start` to `end`, its 30-minute buffers included,
    /// that hold `attendance` people, smallest first: the rooms an approval would accept now.
    /// A slot of at most 24 hours, in booking hours or not.
    async fn available_rooms(
        &self,
        ctx: &Context<'_>,
        start: DateTime,
        end: DateTime,
        attendance: i32,
    ) -> Result<Vec<Room>> {
        let principal = principal(ctx)?;
        let slot = TimeSlot::new(start.0, end.0)
            .map_err(|_| bad_argument("end", "the end must be after the start"))?;
        let attendance = Attendance::new(i64::from(attendance))
            .map_err(|error| bad_argument("attendance", &error.to_string()))?;
        match app(ctx).available_rooms(principal, slot, attendance).await {
            Ok(rooms) => Ok(rooms.into_iter().map(Room).collect()),
            Err(convene_app::AppError::User(error)) => Err(bad_argument(
                error.field.as_deref().unwrap_or("end"),
                &error.detail,
            )),
            Err(error) => Err(technical(error)),
        }
    }

    /// The facility units and their contacts.
    async fn units(&self, ctx: &Context<'_>) -> Result<Vec<Unit>> {
        principal(ctx)?;
        Ok(app(ctx)
            .venue()
            .directory
            .units()
            .cloned()
            .map(Unit)
            .collect())
    }

    /// The rate card, priced now.
    async fn catalog(&self, ctx: &Context<'_>) -> Result<Vec<CatalogItem>> {
        principal(ctx)?;
        let app = app(ctx);
        let now = app.now();
        let venue = app.venue();
        Ok(venue
            .rate_card
            .items()
            .map(|item| CatalogItem {
                item: item.clone(),
                quote: item.quote(now),
            })
            .collect())
    }

    /// The directory: the unit that handles an item.
    async fn who_handles(&self, ctx: &Context<'_>, item_code: String) -> Result<Option<Unit>> {
        principal(ctx)?;
        let item = code("itemCode", &item_code, ItemCode::parse)?;
        Ok(app(ctx).who_handles(&item).map(Unit))
    }

    /// A request by id; null when absent or not visible to the caller.
    async fn event_request(&self, ctx: &Context<'_>, id: ID) -> Result<Option<EventRequest>> {
        let principal = principal(ctx)?;
        let Ok(id) = EventRequestId::parse(&id) else {
            return Ok(None);
        };
        let view = app(ctx).request(principal, id).await.map_err(technical)?;
        Ok(view.map(EventRequest))
    }

    /// Requests the caller may list, oldest first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn event_requests(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<EventRequestStatus>,
    ) -> Result<Connection<String, EventRequest>> {
        let principal = principal(ctx)?;
        let after = after
            .map(|cursor| parse_id("after", &cursor, EventRequestId::parse))
            .transpose()?;
        let page = match app(ctx)
            .requests(principal, status.map(Into::into), after, page_size(first)?)
            .await
        {
            Ok(page) => page,
            Err(convene_app::AppError::User(error)) => return Err(forbidden(&error)),
            Err(error) => return Err(technical(error)),
        };
        let mut connection = Connection::new(after.is_some(), page.has_next);
        connection.edges.extend(
            page.items
                .into_iter()
                .map(|view| Edge::new(view.request.id.to_string(), EventRequest(view))),
        );
        Ok(connection)
    }

    /// Service lines the caller may list (a unit: its own), oldest first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn service_lines(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        unit_code: Option<String>,
        status: Option<ServiceLineStatus>,
    ) -> Result<Connection<String, ServiceLine>> {
        let principal = principal(ctx)?;
        let after = after
            .map(|cursor| parse_id("after", &cursor, ServiceLineId::parse))
            .transpose()?;
        let unit = unit_code
            .map(|text| code("unitCode", &text, UnitCode::parse))
            .transpose()?;
        let page = match app(ctx)
            .lines(
                principal,
                unit,
                status.map(Into::into),
                after,
                page_size(first)?,
            )
            .await
        {
            Ok(page) => page,
            Err(convene_app::AppError::User(error)) => return Err(forbidden(&error)),
            Err(error) => return Err(technical(error)),
        };
        let mut connection = Connection::new(after.is_some(), page.has_next);
        connection.edges.extend(
            page.items
                .into_iter()
                .map(|view| Edge::new(view.line.id.to_string(), ServiceLine(view))),
        );
        Ok(connection)
    }

    /// An invoice by id; null when absent or not visible to the caller.
    async fn invoice(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Invoice>> {
        let principal = principal(ctx)?;
        let Ok(id) = InvoiceId::parse(&id) else {
            return Ok(None);
        };
        let view = app(ctx).invoice(principal, id).await.map_err(technical)?;
        Ok(view.map(Invoice))
    }

    /// Invoices the caller may list (a mission: its own), oldest first.
    #[graphql(complexity = "first.unwrap_or(20).clamp(1, 100) as usize * child_complexity")]
    async fn invoices(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        mission_code: Option<String>,
    ) -> Result<Connection<String, Invoice>> {
        let principal = principal(ctx)?;
        let after = after
            .map(|cursor| parse_id("after", &cursor, InvoiceId::parse))
            .transpose()?;
        let mission = mission_code
            .map(|text| code("missionCode", &text, MissionCode::parse))
            .transpose()?;
        let page = match app(ctx)
            .invoices(principal, mission, after, page_size(first)?)
            .await
        {
            Ok(page) => page,
            Err(convene_app::AppError::User(error)) => return Err(forbidden(&error)),
            Err(error) => return Err(technical(error)),
        };
        let mut connection = Connection::new(after.is_some(), page.has_next);
        connection.edges.extend(
            page.items
                .into_iter()
                .map(|view| Edge::new(view.invoice.id().to_string(), Invoice(view))),
        );
        Ok(connection)
    }

    /// A unit's satisfaction: average rating and count.
    async fn unit_satisfaction(
        &self,
        ctx: &Context<'_>,
        unit_code: String,
    ) -> Result<Satisfaction> {
        principal(ctx)?;
        let unit = code("unitCode", &unit_code, UnitCode::parse)?;
        let satisfaction = app(ctx).satisfaction(&unit).map_err(technical)?;
        Ok(Satisfaction {
            unit_code: unit.to_string(),
            satisfaction,
        })
    }

    /// Revenue per unit: invoice lines minus credit notes (finance and the administrator).
    async fn revenue(&self, ctx: &Context<'_>) -> Result<Vec<UnitRevenue>> {
        let principal = principal(ctx)?;
        match app(ctx).revenue(principal) {
            Ok(revenue) => Ok(revenue
                .into_iter()
                .map(|(unit, amount)| UnitRevenue {
                    unit_code: unit.to_string(),
                    amount: crate::types::Money(amount),
                })
                .collect()),
            Err(convene_app::AppError::User(error)) => Err(forbidden(&error)),
            Err(error) => Err(technical(error)),
        }
    }
}

/// A sort key that orders embedded numbers by value (`CR2` before `CR10`).
fn natural_key(code: &str) -> (String, u64, String) {
    let prefix: String = code.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let digits: String = code[prefix.len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let rest = code[prefix.len() + digits.len()..].to_string();
    (prefix, digits.parse().unwrap_or(0), rest)
}

/// A refusal on a query: a top-level error with the user error's code.
pub(crate) fn forbidden(error: &convene_app::UserError) -> async_graphql::Error {
    let code = error.code.as_str();
    async_graphql::Error::new(error.detail.clone())
        .extend_with(|_, extensions| extensions.set("code", code))
}
