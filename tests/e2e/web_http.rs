//! The web application over plain HTTP, as a browser with JavaScript off uses it (issue 9):
//! sign-in and sessions, the CSRF token and `Origin` check of every form, the security
//! headers and the hashed assets, a revoked key, another tenant's objects, escaping, a
//! mission's whole journey to the focal point desk and back, the six languages, and the
//! error pages. A small cookie-keeping client follows 303 redirects by hand, so each test
//! sees every redirect it asserts on.

use std::collections::BTreeSet;

use convene_e2e::{HttpResponse, Server, workspace_root};
use serde_json::{Value, json};

use crate::scenario::{
    NOW, add_line, approve, confirm, create, header, read_request, submit, succeed, text,
};

/// The day of the event of the stories: Tuesday 12 May 2026, 41 days after [`NOW`].
const EVENT_DATE: &str = "2026-05-12";
/// The same event as GraphQL writes it (10:00–12:00 New York time, EDT).
const EVENT_START: &str = "2026-05-12T10:00:00-04:00";
const EVENT_END: &str = "2026-05-12T12:00:00-04:00";
/// Monday 6 April 2026: five days after [`NOW`], too late to submit (10 days' notice).
const SOON_DATE: &str = "2026-04-06";
/// Four days before the event: cancelling then costs half of each confirmed line.
const FOUR_DAYS_BEFORE: &str = "2026-05-08T09:00:00-04:00";
/// The session cookie's name.
const COOKIE: &str = "convene_session";
/// A well-formed UUIDv7 that names nothing.
const NO_SUCH_ID: &str = "019a0000-0000-7000-8000-000000000000";
/// An id no request can have.
const MALFORMED_ID: &str = "not-a-request-id";
/// The six languages of the switcher.
const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

// ---------------------------------------------------------------- the tests

/// Regression guard for issue 9: the front door sends a visitor to the sign-in page, which
/// is HTML in the visitor's language and direction, starts a session in an HttpOnly
/// SameSite=Lax cookie, and in demo mode lists every persona.
#[test]
fn web_front_door_redirects_to_a_sign_in_page_in_the_visitors_language_with_demo_personas() {
    let server = Server::start(NOW);

    let home = Web::new(&server).get("/");
    assert_eq!(home.status, 303, "{home:?}");
    assert_eq!(location(&home), "/sign-in");

    let page = Web::new(&server).get("/sign-in");
    assert_eq!(page.status, 200, "{page:?}");
    assert_html(&page);
    assert_eq!(
        html_lang_dir(&page.body),
        ("en".to_string(), "ltr".to_string())
    );
    let cookie = session_set_cookie(&page).expect("the sign-in page starts a session");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(
            cookie.split(';').any(|part| part.trim() == attribute),
            "the session cookie lacks {attribute}: {cookie}"
        );
    }
    assert!(!cookie.contains("Secure"), "plain HTTP: {cookie}");
    // Behind a proxy that says the visitor came over TLS, the cookie is Secure.
    let proxied = server.http("GET", "/sign-in", &[("X-Forwarded-Proto", "https")], b"");
    let secure = session_set_cookie(&proxied).expect("a session cookie");
    assert!(
        secure.split(';').any(|part| part.trim() == "Secure"),
        "{secure}"
    );

    let arabic = Web::speaking(&server, "ar").get("/sign-in");
    assert_eq!(arabic.status, 200);
    assert_eq!(
        html_lang_dir(&arabic.body),
        ("ar".to_string(), "rtl".to_string())
    );
    let french = Web::speaking(&server, "fr-CH, en;q=0.8").get("/sign-in");
    assert_eq!(
        html_lang_dir(&french.body),
        ("fr".to_string(), "ltr".to_string())
    );

    let personas: BTreeSet<String> = tags(&page.body)
        .iter()
        .filter_map(|tag| tag.attr("data-persona").map(str::to_string))
        .collect();
    let mut expected: BTreeSet<String> = ["focal-point".to_string(), "finance".to_string()].into();
    expected.extend(
        server
            .tokens
            .missions
            .keys()
            .map(|code| format!("mission:{code}")),
    );
    expected.extend(
        server
            .tokens
            .units
            .keys()
            .map(|code| format!("unit:{code}")),
    );
    assert!(expected.contains("mission:FRA"), "{expected:?}");
    assert!(expected.len() >= 5, "{expected:?}");
    assert_eq!(personas, expected, "the demo personas of the sign-in page");
}

/// Regression guard for issue 9: every answer (a page, a mission's page, an asset, a 404)
/// carries a strict Content-Security-Policy, nosniff and a Referrer-Policy, and every page
/// loads only same-origin, content-hashed, immutable assets and nothing inline.
#[test]
fn web_pages_assets_and_404s_carry_a_strict_csp_and_load_only_hashed_same_origin_assets() {
    let server = Server::start(NOW);
    let mut visitor = Web::new(&server);
    let mut fra = Web::signed_in(&server, &server.tokens.mission("FRA"));
    let id = create_via_form(
        &mut fra,
        "Security headers",
        EVENT_DATE,
        "10:00",
        "12:00",
        "30",
    );

    let pages = [
        ("the sign-in page", visitor.get("/sign-in"), 200),
        ("the mission home", fra.get("/requests"), 200),
        ("the new request form", fra.get("/requests/new"), 200),
        ("a request page", fra.get(&format!("/requests/{id}")), 200),
        (
            "the services page",
            fra.get(&format!("/requests/{id}/services")),
            200,
        ),
        ("a 404 page", visitor.get("/no-such-page"), 404),
    ];
    let mut assets = BTreeSet::new();
    for (what, page, status) in &pages {
        assert_eq!(page.status, *status, "{what}: {page:?}");
        assert_html(page);
        assert_strict_headers(what, page);
        assets.extend(assert_nothing_inline_and_list_assets(what, &page.body));
    }
    assert!(
        assets.iter().any(|url| url.ends_with(".css"))
            && assets.iter().any(|url| url.ends_with(".js")),
        "the pages load a stylesheet and a script: {assets:?}"
    );
    for url in &assets {
        let name = url
            .strip_prefix("/assets/")
            .unwrap_or_else(|| panic!("an asset from elsewhere than /assets/: {url}"));
        assert!(
            is_hashed_name(name),
            "no content hash in the asset's name: {url}"
        );
        let asset = server.http("GET", url, &[], b"");
        assert_eq!(asset.status, 200, "{url}: {asset:?}");
        let cache = asset.header("cache-control").unwrap_or_default();
        assert!(
            cache.contains("immutable"),
            "{url}: Cache-Control {cache:?}"
        );
        assert!(cache.contains("max-age="), "{url}: Cache-Control {cache:?}");
        let kind = asset.header("content-type").unwrap_or_default();
        let expected = match name.rsplit_once('.').map(|(_, ext)| ext) {
            Some("css") => "text/css",
            Some("js") => "javascript",
            Some("svg") => "image/svg+xml",
            other => panic!("an asset of an unexpected kind {other:?}: {url}"),
        };
        assert!(kind.contains(expected), "{url}: Content-Type {kind:?}");
        assert_strict_headers(url, &asset);
        assert!(
            session_set_cookie(&asset).is_none(),
            "an asset starts no session: {url}"
        );
    }
    // An old build's asset name is not served: it is the 404 page.
    let stale = server.http("GET", "/assets/app-000000000000.css", &[], b"");
    assert_eq!(stale.status, 404, "{stale:?}");
    assert_html(&stale);
    assert_strict_headers("a missing asset", &stale);
}

/// Regression guard for issue 9: signing in starts a new session (no fixation) that opens
/// the mission's home; a wrong key is a 401 page with no session; after signing out the old
/// cookie opens nothing; `next` brings the visitor back, never to another site.
#[test]
fn web_sign_in_rotates_the_session_a_wrong_key_is_refused_and_sign_out_ends_the_session() {
    let server = Server::start(NOW);
    let fra_key = server.tokens.mission("FRA");

    let mut web = Web::new(&server);
    let sign_in = web.get("/sign-in");
    assert_eq!(sign_in.status, 200);
    let anonymous = web.cookie.clone().expect("an anonymous session");
    let signed = web.sign_in(&fra_key);
    assert_eq!(signed.status, 303, "{signed:?}");
    assert_eq!(location(&signed), "/");
    let cookie = session_set_cookie(&signed).expect("signing in sets a new cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    let session = web.cookie.clone().expect("a signed-in session");
    assert_ne!(session, anonymous, "signing in must start a new session id");
    // The anonymous id is no session any more: knowing it gives nothing.
    let fixed = Web::with_cookie(&server, &anonymous).get("/requests");
    assert_eq!(fixed.status, 303, "{fixed:?}");
    assert!(location(&fixed).starts_with("/sign-in"), "{fixed:?}");

    let home = web.get("/");
    assert_eq!(home.status, 303);
    assert_eq!(location(&home), "/requests");
    let requests = web.get("/requests");
    assert_eq!(requests.status, 200, "{requests:?}");
    assert_html(&requests);
    let words = visible_text(&requests.body);
    assert!(words.contains(&ftl("en", "home-title")), "{words}");
    assert!(words.contains("Mission FRA"), "{words}");
    assert!(
        requests.body.contains("action=\"/sign-out\""),
        "a sign-out form"
    );

    // A wrong key: the sign-in page again, with the error, and no session.
    let mut stranger = Web::new(&server);
    let refused = stranger.sign_in("cvn_not_a_real_key");
    assert_eq!(refused.status, 401, "{refused:?}");
    assert_html(&refused);
    assert!(
        visible_text(&refused.body).contains(&ftl("en", "sign-in-invalid")),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("aria-invalid=\"true\""),
        "{}",
        refused.body
    );
    assert!(session_set_cookie(&refused).is_none(), "{refused:?}");
    let still_out = stranger.get("/requests");
    assert_eq!(still_out.status, 303, "{still_out:?}");

    // `next` comes back to the page that asked for sign-in, and only to this site.
    let mut returning = Web::new(&server);
    let asked = returning.get("/requests");
    assert_eq!(asked.status, 303);
    let to = location(&asked);
    assert_eq!(to.replace("%2F", "/"), "/sign-in?next=/requests", "{to}");
    let form = returning.get(&to);
    let next = hidden_fields(&form.body, "sign-in")
        .into_iter()
        .find(|(name, _)| name == "next")
        .map(|(_, value)| value)
        .unwrap_or_default();
    assert_eq!(next, "/requests");
    let back = returning.post("/sign-in", &[("token", &fra_key), ("next", &next)]);
    assert_eq!(back.status, 303);
    assert_eq!(location(&back), "/requests");
    let mut lured = Web::new(&server);
    for evil in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let answer = lured.post("/sign-in", &[("token", &fra_key), ("next", evil)]);
        assert_eq!(answer.status, 303, "{evil}");
        assert_eq!(location(&answer), "/", "next={evil} must stay on this site");
    }

    // Signing out ends the session: its cookie is cleared and the old id opens nothing.
    let out = web.post("/sign-out", &[]);
    assert_eq!(out.status, 303, "{out:?}");
    assert_eq!(location(&out), "/sign-in");
    let cleared = session_set_cookie(&out).expect("signing out clears the cookie");
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert_eq!(web.cookie, None);
    let after = Web::with_cookie(&server, &session).get("/requests");
    assert_eq!(after.status, 303, "{after:?}");
    assert_eq!(
        location(&after).replace("%2F", "/"),
        "/sign-in?next=/requests"
    );
}

/// Regression guard for issue 9: a state-changing form without this session's CSRF token,
/// with a wrong one, or from another origin is refused with 403 and changes nothing.
#[test]
fn web_forms_without_the_csrf_token_or_from_another_origin_are_refused_and_change_nothing() {
    let server = Server::start(NOW);
    let fra_key = server.tokens.mission("FRA");
    let mut web = Web::new(&server);
    let before_sign_in = web.csrf();
    assert_eq!(web.sign_in(&fra_key).status, 303);
    let csrf = web.csrf();
    assert_ne!(
        csrf, before_sign_in,
        "the CSRF token changes with the session"
    );

    let form = web.get("/requests/new");
    assert_eq!(form.status, 200, "{form:?}");
    let key = hidden_fields(&form.body, "request-form")
        .into_iter()
        .find(|(name, _)| name == "key")
        .map(|(_, value)| value)
        .expect("the form's idempotency key");
    let fields = [
        ("title", "Forged request"),
        ("description", ""),
        ("date", EVENT_DATE),
        ("start", "10:00"),
        ("end", "12:00"),
        ("attendance", "30"),
        ("room", ""),
        ("key", key.as_str()),
    ];
    let origin = server.url.clone();
    let with_csrf = |token: &str| {
        let mut all = vec![("csrf", token)];
        all.extend_from_slice(&fields);
        form_encode(&all)
    };
    let wrong = "0".repeat(csrf.len());
    let attempts: [(&str, String, Option<&str>); 6] = [
        ("no csrf field", form_encode(&fields), Some(origin.as_str())),
        ("an empty csrf", with_csrf(""), Some(origin.as_str())),
        ("a wrong csrf", with_csrf(&wrong), Some(origin.as_str())),
        (
            "the anonymous session's csrf",
            with_csrf(&before_sign_in),
            Some(origin.as_str()),
        ),
        (
            "another origin",
            with_csrf(&csrf),
            Some("http://evil.example"),
        ),
        ("no Origin nor Referer", with_csrf(&csrf), None),
    ];
    for (what, body, origin) in attempts {
        let refused = web.post_raw("/requests", &body, origin);
        assert_eq!(refused.status, 403, "{what}: {refused:?}");
        assert_html(&refused);
        assert!(
            visible_text(&refused.body).contains(&ftl("en", "error-forbidden")),
            "{what}: {}",
            refused.body
        );
        assert_eq!(
            requests_of(&server, &fra_key),
            json!([]),
            "{what} created a request"
        );
    }
    // A look-alike host is another origin too.
    let look_alike = format!("{origin}.evil.example");
    let refused = web.post_raw("/requests", &with_csrf(&csrf), Some(&look_alike));
    assert_eq!(refused.status, 403, "{refused:?}");
    assert_eq!(requests_of(&server, &fra_key), json!([]));

    let created = web.post_raw("/requests", &with_csrf(&csrf), Some(&origin));
    assert_eq!(created.status, 303, "{created:?}");
    let id = request_id_of(&location(&created), "/services");
    let listed = requests_of(&server, &fra_key);
    assert_eq!(listed, json!([{ "id": id, "title": "Forged request" }]));
}

/// Regression guard for issue 9: revoking an access key ends every session signed in with
/// it at once, and the key no longer signs in.
#[test]
fn web_a_revoked_key_ends_its_sessions_at_once() {
    let server = Server::start(NOW);
    let fra_key = server.tokens.mission("FRA");
    let mut web = Web::signed_in(&server, &fra_key);
    assert_eq!(web.get("/requests").status, 200);

    let revoked = succeed(
        &server,
        &server.tokens.admin,
        "tokenRevoke",
        json!({ "token": fra_key }),
    );
    assert_eq!(revoked["ok"], true, "{revoked}");

    let after = web.get("/requests");
    assert_eq!(
        after.status, 303,
        "a revoked key's session must end: {after:?}"
    );
    assert_eq!(
        location(&after).replace("%2F", "/"),
        "/sign-in?next=/requests"
    );
    let again = Web::new(&server).sign_in(&fra_key);
    assert_eq!(again.status, 401, "{again:?}");
    assert!(session_set_cookie(&again).is_none());
    // Another mission's session is untouched.
    let mut bra = Web::signed_in(&server, &server.tokens.mission("BRA"));
    assert_eq!(bra.get("/requests").status, 200);
}

/// Regression guard for issue 9: another mission's request is exactly the 404 page of a
/// request that does not exist and of a malformed id, on every page and form of it.
#[test]
fn web_another_missions_request_is_the_same_404_as_a_missing_or_malformed_one() {
    let server = Server::start(NOW);
    let fra_key = server.tokens.mission("FRA");
    let mut fra = Web::signed_in(&server, &fra_key);
    let id = create_via_form(
        &mut fra,
        "France's own side event",
        EVENT_DATE,
        "10:00",
        "12:00",
        "30",
    );
    assert_eq!(fra.get(&format!("/requests/{id}")).status, 200);

    let mut bra = Web::signed_in(&server, &server.tokens.mission("BRA"));
    let csrf = bra.csrf();
    let home = bra.get("/requests");
    assert_eq!(home.status, 200);
    assert!(!home.body.contains(&id), "BRA's home lists FRA's request");
    assert!(!home.body.contains("France&#39;s own") && !home.body.contains("France's own"));

    let suffixes = [
        "",
        "/services",
        "/guests",
        "/live",
        "/events",
        "/edit",
        "/cancel",
        "/feedback",
    ];
    for suffix in suffixes {
        let answers: Vec<(u16, Option<String>, String)> = [id.as_str(), NO_SUCH_ID, MALFORMED_ID]
            .iter()
            .map(|target| {
                let answer = bra.get(&format!("/requests/{target}{suffix}"));
                let kind = answer.header("content-type").map(str::to_string);
                (answer.status, kind, normalized(&answer.body, &csrf, target))
            })
            .collect();
        assert_eq!(
            answers[0].0, 404,
            "/requests/{{FRA's id}}{suffix}: {}",
            answers[0].2
        );
        assert!(
            answers[0]
                .1
                .as_deref()
                .unwrap_or_default()
                .starts_with("text/html")
        );
        assert_eq!(
            answers[0], answers[1],
            "FRA's id vs a missing one on {suffix}"
        );
        assert_eq!(
            answers[0], answers[2],
            "FRA's id vs a malformed one on {suffix}"
        );
    }

    let posts: [(&str, Vec<(&str, &str)>); 6] = [
        ("/submit", vec![("version", "1")]),
        ("/lines", vec![("item", "CAT-COFFEE"), ("quantity", "40")]),
        (
            "/guests",
            vec![("full_name", "Intruder"), ("organization", "")],
        ),
        (
            "/guests/paste",
            vec![("guests", "Intruder One\nIntruder Two")],
        ),
        (
            "/cancel",
            vec![("reason", "Not ours to cancel"), ("version", "1")],
        ),
        (
            "/edit",
            vec![
                ("title", "Taken over"),
                ("date", EVENT_DATE),
                ("start", "10:00"),
                ("end", "12:00"),
                ("attendance", "30"),
                ("version", "1"),
            ],
        ),
    ];
    for (suffix, fields) in &posts {
        let foreign = bra.post(&format!("/requests/{id}{suffix}"), fields);
        let missing = bra.post(&format!("/requests/{NO_SUCH_ID}{suffix}"), fields);
        assert_eq!(foreign.status, 404, "POST {suffix} as BRA: {foreign:?}");
        assert_eq!(
            normalized(&foreign.body, &csrf, &id),
            normalized(&missing.body, &csrf, NO_SUCH_ID),
            "POST {suffix}"
        );
    }
    let request = read_request(&server, &fra_key, &id);
    assert_eq!(request["status"], "DRAFT", "{request}");
    assert_eq!(request["title"], "France's own side event");
    assert_eq!(request["serviceLines"], json!([]), "{request}");
    assert_eq!(request["guests"], json!([]), "{request}");
}

/// Regression guard for issue 9: what a user typed is shown as text, never as markup, on
/// the mission's pages and the focal point's queue.
#[test]
fn web_a_title_with_markup_is_escaped_on_every_page_that_shows_it() {
    let server = Server::start(NOW);
    let title = "<script>alert(1)</script> & \"quotes\"";
    let guest = "<img src=x onerror=alert(2)>";
    let mut fra = Web::signed_in(&server, &server.tokens.mission("FRA"));
    let id = create_via_form(&mut fra, title, EVENT_DATE, "10:00", "12:00", "30");
    assert_eq!(
        read_request(&server, &server.tokens.mission("FRA"), &id)["title"],
        title
    );
    let added = fra.post(
        &format!("/requests/{id}/guests"),
        &[("full_name", guest), ("organization", "<b>bold</b>")],
    );
    assert_eq!(added.status, 303, "{added:?}");
    let version = read_request(&server, &server.tokens.mission("FRA"), &id)["version"].to_string();
    assert_eq!(
        fra.post(&format!("/requests/{id}/submit"), &[("version", &version)])
            .status,
        303
    );
    let mut desk = Web::new(&server);
    assert_eq!(desk.persona("focal-point").status, 303);

    let pages = [
        ("the mission home", fra.get("/requests")),
        ("the request page", fra.get(&format!("/requests/{id}"))),
        (
            "the services page",
            fra.get(&format!("/requests/{id}/services")),
        ),
        (
            "the guests page",
            fra.get(&format!("/requests/{id}/guests")),
        ),
        (
            "the cancel page",
            fra.get(&format!("/requests/{id}/cancel")),
        ),
        ("the desk queue", desk.get("/desk")),
        (
            "the desk's request page",
            desk.get(&format!("/requests/{id}")),
        ),
    ];
    for (what, page) in &pages {
        assert_eq!(page.status, 200, "{what}: {page:?}");
        assert!(
            !page.body.contains("<script>alert"),
            "{what} shows the title as a tag"
        );
        assert!(
            !page.body.contains("<img src=x"),
            "{what} shows the guest as a tag"
        );
        assert!(!page.body.contains("<b>bold"), "{what} shows markup");
        assert!(
            contains_escaped(&page.body, title),
            "{what} does not show the title as escaped text"
        );
        assert!(
            visible_text(&page.body).contains(title),
            "{what} does not show the title as typed"
        );
        assert_nothing_inline_and_list_assets(what, &page.body);
    }
    let (_, guests_page) = pages
        .iter()
        .find(|(what, _)| *what == "the guests page")
        .expect("the guests page");
    assert!(
        contains_escaped(&guests_page.body, guest),
        "{}",
        guests_page.body
    );
    assert!(visible_text(&guests_page.body).contains(guest));
}

/// Regression guard for issue 9: a mission's whole journey over HTTP — create with a free
/// room, order services (the page's estimate is the API's), paste guests (a bad line is
/// refused with its reason), submit (and a late submit refused with LEAD_TIME next to the
/// form), the desk approves in a room and sees it in the day view, and cancelling shows the
/// fee before it is confirmed.
#[test]
fn web_a_mission_requests_orders_invites_submits_is_approved_and_cancels_with_the_fee_shown() {
    let server = Server::start(NOW);
    let fra_key = server.tokens.mission("FRA");
    let id = {
        let mut fra = Web::signed_in(&server, &fra_key);

        // The form shows the rooms free then that fit; the mission prefers one.
        let query = form_encode(&[
            ("date", EVENT_DATE),
            ("start", "10:00"),
            ("end", "12:00"),
            ("attendance", "40"),
        ]);
        let form = fra.get(&format!("/requests/new?{query}"));
        assert_eq!(form.status, 200, "{form:?}");
        let (_, free) = element(&form.body, |tag| tag.attr("id") == Some("free-rooms"))
            .expect("the free rooms");
        let rooms: Vec<String> = tags(free)
            .iter()
            .filter_map(|tag| tag.attr("data-room").map(str::to_string))
            .collect();
        assert!(!rooms.is_empty(), "no free room shown: {free}");
        let room = rooms[0].clone();
        let key = hidden_fields(&form.body, "request-form")
            .into_iter()
            .find(|(name, _)| name == "key")
            .map(|(_, value)| value)
            .expect("an idempotency key");
        let created = fra.post(
            "/requests",
            &[
                ("title", "Oceans and climate: a dialogue"),
                ("description", "Panel and coffee."),
                ("date", EVENT_DATE),
                ("start", "10:00"),
                ("end", "12:00"),
                ("attendance", "40"),
                ("room", &room),
                ("key", &key),
            ],
        );
        assert_eq!(created.status, 303, "{created:?}");
        let id = request_id_of(&location(&created), "/services");
        let services = fra.follow(created);
        assert_eq!(services.status, 200, "{services:?}");
        for item in ["CAT-COFFEE", "SEC-GUARD", "AV-MIC"] {
            assert!(
                services.body.contains(&format!("data-item=\"{item}\"")),
                "{item} is not offered"
            );
        }

        // Services: three lines, and a refused one with its code next to the order.
        for (item, quantity) in [("CAT-COFFEE", "40"), ("SEC-GUARD", "2"), ("AV-MIC", "3")] {
            let added = fra.post(
                &format!("/requests/{id}/lines"),
                &[("item", item), ("quantity", quantity)],
            );
            assert_eq!(added.status, 303, "{item}: {added:?}");
            assert_eq!(location(&added), format!("/requests/{id}/services"));
        }
        let refused = fra.post(
            &format!("/requests/{id}/lines"),
            &[("item", "AV-MIC"), ("quantity", "0")],
        );
        assert_eq!(refused.status, 422, "{refused:?}");
        assert!(
            refused.body.contains("data-code=\"VALIDATION\""),
            "{}",
            refused.body
        );
        let request = read_request(&server, &fra_key, &id);
        assert_eq!(
            request["serviceLines"].as_array().map(Vec::len),
            Some(3),
            "{request}"
        );

        // The page's estimate is the API's.
        let page = fra.get(&format!("/requests/{id}"));
        assert_eq!(page.status, 200);
        let shown = digits(&text_of(&page.body, "estimate-total"));
        let total = text(&request["estimate"]["total"]["amount"]);
        assert_eq!(
            shown,
            digits(&total),
            "the page's estimate vs the API's {total}"
        );
        assert_ne!(
            digits(&total).trim_start_matches('0'),
            "",
            "an estimate of nothing"
        );

        // Guests pasted as a list: the line without a name is refused and says why.
        let pasted = fra.post(
            &format!("/requests/{id}/guests/paste"),
            &[(
                "guests",
                "Amina Diallo, UNDP\n , Ministry of Nobody\nLi Wei\tMinistry of Ecology, China\n",
            )],
        );
        assert_eq!(pasted.status, 422, "{pasted:?}");
        let results = list_items_with_class(&pasted.body);
        let added: Vec<&(String, String)> =
            results.iter().filter(|(class, _)| class == "ok").collect();
        let refused: Vec<&(String, String)> = results
            .iter()
            .filter(|(class, _)| class == "refused")
            .collect();
        assert_eq!(added.len(), 2, "{results:?}");
        assert_eq!(refused.len(), 1, "{results:?}");
        let (_, refusal) = refused[0];
        assert!(refusal.contains("Ministry of Nobody"), "{refusal}");
        let reason = refusal
            .split_once('—')
            .map(|(_, reason)| reason.trim())
            .unwrap_or_default();
        assert!(!reason.is_empty(), "the refused line says why: {refusal}");
        assert!(
            pasted.body.contains("id=\"error-summary\""),
            "{}",
            pasted.body
        );
        let guests = fra.get(&format!("/requests/{id}/guests"));
        assert_eq!(
            guests.body.matches("data-guest=").count(),
            2,
            "{}",
            guests.body
        );
        let names: Vec<String> = read_request(&server, &fra_key, &id)["guests"]
            .as_array()
            .expect("guests")
            .iter()
            .map(|guest| text(&guest["fullName"]))
            .collect();
        assert_eq!(names, ["Amina Diallo", "Li Wei"]);

        // Submit, from the request page's own form.
        let page = fra.get(&format!("/requests/{id}"));
        let fields = hidden_fields(&page.body, "submit-request");
        let submitted = fra.post_form(&format!("/requests/{id}/submit"), &fields);
        assert_eq!(submitted.status, 303, "{submitted:?}");
        assert_eq!(location(&submitted), format!("/requests/{id}"));
        let page = fra.follow(submitted);
        assert_eq!(status_on(&page.body), "SUBMITTED");
        assert_eq!(read_request(&server, &fra_key, &id)["status"], "SUBMITTED");

        // A request only five days ahead cannot be submitted: the code is shown by the form.
        let soon = create_via_form(&mut fra, "Too soon", SOON_DATE, "10:00", "11:00", "10");
        let page = fra.get(&format!("/requests/{soon}"));
        let fields = hidden_fields(&page.body, "submit-request");
        let late = fra.post_form(&format!("/requests/{soon}/submit"), &fields);
        assert_eq!(late.status, 422, "{late:?}");
        let (_, summary) = element(&late.body, |tag| tag.attr("id") == Some("error-summary"))
            .unwrap_or_else(|| panic!("no error summary: {}", late.body));
        assert!(summary.contains("data-code=\"LEAD_TIME\""), "{summary}");
        assert!(!visible_text(summary).trim().is_empty());
        assert!(
            late.body.contains("id=\"submit-request\""),
            "the form stays: {}",
            late.body
        );
        assert_eq!(status_on(&late.body), "DRAFT");
        assert_eq!(read_request(&server, &fra_key, &soon)["status"], "DRAFT");

        // The focal point finds it in the queue and approves it with a free room.
        let mut desk = Web::new(&server);
        let signed = desk.persona("focal-point");
        assert_eq!(signed.status, 303, "{signed:?}");
        let queue = desk.follow(signed);
        assert_eq!(queue.status, 200, "{queue:?}");
        let reference = text(&read_request(&server, &fra_key, &id)["reference"]);
        let (_, card) = element(&queue.body, |tag| {
            tag.attr("data-reference") == Some(reference.as_str())
        })
        .unwrap_or_else(|| panic!("{reference} is not in the queue: {}", queue.body));
        assert!(card.contains(&format!("href=\"/requests/{id}\"")), "{card}");
        assert!(!queue.body.contains(&soon), "a draft is not in the queue");
        let review = desk.get(&format!("/requests/{id}"));
        assert_eq!(review.status, 200, "{review:?}");
        let (_, approve_form) = element(&review.body, |tag| {
            tag.name == "form" && tag.attr("id") == Some("approve")
        })
        .unwrap_or_else(|| panic!("no approve form: {}", review.body));
        let choices: Vec<Tag> = tags(approve_form)
            .into_iter()
            .filter(|tag| {
                tag.name == "input"
                    && tag.attr("name") == Some("room")
                    && tag.attr("type") == Some("radio")
            })
            .collect();
        assert!(
            !choices.is_empty(),
            "no room to approve with: {approve_form}"
        );
        let chosen = choices
            .iter()
            .find(|tag| tag.attr("checked").is_some())
            .unwrap_or(&choices[0])
            .attr("value")
            .expect("a room code")
            .to_string();
        assert_eq!(chosen, room, "the preferred room is offered first");
        let mut fields = hidden_fields(&review.body, "approve");
        fields.push(("room".to_string(), chosen.clone()));
        let approved = desk.post_form(&format!("/requests/{id}/approve"), &fields);
        assert_eq!(approved.status, 303, "{approved:?}");

        let page = fra.get(&format!("/requests/{id}"));
        assert_eq!(status_on(&page.body), "APPROVED");
        assert!(
            text_of(&page.body, "request-room").contains(&chosen),
            "{}",
            page.body
        );
        let day = desk.get(&format!("/desk/day?date={EVENT_DATE}"));
        assert_eq!(day.status, 200, "{day:?}");
        let (_, row) = element(&day.body, |tag| {
            tag.name == "section" && tag.attr("data-room") == Some(chosen.as_str())
        })
        .unwrap_or_else(|| panic!("no row for {chosen}: {}", day.body));
        assert!(row.contains(&format!("href=\"/requests/{id}\"")), "{row}");
        assert!(row.contains(&reference), "{row}");
        id
    };

    // Catering confirms its line; four days before the event, cancelling costs half of it.
    let coffee = read_request(&server, &fra_key, &id)["serviceLines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|line| line["itemCode"] == "CAT-COFFEE")
        .map(|line| text(&line["id"]))
        .expect("the coffee line");
    confirm(&server, "CATERING", &coffee);
    let server = server.restart(FOUR_DAYS_BEFORE);
    let mut fra = Web::signed_in(&server, &fra_key);
    let page = fra.get(&format!("/requests/{id}/cancel"));
    assert_eq!(page.status, 200, "{page:?}");
    let fee = read_request(&server, &fra_key, &id)["cancellationFee"]["amount"].clone();
    let fee = text(&fee);
    assert_ne!(
        digits(&fee).trim_start_matches('0'),
        "",
        "a fee four days before: {fee}"
    );
    assert_eq!(
        digits(&text_of(&page.body, "cancel-fee")),
        digits(&fee),
        "{}",
        page.body
    );
    let lead = visible_text(&page.body);
    assert!(
        !lead.contains(&ftl("en", "cancel-free")),
        "a fee is not free: {lead}"
    );
    assert_eq!(
        status_on(&fra.get(&format!("/requests/{id}")).body),
        "APPROVED",
        "showing the fee cancels nothing"
    );
    let mut fields = hidden_fields(&page.body, "cancel-request");
    fields.push(("reason".to_string(), "The panel cannot travel.".to_string()));
    let cancelled = fra.post_form(&format!("/requests/{id}/cancel"), &fields);
    assert_eq!(cancelled.status, 303, "{cancelled:?}");
    let page = fra.follow(cancelled);
    assert_eq!(status_on(&page.body), "CANCELLED");
    let request = read_request(&server, &fra_key, &id);
    assert_eq!(request["status"], "CANCELLED", "{request}");
    assert_eq!(request["reason"], "The panel cannot travel.");
}

/// Regression guard for issue 9: every page a mission and the desk use, in each of the six
/// languages chosen with the switcher, says so in `<html lang>` and leaks no message id.
#[test]
fn web_pages_in_each_of_the_six_languages_leak_no_message_id() {
    let server = Server::start(NOW);
    let fra_key = server.tokens.mission("FRA");
    let ids = message_ids();
    assert!(
        ids.len() > 100,
        "the message ids of en/web.ftl: {}",
        ids.len()
    );
    let draft = create(
        &server,
        "FRA",
        header("A draft in six languages", EVENT_START, EVENT_END, 30),
    );
    add_line(&server, "FRA", &draft, "CAT-COFFEE", "30");
    succeed(
        &server,
        &fra_key,
        "guestAdd",
        json!({ "eventRequestId": draft, "fullName": "Amina Diallo", "organization": "UNDP" }),
    );
    let approved = create(
        &server,
        "FRA",
        header("An approved one", EVENT_START, EVENT_END, 30),
    );
    submit(&server, "FRA", &approved);
    approve(&server, &approved, "CR5");
    let waiting = create(
        &server,
        "FRA",
        header(
            "A submitted one",
            "2026-05-13T10:00:00-04:00",
            "2026-05-13T12:00:00-04:00",
            30,
        ),
    );
    submit(&server, "FRA", &waiting);

    let mission_pages = [
        "/requests".to_string(),
        "/requests/new".to_string(),
        format!("/requests/new?date={EVENT_DATE}&start=14%3A00&end=15%3A00&attendance=20"),
        format!("/requests/{draft}"),
        format!("/requests/{draft}/services"),
        format!("/requests/{draft}/guests"),
        format!("/requests/{draft}/edit"),
        format!("/requests/{approved}"),
        format!("/requests/{approved}/cancel"),
        "/invoices".to_string(),
        "/directory".to_string(),
        "/no-such-page".to_string(),
    ];
    let desk_pages = [
        "/desk".to_string(),
        format!("/requests/{waiting}"),
        format!("/desk/day?date={EVENT_DATE}"),
    ];
    let mut fra = Web::signed_in(&server, &fra_key);
    let mut desk = Web::signed_in(&server, &server.tokens.focal_point);
    let english_home = heading(&fra.get("/requests").body);
    for lang in LANGUAGES {
        for (web, pages) in [(&mut fra, &mission_pages[..]), (&mut desk, &desk_pages[..])] {
            let switched = web.post("/lang", &[("lang", lang), ("back", "/requests")]);
            assert_eq!(switched.status, 303, "{lang}: {switched:?}");
            assert_eq!(location(&switched), "/requests");
            for path in pages {
                let page = web.get(path);
                let expected = if path == "/no-such-page" { 404 } else { 200 };
                assert_eq!(page.status, expected, "{lang} {path}: {page:?}");
                let dir = if lang == "ar" { "rtl" } else { "ltr" };
                assert_eq!(
                    html_lang_dir(&page.body),
                    (lang.to_string(), dir.to_string()),
                    "{path}"
                );
                assert_no_message_id(&ids, &format!("{lang} {path}"), &page.body);
            }
        }
        let home = heading(&fra.get("/requests").body);
        if lang != "en" {
            assert_ne!(
                home, english_home,
                "the home's heading is not translated into {lang}"
            );
        }
    }
}

/// Regression guard for issue 9: a missing page is the 404 page in the visitor's language,
/// never a bare status; an oversized form body is a 4xx page, never a 5xx.
#[test]
fn web_a_missing_page_is_the_404_page_in_the_visitors_language_and_an_oversized_form_a_4xx_page() {
    let server = Server::start(NOW);
    let fra_key = server.tokens.mission("FRA");
    let mut french = Web::speaking(&server, "fr");
    let mut fra = Web::signed_in(&server, &fra_key);
    let id = create_via_form(&mut fra, "Big paste", EVENT_DATE, "10:00", "12:00", "30");
    assert_eq!(
        fra.post("/lang", &[("lang", "ru"), ("back", "/requests")])
            .status,
        303
    );

    let missing_id = format!("/requests/{MALFORMED_ID}");
    let missing = [
        (false, "/no-such-page", "fr"),
        (false, "/requests/1/2/3", "fr"),
        (false, "/requests%2F..%2Fsecret", "fr"),
        (false, "/assets/", "fr"),
        (false, "/assets/app-000000000000.css", "fr"),
        (false, "/assets/a/b", "fr"),
        (true, "/no-such-page", "ru"),
        (true, missing_id.as_str(), "ru"),
        (true, "/invoices/0190aaaa-0000-7000-8000-000000000000", "ru"),
    ];
    for (signed_in, path, lang) in missing {
        let web = if signed_in { &mut fra } else { &mut french };
        let page = web.get(path);
        assert_eq!(page.status, 404, "{path}: {page:?}");
        assert_html(&page);
        assert_eq!(html_lang_dir(&page.body).0, lang, "{path}");
        let words = visible_text(&page.body);
        assert!(
            words.contains(&ftl(lang, "error-not-found"))
                && words.contains(&ftl(lang, "error-title-not-found")),
            "{path} in {lang}: {words}"
        );
        assert_strict_headers(path, &page);
    }
    // A page of another role: the 403 page saying so, in the visitor's language.
    for path in ["/desk", "/unit", "/finance"] {
        let page = fra.get(path);
        assert_eq!(page.status, 403, "{path}: {page:?}");
        assert_html(&page);
        let words = visible_text(&page.body);
        assert!(
            words.contains(&ftl("ru", "error-other-role"))
                && words.contains(&ftl("ru", "error-title-other-role")),
            "{path}: {words}"
        );
        assert_strict_headers(path, &page);
    }
    let posted = french.post("/no-such-form", &[("a", "b")]);
    assert_eq!(posted.status, 404, "{posted:?}");
    assert_html(&posted);
    // A form's address opened as a page (a bookmark of where a form went): the 405 page,
    // saying so in the visitor's language, and nothing done.
    let submit = format!("/requests/{id}/submit");
    let wrong = fra.get(&submit);
    assert_eq!(wrong.status, 405, "{wrong:?}");
    assert_html(&wrong);
    assert_eq!(html_lang_dir(&wrong.body).0, "ru");
    let words = visible_text(&wrong.body);
    assert!(
        words.contains(&ftl("ru", "error-title-method"))
            && words.contains(&ftl("ru", "error-method")),
        "{submit}: {words}"
    );
    assert_strict_headers(&submit, &wrong);
    assert_eq!(read_request(&server, &fra_key, &id)["status"], "DRAFT");

    // Oversized bodies (the limit is 256 KiB): refused with a page, and nothing added.
    let big = "Amina Diallo, UNDP\n".repeat(300 * 1024 / 19 + 1);
    assert!(big.len() > 300 * 1024);
    let paste = format!("/requests/{id}/guests/paste");
    let oversized = [
        (true, paste.as_str(), "guests"),
        (false, "/sign-in", "token"),
    ];
    for (signed_in, path, field) in oversized {
        let web = if signed_in { &mut fra } else { &mut french };
        let answer = web.post(path, &[(field, big.as_str())]);
        assert!(
            (400..500).contains(&answer.status),
            "an oversized form to {path} must be a 4xx, not {}: {answer:?}",
            answer.status
        );
        assert_html(&answer);
        assert!(
            answer.body.contains("<html lang="),
            "{path}: not a page: {}",
            answer.body
        );
    }
    assert_eq!(read_request(&server, &fra_key, &id)["guests"], json!([]));
    // The server is still well.
    assert_eq!(fra.get("/requests").status, 200);
}

// ---------------------------------------------------------------- the client

/// A browser without JavaScript: keeps the session cookie, the page's CSRF token and a
/// preferred language, posts forms with this server's `Origin`, and follows no redirect
/// unless asked.
#[derive(Debug)]
pub(crate) struct Web<'s> {
    server: &'s Server,
    /// The value of the session cookie.
    cookie: Option<String>,
    /// The CSRF token of the last page seen in this session.
    csrf: Option<String>,
    accept_language: Option<String>,
}

impl<'s> Web<'s> {
    pub(crate) fn new(server: &'s Server) -> Web<'s> {
        Web {
            server,
            cookie: None,
            csrf: None,
            accept_language: None,
        }
    }

    /// A browser that sends `Accept-Language: accept`.
    fn speaking(server: &'s Server, accept: &str) -> Web<'s> {
        Web {
            accept_language: Some(accept.to_string()),
            ..Web::new(server)
        }
    }

    /// A browser that already holds the session cookie `cookie`.
    fn with_cookie(server: &'s Server, cookie: &str) -> Web<'s> {
        Web {
            cookie: Some(cookie.to_string()),
            ..Web::new(server)
        }
    }

    /// A browser signed in with `key`.
    pub(crate) fn signed_in(server: &'s Server, key: &str) -> Web<'s> {
        let mut web = Web::new(server);
        let answer = web.sign_in(key);
        assert_eq!(answer.status, 303, "signing in: {answer:?}");
        web
    }

    fn send(
        &mut self,
        method: &str,
        path: &str,
        extra: &[(&str, &str)],
        body: &[u8],
    ) -> HttpResponse {
        let cookie = self
            .cookie
            .as_ref()
            .map(|value| format!("{COOKIE}={value}"));
        let mut headers: Vec<(&str, &str)> = Vec::new();
        if let Some(cookie) = &cookie {
            headers.push(("Cookie", cookie));
        }
        if let Some(accept) = &self.accept_language {
            headers.push(("Accept-Language", accept));
        }
        headers.extend_from_slice(extra);
        let response = self.server.http(method, path, &headers, body);
        self.absorb(&response);
        response
    }

    /// Keeps the cookie a response sets (a new session forgets the old CSRF token) and the
    /// CSRF token of its page.
    fn absorb(&mut self, response: &HttpResponse) {
        if let Some(set) = session_set_cookie(response) {
            let value = set
                .split(';')
                .next()
                .and_then(|pair| pair.trim().split_once('='))
                .map(|(_, value)| value.to_string())
                .unwrap_or_default();
            let cleared = value.is_empty() || set.contains("Max-Age=0");
            self.cookie = (!cleared).then_some(value);
            self.csrf = None;
        }
        if let Some(token) = tags(&response.body)
            .iter()
            .find(|tag| tag.name == "input" && tag.attr("name") == Some("csrf"))
            .and_then(|tag| tag.attr("value"))
        {
            self.csrf = Some(token.to_string());
        }
    }

    pub(crate) fn get(&mut self, path: &str) -> HttpResponse {
        self.send("GET", path, &[], b"")
    }

    /// This session's CSRF token, read from a page when none was seen yet.
    fn csrf(&mut self) -> String {
        if self.csrf.is_none() {
            let page = self.get("/directory");
            assert_eq!(page.status, 200, "{page:?}");
        }
        self.csrf
            .clone()
            .expect("every page carries the session's CSRF token")
    }

    /// Posts a form as a browser does: the CSRF token, the fields, this server's `Origin`.
    pub(crate) fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> HttpResponse {
        let csrf = self.csrf();
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let origin = self.server.url.clone();
        self.post_raw(path, &form_encode(&all), Some(&origin))
    }

    /// Posts the fields of a page's form (its hidden `csrf` among them, or added).
    fn post_form(&mut self, path: &str, fields: &[(String, String)]) -> HttpResponse {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .filter(|(name, _)| name != "csrf")
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        self.post(path, &fields)
    }

    /// Posts an already encoded body with `origin` (none: neither `Origin` nor `Referer`).
    fn post_raw(&mut self, path: &str, body: &str, origin: Option<&str>) -> HttpResponse {
        let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
        if let Some(origin) = origin {
            headers.push(("Origin", origin));
        }
        self.send("POST", path, &headers, body.as_bytes())
    }

    /// Follows redirects to the page they end at.
    fn follow(&mut self, mut response: HttpResponse) -> HttpResponse {
        for _ in 0..10 {
            if !matches!(response.status, 301 | 302 | 303 | 307 | 308) {
                return response;
            }
            let target = location(&response);
            response = self.get(&target);
        }
        panic!("more than 10 redirects: {response:?}");
    }

    /// Signs in with an access key from the sign-in form.
    pub(crate) fn sign_in(&mut self, key: &str) -> HttpResponse {
        self.post("/sign-in", &[("token", key), ("next", "")])
    }

    /// Signs in as a demo persona in one click.
    fn persona(&mut self, persona: &str) -> HttpResponse {
        self.post("/sign-in/demo", &[("persona", persona)])
    }
}

/// Creates a request through the new-request form; returns its id.
fn create_via_form(
    web: &mut Web<'_>,
    title: &str,
    date: &str,
    start: &str,
    end: &str,
    attendance: &str,
) -> String {
    let form = web.get("/requests/new");
    assert_eq!(form.status, 200, "{form:?}");
    let key = hidden_fields(&form.body, "request-form")
        .into_iter()
        .find(|(name, _)| name == "key")
        .map(|(_, value)| value)
        .unwrap_or_default();
    let created = web.post(
        "/requests",
        &[
            ("title", title),
            ("description", ""),
            ("date", date),
            ("start", start),
            ("end", end),
            ("attendance", attendance),
            ("room", ""),
            ("key", &key),
        ],
    );
    assert_eq!(created.status, 303, "creating {title:?}: {created:?}");
    request_id_of(&location(&created), "/services")
}

/// The requests a mission's token lists through GraphQL, as `[{id, title}]`.
fn requests_of(server: &Server, token: &str) -> Value {
    server.data(token, "{ eventRequests { nodes { id title } } }", json!({}))["eventRequests"]["nodes"].clone()
}

/// The id in `/requests/{id}{suffix}`.
fn request_id_of(path: &str, suffix: &str) -> String {
    path.strip_prefix("/requests/")
        .and_then(|rest| rest.strip_suffix(suffix))
        .unwrap_or_else(|| panic!("not /requests/{{id}}{suffix}: {path}"))
        .to_string()
}

/// A redirect's target path, without its fragment.
pub(crate) fn location(response: &HttpResponse) -> String {
    let target = response
        .header("location")
        .unwrap_or_else(|| panic!("no Location: {response:?}"));
    assert!(
        target.starts_with('/'),
        "a redirect off this site: {target}"
    );
    target.split('#').next().unwrap_or_default().to_string()
}

/// The `Set-Cookie` of the session cookie, if the response sets it.
fn session_set_cookie(response: &HttpResponse) -> Option<String> {
    response
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, value)| value)
        .find(|value| value.trim_start().starts_with(&format!("{COOKIE}=")))
        .cloned()
}

/// `application/x-www-form-urlencoded`.
fn form_encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(name, value)| format!("{}={}", percent(name), percent(value)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

// ---------------------------------------------------------------- what a page says

/// A response is an HTML page.
fn assert_html(response: &HttpResponse) {
    let kind = response.header("content-type").unwrap_or_default();
    assert!(
        kind.starts_with("text/html"),
        "not HTML ({kind:?}): {response:?}"
    );
    assert!(
        response.body.starts_with("<!doctype html>"),
        "not a page: {}",
        response.body
    );
}

/// The security headers of every answer.
fn assert_strict_headers(what: &str, response: &HttpResponse) {
    let csp = response
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy: {response:?}"));
    for forbidden in [
        "unsafe-inline",
        "unsafe-eval",
        "unsafe-hashes",
        "http:",
        "https:",
        "*",
    ] {
        assert!(
            !csp.contains(forbidden),
            "{what}: the CSP allows {forbidden}: {csp}"
        );
    }
    let directives: Vec<Vec<&str>> = csp
        .split(';')
        .map(|directive| directive.split_whitespace().collect())
        .filter(|words: &Vec<&str>| !words.is_empty())
        .collect();
    let directive = |name: &str| {
        directives
            .iter()
            .find(|words| words[0] == name)
            .map(|words| words[1..].to_vec())
    };
    assert_eq!(
        directive("frame-ancestors"),
        Some(vec!["'none'"]),
        "{what}: {csp}"
    );
    let default =
        directive("default-src").unwrap_or_else(|| panic!("{what}: no default-src: {csp}"));
    for name in ["default-src", "script-src", "style-src", "connect-src"] {
        let sources = directive(name).unwrap_or_else(|| default.clone());
        assert!(
            !sources.is_empty()
                && sources
                    .iter()
                    .all(|source| *source == "'self'" || *source == "'none'"),
            "{what}: {name} allows more than this origin: {csp}"
        );
    }
    assert_eq!(
        response.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    let referrer = response
        .header("referrer-policy")
        .unwrap_or_else(|| panic!("{what}: no Referrer-Policy"));
    assert!(
        [
            "no-referrer",
            "same-origin",
            "strict-origin",
            "strict-origin-when-cross-origin"
        ]
        .contains(&referrer),
        "{what}: Referrer-Policy {referrer}"
    );
}

/// A page runs and styles nothing inline (no `<script>` without `src`, no `<style>`, no
/// `style=` or `on…=` attribute) and posts only to itself; returns the URLs of its assets.
fn assert_nothing_inline_and_list_assets(what: &str, html: &str) -> BTreeSet<String> {
    let mut assets = BTreeSet::new();
    for tag in tags(html).iter().filter(|tag| !tag.closing) {
        assert_ne!(tag.name, "style", "{what} has a <style> element");
        for (name, _) in &tag.attrs {
            assert!(
                name != "style",
                "{what}: a style attribute on <{}>",
                tag.name
            );
            assert!(
                !name.starts_with("on"),
                "{what}: an inline handler {name} on <{}>",
                tag.name
            );
        }
        let url = match tag.name.as_str() {
            "script" => Some(
                tag.attr("src")
                    .unwrap_or_else(|| panic!("{what} has an inline <script>")),
            ),
            "link" => tag.attr("href"),
            "img" => tag.attr("src"),
            "form" => {
                let action = tag.attr("action").unwrap_or_default();
                assert!(
                    action.starts_with('/') && !action.starts_with("//"),
                    "{what}: a form to {action:?}"
                );
                None
            }
            _ => None,
        };
        if let Some(url) = url {
            assert!(
                url.starts_with("/assets/"),
                "{what} loads {url} from outside /assets/"
            );
            assets.insert(url.to_string());
        }
    }
    assets
}

/// `app-1a2b3c4d5e6f.css`: a stem, a hash of at least 8 hexadecimal digits, an extension.
fn is_hashed_name(name: &str) -> bool {
    let Some((rest, ext)) = name.rsplit_once('.') else {
        return false;
    };
    let Some((stem, hash)) = rest.rsplit_once('-') else {
        return false;
    };
    !stem.is_empty()
        && !ext.is_empty()
        && hash.len() >= 8
        && hash
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

/// Whether `html` holds `text` escaped as HTML text, whichever character references the
/// templates use (`&lt;`, `&#60;` or `&#x3c;`).
fn contains_escaped(html: &str, text: &str) -> bool {
    let special = |c: char| matches!(c, '<' | '>' | '&' | '"');
    let named = |c: char| match c {
        '<' => "&lt;".to_string(),
        '>' => "&gt;".to_string(),
        '&' => "&amp;".to_string(),
        _ => "&quot;".to_string(),
    };
    let decimal = |c: char| format!("&#{};", u32::from(c));
    let hexadecimal = |c: char| format!("&#x{:x};", u32::from(c));
    let styles: [&dyn Fn(char) -> String; 3] = [&named, &decimal, &hexadecimal];
    let html = html.to_ascii_lowercase();
    styles.iter().any(|escape| {
        let escaped: String = text
            .chars()
            .map(|c| if special(c) { escape(c) } else { c.to_string() })
            .collect();
        html.contains(&escaped.to_ascii_lowercase())
    })
}

/// The `lang` and `dir` of `<html>`.
fn html_lang_dir(html: &str) -> (String, String) {
    let all = tags(html);
    let root = all
        .iter()
        .find(|tag| tag.name == "html" && !tag.closing)
        .unwrap_or_else(|| panic!("no <html>: {html}"));
    (
        root.attr("lang").unwrap_or_default().to_string(),
        root.attr("dir").unwrap_or_default().to_string(),
    )
}

/// The status a request page shows (`data-status` of `#request-status`).
fn status_on(html: &str) -> String {
    tags(html)
        .iter()
        .find(|tag| tag.attr("id") == Some("request-status"))
        .and_then(|tag| tag.attr("data-status"))
        .unwrap_or_else(|| panic!("no #request-status: {html}"))
        .to_string()
}

/// The page's first `<h1>`, in words.
fn heading(html: &str) -> String {
    element(html, |tag| tag.name == "h1")
        .map(|(_, inner)| visible_text(inner).trim().to_string())
        .unwrap_or_else(|| panic!("no <h1>: {html}"))
}

/// The words of the element with `id`.
pub(crate) fn text_of(html: &str, id: &str) -> String {
    element(html, |tag| tag.attr("id") == Some(id))
        .map(|(_, inner)| visible_text(inner))
        .unwrap_or_else(|| panic!("no #{id}: {html}"))
}

/// The class and words of each `<li class="ok|refused">` (a pasted line's result), in order.
fn list_items_with_class(html: &str) -> Vec<(String, String)> {
    let all = tags(html);
    all.iter()
        .enumerate()
        .filter_map(|(index, tag)| {
            let class = tag
                .attr("class")
                .filter(|class| ["ok", "refused"].contains(class))?;
            (!tag.closing && tag.name == "li").then_some(())?;
            Some((
                class.to_string(),
                visible_text(inner_of(html, &all, index)?),
            ))
        })
        .collect()
}

/// The hidden fields of the form with `id`, as a browser sends them.
fn hidden_fields(html: &str, id: &str) -> Vec<(String, String)> {
    let (_, inner) = element(html, |tag| tag.name == "form" && tag.attr("id") == Some(id))
        .unwrap_or_else(|| panic!("no form#{id}: {html}"));
    tags(inner)
        .iter()
        .filter(|tag| tag.name == "input" && tag.attr("type") == Some("hidden"))
        .filter_map(|tag| {
            Some((
                tag.attr("name")?.to_string(),
                tag.attr("value").unwrap_or_default().to_string(),
            ))
        })
        .collect()
}

/// The digits of a text (`$1,234.50` → `123450`).
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// A 404 page with this session's CSRF token and the asked id (echoed in the language
/// switcher's `back`) taken out: what must not differ between two missing objects.
fn normalized(body: &str, csrf: &str, id: &str) -> String {
    body.replace(csrf, "{csrf}").replace(id, "{id}")
}

// ---------------------------------------------------------------- message ids

/// Every message id of the English web pages and rules (`sign-in-title`, …).
pub(crate) fn message_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for file in ["web.ftl", "rules.ftl", "admin.ftl"] {
        let path = workspace_root().join("crates/i18n/locales/en").join(file);
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
        for line in source.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let is_id = !id.is_empty()
                && id.contains('-')
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !line.starts_with(char::is_whitespace);
            if is_id {
                ids.insert(id.to_string());
            }
        }
    }
    ids
}

/// A single-line message of `locales/LANG/web.ftl` as written (no placeables).
fn ftl(lang: &str, id: &str) -> String {
    let path = workspace_root().join(format!("crates/i18n/locales/{lang}/web.ftl"));
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let value = source
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once('=')?;
            (name.trim_end() == id && !line.starts_with(char::is_whitespace))
                .then(|| value.trim().to_string())
        })
        .unwrap_or_else(|| panic!("no {id} in {}", path.display()));
    assert!(
        !value.is_empty() && !value.contains('{'),
        "{id} is not a plain one-line message: {value}"
    );
    value
}

/// No word a page shows (text, `alt`, `title`, `aria-label`, `placeholder`) is a message id,
/// and no placeable is left unfilled.
pub(crate) fn assert_no_message_id(ids: &BTreeSet<String>, what: &str, html: &str) {
    let words = visible_text(html);
    let leaked: BTreeSet<&str> = words
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .filter(|word| word.contains('-') && ids.contains(*word))
        .collect();
    assert!(
        leaked.is_empty(),
        "{what} shows message ids {leaked:?}: {words}"
    );
    assert!(
        !words.contains("{$") && !words.contains("{ $"),
        "{what} has an unfilled placeable: {words}"
    );
}

// ---------------------------------------------------------------- a small HTML reader

/// One tag of a page (or a comment or doctype, named `!`).
#[derive(Debug, Clone)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    closing: bool,
    /// Where `<` is and just after `>`.
    start: usize,
    end: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The tags of a page, in order, with their attributes unescaped. Enough for the markup
/// askama writes: quoted or bare attribute values, comments, no inline scripts.
fn tags(html: &str) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let rest = &html[start + 1..];
        if rest.starts_with("!--") || rest.starts_with('!') || rest.starts_with('?') {
            let close = if rest.starts_with("!--") { "-->" } else { ">" };
            let end = html[start..]
                .find(close)
                .map_or(html.len(), |end| start + end + close.len());
            out.push(Tag {
                name: "!".to_string(),
                attrs: Vec::new(),
                closing: false,
                start,
                end,
            });
            at = end;
            continue;
        }
        let closing = rest.starts_with('/');
        let mut i = start + 1 + usize::from(closing);
        let name_start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i == name_start {
            // A `<` in text.
            at = start + 1;
            continue;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        let mut attrs = Vec::new();
        while i < bytes.len() {
            match bytes[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    continue;
                }
                byte if byte.is_ascii_whitespace() => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let attr_start = i;
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && !matches!(bytes[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let attr = html[attr_start..i].to_ascii_lowercase();
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                    let quote = char::from(bytes[i]);
                    i += 1;
                    let end = html[i..].find(quote).map_or(html.len(), |end| i + end);
                    value = unescape(&html[i..end]);
                    i = (end + 1).min(html.len());
                } else {
                    let value_start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = unescape(&html[value_start..i]);
                }
            }
            if !attr.is_empty() {
                attrs.push((attr, value));
            }
        }
        out.push(Tag {
            name,
            attrs,
            closing,
            start,
            end: i,
        });
        at = i;
    }
    out
}

/// The HTML between the tag at `index` of `all` and its own closing tag.
fn inner_of<'h>(html: &'h str, all: &[Tag], index: usize) -> Option<&'h str> {
    let open = &all[index];
    let mut depth = 0usize;
    for tag in &all[index + 1..] {
        if tag.name != open.name {
            continue;
        }
        if !tag.closing {
            depth += 1;
        } else if depth == 0 {
            return Some(&html[open.end..tag.start]);
        } else {
            depth -= 1;
        }
    }
    None
}

/// The first element whose opening tag matches, with its inner HTML.
fn element(html: &str, matches: impl Fn(&Tag) -> bool) -> Option<(Tag, &str)> {
    let all = tags(html);
    let index = all
        .iter()
        .position(|tag| !tag.closing && tag.name != "!" && matches(tag))?;
    let inner = inner_of(html, &all, index)?;
    Some((all[index].clone(), inner))
}

/// The words a page shows: its text and the `alt`, `title`, `aria-label` and `placeholder`
/// of its tags, unescaped, each piece separated by a space.
pub(crate) fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for tag in tags(html) {
        out.push_str(&unescape(&html[at..tag.start]));
        out.push(' ');
        for (name, value) in &tag.attrs {
            if ["alt", "title", "aria-label", "placeholder"].contains(&name.as_str()) {
                out.push_str(value);
                out.push(' ');
            }
        }
        at = tag.end;
    }
    out.push_str(&unescape(&html[at..]));
    out
}

/// Decodes the character references askama writes (`&amp;`, `&#39;`, `&#x27;`, …).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|end| *end <= 10).and_then(|end| {
            let entity = &rest[1..end];
            let named = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => None,
            };
            let numeric = || {
                let number = entity.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            };
            named.or_else(numeric).map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------- facility units (issue 10)

/// The line card of `line` on a unit's queue (from its `data-line` to the next card's), if
/// shown.
fn line_card<'h>(html: &'h str, line: &str) -> Option<&'h str> {
    let marker = format!("data-line=\"{line}\"");
    let start = html.find(&marker)?;
    // Up to the next line's card (a card holds lists of its own, so not its first `</li>`).
    let end = html[start + marker.len()..]
        .find("data-line=\"")
        .map_or(html.len(), |offset| start + marker.len() + offset);
    Some(&html[start..end])
}

/// Guards issue 10, "Facility units": a unit's queue shows its own lines only (requested
/// first), each with the request's title, time, room and attendance; it confirms at the rate
/// card's price, quotes a price with a note, declines with a reason and records what was
/// delivered, each one POST and a redirect back to the line; each refusal (an unreadable price,
/// a decline without a reason, a delivery before the event) is shown on its line with its
/// rule's words and changes nothing. The run sheet lists the day's confirmed lines by room,
/// security reads the guest list with its cut-off, the satisfaction page shows the ratings,
/// and no other role reaches these pages.
#[test]
fn web_a_unit_confirms_quotes_declines_and_delivers_its_lines_each_refusal_in_place() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let request = create(
        &server,
        "FRA",
        header("Ocean day", EVENT_START, EVENT_END, 40),
    );
    let coffee = add_line(&server, "FRA", &request, "CAT-COFFEE", "40");
    let lunch = add_line(&server, "FRA", &request, "CAT-LUNCH", "40");
    let water = add_line(&server, "FRA", &request, "CAT-WATER", "10");
    let guard = add_line(&server, "FRA", &request, "SEC-GUARD", "2");
    succeed(
        &server,
        &fra,
        "guestAdd",
        json!({ "eventRequestId": request, "fullName": "Amina Diallo", "organization": "UNDP" }),
    );
    submit(&server, "FRA", &request);
    approve(&server, &request, "CR4");
    let line_of = |server: &Server, id: &str| -> Value {
        read_request(server, &fra, &request)["serviceLines"]
            .as_array()
            .expect("lines")
            .iter()
            .find(|line| line["id"] == id)
            .cloned()
            .expect("the line")
    };

    // The queue: catering's three lines, not security's; each with its request.
    let catering_key = server.tokens.unit("CATERING");
    let mut catering = Web::signed_in(&server, &catering_key);
    let home = catering.get("/");
    assert_eq!(home.status, 303, "{home:?}");
    assert_eq!(location(&home), "/unit");
    let queue = catering.get("/unit");
    assert_eq!(queue.status, 200, "{queue:?}");
    assert_html(&queue);
    assert_strict_headers("/unit", &queue);
    for line in [&coffee, &lunch, &water] {
        let card = line_card(&queue.body, line).unwrap_or_else(|| panic!("{line} missing"));
        assert!(card.contains("data-status=\"REQUESTED\""), "{card}");
        assert!(
            card.contains("Ocean day") && card.contains("SE-2026-"),
            "{card}"
        );
        assert!(card.contains("CR4") && card.contains("40"), "{card}");
    }
    assert!(
        line_card(&queue.body, &guard).is_none(),
        "catering sees security's line"
    );

    // Confirm at the rate card's price.
    let version = |server: &Server, id: &str| line_of(server, id)["version"].to_string();
    let confirmed = catering.post(
        &format!("/lines/{coffee}/confirm"),
        &[
            ("price", ""),
            ("note", ""),
            ("version", &version(&server, &coffee)),
        ],
    );
    assert_eq!(confirmed.status, 303, "{confirmed:?}");
    assert_eq!(
        confirmed.header("location"),
        Some(format!("/unit#line-{coffee}").as_str())
    );
    let line = line_of(&server, &coffee);
    assert_eq!(line["status"], "CONFIRMED", "{line}");
    assert_eq!(
        line["unitPrice"]["amount"], "8.50",
        "the rate card's price: {line}"
    );

    // An unreadable quoted price: refused on its line, nothing changes.
    let refused = catering.post(
        &format!("/lines/{lunch}/confirm"),
        &[
            ("price", "a lot"),
            ("note", "Menu"),
            ("version", &version(&server, &lunch)),
        ],
    );
    assert_eq!(refused.status, 422, "{refused:?}");
    let card = line_card(&refused.body, &lunch).expect("the lunch line");
    assert!(
        card.contains(&format!("id=\"price-error-{lunch}\"")),
        "the refusal is not on the lunch line: {card}"
    );
    assert_eq!(line_of(&server, &lunch)["status"], "REQUESTED");
    // A quoted price with a note, typed with digit groups.
    let quoted = catering.post(
        &format!("/lines/{lunch}/confirm"),
        &[
            ("price", "1,234.50"),
            ("note", "Vegetarian menu"),
            ("version", &version(&server, &lunch)),
        ],
    );
    assert_eq!(quoted.status, 303, "{quoted:?}");
    let line = line_of(&server, &lunch);
    assert_eq!(line["status"], "CONFIRMED", "{line}");
    assert_eq!(line["unitPrice"]["amount"], "1234.50", "{line}");
    let queue = catering.get("/unit");
    let card = line_card(&queue.body, &lunch).expect("the lunch line");
    assert!(
        card.contains(&ftl("en", "unit-line-quoted")),
        "not shown as quoted: {card}"
    );

    // Decline: without a reason refused in place, with one done.
    let refused = catering.post(
        &format!("/lines/{water}/decline"),
        &[("reason", " "), ("version", &version(&server, &water))],
    );
    assert_eq!(refused.status, 422, "{refused:?}");
    let card = line_card(&refused.body, &water).expect("the water line");
    assert!(
        card.contains(&format!("id=\"reason-error-{water}\"")),
        "{card}"
    );
    assert_eq!(line_of(&server, &water)["status"], "REQUESTED");
    let declined = catering.post(
        &format!("/lines/{water}/decline"),
        &[
            ("reason", "No water that day"),
            ("version", &version(&server, &water)),
        ],
    );
    assert_eq!(declined.status, 303, "{declined:?}");
    let line = line_of(&server, &water);
    assert_eq!(line["status"], "DECLINED", "{line}");
    assert_eq!(line["reason"], "No water that day", "{line}");

    // Delivering before the event: the rule's refusal on the line.
    let early = catering.post(
        &format!("/lines/{coffee}/deliver"),
        &[("quantity", "35"), ("version", &version(&server, &coffee))],
    );
    assert_eq!(early.status, 422, "{early:?}");
    let card = line_card(&early.body, &coffee).expect("the coffee line");
    assert!(
        card.contains("data-code=\"INVALID_TRANSITION\"") && card.contains("2026-05-12 10:00"),
        "the refusal is not on the coffee line: {card}"
    );
    assert_eq!(line_of(&server, &coffee)["deliveredQuantity"], Value::Null);

    // Requested lines come first: after the decisions none is left, so the order is by date.
    let queue = catering.get("/unit?status=CONFIRMED");
    assert_eq!(queue.status, 200);
    assert!(line_card(&queue.body, &coffee).is_some() && line_card(&queue.body, &lunch).is_some());
    assert!(
        line_card(&queue.body, &water).is_none(),
        "a declined line in the CONFIRMED filter"
    );

    // The run sheet of the event's day: the confirmed lines in CR4, not the declined one.
    let sheet = catering.get(&format!("/unit/run-sheet?date={EVENT_DATE}"));
    assert_eq!(sheet.status, 200, "{sheet:?}");
    let words = visible_text(&sheet.body);
    assert!(
        words.contains("CR4") && words.contains("Ocean day"),
        "{words}"
    );
    assert!(
        words.contains("Vegetarian menu") || words.contains("40"),
        "{words}"
    );
    assert!(!sheet.body.contains("No water that day"));
    let other_day = catering.get("/unit/run-sheet?date=2026-05-13");
    assert!(visible_text(&other_day.body).contains(&ftl("en", "run-sheet-empty")));

    // Security reads the guest list with its cut-off; catering may not.
    let security_key = server.tokens.unit("SECURITY");
    let mut security = Web::signed_in(&server, &security_key);
    let list = security.get(&format!("/unit/guests/{request}"));
    assert_eq!(list.status, 200, "{list:?}");
    let words = visible_text(&list.body);
    assert!(
        words.contains("Amina Diallo") && words.contains("UNDP"),
        "{words}"
    );
    assert!(
        words.contains("10 May 2026"),
        "the cut-off is not shown: {words}"
    );
    assert_eq!(catering.get(&format!("/unit/guests/{request}")).status, 404);
    // Other roles reach no unit page: the 403 page.
    let mut mission = Web::signed_in(&server, &fra);
    for path in ["/unit", "/unit/run-sheet", "/unit/satisfaction"] {
        assert_eq!(mission.get(path).status, 403, "{path} as a mission");
    }
    let refused = mission.post(
        &format!("/lines/{lunch}/decline"),
        &[("reason", "mine now"), ("version", "1")],
    );
    assert_eq!(refused.status, 403, "{refused:?}");
    assert_eq!(line_of(&server, &lunch)["status"], "CONFIRMED");

    // After the event: delivery recorded; the rating shows on the satisfaction page.
    let server = server.restart(crate::scenario::AFTER);
    let mut catering = Web::signed_in(&server, &catering_key);
    let none = catering.get("/unit/satisfaction");
    assert_eq!(none.status, 200);
    assert!(
        none.body.contains("id=\"satisfaction-none\""),
        "{}",
        none.body
    );
    let delivered = catering.post(
        &format!("/lines/{coffee}/deliver"),
        &[("quantity", "35"), ("version", &version(&server, &coffee))],
    );
    assert_eq!(delivered.status, 303, "{delivered:?}");
    let line = line_of(&server, &coffee);
    assert_eq!(line["status"], "DELIVERED", "{line}");
    assert_eq!(line["deliveredQuantity"], "35", "{line}");
    succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestMarkHeld",
        json!({ "eventRequestId": request }),
    );
    succeed(
        &server,
        &fra,
        "feedbackSubmit",
        json!({ "eventRequestId": request, "unitCode": "CATERING", "rating": 4, "comment": "Good coffee" }),
    );
    let rated = catering.get("/unit/satisfaction");
    assert_eq!(
        text_of(&rated.body, "satisfaction-average"),
        "Average rating: 4 out of 5"
    );
    assert_eq!(text_of(&rated.body, "satisfaction-count"), "Ratings: 1");
    // The comment, with its rating; another unit sees none of it.
    let comments = text_of(&rated.body, "satisfaction-comments");
    assert!(
        comments.contains("Good coffee") && comments.contains("Rated 4 out of 5"),
        "{comments}"
    );
    let mut security = Web::signed_in(&server, &server.tokens.unit("SECURITY"));
    let quiet = security.get("/unit/satisfaction");
    assert!(
        quiet.body.contains("id=\"satisfaction-none\""),
        "{}",
        quiet.body
    );
    assert!(
        !quiet.body.contains("Good coffee"),
        "another unit's comment"
    );
}

// ---------------------------------------------------------------- finance (issue 10)

/// Guards issue 10, "Finance": a held request is ready to invoice; the invoice issued from the
/// page is one invoice however often the form is sent; a credit note above what is left and a
/// payment above the balance are refused on their fields with `CREDIT_EXCEEDS_INVOICE` and
/// `OVERPAYMENT`; a credit note and a payment of the rest make it PAID; the invoices list
/// filters by status and mission; revenue per unit shows the period's net amounts with its
/// chart; no other role reaches finance's pages, and a mission sees its invoice without
/// finance's forms.
#[test]
fn web_finance_invoices_a_held_request_once_credits_and_is_paid_with_refusals_in_place() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let request = create(
        &server,
        "FRA",
        header("Paid day", EVENT_START, EVENT_END, 40),
    );
    let coffee = add_line(&server, "FRA", &request, "CAT-COFFEE", "40");
    let guard = add_line(&server, "FRA", &request, "SEC-GUARD", "2");
    submit(&server, "FRA", &request);
    approve(&server, &request, "CR4");
    confirm(&server, "CATERING", &coffee);
    confirm(&server, "SECURITY", &guard);
    let server = server.restart(crate::scenario::AFTER);
    succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestMarkHeld",
        json!({ "eventRequestId": request }),
    );

    let mut finance = Web::signed_in(&server, &server.tokens.finance);
    let home = finance.get("/");
    assert_eq!(location(&home), "/finance");
    let ready = finance.get("/finance");
    assert_eq!(ready.status, 200, "{ready:?}");
    assert_strict_headers("/finance", &ready);
    assert!(
        ready.body.contains(&format!("data-request=\"{request}\"")),
        "the held request is not ready to invoice"
    );
    // 40 × 8.50 + 2 × 85.00 = 510.00.
    assert!(visible_text(&ready.body).contains("US$510.00"));

    // Issued twice with the page's key (a double click): one invoice.
    let key = "double-click-key";
    let first = finance.post(&format!("/requests/{request}/invoice"), &[("key", key)]);
    assert_eq!(first.status, 303, "{first:?}");
    let invoice_path = location(&first);
    assert!(invoice_path.starts_with("/invoices/"), "{invoice_path}");
    let second = finance.post(&format!("/requests/{request}/invoice"), &[("key", key)]);
    assert_eq!(location(&second), invoice_path, "a second invoice");
    let invoice = invoice_path.trim_start_matches("/invoices/").to_string();
    let invoices = server.data(
        &server.tokens.finance,
        "{ invoices(first: 50) { edges { node { id } } } }",
        json!({}),
    );
    assert_eq!(
        invoices["invoices"]["edges"].as_array().map(Vec::len),
        Some(1),
        "{invoices}"
    );
    let ready = finance.get("/finance");
    assert!(
        ready.body.contains("id=\"ready-empty\""),
        "still ready after its invoice"
    );

    // A credit note above the total: refused on its amount.
    let page = finance.get(&invoice_path);
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("id=\"credit-note-form\"") && page.body.contains("id=\"payment-form\"")
    );
    let too_much = finance.post(
        &format!("/invoices/{invoice}/credit-notes"),
        &[
            ("amount", "600"),
            ("reason", "Too much"),
            ("unit", ""),
            ("key", "credit-1"),
        ],
    );
    assert_eq!(too_much.status, 422, "{too_much:?}");
    assert!(
        too_much
            .body
            .contains("data-code=\"CREDIT_EXCEEDS_INVOICE\""),
        "{}",
        too_much.body
    );
    assert!(too_much.body.contains("id=\"credit-amount-error\""));
    let credited = finance.post(
        &format!("/invoices/{invoice}/credit-notes"),
        &[
            ("amount", "10.00"),
            ("reason", "Late coffee"),
            ("unit", "CATERING"),
            ("key", "credit-2"),
        ],
    );
    assert_eq!(credited.status, 303, "{credited:?}");
    // Sent again with its key: still one credit note.
    finance.post(
        &format!("/invoices/{invoice}/credit-notes"),
        &[
            ("amount", "10.00"),
            ("reason", "Late coffee"),
            ("unit", "CATERING"),
            ("key", "credit-2"),
        ],
    );
    let over = finance.post(
        &format!("/invoices/{invoice}/payments"),
        &[
            ("amount", "1,000.00"),
            ("reference", "WIRE-1"),
            ("key", "pay-1"),
        ],
    );
    assert_eq!(over.status, 422, "{over:?}");
    assert!(
        over.body.contains("data-code=\"OVERPAYMENT\""),
        "{}",
        over.body
    );
    assert!(over.body.contains("id=\"payment-amount-error\""));
    let paid = finance.post(
        &format!("/invoices/{invoice}/payments"),
        &[
            ("amount", "500.00"),
            ("reference", "WIRE-2"),
            ("key", "pay-2"),
        ],
    );
    assert_eq!(paid.status, 303, "{paid:?}");
    let page = finance.get(&invoice_path);
    assert_eq!(text_of(&page.body, "invoice-status"), "Paid");
    assert_eq!(
        page.body.matches("Late coffee").count(),
        1,
        "the credit note twice"
    );
    assert!(visible_text(&page.body).contains("WIRE-2"));
    // Who did what, newest first: the payment, the credit note, the issue.
    let history = text_of(&page.body, "invoice-history");
    let (paid_at, credited_at, issued_at) = (
        history.find("Payment recorded"),
        history.find("Credit note issued"),
        history.find("Invoice issued"),
    );
    assert!(
        paid_at < credited_at && credited_at < issued_at && paid_at.is_some(),
        "{history}"
    );
    assert!(history.contains("Finance"), "{history}");

    // The list's filters.
    let listed = finance.get("/invoices?status=PAID&mission=FRA");
    assert!(
        listed.body.contains(&format!("data-invoice=\"{invoice}\"")),
        "{}",
        listed.body
    );
    let none = finance.get("/invoices?status=ISSUED");
    assert!(!none.body.contains(&format!("data-invoice=\"{invoice}\"")));
    let other = finance.get("/invoices?mission=BRA");
    assert!(!other.body.contains(&format!("data-invoice=\"{invoice}\"")));

    // Revenue: catering 340 − 10, security 170, over the period of the invoice.
    let revenue = finance.get("/finance/revenue?from=2026-05-01&to=2026-05-31");
    assert_eq!(revenue.status, 200, "{revenue:?}");
    let words = visible_text(&revenue.body);
    assert!(
        words.contains("US$330.00") && words.contains("US$170.00"),
        "{words}"
    );
    assert_eq!(text_of(&revenue.body, "revenue-total").trim(), "US$500.00");
    // The bars: the longest is catering's, full length; security's 170 / 330 of it.
    assert!(
        revenue
            .body
            .contains("<rect class=\"bar\" x=\"0\" y=\"0\" width=\"1000\"")
    );
    assert!(
        revenue
            .body
            .contains("<rect class=\"bar\" x=\"0\" y=\"0\" width=\"515\"")
    );
    let before = finance.get("/finance/revenue?from=2026-01-01&to=2026-04-30");
    assert!(before.body.contains("id=\"revenue-empty\""));

    // Other roles: finance's pages are refused; the mission's invoice page has no forms.
    let mut mission = Web::signed_in(&server, &fra);
    for path in ["/finance", "/finance/revenue"] {
        assert_eq!(mission.get(path).status, 403, "{path}");
    }
    let refused = mission.post(
        &format!("/invoices/{invoice}/payments"),
        &[("amount", "1"), ("reference", "X"), ("key", "k")],
    );
    assert_eq!(refused.status, 403, "{refused:?}");
    let own = mission.get(&invoice_path);
    assert_eq!(own.status, 200);
    assert!(!own.body.contains("id=\"payment-form\""));
    let mut bra = Web::signed_in(&server, &server.tokens.mission("BRA"));
    assert_eq!(bra.get(&invoice_path).status, 404);
}

/// The text `pdftotext` reads from a PDF (poppler-utils), bidi controls and white space left
/// out.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, bytes).expect("a writable file");
    let output = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(output.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&output.stdout)
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// A PDF download: its status, type, file name, and bytes.
fn assert_pdf(what: &str, response: &HttpResponse, file: &str) {
    assert_eq!(response.status, 200, "{what}: {}", response.body);
    assert_eq!(
        response.header("content-type"),
        Some("application/pdf"),
        "{what}"
    );
    assert_eq!(
        response.header("content-disposition"),
        Some(format!("attachment; filename=\"{file}\"").as_str()),
        "{what}"
    );
    assert_eq!(
        response.header("cache-control"),
        Some("private, no-store"),
        "{what}"
    );
    assert!(response.bytes.starts_with(b"%PDF-"), "{what}: not a PDF");
}

/// Issue 10's downloads: the invoice and its credit note as PDF for finance and the owning
/// mission (session or Bearer key), another mission's the same 404 as a missing one, other
/// roles the 403 page; the ERP export as CSV for a period; a unit's run sheet and security's
/// guest list as PDF.
#[test]
fn web_documents_download_for_their_readers_only_invoices_sheets_and_the_erp_export() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let request = create(
        &server,
        "FRA",
        header("Printed day", EVENT_START, EVENT_END, 40),
    );
    let coffee = add_line(&server, "FRA", &request, "CAT-COFFEE", "40");
    let guard = add_line(&server, "FRA", &request, "SEC-GUARD", "2");
    succeed(
        &server,
        &fra,
        "guestAdd",
        json!({ "eventRequestId": request, "fullName": "Amina Diallo", "organization": "UNDP" }),
    );
    submit(&server, "FRA", &request);
    approve(&server, &request, "CR4");
    confirm(&server, "CATERING", &coffee);
    confirm(&server, "SECURITY", &guard);
    let reference = read_request(&server, &fra, &request)["reference"]
        .as_str()
        .expect("a reference")
        .to_string();

    // Before the event: the run sheet of catering and the guest list of security.
    let mut catering = Web::signed_in(&server, &server.tokens.unit("CATERING"));
    let sheet_page = catering.get(&format!("/unit/run-sheet?date={EVENT_DATE}"));
    assert!(
        sheet_page
            .body
            .contains(&format!("href=\"/unit/run-sheet.pdf?date={EVENT_DATE}\"")),
        "no PDF link on the run sheet"
    );
    let sheet = catering.get(&format!("/unit/run-sheet.pdf?date={EVENT_DATE}"));
    assert_pdf(
        "run sheet",
        &sheet,
        &format!("run-sheet-CATERING-{EVENT_DATE}-en.pdf"),
    );
    let text = pdf_text(&sheet.bytes);
    // White space is left out of the text: "Printed day" reads "Printedday".
    for expected in [reference.as_str(), "Printedday", "Runsheet", "10:00", "CR4"] {
        assert!(
            text.contains(expected),
            "run sheet: {expected:?} not in {text}"
        );
    }
    let mut security = Web::signed_in(&server, &server.tokens.unit("SECURITY"));
    let list_page = security.get(&format!("/unit/guests/{request}"));
    assert!(
        list_page
            .body
            .contains(&format!("href=\"/unit/guests/{request}.pdf\""))
    );
    let list = security.get(&format!("/unit/guests/{request}.pdf"));
    assert_pdf(
        "guest list",
        &list,
        &format!("guest-list-{reference}-en.pdf"),
    );
    let text = pdf_text(&list.bytes);
    assert!(
        text.contains("AminaDiallo") && text.contains("UNDP") && text.contains(&reference),
        "guest list: {text}"
    );
    // Catering serves no guest list; a mission reaches no unit page.
    assert_eq!(
        catering.get(&format!("/unit/guests/{request}.pdf")).status,
        404
    );
    let mut mission = Web::signed_in(&server, &fra);
    assert_eq!(
        mission
            .get(&format!("/unit/run-sheet.pdf?date={EVENT_DATE}"))
            .status,
        403
    );

    // After the event: held, invoiced, credited.
    let server = server.restart(crate::scenario::AFTER);
    succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestMarkHeld",
        json!({ "eventRequestId": request }),
    );
    let mut finance = Web::signed_in(&server, &server.tokens.finance);
    let issued = finance.post(
        &format!("/requests/{request}/invoice"),
        &[("key", "pdf-key")],
    );
    let invoice_path = location(&issued);
    let invoice = invoice_path.trim_start_matches("/invoices/").to_string();
    let credited = finance.post(
        &format!("/invoices/{invoice}/credit-notes"),
        &[
            ("amount", "10.00"),
            ("reason", "Late coffee"),
            ("unit", "CATERING"),
            ("key", "credit-pdf"),
        ],
    );
    assert_eq!(credited.status, 303, "{credited:?}");
    let page = finance.get(&invoice_path);
    assert!(
        page.body
            .contains(&format!("action=\"/invoices/{invoice}.pdf\""))
    );
    let note_link = tags(&page.body)
        .into_iter()
        .find(|tag| tag.name == "a" && tag.attr("class") == Some("credit-note-pdf"))
        .and_then(|tag| tag.attr("href").map(str::to_string))
        .expect("a credit note's PDF link");
    let note_link = unescape(&note_link);

    let pdf_path = format!("/invoices/{invoice}.pdf");
    let number = "INV-2026-000001";
    let own = finance.get(&format!("{pdf_path}?lang=ar"));
    assert_pdf("finance, Arabic", &own, &format!("{number}-ar.pdf"));
    let text = pdf_text(&own.bytes);
    assert!(text.contains(number) && text.contains("فاتورة"), "{text}");
    // No `lang`: the visitor's language.
    assert_pdf(
        "finance, default",
        &finance.get(&pdf_path),
        &format!("{number}-en.pdf"),
    );
    // The same document twice: the same bytes (from the cache or rendered again).
    assert_eq!(finance.get(&pdf_path).bytes, finance.get(&pdf_path).bytes);
    assert_eq!(finance.get(&format!("{pdf_path}?lang=xx")).status, 400);
    let note = finance.get(&note_link);
    assert_pdf("credit note", &note, "CN-2026-000001-en.pdf");
    assert!(pdf_text(&note.bytes).contains("CN-2026-000001"));

    // The owning mission by its session and by its key; another mission the 404 of a missing
    // invoice; other roles the 403 page; nobody the sign-in page.
    let mut mission = Web::signed_in(&server, &fra);
    assert_pdf(
        "FRA",
        &mission.get(&format!("{pdf_path}?lang=zh")),
        &format!("{number}-zh.pdf"),
    );
    assert_pdf(
        "FRA's note",
        &mission.get(&note_link),
        "CN-2026-000001-en.pdf",
    );
    let bearer = |key: &str, path: &str| {
        let authorization = format!("Bearer {key}");
        server.http("GET", path, &[("Authorization", &authorization)], b"")
    };
    assert_pdf(
        "FRA's key",
        &bearer(&fra, &format!("{pdf_path}?lang=fr")),
        &format!("{number}-fr.pdf"),
    );
    let bra = server.tokens.mission("BRA");
    let missing = format!("/invoices/{NO_SUCH_ID}.pdf");
    for path in [pdf_path.as_str(), note_link.as_str(), missing.as_str()] {
        assert_eq!(bearer(&bra, path).status, 404, "BRA's key, {path}");
        assert_eq!(
            Web::signed_in(&server, &bra).get(path).status,
            404,
            "BRA, {path}"
        );
    }
    assert_eq!(bearer("not-a-key", &pdf_path).status, 401);
    assert_eq!(
        Web::signed_in(&server, &server.tokens.unit("CATERING"))
            .get(&pdf_path)
            .status,
        403
    );
    assert_eq!(bearer(&server.tokens.focal_point, &pdf_path).status, 403);
    let anonymous = Web::new(&server).get(&pdf_path);
    assert_eq!(anonymous.status, 303);
    assert!(
        location(&anonymous).starts_with("/sign-in"),
        "{anonymous:?}"
    );

    // The ERP export: the lines of the invoices issued in the period, as the command line
    // writes them.
    let listing = finance.get("/invoices");
    assert!(listing.body.contains("id=\"erp-export-form\""));
    let csv = finance.get("/finance/export.csv?from=2026-05-01&to=2026-05-31");
    assert_eq!(csv.status, 200, "{csv:?}");
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert_eq!(
        csv.header("content-disposition"),
        Some("attachment; filename=\"invoices-2026-05-01-2026-05-31.csv\"")
    );
    let rows: Vec<&str> = csv.body.lines().collect();
    assert!(
        rows[0].starts_with("invoice_number,invoice_id,issued_at,"),
        "{}",
        csv.body
    );
    assert_eq!(rows.len(), 3, "{}", csv.body);
    assert!(
        rows[1..].iter().all(|row| row.starts_with(number)),
        "{}",
        csv.body
    );
    assert!(
        csv.body.contains(",CATERING,CAT-COFFEE,") && csv.body.contains(",SECURITY,SEC-GUARD,")
    );
    let later = finance.get("/finance/export.csv?from=2026-06-01");
    assert_eq!(later.body.lines().count(), 1, "{}", later.body);
    let whole = bearer(&server.tokens.finance, "/finance/export.csv");
    assert_eq!(whole.body, csv.body);
    assert_eq!(
        finance.get("/finance/export.csv?from=2026-13-01").status,
        400
    );
    assert_eq!(
        finance
            .get("/finance/export.csv?from=2026-06-01&to=2026-05-01")
            .status,
        400
    );
    assert_eq!(mission.get("/finance/export.csv").status, 403);
    assert_eq!(bearer(&fra, "/finance/export.csv").status, 403);
}
