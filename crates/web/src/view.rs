//! View models: what a template shows, already in the visitor's language. They are built
//! from what the application returns (requests, bills, invoices, history); money is never
//! computed here, only written out.

use std::collections::BTreeMap;

use convene_app::{App, HistoryEntry, RequestView, UserError};
use convene_domain::billing::Bill;
use convene_domain::request::{LineStatus, Request, RequestStatus};
use convene_domain::values::Lang;
use convene_domain::{BillLine, ItemCode, RoomCode, UnitCode};
use convene_i18n::{Args, t, t_page};

/// A short status code and its words.
#[derive(Debug, Clone)]
pub(crate) struct Status {
    /// The contract's name (`APPROVED`), for tests and styling.
    pub(crate) code: &'static str,
    pub(crate) label: String,
}

pub(crate) fn request_status(lang: Lang, status: RequestStatus) -> Status {
    let code = status.as_str();
    Status {
        code,
        label: t(
            lang,
            &format!("request-status-{}", code.to_ascii_lowercase()),
        ),
    }
}

pub(crate) fn line_status(lang: Lang, status: LineStatus) -> Status {
    let code = status.as_str();
    Status {
        code,
        label: t(lang, &format!("line-status-{}", code.to_ascii_lowercase())),
    }
}

/// A unit's name in `lang` (its code when unknown).
pub(crate) fn unit_name(app: &App, lang: Lang, unit: &UnitCode) -> String {
    app.venue()
        .directory
        .unit(unit)
        .map_or_else(|| unit.to_string(), |u| u.name.get(lang).to_string())
}

/// An item's name in `lang` (its code when unknown).
pub(crate) fn item_name(app: &App, lang: Lang, item: &ItemCode) -> String {
    app.venue()
        .rate_card
        .item(item)
        .map_or_else(|| item.to_string(), |i| i.name.get(lang).to_string())
}

/// A room's name in `lang` with its code.
pub(crate) fn room_name(app: &App, lang: Lang, room: &RoomCode) -> String {
    app.venue().rooms.room(room).map_or_else(
        || room.to_string(),
        |r| format!("{} ({})", r.name.get(lang), room),
    )
}

/// One line of a bill.
#[derive(Debug, Clone)]
pub(crate) struct BillLineView {
    pub(crate) item: String,
    pub(crate) quantity: String,
    pub(crate) unit_price: String,
    pub(crate) rate_version: u32,
    pub(crate) fee: String,
    pub(crate) amount: String,
}

/// A unit's lines of a bill with its subtotal.
#[derive(Debug, Clone)]
pub(crate) struct BillGroup {
    pub(crate) unit: String,
    pub(crate) lines: Vec<BillLineView>,
    pub(crate) subtotal: String,
}

/// A bill grouped by unit.
#[derive(Debug, Clone)]
pub(crate) struct BillView {
    pub(crate) groups: Vec<BillGroup>,
    pub(crate) total: String,
    pub(crate) empty: bool,
}

/// Groups bill lines by unit, with the given subtotals and total.
pub(crate) fn bill_view(
    app: &App,
    lang: Lang,
    lines: &[BillLine],
    subtotals: &BTreeMap<UnitCode, convene_domain::Money>,
    total: &convene_domain::Money,
) -> BillView {
    let groups = subtotals
        .iter()
        .map(|(unit, subtotal)| BillGroup {
            unit: unit_name(app, lang, unit),
            lines: lines
                .iter()
                .filter(|line| line.unit == *unit)
                .map(|line| BillLineView {
                    item: item_name(app, lang, &line.item),
                    quantity: convene_i18n::decimal(lang, line.quantity.value()),
                    unit_price: convene_i18n::money(lang, &line.unit_price),
                    rate_version: line.rate_version,
                    fee: line.fee_rate.map_or_else(String::new, |rate| {
                        let percent = (rate * rust_decimal::Decimal::ONE_HUNDRED).normalize();
                        t_page(
                            lang,
                            "bill-fee",
                            &Args::new().str("percent", convene_i18n::decimal(lang, percent)),
                        )
                    }),
                    amount: convene_i18n::money(lang, &line.amount),
                })
                .collect(),
            subtotal: convene_i18n::money(lang, subtotal),
        })
        .collect();
    BillView {
        groups,
        total: convene_i18n::money(lang, total),
        empty: lines.is_empty(),
    }
}

/// A request's estimate, grouped by unit.
pub(crate) fn estimate_view(app: &App, lang: Lang, bill: &Bill) -> BillView {
    bill_view(app, lang, &bill.lines, &bill.subtotals, &bill.total)
}

/// A service line as the request page shows it.
#[derive(Debug, Clone)]
pub(crate) struct LineRow {
    pub(crate) id: String,
    pub(crate) unit: String,
    pub(crate) item: String,
    pub(crate) quantity: String,
    pub(crate) delivered: String,
    pub(crate) status: Status,
    /// The confirmed price, or the rate-card price it was requested at.
    pub(crate) price: String,
    pub(crate) confirmed: bool,
    pub(crate) note: String,
    pub(crate) unit_note: String,
    pub(crate) reason: String,
    pub(crate) open: bool,
}

pub(crate) fn line_rows(app: &App, lang: Lang, request: &Request) -> Vec<LineRow> {
    request
        .lines
        .iter()
        .map(|line| {
            let confirmed = line.confirmed_price().cloned();
            LineRow {
                id: line.id.to_string(),
                unit: unit_name(app, lang, line.unit()),
                item: item_name(app, lang, &line.item.code),
                quantity: convene_i18n::decimal(lang, line.quantity.value()),
                delivered: line
                    .delivered_quantity
                    .map(|q| convene_i18n::decimal(lang, q.value()))
                    .unwrap_or_default(),
                status: line_status(lang, line.status),
                price: convene_i18n::money(
                    lang,
                    confirmed.as_ref().unwrap_or(&line.item.unit_price),
                ),
                confirmed: confirmed.is_some(),
                note: line.note.as_str().to_string(),
                unit_note: line
                    .confirmation
                    .as_ref()
                    .map(|c| c.note.as_str().to_string())
                    .unwrap_or_default(),
                reason: line
                    .reason
                    .as_ref()
                    .map(|r| r.as_str().to_string())
                    .unwrap_or_default(),
                open: line.is_open(),
            }
        })
        .collect()
}

/// A request in a list.
#[derive(Debug, Clone)]
pub(crate) struct RequestRow {
    pub(crate) id: String,
    pub(crate) reference: String,
    pub(crate) title: String,
    pub(crate) mission: String,
    pub(crate) when: String,
    pub(crate) attendance: String,
    pub(crate) room: String,
    pub(crate) status: Status,
}

pub(crate) fn request_row(app: &App, lang: Lang, view: &RequestView) -> RequestRow {
    let request = &view.request;
    let room = request
        .room
        .as_ref()
        .or(request.preferred_room.as_ref())
        .map(|room| room_name(app, lang, room))
        .unwrap_or_default();
    RequestRow {
        id: request.id.to_string(),
        reference: request.reference.as_str().to_string(),
        title: request.title.as_str().to_string(),
        mission: request.mission.to_string(),
        when: crate::page::slot_text(lang, &request.slot),
        attendance: convene_i18n::integer(lang, i64::from(request.attendance.get())),
        room,
        status: request_status(lang, request.status),
    }
}

/// One entry of a request's history in words.
#[derive(Debug, Clone)]
pub(crate) struct HistoryRow {
    pub(crate) at: String,
    pub(crate) what: String,
    pub(crate) who: String,
}

pub(crate) fn history_rows(app: &App, lang: Lang, entries: &[HistoryEntry]) -> Vec<HistoryRow> {
    entries
        .iter()
        .rev()
        .map(|entry| {
            let key = format!("event-{}", entry.event_type);
            let what = if convene_i18n::has(lang, &key) {
                t(lang, &key)
            } else {
                entry.event_type.clone()
            };
            HistoryRow {
                at: convene_i18n::datetime(lang, entry.at),
                what,
                who: actor_words(app, lang, &entry.actor),
            }
        })
        .collect()
}

/// An event's actor (`mission:FRA`, `unit:CATERING`, `focal-point` …) in words: a unit by
/// its name in the visitor's language, as the header names it.
fn actor_words(app: &App, lang: Lang, actor: &str) -> String {
    match actor.split_once(':') {
        Some(("mission", code)) => t_page(lang, "who-mission", &Args::new().str("mission", code)),
        Some(("unit", code)) => {
            let name = UnitCode::parse(code)
                .map_or_else(|_| code.to_string(), |unit| unit_name(app, lang, &unit));
            t_page(lang, "who-unit", &Args::new().str("unit", name))
        }
        _ => match actor {
            "focal-point" => t(lang, "who-focal-point"),
            "finance" => t(lang, "who-finance"),
            "admin" => t(lang, "who-admin"),
            "system" => t(lang, "who-system"),
            other => other.to_string(),
        },
    }
}

/// A refusal shown next to a form field (or above the form when it concerns no field).
#[derive(Debug, Clone)]
pub(crate) struct FieldError {
    /// The form field's id, empty when the refusal is about the form as a whole.
    pub(crate) field: String,
    /// The stable rule code (`LEAD_TIME`).
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

/// The errors of a form.
#[derive(Debug, Clone, Default)]
pub(crate) struct Errors {
    pub(crate) list: Vec<FieldError>,
}

impl Errors {
    /// A refusal from the application, placed on the form field `fields` maps its input to.
    pub(crate) fn from_user(lang: Lang, error: &UserError, fields: &[(&str, &str)]) -> Errors {
        let mut errors = Errors::default();
        errors.push_user(lang, error, fields);
        errors
    }

    pub(crate) fn push_user(&mut self, lang: Lang, error: &UserError, fields: &[(&str, &str)]) {
        let field = error
            .field
            .as_deref()
            .and_then(|input| fields.iter().find(|(name, _)| *name == input))
            .map(|(_, id)| id.to_string())
            .unwrap_or_default();
        self.list.push(FieldError {
            field,
            code: error.code.as_str(),
            message: convene_i18n::rule_message(error.code.as_str(), lang, &error.params),
        });
    }

    /// A message of our own on a field (input no rule saw, e.g. an unreadable date).
    pub(crate) fn push(&mut self, field: &str, code: &'static str, message: String) {
        self.list.push(FieldError {
            field: field.to_string(),
            code,
            message,
        });
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The message for a field, empty when it has none.
    pub(crate) fn on(&self, field: &str) -> String {
        self.list
            .iter()
            .filter(|error| error.field == field)
            .map(|error| error.message.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether a field has an error.
    pub(crate) fn has(&self, field: &str) -> bool {
        self.list.iter().any(|error| error.field == field)
    }
}
