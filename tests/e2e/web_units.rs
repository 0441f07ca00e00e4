//! The facility units' pages in a real browser (issue 10, "Facility units"): after the
//! mission's and the desk's steps, catering confirms a line at the rate card's price, quotes
//! another with a note, declines a third with a reason and sees its early delivery refused on
//! the line, reads its run sheet and its satisfaction, and after the event records what it
//! delivered; security reads the guest list with its cut-off in Arabic on a phone; the queue
//! and the run sheet in Chinese. Every page visited passes axe-core and is saved as
//! `target/screenshots/<lang>-<device>-unit-…png`.

use convene_e2e::Server;
use serde_json::json;

use crate::browser::{Browser, DESKTOP, PHONE};
use crate::scenario::{
    AFTER, NOW, add_line, approve, create, header, read_request, submit, succeed,
};
use crate::web_languages::{Look, choose_language_on_sign_in, sign_in_in_english, text_content};

const EVENT_DATE: &str = "2026-05-12";
const EVENT_START: &str = "2026-05-12T10:00:00-04:00";
const EVENT_END: &str = "2026-05-12T12:00:00-04:00";

/// A request approved in CR4 with three catering lines, one security line and a guest.
struct Story {
    request: String,
    coffee: String,
    lunch: String,
    water: String,
}

fn story(server: &Server) -> Story {
    let request = create(
        server,
        "FRA",
        header("Ocean day", EVENT_START, EVENT_END, 40),
    );
    let coffee = add_line(server, "FRA", &request, "CAT-COFFEE", "40");
    let lunch = add_line(server, "FRA", &request, "CAT-LUNCH", "40");
    let water = add_line(server, "FRA", &request, "CAT-WATER", "10");
    add_line(server, "FRA", &request, "SEC-GUARD", "2");
    succeed(
        server,
        &server.tokens.mission("FRA"),
        "guestAdd",
        json!({ "eventRequestId": request, "fullName": "Amina Diallo", "organization": "UNDP" }),
    );
    submit(server, "FRA", &request);
    approve(server, &request, "CR4");
    Story {
        request,
        coffee,
        lunch,
        water,
    }
}

/// The status of a line as the API reports it.
fn status_of(server: &Server, request: &str, line: &str) -> serde_json::Value {
    read_request(server, &server.tokens.mission("FRA"), request)["serviceLines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|candidate| candidate["id"] == line)
        .map(|candidate| candidate["status"].clone())
        .expect("the line")
}

/// Clicks a line's decision and waits for the queue to show the line in `status`.
fn decide(browser: &Browser, form: &str, line: &str, status: &str) {
    browser.click(&format!("#line-{line} form.{form} button[type=submit]"));
    browser.wait_for(&format!("#line-{line}[data-status=\"{status}\"]"));
}

/// Guards issue 10, "Facility units" and its browser journey: catering's whole day in English
/// on a desktop, each decision one click on its line.
#[test]
fn a_unit_confirms_quotes_declines_and_delivers_in_the_browser() {
    let server = Server::start(NOW);
    let Story {
        request,
        coffee,
        lunch,
        water,
    } = story(&server);
    let look = Look::new("en", "desktop");
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&browser, &server, &server.tokens.unit("CATERING"));
    browser.wait_for_path("/unit");
    look.check(&browser, "unit-queue");

    decide(&browser, "confirm-line", &coffee, "CONFIRMED");
    browser.fill(&format!("#price-{lunch}"), "1,234.50");
    browser.fill(&format!("#note-{lunch}"), "Vegetarian menu");
    decide(&browser, "confirm-line", &lunch, "CONFIRMED");
    browser.fill(&format!("#reason-{water}"), "No water that day");
    decide(&browser, "decline-line", &water, "DECLINED");
    assert_eq!(status_of(&server, &request, &coffee), "CONFIRMED");
    assert_eq!(status_of(&server, &request, &lunch), "CONFIRMED");
    assert_eq!(status_of(&server, &request, &water), "DECLINED");
    assert!(
        text_content(&browser, &format!("#line-{lunch} .price")).contains("1,234.50"),
        "the quoted price is not shown"
    );

    // Too early to deliver: the refusal on the line, the line unchanged.
    browser.click(&format!(
        "#line-{coffee} form.deliver-line button[type=submit]"
    ));
    browser.wait_for(&format!(
        "#line-{coffee} .error-summary [data-code=\"INVALID_TRANSITION\"]"
    ));
    look.check(&browser, "unit-queue-refused");
    assert_eq!(status_of(&server, &request, &coffee), "CONFIRMED");

    browser.click("a.button[href=\"/unit/run-sheet\"]");
    browser.wait_for_path("/unit/run-sheet");
    browser.goto(&format!("{}/unit/run-sheet?date={EVENT_DATE}", server.url));
    browser.wait_for(".sheet-room");
    assert!(text_content(&browser, "main").contains("Ocean day"));
    assert!(
        browser.is_displayed("button[data-print]"),
        "no print button with scripts on"
    );
    look.check(&browser, "unit-run-sheet");
    browser.goto(&format!("{}/unit/satisfaction", server.url));
    browser.wait_for("#satisfaction-none");
    look.check(&browser, "unit-satisfaction");
    drop(browser);

    // After the event (the server restarted the next morning): the delivery.
    let server = server.restart(AFTER);
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&browser, &server, &server.tokens.unit("CATERING"));
    browser.wait_for_path("/unit");
    browser.fill(&format!("#delivered-{coffee}"), "35");
    decide(&browser, "deliver-line", &coffee, "DELIVERED");
    assert_eq!(status_of(&server, &request, &coffee), "DELIVERED");
    look.check(&browser, "unit-queue-delivered");
}

/// Guards issue 10, "Security: the guest list … with the 48-hour cut-off shown" and "Arabic
/// at 390 px … for the unit queue": security's queue and the guest list, right to left, no
/// English left, nothing sideways, axe-core clean.
#[test]
fn security_reads_the_guest_list_in_arabic_on_a_phone() {
    let server = Server::start(NOW);
    let Story { request, .. } = story(&server);
    let look = Look::new("ar", "phone");
    let browser = Browser::open(PHONE.0, PHONE.1);
    choose_language_on_sign_in(&browser, &server, "ar");
    browser.fill(
        "form#sign-in input[name=token]",
        &server.tokens.unit("SECURITY"),
    );
    browser.submit("form#sign-in");
    browser.wait_for_path("/unit");
    look.check(&browser, "unit-queue");
    browser.click(&format!("a[href=\"/unit/guests/{request}\"]"));
    browser.wait_for_path(&format!("/unit/guests/{request}"));
    browser.wait_for("table.guest-list");
    assert!(text_content(&browser, "table.guest-list").contains("Amina Diallo"));
    assert!(
        text_content(&browser, "#cutoff").contains("2026"),
        "the cut-off is not shown"
    );
    look.check(&browser, "unit-guest-list");
}

/// Guards issue 10, "… and Chinese for the unit queue": catering's queue and run sheet in
/// Chinese on a desktop.
#[test]
fn a_units_queue_and_run_sheet_in_chinese() {
    let server = Server::start(NOW);
    let Story { coffee, lunch, .. } = story(&server);
    let look = Look::new("zh", "desktop");
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    choose_language_on_sign_in(&browser, &server, "zh");
    browser.fill(
        "form#sign-in input[name=token]",
        &server.tokens.unit("CATERING"),
    );
    browser.submit("form#sign-in");
    browser.wait_for_path("/unit");
    browser.fill(&format!("#reason-{lunch}"), "No lunch that day");
    decide(&browser, "decline-line", &lunch, "DECLINED");
    decide(&browser, "confirm-line", &coffee, "CONFIRMED");
    look.check(&browser, "unit-queue");
    browser.goto(&format!("{}/unit/run-sheet?date={EVENT_DATE}", server.url));
    browser.wait_for(".sheet-room");
    look.check(&browser, "unit-run-sheet");
}

/// Guards issue 10, "Finance" in the browser: finance issues the invoice of a held request
/// from its page, credits and records a payment until it is PAID, and reads revenue per unit;
/// the invoice page in Arabic on a phone and in Chinese. Every page passes axe-core.
#[test]
fn finance_invoices_credits_and_is_paid_in_the_browser_and_the_invoice_reads_in_arabic_and_chinese()
{
    let server = Server::start(NOW);
    let Story {
        request,
        coffee,
        lunch,
        ..
    } = story(&server);
    crate::scenario::confirm(&server, "CATERING", &coffee);
    crate::scenario::confirm(&server, "CATERING", &lunch);
    let server = server.restart(AFTER);
    succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestMarkHeld",
        json!({ "eventRequestId": request }),
    );
    let look = Look::new("en", "desktop");
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&browser, &server, &server.tokens.finance);
    browser.wait_for_path("/finance");
    look.check(&browser, "finance-ready");
    browser.click(&format!(
        "li[data-request=\"{request}\"] form.issue-invoice button[type=submit]"
    ));
    browser.wait_for("#invoice-status[data-status=\"ISSUED\"]");
    let invoice_path = browser.path();
    look.check(&browser, "finance-invoice");
    browser.fill("#credit-amount", "10");
    browser.fill("#credit-reason", "Late coffee");
    browser.click("#credit-note-form button[type=submit]");
    browser.wait_for("#credit-notes-heading");
    let balance = text_content(&browser, "#invoice-balance");
    browser.fill("#payment-amount", balance.trim_start_matches("US$"));
    browser.fill("#payment-reference", "WIRE-7");
    browser.click("#payment-form button[type=submit]");
    browser.wait_for("#invoice-status[data-status=\"PAID\"]");
    look.check(&browser, "finance-invoice-paid");
    // The PDF in Arabic, as the page's download form asks for it with the session's cookie.
    browser.select("#pdf-lang", "ar");
    let pdf = browser.execute_async(DOWNLOAD_FORM.replace("FORM", "#invoice-pdf-form").as_str());
    assert_eq!(pdf[0], 200, "{pdf}");
    assert_eq!(pdf[1], "application/pdf", "{pdf}");
    assert_eq!(pdf[2], "%PDF-", "{pdf}");
    assert!(
        pdf[3]
            .as_str()
            .is_some_and(|name| name.contains("INV-2026-000001-ar.pdf")),
        "{pdf}"
    );
    browser.goto(&format!("{}/invoices", server.url));
    browser.wait_for("#invoices");
    look.check(&browser, "finance-invoices");
    // The ERP export of the month, from the invoices page's form.
    // (Set as the date picker would: typing into a date field depends on the locale.)
    browser.execute(
        r##"document.querySelector("#export-from").value = "2026-05-01";
           document.querySelector("#export-to").value = "2026-05-31";"##,
    );
    let csv = browser.execute_async(DOWNLOAD_FORM.replace("FORM", "#erp-export-form").as_str());
    assert_eq!(csv[0], 200, "{csv}");
    assert_eq!(csv[1], "text/csv; charset=utf-8", "{csv}");
    let text = csv[4].as_str().unwrap_or_default();
    assert!(
        text.starts_with("invoice_number,") && text.contains("\nINV-2026-000001,"),
        "{csv}"
    );
    assert!(
        csv[3]
            .as_str()
            .is_some_and(|name| name.contains("invoices-2026-05-01-2026-05-31.csv")),
        "{csv}"
    );
    browser.goto(&format!("{}/finance/revenue", server.url));
    browser.wait_for("#revenue-chart");
    look.check(&browser, "finance-revenue");
    drop(browser);

    for (tag, device, size) in [("ar", "phone", PHONE), ("zh", "desktop", DESKTOP)] {
        let look = Look::new(tag, device);
        let browser = Browser::open(size.0, size.1);
        choose_language_on_sign_in(&browser, &server, tag);
        browser.fill("form#sign-in input[name=token]", &server.tokens.finance);
        browser.submit("form#sign-in");
        browser.wait_for_path("/finance");
        browser.goto(&format!("{}{invoice_path}", server.url));
        browser.wait_for("#invoice-status[data-status=\"PAID\"]");
        look.check(&browser, "finance-invoice");
        browser.goto(&format!("{}/finance/revenue", server.url));
        browser.wait_for("#revenue-chart");
        look.check(&browser, "finance-revenue");
    }
}

/// Fetches what the GET form `FORM` asks for, with its fields, as the browser would download
/// it: `[status, content type, the first five characters, content disposition, the text]`.
const DOWNLOAD_FORM: &str = r#"
const done = arguments[arguments.length - 1];
const form = document.querySelector("FORM");
const query = new URLSearchParams(new FormData(form)).toString();
fetch(form.action + "?" + query, { credentials: "same-origin" })
  .then(async (response) => {
    const bytes = new Uint8Array(await response.arrayBuffer());
    done([
      response.status,
      response.headers.get("content-type"),
      String.fromCharCode(...bytes.slice(0, 5)),
      response.headers.get("content-disposition"),
      new TextDecoder().decode(bytes),
    ]);
  })
  .catch((error) => done(["failed", String(error)]));
"#;
