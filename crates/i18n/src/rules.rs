//! Messages for rule codes: the first wording of a code whose conditions hold and whose
//! placeholders all have a value.
//!
//! The texts are the `rule-*` messages of `locales/<lang>/rules.ftl`; this module only chooses
//! among them. Every list of wordings ends with a general sentence that needs nothing, so a
//! message is always found. A placeholder such as `{ $roomCode }` takes a parameter's value as
//! given (codes, numbers, amounts, venue-local times); a few take the label of a parameter's
//! value instead (statuses, commands, refused actions, field kinds and counted things, see
//! `DERIVED`), and `{ $days }` is a number of days with the noun the language needs.

use crate::{Args, Lang, lookup, t};

/// Every code this crate words: the rule codes of PRODUCT.md section 4, then the codes of the
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

/// The message for a rule code in `lang`, using the named parameters where the sentence needs
/// them. An unknown code gets a general sentence; missing parameters lead to a less specific
/// wording; a parameter whose value is empty or blank counts as missing.
pub fn rule_message(code: &str, lang: Lang, params: &[(String, String)]) -> String {
    let values = Values { lang, params };
    let args = values.args();
    wordings(code)
        .iter()
        .filter(|wording| wording.applies(&values))
        .find_map(|wording| lookup(lang, wording.id, Some(&args)))
        .unwrap_or_else(|| t(lang, UNKNOWN_CODE))
}

/// The message for a code this crate does not know.
const UNKNOWN_CODE: &str = "rule-unknown";

/// The message of a number of days, on its number `$count`.
const DAYS: &str = "rule-days";

/// Numbers of days up to this one are exact in Fluent's numbers (which are `f64`); a lead time
/// is a `u32`, so a larger value is a mistake and gets the wording without the number.
const DAYS_MAX: u64 = 1 << 53;

/// The wordings of a code, most specific first.
fn wordings(code: &str) -> &'static [Wording] {
    WORDINGS
        .iter()
        .find(|(known, _)| *known == code)
        .map_or(&[], |(_, wordings)| wordings)
}

/// A condition on the parameters, besides the placeholders a wording uses.
#[derive(Debug, Clone, Copy)]
enum When {
    /// The parameter has exactly this value.
    Is(&'static str, &'static str),
    /// The parameter is given.
    Has(&'static str),
}

use When::{Has, Is};

/// One way of saying a code's message: the Fluent message `id`, used when the conditions hold
/// and every placeholder of the message in the caller's language has a value.
#[derive(Debug)]
struct Wording {
    when: &'static [When],
    id: &'static str,
}

impl Wording {
    const fn new(when: &'static [When], id: &'static str) -> Self {
        Self { when, id }
    }

    fn applies(&self, values: &Values<'_>) -> bool {
        self.when.iter().all(|condition| match *condition {
            Is(name, expected) => values.param(name) == Some(expected),
            Has(name) => values.param(name).is_some(),
        })
    }
}

/// A placeholder whose text is the label of a parameter's value, the message
/// `{prefix}-{value}` (spaces of the value written `-`). A value without a label leaves the
/// placeholder empty, so a general wording is used instead.
#[derive(Debug)]
struct Derived {
    placeholder: &'static str,
    param: &'static str,
    prefix: &'static str,
}

/// The parameters of one message, in one language.
struct Values<'a> {
    lang: Lang,
    params: &'a [(String, String)],
}

impl Values<'_> {
    /// A parameter's value as given; an empty or blank value counts as missing, and of a
    /// parameter given twice the first value counts.
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(key, value)| key == name && !value.trim().is_empty())
            .map(|(_, value)| value.as_str())
    }

    /// The values of every placeholder that has one: the parameters as given, the labels of
    /// derived placeholders and the number of days. A parameter named like a derived
    /// placeholder is not used, so such a placeholder always shows a label.
    fn args(&self) -> Args {
        let derived = |name: &str| name == "days" || DERIVED.iter().any(|d| d.placeholder == name);
        let mut args = Args::new();
        let mut given: Vec<&str> = Vec::new();
        for (name, _) in self.params {
            if derived(name) || given.contains(&name.as_str()) {
                continue;
            }
            if let Some(value) = self.param(name) {
                args = args.str(name, value);
                given.push(name);
            }
        }
        for placeholder in DERIVED {
            if let Some(label) = self.label(placeholder) {
                args = args.str(placeholder.placeholder, label);
            }
        }
        if let Some(days) = self.days() {
            args = args.str("days", days);
        }
        args
    }

    fn label(&self, derived: &Derived) -> Option<String> {
        let value = self.param(derived.param)?;
        let plain = value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ');
        if !plain {
            return None;
        }
        let key = format!("{}-{}", derived.prefix, value.replace(' ', "-"));
        lookup(self.lang, &key, None)
    }

    fn days(&self) -> Option<String> {
        let days: u64 = self.param("leadTimeDays")?.trim().parse().ok()?;
        let count = i64::try_from(days).ok().filter(|_| days <= DAYS_MAX)?;
        lookup(self.lang, DAYS, Some(&Args::new().num("count", count)))
    }
}

// The table of wordings follows: which message of rules.ftl says what, under which conditions.

/// The wordings of each code, most specific first.
const WORDINGS: &[(&str, &[Wording])] = &[
    (
        "OUTSIDE_BOOKING_HOURS",
        &[
            Wording::new(
                &[Is("problem", "SPANS_DAYS")],
                "rule-outside-booking-hours-spans-days-1",
            ),
            Wording::new(
                &[Is("problem", "SPANS_DAYS")],
                "rule-outside-booking-hours-spans-days-2",
            ),
            Wording::new(
                &[Is("problem", "WEEKEND")],
                "rule-outside-booking-hours-weekend-1",
            ),
            Wording::new(
                &[Is("problem", "WEEKEND")],
                "rule-outside-booking-hours-weekend-2",
            ),
            Wording::new(
                &[Is("problem", "BEFORE_OPENING")],
                "rule-outside-booking-hours-before-opening-1",
            ),
            Wording::new(
                &[Is("problem", "BEFORE_OPENING")],
                "rule-outside-booking-hours-before-opening-2",
            ),
            Wording::new(
                &[Is("problem", "AFTER_CLOSING")],
                "rule-outside-booking-hours-after-closing-1",
            ),
            Wording::new(
                &[Is("problem", "AFTER_CLOSING")],
                "rule-outside-booking-hours-after-closing-2",
            ),
            Wording::new(
                &[Is("problem", "TOO_SHORT")],
                "rule-outside-booking-hours-too-short-1",
            ),
            Wording::new(
                &[Is("problem", "TOO_SHORT")],
                "rule-outside-booking-hours-too-short-2",
            ),
            Wording::new(
                &[Is("problem", "TOO_LONG")],
                "rule-outside-booking-hours-too-long-1",
            ),
            Wording::new(
                &[Is("problem", "TOO_LONG")],
                "rule-outside-booking-hours-too-long-2",
            ),
            Wording::new(&[], "rule-outside-booking-hours-1"),
        ],
    ),
    (
        "LEAD_TIME",
        &[
            Wording::new(&[Is("rule", "CREATE")], "rule-lead-time-create-1"),
            Wording::new(&[Is("rule", "CREATE")], "rule-lead-time-create-2"),
            Wording::new(&[Is("rule", "SUBMIT")], "rule-lead-time-submit-1"),
            Wording::new(&[Is("rule", "SUBMIT")], "rule-lead-time-submit-2"),
            Wording::new(&[Is("rule", "SUBMIT")], "rule-lead-time-submit-3"),
            Wording::new(
                &[Is("rule", "SERVICE_LINE")],
                "rule-lead-time-service-line-1",
            ),
            Wording::new(
                &[Is("rule", "SERVICE_LINE")],
                "rule-lead-time-service-line-2",
            ),
            Wording::new(
                &[Is("rule", "SERVICE_LINE")],
                "rule-lead-time-service-line-3",
            ),
            Wording::new(&[Is("rule", "GUEST")], "rule-lead-time-guest-1"),
            Wording::new(&[Is("rule", "GUEST")], "rule-lead-time-guest-2"),
            Wording::new(&[], "rule-lead-time-1"),
            Wording::new(&[], "rule-lead-time-2"),
        ],
    ),
    (
        "CAPACITY_EXCEEDED",
        &[
            Wording::new(&[], "rule-capacity-exceeded-1"),
            Wording::new(&[], "rule-capacity-exceeded-2"),
        ],
    ),
    (
        "ROOM_UNAVAILABLE",
        &[
            Wording::new(&[], "rule-room-unavailable-1"),
            Wording::new(&[], "rule-room-unavailable-2"),
            Wording::new(&[], "rule-room-unavailable-3"),
            Wording::new(&[], "rule-room-unavailable-4"),
        ],
    ),
    (
        "INVALID_TRANSITION",
        &[
            Wording::new(
                &[Has("serviceLineId")],
                "rule-invalid-transition-service-line-id-1",
            ),
            Wording::new(
                &[Has("serviceLineId")],
                "rule-invalid-transition-service-line-id-2",
            ),
            Wording::new(&[], "rule-invalid-transition-1"),
            Wording::new(&[], "rule-invalid-transition-2"),
            Wording::new(&[], "rule-invalid-transition-3"),
            Wording::new(&[], "rule-invalid-transition-4"),
            Wording::new(&[], "rule-invalid-transition-5"),
            Wording::new(&[], "rule-invalid-transition-6"),
        ],
    ),
    (
        "VERSION_CONFLICT",
        &[
            Wording::new(
                &[Has("serviceLineId")],
                "rule-version-conflict-service-line-id-1",
            ),
            Wording::new(&[], "rule-version-conflict-1"),
            Wording::new(&[], "rule-version-conflict-2"),
        ],
    ),
    (
        "UNKNOWN_ITEM",
        &[
            Wording::new(&[], "rule-unknown-item-1"),
            Wording::new(&[], "rule-unknown-item-2"),
        ],
    ),
    (
        "NOT_FOUND",
        &[
            Wording::new(&[], "rule-not-found-1"),
            Wording::new(&[], "rule-not-found-2"),
            Wording::new(&[], "rule-not-found-3"),
            Wording::new(&[], "rule-not-found-4"),
            Wording::new(&[], "rule-not-found-5"),
            Wording::new(&[], "rule-not-found-6"),
        ],
    ),
    (
        "VALIDATION",
        &[
            Wording::new(
                &[Is("quantityProblem", "NOT_POSITIVE")],
                "rule-validation-not-positive-1",
            ),
            Wording::new(
                &[Is("quantityProblem", "DECIMALS")],
                "rule-validation-decimals-1",
            ),
            Wording::new(
                &[Is("quantityProblem", "TOO_LARGE"), Has("max")],
                "rule-validation-too-large-1",
            ),
            Wording::new(
                &[Is("quantityProblem", "NOT_A_NUMBER")],
                "rule-validation-not-a-number-1",
            ),
            Wording::new(&[], "rule-validation-1"),
            Wording::new(&[], "rule-validation-2"),
            Wording::new(&[], "rule-validation-3"),
            Wording::new(&[], "rule-validation-4"),
            Wording::new(&[], "rule-validation-5"),
            Wording::new(&[], "rule-validation-6"),
            Wording::new(&[], "rule-validation-7"),
            Wording::new(&[], "rule-validation-8"),
            Wording::new(&[], "rule-validation-9"),
            Wording::new(&[], "rule-validation-10"),
            Wording::new(&[], "rule-validation-11"),
            Wording::new(&[], "rule-validation-12"),
            Wording::new(&[], "rule-validation-13"),
            Wording::new(&[], "rule-validation-14"),
            Wording::new(&[], "rule-validation-15"),
            Wording::new(&[], "rule-validation-16"),
            Wording::new(&[], "rule-validation-17"),
            Wording::new(&[], "rule-validation-18"),
            Wording::new(&[], "rule-validation-19"),
            Wording::new(&[], "rule-validation-20"),
        ],
    ),
    (
        "IDEMPOTENCY_KEY_REUSED",
        &[
            Wording::new(&[], "rule-idempotency-key-reused-1"),
            Wording::new(&[], "rule-idempotency-key-reused-2"),
        ],
    ),
    (
        "NOTHING_TO_INVOICE",
        &[Wording::new(&[], "rule-nothing-to-invoice-1")],
    ),
    (
        "ALREADY_INVOICED",
        &[
            Wording::new(&[], "rule-already-invoiced-1"),
            Wording::new(&[], "rule-already-invoiced-2"),
            Wording::new(&[], "rule-already-invoiced-3"),
        ],
    ),
    (
        "CREDIT_EXCEEDS_INVOICE",
        &[
            Wording::new(&[], "rule-credit-exceeds-invoice-1"),
            Wording::new(&[], "rule-credit-exceeds-invoice-2"),
            Wording::new(&[], "rule-credit-exceeds-invoice-3"),
        ],
    ),
    (
        "OVERPAYMENT",
        &[
            Wording::new(&[], "rule-overpayment-1"),
            Wording::new(&[], "rule-overpayment-2"),
        ],
    ),
    (
        "FORBIDDEN",
        &[
            Wording::new(&[], "rule-forbidden-1"),
            Wording::new(&[], "rule-forbidden-2"),
        ],
    ),
    (
        "UNAUTHENTICATED",
        &[Wording::new(&[], "rule-unauthenticated-1")],
    ),
    ("INTERNAL", &[Wording::new(&[], "rule-internal-1")]),
    ("UNAVAILABLE", &[Wording::new(&[], "rule-unavailable-1")]),
];

/// The placeholders whose text is the label of a parameter's value: the placeholder, the
/// parameter, and the prefix of the labels' message ids.
const DERIVED: &[Derived] = &[
    Derived {
        placeholder: "statusName",
        param: "status",
        prefix: "status",
    },
    Derived {
        placeholder: "commandName",
        param: "command",
        prefix: "command",
    },
    Derived {
        placeholder: "actionName",
        param: "action",
        prefix: "action",
    },
    Derived {
        placeholder: "fieldName",
        param: "kind",
        prefix: "field",
    },
    Derived {
        placeholder: "invoiceItems",
        param: "kind",
        prefix: "invoice-items",
    },
    Derived {
        placeholder: "requestItems",
        param: "what",
        prefix: "request-items",
    },
    Derived {
        placeholder: "seriesName",
        param: "series",
        prefix: "series",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ftl;

    /// The English rules file, the reference for variables and labels.
    fn english() -> Vec<ftl::Entry> {
        ftl::scan(include_str!("../locales/en/rules.ftl")).expect("English parses")
    }

    /// The variables of an English message.
    fn variables(entries: &[ftl::Entry], id: &str) -> Vec<String> {
        let entry = entries.iter().find(|e| e.id == id).expect("the message");
        entry.parts[""].iter().cloned().collect()
    }

    /// A value of the parameter a derived placeholder takes, the first it has a label for.
    fn label_value(entries: &[ftl::Entry], derived: &Derived) -> String {
        let prefix = format!("{}-", derived.prefix);
        let id = entries
            .iter()
            .map(|e| e.id.as_str())
            .find(|id| id.starts_with(&prefix))
            .expect("a label");
        id[prefix.len()..].replace('-', " ")
    }

    /// Parameters under which a wording applies: its conditions, then a value for each of its
    /// placeholders (`<name>` for those taken as given).
    fn sample_params(entries: &[ftl::Entry], wording: &Wording) -> Vec<(String, String)> {
        let mut params: Vec<(String, String)> = wording
            .when
            .iter()
            .map(|condition| match *condition {
                Is(name, value) => (name.to_string(), value.to_string()),
                Has(name) => (name.to_string(), format!("<{name}>")),
            })
            .collect();
        for variable in variables(entries, wording.id) {
            if variable == "days" {
                params.push(("leadTimeDays".to_string(), "10".to_string()));
            } else if let Some(derived) = DERIVED.iter().find(|d| d.placeholder == variable) {
                params.push((derived.param.to_string(), label_value(entries, derived)));
            } else {
                params.push((variable.clone(), format!("<{variable}>")));
            }
        }
        params
    }

    fn render(lang: Lang, wording: &Wording, params: &[(String, String)]) -> Option<String> {
        let values = Values { lang, params };
        lookup(lang, wording.id, Some(&values.args()))
    }

    fn has_letters_of(text: &str, range: std::ops::RangeInclusive<char>) -> bool {
        text.chars().any(|c| range.contains(&c))
    }

    /// Checks one message against the rules every message keeps.
    fn check(context: &str, lang: Lang, text: &str, english: &str) {
        let context = format!("{context} in {}: {text}", lang.tag());
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

    #[test]
    fn every_code_has_wordings_and_every_wording_a_message_in_every_language() {
        for code in CODES {
            assert!(!wordings(code).is_empty(), "{code}");
        }
        for (code, wordings) in WORDINGS {
            assert!(CODES.contains(code), "{code}");
            for wording in *wordings {
                for lang in Lang::ALL {
                    assert!(
                        crate::has(lang, wording.id),
                        "{} in {}",
                        wording.id,
                        lang.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn every_domain_code_is_worded() {
        for code in convene_domain::error::ErrorCode::ALL {
            assert!(CODES.contains(&code.as_str()), "{code}");
            let general = rule_message(code.as_str(), Lang::En, &[]);
            assert_ne!(general, t(Lang::En, UNKNOWN_CODE), "{code}");
        }
    }

    #[test]
    fn every_wording_in_every_language_with_its_parameters() {
        let entries = english();
        for (code, wordings) in WORDINGS {
            for wording in *wordings {
                let params = sample_params(&entries, wording);
                let english = render(Lang::En, wording, &params).expect("English renders");
                for lang in Lang::ALL {
                    let text = render(lang, wording, &params).expect("renders");
                    check(wording.id, lang, &text, &english);
                    for (name, value) in params.iter().filter(|(_, v)| v.starts_with('<')) {
                        let placeholder = variables(&entries, wording.id).contains(name);
                        assert_eq!(text.contains(value.as_str()), placeholder, "{code}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_code_ends_with_a_wording_that_needs_nothing() {
        for (code, wordings) in WORDINGS {
            let last = wordings.last().expect("a wording");
            assert!(last.when.is_empty(), "{code}");
            for lang in Lang::ALL {
                assert!(
                    render(lang, last, &[]).is_some(),
                    "{code} in {}",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn arabic_chinese_and_russian_hold_no_english_words() {
        let entries = english();
        for wording in WORDINGS.iter().flat_map(|(_, wordings)| wordings.iter()) {
            let params = sample_params(&entries, wording);
            for lang in [Lang::Ar, Lang::Zh, Lang::Ru] {
                let mut text = render(lang, wording, &params).expect("renders");
                for (_, value) in &params {
                    text = text.replace(value.as_str(), "");
                }
                assert!(
                    !text.chars().any(|c| c.is_ascii_alphabetic()),
                    "{}: {text}",
                    wording.id
                );
            }
        }
    }

    /// French and Spanish share some words with English ("description", "note"), so only the
    /// other scripts are checked word by word.
    #[test]
    fn labels_are_written_in_every_language() {
        let entries = english();
        for derived in DERIVED {
            let prefix = format!("{}-", derived.prefix);
            let labels: Vec<&str> = entries
                .iter()
                .map(|e| e.id.as_str())
                .filter(|id| id.starts_with(&prefix))
                .collect();
            assert!(!labels.is_empty(), "{}", derived.prefix);
            for id in labels {
                for lang in [Lang::Ar, Lang::Zh, Lang::Ru] {
                    let text = t(lang, id);
                    assert!(
                        !text.chars().any(|c| c.is_ascii_alphabetic()),
                        "{id}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn removing_a_guest_is_worded_as_a_command_and_as_an_action() {
        let command = [
            ("status".to_string(), "CLOSED".to_string()),
            ("command".to_string(), "removeGuest".to_string()),
        ];
        let action = [("action".to_string(), "remove guests".to_string())];
        for lang in Lang::ALL {
            let refused = rule_message("INVALID_TRANSITION", lang, &command);
            assert!(
                refused.contains(&t(lang, "command-removeGuest")),
                "{refused}"
            );
            let forbidden = rule_message("FORBIDDEN", lang, &action);
            assert!(
                forbidden.contains(&t(lang, "action-remove-guests")),
                "{forbidden}"
            );
        }
        assert_eq!(
            rule_message("FORBIDDEN", Lang::En, &action),
            "Your role does not permit you to remove guests."
        );
    }

    /// Each language with numbers of days and how it writes them.
    const DAYS_TEXTS: &[(Lang, &[(u64, &str)])] = &[
        (
            Lang::En,
            &[(0, "0 days"), (1, "1 day"), (2, "2 days"), (21, "21 days")],
        ),
        (
            Lang::Fr,
            &[
                (0, "0 jour"),
                (1, "1 jour"),
                (2, "2 jours"),
                (101, "101 jours"),
            ],
        ),
        (Lang::Es, &[(0, "0 días"), (1, "1 día"), (5, "5 días")]),
        (
            Lang::Ar,
            &[
                (0, "0 يوم"),
                (1, "يوم واحد"),
                (2, "يومين"),
                (3, "3 أيام"),
                (10, "10 أيام"),
                (11, "11 يوماً"),
                (99, "99 يوماً"),
                (100, "100 يوم"),
                (101, "101 يوم"),
                (102, "102 يوم"),
                (103, "103 أيام"),
                (111, "111 يوماً"),
            ],
        ),
        (Lang::Zh, &[(1, "1 天"), (10, "10 天")]),
        (
            Lang::Ru,
            &[
                (0, "0 дней"),
                (1, "1 день"),
                (3, "3 дня"),
                (5, "5 дней"),
                (11, "11 дней"),
                (21, "21 день"),
                (22, "22 дня"),
                (101, "101 день"),
                (112, "112 дней"),
            ],
        ),
    ];

    #[test]
    fn days_take_the_noun_the_number_needs() {
        for (lang, cases) in DAYS_TEXTS {
            for (days, expected) in *cases {
                let params = [("leadTimeDays".to_string(), days.to_string())];
                let values = Values {
                    lang: *lang,
                    params: &params,
                };
                assert_eq!(
                    values.days().as_deref(),
                    Some(*expected),
                    "{days} in {}",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn an_unknown_code_gets_the_general_sentence() {
        for lang in Lang::ALL {
            let text = rule_message("NO_SUCH_CODE", lang, &[("x".to_string(), "1".to_string())]);
            assert_eq!(text, t(lang, UNKNOWN_CODE));
            assert_ne!(text, UNKNOWN_CODE);
        }
        assert_eq!(
            rule_message("", Lang::En, &[]),
            "The request could not be completed."
        );
    }

    #[test]
    fn a_parameter_named_like_a_derived_placeholder_is_not_shown() {
        let given = [
            ("statusName".to_string(), "Typed by the caller".to_string()),
            ("status".to_string(), "DRAFT".to_string()),
            ("command".to_string(), "approve".to_string()),
        ];
        let text = rule_message("INVALID_TRANSITION", Lang::En, &given);
        assert!(text.contains("Draft") && !text.contains("Typed"), "{text}");
    }
}
