//! `/admin/rate-card`: the catalog items with their current price; an item's page lists every
//! version of its price (price, in force from, version) with the form to change it at an
//! effective time (at once, or a New York date and time), and its names (six languages) and
//! lead time. A new item is added with its first price. Lines keep the price they were
//! confirmed at; a later estimate uses the price in force.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::{AppError, AppResult};
use convene_domain::item::PricingBasis;
use convene_domain::rate_card::{CatalogItem, RateCard, RateCardCommand};
use convene_domain::values::Lang;
use convene_domain::{ItemCode, Money, UnitCode};
use convene_i18n::{Args, t, t_page};
use convene_store::streams;
use jiff::Timestamp;

use super::{Choice, NAME_FIELDS, NameField, NamesForm, SavedQuery, admin_principal, answer};
use crate::errors::{Failure, urlencode};
use crate::form::Posted;
use crate::page::Page;
use crate::session::Ctx;
use crate::unit::parse_amount;
use crate::view::{self, Errors};

const BASES: [PricingBasis; 4] = [
    PricingBasis::PerPerson,
    PricingBasis::PerHour,
    PricingBasis::PerEvent,
    PricingBasis::PerItem,
];

fn basis_label(lang: Lang, basis: PricingBasis) -> String {
    t(
        lang,
        &format!("basis-{}", basis.as_str().to_ascii_lowercase()),
    )
}

struct ItemRow {
    code: String,
    name: String,
    unit: String,
    basis: String,
    price: String,
    currency: String,
    version: u32,
    /// A price scheduled after the current one, in words; empty when none.
    next: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_rate_card.html", whitespace = "minimize")]
struct RateCardPage {
    page: Page,
    items: Vec<ItemRow>,
    form: AddForm,
    units: Vec<Choice>,
    bases: Vec<Choice>,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

struct VersionRow {
    version: u32,
    price: String,
    from: String,
    /// `current`, `scheduled` or `past`.
    state: &'static str,
    state_label: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_item.html", whitespace = "minimize")]
struct ItemPage {
    page: Page,
    code: String,
    name: String,
    unit: String,
    basis: String,
    currency: String,
    versions: Vec<VersionRow>,
    price_form: PriceForm,
    lead_time: String,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

/// A new item as posted.
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct AddForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    basis: String,
    #[serde(default)]
    price: String,
    #[serde(default)]
    lead_time: String,
    #[serde(flatten)]
    names: NamesForm,
}

/// A price change as posted: the price, and when it takes effect (`now`, or `at` the date
/// and time given in New York time).
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct PriceForm {
    #[serde(default)]
    price: String,
    #[serde(default)]
    when: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
}

impl PriceForm {
    fn at_once(&self) -> bool {
        self.when != "at"
    }
}

/// An item's names and lead time as posted.
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct ItemForm {
    #[serde(default)]
    lead_time: String,
    #[serde(flatten)]
    names: NamesForm,
}

const ADD_FIELDS: &[(&str, &str)] = &[
    ("code", "item-code"),
    ("itemCode", "item-code"),
    ("unitCode", "item-unit"),
    ("price", "item-price"),
    ("leadTimeDays", "item-lead-time"),
];

const PRICE_FIELDS: &[(&str, &str)] = &[("price", "price"), ("effectiveAt", "effective-date")];

const ITEM_FIELDS: &[(&str, &str)] = &[("leadTimeDays", "lead-time")];

fn with_names(fields: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    fields.iter().chain(NAME_FIELDS).copied().collect()
}

/// A lead time as typed: a whole number of days (the rate card checks its range).
fn parse_lead_time(lang: Lang, text: &str, field: &str, errors: &mut Errors) -> Option<u32> {
    let days = text.trim().parse::<u32>().ok();
    if days.is_none() {
        errors.push(field, "VALIDATION", t(lang, "admin-invalid-lead-time"));
    }
    days
}

fn price_in_words(lang: Lang, money: &Money) -> String {
    convene_i18n::money(lang, money)
}

fn item_row(app: &convene_app::App, lang: Lang, item: &CatalogItem, now: Timestamp) -> ItemRow {
    let current = item.price_at(now);
    let latest = item.latest_price();
    let next = if latest.effective_at > now {
        t_page(
            lang,
            "admin-price-next",
            &Args::new()
                .str("price", price_in_words(lang, &latest.price))
                .str("from", convene_i18n::datetime(lang, latest.effective_at)),
        )
    } else {
        String::new()
    };
    ItemRow {
        code: item.code.to_string(),
        name: item.name.get(lang).to_string(),
        unit: view::unit_name(app, lang, &item.unit),
        basis: basis_label(lang, item.pricing),
        price: price_in_words(lang, &current.price),
        currency: current.price.currency().as_str().to_string(),
        version: current.version,
        next,
    }
}

/// `GET /admin/rate-card`: every item with the price in force now, and the form to add one.
pub(crate) async fn list(ctx: Ctx, Query(query): Query<SavedQuery>) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    list_response(&ctx, AddForm::default(), Errors::default(), query.saved())
}

fn list_response(
    ctx: &Ctx,
    form: AddForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let now = app.now();
    let (items, units) = {
        let venue = app.venue();
        let items: Vec<ItemRow> = venue
            .rate_card
            .items()
            .map(|item| item_row(app, lang, item, now))
            .collect();
        let units: Vec<Choice> = venue
            .directory
            .units()
            .map(|unit| Choice {
                value: unit.code.to_string(),
                label: unit.name.get(lang).to_string(),
                selected: unit.code.as_str() == form.unit,
            })
            .collect();
        (items, units)
    };
    let page = RateCardPage {
        page: Page::new(ctx, "admin-rate-card-title"),
        items,
        units,
        bases: BASES
            .iter()
            .map(|basis| Choice {
                value: basis.as_str().to_string(),
                label: basis_label(lang, *basis),
                selected: basis.as_str() == form.basis,
            })
            .collect(),
        names: form.names.fields(&errors),
        form,
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// `POST /admin/rate-card`: adds an item with its first price, in force at once.
pub(crate) async fn add(Posted { ctx, form }: Posted<AddForm>) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let lang = ctx.lang;
    let app = &ctx.state.app;
    let fields = with_names(ADD_FIELDS);
    let mut errors = Errors::default();
    let refuse = |errors: &mut Errors, input: &str, error: convene_domain::ValueError| {
        errors.push_user(
            lang,
            &convene_app::error::rejected(error).on_field(input),
            &fields,
        );
    };
    let code = ItemCode::parse(form.code.trim())
        .map_err(|e| refuse(&mut errors, "code", e))
        .ok();
    let unit = UnitCode::parse(form.unit.trim())
        .map_err(|e| refuse(&mut errors, "unitCode", e))
        .ok();
    let price = parse_amount(lang, &form.price, app.currency())
        .map_err(|e| refuse(&mut errors, "price", e))
        .ok();
    let basis = BASES
        .into_iter()
        .find(|basis| basis.as_str() == form.basis.trim());
    if basis.is_none() {
        return Err(Failure::BadRequest);
    }
    let lead_time = parse_lead_time(lang, &form.lead_time, "item-lead-time", &mut errors);
    let name = form.names.parse(lang, &mut errors);
    let (Some(code), Some(unit), Some(price), Some(pricing), Some(lead_time_days), Some(name)) =
        (code, unit, price, basis, lead_time, name)
    else {
        return list_response(&ctx, form, errors, false);
    };
    let known_units = app.venue().directory.unit_codes();
    let result = app
        .administer::<RateCard>(&principal, streams::rate_card(), |now| {
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
        .await;
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/rate-card/{}?saved=1",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(lang, error, &fields)?;
            list_response(&ctx, form, errors, false)
        }
    }
}

fn parse_code(text: &str) -> Result<ItemCode, Failure> {
    ItemCode::parse(text).map_err(|_| Failure::NotFound)
}

/// `GET /admin/rate-card/{code}`: the item, every version of its price, and its forms.
pub(crate) async fn item_page(
    ctx: Ctx,
    Path(code): Path<String>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    let code = parse_code(&code)?;
    let form = {
        let venue = ctx.state.app.venue();
        let item = venue.rate_card.item(&code).ok_or(Failure::NotFound)?;
        ItemForm {
            lead_time: item.lead_time_days.to_string(),
            names: NamesForm::of(&item.name),
        }
    };
    item_response(
        &ctx,
        &code,
        PriceForm::default(),
        form,
        Errors::default(),
        query.saved(),
    )
}

fn item_response(
    ctx: &Ctx,
    code: &ItemCode,
    price_form: PriceForm,
    form: ItemForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let app = &ctx.state.app;
    let lang = ctx.lang;
    let now = app.now();
    let item = app
        .venue()
        .rate_card
        .item(code)
        .cloned()
        .ok_or(Failure::NotFound)?;
    let current = item.price_at(now).version;
    let mut versions: Vec<VersionRow> = item
        .prices()
        .map(|version| {
            let state = if version.version == current {
                "current"
            } else if version.effective_at > now {
                "scheduled"
            } else {
                "past"
            };
            VersionRow {
                version: version.version,
                price: price_in_words(lang, &version.price),
                from: convene_i18n::datetime(lang, version.effective_at),
                state,
                state_label: t(lang, &format!("admin-price-{state}")),
            }
        })
        .collect();
    versions.reverse();
    let page = ItemPage {
        // The window title names the item in the visitor's language, not by its code.
        page: Page::new(ctx, "admin-item-title").with_extra(item.name.get(lang)),
        code: code.to_string(),
        name: item.name.get(lang).to_string(),
        unit: view::unit_name(app, lang, &item.unit),
        basis: basis_label(lang, item.pricing),
        currency: item.latest_price().price.currency().as_str().to_string(),
        versions,
        price_form,
        lead_time: form.lead_time.clone(),
        names: form.names.fields(&errors),
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// The item's names and lead time as they are now, for a page that answers another form.
fn current_form(ctx: &Ctx, code: &ItemCode) -> Result<ItemForm, Failure> {
    let venue = ctx.state.app.venue();
    let item = venue.rate_card.item(code).ok_or(Failure::NotFound)?;
    Ok(ItemForm {
        lead_time: item.lead_time_days.to_string(),
        names: NamesForm::of(&item.name),
    })
}

/// When a price change takes effect, or the refusal of the date or time typed.
fn effective_at(lang: Lang, form: &PriceForm, errors: &mut Errors) -> Option<Option<Timestamp>> {
    if form.at_once() {
        return Some(None);
    }
    let date = crate::mission::parse_date(&form.date);
    if date.is_none() {
        errors.push("effective-date", "VALIDATION", t(lang, "form-invalid-date"));
    }
    let time = crate::mission::parse_time(&form.time);
    if time.is_none() {
        errors.push("effective-time", "VALIDATION", t(lang, "form-invalid-time"));
    }
    let at = crate::mission::venue_instant(date?, time?);
    if at.is_none() {
        errors.push("effective-time", "VALIDATION", t(lang, "form-invalid-time"));
    }
    at.map(Some)
}

/// `POST /admin/rate-card/{code}/price`: a new version of the price, in force at once or from
/// the time given (never in the past, never before the latest version).
pub(crate) async fn change_price(
    Path(code): Path<String>,
    Posted { ctx, form }: Posted<PriceForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let code = parse_code(&code)?;
    let item_form = current_form(&ctx, &code)?;
    let lang = ctx.lang;
    let app = &ctx.state.app;
    let mut errors = Errors::default();
    let price = match parse_amount(lang, &form.price, app.currency()) {
        Ok(price) => Some(price),
        Err(error) => {
            errors.push_user(
                lang,
                &convene_app::error::rejected(error).on_field("price"),
                PRICE_FIELDS,
            );
            None
        }
    };
    let at = effective_at(lang, &form, &mut errors);
    let (Some(price), Some(at)) = (price, at) else {
        return item_response(&ctx, &code, form, item_form, errors, false);
    };
    let result = app
        .administer::<RateCard>(&principal, streams::rate_card(), |now| {
            RateCardCommand::ChangePrice {
                code: code.clone(),
                price,
                effective_at: at.unwrap_or(now),
                now,
            }
        })
        .await;
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/rate-card/{}?saved=1#versions-heading",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(lang, error, PRICE_FIELDS)?;
            item_response(&ctx, &code, form, item_form, errors, false)
        }
    }
}

/// `POST /admin/rate-card/{code}`: the item's names and lead time; what did not change
/// records nothing.
pub(crate) async fn edit(
    Path(code): Path<String>,
    Posted { ctx, form }: Posted<ItemForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let code = parse_code(&code)?;
    current_form(&ctx, &code)?;
    let lang = ctx.lang;
    let app = &ctx.state.app;
    let mut errors = Errors::default();
    let lead_time = parse_lead_time(lang, &form.lead_time, "lead-time", &mut errors);
    let name = form.names.parse(lang, &mut errors);
    let (Some(lead_time_days), Some(name)) = (lead_time, name) else {
        return item_response(&ctx, &code, PriceForm::default(), form, errors, false);
    };
    let renamed: AppResult<()> = super::unchanged_is_saved(
        app.administer::<RateCard>(&principal, streams::rate_card(), |_| {
            RateCardCommand::RenameItem {
                code: code.clone(),
                name: name.clone(),
            }
        })
        .await,
    );
    let result = match renamed {
        Ok(()) => super::unchanged_is_saved(
            app.administer::<RateCard>(&principal, streams::rate_card(), |_| {
                RateCardCommand::ChangeLeadTime {
                    code: code.clone(),
                    lead_time_days,
                }
            })
            .await,
        ),
        Err(error) => Err(error),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/rate-card/{}?saved=1",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error @ AppError::User(_)) => {
            let errors = crate::mission::refusal(lang, error, &with_names(ITEM_FIELDS))?;
            item_response(&ctx, &code, PriceForm::default(), form, errors, false)
        }
        Err(other) => Err(other.into()),
    }
}
