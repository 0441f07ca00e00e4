//! `/admin/rooms`: the rooms with their capacity, features and names; a room added or
//! changed (capacity, features, its name in the six languages) on one form.

use std::collections::BTreeSet;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use convene_app::AppError;
use convene_domain::RoomCode;
use convene_domain::rooms::{Capacity, Room, RoomCatalog, RoomCommand};
use convene_domain::values::{Feature, Lang};
use convene_i18n::t;
use convene_store::streams;

use super::{NAME_FIELDS, NameField, NamesForm, SavedQuery, admin_principal, answer};
use crate::errors::{Failure, urlencode};
use crate::form::Posted;
use crate::page::Page;
use crate::session::Ctx;
use crate::view::Errors;

/// The features every room form offers, besides those rooms already have.
const KNOWN_FEATURES: [&str; 5] = [
    "ACCESSIBLE",
    "HEARING_LOOP",
    "INTERPRETATION_BOOTHS",
    "VIDEO_CONFERENCE",
    "WEBCAST",
];

/// A feature in words, or its code (data, not to translate) when the pages have no words
/// for it.
struct FeatureLabel {
    text: String,
    code: bool,
}

fn feature_label(lang: Lang, feature: &str) -> FeatureLabel {
    let key = format!("feature-{}", feature.to_ascii_lowercase());
    if convene_i18n::has(lang, &key) {
        FeatureLabel {
            text: t(lang, &key),
            code: false,
        }
    } else {
        FeatureLabel {
            text: feature.to_string(),
            code: true,
        }
    }
}

struct RoomRow {
    code: String,
    name: String,
    capacity: String,
    features: Vec<FeatureLabel>,
    /// How many of the six languages have a name of their own, in words; empty when all do.
    translated: String,
}

/// One feature's checkbox.
struct FeatureChoice {
    code: String,
    label: FeatureLabel,
    checked: bool,
}

/// What the room form shows.
struct RoomFormView {
    code: String,
    capacity: String,
    features: Vec<FeatureChoice>,
    other_features: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_rooms.html", whitespace = "minimize")]
struct RoomsPage {
    page: Page,
    rooms: Vec<RoomRow>,
    form: RoomFormView,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_room.html", whitespace = "minimize")]
struct RoomPage {
    page: Page,
    code: String,
    form: RoomFormView,
    names: Vec<NameField>,
    errors: Errors,
    saved: bool,
}

/// The room form as posted.
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct RoomForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    capacity: String,
    /// The checked features, comma-joined by [`features_of`] (a form repeats the name).
    #[serde(default)]
    other_features: String,
    #[serde(flatten)]
    names: NamesForm,
}

/// Which inputs of the application name which fields of the form.
const FIELDS: &[(&str, &str)] = &[
    ("code", "room-code"),
    ("roomCode", "room-code"),
    ("capacity", "capacity"),
    ("features", "other-features"),
];

fn fields() -> Vec<(&'static str, &'static str)> {
    FIELDS.iter().chain(NAME_FIELDS).copied().collect()
}

/// A code's sort key in natural order: `CR2` before `CR10`.
fn natural_key(code: &str) -> (String, u64, String) {
    let start = code
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(code.len());
    let digits: String = code[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let rest = code[start + digits.len()..].to_string();
    (code[..start].to_string(), digits.parse().unwrap_or(0), rest)
}

fn form_view(
    lang: Lang,
    rooms: &RoomCatalog,
    form: &RoomForm,
    checked: &BTreeSet<String>,
) -> RoomFormView {
    let mut codes: BTreeSet<String> = KNOWN_FEATURES.iter().map(|f| f.to_string()).collect();
    codes.extend(
        rooms
            .rooms()
            .flat_map(|room| room.features.iter().map(|f| f.to_string())),
    );
    RoomFormView {
        code: form.code.clone(),
        capacity: form.capacity.clone(),
        features: codes
            .into_iter()
            .map(|code| FeatureChoice {
                label: feature_label(lang, &code),
                checked: checked.contains(&code),
                code,
            })
            .collect(),
        other_features: form.other_features.clone(),
    }
}

fn form_of(room: &Room) -> (RoomForm, BTreeSet<String>) {
    (
        RoomForm {
            code: room.code.to_string(),
            capacity: room.capacity.get().to_string(),
            other_features: String::new(),
            names: NamesForm::of(&room.name),
        },
        room.features.iter().map(|f| f.to_string()).collect(),
    )
}

fn room_row(lang: Lang, room: &Room) -> RoomRow {
    let own = Lang::ALL
        .iter()
        .filter(|each| **each == Lang::En || room.name.get(**each) != room.name.get(Lang::En))
        .count();
    RoomRow {
        code: room.code.to_string(),
        name: room.name.get(lang).to_string(),
        capacity: convene_i18n::integer(lang, i64::from(room.capacity.get())),
        features: room
            .features
            .iter()
            .map(|feature| feature_label(lang, feature.as_str()))
            .collect(),
        translated: if own < Lang::ALL.len() {
            convene_i18n::t_page(
                lang,
                "admin-translated",
                &convene_i18n::Args::new().num("count", i64::try_from(own).unwrap_or(6)),
            )
        } else {
            String::new()
        },
    }
}

/// `GET /admin/rooms`: every room, and the form to add one.
pub(crate) async fn list(ctx: Ctx, Query(query): Query<SavedQuery>) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    list_response(
        &ctx,
        &RoomForm::default(),
        &BTreeSet::new(),
        Errors::default(),
        query.saved(),
    )
}

fn list_response(
    ctx: &Ctx,
    form: &RoomForm,
    checked: &BTreeSet<String>,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let lang = ctx.lang;
    let venue = ctx.state.app.venue();
    let mut rooms: Vec<&Room> = venue.rooms.rooms().collect();
    rooms.sort_by_key(|room| natural_key(room.code.as_str()));
    let rooms = rooms.into_iter().map(|room| room_row(lang, room)).collect();
    let form_view = form_view(lang, &venue.rooms, form, checked);
    drop(venue);
    let page = RoomsPage {
        page: Page::new(ctx, "admin-rooms-title"),
        rooms,
        form: form_view,
        names: form.names.fields(&errors),
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// What a posted room form says, or its refusals.
struct ParsedRoom {
    capacity: Capacity,
    features: BTreeSet<Feature>,
    name: convene_domain::values::LocalizedText,
}

fn parse(lang: Lang, form: &RoomForm, checked: &BTreeSet<String>) -> Result<ParsedRoom, Errors> {
    let mut errors = Errors::default();
    let fields = fields();
    let capacity = form
        .capacity
        .trim()
        .parse::<i64>()
        .map_err(|_| Capacity::new(0).expect_err("no room seats nobody"))
        .and_then(Capacity::new)
        .map_err(|error| {
            errors.push_user(
                lang,
                &convene_app::error::rejected(error).on_field("capacity"),
                &fields,
            );
        })
        .ok();
    let mut features = BTreeSet::new();
    let typed = form
        .other_features
        .split([',', '،', '、', ' ', '\n'])
        .map(|text| text.trim().to_ascii_uppercase())
        .filter(|text| !text.is_empty());
    for code in checked.iter().cloned().chain(typed) {
        match Feature::parse(&code) {
            Ok(feature) => {
                features.insert(feature);
            }
            Err(error) => errors.push_user(
                lang,
                &convene_app::error::rejected(error).on_field("features"),
                &fields,
            ),
        }
    }
    let name = form.names.parse(lang, &mut errors);
    match (capacity, name) {
        (Some(capacity), Some(name)) if errors.is_empty() => Ok(ParsedRoom {
            capacity,
            features,
            name,
        }),
        _ => Err(errors),
    }
}

/// A posted room form: its fields, and the checked `feature` boxes (a name the form
/// repeats, which a form type cannot hold).
fn posted(pairs: &[(String, String)]) -> Result<(RoomForm, BTreeSet<String>), Failure> {
    let form: RoomForm = super::form_of_pairs(pairs)?;
    let checked = pairs
        .iter()
        .filter(|(name, _)| name == "feature")
        .map(|(_, value)| value.clone())
        .collect();
    Ok((form, checked))
}

/// `POST /admin/rooms`: adds a room.
pub(crate) async fn add(
    Posted { ctx, form: pairs }: Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let (form, checked) = posted(&pairs)?;
    let parsed = match parse(ctx.lang, &form, &checked) {
        Ok(parsed) => parsed,
        Err(errors) => return list_response(&ctx, &form, &checked, errors, false),
    };
    let code = match RoomCode::parse(form.code.trim()) {
        Ok(code) => code,
        Err(error) => {
            let errors =
                crate::mission::refusal(ctx.lang, super::value_refusal(error, "code"), &fields())?;
            return list_response(&ctx, &form, &checked, errors, false);
        }
    };
    let result = ctx
        .state
        .app
        .administer::<RoomCatalog>(&principal, streams::rooms(), |_| {
            RoomCommand::RegisterRoom {
                code: code.clone(),
                name: parsed.name.clone(),
                capacity: parsed.capacity,
                features: parsed.features.clone(),
            }
        })
        .await;
    match result {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/rooms?saved=1#room-{}",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, &fields())?;
            list_response(&ctx, &form, &checked, errors, false)
        }
    }
}

fn parse_code(text: &str) -> Result<RoomCode, Failure> {
    RoomCode::parse(text).map_err(|_| Failure::NotFound)
}

/// `GET /admin/rooms/{code}`: the room's form.
pub(crate) async fn edit_page(
    ctx: Ctx,
    Path(code): Path<String>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, Failure> {
    admin_principal(&ctx)?;
    let code = parse_code(&code)?;
    let (form, checked) = {
        let venue = ctx.state.app.venue();
        let room = venue.rooms.room(&code).ok_or(Failure::NotFound)?;
        form_of(room)
    };
    edit_response(
        &ctx,
        &code,
        &form,
        &checked,
        Errors::default(),
        query.saved(),
    )
}

fn edit_response(
    ctx: &Ctx,
    code: &RoomCode,
    form: &RoomForm,
    checked: &BTreeSet<String>,
    errors: Errors,
    saved: bool,
) -> Result<Response, Failure> {
    let venue = ctx.state.app.venue();
    let form_view = form_view(ctx.lang, &venue.rooms, form, checked);
    drop(venue);
    let page = RoomPage {
        // The window title names the room in the visitor's language, not by its code.
        page: Page::new(ctx, "admin-room-title").with_extra(
            ctx.state
                .app
                .venue()
                .rooms
                .room(code)
                .map(|room| room.name.get(ctx.lang).to_string())
                .unwrap_or_default(),
        ),
        code: code.to_string(),
        form: form_view,
        names: form.names.fields(&errors),
        errors,
        saved,
    };
    let errors = page.errors.clone();
    Ok(answer(page, &errors))
}

/// `POST /admin/rooms/{code}`: changes the room's capacity, features and names.
pub(crate) async fn edit(
    Path(code): Path<String>,
    Posted { ctx, form: pairs }: Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let principal = admin_principal(&ctx)?.clone();
    let code = parse_code(&code)?;
    let (form, checked) = posted(&pairs)?;
    let parsed = match parse(ctx.lang, &form, &checked) {
        Ok(parsed) => parsed,
        Err(errors) => return edit_response(&ctx, &code, &form, &checked, errors, false),
    };
    let result = ctx
        .state
        .app
        .administer::<RoomCatalog>(&principal, streams::rooms(), |_| RoomCommand::ChangeRoom {
            code: code.clone(),
            name: Some(parsed.name.clone()),
            capacity: Some(parsed.capacity),
            features: Some(parsed.features.clone()),
        })
        .await;
    match super::unchanged_is_saved(result) {
        Ok(()) => Ok(Redirect::to(&format!(
            "/admin/rooms/{}?saved=1",
            urlencode(code.as_str())
        ))
        .into_response()),
        Err(AppError::User(user))
            if user.code == convene_app::UserCode::Rule(convene_domain::ErrorCode::NotFound) =>
        {
            Err(Failure::NotFound)
        }
        Err(error) => {
            let errors = crate::mission::refusal(ctx.lang, error, &fields())?;
            edit_response(&ctx, &code, &form, &checked, errors, false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::natural_key;

    #[test]
    fn rooms_sort_in_natural_order() {
        let mut codes = ["CR10", "CR2", "B-1", "CR1", "CR1A"];
        codes.sort_by_key(|code| natural_key(code));
        assert_eq!(codes, ["B-1", "CR1", "CR1A", "CR2", "CR10"]);
    }
}
