//! A realistic invoice, named in all six languages, with a credit note and a payment: what the
//! tests, the benchmark and the guides' pictures render. It is built from domain events, as a
//! store would replay it, so it holds together as a real one does.

use std::collections::BTreeMap;

use convene_domain::bill::BillLine;
use convene_domain::invoice::{Invoice, InvoiceEvent, InvoiceReason};
use convene_domain::request::RequestReference;
use convene_domain::values::{PaymentReference, Reason};
use convene_domain::{
    Aggregate, CreditNoteId, Currency, DocumentNumber, EventRequestId, InvoiceId, ItemCode, Lang,
    LocalizedText, MissionCode, Money, PaymentId, Quantity, RoomCode, ServiceLineId, TimeSlot,
    UnitCode,
};

use crate::model::{EventFacts, InvoiceDocument, RoomFacts};

/// The sample's credit note.
pub const CREDIT_NOTE_ID: &str = "01890a5d-ac96-774b-bcce-b302099a8066";

/// A title with typst markup in it: a document must print it as text.
pub const TITLE: &str =
    "Ocean finance for small island states: #set page(fill: red) *not bold* $x^2$ <b>";

/// The sample invoice as `INV-2026-000042` (held, three units, a credit note and a payment).
pub fn invoice() -> InvoiceDocument {
    invoice_numbered(42)
}

/// The sample invoice under another number (1 to 999,999), so that a benchmark can render
/// distinct documents.
pub fn invoice_numbered(number: u32) -> InvoiceDocument {
    invoice_with(number, 1)
}

/// The sample invoice with its five lines repeated `times` times (1 to 200): a long invoice,
/// for tests of documents over several pages.
pub fn invoice_with(number: u32, times: usize) -> InvoiceDocument {
    let usd = Currency::USD;
    let usd_amount = |text: &str| Money::parse(text, usd).expect("a sample amount");
    let lines = [
        ("CATERING", "CAT-COFFEE", 3, "60", "4.50"),
        ("CATERING", "CAT-LUNCH", 2, "25", "32.00"),
        ("CONFERENCE", "CONF-INTERPRET", 5, "4", "850.00"),
        ("CONFERENCE", "CONF-MIC", 1, "6", "15.00"),
        ("BROADCAST", "BRD-WEBCAST", 2, "1.5", "420.00"),
    ];
    let times = times.clamp(1, 200);
    let lines: Vec<BillLine> = lines
        .iter()
        .cycle()
        .take(lines.len() * times)
        .enumerate()
        .map(|(index, (unit, item, version, quantity, price))| {
            BillLine::priced(
                id(&format!("01890a5d-ac96-774b-bcce-b30209{:06}", index + 10)),
                code(unit),
                item_code(item),
                *version,
                Quantity::parse(quantity).expect("a sample quantity"),
                usd_amount(price),
            )
        })
        .collect();
    let total = Money::sum(usd, lines.iter().map(|line| &line.amount)).expect("one currency");
    let issued_at = "2026-01-15T14:30:00Z".parse().expect("an instant");
    let events = [
        InvoiceEvent::InvoiceIssued {
            invoice_id: id("01890a5d-ac96-774b-bcce-b302099a8001"),
            number: DocumentNumber::parse(&format!("INV-2026-{number:06}")).expect("a number"),
            event_request: id("01890a5d-ac96-774b-bcce-b302099a8002"),
            mission: MissionCode::parse("FRA").expect("a mission code"),
            issued_at,
            currency: usd,
            lines,
            reason: InvoiceReason::Held,
            total,
        },
        InvoiceEvent::CreditNoteIssued {
            credit_note_id: id(CREDIT_NOTE_ID),
            number: DocumentNumber::parse("CN-2026-000007").expect("a number"),
            amount: usd_amount("45.00"),
            reason: Reason::parse("Coffee served 40 minutes late; 10 of 60 cups credited.")
                .expect("a reason"),
            unit: Some(code("CATERING")),
            issued_at: "2026-01-20T16:05:00Z".parse().expect("an instant"),
        },
        InvoiceEvent::PaymentRecorded {
            payment_id: id::<PaymentId>("01890a5d-ac96-774b-bcce-b302099a8003"),
            amount: usd_amount("2000.00"),
            reference: PaymentReference::parse("TRF 2026/0117-FR").expect("a reference"),
            received_at: "2026-01-28T10:00:00Z".parse().expect("an instant"),
        },
    ];
    let invoice = Invoice::replay(&events)
        .issued()
        .cloned()
        .expect("an issued invoice");
    InvoiceDocument {
        invoice,
        mission_name: Some(names([
            "France",
            "France",
            "Francia",
            "فرنسا",
            "法国",
            "Франция",
        ])),
        event: Some(EventFacts {
            reference: RequestReference::parse("SE-2026-000123").expect("a reference"),
            title: TITLE.to_string(),
            slot: TimeSlot::new(
                "2026-01-12T15:00:00Z".parse().expect("an instant"),
                "2026-01-12T17:30:00Z".parse().expect("an instant"),
            )
            .expect("a slot"),
            room: Some(RoomFacts {
                code: RoomCode::parse("CR4").expect("a room code"),
                name: Some(names([
                    "Conference Room 4",
                    "Salle de conférence 4",
                    "Sala de conferencias 4",
                    "قاعة الاجتماعات 4",
                    "第4会议室",
                    "Зал заседаний 4",
                ])),
            }),
        }),
        units: BTreeMap::from([
            (
                code("CATERING"),
                names([
                    "Catering",
                    "Restauration",
                    "Servicio de comidas",
                    "خدمات المطاعم",
                    "餐饮服务",
                    "Общественное питание",
                ]),
            ),
            (
                code("CONFERENCE"),
                names([
                    "Conference services",
                    "Services de conférence",
                    "Servicios de conferencias",
                    "خدمات المؤتمرات",
                    "会议服务",
                    "Конференционное обслуживание",
                ]),
            ),
            (
                code("BROADCAST"),
                names([
                    "Broadcast and conference support",
                    "Diffusion et appui aux conférences",
                    "Difusión y apoyo a las conferencias",
                    "البث ودعم المؤتمرات",
                    "广播和会议支助",
                    "Вещание и конференционная поддержка",
                ]),
            ),
        ]),
        items: BTreeMap::from([
            (
                item_code("CAT-COFFEE"),
                names([
                    "Coffee break, per person",
                    "Pause-café, par personne",
                    "Pausa para café, por persona",
                    "استراحة قهوة، للشخص الواحد",
                    "茶歇（每人）",
                    "Кофе-брейк, на человека",
                ]),
            ),
            (
                item_code("CAT-LUNCH"),
                names([
                    "Working lunch, per person",
                    "Déjeuner de travail, par personne",
                    "Almuerzo de trabajo, por persona",
                    "غداء عمل، للشخص الواحد",
                    "工作午餐（每人）",
                    "Рабочий обед, на человека",
                ]),
            ),
            (
                item_code("CONF-INTERPRET"),
                names([
                    "Interpretation, per language and hour",
                    "Interprétation, par langue et par heure",
                    "Interpretación, por idioma y hora",
                    "الترجمة الشفوية، لكل لغة وساعة",
                    "口译（每种语言每小时）",
                    "Устный перевод, за язык в час",
                ]),
            ),
            (
                item_code("CONF-MIC"),
                names([
                    "Wireless microphone",
                    "Microphone sans fil",
                    "Micrófono inalámbrico",
                    "ميكروفون لاسلكي",
                    "无线麦克风",
                    "Беспроводной микрофон",
                ]),
            ),
            (
                item_code("BRD-WEBCAST"),
                names([
                    "Live webcast, per hour",
                    "Diffusion en direct sur le Web, par heure",
                    "Transmisión web en directo, por hora",
                    "بث شبكي مباشر، لكل ساعة",
                    "网络直播（每小时）",
                    "Прямая веб-трансляция, в час",
                ]),
            ),
        ]),
    }
}

/// The sample's credit note id.
pub fn credit_note_id() -> CreditNoteId {
    id(CREDIT_NOTE_ID)
}

/// Texts in the order en, fr, es, ar, zh, ru.
fn names(texts: [&str; 6]) -> LocalizedText {
    LocalizedText::new(Lang::ALL.into_iter().zip(texts)).expect("six sample names")
}

fn id<T: SampleId>(text: &str) -> T {
    T::parse_sample(text)
}

fn code(text: &str) -> UnitCode {
    UnitCode::parse(text).expect("a unit code")
}

fn item_code(text: &str) -> ItemCode {
    ItemCode::parse(text).expect("an item code")
}

/// The id types the sample parses.
trait SampleId {
    fn parse_sample(text: &str) -> Self;
}

macro_rules! sample_id {
    ($($name:ty),*) => {$(
        impl SampleId for $name {
            fn parse_sample(text: &str) -> Self {
                <$name>::parse(text).expect("a sample id")
            }
        }
    )*};
}

sample_id!(
    InvoiceId,
    EventRequestId,
    CreditNoteId,
    PaymentId,
    ServiceLineId
);

#[cfg(test)]
mod tests {
    #[test]
    fn the_sample_holds_together() {
        let sample = super::invoice();
        let invoice = &sample.invoice;
        assert_eq!(invoice.number().to_string(), "INV-2026-000042");
        // 60 × 4.50 + 25 × 32 + 4 × 850 + 6 × 15 + 1.5 × 420
        assert_eq!(invoice.total().amount().to_string(), "5190.00");
        assert_eq!(invoice.balance().amount().to_string(), "3145.00");
    }
}
