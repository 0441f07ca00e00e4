//! GraphiQL at `GET /graphql` loads nothing from another origin: the page names only its own
//! content-hashed assets under `/graphql/assets/`, which the server embeds and serves as
//! immutable, and the page carries a Content-Security-Policy with no external source and no
//! `'unsafe-inline'`.

use convene_e2e::{HttpResponse, Server, workspace_root};

const NOW: &str = "2026-04-01T09:00:00-04:00";

/// The page, as a browser asks for it.
fn page(server: &Server) -> HttpResponse {
    let response = server.http("GET", "/graphql", &[("Accept", "text/html")], b"");
    assert_eq!(response.status, 200, "{}", response.body);
    response
}

/// The values of `attribute="…"` in the tags named `tag`.
fn attributes(html: &str, tag: &str, attribute: &str) -> Vec<String> {
    let open = format!("<{tag}");
    let key = format!("{attribute}=\"");
    html.match_indices(&open)
        .filter_map(|(start, _)| {
            let rest = &html[start..];
            let tag_text = &rest[..rest.find('>').expect("a closed tag")];
            let at = tag_text.find(&key)? + key.len();
            let value = &tag_text[at..];
            Some(value[..value.find('"').expect("a closed attribute")].to_string())
        })
        .collect()
}

#[test]
fn graphiql_loads_nothing_from_another_origin() {
    let server = Server::start(NOW);
    let response = page(&server);
    let html = &response.body;
    assert!(
        response
            .header("Content-Type")
            .is_some_and(|value| value.starts_with("text/html")),
        "{:?}",
        response.headers
    );

    // No URL to another host: none at all, since the page's own are paths.
    for scheme in ["http://", "https://", "//"] {
        let own = format!("{scheme}{}", server.address);
        let other = html
            .match_indices(scheme)
            .any(|(at, _)| !html[at..].starts_with(&own));
        assert!(!other, "the page names another host ({scheme}): {html}");
    }
    // No inline script, no inline style.
    let script_tags = html.matches("<script").count();
    let script_sources = attributes(html, "script", "src");
    assert!(script_tags > 0, "{html}");
    assert_eq!(
        script_sources.len(),
        script_tags,
        "an inline script: {html}"
    );
    assert!(!html.contains("<style"), "an inline style element: {html}");
    assert!(
        !html.contains("style="),
        "an inline style attribute: {html}"
    );

    // Every script and stylesheet is an immutable asset of this server, of the right type;
    // any other link (the icon) is a `data:` URL, which loads nothing.
    let mut stylesheets = Vec::new();
    for (at, _) in html.match_indices("<link") {
        let tag = &html[at..at + html[at..].find('>').expect("a closed tag")];
        let href = attributes(&html[at..], "link", "href").remove(0);
        if tag.contains("rel=\"stylesheet\"") {
            stylesheets.push(href);
        } else {
            assert!(href.starts_with("data:"), "{tag}");
        }
    }
    assert_eq!(stylesheets.len(), 2, "{html}");
    let mut assets: Vec<(String, &str)> = Vec::new();
    assets.extend(stylesheets.into_iter().map(|href| (href, "text/css")));
    assets.extend(
        script_sources
            .into_iter()
            .map(|src| (src, "text/javascript")),
    );
    for (url, content_type) in &assets {
        assert!(url.starts_with("/graphql/assets/"), "{url}");
        let asset = server.http("GET", url, &[], b"");
        assert_eq!(asset.status, 200, "{url}: {}", asset.body);
        assert!(
            asset
                .header("Content-Type")
                .is_some_and(|value| value.starts_with(content_type)),
            "{url}: {:?}",
            asset.headers
        );
        assert_eq!(
            asset.header("Cache-Control"),
            Some("public, max-age=31536000, immutable"),
            "{url}"
        );
        assert_eq!(
            asset.header("X-Content-Type-Options"),
            Some("nosniff"),
            "{url}"
        );
        assert!(!asset.body.is_empty(), "{url}");
    }
    // The bundle served is the vendored file, byte for byte (its name carries its hash).
    let bundle = assets
        .iter()
        .find(|(url, _)| url.starts_with("/graphql/assets/graphiql-") && url.ends_with(".min.js"))
        .expect("the GraphiQL bundle");
    let vendored = std::fs::read_to_string(
        workspace_root().join("crates/api/assets/graphiql/graphiql.min.js"),
    )
    .expect("the vendored bundle");
    assert!(
        server.http("GET", &bundle.0, &[], b"").body == vendored,
        "the bundle served is not the vendored one"
    );

    // An unknown asset, or a known one under a stale hash, is 404.
    for unknown in [
        "/graphql/assets/nothing.js",
        "/graphql/assets/graphiql-000000000000.min.js",
        "/graphql/assets/",
    ] {
        assert_eq!(
            server.http("GET", unknown, &[], b"").status,
            404,
            "{unknown}"
        );
    }
}

#[test]
fn the_graphiql_page_has_a_strict_content_security_policy() {
    let server = Server::start(NOW);
    let response = page(&server);
    let policy = response
        .header("Content-Security-Policy")
        .unwrap_or_else(|| panic!("no CSP: {:?}", response.headers));
    let directives: Vec<(&str, Vec<&str>)> = policy
        .split(';')
        .map(str::trim)
        .filter(|directive| !directive.is_empty())
        .map(|directive| {
            let mut words = directive.split_whitespace();
            let name = words.next().expect("a directive name");
            (name, words.collect())
        })
        .collect();
    let directive = |name: &str| -> &[&str] {
        directives
            .iter()
            .find(|(found, _)| *found == name)
            .map(|(_, sources)| sources.as_slice())
            .unwrap_or_else(|| panic!("no {name} in {policy}"))
    };
    assert_eq!(directive("default-src"), ["'self'"], "{policy}");
    assert_eq!(directive("script-src"), ["'self'"], "{policy}");
    assert_eq!(directive("frame-ancestors"), ["'none'"], "{policy}");
    assert_eq!(directive("base-uri"), ["'none'"], "{policy}");
    assert_eq!(directive("form-action"), ["'self'"], "{policy}");
    assert!(directive("style-src").contains(&"'self'"), "{policy}");
    // The WebSocket for subscriptions: this server's own host and nothing else.
    let own_ws = format!("ws://{}", server.address);
    let own_wss = format!("wss://{}", server.address);
    for source in directive("connect-src") {
        assert!(
            ["'self'", own_ws.as_str(), own_wss.as_str()].contains(source),
            "connect-src allows {source}: {policy}"
        );
    }
    // Nothing from another origin, nothing inline, no eval; `data:` only for images and fonts.
    for (name, sources) in &directives {
        for source in sources {
            assert!(
                !source.contains("unsafe") && *source != "*" && !source.starts_with("http"),
                "{name} allows {source}: {policy}"
            );
            if *source == "data:" {
                assert!(["img-src", "font-src"].contains(name), "{name}: {policy}");
            }
            if source.starts_with("ws") {
                assert_eq!(*name, "connect-src", "{policy}");
            }
        }
    }
    assert_eq!(response.header("X-Content-Type-Options"), Some("nosniff"));
    assert_eq!(response.header("Referrer-Policy"), Some("same-origin"));

    // GraphQL over GET (no `Accept: text/html`) still answers JSON.
    let query = server.http("GET", "/graphql?query=%7B__typename%7D", &[], b"");
    assert_eq!(query.status, 200, "{}", query.body);
    assert!(query.body.contains("__typename"), "{}", query.body);
}
