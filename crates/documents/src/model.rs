//! What a document shows, in every language at once: the issued invoice from the domain, and
//! the names (mission, units, items, room) and event facts the invoice itself only holds as
//! codes and ids. [`InvoiceDocument::load`] gathers them through the application layer, with
//! the caller's rights; tests and benchmarks build one directly.

use std::collections::BTreeMap;

use convene_app::{App, InvoiceView, Principal};
use convene_domain::invoice::{CreditNote, IssuedInvoice};
use convene_domain::request::RequestReference;
use convene_domain::{CreditNoteId, ItemCode, LocalizedText, RoomCode, TimeSlot, UnitCode};

use crate::DocumentError;

/// An invoice with everything its document prints.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceDocument {
    /// The invoice as issued, with its credit notes and payments so far.
    pub invoice: IssuedInvoice,
    /// The mission's name (its code alone when unknown).
    pub mission_name: Option<LocalizedText>,
    /// The event invoiced, when the request is readable.
    pub event: Option<EventFacts>,
    /// The names of the units on the invoice (a unit without one prints its code).
    pub units: BTreeMap<UnitCode, LocalizedText>,
    /// The names of the items on the invoice (an item without one prints its code).
    pub items: BTreeMap<ItemCode, LocalizedText>,
}

/// The event an invoice bills.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFacts {
    pub reference: RequestReference,
    /// The title as the mission typed it: printed as text, never read as markup.
    pub title: String,
    pub slot: TimeSlot,
    pub room: Option<RoomFacts>,
}

/// The room an event was held in.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomFacts {
    pub code: RoomCode,
    pub name: Option<LocalizedText>,
}

/// A credit note with the invoice it credits.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditNoteDocument {
    pub invoice: InvoiceDocument,
    pub note: CreditNote,
}

impl InvoiceDocument {
    /// A document of `invoice` with no names: every unit, item and the mission print as codes.
    pub fn bare(invoice: IssuedInvoice) -> Self {
        Self {
            invoice,
            mission_name: None,
            event: None,
            units: BTreeMap::new(),
            items: BTreeMap::new(),
        }
    }

    /// The document of an invoice the principal may see: the venue's names of its mission,
    /// units, items and room, and the event read with the principal's rights (finance and the
    /// owning mission may read it; for anyone else the event is left out).
    pub async fn load(
        app: &App,
        principal: &Principal,
        view: &InvoiceView,
    ) -> Result<Self, DocumentError> {
        let invoice = view.invoice.clone();
        let request = app
            .request(principal, invoice.event_request())
            .await
            .map_err(|error| DocumentError::Load(error.to_string()))?;
        let venue = app.venue();
        let mission_name = venue
            .missions
            .mission(invoice.mission())
            .map(|mission| mission.name.clone());
        let units = invoice
            .lines()
            .iter()
            .map(|line| &line.unit)
            .chain(
                invoice
                    .credit_notes()
                    .iter()
                    .filter_map(|note| note.unit.as_ref()),
            )
            .filter_map(|code| {
                let unit = venue.directory.unit(code)?;
                Some((code.clone(), unit.name.clone()))
            })
            .collect();
        let items = invoice
            .lines()
            .iter()
            .filter_map(|line| {
                let item = venue.rate_card.item(&line.item)?;
                Some((line.item.clone(), item.name.clone()))
            })
            .collect();
        let event = request.map(|view| {
            let request = view.request;
            EventFacts {
                reference: request.reference.clone(),
                title: request.title.to_string(),
                slot: request.slot,
                room: request.room.as_ref().map(|code| RoomFacts {
                    code: code.clone(),
                    name: venue.rooms.room(code).map(|room| room.name.clone()),
                }),
            }
        });
        drop(venue);
        Ok(Self {
            invoice,
            mission_name,
            event,
            units,
            items,
        })
    }

    /// The document of one of this invoice's credit notes.
    pub fn credit_note(&self, id: CreditNoteId) -> Option<CreditNoteDocument> {
        let note = self
            .invoice
            .credit_notes()
            .iter()
            .find(|note| note.id == id)?
            .clone();
        Some(CreditNoteDocument {
            invoice: self.clone(),
            note,
        })
    }
}
