//! The directory: who handles which service, with contact — the single point of contact
//! missions asked for, kept current by events. Searchable by unit, service or code.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::errors::Failure;
use crate::page::Page;
use crate::session::Ctx;

struct Service {
    code: String,
    name: String,
}

struct Entry {
    code: String,
    name: String,
    contact: String,
    email: String,
    phone: String,
    services: Vec<Service>,
}

#[derive(Template, WebTemplate)]
#[template(path = "directory.html", whitespace = "minimize")]
struct DirectoryPage {
    page: Page,
    query: String,
    entries: Vec<Entry>,
}

#[derive(Template, WebTemplate)]
#[template(path = "directory_results.html", whitespace = "minimize")]
struct DirectoryResults {
    page: Page,
    query: String,
    entries: Vec<Entry>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// Whether `text` contains `query`, ignoring case.
fn matches(text: &str, query: &str) -> bool {
    text.to_lowercase().contains(query)
}

/// `GET /directory?q=…`: every unit with its contact and services (open to everyone: the
/// directory is public within the venue).
pub(crate) async fn page(ctx: Ctx, Query(search): Query<SearchQuery>) -> Result<Response, Failure> {
    let lang = ctx.lang;
    let query = search.q.trim().chars().take(100).collect::<String>();
    let needle = query.to_lowercase();
    let venue = ctx.state.app.venue();
    let entries: Vec<Entry> = venue
        .directory
        .units()
        .filter_map(|unit| {
            let name = unit.name.get(lang).to_string();
            let services: Vec<Service> = venue
                .rate_card
                .items()
                .filter(|item| item.unit == unit.code)
                .map(|item| Service {
                    code: item.code.to_string(),
                    name: item.name.get(lang).to_string(),
                })
                .collect();
            let unit_matches = needle.is_empty()
                || matches(&name, &needle)
                || matches(unit.code.as_str(), &needle)
                || matches(unit.contact.name.as_str(), &needle);
            let services: Vec<Service> = if unit_matches {
                services
            } else {
                services
                    .into_iter()
                    .filter(|s| matches(&s.name, &needle) || matches(&s.code, &needle))
                    .collect()
            };
            (unit_matches || !services.is_empty()).then(|| Entry {
                code: unit.code.to_string(),
                name,
                contact: unit.contact.name.to_string(),
                email: unit.contact.email.as_str().to_string(),
                phone: unit.contact.phone.as_str().to_string(),
                services,
            })
        })
        .collect();
    drop(venue);
    let page = Page::new(&ctx, "directory-title");
    Ok(if ctx.htmx {
        DirectoryResults {
            page,
            query,
            entries,
        }
        .into_response()
    } else {
        DirectoryPage {
            page,
            query,
            entries,
        }
        .into_response()
    })
}
