//! The demo venue (`convene serve --demo`): rooms, units, a rate card, missions and focal
//! points modelled on United Nations Headquarters in New York, seeded once through the same
//! administrator use cases an operator would call, so every fact is an ordinary event.
//!
//! Rooms are registered last: "the venue has rooms" is what marks the venue as seeded, so a
//! seed interrupted before that point (a crash, a full disk) is completed by the next start,
//! which skips whatever an earlier run already registered.

use std::collections::BTreeSet;

use convene_domain::directory::{Directory, DirectoryCommand};
use convene_domain::focal_points::{FocalPointCommand, FocalPoints};
use convene_domain::rate_card::{RateCard, RateCardCommand};
use convene_domain::values::{Contact, Email, Lang, LocalizedText, Name, Phone};
use convene_domain::{
    Capacity, Currency, Feature, ItemCode, MissionCode, MissionCommand, Missions, Money,
    PricingBasis, RoomCatalog, RoomCode, RoomCommand, UnitCode, ValueError,
};
use convene_store::streams;

use crate::App;
use crate::auth::Principal;
use crate::error::{AppResult, UserError, rejected};

/// What the demo seed created (counts, for the server's log line).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub rooms: usize,
    pub units: usize,
    pub items: usize,
    pub missions: usize,
    pub focal_points: usize,
}

/// Seeds the demo venue once: does nothing (and returns None) if the venue already has rooms.
///
/// Anything an interrupted earlier seed registered is skipped, not registered again.
pub async fn seed(app: &App, admin: &Principal) -> AppResult<Option<DemoSummary>> {
    if has_rooms(app) {
        return Ok(None);
    }
    // Units before items: the rate card only accepts items of units the directory knows.
    let units = seed_units(app, admin).await?;
    let items = seed_items(app, admin).await?;
    let missions = seed_missions(app, admin).await?;
    let focal_points = seed_focal_points(app, admin).await?;
    let rooms = seed_rooms(app, admin).await?;
    Ok(Some(DemoSummary {
        rooms,
        units,
        items,
        missions,
        focal_points,
    }))
}

/// The mission codes the demo creates (for the demo tokens file).
pub fn mission_codes() -> Vec<MissionCode> {
    MISSIONS
        .iter()
        .map(|mission| {
            MissionCode::parse(mission.code).expect("the demo's mission codes are valid")
        })
        .collect()
}

/// The unit codes the demo creates (for the demo tokens file).
pub fn unit_codes() -> Vec<UnitCode> {
    UNITS
        .iter()
        .map(|unit| UnitCode::parse(unit.code).expect("the demo's unit codes are valid"))
        .collect()
}

/// A name in the six official languages, in the order of [`Lang::ALL`]: en, fr, es, ar, zh, ru.
type Names = [&'static str; 6];

/// A person's name, e-mail address and phone number.
type ContactSpec = (&'static str, &'static str, &'static str);

struct RoomSpec {
    number: u8,
    capacity: u32,
    features: &'static [&'static str],
}

struct UnitSpec {
    code: &'static str,
    name: Names,
    contact: ContactSpec,
}

struct ItemSpec {
    code: &'static str,
    unit: &'static str,
    name: Names,
    pricing: PricingBasis,
    /// US dollars, two decimals.
    price: &'static str,
    lead_time_days: u32,
}

struct MissionSpec {
    code: &'static str,
    name: Names,
}

const BOOTHS: &str = "INTERPRETATION_BOOTHS";
const WEBCAST: &str = "WEBCAST";
const VIDEO: &str = "VIDEO_CONFERENCE";
const ACCESSIBLE: &str = "ACCESSIBLE";
const HEARING_LOOP: &str = "HEARING_LOOP";

/// Conference Rooms 1–4 are the large rooms of the Conference Building; 5–12 are the smaller
/// rooms of the basement, two of them (11 and 12) equipped for interpretation and webcast.
const ROOMS: [RoomSpec; 12] = [
    RoomSpec {
        number: 1,
        capacity: 150,
        features: &[BOOTHS, WEBCAST, VIDEO, ACCESSIBLE],
    },
    RoomSpec {
        number: 2,
        capacity: 250,
        features: &[BOOTHS, WEBCAST, ACCESSIBLE, HEARING_LOOP],
    },
    RoomSpec {
        number: 3,
        capacity: 250,
        features: &[BOOTHS, WEBCAST, VIDEO, ACCESSIBLE, HEARING_LOOP],
    },
    RoomSpec {
        number: 4,
        capacity: 400,
        features: &[BOOTHS, WEBCAST, VIDEO, ACCESSIBLE, HEARING_LOOP],
    },
    RoomSpec {
        number: 5,
        capacity: 80,
        features: &[BOOTHS, ACCESSIBLE],
    },
    RoomSpec {
        number: 6,
        capacity: 80,
        features: &[BOOTHS, VIDEO, ACCESSIBLE],
    },
    RoomSpec {
        number: 7,
        capacity: 60,
        features: &[VIDEO, ACCESSIBLE],
    },
    RoomSpec {
        number: 8,
        capacity: 60,
        features: &[ACCESSIBLE],
    },
    RoomSpec {
        number: 9,
        capacity: 40,
        features: &[VIDEO, ACCESSIBLE],
    },
    RoomSpec {
        number: 10,
        capacity: 40,
        features: &[ACCESSIBLE],
    },
    RoomSpec {
        number: 11,
        capacity: 120,
        features: &[BOOTHS, WEBCAST, VIDEO, ACCESSIBLE],
    },
    RoomSpec {
        number: 12,
        capacity: 120,
        features: &[BOOTHS, WEBCAST, ACCESSIBLE, HEARING_LOOP],
    },
];

const UNITS: [UnitSpec; 7] = [
    UnitSpec {
        code: "CATERING",
        name: [
            "Catering Services",
            "Services de restauration",
            "Servicios de Restauración",
            "خدمات تقديم الطعام",
            "餐饮服务",
            "Служба общественного питания",
        ],
        contact: ("Giulia Romano", "giulia.romano@un.org", "+1 212 963 7099"),
    },
    UnitSpec {
        code: "SECURITY",
        name: [
            "Security and Safety Service",
            "Service de la sécurité et de la sûreté",
            "Servicio de Seguridad y Vigilancia",
            "دائرة الأمن والسلامة",
            "安全和安保处",
            "Служба охраны и безопасности",
        ],
        contact: (
            "Michael O'Brien",
            "michael.obrien@un.org",
            "+1 212 963 6666",
        ),
    },
    UnitSpec {
        code: "AV",
        name: [
            "Broadcast and Conference Support",
            "Radiodiffusion et appui aux conférences",
            "Radiodifusión y Apoyo a las Conferencias",
            "البث الإذاعي ودعم المؤتمرات",
            "广播和会议支助",
            "Радиовещание и техническое обслуживание конференций",
        ],
        contact: ("Rahul Mehta", "rahul.mehta@un.org", "+1 212 963 7418"),
    },
    UnitSpec {
        code: "INTERPRETATION",
        name: [
            "Interpretation Service",
            "Service d'interprétation",
            "Servicio de Interpretación",
            "دائرة الترجمة الشفوية",
            "口译处",
            "Служба устного перевода",
        ],
        contact: ("Sophie Laurent", "sophie.laurent@un.org", "+1 212 963 8132"),
    },
    UnitSpec {
        code: "FACILITIES",
        name: [
            "Facilities Management Service",
            "Service de la gestion des installations",
            "Servicio de Administración de Instalaciones",
            "دائرة إدارة المرافق",
            "设施管理处",
            "Служба эксплуатации зданий",
        ],
        contact: ("Carlos Mendoza", "carlos.mendoza@un.org", "+1 212 963 3550"),
    },
    UnitSpec {
        code: "PHOTO",
        name: [
            "Photo Unit",
            "Groupe de la photographie",
            "Dependencia de Fotografía",
            "وحدة التصوير الفوتوغرافي",
            "摄影股",
            "Группа фотографии",
        ],
        contact: (
            "Daniel Kowalski",
            "daniel.kowalski@un.org",
            "+1 212 963 6934",
        ),
    },
    UnitSpec {
        code: "WEBCAST",
        name: [
            "Webcast Unit",
            "Groupe de la webdiffusion",
            "Dependencia de Transmisiones por la Web",
            "وحدة البث الشبكي",
            "网播股",
            "Группа веб-трансляции",
        ],
        contact: (
            "Fatima Al-Sayed",
            "fatima.alsayed@un.org",
            "+1 212 963 2271",
        ),
    },
];

const ITEMS: [ItemSpec; 26] = [
    ItemSpec {
        code: "CAT-COFFEE",
        unit: "CATERING",
        name: [
            "Coffee and tea service",
            "Service de café et de thé",
            "Servicio de café y té",
            "خدمة القهوة والشاي",
            "咖啡和茶水服务",
            "Кофе и чай",
        ],
        pricing: PricingBasis::PerPerson,
        price: "8.50",
        lead_time_days: 3,
    },
    ItemSpec {
        code: "CAT-LUNCH",
        unit: "CATERING",
        name: [
            "Buffet lunch",
            "Déjeuner-buffet",
            "Almuerzo bufé",
            "غداء بوفيه",
            "自助午餐",
            "Обед «шведский стол»",
        ],
        pricing: PricingBasis::PerPerson,
        price: "48.00",
        lead_time_days: 7,
    },
    ItemSpec {
        code: "CAT-RECEPTION",
        unit: "CATERING",
        name: [
            "Reception (canapés and drinks)",
            "Réception (canapés et boissons)",
            "Recepción (canapés y bebidas)",
            "حفل استقبال (مقبلات ومشروبات)",
            "招待会（小点心和饮料）",
            "Приём (канапе и напитки)",
        ],
        pricing: PricingBasis::PerPerson,
        price: "65.00",
        lead_time_days: 10,
    },
    ItemSpec {
        code: "CAT-WATER",
        unit: "CATERING",
        name: [
            "Water station",
            "Point d'eau",
            "Estación de agua",
            "محطة مياه الشرب",
            "饮水供应点",
            "Пункт питьевой воды",
        ],
        pricing: PricingBasis::PerEvent,
        price: "45.00",
        lead_time_days: 2,
    },
    ItemSpec {
        code: "SEC-GUARD",
        unit: "SECURITY",
        name: [
            "Security officer",
            "Agent de sécurité",
            "Oficial de seguridad",
            "ضابط أمن",
            "安保警官",
            "Сотрудник службы безопасности",
        ],
        pricing: PricingBasis::PerHour,
        price: "85.00",
        lead_time_days: 7,
    },
    ItemSpec {
        code: "SEC-PASSES",
        unit: "SECURITY",
        name: [
            "Guest passes",
            "Laissez-passer pour les invités",
            "Pases para invitados",
            "تصاريح دخول للضيوف",
            "来宾通行证",
            "Пропуска для гостей",
        ],
        pricing: PricingBasis::PerPerson,
        price: "5.00",
        lead_time_days: 10,
    },
    ItemSpec {
        code: "SEC-SCREENING",
        unit: "SECURITY",
        name: [
            "Magnetometer screening",
            "Contrôle par magnétomètre",
            "Control con magnetómetro",
            "التفتيش بأجهزة كشف المعادن",
            "磁力仪安检",
            "Досмотр с помощью металлодетектора",
        ],
        pricing: PricingBasis::PerHour,
        price: "140.00",
        lead_time_days: 10,
    },
    ItemSpec {
        code: "SEC-ESCORT",
        unit: "SECURITY",
        name: [
            "VIP escort",
            "Escorte de personnalités",
            "Escolta de personalidades",
            "مرافقة كبار الشخصيات",
            "贵宾护卫",
            "Сопровождение высокопоставленных лиц",
        ],
        pricing: PricingBasis::PerHour,
        price: "95.00",
        lead_time_days: 7,
    },
    ItemSpec {
        code: "AV-MIC",
        unit: "AV",
        name: [
            "Wireless microphone",
            "Microphone sans fil",
            "Micrófono inalámbrico",
            "ميكروفون لاسلكي",
            "无线麦克风",
            "Беспроводной микрофон",
        ],
        pricing: PricingBasis::PerItem,
        price: "35.00",
        lead_time_days: 3,
    },
    ItemSpec {
        code: "AV-PROJECTOR",
        unit: "AV",
        name: [
            "Projector and screen",
            "Projecteur et écran",
            "Proyector y pantalla",
            "جهاز عرض وشاشة",
            "投影仪和屏幕",
            "Проектор и экран",
        ],
        pricing: PricingBasis::PerEvent,
        price: "150.00",
        lead_time_days: 3,
    },
    ItemSpec {
        code: "AV-TECHNICIAN",
        unit: "AV",
        name: [
            "Audiovisual technician",
            "Technicien audiovisuel",
            "Técnico audiovisual",
            "فني سمعي بصري",
            "视听技术员",
            "Техник по аудиовизуальному оборудованию",
        ],
        pricing: PricingBasis::PerHour,
        price: "95.00",
        lead_time_days: 5,
    },
    ItemSpec {
        code: "AV-VIDEOCONF",
        unit: "AV",
        name: [
            "Videoconference link",
            "Liaison par visioconférence",
            "Conexión por videoconferencia",
            "وصلة تداول بالفيديو",
            "视频会议连线",
            "Подключение видеоконференцсвязи",
        ],
        pricing: PricingBasis::PerHour,
        price: "120.00",
        lead_time_days: 7,
    },
    ItemSpec {
        code: "INT-SIMULTANEOUS",
        unit: "INTERPRETATION",
        name: [
            "Simultaneous interpretation (one language)",
            "Interprétation simultanée (une langue)",
            "Interpretación simultánea (un idioma)",
            "ترجمة شفوية فورية (لغة واحدة)",
            "同声传译（一种语言）",
            "Синхронный перевод (один язык)",
        ],
        pricing: PricingBasis::PerHour,
        price: "380.00",
        lead_time_days: 14,
    },
    ItemSpec {
        code: "INT-CONSECUTIVE",
        unit: "INTERPRETATION",
        name: [
            "Consecutive interpretation",
            "Interprétation consécutive",
            "Interpretación consecutiva",
            "ترجمة شفوية تتابعية",
            "交替传译",
            "Последовательный перевод",
        ],
        pricing: PricingBasis::PerHour,
        price: "220.00",
        lead_time_days: 14,
    },
    ItemSpec {
        code: "INT-SIGN",
        unit: "INTERPRETATION",
        name: [
            "International Sign interpretation",
            "Interprétation en signes internationaux",
            "Interpretación en señas internacionales",
            "ترجمة بلغة الإشارة الدولية",
            "国际手语传译",
            "Перевод на международный жестовый язык",
        ],
        pricing: PricingBasis::PerHour,
        price: "180.00",
        lead_time_days: 14,
    },
    ItemSpec {
        code: "INT-RECEIVERS",
        unit: "INTERPRETATION",
        name: [
            "Interpretation receivers (headsets)",
            "Récepteurs d'interprétation (casques)",
            "Receptores de interpretación (auriculares)",
            "أجهزة استقبال الترجمة الشفوية (سماعات)",
            "传译接收器（耳机）",
            "Приёмники синхронного перевода (наушники)",
        ],
        pricing: PricingBasis::PerItem,
        price: "4.00",
        lead_time_days: 5,
    },
    ItemSpec {
        code: "FAC-CLEANING",
        unit: "FACILITIES",
        name: [
            "Cleaning after the event",
            "Nettoyage après la manifestation",
            "Limpieza después del evento",
            "التنظيف بعد الفعالية",
            "会后清洁",
            "Уборка после мероприятия",
        ],
        pricing: PricingBasis::PerEvent,
        price: "180.00",
        lead_time_days: 3,
    },
    ItemSpec {
        code: "FAC-SETUP",
        unit: "FACILITIES",
        name: [
            "Room set-up (furniture layout)",
            "Aménagement de la salle (mobilier)",
            "Montaje de la sala (mobiliario)",
            "تجهيز القاعة (ترتيب الأثاث)",
            "会场布置（家具摆放）",
            "Подготовка зала (расстановка мебели)",
        ],
        pricing: PricingBasis::PerEvent,
        price: "250.00",
        lead_time_days: 5,
    },
    ItemSpec {
        code: "FAC-EXHIBIT",
        unit: "FACILITIES",
        name: [
            "Exhibition panel",
            "Panneau d'exposition",
            "Panel de exposición",
            "لوحة عرض",
            "展板",
            "Выставочный стенд",
        ],
        pricing: PricingBasis::PerItem,
        price: "60.00",
        lead_time_days: 10,
    },
    ItemSpec {
        code: "FAC-OVERTIME",
        unit: "FACILITIES",
        name: [
            "Building services after hours",
            "Services du bâtiment en dehors des heures ouvrables",
            "Servicios del edificio fuera del horario de trabajo",
            "خدمات المبنى خارج ساعات العمل",
            "非工作时间楼宇服务",
            "Обслуживание здания в нерабочее время",
        ],
        pricing: PricingBasis::PerHour,
        price: "210.00",
        lead_time_days: 7,
    },
    ItemSpec {
        code: "PHO-HALF-DAY",
        unit: "PHOTO",
        name: [
            "Photographer, half day",
            "Photographe, demi-journée",
            "Fotógrafo, medio día",
            "مصور، نصف يوم",
            "摄影师（半天）",
            "Фотограф, полдня",
        ],
        pricing: PricingBasis::PerEvent,
        price: "450.00",
        lead_time_days: 5,
    },
    ItemSpec {
        code: "PHO-FULL-DAY",
        unit: "PHOTO",
        name: [
            "Photographer, full day",
            "Photographe, journée entière",
            "Fotógrafo, día completo",
            "مصور، يوم كامل",
            "摄影师（全天）",
            "Фотограф, полный день",
        ],
        pricing: PricingBasis::PerEvent,
        price: "800.00",
        lead_time_days: 5,
    },
    ItemSpec {
        code: "PHO-PRINT",
        unit: "PHOTO",
        name: [
            "Photo print (20 × 25 cm)",
            "Tirage photo (20 × 25 cm)",
            "Copia fotográfica (20 × 25 cm)",
            "صورة مطبوعة (20 × 25 سم)",
            "照片冲印（20 × 25 厘米）",
            "Фотоотпечаток (20 × 25 см)",
        ],
        pricing: PricingBasis::PerItem,
        price: "12.00",
        lead_time_days: 2,
    },
    ItemSpec {
        code: "WEB-STREAM",
        unit: "WEBCAST",
        name: [
            "Live webcast on UN Web TV",
            "Diffusion en direct sur UN Web TV",
            "Transmisión en directo por UN Web TV",
            "بث مباشر على تلفزيون الأمم المتحدة الشبكي",
            "联合国网络电视现场直播",
            "Прямая трансляция на Веб-ТВ ООН",
        ],
        pricing: PricingBasis::PerEvent,
        price: "950.00",
        lead_time_days: 10,
    },
    ItemSpec {
        code: "WEB-RECORDING",
        unit: "WEBCAST",
        name: [
            "Video recording (on demand)",
            "Enregistrement vidéo (à la demande)",
            "Grabación de vídeo (a la carta)",
            "تسجيل فيديو (حسب الطلب)",
            "视频录制（点播）",
            "Видеозапись (по запросу)",
        ],
        pricing: PricingBasis::PerEvent,
        price: "600.00",
        lead_time_days: 7,
    },
    ItemSpec {
        code: "WEB-CAPTIONS",
        unit: "WEBCAST",
        name: [
            "Live captioning",
            "Sous-titrage en direct",
            "Subtitulado en directo",
            "ترجمة نصية مباشرة",
            "实时字幕",
            "Субтитры в режиме реального времени",
        ],
        pricing: PricingBasis::PerHour,
        price: "160.00",
        lead_time_days: 10,
    },
];

const MISSIONS: [MissionSpec; 10] = [
    MissionSpec {
        code: "FRA",
        name: [
            "Permanent Mission of France to the United Nations",
            "Mission permanente de la France auprès de l'Organisation des Nations Unies",
            "Misión Permanente de Francia ante las Naciones Unidas",
            "البعثة الدائمة لفرنسا لدى الأمم المتحدة",
            "法国常驻联合国代表团",
            "Постоянное представительство Франции при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "KEN",
        name: [
            "Permanent Mission of Kenya to the United Nations",
            "Mission permanente du Kenya auprès de l'Organisation des Nations Unies",
            "Misión Permanente de Kenya ante las Naciones Unidas",
            "البعثة الدائمة لكينيا لدى الأمم المتحدة",
            "肯尼亚常驻联合国代表团",
            "Постоянное представительство Кении при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "BRA",
        name: [
            "Permanent Mission of Brazil to the United Nations",
            "Mission permanente du Brésil auprès de l'Organisation des Nations Unies",
            "Misión Permanente del Brasil ante las Naciones Unidas",
            "البعثة الدائمة للبرازيل لدى الأمم المتحدة",
            "巴西常驻联合国代表团",
            "Постоянное представительство Бразилии при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "JPN",
        name: [
            "Permanent Mission of Japan to the United Nations",
            "Mission permanente du Japon auprès de l'Organisation des Nations Unies",
            "Misión Permanente del Japón ante las Naciones Unidas",
            "البعثة الدائمة لليابان لدى الأمم المتحدة",
            "日本常驻联合国代表团",
            "Постоянное представительство Японии при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "IND",
        name: [
            "Permanent Mission of India to the United Nations",
            "Mission permanente de l'Inde auprès de l'Organisation des Nations Unies",
            "Misión Permanente de la India ante las Naciones Unidas",
            "البعثة الدائمة للهند لدى الأمم المتحدة",
            "印度常驻联合国代表团",
            "Постоянное представительство Индии при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "NOR",
        name: [
            "Permanent Mission of Norway to the United Nations",
            "Mission permanente de la Norvège auprès de l'Organisation des Nations Unies",
            "Misión Permanente de Noruega ante las Naciones Unidas",
            "البعثة الدائمة للنرويج لدى الأمم المتحدة",
            "挪威常驻联合国代表团",
            "Постоянное представительство Норвегии при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "EGY",
        name: [
            "Permanent Mission of Egypt to the United Nations",
            "Mission permanente de l'Égypte auprès de l'Organisation des Nations Unies",
            "Misión Permanente de Egipto ante las Naciones Unidas",
            "البعثة الدائمة لمصر لدى الأمم المتحدة",
            "埃及常驻联合国代表团",
            "Постоянное представительство Египта при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "MEX",
        name: [
            "Permanent Mission of Mexico to the United Nations",
            "Mission permanente du Mexique auprès de l'Organisation des Nations Unies",
            "Misión Permanente de México ante las Naciones Unidas",
            "البعثة الدائمة للمكسيك لدى الأمم المتحدة",
            "墨西哥常驻联合国代表团",
            "Постоянное представительство Мексики при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "CAN",
        name: [
            "Permanent Mission of Canada to the United Nations",
            "Mission permanente du Canada auprès de l'Organisation des Nations Unies",
            "Misión Permanente del Canadá ante las Naciones Unidas",
            "البعثة الدائمة لكندا لدى الأمم المتحدة",
            "加拿大常驻联合国代表团",
            "Постоянное представительство Канады при Организации Объединенных Наций",
        ],
    },
    MissionSpec {
        code: "ZAF",
        name: [
            "Permanent Mission of South Africa to the United Nations",
            "Mission permanente de l'Afrique du Sud auprès de l'Organisation des Nations Unies",
            "Misión Permanente de Sudáfrica ante las Naciones Unidas",
            "البعثة الدائمة لجنوب أفريقيا لدى الأمم المتحدة",
            "南非常驻联合国代表团",
            "Постоянное представительство Южно-Африканской Республики при Организации Объединенных Наций",
        ],
    },
];

const FOCAL_POINTS: [ContactSpec; 3] = [
    ("Amina Okafor", "amina.okafor@un.org", "+1 212 963 4410"),
    ("Lucas Moreau", "lucas.moreau@un.org", "+1 212 963 4427"),
    ("Mei Chen", "mei.chen@un.org", "+1 212 963 4435"),
];

// Each `has_*` takes the venue's read guard and drops it before returning, so no guard is
// ever held across an `.await` (it is not `Send`, and it would block the projections).

fn has_rooms(app: &App) -> bool {
    app.venue().rooms.rooms().next().is_some()
}

fn has_room(app: &App, code: &RoomCode) -> bool {
    app.venue().rooms.room(code).is_some()
}

fn has_unit(app: &App, code: &UnitCode) -> bool {
    app.venue().directory.unit(code).is_some()
}

fn has_item(app: &App, code: &ItemCode) -> bool {
    app.venue().rate_card.item(code).is_some()
}

fn has_mission(app: &App, code: &MissionCode) -> bool {
    app.venue().missions.mission(code).is_some()
}

fn has_focal_point(app: &App, email: &Email) -> bool {
    app.venue().focal_points.by_email(email).is_some()
}

/// Bad demo data becomes an ordinary `VALIDATION` error naming the field, not a panic.
fn valid<T>(value: Result<T, ValueError>, field: &str) -> Result<T, UserError> {
    value.map_err(|error| rejected(error).on_field(field))
}

fn localized(names: [&str; 6], field: &str) -> Result<LocalizedText, UserError> {
    valid(LocalizedText::new(Lang::ALL.into_iter().zip(names)), field)
}

fn contact((name, email, phone): ContactSpec) -> Result<Contact, UserError> {
    Ok(Contact {
        name: valid(Name::parse(name), "contact.name")?,
        email: valid(Email::parse(email), "contact.email")?,
        phone: valid(Phone::parse(phone), "contact.phone")?,
    })
}

/// "Conference Room 4" in the six languages, as the United Nations names its rooms.
fn room_name(number: u8) -> Result<LocalizedText, UserError> {
    let names = [
        format!("Conference Room {number}"),
        format!("Salle de conférence {number}"),
        format!("Sala de conferencias {number}"),
        format!("قاعة الاجتماعات {number}"),
        format!("第{number}会议室"),
        format!("Зал заседаний {number}"),
    ];
    localized(names.each_ref().map(String::as_str), "name")
}

async fn seed_units(app: &App, admin: &Principal) -> AppResult<usize> {
    let mut created = 0;
    for spec in &UNITS {
        let code = valid(UnitCode::parse(spec.code), "code")?;
        if has_unit(app, &code) {
            continue;
        }
        let name = localized(spec.name, "name")?;
        let contact = contact(spec.contact)?;
        app.administer::<Directory>(admin, streams::directory(), |_| {
            DirectoryCommand::RegisterUnit {
                code: code.clone(),
                name: name.clone(),
                contact: contact.clone(),
            }
        })
        .await?;
        created += 1;
    }
    Ok(created)
}

async fn seed_items(app: &App, admin: &Principal) -> AppResult<usize> {
    let known_units: BTreeSet<UnitCode> = app.venue().directory.unit_codes();
    let mut created = 0;
    for spec in &ITEMS {
        let code = valid(ItemCode::parse(spec.code), "code")?;
        if has_item(app, &code) {
            continue;
        }
        let unit = valid(UnitCode::parse(spec.unit), "unitCode")?;
        let name = localized(spec.name, "name")?;
        let price = valid(Money::parse(spec.price, Currency::USD), "price")?;
        app.administer::<RateCard>(admin, streams::rate_card(), |now| {
            RateCardCommand::AddItem {
                code: code.clone(),
                unit: unit.clone(),
                name: name.clone(),
                pricing: spec.pricing,
                price,
                lead_time_days: spec.lead_time_days,
                effective_at: now,
                known_units: known_units.clone(),
            }
        })
        .await?;
        created += 1;
    }
    Ok(created)
}

async fn seed_missions(app: &App, admin: &Principal) -> AppResult<usize> {
    let mut created = 0;
    for spec in &MISSIONS {
        let code = valid(MissionCode::parse(spec.code), "code")?;
        if has_mission(app, &code) {
            continue;
        }
        let name = localized(spec.name, "name")?;
        app.administer::<Missions>(admin, streams::missions(), |_| {
            MissionCommand::RegisterMission {
                code: code.clone(),
                name: name.clone(),
            }
        })
        .await?;
        created += 1;
    }
    Ok(created)
}

async fn seed_focal_points(app: &App, admin: &Principal) -> AppResult<usize> {
    let mut created = 0;
    for spec in FOCAL_POINTS {
        let contact = contact(spec)?;
        if has_focal_point(app, &contact.email) {
            continue;
        }
        app.administer::<FocalPoints>(admin, streams::focal_points(), |_| {
            FocalPointCommand::RegisterFocalPoint {
                contact: contact.clone(),
            }
        })
        .await?;
        created += 1;
    }
    Ok(created)
}

async fn seed_rooms(app: &App, admin: &Principal) -> AppResult<usize> {
    let mut created = 0;
    for spec in &ROOMS {
        let code = valid(RoomCode::parse(&format!("CR{}", spec.number)), "code")?;
        if has_room(app, &code) {
            continue;
        }
        let name = room_name(spec.number)?;
        let capacity = valid(Capacity::new(i64::from(spec.capacity)), "capacity")?;
        let features = spec
            .features
            .iter()
            .map(|feature| valid(Feature::parse(feature), "features"))
            .collect::<Result<BTreeSet<Feature>, UserError>>()?;
        app.administer::<RoomCatalog>(admin, streams::rooms(), |_| RoomCommand::RegisterRoom {
            code: code.clone(),
            name: name.clone(),
            capacity,
            features: features.clone(),
        })
        .await?;
        created += 1;
    }
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::collections::BTreeMap;
    use std::sync::Arc;

    use convene_domain::access::Role;
    use convene_store::{EventStore, MemoryStore};

    use crate::ManualClock;

    /// An app on an empty memory store; the sled db holds its read models.
    async fn app() -> (App, sled::Db) {
        let store: Arc<dyn EventStore> = Arc::new(MemoryStore::new());
        let db = sled::Config::new()
            .temporary(true)
            .open()
            .expect("a temporary sled db");
        let now = "2026-03-02T14:00:00Z".parse().expect("a valid instant");
        let app = App::open(store, &db, Arc::new(ManualClock::new(now)))
            .await
            .expect("the app opens");
        (app, db)
    }

    fn admin() -> Principal {
        Principal::new(Role::Admin)
    }

    #[tokio::test]
    async fn seeds_a_complete_venue_once() {
        let (app, _db) = app().await;
        let admin = admin();

        let summary = seed(&app, &admin).await.expect("the seed runs");
        assert_eq!(
            summary,
            Some(DemoSummary {
                rooms: 12,
                units: 7,
                items: ITEMS.len(),
                missions: 10,
                focal_points: 3,
            })
        );

        {
            let venue = app.venue();
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

            assert_eq!(venue.focal_points.roster.len(), 3);
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
        let (app, _db) = app().await;
        let admin = admin();
        // As if a first run stopped after registering the first unit.
        let spec = &UNITS[0];
        let code = UnitCode::parse(spec.code).expect("valid");
        let name = localized(spec.name, "name").expect("valid");
        let contact = contact(spec.contact).expect("valid");
        app.administer::<Directory>(&admin, streams::directory(), |_| {
            DirectoryCommand::RegisterUnit {
                code: code.clone(),
                name: name.clone(),
                contact: contact.clone(),
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
        let (app, _db) = app().await;
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

    #[test]
    fn the_catalog_is_well_formed() {
        let units: BTreeSet<&str> = UNITS.iter().map(|unit| unit.code).collect();
        let mut codes = BTreeSet::new();
        for item in &ITEMS {
            assert!(
                units.contains(item.unit),
                "{} has an unknown unit",
                item.code
            );
            assert!(codes.insert(item.code), "{} is listed twice", item.code);
            let prefix = item.code.split('-').next().unwrap_or_default();
            let expected = match item.unit {
                "CATERING" => "CAT",
                "SECURITY" => "SEC",
                "AV" => "AV",
                "INTERPRETATION" => "INT",
                "FACILITIES" => "FAC",
                "PHOTO" => "PHO",
                _ => "WEB",
            };
            assert_eq!(prefix, expected, "{}", item.code);
            let (_, cents) = item.price.split_once('.').expect("a price has cents");
            assert_eq!(cents.len(), 2, "{} has two decimals", item.code);
        }
    }
}
