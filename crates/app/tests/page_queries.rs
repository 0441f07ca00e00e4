//! What the web pages ask of the application layer beyond the API's mutations: the rooms free
//! at a time, removing a guest, and the conflicts a focal point reviews before approving. All
//! on the memory store, with the same rules and codes as every other caller.

use std::collections::BTreeSet;
use std::sync::Arc;

use convene_app::{App, AppError, ManualClock, NewRequest, Principal, UserCode, UserError};
use convene_domain::access::Role;
use convene_domain::focal_points::{FocalPointCommand, FocalPoints};
use convene_domain::missions::{MissionCommand, Missions};
use convene_domain::request::RequestStatus;
use convene_domain::rooms::{Capacity, RoomCatalog, RoomCommand};
use convene_domain::values::{
    Attendance, Contact, Description, Email, Lang, LocalizedText, Name, Phone, Title,
};
use convene_domain::{
    Conflict, ErrorCode, EventRequestId, GuestId, MissionCode, RoomCode, TimeSlot, UnitCode,
};
use convene_store::{MemoryStore, streams};
use jiff::Timestamp;

const EARLY: &str = "2026-04-01T09:00:00-04:00";

fn at(text: &str) -> Timestamp {
    text.parse().expect("valid instant")
}

fn slot(start: &str, end: &str) -> TimeSlot {
    TimeSlot::new(at(start), at(end)).expect("ordered")
}

fn people(count: i64) -> Attendance {
    Attendance::new(count).expect("valid")
}

fn code(text: &str) -> RoomCode {
    RoomCode::parse(text).expect("valid")
}

fn mission(code: &str) -> Principal {
    Principal::new(Role::Mission {
        mission: MissionCode::parse(code).expect("valid"),
    })
}

fn unit(code: &str) -> Principal {
    Principal::new(Role::Unit {
        unit: UnitCode::parse(code).expect("valid"),
    })
}

fn focal() -> Principal {
    Principal::new(Role::FocalPoint)
}

fn admin() -> Principal {
    Principal::new(Role::Admin)
}

fn user_error(error: AppError) -> UserError {
    match error {
        AppError::User(error) => error,
        other => panic!("expected a user error, got {other}"),
    }
}

/// The code and field of a refusal.
fn refusal(error: AppError) -> (UserCode, Option<String>) {
    let error = user_error(error);
    (error.code, error.field)
}

/// CR1 (50 seats), CR2 (50), CR4 (400); missions FRA and KEN; one focal point.
async fn venue() -> (Arc<App>, Arc<ManualClock>) {
    let store = Arc::new(MemoryStore::new());
    let clock = Arc::new(ManualClock::new(at(EARLY)));
    let app = Arc::new(App::open(store, None, clock.clone()).await.expect("opens"));
    for (room, seats) in [("CR1", 50), ("CR2", 50), ("CR4", 400)] {
        app.administer::<RoomCatalog>(&admin(), streams::rooms(), |_| RoomCommand::RegisterRoom {
            code: code(room),
            name: LocalizedText::new([(Lang::En, room)]).expect("valid"),
            capacity: Capacity::new(seats).expect("valid"),
            features: BTreeSet::new(),
        })
        .await
        .expect("room");
    }
    for mission in ["FRA", "KEN"] {
        app.administer::<Missions>(&admin(), streams::missions(), |_| {
            MissionCommand::RegisterMission {
                code: MissionCode::parse(mission).expect("valid"),
                name: LocalizedText::new([(Lang::En, mission)]).expect("valid"),
            }
        })
        .await
        .expect("mission");
    }
    app.administer::<FocalPoints>(&admin(), streams::focal_points(), |_| {
        FocalPointCommand::RegisterFocalPoint {
            contact: Contact {
                name: Name::parse("Ana Lima").expect("valid"),
                email: Email::parse("ana@un.org").expect("valid"),
                phone: Phone::parse("+1 212 963 1000").expect("valid"),
            },
        }
    })
    .await
    .expect("focal point");
    (app, clock)
}

/// A submitted request of `mission` for `start`–`end` on 12 May with `attendance` people.
async fn submitted(
    app: &App,
    mission_code: &str,
    (start, end): (&str, &str),
    attendance: i64,
    preferred: Option<&str>,
) -> EventRequestId {
    let principal = mission(mission_code);
    let id = app
        .create_request(
            &principal,
            NewRequest {
                title: Title::parse("Oceans and climate").expect("valid"),
                description: Description::parse("").expect("valid"),
                slot: slot(start, end),
                attendance: people(attendance),
                preferred_room: preferred.map(code),
            },
            None,
        )
        .await
        .expect("created");
    app.submit_request(&principal, id, None)
        .await
        .expect("submitted");
    id
}

const MORNING: (&str, &str) = ("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00");

fn codes(rooms: Vec<convene_domain::rooms::Room>) -> Vec<String> {
    rooms
        .into_iter()
        .map(|room| room.code.to_string())
        .collect()
}

#[tokio::test]
async fn available_rooms_follow_the_approvals_with_their_buffers() {
    let (app, _clock) = venue().await;
    let fra = mission("FRA");
    let free = |start: &'static str, end: &'static str, attendance: i64| {
        let app = app.clone();
        let fra = fra.clone();
        async move {
            codes(
                app.available_rooms(&fra, slot(start, end), people(attendance))
                    .await
                    .expect("answers"),
            )
        }
    };
    // Before any approval every room that holds the people is free, smallest first.
    assert_eq!(
        free("2026-05-12T11:00:00-04:00", "2026-05-12T11:30:00-04:00", 40).await,
        ["CR1", "CR2", "CR4"]
    );
    assert_eq!(
        free("2026-05-12T11:00:00-04:00", "2026-05-12T11:30:00-04:00", 51).await,
        ["CR4"]
    );

    let id = submitted(&app, "FRA", MORNING, 40, None).await;
    app.approve_request(&focal(), id, code("CR1"), None)
        .await
        .expect("approved");
    // CR1 is busy 09:30–12:30 now.
    assert_eq!(
        free("2026-05-12T11:00:00-04:00", "2026-05-12T11:30:00-04:00", 40).await,
        ["CR2", "CR4"]
    );
    assert_eq!(
        free("2026-05-12T12:59:00-04:00", "2026-05-12T14:00:00-04:00", 40).await,
        ["CR2", "CR4"]
    );
    assert_eq!(
        free("2026-05-12T13:00:00-04:00", "2026-05-12T14:00:00-04:00", 40).await,
        ["CR1", "CR2", "CR4"]
    );
    // Any role may ask, and what it lists an approval accepts.
    let other = submitted(
        &app,
        "KEN",
        ("2026-05-12T13:00:00-04:00", "2026-05-12T14:00:00-04:00"),
        40,
        None,
    )
    .await;
    let rooms = app
        .available_rooms(
            &unit("CATERING"),
            slot("2026-05-12T13:00:00-04:00", "2026-05-12T14:00:00-04:00"),
            people(40),
        )
        .await
        .expect("answers");
    assert_eq!(rooms[0].code, code("CR1"));
    app.approve_request(&focal(), other, rooms[0].code.clone(), None)
        .await
        .expect("a room shown free is accepted");
    // Cancelling gives the room back.
    app.cancel_request(
        &fra,
        id,
        convene_domain::values::Reason::parse("Postponed").expect("valid"),
        None,
    )
    .await
    .expect("cancelled");
    assert_eq!(
        free("2026-05-12T11:00:00-04:00", "2026-05-12T11:30:00-04:00", 40).await,
        ["CR1", "CR2", "CR4"]
    );
}

#[tokio::test]
async fn available_rooms_answer_any_slot_up_to_a_day() {
    let (app, _clock) = venue().await;
    let fra = mission("FRA");
    // A Saturday night is outside booking hours, yet answered.
    let night = app
        .available_rooms(
            &fra,
            slot("2026-05-16T23:00:00-04:00", "2026-05-17T01:00:00-04:00"),
            people(10),
        )
        .await
        .expect("answers");
    assert_eq!(codes(night), ["CR1", "CR2", "CR4"]);
    let error = app
        .available_rooms(
            &fra,
            slot("2026-05-12T10:00:00-04:00", "2026-05-13T10:00:01-04:00"),
            people(10),
        )
        .await
        .expect_err("too long");
    assert_eq!(
        refusal(error),
        (
            UserCode::Rule(ErrorCode::Validation),
            Some("end".to_string())
        )
    );
}

async fn guests_of(app: &App, id: EventRequestId) -> Vec<GuestId> {
    app.request(&admin(), id)
        .await
        .expect("reads")
        .expect("visible")
        .request
        .guests
        .iter()
        .map(|guest| guest.id)
        .collect()
}

#[tokio::test]
async fn the_mission_removes_its_guests_until_48_hours_before() {
    let (app, clock) = venue().await;
    let fra = mission("FRA");
    let id = submitted(&app, "FRA", MORNING, 40, None).await;
    let name = |text: &str| Name::parse(text).expect("valid");
    let jane = app
        .add_guest(&fra, id, name("Jane Doe"), None)
        .await
        .expect("added");
    let omar = app
        .add_guest(&fra, id, name("Omar Haddad"), None)
        .await
        .expect("added");
    assert_eq!(app.remove_guest(&fra, id, jane).await.expect("removed"), id);
    assert_eq!(guests_of(&app, id).await, [omar]);

    // Gone is gone: a second removal finds no guest.
    let again = app.remove_guest(&fra, id, jane).await.expect_err("gone");
    assert_eq!(
        refusal(again),
        (
            UserCode::Rule(ErrorCode::NotFound),
            Some("guestId".to_string())
        )
    );
    // Another mission learns nothing: the request does not exist for it, exactly as an id
    // that names nothing.
    let foreign = app
        .remove_guest(&mission("KEN"), id, omar)
        .await
        .expect_err("foreign");
    let nowhere = app
        .remove_guest(
            &mission("KEN"),
            EventRequestId::parse("01900000-0000-7000-8000-000000000000").expect("valid"),
            omar,
        )
        .await
        .expect_err("nothing");
    assert_eq!(user_error(foreign.clone()), user_error(nowhere));
    assert_eq!(
        refusal(foreign),
        (
            UserCode::Rule(ErrorCode::NotFound),
            Some("eventRequestId".to_string())
        )
    );
    // Units and focal points may not; the administrator may.
    for principal in [unit("SECURITY"), focal()] {
        let error = app
            .remove_guest(&principal, id, omar)
            .await
            .expect_err("forbidden");
        assert_eq!(refusal(error).0, UserCode::Forbidden);
    }
    assert_eq!(guests_of(&app, id).await, [omar]);

    // 48 hours before the start is the last moment.
    let bea = app
        .add_guest(&fra, id, name("Bea Ruiz"), None)
        .await
        .expect("added");
    clock.set(convene_domain::guest_cutoff(at(MORNING.0)));
    app.remove_guest(&admin(), id, bea)
        .await
        .expect("the administrator removes at the cut-off");
    clock.set(at("2026-05-10T10:00:01-04:00"));
    let late = user_error(app.remove_guest(&fra, id, omar).await.expect_err("late"));
    assert_eq!(late.code, UserCode::Rule(ErrorCode::LeadTime));
    assert_eq!(late.field.as_deref(), Some("guestId"));
    assert!(
        late.params
            .contains(&("deadline".to_string(), "2026-05-10 10:00 EDT".to_string()))
    );
    assert_eq!(guests_of(&app, id).await, [omar]);

    // The history shows the removals to whoever sees the guest list, and to no one else.
    let types = |entries: Vec<convene_app::HistoryEntry>| {
        entries
            .into_iter()
            .map(|entry| entry.event_type)
            .filter(|kind| kind.starts_with("Guest"))
            .collect::<Vec<_>>()
    };
    let everything = [
        "GuestAdded",
        "GuestAdded",
        "GuestRemoved",
        "GuestAdded",
        "GuestRemoved",
    ];
    assert_eq!(
        types(app.history(&fra, id).await.expect("reads")),
        everything
    );
    assert_eq!(
        types(app.history(&focal(), id).await.expect("reads")),
        everything
    );
    let finance = Principal::new(Role::Finance);
    assert!(types(app.history(&finance, id).await.expect("reads")).is_empty());
}

#[tokio::test]
async fn a_focal_point_sees_what_stands_in_the_way_of_an_approval() {
    let (app, _clock) = venue().await;
    // FRA wants CR1 for 40 people in the morning.
    let reviewed = submitted(&app, "FRA", MORNING, 40, Some("CR1")).await;
    // KEN wants CR1 from 11:00 (competing); FRA's other request wants CR2 (no matter).
    let rival = submitted(
        &app,
        "KEN",
        ("2026-05-12T11:00:00-04:00", "2026-05-12T12:00:00-04:00"),
        20,
        Some("CR1"),
    )
    .await;
    submitted(&app, "FRA", MORNING, 20, Some("CR2")).await;
    // A request approved in CR1 at 08:00–09:30 holds it until 10:00 with its buffer.
    let early = submitted(
        &app,
        "KEN",
        ("2026-05-12T08:00:00-04:00", "2026-05-12T09:30:00-04:00"),
        20,
        None,
    )
    .await;
    app.approve_request(&focal(), early, code("CR1"), None)
        .await
        .expect("approved");
    // And then CR1 shrinks below the attendance.
    app.administer::<RoomCatalog>(&admin(), streams::rooms(), |_| RoomCommand::ChangeRoom {
        code: code("CR1"),
        name: None,
        capacity: Some(Capacity::new(30).expect("valid")),
        features: None,
    })
    .await
    .expect("changed");

    let rival_reference = app
        .request(&focal(), rival)
        .await
        .expect("reads")
        .expect("visible")
        .request
        .reference;
    let found = app
        .request_conflicts(&focal(), reviewed)
        .await
        .expect("answers");
    assert_eq!(
        found,
        [
            Conflict::RoomTaken {
                room: code("CR1"),
                request: early,
                occupancy: slot("2026-05-12T07:30:00-04:00", "2026-05-12T10:00:00-04:00"),
            },
            Conflict::CompetingRequest {
                room: code("CR1"),
                request: rival,
                reference: rival_reference,
                slot: slot("2026-05-12T11:00:00-04:00", "2026-05-12T12:00:00-04:00"),
            },
            Conflict::OverCapacity {
                room: code("CR1"),
                capacity: 30,
                attendance: 40,
            },
        ]
    );
    // The administrator sees the same; the rival sees the reviewed one from its side.
    assert_eq!(
        app.request_conflicts(&admin(), reviewed)
            .await
            .expect("answers"),
        found
    );
    let from_the_rival = app
        .request_conflicts(&focal(), rival)
        .await
        .expect("answers");
    assert!(from_the_rival.iter().any(|conflict| matches!(
        conflict,
        Conflict::CompetingRequest { request, .. } if *request == reviewed
    )));
    // An approved request has nothing left to review.
    assert_eq!(
        app.request_conflicts(&focal(), early)
            .await
            .expect("answers"),
        []
    );
    let view = app
        .request(&focal(), early)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(view.request.status, RequestStatus::Approved);
    // Missions, units and finance may not ask; an unknown id is not found.
    for principal in [
        mission("FRA"),
        unit("SECURITY"),
        Principal::new(Role::Finance),
    ] {
        let error = app
            .request_conflicts(&principal, reviewed)
            .await
            .expect_err("forbidden");
        assert_eq!(refusal(error).0, UserCode::Forbidden);
    }
    let error = app
        .request_conflicts(
            &focal(),
            EventRequestId::parse("01900000-0000-7000-8000-000000000000").expect("valid"),
        )
        .await
        .expect_err("nothing");
    assert_eq!(
        refusal(error),
        (
            UserCode::Rule(ErrorCode::NotFound),
            Some("eventRequestId".to_string())
        )
    );
}
