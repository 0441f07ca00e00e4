//! The journeys of issue 9 in a real browser: a mission books an event end to end and the
//! desk approves it while the mission watches; another mission's request is the same 404 as
//! a missing one; a form without its CSRF token is refused; signing out and revoking a key
//! end the session; the day view shows the approved event in its room (also on a phone);
//! and every form still works with JavaScript off.
//!
//! Each test starts its own server (`convene serve --demo`, clock at [`NOW`]) and Chromium.
//! The pages visited are saved as `target/screenshots/journey-en-<device>-<page>.png`.

use convene_e2e::Server;
use serde_json::{Value, json};

use crate::browser::{Browser, DESKTOP, PHONE};

/// A Monday morning in New York.
const NOW: &str = "2026-11-02T09:00:00-05:00";
/// The event: Tuesday 24 November 2026, 22 days after [`NOW`] (past every lead time),
/// 10:00–12:00 venue time, within booking hours.
const EVENT_DATE: &str = "2026-11-24";
const EVENT_START: &str = "2026-11-24T10:00:00-05:00";
const EVENT_END: &str = "2026-11-24T12:00:00-05:00";
const ATTENDANCE: i64 = 60;

/// A UUIDv7 that names no request.
const NO_SUCH_REQUEST: &str = "019a4b2c-7d3e-7f41-8a55-3c2b1d0e9f87";

const SESSION_COOKIE: &str = "convene_session";

// ------------------------------------------------------------------------------ helpers

/// Saves a screenshot of the page as `journey-<device>-<page>` and runs axe-core on it.
fn visit(browser: &Browser, device: &str, page: &str) {
    browser.wait_until("the page has loaded", |browser| {
        browser.execute("return document.readyState;") == "complete"
    });
    browser.screenshot(&format!("journey-{device}-{page}"));
    browser.assert_no_serious_axe(&format!("{page} ({device})"));
}

/// Signs in by pasting an access key into the sign-in form, as a person would.
fn sign_in_with_key(browser: &Browser, server: &Server, key: &str) {
    browser.goto(&format!("{}/sign-in", server.url));
    browser.fill("form#sign-in input[name=token]", key);
    browser.submit("form#sign-in");
}

/// Signs in as a demo persona (one click on the sign-in page).
fn sign_in_as(browser: &Browser, server: &Server, persona: &str) {
    browser.goto(&format!("{}/sign-in", server.url));
    browser.click(&format!("button[data-persona=\"{persona}\"]"));
}

/// Sets a date or time input as its picker would (typing into one depends on the locale),
/// then says `change`, bubbling, as the browser does.
fn set_value(browser: &Browser, css: &str, value: &str) {
    let element = browser.find(css);
    let set = browser.execute_with(
        "const input = arguments[0];
         input.value = arguments[1];
         input.dispatchEvent(new Event('input', { bubbles: true }));
         input.dispatchEvent(new Event('change', { bubbles: true }));
         return input.value;",
        vec![browser.element_arg(&element), json!(value)],
    );
    assert_eq!(set, json!(value), "{css} does not take {value:?}");
}

/// Fills the new-request form with the event of [`EVENT_DATE`].
fn fill_request_form(browser: &Browser, title: &str) {
    browser.fill("#title", title);
    browser.fill(
        "#description",
        "A panel on the ocean conference's follow-up, with coffee.",
    );
    browser.fill("#attendance", &ATTENDANCE.to_string());
    set_value(browser, "#date", EVENT_DATE);
    set_value(browser, "#start", "10:00");
    set_value(browser, "#end", "12:00");
}

/// The text of the first element matching `css` now, or `None`.
fn text_now(browser: &Browser, css: &str) -> Option<String> {
    browser
        .execute_with(
            "const element = document.querySelector(arguments[0]);
             return element ? element.textContent.trim() : null;",
            vec![json!(css)],
        )
        .as_str()
        .map(str::to_string)
}

/// Whether htmx has no request in flight.
fn htmx_idle(browser: &Browser) -> bool {
    browser.execute("return document.querySelector('.htmx-request') === null;") == json!(true)
}

/// The `data-room` of every room offered in `container_css`.
fn offered_rooms(browser: &Browser, container_css: &str) -> Vec<String> {
    let rooms = browser.execute_with(
        "return Array.from(document.querySelectorAll(arguments[0] + ' label[data-room]'))
           .map(label => label.dataset.room);",
        vec![json!(container_css)],
    );
    rooms
        .as_array()
        .expect("a list")
        .iter()
        .map(|room| room.as_str().expect("a room code").to_string())
        .collect()
}

/// The request id of a path `/requests/{id}` or `/requests/{id}/…`.
fn request_id_of(path: &str) -> String {
    path.strip_prefix("/requests/")
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .filter(|id| !id.is_empty() && *id != "new")
        .unwrap_or_else(|| panic!("{path} is no request's page"))
        .to_string()
}

/// Only the digits of a money text, so `$1,234.50` and `1234.50` compare equal.
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// A request's reference, status, room and estimate as the API has them.
fn api_request(server: &Server, token: &str, id: &str) -> Value {
    server.data(
        token,
        "query($id: ID!) { eventRequest(id: $id) { reference status roomCode preferredRoomCode \
           estimate { total { amount } } guests { fullName } serviceLines { id } } }",
        json!({ "id": id }),
    )["eventRequest"]
        .clone()
}

/// How many requests a token may list.
fn request_count(server: &Server, token: &str) -> usize {
    server.data(
        token,
        "{ eventRequests(first: 100) { nodes { id } } }",
        json!({}),
    )["eventRequests"]["nodes"]
        .as_array()
        .expect("a list")
        .len()
}

/// A mutation that must succeed without user errors; returns its payload.
fn mutate(
    server: &Server,
    token: &str,
    name: &str,
    input_type: &str,
    input: Value,
    select: &str,
) -> Value {
    let query = format!(
        "mutation($input: {input_type}!) {{ {name}(input: $input) {{ {select} userErrors {{ code message }} }} }}"
    );
    let payload = server.data(token, &query, json!({ "input": input }))[name].clone();
    assert_eq!(
        payload["userErrors"],
        json!([]),
        "{name} was refused: {payload}"
    );
    payload
}

/// Creates a draft for `mission` through the API; returns its id.
fn create_request(server: &Server, mission: &str, title: &str) -> String {
    let payload = mutate(
        server,
        &server.tokens.mission(mission),
        "eventRequestCreate",
        "EventRequestCreateInput",
        json!({
            "title": title,
            "start": EVENT_START,
            "end": EVENT_END,
            "expectedAttendance": ATTENDANCE,
        }),
        "eventRequest { id }",
    );
    payload["eventRequest"]["id"]
        .as_str()
        .expect("an id")
        .to_string()
}

/// The value of a raw response's `Location`.
fn location(response: &convene_e2e::HttpResponse) -> String {
    response.header("location").unwrap_or_default().to_string()
}

// ------------------------------------------------------------------------------ journeys

/// Guards issue 9, "Missions" and "The focal point desk": the whole journey in English on a
/// desktop — sign-in with a key, free rooms while filling in the form, three units' lines
/// with a live estimate, guests by form and by pasted list, submission, and the desk's
/// approval appearing on the mission's open page without a reload. axe-core finds no
/// serious violation on any page of either role.
#[test]
fn a_mission_books_an_event_and_the_desk_approves_it_live() {
    const DEVICE: &str = "en-desktop";
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let mission = Browser::open(DESKTOP.0, DESKTOP.1);

    // Sign in by pasting the key.
    mission.goto(&format!("{}/", server.url));
    mission.wait_for_path("/sign-in");
    visit(&mission, DEVICE, "sign-in");
    mission.fill("form#sign-in input[name=token]", &fra);
    mission.submit("form#sign-in");
    mission.wait_for_path("/requests");
    visit(&mission, DEVICE, "home");

    // A new request: the free rooms of the period appear while the form is filled in.
    mission.click("a.button.primary[href=\"/requests/new\"]");
    mission.wait_for_path("/requests/new");
    assert!(
        !mission.exists("#free-rooms label[data-room]"),
        "rooms are offered before a period is given"
    );
    fill_request_form(&mission, "Ocean Conference follow-up");
    mission.wait_until("the free rooms of the period are shown", |browser| {
        browser.exists("#free-rooms label[data-room]") && htmx_idle(browser)
    });
    assert!(
        !mission.is_displayed("#when button.secondary"),
        "the button that reloads for the free rooms shows although they follow the form"
    );
    let rooms = offered_rooms(&mission, "#free-rooms");
    assert!(
        rooms.iter().any(|room| room == "CR4"),
        "CR4 is free on {EVENT_DATE} and fits {ATTENDANCE}: offered {rooms:?}"
    );
    assert!(
        !rooms.iter().any(|room| room == "CR9" || room == "CR10"),
        "rooms of 40 seats are offered for {ATTENDANCE} people: {rooms:?}"
    );
    let period = text_now(&mission, "#free-rooms .hint").unwrap_or_default();
    assert!(
        period.contains("24"),
        "the rooms are not said to be for the 24th: {period:?}"
    );
    assert!(
        mission.exists("#free-rooms #deadline"),
        "the submission deadline is not explained before the mission submits"
    );
    mission.click("#free-rooms label[data-room=\"CR4\"] input[name=room]");
    visit(&mission, DEVICE, "new-request");
    // Clicking the room left the attendance field, whose change asks for the free rooms
    // again: the answer keeps the room chosen.
    mission.wait_until("CR4 is the room chosen", |browser| {
        htmx_idle(browser)
            && browser.execute(
                "const chosen = document.querySelector('#free-rooms input[name=room]:checked');
                 return chosen ? chosen.value : null;",
            ) == json!("CR4")
    });
    mission.click("#request-form button.primary");
    mission.wait_until("the new request's services page is shown", |browser| {
        let path = browser.path();
        path.starts_with("/requests/") && path.ends_with("/services")
    });
    let id = request_id_of(&mission.path());
    visit(&mission, DEVICE, "services");

    // Catering, security and AV: the estimate changes in place after each line.
    mission.execute("window.__marker = 'services';");
    for (item, quantity) in [("CAT-COFFEE", "40"), ("SEC-GUARD", "2"), ("AV-MIC", "3")] {
        let before = text_now(&mission, "#estimate-total");
        let lines = mission.count("#order .order-lines li");
        let form = format!("form.add-line[data-item=\"{item}\"]");
        mission.fill(&format!("{form} input[name=quantity]"), quantity);
        mission.click(&format!("{form} button[type=submit]"));
        mission.wait_until(
            &format!("the estimate changes after adding {item}"),
            |browser| {
                htmx_idle(browser)
                    && browser.count("#order .order-lines li") == lines + 1
                    && text_now(browser, "#estimate-total")
                        .is_some_and(|total| Some(&total) != before.as_ref())
            },
        );
        // The quantity that was added is cleared for the next line.
        mission.wait_until(&format!("the quantity of {item} is cleared"), |browser| {
            browser
                .prop(&format!("{form} input[name=quantity]"), "value")
                .as_deref()
                == Some("")
        });
    }
    assert_eq!(
        mission.execute("return window.__marker;"),
        json!("services"),
        "adding lines reloaded the services page instead of updating it"
    );
    let shown_total = text_now(&mission, "#estimate-total").expect("an estimate total");
    let api = api_request(&server, &fra, &id);
    let api_total = api["estimate"]["total"]["amount"]
        .as_str()
        .expect("an amount")
        .to_string();
    assert_eq!(
        digits(&shown_total),
        digits(&api_total),
        "the page's estimate {shown_total:?} is not the API's {api_total}"
    );
    assert_eq!(api["serviceLines"].as_array().map(Vec::len), Some(3));
    mission.screenshot(&format!("journey-{DEVICE}-services-with-lines"));
    assert_eq!(
        api["preferredRoomCode"], "CR4",
        "the preferred room is lost"
    );
    let reference = api["reference"].as_str().expect("a reference").to_string();

    // The request page, then the guests: one through the form, then a pasted list whose
    // invalid line is refused with its reason.
    mission.click("#order a.button");
    mission.wait_for_path(&format!("/requests/{id}"));
    assert_eq!(
        mission.attr("#request-status", "data-status").as_deref(),
        Some("DRAFT")
    );
    visit(&mission, DEVICE, "request-draft");
    mission.click("#guests-link");
    mission.wait_for_path(&format!("/requests/{id}/guests"));
    assert!(
        mission.exists("#guest-cutoff"),
        "the 48-hour cut-off is not shown"
    );
    mission.fill("#full_name", "Amina Diallo");
    mission.fill("#organization", "Permanent Mission of France");
    mission.click("form#add-guest button[type=submit]");
    mission.wait_until("the guest is on the list", |browser| {
        browser.count("#guest-list li") == 1
    });
    mission.fill(
        "textarea#guests",
        "Jean Dupont; Ministry for Europe and Foreign Affairs\n; An organisation without a name",
    );
    mission.click("form#paste-guests button[type=submit]");
    mission.wait_for(".paste-result li.refused");
    assert_eq!(
        mission.count(".paste-result li.ok"),
        1,
        "one pasted line is added"
    );
    assert_eq!(
        mission.count(".paste-result li.refused"),
        1,
        "one pasted line is refused"
    );
    let refused = mission.text(".paste-result li.refused");
    let reason = refused
        .split_once('—')
        .map(|(_, reason)| reason.trim())
        .unwrap_or_default();
    assert!(
        !reason.is_empty(),
        "the refused line does not say why: {refused:?}"
    );
    assert!(
        mission.exists(".error-summary li[data-code]"),
        "the refusal is not in the error summary"
    );
    assert_eq!(mission.count("#guest-list li"), 2);
    assert_eq!(
        mission
            .prop("textarea#guests", "value")
            .unwrap_or_default()
            .trim(),
        "; An organisation without a name",
        "the refused line does not stay in the box to correct"
    );
    visit(&mission, DEVICE, "guests");
    let guests = api_request(&server, &fra, &id)["guests"].clone();
    assert_eq!(guests.as_array().map(Vec::len), Some(2), "{guests}");

    // Submit, and keep the page open.
    mission.click("p.breadcrumb a");
    mission.wait_for_path(&format!("/requests/{id}"));
    mission.click("form#submit-request button[type=submit]");
    mission.wait_for("#request-status[data-status=\"SUBMITTED\"]");
    mission.wait_until("the request page follows its request", |browser| {
        browser.execute("return document.documentElement.dataset.live === 'connected';")
            == json!(true)
    });
    visit(&mission, DEVICE, "request-submitted");
    mission.execute("window.__marker = 1;");

    // The desk, in a browser of its own: the queue, the review, approval with the first
    // suggested room.
    let desk = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_as(&desk, &server, "focal-point");
    desk.wait_for_path("/desk");
    let queued = format!("li.request[data-reference=\"{reference}\"]");
    desk.find(&queued);
    assert_eq!(
        desk.attr(&queued, "data-status").as_deref(),
        Some("SUBMITTED")
    );
    visit(&desk, DEVICE, "desk-queue");
    desk.click(&format!("{queued} a"));
    desk.wait_for_path(&format!("/requests/{id}"));
    let suggested = offered_rooms(&desk, "form#approve");
    assert!(!suggested.is_empty(), "the desk is offered no room");
    let room = suggested[0].clone();
    assert_eq!(
        desk.prop(
            &format!("form#approve label[data-room=\"{room}\"] input[name=room]"),
            "checked"
        )
        .as_deref(),
        Some("true"),
        "the first suggestion is not chosen by default"
    );
    assert!(desk.exists("form#reject textarea[name=reason]"));
    visit(&desk, DEVICE, "desk-review");
    desk.execute("document.getElementById('review-title').scrollIntoView();");
    desk.screenshot(&format!("journey-{DEVICE}-desk-review-rooms"));
    desk.click("form#approve button[type=submit]");
    desk.wait_for("#request-status[data-status=\"APPROVED\"]");
    desk.screenshot(&format!("journey-{DEVICE}-desk-approved"));

    // The mission's page shows the approval in place: the same window, never reloaded.
    mission.wait_until("the mission's open page shows the approval", |browser| {
        browser.attr("#request-status", "data-status").as_deref() == Some("APPROVED")
    });
    assert_eq!(
        mission.execute("return window.__marker;"),
        json!(1),
        "the mission's page was reloaded to show the approval"
    );
    let room_shown = mission.text("#request-room");
    assert!(
        room_shown.contains(&room),
        "the approved room {room} is not on the mission's page: {room_shown:?}"
    );
    mission.screenshot(&format!("journey-{DEVICE}-request-approved"));
    let api = api_request(&server, &fra, &id);
    assert_eq!(api["status"], "APPROVED");
    assert_eq!(api["roomCode"], json!(room));

    // The day view shows the event in its room.
    desk.goto(&format!("{}/desk/day?date={EVENT_DATE}", server.url));
    let block = format!("section.day-room[data-room=\"{room}\"] li.block");
    let shown = desk.text(&block);
    assert!(
        shown.contains(&reference),
        "the day view's {room} does not show {reference}: {shown:?}"
    );
    visit(&desk, DEVICE, "desk-day");

    // The mission's other pages: the cancellation (with its fee, not confirmed), the
    // invoices, the directory; the home lists the request as approved.
    mission.click("#cancel-link");
    mission.wait_for_path(&format!("/requests/{id}/cancel"));
    let fee = mission.text("#cancel-fee");
    assert!(
        !digits(&fee).is_empty(),
        "the cancellation fee is not shown: {fee:?}"
    );
    visit(&mission, DEVICE, "cancel");
    mission.click("nav.nav a[href=\"/invoices\"]");
    mission.wait_for_path("/invoices");
    visit(&mission, DEVICE, "invoices");
    mission.click("nav.nav a[href=\"/directory\"]");
    mission.wait_for_path("/directory");
    visit(&mission, DEVICE, "directory");
    mission.click("nav.nav a[href=\"/requests\"]");
    mission.wait_for_path("/requests");
    assert_eq!(
        mission
            .attr(
                &format!("li.request[data-reference=\"{reference}\"]"),
                "data-status"
            )
            .as_deref(),
        Some("APPROVED")
    );
    mission.screenshot(&format!("journey-{DEVICE}-home-approved"));
    assert_eq!(
        api_request(&server, &fra, &id)["status"],
        "APPROVED",
        "visiting the cancel page cancelled the request"
    );

    for (role, browser) in [("mission", &mission), ("desk", &desk)] {
        // A refused form answers 422 with the page that says why: not an error of the page.
        let errors: Vec<String> = browser
            .console_errors()
            .into_iter()
            .filter(|error| !error.contains("status of 422"))
            .collect();
        assert!(
            errors.is_empty(),
            "the {role}'s browser logged errors: {errors:#?}"
        );
    }
}

/// Guards issue 9, "Errors": a missing or foreign object is the same 404 page — a mission
/// opening another mission's request (or any of its pages) learns nothing.
#[test]
fn another_mission_gets_the_same_404_for_a_request_it_does_not_own() {
    let server = Server::start(NOW);
    let id = create_request(&server, "FRA", "France's private briefing");
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_with_key(&browser, &server, &server.tokens.mission("BRA"));
    browser.wait_for_path("/requests");

    browser.goto(&format!("{}/requests/{id}", server.url));
    assert_eq!(browser.path(), format!("/requests/{id}"));
    let foreign = (browser.title(), browser.text("main"));
    assert!(
        !foreign.1.contains("France's private briefing"),
        "the foreign request's title shows: {foreign:?}"
    );
    browser.screenshot("journey-en-desktop-not-found");
    browser.goto(&format!("{}/requests/{NO_SUCH_REQUEST}", server.url));
    let missing = (browser.title(), browser.text("main"));
    assert_eq!(
        foreign, missing,
        "another mission's request and a missing one are told apart"
    );
    assert!(
        missing.1.contains("does not exist"),
        "not the 404 page: {missing:?}"
    );

    // The same 404 status for the request and each of its pages, as for a missing one.
    let session = browser.cookie(SESSION_COOKIE).expect("a session cookie");
    let cookie = format!("{SESSION_COOKIE}={session}");
    for suffix in [
        "",
        "/services",
        "/guests",
        "/cancel",
        "/live",
        "/events",
        "/edit",
    ] {
        for target in [&id, &NO_SUCH_REQUEST.to_string()] {
            let response = server.http(
                "GET",
                &format!("/requests/{target}{suffix}"),
                &[("Cookie", &cookie)],
                b"",
            );
            assert_eq!(
                response.status, 404,
                "BRA's GET /requests/{target}{suffix}: {}",
                response.body
            );
        }
    }
    // The request is there for its own mission.
    assert_eq!(
        api_request(&server, &server.tokens.mission("FRA"), &id)["status"],
        "DRAFT"
    );
}

/// Guards issue 9, "Foundation": every state-changing form carries a CSRF token and the
/// server checks it — the new-request form posted without it is refused (403) and creates
/// nothing.
#[test]
fn a_form_without_its_csrf_token_is_refused() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let before = request_count(&server, &fra);
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_as(&browser, &server, "mission:FRA");
    browser.wait_for_path("/requests");
    browser.goto(&format!("{}/requests/new", server.url));
    fill_request_form(&browser, "A request without its token");
    let removed = browser.execute(
        "const fields = document.querySelectorAll('#request-form input[name=csrf]');
         fields.forEach(field => field.remove());
         return fields.length;",
    );
    assert_eq!(removed, json!(1));
    browser.click("#request-form button.primary");
    browser.wait_for_path("/requests");
    let text = browser.text("main");
    assert!(
        text.contains("could not be accepted"),
        "not the refused-form page: {text:?}"
    );
    assert!(!browser.exists("#request-form"));
    browser.screenshot("journey-en-desktop-forbidden");
    browser.assert_no_serious_axe("the refused-form page");
    assert_eq!(
        request_count(&server, &fra),
        before,
        "a request was created without the CSRF token"
    );

    // The status is 403, and a wrong token is refused as a missing one is.
    let session = browser.cookie(SESSION_COOKIE).expect("a session cookie");
    let cookie = format!("{SESSION_COOKIE}={session}");
    let origin = server.url.clone();
    let form = format!(
        "title=Forged&date={EVENT_DATE}&start=10%3A00&end=12%3A00&attendance={ATTENDANCE}&key=forged"
    );
    for body in [form.clone(), format!("csrf=not-the-token&{form}")] {
        let response = server.http(
            "POST",
            "/requests",
            &[
                ("Cookie", &cookie),
                ("Origin", &origin),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            body.as_bytes(),
        );
        assert_eq!(response.status, 403, "{body}: {}", response.body);
    }
    assert_eq!(request_count(&server, &fra), before);
}

/// Guards issue 9, "Foundation" (sign-in): signing out ends the session — the pages lead to
/// sign-in, and the old session cookie, set back, opens nothing.
#[test]
fn signing_out_ends_the_session() {
    let server = Server::start(NOW);
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_with_key(&browser, &server, &server.tokens.mission("FRA"));
    browser.wait_for_path("/requests");
    let old = browser.cookie(SESSION_COOKIE).expect("a session cookie");

    browser.click("form.sign-out button");
    browser.wait_for_path("/sign-in");
    assert!(
        !browser.exists("form.sign-out"),
        "still signed in after signing out"
    );
    assert_ne!(
        browser.cookie(SESSION_COOKIE).as_deref(),
        Some(old.as_str())
    );
    browser.goto(&format!("{}/requests", server.url));
    browser.wait_for_path("/sign-in?next=/requests");

    // The old cookie, set back, is a session no more.
    browser.set_cookie(SESSION_COOKIE, &old);
    assert_eq!(
        browser.cookie(SESSION_COOKIE).as_deref(),
        Some(old.as_str())
    );
    browser.goto(&format!("{}/requests", server.url));
    browser.wait_for_path("/sign-in?next=/requests");
    assert!(!browser.exists("form.sign-out"));
    let response = server.http(
        "GET",
        "/requests",
        &[("Cookie", &format!("{SESSION_COOKIE}={old}"))],
        b"",
    );
    assert_eq!(response.status, 303, "{}", response.body);
    assert_eq!(location(&response), "/sign-in?next=/requests");
}

/// Guards issue 9, "Foundation" (sign-in): a revoked token ends its sessions at once and
/// cannot sign in again.
#[test]
fn a_revoked_key_cannot_sign_in_and_its_session_ends() {
    let server = Server::start(NOW);
    let key = server.tokens.mission("FRA");
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_with_key(&browser, &server, &key);
    browser.wait_for_path("/requests");
    assert!(browser.exists("form.sign-out"));

    let revoked = mutate(
        &server,
        &server.tokens.admin,
        "tokenRevoke",
        "TokenRevokeInput",
        json!({ "token": key }),
        "ok",
    );
    assert_eq!(revoked["ok"], json!(true), "{revoked}");

    browser.goto(&format!("{}/requests", server.url));
    browser.wait_for_path("/sign-in?next=/requests");
    assert!(
        !browser.exists("form.sign-out"),
        "the revoked key's session goes on"
    );

    browser.fill("form#sign-in input[name=token]", &key);
    browser.submit("form#sign-in");
    browser.wait_for(".error-summary");
    assert_eq!(browser.path(), "/sign-in");
    let error = browser.text("#token-error.field-error");
    assert!(
        error.contains("revoked"),
        "the sign-in error does not say the key is not valid: {error:?}"
    );
    assert_eq!(
        browser.attr("#token", "aria-invalid").as_deref(),
        Some("true")
    );
    browser.screenshot("journey-en-desktop-sign-in-revoked");
    browser.assert_no_serious_axe("the sign-in page with a revoked key");
    assert!(!browser.exists("form.sign-out"));
}

/// Guards issue 9, "The focal point desk" (day view): an approved event is shown in its
/// room, not in another, and not on another day; on a phone the page does not scroll
/// sideways — the grid scrolls by time in its own box.
#[test]
fn the_day_view_shows_the_approved_event_in_its_room() {
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let id = create_request(&server, "FRA", "Small island states' reception");
    mutate(
        &server,
        &fra,
        "eventRequestSubmit",
        "EventRequestRefInput",
        json!({ "eventRequestId": id }),
        "eventRequest { id }",
    );
    mutate(
        &server,
        &server.tokens.focal_point,
        "eventRequestApprove",
        "EventRequestApproveInput",
        json!({ "eventRequestId": id, "roomCode": "CR5" }),
        "eventRequest { id }",
    );
    let reference = api_request(&server, &fra, &id)["reference"]
        .as_str()
        .expect("a reference")
        .to_string();

    let desk = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_as(&desk, &server, "focal-point");
    desk.wait_for_path("/desk");
    desk.goto(&format!("{}/desk/day?date={EVENT_DATE}", server.url));
    let in_room = desk.text("section.day-room[data-room=\"CR5\"] .day-track");
    assert!(
        in_room.contains(&reference),
        "CR5 does not show {reference}: {in_room:?}"
    );
    let rooms_showing = desk.execute_with(
        "return Array.from(document.querySelectorAll('section.day-room'))
           .filter(room => room.textContent.includes(arguments[0]))
           .map(room => room.dataset.room);",
        vec![json!(reference)],
    );
    assert_eq!(
        rooms_showing,
        json!(["CR5"]),
        "the event shows in other rooms"
    );
    desk.click("a[rel=next]");
    desk.wait_for_path("/desk/day?date=2026-11-25");
    assert!(
        !desk.text("main").contains(&reference),
        "the event shows on the next day"
    );
    drop(desk);

    let phone = Browser::open(PHONE.0, PHONE.1);
    sign_in_as(&phone, &server, "focal-point");
    phone.wait_for_path("/desk");
    phone.goto(&format!("{}/desk/day?date={EVENT_DATE}", server.url));
    phone.find("section.day-room[data-room=\"CR5\"]");
    let on_phone = phone.execute_with(
        "return document.querySelector('section.day-room[data-room=\"CR5\"]')
           .textContent.includes(arguments[0]);",
        vec![json!(reference)],
    );
    assert_eq!(
        on_phone,
        json!(true),
        "CR5 does not show {reference} on a phone"
    );
    assert!(
        !phone.scrolls_sideways(),
        "the day view scrolls sideways on a phone"
    );
    let boxed = phone.execute(
        "const box = document.querySelector('.day-scroll');
         return [box.scrollWidth, box.clientWidth, getComputedStyle(box).overflowX];",
    );
    assert!(
        boxed[0].as_u64() > boxed[1].as_u64() && boxed[2] != "visible",
        "the day grid does not scroll in its own box on a phone: [scrollWidth, clientWidth, overflow-x] = {boxed}"
    );
    visit(&phone, "en-phone", "desk-day");
}

/// Guards issue 9, "Foundation" (progressive enhancement): with JavaScript off, the forms
/// still work — the free rooms by a plain reload, a line added by a plain POST and a
/// redirect back, and the submission.
#[test]
fn with_javascript_off_the_forms_still_work() {
    const DEVICE: &str = "en-desktop-nojs";
    let server = Server::start(NOW);
    let fra = server.tokens.mission("FRA");
    let browser = Browser::open_without_javascript(DESKTOP.0, DESKTOP.1);
    sign_in_with_key(&browser, &server, &fra);
    browser.wait_for_path("/requests");
    browser.goto(&format!("{}/requests/new", server.url));
    assert_eq!(
        browser.execute("return typeof window.htmx;"),
        json!("undefined"),
        "the page's scripts ran"
    );
    fill_request_form(&browser, "Without JavaScript");
    browser.click("#when button.secondary");
    browser.wait_until("the form comes back with the free rooms", |browser| {
        browser.path().starts_with("/requests/new?")
    });
    assert_eq!(
        browser.prop("#title", "value").as_deref(),
        Some("Without JavaScript"),
        "the reload lost what was typed"
    );
    assert_eq!(browser.prop("#date", "value").as_deref(), Some(EVENT_DATE));
    let rooms = offered_rooms(&browser, "#free-rooms");
    assert!(rooms.iter().any(|room| room == "CR4"), "offered {rooms:?}");
    browser.screenshot(&format!("journey-{DEVICE}-new-request"));
    browser.click("#free-rooms label[data-room=\"CR4\"] input[name=room]");
    browser.click("#request-form button.primary");
    browser.wait_until("the services page is shown", |browser| {
        browser.path().ends_with("/services")
    });
    let id = request_id_of(&browser.path());

    browser.fill(
        "form.add-line[data-item=\"CAT-COFFEE\"] input[name=quantity]",
        "40",
    );
    browser.click("form.add-line[data-item=\"CAT-COFFEE\"] button[type=submit]");
    browser.wait_for("#order .order-lines li");
    assert_eq!(browser.path(), format!("/requests/{id}/services"));
    let total = text_now(&browser, "#estimate-total").expect("an estimate total");
    let api = api_request(&server, &fra, &id);
    assert_eq!(
        digits(&total),
        digits(
            api["estimate"]["total"]["amount"]
                .as_str()
                .expect("an amount")
        )
    );
    browser.screenshot(&format!("journey-{DEVICE}-services"));

    browser.click("#order a.button");
    browser.wait_for_path(&format!("/requests/{id}"));
    browser.click("form#submit-request button[type=submit]");
    browser.wait_for("#request-status[data-status=\"SUBMITTED\"]");
    browser.screenshot(&format!("journey-{DEVICE}-request-submitted"));
    assert_eq!(api_request(&server, &fra, &id)["status"], "SUBMITTED");
}
