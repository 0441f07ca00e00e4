//! The administrator's pages in a real browser (issue 10, "Administrators"): a price changed
//! at once reaches the next estimate of a mission while a line the unit confirmed keeps its
//! price, on the pages the mission and the unit see; an access key issued on the page is
//! shown once, signs in, and once revoked from the list is refused at sign-in; the pages in
//! Arabic on a 390-pixel phone. Every page visited passes axe-core and is saved as
//! `target/screenshots/<lang>-<device>-admin-…png`.

use convene_e2e::Server;
use serde_json::json;

use crate::browser::{Browser, DESKTOP, PHONE};
use crate::scenario::{NOW, add_line, approve, confirm, create, header, read_request, submit};
use crate::web_languages::{Look, choose_language_on_sign_in, sign_in_in_english, text_content};

const EVENT_START: &str = "2026-05-12T10:00:00-04:00";
const EVENT_END: &str = "2026-05-12T12:00:00-04:00";
const LATER_START: &str = "2026-05-19T10:00:00-04:00";
const LATER_END: &str = "2026-05-19T12:00:00-04:00";

/// The estimate's total of a request as the API reports it.
fn estimate_total(server: &Server, request: &str) -> String {
    read_request(server, &server.tokens.mission("FRA"), request)["estimate"]["total"]["amount"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Guards issue 10, "an administrator changes a price with an effective time and the next
/// estimate uses it while a confirmed line keeps its price": the administrator changes the
/// coffee's price at once on the item's page (version 2 listed above version 1); the
/// mission's draft now estimates at the new price, the approved request's line that catering
/// confirmed keeps the old one, on the mission's request pages and in catering's queue.
#[test]
fn an_administrator_changes_a_price_and_only_unconfirmed_lines_follow_it() {
    let server = Server::start(NOW);
    // Approved, its coffee confirmed by catering at 8.50.
    let approved = create(
        &server,
        "FRA",
        header("Ocean day", EVENT_START, EVENT_END, 40),
    );
    let confirmed = add_line(&server, "FRA", &approved, "CAT-COFFEE", "40");
    submit(&server, "FRA", &approved);
    approve(&server, &approved, "CR4");
    confirm(&server, "CATERING", &confirmed);
    // A draft with coffee requested, not confirmed.
    let draft = create(
        &server,
        "FRA",
        header("Forest day", LATER_START, LATER_END, 10),
    );
    add_line(&server, "FRA", &draft, "CAT-COFFEE", "10");
    assert_eq!(estimate_total(&server, &draft), "85.00");

    let look = Look::new("en", "desktop");
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&browser, &server, &server.tokens.admin);
    browser.wait_for_path("/admin/rooms");
    look.check(&browser, "admin-rooms");
    browser.click("nav a[href=\"/admin/rate-card\"]");
    browser.wait_for_path("/admin/rate-card");
    look.check(&browser, "admin-rate-card");
    browser.click("a[href=\"/admin/rate-card/CAT-COFFEE\"]");
    browser.wait_for_path("/admin/rate-card/CAT-COFFEE");
    look.check(&browser, "admin-item");

    // A negative price: refused next to its field, nothing changed.
    browser.fill("#price", "-1");
    browser.click("#price-form button[type=submit]");
    browser.wait_for("#price-error");
    assert!(browser.exists(".error-summary [data-code=\"VALIDATION\"]"));
    assert_eq!(browser.count("#versions tbody tr"), 1);
    look.check(&browser, "admin-item-refused");

    browser.fill("#price", "12.00");
    browser.click("#when-now");
    browser.click("#price-form button[type=submit]");
    browser.wait_for("#versions tr[data-version=\"2\"][data-state=\"current\"]");
    assert!(browser.exists("#versions tr[data-version=\"1\"][data-state=\"past\"]"));
    assert!(text_content(&browser, "#versions").contains("US$12.00"));
    assert!(browser.exists("#saved"));
    look.check(&browser, "admin-item-changed");
    drop(browser);

    // The API agrees: the draft follows the new price, the confirmed line does not.
    assert_eq!(estimate_total(&server, &draft), "120.00");
    assert_eq!(estimate_total(&server, &approved), "340.00");

    // The mission's pages.
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&browser, &server, &server.tokens.mission("FRA"));
    browser.goto(&format!("{}/requests/{draft}", server.url));
    browser.wait_for("#estimate-total");
    assert_eq!(
        text_content(&browser, "#estimate-total").trim(),
        "US$120.00"
    );
    browser.goto(&format!("{}/requests/{approved}", server.url));
    browser.wait_for("#estimate-total");
    assert_eq!(
        text_content(&browser, "#estimate-total").trim(),
        "US$340.00"
    );
    assert!(
        text_content(&browser, "tr[data-line-status=\"CONFIRMED\"]").contains("US$8.50"),
        "the confirmed line does not keep its price"
    );
    drop(browser);

    // Catering's queue.
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&browser, &server, &server.tokens.unit("CATERING"));
    browser.wait_for_path("/unit");
    browser.wait_for(&format!("#line-{confirmed}"));
    assert!(
        text_content(&browser, &format!("#line-{confirmed} .price")).contains("US$8.50"),
        "catering's confirmed line does not keep its price"
    );
}

/// Guards issue 10, "an access key issued on the page signs in, and after revocation cannot":
/// the key is shown once with its role and scope, signs in on `/sign-in` as finance, is listed
/// without its secret, and revoked from the list it ends that session and is refused.
#[test]
fn an_access_key_issued_on_the_page_signs_in_and_after_revocation_cannot() {
    let server = Server::start(NOW);
    let look = Look::new("en", "desktop");
    let admin = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&admin, &server, &server.tokens.admin);
    admin.wait_for_path("/admin/rooms");
    admin.click("nav a[href=\"/admin/keys\"]");
    admin.wait_for_path("/admin/keys");
    look.check(&admin, "admin-keys");

    admin.select("#key-role", "FINANCE");
    admin.fill("#key-label", "Finance laptop");
    admin.click("#key-form button[type=submit]");
    admin.wait_for("#secret");
    let secret = admin.prop("#secret", "value").unwrap_or_default();
    assert!(secret.starts_with("cvn_"), "{secret}");
    assert_eq!(text_content(&admin, "#issued-role").trim(), "Finance");
    assert_eq!(text_content(&admin, "#issued-scope").trim(), "All money");
    look.check(&admin, "admin-key-issued");

    let holder = Browser::open(DESKTOP.0, DESKTOP.1);
    holder.goto(&format!("{}/sign-in", server.url));
    holder.fill("form#sign-in input[name=token]", &secret);
    holder.submit("form#sign-in");
    holder.wait_for_path("/finance");

    admin.goto(&format!("{}/admin/keys", server.url));
    admin.wait_for("#keys");
    assert!(
        !admin.source().contains(&secret),
        "the list shows the secret again"
    );
    let hash = admin.execute(
        "const card = [...document.querySelectorAll('#keys li')]
           .find(li => li.textContent.includes('Finance laptop'));
         return card ? card.dataset.key : '';",
    );
    let hash = hash.as_str().unwrap_or_default().to_string();
    assert_eq!(hash.len(), 64, "the key is not listed: {hash}");
    admin.click(&format!(
        "li[data-key=\"{hash}\"] form.revoke-key button[type=submit]"
    ));
    admin.wait_for(&format!("li[data-key=\"{hash}\"][data-live=\"false\"]"));
    assert!(admin.exists("#saved"));
    look.check(&admin, "admin-keys-revoked");

    // The holder's next page is the sign-in page, and the key no longer signs in.
    holder.goto(&format!("{}/finance", server.url));
    holder.wait_for_path("/sign-in?next=/finance");
    holder.fill("form#sign-in input[name=token]", &secret);
    holder.submit("form#sign-in");
    holder.wait_for(".error-summary");
    assert_eq!(holder.path(), "/sign-in");
    let refused = server.graphql(&secret, "{ viewer { role } }", json!({}));
    assert_eq!(
        refused["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
        "the API still takes the revoked key: {refused}"
    );
}

/// Guards issue 10, "Arabic at 390 px": the administrator's pages right to left on a phone,
/// no English left, nothing sideways, axe-core clean; the names form shows the six languages,
/// each in its own direction.
#[test]
fn the_administrators_pages_read_in_arabic_on_a_phone() {
    let server = Server::start(NOW);
    let look = Look::new("ar", "phone");
    let browser = Browser::open(PHONE.0, PHONE.1);
    choose_language_on_sign_in(&browser, &server, "ar");
    browser.fill("form#sign-in input[name=token]", &server.tokens.admin);
    browser.submit("form#sign-in");
    browser.wait_for_path("/admin/rooms");
    look.check(&browser, "admin-rooms");
    assert_eq!(browser.attr("#name-ar", "dir").as_deref(), Some("rtl"));
    assert_eq!(browser.attr("#name-en", "dir").as_deref(), Some("ltr"));
    for (path, page, ready) in [
        ("/admin/rooms/CR4", "admin-room", "#room-form"),
        ("/admin/units", "admin-units", "#units"),
        ("/admin/rate-card", "admin-rate-card", "#items"),
        ("/admin/rate-card/CAT-COFFEE", "admin-item", "#versions"),
        ("/admin/missions", "admin-missions", "#missions"),
        ("/admin/focal-points", "admin-focal-points", "#focal-points"),
        ("/admin/keys", "admin-keys", "#keys"),
    ] {
        browser.goto(&format!("{}{path}", server.url));
        browser.wait_for(ready);
        look.check(&browser, page);
    }
}
