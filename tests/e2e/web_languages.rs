//! The web application in the other five languages, in a real browser (issue 9, "the same
//! mission journey in Arabic at 390 px width … and in Chinese"): a mission books an event end
//! to end and the desk approves it, in Arabic on phones and in Chinese on a desktop, with no
//! English word left on any page; the French, Spanish and Russian pages of both roles are
//! translated and pass axe-core; and money, numbers, dates and times are written each
//! language's way on the pages.
//!
//! "No English left" is checked on the text a person reads (text nodes, `aria-label`,
//! `title`, `placeholder`, `alt` and the window title): every run of three or more Latin
//! letters must be in [`ALLOWED_LATIN`]. The language switcher (each language's own name) and
//! everything marked `translate="no"` (the standard attribute for data: codes, references,
//! names, addresses, what the user typed) are left out, so the templates mark their data.
//!
//! Each test starts its own server (`convene serve --demo`, clock at [`NOW`]) and Chromium.
//! Every page visited is saved as `target/screenshots/<lang>-<device>-<page>.png` (Arabic phone
//! pages taller than the screen also as `…-2`, `…-3` further down).

use convene_e2e::Server;
use serde_json::json;

use crate::browser::{Browser, DESKTOP, PHONE, SMALL_PHONE};
use crate::flows;

/// A Monday morning in New York.
const NOW: &str = "2026-11-02T09:00:00-05:00";
/// The event: Tuesday 24 November 2026, 22 days after [`NOW`] (past every lead time),
/// 10:00–12:00 venue time (EST), within booking hours.
const EVENT_DATE: &str = "2026-11-24";
const EVENT_START: &str = "2026-11-24T10:00:00-05:00";
const EVENT_END: &str = "2026-11-24T12:00:00-05:00";
/// Friday 6 November 2026: four days after [`NOW`], too late to submit (ten days' notice).
const SOON_DATE: &str = "2026-11-06";
/// Enough people for the catering total to pass a thousand dollars (digit groups).
const ATTENDANCE: u32 = 150;

/// The lines of the journey and the estimate they make with the demo rate card:
/// 150 × 8.50 + 4 × 85.00 + 3 × 35.00 = 1,275.00 + 340.00 + 105.00 = 1,720.00 US$.
const LINES: [(&str, &str); 3] = [("CAT-COFFEE", "150"), ("SEC-GUARD", "4"), ("AV-MIC", "3")];

/// The guests pasted, one a line: Latin names and organisations are data (`translate="no"`).
const GUESTS: &str = "Jean Dupont, Ministère de l'Europe et des Affaires étrangères\n\
                      Amina Haddad; UNESCO\n\
                      لينا خوري, جامعة الدول العربية";

/// Latin words a page in any language may show: the product's name, the venue's zones, the
/// currency's code, the API's name, the access keys' prefix, and the demo mission's code
/// (ISO 3166-1 alpha-3, inside the translated "Mission FRA" of the header and history).
/// Room codes (`CR5`), references (`SE-2026-0001`) and `US$` have fewer than three letters.
const ALLOWED_LATIN: [&str; 12] = [
    "Convene", "EST", "EDT", "USD", "GraphQL", "GraphiQL", "cvn", "FRA",
    // An invoice's number (`INV-2026-000001`) in the window title, as a request's reference.
    "INV", // File formats and the finance system, written so in every language.
    "PDF", "CSV", "ERP",
];

/// How each language writes what the pages show of the journey's event.
struct Written {
    tag: &'static str,
    /// The AV-MIC's rate-card price, 35.00 US$.
    mic_price: &'static str,
    /// The estimate of [`LINES`], 1,720.00 US$.
    total: &'static str,
    /// The event's slot, without the Unicode isolates of right-to-left pages.
    slot: &'static str,
    /// The expected attendance, [`ATTENDANCE`].
    attendance: &'static str,
    /// When AV-MIC (three days' notice) must be ordered by: 21 November 2026, 10:00 EST.
    order_by: &'static str,
}

/// What `convene_i18n::format` makes of the journey's figures with each `rules.ftl`'s
/// `format-*` messages (French groups with a narrow no-break space and puts a no-break space
/// before `$US`; Spanish groups only from five digits; Arabic keeps Latin digits).
const WRITTEN: [Written; 6] = [
    Written {
        tag: "en",
        mic_price: "US$35.00",
        total: "US$1,720.00",
        slot: "Tuesday 24 November 2026, 10:00–12:00 EST",
        attendance: "150",
        order_by: "21 Nov 2026, 10:00 EST",
    },
    Written {
        tag: "fr",
        mic_price: "35,00\u{a0}$US",
        total: "1\u{202f}720,00\u{a0}$US",
        slot: "mardi 24 novembre 2026, 10:00–12:00 EST",
        attendance: "150",
        order_by: "21 nov. 2026, 10:00 EST",
    },
    Written {
        tag: "es",
        mic_price: "35,00\u{a0}US$",
        total: "1720,00\u{a0}US$",
        slot: "martes, 24 de noviembre de 2026, 10:00–12:00 EST",
        attendance: "150",
        order_by: "21 nov 2026, 10:00 EST",
    },
    Written {
        tag: "ru",
        mic_price: "35,00\u{a0}$",
        total: "1\u{a0}720,00\u{a0}$",
        slot: "вторник, 24 ноября 2026 г., 10:00–12:00 EST",
        attendance: "150",
        order_by: "21 нояб. 2026 г., 10:00 EST",
    },
    Written {
        tag: "ar",
        mic_price: "35.00\u{a0}US$",
        total: "1,720.00\u{a0}US$",
        slot: "الثلاثاء، 24 تشرين الثاني/نوفمبر 2026، 10:00–12:00 EST",
        attendance: "150",
        order_by: "21 تشرين الثاني/نوفمبر 2026، 10:00 EST",
    },
    Written {
        tag: "zh",
        mic_price: "US$35.00",
        total: "US$1,720.00",
        slot: "2026年11月24日星期二 10:00–12:00 EST",
        attendance: "150",
        order_by: "2026年11月21日 10:00 EST",
    },
];

fn written(tag: &str) -> &'static Written {
    WRITTEN
        .iter()
        .find(|written| written.tag == tag)
        .unwrap_or_else(|| panic!("no expected formats for {tag}"))
}

// ------------------------------------------------------------------------------ the tests

#[test]
fn the_mission_journey_in_arabic_on_a_phone() {
    let server = Server::start(NOW);
    let ar = Look::new("ar", "phone");
    mission_journey(&server, &ar, PHONE, "التمويل من أجل المحيطات");

    // At 360 pixels: a request four days ahead, its services and its page, and its submission
    // refused for lead time, in Arabic.
    let small = Look::new("ar", "phone-360");
    let browser = Browser::open(SMALL_PHONE.0, SMALL_PHONE.1);
    sign_in_with_key(&browser, &server, &small, &server.tokens.mission("FRA"));
    refused_for_lead_time(&browser, &server, &small, "حوار قصير الأجل");
}

#[test]
fn the_mission_journey_in_chinese() {
    let server = Server::start(NOW);
    let zh = Look::new("zh", "desktop");
    let mission = mission_journey(&server, &zh, DESKTOP, "海洋融资对话");
    refused_for_lead_time(&mission, &server, &zh, "短期活动");
}

/// The French, Spanish and Russian pages of a mission and of the desk: each says its language
/// in `<html lang>`, and its window title and heading are there and are not the English ones
/// (a heading that is the request's own title, marked `translate="no"`, is the same in every
/// language: the window title then tells); nothing scrolls sideways; axe-core passes.
#[test]
fn every_page_of_both_roles_is_translated_and_passes_axe_in_french_spanish_and_russian() {
    let server = Server::start(NOW);
    let submitted = flows::create(&server, "FRA", event_input("Ocean finance dialogue", 40));
    flows::add_line(&server, "FRA", &submitted, "CAT-COFFEE", "40");
    flows::submit(&server, "FRA", &submitted);
    let approved = flows::create(&server, "FRA", event_input("Blue economy breakfast", 30));
    flows::submit(&server, "FRA", &approved);
    flows::approve(&server, &approved, "CR7");

    let mission_pages = [
        ("home", "/requests".to_string()),
        ("new-request", "/requests/new".to_string()),
        ("request", format!("/requests/{submitted}")),
        ("services", format!("/requests/{submitted}/services")),
        ("guests", format!("/requests/{submitted}/guests")),
        ("invoices", "/invoices".to_string()),
        ("directory", "/directory".to_string()),
    ];
    let desk_pages = [
        ("desk", "/desk".to_string()),
        ("review", format!("/requests/{submitted}")),
        ("day", format!("/desk/day?date={EVENT_DATE}")),
        ("directory", "/directory".to_string()),
    ];
    let mission = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&mission, &server, &server.tokens.mission("FRA"));
    let desk = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&desk, &server, &server.tokens.focal_point);
    for (browser, role, pages) in [
        (&mission, "mission", &mission_pages[..]),
        (&desk, "desk", &desk_pages[..]),
    ] {
        let english: Vec<Headings> = pages
            .iter()
            .map(|(_, path)| {
                browser.goto(&format!("{}{path}", server.url));
                Headings::read(browser)
            })
            .collect();
        for tag in ["fr", "es", "ru"] {
            let look = Look::new(tag, "desktop");
            switch_language(browser, tag);
            for ((page, path), english) in pages.iter().zip(&english) {
                browser.goto(&format!("{}{path}", server.url));
                let name = format!("{tag} {role} {page} ({path})");
                let here = Headings::read(browser);
                assert!(!here.title.is_empty(), "{name}: no window title");
                assert_ne!(
                    here.title, english.title,
                    "{name}: the window title is English"
                );
                assert!(!here.h1.is_empty(), "{name}: an empty h1");
                if here.h1_is_data {
                    assert_eq!(here.h1, english.h1, "{name}: the request's own title");
                } else {
                    assert_ne!(here.h1, english.h1, "{name}: the h1 is English");
                }
                look.check(browser, &format!("{role}-{page}"));
            }
        }
    }
}

/// The services and request pages in the six languages: the rate card's prices, the
/// estimate, the deadline to order, the event's date, times and zone, and the attendance,
/// each as [`WRITTEN`] says the language writes it.
#[test]
fn money_numbers_dates_and_times_are_written_each_languages_way() {
    let server = Server::start(NOW);
    let id = flows::create(
        &server,
        "FRA",
        event_input("Ocean finance dialogue", ATTENDANCE),
    );
    for (item, quantity) in LINES {
        flows::add_line(&server, "FRA", &id, item, quantity);
    }
    let browser = Browser::open(DESKTOP.0, DESKTOP.1);
    sign_in_in_english(&browser, &server, &server.tokens.mission("FRA"));
    for written in &WRITTEN {
        switch_language(&browser, written.tag);
        browser.goto(&format!("{}/requests/{id}/services", server.url));
        let mic = ".offer[data-item=\"AV-MIC\"]";
        assert_eq!(
            text_content(&browser, &format!("{mic} .price")),
            written.mic_price,
            "the AV-MIC's price in {}",
            written.tag
        );
        // AV-MIC needs three days' notice: order by Saturday 21 November, 10:00.
        let order_by = strip_isolates(&text_content(&browser, &format!("{mic} .hint")));
        assert!(
            order_by.contains(written.order_by),
            "the AV-MIC's deadline in {}: {order_by:?}, not {:?}",
            written.tag,
            written.order_by
        );
        assert_eq!(
            estimate_total(&browser),
            written.total,
            "the estimate in {}",
            written.tag
        );
        browser.screenshot(&format!("{}-desktop-formats-services", written.tag));

        browser.goto(&format!("{}/requests/{id}", server.url));
        assert_eq!(
            strip_isolates(&text_content(&browser, "#request-when")),
            written.slot,
            "the event's slot in {}",
            written.tag
        );
        assert_eq!(
            text_content(&browser, "#request-attendance"),
            written.attendance
        );
        assert_eq!(
            estimate_total(&browser),
            written.total,
            "the estimate in {}",
            written.tag
        );
    }
}

// ------------------------------------------------------------------------------ the journey

/// A mission books an event in `look`'s language on a `size` browser, and the desk (a
/// second browser of the same size and language) approves it; returns the mission's browser.
fn mission_journey(server: &Server, look: &Look, size: (u32, u32), title: &str) -> Browser {
    let written = written(look.tag);
    let mission = Browser::open(size.0, size.1);
    sign_in_with_key(&mission, server, look, &server.tokens.mission("FRA"));
    look.check(&mission, "home");

    // The new request: the free rooms appear for the period typed.
    mission.click("main a[href=\"/requests/new\"]");
    mission.wait_for_path("/requests/new");
    fill_request_form(&mission, title, EVENT_DATE, ("10:00", "12:00"), ATTENDANCE);
    mission.wait_for("#free-rooms label[data-room] input[name=room]");
    mission.wait_until("the submission deadline is shown", |browser| {
        !browser.text("#deadline").trim().is_empty()
    });
    look.check(&mission, "new-request");
    mission.click("#request-form button.primary");
    mission.wait_until("the draft's services page opens", |browser| {
        browser.path().ends_with("/services")
    });
    let id = mission
        .path()
        .trim_start_matches("/requests/")
        .trim_end_matches("/services")
        .to_string();

    // The services, the price written the language's way, the estimate changing line by line.
    assert_eq!(
        text_content(&mission, ".offer[data-item=\"AV-MIC\"] .price"),
        written.mic_price,
        "the AV-MIC's price on the {} services page",
        look.tag
    );
    for (item, quantity) in LINES {
        let before = estimate_total(&mission);
        let lines = mission.count("#order .order-lines li");
        mission.fill(
            &format!("form.add-line[data-item=\"{item}\"] input[name=quantity]"),
            quantity,
        );
        mission.click(&format!("form.add-line[data-item=\"{item}\"] button"));
        mission.wait_until(&format!("{item} is in the order"), |browser| {
            browser.count("#order .order-lines li") == lines + 1
        });
        mission.wait_until("the estimate changes", |browser| {
            estimate_total(browser) != before
        });
    }
    assert_eq!(estimate_total(&mission), written.total);
    look.check(&mission, "services");

    // The request page of the draft, then its guests, pasted as a list.
    mission.goto(&format!("{}/requests/{id}", server.url));
    assert_eq!(
        strip_isolates(&text_content(&mission, "#request-when")),
        written.slot
    );
    assert_eq!(
        text_content(&mission, "#request-attendance"),
        written.attendance
    );
    look.check(&mission, "request-draft");
    mission.click("#guests-link");
    mission.wait_for_path(&format!("/requests/{id}/guests"));
    look.check(&mission, "guests");
    mission.fill("form#paste-guests textarea#guests", GUESTS);
    mission.submit("form#paste-guests");
    mission.wait_until("the three pasted guests are listed", |browser| {
        browser.count("#guest-list li") == 3
    });
    look.check(&mission, "guests-pasted");

    // Submitted, the request waits for the desk.
    mission.goto(&format!("{}/requests/{id}", server.url));
    mission.submit("form#submit-request");
    mission.wait_for("#request-status[data-status=\"SUBMITTED\"]");
    look.check(&mission, "request-submitted");
    let reference = text_content(&mission, "#request-reference");

    // The desk, in the same language on its own browser, approves it with a suggested room.
    let desk = Browser::open(size.0, size.1);
    sign_in_as(&desk, server, look.tag, "focal-point");
    desk.wait_for_path("/desk");
    look.check(&desk, "desk");
    desk.click(&format!("li.request[data-reference=\"{reference}\"] h2 a"));
    desk.wait_for_path(&format!("/requests/{id}"));
    desk.wait_for("form#approve input[name=room]:checked");
    look.check(&desk, "review");
    desk.submit("form#approve");
    desk.wait_for("#request-status[data-status=\"APPROVED\"]");
    look.check(&desk, "review-approved");
    desk.goto(&format!("{}/desk/day?date={EVENT_DATE}", server.url));
    desk.wait_for(".day-room .block");
    look.check(&desk, "day");

    // The mission's open page shows the approval without a reload.
    mission.wait_for("#request-status[data-status=\"APPROVED\"]");
    assert!(
        !text_content(&mission, "#request-room").trim().is_empty(),
        "the approved request shows its room"
    );
    look.check(&mission, "request-approved");
    mission.goto(&format!("{}/requests", server.url));
    look.check(&mission, "home-after");
    mission.goto(&format!("{}/invoices", server.url));
    look.check(&mission, "invoices");
    mission.goto(&format!("{}/directory", server.url));
    look.check(&mission, "directory");
    mission
}

/// A draft four days ahead: the form says it is too late before the mission asks; its
/// services page takes a microphone (three days' notice is still met); submitting it is
/// refused with `LEAD_TIME`, in `look`'s language.
fn refused_for_lead_time(browser: &Browser, server: &Server, look: &Look, title: &str) {
    browser.goto(&format!("{}/requests/new", server.url));
    fill_request_form(browser, title, SOON_DATE, ("10:00", "11:00"), 20);
    browser.wait_for("#free-rooms label[data-room] input[name=room]");
    let deadline = text_content(browser, "#free-rooms #deadline");
    assert!(
        deadline
            .chars()
            .any(|c| script_of(c) == Some(look.script())),
        "the too-late hint is not in {}: {deadline:?}",
        look.tag
    );
    look.check(browser, "new-request-soon");
    browser.click("#request-form button.primary");
    browser.wait_until("the draft's services page opens", |browser| {
        browser.path().ends_with("/services")
    });
    let id = browser
        .path()
        .trim_start_matches("/requests/")
        .trim_end_matches("/services")
        .to_string();
    browser.fill(
        "form.add-line[data-item=\"AV-MIC\"] input[name=quantity]",
        "2",
    );
    browser.click("form.add-line[data-item=\"AV-MIC\"] button");
    browser.wait_for("#order .order-lines li");
    browser.wait_for("#estimate-total");
    look.check(browser, "services-soon");
    browser.goto(&format!("{}/requests/{id}", server.url));
    look.check(browser, "request-soon");
    browser.submit("form#submit-request");
    let refusal = text_content(browser, "#error-summary li[data-code=\"LEAD_TIME\"]");
    assert!(
        refusal.chars().any(|c| script_of(c) == Some(look.script())),
        "the LEAD_TIME refusal is not in {}: {refusal:?}",
        look.tag
    );
    assert_eq!(
        browser.attr("#request-status", "data-status").as_deref(),
        Some("DRAFT")
    );
    look.check(browser, "lead-time-refused");
}

// ------------------------------------------------------------------------------ the checks

/// How the pages of one language on one device are checked and named.
pub(crate) struct Look {
    tag: &'static str,
    device: &'static str,
}

impl Look {
    pub(crate) fn new(tag: &'static str, device: &'static str) -> Look {
        Look { tag, device }
    }

    fn rtl(&self) -> bool {
        self.tag == "ar"
    }

    fn script(&self) -> Script {
        match self.tag {
            "ar" => Script::Arabic,
            "zh" => Script::Han,
            "ru" => Script::Cyrillic,
            _ => Script::Latin,
        }
    }

    /// The checks of every page: its language and direction, nothing sideways, no English
    /// left (in a language not written in Latin letters), axe-core; saves its screenshots.
    pub(crate) fn check(&self, browser: &Browser, page: &str) {
        browser.wait_until("the page has loaded", |browser| {
            browser.execute("return document.readyState;") == "complete"
        });
        let name = format!("{}-{}-{page}", self.tag, self.device);
        assert_eq!(html_lang(browser), self.tag, "{name}: <html lang>");
        assert_eq!(
            browser.dir(),
            if self.rtl() { "rtl" } else { "ltr" },
            "{name}: the computed direction"
        );
        assert!(
            !browser.scrolls_sideways(),
            "{name} ({}) scrolls sideways at {} pixels",
            browser.path(),
            browser.size().0
        );
        if self.script() != Script::Latin {
            let leftovers = latin_leftovers(browser);
            assert!(
                leftovers.is_empty(),
                "{name} ({}) still shows English: {leftovers:?}",
                browser.path()
            );
        }
        save_screenshots(browser, &name, self.rtl() && browser.size().0 < 500);
        browser.assert_no_serious_axe(&name);
    }
}

/// Saves the page as `name`; with `scroll`, the rest of a tall page as `name-2`, `name-3` …
/// (at most four in all), then scrolls back to the top.
fn save_screenshots(browser: &Browser, name: &str, scroll: bool) {
    browser.execute("window.scrollTo(0, 0);");
    browser.screenshot(name);
    if !scroll {
        return;
    }
    let heights =
        browser.execute("return [document.documentElement.scrollHeight, window.innerHeight];");
    let (total, window) = (
        heights[0].as_u64().unwrap_or(0),
        heights[1].as_u64().unwrap_or(1).max(1),
    );
    let mut part = 2;
    let mut top = window;
    while top < total && part <= 4 {
        browser.execute_with("window.scrollTo(0, arguments[0]);", vec![json!(top)]);
        browser.screenshot(&format!("{name}-{part}"));
        top += window;
        part += 1;
    }
    browser.execute("window.scrollTo(0, 0);");
}

/// The text a person reads on the page, less the language switcher and what is marked
/// `translate="no"`, and the runs of three or more Latin letters in it not allowed.
fn latin_leftovers(browser: &Browser) -> Vec<String> {
    let text = browser.execute(
        "const skipped = 'form.lang-switcher, script, style, noscript, template';
         const data = element => {
           const marked = element.closest('[translate]');
           return marked !== null && marked.getAttribute('translate').toLowerCase() === 'no';
         };
         const texts = [document.title];
         const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
         for (let node = walker.nextNode(); node; node = walker.nextNode()) {
           const element = node.parentElement;
           if (element && !element.closest(skipped) && !data(element)) texts.push(node.data);
         }
         for (const element of document.body.querySelectorAll('*')) {
           if (element.closest(skipped) || data(element)) continue;
           for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
             const value = element.getAttribute(name);
             if (value) texts.push(value);
           }
           if (element.matches('input[type=submit], input[type=button]')) texts.push(element.value);
         }
         return texts.join('\\n');",
    );
    let text = text.as_str().expect("the page's text");
    let mut leftovers: Vec<String> = Vec::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if script_of(c) == Some(Script::Latin) {
            run.push(c);
            continue;
        }
        if run.chars().count() >= 3
            && !ALLOWED_LATIN.contains(&run.as_str())
            && !leftovers.contains(&run)
        {
            leftovers.push(run.clone());
        }
        run.clear();
    }
    leftovers
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Han,
    Cyrillic,
}

/// The script of a letter, for the four scripts of the six languages; `None` for a digit,
/// a sign or a space.
fn script_of(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    match u32::from(c) {
        0x41..=0x5a | 0x61..=0x7a | 0xc0..=0x24f | 0x1e00..=0x1eff => Some(Script::Latin),
        0x600..=0x6ff | 0x750..=0x77f | 0xfb50..=0xfdff | 0xfe70..=0xfeff => Some(Script::Arabic),
        0x400..=0x52f => Some(Script::Cyrillic),
        0x3400..=0x9fff | 0xf900..=0xfaff | 0x20000..=0x3134f => Some(Script::Han),
        _ => None,
    }
}

// ------------------------------------------------------------------------------ helpers

/// Opens the sign-in page in English and chooses `tag`'s language with the switcher.
pub(crate) fn choose_language_on_sign_in(browser: &Browser, server: &Server, tag: &str) {
    browser.goto(&format!("{}/sign-in", server.url));
    browser.wait_until("the sign-in page is in English first", |browser| {
        html_lang(browser) == "en"
    });
    switch_language(browser, tag);
}

/// Signs in with an access key after choosing `look`'s language on the sign-in page (which is
/// checked); the language stays.
fn sign_in_with_key(browser: &Browser, server: &Server, look: &Look, key: &str) {
    choose_language_on_sign_in(browser, server, look.tag);
    look.check(browser, "sign-in");
    browser.fill("form#sign-in input[name=token]", key);
    browser.submit("form#sign-in");
    browser.wait_for_path("/requests");
}

/// Signs in as a demo persona after choosing `tag`'s language.
fn sign_in_as(browser: &Browser, server: &Server, tag: &str, persona: &str) {
    choose_language_on_sign_in(browser, server, tag);
    browser.click(&format!("button[data-persona=\"{persona}\"]"));
}

/// Signs in with an access key on the English sign-in page; waits to leave it.
pub(crate) fn sign_in_in_english(browser: &Browser, server: &Server, key: &str) {
    browser.goto(&format!("{}/sign-in", server.url));
    browser.fill("form#sign-in input[name=token]", key);
    browser.submit("form#sign-in");
    browser.wait_until("the browser has signed in", |browser| {
        !browser.path().starts_with("/sign-in")
    });
}

/// Chooses a language with the switcher of the page the browser is on.
fn switch_language(browser: &Browser, tag: &str) {
    browser.click(&format!(
        "form.lang-switcher button[name=lang][value=\"{tag}\"]"
    ));
    browser.wait_until(&format!("the page is in {tag}"), |browser| {
        html_lang(browser) == tag
    });
}

/// The input of a request of the journey's event (GraphQL), with `attendance` people.
fn event_input(title: &str, attendance: u32) -> serde_json::Value {
    json!({
        "title": title,
        "start": EVENT_START,
        "end": EVENT_END,
        "expectedAttendance": attendance,
    })
}

/// A page's window title and `h1`, and whether the `h1` is data (`translate="no"`).
struct Headings {
    title: String,
    h1: String,
    h1_is_data: bool,
}

impl Headings {
    fn read(browser: &Browser) -> Headings {
        let read = browser.execute(
            "const h1 = document.querySelector('main h1');
             return [document.title.trim(), h1 ? h1.textContent.trim() : '',
                     h1 !== null && h1.closest('[translate=\"no\"]') !== null];",
        );
        Headings {
            title: read[0].as_str().unwrap_or_default().to_string(),
            h1: read[1].as_str().unwrap_or_default().to_string(),
            h1_is_data: read[2].as_bool().unwrap_or(false),
        }
    }
}

/// Sets a date or time input as its picker would, then says `input` and `change`, bubbling.
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

/// Fills the new-request form: the period last, so its `change` asks for the free rooms.
fn fill_request_form(
    browser: &Browser,
    title: &str,
    date: &str,
    (start, end): (&str, &str),
    attendance: u32,
) {
    browser.fill("#title", title);
    browser.fill("#attendance", &attendance.to_string());
    set_value(browser, "#date", date);
    set_value(browser, "#start", start);
    set_value(browser, "#end", end);
}

/// The page's `<html lang>`, read in one script (no element to go stale while a page loads).
pub(crate) fn html_lang(browser: &Browser) -> String {
    browser
        .execute("return document.documentElement.getAttribute('lang') || '';")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// An element's `textContent`, exactly (no-break spaces kept, unlike WebDriver's text).
pub(crate) fn text_content(browser: &Browser, css: &str) -> String {
    let element = browser.find(css);
    browser
        .execute_with(
            "return arguments[0].textContent.trim();",
            vec![browser.element_arg(&element)],
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The estimate's total as shown, or empty while there is none.
fn estimate_total(browser: &Browser) -> String {
    let total = browser.execute(
        "const total = document.querySelector('#estimate-total');
         return total ? total.textContent.trim() : '';",
    );
    total.as_str().unwrap_or_default().to_string()
}

/// A text without the Unicode isolates (FSI, LRI, RLI, PDI) right-to-left pages put around
/// their values.
fn strip_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}
