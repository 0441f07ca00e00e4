//! The demo venue (`convene serve --demo`): rooms, units, a rate card, missions and focal
//! points modelled on United Nations Headquarters in New York. It is an ordinary venue file,
//! `demo/venue.toml`, built into the binary and imported once through the same code as
//! `convene venue import`, so every fact is an ordinary administrator's event.
//!
//! The import registers rooms last: "the venue has rooms" is what marks the venue as seeded,
//! so a seed interrupted before that point (a crash, a full disk) is completed by the next
//! start, which creates only what an earlier run did not.

use convene_domain::{MissionCode, UnitCode};

use crate::App;
use crate::auth::Principal;
use crate::venue_file::{VenueFile, VenueFileError};

/// The demo venue file, as `convene venue export` would describe it (see docs/venue-file.md).
pub const VENUE_FILE: &str = include_str!("../demo/venue.toml");

/// What the demo seed created (counts, for the server's log line).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub rooms: usize,
    pub units: usize,
    pub items: usize,
    pub missions: usize,
    pub focal_points: usize,
}

/// The demo venue, parsed.
pub fn venue_file() -> Result<VenueFile, VenueFileError> {
    VenueFile::parse(VENUE_FILE)
}

/// Seeds the demo venue once: does nothing (and returns None) if the venue already has rooms.
///
/// Anything an interrupted earlier seed registered is skipped, not registered again.
pub async fn seed(app: &App, admin: &Principal) -> Result<Option<DemoSummary>, VenueFileError> {
    if has_rooms(app) {
        return Ok(None);
    }
    let report = app.import_venue(admin, &venue_file()?, false).await?;
    let created = report.created;
    Ok(Some(DemoSummary {
        rooms: created.rooms,
        units: created.units,
        items: created.items,
        missions: created.missions,
        focal_points: created.focal_points,
    }))
}

/// The mission codes the demo creates (for the demo tokens file), in the file's order.
pub fn mission_codes() -> Vec<MissionCode> {
    demo_venue()
        .missions
        .into_iter()
        .map(|mission| mission.code)
        .collect()
}

/// The unit codes the demo creates (for the demo tokens file), in the file's order.
pub fn unit_codes() -> Vec<UnitCode> {
    demo_venue()
        .units
        .into_iter()
        .map(|unit| unit.code)
        .collect()
}

/// The built-in file is checked by this module's tests; parsing it cannot fail in a build
/// whose tests pass.
fn demo_venue() -> VenueFile {
    venue_file().expect("the demo venue file is valid")
}

// Takes the venue's read guard and drops it before returning, so no guard is ever held
// across an `.await` (it is not `Send`, and it would block the projections).
fn has_rooms(app: &App) -> bool {
    app.venue().rooms.rooms().next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::collections::{BTreeMap, BTreeSet};
    use std::sync::Arc;

    use convene_domain::access::Role;
    use convene_domain::directory::{Directory, DirectoryCommand};
    use convene_domain::values::{Lang, Name};
    use convene_domain::{Currency, RoomCode};
    use convene_store::{EventStore, MemoryStore, streams};

    use crate::ManualClock;

    /// An app on an empty memory store, its read models in memory.
    async fn app() -> App {
        let store: Arc<dyn EventStore> = Arc::new(MemoryStore::new());
        let now = "2026-03-02T14:00:00Z".parse().expect("a valid instant");
        App::open(store, None, Arc::new(ManualClock::new(now)))
            .await
            .expect("the app opens")
    }

    fn admin() -> Principal {
        Principal::new(Role::Admin)
    }

    #[tokio::test]
    async fn seeds_a_complete_venue_once() {
        let app = app().await;
        let admin = admin();

        let summary = seed(&app, &admin).await.expect("the seed runs");
        assert_eq!(
            summary,
            Some(DemoSummary {
                rooms: 12,
                units: 7,
                items: 26,
                missions: 10,
                focal_points: 3,
            })
        );

        {
            let venue = app.venue();
            assert_eq!(
                venue.profile.name.as_ref().map(|name| name.get(Lang::En)),
                Some("United Nations Headquarters")
            );
            assert_eq!(venue.rooms.rooms().count(), 12);
            assert!(venue.rooms.rooms().all(|room| room.name.is_complete()));
            assert_eq!(
                venue
                    .rooms
                    .room(&RoomCode::parse("CR4").expect("valid"))
                    .map(|room| room.capacity.get()),
                Some(400)
            );

            let units: Vec<UnitCode> = venue
                .directory
                .units()
                .map(|unit| unit.code.clone())
                .collect();
            let mut expected_units = unit_codes();
            expected_units.sort();
            assert_eq!(units, expected_units);
            assert!(venue.directory.units().all(|unit| unit.name.is_complete()));

            let items: Vec<_> = venue.rate_card.items().collect();
            assert!(items.len() >= 24, "{} items", items.len());
            assert!(items.iter().all(|item| item.name.is_complete()));
            let mut per_unit: BTreeMap<&UnitCode, usize> = BTreeMap::new();
            for item in &items {
                *per_unit.entry(&item.unit).or_default() += 1;
                let price = item.latest_price();
                assert!(price.price.is_positive(), "{}", item.code);
                assert_eq!(price.price.currency(), Currency::USD);
                assert_eq!(price.version, 1);
                assert_eq!(price.effective_at, app.now());
                assert!((2..=14).contains(&item.lead_time_days), "{}", item.code);
            }
            for unit in &expected_units {
                assert!(
                    per_unit.get(unit).copied().unwrap_or(0) >= 2,
                    "{unit} owns too few items"
                );
            }
            assert_eq!(venue.rate_card.currency(), Some(Currency::USD));

            let missions: Vec<MissionCode> = venue
                .missions
                .missions()
                .map(|mission| mission.code.clone())
                .collect();
            let mut expected_missions = mission_codes();
            expected_missions.sort();
            assert_eq!(missions, expected_missions);
            assert!(
                venue
                    .missions
                    .missions()
                    .all(|mission| mission.name.is_complete())
            );

            let desk: Vec<&str> = venue
                .focal_points
                .roster
                .iter()
                .map(|contact| contact.email.as_str())
                .collect();
            assert_eq!(
                desk,
                [
                    "amina.okafor@un.org",
                    "lucas.moreau@un.org",
                    "mei.chen@un.org"
                ]
            );
        }

        let head = app.store().head();
        assert_eq!(
            seed(&app, &admin).await.expect("the second seed runs"),
            None
        );
        assert_eq!(app.store().head(), head, "a second seed writes nothing");
    }

    #[tokio::test]
    async fn completes_an_interrupted_seed() {
        let app = app().await;
        let admin = admin();
        // As if a first run stopped after registering the first unit.
        let unit = venue_file().expect("valid").units.remove(0);
        app.administer::<Directory>(&admin, streams::directory(), |_| {
            DirectoryCommand::RegisterUnit {
                code: unit.code.clone(),
                name: unit.name.clone(),
                contact: unit.contact.clone(),
            }
        })
        .await
        .expect("the unit registers");

        let summary = seed(&app, &admin)
            .await
            .expect("the seed runs")
            .expect("not seeded yet");
        assert_eq!(summary.units, 6);
        assert_eq!(summary.rooms, 12);
        assert_eq!(app.venue().directory.units().count(), 7);
    }

    #[tokio::test]
    async fn the_demo_codes_can_receive_tokens() {
        let app = app().await;
        let admin = admin();
        seed(&app, &admin).await.expect("the seed runs");
        let label = Name::parse("demo").expect("valid");
        for mission in mission_codes() {
            app.issue_token(&admin, Role::Mission { mission }, label.clone())
                .await
                .expect("a mission token");
        }
        for unit in unit_codes() {
            app.issue_token(&admin, Role::Unit { unit }, label.clone())
                .await
                .expect("a unit token");
        }
    }

    /// The demo's codes, prices and lead times, as the guides and the tests know them: a
    /// change to the file that changes any of them fails here first.
    #[test]
    fn the_catalog_is_the_one_the_guides_show() {
        let expected = [
            ("CAT-COFFEE", "CATERING", "PER_PERSON", "8.50", 3),
            ("CAT-LUNCH", "CATERING", "PER_PERSON", "48.00", 7),
            ("CAT-RECEPTION", "CATERING", "PER_PERSON", "65.00", 10),
            ("CAT-WATER", "CATERING", "PER_EVENT", "45.00", 2),
            ("SEC-GUARD", "SECURITY", "PER_HOUR", "85.00", 7),
            ("SEC-PASSES", "SECURITY", "PER_PERSON", "5.00", 10),
            ("SEC-SCREENING", "SECURITY", "PER_HOUR", "140.00", 10),
            ("SEC-ESCORT", "SECURITY", "PER_HOUR", "95.00", 7),
            ("AV-MIC", "AV", "PER_ITEM", "35.00", 3),
            ("AV-PROJECTOR", "AV", "PER_EVENT", "150.00", 3),
            ("AV-TECHNICIAN", "AV", "PER_HOUR", "95.00", 5),
            ("AV-VIDEOCONF", "AV", "PER_HOUR", "120.00", 7),
            (
                "INT-SIMULTANEOUS",
                "INTERPRETATION",
                "PER_HOUR",
                "380.00",
                14,
            ),
            (
                "INT-CONSECUTIVE",
                "INTERPRETATION",
                "PER_HOUR",
                "220.00",
                14,
            ),
            ("INT-SIGN", "INTERPRETATION", "PER_HOUR", "180.00", 14),
            ("INT-RECEIVERS", "INTERPRETATION", "PER_ITEM", "4.00", 5),
            ("FAC-CLEANING", "FACILITIES", "PER_EVENT", "180.00", 3),
            ("FAC-SETUP", "FACILITIES", "PER_EVENT", "250.00", 5),
            ("FAC-EXHIBIT", "FACILITIES", "PER_ITEM", "60.00", 10),
            ("FAC-OVERTIME", "FACILITIES", "PER_HOUR", "210.00", 7),
            ("PHO-HALF-DAY", "PHOTO", "PER_EVENT", "450.00", 5),
            ("PHO-FULL-DAY", "PHOTO", "PER_EVENT", "800.00", 5),
            ("PHO-PRINT", "PHOTO", "PER_ITEM", "12.00", 2),
            ("WEB-STREAM", "WEBCAST", "PER_EVENT", "950.00", 10),
            ("WEB-RECORDING", "WEBCAST", "PER_EVENT", "600.00", 7),
            ("WEB-CAPTIONS", "WEBCAST", "PER_HOUR", "160.00", 10),
        ];
        let file = venue_file().expect("the demo venue file is valid");
        let items: Vec<(String, String, &str, String, u32)> = file
            .items
            .iter()
            .map(|item| {
                (
                    item.code.to_string(),
                    item.unit.to_string(),
                    item.pricing.as_str(),
                    item.price.amount().to_string(),
                    item.lead_time_days,
                )
            })
            .collect();
        let expected: Vec<(String, String, &str, String, u32)> = expected
            .iter()
            .map(|(code, unit, pricing, price, days)| {
                (
                    code.to_string(),
                    unit.to_string(),
                    *pricing,
                    price.to_string(),
                    *days,
                )
            })
            .collect();
        assert_eq!(items, expected);
        assert!(file.items.iter().all(|item| item.effective_at.is_none()));
        assert!(file.items.iter().all(|item| item.name.is_complete()));
        assert_eq!(file.currency, Some(Currency::USD));
    }

    #[test]
    fn the_rooms_units_and_missions_are_the_ones_the_guides_show() {
        let file = venue_file().expect("the demo venue file is valid");
        let rooms: Vec<(String, u32)> = file
            .rooms
            .iter()
            .map(|room| (room.code.to_string(), room.capacity.get()))
            .collect();
        let expected_rooms: Vec<(String, u32)> =
            [150, 250, 250, 400, 80, 80, 60, 60, 40, 40, 120, 120]
                .iter()
                .enumerate()
                .map(|(index, seats)| (format!("CR{}", index + 1), *seats))
                .collect();
        assert_eq!(rooms, expected_rooms);
        for room in &file.rooms {
            let number = room.code.as_str().trim_start_matches("CR");
            assert_eq!(room.name.get(Lang::En), format!("Conference Room {number}"));
            assert_eq!(room.name.get(Lang::Zh), format!("第{number}会议室"));
            assert!(room.name.is_complete());
        }
        let units: Vec<&str> = file.units.iter().map(|unit| unit.code.as_str()).collect();
        assert_eq!(
            units,
            [
                "CATERING",
                "SECURITY",
                "AV",
                "INTERPRETATION",
                "FACILITIES",
                "PHOTO",
                "WEBCAST"
            ]
        );
        let missions: Vec<&str> = file
            .missions
            .iter()
            .map(|mission| mission.code.as_str())
            .collect();
        assert_eq!(
            missions,
            [
                "FRA", "KEN", "BRA", "JPN", "IND", "NOR", "EGY", "MEX", "CAN", "ZAF"
            ]
        );
        let codes: BTreeSet<&str> = file.units.iter().map(|unit| unit.code.as_str()).collect();
        assert!(
            file.items
                .iter()
                .all(|item| codes.contains(item.unit.as_str()))
        );
    }
}
