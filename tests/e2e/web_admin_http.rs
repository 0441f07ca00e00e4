//! The administrator's pages over plain HTTP, as a browser with JavaScript off uses them
//! (issue 10, "Administrators"): every page answers the administrator, the 403 page to every
//! other role and the sign-in page to nobody; each form refuses bad input with 422 and the
//! refusal next to its field, and saves good input with a redirect to a page that shows it;
//! an access key is shown once, signs in, and after revocation from the list no longer does.

use convene_e2e::{HttpResponse, Server};
use serde_json::json;

use crate::scenario::NOW;
use crate::web_http::{Web, assert_no_message_id, location, message_ids, text_of, visible_text};

/// The demo venue's first focal point.
const FOCAL_POINT_EMAIL: &str = "amina.okafor@un.org";

/// Every administrator's page of the demo venue, with an object of each kind.
fn admin_pages() -> Vec<String> {
    [
        "/admin/rooms",
        "/admin/rooms/CR4",
        "/admin/units",
        "/admin/units/CATERING",
        "/admin/rate-card",
        "/admin/rate-card/CAT-COFFEE",
        "/admin/missions",
        "/admin/missions/FRA",
        "/admin/focal-points",
        "/admin/focal-points/edit?email=amina.okafor%40un.org",
        "/admin/keys",
    ]
    .iter()
    .map(|path| path.to_string())
    .collect()
}

/// A refused form: 422, the rule's code in the error summary, and the message next to its
/// field.
fn assert_refused(what: &str, response: &HttpResponse, code: &str, field: &str) {
    assert_eq!(response.status, 422, "{what}: {response:?}");
    assert!(
        response.body.contains(&format!("data-code=\"{code}\"")),
        "{what}: no {code} in {}",
        response.body
    );
    assert!(
        response.body.contains(&format!("id=\"{field}-error\"")),
        "{what}: the refusal is not next to #{field}: {}",
        response.body
    );
    assert!(
        response.body.contains(&format!("href=\"#{field}\"")),
        "{what}: the summary does not link to #{field}"
    );
}

/// A saved form: a redirect to `path` (with `?saved=1`), which then says it saved.
fn assert_saved(web: &mut Web<'_>, what: &str, response: &HttpResponse, path: &str) -> String {
    assert_eq!(response.status, 303, "{what}: {response:?}");
    let target = location(response);
    assert_eq!(target.split('?').next(), Some(path), "{what}");
    let page = web.get(&target);
    assert_eq!(page.status, 200, "{what}: {page:?}");
    assert!(
        page.body.contains("id=\"saved\""),
        "{what}: no saved notice"
    );
    page.body
}

/// Guards issue 10, "no role reaches a page of another role": every administrator's page is
/// the administrator's (200, its navigation, no message id left), the 403 page for a mission,
/// a unit, finance and the focal point desk (a form too, which changes nothing), and the
/// sign-in page for a visitor who is not signed in.
#[test]
fn web_admin_pages_answer_the_administrator_only() {
    let server = Server::start(NOW);
    let ids = message_ids();
    let mut admin = Web::signed_in(&server, &server.tokens.admin);
    let home = admin.get("/");
    assert_eq!(location(&home), "/admin/rooms", "the administrator's home");
    for path in admin_pages() {
        let page = admin.get(&path);
        assert_eq!(page.status, 200, "{path}: {page:?}");
        assert!(
            page.body.contains("href=\"/admin/keys\"") && page.body.contains("href=\"/desk\""),
            "{path}: the administrator's navigation (its own pages and the desk's)"
        );
        assert_no_message_id(&ids, &path, &page.body);
    }

    let others = [
        ("mission", server.tokens.mission("FRA")),
        ("unit", server.tokens.unit("CATERING")),
        ("finance", server.tokens.finance.clone()),
        ("focal point", server.tokens.focal_point.clone()),
    ];
    for (role, key) in &others {
        let mut web = Web::signed_in(&server, key);
        for path in admin_pages() {
            let page = web.get(&path);
            assert_eq!(page.status, 403, "{role} on {path}: {page:?}");
            assert!(
                visible_text(&page.body).contains("Not a page for your role"),
                "{role} on {path}: not the other role's 403 page"
            );
        }
        let refused = web.post(
            "/admin/missions",
            &[("code", "ISL"), ("name_en", "Iceland")],
        );
        assert_eq!(refused.status, 403, "{role} posting a mission: {refused:?}");
    }
    let missions = admin.get("/admin/missions");
    assert!(
        !missions.body.contains("data-mission=\"ISL\""),
        "another role registered a mission"
    );

    for path in admin_pages() {
        let page = Web::new(&server).get(&path);
        assert_eq!(page.status, 303, "nobody on {path}: {page:?}");
        assert!(
            location(&page).starts_with("/sign-in?next=/admin/"),
            "nobody on {path}: {}",
            location(&page)
        );
    }
}

/// Guards issue 10, "the rate card (items, and price changes with their effective time; the
/// versions of an item listed)": a negative, an unreadable and a past price change are each
/// refused on their field; a change at once is version 2 in force, a later one is scheduled,
/// and both are listed with version 1; a new item starts at version 1.
#[test]
fn web_admin_changes_a_price_at_an_effective_time_and_lists_its_versions() {
    let server = Server::start(NOW);
    let mut admin = Web::signed_in(&server, &server.tokens.admin);
    let price = "/admin/rate-card/CAT-COFFEE/price";

    let negative = admin.post(price, &[("price", "-5"), ("when", "now")]);
    assert_refused("a negative price", &negative, "VALIDATION", "price");
    let unreadable = admin.post(price, &[("price", "cheap"), ("when", "now")]);
    assert_refused("an unreadable price", &unreadable, "VALIDATION", "price");
    let past = admin.post(
        price,
        &[
            ("price", "9.75"),
            ("when", "at"),
            ("date", "2026-03-02"),
            ("time", "10:00"),
        ],
    );
    assert_refused(
        "a change in the past",
        &past,
        "VALIDATION",
        "effective-date",
    );
    let no_date = admin.post(
        price,
        &[
            ("price", "9.75"),
            ("when", "at"),
            ("date", ""),
            ("time", "10:00"),
        ],
    );
    assert_refused(
        "a change without a date",
        &no_date,
        "VALIDATION",
        "effective-date",
    );
    let item = admin.get("/admin/rate-card/CAT-COFFEE");
    assert_eq!(
        item.body.matches("data-version=").count(),
        1,
        "a refused change added a version"
    );

    let at_once = admin.post(price, &[("price", "9.75"), ("when", "now")]);
    let page = assert_saved(
        &mut admin,
        "a change at once",
        &at_once,
        "/admin/rate-card/CAT-COFFEE",
    );
    assert!(
        page.contains("<tr data-version=\"2\" data-state=\"current\">"),
        "{page}"
    );
    assert!(page.contains("<tr data-version=\"1\" data-state=\"past\">"));
    assert!(visible_text(&page).contains("US$9.75"));
    let later = admin.post(
        price,
        &[
            ("price", "10.50"),
            ("when", "at"),
            ("date", "2026-06-01"),
            ("time", "08:00"),
        ],
    );
    let page = assert_saved(
        &mut admin,
        "a later change",
        &later,
        "/admin/rate-card/CAT-COFFEE",
    );
    assert!(page.contains("<tr data-version=\"3\" data-state=\"scheduled\">"));
    assert!(page.contains("<tr data-version=\"2\" data-state=\"current\">"));
    // In force from 08:00 New York time (EDT), as the page writes it.
    assert!(
        visible_text(&page).contains("8:00"),
        "{}",
        visible_text(&page)
    );
    // Before the scheduled one: refused, it would take effect before the latest version.
    let before_latest = admin.post(
        price,
        &[
            ("price", "11"),
            ("when", "at"),
            ("date", "2026-05-01"),
            ("time", "08:00"),
        ],
    );
    assert_refused(
        "before the latest",
        &before_latest,
        "VALIDATION",
        "effective-date",
    );

    // The list: the price in force, and the next one.
    let list = admin.get("/admin/rate-card");
    let row = text_of(&list.body, "item-CAT-COFFEE");
    assert!(row.contains("US$9.75") && row.contains("US$10.50"), "{row}");
    // The API agrees: the estimate of a new line uses 9.75.
    let card = server.data(
        &server.tokens.mission("FRA"),
        "{ catalog { code price { amount } rateVersion } }",
        json!({}),
    );
    let coffee = card["catalog"]
        .as_array()
        .and_then(|items| items.iter().find(|item| item["code"] == "CAT-COFFEE"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(coffee["price"]["amount"], "9.75", "{card}");
    assert_eq!(coffee["rateVersion"], 2, "{card}");

    // A new item: refused without a price, then added at version 1.
    let refused = admin.post(
        "/admin/rate-card",
        &[
            ("code", "CAT-JUICE"),
            ("unit", "CATERING"),
            ("basis", "PER_PERSON"),
            ("price", ""),
            ("lead_time", "3"),
            ("name_en", "Fresh juice"),
        ],
    );
    assert_refused(
        "an item without a price",
        &refused,
        "VALIDATION",
        "item-price",
    );
    let added = admin.post(
        "/admin/rate-card",
        &[
            ("code", "CAT-JUICE"),
            ("unit", "CATERING"),
            ("basis", "PER_PERSON"),
            ("price", "3.25"),
            ("lead_time", "3"),
            ("name_en", "Fresh juice"),
            ("name_fr", "Jus frais"),
        ],
    );
    let page = assert_saved(
        &mut admin,
        "a new item",
        &added,
        "/admin/rate-card/CAT-JUICE",
    );
    assert!(page.contains("<tr data-version=\"1\" data-state=\"current\">"));
    assert!(
        page.contains("value=\"Jus frais\""),
        "the French name is not kept"
    );
}

/// Guards issue 10, "rooms (capacity, features, localized names), units with their contacts,
/// … missions, focal points … Localized names are edited in all six languages on one form":
/// each form refuses bad input in place with 422 and saves good input.
#[test]
fn web_admin_forms_refuse_in_place_and_save_rooms_units_missions_and_focal_points() {
    let server = Server::start(NOW);
    let mut admin = Web::signed_in(&server, &server.tokens.admin);

    // Rooms.
    let no_name = admin.post(
        "/admin/rooms",
        &[("code", "CR99"), ("capacity", "30"), ("name_en", "")],
    );
    assert_refused(
        "a room without an English name",
        &no_name,
        "VALIDATION",
        "name-en",
    );
    let no_seats = admin.post(
        "/admin/rooms",
        &[("code", "CR99"), ("capacity", "0"), ("name_en", "Room 99")],
    );
    assert_refused("a room without seats", &no_seats, "VALIDATION", "capacity");
    let taken = admin.post(
        "/admin/rooms",
        &[("code", "CR4"), ("capacity", "30"), ("name_en", "Again")],
    );
    assert_refused("a room code taken", &taken, "VALIDATION", "room-code");
    let added = admin.post(
        "/admin/rooms",
        &[
            ("code", "CR99"),
            ("capacity", "30"),
            ("feature", "WEBCAST"),
            ("feature", "HEARING_LOOP"),
            ("other_features", "breakout_rooms"),
            ("name_en", "Room 99"),
            ("name_fr", "Salle 99"),
            ("name_ar", "القاعة 99"),
        ],
    );
    let page = assert_saved(&mut admin, "a new room", &added, "/admin/rooms");
    let row = text_of(&page, "room-CR99");
    assert!(
        row.contains("Room 99") && row.contains("webcast") && row.contains("hearing loop"),
        "{row}"
    );
    assert!(row.contains("BREAKOUT_ROOMS"), "{row}");
    let changed = admin.post(
        "/admin/rooms/CR99",
        &[
            ("capacity", "45"),
            ("feature", "WEBCAST"),
            ("name_en", "Room 99"),
            ("name_fr", "Salle quatre-vingt-dix-neuf"),
            ("name_ar", "القاعة 99"),
        ],
    );
    let page = assert_saved(&mut admin, "a changed room", &changed, "/admin/rooms/CR99");
    assert!(page.contains("value=\"45\""));
    assert!(page.contains("value=\"Salle quatre-vingt-dix-neuf\""));
    assert!(
        page.contains("value=\"HEARING_LOOP\">"),
        "the unchecked feature is offered"
    );
    let rooms = server.data(
        &server.tokens.admin,
        "{ rooms { code capacity features name(lang: FR) } }",
        json!({}),
    );
    let room = rooms["rooms"]
        .as_array()
        .and_then(|rooms| rooms.iter().find(|room| room["code"] == "CR99"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(room["capacity"], 45, "{rooms}");
    assert_eq!(room["features"], json!(["WEBCAST"]));
    assert_eq!(room["name"], "Salle quatre-vingt-dix-neuf");

    // Units and their contacts.
    let unit = [
        ("name_en", "Catering"),
        ("contact_name", "Maria Rossi"),
        ("contact_email", "not an address"),
        ("contact_phone", "+1 212 963 0001"),
    ];
    let bad_email = admin.post("/admin/units/CATERING", &unit);
    assert_refused(
        "a contact's bad e-mail",
        &bad_email,
        "VALIDATION",
        "contact-email",
    );
    let mut unit = unit.to_vec();
    unit[2] = ("contact_email", "maria.rossi@un.org");
    unit.push(("name_es", "Restauración"));
    let saved = admin.post("/admin/units/CATERING", &unit);
    assert_saved(
        &mut admin,
        "a unit's contact",
        &saved,
        "/admin/units/CATERING",
    );
    // Saved again unchanged: saved, nothing to say.
    let again = admin.post("/admin/units/CATERING", &unit);
    assert_saved(
        &mut admin,
        "an unchanged unit",
        &again,
        "/admin/units/CATERING",
    );
    let directory = admin.get("/directory");
    assert!(visible_text(&directory.body).contains("maria.rossi@un.org"));

    // Missions.
    let bad_code = admin.post(
        "/admin/missions",
        &[("code", "is1"), ("name_en", "Iceland")],
    );
    assert_refused(
        "a malformed mission code",
        &bad_code,
        "VALIDATION",
        "mission-code",
    );
    let too_long = "x".repeat(201);
    let long_name = admin.post(
        "/admin/missions",
        &[
            ("code", "ISL"),
            ("name_en", "Iceland"),
            ("name_ru", &too_long),
        ],
    );
    assert_refused("a name too long", &long_name, "VALIDATION", "name-ru");
    let registered = admin.post(
        "/admin/missions",
        &[
            ("code", "ISL"),
            ("name_en", "Iceland"),
            ("name_fr", "Islande"),
            ("name_zh", "冰岛"),
        ],
    );
    let page = assert_saved(&mut admin, "a new mission", &registered, "/admin/missions");
    assert!(text_of(&page, "mission-ISL").contains("Iceland"));
    let renamed = admin.post(
        "/admin/missions/ISL",
        &[("name_en", "Republic of Iceland"), ("name_fr", "Islande")],
    );
    let page = assert_saved(
        &mut admin,
        "a renamed mission",
        &renamed,
        "/admin/missions/ISL",
    );
    assert!(page.contains("value=\"Republic of Iceland\""));
    assert!(
        page.contains("value=\"\""),
        "the Chinese name was left empty and falls back"
    );

    // Focal points.
    let person = [
        ("contact_name", "Lena Park"),
        ("contact_email", "lena.park@un.org"),
        ("contact_phone", "+1 212 963 4499"),
    ];
    let added = admin.post("/admin/focal-points", &person);
    let page = assert_saved(
        &mut admin,
        "a new focal point",
        &added,
        "/admin/focal-points",
    );
    assert!(page.contains("data-email=\"lena.park@un.org\""));
    let twice = admin.post("/admin/focal-points", &person);
    assert_refused("a focal point twice", &twice, "VALIDATION", "contact-email");
    let no_phone = admin.post(
        "/admin/focal-points/edit",
        &[
            ("contact_name", "Lena Park"),
            ("contact_email", "lena.park@un.org"),
            ("contact_phone", ""),
        ],
    );
    assert_refused(
        "a focal point without a phone",
        &no_phone,
        "VALIDATION",
        "contact-phone",
    );
    let renamed = admin.post(
        "/admin/focal-points/edit",
        &[
            ("contact_name", "Lena Park-Moreau"),
            ("contact_email", "lena.park@un.org"),
            ("contact_phone", "+1 212 963 4498"),
        ],
    );
    let page = assert_saved(
        &mut admin,
        "a focal point's new name",
        &renamed,
        "/admin/focal-points/edit",
    );
    assert!(page.contains("value=\"Lena Park-Moreau\""));
    let removed = admin.post(
        "/admin/focal-points/remove",
        &[("contact_email", "lena.park@un.org")],
    );
    let page = assert_saved(
        &mut admin,
        "a focal point removed",
        &removed,
        "/admin/focal-points",
    );
    assert!(!page.contains("data-email=\"lena.park@un.org\""));
    assert!(page.contains(&format!("data-email=\"{FOCAL_POINT_EMAIL}\"")));
}

/// Guards issue 10, "access keys: issue one (shown once, with its role and scope), list and
/// revoke": without a label or a mission the form is refused in place; a key issued is
/// shown once (never cached), signs in with its role, is listed by label without its secret,
/// and once revoked from the list ends its session and no longer signs in.
#[test]
fn web_admin_issues_a_key_shown_once_lists_it_and_revokes_it() {
    let server = Server::start(NOW);
    let mut admin = Web::signed_in(&server, &server.tokens.admin);
    let no_label = admin.post(
        "/admin/keys",
        &[
            ("role", "FINANCE"),
            ("mission", ""),
            ("unit", ""),
            ("label", " "),
        ],
    );
    assert_refused(
        "a key without a label",
        &no_label,
        "VALIDATION",
        "key-label",
    );
    let no_mission = admin.post(
        "/admin/keys",
        &[
            ("role", "MISSION"),
            ("mission", ""),
            ("unit", ""),
            ("label", "Desk"),
        ],
    );
    assert_refused(
        "a mission key without its mission",
        &no_mission,
        "VALIDATION",
        "key-mission",
    );

    let issued = admin.post(
        "/admin/keys",
        &[
            ("role", "MISSION"),
            ("mission", "BRA"),
            ("unit", ""),
            ("label", "BRA protocol desk"),
        ],
    );
    assert_eq!(issued.status, 200, "{issued:?}");
    assert_eq!(issued.header("cache-control"), Some("no-store"));
    let secret = issued
        .body
        .split("id=\"secret\"")
        .nth(1)
        .and_then(|rest| rest.split("value=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string();
    assert!(secret.starts_with("cvn_") && secret.len() > 40, "{secret}");
    assert_eq!(text_of(&issued.body, "issued-role").trim(), "Mission");
    assert!(text_of(&issued.body, "issued-scope").contains("BRA"));

    let mut holder = Web::signed_in(&server, &secret);
    assert_eq!(location(&holder.get("/")), "/requests");
    assert_eq!(holder.get("/requests").status, 200);

    let list = admin.get("/admin/keys");
    assert!(!list.body.contains(&secret), "the list shows the secret");
    let card = list
        .body
        .split("<li class=\"card\" id=\"key-")
        .find(|card| card.contains("BRA protocol desk"))
        .expect("the key is listed")
        .to_string();
    assert!(card.contains("data-live=\"true\""), "{card}");
    let hash = card
        .split("data-key=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string();
    assert_eq!(hash.len(), 64, "{card}");
    let revoked = admin.post(&format!("/admin/keys/{hash}/revoke"), &[]);
    assert_eq!(revoked.status, 303, "{revoked:?}");
    let list = admin.get(&location(&revoked));
    assert!(list.body.contains("id=\"saved\""));
    let card = list
        .body
        .split("<li class=\"card\" id=\"key-")
        .find(|card| card.contains("BRA protocol desk"))
        .expect("a revoked key stays listed")
        .to_string();
    assert!(card.contains("data-live=\"false\""), "{card}");
    assert!(!card.contains("class=\"revoke-key\""), "{card}");

    let after = holder.get("/requests");
    assert_eq!(
        after.status, 303,
        "the revoked key's session goes on: {after:?}"
    );
    let again = Web::new(&server).sign_in(&secret);
    assert_eq!(again.status, 401, "{again:?}");
    // A second revocation of the same key (a double click) is no error.
    let twice = admin.post(&format!("/admin/keys/{hash}/revoke"), &[]);
    assert_eq!(twice.status, 303, "{twice:?}");
    let unknown = admin.post(&format!("/admin/keys/{}/revoke", "0".repeat(64)), &[]);
    assert_eq!(unknown.status, 404, "{unknown:?}");
}
