//! The administrator's pages: the venue's reference data — rooms, units and their contacts,
//! the rate card with its price versions, missions, the focal point desk — and the access
//! keys (issued and shown once, listed, revoked).
//!
//! Every page is the administrator's alone: another role gets the 403 page, a visitor who is
//! not signed in the sign-in page. Each form posts, is checked by the domain through
//! `App::administer`, and redirects back to its page (post-redirect-get); a refusal answers
//! the same page with the refusal next to its field, 422. Localized names are edited in the
//! six languages on one form.

pub(crate) mod keys;
pub(crate) mod people;
pub(crate) mod rate_card;
pub(crate) mod rooms;
pub(crate) mod units;

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use convene_app::{AppError, AppResult, Principal, UserCode};
use convene_domain::ErrorCode;
use convene_domain::access::Role;
use convene_domain::values::{Lang, LocalizedText, Name};

use crate::errors::Failure;
use crate::session::Ctx;
use crate::view::Errors;

/// The signed-in administrator; the sign-in page for nobody, the 403 page for another role.
pub(crate) fn admin_principal(ctx: &Ctx) -> Result<&Principal, Failure> {
    let principal = ctx.principal()?;
    match principal.role {
        Role::Admin => Ok(principal),
        _ => Err(Failure::OtherRole),
    }
}

/// A page answered with 422 when its form was refused, 200 otherwise.
pub(crate) fn answer(page: impl IntoResponse, errors: &Errors) -> Response {
    let mut response = page.into_response();
    if !errors.is_empty() {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

/// A change that changes nothing (a form saved as it was) is saved: the application refuses
/// a command that records no event, the page has nothing to say about it.
pub(crate) fn unchanged_is_saved(result: AppResult<()>) -> AppResult<()> {
    match result {
        Err(AppError::User(user))
            if user.code == UserCode::Rule(ErrorCode::Validation)
                && user.field.as_deref() == Some("input") =>
        {
            Ok(())
        }
        other => other,
    }
}

/// A value error on an input, as the application words it.
pub(crate) fn value_refusal(error: convene_domain::ValueError, input: &str) -> AppError {
    AppError::User(convene_app::error::rejected(error).on_field(input))
}

/// Whether a page was reached right after a save (`?saved=1`): it says so.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct SavedQuery {
    #[serde(default)]
    saved: String,
}

impl SavedQuery {
    pub(crate) fn saved(&self) -> bool {
        self.saved == "1"
    }
}

// ---------------------------------------------------------------- names in six languages

/// The six names of a form, one field per language (`name_en`, `name_fr`, …).
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct NamesForm {
    #[serde(default)]
    name_en: String,
    #[serde(default)]
    name_fr: String,
    #[serde(default)]
    name_es: String,
    #[serde(default)]
    name_ar: String,
    #[serde(default)]
    name_zh: String,
    #[serde(default)]
    name_ru: String,
}

/// The input name and form field id of each language's name, for refusals.
pub(crate) const NAME_FIELDS: &[(&str, &str)] = &[
    ("name_en", "name-en"),
    ("name_fr", "name-fr"),
    ("name_es", "name-es"),
    ("name_ar", "name-ar"),
    ("name_zh", "name-zh"),
    ("name_ru", "name-ru"),
    ("names", "name-en"),
    ("name", "name-en"),
];

impl NamesForm {
    /// The form of a name as it is now.
    pub(crate) fn of(text: &LocalizedText) -> NamesForm {
        // A language without its own name shows an empty field (it falls back to English).
        let own = |lang: Lang| {
            let value = text.get(lang);
            if lang != Lang::En && value == text.get(Lang::En) {
                String::new()
            } else {
                value.to_string()
            }
        };
        NamesForm {
            name_en: own(Lang::En),
            name_fr: own(Lang::Fr),
            name_es: own(Lang::Es),
            name_ar: own(Lang::Ar),
            name_zh: own(Lang::Zh),
            name_ru: own(Lang::Ru),
        }
    }

    fn value(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name_en,
            Lang::Fr => &self.name_fr,
            Lang::Es => &self.name_es,
            Lang::Ar => &self.name_ar,
            Lang::Zh => &self.name_zh,
            Lang::Ru => &self.name_ru,
        }
    }

    /// The names as the domain holds them, or each refusal on its language's field. English is
    /// required; an empty field in another language falls back to English.
    pub(crate) fn parse(&self, lang: Lang, errors: &mut Errors) -> Option<LocalizedText> {
        let mut texts: BTreeMap<Lang, &str> = BTreeMap::new();
        let mut valid = true;
        for each in Lang::ALL {
            let value = self.value(each).trim();
            if value.is_empty() && each != Lang::En {
                continue;
            }
            match Name::parse(value) {
                Ok(_) => {
                    texts.insert(each, value);
                }
                Err(error) => {
                    valid = false;
                    let field = format!("name_{}", each.tag());
                    errors.push_user(
                        lang,
                        &convene_app::error::rejected(error).on_field(&field),
                        NAME_FIELDS,
                    );
                }
            }
        }
        if !valid {
            return None;
        }
        match LocalizedText::new(texts) {
            Ok(text) => Some(text),
            Err(error) => {
                errors.push_user(
                    lang,
                    &convene_app::error::rejected(error).on_field("name_en"),
                    NAME_FIELDS,
                );
                None
            }
        }
    }

    /// The six fields as the form shows them, in the order of the language switcher.
    pub(crate) fn fields(&self, errors: &Errors) -> Vec<NameField> {
        Lang::ALL
            .into_iter()
            .map(|each| {
                let id = format!("name-{}", each.tag());
                NameField {
                    tag: each.tag(),
                    name: format!("name_{}", each.tag()),
                    language: convene_i18n::language_name(each),
                    dir: if each.is_rtl() { "rtl" } else { "ltr" },
                    value: self.value(each).to_string(),
                    required: each == Lang::En,
                    error: errors.on(&id),
                    id,
                }
            })
            .collect()
    }
}

/// One language's name field.
#[derive(Debug, Clone)]
pub(crate) struct NameField {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) tag: &'static str,
    /// The language's name in that language (`العربية`).
    pub(crate) language: &'static str,
    pub(crate) dir: &'static str,
    pub(crate) value: String,
    pub(crate) required: bool,
    pub(crate) error: String,
}

/// A choice of a `<select>` or of radio buttons.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    pub(crate) value: String,
    pub(crate) label: String,
    pub(crate) selected: bool,
}

/// A form type read from posted pairs (the pairs hold a repeated name besides it).
pub(crate) fn form_of_pairs<T: serde::de::DeserializeOwned>(
    pairs: &[(String, String)],
) -> Result<T, Failure> {
    let encoded = serde_urlencoded::to_string(pairs).map_err(|_| Failure::BadRequest)?;
    serde_urlencoded::from_str(&encoded).map_err(|_| Failure::BadRequest)
}
