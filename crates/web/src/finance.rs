//! Finance's pages: the requests ready to invoice (held, or cancelled with a fee, not yet
//! invoiced) with the invoice issued from the page (a double click issues one invoice), credit
//! notes and payments on the invoice page with the rules' refusals in place, the invoices
//! list with its filters, and revenue per unit for a period with a bar chart drawn on the
//! server as SVG.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use rust_decimal::Decimal;
use serde::Deserialize;

use convene_app::{AppError, Idempotency, InvoiceView, Principal};
use convene_domain::access::Role;
use convene_domain::request::RequestStatus;
use convene_domain::values::{PaymentReference, Reason, UnitCode};
use convene_domain::{InvoiceId, InvoiceStatus, MissionCode, Money};
use jiff::civil::Date;

use crate::errors::Failure;
use crate::form::Posted;
use crate::mission::{all_requests, invoice_response, invoice_status, parse_request_id};
use crate::page::Page;
use crate::session::Ctx;
use crate::unit::parse_amount;
use crate::view::{self, RequestRow, Status};

/// The signed-in finance officer, or the 403 page for every other role.
fn finance_principal(ctx: &Ctx) -> Result<&Principal, Failure> {
    let principal = ctx.principal()?;
    match principal.role {
        Role::Finance => Ok(principal),
        _ => Err(Failure::OtherRole),
    }
}

fn parse_invoice_id(text: &str) -> Result<InvoiceId, Failure> {
    InvoiceId::parse(text).map_err(|_| Failure::NotFound)
}

/// Every invoice finance may see (all pages of the application's list).
pub(crate) async fn all_invoices(
    ctx: &Ctx,
    principal: &Principal,
    mission: Option<MissionCode>,
) -> Result<Vec<InvoiceView>, Failure> {
    let mut all = Vec::new();
    let mut after: Option<InvoiceId> = None;
    loop {
        let page = ctx
            .state
            .app
            .invoices(
                principal,
                mission.clone(),
                after,
                Some(convene_app::MAX_PAGE_SIZE),
            )
            .await?;
        after = page.items.last().map(|view| view.invoice.id());
        all.extend(page.items);
        if !page.has_next || all.len() >= crate::mission::MAX_LISTED || after.is_none() {
            return Ok(all);
        }
    }
}

// ---------------------------------------------------------------- ready to invoice

struct ReadyRow {
    row: RequestRow,
    estimate: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "finance_ready.html", whitespace = "minimize")]
struct ReadyPage {
    page: Page,
    rows: Vec<ReadyRow>,
    key: String,
}

/// `GET /finance`: the requests ready to invoice, soonest event first.
pub(crate) async fn ready(ctx: Ctx) -> Result<Response, Failure> {
    finance_principal(&ctx)?;
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let mut views = all_requests(&ctx, Some(RequestStatus::Held)).await?;
    let cancelled = all_requests(&ctx, Some(RequestStatus::Cancelled)).await?;
    views.extend(
        cancelled
            .into_iter()
            .filter(|view| view.cancellation_fee(app).is_some_and(|fee| !fee.is_zero())),
    );
    views.retain(|view| view.request.invoice.is_none());
    views.sort_by_key(|view| view.request.slot.start());
    let rows = views
        .iter()
        .map(|view| {
            let total = if view.request.status == RequestStatus::Cancelled {
                view.cancellation_fee(app)
            } else {
                Some(view.estimate(app).total)
            };
            ReadyRow {
                row: view::request_row(app, lang, view),
                estimate: total
                    .map(|money| convene_i18n::money(lang, &money))
                    .unwrap_or_default(),
            }
        })
        .collect();
    Ok(ReadyPage {
        page: Page::new(&ctx, "finance-ready-title"),
        rows,
        key: uuid::Uuid::now_v7().to_string(),
    }
    .into_response())
}

#[derive(Debug, Deserialize)]
pub(crate) struct KeyForm {
    #[serde(default)]
    key: String,
}

/// `POST /requests/{id}/invoice`: issues the request's invoice; the form's key makes a second
/// click (or a resent form) answer the same invoice instead of a second one.
pub(crate) async fn issue(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<KeyForm>,
) -> Result<Response, Failure> {
    let principal = finance_principal(&ctx)?.clone();
    let id = parse_request_id(&id)?;
    let key = Idempotency::new(&form.key, "invoiceIssue", &id.to_string())
        .map_err(|_| Failure::BadRequest)?;
    match ctx
        .state
        .app
        .issue_invoice(&principal, id, Some(&key))
        .await
    {
        Ok(invoice) => Ok(Redirect::to(&format!("/invoices/{invoice}")).into_response()),
        Err(AppError::User(user))
            if !matches!(
                user.code,
                convene_app::UserCode::Forbidden
                    | convene_app::UserCode::Rule(convene_domain::ErrorCode::NotFound)
            ) =>
        {
            // Already invoiced (by a colleague meanwhile): its invoice is the answer.
            let view = ctx.state.app.request(&principal, id).await?;
            match view.and_then(|view| view.request.invoice) {
                Some(invoice) => Ok(Redirect::to(&format!("/invoices/{invoice}")).into_response()),
                None => Err(Failure::BadRequest),
            }
        }
        Err(other) => Err(other.into()),
    }
}

// ---------------------------------------------------------------- credit notes and payments

#[derive(Debug, Deserialize)]
pub(crate) struct CreditForm {
    #[serde(default)]
    amount: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    key: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct PaymentForm {
    #[serde(default)]
    amount: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    key: String,
}

/// The invoice page again with a refusal on its form, or the error page.
async fn refused(
    ctx: &Ctx,
    invoice: InvoiceId,
    error: AppError,
    fields: &[(&str, &str)],
) -> Result<Response, Failure> {
    let errors = crate::mission::refusal(ctx.lang, error, fields)?;
    invoice_response(ctx, invoice, errors).await
}

/// `POST /invoices/{id}/credit-notes`: a credit note for a unit or spread over the units.
pub(crate) async fn credit(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<CreditForm>,
) -> Result<Response, Failure> {
    let principal = finance_principal(&ctx)?.clone();
    let invoice = parse_invoice_id(&id)?;
    let fields = &[
        ("amount", "credit-amount"),
        ("reason", "credit-reason"),
        ("unitCode", "credit-amount"),
    ];
    let amount = match parse_amount(ctx.lang, &form.amount, ctx.state.app.currency()) {
        Ok(amount) => amount,
        Err(error) => {
            let user = convene_app::error::rejected(error).on_field("amount");
            return refused(&ctx, invoice, AppError::User(user), fields).await;
        }
    };
    let reason = match Reason::parse(&form.reason) {
        Ok(reason) => reason,
        Err(error) => {
            let user = convene_app::error::rejected(error).on_field("reason");
            return refused(&ctx, invoice, AppError::User(user), fields).await;
        }
    };
    let unit = match form.unit.trim() {
        "" => None,
        code => Some(UnitCode::parse(code).map_err(|_| Failure::BadRequest)?),
    };
    let canonical = format!(
        "{invoice}|{}|{}|{}",
        amount.amount(),
        reason.as_str(),
        unit.as_ref().map(UnitCode::as_str).unwrap_or_default()
    );
    let key = Idempotency::new(&form.key, "creditNoteIssue", &canonical)
        .map_err(|_| Failure::BadRequest)?;
    match ctx
        .state
        .app
        .issue_credit_note(&principal, invoice, amount, reason, unit, Some(&key))
        .await
    {
        Ok(_) => {
            Ok(Redirect::to(&format!("/invoices/{invoice}#credit-notes-heading")).into_response())
        }
        Err(error) => refused(&ctx, invoice, error, fields).await,
    }
}

/// `POST /invoices/{id}/payments`: a payment received, with its reference.
pub(crate) async fn pay(
    Path(id): Path<String>,
    Posted { ctx, form }: Posted<PaymentForm>,
) -> Result<Response, Failure> {
    let principal = finance_principal(&ctx)?.clone();
    let invoice = parse_invoice_id(&id)?;
    let fields = &[
        ("amount", "payment-amount"),
        ("reference", "payment-reference"),
    ];
    let amount = match parse_amount(ctx.lang, &form.amount, ctx.state.app.currency()) {
        Ok(amount) => amount,
        Err(error) => {
            let user = convene_app::error::rejected(error).on_field("amount");
            return refused(&ctx, invoice, AppError::User(user), fields).await;
        }
    };
    let reference = match PaymentReference::parse(&form.reference) {
        Ok(reference) => reference,
        Err(error) => {
            let user = convene_app::error::rejected(error).on_field("reference");
            return refused(&ctx, invoice, AppError::User(user), fields).await;
        }
    };
    let canonical = format!("{invoice}|{}|{}", amount.amount(), reference.as_str());
    let key = Idempotency::new(&form.key, "paymentRecord", &canonical)
        .map_err(|_| Failure::BadRequest)?;
    match ctx
        .state
        .app
        .record_payment(&principal, invoice, amount, reference, Some(&key))
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/invoices/{invoice}")).into_response()),
        Err(error) => refused(&ctx, invoice, error, fields).await,
    }
}

// ---------------------------------------------------------------- the invoices list

struct InvoiceRow {
    id: String,
    number: String,
    mission: String,
    issued: String,
    total: String,
    balance: String,
    status: Status,
}

struct Choice {
    code: String,
    label: String,
    selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "finance_invoices.html", whitespace = "minimize")]
struct InvoicesPage {
    page: Page,
    invoices: Vec<InvoiceRow>,
    missions: Vec<Choice>,
    statuses: Vec<Choice>,
    from: String,
    to: String,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct InvoicesQuery {
    #[serde(default)]
    mission: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

const INVOICE_STATUSES: [InvoiceStatus; 4] = [
    InvoiceStatus::Issued,
    InvoiceStatus::PartiallyPaid,
    InvoiceStatus::Paid,
    InvoiceStatus::Credited,
];

/// `GET /invoices` for finance: every invoice, filtered by mission, status and issue date.
pub(crate) async fn invoices(ctx: &Ctx, query: InvoicesQuery) -> Result<Response, Failure> {
    let principal = finance_principal(ctx)?.clone();
    let lang = ctx.lang;
    let mission = MissionCode::parse(query.mission.trim()).ok();
    let status = INVOICE_STATUSES
        .into_iter()
        .find(|status| status.as_str() == query.status.trim());
    let from = query.from.trim().parse::<Date>().ok();
    let to = query.to.trim().parse::<Date>().ok();
    let mut views = all_invoices(ctx, &principal, mission.clone()).await?;
    views.retain(|view| {
        let invoice = &view.invoice;
        let date = convene_domain::time::local_date(invoice.issued_at());
        status.is_none_or(|status| invoice.status() == status)
            && from.is_none_or(|from| date >= from)
            && to.is_none_or(|to| date <= to)
    });
    views.sort_by_key(|view| std::cmp::Reverse(view.invoice.issued_at()));
    let invoices = views
        .iter()
        .map(|view| {
            let invoice = &view.invoice;
            InvoiceRow {
                id: invoice.id().to_string(),
                number: invoice.number().to_string(),
                mission: invoice.mission().to_string(),
                issued: convene_i18n::date_short(
                    lang,
                    convene_domain::time::local_date(invoice.issued_at()),
                ),
                total: convene_i18n::money(lang, &invoice.total()),
                balance: convene_i18n::money(lang, &invoice.balance()),
                status: invoice_status(lang, invoice.status()),
            }
        })
        .collect();
    let venue = ctx.state.app.venue();
    let missions = venue
        .missions
        .missions()
        .map(|m| Choice {
            code: m.code.to_string(),
            label: format!("{} ({})", m.name.get(lang), m.code),
            selected: mission.as_ref() == Some(&m.code),
        })
        .collect();
    drop(venue);
    Ok(InvoicesPage {
        page: Page::new(ctx, "invoices-title"),
        invoices,
        missions,
        statuses: INVOICE_STATUSES
            .iter()
            .map(|s| Choice {
                code: s.as_str().to_string(),
                label: invoice_status(lang, *s).label,
                selected: Some(*s) == status,
            })
            .collect(),
        from: from.map(|d| d.to_string()).unwrap_or_default(),
        to: to.map(|d| d.to_string()).unwrap_or_default(),
    }
    .into_response())
}

// ---------------------------------------------------------------- revenue

struct Bar {
    unit: String,
    amount: String,
    /// The bar's length, in per mille of the longest.
    length: i64,
}

#[derive(Template, WebTemplate)]
#[template(path = "finance_revenue.html", whitespace = "minimize")]
struct RevenuePage {
    page: Page,
    bars: Vec<Bar>,
    total: String,
    from: String,
    to: String,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct PeriodQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// `GET /finance/revenue?from=…&to=…`: revenue per unit (invoiced lines less credit notes)
/// of the invoices issued in the period: a table whose rows carry their bars, drawn here as
/// SVG (no script draws anything).
pub(crate) async fn revenue(
    ctx: Ctx,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, Failure> {
    let principal = finance_principal(&ctx)?.clone();
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let from = query.from.trim().parse::<Date>().ok();
    let to = query.to.trim().parse::<Date>().ok();
    let views = all_invoices(&ctx, &principal, None).await?;
    let mut by_unit: BTreeMap<UnitCode, Money> = BTreeMap::new();
    let mut total = Money::zero(app.currency());
    for view in &views {
        let date = convene_domain::time::local_date(view.invoice.issued_at());
        if from.is_some_and(|from| date < from) || to.is_some_and(|to| date > to) {
            continue;
        }
        for (unit, amount) in view.invoice.net_by_unit() {
            let sum = by_unit
                .entry(unit)
                .or_insert_with(|| Money::zero(app.currency()));
            if let Ok(added) = sum.checked_add(&amount) {
                *sum = added;
            }
            if let Ok(added) = total.checked_add(&amount) {
                total = added;
            }
        }
    }
    let mut rows: Vec<(UnitCode, Money)> = by_unit.into_iter().collect();
    rows.sort_by_key(|(_, money)| std::cmp::Reverse(money.amount()));
    let longest = rows
        .first()
        .map(|(_, money)| money.amount())
        .filter(|amount| *amount > Decimal::ZERO);
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(unit, money)| Bar {
            unit: view::unit_name(app, lang, unit),
            amount: convene_i18n::money(lang, money),
            length: longest
                .map(|longest| {
                    let share = (money.amount().max(Decimal::ZERO) * Decimal::from(1000)) / longest;
                    i64::try_from(share.round().mantissa())
                        .unwrap_or(0)
                        .clamp(0, 1000)
                })
                .unwrap_or(0),
        })
        .collect();
    Ok(RevenuePage {
        page: Page::new(&ctx, "revenue-title"),
        bars,
        total: convene_i18n::money(lang, &total),
        from: from.map(|d| d.to_string()).unwrap_or_default(),
        to: to.map(|d| d.to_string()).unwrap_or_default(),
    }
    .into_response())
}
