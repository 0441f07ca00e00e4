//! Messages for rule codes in the six official languages, as the API returns them.
//!
//! The texts and the choice among a code's wordings live in `convene-i18n` (its `rules.ftl`
//! files), the one Fluent source the API and the web pages share; this module keeps the API's
//! names for them.

use convene_domain::values::Lang;

/// Every code the API words: the rule codes of PRODUCT.md section 4, then the codes of the API
/// itself.
pub const CODES: [&str; 18] = convene_i18n::CODES;

/// The message for a code in `lang`, using the named parameters where the sentence needs them.
///
/// An unknown code gets a general sentence; missing parameters lead to a less specific wording.
pub fn message(code: &str, lang: Lang, params: &[(String, String)]) -> String {
    convene_i18n::rule_message(code, lang, params)
}

/// The API's messages for the parameters callers give: the wordings themselves are tested in
/// `convene-i18n`.
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

    #[test]
    fn every_domain_code_is_worded() {
        for code in ErrorCode::ALL {
            assert!(CODES.contains(&code.as_str()), "{code}");
            let general = message(code.as_str(), Lang::En, &[]);
            assert_ne!(general, message("NO_SUCH_CODE", Lang::En, &[]), "{code}");
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
        let english = message("NO_SUCH_CODE", Lang::En, &[]);
        for lang in Lang::ALL {
            let text = message("NO_SUCH_CODE", lang, &params(&[("x", "1")]));
            assert_eq!(text, message("", lang, &[]));
            check("NO_SUCH_CODE", lang, &text, &english);
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
