//! `/admin/keys`: access keys. One is issued for a role and its scope with a label; its
//! secret is shown once, on the page that answers the form (never stored, never cached), and
//! never again. The list shows every key issued — label, role, scope, when, revoked or not —
//! by its hash, which is also what revokes it; a revoked key stops signing in at once.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::AppError;
use convene_domain::access::{Role, TokenHash};
use convene_domain::values::{Lang, Name};
use convene_domain::{MissionCode, UnitCode};
use convene_i18n::t;

use super::{Choice, admin_principal, answer};
use crate::errors::Failure;
use crate::form::Posted;
use crate::page::{Page, escape_html, t_data};
use crate::session::Ctx;
use crate::view::{self, Errors};

/// The roles a key can carry, by their wire names.
const ROLES: [&str; 5] = ["MISSION", "UNIT", "FOCAL_POINT", "FINANCE", "ADMIN"];

fn role_label(lang: Lang, role: &str) -> String {
    t(
        lang,
        &format!("admin-role-{}", role.to_ascii_lowercase().replace('_', "-")),
    )
}

/// What a key lets its holder reach, in words, as HTML for `|safe` (a name and a code are
/// data, marked not to translate).
fn scope_words(ctx: &Ctx, role: &Role) -> String {
    let lang = ctx.lang;
    let app = &ctx.state.app;
    match role {
        Role::Mission { mission } => {
            let name = app
                .venue()
                .missions
                .mission(mission)
                .map_or_else(|| mission.to_string(), |m| m.name.get(lang).to_string());
            t_data(
                lang,
                "admin-scope-mission",
                &[("name", &name), ("code", mission.as_str())],
            )
        }
        Role::Unit { unit } => t_data(
            lang,
            "admin-scope-unit",
            &[
                ("name", &view::unit_name(app, lang, unit)),
                ("code", unit.as_str()),
            ],
        ),
        Role::FocalPoint => escape_html(&t(lang, "admin-scope-focal-point")),
        Role::Finance => escape_html(&t(lang, "admin-scope-finance")),
        Role::Admin => escape_html(&t(lang, "admin-scope-admin")),
    }
}

struct KeyRow {
    hash: String,
    /// The first characters of the hash: enough to tell keys apart on the page.
    short: String,
    label: String,
    role: String,
    scope: String,
    issued: String,
    revoked: String,
    live: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_keys.html", whitespace = "minimize")]
struct KeysPage {
    page: Page,
    keys: Vec<KeyRow>,
    form: IssueForm,
    roles: Vec<Choice>,
    missions: Vec<Choice>,
    units: Vec<Choice>,
    errors: Errors,
    revoked: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_key_issued.html", whitespace = "minimize")]
struct IssuedPage {
    page: Page,
    secret: String,
    label: String,
    role: String,
    scope: String,
}

/// The issue form as posted.
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct IssueForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    mission: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    label: String,
}

/// Whether the list was reached right after a revocation.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct KeysQuery {
    #[serde(default)]
    revoked: String,
}

/// The revoke button's form: its CSRF token only.
#[derive(Debug, Deserialize)]
pub(crate) struct RevokeForm {}

const FIELDS: &[(&str, &str)] = &[
    ("label", "key-label"),
    ("missionCode", "key-mission"),
    ("unitCode", "key-unit"),
];

/// `GET /admin/keys`: every key issued, and the form to issue one.
pub(crate) async fn list(ctx: Ctx, Query(query): Query<KeysQuery>) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    list_response(
        &ctx,
        IssueForm::default(),
        Errors::default(),
        query.revoked == "1",
    )
}

fn list_response(
    ctx: &Ctx,
    form: IssueForm,
    errors: Errors,
    revoked: bool,
) -> Result<Response, Failure> {
    let principal = admin_principal(ctx)?;
    let lang = ctx.lang;
    let app = &ctx.state.app;
    let keys = app
        .access_keys(principal)?
        .into_iter()
        .map(|key| KeyRow {
            short: key.hash.as_str().chars().take(12).collect(),
            hash: key.hash.as_str().to_string(),
            label: key.label.as_str().to_string(),
            role: role_label(lang, key.role.as_str()),
            scope: scope_words(ctx, &key.role),
            issued: convene_i18n::datetime(lang, key.issued_at),
            revoked: key
                .revoked_at
                .map(|at| convene_i18n::datetime(lang, at))
                .unwrap_or_default(),
            live: key.revoked_at.is_none(),
        })
        .collect();
    let (missions, units) = {
        let venue = app.venue();
        let missions: Vec<Choice> = venue
            .missions
            .missions()
            .map(|mission| Choice {
                value: mission.code.to_string(),
                label: mission.name.get(lang).to_string(),
                selected: mission.code.as_str() == form.mission,
            })
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
        (missions, units)
    };
    let page = KeysPage {
        page: Page::new(ctx, "admin-keys-title"),
        keys,
        roles: ROLES
            .iter()
            .map(|role| Choice {
                value: role.to_string(),
                label: role_label(lang, role),
                selected: *role == form.role,
            })
            .collect(),
        missions,
        units,
        form,
        errors,
        revoked,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// The role the form asks for, or the refusal of its scope or label.
fn parse(lang: Lang, form: &IssueForm) -> Result<(Role, Name), Errors> {
    let mut errors = Errors::default();
    let refuse = |errors: &mut Errors, input: &str, error: convene_domain::ValueError| {
        errors.push_user(
            lang,
            &convene_app::error::rejected(error).on_field(input),
            FIELDS,
        );
    };
    let role = match form.role.as_str() {
        "MISSION" => MissionCode::parse(form.mission.trim())
            .map(|mission| Role::Mission { mission })
            .map_err(|e| refuse(&mut errors, "missionCode", e))
            .ok(),
        "UNIT" => UnitCode::parse(form.unit.trim())
            .map(|unit| Role::Unit { unit })
            .map_err(|e| refuse(&mut errors, "unitCode", e))
            .ok(),
        "FOCAL_POINT" => Some(Role::FocalPoint),
        "FINANCE" => Some(Role::Finance),
        "ADMIN" => Some(Role::Admin),
        _ => None,
    };
    let label = Name::parse(form.label.trim())
        .map_err(|e| refuse(&mut errors, "label", e))
        .ok();
    match (role, label) {
        (Some(role), Some(label)) if errors.is_empty() => Ok((role, label)),
        _ => Err(errors),
    }
}

/// `POST /admin/keys`: issues a key and shows its secret, this once.
pub(crate) async fn issue(Posted { ctx, form }: Posted<IssueForm>) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    if !ROLES.contains(&form.role.as_str()) {
        return Err(Failure::BadRequest);
    }
    let (role, label) = match parse(ctx.lang, &form) {
        Ok(parsed) => parsed,
        Err(errors) => return list_response(&ctx, form, errors, false),
    };
    let secret = match ctx
        .state
        .app
        .create_token(&principal, role.clone(), label.clone())
        .await
    {
        Ok(secret) => secret,
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, FIELDS)?;
            return list_response(&ctx, form, errors, false);
        }
    };
    let mut response = IssuedPage {
        page: Page::new(&ctx, "admin-key-issued-title"),
        secret,
        label: label.as_str().to_string(),
        role: role_label(ctx.lang, role.as_str()),
        scope: scope_words(&ctx, &role),
    }
    .into_response();
    // The secret is in this answer only: no cache, no history copy keeps it.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `POST /admin/keys/{hash}/revoke`: revokes the key; it stops working at once (its sessions
/// end with their next page).
pub(crate) async fn revoke(
    Path(hash): Path<String>,
    Posted { ctx, form: _ }: Posted<RevokeForm>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let hash = TokenHash::parse(&hash).map_err(|_| Failure::NotFound)?;
    match ctx.state.app.revoke_token_by_hash(&principal, &hash).await {
        Ok(()) => Ok(Redirect::to("/admin/keys?revoked=1").into_response()),
        // Revoked meanwhile (a second click): the list says so already.
        Err(AppError::User(user))
            if user.code == convene_app::UserCode::Rule(convene_domain::ErrorCode::NotFound) =>
        {
            let known = ctx.state.app.venue().keys.key(&hash).is_some();
            if known {
                Ok(Redirect::to("/admin/keys?revoked=1").into_response())
            } else {
                Err(Failure::NotFound)
            }
        }
        Err(error) => Err(error.into()),
    }
}
