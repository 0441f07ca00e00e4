//! GraphiQL, the in-browser IDE served at `GET /graphql` (paste a token into the headers pane
//! as `{"Authorization": "Bearer …"}`).
//!
//! The page loads nothing from another origin: GraphiQL, React and ReactDOM are vendored in
//! `crates/api/assets/graphiql/` (its README says which versions, from where, and how to
//! update them), embedded in the binary, and served at content-hashed URLs under
//! `/graphql/assets/` that may be cached for ever. The page has no inline script or style, so
//! its own Content-Security-Policy ([`CONTENT_SECURITY_POLICY`]) needs no `'unsafe-inline'`.

use std::sync::LazyLock;

use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Where the assets are served: `/graphql/assets/{name}`.
const ASSETS_PATH: &str = "/graphql/assets/";

/// How long a browser may keep an asset: a year, and never ask again (a changed file gets a
/// new URL, since the URL names a hash of its content).
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The page's Content-Security-Policy, before the `connect-src` sources of the request's host
/// (see [`connect_src`]). Everything comes from the page's own origin; each exception was
/// found by loading the page in headless Chromium and reading its CSP violations:
/// - `img-src`/`font-src` `data:`: GraphiQL's stylesheet embeds its fonts (Roboto, Fira Code)
///   and a few PNG icons as `data:` URLs.
/// - `style-src 'self'` and one hash, never `'unsafe-inline'`: React and CodeMirror set their
///   inline styles through the CSSOM, which CSP does not govern. The one `<style>` element the
///   bundle writes is react-remove-scroll's scroll lock, injected while a dialog (settings,
///   short keys) is open; on this page, which never has a scroll bar, its text is always
///   `SCROLL_LOCK_CSS` (below), and its hash allows exactly that text and nothing else.
///   Were it ever different (another GraphiQL), it would be refused, which costs nothing here
///   since the page does not scroll (`graphiql-page.css`).
/// - `script-src 'self'`: no `eval`, no inline script (the start-up code is
///   `graphiql-start.js`); no worker is started, so `worker-src` falls back to `'self'`.
/// - `frame-ancestors 'none'`: no other page may frame this one (clickjacking);
///   `base-uri 'none'`, `form-action 'self'` and `object-src 'none'` close the other doors.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='; \
     img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; \
     form-action 'self'; object-src 'none'";

/// The hash in `style-src`: SHA-256 of [`SCROLL_LOCK_CSS`], in base64.
#[cfg(test)]
const SCROLL_LOCK_HASH: &str = "Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc=";

/// The `<style>` react-remove-scroll-bar (inside GraphiQL 3.9.0) writes while a dialog is open,
/// as Chromium saw it on this page: no scroll bar (0px gap) and no body margin.
#[cfg(test)]
const SCROLL_LOCK_CSS: &str = "\n  .with-scroll-bars-hidden {\n   overflow: hidden !important;\n   \
     padding-right: 0px !important;\n  }\n  body {\n    overflow: hidden !important;\n    \
     overscroll-behavior: contain;\n    position: relative !important;\n    padding-left: 0px;\n    \
     padding-top: 0px;\n    padding-right: 0px;\n    margin-left:0;\n    margin-top:0;\n    \
     margin-right: 0px !important;\n    \n  }\n  \n  .right-scroll-bar-position {\n    \
     right: 0px !important;\n  }\n  \n  .width-before-scroll-bar {\n    \
     margin-right: 0px !important;\n  }\n  \n  \
     .right-scroll-bar-position .right-scroll-bar-position {\n    right: 0 !important;\n  }\n  \n  \
     .width-before-scroll-bar .width-before-scroll-bar {\n    margin-right: 0 !important;\n  }\n  \
     \n  body {\n    --removed-body-scroll-bar-size: 0px;\n  }\n";

/// One embedded file.
struct Source {
    /// The URL's name before the hash, e.g. `graphiql`.
    stem: &'static str,
    /// The URL's name after the hash, e.g. `min.js`.
    suffix: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const JAVASCRIPT: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

/// The files, in the order the page loads them.
const SOURCES: [Source; 6] = [
    Source {
        stem: "graphiql",
        suffix: "min.css",
        content_type: CSS,
        body: include_bytes!("../assets/graphiql/graphiql.min.css"),
    },
    Source {
        stem: "graphiql-page",
        suffix: "css",
        content_type: CSS,
        body: include_bytes!("../assets/graphiql/graphiql-page.css"),
    },
    Source {
        stem: "react",
        suffix: "production.min.js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../assets/graphiql/react.production.min.js"),
    },
    Source {
        stem: "react-dom",
        suffix: "production.min.js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../assets/graphiql/react-dom.production.min.js"),
    },
    Source {
        stem: "graphiql",
        suffix: "min.js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../assets/graphiql/graphiql.min.js"),
    },
    Source {
        stem: "graphiql-start",
        suffix: "js",
        content_type: JAVASCRIPT,
        body: include_bytes!("../assets/graphiql/graphiql-start.js"),
    },
];

/// An embedded file and the name it is served under.
struct Asset {
    /// `graphiql-<first 12 hex digits of its SHA-256>.min.js`.
    name: String,
    source: &'static Source,
}

impl Asset {
    fn url(&self) -> String {
        format!("{ASSETS_PATH}{}", self.name)
    }
}

/// The assets, hashed once, at first use.
static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|source| {
            let digest = Sha256::digest(source.body);
            let hex: String = hex::encode(&digest[..6]);
            Asset {
                name: format!("{}-{hex}.{}", source.stem, source.suffix),
                source,
            }
        })
        .collect()
});

/// The page: the stylesheets, then the scripts in order, all at the assets' URLs.
static PAGE: LazyLock<String> = LazyLock::new(|| {
    let mut links = String::new();
    let mut scripts = String::new();
    for asset in ASSETS.iter() {
        if asset.source.content_type == CSS {
            links.push_str(&format!(
                "<link rel=\"stylesheet\" href=\"{}\">\n",
                asset.url()
            ));
        } else {
            scripts.push_str(&format!("<script src=\"{}\"></script>\n", asset.url()));
        }
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Convene GraphiQL</title>\n<link rel=\"icon\" href=\"data:,\">\n{links}</head>\n<body>\n\
         <div id=\"graphiql\">Loading GraphiQL…</div>\n{scripts}</body>\n</html>\n"
    )
});

/// Computes the hashes and the page now rather than on the first request.
pub(crate) fn prepare() {
    LazyLock::force(&PAGE);
}

/// `connect-src`: the page's own origin, where GraphiQL POSTs its requests. The WebSocket
/// for subscriptions goes to `ws://HOST/graphql/ws` (`wss://` behind TLS): CSP Level 3
/// browsers count that as `'self'`, some older ones (older Safari) do not, so the request's
/// own host is named too, under both schemes — never `ws:`/`wss:` to any host. A `Host`
/// that is not a plain `name[:port]` or `[v6]:port` adds nothing.
fn connect_src(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .filter(|host| {
            !host.is_empty()
                && host.len() <= 255
                && host
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || b".-:[]".contains(&byte))
        });
    match host {
        Some(host) => format!("connect-src 'self' ws://{host} wss://{host}"),
        None => "connect-src 'self'".to_string(),
    }
}

/// `GET /graphql` from a browser: the page, with its own Content-Security-Policy.
pub(crate) fn page(headers: &HeaderMap) -> Response {
    let policy = format!("{CONTENT_SECURITY_POLICY}; {}", connect_src(headers));
    let mut response = (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "same-origin"),
            // Asked for again each time: after an upgrade it names the new assets.
            (header::CACHE_CONTROL, "no-cache"),
        ],
        PAGE.as_str(),
    )
        .into_response();
    if let Ok(policy) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// `GET /graphql/assets/{name}`: an embedded file, or 404 for any other name.
pub(crate) async fn asset(Path(name): Path<String>) -> Response {
    let Some(asset) = ASSETS.iter().find(|asset| asset.name == name) else {
        return (
            StatusCode::NOT_FOUND,
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            "no such asset",
        )
            .into_response();
    };
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, asset.source.content_type),
            (header::CACHE_CONTROL, IMMUTABLE),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        Body::from(asset.source.body),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_has_a_hashed_name_of_its_own() {
        let names: std::collections::BTreeSet<&str> =
            ASSETS.iter().map(|asset| asset.name.as_str()).collect();
        assert_eq!(names.len(), SOURCES.len());
        for asset in ASSETS.iter() {
            assert!(PAGE.contains(&asset.url()), "{}", asset.name);
        }
        assert!(!PAGE.contains("http"), "{}", *PAGE);
    }

    /// Base64 (RFC 4648, padded), for the hash of a CSP source.
    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let word = chunk.iter().enumerate().fold(0u32, |word, (i, byte)| {
                word | (u32::from(*byte) << (16 - 8 * i))
            });
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ALPHABET[((word >> (18 - 6 * i)) & 63) as usize]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    #[test]
    fn the_style_hash_allows_only_the_scroll_lock() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(&Sha256::digest(SCROLL_LOCK_CSS)), SCROLL_LOCK_HASH);
        assert!(CONTENT_SECURITY_POLICY.contains(&format!("'sha256-{SCROLL_LOCK_HASH}'")));
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe"));
        // The bundle still writes it (a new GraphiQL must be checked again in a browser).
        let bundle = SOURCES
            .iter()
            .find(|source| source.stem == "graphiql" && source.suffix == "min.js")
            .map(|source| String::from_utf8_lossy(source.body))
            .expect("the GraphiQL bundle");
        assert!(bundle.contains("--removed-body-scroll-bar-size"));
    }

    #[test]
    fn an_odd_host_is_not_copied_into_the_policy() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert_eq!(
            connect_src(&headers),
            "connect-src 'self' ws://127.0.0.1:8080 wss://127.0.0.1:8080"
        );
        headers.insert(
            header::HOST,
            HeaderValue::from_static("x; script-src 'unsafe-inline'"),
        );
        assert_eq!(connect_src(&headers), "connect-src 'self'");
    }
}
