//! A document in one language: every phrase from Fluent, every amount, date and number written
//! the language's way, handed to the template as one dictionary of strings (`sys.inputs.doc`).
//!
//! The template never parses these strings as markup, so text a person typed (a title, a
//! reason) cannot change the layout. In a right-to-left language every value (a number, a
//! reference, an amount, a date, a name, a title) is wrapped in Unicode isolates
//! (FSI … PDI): each keeps its own direction and order, so `INV-2026-000001`, `2026-01-15` or
//! an English title never come out reordered around Arabic text, and an Arabic name inside an
//! Arabic sentence reads as before.

use convene_domain::bill::BillLine;
use convene_domain::invoice::CreditNote;
use convene_domain::time::local;
use convene_domain::{LocalizedText, Money, UnitCode};
use convene_i18n::{Args, Lang, date, date_short, decimal, money, t, t_args, time, zone};
use rust_decimal::Decimal;
use typst::foundations::{Array, Dict, IntoValue, Str, Value};

use crate::model::{CreditNoteDocument, InvoiceDocument};

/// The markers the template replaces with the page number and the page count.
pub(crate) const PAGE_MARK: &str = "\u{E000}";
pub(crate) const PAGES_MARK: &str = "\u{E001}";

/// The template's data for an invoice.
pub(crate) fn invoice(document: &InvoiceDocument, lang: Lang) -> Dict {
    let text = Text { lang };
    let invoice = &document.invoice;
    let number = invoice.number().to_string();
    let mut doc = text.common(document, &t(lang, "doc-invoice-title"), &number);
    doc.set(
        "title",
        t_args(
            lang,
            "doc-invoice-heading",
            &Args::new().str("number", &number),
        ),
    );
    let reason = match invoice.reason() {
        convene_domain::InvoiceReason::Held => "doc-reason-held",
        convene_domain::InvoiceReason::Cancelled => "doc-reason-cancelled",
    };
    doc.set("party", text.party(document, &t(lang, reason)));
    let status = format!(
        "invoice-status-{}",
        invoice.status().as_str().to_ascii_lowercase()
    );
    let facts = vec![
        text.pair("doc-invoice-number", text.isolate(&number)),
        text.pair(
            "doc-issue-date",
            text.isolate(&date_short(lang, local(invoice.issued_at()).date())),
        ),
        text.pair("doc-status", t(lang, &status)),
        text.pair("doc-currency", text.isolate(invoice.currency().as_str())),
    ];
    doc.set("facts", array(facts));
    doc.set("lines", text.lines(document));
    let totals = [
        ("doc-total", invoice.total(), false),
        ("doc-credited", invoice.credited(), false),
        ("doc-paid", invoice.paid(), false),
        ("doc-balance", invoice.balance(), true),
    ];
    doc.set(
        "totals",
        array(totals.into_iter().map(|(key, amount, strong)| {
            let mut row = Dict::new();
            row.set("label", t(lang, key));
            row.set("value", text.money(&amount));
            row.set("strong", strong);
            row
        })),
    );
    let mut listings = Vec::new();
    if !invoice.credit_notes().is_empty() {
        listings.push(text.credit_listing(document));
    }
    if !invoice.payments().is_empty() {
        listings.push(text.payment_listing(document));
    }
    doc.set("listings", array(listings));
    let currency = Args::new().str("currency", text.isolate(invoice.currency().as_str()));
    let quote = Args::new().str("number", text.isolate(&number));
    doc.set(
        "closing",
        array([
            t_args(lang, "doc-amounts-in", &currency),
            t_args(lang, "doc-quote-number", &quote),
        ]),
    );
    doc
}

/// The template's data for a credit note.
pub(crate) fn credit_note(document: &CreditNoteDocument, lang: Lang) -> Dict {
    let text = Text { lang };
    let note = &document.note;
    let invoice = &document.invoice.invoice;
    let number = note.number.to_string();
    let invoice_number = invoice.number().to_string();
    let mut doc = text.common(
        &document.invoice,
        &t(lang, "doc-credit-note-title"),
        &number,
    );
    doc.set(
        "title",
        t_args(
            lang,
            "doc-credit-note-heading",
            &Args::new().str("number", &number),
        ),
    );
    doc.set("party", text.party(&document.invoice, ""));
    let facts = vec![
        text.pair("doc-credit-note-number", text.isolate(&number)),
        text.pair(
            "doc-issue-date",
            text.isolate(&date_short(lang, local(note.issued_at).date())),
        ),
        text.pair("doc-credits-invoice", text.isolate(&invoice_number)),
        text.pair(
            "doc-invoice-date",
            text.isolate(&date_short(lang, local(invoice.issued_at()).date())),
        ),
        text.pair("doc-invoice-total", text.money(&invoice.total())),
    ];
    doc.set("facts", array(facts));
    let mut credit = Dict::new();
    credit.set("amount-label", t(lang, "doc-credit-amount"));
    credit.set("amount", text.money(&note.amount));
    let unit = match &note.unit {
        Some(unit) => text.unit_name(&document.invoice, unit),
        None => t(lang, "doc-credit-pro-rata"),
    };
    credit.set(
        "rows",
        array([
            text.pair("doc-credit-reason", text.isolate(note.reason.as_str())),
            text.pair("doc-credit-unit", unit),
        ]),
    );
    let args = Args::new()
        .str("number", text.isolate(&invoice_number))
        .str("amount", text.money(&note.amount));
    credit.set("text", t_args(lang, "doc-credit-note-text", &args));
    doc.set("credit", credit);
    let currency = Args::new().str("currency", text.isolate(invoice.currency().as_str()));
    doc.set(
        "closing",
        array([t_args(lang, "doc-amounts-in", &currency)]),
    );
    doc
}

/// Words and formats of one language.
struct Text {
    lang: Lang,
}

impl Text {
    /// What every document has: language, venue, heading, event and footer.
    fn common(&self, document: &InvoiceDocument, heading: &str, number: &str) -> Dict {
        let lang = self.lang;
        let mut doc = Dict::new();
        doc.set("lang", lang.tag());
        doc.set(
            "region",
            match lang {
                Lang::Zh => "cn".into_value(),
                _ => Value::None,
            },
        );
        let mut venue = Dict::new();
        venue.set("name", t(lang, "doc-venue-name"));
        venue.set("office", t(lang, "doc-venue-office"));
        venue.set("address", t(lang, "doc-venue-address"));
        doc.set("venue", venue);
        doc.set("heading", heading);
        doc.set("number", self.isolate(number));
        doc.set("event", self.event(document));
        let mut footer = Dict::new();
        let page = Args::new().str("page", PAGE_MARK).str("pages", PAGES_MARK);
        footer.set("page", t_args(lang, "doc-page", &page));
        footer.set(
            "note",
            format!("{} · {}", t(lang, "doc-venue-name"), self.isolate(number)),
        );
        doc.set("footer", footer);
        doc
    }

    /// The billed mission, with a note under it.
    fn party(&self, document: &InvoiceDocument, note: &str) -> Dict {
        let code = document.invoice.mission().to_string();
        let name = document
            .mission_name
            .as_ref()
            .map_or_else(|| code.clone(), |name| self.name(name));
        let mut party = Dict::new();
        party.set("label", t(self.lang, "doc-billed-to"));
        party.set(
            "name",
            t_args(
                self.lang,
                "doc-mission",
                &Args::new()
                    .str("name", name)
                    .str("code", self.isolate(&code)),
            ),
        );
        party.set("note", note);
        party
    }

    /// The event's reference, title, date, time and room.
    fn event(&self, document: &InvoiceDocument) -> Dict {
        let lang = self.lang;
        let mut event = Dict::new();
        event.set("label", t(lang, "doc-event"));
        let mut rows = Vec::new();
        if let Some(facts) = &document.event {
            let start = facts.slot.start();
            let end = facts.slot.end();
            rows.push(self.pair(
                "doc-event-reference",
                self.isolate(&facts.reference.to_string()),
            ));
            rows.push(self.pair("doc-event-title", self.isolate(&facts.title)));
            rows.push(self.pair(
                "doc-event-date",
                self.isolate(&date(lang, local(start).date())),
            ));
            let times = format!("{}–{} {}", time(lang, start), time(lang, end), zone(start));
            rows.push(self.pair("doc-event-time", self.isolate(&times)));
            let room = match &facts.room {
                Some(room) => match &room.name {
                    Some(name) => {
                        format!("{} ({})", self.name(name), self.isolate(room.code.as_str()))
                    }
                    None => self.isolate(room.code.as_str()),
                },
                None => t(lang, "doc-no-room"),
            };
            rows.push(self.pair("doc-event-room", room));
        } else {
            let request = document.invoice.event_request().to_string();
            rows.push(self.pair("doc-event-reference", self.isolate(&request)));
        }
        event.set("rows", array(rows));
        event
    }

    /// The lines grouped by unit, in the order units first appear on the invoice.
    fn lines(&self, document: &InvoiceDocument) -> Dict {
        let lang = self.lang;
        let invoice = &document.invoice;
        let subtotals = invoice.subtotals();
        let mut units: Vec<&UnitCode> = Vec::new();
        for line in invoice.lines() {
            if !units.contains(&&line.unit) {
                units.push(&line.unit);
            }
        }
        let groups = units.into_iter().map(|unit| {
            let name = self.unit_name(document, unit);
            let lines = invoice
                .lines()
                .iter()
                .filter(|line| &line.unit == unit)
                .map(|line| self.line(document, line));
            let mut group = Dict::new();
            group.set("unit", name.clone());
            group.set("lines", array(lines));
            group.set(
                "subtotal-label",
                t_args(lang, "doc-subtotal", &Args::new().str("unit", name)),
            );
            let subtotal = subtotals
                .get(unit)
                .copied()
                .unwrap_or_else(|| Money::zero(invoice.currency()));
            group.set("subtotal", self.money(&subtotal));
            group
        });
        let mut lines = Dict::new();
        lines.set("label", t(lang, "doc-lines"));
        lines.set("empty", t(lang, "doc-no-lines"));
        lines.set(
            "columns",
            array(
                [
                    "doc-col-item",
                    "doc-col-quantity",
                    "doc-col-unit-price",
                    "doc-col-rate-version",
                    "doc-col-amount",
                ]
                .map(|key| t(lang, key)),
            ),
        );
        lines.set("groups", array(groups));
        lines
    }

    fn line(&self, document: &InvoiceDocument, line: &BillLine) -> Dict {
        let lang = self.lang;
        let item = document
            .items
            .get(&line.item)
            .map_or_else(|| line.item.to_string(), |name| self.name(name));
        let detail = match line.fee_rate {
            Some(rate) => {
                let percent = decimal(lang, (rate * Decimal::ONE_HUNDRED).normalize());
                t_args(
                    lang,
                    "doc-fee",
                    &Args::new().str("percent", self.isolate(&percent)),
                )
            }
            None => String::new(),
        };
        let mut row = Dict::new();
        row.set("item", item);
        row.set("detail", detail);
        row.set(
            "quantity",
            self.isolate(&decimal(lang, line.quantity.value())),
        );
        row.set("price", self.money(&line.unit_price));
        row.set(
            "version",
            t_args(
                lang,
                "doc-rate-version",
                &Args::new().num("version", i64::from(line.rate_version)),
            ),
        );
        row.set("amount", self.money(&line.amount));
        row
    }

    /// The credit notes under an invoice's totals.
    fn credit_listing(&self, document: &InvoiceDocument) -> Dict {
        let lang = self.lang;
        let rows = document
            .invoice
            .credit_notes()
            .iter()
            .map(|note: &CreditNote| {
                let unit = match &note.unit {
                    Some(unit) => self.unit_name(document, unit),
                    None => t(lang, "doc-pro-rata"),
                };
                array([
                    self.isolate(&note.number.to_string()),
                    self.isolate(&date_short(lang, local(note.issued_at).date())),
                    unit,
                    self.isolate(note.reason.as_str()),
                    self.money(&note.amount),
                ])
            });
        listing(
            t(lang, "doc-credit-notes"),
            [
                ("doc-col-number", "auto", "start"),
                ("doc-col-date", "auto", "start"),
                ("doc-col-credited-to", "auto", "start"),
                ("doc-col-reason", "fill", "start"),
                ("doc-col-amount", "auto", "end"),
            ]
            .map(|(key, width, align)| (t(lang, key), width, align)),
            rows,
        )
    }

    /// The payments under an invoice's totals.
    fn payment_listing(&self, document: &InvoiceDocument) -> Dict {
        let lang = self.lang;
        let rows = document.invoice.payments().iter().map(|payment| {
            array([
                self.isolate(&date_short(lang, local(payment.received_at).date())),
                self.isolate(&payment.reference.to_string()),
                self.money(&payment.amount),
            ])
        });
        listing(
            t(lang, "doc-payments"),
            [
                ("doc-col-date", "auto", "start"),
                ("doc-col-payment-reference", "fill", "start"),
                ("doc-col-amount", "auto", "end"),
            ]
            .map(|(key, width, align)| (t(lang, key), width, align)),
            rows,
        )
    }

    fn unit_name(&self, document: &InvoiceDocument, unit: &UnitCode) -> String {
        document
            .units
            .get(unit)
            .map_or_else(|| unit.to_string(), |name| self.name(name))
    }

    /// A name in the language (English when it has none), isolated like any value: a name
    /// left in English keeps its order in Arabic text.
    fn name(&self, name: &LocalizedText) -> String {
        self.isolate(name.get(self.lang))
    }

    fn money(&self, amount: &Money) -> String {
        self.isolate(&money(self.lang, amount))
    }

    /// A label (a Fluent key) with its value.
    fn pair(&self, key: &str, value: String) -> Value {
        array([t(self.lang, key), value]).into_value()
    }

    /// `value` kept in one piece inside right-to-left text; as it is in other languages.
    fn isolate(&self, value: &str) -> String {
        if self.lang.is_rtl() {
            format!("\u{2068}{value}\u{2069}")
        } else {
            value.to_string()
        }
    }
}

/// A table under the totals: its title, its columns (name, width, alignment) and rows.
fn listing<const N: usize>(
    label: String,
    columns: [(String, &str, &str); N],
    rows: impl IntoIterator<Item = Array>,
) -> Dict {
    let mut list = Dict::new();
    list.set("label", label);
    list.set(
        "names",
        array(columns.iter().map(|column| column.0.clone())),
    );
    list.set("widths", array(columns.iter().map(|column| column.1)));
    list.set("align", array(columns.iter().map(|column| column.2)));
    list.set("rows", array(rows));
    list
}

fn array<T: IntoValue>(values: impl IntoIterator<Item = T>) -> Array {
    values.into_iter().map(IntoValue::into_value).collect()
}

/// Setting a key of a dictionary of the template's data.
trait Set {
    fn set(&mut self, key: &str, value: impl IntoValue);
}

impl Set for Dict {
    fn set(&mut self, key: &str, value: impl IntoValue) {
        self.insert(Str::from(key), value.into_value());
    }
}
