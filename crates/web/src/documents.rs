//! Downloads: invoices and credit notes as PDF (finance and the owning mission, by session or
//! by an `Authorization: Bearer` key like the API), the run sheet and guest list as PDF (the
//! unit's pages call [`sheet_response`]), and finance's ERP export as CSV. Rendering runs off
//! the async runtime in `convene-documents`; invoices go through the bounded cache every
//! handler shares.

use axum::extract::{Path, Query};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use convene_app::Principal;
use convene_app::export::IssueDates;
use convene_documents::DocumentError;
use convene_domain::access::Role;
use convene_domain::values::Lang;
use convene_domain::{CreditNoteId, InvoiceId};
use jiff::Timestamp;
use jiff::civil::Date;

use crate::errors::Failure;
use crate::session::Ctx;

/// How many rendered invoices and credit notes the server keeps, and their bytes at most.
pub(crate) const CACHE_ENTRIES: usize = 256;
pub(crate) const CACHE_BYTES: usize = 32 * 1024 * 1024;

/// `?lang=` of a document link; the visitor's language when absent.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct LangQuery {
    #[serde(default)]
    lang: String,
}

/// The language asked for, or the page's; an unknown tag is a bad request.
fn language(ctx: &Ctx, query: &LangQuery) -> Result<Lang, Failure> {
    match query.lang.trim() {
        "" => Ok(ctx.lang),
        tag => Lang::parse(tag).ok_or(Failure::BadRequest),
    }
}

/// Who reads a document: the `Authorization: Bearer` key when one is sent (a script, an
/// ERP), else the session's principal. `Err(response)` is the 401 of a key that is unknown
/// or revoked.
fn reader(ctx: &Ctx, headers: &HeaderMap) -> Result<Result<Principal, Response>, Failure> {
    let Some(header) = headers.get(AUTHORIZATION) else {
        return Ok(Ok(ctx.principal()?.clone()));
    };
    let token = header
        .to_str()
        .ok()
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .unwrap_or_default();
    Ok(match ctx.state.app.authenticate(token) {
        Some(principal) => Ok(principal),
        None => Err((
            StatusCode::UNAUTHORIZED,
            [("www-authenticate", "Bearer")],
            "the access key is not valid\n",
        )
            .into_response()),
    })
}

/// Finance and missions read invoices; every other role gets the 403 page.
fn may_read_invoices(principal: &Principal) -> Result<(), Failure> {
    match principal.role {
        Role::Finance | Role::Mission { .. } => Ok(()),
        _ => Err(Failure::OtherRole),
    }
}

/// `GET /invoices/{id}.pdf?lang=…` (the invoice page's route hands the `.pdf` here).
pub(crate) async fn invoice(
    ctx: &Ctx,
    headers: &HeaderMap,
    id: &str,
    query: &LangQuery,
) -> Result<Response, Failure> {
    let principal = match reader(ctx, headers)? {
        Ok(principal) => principal,
        Err(refused) => return Ok(refused),
    };
    may_read_invoices(&principal)?;
    let lang = language(ctx, query)?;
    let id = InvoiceId::parse(id).map_err(|_| Failure::NotFound)?;
    let app = &ctx.state.app;
    // Another mission's invoice is the same 404 as a missing one.
    let view = app
        .invoice(&principal, id)
        .await?
        .ok_or(Failure::NotFound)?;
    let pdf = convene_documents::invoice_pdf(app, &principal, &view, lang, &ctx.state.documents)
        .await
        .map_err(failed)?;
    let name = format!("{}-{}.pdf", view.invoice.number(), lang.tag());
    Ok(pdf_response(pdf.to_vec(), &name))
}

/// `GET /invoices/{id}/credit-notes/{note}.pdf?lang=…`: one credit note of an invoice.
pub(crate) async fn credit_note(
    ctx: Ctx,
    headers: HeaderMap,
    Path((id, note)): Path<(String, String)>,
    Query(query): Query<LangQuery>,
) -> Result<Response, Failure> {
    let principal = match reader(&ctx, &headers)? {
        Ok(principal) => principal,
        Err(refused) => return Ok(refused),
    };
    may_read_invoices(&principal)?;
    let lang = language(&ctx, &query)?;
    let note = note.strip_suffix(".pdf").ok_or(Failure::NotFound)?;
    let id = InvoiceId::parse(&id).map_err(|_| Failure::NotFound)?;
    let note = CreditNoteId::parse(note).map_err(|_| Failure::NotFound)?;
    let app = &ctx.state.app;
    let view = app
        .invoice(&principal, id)
        .await?
        .ok_or(Failure::NotFound)?;
    let number = view
        .invoice
        .credit_notes()
        .iter()
        .find(|credit| credit.id == note)
        .map(|credit| credit.number.to_string())
        .ok_or(Failure::NotFound)?;
    let pdf = convene_documents::credit_note_pdf(
        app,
        &principal,
        &view,
        note,
        lang,
        &ctx.state.documents,
    )
    .await
    .map_err(failed)?
    .ok_or(Failure::NotFound)?;
    Ok(pdf_response(
        pdf.to_vec(),
        &format!("{number}-{}.pdf", lang.tag()),
    ))
}

/// A run sheet or a guest list rendered off the runtime, as a download.
pub(crate) async fn sheet_response(
    sheet: convene_documents::Sheet,
    name: &str,
) -> Result<Response, Failure> {
    let pdf = convene_documents::sheet_pdf(sheet).await.map_err(failed)?;
    Ok(pdf_response(pdf, name))
}

/// The first instant of a venue date (the PDF date of a day's sheet).
pub(crate) fn day_start(date: Date) -> Timestamp {
    date.to_zoned(convene_domain::time::venue_tz().clone())
        .map(|zoned| zoned.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// `?from=&to=` of the ERP export (venue dates, either open).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ExportQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// `GET /finance/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`: the rows of
/// `convene export invoices` for the invoices issued in that range, for finance (by session or
/// Bearer key).
pub(crate) async fn erp_export(
    ctx: Ctx,
    headers: HeaderMap,
    Query(query): Query<ExportQuery>,
) -> Result<Response, Failure> {
    let principal = match reader(&ctx, &headers)? {
        Ok(principal) => principal,
        Err(refused) => return Ok(refused),
    };
    if principal.role != Role::Finance {
        return Err(Failure::OtherRole);
    }
    let date = |text: &str| -> Result<Option<Date>, Failure> {
        match text.trim() {
            "" => Ok(None),
            text => text.parse().map(Some).map_err(|_| Failure::BadRequest),
        }
    };
    let dates = IssueDates {
        from: date(&query.from)?,
        to: date(&query.to)?,
    };
    if let (Some(from), Some(to)) = (dates.from, dates.to)
        && from > to
    {
        return Err(Failure::BadRequest);
    }
    let (csv, _) = convene_app::export::invoice_csv(&ctx.state.app, &principal, dates).await?;
    let range = |day: Option<Date>| day.map(|d| d.to_string()).unwrap_or_default();
    let name = match (dates.from, dates.to) {
        (None, None) => "invoices.csv".to_string(),
        (from, to) => format!("invoices-{}-{}.csv", range(from), range(to)),
    };
    Ok(download(csv.into_bytes(), "text/csv; charset=utf-8", &name))
}

fn pdf_response(pdf: Vec<u8>, name: &str) -> Response {
    download(pdf, "application/pdf", name)
}

/// A file to save: its type, its name, and never kept by a shared cache.
fn download(bytes: Vec<u8>, content_type: &'static str, name: &str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    // The names are ASCII (numbers, codes, dates, language tags).
    let disposition = format!("attachment; filename=\"{name}\"");
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
}

fn failed(error: DocumentError) -> Failure {
    tracing::error!(%error, "a document could not be made");
    Failure::Internal
}
