//! The venue file: every problem a file can have, with the message it gives; an import into
//! a fresh store and its export; a second import that changes nothing; a changed price that
//! becomes a new rate-card version; and what an import leaves alone.

use std::sync::Arc;

use convene_app::venue_file::{MAX_FILE_BYTES, Problem};
use convene_app::{App, ManualClock, Principal, VenueFile, VenueFileError};
use convene_domain::access::Role;
use convene_domain::values::Lang;
use convene_domain::{Currency, ItemCode, Money, RoomCode, UnitCode};
use convene_store::MemoryStore;
use jiff::Timestamp;

const NOW: &str = "2026-03-02T14:00:00Z";

/// A small venue: its name, two rooms, two units, three items, two missions, a focal point.
const SMALL: &str = r#"
format = 1

[venue]
currency = "USD"
name.en = "Palais des Nations"
name.fr = "Palais des Nations"

[[rooms]]
code = "XVII"
capacity = 120
features = ["INTERPRETATION_BOOTHS", "ACCESSIBLE"]
name.en = "Room XVII"
name.fr = "Salle XVII"

[[rooms]]
code = "S1"
capacity = 30
name.en = "Salle S1"

[[units]]
code = "CATERING"
name.en = "Catering"
contact.name = "Ana Lima"
contact.email = "ana.lima@example.org"
contact.phone = "+41 22 917 1234"

[[units]]
code = "AV"
name.en = "Audiovisual"
name.ar = "السمعيات والبصريات"
contact.name = "Bo Chen"
contact.email = "bo.chen@example.org"
contact.phone = "+41 22 917 5678"

[[items]]
code = "CAT-COFFEE"
unit = "CATERING"
pricing = "PER_PERSON"
price = "6.00"
lead_time_days = 3
name.en = "Coffee"

[[items]]
code = "CAT-LUNCH"
unit = "CATERING"
pricing = "PER_PERSON"
price = "40.00"
lead_time_days = 7
effective_at = 2026-01-05T00:00:00+01:00
name.en = "Lunch"

[[items]]
code = "AV-MIC"
unit = "AV"
pricing = "PER_ITEM"
price = "25.50"
lead_time_days = 2
name.en = "Microphone"

[[missions]]
code = "CHE"
name.en = "Permanent Mission of Switzerland"

[[missions]]
code = "FRA"
name.en = "Permanent Mission of France"
name.fr = "Mission permanente de la France"

[[focal_points]]
name = "Chloé Martin"
email = "chloe.martin@example.org"
phone = "+41 22 917 0000"
"#;

fn at(text: &str) -> Timestamp {
    text.parse().expect("a valid instant")
}

fn admin() -> Principal {
    Principal::new(Role::Admin)
}

struct Venue {
    app: App,
    clock: Arc<ManualClock>,
}

/// An app on an empty memory store, its clock at [`NOW`].
async fn fresh() -> Venue {
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let app = App::open(Arc::new(MemoryStore::new()), None, clock.clone())
        .await
        .expect("the app opens");
    Venue { app, clock }
}

fn parse(text: &str) -> VenueFile {
    VenueFile::parse(text).unwrap_or_else(|error| panic!("{text}\ndoes not parse: {error}"))
}

/// The problems of a file that must not parse, as the command line prints them.
fn problems(text: &str) -> Vec<String> {
    match VenueFile::parse(text) {
        Ok(_) => panic!("{text}\nparsed, but should not"),
        Err(error) => error.problems().iter().map(Problem::to_string).collect(),
    }
}

/// The problems an import into `venue` finds.
async fn import_problems(venue: &Venue, text: &str) -> Vec<String> {
    let head = venue.app.store().head();
    let error = venue
        .app
        .import_venue(&admin(), &parse(text), false)
        .await
        .expect_err("the import is refused");
    assert_eq!(
        venue.app.store().head(),
        head,
        "a refused import writes nothing"
    );
    error.problems().iter().map(Problem::to_string).collect()
}

async fn import(venue: &Venue, text: &str) -> convene_app::ImportReport {
    venue
        .app
        .import_venue(&admin(), &parse(text), false)
        .await
        .unwrap_or_else(|error| panic!("the import fails: {error}"))
}

fn export(venue: &Venue) -> String {
    venue
        .app
        .export_venue(&admin())
        .expect("the administrator exports")
        .to_toml()
}

// ---------------------------------------------------------------------------------------
// Problems found by parsing alone.

#[test]
fn the_small_venue_parses() {
    let file = parse(SMALL);
    assert_eq!(file.rooms.len(), 2);
    assert_eq!(file.units.len(), 2);
    assert_eq!(file.items.len(), 3);
    assert_eq!(file.missions.len(), 2);
    assert_eq!(file.focal_points.len(), 1);
    assert_eq!(file.currency, Some(Currency::USD));
    let lunch = &file.items[1];
    assert_eq!(
        lunch.price,
        Money::parse("40", Currency::USD).expect("valid")
    );
    assert_eq!(lunch.effective_at, Some(at("2026-01-04T23:00:00Z")));
    assert_eq!(file.rooms[0].line, Some(9));
    assert_eq!(file.units[1].name.get(Lang::Ar), "السمعيات والبصريات");
}

#[test]
fn an_unknown_room_feature_is_named_with_the_known_ones() {
    let text =
        "[[rooms]]\ncode = \"CR1\"\ncapacity = 10\nfeatures = [\"WEBCASTS\"]\nname.en = \"One\"\n";
    assert_eq!(
        problems(text),
        [
            "line 4 ([[rooms]] CR1, features): unknown room feature \"WEBCASTS\"; the known \
             features are ACCESSIBLE, HEARING_LOOP, INTERPRETATION_BOOTHS, VIDEO_CONFERENCE, \
             WEBCAST"
        ]
    );
}

#[test]
fn a_missing_english_name_is_refused() {
    let text = "[[missions]]\ncode = \"FRA\"\nname.fr = \"France\"\n\n[[rooms]]\ncode = \"CR1\"\ncapacity = 10\n";
    assert_eq!(
        problems(text),
        [
            "line 3 ([[missions]] FRA, name.en): the English name is missing (name.en is required)",
            "line 5 ([[rooms]] CR1, name.en): the English name is missing (name.en is required)",
        ]
    );
}

#[test]
fn an_unknown_language_and_an_empty_name_are_refused() {
    let text = "[[missions]]\ncode = \"DEU\"\nname.en = \"\"\nname.de = \"Deutschland\"\n";
    assert_eq!(
        problems(text),
        [
            "line 3 ([[missions]] DEU, name.en): name must have between 1 and 200 characters",
            "line 4 ([[missions]] DEU, name.de): unknown language \"de\"; the languages are ar, \
             zh, en, fr, ru, es",
        ]
    );
}

#[test]
fn a_code_listed_twice_names_the_first_line() {
    let text = "[[rooms]]\ncode = \"CR1\"\ncapacity = 10\nname.en = \"One\"\n\n[[rooms]]\ncode = \"CR1\"\ncapacity = 20\nname.en = \"Again\"\n";
    assert_eq!(
        problems(text),
        ["line 6 ([[rooms]] CR1, code): CR1 is listed twice (first at line 1)"]
    );
    let text = "[[focal_points]]\nname = \"A\"\nemail = \"a@un.org\"\nphone = \"+1 212 963 1000\"\n\n[[focal_points]]\nname = \"B\"\nemail = \"a@un.org\"\nphone = \"+1 212 963 2000\"\n";
    assert_eq!(
        problems(text),
        ["line 6 ([[focal_points]] a@un.org, email): a@un.org is listed twice (first at line 1)"]
    );
}

#[test]
fn a_code_listed_twice_is_found_even_where_an_entry_is_invalid() {
    let text = "[[rooms]]\ncode = \"CR1\"\ncapacity = 10\nfeatures = [\"WEBCASTS\"]\nname.en = \"One\"\n\n[[rooms]]\ncode = \" CR1\"\ncapacity = 20\nname.en = \"Again\"\n";
    let found = problems(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[1],
        "line 7 ([[rooms]] CR1, code): CR1 is listed twice (first at line 1)"
    );
}

#[test]
fn a_bad_price_is_refused() {
    let item = |price: &str| {
        format!(
            "[venue]\ncurrency = \"USD\"\n\n[[items]]\ncode = \"CAT-TEA\"\nunit = \"CATERING\"\n\
             pricing = \"PER_PERSON\"\nprice = {price}\nlead_time_days = 2\nname.en = \"Tea\"\n"
        )
    };
    assert_eq!(
        problems(&item("\"8.5.0\"")),
        [
            "line 8 ([[items]] CAT-TEA, price): \"8.5.0\" is not a price: an amount must have at \
             most 2 decimals and be at most 1000000000000 in size (e.g. \"8.50\")"
        ]
    );
    assert_eq!(
        problems(&item("\"8.505\"")),
        [
            "line 8 ([[items]] CAT-TEA, price): \"8.505\" is not a price: an amount must have at \
             most 2 decimals and be at most 1000000000000 in size (e.g. \"8.50\")"
        ]
    );
    assert_eq!(
        problems(&item("8.5")),
        [
            "line 8 ([[items]] CAT-TEA, price): a price is a decimal string such as \"8.50\", not a float 8.5"
        ]
    );
    assert_eq!(
        problems(&item("9")),
        [
            "line 8 ([[items]] CAT-TEA, price): a price is a decimal string such as \"8.50\", not an integer 9"
        ]
    );
}

#[test]
fn items_need_the_venues_currency() {
    let text = "[[items]]\ncode = \"CAT-TEA\"\nunit = \"CATERING\"\npricing = \"PER_PERSON\"\nprice = \"2.00\"\nlead_time_days = 2\nname.en = \"Tea\"\n";
    assert_eq!(
        problems(text),
        [
            "line 1 ([venue], currency): the currency is missing: the prices of [[items]] need it \
             (e.g. currency = \"USD\")"
        ]
    );
    assert_eq!(
        problems("[venue]\ncurrency = \"dollars\"\n"),
        ["line 2 ([venue], currency): currency must be 3 capital letters (ISO 4217)"]
    );
}

#[test]
fn every_missing_key_and_bad_value_is_reported_at_once() {
    let text = "[venue]\ncurrency = \"USD\"\n\n[[items]]\ncode = \"cat tea\"\npricing = \"PER_CUP\"\nprice = \"1.00\"\nlead_time_days = -1\neffective_at = \"next monday\"\nname.en = \"Tea\"\n";
    assert_eq!(
        problems(text),
        [
            "line 4 ([[items]] cat tea, unit): the key unit is missing",
            "line 5 ([[items]] cat tea, code): item code must be 2 to 32 capital letters, digits \
             or -",
            "line 6 ([[items]] cat tea, pricing): unknown pricing \"PER_CUP\"; it is one of \
             PER_PERSON, PER_HOUR, PER_EVENT, PER_ITEM",
            "line 8 ([[items]] cat tea, lead_time_days): -1 is not a number of days (0 or more)",
            "line 9 ([[items]] cat tea, effective_at): not a date-time: write one such as \
             2026-07-01T00:00:00-04:00 (or 2026-07-01 for midnight in New York)",
        ]
    );
}

#[test]
fn contacts_and_capacities_are_checked() {
    let text = "[[units]]\ncode = \"AV\"\nname.en = \"AV\"\ncontact.name = \"Bo\"\ncontact.email = \"bo at un.org\"\ncontact.phone = \"call me\"\n\n[[units]]\ncode = \"PHOTO\"\nname.en = \"Photo\"\n\n[[rooms]]\ncode = \"CR1\"\ncapacity = 0\nname.en = \"One\"\n";
    assert_eq!(
        problems(text),
        [
            "line 5 ([[units]] AV, contact.email): not a valid e-mail address",
            "line 6 ([[units]] AV, contact.phone): not a valid phone number",
            "line 8 ([[units]] PHOTO, contact): the key contact is missing",
            "line 14 ([[rooms]] CR1, capacity): a room's capacity must be from 1 to 10000",
        ]
    );
}

#[test]
fn syntax_errors_name_the_line_column_table_and_key() {
    let text = "[[rooms]]\ncode = \"CR1\"\ncapasity = 150\n";
    let found = problems(text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with(
            "line 3, column 1 ([[rooms]], capasity): unknown field `capasity`, expected one of"
        ),
        "{found:?}"
    );
    let found = problems("[[rooms]]\ncode = \"CR1\"\ncapacity = \"many\"\n");
    assert!(
        found[0].starts_with("line 3, column 12 ([[rooms]], capacity): invalid type: string"),
        "{found:?}"
    );
    let found = problems("[venue\n");
    assert!(found[0].starts_with("line 1, column "), "{found:?}");
    assert_eq!(
        problems("format = 2\n"),
        ["line 1 (top level, format): format 2 is not one this build reads; it reads format 1"]
    );
}

#[test]
fn a_file_too_large_is_refused_before_it_is_read() {
    let text = "#".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        VenueFile::parse(&text),
        Err(VenueFileError::TooLarge {
            size: MAX_FILE_BYTES + 1,
            max: MAX_FILE_BYTES,
        })
    );
}

#[test]
fn an_instant_may_be_local_to_the_venue() {
    let item = |at: &str| {
        format!(
            "[venue]\ncurrency = \"USD\"\n[[items]]\ncode = \"CAT-TEA\"\nunit = \"CATERING\"\n\
             pricing = \"PER_PERSON\"\nprice = \"1.00\"\nlead_time_days = 2\neffective_at = {at}\n\
             name.en = \"Tea\"\n"
        )
    };
    let effective = |at: &str| parse(&item(at)).items[0].effective_at;
    // Midnight in New York in summer (EDT, UTC-4).
    assert_eq!(effective("2026-07-01"), Some(at("2026-07-01T04:00:00Z")));
    assert_eq!(
        effective("2026-07-01T09:30:00"),
        Some(at("2026-07-01T13:30:00Z"))
    );
    assert_eq!(
        effective("2026-07-01T09:30:00Z"),
        Some(at("2026-07-01T09:30:00Z"))
    );
    assert_eq!(
        effective("\"2026-12-01T09:30:00-05:00\""),
        Some(at("2026-12-01T14:30:00Z"))
    );
}

// ---------------------------------------------------------------------------------------
// Problems found against the venue: nothing is written.

#[tokio::test]
async fn an_item_of_an_unknown_unit_is_refused_whole() {
    let venue = fresh().await;
    let text = format!(
        "{SMALL}\n[[items]]\ncode = \"CAT-TEA\"\nunit = \"CATERNIG\"\npricing = \"PER_PERSON\"\n\
         price = \"2.00\"\nlead_time_days = 2\nname.en = \"Tea\"\n"
    );
    assert_eq!(
        import_problems(&venue, &text).await,
        ["line 75 ([[items]] CAT-TEA, unit): unit CATERNIG does not exist"]
    );
    assert!(venue.app.venue().rooms.rooms().next().is_none());
}

#[tokio::test]
async fn the_domains_rules_are_checked_before_anything_is_written() {
    let venue = fresh().await;
    import(&venue, SMALL).await;
    let text = SMALL
        .replace(
            "price = \"6.00\"",
            "price = \"6.50\"\neffective_at = 2026-01-01T00:00:00Z",
        )
        .replace("lead_time_days = 2", "lead_time_days = 400")
        .replace("currency = \"USD\"", "currency = \"EUR\"");
    // A venue has one currency: that is checked before any price is compared.
    assert_eq!(
        import_problems(&venue, &text).await,
        [
            "line 4 ([venue], currency): the venue's rate card is in USD, not EUR: a venue has one \
             currency"
        ]
    );
    let text = text.replace("currency = \"EUR\"", "currency = \"USD\"");
    assert_eq!(
        import_problems(&venue, &text).await,
        [
            "line 36 ([[items]] CAT-COFFEE, effective_at): a price change cannot take effect in \
             the past (2026-01-01T00:00:00Z is before 2026-03-02T14:00:00Z)",
            // One line further down: the change above added a line.
            "line 54 ([[items]] AV-MIC, lead_time_days): a lead time is 0 to 365 days, not 400",
        ]
    );
}

#[tokio::test]
async fn an_items_unit_and_pricing_cannot_change() {
    let venue = fresh().await;
    import(&venue, SMALL).await;
    let text = SMALL.replace(
        "unit = \"AV\"\npricing = \"PER_ITEM\"",
        "unit = \"CATERING\"\npricing = \"PER_EVENT\"",
    );
    assert_eq!(
        import_problems(&venue, &text).await,
        [
            "line 53 ([[items]] AV-MIC, unit): the item belongs to AV in the venue, and an item's \
             unit cannot change: give the CATERING item a new code",
            "line 53 ([[items]] AV-MIC, pricing): the item is priced PER_ITEM in the venue, and a \
             pricing basis cannot change: give the PER_EVENT item a new code",
        ]
    );
}

#[tokio::test]
async fn only_the_administrator_imports_and_exports() {
    let venue = fresh().await;
    let finance = Principal::new(Role::Finance);
    let error = venue
        .app
        .import_venue(&finance, &parse(SMALL), false)
        .await
        .expect_err("finance may not import");
    assert!(error.to_string().starts_with("FORBIDDEN"), "{error}");
    assert!(venue.app.export_venue(&finance).is_err());
    assert_eq!(venue.app.store().head(), 0);
}

// ---------------------------------------------------------------------------------------
// Importing and exporting.

#[tokio::test]
async fn an_import_into_a_fresh_store_exports_as_the_same_venue() {
    let first = fresh().await;
    let report = import(&first, SMALL).await;
    assert_eq!(
        report.to_string(),
        "created: the venue's name, 2 rooms, 2 units, 3 items, 2 missions, 1 focal point\n\
         changed: nothing\n\
         unchanged: nothing\n\
         in the venue but not in the file, left as they are: nothing"
    );
    let exported = export(&first);
    // What the file said is what the venue now holds.
    let back = parse(&exported);
    let source = parse(SMALL);
    assert_eq!(back.name, source.name);
    let codes = |file: &VenueFile| -> Vec<String> {
        file.rooms
            .iter()
            .map(|room| room.code.to_string())
            .collect()
    };
    assert_eq!(codes(&back), ["S1", "XVII"]);
    assert_eq!(back.items.len(), 3);
    let coffee = &back
        .items
        .iter()
        .find(|item| item.code.as_str() == "CAT-COFFEE");
    assert_eq!(
        coffee.map(|item| (item.price.amount().to_string(), item.effective_at)),
        Some(("6.00".to_string(), Some(at(NOW))))
    );
    // Instants are written on the venue's clocks.
    assert!(
        exported.contains("effective_at = 2026-01-04T18:00:00-05:00"),
        "{exported}"
    );
    let contacts = |file: &VenueFile| -> Vec<_> {
        file.focal_points
            .iter()
            .map(|entry| entry.contact.clone())
            .collect()
    };
    assert_eq!(contacts(&back), contacts(&source));

    // Export, import into an empty store, export: the same text.
    let second = fresh().await;
    second.clock.set(at("2026-04-01T12:00:00Z"));
    import(&second, &exported).await;
    assert_eq!(export(&second), exported);
}

#[tokio::test]
async fn the_demo_venue_round_trips() {
    let first = fresh().await;
    let demo = convene_app::demo::venue_file().expect("the demo file is valid");
    first
        .app
        .import_venue(&admin(), &demo, false)
        .await
        .expect("the demo imports");
    let exported = export(&first);
    let second = fresh().await;
    import(&second, &exported).await;
    assert_eq!(export(&second), exported);
    assert_eq!(first.app.venue().rate_card, second.app.venue().rate_card);
    assert_eq!(first.app.venue().rooms, second.app.venue().rooms);
    assert_eq!(
        first.app.venue().focal_points.roster,
        second.app.venue().focal_points.roster
    );
}

#[tokio::test]
async fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let venue = fresh().await;
    import(&venue, SMALL).await;
    let head = venue.app.store().head();
    venue.clock.set(at("2026-03-09T14:00:00Z"));
    let again = import(&venue, SMALL).await;
    assert!(again.is_no_op(), "{again}");
    assert_eq!(
        venue.app.store().head(),
        head,
        "the second import writes nothing"
    );
    assert_eq!(
        again.to_string(),
        "created: nothing\n\
         changed: nothing\n\
         unchanged: the venue's name, 2 rooms, 2 units, 3 items, 2 missions, 1 focal point\n\
         in the venue but not in the file, left as they are: nothing"
    );
    // Its own export is a no-op too, though every price now has an explicit effective time.
    let exported = export(&venue);
    assert!(import(&venue, &exported).await.is_no_op());
    assert_eq!(venue.app.store().head(), head);
}

#[tokio::test]
async fn a_changed_price_becomes_a_new_rate_card_version() {
    let venue = fresh().await;
    import(&venue, SMALL).await;
    let coffee = ItemCode::parse("CAT-COFFEE").expect("valid");
    let text = SMALL.replace(
        "price = \"6.00\"",
        "price = \"6.80\"\neffective_at = 2026-07-01T00:00:00-04:00",
    );
    let head = venue.app.store().head();
    let report = import(&venue, &text).await;
    assert_eq!(report.changed.items, 1);
    assert_eq!(report.unchanged.items, 2);
    assert_eq!(
        report.changes,
        [
            "item CAT-COFFEE: price 6.00 USD → 6.80 USD from 2026-07-01 00:00 EDT (rate-card version 2)"
        ]
    );
    assert_eq!(
        venue.app.store().head(),
        head + 1,
        "one event: the price change"
    );
    {
        let card = &venue.app.venue().rate_card;
        let item = card.item(&coffee).expect("on the card");
        let versions: Vec<(u32, String, Timestamp)> = item
            .prices()
            .map(|version| {
                (
                    version.version,
                    version.price.amount().to_string(),
                    version.effective_at,
                )
            })
            .collect();
        assert_eq!(
            versions,
            [
                (1, "6.00".to_string(), at(NOW)),
                (2, "6.80".to_string(), at("2026-07-01T04:00:00Z")),
            ]
        );
        // Until July the old price is in force; from then on the new one.
        assert_eq!(item.price_at(at("2026-06-30T12:00:00Z")).version, 1);
        assert_eq!(item.price_at(at("2026-07-01T04:00:00Z")).version, 2);
    }
    // The same file again: the latest version already says 6.80.
    assert!(import(&venue, &text).await.is_no_op());
    // A price without an effective time takes effect when it is imported.
    let later = at("2026-08-03T13:00:00Z");
    venue.clock.set(later);
    let text = SMALL.replace("price = \"25.50\"", "price = \"27.00\"");
    let report = import(&venue, &text).await;
    assert_eq!(
        report.changes,
        [
            "item CAT-COFFEE: price 6.80 USD → 6.00 USD now (rate-card version 3)",
            "item AV-MIC: price 25.50 USD → 27.00 USD now (rate-card version 2)",
        ]
    );
    let card = &venue.app.venue().rate_card;
    let mic = card
        .item(&ItemCode::parse("AV-MIC").expect("valid"))
        .expect("on the card");
    assert_eq!(mic.latest_price().effective_at, later);
    assert_eq!(mic.latest_price().version, 2);
}

#[tokio::test]
async fn changes_are_applied_and_counted_once_per_thing() {
    let venue = fresh().await;
    import(&venue, SMALL).await;
    let text = SMALL
        .replace("capacity = 120", "capacity = 140")
        .replace(
            "contact.phone = \"+41 22 917 1234\"",
            "contact.phone = \"+41 22 917 4321\"",
        )
        .replace("name.en = \"Catering\"", "name.en = \"Catering Services\"")
        .replace("lead_time_days = 7", "lead_time_days = 10")
        .replace(
            "name.en = \"Permanent Mission of Switzerland\"",
            "name.en = \"Mission of Switzerland\"",
        )
        .replace("phone = \"+41 22 917 0000\"", "phone = \"+41 22 917 0001\"")
        .replace(
            "name.fr = \"Palais des Nations\"",
            "name.fr = \"Le Palais des Nations\"",
        );
    let report = import(&venue, &text).await;
    assert_eq!(
        report.changed.to_string(),
        "the venue's name, 1 room, 1 unit, 1 item, 1 mission, 1 focal point"
    );
    assert_eq!(
        report.changes,
        [
            "the venue: renamed \"Palais des Nations\"",
            "unit CATERING: renamed \"Catering Services\"",
            "unit CATERING: contact Ana Lima <ana.lima@example.org>, +41 22 917 4321",
            "item CAT-LUNCH: lead time 7 → 10 days",
            "mission CHE: renamed \"Mission of Switzerland\"",
            "focal point chloe.martin@example.org: Chloé Martin, +41 22 917 0001",
            "room XVII: capacity 120 → 140",
        ]
    );
    let state = venue.app.venue();
    let room = state
        .rooms
        .room(&RoomCode::parse("XVII").expect("valid"))
        .expect("a room");
    assert_eq!(room.capacity.get(), 140);
    let unit = state
        .directory
        .unit(&UnitCode::parse("CATERING").expect("valid"))
        .expect("a unit");
    assert_eq!(unit.contact.phone.as_str(), "+41 22 917 4321");
    assert_eq!(unit.name.get(Lang::En), "Catering Services");
    assert_eq!(
        state.focal_points.roster[0].phone.as_str(),
        "+41 22 917 0001"
    );
    assert_eq!(
        state.profile.name.as_ref().map(|name| name.get(Lang::Fr)),
        Some("Le Palais des Nations")
    );
}

#[tokio::test]
async fn what_the_file_does_not_list_is_left_as_it_is() {
    let venue = fresh().await;
    import(&venue, SMALL).await;
    let head = venue.app.store().head();
    // A file with only the venue's currency and one room.
    let text = "[venue]\ncurrency = \"USD\"\n\n[[rooms]]\ncode = \"S1\"\ncapacity = 30\nname.en = \"Salle S1\"\n";
    let report = import(&venue, text).await;
    assert!(report.is_no_op());
    assert_eq!(venue.app.store().head(), head);
    assert_eq!(
        report.left.to_string(),
        "rooms XVII; units AV, CATERING; items AV-MIC, CAT-COFFEE, CAT-LUNCH; missions CHE, FRA; \
         focal points chloe.martin@example.org"
    );
    let state = venue.app.venue();
    assert_eq!(state.rooms.rooms().count(), 2);
    assert_eq!(state.rate_card.items().count(), 3);
    assert_eq!(state.missions.missions().count(), 2);
}

#[tokio::test]
async fn a_dry_run_reports_and_writes_nothing() {
    let venue = fresh().await;
    let report = venue
        .app
        .import_venue(&admin(), &parse(SMALL), true)
        .await
        .expect("the file fits");
    assert!(report.dry_run);
    assert_eq!(report.created.rooms, 2);
    assert!(
        report
            .to_string()
            .starts_with("would create: the venue's name, 2 rooms")
    );
    assert_eq!(venue.app.store().head(), 0);
}

#[tokio::test]
async fn an_empty_store_exports_a_file_that_imports_as_nothing() {
    let venue = fresh().await;
    let exported = export(&venue);
    assert!(
        exported.contains("format = 1\n\n[venue]\ncurrency = \"USD\"\n"),
        "{exported}"
    );
    assert!(!exported.contains("[[rooms]]"));
    assert!(import(&venue, &exported).await.is_no_op());
    assert_eq!(venue.app.store().head(), 0);
}

/// The example of docs/venue-file.md is a file that imports, and its notes hold.
#[tokio::test]
async fn the_documented_example_imports() {
    let doc = include_str!("../../../docs/venue-file.md");
    let example = doc
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs/venue-file.md has a TOML example");
    let venue = fresh().await;
    let report = import(&venue, example).await;
    assert_eq!(
        report.created.to_string(),
        "the venue's name, 1 room, 1 unit, 2 items, 1 mission, 1 focal point"
    );
    let lunch = parse(example).items[1].effective_at;
    assert_eq!(lunch, Some(at("2026-07-01T04:00:00Z")));
}
