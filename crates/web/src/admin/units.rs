//! `/admin/units`: the facility units with their contacts; a unit added, or its names (six
//! languages on one form) and its contact changed.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::{AppError, AppResult};
use convene_domain::UnitCode;
use convene_domain::directory::{Directory, DirectoryCommand, Unit};
use convene_domain::values::{Contact, Email, Lang, LocalizedText, Name, Phone};
use convene_store::streams;

use super::{NAME_FIELDS, NameField, NamesForm, SavedQuery, admin_principal, answer};
use crate::errors::{Failure, urlencode};
use crate::form::Posted;
use crate::page::Page;
use crate::session::Ctx;
use crate::view::Errors;

struct UnitRow {
    code: String,
    name: String,
    contact: String,
    email: String,
    phone: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_units.html", whitespace = "minimize")]
struct UnitsPage {
    page: Page,
    units: Vec<UnitRow>,
    form: UnitForm,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_unit.html", whitespace = "minimize")]
struct UnitPage {
    page: Page,
    code: String,
    form: UnitForm,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

/// The unit form as posted (the code only when adding).
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct UnitForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    contact_phone: String,
    #[serde(flatten)]
    names: NamesForm,
}

const FIELDS: &[(&str, &str)] = &[
    ("code", "unit-code"),
    ("unitCode", "unit-code"),
    ("contactName", "contact-name"),
    ("contactEmail", "contact-email"),
    ("contactPhone", "contact-phone"),
];

fn fields() -> Vec<(&'static str, &'static str)> {
    FIELDS.iter().chain(NAME_FIELDS).copied().collect()
}

/// A contact from three fields (name, e-mail, phone) whose application inputs are
/// `{prefix}Name`, `{prefix}Email`, `{prefix}Phone`, or each refusal on its field.
pub(crate) fn parse_contact(
    lang: Lang,
    name: &str,
    email: &str,
    phone: &str,
    inputs: [&str; 3],
    fields: &[(&str, &str)],
    errors: &mut Errors,
) -> Option<Contact> {
    let mut refuse = |input: &str, error: convene_domain::ValueError| {
        errors.push_user(
            lang,
            &convene_app::error::rejected(error).on_field(input),
            fields,
        );
    };
    let name = Name::parse(name.trim())
        .map_err(|e| refuse(inputs[0], e))
        .ok();
    let email = Email::parse(email.trim())
        .map_err(|e| refuse(inputs[1], e))
        .ok();
    let phone = Phone::parse(phone.trim())
        .map_err(|e| refuse(inputs[2], e))
        .ok();
    Some(Contact {
        name: name?,
        email: email?,
        phone: phone?,
    })
}

fn parse(lang: Lang, form: &UnitForm) -> Result<(LocalizedText, Contact), Errors> {
    let mut errors = Errors::default();
    let contact = parse_contact(
        lang,
        &form.contact_name,
        &form.contact_email,
        &form.contact_phone,
        ["contactName", "contactEmail", "contactPhone"],
        &fields(),
        &mut errors,
    );
    let name = form.names.parse(lang, &mut errors);
    match (name, contact) {
        (Some(name), Some(contact)) if errors.is_empty() => Ok((name, contact)),
        _ => Err(errors),
    }
}

fn form_of(unit: &Unit) -> UnitForm {
    UnitForm {
        code: unit.code.to_string(),
        contact_name: unit.contact.name.as_str().to_string(),
        contact_email: unit.contact.email.as_str().to_string(),
        contact_phone: unit.contact.phone.as_str().to_string(),
        names: NamesForm::of(&unit.name),
    }
}

/// `GET /admin/units`: every unit with its contact, and the form to add one.
pub(crate) async fn list(ctx: Ctx, Query(query): Query<SavedQuery>) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    list_response(&ctx, UnitForm::default(), Errors::default(), query.saved())
}

fn list_response(
    ctx: &Ctx,
    form: UnitForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let lang = ctx.lang;
    let units = ctx
        .state
        .app
        .venue()
        .directory
        .units()
        .map(|unit| UnitRow {
            code: unit.code.to_string(),
            name: unit.name.get(lang).to_string(),
            contact: unit.contact.name.as_str().to_string(),
            email: unit.contact.email.as_str().to_string(),
            phone: unit.contact.phone.as_str().to_string(),
        })
        .collect();
    let page = UnitsPage {
        page: Page::new(ctx, "admin-units-title"),
        units,
        names: form.names.fields(&errors),
        form,
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// `POST /admin/units`: adds a unit with its contact.
pub(crate) async fn add(Posted { ctx, form }: Posted<UnitForm>) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let (name, contact) = match parse(ctx.lang, &form) {
        Ok(parsed) => parsed,
        Err(errors) => return list_response(&ctx, form, errors, false),
    };
    let code = match UnitCode::parse(form.code.trim()) {
        Ok(code) => code,
        Err(error) => {
            let errors =
                crate::mission::refusal(ctx.lang, super::value_refusal(error, "code"), &fields())?;
            return list_response(&ctx, form, errors, false);
        }
    };
    let result = ctx
        .state
        .app
        .administer::<Directory>(&principal, streams::directory(), |_| {
            DirectoryCommand::RegisterUnit {
                code: code.clone(),
                name: name.clone(),
                contact: contact.clone(),
            }
        })
        .await;
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/units?saved=1#unit-{}",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, &fields())?;
            list_response(&ctx, form, errors, false)
        }
    }
}

fn parse_code(text: &str) -> Result<UnitCode, Failure> {
    UnitCode::parse(text).map_err(|_| Failure::NotFound)
}

/// `GET /admin/units/{code}`: the unit's names and contact.
pub(crate) async fn edit_page(
    ctx: Ctx,
    Path(code): Path<String>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    let code = parse_code(&code)?;
    let form = {
        let venue = ctx.state.app.venue();
        form_of(venue.directory.unit(&code).ok_or(Failure::NotFound)?)
    };
    edit_response(&ctx, &code, form, Errors::default(), query.saved())
}

fn edit_response(
    ctx: &Ctx,
    code: &UnitCode,
    form: UnitForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let page = UnitPage {
        // The window title names the unit in the visitor's language, not by its code.
        page: Page::new(ctx, "admin-unit-title").with_extra(crate::view::unit_name(
            &ctx.state.app,
            ctx.lang,
            code,
        )),
        code: code.to_string(),
        names: form.names.fields(&errors),
        form,
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// `POST /admin/units/{code}`: renames the unit and names its contact; what did not change
/// records nothing.
pub(crate) async fn edit(
    Path(code): Path<String>,
    Posted { ctx, form }: Posted<UnitForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let code = parse_code(&code)?;
    if ctx.state.app.venue().directory.unit(&code).is_none() {
        return Err(Failure::NotFound);
    }
    let (name, contact) = match parse(ctx.lang, &form) {
        Ok(parsed) => parsed,
        Err(errors) => return edit_response(&ctx, &code, form, errors, false),
    };
    let app = &ctx.state.app;
    let renamed: AppResult<()> = super::unchanged_is_saved(
        app.administer::<Directory>(&principal, streams::directory(), |_| {
            DirectoryCommand::RenameUnit {
                code: code.clone(),
                name: name.clone(),
            }
        })
        .await,
    );
    let result = match renamed {
        Ok(()) => super::unchanged_is_saved(
            app.administer::<Directory>(&principal, streams::directory(), |_| {
                DirectoryCommand::ChangeUnitContact {
                    code: code.clone(),
                    contact: contact.clone(),
                }
            })
            .await,
        ),
        Err(error) => Err(error),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/units/{}?saved=1",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error @ AppError::User(_)) => {
            let errors = crate::mission::refusal(ctx.lang, error, &fields())?;
            edit_response(&ctx, &code, form, errors, false)
        }
        Err(other) => Err(other.into()),
    }
}
