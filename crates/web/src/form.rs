//! Posted forms: every state-changing form carries the session's CSRF token, and the
//! browser's `Origin` (or, without it, `Referer`) must be this server. Only then is the
//! body parsed into the handler's form type.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::HeaderMap;
use axum::http::header::{HOST, ORIGIN, REFERER};
use serde::de::DeserializeOwned;

use crate::WebState;
use crate::errors::Failure;
use crate::session::Ctx;

/// The largest form body accepted (a pasted guest list fits).
pub(crate) const MAX_FORM_BYTES: usize = 256 * 1024;

/// A checked form: the visitor's context and the parsed fields.
#[derive(Debug)]
pub(crate) struct Posted<T> {
    pub(crate) ctx: Ctx,
    pub(crate) form: T,
}

#[derive(serde::Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// Whether the request comes from a page of this server: `Origin` (or `Referer`) has the
/// same host as `Host`. A request with neither is refused: browsers send one on every POST.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let source = headers
        .get(ORIGIN)
        .or_else(|| headers.get(REFERER))
        .and_then(|value| value.to_str().ok());
    let Some(source) = source else {
        return false;
    };
    let rest = source
        .strip_prefix("http://")
        .or_else(|| source.strip_prefix("https://"));
    rest.map(|rest| rest.split('/').next().unwrap_or_default())
        .is_some_and(|authority| authority.eq_ignore_ascii_case(host))
}

impl<T: DeserializeOwned + Send> FromRequest<WebState> for Posted<T> {
    type Rejection = Failure;

    async fn from_request(request: Request, state: &WebState) -> Result<Self, Failure> {
        let (mut parts, body) = request.into_parts();
        let ctx = <Ctx as axum::extract::FromRequestParts<WebState>>::from_request_parts(
            &mut parts, state,
        )
        .await?;
        if !same_origin(&parts.headers) {
            tracing::info!(path = %parts.uri.path(), "a form from another origin was refused");
            return Err(Failure::Forbidden);
        }
        let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES)
            .await
            .map_err(|_| Failure::BadRequest)?;
        check_csrf(&ctx, &bytes)?;
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|_| Failure::BadRequest)?;
        Ok(Posted { ctx, form })
    }
}

fn check_csrf(ctx: &Ctx, bytes: &Bytes) -> Result<(), Failure> {
    let field: CsrfField = serde_urlencoded::from_bytes(bytes).map_err(|_| Failure::BadRequest)?;
    if ctx.csrf_matches(&field.csrf) {
        Ok(())
    } else {
        tracing::info!("a form without this session's CSRF token was refused");
        Err(Failure::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(axum::http::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn only_this_origin_may_post() {
        let host = (HOST, "127.0.0.1:8080");
        assert!(same_origin(&headers(&[
            host.clone(),
            (ORIGIN, "http://127.0.0.1:8080")
        ])));
        assert!(same_origin(&headers(&[
            host.clone(),
            (REFERER, "http://127.0.0.1:8080/requests/new")
        ])));
        assert!(!same_origin(&headers(&[
            host.clone(),
            (ORIGIN, "http://evil.example")
        ])));
        assert!(!same_origin(&headers(&[
            host.clone(),
            (ORIGIN, "http://127.0.0.1:8080.evil.example")
        ])));
        assert!(!same_origin(&headers(&[host.clone(), (ORIGIN, "null")])));
        assert!(!same_origin(&headers(&[host])));
    }
}
