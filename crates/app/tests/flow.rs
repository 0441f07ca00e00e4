//! The application layer end to end on the memory store: the whole flow for every role,
//! tenant isolation, races (double booking, invoice numbers), idempotency and versions.

use std::collections::BTreeSet;
use std::sync::Arc;

use convene_app::{
    App, AppError, Idempotency, ManualClock, NewLine, NewRequest, Principal, UserCode,
};
use convene_domain::access::Role;
use convene_domain::directory::{Directory, DirectoryCommand};
use convene_domain::focal_points::{FocalPointCommand, FocalPoints};
use convene_domain::invoice::InvoiceStatus;
use convene_domain::item::PricingBasis;
use convene_domain::missions::{MissionCommand, Missions};
use convene_domain::rate_card::{RateCard, RateCardCommand};
use convene_domain::request::{LineStatus, RequestStatus};
use convene_domain::rooms::{Capacity, RoomCatalog, RoomCommand};
use convene_domain::values::{
    Attendance, Contact, Description, Email, Lang, LocalizedText, Name, Note, PaymentReference,
    Phone, Quantity, Rating, Reason, Title,
};
use convene_domain::{
    Currency, ErrorCode, ItemCode, MissionCode, Money, RoomCode, TimeSlot, UnitCode,
};
use convene_store::{MemoryStore, streams};
use jiff::Timestamp;

fn at(text: &str) -> Timestamp {
    text.parse().expect("valid instant")
}

fn usd(amount: &str) -> Money {
    Money::parse(amount, Currency::USD).expect("valid")
}

fn text(en: &str) -> LocalizedText {
    LocalizedText::new([(Lang::En, en)]).expect("valid")
}

fn contact(name: &str, email: &str) -> Contact {
    Contact {
        name: Name::parse(name).expect("valid"),
        email: Email::parse(email).expect("valid"),
        phone: Phone::parse("+1 212 963 1000").expect("valid"),
    }
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

fn admin() -> Principal {
    Principal::new(Role::Admin)
}

fn focal() -> Principal {
    Principal::new(Role::FocalPoint)
}

fn finance() -> Principal {
    Principal::new(Role::Finance)
}

const EARLY: &str = "2026-04-01T09:00:00-04:00";

struct Venue {
    app: Arc<App>,
    clock: Arc<ManualClock>,
}

async fn venue() -> Venue {
    venue_on(Arc::new(MemoryStore::new())).await
}

async fn venue_on(store: Arc<dyn convene_store::EventStore>) -> Venue {
    let clock = Arc::new(ManualClock::new(at(EARLY)));
    let app = Arc::new(App::open(store, None, clock.clone()).await.expect("opens"));
    let admin = admin();
    for (code, capacity) in [("CR1", 50), ("CR4", 400)] {
        app.administer::<RoomCatalog>(&admin, streams::rooms(), |_| RoomCommand::RegisterRoom {
            code: RoomCode::parse(code).expect("valid"),
            name: text(code),
            capacity: Capacity::new(capacity).expect("valid"),
            features: BTreeSet::new(),
        })
        .await
        .expect("room");
    }
    for code in ["CATERING", "SECURITY"] {
        app.administer::<Directory>(&admin, streams::directory(), |_| {
            DirectoryCommand::RegisterUnit {
                code: UnitCode::parse(code).expect("valid"),
                name: text(code),
                contact: contact("Unit Head", "head@un.org"),
            }
        })
        .await
        .expect("unit");
    }
    let known: BTreeSet<UnitCode> = ["CATERING", "SECURITY"]
        .iter()
        .map(|code| UnitCode::parse(code).expect("valid"))
        .collect();
    for (code, owner, price, pricing) in [
        ("CAT-COFFEE", "CATERING", "4.50", PricingBasis::PerPerson),
        ("SEC-GUARD", "SECURITY", "62.25", PricingBasis::PerHour),
    ] {
        app.administer::<RateCard>(&admin, streams::rate_card(), |now| {
            RateCardCommand::AddItem {
                code: ItemCode::parse(code).expect("valid"),
                unit: UnitCode::parse(owner).expect("valid"),
                name: text(code),
                pricing,
                price: usd(price),
                lead_time_days: 3,
                effective_at: now,
                known_units: known.clone(),
            }
        })
        .await
        .expect("item");
    }
    for code in ["FRA", "KEN"] {
        app.administer::<Missions>(&admin, streams::missions(), |_| {
            MissionCommand::RegisterMission {
                code: MissionCode::parse(code).expect("valid"),
                name: text(code),
            }
        })
        .await
        .expect("mission");
    }
    for (name, email) in [("Ana Lima", "ana@un.org"), ("Bo Chen", "bo@un.org")] {
        app.administer::<FocalPoints>(&admin, streams::focal_points(), |_| {
            FocalPointCommand::RegisterFocalPoint {
                contact: contact(name, email),
            }
        })
        .await
        .expect("focal point");
    }
    Venue { app, clock }
}

fn new_request(start: &str, end: &str, attendance: i64) -> NewRequest {
    NewRequest {
        title: Title::parse("Oceans and climate").expect("valid"),
        description: Description::parse("").expect("valid"),
        slot: TimeSlot::new(at(start), at(end)).expect("ordered"),
        attendance: Attendance::new(attendance).expect("valid"),
        preferred_room: None,
    }
}

fn code_of(error: AppError) -> UserCode {
    match error {
        AppError::User(error) => error.code,
        other => panic!("expected a user error, got {other}"),
    }
}

fn coffee(quantity: &str) -> NewLine {
    NewLine {
        item: ItemCode::parse("CAT-COFFEE").expect("valid"),
        quantity: Quantity::parse(quantity).expect("valid"),
        note: Note::parse("").expect("valid"),
    }
}

#[tokio::test]
async fn the_whole_flow_for_every_role() {
    let Venue { app, clock } = venue().await;
    let fra = mission("FRA");
    let id = app
        .create_request(
            &fra,
            new_request("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00", 40),
            None,
        )
        .await
        .expect("created");
    let view = app
        .request(&fra, id)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(view.request.reference.as_str(), "SE-2026-000001");
    let coffee_line = app
        .add_line(&fra, id, coffee("40"), Some(1), None)
        .await
        .expect("line");
    let guard = NewLine {
        item: ItemCode::parse("SEC-GUARD").expect("valid"),
        quantity: Quantity::parse("4").expect("valid"),
        note: Note::parse("").expect("valid"),
    };
    let guard_line = app
        .add_line(&fra, id, guard, None, None)
        .await
        .expect("line");
    let view = app
        .request(&fra, id)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(view.estimate(&app).total, usd("429.00"));

    app.submit_request(&fra, id, Some(3))
        .await
        .expect("submitted");
    let view = app
        .request(&focal(), id)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(view.request.status, RequestStatus::Submitted);
    assert_eq!(
        view.request
            .focal_point
            .as_ref()
            .map(|fp| fp.email.as_str()),
        Some("ana@un.org")
    );

    app.approve_request(&focal(), id, RoomCode::parse("CR1").expect("valid"), None)
        .await
        .expect("approved");
    app.confirm_line(
        &unit("CATERING"),
        coffee_line,
        None,
        Note::parse("").expect("valid"),
        None,
    )
    .await
    .expect("confirmed");
    app.confirm_line(
        &unit("SECURITY"),
        guard_line,
        Some(usd("60.00")),
        Note::parse("Agreed rate").expect("valid"),
        None,
    )
    .await
    .expect("confirmed");
    // A unit sees only its own lines of the request.
    let seen_by_catering = app
        .request(&unit("CATERING"), id)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(seen_by_catering.request.lines.len(), 1);

    // After the event: deliver, hold, invoice.
    clock.set(at("2026-05-12T12:30:00-04:00"));
    app.deliver_line(
        &unit("CATERING"),
        coffee_line,
        Quantity::parse("35").expect("valid"),
        None,
    )
    .await
    .expect("delivered");
    app.mark_held(&focal(), id, None).await.expect("held");
    let invoice = app
        .issue_invoice(&finance(), id, None)
        .await
        .expect("invoiced");
    let view = app
        .invoice(&fra, invoice)
        .await
        .expect("reads")
        .expect("visible to its mission");
    assert_eq!(view.invoice.number().to_string(), "INV-2026-000001");
    assert_eq!(view.invoice.total(), usd("397.50"));
    assert_eq!(
        view.invoice.subtotals()[&UnitCode::parse("SECURITY").expect("valid")],
        usd("240.00")
    );
    let request = app
        .request(&fra, id)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(request.request.status, RequestStatus::Closed);

    app.issue_credit_note(
        &finance(),
        invoice,
        usd("17.50"),
        Reason::parse("Coffee late").expect("valid"),
        Some(UnitCode::parse("CATERING").expect("valid")),
        None,
    )
    .await
    .expect("credited");
    app.record_payment(
        &finance(),
        invoice,
        usd("380.00"),
        PaymentReference::parse("WIRE-1").expect("valid"),
        None,
    )
    .await
    .expect("paid");
    let view = app
        .invoice(&finance(), invoice)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(view.invoice.status(), InvoiceStatus::Paid);
    assert_eq!(view.invoice.balance(), usd("0.00"));
    let revenue = app.revenue(&finance()).expect("reads");
    assert_eq!(
        revenue[&UnitCode::parse("CATERING").expect("valid")],
        usd("140.00")
    );

    app.submit_feedback(
        &fra,
        id,
        UnitCode::parse("CATERING").expect("valid"),
        Rating::new(4).expect("valid"),
        Note::parse("Good").expect("valid"),
    )
    .await
    .expect("rated");
    assert_eq!(
        app.satisfaction(&UnitCode::parse("CATERING").expect("valid"))
            .expect("reads")
            .count,
        1
    );
    let history = app.history(&fra, id).await.expect("reads");
    assert!(
        history
            .iter()
            .any(|entry| entry.event_type == "InvoiceIssued")
    );
    assert!(
        history
            .iter()
            .any(|entry| entry.event_type == "FeedbackSubmitted")
    );
    assert!(
        history
            .windows(2)
            .all(|pair| pair[0].position < pair[1].position)
    );
}

#[tokio::test]
async fn tenants_never_see_each_other() {
    let Venue { app, .. } = venue().await;
    let id = app
        .create_request(
            &mission("FRA"),
            new_request("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00", 40),
            None,
        )
        .await
        .expect("created");
    let line = app
        .add_line(&mission("FRA"), id, coffee("10"), None, None)
        .await
        .expect("line");
    assert!(
        app.request(&mission("KEN"), id)
            .await
            .expect("reads")
            .is_none()
    );
    assert!(
        app.request(&unit("SECURITY"), id)
            .await
            .expect("reads")
            .is_none(),
        "no SECURITY line on it"
    );
    assert!(
        app.request(&unit("CATERING"), id)
            .await
            .expect("reads")
            .is_some()
    );
    assert_eq!(
        code_of(
            app.submit_request(&mission("KEN"), id, None)
                .await
                .expect_err("foreign")
        ),
        UserCode::Rule(ErrorCode::NotFound)
    );
    assert_eq!(
        code_of(
            app.remove_line(&mission("KEN"), line, None, None)
                .await
                .expect_err("foreign")
        ),
        UserCode::Rule(ErrorCode::NotFound)
    );
    assert_eq!(
        code_of(
            app.submit_request(&focal(), id, None)
                .await
                .expect_err("role")
        ),
        UserCode::Forbidden
    );
    assert_eq!(
        code_of(
            app.approve_request(
                &mission("FRA"),
                id,
                RoomCode::parse("CR1").expect("valid"),
                None
            )
            .await
            .expect_err("role")
        ),
        UserCode::Forbidden
    );
    assert_eq!(
        code_of(
            app.issue_invoice(&mission("FRA"), id, None)
                .await
                .expect_err("role")
        ),
        UserCode::Forbidden
    );
    let ken_list = app
        .requests(&mission("KEN"), None, None, None)
        .await
        .expect("lists");
    assert!(ken_list.items.is_empty());
    let lines = app
        .lines(
            &unit("SECURITY"),
            Some(UnitCode::parse("CATERING").expect("valid")),
            None,
            None,
            None,
        )
        .await
        .expect("lists");
    assert!(
        lines.items.is_empty(),
        "a unit cannot list another unit's lines"
    );
    // History shows each role only what it may see.
    let guard = NewLine {
        item: ItemCode::parse("SEC-GUARD").expect("valid"),
        quantity: Quantity::parse("2").expect("valid"),
        note: Note::parse("").expect("valid"),
    };
    app.add_line(&mission("FRA"), id, guard, None, None)
        .await
        .expect("line");
    app.add_guest(
        &mission("FRA"),
        id,
        Name::parse("Jane Doe").expect("valid"),
        None,
    )
    .await
    .expect("guest");
    let types = |entries: Vec<convene_app::HistoryEntry>| {
        entries
            .into_iter()
            .map(|entry| entry.event_type)
            .collect::<Vec<_>>()
    };
    let catering = types(app.history(&unit("CATERING"), id).await.expect("reads"));
    assert_eq!(
        catering,
        ["EventRequestCreated", "ServiceLineRequested"],
        "only its own line, no guest"
    );
    let security = types(app.history(&unit("SECURITY"), id).await.expect("reads"));
    assert_eq!(
        security,
        ["EventRequestCreated", "ServiceLineRequested", "GuestAdded"],
        "security reads the guest list"
    );
    let finance_history = types(app.history(&finance(), id).await.expect("reads"));
    assert!(!finance_history.iter().any(|kind| kind == "GuestAdded"));
    assert_eq!(
        types(app.history(&mission("FRA"), id).await.expect("reads")).len(),
        4
    );
    assert!(
        app.history(&mission("KEN"), id)
            .await
            .expect("reads")
            .is_empty()
    );
    // Another unit's line is not found for it.
    app.submit_request(&mission("FRA"), id, None)
        .await
        .expect("submitted");
    assert_eq!(
        code_of(
            app.confirm_line(
                &unit("SECURITY"),
                line,
                None,
                Note::parse("").expect("valid"),
                None
            )
            .await
            .expect_err("foreign")
        ),
        UserCode::Rule(ErrorCode::NotFound)
    );
}

#[tokio::test]
async fn two_hundred_concurrent_approvals_book_the_room_once() {
    let Venue { app, .. } = venue().await;
    let fra = mission("FRA");
    let mut ids = Vec::new();
    for i in 0..200 {
        // Overlapping slots: every one touches 10:00–11:00 on 12 May.
        let start = if i % 2 == 0 {
            "2026-05-12T10:00:00-04:00"
        } else {
            "2026-05-12T10:30:00-04:00"
        };
        let id = app
            .create_request(
                &fra,
                new_request(start, "2026-05-12T11:30:00-04:00", 20),
                None,
            )
            .await
            .expect("created");
        app.submit_request(&fra, id, None).await.expect("submitted");
        ids.push(id);
    }
    let mut tasks = Vec::new();
    for id in ids {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.approve_request(&focal(), id, RoomCode::parse("CR1").expect("valid"), None)
                .await
        }));
    }
    let mut won = 0;
    let mut unavailable = 0;
    for task in tasks {
        match task.await.expect("task") {
            Ok(_) => won += 1,
            Err(error) => {
                assert_eq!(code_of(error), UserCode::Rule(ErrorCode::RoomUnavailable));
                unavailable += 1;
            }
        }
    }
    assert_eq!((won, unavailable), (1, 199));
    let busy = app
        .room_schedule(
            &focal(),
            &RoomCode::parse("CR1").expect("valid"),
            at("2026-05-12T00:00:00-04:00"),
            at("2026-05-13T00:00:00-04:00"),
        )
        .await
        .expect("reads");
    assert_eq!(busy.len(), 1);
}

#[tokio::test]
async fn concurrent_invoices_are_numbered_without_gaps() {
    let Venue { app, clock } = venue().await;
    let fra = mission("FRA");
    let mut ids = Vec::new();
    for day in 0..5 {
        for hour in [9, 12, 15] {
            let start = format!("2026-05-{:02}T{hour:02}:00:00-04:00", 11 + day);
            let end = format!("2026-05-{:02}T{:02}:00:00-04:00", 11 + day, hour + 1);
            let id = app
                .create_request(&fra, new_request(&start, &end, 20), None)
                .await
                .expect("created");
            let line = app
                .add_line(&fra, id, coffee("20"), None, None)
                .await
                .expect("line");
            app.submit_request(&fra, id, None).await.expect("submitted");
            app.approve_request(
                &focal(),
                id,
                RoomCode::parse(if hour == 9 { "CR1" } else { "CR4" }).expect("valid"),
                None,
            )
            .await
            .expect("approved");
            app.confirm_line(
                &unit("CATERING"),
                line,
                None,
                Note::parse("").expect("valid"),
                None,
            )
            .await
            .expect("confirmed");
            ids.push(id);
        }
    }
    clock.set(at("2026-05-20T09:00:00-04:00"));
    for id in &ids {
        app.mark_held(&focal(), *id, None).await.expect("held");
    }
    let mut tasks = Vec::new();
    for id in ids {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.issue_invoice(&finance(), id, None).await
        }));
    }
    let mut numbers = BTreeSet::new();
    for task in tasks {
        let invoice = task.await.expect("task").expect("issued");
        let view = app
            .invoice(&finance(), invoice)
            .await
            .expect("reads")
            .expect("visible");
        numbers.insert(view.invoice.number().number());
    }
    assert_eq!(numbers, (1..=15).collect::<BTreeSet<u32>>());
}

#[tokio::test]
async fn idempotent_retries_and_version_conflicts() {
    let Venue { app, .. } = venue().await;
    let fra = mission("FRA");
    let input = new_request("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00", 40);
    let key = Idempotency::new("create-1", "eventRequestCreate", "same input").expect("valid");
    let first = app
        .create_request(&fra, input.clone(), Some(&key))
        .await
        .expect("created");
    let again = app
        .create_request(&fra, input.clone(), Some(&key))
        .await
        .expect("replayed");
    assert_eq!(first, again);
    assert_eq!(
        app.requests(&fra, None, None, None)
            .await
            .expect("lists")
            .items
            .len(),
        1
    );
    let other = Idempotency::new("create-1", "eventRequestCreate", "other input").expect("valid");
    assert_eq!(
        code_of(
            app.create_request(&fra, input.clone(), Some(&other))
                .await
                .expect_err("reused")
        ),
        UserCode::Rule(ErrorCode::IdempotencyKeyReused)
    );
    // The same key from another mission is another key.
    assert!(
        app.create_request(&mission("KEN"), input, Some(&key))
            .await
            .is_ok()
    );

    let line_key = Idempotency::new("line-1", "serviceLineAdd", "coffee 40").expect("valid");
    let line = app
        .add_line(&fra, first, coffee("40"), None, Some(&line_key))
        .await
        .expect("line");
    assert_eq!(
        app.add_line(&fra, first, coffee("40"), None, Some(&line_key))
            .await
            .expect("replayed"),
        line
    );

    let error = app
        .submit_request(&fra, first, Some(1))
        .await
        .expect_err("stale");
    match error {
        AppError::User(error) => {
            assert_eq!(error.code, UserCode::Rule(ErrorCode::VersionConflict));
            assert_eq!(error.current_version, Some(2));
        }
        other => panic!("unexpected {other}"),
    }
    assert!(app.submit_request(&fra, first, Some(2)).await.is_ok());
    let line_view = app
        .line(&focal(), line)
        .await
        .expect("reads")
        .expect("visible");
    assert_eq!(line_view.line.status, LineStatus::Requested);
}

#[tokio::test]
async fn a_revoked_token_stops_working() {
    let Venue { app, .. } = venue().await;
    let token = app
        .create_token(
            &admin(),
            Role::Mission {
                mission: MissionCode::parse("FRA").expect("valid"),
            },
            Name::parse("desk").expect("valid"),
        )
        .await
        .expect("issued");
    assert!(app.authenticate(&token).is_some());
    app.revoke_token(&admin(), &token).await.expect("revoked");
    assert!(app.authenticate(&token).is_none());
    assert_eq!(
        code_of(app.revoke_token(&admin(), &token).await.expect_err("gone")),
        UserCode::Rule(ErrorCode::NotFound)
    );
    assert_eq!(
        code_of(app.revoke_token(&focal(), &token).await.expect_err("role")),
        UserCode::Forbidden
    );
}

/// A second application opened on the same log with empty read models, catching up in the
/// background (what a new server on PostgreSQL does with a long log): it returns before its
/// read models are current, says when they are, and then lists what the first one lists.
#[tokio::test]
async fn an_app_catching_up_in_the_background_ends_with_the_same_lists() {
    let Venue { app, .. } = venue().await;
    let fra = mission("FRA");
    for n in 0..5 {
        let mut input = new_request("2026-05-12T10:00:00-04:00", "2026-05-12T11:00:00-04:00", 20);
        input.title = Title::parse(&format!("Background {n}")).expect("valid");
        app.create_request(&fra, input, None)
            .await
            .expect("created");
    }
    let head = app.store().head();
    let clock = Arc::new(ManualClock::new(at(EARLY)));
    let second = App::open_catching_up(app.store().clone(), None, clock)
        .await
        .expect("opens");
    second.projections().wait_for(head).await;
    assert!(second.is_caught_up());
    let ids = |page: convene_store::readmodel::Page<convene_app::RequestView>| -> Vec<_> {
        page.items.iter().map(|view| view.request.id).collect()
    };
    let listed = ids(app
        .requests(&fra, None, None, Some(100))
        .await
        .expect("lists"));
    assert_eq!(listed.len(), 5);
    assert_eq!(
        ids(second
            .requests(&fra, None, None, Some(100))
            .await
            .expect("lists")),
        listed
    );
}

/// Closing the application snapshots its read models; an application opened on the same log
/// with that snapshot starts at the head (nothing to replay) and lists what the first listed,
/// and what is written after the snapshot is applied on top of it.
#[tokio::test]
async fn a_closed_app_leaves_a_snapshot_the_next_one_starts_from() {
    let Venue { app, .. } = venue().await;
    let fra = mission("FRA");
    for n in 0..3 {
        let mut input = new_request("2026-05-12T10:00:00-04:00", "2026-05-12T11:00:00-04:00", 20);
        input.title = Title::parse(&format!("Snapshot {n}")).expect("valid");
        app.create_request(&fra, input, None)
            .await
            .expect("created");
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = convene_store::readmodel::SnapshotFile::new(dir.path().join("read-models.snapshot"));
    let clock = Arc::new(ManualClock::new(at(EARLY)));
    let first = App::open(app.store().clone(), Some(file.clone()), clock.clone())
        .await
        .expect("opens");
    first.close().await;
    assert!(file.path().exists(), "closing wrote the snapshot");
    let ids = |page: convene_store::readmodel::Page<convene_app::RequestView>| -> Vec<_> {
        page.items.iter().map(|view| view.request.id).collect()
    };
    let listed = ids(app
        .requests(&fra, None, None, Some(100))
        .await
        .expect("lists"));
    assert_eq!(listed.len(), 3);

    let mut input = new_request("2026-05-13T10:00:00-04:00", "2026-05-13T11:00:00-04:00", 20);
    input.title = Title::parse("After the snapshot").expect("valid");
    app.create_request(&fra, input, None)
        .await
        .expect("created");
    let second = App::open_catching_up(app.store().clone(), Some(file), clock)
        .await
        .expect("reopens");
    let (start, _) = second.projections().checkpoint_range().expect("reads");
    assert!(
        start > 0 && start < app.store().head(),
        "it starts from the snapshot ({start}), before the last write"
    );
    second.projections().wait_for(app.store().head()).await;
    let relisted = ids(second
        .requests(&fra, None, None, Some(100))
        .await
        .expect("lists"));
    assert_eq!(relisted.len(), 4);
    assert_eq!(relisted[..3], listed[..]);
    second.close().await;
}

/// Issue 11's burst: 1,000 creates at once from 10 missions, every one writing the one
/// reference sequence. All succeed (the losers of each race retry in turn instead of racing
/// each other out of attempts), with references SE-2026-000001 to SE-2026-001000, no gap and
/// no repeat.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_creates_at_once_all_succeed_with_gap_free_references() {
    // On the embedded store, whose appends wait for the disk: races are real there.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = convene_store::segment_store::SegmentStore::open(
        convene_store::segment_store::StoreConfig::new(dir.path().join("store")),
    )
    .expect("the store opens");
    let Venue { app, .. } = venue_on(Arc::new(store)).await;
    let missions = [
        "AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ",
    ];
    for code in missions {
        app.administer::<Missions>(&admin(), streams::missions(), |_| {
            MissionCommand::RegisterMission {
                code: MissionCode::parse(code).expect("valid"),
                name: text(code),
            }
        })
        .await
        .expect("mission");
    }
    let mut tasks = Vec::new();
    for n in 0..1_000 {
        let app = app.clone();
        let who = mission(missions[n % missions.len()]);
        tasks.push(tokio::spawn(async move {
            let id = app
                .create_request(
                    &who,
                    new_request("2026-05-12T10:00:00-04:00", "2026-05-12T12:00:00-04:00", 40),
                    None,
                )
                .await?;
            let view = app.request(&who, id).await?.expect("its own request");
            Ok::<String, AppError>(view.request.reference.as_str().to_string())
        }));
    }
    let mut references = BTreeSet::new();
    let mut failures = Vec::new();
    for task in tasks {
        match task.await.expect("the task ran") {
            Ok(reference) => {
                references.insert(reference);
            }
            Err(error) => failures.push(error.to_string()),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed: {:?}",
        failures.len(),
        &failures[..failures.len().min(3)]
    );
    let expected: BTreeSet<String> = (1..=1_000).map(|n| format!("SE-2026-{n:06}")).collect();
    assert_eq!(references, expected);
}
