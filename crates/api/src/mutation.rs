//! The mutations of the contract. A business refusal is a `userErrors` entry on the payload
//! (HTTP 200); malformed input is a `VALIDATION` user error naming the field; only technical
//! failures are top-level errors.

use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};

use convene_app::{AppError, AppResult, Idempotency, NewLine, NewRequest, RequestEdit, UserError};
use convene_domain::access::Role as DomainRole;
use convene_domain::values::{
    Attendance, Description, Name, Note, PaymentReference, Quantity, Rating, Reason, Title,
};
use convene_domain::{
    EventRequestId, GuestId, InvoiceId, ItemCode, MissionCode, Money, RoomCode, ServiceLineId,
    TimeSlot, UnitCode, ValueError,
};

use crate::context::{app, principal, technical};
use crate::scalars::{DateTime, Decimal};
use crate::types::{ApiUserError, EventRequest, Guest, Invoice, Role, Satisfaction, ServiceLine};

/// Parses one input field, naming it in the error.
fn field<T>(name: &str, parsed: Result<T, ValueError>) -> Result<T, UserError> {
    parsed.map_err(|error| convene_app::error::rejected(error).on_field(name))
}

fn id<T>(name: &str, text: &ID, make: fn(&str) -> Result<T, ValueError>) -> Result<T, UserError> {
    make(text).map_err(|_| UserError::invalid(name, "not a valid id"))
}

fn version(expected: Option<i64>) -> Result<Option<u64>, UserError> {
    expected
        .map(|version| {
            u64::try_from(version)
                .map_err(|_| UserError::invalid("expectedVersion", "must not be negative"))
        })
        .transpose()
}

fn idempotency(
    key: Option<&str>,
    operation: &str,
    input: String,
) -> Result<Option<Idempotency>, UserError> {
    key.map(|key| Idempotency::new(key, operation, &input))
        .transpose()
}

fn money(ctx: &Context<'_>, name: &str, amount: Decimal) -> Result<Money, UserError> {
    field(name, Money::new(amount.0, app(ctx).currency()))
}

fn slot(start: DateTime, end: DateTime) -> Result<TimeSlot, UserError> {
    TimeSlot::new(start.0, end.0)
        .map_err(|_| UserError::invalid("end", "the end must be after the start"))
}

/// Splits an application result into a value or user errors; technical failures become
/// top-level errors.
fn split<T>(result: AppResult<T>) -> Result<Result<T, Vec<ApiUserError>>> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(AppError::User(error)) => Ok(Err(vec![ApiUserError(error)])),
        Err(error) => Err(technical(error)),
    }
}

/// A request or the reasons it could not be changed.
#[derive(SimpleObject, Debug, Default)]
pub struct EventRequestPayload {
    pub event_request: Option<EventRequest>,
    pub user_errors: Vec<ApiUserError>,
}

/// A service line (with its request) or the reasons it could not be changed.
#[derive(SimpleObject, Debug, Default)]
pub struct ServiceLinePayload {
    pub service_line: Option<ServiceLine>,
    pub event_request: Option<EventRequest>,
    pub user_errors: Vec<ApiUserError>,
}

/// A guest (with the request) or the reasons it could not be added or removed.
#[derive(SimpleObject, Debug, Default)]
pub struct GuestPayload {
    pub guest: Option<Guest>,
    pub event_request: Option<EventRequest>,
    pub user_errors: Vec<ApiUserError>,
}

/// An invoice or the reasons it could not be changed.
#[derive(SimpleObject, Debug, Default)]
pub struct InvoicePayload {
    pub invoice: Option<Invoice>,
    pub user_errors: Vec<ApiUserError>,
}

/// The unit's satisfaction after the rating, or the reasons it was refused.
#[derive(SimpleObject, Debug, Default)]
pub struct FeedbackPayload {
    pub satisfaction: Option<Satisfaction>,
    pub event_request: Option<EventRequest>,
    pub user_errors: Vec<ApiUserError>,
}

/// A new token's secret (shown once) or the reasons it was refused.
#[derive(SimpleObject, Debug, Default)]
pub struct TokenPayload {
    pub token: Option<String>,
    pub user_errors: Vec<ApiUserError>,
}

/// Creates a draft request.
#[derive(InputObject, Debug)]
pub struct EventRequestCreateInput {
    pub title: String,
    pub description: Option<String>,
    pub start: DateTime,
    pub end: DateTime,
    pub expected_attendance: i64,
    pub preferred_room_code: Option<String>,
    pub idempotency_key: Option<String>,
}

/// Names a request and the version the caller saw.
#[derive(InputObject, Debug)]
pub struct EventRequestRefInput {
    pub event_request_id: ID,
    pub expected_version: Option<i64>,
}

/// Approves a request in a room.
#[derive(InputObject, Debug)]
pub struct EventRequestApproveInput {
    pub event_request_id: ID,
    pub room_code: String,
    pub expected_version: Option<i64>,
}

/// Rejects or cancels a request, saying why.
#[derive(InputObject, Debug)]
pub struct EventRequestReasonInput {
    pub event_request_id: ID,
    pub reason: String,
    pub expected_version: Option<i64>,
}

/// Changes a draft's header.
#[derive(InputObject, Debug)]
pub struct EventRequestUpdateInput {
    pub event_request_id: ID,
    pub title: String,
    pub description: Option<String>,
    pub start: DateTime,
    pub end: DateTime,
    pub expected_attendance: i64,
    pub preferred_room_code: Option<String>,
    pub expected_version: Option<i64>,
}

/// Adds a service line.
#[derive(InputObject, Debug)]
pub struct ServiceLineAddInput {
    pub event_request_id: ID,
    pub item_code: String,
    pub quantity: Decimal,
    pub note: Option<String>,
    /// The request's version the caller saw.
    pub expected_version: Option<i64>,
    pub idempotency_key: Option<String>,
}

/// Names a line and the line version the caller saw.
#[derive(InputObject, Debug)]
pub struct ServiceLineRefInput {
    pub service_line_id: ID,
    pub expected_version: Option<i64>,
    pub reason: Option<String>,
}

/// A unit confirms a line, at the rate card's price or its own (with a note).
#[derive(InputObject, Debug)]
pub struct ServiceLineConfirmInput {
    pub service_line_id: ID,
    pub unit_price: Option<Decimal>,
    pub note: Option<String>,
    pub expected_version: Option<i64>,
}

/// A unit declines a line, saying why.
#[derive(InputObject, Debug)]
pub struct ServiceLineReasonInput {
    pub service_line_id: ID,
    pub reason: String,
    pub expected_version: Option<i64>,
}

/// A unit records what it delivered.
#[derive(InputObject, Debug)]
pub struct ServiceLineDeliverInput {
    pub service_line_id: ID,
    pub delivered_quantity: Decimal,
    pub expected_version: Option<i64>,
}

/// Adds a guest to a request's list.
#[derive(InputObject, Debug)]
pub struct GuestAddInput {
    pub event_request_id: ID,
    pub full_name: String,
    pub organization: Option<String>,
}

/// Removes a guest from a request's list.
#[derive(InputObject, Debug)]
pub struct GuestRemoveInput {
    pub event_request_id: ID,
    pub guest_id: ID,
}

/// Issues the invoice of a held or cancelled request.
#[derive(InputObject, Debug)]
pub struct InvoiceIssueInput {
    pub event_request_id: ID,
    pub idempotency_key: Option<String>,
}

/// Credits part of an invoice.
#[derive(InputObject, Debug)]
pub struct CreditNoteIssueInput {
    pub invoice_id: ID,
    pub amount: Decimal,
    pub reason: String,
    pub unit_code: Option<String>,
    pub idempotency_key: Option<String>,
}

/// Records a payment.
#[derive(InputObject, Debug)]
pub struct PaymentRecordInput {
    pub invoice_id: ID,
    pub amount: Decimal,
    pub reference: String,
    pub idempotency_key: Option<String>,
}

/// Rates a unit after a held event.
#[derive(InputObject, Debug)]
pub struct FeedbackSubmitInput {
    pub event_request_id: ID,
    pub unit_code: String,
    pub rating: i64,
    pub comment: Option<String>,
}

/// Issues an API token (administrator).
#[derive(InputObject, Debug)]
pub struct TokenCreateInput {
    pub role: Role,
    pub mission_code: Option<String>,
    pub unit_code: Option<String>,
    pub label: String,
}

async fn request_payload(
    ctx: &Context<'_>,
    result: AppResult<EventRequestId>,
) -> Result<EventRequestPayload> {
    match split(result)? {
        Ok(id) => {
            let principal = principal(ctx)?;
            let view = app(ctx).request(principal, id).await.map_err(technical)?;
            Ok(EventRequestPayload {
                event_request: view.map(EventRequest),
                user_errors: Vec::new(),
            })
        }
        Err(user_errors) => Ok(EventRequestPayload {
            event_request: None,
            user_errors,
        }),
    }
}

async fn line_payload(
    ctx: &Context<'_>,
    result: AppResult<ServiceLineId>,
) -> Result<ServiceLinePayload> {
    match split(result)? {
        Ok(line) => {
            let principal = principal(ctx)?;
            let app = app(ctx);
            let (line, request) = app
                .line_and_request(principal, line)
                .await
                .map_err(technical)?
                .unzip();
            Ok(ServiceLinePayload {
                service_line: line.map(ServiceLine),
                event_request: request.map(EventRequest),
                user_errors: Vec::new(),
            })
        }
        Err(user_errors) => Ok(ServiceLinePayload {
            user_errors,
            ..ServiceLinePayload::default()
        }),
    }
}

async fn invoice_payload(
    ctx: &Context<'_>,
    result: AppResult<InvoiceId>,
) -> Result<InvoicePayload> {
    match split(result)? {
        Ok(id) => {
            let principal = principal(ctx)?;
            let view = app(ctx).invoice(principal, id).await.map_err(technical)?;
            Ok(InvoicePayload {
                invoice: view.map(Invoice),
                user_errors: Vec::new(),
            })
        }
        Err(user_errors) => Ok(InvoicePayload {
            invoice: None,
            user_errors,
        }),
    }
}

fn optional_text<T>(
    name: &str,
    text: Option<&str>,
    parse: fn(&str) -> Result<T, ValueError>,
) -> Result<Option<T>, UserError> {
    text.map(|text| field(name, parse(text))).transpose()
}

fn create_input(input: &EventRequestCreateInput) -> Result<NewRequest, UserError> {
    Ok(NewRequest {
        title: field("title", Title::parse(&input.title))?,
        description: field(
            "description",
            Description::parse(input.description.as_deref().unwrap_or("")),
        )?,
        slot: slot(input.start, input.end)?,
        attendance: field(
            "expectedAttendance",
            Attendance::new(input.expected_attendance),
        )?,
        preferred_room: optional_text(
            "preferredRoomCode",
            input.preferred_room_code.as_deref(),
            RoomCode::parse,
        )?,
    })
}

/// The root of every mutation: the contract's mutations and the administrator's.
#[derive(async_graphql::MergedObject, Debug, Default)]
pub struct Mutation(ContractMutation, AdminMutation);

/// The mutations of PRODUCT.md section 6.
#[derive(Debug, Default)]
pub struct ContractMutation;

#[Object]
impl ContractMutation {
    /// Creates a draft request for the caller's mission.
    async fn event_request_create(
        &self,
        ctx: &Context<'_>,
        input: EventRequestCreateInput,
    ) -> Result<EventRequestPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = create_input(&input)?;
            let fingerprint = format!("{request:?}");
            let key = idempotency(
                input.idempotency_key.as_deref(),
                "eventRequestCreate",
                fingerprint,
            )?;
            app(ctx)
                .create_request(principal, request, key.as_ref())
                .await
        }
        .await;
        request_payload(ctx, result).await
    }

    /// Changes a draft's header (its mission).
    async fn event_request_update(
        &self,
        ctx: &Context<'_>,
        input: EventRequestUpdateInput,
    ) -> Result<EventRequestPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let edit = RequestEdit {
                title: field("title", Title::parse(&input.title))?,
                description: field(
                    "description",
                    Description::parse(input.description.as_deref().unwrap_or("")),
                )?,
                slot: slot(input.start, input.end)?,
                attendance: field(
                    "expectedAttendance",
                    Attendance::new(input.expected_attendance),
                )?,
                preferred_room: optional_text(
                    "preferredRoomCode",
                    input.preferred_room_code.as_deref(),
                    RoomCode::parse,
                )?,
            };
            app(ctx)
                .edit_request(principal, request, edit, version(input.expected_version)?)
                .await
        }
        .await;
        request_payload(ctx, result).await
    }

    /// Submits a draft; one focal point is assigned.
    async fn event_request_submit(
        &self,
        ctx: &Context<'_>,
        input: EventRequestRefInput,
    ) -> Result<EventRequestPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            app(ctx)
                .submit_request(principal, request, version(input.expected_version)?)
                .await
        }
        .await;
        request_payload(ctx, result).await
    }

    /// Approves a submitted request in a room (focal point).
    async fn event_request_approve(
        &self,
        ctx: &Context<'_>,
        input: EventRequestApproveInput,
    ) -> Result<EventRequestPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let room = field("roomCode", RoomCode::parse(&input.room_code))?;
            app(ctx)
                .approve_request(principal, request, room, version(input.expected_version)?)
                .await
        }
        .await;
        request_payload(ctx, result).await
    }

    /// Rejects a submitted request (focal point).
    async fn event_request_reject(
        &self,
        ctx: &Context<'_>,
        input: EventRequestReasonInput,
    ) -> Result<EventRequestPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let reason = field("reason", Reason::parse(&input.reason))?;
            app(ctx)
                .reject_request(principal, request, reason, version(input.expected_version)?)
                .await
        }
        .await;
        request_payload(ctx, result).await
    }

    /// Cancels a request (its mission).
    async fn event_request_cancel(
        &self,
        ctx: &Context<'_>,
        input: EventRequestReasonInput,
    ) -> Result<EventRequestPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let reason = field("reason", Reason::parse(&input.reason))?;
            app(ctx)
                .cancel_request(principal, request, reason, version(input.expected_version)?)
                .await
        }
        .await;
        request_payload(ctx, result).await
    }

    /// Marks an approved request held, after its end (focal point).
    async fn event_request_mark_held(
        &self,
        ctx: &Context<'_>,
        input: EventRequestRefInput,
    ) -> Result<EventRequestPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            app(ctx)
                .mark_held(principal, request, version(input.expected_version)?)
                .await
        }
        .await;
        request_payload(ctx, result).await
    }

    /// Adds a service line at today's rate-card price (the request's mission).
    async fn service_line_add(
        &self,
        ctx: &Context<'_>,
        input: ServiceLineAddInput,
    ) -> Result<ServiceLinePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let line = NewLine {
                item: field("itemCode", ItemCode::parse(&input.item_code))?,
                quantity: field("quantity", Quantity::new(input.quantity.0))?,
                note: field("note", Note::parse(input.note.as_deref().unwrap_or("")))?,
            };
            let fingerprint = format!("{request}|{line:?}");
            let key = idempotency(
                input.idempotency_key.as_deref(),
                "serviceLineAdd",
                fingerprint,
            )?;
            app(ctx)
                .add_line(
                    principal,
                    request,
                    line,
                    version(input.expected_version)?,
                    key.as_ref(),
                )
                .await
        }
        .await;
        line_payload(ctx, result).await
    }

    /// Removes (cancels) a line (the request's mission); a confirmed line costs its fee.
    async fn service_line_remove(
        &self,
        ctx: &Context<'_>,
        input: ServiceLineRefInput,
    ) -> Result<ServiceLinePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let line = id(
                "serviceLineId",
                &input.service_line_id,
                ServiceLineId::parse,
            )?;
            let reason = optional_text("reason", input.reason.as_deref(), Reason::parse)?;
            app(ctx)
                .remove_line(principal, line, reason, version(input.expected_version)?)
                .await
        }
        .await;
        line_payload(ctx, result).await
    }

    /// Confirms a line (its unit), fixing its price.
    async fn service_line_confirm(
        &self,
        ctx: &Context<'_>,
        input: ServiceLineConfirmInput,
    ) -> Result<ServiceLinePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let line = id(
                "serviceLineId",
                &input.service_line_id,
                ServiceLineId::parse,
            )?;
            let price = input
                .unit_price
                .map(|amount| money(ctx, "unitPrice", amount))
                .transpose()?;
            let note = field("note", Note::parse(input.note.as_deref().unwrap_or("")))?;
            app(ctx)
                .confirm_line(
                    principal,
                    line,
                    price,
                    note,
                    version(input.expected_version)?,
                )
                .await
        }
        .await;
        line_payload(ctx, result).await
    }

    /// Declines a line (its unit).
    async fn service_line_decline(
        &self,
        ctx: &Context<'_>,
        input: ServiceLineReasonInput,
    ) -> Result<ServiceLinePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let line = id(
                "serviceLineId",
                &input.service_line_id,
                ServiceLineId::parse,
            )?;
            let reason = field("reason", Reason::parse(&input.reason))?;
            app(ctx)
                .decline_line(principal, line, reason, version(input.expected_version)?)
                .await
        }
        .await;
        line_payload(ctx, result).await
    }

    /// Records the delivered quantity of a line (its unit).
    async fn service_line_deliver(
        &self,
        ctx: &Context<'_>,
        input: ServiceLineDeliverInput,
    ) -> Result<ServiceLinePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let line = id(
                "serviceLineId",
                &input.service_line_id,
                ServiceLineId::parse,
            )?;
            let quantity = field(
                "deliveredQuantity",
                Quantity::new(input.delivered_quantity.0),
            )?;
            app(ctx)
                .deliver_line(principal, line, quantity, version(input.expected_version)?)
                .await
        }
        .await;
        line_payload(ctx, result).await
    }

    /// Adds a guest (the request's mission), until 48 hours before the start.
    async fn guest_add(&self, ctx: &Context<'_>, input: GuestAddInput) -> Result<GuestPayload> {
        let principal = principal(ctx)?;
        let app = app(ctx);
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let full_name = field("fullName", Name::parse(&input.full_name))?;
            let organization =
                optional_text("organization", input.organization.as_deref(), Name::parse)?;
            let guest = app
                .add_guest(principal, request, full_name, organization)
                .await?;
            Ok((request, guest))
        }
        .await;
        match split(result)? {
            Ok((request, guest)) => {
                let view = app.request(principal, request).await.map_err(technical)?;
                let added = view
                    .as_ref()
                    .and_then(|view| view.request.guests.iter().find(|g| g.id == guest).cloned());
                Ok(GuestPayload {
                    guest: added.map(Guest),
                    event_request: view.map(EventRequest),
                    user_errors: Vec::new(),
                })
            }
            Err(user_errors) => Ok(GuestPayload {
                user_errors,
                ..GuestPayload::default()
            }),
        }
    }

    /// Removes a guest (the request's mission), until 48 hours before the start. The payload's
    /// guest is the one removed, as it was on the list.
    async fn guest_remove(
        &self,
        ctx: &Context<'_>,
        input: GuestRemoveInput,
    ) -> Result<GuestPayload> {
        let principal = principal(ctx)?;
        let app = app(ctx);
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let guest = id("guestId", &input.guest_id, GuestId::parse)?;
            // A guest never changes once added, so the list read before the removal shows the
            // guest the removal takes off (nothing for a caller that may not see the list).
            let before = app.request(principal, request).await?;
            let removed =
                before.and_then(|view| view.request.guests.into_iter().find(|g| g.id == guest));
            app.remove_guest(principal, request, guest).await?;
            Ok((request, removed))
        }
        .await;
        match split(result)? {
            Ok((request, removed)) => {
                let view = app.request(principal, request).await.map_err(technical)?;
                Ok(GuestPayload {
                    guest: removed.map(Guest),
                    event_request: view.map(EventRequest),
                    user_errors: Vec::new(),
                })
            }
            Err(user_errors) => Ok(GuestPayload {
                user_errors,
                ..GuestPayload::default()
            }),
        }
    }

    /// Issues the one consolidated invoice of a held or cancelled request (finance).
    async fn invoice_issue(
        &self,
        ctx: &Context<'_>,
        input: InvoiceIssueInput,
    ) -> Result<InvoicePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let key = idempotency(
                input.idempotency_key.as_deref(),
                "invoiceIssue",
                request.to_string(),
            )?;
            app(ctx)
                .issue_invoice(principal, request, key.as_ref())
                .await
        }
        .await;
        invoice_payload(ctx, result).await
    }

    /// Issues a credit note on an invoice (finance).
    async fn credit_note_issue(
        &self,
        ctx: &Context<'_>,
        input: CreditNoteIssueInput,
    ) -> Result<InvoicePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let invoice = id("invoiceId", &input.invoice_id, InvoiceId::parse)?;
            let amount = money(ctx, "amount", input.amount)?;
            let reason = field("reason", Reason::parse(&input.reason))?;
            let unit = optional_text("unitCode", input.unit_code.as_deref(), UnitCode::parse)?;
            let fingerprint = format!("{invoice}|{amount}|{reason}|{unit:?}");
            let key = idempotency(
                input.idempotency_key.as_deref(),
                "creditNoteIssue",
                fingerprint,
            )?;
            app(ctx)
                .issue_credit_note(principal, invoice, amount, reason, unit, key.as_ref())
                .await
        }
        .await;
        invoice_payload(ctx, result).await
    }

    /// Records a payment on an invoice (finance).
    async fn payment_record(
        &self,
        ctx: &Context<'_>,
        input: PaymentRecordInput,
    ) -> Result<InvoicePayload> {
        let principal = principal(ctx)?;
        let result = async {
            let invoice = id("invoiceId", &input.invoice_id, InvoiceId::parse)?;
            let amount = money(ctx, "amount", input.amount)?;
            let reference = field("reference", PaymentReference::parse(&input.reference))?;
            let fingerprint = format!("{invoice}|{amount}|{reference}");
            let key = idempotency(
                input.idempotency_key.as_deref(),
                "paymentRecord",
                fingerprint,
            )?;
            app(ctx)
                .record_payment(principal, invoice, amount, reference, key.as_ref())
                .await
        }
        .await;
        invoice_payload(ctx, result).await
    }

    /// Rates a unit that served a held event (the request's mission), once.
    async fn feedback_submit(
        &self,
        ctx: &Context<'_>,
        input: FeedbackSubmitInput,
    ) -> Result<FeedbackPayload> {
        let principal = principal(ctx)?;
        let app = app(ctx);
        let result = async {
            let request = id(
                "eventRequestId",
                &input.event_request_id,
                EventRequestId::parse,
            )?;
            let unit = field("unitCode", UnitCode::parse(&input.unit_code))?;
            let rating = field("rating", Rating::new(input.rating))?;
            let comment = field(
                "comment",
                Note::parse(input.comment.as_deref().unwrap_or("")),
            )?;
            app.submit_feedback(principal, request, unit.clone(), rating, comment)
                .await?;
            Ok((request, unit))
        }
        .await;
        match split(result)? {
            Ok((request, unit)) => {
                let satisfaction = app.satisfaction(&unit).map_err(technical)?;
                let view = app.request(principal, request).await.map_err(technical)?;
                Ok(FeedbackPayload {
                    satisfaction: Some(Satisfaction {
                        unit_code: unit.to_string(),
                        satisfaction,
                    }),
                    event_request: view.map(EventRequest),
                    user_errors: Vec::new(),
                })
            }
            Err(user_errors) => Ok(FeedbackPayload {
                user_errors,
                ..FeedbackPayload::default()
            }),
        }
    }

    /// Issues an API token with a role (administrator). The secret is shown only here.
    async fn token_create(
        &self,
        ctx: &Context<'_>,
        input: TokenCreateInput,
    ) -> Result<TokenPayload> {
        let principal = principal(ctx)?;
        let result = async {
            let role = match input.role {
                Role::Mission => DomainRole::Mission {
                    mission: field(
                        "missionCode",
                        MissionCode::parse(input.mission_code.as_deref().unwrap_or("")),
                    )?,
                },
                Role::Unit => DomainRole::Unit {
                    unit: field(
                        "unitCode",
                        UnitCode::parse(input.unit_code.as_deref().unwrap_or("")),
                    )?,
                },
                Role::FocalPoint => DomainRole::FocalPoint,
                Role::Finance => DomainRole::Finance,
                Role::Admin => DomainRole::Admin,
            };
            let label = field("label", Name::parse(&input.label))?;
            app(ctx).create_token(principal, role, label).await
        }
        .await;
        match split(result)? {
            Ok(token) => Ok(TokenPayload {
                token: Some(token),
                user_errors: Vec::new(),
            }),
            Err(user_errors) => Ok(TokenPayload {
                token: None,
                user_errors,
            }),
        }
    }
}

/// The outcome of an administrator's change to the venue.
#[derive(SimpleObject, Debug, Default)]
pub struct AdminPayload {
    pub ok: bool,
    pub user_errors: Vec<ApiUserError>,
}

/// A name in one language.
#[derive(InputObject, Debug)]
pub struct LocalizedNameInput {
    pub lang: crate::context::Lang,
    pub text: String,
}

/// Registers a room (administrator).
#[derive(InputObject, Debug)]
pub struct RoomRegisterInput {
    pub code: String,
    /// The room's name in up to six languages; English is required.
    pub names: Vec<LocalizedNameInput>,
    pub capacity: i64,
    pub features: Option<Vec<String>>,
}

/// Registers a facility unit with its contact (administrator).
#[derive(InputObject, Debug)]
pub struct UnitRegisterInput {
    pub code: String,
    pub names: Vec<LocalizedNameInput>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
}

/// Adds an item to the rate card with its first price (administrator).
#[derive(InputObject, Debug)]
pub struct CatalogItemAddInput {
    pub code: String,
    pub unit_code: String,
    pub names: Vec<LocalizedNameInput>,
    pub pricing: crate::types::Pricing,
    pub price: Decimal,
    pub lead_time_days: i64,
}

/// Schedules a new price for an item, effective at an instant not in the past (administrator).
#[derive(InputObject, Debug)]
pub struct CatalogItemPriceChangeInput {
    pub code: String,
    pub price: Decimal,
    pub effective_at: DateTime,
}

/// Registers a Permanent Mission (administrator).
#[derive(InputObject, Debug)]
pub struct MissionRegisterInput {
    pub code: String,
    pub names: Vec<LocalizedNameInput>,
}

/// Adds a person to the focal point desk (administrator).
#[derive(InputObject, Debug)]
pub struct FocalPointRegisterInput {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// Revokes a token by its secret (administrator).
#[derive(InputObject, Debug)]
pub struct TokenRevokeInput {
    pub token: String,
}

fn names(input: &[LocalizedNameInput]) -> Result<convene_domain::values::LocalizedText, UserError> {
    let pairs: Vec<(convene_domain::values::Lang, &str)> = input
        .iter()
        .map(|name| (name.lang.into(), name.text.as_str()))
        .collect();
    field("names", convene_domain::values::LocalizedText::new(pairs))
}

fn admin_payload(result: AppResult<()>) -> Result<AdminPayload> {
    match split(result)? {
        Ok(()) => Ok(AdminPayload {
            ok: true,
            user_errors: Vec::new(),
        }),
        Err(user_errors) => Ok(AdminPayload {
            ok: false,
            user_errors,
        }),
    }
}

/// The administrator's mutations: the venue's reference data and tokens.
#[derive(Debug, Default)]
pub struct AdminMutation;

#[Object]
impl AdminMutation {
    /// Registers a room.
    async fn room_register(
        &self,
        ctx: &Context<'_>,
        input: RoomRegisterInput,
    ) -> Result<AdminPayload> {
        use convene_domain::rooms::{Capacity, RoomCatalog, RoomCommand};
        let principal = principal(ctx)?;
        let result = async {
            let code = field("code", RoomCode::parse(&input.code))?;
            let name = names(&input.names)?;
            let capacity = field("capacity", Capacity::new(input.capacity))?;
            let features = input
                .features
                .iter()
                .flatten()
                .map(|feature| field("features", convene_domain::values::Feature::parse(feature)))
                .collect::<Result<std::collections::BTreeSet<_>, _>>()?;
            app(ctx)
                .administer::<RoomCatalog>(principal, convene_store::streams::rooms(), |_| {
                    RoomCommand::RegisterRoom {
                        code: code.clone(),
                        name: name.clone(),
                        capacity,
                        features: features.clone(),
                    }
                })
                .await
        }
        .await;
        admin_payload(result)
    }

    /// Registers a facility unit.
    async fn unit_register(
        &self,
        ctx: &Context<'_>,
        input: UnitRegisterInput,
    ) -> Result<AdminPayload> {
        use convene_domain::directory::{Directory, DirectoryCommand};
        use convene_domain::values::{Contact, Email, Phone};
        let principal = principal(ctx)?;
        let result = async {
            let code = field("code", UnitCode::parse(&input.code))?;
            let name = names(&input.names)?;
            let contact = Contact {
                name: field("contactName", Name::parse(&input.contact_name))?,
                email: field("contactEmail", Email::parse(&input.contact_email))?,
                phone: field("contactPhone", Phone::parse(&input.contact_phone))?,
            };
            app(ctx)
                .administer::<Directory>(principal, convene_store::streams::directory(), |_| {
                    DirectoryCommand::RegisterUnit {
                        code: code.clone(),
                        name: name.clone(),
                        contact: contact.clone(),
                    }
                })
                .await
        }
        .await;
        admin_payload(result)
    }

    /// Adds an item to the rate card.
    async fn catalog_item_add(
        &self,
        ctx: &Context<'_>,
        input: CatalogItemAddInput,
    ) -> Result<AdminPayload> {
        use convene_domain::item::PricingBasis;
        use convene_domain::rate_card::{RateCard, RateCardCommand};
        let principal = principal(ctx)?;
        let app = app(ctx);
        let result = async {
            let code = field("code", ItemCode::parse(&input.code))?;
            let unit = field("unitCode", UnitCode::parse(&input.unit_code))?;
            let name = names(&input.names)?;
            let price = money(ctx, "price", input.price)?;
            let lead_time_days = u32::try_from(input.lead_time_days)
                .map_err(|_| UserError::invalid("leadTimeDays", "must not be negative"))?;
            let pricing = match input.pricing {
                crate::types::Pricing::PerPerson => PricingBasis::PerPerson,
                crate::types::Pricing::PerHour => PricingBasis::PerHour,
                crate::types::Pricing::PerEvent => PricingBasis::PerEvent,
                crate::types::Pricing::PerItem => PricingBasis::PerItem,
            };
            let known_units: std::collections::BTreeSet<UnitCode> = app
                .venue()
                .directory
                .units()
                .map(|unit| unit.code.clone())
                .collect();
            app.administer::<RateCard>(principal, convene_store::streams::rate_card(), |now| {
                RateCardCommand::AddItem {
                    code: code.clone(),
                    unit: unit.clone(),
                    name: name.clone(),
                    pricing,
                    price,
                    lead_time_days,
                    effective_at: now,
                    known_units: known_units.clone(),
                }
            })
            .await
        }
        .await;
        admin_payload(result)
    }

    /// Schedules a new price for an item (lines keep the price they were confirmed at).
    async fn catalog_item_price_change(
        &self,
        ctx: &Context<'_>,
        input: CatalogItemPriceChangeInput,
    ) -> Result<AdminPayload> {
        use convene_domain::rate_card::{RateCard, RateCardCommand};
        let principal = principal(ctx)?;
        let result = async {
            let code = field("code", ItemCode::parse(&input.code))?;
            let price = money(ctx, "price", input.price)?;
            app(ctx)
                .administer::<RateCard>(principal, convene_store::streams::rate_card(), |now| {
                    RateCardCommand::ChangePrice {
                        code: code.clone(),
                        price,
                        effective_at: input.effective_at.0,
                        now,
                    }
                })
                .await
        }
        .await;
        admin_payload(result)
    }

    /// Registers a Permanent Mission.
    async fn mission_register(
        &self,
        ctx: &Context<'_>,
        input: MissionRegisterInput,
    ) -> Result<AdminPayload> {
        use convene_domain::missions::{MissionCommand, Missions};
        let principal = principal(ctx)?;
        let result = async {
            let code = field("code", MissionCode::parse(&input.code))?;
            let name = names(&input.names)?;
            app(ctx)
                .administer::<Missions>(principal, convene_store::streams::missions(), |_| {
                    MissionCommand::RegisterMission {
                        code: code.clone(),
                        name: name.clone(),
                    }
                })
                .await
        }
        .await;
        admin_payload(result)
    }

    /// Adds a person to the focal point desk.
    async fn focal_point_register(
        &self,
        ctx: &Context<'_>,
        input: FocalPointRegisterInput,
    ) -> Result<AdminPayload> {
        use convene_domain::focal_points::{FocalPointCommand, FocalPoints};
        use convene_domain::values::{Contact, Email, Phone};
        let principal = principal(ctx)?;
        let result = async {
            let contact = Contact {
                name: field("name", Name::parse(&input.name))?,
                email: field("email", Email::parse(&input.email))?,
                phone: field("phone", Phone::parse(&input.phone))?,
            };
            app(ctx)
                .administer::<FocalPoints>(
                    principal,
                    convene_store::streams::focal_points(),
                    |_| FocalPointCommand::RegisterFocalPoint {
                        contact: contact.clone(),
                    },
                )
                .await
        }
        .await;
        admin_payload(result)
    }

    /// Revokes a token by its secret; it stops working at once.
    async fn token_revoke(
        &self,
        ctx: &Context<'_>,
        input: TokenRevokeInput,
    ) -> Result<AdminPayload> {
        let principal = principal(ctx)?;
        let result = app(ctx).revoke_token(principal, &input.token).await;
        admin_payload(result)
    }
}
