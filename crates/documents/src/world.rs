//! The smallest typst `World` that typesets a document: one main source (its template), the
//! embedded fonts, the document's data as `sys.inputs`, and a fixed "today". It has no files
//! and no packages: a template that asked for either gets an error, never a disk or network
//! access.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::fonts::FONTS;

/// A template parsed once, at a fixed, valid path (`VirtualPath::new` only refuses paths that
/// leave the root).
fn template(name: &str, text: &str) -> Source {
    let path = VirtualPath::new(name).expect("a relative path inside the root");
    let id = RootedPath::new(VirtualRoot::Project, path).intern();
    Source::new(id, text.to_string())
}

/// The layout of invoices and credit notes.
static DOCUMENT: LazyLock<Source> =
    LazyLock::new(|| template("document.typ", include_str!("document.typ")));

/// The layout of run sheets and guest lists.
static SHEET: LazyLock<Source> = LazyLock::new(|| template("sheet.typ", include_str!("sheet.typ")));

/// Which layout a document uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Template {
    /// An invoice or a credit note.
    Document,
    /// A run sheet or a guest list.
    Sheet,
}

impl Template {
    fn source(self) -> &'static Source {
        match self {
            Template::Document => &DOCUMENT,
            Template::Sheet => &SHEET,
        }
    }
}

/// One document's world: its template, the shared fonts, its own data and date.
pub(crate) struct DocumentWorld {
    template: &'static Source,
    library: LazyHash<Library>,
    today: Datetime,
}

impl DocumentWorld {
    /// A world of `template` whose `sys.inputs` are `inputs` and whose today is `today`.
    pub(crate) fn new(template: Template, inputs: Dict, today: Datetime) -> Self {
        Self {
            template: template.source(),
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            today,
        }
    }
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.template.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.template.id() {
            Ok(self.template.clone())
        } else {
            Err(not_here(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        Err(not_here(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_here(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}
