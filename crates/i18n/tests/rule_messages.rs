//! The API's messages for rule codes, as data: a few dozen exact texts across the languages,
//! including French no-break spaces (in the sentences, never in inserted values) and the
//! Arabic and Russian forms of a number of days.
//!
//! These texts were taken from the API before its wordings moved into the Fluent files; the
//! move was checked against 22,260 messages (every code, language and a rich set of parameters)
//! and these keep the most telling of them.

use convene_i18n::{Lang, rule_message};

/// Each case: the code, the language, the parameters, the message.
type Case = (
    &'static str,
    Lang,
    &'static [(&'static str, &'static str)],
    &'static str,
);

const CASES: &[Case] = &[
    (
        "CAPACITY_EXCEEDED",
        Lang::En,
        &[
            ("roomCode", "CR4"),
            ("capacity", "40"),
            ("attendance", "60"),
        ],
        "Room CR4 has a capacity of 40, but the request expects 60 participants.",
    ),
    (
        "CAPACITY_EXCEEDED",
        Lang::Fr,
        &[
            ("roomCode", "CR4"),
            ("capacity", "40"),
            ("attendance", "60"),
        ],
        "La capacité de la salle CR4 est de 40, mais la demande prévoit 60 participants.",
    ),
    (
        "CAPACITY_EXCEEDED",
        Lang::Ru,
        &[
            ("roomCode", "CR4"),
            ("capacity", "40"),
            ("attendance", "60"),
        ],
        "Вместимость зала CR4 (40) меньше ожидаемого числа участников по заявке (60).",
    ),
    (
        "CAPACITY_EXCEEDED",
        Lang::Fr,
        &[
            ("roomCode", "A ; B"),
            ("capacity", "40"),
            ("attendance", "60"),
        ],
        "La capacité de la salle A ; B est de 40, mais la demande prévoit 60 participants.",
    ),
    (
        "CAPACITY_EXCEEDED",
        Lang::En,
        &[("roomCode", ""), ("capacity", "40"), ("attendance", "60")],
        "The expected attendance exceeds the capacity of the room.",
    ),
    (
        "OUTSIDE_BOOKING_HOURS",
        Lang::En,
        &[("problem", "WEEKEND"), ("start", "2026-05-02 10:00 EDT")],
        "Side events take place Monday to Friday; the requested start, 2026-05-02 10:00 EDT, falls on a weekend.",
    ),
    (
        "OUTSIDE_BOOKING_HOURS",
        Lang::Fr,
        &[("problem", "WEEKEND"), ("start", "2026-05-02 10:00 EDT")],
        "Les manifestations parallèles ont lieu du lundi au vendredi\u{a0}; le début demandé, 2026-05-02 10:00 EDT, tombe un week-end.",
    ),
    (
        "OUTSIDE_BOOKING_HOURS",
        Lang::Ar,
        &[("problem", "WEEKEND"), ("start", "2026-05-02 10:00 EDT")],
        "تُعقد الفعاليات الجانبية من الاثنين إلى الجمعة؛ وموعد البدء المطلوب، 2026-05-02 10:00 EDT، يصادف عطلة نهاية الأسبوع.",
    ),
    (
        "OUTSIDE_BOOKING_HOURS",
        Lang::Es,
        &[("problem", "TOO_LONG")],
        "Un evento paralelo no puede durar más de 4 horas.",
    ),
    (
        "LEAD_TIME",
        Lang::En,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "1"),
        ],
        "A request must be submitted at least 1 day before the event starts; the deadline was 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Fr,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "1"),
        ],
        "Une demande doit être soumise au moins 1 jour avant le début de la manifestation\u{a0}; la date limite était le 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ar,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "1"),
        ],
        "يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن يوم واحد؛ وكان الموعد النهائي 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Zh,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "1"),
        ],
        "申请必须至少在活动开始前 1 天提交；截止时间为 2026-04-22 10:00 EDT。",
    ),
    (
        "LEAD_TIME",
        Lang::Ru,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "1"),
        ],
        "Заявка должна быть подана не менее чем за 1 день до начала мероприятия; срок истек 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Fr,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "2"),
        ],
        "Une demande doit être soumise au moins 2 jours avant le début de la manifestation\u{a0}; la date limite était le 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Es,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "2"),
        ],
        "Una solicitud debe presentarse con una antelación mínima de 2 días respecto del inicio del evento; el plazo venció el 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ar,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "2"),
        ],
        "يجب تقديم الطلب قبل موعد بدء الفعالية بما لا يقل عن يومين؛ وكان الموعد النهائي 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ru,
        &[
            ("rule", "SUBMIT"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "2"),
        ],
        "Заявка должна быть подана не менее чем за 2 дня до начала мероприятия; срок истек 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ar,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "3"),
        ],
        "يجب طلب هذه الخدمة قبل موعد بدء الفعالية بما لا يقل عن 3 أيام؛ وكان الموعد النهائي 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ru,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "3"),
        ],
        "Эту услугу необходимо заказать не менее чем за 3 дня до начала мероприятия; срок истек 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ar,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "11"),
        ],
        "يجب طلب هذه الخدمة قبل موعد بدء الفعالية بما لا يقل عن 11 يوماً؛ وكان الموعد النهائي 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ru,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "11"),
        ],
        "Эту услугу необходимо заказать не менее чем за 11 дней до начала мероприятия; срок истек 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ru,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "21"),
        ],
        "Эту услугу необходимо заказать не менее чем за 21 день до начала мероприятия; срок истек 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ar,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "101"),
        ],
        "يجب طلب هذه الخدمة قبل موعد بدء الفعالية بما لا يقل عن 101 يوم؛ وكان الموعد النهائي 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ru,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "101"),
        ],
        "Эту услугу необходимо заказать не менее чем за 101 день до начала мероприятия; срок истек 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ar,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "103"),
        ],
        "يجب طلب هذه الخدمة قبل موعد بدء الفعالية بما لا يقل عن 103 أيام؛ وكان الموعد النهائي 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::Ar,
        &[
            ("rule", "SERVICE_LINE"),
            ("deadline", "2026-04-22 10:00 EDT"),
            ("leadTimeDays", "111"),
        ],
        "يجب طلب هذه الخدمة قبل موعد بدء الفعالية بما لا يقل عن 111 يوماً؛ وكان الموعد النهائي 2026-04-22 10:00 EDT.",
    ),
    (
        "LEAD_TIME",
        Lang::En,
        &[("rule", "SERVICE_LINE"), ("leadTimeDays", "abc")],
        "This service can no longer be ordered: the time by which it must be ordered before the event has passed.",
    ),
    (
        "LEAD_TIME",
        Lang::En,
        &[("rule", "GUEST")],
        "Guests may be added until 48 hours before the event starts.",
    ),
    (
        "INVALID_TRANSITION",
        Lang::En,
        &[("status", "SUBMITTED"), ("command", "approve")],
        "The operation “approve the request” is not permitted while the request has the status “Submitted”.",
    ),
    (
        "INVALID_TRANSITION",
        Lang::Fr,
        &[("status", "SUBMITTED"), ("command", "approve")],
        "L'opération «\u{a0}approbation de la demande\u{a0}» n'est pas autorisée lorsque la demande a le statut «\u{a0}Soumise\u{a0}».",
    ),
    (
        "INVALID_TRANSITION",
        Lang::Zh,
        &[("status", "SUBMITTED"), ("command", "approve")],
        "申请状态为“已提交”时，不允许执行“批准申请”操作。",
    ),
    (
        "INVALID_TRANSITION",
        Lang::En,
        &[
            ("serviceLineId", "0190"),
            ("status", "DECLINED"),
            ("command", "confirmServiceLine"),
        ],
        "The operation “confirm the service line” is not permitted while the service line has the status “Declined”.",
    ),
    (
        "INVALID_TRANSITION",
        Lang::Es,
        &[("status", "SUBMITTED"), ("command", "juggle")],
        "Esta operación no está permitida mientras la solicitud tenga el estado «Presentada».",
    ),
    (
        "FORBIDDEN",
        Lang::En,
        &[("action", "issue invoices")],
        "Your role does not permit you to issue invoices.",
    ),
    (
        "FORBIDDEN",
        Lang::Fr,
        &[("action", "issue invoices")],
        "Votre rôle ne vous permet pas d'émettre des factures.",
    ),
    (
        "FORBIDDEN",
        Lang::Ar,
        &[("action", "issue invoices")],
        "لا يملك دورك صلاحية إصدار الفواتير.",
    ),
    (
        "UNAUTHENTICATED",
        Lang::En,
        &[],
        "Authentication is required: please provide a valid access token.",
    ),
    (
        "UNAUTHENTICATED",
        Lang::Fr,
        &[],
        "Une authentification est requise\u{a0}: veuillez fournir un jeton d'accès valide.",
    ),
    (
        "VALIDATION",
        Lang::En,
        &[("max", "1000000"), ("quantityProblem", "DECIMALS")],
        "A quantity has at most two decimals.",
    ),
    (
        "VALIDATION",
        Lang::Es,
        &[("max", "1000000"), ("quantityProblem", "DECIMALS")],
        "La cantidad admite como máximo dos decimales.",
    ),
    (
        "VALIDATION",
        Lang::En,
        &[("kind", "title"), ("min", "1"), ("max", "200")],
        "The title must contain between 1 and 200 characters.",
    ),
    (
        "VALIDATION",
        Lang::Ru,
        &[("kind", "title"), ("min", "1"), ("max", "200")],
        "Количество символов в поле «название» должно составлять от 1 до 200.",
    ),
    (
        "IDEMPOTENCY_KEY_REUSED",
        Lang::En,
        &[("idempotencyKey", "{roomCode}"), ("roomCode", "CR4")],
        "The idempotency key “{roomCode}” has already been used with different input; use a new key for a new operation.",
    ),
    (
        "IDEMPOTENCY_KEY_REUSED",
        Lang::Fr,
        &[("idempotencyKey", "{roomCode}"), ("roomCode", "CR4")],
        "La clé d'idempotence «\u{a0}{roomCode}\u{a0}» a déjà été utilisée avec des données différentes\u{a0}; utilisez une nouvelle clé pour une nouvelle opération.",
    ),
    (
        "VERSION_CONFLICT",
        Lang::Ru,
        &[("currentVersion", "7")],
        "Данные были изменены после их загрузки; текущая версия — 7. Обновите данные и повторите попытку.",
    ),
    (
        "OVERPAYMENT",
        Lang::Fr,
        &[("balance", "80.50"), ("currency", "USD")],
        "Le paiement dépasse le solde restant dû, qui est de 80.50 USD.",
    ),
    (
        "OVERPAYMENT",
        Lang::Ru,
        &[("balance", "80.50"), ("currency", "USD")],
        "Сумма платежа превышает непогашенный остаток в размере 80.50 USD.",
    ),
    (
        "CREDIT_EXCEEDS_INVOICE",
        Lang::Zh,
        &[("available", "150.00"), ("currency", "USD")],
        "贷项通知单金额不得超过发票总额；目前最多还可贷记 150.00 USD。",
    ),
    (
        "ALREADY_INVOICED",
        Lang::Fr,
        &[("invoiceId", "0190-ab")],
        "La demande a déjà été facturée (identifiant de la facture\u{a0}: 0190-ab).",
    ),
    (
        "NO_SUCH_CODE",
        Lang::En,
        &[("x", "1")],
        "The request could not be completed.",
    ),
    (
        "NO_SUCH_CODE",
        Lang::Ar,
        &[("x", "1")],
        "تعذّر إتمام العملية المطلوبة.",
    ),
    (
        "FORBIDDEN",
        Lang::En,
        &[("action", "remove guests")],
        "Your role does not permit you to remove guests.",
    ),
    (
        "FORBIDDEN",
        Lang::Fr,
        &[("action", "remove guests")],
        "Votre rôle ne vous permet pas de retirer des invités.",
    ),
];

#[test]
fn rule_codes_get_their_messages() {
    let mut wrong = Vec::new();
    for (code, lang, params, expected) in CASES {
        let params: Vec<(String, String)> = params
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        let got = rule_message(code, *lang, &params);
        if got != *expected {
            wrong.push(format!(
                "{code} in {} with {params:?}:\n  got      {got:?}\n  expected {expected:?}",
                lang.tag()
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}
