//! The browser harness works end to end: Chromium loads the server's GraphiQL page and the
//! web app's sign-in page, a demo mission signs in, axe-core runs, and the language switcher
//! turns the page right-to-left in Arabic on a phone.

use convene_e2e::Server;

use crate::browser::{Browser, DESKTOP, PHONE};

const NOW: &str = "2026-11-02T09:00:00-05:00";

#[test]
fn graphiql_loads_in_chromium() {
    let server = Server::start(NOW);
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    browser.goto(&format!("{}/graphql", server.url));
    assert_eq!(browser.path(), "/graphql");
    browser.wait_until("the GraphiQL page has loaded", |browser| {
        browser.execute("return document.readyState;") == "complete"
    });
    assert!(browser.exists("body"), "{}", browser.source());
    browser.screenshot("graphiql-desktop");
}

#[test]
fn a_mission_signs_in_and_lands_on_its_requests() {
    let server = Server::start(NOW);
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);

    browser.goto(&format!("{}/", server.url));
    browser.wait_for_path("/sign-in");
    assert_sign_in_page(&browser);
    assert_eq!(browser.dir(), "ltr");
    browser.screenshot("sign-in-desktop");
    browser.assert_no_serious_axe("the sign-in page (desktop)");

    browser.fill(
        "form#sign-in input[name=token]",
        &server.tokens.mission("FRA"),
    );
    browser.submit("form#sign-in");
    browser.wait_for_path("/requests");
    let heading = browser.text("h1");
    assert!(
        !heading.trim().is_empty(),
        "the requests page has an empty h1"
    );
    assert!(
        !browser.scrolls_sideways(),
        "the requests page scrolls sideways"
    );
    browser.screenshot("requests-desktop");
}

#[test]
fn the_sign_in_page_turns_right_to_left_in_arabic_on_a_phone() {
    let server = Server::start(NOW);
    let browser = Browser::open(PHONE.0, PHONE.1);

    browser.goto(&format!("{}/", server.url));
    browser.wait_for_path("/sign-in");
    assert_sign_in_page(&browser);
    assert!(
        !browser.scrolls_sideways(),
        "the sign-in page scrolls sideways on a phone"
    );
    browser.screenshot("sign-in-phone");

    browser.click("form.lang-switcher button[name=lang][value=ar]");
    browser.wait_until("the page is in Arabic", |browser| {
        browser.attr("html", "lang").as_deref() == Some("ar")
    });
    assert_eq!(browser.dir(), "rtl");
    assert!(browser.exists("form#sign-in input[name=token]"));
    assert!(
        !browser.scrolls_sideways(),
        "the Arabic sign-in page scrolls sideways on a phone"
    );
    browser.screenshot("sign-in-ar-phone");
    browser.assert_no_serious_axe("the sign-in page (Arabic, phone)");
}

#[test]
fn a_browser_prefers_the_language_it_is_opened_with() {
    let browser = Browser::open_with_lang(PHONE.0, PHONE.1, "ar");
    browser.goto(
        "data:text/html;charset=utf-8,<meta name=viewport content=width=device-width><p>\u{645}\u{631}\u{62d}\u{628}\u{627} \u{4f60}\u{597d}",
    );
    assert_eq!(browser.execute("return navigator.language;"), "ar");
    browser.screenshot("harness-fonts-phone");
    assert_eq!(browser.size(), PHONE);
    assert_eq!(
        browser.execute("return window.innerWidth;"),
        serde_json::json!(PHONE.0)
    );
}

#[test]
fn the_harness_runs_axe_and_reads_the_console() {
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    browser.goto(
        "data:text/html;charset=utf-8,<html lang=en><title>Harness</title><main><h1>Harness</h1>\
         <img src=missing.png><script>console.error('harness-check')</script></main>",
    );
    assert_eq!(
        browser.execute("return [window.innerWidth, window.innerHeight];"),
        serde_json::json!([DESKTOP.0, DESKTOP.1])
    );
    assert_eq!(browser.dir(), "ltr");
    assert!(!browser.scrolls_sideways());
    let violations = browser.axe();
    assert!(
        violations
            .iter()
            .any(|violation| violation["id"] == "image-alt"),
        "axe-core misses the image without alt text: {violations:?}"
    );
    let errors = browser.console_errors();
    assert!(
        errors.iter().any(|error| error.contains("harness-check")),
        "{errors:?}"
    );
}

/// The sign-in page's contract: `<html lang dir>` and a token form with a submit button.
fn assert_sign_in_page(browser: &Browser) {
    let lang = browser.attr("html", "lang").unwrap_or_default();
    assert!(!lang.is_empty(), "<html> has no lang");
    let dir = browser.attr("html", "dir").unwrap_or_default();
    assert!(
        dir == "ltr" || dir == "rtl",
        "<html dir> is {dir:?}, not ltr or rtl"
    );
    browser.find("form#sign-in");
    browser.find("form#sign-in input[name=token]");
    browser.find("form#sign-in button[type=submit]");
}
