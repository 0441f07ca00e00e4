//! `/admin/missions` and `/admin/focal-points`: the Permanent Missions (code and names in the
//! six languages) and the focal point desk (name, e-mail, phone), each added, changed, and for
//! the desk removed.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::AppError;
use convene_domain::MissionCode;
use convene_domain::focal_points::{FocalPointCommand, FocalPoints};
use convene_domain::missions::{Mission, MissionCommand, Missions};
use convene_domain::values::Email;
use convene_store::streams;

use super::units::parse_contact;
use super::{NAME_FIELDS, NameField, NamesForm, SavedQuery, admin_principal, answer};
use crate::errors::{Failure, urlencode};
use crate::form::Posted;
use crate::page::Page;
use crate::session::Ctx;
use crate::view::Errors;

// ---------------------------------------------------------------- missions

struct MissionRow {
    code: String,
    name: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_missions.html", whitespace = "minimize")]
struct MissionsPage {
    page: Page,
    missions: Vec<MissionRow>,
    form: MissionForm,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_mission.html", whitespace = "minimize")]
struct MissionPage {
    page: Page,
    code: String,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

/// The mission form as posted (the code only when adding).
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct MissionForm {
    #[serde(default)]
    code: String,
    #[serde(flatten)]
    names: NamesForm,
}

fn mission_fields() -> Vec<(&'static str, &'static str)> {
    [("code", "mission-code"), ("missionCode", "mission-code")]
        .iter()
        .chain(NAME_FIELDS)
        .copied()
        .collect()
}

/// `GET /admin/missions`: every mission, and the form to register one.
pub(crate) async fn missions(
    ctx: Ctx,
    Query(query): Query<SavedQuery>,
) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    missions_response(
        &ctx,
        MissionForm::default(),
        Errors::default(),
        query.saved(),
    )
}

fn missions_response(
    ctx: &Ctx,
    form: MissionForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let lang = ctx.lang;
    let missions = ctx
        .state
        .app
        .venue()
        .missions
        .missions()
        .map(|mission: &Mission| MissionRow {
            code: mission.code.to_string(),
            name: mission.name.get(lang).to_string(),
        })
        .collect();
    let page = MissionsPage {
        page: Page::new(ctx, "admin-missions-title"),
        missions,
        names: form.names.fields(&errors),
        form,
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// `POST /admin/missions`: registers a mission.
pub(crate) async fn add_mission(
    Posted { ctx, form }: Posted<MissionForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let mut errors = Errors::default();
    let code = match MissionCode::parse(form.code.trim()) {
        Ok(code) => Some(code),
        Err(error) => {
            errors.push_user(
                ctx.lang,
                &convene_app::error::rejected(error).on_field("code"),
                &mission_fields(),
            );
            None
        }
    };
    let name = form.names.parse(ctx.lang, &mut errors);
    let (Some(code), Some(name)) = (code, name) else {
        return missions_response(&ctx, form, errors, false);
    };
    let result = ctx
        .state
        .app
        .administer::<Missions>(&principal, streams::missions(), |_| {
            MissionCommand::RegisterMission {
                code: code.clone(),
                name: name.clone(),
            }
        })
        .await;
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/missions?saved=1#mission-{}",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, &mission_fields())?;
            missions_response(&ctx, form, errors, false)
        }
    }
}

fn parse_mission(text: &str) -> Result<MissionCode, Failure> {
    MissionCode::parse(text).map_err(|_| Failure::NotFound)
}

/// `GET /admin/missions/{code}`: the mission's names.
pub(crate) async fn mission_page(
    ctx: Ctx,
    Path(code): Path<String>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    let code = parse_mission(&code)?;
    let names = {
        let venue = ctx.state.app.venue();
        NamesForm::of(&venue.missions.mission(&code).ok_or(Failure::NotFound)?.name)
    };
    mission_response(&ctx, &code, &names, Errors::default(), query.saved())
}

fn mission_response(
    ctx: &Ctx,
    code: &MissionCode,
    names: &NamesForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let page = MissionPage {
        // The window title names the object in the visitor's language, not by its code.
        page: Page::new(ctx, "admin-mission-title").with_extra(
            ctx.state
                .app
                .venue()
                .missions
                .mission(code)
                .map(|mission| mission.name.get(ctx.lang).to_string())
                .unwrap_or_default(),
        ),
        code: code.to_string(),
        names: names.fields(&errors),
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// `POST /admin/missions/{code}`: renames the mission.
pub(crate) async fn rename_mission(
    Path(code): Path<String>,
    Posted { ctx, form }: Posted<MissionForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let code = parse_mission(&code)?;
    if ctx.state.app.venue().missions.mission(&code).is_none() {
        return Err(Failure::NotFound);
    }
    let mut errors = Errors::default();
    let Some(name) = form.names.parse(ctx.lang, &mut errors) else {
        return mission_response(&ctx, &code, &form.names, errors, false);
    };
    let result = ctx
        .state
        .app
        .administer::<Missions>(&principal, streams::missions(), |_| {
            MissionCommand::RenameMission {
                code: code.clone(),
                name: name.clone(),
            }
        })
        .await;
    match super::unchanged_is_saved(result) {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/missions/{}?saved=1",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, &mission_fields())?;
            mission_response(&ctx, &code, &form.names, errors, false)
        }
    }
}

// ---------------------------------------------------------------- the focal point desk

struct PersonRow {
    name: String,
    email: String,
    phone: String,
    /// The edit page's address.
    href: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_focal_points.html", whitespace = "minimize")]
struct FocalPointsPage {
    page: Page,
    people: Vec<PersonRow>,
    form: PersonForm,
    errors: Errors,
    saved: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_focal_point.html", whitespace = "minimize")]
struct FocalPointPage {
    page: Page,
    form: PersonForm,
    errors: Errors,
    saved: bool,
}

/// A focal point as posted; the e-mail address names the person when changing.
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct PersonForm {
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    contact_phone: String,
}

/// The edit page's query: whose.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct PersonQuery {
    #[serde(default)]
    email: String,
    #[serde(default)]
    saved: String,
}

const PERSON_FIELDS: &[(&str, &str)] = &[
    ("name", "contact-name"),
    ("email", "contact-email"),
    ("phone", "contact-phone"),
];

fn edit_href(email: &str) -> String {
    format!("/admin/focal-points/edit?email={}", urlencode(email))
}

/// `GET /admin/focal-points`: the desk, and the form to add a person.
pub(crate) async fn focal_points(
    ctx: Ctx,
    Query(query): Query<SavedQuery>,
) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    focal_points_response(
        &ctx,
        PersonForm::default(),
        Errors::default(),
        query.saved(),
    )
}

fn focal_points_response(
    ctx: &Ctx,
    form: PersonForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let people = ctx
        .state
        .app
        .venue()
        .focal_points
        .roster
        .iter()
        .map(|contact| PersonRow {
            name: contact.name.as_str().to_string(),
            email: contact.email.as_str().to_string(),
            phone: contact.phone.as_str().to_string(),
            href: edit_href(contact.email.as_str()),
        })
        .collect();
    let page = FocalPointsPage {
        page: Page::new(ctx, "admin-focal-points-title"),
        people,
        form,
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

fn parse_person(ctx: &Ctx, form: &PersonForm) -> Result<convene_domain::values::Contact, Errors> {
    let mut errors = Errors::default();
    let contact = parse_contact(
        ctx.lang,
        &form.contact_name,
        &form.contact_email,
        &form.contact_phone,
        ["name", "email", "phone"],
        PERSON_FIELDS,
        &mut errors,
    );
    contact.filter(|_| errors.is_empty()).ok_or(errors)
}

/// `POST /admin/focal-points`: adds a person to the desk.
pub(crate) async fn add_focal_point(
    Posted { ctx, form }: Posted<PersonForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let contact = match parse_person(&ctx, &form) {
        Ok(contact) => contact,
        Err(errors) => return focal_points_response(&ctx, form, errors, false),
    };
    let result = ctx
        .state
        .app
        .administer::<FocalPoints>(&principal, streams::focal_points(), |_| {
            FocalPointCommand::RegisterFocalPoint {
                contact: contact.clone(),
            }
        })
        .await;
    match result {
        Ok(()) => Ok(Redirect::to("/admin/focal-points?saved=1").into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, PERSON_FIELDS)?;
            focal_points_response(&ctx, form, errors, false)
        }
    }
}

fn parse_email(text: &str) -> Result<Email, Failure> {
    Email::parse(text.trim()).map_err(|_| Failure::NotFound)
}

/// `GET /admin/focal-points/edit?email=…`: a person's name and phone.
pub(crate) async fn focal_point_page(
    ctx: Ctx,
    Query(query): Query<PersonQuery>,
) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    let email = parse_email(&query.email)?;
    let form = {
        let venue = ctx.state.app.venue();
        let contact = venue
            .focal_points
            .by_email(&email)
            .ok_or(Failure::NotFound)?;
        PersonForm {
            contact_name: contact.name.as_str().to_string(),
            contact_email: contact.email.as_str().to_string(),
            contact_phone: contact.phone.as_str().to_string(),
        }
    };
    focal_point_response(&ctx, form, Errors::default(), query.saved == "1")
}

fn focal_point_response(
    ctx: &Ctx,
    form: PersonForm,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let page = FocalPointPage {
        page: Page::new(ctx, "admin-focal-point-title"),
        form,
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// `POST /admin/focal-points/edit`: the person's new name and phone (the e-mail address
/// names the person and stays).
pub(crate) async fn change_focal_point(
    Posted { ctx, form }: Posted<PersonForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let email = parse_email(&form.contact_email)?;
    if ctx
        .state
        .app
        .venue()
        .focal_points
        .by_email(&email)
        .is_none()
    {
        return Err(Failure::NotFound);
    }
    let contact = match parse_person(&ctx, &form) {
        Ok(contact) => contact,
        Err(errors) => return focal_point_response(&ctx, form, errors, false),
    };
    let result = ctx
        .state
        .app
        .administer::<FocalPoints>(&principal, streams::focal_points(), |_| {
            FocalPointCommand::ChangeFocalPointContact {
                contact: contact.clone(),
            }
        })
        .await;
    match super::unchanged_is_saved(result) {
        Ok(()) => {
            Ok(Redirect::to(&format!("{}&saved=1", edit_href(email.as_str()))).into_response())
        }
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, PERSON_FIELDS)?;
            focal_point_response(&ctx, form, errors, false)
        }
    }
}

/// `POST /admin/focal-points/remove`: takes a person off the desk (requests assigned to them
/// keep their focal point's contact as it was).
pub(crate) async fn remove_focal_point(
    Posted { ctx, form }: Posted<PersonForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let email = parse_email(&form.contact_email)?;
    let result = ctx
        .state
        .app
        .administer::<FocalPoints>(&principal, streams::focal_points(), |_| {
            FocalPointCommand::RemoveFocalPoint {
                email: email.clone(),
            }
        })
        .await;
    match result {
        Ok(()) => Ok(Redirect::to("/admin/focal-points?saved=1").into_response()),
        Err(AppError::User(user))
            if user.code == convene_app::UserCode::Rule(convene_domain::ErrorCode::NotFound) =>
        {
            Err(Failure::NotFound)
        }
        Err(error) => Err(error.into()),
    }
}
