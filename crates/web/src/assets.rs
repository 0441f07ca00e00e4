//! The pages' assets, embedded in the binary and served at URLs that carry a hash of their
//! content (`/assets/app-1a2b3c4d5e6f.css`), so browsers may keep them for a year and a
//! new build is never shadowed by an old copy. Nothing is loaded from another origin.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::errors::Failure;

/// One embedded file.
struct Asset {
    /// The name templates use (`app.css`).
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const FILES: [Asset; 5] = [
    Asset {
        name: "app.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../assets/app.css"),
    },
    Asset {
        name: "print.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../assets/print.css"),
    },
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/app.js"),
    },
    Asset {
        name: "htmx.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/htmx-2.0.11.min.js"),
    },
    Asset {
        name: "icon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../assets/icon.svg"),
    },
];

/// Each file with its hashed URL name (`app-1a2b3c4d5e6f.css`).
static HASHED: LazyLock<Vec<(String, &'static Asset)>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|asset| {
            let digest = Sha256::digest(asset.body);
            let hash: String = hex::encode(&digest[..6]);
            let (stem, ext) = asset.name.rsplit_once('.').unwrap_or((asset.name, ""));
            (format!("{stem}-{hash}.{ext}"), asset)
        })
        .collect()
});

/// The URL of an asset by its plain name.
pub(crate) fn url(name: &str) -> String {
    HASHED
        .iter()
        .find(|(_, asset)| asset.name == name)
        .map_or_else(
            || {
                debug_assert!(false, "no asset named {name}");
                format!("/assets/{name}")
            },
            |(hashed, _)| format!("/assets/{hashed}"),
        )
}

/// Whether `path` is the URL of an embedded asset: served without a session. Any other path
/// under `/assets/` (an old build's file, a mistyped name) is a missing page like any other.
pub(crate) fn is_asset(path: &str) -> bool {
    path.strip_prefix("/assets/")
        .is_some_and(|name| HASHED.iter().any(|(hashed, _)| hashed == name))
}

/// `GET /assets/{name}`: a file by its hashed name, cached for a year.
pub(crate) async fn serve(Path(name): Path<String>) -> Response {
    let Some((_, asset)) = HASHED.iter().find(|(hashed, _)| *hashed == name) else {
        return Failure::NotFound.into_response();
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        asset.body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::{is_asset, url};

    #[test]
    fn only_the_hashed_names_are_assets() {
        for name in ["app.css", "print.css", "app.js", "htmx.js", "icon.svg"] {
            assert!(is_asset(&url(name)), "{name}");
        }
        for path in [
            "/assets/",
            "/assets/app.css",
            "/assets/app-000000000000.css",
            "/assets/a/b",
            "/sign-in",
        ] {
            assert!(!is_asset(path), "{path}");
        }
    }
}
