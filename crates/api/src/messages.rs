//! Messages for rule codes in the six official languages.
//!
//! A message is chosen from a short list of wordings per code, most specific first: the first
//! wording whose conditions hold and whose placeholders all have a value is used. Every list ends
//! with a general sentence that needs nothing, so a message is always found.
//!
//! Placeholders such as `{roomCode}` take a parameter's value as given (codes, numbers, amounts,
//! venue-local times). A few placeholders instead take the translation of a parameter's value:
//! statuses, commands, refused actions, field kinds and counted things (see `DERIVED`), and
//! `{days}`, a number of days with the noun the language needs.

use convene_domain::values::Lang;

/// Every code this module words: the rule codes of PRODUCT.md section 4, then the codes of the
/// API itself.
pub const CODES: [&str; 18] = [
    "OUTSIDE_BOOKING_HOURS",
    "LEAD_TIME",
    "CAPACITY_EXCEEDED",
    "ROOM_UNAVAILABLE",
    "INVALID_TRANSITION",
    "VERSION_CONFLICT",
    "UNKNOWN_ITEM",
    "NOT_FOUND",
    "VALIDATION",
    "IDEMPOTENCY_KEY_REUSED",
    "NOTHING_TO_INVOICE",
    "ALREADY_INVOICED",
    "CREDIT_EXCEEDS_INVOICE",
    "OVERPAYMENT",
    "FORBIDDEN",
    "UNAUTHENTICATED",
    "INTERNAL",
    "UNAVAILABLE",
];

/// The message for a code in `lang`, using the named parameters where the sentence needs them.
///
/// An unknown code gets a general sentence; missing parameters lead to a less specific wording.
pub fn message(code: &str, lang: Lang, params: &[(String, String)]) -> String {
    let values = Values { lang, params };
    wordings(code)
        .iter()
        .find_map(|wording| wording.render(&values))
        .unwrap_or_else(|| UNKNOWN_CODE.text.get(lang).to_string())
}

/// The wordings of a code, most specific first.
fn wordings(code: &str) -> &'static [Wording] {
    match code {
        "OUTSIDE_BOOKING_HOURS" => OUTSIDE_BOOKING_HOURS,
        "LEAD_TIME" => LEAD_TIME,
        "CAPACITY_EXCEEDED" => CAPACITY_EXCEEDED,
        "ROOM_UNAVAILABLE" => ROOM_UNAVAILABLE,
        "INVALID_TRANSITION" => INVALID_TRANSITION,
        "VERSION_CONFLICT" => VERSION_CONFLICT,
        "UNKNOWN_ITEM" => UNKNOWN_ITEM,
        "NOT_FOUND" => NOT_FOUND,
        "VALIDATION" => VALIDATION,
        "IDEMPOTENCY_KEY_REUSED" => IDEMPOTENCY_KEY_REUSED,
        "NOTHING_TO_INVOICE" => NOTHING_TO_INVOICE,
        "ALREADY_INVOICED" => ALREADY_INVOICED,
        "CREDIT_EXCEEDS_INVOICE" => CREDIT_EXCEEDS_INVOICE,
        "OVERPAYMENT" => OVERPAYMENT,
        "FORBIDDEN" => FORBIDDEN,
        "UNAUTHENTICATED" => UNAUTHENTICATED,
        "INTERNAL" => INTERNAL,
        "UNAVAILABLE" => UNAVAILABLE,
        _ => std::slice::from_ref(&UNKNOWN_CODE),
    }
}

// What follows is the machinery: texts, wordings, conditions and the values of placeholders.

/// One text in each official language.
struct Six {
    en: &'static str,
    fr: &'static str,
    es: &'static str,
    ar: &'static str,
    zh: &'static str,
    ru: &'static str,
}

impl Six {
    fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
            Lang::Es => self.es,
            Lang::Ar => self.ar,
            Lang::Zh => self.zh,
            Lang::Ru => self.ru,
        }
    }
}

/// A condition on the parameters, besides the placeholders a wording uses.
#[derive(Clone, Copy)]
enum When {
    /// The parameter has exactly this value.
    Is(&'static str, &'static str),
    /// The parameter is given.
    Has(&'static str),
}

use When::{Has, Is};

/// One way of saying a code's message, used when its conditions hold and every placeholder
/// it contains has a value.
struct Wording {
    when: &'static [When],
    text: Six,
}

impl Wording {
    fn render(&self, values: &Values<'_>) -> Option<String> {
        let conditions_hold = self.when.iter().all(|condition| match *condition {
            Is(name, expected) => values.param(name) == Some(expected),
            Has(name) => values.param(name).is_some(),
        });
        if !conditions_hold {
            return None;
        }
        fill(self.text.get(values.lang), values)
    }
}

/// Replaces every `{name}` of `template` with its value, in one pass (an inserted value is
/// never scanned again). `None` when a placeholder has no value.
fn fill(template: &str, values: &Values<'_>) -> Option<String> {
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        push_literal(&mut out, &rest[..open], values.lang);
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        out.push_str(&values.get(&after[..close])?);
        rest = &after[close + 1..];
    }
    push_literal(&mut out, rest, values.lang);
    Some(out)
}

/// Appends template text; French gets its non-breaking spaces before `;` and `:` and inside
/// guillemets.
fn push_literal(out: &mut String, text: &str, lang: Lang) {
    if lang == Lang::Fr {
        out.push_str(
            &text
                .replace(" ;", "\u{a0};")
                .replace(" :", "\u{a0}:")
                .replace("« ", "«\u{a0}")
                .replace(" »", "\u{a0}»"),
        );
    } else {
        out.push_str(text);
    }
}

/// The parameters of one message, in one language.
struct Values<'a> {
    lang: Lang,
    params: &'a [(String, String)],
}

impl Values<'_> {
    /// A parameter's value as given; an empty value counts as missing.
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(key, value)| key == name && !value.trim().is_empty())
            .map(|(_, value)| value.as_str())
    }

    /// The text of a placeholder: a translated value, a number of days, or a parameter as given.
    fn get(&self, placeholder: &str) -> Option<String> {
        if placeholder == "days" {
            let days = self.param("leadTimeDays")?.trim().parse().ok()?;
            return Some(days_text(self.lang, days));
        }
        match DERIVED
            .iter()
            .find(|derived| derived.placeholder == placeholder)
        {
            Some(derived) => {
                let value = self.param(derived.param)?;
                derived
                    .labels
                    .iter()
                    .find(|(code, _)| *code == value)
                    .map(|(_, label)| label.get(self.lang).to_string())
            }
            None => self.param(placeholder).map(str::to_string),
        }
    }
}

/// "N days" with the noun each language needs after N.
fn days_text(lang: Lang, n: u64) -> String {
    match lang {
        Lang::En if n == 1 => "1 day".to_string(),
        Lang::En => format!("{n} days"),
        Lang::Fr if n < 2 => format!("{n} jour"),
        Lang::Fr => format!("{n} jours"),
        Lang::Es if n == 1 => "1 día".to_string(),
        Lang::Es => format!("{n} días"),
        Lang::Ar => match (n, n % 100) {
            (1, _) => "يوم واحد".to_string(),
            (2, _) => "يومين".to_string(),
            (_, 3..=10) => format!("{n} أيام"),
            (_, 11..=99) => format!("{n} يوماً"),
            _ => format!("{n} يوم"),
        },
        Lang::Zh => format!("{n} 天"),
        Lang::Ru => {
            let noun = match (n % 10, n % 100) {
                (_, 11..=14) => "дней",
                (1, _) => "день",
                (2..=4, _) => "дня",
                _ => "дней",
            };
            format!("{n} {noun}")
        }
    }
}

/// A placeholder whose text is the translation of a parameter's value. A value without a
/// translation leaves the placeholder empty, so a general wording is used instead.
struct Derived {
    placeholder: &'static str,
    param: &'static str,
    labels: &'static [(&'static str, Six)],
}

/// The translated placeholders.
const DERIVED: &[Derived] = &[
    Derived {
        placeholder: "statusName",
        param: "status",
        labels: STATUSES,
    },
    Derived {
        placeholder: "commandName",
        param: "command",
        labels: COMMANDS,
    },
    Derived {
        placeholder: "actionName",
        param: "action",
        labels: ACTIONS,
    },
    Derived {
        placeholder: "fieldName",
        param: "kind",
        labels: FIELDS,
    },
    Derived {
        placeholder: "invoiceItems",
        param: "kind",
        labels: INVOICE_ITEMS,
    },
    Derived {
        placeholder: "requestItems",
        param: "what",
        labels: REQUEST_ITEMS,
    },
    Derived {
        placeholder: "seriesName",
        param: "series",
        labels: SERIES,
    },
];

// The wordings of each code follow, most specific first.

/// The sentence for a code this module does not know.
const UNKNOWN_CODE: Wording = Wording {
    when: &[],
    text: Six {
        en: "The request could not be completed.",
        fr: "L'opération demandée n'a pas pu être effectuée.",
        es: "No se pudo completar la operación solicitada.",
        ar: "تعذّر إتمام العملية المطلوبة.",
        zh: "无法完成所请求的操作。",
        ru: "Не удалось выполнить запрошенную операцию.",
    },
};

const OUTSIDE_BOOKING_HOURS: &[Wording] = &[
    Wording {
        when: &[Is("problem", "SPANS_DAYS")],
        text: Six {
            en: "A side event must start and end on the same day (New York time); the requested period is {start} to {end}.",
            fr: "Une manifestation parallèle doit commencer et se terminer le même jour (heure de New York) ; la période demandée va du {start} au {end}.",
            es: "Un evento paralelo debe comenzar y terminar el mismo día (hora de Nueva York); el período solicitado va de {start} a {end}.",
            ar: "يجب أن تبدأ الفعالية الجانبية وتنتهي في اليوم نفسه (بتوقيت نيويورك)؛ والفترة المطلوبة هي من {start} إلى {end}.",
            zh: "会外活动必须在同一天内开始和结束（纽约时间）；所申请的时段为 {start} 至 {end}。",
            ru: "Параллельное мероприятие должно начинаться и заканчиваться в один и тот же день (по нью-йоркскому времени); запрошенный период: с {start} до {end}.",
        },
    },
    Wording {
        when: &[Is("problem", "SPANS_DAYS")],
        text: Six {
            en: "A side event must start and end on the same day (New York time).",
            fr: "Une manifestation parallèle doit commencer et se terminer le même jour (heure de New York).",
            es: "Un evento paralelo debe comenzar y terminar el mismo día (hora de Nueva York).",
            ar: "يجب أن تبدأ الفعالية الجانبية وتنتهي في اليوم نفسه (بتوقيت نيويورك).",
            zh: "会外活动必须在同一天内开始和结束（纽约时间）。",
            ru: "Параллельное мероприятие должно начинаться и заканчиваться в один и тот же день (по нью-йоркскому времени).",
        },
    },
    Wording {
        when: &[Is("problem", "WEEKEND")],
        text: Six {
            en: "Side events take place Monday to Friday; the requested start, {start}, falls on a weekend.",
            fr: "Les manifestations parallèles ont lieu du lundi au vendredi ; le début demandé, {start}, tombe un week-end.",
            es: "Los eventos paralelos se celebran de lunes a viernes; el inicio solicitado, {start}, cae en fin de semana.",
            ar: "تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة؛ وموعد البدء المطلوب، {start}، يصادف عطلة نهاية الأسبوع.",
            zh: "会外活动仅在星期一至星期五举行；所申请的开始时间 {start} 适逢周末。",
            ru: "Параллельные мероприятия проводятся с понедельника по пятницу; запрошенное время начала ({start}) приходится на выходной день.",
        },
    },
    Wording {
        when: &[Is("problem", "WEEKEND")],
        text: Six {
            en: "Side events take place Monday to Friday.",
            fr: "Les manifestations parallèles ont lieu du lundi au vendredi.",
            es: "Los eventos paralelos se celebran de lunes a viernes.",
            ar: "تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة.",
            zh: "会外活动仅在星期一至星期五举行。",
            ru: "Параллельные мероприятия проводятся с понедельника по пятницу.",
        },
    },
    Wording {
        when: &[Is("problem", "BEFORE_OPENING")],
        text: Six {
            en: "Side events may not start before 08:00 (New York time); the requested start is {start}.",
            fr: "Les manifestations parallèles ne peuvent pas commencer avant 8 heures (heure de New York) ; le début demandé est le {start}.",
            es: "Los eventos paralelos no pueden comenzar antes de las 8.00 horas (hora de Nueva York); el inicio solicitado es el {start}.",
            ar: "لا يجوز أن تبدأ الفعاليات الجانبية قبل الساعة 08:00 (بتوقيت نيويورك)؛ وموعد البدء المطلوب هو {start}.",
            zh: "会外活动不得早于 8:00（纽约时间）开始；所申请的开始时间为 {start}。",
            ru: "Параллельные мероприятия не могут начинаться ранее 08:00 (по нью-йоркскому времени); запрошенное время начала: {start}.",
        },
    },
    Wording {
        when: &[Is("problem", "BEFORE_OPENING")],
        text: Six {
            en: "Side events may not start before 08:00 (New York time).",
            fr: "Les manifestations parallèles ne peuvent pas commencer avant 8 heures (heure de New York).",
            es: "Los eventos paralelos no pueden comenzar antes de las 8.00 horas (hora de Nueva York).",
            ar: "لا يجوز أن تبدأ الفعاليات الجانبية قبل الساعة 08:00 (بتوقيت نيويورك).",
            zh: "会外活动不得早于 8:00（纽约时间）开始。",
            ru: "Параллельные мероприятия не могут начинаться ранее 08:00 (по нью-йоркскому времени).",
        },
    },
    Wording {
        when: &[Is("problem", "AFTER_CLOSING")],
        text: Six {
            en: "Side events must end by 21:00 (New York time); the requested end is {end}.",
            fr: "Les manifestations parallèles doivent se terminer au plus tard à 21 heures (heure de New York) ; la fin demandée est le {end}.",
            es: "Los eventos paralelos deben terminar a más tardar a las 21.00 horas (hora de Nueva York); la finalización solicitada es el {end}.",
            ar: "يجب أن تنتهي الفعاليات الجانبية في موعد أقصاه الساعة 21:00 (بتوقيت نيويورك)؛ وموعد الانتهاء المطلوب هو {end}.",
            zh: "会外活动必须在 21:00（纽约时间）之前结束；所申请的结束时间为 {end}。",
            ru: "Параллельные мероприятия должны заканчиваться не позднее 21:00 (по нью-йоркскому времени); запрошенное время окончания: {end}.",
        },
    },
    Wording {
        when: &[Is("problem", "AFTER_CLOSING")],
        text: Six {
            en: "Side events must end by 21:00 (New York time).",
            fr: "Les manifestations parallèles doivent se terminer au plus tard à 21 heures (heure de New York).",
            es: "Los eventos paralelos deben terminar a más tardar a las 21.00 horas (hora de Nueva York).",
            ar: "يجب أن تنتهي الفعاليات الجانبية في موعد أقصاه الساعة 21:00 (بتوقيت نيويورك).",
            zh: "会外活动必须在 21:00（纽约时间）之前结束。",
            ru: "Параллельные мероприятия должны заканчиваться не позднее 21:00 (по нью-йоркскому времени).",
        },
    },
    Wording {
        when: &[Is("problem", "TOO_SHORT")],
        text: Six {
            en: "A side event must last at least 30 minutes; the requested period is {start} to {end}.",
            fr: "Une manifestation parallèle doit durer au moins 30 minutes ; la période demandée va du {start} au {end}.",
            es: "Un evento paralelo debe durar al menos 30 minutos; el período solicitado va de {start} a {end}.",
            ar: "يجب ألا تقل مدة الفعالية الجانبية عن 30 دقيقة؛ والفترة المطلوبة هي من {start} إلى {end}.",
            zh: "会外活动的时长不得少于 30 分钟；所申请的时段为 {start} 至 {end}。",
            ru: "Продолжительность параллельного мероприятия должна составлять не менее 30 минут; запрошенный период: с {start} до {end}.",
        },
    },
    Wording {
        when: &[Is("problem", "TOO_SHORT")],
        text: Six {
            en: "A side event must last at least 30 minutes.",
            fr: "Une manifestation parallèle doit durer au moins 30 minutes.",
            es: "Un evento paralelo debe durar al menos 30 minutos.",
            ar: "يجب ألا تقل مدة الفعالية الجانبية عن 30 دقيقة.",
            zh: "会外活动的时长不得少于 30 分钟。",
            ru: "Продолжительность параллельного мероприятия должна составлять не менее 30 минут.",
        },
    },
    Wording {
        when: &[Is("problem", "TOO_LONG")],
        text: Six {
            en: "A side event may last at most 4 hours; the requested period is {start} to {end}.",
            fr: "Une manifestation parallèle ne peut pas durer plus de 4 heures ; la période demandée va du {start} au {end}.",
            es: "Un evento paralelo no puede durar más de 4 horas; el período solicitado va de {start} a {end}.",
            ar: "يجب ألا تزيد مدة الفعالية الجانبية على 4 ساعات؛ والفترة المطلوبة هي من {start} إلى {end}.",
            zh: "会外活动的时长不得超过 4 小时；所申请的时段为 {start} 至 {end}。",
            ru: "Продолжительность параллельного мероприятия не может превышать 4 часа; запрошенный период: с {start} до {end}.",
        },
    },
    Wording {
        when: &[Is("problem", "TOO_LONG")],
        text: Six {
            en: "A side event may last at most 4 hours.",
            fr: "Une manifestation parallèle ne peut pas durer plus de 4 heures.",
            es: "Un evento paralelo no puede durar más de 4 horas.",
            ar: "يجب ألا تزيد مدة الفعالية الجانبية على 4 ساعات.",
            zh: "会外活动的时长不得超过 4 小时。",
            ru: "Продолжительность параллельного мероприятия не может превышать 4 часа.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Side events take place Monday to Friday between 08:00 and 21:00 (New York time), start and end on the same day, and last from 30 minutes to 4 hours.",
            fr: "Les manifestations parallèles ont lieu du lundi au vendredi entre 8 heures et 21 heures (heure de New York), commencent et se terminent le même jour et durent de 30 minutes à 4 heures.",
            es: "Los eventos paralelos se celebran de lunes a viernes entre las 8.00 y las 21.00 horas (hora de Nueva York), comienzan y terminan el mismo día y duran entre 30 minutos y 4 horas.",
            ar: "تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة بين الساعة 08:00 والساعة 21:00 (بتوقيت نيويورك)، وتبدأ وتنتهي في اليوم نفسه، وتتراوح مدتها بين 30 دقيقة و4 ساعات.",
            zh: "会外活动于星期一至星期五 8:00 至 21:00（纽约时间）之间举行，须在同一天内开始和结束，时长为 30 分钟至 4 小时。",
            ru: "Параллельные мероприятия проводятся с понедельника по пятницу с 08:00 до 21:00 (по нью-йоркскому времени), начинаются и заканчиваются в один и тот же день и длятся от 30 минут до 4 часов.",
        },
    },
];

const LEAD_TIME: &[Wording] = &[
    Wording {
        when: &[Is("rule", "CREATE")],
        text: Six {
            en: "A request can only be made for an event that has not yet started; the requested start, {deadline}, has already passed.",
            fr: "Une demande ne peut être créée que pour une manifestation qui n'a pas encore commencé ; le début demandé, {deadline}, est déjà passé.",
            es: "Solo se puede crear una solicitud para un evento que aún no haya comenzado; el inicio solicitado, {deadline}, ya ha pasado.",
            ar: "لا يجوز إنشاء طلب إلا لفعالية لم تبدأ بعد؛ وقد انقضى موعد البدء المطلوب ({deadline}).",
            zh: "只能为尚未开始的活动创建申请；所申请的开始时间 {deadline} 已过。",
            ru: "Заявку можно создать только для мероприятия, которое еще не началось; запрошенное время начала ({deadline}) уже прошло.",
        },
    },
    Wording {
        when: &[Is("rule", "CREATE")],
        text: Six {
            en: "A request can only be made for an event that has not yet started.",
            fr: "Une demande ne peut être créée que pour une manifestation qui n'a pas encore commencé.",
            es: "Solo se puede crear una solicitud para un evento que aún no haya comenzado.",
            ar: "لا يجوز إنشاء طلب إلا لفعالية لم تبدأ بعد.",
            zh: "只能为尚未开始的活动创建申请。",
            ru: "Заявку можно создать только для мероприятия, которое еще не началось.",
        },
    },
    Wording {
        when: &[Is("rule", "SUBMIT")],
        text: Six {
            en: "A request must be submitted at least {days} before the event starts; the deadline was {deadline}.",
            fr: "Une demande doit être soumise au moins {days} avant le début de la manifestation ; la date limite était le {deadline}.",
            es: "Una solicitud debe presentarse con una antelación mínima de {days} respecto del inicio del evento; el plazo venció el {deadline}.",
            ar: "يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن {days}؛ وكان الموعد النهائي {deadline}.",
            zh: "申请必须至少在活动开始前 {days}提交；截止时间为 {deadline}。",
            ru: "Заявка должна быть подана не менее чем за {days} до начала мероприятия; срок истек {deadline}.",
        },
    },
    Wording {
        when: &[Is("rule", "SUBMIT")],
        text: Six {
            en: "A request must be submitted at least 10 days before the event starts; the deadline was {deadline}.",
            fr: "Une demande doit être soumise au moins 10 jours avant le début de la manifestation ; la date limite était le {deadline}.",
            es: "Una solicitud debe presentarse con una antelación mínima de 10 días respecto del inicio del evento; el plazo venció el {deadline}.",
            ar: "يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن 10 أيام؛ وكان الموعد النهائي {deadline}.",
            zh: "申请必须至少在活动开始前 10 天提交；截止时间为 {deadline}。",
            ru: "Заявка должна быть подана не менее чем за 10 дней до начала мероприятия; срок истек {deadline}.",
        },
    },
    Wording {
        when: &[Is("rule", "SUBMIT")],
        text: Six {
            en: "A request must be submitted at least 10 days before the event starts.",
            fr: "Une demande doit être soumise au moins 10 jours avant le début de la manifestation.",
            es: "Una solicitud debe presentarse con una antelación mínima de 10 días respecto del inicio del evento.",
            ar: "يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن 10 أيام.",
            zh: "申请必须至少在活动开始前 10 天提交。",
            ru: "Заявка должна быть подана не менее чем за 10 дней до начала мероприятия.",
        },
    },
    Wording {
        when: &[Is("rule", "SERVICE_LINE")],
        text: Six {
            en: "This service must be ordered at least {days} before the event starts; the deadline was {deadline}.",
            fr: "Cette prestation doit être commandée au moins {days} avant le début de la manifestation ; la date limite était le {deadline}.",
            es: "Este servicio debe solicitarse con una antelación mínima de {days} respecto del inicio del evento; el plazo venció el {deadline}.",
            ar: "يجب طلب هذه الخدمة قبل موعد بدء الفعالية بما لا يقل عن {days}؛ وكان الموعد النهائي {deadline}.",
            zh: "此项服务必须至少在活动开始前 {days}预订；截止时间为 {deadline}。",
            ru: "Эту услугу необходимо заказать не менее чем за {days} до начала мероприятия; срок истек {deadline}.",
        },
    },
    Wording {
        when: &[Is("rule", "SERVICE_LINE")],
        text: Six {
            en: "The deadline for ordering this service was {deadline}.",
            fr: "La date limite de commande de cette prestation était le {deadline}.",
            es: "El plazo para solicitar este servicio venció el {deadline}.",
            ar: "كان الموعد النهائي لطلب هذه الخدمة {deadline}.",
            zh: "此项服务的预订截止时间为 {deadline}，现已过期。",
            ru: "Срок заказа этой услуги истек {deadline}.",
        },
    },
    Wording {
        when: &[Is("rule", "SERVICE_LINE")],
        text: Six {
            en: "This service can no longer be ordered: the time by which it must be ordered before the event has passed.",
            fr: "Cette prestation ne peut plus être commandée : le délai de commande avant la manifestation est dépassé.",
            es: "Este servicio ya no puede solicitarse: ha vencido el plazo de antelación previsto para el evento.",
            ar: "لم يعد من الممكن طلب هذه الخدمة: فقد انقضت المهلة المحددة لطلبها قبل الفعالية.",
            zh: "此项服务已无法预订：活动前的预订期限已过。",
            ru: "Эту услугу уже нельзя заказать: установленный срок заказа до начала мероприятия истек.",
        },
    },
    Wording {
        when: &[Is("rule", "GUEST")],
        text: Six {
            en: "Guests may be added until 48 hours before the event starts; the deadline was {deadline}.",
            fr: "Des invités peuvent être ajoutés jusqu'à 48 heures avant le début de la manifestation ; la date limite était le {deadline}.",
            es: "Se pueden añadir invitados hasta 48 horas antes del inicio del evento; el plazo venció el {deadline}.",
            ar: "يجوز إضافة الضيوف حتى 48 ساعة قبل موعد بدء الفعالية؛ وكان الموعد النهائي {deadline}.",
            zh: "最迟须在活动开始前 48 小时添加嘉宾；截止时间为 {deadline}。",
            ru: "Гостей можно добавлять не позднее чем за 48 часов до начала мероприятия; срок истек {deadline}.",
        },
    },
    Wording {
        when: &[Is("rule", "GUEST")],
        text: Six {
            en: "Guests may be added until 48 hours before the event starts.",
            fr: "Des invités peuvent être ajoutés jusqu'à 48 heures avant le début de la manifestation.",
            es: "Se pueden añadir invitados hasta 48 horas antes del inicio del evento.",
            ar: "يجوز إضافة الضيوف حتى 48 ساعة قبل موعد بدء الفعالية.",
            zh: "最迟须在活动开始前 48 小时添加嘉宾。",
            ru: "Гостей можно добавлять не позднее чем за 48 часов до начала мероприятия.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The deadline for this operation was {deadline}.",
            fr: "La date limite pour cette opération était le {deadline}.",
            es: "El plazo para esta operación venció el {deadline}.",
            ar: "كان الموعد النهائي لهذه العملية {deadline}.",
            zh: "此项操作的截止时间为 {deadline}，现已过期。",
            ru: "Срок для этой операции истек {deadline}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The deadline for this operation has passed.",
            fr: "Le délai prévu pour cette opération est dépassé.",
            es: "Ha vencido el plazo para esta operación.",
            ar: "انقضى الموعد النهائي لهذه العملية.",
            zh: "此项操作的截止时间已过。",
            ru: "Срок для этой операции истек.",
        },
    },
];

const CAPACITY_EXCEEDED: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "Room {roomCode} has a capacity of {capacity}, but the request expects {attendance} participants.",
            fr: "La capacité de la salle {roomCode} est de {capacity}, mais la demande prévoit {attendance} participants.",
            es: "La sala {roomCode} tiene una capacidad de {capacity}, pero la solicitud prevé {attendance} asistentes.",
            ar: "سعة القاعة {roomCode} ({capacity}) أقل من عدد الحضور المتوقع في الطلب ({attendance}).",
            zh: "{roomCode} 会议室最多可容纳 {capacity} 人，而申请的预计出席人数为 {attendance} 人。",
            ru: "Вместимость зала {roomCode} ({capacity}) меньше ожидаемого числа участников по заявке ({attendance}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The expected attendance exceeds the capacity of the room.",
            fr: "Le nombre de participants prévu dépasse la capacité de la salle.",
            es: "El número previsto de asistentes supera la capacidad de la sala.",
            ar: "يتجاوز عدد الحضور المتوقع سعة القاعة.",
            zh: "预计出席人数超过会议室的容量。",
            ru: "Ожидаемое число участников превышает вместимость зала.",
        },
    },
];

const ROOM_UNAVAILABLE: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "Room {roomCode} is already booked from {busyFrom} to {busyTo}, which overlaps the requested period from {requestedFrom} to {requestedTo} (both include 30 minutes before and after the event).",
            fr: "La salle {roomCode} est déjà réservée du {busyFrom} au {busyTo}, ce qui chevauche la période demandée, du {requestedFrom} au {requestedTo} (ces deux périodes comprennent 30 minutes avant et après la manifestation).",
            es: "La sala {roomCode} ya está reservada de {busyFrom} a {busyTo}, lo que se superpone con el período solicitado, de {requestedFrom} a {requestedTo} (ambos períodos incluyen 30 minutos antes y después del evento).",
            ar: "القاعة {roomCode} محجوزة بالفعل من {busyFrom} إلى {busyTo}، وهو ما يتداخل مع الفترة المطلوبة من {requestedFrom} إلى {requestedTo} (تشمل الفترتان 30 دقيقة قبل الفعالية وبعدها).",
            zh: "{roomCode} 会议室已在 {busyFrom} 至 {busyTo} 期间被预订，与所申请的时段 {requestedFrom} 至 {requestedTo} 重叠（两个时段均包括活动前后各 30 分钟）。",
            ru: "Зал {roomCode} уже забронирован с {busyFrom} до {busyTo}, что пересекается с запрошенным периодом с {requestedFrom} до {requestedTo} (оба периода включают по 30 минут до и после мероприятия).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Room {roomCode} is not available at the requested time.",
            fr: "La salle {roomCode} n'est pas disponible à l'horaire demandé.",
            es: "La sala {roomCode} no está disponible en el horario solicitado.",
            ar: "القاعة {roomCode} غير متاحة في الوقت المطلوب.",
            zh: "{roomCode} 会议室在所申请的时间不可用。",
            ru: "Зал {roomCode} недоступен в запрошенное время.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The room has reached the maximum number of bookings for that day ({max}).",
            fr: "La salle a atteint le nombre maximal de réservations pour cette journée ({max}).",
            es: "La sala ha alcanzado el número máximo de reservas para ese día ({max}).",
            ar: "بلغت القاعة الحد الأقصى لعدد الحجوزات في ذلك اليوم ({max}).",
            zh: "该会议室当天的预订数量已达上限（{max}）。",
            ru: "Для этого зала достигнуто максимальное число бронирований на этот день ({max}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The room is not available at the requested time.",
            fr: "La salle n'est pas disponible à l'horaire demandé.",
            es: "La sala no está disponible en el horario solicitado.",
            ar: "القاعة غير متاحة في الوقت المطلوب.",
            zh: "该会议室在所申请的时间不可用。",
            ru: "Зал недоступен в запрошенное время.",
        },
    },
];

const INVALID_TRANSITION: &[Wording] = &[
    Wording {
        when: &[Has("serviceLineId")],
        text: Six {
            en: "The operation “{commandName}” is not permitted while the service line has the status “{statusName}”.",
            fr: "L'opération « {commandName} » n'est pas autorisée lorsque la ligne de service a le statut « {statusName} ».",
            es: "La operación «{commandName}» no está permitida mientras la línea de servicio tenga el estado «{statusName}».",
            ar: "لا يُسمح بإجراء «{commandName}» ما دامت حالة بند الخدمة «{statusName}».",
            zh: "服务项目状态为“{statusName}”时，不允许执行“{commandName}”操作。",
            ru: "Операция «{commandName}» недопустима, пока услуга находится в статусе «{statusName}».",
        },
    },
    Wording {
        when: &[Has("serviceLineId")],
        text: Six {
            en: "This operation is not permitted while the service line has the status “{statusName}”.",
            fr: "Cette opération n'est pas autorisée lorsque la ligne de service a le statut « {statusName} ».",
            es: "Esta operación no está permitida mientras la línea de servicio tenga el estado «{statusName}».",
            ar: "لا يُسمح بهذه العملية ما دامت حالة بند الخدمة «{statusName}».",
            zh: "服务项目状态为“{statusName}”时，不允许执行此操作。",
            ru: "Эта операция недопустима, пока услуга находится в статусе «{statusName}».",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The operation “{commandName}” is not permitted while the request has the status “{statusName}”.",
            fr: "L'opération « {commandName} » n'est pas autorisée lorsque la demande a le statut « {statusName} ».",
            es: "La operación «{commandName}» no está permitida mientras la solicitud tenga el estado «{statusName}».",
            ar: "لا يُسمح بإجراء «{commandName}» ما دامت حالة الطلب «{statusName}».",
            zh: "申请状态为“{statusName}”时，不允许执行“{commandName}”操作。",
            ru: "Операция «{commandName}» недопустима, пока заявка находится в статусе «{statusName}».",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "This operation is not permitted while the request has the status “{statusName}”.",
            fr: "Cette opération n'est pas autorisée lorsque la demande a le statut « {statusName} ».",
            es: "Esta operación no está permitida mientras la solicitud tenga el estado «{statusName}».",
            ar: "لا يُسمح بهذه العملية ما دامت حالة الطلب «{statusName}».",
            zh: "申请状态为“{statusName}”时，不允许执行此操作。",
            ru: "Эта операция недопустима, пока заявка находится в статусе «{statusName}».",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The operation “{commandName}” is possible only from {at}.",
            fr: "L'opération « {commandName} » n'est possible qu'à partir du {at}.",
            es: "La operación «{commandName}» solo es posible a partir del {at}.",
            ar: "لا يمكن إجراء «{commandName}» إلا اعتباراً من {at}.",
            zh: "“{commandName}”操作须自 {at} 起方可执行。",
            ru: "Операция «{commandName}» возможна только начиная с {at}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The operation “{commandName}” is possible only before the event starts ({start}).",
            fr: "L'opération « {commandName} » n'est possible qu'avant le début de la manifestation ({start}).",
            es: "La operación «{commandName}» solo es posible antes del inicio del evento ({start}).",
            ar: "لا يمكن إجراء «{commandName}» إلا قبل موعد بدء الفعالية ({start}).",
            zh: "“{commandName}”操作只能在活动开始（{start}）之前执行。",
            ru: "Операция «{commandName}» возможна только до начала мероприятия ({start}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Unit {unitCode} has already been rated for this event.",
            fr: "L'unité {unitCode} a déjà été évaluée pour cette manifestation.",
            es: "La dependencia {unitCode} ya ha sido evaluada para este evento.",
            ar: "سبق تقييم الوحدة {unitCode} فيما يخص هذه الفعالية.",
            zh: "已就本次活动对 {unitCode} 部门作出评价。",
            ru: "Подразделение {unitCode} уже получило оценку по этому мероприятию.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "This operation is not permitted in the current state.",
            fr: "Cette opération n'est pas autorisée dans l'état actuel.",
            es: "Esta operación no está permitida en el estado actual.",
            ar: "لا يُسمح بهذه العملية في الحالة الراهنة.",
            zh: "当前状态下不允许执行此操作。",
            ru: "Эта операция недопустима в текущем состоянии.",
        },
    },
];

const VERSION_CONFLICT: &[Wording] = &[
    Wording {
        when: &[Has("serviceLineId")],
        text: Six {
            en: "The service line has been changed since you loaded it; its current version is {currentVersion}. Please reload it and try again.",
            fr: "La ligne de service a été modifiée depuis son chargement ; sa version actuelle est {currentVersion}. Veuillez la recharger et réessayer.",
            es: "La línea de servicio se ha modificado desde que la cargó; su versión actual es {currentVersion}. Vuelva a cargarla e inténtelo de nuevo.",
            ar: "عُدِّل بند الخدمة منذ تحميله؛ وإصداره الحالي هو {currentVersion}. يرجى إعادة تحميله والمحاولة مرة أخرى.",
            zh: "该服务项目在您加载后已被修改，当前版本为 {currentVersion}。请重新加载后再试。",
            ru: "Услуга была изменена после ее загрузки; текущая версия — {currentVersion}. Обновите данные и повторите попытку.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The data has been changed since you loaded it; the current version is {currentVersion}. Please reload and try again.",
            fr: "Les données ont été modifiées depuis leur chargement ; la version actuelle est {currentVersion}. Veuillez les recharger et réessayer.",
            es: "Los datos se han modificado desde que los cargó; la versión actual es {currentVersion}. Vuelva a cargarlos e inténtelo de nuevo.",
            ar: "عُدِّلت البيانات منذ تحميلها؛ والإصدار الحالي هو {currentVersion}. يرجى إعادة تحميلها والمحاولة مرة أخرى.",
            zh: "数据在您加载后已被修改，当前版本为 {currentVersion}。请重新加载后再试。",
            ru: "Данные были изменены после их загрузки; текущая версия — {currentVersion}. Обновите данные и повторите попытку.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The data has been changed since you loaded it. Please reload and try again.",
            fr: "Les données ont été modifiées depuis leur chargement. Veuillez les recharger et réessayer.",
            es: "Los datos se han modificado desde que los cargó. Vuelva a cargarlos e inténtelo de nuevo.",
            ar: "عُدِّلت البيانات منذ تحميلها. يرجى إعادة تحميلها والمحاولة مرة أخرى.",
            zh: "数据在您加载后已被修改。请重新加载后再试。",
            ru: "Данные были изменены после их загрузки. Обновите данные и повторите попытку.",
        },
    },
];

const UNKNOWN_ITEM: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "The rate card has no item with the code {itemCode}.",
            fr: "Le barème ne comporte aucun article portant le code {itemCode}.",
            es: "El tarifario no contiene ningún artículo con el código {itemCode}.",
            ar: "لا يتضمن جدول الأسعار أي بند يحمل الرمز {itemCode}.",
            zh: "价目表中没有代码为 {itemCode} 的项目。",
            ru: "В прейскуранте нет позиции с кодом {itemCode}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The item is not in the rate card.",
            fr: "Cet article ne figure pas au barème.",
            es: "Este artículo no figura en el tarifario.",
            ar: "هذا البند غير مدرج في جدول الأسعار.",
            zh: "价目表中没有此项目。",
            ru: "Эта позиция отсутствует в прейскуранте.",
        },
    },
];

const NOT_FOUND: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "Service line {serviceLineId} does not exist on this request.",
            fr: "La ligne de service {serviceLineId} n'existe pas dans cette demande.",
            es: "La línea de servicio {serviceLineId} no existe en esta solicitud.",
            ar: "لا يوجد بند الخدمة {serviceLineId} في هذا الطلب.",
            zh: "本申请中不存在服务项目 {serviceLineId}。",
            ru: "Услуга {serviceLineId} в этой заявке отсутствует.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Room {roomCode} does not exist.",
            fr: "La salle {roomCode} n'existe pas.",
            es: "La sala {roomCode} no existe.",
            ar: "القاعة {roomCode} غير موجودة.",
            zh: "{roomCode} 会议室不存在。",
            ru: "Зал {roomCode} не существует.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Unit {unitCode} does not exist.",
            fr: "L'unité {unitCode} n'existe pas.",
            es: "La dependencia {unitCode} no existe.",
            ar: "الوحدة {unitCode} غير موجودة.",
            zh: "{unitCode} 部门不存在。",
            ru: "Подразделение {unitCode} не существует.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "No Permanent Mission is registered with the code {missionCode}.",
            fr: "Aucune mission permanente n'est enregistrée sous le code {missionCode}.",
            es: "No hay ninguna misión permanente registrada con el código {missionCode}.",
            ar: "لا توجد بعثة دائمة مسجلة بالرمز {missionCode}.",
            zh: "没有以代码 {missionCode} 登记的常驻代表团。",
            ru: "Постоянное представительство с кодом {missionCode} не зарегистрировано.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "No focal point is registered with the e-mail address {email}.",
            fr: "Aucun point focal n'est enregistré avec l'adresse électronique {email}.",
            es: "No hay ningún coordinador registrado con la dirección de correo electrónico {email}.",
            ar: "لا توجد جهة تنسيق مسجلة بعنوان البريد الإلكتروني {email}.",
            zh: "没有以电子邮件地址 {email} 登记的协调人。",
            ru: "Координатор с адресом электронной почты {email} не зарегистрирован.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The requested record does not exist or is not accessible to you.",
            fr: "L'élément demandé n'existe pas ou vous n'y avez pas accès.",
            es: "El elemento solicitado no existe o usted no tiene acceso a él.",
            ar: "العنصر المطلوب غير موجود أو لا يحق لك الاطلاع عليه.",
            zh: "所请求的对象不存在，或您无权访问。",
            ru: "Запрошенный объект не существует или у вас нет к нему доступа.",
        },
    },
];

const VALIDATION: &[Wording] = &[
    Wording {
        when: &[Is("quantityProblem", "NOT_POSITIVE")],
        text: Six {
            en: "A quantity must be greater than zero.",
            fr: "Une quantité doit être supérieure à zéro.",
            es: "La cantidad debe ser mayor que cero.",
            ar: "يجب أن تكون الكمية أكبر من صفر.",
            zh: "数量必须大于零。",
            ru: "Количество должно быть больше нуля.",
        },
    },
    Wording {
        when: &[Is("quantityProblem", "DECIMALS")],
        text: Six {
            en: "A quantity has at most two decimals.",
            fr: "Une quantité comporte au plus deux décimales.",
            es: "La cantidad admite como máximo dos decimales.",
            ar: "لا يجوز أن تتجاوز الكمية منزلتين عشريتين.",
            zh: "数量最多保留两位小数。",
            ru: "Количество может иметь не более двух знаков после запятой.",
        },
    },
    Wording {
        when: &[Is("quantityProblem", "TOO_LARGE"), Has("max")],
        text: Six {
            en: "A quantity is at most {max}.",
            fr: "Une quantité ne peut dépasser {max}.",
            es: "La cantidad no puede superar {max}.",
            ar: "لا يجوز أن تتجاوز الكمية {max}.",
            zh: "数量不得超过 {max}。",
            ru: "Количество не может превышать {max}.",
        },
    },
    Wording {
        when: &[Is("quantityProblem", "NOT_A_NUMBER")],
        text: Six {
            en: "A quantity is a decimal number written as a string, such as \"12.5\".",
            fr: "Une quantité est un nombre décimal écrit comme une chaîne, par exemple « 12.5 ».",
            es: "La cantidad es un número decimal escrito como cadena, por ejemplo «12.5».",
            ar: "الكمية عدد عشري يُكتب كسلسلة نصية، مثل «12.5».",
            zh: "数量是以字符串形式书写的十进制数，例如“12.5”。",
            ru: "Количество — это десятичное число, записанное строкой, например «12.5».",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The amount must be in {expected}, not in {actual}.",
            fr: "Le montant doit être libellé en {expected} et non en {actual}.",
            es: "El importe debe expresarse en {expected} y no en {actual}.",
            ar: "يجب أن يكون المبلغ بعملة {expected} لا بعملة {actual}.",
            zh: "金额的币种必须为 {expected}，而不是 {actual}。",
            ru: "Сумма должна быть указана в валюте {expected}, а не {actual}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The {fieldName} must contain between {min} and {max} characters.",
            fr: "Le champ « {fieldName} » doit comporter entre {min} et {max} caractères.",
            es: "El campo «{fieldName}» debe tener entre {min} y {max} caracteres.",
            ar: "يجب أن يتراوح عدد الحروف في حقل «{fieldName}» بين {min} و{max}.",
            zh: "“{fieldName}”的长度必须在 {min} 至 {max} 个字符之间。",
            ru: "Количество символов в поле «{fieldName}» должно составлять от {min} до {max}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The {fieldName} is not in the expected format.",
            fr: "Le champ « {fieldName} » n'est pas au format attendu.",
            es: "El campo «{fieldName}» no tiene el formato esperado.",
            ar: "حقل «{fieldName}» ليس بالصيغة المطلوبة.",
            zh: "“{fieldName}”的格式不正确。",
            ru: "Поле «{fieldName}» имеет недопустимый формат.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "A request may contain at most {max} {requestItems}.",
            fr: "Une demande ne peut comporter plus de {max} {requestItems}.",
            es: "Una solicitud no puede contener más de {max} {requestItems}.",
            ar: "الحد الأقصى لعدد {requestItems} في الطلب الواحد هو {max}.",
            zh: "每项申请的{requestItems}数量上限为 {max}。",
            ru: "Максимальное число {requestItems} в одной заявке — {max}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "An invoice may contain at most {max} {invoiceItems}.",
            fr: "Une facture ne peut comporter plus de {max} {invoiceItems}.",
            es: "Una factura no puede contener más de {max} {invoiceItems}.",
            ar: "الحد الأقصى لعدد {invoiceItems} في الفاتورة الواحدة هو {max}.",
            zh: "每张发票的{invoiceItems}数量上限为 {max}。",
            ru: "Максимальное число {invoiceItems} в одном счете — {max}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The quoted price is for item {quoted}, but the service line is for item {itemCode}.",
            fr: "Le prix proposé concerne l'article {quoted}, mais la ligne de service porte sur l'article {itemCode}.",
            es: "El precio cotizado corresponde al artículo {quoted}, pero la línea de servicio corresponde al artículo {itemCode}.",
            ar: "السعر المعروض يخص البند {quoted}، في حين أن بند الخدمة يخص البند {itemCode}.",
            zh: "报价针对的是项目 {quoted}，而该服务项目对应的是项目 {itemCode}。",
            ru: "Предложенная цена относится к позиции {quoted}, а услуга — к позиции {itemCode}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Item {itemCode} already has the maximum number of price versions ({max}).",
            fr: "L'article {itemCode} a déjà atteint le nombre maximal de versions de prix ({max}).",
            es: "El artículo {itemCode} ya ha alcanzado el número máximo de versiones de precio ({max}).",
            ar: "بلغ البند {itemCode} بالفعل الحد الأقصى لعدد إصدارات الأسعار ({max}).",
            zh: "项目 {itemCode} 的价格版本数量已达上限（{max}）。",
            ru: "Для позиции {itemCode} уже достигнуто максимальное число версий цены ({max}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The rate card already has an item with the code {itemCode}.",
            fr: "Le barème comporte déjà un article portant le code {itemCode}.",
            es: "El tarifario ya contiene un artículo con el código {itemCode}.",
            ar: "يتضمن جدول الأسعار بالفعل بنداً يحمل الرمز {itemCode}.",
            zh: "价目表中已有代码为 {itemCode} 的项目。",
            ru: "В прейскуранте уже есть позиция с кодом {itemCode}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Room {roomCode} already exists.",
            fr: "La salle {roomCode} existe déjà.",
            es: "La sala {roomCode} ya existe.",
            ar: "القاعة {roomCode} موجودة بالفعل.",
            zh: "{roomCode} 会议室已存在。",
            ru: "Зал {roomCode} уже существует.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "A Permanent Mission with the code {missionCode} is already registered.",
            fr: "Une mission permanente portant le code {missionCode} est déjà enregistrée.",
            es: "Ya hay una misión permanente registrada con el código {missionCode}.",
            ar: "توجد بالفعل بعثة دائمة مسجلة بالرمز {missionCode}.",
            zh: "代码为 {missionCode} 的常驻代表团已登记。",
            ru: "Постоянное представительство с кодом {missionCode} уже зарегистрировано.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "A focal point with the e-mail address {email} is already registered.",
            fr: "Un point focal ayant l'adresse électronique {email} est déjà enregistré.",
            es: "Ya hay un coordinador registrado con la dirección de correo electrónico {email}.",
            ar: "توجد بالفعل جهة تنسيق مسجلة بعنوان البريد الإلكتروني {email}.",
            zh: "电子邮件地址为 {email} 的协调人已登记。",
            ru: "Координатор с адресом электронной почты {email} уже зарегистрирован.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Unit {unitCode} cannot be used for this operation.",
            fr: "L'unité {unitCode} ne peut pas être utilisée pour cette opération.",
            es: "La dependencia {unitCode} no puede utilizarse para esta operación.",
            ar: "لا يمكن استخدام الوحدة {unitCode} في هذه العملية.",
            zh: "{unitCode} 部门不能用于此项操作。",
            ru: "Подразделение {unitCode} не может быть использовано для этой операции.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The lead time ({days}) exceeds the permitted maximum ({max} days).",
            fr: "Le délai de commande ({days}) dépasse le maximum autorisé ({max} jours).",
            es: "El plazo de antelación ({days}) supera el máximo permitido ({max} días).",
            ar: "مهلة الطلب المسبق ({days}) تتجاوز الحد الأقصى المسموح به بالأيام ({max}).",
            zh: "提前预订期限（{days}）超过允许的上限（{max} 天）。",
            ru: "Срок заблаговременного заказа ({days}) превышает допустимый максимум в днях ({max}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "A price change cannot take effect in the past: {effectiveAt} is before the current time ({now}).",
            fr: "Une modification de prix ne peut pas prendre effet dans le passé : {effectiveAt} est antérieur à l'heure actuelle ({now}).",
            es: "Un cambio de precio no puede surtir efecto en el pasado: {effectiveAt} es anterior a la hora actual ({now}).",
            ar: "لا يجوز أن يسري تغيير السعر في الماضي: فالموعد {effectiveAt} سابق للوقت الحالي ({now}).",
            zh: "价格变更不能在过去生效：{effectiveAt} 早于当前时间（{now}）。",
            ru: "Изменение цены не может вступать в силу в прошлом: {effectiveAt} предшествует текущему времени ({now}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "A price change cannot take effect before the latest one ({latest}); the requested time is {effectiveAt}.",
            fr: "Une modification de prix ne peut pas prendre effet avant la dernière en date ({latest}) ; la date demandée est le {effectiveAt}.",
            es: "Un cambio de precio no puede surtir efecto antes del último registrado ({latest}); la fecha solicitada es el {effectiveAt}.",
            ar: "لا يجوز أن يسري تغيير السعر قبل آخر تغيير مسجل ({latest})؛ والموعد المطلوب هو {effectiveAt}.",
            zh: "价格变更的生效时间不得早于最近一次变更（{latest}）；所申请的生效时间为 {effectiveAt}。",
            ru: "Изменение цены не может вступать в силу раньше последнего изменения ({latest}); запрошенная дата: {effectiveAt}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "{number} is not a number of the series for {seriesName} in {year}.",
            fr: "{number} n'est pas un numéro de la série des {seriesName} pour {year}.",
            es: "{number} no es un número de la serie de {seriesName} de {year}.",
            ar: "الرقم {number} ليس من أرقام سلسلة {seriesName} لعام {year}.",
            zh: "{number} 不是 {year} 年{seriesName}的编号。",
            ru: "{number} не является номером серии {seriesName} за {year} год.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "All numbers of the series for {seriesName} in {year} have been used (maximum {max}).",
            fr: "Tous les numéros de la série des {seriesName} pour {year} ont été attribués (maximum : {max}).",
            es: "Se han asignado todos los números de la serie de {seriesName} de {year} (máximo: {max}).",
            ar: "استُنفدت جميع أرقام سلسلة {seriesName} لعام {year} (الحد الأقصى: {max}).",
            zh: "{year} 年{seriesName}的编号已全部用完（上限：{max}）。",
            ru: "Все номера серии {seriesName} за {year} год исчерпаны (максимум: {max}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The invoice line for service line {serviceLineId} is not valid.",
            fr: "La ligne de facture correspondant à la ligne de service {serviceLineId} n'est pas valide.",
            es: "La línea de factura correspondiente a la línea de servicio {serviceLineId} no es válida.",
            ar: "بند الفاتورة الخاص ببند الخدمة {serviceLineId} غير صالح.",
            zh: "与服务项目 {serviceLineId} 对应的发票明细行无效。",
            ru: "Строка счета для услуги {serviceLineId} недействительна.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The value is outside the permitted limits (maximum: {max}).",
            fr: "La valeur est en dehors des limites autorisées (maximum : {max}).",
            es: "El valor está fuera de los límites permitidos (máximo: {max}).",
            ar: "القيمة خارج الحدود المسموح بها (الحد الأقصى: {max}).",
            zh: "该值超出允许范围（上限：{max}）。",
            ru: "Значение выходит за допустимые пределы (максимум: {max}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The input is not valid; please check the values entered.",
            fr: "Les données saisies ne sont pas valides ; veuillez vérifier les valeurs indiquées.",
            es: "Los datos introducidos no son válidos; verifique los valores indicados.",
            ar: "البيانات المدخلة غير صالحة؛ يرجى التحقق من القيم المدخلة.",
            zh: "输入的数据无效，请检查所填写的值。",
            ru: "Введенные данные недействительны; проверьте указанные значения.",
        },
    },
];

const IDEMPOTENCY_KEY_REUSED: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "The idempotency key “{idempotencyKey}” has already been used with different input; use a new key for a new operation.",
            fr: "La clé d'idempotence « {idempotencyKey} » a déjà été utilisée avec des données différentes ; utilisez une nouvelle clé pour une nouvelle opération.",
            es: "La clave de idempotencia «{idempotencyKey}» ya se ha utilizado con datos diferentes; utilice una clave nueva para cada nueva operación.",
            ar: "سبق استخدام مفتاح منع التكرار «{idempotencyKey}» مع بيانات مختلفة؛ يرجى استخدام مفتاح جديد لكل عملية جديدة.",
            zh: "幂等键“{idempotencyKey}”已用于不同的输入；新操作请使用新的键。",
            ru: "Ключ идемпотентности «{idempotencyKey}» уже использовался с другими данными; для новой операции используйте новый ключ.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "This idempotency key has already been used with different input; use a new key for a new operation.",
            fr: "Cette clé d'idempotence a déjà été utilisée avec des données différentes ; utilisez une nouvelle clé pour une nouvelle opération.",
            es: "Esta clave de idempotencia ya se ha utilizado con datos diferentes; utilice una clave nueva para cada nueva operación.",
            ar: "سبق استخدام مفتاح منع التكرار هذا مع بيانات مختلفة؛ يرجى استخدام مفتاح جديد لكل عملية جديدة.",
            zh: "此幂等键已用于不同的输入；新操作请使用新的键。",
            ru: "Этот ключ идемпотентности уже использовался с другими данными; для новой операции используйте новый ключ.",
        },
    },
];

const NOTHING_TO_INVOICE: &[Wording] = &[Wording {
    when: &[],
    text: Six {
        en: "The request has no billable service line; there is nothing to invoice.",
        fr: "La demande ne comporte aucune ligne de service facturable ; il n'y a rien à facturer.",
        es: "La solicitud no contiene ninguna línea de servicio facturable; no hay nada que facturar.",
        ar: "لا يتضمن الطلب أي بند خدمة قابل للفوترة؛ ولذلك لا يمكن إصدار فاتورة.",
        zh: "该申请没有可计费的服务项目，因此无法开具发票。",
        ru: "В заявке нет услуг, подлежащих оплате, поэтому счет не может быть выставлен.",
    },
}];

const ALREADY_INVOICED: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "The request has already been invoiced (invoice {number}).",
            fr: "La demande a déjà été facturée (facture {number}).",
            es: "La solicitud ya ha sido facturada (factura {number}).",
            ar: "صدرت بالفعل فاتورة لهذا الطلب (الفاتورة {number}).",
            zh: "该申请已开具发票（发票编号 {number}）。",
            ru: "По этой заявке уже выставлен счет ({number}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The request has already been invoiced (invoice identifier {invoiceId}).",
            fr: "La demande a déjà été facturée (identifiant de la facture : {invoiceId}).",
            es: "La solicitud ya ha sido facturada (identificador de la factura: {invoiceId}).",
            ar: "صدرت بالفعل فاتورة لهذا الطلب (معرّف الفاتورة: {invoiceId}).",
            zh: "该申请已开具发票（发票标识符：{invoiceId}）。",
            ru: "По этой заявке уже выставлен счет (идентификатор счета: {invoiceId}).",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "The request has already been invoiced.",
            fr: "La demande a déjà été facturée.",
            es: "La solicitud ya ha sido facturada.",
            ar: "صدرت بالفعل فاتورة لهذا الطلب.",
            zh: "该申请已开具发票。",
            ru: "По этой заявке уже выставлен счет.",
        },
    },
];

const CREDIT_EXCEEDS_INVOICE: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "Credit notes may not exceed the amount invoiced for unit {unitCode}; at most {available} {currency} can still be credited.",
            fr: "Les avoirs ne peuvent pas dépasser le montant facturé pour l'unité {unitCode} ; il reste au plus {available} {currency} à créditer.",
            es: "Las notas de crédito no pueden superar el importe facturado por la dependencia {unitCode}; aún pueden acreditarse como máximo {available} {currency}.",
            ar: "لا يجوز أن تتجاوز الإشعارات الدائنة المبلغ المفوتر للوحدة {unitCode}؛ والحد الأقصى المتبقي الذي يمكن قيده دائناً هو {available} {currency}.",
            zh: "贷项通知单金额不得超过 {unitCode} 部门的开票金额；目前最多还可贷记 {available} {currency}。",
            ru: "Сумма кредит-нот не может превышать сумму, выставленную по подразделению {unitCode}; к кредитованию остается не более {available} {currency}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Credit notes may not exceed the invoice total; at most {available} {currency} can still be credited.",
            fr: "Les avoirs ne peuvent pas dépasser le montant total de la facture ; il reste au plus {available} {currency} à créditer.",
            es: "Las notas de crédito no pueden superar el importe total de la factura; aún pueden acreditarse como máximo {available} {currency}.",
            ar: "لا يجوز أن تتجاوز الإشعارات الدائنة إجمالي مبلغ الفاتورة؛ والحد الأقصى المتبقي الذي يمكن قيده دائناً هو {available} {currency}.",
            zh: "贷项通知单金额不得超过发票总额；目前最多还可贷记 {available} {currency}。",
            ru: "Сумма кредит-нот не может превышать общую сумму счета; к кредитованию остается не более {available} {currency}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Credit notes may not exceed the invoice total.",
            fr: "Les avoirs ne peuvent pas dépasser le montant total de la facture.",
            es: "Las notas de crédito no pueden superar el importe total de la factura.",
            ar: "لا يجوز أن تتجاوز الإشعارات الدائنة إجمالي مبلغ الفاتورة.",
            zh: "贷项通知单金额不得超过发票总额。",
            ru: "Сумма кредит-нот не может превышать общую сумму счета.",
        },
    },
];

const OVERPAYMENT: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "The payment exceeds the outstanding balance of {balance} {currency}.",
            fr: "Le paiement dépasse le solde restant dû, qui est de {balance} {currency}.",
            es: "El pago supera el saldo pendiente, que asciende a {balance} {currency}.",
            ar: "يتجاوز المبلغ المدفوع الرصيد المستحق البالغ {balance} {currency}.",
            zh: "付款金额超过未付余额 {balance} {currency}。",
            ru: "Сумма платежа превышает непогашенный остаток в размере {balance} {currency}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "A payment may not exceed the outstanding balance of the invoice.",
            fr: "Un paiement ne peut pas dépasser le solde restant dû de la facture.",
            es: "Un pago no puede superar el saldo pendiente de la factura.",
            ar: "لا يجوز أن يتجاوز المبلغ المدفوع الرصيد المستحق للفاتورة.",
            zh: "付款金额不得超过发票的未付余额。",
            ru: "Сумма платежа не может превышать непогашенный остаток по счету.",
        },
    },
];

const FORBIDDEN: &[Wording] = &[
    Wording {
        when: &[],
        text: Six {
            en: "Your role does not permit you to {actionName}.",
            fr: "Votre rôle ne vous permet pas {actionName}.",
            es: "Su rol no le permite {actionName}.",
            ar: "لا يملك دورك صلاحية {actionName}.",
            zh: "您的角色无权{actionName}。",
            ru: "Ваша роль не позволяет {actionName}.",
        },
    },
    Wording {
        when: &[],
        text: Six {
            en: "Your role does not permit this operation.",
            fr: "Votre rôle ne permet pas cette opération.",
            es: "Su rol no permite esta operación.",
            ar: "لا يملك دورك صلاحية إجراء هذه العملية.",
            zh: "您的角色无权执行此操作。",
            ru: "Ваша роль не позволяет выполнить эту операцию.",
        },
    },
];

const UNAUTHENTICATED: &[Wording] = &[Wording {
    when: &[],
    text: Six {
        en: "Authentication is required: please provide a valid access token.",
        fr: "Une authentification est requise : veuillez fournir un jeton d'accès valide.",
        es: "Se requiere autenticación: proporcione una credencial de acceso válida.",
        ar: "يلزم التحقق من الهوية: يرجى تقديم رمز دخول صالح.",
        zh: "需要身份验证：请提供有效的访问令牌。",
        ru: "Требуется аутентификация: предъявите действительный токен доступа.",
    },
}];

const INTERNAL: &[Wording] = &[Wording {
    when: &[],
    text: Six {
        en: "A technical error occurred. Please try again later.",
        fr: "Une erreur technique s'est produite. Veuillez réessayer ultérieurement.",
        es: "Se ha producido un error técnico. Vuelva a intentarlo más tarde.",
        ar: "حدث خطأ تقني. يرجى المحاولة مرة أخرى لاحقاً.",
        zh: "发生技术错误。请稍后再试。",
        ru: "Произошла техническая ошибка. Повторите попытку позднее.",
    },
}];

const UNAVAILABLE: &[Wording] = &[Wording {
    when: &[],
    text: Six {
        en: "The system is temporarily not accepting changes. Please try again later.",
        fr: "Le système n'accepte temporairement aucune modification. Veuillez réessayer ultérieurement.",
        es: "El sistema no acepta cambios temporalmente. Vuelva a intentarlo más tarde.",
        ar: "لا يقبل النظام أي تغييرات في الوقت الحالي. يرجى المحاولة مرة أخرى لاحقاً.",
        zh: "系统暂时不接受更改。请稍后再试。",
        ru: "Система временно не принимает изменения. Повторите попытку позднее.",
    },
}];

// The translations of parameter values follow.

/// The statuses of requests and service lines, as the caller sees them. French, Spanish and
/// Russian agree with the feminine "demande"/"ligne", "solicitud"/"línea", "заявка"/"услуга".
const STATUSES: &[(&str, Six)] = &[
    (
        "DRAFT",
        Six {
            en: "Draft",
            fr: "Brouillon",
            es: "Borrador",
            ar: "مسودة",
            zh: "草稿",
            ru: "Черновик",
        },
    ),
    (
        "SUBMITTED",
        Six {
            en: "Submitted",
            fr: "Soumise",
            es: "Presentada",
            ar: "تم تقديمه",
            zh: "已提交",
            ru: "Подана",
        },
    ),
    (
        "APPROVED",
        Six {
            en: "Approved",
            fr: "Approuvée",
            es: "Aprobada",
            ar: "تمت الموافقة عليه",
            zh: "已批准",
            ru: "Утверждена",
        },
    ),
    (
        "REJECTED",
        Six {
            en: "Rejected",
            fr: "Rejetée",
            es: "Rechazada",
            ar: "مرفوض",
            zh: "已拒绝",
            ru: "Отклонена",
        },
    ),
    (
        "CANCELLED",
        Six {
            en: "Cancelled",
            fr: "Annulée",
            es: "Cancelada",
            ar: "ملغى",
            zh: "已取消",
            ru: "Отменена",
        },
    ),
    (
        "HELD",
        Six {
            en: "Held",
            fr: "Manifestation tenue",
            es: "Evento celebrado",
            ar: "عُقدت الفعالية",
            zh: "活动已举行",
            ru: "Мероприятие проведено",
        },
    ),
    (
        "CLOSED",
        Six {
            en: "Closed",
            fr: "Clôturée",
            es: "Cerrada",
            ar: "مغلق",
            zh: "已关闭",
            ru: "Закрыта",
        },
    ),
    (
        "REQUESTED",
        Six {
            en: "Requested",
            fr: "Demandée",
            es: "Solicitada",
            ar: "مطلوب",
            zh: "已申请",
            ru: "Запрошена",
        },
    ),
    (
        "CONFIRMED",
        Six {
            en: "Confirmed",
            fr: "Confirmée",
            es: "Confirmada",
            ar: "مؤكد",
            zh: "已确认",
            ru: "Подтверждена",
        },
    ),
    (
        "DECLINED",
        Six {
            en: "Declined",
            fr: "Refusée",
            es: "Denegada",
            ar: "مرفوض",
            zh: "已谢绝",
            ru: "Отклонена",
        },
    ),
    (
        "DELIVERED",
        Six {
            en: "Delivered",
            fr: "Fournie",
            es: "Prestada",
            ar: "منفذ",
            zh: "已交付",
            ru: "Оказана",
        },
    ),
];

/// The commands a request refuses in its current state, as names of operations.
const COMMANDS: &[(&str, Six)] = &[
    (
        "create",
        Six {
            en: "create the request",
            fr: "création de la demande",
            es: "creación de la solicitud",
            ar: "إنشاء الطلب",
            zh: "创建申请",
            ru: "создание заявки",
        },
    ),
    (
        "edit",
        Six {
            en: "edit the request",
            fr: "modification de la demande",
            es: "modificación de la solicitud",
            ar: "تعديل الطلب",
            zh: "修改申请",
            ru: "изменение заявки",
        },
    ),
    (
        "submit",
        Six {
            en: "submit the request",
            fr: "soumission de la demande",
            es: "presentación de la solicitud",
            ar: "تقديم الطلب",
            zh: "提交申请",
            ru: "подача заявки",
        },
    ),
    (
        "approve",
        Six {
            en: "approve the request",
            fr: "approbation de la demande",
            es: "aprobación de la solicitud",
            ar: "الموافقة على الطلب",
            zh: "批准申请",
            ru: "утверждение заявки",
        },
    ),
    (
        "reject",
        Six {
            en: "reject the request",
            fr: "rejet de la demande",
            es: "rechazo de la solicitud",
            ar: "رفض الطلب",
            zh: "拒绝申请",
            ru: "отклонение заявки",
        },
    ),
    (
        "cancel",
        Six {
            en: "cancel the request",
            fr: "annulation de la demande",
            es: "cancelación de la solicitud",
            ar: "إلغاء الطلب",
            zh: "取消申请",
            ru: "отмена заявки",
        },
    ),
    (
        "markHeld",
        Six {
            en: "record the event as held",
            fr: "constat de la tenue de la manifestation",
            es: "registro de la celebración del evento",
            ar: "تسجيل انعقاد الفعالية",
            zh: "登记活动已举行",
            ru: "отметка о проведении мероприятия",
        },
    ),
    (
        "close",
        Six {
            en: "close the request",
            fr: "clôture de la demande",
            es: "cierre de la solicitud",
            ar: "إغلاق الطلب",
            zh: "关闭申请",
            ru: "закрытие заявки",
        },
    ),
    (
        "addServiceLine",
        Six {
            en: "add a service line",
            fr: "ajout d'une ligne de service",
            es: "adición de una línea de servicio",
            ar: "إضافة بند خدمة",
            zh: "添加服务项目",
            ru: "добавление услуги",
        },
    ),
    (
        "removeServiceLine",
        Six {
            en: "remove the service line",
            fr: "retrait de la ligne de service",
            es: "supresión de la línea de servicio",
            ar: "حذف بند الخدمة",
            zh: "删除服务项目",
            ru: "удаление услуги",
        },
    ),
    (
        "confirmServiceLine",
        Six {
            en: "confirm the service line",
            fr: "confirmation de la ligne de service",
            es: "confirmación de la línea de servicio",
            ar: "تأكيد بند الخدمة",
            zh: "确认服务项目",
            ru: "подтверждение услуги",
        },
    ),
    (
        "declineServiceLine",
        Six {
            en: "decline the service line",
            fr: "refus de la ligne de service",
            es: "denegación de la línea de servicio",
            ar: "رفض بند الخدمة",
            zh: "谢绝服务项目",
            ru: "отклонение услуги",
        },
    ),
    (
        "deliverServiceLine",
        Six {
            en: "record the delivery of the service",
            fr: "enregistrement de la prestation fournie",
            es: "registro de la prestación del servicio",
            ar: "تسجيل تقديم الخدمة",
            zh: "登记服务交付",
            ru: "отметка об оказании услуги",
        },
    ),
    (
        "addGuest",
        Six {
            en: "add a guest",
            fr: "ajout d'un invité",
            es: "adición de un invitado",
            ar: "إضافة ضيف",
            zh: "添加嘉宾",
            ru: "добавление гостя",
        },
    ),
];

/// The actions a role may be refused (`UserError::forbidden`), completing "Your role does not
/// permit you to …". French includes its "de", Arabic is the noun after "صلاحية".
const ACTIONS: &[(&str, Six)] = &[
    (
        "add guests",
        Six {
            en: "add guests",
            fr: "d'ajouter des invités",
            es: "añadir invitados",
            ar: "إضافة الضيوف",
            zh: "添加嘉宾",
            ru: "добавлять гостей",
        },
    ),
    (
        "add service lines",
        Six {
            en: "add service lines",
            fr: "d'ajouter des lignes de service",
            es: "añadir líneas de servicio",
            ar: "إضافة بنود الخدمة",
            zh: "添加服务项目",
            ru: "добавлять услуги",
        },
    ),
    (
        "administer the venue",
        Six {
            en: "administer the venue",
            fr: "d'administrer le site",
            es: "administrar el recinto",
            ar: "إدارة مرافق المقر",
            zh: "管理会场",
            ru: "выполнять функции администратора площадки",
        },
    ),
    (
        "approve requests",
        Six {
            en: "approve requests",
            fr: "d'approuver des demandes",
            es: "aprobar solicitudes",
            ar: "الموافقة على الطلبات",
            zh: "批准申请",
            ru: "утверждать заявки",
        },
    ),
    (
        "cancel requests",
        Six {
            en: "cancel requests",
            fr: "d'annuler des demandes",
            es: "cancelar solicitudes",
            ar: "إلغاء الطلبات",
            zh: "取消申请",
            ru: "отменять заявки",
        },
    ),
    (
        "confirm service lines",
        Six {
            en: "confirm service lines",
            fr: "de confirmer des lignes de service",
            es: "confirmar líneas de servicio",
            ar: "تأكيد بنود الخدمة",
            zh: "确认服务项目",
            ru: "подтверждать услуги",
        },
    ),
    (
        "create requests",
        Six {
            en: "create requests",
            fr: "de créer des demandes",
            es: "crear solicitudes",
            ar: "إنشاء الطلبات",
            zh: "创建申请",
            ru: "создавать заявки",
        },
    ),
    (
        "create tokens",
        Six {
            en: "create access tokens",
            fr: "de créer des jetons d'accès",
            es: "crear credenciales de acceso",
            ar: "إنشاء رموز الدخول",
            zh: "创建访问令牌",
            ru: "создавать токены доступа",
        },
    ),
    (
        "decline service lines",
        Six {
            en: "decline service lines",
            fr: "de refuser des lignes de service",
            es: "denegar líneas de servicio",
            ar: "رفض بنود الخدمة",
            zh: "谢绝服务项目",
            ru: "отклонять услуги",
        },
    ),
    (
        "edit requests",
        Six {
            en: "edit requests",
            fr: "de modifier des demandes",
            es: "modificar solicitudes",
            ar: "تعديل الطلبات",
            zh: "修改申请",
            ru: "изменять заявки",
        },
    ),
    (
        "give feedback",
        Six {
            en: "give feedback",
            fr: "de donner une évaluation",
            es: "enviar evaluaciones",
            ar: "تقديم التقييمات",
            zh: "提交反馈",
            ru: "оставлять отзывы",
        },
    ),
    (
        "issue credit notes",
        Six {
            en: "issue credit notes",
            fr: "d'émettre des avoirs",
            es: "emitir notas de crédito",
            ar: "إصدار الإشعارات الدائنة",
            zh: "开具贷项通知单",
            ru: "выставлять кредит-ноты",
        },
    ),
    (
        "issue invoices",
        Six {
            en: "issue invoices",
            fr: "d'émettre des factures",
            es: "emitir facturas",
            ar: "إصدار الفواتير",
            zh: "开具发票",
            ru: "выставлять счета",
        },
    ),
    (
        "list invoices",
        Six {
            en: "list invoices",
            fr: "de consulter la liste des factures",
            es: "consultar la lista de facturas",
            ar: "الاطلاع على قائمة الفواتير",
            zh: "查看发票列表",
            ru: "просматривать список счетов",
        },
    ),
    (
        "list requests",
        Six {
            en: "list requests",
            fr: "de consulter la liste des demandes",
            es: "consultar la lista de solicitudes",
            ar: "الاطلاع على قائمة الطلبات",
            zh: "查看申请列表",
            ru: "просматривать список заявок",
        },
    ),
    (
        "list service lines",
        Six {
            en: "list service lines",
            fr: "de consulter la liste des lignes de service",
            es: "consultar la lista de líneas de servicio",
            ar: "الاطلاع على قائمة بنود الخدمة",
            zh: "查看服务项目列表",
            ru: "просматривать список услуг",
        },
    ),
    (
        "mark requests held",
        Six {
            en: "record events as held",
            fr: "de constater la tenue des manifestations",
            es: "registrar la celebración de los eventos",
            ar: "تسجيل انعقاد الفعاليات",
            zh: "登记活动已举行",
            ru: "отмечать мероприятия как проведенные",
        },
    ),
    (
        "read revenue",
        Six {
            en: "read revenue",
            fr: "de consulter les recettes",
            es: "consultar los ingresos",
            ar: "الاطلاع على الإيرادات",
            zh: "查看收入",
            ru: "просматривать данные о доходах",
        },
    ),
    (
        "record deliveries",
        Six {
            en: "record deliveries",
            fr: "d'enregistrer des prestations fournies",
            es: "registrar la prestación de servicios",
            ar: "تسجيل تقديم الخدمات",
            zh: "登记服务交付",
            ru: "регистрировать оказание услуг",
        },
    ),
    (
        "record payments",
        Six {
            en: "record payments",
            fr: "d'enregistrer des paiements",
            es: "registrar pagos",
            ar: "تسجيل المدفوعات",
            zh: "登记付款",
            ru: "регистрировать платежи",
        },
    ),
    (
        "reject requests",
        Six {
            en: "reject requests",
            fr: "de rejeter des demandes",
            es: "rechazar solicitudes",
            ar: "رفض الطلبات",
            zh: "拒绝申请",
            ru: "отклонять заявки",
        },
    ),
    (
        "remove service lines",
        Six {
            en: "remove service lines",
            fr: "de retirer des lignes de service",
            es: "suprimir líneas de servicio",
            ar: "حذف بنود الخدمة",
            zh: "删除服务项目",
            ru: "удалять услуги",
        },
    ),
    (
        "submit requests",
        Six {
            en: "submit requests",
            fr: "de soumettre des demandes",
            es: "presentar solicitudes",
            ar: "تقديم الطلبات",
            zh: "提交申请",
            ru: "подавать заявки",
        },
    ),
];

/// The kinds of code and text values (`ValueError`'s `kind`), as field names.
const FIELDS: &[(&str, Six)] = &[
    (
        "mission code",
        Six {
            en: "mission code",
            fr: "code de la mission",
            es: "código de la misión",
            ar: "رمز البعثة",
            zh: "代表团代码",
            ru: "код представительства",
        },
    ),
    (
        "unit code",
        Six {
            en: "unit code",
            fr: "code de l'unité",
            es: "código de la dependencia",
            ar: "رمز الوحدة",
            zh: "部门代码",
            ru: "код подразделения",
        },
    ),
    (
        "room code",
        Six {
            en: "room code",
            fr: "code de la salle",
            es: "código de la sala",
            ar: "رمز القاعة",
            zh: "会议室代码",
            ru: "код зала",
        },
    ),
    (
        "item code",
        Six {
            en: "item code",
            fr: "code de l'article",
            es: "código del artículo",
            ar: "رمز البند",
            zh: "项目代码",
            ru: "код позиции",
        },
    ),
    (
        "feature",
        Six {
            en: "room feature",
            fr: "équipement de la salle",
            es: "equipamiento de la sala",
            ar: "ميزة القاعة",
            zh: "会议室设施",
            ru: "оснащение зала",
        },
    ),
    (
        "title",
        Six {
            en: "title",
            fr: "titre",
            es: "título",
            ar: "العنوان",
            zh: "标题",
            ru: "название",
        },
    ),
    (
        "description",
        Six {
            en: "description",
            fr: "description",
            es: "descripción",
            ar: "الوصف",
            zh: "说明",
            ru: "описание",
        },
    ),
    (
        "reason",
        Six {
            en: "reason",
            fr: "motif",
            es: "motivo",
            ar: "السبب",
            zh: "理由",
            ru: "причина",
        },
    ),
    (
        "note",
        Six {
            en: "note",
            fr: "note",
            es: "nota",
            ar: "الملاحظة",
            zh: "备注",
            ru: "примечание",
        },
    ),
    (
        "name",
        Six {
            en: "name",
            fr: "nom",
            es: "nombre",
            ar: "الاسم",
            zh: "名称",
            ru: "имя",
        },
    ),
    (
        "payment reference",
        Six {
            en: "payment reference",
            fr: "référence du paiement",
            es: "referencia del pago",
            ar: "مرجع الدفع",
            zh: "付款参考号",
            ru: "ссылочный номер платежа",
        },
    ),
    (
        "reference",
        Six {
            en: "request reference",
            fr: "référence de la demande",
            es: "referencia de la solicitud",
            ar: "الرقم المرجعي للطلب",
            zh: "申请编号",
            ru: "номер заявки",
        },
    ),
    (
        "currency",
        Six {
            en: "currency",
            fr: "devise",
            es: "moneda",
            ar: "العملة",
            zh: "币种",
            ru: "валюта",
        },
    ),
    (
        "token hash",
        Six {
            en: "token hash",
            fr: "empreinte du jeton d'accès",
            es: "huella de la credencial de acceso",
            ar: "بصمة رمز الدخول",
            zh: "令牌哈希值",
            ru: "хеш токена",
        },
    ),
    (
        "document number",
        Six {
            en: "document number",
            fr: "numéro de document",
            es: "número de documento",
            ar: "رقم المستند",
            zh: "单据编号",
            ru: "номер документа",
        },
    ),
];

/// What an invoice holds a limited number of (`InvoiceError::TooMany`'s `kind`). Russian is in
/// the genitive plural that follows "число".
const INVOICE_ITEMS: &[(&str, Six)] = &[
    (
        "lines",
        Six {
            en: "lines",
            fr: "lignes",
            es: "líneas",
            ar: "البنود",
            zh: "明细行",
            ru: "строк",
        },
    ),
    (
        "credit notes",
        Six {
            en: "credit notes",
            fr: "avoirs",
            es: "notas de crédito",
            ar: "الإشعارات الدائنة",
            zh: "贷项通知单",
            ru: "кредит-нот",
        },
    ),
    (
        "payments",
        Six {
            en: "payments",
            fr: "paiements",
            es: "pagos",
            ar: "المدفوعات",
            zh: "付款",
            ru: "платежей",
        },
    ),
];

/// What a request holds a limited number of (`EventRequestError::TooMany`'s `what`).
const REQUEST_ITEMS: &[(&str, Six)] = &[
    (
        "lines",
        Six {
            en: "service lines",
            fr: "lignes de service",
            es: "líneas de servicio",
            ar: "بنود الخدمة",
            zh: "服务项目",
            ru: "услуг",
        },
    ),
    (
        "guests",
        Six {
            en: "guests",
            fr: "invités",
            es: "invitados",
            ar: "الضيوف",
            zh: "嘉宾",
            ru: "гостей",
        },
    ),
];

/// The numbered series of documents (`Series::as_str`), as what they number.
const SERIES: &[(&str, Six)] = &[
    (
        "REQUEST",
        Six {
            en: "request references",
            fr: "références de demande",
            es: "referencias de solicitud",
            ar: "الأرقام المرجعية للطلبات",
            zh: "申请",
            ru: "заявок",
        },
    ),
    (
        "INVOICE",
        Six {
            en: "invoices",
            fr: "factures",
            es: "facturas",
            ar: "الفواتير",
            zh: "发票",
            ru: "счетов",
        },
    ),
    (
        "CREDIT_NOTE",
        Six {
            en: "credit notes",
            fr: "avoirs",
            es: "notas de crédito",
            ar: "الإشعارات الدائنة",
            zh: "贷项通知单",
            ru: "кредит-нот",
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use convene_domain::error::ErrorCode;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    fn placeholders(template: &str) -> Vec<&str> {
        let mut names: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    fn has_letters_of(text: &str, range: std::ops::RangeInclusive<char>) -> bool {
        text.chars().any(|c| range.contains(&c))
    }

    /// Checks one message against the rules every message keeps.
    fn check(code: &str, lang: Lang, text: &str, english: &str) {
        let context = format!("{code} in {}: {text}", lang.tag());
        assert!(!text.trim().is_empty(), "{context}");
        assert!(!text.contains('{') && !text.contains('}'), "{context}");
        if lang != Lang::En {
            assert_ne!(text, english, "{context}");
        }
        match lang {
            Lang::Ar => assert!(has_letters_of(text, '\u{600}'..='\u{6ff}'), "{context}"),
            Lang::Zh => assert!(has_letters_of(text, '\u{4e00}'..='\u{9fff}'), "{context}"),
            Lang::Ru => assert!(has_letters_of(text, '\u{400}'..='\u{4ff}'), "{context}"),
            _ => {}
        }
    }

    /// The raw parameter a placeholder takes, with a value it knows.
    fn sample(placeholder: &str) -> (String, String) {
        if placeholder == "days" {
            return ("leadTimeDays".to_string(), "10".to_string());
        }
        match DERIVED
            .iter()
            .find(|derived| derived.placeholder == placeholder)
        {
            Some(derived) => (derived.param.to_string(), derived.labels[0].0.to_string()),
            None => (placeholder.to_string(), format!("<{placeholder}>")),
        }
    }

    /// Parameters under which `wording` applies.
    fn sample_params(wording: &Wording) -> Vec<(String, String)> {
        let mut params: Vec<(String, String)> = wording
            .when
            .iter()
            .map(|condition| match *condition {
                Is(name, value) => (name.to_string(), value.to_string()),
                Has(name) => (name.to_string(), format!("<{name}>")),
            })
            .collect();
        params.extend(placeholders(wording.text.en).into_iter().map(sample));
        params
    }

    #[test]
    fn every_domain_code_is_worded() {
        for code in ErrorCode::ALL {
            assert!(CODES.contains(&code.as_str()), "{code}");
            let general = message(code.as_str(), Lang::En, &[]);
            assert_ne!(general, UNKNOWN_CODE.text.en, "{code}");
        }
    }

    #[test]
    fn every_code_in_every_language_without_parameters() {
        for code in CODES {
            let english = message(code, Lang::En, &[]);
            for lang in Lang::ALL {
                check(code, lang, &message(code, lang, &[]), &english);
            }
        }
    }

    #[test]
    fn every_wording_in_every_language_with_its_parameters() {
        for code in CODES {
            for wording in wordings(code) {
                let params = sample_params(wording);
                let values = |lang| Values {
                    lang,
                    params: &params,
                };
                let english = wording.render(&values(Lang::En)).expect("English renders");
                for lang in Lang::ALL {
                    let text = wording.render(&values(lang)).expect("renders");
                    check(code, lang, &text, &english);
                    for (_, value) in params.iter().filter(|(_, v)| v.starts_with('<')) {
                        let used =
                            placeholders(wording.text.en).contains(&&value[1..value.len() - 1]);
                        assert_eq!(text.contains(value.as_str()), used, "{code}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_six_languages_of_a_wording_use_the_same_placeholders() {
        for code in CODES {
            for wording in wordings(code) {
                let english = placeholders(wording.text.en);
                for lang in Lang::ALL {
                    let text = wording.text.get(lang);
                    assert_eq!(placeholders(text), english, "{code}: {text}");
                    assert_eq!(
                        text.matches('{').count(),
                        text.matches('}').count(),
                        "{text}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_code_ends_with_a_wording_that_needs_nothing() {
        for code in CODES {
            let last = wordings(code).last().expect("a wording");
            assert!(last.when.is_empty(), "{code}");
            for lang in Lang::ALL {
                assert!(placeholders(last.text.get(lang)).is_empty(), "{code}");
            }
        }
    }

    #[test]
    fn arabic_chinese_and_russian_hold_no_english_words() {
        for code in CODES {
            for wording in wordings(code) {
                let params = sample_params(wording);
                for lang in [Lang::Ar, Lang::Zh, Lang::Ru] {
                    let values = Values {
                        lang,
                        params: &params,
                    };
                    let mut text = wording.render(&values).expect("renders");
                    for (_, value) in &params {
                        text = text.replace(value.as_str(), "");
                    }
                    assert!(
                        !text.chars().any(|c| c.is_ascii_alphabetic()),
                        "{code}: {text}"
                    );
                }
            }
        }
    }

    /// French and Spanish share some words with English ("description", "note"), so only the
    /// other scripts are checked word by word; the whole sentences are checked above.
    #[test]
    fn translated_values_are_written_in_every_language() {
        for derived in DERIVED {
            for (code, label) in derived.labels {
                for lang in Lang::ALL {
                    assert!(!label.get(lang).is_empty(), "{code}");
                }
                for lang in [Lang::Ar, Lang::Zh, Lang::Ru] {
                    let text = label.get(lang);
                    assert!(
                        !text.chars().any(|c| c.is_ascii_alphabetic()),
                        "{code}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn capacity_names_the_room_and_its_numbers_in_every_language() {
        let given = params(&[
            ("roomCode", "CR4"),
            ("capacity", "40"),
            ("attendance", "60"),
        ]);
        for lang in Lang::ALL {
            let text = message("CAPACITY_EXCEEDED", lang, &given);
            for value in ["CR4", "40", "60"] {
                assert!(text.contains(value), "{text}");
            }
        }
        assert_eq!(
            message("CAPACITY_EXCEEDED", Lang::En, &given),
            "Room CR4 has a capacity of 40, but the request expects 60 participants."
        );
    }

    #[test]
    fn each_booking_hours_problem_has_its_own_sentence() {
        let problems = [
            "SPANS_DAYS",
            "WEEKEND",
            "BEFORE_OPENING",
            "AFTER_CLOSING",
            "TOO_SHORT",
            "TOO_LONG",
        ];
        for lang in Lang::ALL {
            let mut seen: Vec<String> = Vec::new();
            for problem in problems {
                let text = message(
                    "OUTSIDE_BOOKING_HOURS",
                    lang,
                    &params(&[("problem", problem)]),
                );
                assert!(!seen.contains(&text), "{text}");
                seen.push(text);
            }
        }
        let weekend = message(
            "OUTSIDE_BOOKING_HOURS",
            Lang::En,
            &params(&[
                ("problem", "WEEKEND"),
                ("start", "2026-05-02 10:00 EDT"),
                ("end", "2026-05-02 12:00 EDT"),
            ]),
        );
        assert_eq!(
            weekend,
            "Side events take place Monday to Friday; the requested start, 2026-05-02 10:00 EDT, \
             falls on a weekend."
        );
    }

    #[test]
    fn each_lead_time_rule_has_its_own_sentence() {
        for lang in Lang::ALL {
            let mut seen: Vec<String> = Vec::new();
            for rule in ["CREATE", "SUBMIT", "SERVICE_LINE", "GUEST"] {
                let text = message("LEAD_TIME", lang, &params(&[("rule", rule)]));
                assert!(!seen.contains(&text), "{text}");
                seen.push(text);
            }
        }
        let submit = params(&[
            ("rule", "SUBMIT"),
            ("deadline", "2026-05-02 10:00 EDT"),
            ("leadTimeDays", "10"),
        ]);
        assert_eq!(
            message("LEAD_TIME", Lang::En, &submit),
            "A request must be submitted at least 10 days before the event starts; the deadline \
             was 2026-05-02 10:00 EDT."
        );
        assert!(message("LEAD_TIME", Lang::Ru, &submit).contains("за 10 дней"));
        assert!(message("LEAD_TIME", Lang::Fr, &submit).contains("10 jours"));
    }

    #[test]
    fn days_take_the_noun_the_number_needs() {
        assert_eq!(days_text(Lang::En, 1), "1 day");
        assert_eq!(days_text(Lang::En, 3), "3 days");
        assert_eq!(days_text(Lang::Ru, 1), "1 день");
        assert_eq!(days_text(Lang::Ru, 3), "3 дня");
        assert_eq!(days_text(Lang::Ru, 11), "11 дней");
        assert_eq!(days_text(Lang::Ru, 21), "21 день");
        assert_eq!(days_text(Lang::Ar, 2), "يومين");
        assert_eq!(days_text(Lang::Ar, 7), "7 أيام");
        assert_eq!(days_text(Lang::Ar, 14), "14 يوماً");
    }

    #[test]
    fn statuses_and_commands_are_translated() {
        let given = params(&[("status", "SUBMITTED"), ("command", "approve")]);
        assert_eq!(
            message("INVALID_TRANSITION", Lang::Fr, &given),
            "L'opération «\u{a0}approbation de la demande\u{a0}» n'est pas autorisée lorsque la \
             demande a le statut «\u{a0}Soumise\u{a0}»."
        );
        let line = params(&[
            ("serviceLineId", "0190"),
            ("status", "DECLINED"),
            ("command", "confirmServiceLine"),
        ]);
        assert!(message("INVALID_TRANSITION", Lang::En, &line).contains("service line"));
    }

    #[test]
    fn money_and_versions_are_inserted() {
        let credit = params(&[("available", "150.00"), ("currency", "USD")]);
        let balance = params(&[("balance", "80.50"), ("currency", "USD")]);
        let version = params(&[("currentVersion", "7")]);
        for lang in Lang::ALL {
            assert!(message("CREDIT_EXCEEDS_INVOICE", lang, &credit).contains("150.00 USD"));
            assert!(message("OVERPAYMENT", lang, &balance).contains("80.50 USD"));
            assert!(message("VERSION_CONFLICT", lang, &version).contains('7'));
        }
    }

    #[test]
    fn forbidden_names_the_action_when_it_is_known() {
        let known = params(&[("action", "issue invoices")]);
        assert_eq!(
            message("FORBIDDEN", Lang::En, &known),
            "Your role does not permit you to issue invoices."
        );
        assert_eq!(
            message("FORBIDDEN", Lang::Fr, &known),
            "Votre rôle ne vous permet pas d'émettre des factures."
        );
        let unknown = params(&[("action", "juggle")]);
        for lang in Lang::ALL {
            assert!(!message("FORBIDDEN", lang, &unknown).contains("juggle"));
        }
    }

    #[test]
    fn quantities_say_what_is_wrong_with_them() {
        let problem = |name: &str| {
            vec![
                ("max".to_string(), "1000000".to_string()),
                ("quantityProblem".to_string(), name.to_string()),
            ]
        };
        assert_eq!(
            message("VALIDATION", Lang::En, &problem("DECIMALS")),
            "A quantity has at most two decimals."
        );
        assert_eq!(
            message("VALIDATION", Lang::En, &problem("NOT_POSITIVE")),
            "A quantity must be greater than zero."
        );
        assert!(message("VALIDATION", Lang::Fr, &problem("TOO_LARGE")).contains("1000000"));
        for lang in [Lang::Fr, Lang::Es, Lang::Ar, Lang::Zh, Lang::Ru] {
            assert_ne!(
                message("VALIDATION", lang, &problem("DECIMALS")),
                message("VALIDATION", Lang::En, &problem("DECIMALS"))
            );
        }
    }

    #[test]
    fn validation_words_each_kind_of_error() {
        let length = params(&[("kind", "title"), ("min", "1"), ("max", "200")]);
        assert_eq!(
            message("VALIDATION", Lang::En, &length),
            "The title must contain between 1 and 200 characters."
        );
        let currency = params(&[("expected", "USD"), ("actual", "EUR")]);
        assert!(message("VALIDATION", Lang::Es, &currency).contains("EUR"));
        let guests = params(&[("what", "guests"), ("max", "500")]);
        assert!(message("VALIDATION", Lang::Zh, &guests).contains("嘉宾"));
    }

    #[test]
    fn inserted_values_are_not_read_as_placeholders() {
        let given = params(&[("idempotencyKey", "{roomCode}"), ("roomCode", "CR4")]);
        let text = message("IDEMPOTENCY_KEY_REUSED", Lang::En, &given);
        assert!(text.contains("“{roomCode}”"), "{text}");
        assert!(!text.contains("CR4"), "{text}");
    }

    #[test]
    fn an_unknown_code_falls_back_without_panicking() {
        for lang in Lang::ALL {
            let text = message("NO_SUCH_CODE", lang, &params(&[("x", "1")]));
            assert_eq!(text, UNKNOWN_CODE.text.get(lang));
            check("NO_SUCH_CODE", lang, &text, UNKNOWN_CODE.text.en);
        }
        assert_eq!(
            message("", Lang::En, &[]),
            "The request could not be completed."
        );
    }

    #[test]
    fn empty_values_count_as_missing() {
        let given = params(&[("roomCode", ""), ("capacity", "40"), ("attendance", "60")]);
        assert_eq!(
            message("CAPACITY_EXCEEDED", Lang::En, &given),
            "The expected attendance exceeds the capacity of the room."
        );
    }
}

/// The parameters the domain and the application really give select the specific wordings.
#[cfg(test)]
mod with_real_errors {
    use super::*;
    use convene_app::UserError;
    use convene_app::error::rejected;
    use convene_domain::error::Rejection;
    use convene_domain::feedback::FeedbackError;
    use convene_domain::idempotency::IdempotencyKeyReused;
    use convene_domain::request::{EventRequestError, LeadTimeRule, RequestStatus};
    use convene_domain::schedule::RoomScheduleError;
    use convene_domain::time::HoursProblem;
    use convene_domain::{
        Currency, InvoiceError, ItemCode, MissionCode, MissionError, Money, RateCardError,
        RoomCode, TimeSlot, UnitCode, ValueError,
    };
    use jiff::Timestamp;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a timestamp")
    }

    fn usd(amount: &str) -> Money {
        Money::parse(amount, Currency::parse("USD").expect("USD")).expect("money")
    }

    fn from<R: Rejection>(rejection: R) -> UserError {
        rejected(rejection)
    }

    /// Each error with the texts its English message must contain.
    fn cases() -> Vec<(UserError, Vec<&'static str>)> {
        let slot =
            TimeSlot::new(at("2026-05-02T14:00:00Z"), at("2026-05-02T16:00:00Z")).expect("a slot");
        vec![
            (
                from(EventRequestError::OutsideBookingHours {
                    problem: HoursProblem::Weekend,
                    slot,
                }),
                vec!["Monday to Friday", "2026-05-02 10:00 EDT"],
            ),
            (
                from(EventRequestError::LeadTime {
                    rule: LeadTimeRule::Submit,
                    deadline: at("2026-04-22T14:00:00Z"),
                    lead_time_days: Some(10),
                }),
                vec!["submitted at least 10 days", "2026-04-22 10:00 EDT"],
            ),
            (
                from(EventRequestError::CapacityExceeded {
                    room: RoomCode::parse("CR4").expect("a room"),
                    capacity: 40,
                    attendance: 60,
                }),
                vec!["CR4", "40", "60"],
            ),
            (
                from(RoomScheduleError::DayFull { max: 20 }),
                vec!["maximum number of bookings", "20"],
            ),
            (
                from(EventRequestError::InvalidTransition {
                    status: RequestStatus::Draft,
                    command: "approve",
                }),
                vec!["approve the request", "Draft"],
            ),
            (
                from(FeedbackError::AlreadyRated {
                    unit: UnitCode::parse("CATERING").expect("a unit"),
                }),
                vec!["CATERING", "already been rated"],
            ),
            (
                from(EventRequestError::VersionConflict { current: 3 }),
                vec!["current version is 3"],
            ),
            (UserError::version_conflict(4), vec!["current version is 4"]),
            (
                from(RateCardError::UnknownItem {
                    code: ItemCode::parse("CAT-COFFEE").expect("an item"),
                }),
                vec!["CAT-COFFEE"],
            ),
            (
                from(MissionError::NotFound {
                    code: MissionCode::parse("FRA").expect("a mission"),
                }),
                vec!["FRA"],
            ),
            (
                from(ValueError::TextLength {
                    kind: "title",
                    min: 1,
                    max: 200,
                }),
                vec!["title", "1 and 200"],
            ),
            (
                from(ValueError::CurrencyMismatch {
                    expected: "USD".to_string(),
                    actual: "EUR".to_string(),
                }),
                vec!["USD", "EUR"],
            ),
            (
                from(EventRequestError::TooMany {
                    what: "guests",
                    max: 500,
                }),
                vec!["500 guests"],
            ),
            (
                from(InvoiceError::TooMany {
                    kind: "payments",
                    max: 100,
                }),
                vec!["100 payments"],
            ),
            (
                from(IdempotencyKeyReused {
                    key: "k-42".to_string(),
                }),
                vec!["k-42"],
            ),
            (
                from(InvoiceError::CreditExceedsInvoice {
                    available: usd("150.00"),
                    unit: None,
                }),
                vec!["invoice total", "150.00 USD"],
            ),
            (
                from(InvoiceError::Overpayment {
                    balance: usd("80.50"),
                }),
                vec!["80.50 USD"],
            ),
            (
                UserError::forbidden("issue invoices"),
                vec!["issue invoices"],
            ),
        ]
    }

    #[test]
    fn real_errors_get_their_specific_sentence_in_every_language() {
        for (error, expected) in cases() {
            let code = error.code.as_str();
            let english = message(code, Lang::En, &error.params);
            for text in expected {
                assert!(english.contains(text), "{code}: {english} lacks {text}");
            }
            for lang in Lang::ALL {
                let text = message(code, lang, &error.params);
                let general = message(code, lang, &[]);
                assert_ne!(text, general, "{code} in {}", lang.tag());
                assert!(!text.contains('{') && !text.contains('}'), "{text}");
            }
        }
    }
}
