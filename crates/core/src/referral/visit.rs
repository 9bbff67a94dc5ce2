//! The one list of a referral's text: every [`Sensitive`] string it holds, named exactly once.
//!
//! Normalisation ([`Referral::normalize`]), `Debug` redaction and the store's scrub all walk the
//! referral through [`Referral::visit_text`] / [`Referral::visit_text_mut`] instead of listing
//! fields each, so a new text field is added in one place and cannot be forgotten by any of
//! them. The walk destructures every struct of the model without `..`: a new field anywhere is a
//! compile error here until it is either visited or explicitly skipped, and the test
//! `every_string_in_the_json_is_visited_or_listed_as_not_text` fails if it was skipped but
//! carries text.

use super::{
    AssistedBy, ContactMethod, IfSomeoneElseAnswers, Referral, SafeContactPlan, Sensitive,
    TimeWindow,
};

/// A text field of a referral, with its position when it sits in a list. Names fields for the
/// callers of the visitor (normalisation rules, `Debug`, tests) without their reading content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    /// `contact.methods[i].phone` of a call or an SMS (E.164, made by [`super::PhoneNumber::parse`]).
    Phone(usize),
    /// `contact.methods[i].app`: the messaging app's name.
    MessagingApp(usize),
    /// `contact.methods[i].handle`: the user name in that app.
    MessagingHandle(usize),
    /// `contact.methods[i].address`: an e-mail address.
    EmailAddress(usize),
    /// `contact.safe_times[i].time_zone` (canonical IANA name, made by
    /// [`super::TimeZoneName::parse`]).
    TimeZone(usize),
    /// `contact.code_word`.
    CodeWord,
    /// The person's own words in `contact.if_someone_else_answers` (`Other`).
    IfSomeoneElseAnswers,
    /// `place`.
    Place,
    /// `message`, the only multi-line text.
    Message,
    /// `assisted_by.organisation`: the outreach worker's organisation.
    AssistedByOrganisation,
    /// `assisted_by.channel`: how the hotline can call the worker back.
    AssistedByChannel,
}

impl TextField {
    /// The field's path, as [`super::ValidationError::field`] spells it, so that a visitor's
    /// finding can point at the same form field as validation does.
    pub fn path(self) -> String {
        match self {
            Self::Phone(i) => format!("contact.methods[{i}].phone"),
            Self::MessagingApp(i) => format!("contact.methods[{i}].app"),
            Self::MessagingHandle(i) => format!("contact.methods[{i}].handle"),
            Self::EmailAddress(i) => format!("contact.methods[{i}].address"),
            Self::TimeZone(i) => format!("contact.safe_times[{i}].time_zone"),
            Self::CodeWord => "contact.code_word".to_owned(),
            Self::IfSomeoneElseAnswers => "contact.if_someone_else_answers".to_owned(),
            Self::Place => "place".to_owned(),
            Self::Message => "message".to_owned(),
            Self::AssistedByOrganisation => "assisted_by.organisation".to_owned(),
            Self::AssistedByChannel => "assisted_by.channel".to_owned(),
        }
    }

    /// Whether the person types it as they like (so normalisation tidies it). Phone numbers and
    /// time zones are not: only their parsers make them, in canonical form, and a stored one that
    /// is not canonical must fail validation rather than be silently repaired.
    pub fn is_typed(self) -> bool {
        !matches!(self, Self::Phone(_) | Self::TimeZone(_))
    }

    /// Whether newlines (and tabs) belong in it: only the message.
    pub fn is_multi_line(self) -> bool {
        self == Self::Message
    }
}

/// Where a visited text lives, so that a visitor can also remove an optional one (normalisation
/// turns empty optional text into `None`).
#[derive(Debug)]
pub enum TextSlot<'a> {
    /// Text that must be there once its container is (e.g. the handle of a messaging method).
    Required(&'a mut Sensitive<String>),
    /// An optional field, set or not.
    Optional(&'a mut Option<Sensitive<String>>),
}

impl TextSlot<'_> {
    /// The text, if there is one.
    pub fn text_mut(&mut self) -> Option<&mut Sensitive<String>> {
        match self {
            Self::Required(text) => Some(&mut **text),
            Self::Optional(text) => text.as_mut(),
        }
    }

    /// Unsets an optional field whose text is empty; required text is left for validation to
    /// report.
    pub fn drop_if_empty(self) {
        if let Self::Optional(slot) = self
            && slot.as_ref().is_some_and(|text| text.expose().is_empty())
        {
            *slot = None;
        }
    }
}

/// The walk itself, written once for both `&` and `&mut` access (`$m` is empty or `mut`).
/// `$req` is called for text that is there, `$opt` for each optional field.
macro_rules! walk_text {
    ($r:expr, $f:ident, $iter:ident, $req:ident, $opt:ident, $($m:tt)?) => {{
        let Referral {
            version: _,
            needs: _,
            urgency: _,
            for_whom: _,
            age_group: _,
            language: _,
            contact,
            place,
            message,
            assisted_by,
            consent: _,
            reply_public_key: _,
            status_verifier: _,
        } = $r;
        let SafeContactPlan {
            methods,
            safe_times,
            voicemail_ok: _,
            code_word,
            if_someone_else_answers,
            responder_gender: _,
            responder_language: _,
        } = contact;
        for (i, method) in methods.$iter().enumerate() {
            match method {
                ContactMethod::Call { phone } | ContactMethod::Sms { phone } => {
                    $req(&mut $f, TextField::Phone(i), &$($m)? phone.0)
                }
                ContactMethod::MessagingApp { app, handle } => {
                    $req(&mut $f, TextField::MessagingApp(i), app);
                    $req(&mut $f, TextField::MessagingHandle(i), handle);
                }
                ContactMethod::Email { address } => {
                    $req(&mut $f, TextField::EmailAddress(i), address)
                }
                ContactMethod::InPersonViaOutreach | ContactMethod::CheckBackInApp => {}
            }
        }
        for (i, window) in safe_times.$iter().enumerate() {
            let TimeWindow {
                days: _,
                start: _,
                end: _,
                time_zone,
            } = window;
            $req(&mut $f, TextField::TimeZone(i), &$($m)? time_zone.0);
        }
        $opt(&mut $f, TextField::CodeWord, code_word);
        match if_someone_else_answers {
            Some(IfSomeoneElseAnswers::Other(text)) => {
                $req(&mut $f, TextField::IfSomeoneElseAnswers, text)
            }
            Some(
                IfSomeoneElseAnswers::HangUp
                | IfSomeoneElseAnswers::SayWrongNumber
                | IfSomeoneElseAnswers::AskForCodeWord,
            )
            | None => {}
        }
        $opt(&mut $f, TextField::Place, place);
        $opt(&mut $f, TextField::Message, message);
        if let Some(AssistedBy {
            organisation,
            channel,
        }) = assisted_by
        {
            $req(&mut $f, TextField::AssistedByOrganisation, organisation);
            $opt(&mut $f, TextField::AssistedByChannel, channel);
        }
    }};
}

fn req_ref(
    f: &mut impl FnMut(TextField, &Sensitive<String>),
    field: TextField,
    text: &Sensitive<String>,
) {
    f(field, text);
}

fn opt_ref(
    f: &mut impl FnMut(TextField, &Sensitive<String>),
    field: TextField,
    text: &Option<Sensitive<String>>,
) {
    if let Some(text) = text {
        f(field, text);
    }
}

fn req_mut(
    f: &mut impl FnMut(TextField, TextSlot<'_>),
    field: TextField,
    text: &mut Sensitive<String>,
) {
    f(field, TextSlot::Required(text));
}

fn opt_mut(
    f: &mut impl FnMut(TextField, TextSlot<'_>),
    field: TextField,
    text: &mut Option<Sensitive<String>>,
) {
    f(field, TextSlot::Optional(text));
}

impl Referral {
    /// Calls `f` on every text the referral holds, in serialisation order. The one place that
    /// knows where the text is: `Debug` redaction goes through it.
    pub fn visit_text(&self, mut f: impl FnMut(TextField, &Sensitive<String>)) {
        walk_text!(self, f, iter, req_ref, opt_ref,)
    }

    /// Calls `f` on every text field, set or not for optional ones, with write access: the
    /// walk normalisation and the store's scrub go through.
    pub fn visit_text_mut(&mut self, mut f: impl FnMut(TextField, TextSlot<'_>)) {
        walk_text!(self, f, iter_mut, req_mut, opt_mut, mut)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::super::test_util::s;
    use super::super::*;

    /// Every member of every object set, and a distinct, valid value in every text.
    fn everything() -> Referral {
        let mut r = sample();
        r.reply_public_key = Some([1; 32]);
        r.status_verifier = Some([2; 32]);
        r.contact.methods = vec![
            ContactMethod::Call {
                phone: PhoneNumber::parse("+44 20 7946 0958", None).unwrap(),
            },
            ContactMethod::Sms {
                phone: PhoneNumber::parse("+84 91 234 5679", None).unwrap(),
            },
            ContactMethod::MessagingApp {
                app: s("APP-MARKER"),
                handle: s("HANDLE-MARKER"),
            },
            ContactMethod::Email {
                address: s("address-marker@example.org"),
            },
            ContactMethod::InPersonViaOutreach,
            ContactMethod::CheckBackInApp,
        ];
        r.contact.safe_times[0].days = [Weekday::Monday].into();
        r.contact.safe_times.push(TimeWindow {
            days: [Weekday::Friday].into(),
            start: TimeOfDay::new(22, 0).unwrap(),
            end: TimeOfDay::new(2, 0).unwrap(),
            time_zone: TimeZoneName::parse("Europe/London").unwrap(),
        });
        r.contact.code_word = Some(s("CODE-WORD-MARKER"));
        r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::Other(s("SAY-MARKER")));
        r.contact.responder_language = Some(LanguageTag::parse("en").unwrap());
        r.place = Some(s("PLACE-MARKER"));
        r.message = Some(s("MESSAGE-MARKER\nsecond line"));
        r.assisted_by = Some(AssistedBy {
            organisation: s("ORGANISATION-MARKER"),
            channel: Some(s("CHANNEL-MARKER")),
        });
        r.consent.assisted = true;
        r
    }

    /// Object members and string leaves of a JSON value, by path pattern ("contact.methods[].app").
    fn walk(
        v: &Value,
        path: &str,
        members: &mut BTreeSet<String>,
        strings: &mut Vec<(String, String)>,
    ) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    members.insert(p.clone());
                    walk(v, &p, members, strings);
                }
            }
            Value::Array(items) => {
                for v in items {
                    walk(v, &format!("{path}[]"), members, strings);
                }
            }
            Value::String(text) => strings.push((path.to_owned(), text.clone())),
            _ => {}
        }
    }

    /// String leaves that are not the person's text: enum spellings, language tags, times, keys
    /// and the consent text's version (set by the app). Everything else must be visited.
    const NOT_TEXT: &[&str] = &[
        "needs[]",
        "urgency",
        "for_whom",
        "age_group",
        "language",
        "contact.methods[].kind",
        "contact.safe_times[].days[]",
        "contact.safe_times[].start",
        "contact.safe_times[].end",
        "contact.if_someone_else_answers",
        "contact.responder_gender",
        "contact.responder_language",
        "consent.scope",
        "consent.text_version",
        "reply_public_key",
        "status_verifier",
    ];

    #[test]
    fn every_string_in_the_json_is_visited_or_listed_as_not_text() {
        let r = everything();
        assert_eq!(r.validate(), Ok(()));
        let json = serde_json::to_value(&r).unwrap();
        let mut members = BTreeSet::new();
        let mut strings = Vec::new();
        walk(&json, "", &mut members, &mut strings);

        // The referral above really sets every member the format has (the list is held equal
        // to docs/referral.schema.json by tests/referral_schema.rs), so a new member must be set
        // here, and then its text is found below.
        for (object, names) in crate::referral_compat::KNOWN_MEMBERS {
            for name in names {
                let p = if object.is_empty() {
                    (*name).to_owned()
                } else {
                    format!("{object}.{name}")
                };
                assert!(members.contains(&p), "`everything()` does not set {p}");
            }
        }

        let mut texts: Vec<String> = strings
            .into_iter()
            .filter(|(path, _)| !NOT_TEXT.contains(&path.as_str()))
            .map(|(_, text)| text)
            .collect();
        texts.sort();
        let mut seen = Vec::new();
        let mut fields = BTreeSet::new();
        r.visit_text(|field, text| {
            assert!(fields.insert(field), "{field:?} visited twice");
            seen.push(text.expose().clone());
        });
        seen.sort();
        assert_eq!(
            seen, texts,
            "text in the JSON that the visitor does not see (or the reverse)"
        );

        // The `&mut` walk visits the same fields, in the same order.
        let mut order = Vec::new();
        r.visit_text(|field, _| order.push(field));
        let mut order_mut = Vec::new();
        r.clone().visit_text_mut(|field, _| order_mut.push(field));
        assert_eq!(order, order_mut);
    }

    #[test]
    fn paths_are_validation_paths() {
        let mut r = everything();
        r.visit_text_mut(|_, mut slot| {
            if let Some(text) = slot.text_mut() {
                *text = s("\u{7}");
            }
        });
        let errors = r.validate().unwrap_err();
        let mut fields = Vec::new();
        r.visit_text(|field, _| fields.push(field.path()));
        for path in fields {
            assert!(
                errors.iter().any(|e| e.field == path.as_str()),
                "{path}: {errors:?}"
            );
        }
    }

    #[test]
    fn empty_optional_text_is_dropped_required_text_is_kept() {
        let mut r = everything();
        r.visit_text_mut(|_, mut slot| {
            if let Some(text) = slot.text_mut() {
                *text = s("");
            }
            slot.drop_if_empty();
        });
        assert_eq!(
            (&r.place, &r.message, &r.contact.code_word),
            (&None, &None, &None)
        );
        // The organisation is required once `assisted_by` is there: kept (empty) for validation
        // to report; the channel is optional: dropped.
        assert_eq!(
            r.assisted_by,
            Some(AssistedBy {
                organisation: s(""),
                channel: None
            })
        );
        let mut left = Vec::new();
        r.visit_text(|field, _| left.push(field));
        assert_eq!(left.len(), 9, "{left:?}");
        assert_eq!(left.last(), Some(&TextField::AssistedByOrganisation));
    }

    #[test]
    fn assisted_by_is_visited_normalised_and_scrubbed() {
        // Visited, under the validation paths, only when there.
        let mut fields = Vec::new();
        everything().visit_text(|field, text| fields.push((field.path(), text.expose().clone())));
        let tail: Vec<(&str, &str)> = fields[fields.len() - 2..]
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        assert_eq!(
            tail,
            [
                ("assisted_by.organisation", "ORGANISATION-MARKER"),
                ("assisted_by.channel", "CHANNEL-MARKER")
            ]
        );
        let mut none = Vec::new();
        sample().visit_text(|field, _| none.push(field));
        assert!(!none.contains(&TextField::AssistedByOrganisation));
        assert!(!none.contains(&TextField::AssistedByChannel));
        // Typed one-line text: normalisation trims both.
        for field in [
            TextField::AssistedByOrganisation,
            TextField::AssistedByChannel,
        ] {
            assert!(field.is_typed() && !field.is_multi_line(), "{field:?}");
        }
        let mut r = everything();
        r.assisted_by = Some(AssistedBy {
            organisation: s("  Hội Ngư dân\t"),
            channel: Some(s(" +84 290 3555 012\n")),
        });
        r.normalize();
        assert_eq!(
            r.assisted_by,
            Some(AssistedBy {
                organisation: s("Hội Ngư dân"),
                channel: Some(s("+84 290 3555 012")),
            })
        );
        // The store's scrub (`store::scrub`) is this walk with `zeroize`: it reaches both.
        let mut r = everything();
        r.visit_text_mut(|_, mut slot| {
            if let Some(text) = slot.text_mut() {
                zeroize::Zeroize::zeroize(text);
            }
        });
        let a = r.assisted_by.as_ref().unwrap();
        assert_eq!(a.organisation.expose(), "");
        assert_eq!(a.channel.as_ref().map(|c| c.expose().as_str()), Some(""));
        let json = String::from_utf8(r.to_bytes()).unwrap();
        assert!(!json.contains("MARKER"), "{json}");
    }
}
