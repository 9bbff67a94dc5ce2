//! [`Referral::validate`]: every rule on content, collecting all problems with their field path.

use super::{
    AssistedBy, ContactMethod, FORMAT_VERSION, FieldPath, IfSomeoneElseAnswers, Referral,
    ValidationError, ValidationErrorKind, limits,
};

impl Referral {
    /// Checks everything and returns *all* problems, each with the path of the field, so that the
    /// form can mark every field at once. Also run by [`Referral::from_bytes`], so the hotline
    /// never stores content the app would have refused.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut e = Errors::default();
        if self.version != FORMAT_VERSION {
            e.push(
                "v",
                ValidationErrorKind::UnsupportedVersion {
                    found: self.version,
                    supported: FORMAT_VERSION,
                },
            );
        }
        if self.needs.len() > limits::NEEDS_MAX {
            e.push(
                "needs",
                ValidationErrorKind::TooMany {
                    max: limits::NEEDS_MAX,
                },
            );
        }
        if let Some(language) = &self.language {
            e.result("language", language.check());
        }
        self.validate_contact(&mut e);
        if let Some(place) = &self.place {
            check_text(
                &mut e,
                "place",
                &place.0,
                limits::PLACE_MAX_CHARS,
                None,
                false,
            );
        }
        if let Some(message) = &self.message {
            check_text(
                &mut e,
                "message",
                &message.0,
                limits::MESSAGE_MAX_CHARS,
                Some(limits::MESSAGE_MAX_BYTES),
                true,
            );
        }
        if let Some(AssistedBy {
            organisation,
            channel,
        }) = &self.assisted_by
        {
            let max = limits::ASSISTED_BY_ORGANISATION_MAX_CHARS;
            check_text(
                &mut e,
                "assisted_by.organisation",
                &organisation.0,
                max,
                None,
                false,
            );
            if let Some(channel) = channel {
                let max = limits::ASSISTED_BY_CHANNEL_MAX_CHARS;
                check_text(&mut e, "assisted_by.channel", &channel.0, max, None, false);
            }
        }
        // Consent given with a worker's help names the worker: without `assisted_by` the
        // hotline could not tell who assisted.
        if self.consent.assisted && self.assisted_by.is_none() {
            e.push("assisted_by.organisation", ValidationErrorKind::Empty);
        }
        check_text(
            &mut e,
            "consent.text_version",
            &self.consent.text_version,
            limits::CONSENT_TEXT_VERSION_MAX_CHARS,
            None,
            false,
        );
        if e.0.is_empty() { Ok(()) } else { Err(e.0) }
    }

    fn validate_contact(&self, e: &mut Errors) {
        let c = &self.contact;
        if c.methods.is_empty() {
            e.push("contact.methods", ValidationErrorKind::NoContactMethod);
        }
        if c.methods.len() > limits::CONTACT_METHODS_MAX {
            e.push(
                "contact.methods",
                ValidationErrorKind::TooMany {
                    max: limits::CONTACT_METHODS_MAX,
                },
            );
        }
        for (i, method) in c.methods.iter().enumerate() {
            let at = |field: &str| format!("contact.methods[{i}]{field}");
            if c.methods[..i].contains(method) {
                e.push(at(""), ValidationErrorKind::Duplicate);
            }
            match method {
                ContactMethod::Call { phone } | ContactMethod::Sms { phone } => {
                    e.result(at(".phone"), phone.check());
                }
                ContactMethod::MessagingApp { app, handle } => {
                    let max = limits::MESSAGING_APP_MAX_CHARS;
                    check_text(e, at(".app"), &app.0, max, None, false);
                    let max = limits::MESSAGING_HANDLE_MAX_CHARS;
                    check_text(e, at(".handle"), &handle.0, max, None, false);
                }
                ContactMethod::Email { address } => {
                    e.result(at(".address"), check_email(&address.0));
                }
                ContactMethod::InPersonViaOutreach | ContactMethod::CheckBackInApp => {}
            }
        }
        if c.safe_times.len() > limits::SAFE_TIMES_MAX {
            e.push(
                "contact.safe_times",
                ValidationErrorKind::TooMany {
                    max: limits::SAFE_TIMES_MAX,
                },
            );
        }
        for (i, window) in c.safe_times.iter().enumerate() {
            let at = |field: &str| format!("contact.safe_times[{i}]{field}");
            if c.safe_times[..i].contains(window) {
                e.push(at(""), ValidationErrorKind::Duplicate);
            }
            // Equal start and end is ambiguous (nothing? all day?): make the person choose.
            if window.start == window.end {
                e.push(at(".end"), ValidationErrorKind::InvalidTime);
            }
            e.result(at(".time_zone"), window.time_zone.check());
        }
        if let Some(code_word) = &c.code_word {
            let max = limits::CODE_WORD_MAX_CHARS;
            check_text(e, "contact.code_word", &code_word.0, max, None, false);
        }
        match &c.if_someone_else_answers {
            Some(IfSomeoneElseAnswers::Other(text)) => {
                let max = limits::IF_SOMEONE_ELSE_ANSWERS_MAX_CHARS;
                check_text(
                    e,
                    "contact.if_someone_else_answers",
                    &text.0,
                    max,
                    None,
                    false,
                );
            }
            // Staff cannot ask for a code word nobody told them.
            Some(IfSomeoneElseAnswers::AskForCodeWord) if c.code_word.is_none() => {
                e.push("contact.code_word", ValidationErrorKind::Empty);
            }
            _ => {}
        }
        if let Some(language) = &c.responder_language {
            e.result("contact.responder_language", language.check());
        }
    }
}

/// Checks a piece of free text: non-empty, trimmed, bounded, no control characters (except
/// newline and tab where multi-line text is allowed). Control characters have no business in a
/// form and can corrupt the staff view or a terminal.
fn check_text(
    e: &mut Errors,
    field: impl Into<String>,
    s: &str,
    max_chars: usize,
    max_bytes: Option<usize>,
    multi_line: bool,
) {
    let field = field.into();
    if s.trim().is_empty() {
        e.push(field, ValidationErrorKind::Empty);
        return;
    }
    if s.trim().len() != s.len() {
        e.push(field.clone(), ValidationErrorKind::NotTrimmed);
    }
    if s.chars().count() > max_chars {
        e.push(
            field.clone(),
            ValidationErrorKind::TooLong { max: max_chars },
        );
    }
    if let Some(max) = max_bytes.filter(|max| s.len() > *max) {
        e.push(field.clone(), ValidationErrorKind::TooManyBytes { max });
    }
    if s.chars()
        .any(|c| c.is_control() && !(multi_line && (c == '\n' || c == '\t')))
    {
        e.push(field, ValidationErrorKind::ControlCharacters);
    }
}

/// Basic e-mail sanity: exactly one "@" with something on both sides, no whitespace or control
/// characters, at most 254 chars. Stricter grammars reject real addresses.
fn check_email(s: &str) -> Result<(), ValidationErrorKind> {
    if s.is_empty() {
        return Err(ValidationErrorKind::Empty);
    }
    if s.chars().count() > limits::EMAIL_MAX_CHARS {
        return Err(ValidationErrorKind::TooLong {
            max: limits::EMAIL_MAX_CHARS,
        });
    }
    let mut parts = s.split('@');
    let ok = matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None) if !local.is_empty() && !domain.is_empty()
    ) && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(ValidationErrorKind::InvalidEmail)
    }
}

/// Collects validation errors.
#[derive(Default)]
struct Errors(Vec<ValidationError>);

impl Errors {
    fn push(&mut self, field: impl Into<String>, kind: ValidationErrorKind) {
        self.0.push(ValidationError {
            field: FieldPath(field.into()),
            kind,
        });
    }

    fn result(&mut self, field: impl Into<String>, result: Result<(), ValidationErrorKind>) {
        if let Err(kind) = result {
            self.push(field, kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::referral::test_util::*;
    use crate::referral::*;

    #[test]
    fn blank_form_needs_contact_method_and_consent_version() {
        let errors = Referral::default().validate().unwrap_err();
        let got: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code().as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("contact.methods", "no_contact_method"),
                ("consent.text_version", "empty")
            ]
        );
    }

    #[test]
    fn validation_collects_every_problem() {
        let mut r = sample();
        r.place = Some(s(" x"));
        r.message = Some(s("a\u{7}"));
        r.contact
            .methods
            .push(ContactMethod::Email { address: s("nope") });
        r.consent.text_version = String::new();
        let errors = r.validate().unwrap_err();
        let codes: Vec<&str> = errors.iter().map(|e| e.code().as_str()).collect();
        assert_eq!(
            codes,
            vec![
                "invalid_email",
                "not_trimmed",
                "control_characters",
                "empty"
            ]
        );
    }

    #[test]
    fn every_error_kind_is_produced_by_some_input() {
        use ValidationErrorKind as K;
        let mut seen = BTreeSet::new();
        let mut check = |r: Referral, field: &str, kind: K| {
            assert_error(&r, field, kind);
            seen.insert(kind.code());
        };

        let mut r = sample();
        r.place = Some(s("   "));
        check(r, "place", K::Empty);

        let mut r = sample();
        r.contact.code_word = Some(s("word\n"));
        check(r, "contact.code_word", K::NotTrimmed);

        let mut r = sample();
        r.place = Some(s(&"é".repeat(limits::PLACE_MAX_CHARS + 1)));
        check(r, "place", K::TooLong { max: 200 });
        let mut r = sample();
        r.place = Some(s(&"é".repeat(limits::PLACE_MAX_CHARS)));
        assert_eq!(
            r.validate(),
            Ok(()),
            "exactly at the limit is fine (chars, not bytes)"
        );

        let mut r = sample();
        r.message = Some(s(&"x".repeat(limits::MESSAGE_MAX_CHARS + 1)));
        check(r, "message", K::TooLong { max: 4000 });

        let mut r = sample();
        r.contact.methods = vec![ContactMethod::CheckBackInApp; 7];
        check(r.clone(), "contact.methods", K::TooMany { max: 6 });
        check(r, "contact.methods[1]", K::Duplicate);

        let mut r = sample();
        r.contact.safe_times = vec![window("08:00", "09:00", "UTC"); 8];
        check(r, "contact.safe_times", K::TooMany { max: 7 });

        let mut r = sample();
        r.contact.safe_times.push(r.contact.safe_times[0].clone());
        check(r, "contact.safe_times[1]", K::Duplicate);

        let mut r = sample();
        r.contact.methods.push(ContactMethod::Call {
            phone: PhoneNumber(s("+44 20 7946 0958")),
        });
        check(r, "contact.methods[1].phone", K::InvalidPhone);

        let mut r = sample();
        r.contact.methods.push(ContactMethod::MessagingApp {
            app: s("Zalo\u{0}"),
            handle: s("ngu.dan"),
        });
        check(r, "contact.methods[1].app", K::ControlCharacters);

        let mut r = sample();
        r.contact.methods.push(ContactMethod::Email {
            address: s("a@b@c"),
        });
        check(r, "contact.methods[1].address", K::InvalidEmail);

        let mut r = sample();
        r.language = Some(LanguageTag("not a tag".to_owned()));
        check(r, "language", K::InvalidLanguage);

        let mut r = sample();
        r.contact.safe_times[0].time_zone = TimeZoneName(s("Mars/Olympus_Mons"));
        check(r, "contact.safe_times[0].time_zone", K::InvalidTimeZone);

        let mut r = sample();
        r.contact.safe_times[0].end = r.contact.safe_times[0].start;
        check(r, "contact.safe_times[0].end", K::InvalidTime);

        let mut r = sample();
        r.contact.methods.clear();
        check(r, "contact.methods", K::NoContactMethod);

        let mut r = sample();
        r.version = 2;
        check(
            r,
            "v",
            K::UnsupportedVersion {
                found: 2,
                supported: 1,
            },
        );

        // The two kinds that only input parsing or the byte cap produce.
        assert_eq!(
            PhoneNumber::parse("020 7946 0958", Some("Atlantis")),
            Err(K::InvalidRegion)
        );
        seen.insert(K::InvalidRegion.code());
        let mut e = Errors::default();
        check_text(&mut e, "message", "ééé", 10, Some(5), true);
        assert_eq!(e.0[0].kind, K::TooManyBytes { max: 5 });
        seen.insert(e.0[0].code());

        assert_eq!(seen.len(), 15, "every kind covered: {seen:?}");
    }

    #[test]
    fn consent_given_with_a_workers_help_must_name_the_worker() {
        let mut r = sample_assisted();
        assert!(r.consent.assisted);
        assert_eq!(r.validate(), Ok(()));
        r.assisted_by = None;
        assert_eq!(
            kinds_at(&r, "assisted_by.organisation"),
            [ValidationErrorKind::Empty]
        );
        assert_eq!(r.validate().unwrap_err().len(), 1);
        // The person alone on their own phone: nothing more needed.
        r.consent.assisted = false;
        assert_eq!(r.validate(), Ok(()));
        // A worker named without the consent marked is fine too (the two are independent the
        // other way round).
        let mut r = sample_assisted();
        r.consent.assisted = false;
        assert_eq!(r.validate(), Ok(()));
    }

    #[test]
    fn assisted_by_is_checked_under_its_own_paths() {
        use ValidationErrorKind as K;
        const ORG: &str = "assisted_by.organisation";
        const CHANNEL: &str = "assisted_by.channel";
        let with = |organisation: &str, channel: Option<&str>| {
            let mut r = sample_assisted();
            r.assisted_by = Some(AssistedBy {
                organisation: s(organisation),
                channel: channel.map(s),
            });
            r
        };
        // At the limits (chars, not bytes), and without a channel: fine.
        let max = limits::ASSISTED_BY_ORGANISATION_MAX_CHARS;
        assert_eq!(max, 200);
        assert_eq!(with(&"é".repeat(max), None).validate(), Ok(()));
        let max = limits::ASSISTED_BY_CHANNEL_MAX_CHARS;
        assert_eq!(max, 200);
        assert_eq!(with("Hội", Some(&"𝄞".repeat(max))).validate(), Ok(()));

        // Too long.
        let long = "é".repeat(limits::ASSISTED_BY_ORGANISATION_MAX_CHARS + 1);
        assert_eq!(kinds_at(&with(&long, None), ORG), [K::TooLong { max: 200 }]);
        let long = "9".repeat(limits::ASSISTED_BY_CHANNEL_MAX_CHARS + 1);
        assert_eq!(
            kinds_at(&with("Hội", Some(&long)), CHANNEL),
            [K::TooLong { max: 200 }]
        );
        // An organisation that is empty or only whitespace is an error, not an absent member.
        for blank in ["", " ", " \t\u{3000} "] {
            assert_eq!(
                kinds_at(&with(blank, Some("+84")), ORG),
                [K::Empty],
                "{blank:?}"
            );
            assert_eq!(
                kinds_at(&with("Hội", Some(blank)), CHANNEL),
                [K::Empty],
                "{blank:?}"
            );
        }
        // The rules of one-line text.
        assert_eq!(kinds_at(&with(" Hội", None), ORG), [K::NotTrimmed]);
        assert_eq!(kinds_at(&with("a\nb", None), ORG), [K::ControlCharacters]);
        assert_eq!(
            kinds_at(&with("Hội", Some("+84\u{7}")), CHANNEL),
            [K::ControlCharacters]
        );

        // Both at once, each under its path, in order; the reader refuses it with the same.
        let both = with("", Some(&long));
        let errors = both.validate().unwrap_err();
        let got: Vec<(&str, K)> = errors.iter().map(|e| (e.field.as_str(), e.kind)).collect();
        assert_eq!(got, [(ORG, K::Empty), (CHANNEL, K::TooLong { max: 200 })]);
        assert_eq!(
            Referral::from_bytes(&both.to_bytes()),
            Err(ReferralError::Invalid(errors))
        );
        // The errors never quote it.
        let err = Referral::from_bytes(&with("Hội\u{7}", Some(&long)).to_bytes()).unwrap_err();
        assert!(!format!("{err} {err:?}").contains("Hội"));
    }

    #[test]
    fn ask_for_code_word_requires_a_code_word() {
        let mut r = sample();
        r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::AskForCodeWord);
        assert_eq!(r.validate(), Ok(()));
        r.contact.code_word = None;
        assert_error(&r, "contact.code_word", ValidationErrorKind::Empty);
        r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::Other(s(&"x".repeat(201))));
        assert_error(
            &r,
            "contact.if_someone_else_answers",
            ValidationErrorKind::TooLong { max: 200 },
        );
    }

    #[test]
    fn email_checks() {
        assert_eq!(check_email("ngu.dan@example.org"), Ok(()));
        assert_eq!(check_email("người@ví-dụ.vn"), Ok(()));
        for bad in ["nope", "@x", "x@", "a@b@c", "a b@c", "a@b\u{7}"] {
            assert_eq!(
                check_email(bad),
                Err(ValidationErrorKind::InvalidEmail),
                "{bad:?}"
            );
        }
        assert_eq!(check_email(""), Err(ValidationErrorKind::Empty));
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            check_email(&long),
            Err(ValidationErrorKind::TooLong { max: 254 })
        );
    }
}
