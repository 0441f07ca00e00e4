//! Signing in with an access key (and, in demo mode, as a demo persona in one click),
//! signing out, the language switcher, and the front door that sends each role home.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_domain::access::Role;
use convene_domain::values::Lang;

use crate::errors::Failure;
use crate::form::Posted;
use crate::page::Page;
use crate::session::Ctx;

/// A demo persona as the sign-in page lists it.
#[derive(Debug, Clone)]
pub(crate) struct PersonaView {
    pub(crate) id: String,
    /// HTML: the names and codes in it are marked `translate="no"`.
    pub(crate) label: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "sign_in.html", whitespace = "minimize")]
struct SignInPage {
    page: Page,
    next: String,
    error: bool,
    personas: Vec<PersonaView>,
}

/// Where a path given as `next` may send the visitor: only a path of this site.
fn safe_next(next: &str) -> Option<&str> {
    (next.starts_with('/') && !next.starts_with("//") && !next.contains('\\')).then_some(next)
}

/// `GET /`: the role's home, or the sign-in page.
pub(crate) async fn home(ctx: Ctx) -> Result<Response, Failure> {
    let principal = ctx.principal()?;
    Ok(match &principal.role {
        Role::Mission { .. } => Redirect::to("/requests").into_response(),
        Role::FocalPoint => Redirect::to("/desk").into_response(),
        Role::Admin => Redirect::to("/admin/rooms").into_response(),
        Role::Unit { .. } => Redirect::to("/unit").into_response(),
        Role::Finance => Redirect::to("/finance").into_response(),
    })
}

fn personas(ctx: &Ctx) -> Vec<PersonaView> {
    let venue = ctx.state.app.venue();
    ctx.state
        .config
        .personas
        .iter()
        .map(|persona| {
            let label = match persona.id.split_once(':') {
                Some(("mission", code)) => {
                    let name = convene_domain::MissionCode::parse(code)
                        .ok()
                        .and_then(|code| venue.missions.mission(&code).cloned())
                        .map_or_else(|| code.to_string(), |m| m.name.get(ctx.lang).to_string());
                    crate::page::t_data(
                        ctx.lang,
                        "persona-mission",
                        &[("name", &name), ("code", code)],
                    )
                }
                Some(("unit", code)) => {
                    let name = convene_domain::UnitCode::parse(code)
                        .ok()
                        .and_then(|code| venue.directory.unit(&code).cloned())
                        .map_or_else(|| code.to_string(), |u| u.name.get(ctx.lang).to_string());
                    crate::page::t_data(ctx.lang, "persona-unit", &[("name", &name)])
                }
                _ => crate::page::escape_html(&convene_i18n::t(
                    ctx.lang,
                    &format!("persona-{}", persona.id),
                )),
            };
            PersonaView {
                id: persona.id.clone(),
                label,
            }
        })
        .collect()
}

#[derive(Debug, Deserialize)]
pub(crate) struct NextQuery {
    #[serde(default)]
    next: String,
}

/// `GET /sign-in`.
pub(crate) async fn sign_in_page(ctx: Ctx, Query(query): Query<NextQuery>) -> Response {
    SignInPage {
        page: Page::new(&ctx, "sign-in-title"),
        next: safe_next(&query.next).unwrap_or_default().to_string(),
        error: false,
        personas: personas(&ctx),
    }
    .into_response()
}

#[derive(Debug, Deserialize)]
pub(crate) struct SignInForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    next: String,
}

fn signed_in(ctx: &Ctx, token: &str, next: &str) -> Response {
    let cookie = ctx.sign_in(token);
    let target = safe_next(next).unwrap_or("/");
    let mut response = Redirect::to(target).into_response();
    response.headers_mut().insert(SET_COOKIE, cookie);
    response
}

/// `POST /sign-in`: a live key starts a signed-in session; anything else is refused.
pub(crate) async fn sign_in(Posted { ctx, form }: Posted<SignInForm>) -> Response {
    if ctx.state.app.authenticate(&form.token).is_some() {
        return signed_in(&ctx, &form.token, &form.next);
    }
    let mut response = SignInPage {
        page: Page::new(&ctx, "sign-in-title"),
        next: safe_next(&form.next).unwrap_or_default().to_string(),
        error: true,
        personas: personas(&ctx),
    }
    .into_response();
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    response
}

#[derive(Debug, Deserialize)]
pub(crate) struct DemoForm {
    persona: String,
}

/// `POST /sign-in/demo`: signs in as a demo persona (demo mode only).
pub(crate) async fn sign_in_demo(
    Posted { ctx, form }: Posted<DemoForm>,
) -> Result<Response, Failure> {
    let persona = ctx
        .state
        .config
        .personas
        .iter()
        .find(|persona| persona.id == form.persona)
        .ok_or(Failure::NotFound)?
        .clone();
    if ctx.state.app.authenticate(&persona.token).is_none() {
        return Err(Failure::Forbidden);
    }
    Ok(signed_in(&ctx, &persona.token, "/"))
}

#[derive(Debug, Deserialize)]
pub(crate) struct Empty {}

/// `POST /sign-out`.
pub(crate) async fn sign_out(Posted { ctx, .. }: Posted<Empty>) -> Response {
    let cookie = ctx.sign_out();
    let mut response = Redirect::to("/sign-in").into_response();
    response.headers_mut().insert(SET_COOKIE, cookie);
    response
}

#[derive(Debug, Deserialize)]
pub(crate) struct LangForm {
    lang: String,
    #[serde(default)]
    back: String,
}

/// `POST /lang`: remembers the language and goes back to the page.
pub(crate) async fn switch_lang(
    Posted { ctx, form }: Posted<LangForm>,
) -> Result<Response, Failure> {
    let lang = Lang::parse(&form.lang).ok_or(Failure::BadRequest)?;
    ctx.choose_lang(lang);
    Ok(Redirect::to(safe_next(&form.back).unwrap_or("/")).into_response())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next("/requests/1"), Some("/requests/1"));
        assert_eq!(safe_next("//evil.example"), None);
        assert_eq!(safe_next("https://evil.example"), None);
        assert_eq!(safe_next("/\\evil.example"), None);
        assert_eq!(safe_next(""), None);
    }
}
