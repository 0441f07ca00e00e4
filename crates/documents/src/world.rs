//! The smallest typst `World` that typesets a document: one main source (the template), the
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

/// The layout of every document, parsed once.
static TEMPLATE: LazyLock<Source> = LazyLock::new(|| {
    // A fixed, valid path: `VirtualPath::new` only refuses paths that leave the root.
    let path = VirtualPath::new("document.typ").expect("a relative path inside the root");
    let id = RootedPath::new(VirtualRoot::Project, path).intern();
    Source::new(id, include_str!("document.typ").to_string())
});

/// One document's world: the shared template and fonts, its own data and date.
pub(crate) struct DocumentWorld {
    library: LazyHash<Library>,
    today: Datetime,
}

impl DocumentWorld {
    /// A world whose `sys.inputs` are `inputs` and whose today is `today`.
    pub(crate) fn new(inputs: Dict, today: Datetime) -> Self {
        Self {
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
        TEMPLATE.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == TEMPLATE.id() {
            Ok(TEMPLATE.clone())
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
