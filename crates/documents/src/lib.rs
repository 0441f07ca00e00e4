//! Convene's documents: the invoice and the credit note as PDF/A-3b, in each of the six
//! official languages, typeset with typst used as a library.
//!
//! - [`InvoiceDocument`] is what a document prints, in every language at once: the issued
//!   invoice and the names of its mission, units, items and room. [`InvoiceDocument::load`]
//!   builds one from the application with the caller's rights.
//! - [`render_invoice`] and [`render_credit_note`] typeset it in one language. Rendering is
//!   synchronous and CPU-bound (a few milliseconds a page): async callers run it on
//!   `spawn_blocking`, as [`invoice_pdf`] and [`credit_note_pdf`] do.
//! - [`DocumentCache`] keeps rendered documents, bounded, for callers to share.
//!
//! The same document in the same language gives the same bytes every time: the template,
//! the fonts and the data are all there is (see the `world` module), and the PDF's identifier
//! and date come from the document's number and issue time. Every phrase is a Fluent message
//! of `documents.ftl`; amounts, dates and numbers are written by `convene_i18n`. A web route
//! is a few lines:
//!
//! ```ignore
//! let view = app.invoice(&principal, id).await?.ok_or(NotFound)?;
//! let pdf = convene_documents::invoice_pdf(&app, &principal, &view, lang, &cache).await?;
//! ```

mod cache;
mod fonts;
mod inputs;
mod model;
mod render;
pub mod sample;
mod sheet;
mod world;

use std::sync::Arc;

use convene_app::{App, InvoiceView, Principal};
use convene_domain::CreditNoteId;
use jiff::Timestamp;
use typst::diag::SourceDiagnostic;
use typst::ecow::EcoVec;
use typst::foundations::Dict;

pub use cache::DocumentCache;
pub use convene_i18n::Lang;
pub use fonts::warm_up;
pub use model::{CreditNoteDocument, EventFacts, InvoiceDocument, RoomFacts};

use cache::{Key, Kind};
use world::Template;

pub use sheet::{Sheet, SheetSection};

/// Why a document could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// The application could not read what the document shows.
    #[error("cannot read the invoice: {0}")]
    Load(String),
    /// typst refused the template or its data (a bug: the tests typeset every language).
    #[error("cannot typeset the document: {0}")]
    Typeset(String),
    /// The PDF could not be written to the standard asked for.
    #[error("cannot write the PDF: {0}")]
    Pdf(String),
    /// The issue time is outside the years a PDF date can hold.
    #[error("the document's date cannot be written in a PDF")]
    Date,
    /// The rendering task did not finish (it panicked or was cancelled).
    #[error("the rendering task failed: {0}")]
    Task(String),
}

impl DocumentError {
    fn typeset(errors: &EcoVec<SourceDiagnostic>) -> Self {
        let messages: Vec<&str> = errors.iter().map(|error| error.message.as_str()).collect();
        DocumentError::Typeset(messages.join("; "))
    }
}

/// The invoice as a PDF in `lang`.
pub fn render_invoice(document: &InvoiceDocument, lang: Lang) -> Result<Vec<u8>, DocumentError> {
    let job = Job::invoice(document, lang);
    render::pdf(Template::Document, job.inputs, job.ident, job.issued_at)
}

/// A run sheet or a guest list as a PDF in its language.
pub fn render_sheet(sheet: &Sheet) -> Result<Vec<u8>, DocumentError> {
    render::pdf(
        Template::Sheet,
        doc_inputs(sheet::inputs(sheet)),
        format!("{}/{}", sheet.ident, sheet.lang.tag()),
        sheet.at,
    )
}

/// [`render_sheet`] off the async runtime, for a request handler.
pub async fn sheet_pdf(sheet: Sheet) -> Result<Vec<u8>, DocumentError> {
    blocking(move || render_sheet(&sheet)).await
}

/// The credit note as a PDF in `lang`.
pub fn render_credit_note(
    document: &CreditNoteDocument,
    lang: Lang,
) -> Result<Vec<u8>, DocumentError> {
    let job = Job::credit_note(document, lang);
    render::pdf(Template::Document, job.inputs, job.ident, job.issued_at)
}

impl DocumentCache {
    /// The invoice as a PDF in `lang`, from the cache or rendered now (and kept).
    pub fn invoice(
        &self,
        document: &InvoiceDocument,
        lang: Lang,
    ) -> Result<Arc<[u8]>, DocumentError> {
        self.through(Job::invoice(document, lang))
    }

    /// The credit note as a PDF in `lang`, from the cache or rendered now (and kept).
    pub fn credit_note(
        &self,
        document: &CreditNoteDocument,
        lang: Lang,
    ) -> Result<Arc<[u8]>, DocumentError> {
        self.through(Job::credit_note(document, lang))
    }

    fn through(&self, job: Job) -> Result<Arc<[u8]>, DocumentError> {
        let key = job.key();
        if let Some(bytes) = self.get(&key) {
            return Ok(bytes);
        }
        let bytes: Arc<[u8]> =
            render::pdf(Template::Document, job.inputs, job.ident, job.issued_at)?.into();
        self.put(key, bytes.clone());
        Ok(bytes)
    }
}

/// The PDF of an invoice the principal may see (`view` comes from [`App::invoice`]), in
/// `lang`: loads its names and event, then renders off the async runtime, through `cache`.
pub async fn invoice_pdf(
    app: &App,
    principal: &Principal,
    view: &InvoiceView,
    lang: Lang,
    cache: &Arc<DocumentCache>,
) -> Result<Arc<[u8]>, DocumentError> {
    let document = InvoiceDocument::load(app, principal, view).await?;
    let cache = cache.clone();
    blocking(move || cache.invoice(&document, lang)).await
}

/// The PDF of one credit note of an invoice the principal may see, in `lang`; `None` when the
/// invoice has no such credit note.
pub async fn credit_note_pdf(
    app: &App,
    principal: &Principal,
    view: &InvoiceView,
    note: CreditNoteId,
    lang: Lang,
    cache: &Arc<DocumentCache>,
) -> Result<Option<Arc<[u8]>>, DocumentError> {
    let invoice = InvoiceDocument::load(app, principal, view).await?;
    let Some(document) = invoice.credit_note(note) else {
        return Ok(None);
    };
    let cache = cache.clone();
    blocking(move || cache.credit_note(&document, lang))
        .await
        .map(Some)
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, DocumentError> + Send + 'static,
) -> Result<T, DocumentError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| DocumentError::Task(error.to_string()))?
}

/// One document to typeset: the template's data, the PDF's identifier and date.
struct Job {
    kind: Kind,
    inputs: Dict,
    ident: String,
    issued_at: Timestamp,
}

impl Job {
    fn invoice(document: &InvoiceDocument, lang: Lang) -> Self {
        let invoice = &document.invoice;
        Self {
            kind: Kind::Invoice,
            inputs: doc_inputs(inputs::invoice(document, lang)),
            ident: format!("{}/{}", invoice.number(), lang.tag()),
            issued_at: invoice.issued_at(),
        }
    }

    fn credit_note(document: &CreditNoteDocument, lang: Lang) -> Self {
        Self {
            kind: Kind::CreditNote,
            inputs: doc_inputs(inputs::credit_note(document, lang)),
            ident: format!("{}/{}", document.note.number, lang.tag()),
            issued_at: document.note.issued_at,
        }
    }

    /// Everything that makes the bytes: the same key, the same PDF.
    fn key(&self) -> Key {
        Key {
            kind: self.kind,
            fingerprint: typst::utils::hash128(&(&self.inputs, &self.ident, self.issued_at)),
        }
    }
}

/// `sys.inputs`: the document's data under `doc`.
fn doc_inputs(doc: Dict) -> Dict {
    let mut inputs = Dict::new();
    inputs.insert("doc".into(), typst::foundations::Value::Dict(doc));
    inputs
}
