//! The read models: indexes follow status changes, a snapshot makes a restart resume without
//! applying an event twice, a snapshot that is damaged, of another log or ahead of the log is
//! ignored and the models rebuilt, `rebuild` gives the same answers, and a write is visible
//! to the same process as soon as `wait_for` returns (read-your-writes).

use std::sync::Arc;

use convene_domain::feedback::FeedbackEvent;
use convene_domain::invoice::{InvoiceEvent, InvoiceReason};
use convene_domain::item::{PricedItem, PricingBasis};
use convene_domain::missions::MissionEvent;
use convene_domain::request::{EventRequestEvent, LineStatus, RequestReference, RequestStatus};
use convene_domain::sequence::{DocumentNumber, Series};
use convene_domain::values::{
    Attendance, Description, Lang, LocalizedText, Note, Quantity, Rating, Title,
};
use convene_domain::{
    BillLine, Currency, DomainEvent, EventRequestId, InvoiceId, ItemCode, MissionCode, Money,
    ServiceLineId, TimeSlot, UnitCode,
};
use convene_store::append::{AppendRequest, StreamAppend};
use convene_store::codec::encode;
use convene_store::envelope::{ExpectedVersion, StreamId};
use convene_store::readmodel::{
    InvoiceIndex, LineIndex, Projections, ReadModel, RequestIndex, RevenueModel, SatisfactionModel,
    SnapshotFile,
};
use convene_store::testsuite::metadata;
use convene_store::{EventStore, MemoryStore, streams};
use serde::Serialize;
use uuid::Uuid;

fn id(n: u64) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000_u128 | u128::from(n))
}

fn request_id(n: u64) -> EventRequestId {
    EventRequestId::new(id(n)).expect("v7")
}

fn line_id(n: u64) -> ServiceLineId {
    ServiceLineId::new(id(10_000 + n)).expect("v7")
}

fn usd(amount: &str) -> Money {
    Money::parse(amount, Currency::USD).expect("valid")
}

fn mission(code: &str) -> MissionCode {
    MissionCode::parse(code).expect("valid")
}

fn unit(code: &str) -> UnitCode {
    UnitCode::parse(code).expect("valid")
}

async fn append<E: DomainEvent + Serialize>(
    store: &dyn EventStore,
    stream: StreamId,
    events: &[E],
) -> u64 {
    let events = events
        .iter()
        .map(|event| encode(event).expect("encodes"))
        .collect();
    let request = AppendRequest {
        streams: vec![StreamAppend {
            stream,
            expected: ExpectedVersion::Any,
            events,
        }],
        metadata: metadata("test"),
        fingerprint: None,
    };
    store.append(request).await.expect("appends").last_position
}

fn created(n: u64, code: &str) -> EventRequestEvent {
    let start: jiff::Timestamp = "2026-05-12T14:00:00Z".parse().expect("valid");
    EventRequestEvent::EventRequestCreated {
        id: request_id(n),
        reference: RequestReference::new(2026, u32::try_from(n).expect("small")).expect("valid"),
        mission: mission(code),
        title: Title::parse("Side event").expect("valid"),
        description: Description::parse("").expect("valid"),
        slot: TimeSlot::new(start, start + jiff::SignedDuration::from_hours(1)).expect("ordered"),
        attendance: Attendance::new(20).expect("valid"),
        preferred_room: None,
        created_at: "2026-04-01T13:00:00Z".parse().expect("valid"),
    }
}

fn line(n: u64, owner: &str) -> EventRequestEvent {
    EventRequestEvent::ServiceLineRequested {
        line: line_id(n),
        item: PricedItem {
            code: ItemCode::parse("CAT-COFFEE").expect("valid"),
            unit: unit(owner),
            pricing: PricingBasis::PerPerson,
            lead_time_days: 3,
            rate_version: 1,
            unit_price: usd("4.50"),
        },
        quantity: Quantity::parse("20").expect("valid"),
        note: Note::parse("").expect("valid"),
        requested_at: "2026-04-01T13:00:00Z".parse().expect("valid"),
    }
}

fn confirmed(n: u64) -> EventRequestEvent {
    EventRequestEvent::ServiceLineConfirmed {
        line: line_id(n),
        rate_version: 1,
        unit_price: usd("4.50"),
        quoted: false,
        note: Note::parse("").expect("valid"),
        confirmed_at: "2026-04-02T13:00:00Z".parse().expect("valid"),
    }
}

fn submitted() -> EventRequestEvent {
    EventRequestEvent::EventRequestSubmitted {
        focal_point: convene_domain::values::Contact {
            name: convene_domain::values::Name::parse("Ana Lima").expect("valid"),
            email: convene_domain::values::Email::parse("ana@un.org").expect("valid"),
            phone: convene_domain::values::Phone::parse("+1 212 963 1234").expect("valid"),
        },
        submitted_at: "2026-04-01T14:00:00Z".parse().expect("valid"),
    }
}

fn invoice_issued(invoice: InvoiceId, request: u64) -> InvoiceEvent {
    let lines = vec![
        BillLine::priced(
            line_id(1),
            unit("CATERING"),
            ItemCode::parse("CAT-COFFEE").expect("valid"),
            1,
            Quantity::parse("20").expect("valid"),
            usd("4.50"),
        ),
        BillLine::priced(
            line_id(2),
            unit("SECURITY"),
            ItemCode::parse("SEC-GUARD").expect("valid"),
            1,
            Quantity::parse("4").expect("valid"),
            usd("60.00"),
        ),
    ];
    InvoiceEvent::InvoiceIssued {
        invoice_id: invoice,
        number: DocumentNumber::new(Series::Invoice, 2026, 1).expect("valid"),
        event_request: request_id(request),
        mission: mission("FRA"),
        issued_at: "2026-05-13T13:00:00Z".parse().expect("valid"),
        currency: Currency::USD,
        lines,
        reason: InvoiceReason::Held,
        total: usd("330.00"),
    }
}

struct Models {
    requests: RequestIndex,
    lines: LineIndex,
    invoices: InvoiceIndex,
    revenue: RevenueModel,
    satisfaction: SatisfactionModel,
}

impl Models {
    fn new() -> Models {
        Models {
            requests: RequestIndex::new(),
            lines: LineIndex::new(),
            invoices: InvoiceIndex::new(),
            revenue: RevenueModel::new(),
            satisfaction: SatisfactionModel::new(),
        }
    }

    fn all(&self) -> Vec<Arc<dyn ReadModel>> {
        vec![
            Arc::new(self.requests.clone()),
            Arc::new(self.lines.clone()),
            Arc::new(self.invoices.clone()),
            Arc::new(self.revenue.clone()),
            Arc::new(self.satisfaction.clone()),
        ]
    }

    /// Everything the models answer, for comparing runs.
    fn snapshot(&self) -> String {
        let requests = self.requests.list(None, None, None, 100).expect("lists");
        let lines = self.lines.list(None, None, None, 100).expect("lists");
        let invoices = self.invoices.list(None, None, 100).expect("lists");
        let revenue = self.revenue.all().expect("reads");
        let satisfaction = self.satisfaction.of(&unit("CATERING")).expect("reads");
        format!("{requests:?}\n{lines:?}\n{invoices:?}\n{revenue:?}\n{satisfaction:?}")
    }
}

async fn seed(store: &dyn EventStore) {
    let missions = [
        MissionEvent::MissionRegistered {
            code: mission("FRA"),
            name: LocalizedText::new([(Lang::En, "France")]).expect("valid"),
        },
        MissionEvent::MissionRegistered {
            code: mission("KEN"),
            name: LocalizedText::new([(Lang::En, "Kenya")]).expect("valid"),
        },
    ];
    append(store, streams::missions(), &missions).await;
    append(
        store,
        streams::request(request_id(1)),
        &[
            created(1, "FRA"),
            line(1, "CATERING"),
            line(2, "SECURITY"),
            submitted(),
        ],
    )
    .await;
    append(
        store,
        streams::request(request_id(2)),
        &[created(2, "KEN"), line(3, "CATERING")],
    )
    .await;
    append(store, streams::request(request_id(3)), &[created(3, "FRA")]).await;
    append(store, streams::request(request_id(1)), &[confirmed(1)]).await;
}

#[tokio::test]
async fn indexes_follow_status_changes() {
    let store = Arc::new(MemoryStore::new());
    let models = Models::new();
    seed(store.as_ref()).await;
    let projections = Projections::open(store.clone(), models.all(), None)
        .await
        .expect("opens");
    assert_eq!(
        projections.catch_up().await.expect("catches up"),
        store.head()
    );
    assert!(
        projections
            .venue()
            .missions
            .mission(&mission("KEN"))
            .is_some()
    );

    let fra = models
        .requests
        .list(Some(&mission("FRA")), None, None, 10)
        .expect("lists");
    assert_eq!(fra.items, vec![request_id(1), request_id(3)]);
    let submitted_fra = models
        .requests
        .list(
            Some(&mission("FRA")),
            Some(RequestStatus::Submitted),
            None,
            10,
        )
        .expect("lists");
    assert_eq!(submitted_fra.items, vec![request_id(1)]);
    let drafts = models
        .requests
        .list(None, Some(RequestStatus::Draft), None, 10)
        .expect("lists");
    assert_eq!(drafts.items, vec![request_id(2), request_id(3)]);
    // Paging: one at a time, with the cursor.
    let first = models.requests.list(None, None, None, 1).expect("lists");
    assert_eq!(
        (first.items.clone(), first.has_next),
        (vec![request_id(1)], true)
    );
    let second = models
        .requests
        .list(None, None, first.items.last().copied(), 2)
        .expect("lists");
    assert_eq!(
        (second.items, second.has_next),
        (vec![request_id(2), request_id(3)], false)
    );
    assert_eq!(
        models.requests.mission_of(request_id(2)).expect("reads"),
        Some(mission("KEN"))
    );
    assert_eq!(
        models
            .requests
            .focal_point_load("ana@un.org")
            .expect("reads"),
        1
    );
    assert_eq!(
        models
            .requests
            .focal_point_load("nobody@un.org")
            .expect("reads"),
        0
    );

    let catering = models
        .lines
        .list(Some(&unit("CATERING")), None, None, 10)
        .expect("lists");
    assert_eq!(
        catering.items,
        vec![(line_id(1), request_id(1)), (line_id(3), request_id(2))]
    );
    let confirmed_catering = models
        .lines
        .list(
            Some(&unit("CATERING")),
            Some(LineStatus::Confirmed),
            None,
            10,
        )
        .expect("lists");
    assert_eq!(confirmed_catering.items, vec![(line_id(1), request_id(1))]);
    let requested_catering = models
        .lines
        .list(
            Some(&unit("CATERING")),
            Some(LineStatus::Requested),
            None,
            10,
        )
        .expect("lists");
    assert_eq!(
        requested_catering.items,
        vec![(line_id(3), request_id(2))],
        "the confirmed line left the requested list"
    );
    assert_eq!(
        models.lines.request_of(line_id(2)).expect("reads"),
        Some(request_id(1))
    );
}

#[tokio::test]
async fn revenue_and_satisfaction_and_a_restart_that_resumes() {
    let store = Arc::new(MemoryStore::new());
    let dir = tempfile::tempdir().expect("creates");
    let file = SnapshotFile::new(dir.path().join("read-models.snapshot"));
    seed(store.as_ref()).await;
    let invoice = InvoiceId::new(id(50_000)).expect("v7");
    append(
        store.as_ref(),
        streams::invoice(invoice),
        &[invoice_issued(invoice, 1)],
    )
    .await;
    let rating = FeedbackEvent::FeedbackSubmitted {
        request: request_id(1),
        unit: unit("CATERING"),
        rating: Rating::new(4).expect("valid"),
        comment: Note::parse("").expect("valid"),
        submitted_at: "2026-05-14T13:00:00Z".parse().expect("valid"),
    };
    append(
        store.as_ref(),
        streams::feedback(request_id(1)),
        std::slice::from_ref(&rating),
    )
    .await;
    {
        let models = Models::new();
        let projections = Projections::open(store.clone(), models.all(), Some(file.clone()))
            .await
            .expect("opens");
        projections.catch_up().await.expect("catches up");
        assert!(projections.snapshot(true).await.expect("snapshots"));
        assert_eq!(
            models.revenue.all().expect("reads")[&unit("SECURITY")],
            usd("240.00")
        );
        assert_eq!(
            models.revenue.all().expect("reads")[&unit("CATERING")],
            usd("90.00")
        );
        assert_eq!(
            models
                .satisfaction
                .of(&unit("CATERING"))
                .expect("reads")
                .count,
            1
        );
        assert_eq!(
            models
                .invoices
                .list(Some(&mission("FRA")), None, 10)
                .expect("lists")
                .items,
            vec![invoice]
        );
        assert!(
            models
                .invoices
                .list(Some(&mission("KEN")), None, 10)
                .expect("lists")
                .items
                .is_empty()
        );
        assert_eq!(
            models.invoices.mission_of(invoice).expect("reads"),
            Some(mission("FRA"))
        );
    }
    // A credit note of 33.00 without a unit is spread pro rata (240:90 → 24.00 and 9.00).
    let credit = InvoiceEvent::CreditNoteIssued {
        credit_note_id: convene_domain::CreditNoteId::new(id(60_000)).expect("v7"),
        number: DocumentNumber::new(Series::CreditNote, 2026, 1).expect("valid"),
        amount: usd("33.00"),
        reason: convene_domain::values::Reason::parse("Late").expect("valid"),
        unit: None,
        issued_at: "2026-05-15T13:00:00Z".parse().expect("valid"),
    };
    append(store.as_ref(), streams::invoice(invoice), &[credit]).await;
    let second_rating = FeedbackEvent::FeedbackSubmitted {
        request: request_id(2),
        unit: unit("CATERING"),
        rating: Rating::new(5).expect("valid"),
        comment: Note::parse("").expect("valid"),
        submitted_at: "2026-05-14T13:00:00Z".parse().expect("valid"),
    };
    append(
        store.as_ref(),
        streams::feedback(request_id(2)),
        &[second_rating],
    )
    .await;

    // A restart resumes after its snapshot: nothing counted twice.
    let models = Models::new();
    let projections = Projections::open(store.clone(), models.all(), Some(file.clone()))
        .await
        .expect("reopens");
    let (lowest, _) = projections.checkpoint_range().expect("reads");
    assert_eq!(
        lowest,
        store.head() - 2,
        "the snapshot came before the last two events"
    );
    projections.catch_up().await.expect("catches up");
    let satisfaction = models.satisfaction.of(&unit("CATERING")).expect("reads");
    assert_eq!((satisfaction.count, satisfaction.sum), (2, 9));
    let revenue = models.revenue.all().expect("reads");
    assert_eq!(revenue[&unit("SECURITY")], usd("216.00"));
    assert_eq!(revenue[&unit("CATERING")], usd("81.00"));

    // A rebuild from scratch gives exactly the same answers.
    let before = models.snapshot();
    let replayed = projections.rebuild(&[]).await.expect("rebuilds");
    assert_eq!(replayed, store.head());
    assert_eq!(models.snapshot(), before);
    // Rebuilding one model leaves the others alone and restores it.
    projections
        .rebuild(&["satisfaction"])
        .await
        .expect("rebuilds");
    assert_eq!(models.snapshot(), before);
    // A snapshot at the head loads with nothing left to replay.
    assert!(projections.snapshot(true).await.expect("snapshots"));
    let models = Models::new();
    let reopened = Projections::open(store.clone(), models.all(), Some(file.clone()))
        .await
        .expect("reopens");
    assert_eq!(
        reopened.checkpoint_range().expect("reads"),
        (store.head(), store.head())
    );
    assert_eq!(models.snapshot(), before);
}

/// Opens fresh models on `file` and returns where they start and what they answer once
/// caught up.
async fn reopen(store: &Arc<MemoryStore>, file: &SnapshotFile) -> (u64, String) {
    let models = Models::new();
    let projections = Projections::open(store.clone(), models.all(), Some(file.clone()))
        .await
        .expect("opens");
    let (start, _) = projections.checkpoint_range().expect("reads");
    projections.catch_up().await.expect("catches up");
    (start, models.snapshot())
}

#[tokio::test]
async fn a_snapshot_damaged_of_another_log_or_ahead_of_the_log_is_ignored() {
    let store = Arc::new(MemoryStore::new());
    seed(store.as_ref()).await;
    let dir = tempfile::tempdir().expect("creates");
    let file = SnapshotFile::new(dir.path().join("read-models.snapshot"));
    let models = Models::new();
    let projections = Projections::open(store.clone(), models.all(), Some(file.clone()))
        .await
        .expect("opens");
    projections.catch_up().await.expect("catches up");
    assert!(projections.snapshot(true).await.expect("snapshots"));
    let truth = models.snapshot();
    assert_eq!(reopen(&store, &file).await, (store.head(), truth.clone()));

    // One flipped byte: ignored, rebuilt from the log with the same answers.
    let good = std::fs::read(file.path()).expect("reads");
    let mut damaged = good.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x40;
    std::fs::write(file.path(), &damaged).expect("writes");
    assert_eq!(reopen(&store, &file).await, (0, truth.clone()));

    // Torn (a crash while an older build wrote it in place): ignored too.
    std::fs::write(file.path(), &good[..good.len() / 3]).expect("writes");
    assert_eq!(reopen(&store, &file).await, (0, truth.clone()));

    // The same snapshot on another log, longer and with other events at its position: the
    // hash does not match, so it is not applied to events it never saw.
    let other = Arc::new(MemoryStore::new());
    append(
        other.as_ref(),
        streams::request(request_id(9)),
        &[created(9, "KEN")],
    )
    .await;
    seed(other.as_ref()).await;
    let shorter = Arc::new(MemoryStore::new());
    append(
        shorter.as_ref(),
        streams::request(request_id(8)),
        &[created(8, "KEN")],
    )
    .await;
    std::fs::write(file.path(), &good).expect("writes");
    let (start, answers) = reopen(&other, &file).await;
    assert_eq!(start, 0, "another log's snapshot is not used");
    assert!(
        answers.contains(&format!("{:?}", request_id(9))),
        "{answers}"
    );

    // Ahead of the log (a database restored from an older backup): ignored.
    let (start, answers) = reopen(&shorter, &file).await;
    assert_eq!(start, 0, "a snapshot ahead of the log is not used");
    assert!(
        !answers.contains(&format!("{:?}", request_id(1))),
        "{answers}"
    );
}

#[tokio::test]
async fn a_write_is_visible_once_wait_for_returns() {
    let store = Arc::new(MemoryStore::new());
    let models = Models::new();
    let projections = Arc::new(
        Projections::open(store.clone(), models.all(), None)
            .await
            .expect("opens"),
    );
    let runner = {
        let projections = projections.clone();
        tokio::spawn(async move { projections.run().await })
    };
    for n in 1..=50u64 {
        let position = append(
            store.as_ref(),
            streams::request(request_id(n)),
            &[created(n, "FRA")],
        )
        .await;
        projections.wait_for(position).await;
        let listed = models
            .requests
            .list(Some(&mission("FRA")), None, None, 100)
            .expect("lists");
        assert_eq!(
            listed.items.len() as u64,
            n,
            "request {n} is visible right after its append"
        );
    }
    runner.abort();
}

#[tokio::test]
async fn a_request_loads_from_its_stream_with_its_whole_history() {
    let store = Arc::new(MemoryStore::new());
    seed(store.as_ref()).await;
    let loaded: convene_store::load::Loaded<convene_domain::request::EventRequest> =
        convene_store::load::load(store.as_ref(), &streams::request(request_id(1)))
            .await
            .expect("loads");
    assert_eq!(loaded.version, 5);
    let request = loaded.state.request.as_ref().expect("created");
    assert_eq!(request.status, RequestStatus::Submitted);
    assert_eq!(request.lines.len(), 2);
    let feedback = FeedbackEvent::FeedbackSubmitted {
        request: request_id(1),
        unit: unit("CATERING"),
        rating: Rating::new(5).expect("valid"),
        comment: Note::parse("").expect("valid"),
        submitted_at: "2026-05-14T13:00:00Z".parse().expect("valid"),
    };
    append(
        store.as_ref(),
        streams::feedback(request_id(1)),
        &[feedback],
    )
    .await;
    let (_, history) = convene_store::load::request_history(store.as_ref(), request_id(1))
        .await
        .expect("loads");
    let types: Vec<&str> = history
        .iter()
        .map(|event| event.event_type.as_str())
        .collect();
    assert_eq!(
        types,
        [
            "EventRequestCreated",
            "ServiceLineRequested",
            "ServiceLineRequested",
            "EventRequestSubmitted",
            "ServiceLineConfirmed",
            "FeedbackSubmitted"
        ]
    );
    assert!(
        history
            .windows(2)
            .all(|pair| pair[0].position < pair[1].position)
    );
    let missing: convene_store::load::Loaded<convene_domain::request::EventRequest> =
        convene_store::load::load(store.as_ref(), &streams::request(request_id(99)))
            .await
            .expect("loads");
    assert_eq!(
        (missing.version, missing.state.request.is_none()),
        (0, true)
    );
}

#[tokio::test]
async fn a_snapshot_is_written_once_enough_events_were_applied_since_the_last() {
    let store = Arc::new(MemoryStore::new());
    let dir = tempfile::tempdir().expect("creates");
    let file = SnapshotFile::new(dir.path().join("read-models.snapshot"));
    let models = Models::new();
    let projections = Projections::open(store.clone(), models.all(), Some(file.clone()))
        .await
        .expect("opens")
        .with_snapshot_every(3);
    for n in 1..=2 {
        append(
            store.as_ref(),
            streams::request(request_id(n)),
            &[created(n, "FRA")],
        )
        .await;
    }
    projections.catch_up().await.expect("catches up");
    assert!(
        !projections.snapshot(false).await.expect("checks"),
        "2 of 3: not due"
    );
    assert!(!file.path().exists());
    append(
        store.as_ref(),
        streams::request(request_id(3)),
        &[created(3, "FRA")],
    )
    .await;
    projections.catch_up().await.expect("catches up");
    assert!(
        projections.snapshot(false).await.expect("snapshots"),
        "3 of 3: due"
    );
    assert_eq!(file.read().expect("reads").expect("written").position, 3);
    assert!(
        !projections.snapshot(false).await.expect("checks"),
        "nothing new since"
    );
    // Forced, with nothing new: no rewrite either.
    assert!(!projections.snapshot(true).await.expect("checks"));
}

/// No runner at all: the caller's own `wait_for` applies what is durable, so a command's
/// answer never waits for another task to get around to it.
#[tokio::test]
async fn wait_for_applies_the_durable_log_itself() {
    let store = Arc::new(MemoryStore::new());
    let models = Models::new();
    let projections = Projections::open(store.clone(), models.all(), None)
        .await
        .expect("opens");
    for n in 1..=3u64 {
        let position = append(
            store.as_ref(),
            streams::request(request_id(n)),
            &[created(n, "KEN")],
        )
        .await;
        projections.wait_for(position).await;
        assert_eq!(projections.position(), position);
        let listed = models
            .requests
            .list(Some(&mission("KEN")), None, None, 100)
            .expect("lists");
        assert_eq!(listed.items.len() as u64, n);
    }
}
