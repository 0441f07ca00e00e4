//! What every resolver reads from the request context: the application, the caller, and
//! the language messages default to.

use std::sync::Arc;

use async_graphql::{Context, Enum, ErrorExtensions};
use convene_app::{App, Principal};
use convene_domain::values::Lang as DomainLang;

/// The six official languages, as the contract names them.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Ru,
}

impl From<Lang> for DomainLang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::En => DomainLang::En,
            Lang::Fr => DomainLang::Fr,
            Lang::Es => DomainLang::Es,
            Lang::Ar => DomainLang::Ar,
            Lang::Zh => DomainLang::Zh,
            Lang::Ru => DomainLang::Ru,
        }
    }
}

/// The caller, when the request carried a live token.
#[derive(Debug, Clone)]
pub struct Caller(pub Option<Principal>);

/// The language of the request (`Accept-Language`), English when none of the six.
#[derive(Debug, Clone, Copy)]
pub struct RequestLang(pub DomainLang);

/// Picks the first of the six languages an `Accept-Language` header names.
pub fn lang_from_header(header: Option<&str>) -> DomainLang {
    let Some(header) = header else {
        return DomainLang::En;
    };
    let mut ranked: Vec<(f32, DomainLang)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces
                .find_map(|piece| {
                    piece
                        .trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            Some((quality, DomainLang::parse(tag)?))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.first().map_or(DomainLang::En, |(_, lang)| *lang)
}

pub(crate) fn app<'a>(ctx: &Context<'a>) -> &'a Arc<App> {
    ctx.data_unchecked::<Arc<App>>()
}

/// The caller, or the top-level `UNAUTHENTICATED` error.
pub(crate) fn principal<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Principal> {
    match ctx
        .data_opt::<Caller>()
        .and_then(|caller| caller.0.as_ref())
    {
        Some(principal) => Ok(principal),
        None => Err(async_graphql::Error::new(
            "a valid bearer token is required (Authorization: Bearer <token>)",
        )
        .extend_with(|_, extensions| extensions.set("code", "UNAUTHENTICATED"))),
    }
}

/// The language for a field: its `lang` argument, else the request's.
pub(crate) fn lang(ctx: &Context<'_>, asked: Option<Lang>) -> DomainLang {
    match asked {
        Some(lang) => lang.into(),
        None => ctx
            .data_opt::<RequestLang>()
            .map_or(DomainLang::En, |lang| lang.0),
    }
}

/// A technical failure as a top-level error (never a business rule).
pub(crate) fn technical(error: convene_app::AppError) -> async_graphql::Error {
    // Contention left after every retry is a busy moment, not a fault: the caller may try
    // again, as after an outage.
    let code = match &error {
        convene_app::AppError::Store(convene_store::StoreError::Unavailable { .. })
        | convene_app::AppError::Contention(_) => "UNAVAILABLE",
        _ => "INTERNAL",
    };
    tracing::error!(%error, "a request failed");
    async_graphql::Error::new(format!(
        "{code}: the request could not be completed; try again later"
    ))
    .extend_with(|_, extensions| {
        extensions.set("code", code);
        if code == "UNAVAILABLE" {
            // Seconds to wait before sending the request again.
            extensions.set("retryAfter", crate::http::RETRY_AFTER_SECONDS);
        }
    })
}
