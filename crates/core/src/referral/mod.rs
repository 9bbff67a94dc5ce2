//! Referral model v1: what a person asks the hotline for, and how (and when) it is safe to answer.
//!
//! This is the plaintext that gets sealed into an envelope, so it is designed around three rules:
//!
//! * **Ask for as little as possible.** Every field is optional except one way of getting an
//!   answer (and the consent the app records), because a person in danger may only have seconds.
//! * **Never leak it.** Free text and contact details are wrapped in [`Sensitive`], whose `Debug`
//!   prints only a length, and [`ReferralError`] never quotes the input, so logs and crash reports
//!   cannot hold request content.
//! * **One canonical form.** [`Referral::to_bytes`] is compact JSON with a fixed field order, and
//!   [`Referral::from_bytes`] accepts only known fields, the known version and valid content, so
//!   the device and the hotline agree on exactly what was sent.
//!
//! Validation ([`Referral::validate`]) collects *all* problems with a field path and a stable
//! machine code ([`ValidationErrorKind::code`]) so the form can highlight every field at once and
//! translate each message through Fluent.

//!
//! Where things are: [`Sensitive`] (`sensitive.rs`), the closed lists and the language tag
//! (`choices.rs`), the contact plan (`contact.rs`, with `phone.rs` and `time.rs`), consent
//! (`consent.rs`), the outreach worker who assisted ([`AssistedBy`], `assisted.rs`), every size
//! limit ([`limits`]), validation (`validate.rs`) and its errors (`error.rs`), and the one list
//! of the request's text fields ([`TextField`], `visit.rs`) that normalisation, `Debug` and the
//! store's scrub all go through.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use reach_contract::limits;

mod assisted;
mod choices;
mod consent;
mod contact;
mod error;
mod phone;
#[cfg(any(test, feature = "test-support"))]
mod sample;
mod sensitive;
mod time;
mod validate;
mod visit;

pub use assisted::AssistedBy;
pub use choices::{
    AgeGroup, ContactKind, ForWhom, LanguageTag, Need, ResponderGender, SafeguardingFlag,
    SomeoneElseChoice, Urgency, Weekday,
};
pub use consent::{Consent, ConsentScope};
pub use contact::{ContactMethod, IfSomeoneElseAnswers, SafeContactPlan};
pub use error::{FieldPath, ReferralError, ValidationError, ValidationErrorKind};
pub use phone::PhoneNumber;
#[cfg(any(test, feature = "test-support"))]
pub use sample::{sample, sample_assisted, sample_minimal};
pub use sensitive::Sensitive;
pub use time::{TimeOfDay, TimeWindow, TimeZoneName};
pub use visit::{TextField, TextSlot};

#[cfg(test)]
mod proptests;

/// Version of the referral format this build writes and reads. A hotline that receives a version
/// it does not know must say so (typed error) instead of guessing at fields it cannot interpret.
pub const FORMAT_VERSION: u16 = 1;

/// A help request: what the person needs and how to answer them safely.
///
/// `Default` is the blank form (version set, consent least-sharing); it does not validate until
/// a contact method and the consent text version are filled in.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Format version ([`FORMAT_VERSION`]), first so that a reader can refuse formats it does
    /// not know before interpreting anything else.
    #[serde(rename = "v")]
    pub version: u16,
    /// What the person needs help with (a set: order and duplicates carry no meaning).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub needs: BTreeSet<Need>,
    /// How soon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<Urgency>,
    /// Who the request is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_whom: Option<ForWhom>,
    /// Age band of the person concerned; `Under18` raises a safeguarding flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_group: Option<AgeGroup>,
    /// Language the person wants to be answered in (BCP 47), so the hotline can route to a staff
    /// member or interpreter who speaks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// How to answer safely; the only required content.
    pub contact: SafeContactPlan,
    /// Where the person roughly is, in their own words. Free text on purpose, never GPS or
    /// coordinates: a precise location in a seized phone or an intercepted request could lead an
    /// exploiter straight to the person, and the person must decide what to reveal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Sensitive<String>>,
    /// Anything the person wants to say; newlines and tabs allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Sensitive<String>>,
    /// The outreach worker who assisted, with a callback channel; absent when the person sent
    /// the request alone. Added within format v1 (an older v1 reader lists it as unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assisted_by: Option<AssistedBy>,
    /// What the hotline may do with the request.
    pub consent: Consent,
    /// X25519 public key the hotline encrypts its answer to, so that only this device can read
    /// it. Set by the store at submit time, not by the form.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "base64url_key"
    )]
    pub reply_public_key: Option<[u8; 32]>,
    /// SHA-256 of the status secret kept on the device, so that the device can later ask for the
    /// status of its request without the hotline learning anything that identifies it. Set by
    /// the store at submit time.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "base64url_key"
    )]
    pub status_verifier: Option<[u8; 32]>,
}

impl Default for Referral {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            needs: BTreeSet::new(),
            urgency: None,
            for_whom: None,
            age_group: None,
            language: None,
            contact: SafeContactPlan::default(),
            place: None,
            message: None,
            assisted_by: None,
            consent: Consent::default(),
            reply_public_key: None,
            status_verifier: None,
        }
    }
}

/// Shows only the shape of the request (which fields are set, how many items) and the length of
/// each text, never content: even the needs or the age band are personal and must not end up in
/// logs. The text comes from [`Referral::visit_text`], so a new text field shows up here,
/// redacted, without being listed.
impl fmt::Debug for Referral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn set<T>(o: &Option<T>) -> &'static str {
            if o.is_some() { "<set>" } else { "<unset>" }
        }
        /// Every text as "path: <redacted N chars>".
        struct Texts<'a>(&'a Referral);
        impl fmt::Debug for Texts<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut map = f.debug_map();
                self.0.visit_text(|field, text| {
                    map.entry(&format_args!("{}", field.path()), text);
                });
                map.finish()
            }
        }
        f.debug_struct("Referral")
            .field("v", &self.version)
            .field("needs", &format_args!("<{} items>", self.needs.len()))
            .field("urgency", &format_args!("{}", set(&self.urgency)))
            .field("for_whom", &format_args!("{}", set(&self.for_whom)))
            .field("age_group", &format_args!("{}", set(&self.age_group)))
            .field("language", &format_args!("{}", set(&self.language)))
            .field(
                "contact",
                &format_args!(
                    "<{} methods, {} safe times>",
                    self.contact.methods.len(),
                    self.contact.safe_times.len()
                ),
            )
            .field("assisted_by", &format_args!("{}", set(&self.assisted_by)))
            .field("consent", &self.consent.scope)
            .field(
                "reply_public_key",
                &format_args!("{}", set(&self.reply_public_key)),
            )
            .field(
                "status_verifier",
                &format_args!("{}", set(&self.status_verifier)),
            )
            .field("text", &Texts(self))
            .finish()
    }
}

impl Referral {
    /// Child-safeguarding flags raised by this request, for the staff view: under 18, or a need
    /// for a child at risk. Computed (not stored) so it can never disagree with the content.
    pub fn safeguarding_flags(&self) -> BTreeSet<SafeguardingFlag> {
        let mut flags = BTreeSet::new();
        if self.age_group == Some(AgeGroup::Under18) {
            flags.insert(SafeguardingFlag::Minor);
        }
        if self.needs.contains(&Need::ChildAtRisk) {
            flags.insert(SafeguardingFlag::ChildAtRisk);
        }
        flags
    }

    /// Tidies what the form collected before validation: trims text, turns "\r\n" into "\n" in
    /// the message and empty optional text into `None`. Validation then rejects only what the
    /// person really has to fix.
    pub fn normalize(&mut self) {
        self.visit_text_mut(|field, mut slot| {
            if !field.is_typed() {
                return;
            }
            if let Some(text) = slot.text_mut() {
                let s = &mut text.0;
                if field.is_multi_line() && s.contains('\r') {
                    *s = s.replace("\r\n", "\n").replace('\r', "\n");
                }
                let t = s.trim();
                if t.len() != s.len() {
                    *s = t.to_owned();
                }
            }
            slot.drop_if_empty();
        });
        let version = self.consent.text_version.trim();
        if version.len() != self.consent.text_version.len() {
            self.consent.text_version = version.to_owned();
        }
    }

    /// The canonical serialisation (compact JSON, fixed field order, absent fields omitted): what
    /// gets sealed, stored and resent byte for byte. Does not validate; call
    /// [`Referral::validate`] first.
    pub fn to_bytes(&self) -> Vec<u8> {
        // Cannot fail: every map key is a string and every value is plain data.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Parses and validates a serialised referral. Rejects oversized input, malformed JSON,
    /// unknown fields, other format versions and invalid content; never panics, whatever the
    /// bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Referral, ReferralError> {
        if bytes.len() > limits::SERIALIZED_MAX_BYTES {
            return Err(ReferralError::TooLarge {
                len: bytes.len(),
                max: limits::SERIALIZED_MAX_BYTES,
            });
        }
        /// Reads only the version, so that a future format is reported as such rather than as
        /// a pile of unknown fields.
        #[derive(Deserialize)]
        struct Probe {
            v: u16,
        }
        let probe: Probe = serde_json::from_slice(bytes).map_err(ReferralError::malformed)?;
        if probe.v != FORMAT_VERSION {
            return Err(ReferralError::UnsupportedVersion {
                found: probe.v,
                supported: FORMAT_VERSION,
            });
        }
        let referral: Referral = serde_json::from_slice(bytes).map_err(ReferralError::malformed)?;
        referral.validate().map_err(ReferralError::Invalid)?;
        Ok(referral)
    }
}

/// Serde for `Option<[u8; 32]>` as unpadded base64url: compact and safe in URLs and JSON.
mod base64url_key {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(key: &Option<[u8; 32]>, s: S) -> Result<S::Ok, S::Error> {
        match key {
            Some(key) => s.serialize_str(&URL_SAFE_NO_PAD.encode(key)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<[u8; 32]>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        let mut key = [0u8; 32];
        match URL_SAFE_NO_PAD.decode_slice(text.as_bytes(), &mut key) {
            Ok(32) => Ok(Some(key)),
            _ => Err(D::Error::custom("expected 32 bytes as unpadded base64url")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::test_util::*;

    #[test]
    fn message_allows_newlines_and_tabs_but_not_other_controls() {
        let mut r = sample();
        r.message = Some(s("line one\n\tline two"));
        assert_eq!(r.validate(), Ok(()));
        r.message = Some(s("line one\r\nline two"));
        assert_eq!(
            kinds_at(&r, "message"),
            vec![ValidationErrorKind::ControlCharacters]
        );
        r.normalize();
        assert_eq!(r.message, Some(s("line one\nline two")));
        assert_eq!(r.validate(), Ok(()));
        r.place = Some(s("two\nlines"));
        assert_eq!(
            kinds_at(&r, "place"),
            vec![ValidationErrorKind::ControlCharacters]
        );
    }

    #[test]
    fn normalize_trims_and_drops_empty_optional_text() {
        let mut r = sample();
        r.place = Some(s("  Cà Mau \n"));
        r.message = Some(s("   "));
        r.contact.code_word = Some(s(""));
        r.contact.methods.push(ContactMethod::MessagingApp {
            app: s(" Zalo"),
            handle: s("ngu.dan "),
        });
        r.consent.text_version = " 2025-01 ".into();
        r.normalize();
        assert_eq!(r.place, Some(s("Cà Mau")));
        assert_eq!(r.message, None);
        assert_eq!(r.contact.code_word, None);
        assert_eq!(
            r.contact.methods[1],
            ContactMethod::MessagingApp {
                app: s("Zalo"),
                handle: s("ngu.dan")
            }
        );
        assert_eq!(r.consent.text_version, "2025-01");
        assert_eq!(r.validate(), Ok(()));
    }

    #[test]
    fn safeguarding_flags() {
        assert!(sample().safeguarding_flags().is_empty());
        let mut r = sample();
        r.age_group = Some(AgeGroup::Under18);
        assert_eq!(r.safeguarding_flags(), [SafeguardingFlag::Minor].into());
        r.needs.insert(Need::ChildAtRisk);
        assert_eq!(
            r.safeguarding_flags(),
            [SafeguardingFlag::Minor, SafeguardingFlag::ChildAtRisk].into()
        );
        r.age_group = Some(AgeGroup::From18To25);
        assert_eq!(
            r.safeguarding_flags(),
            [SafeguardingFlag::ChildAtRisk].into()
        );
    }

    #[test]
    fn canonical_json_shape() {
        let mut r = sample();
        r.reply_public_key = Some([0xfb; 32]);
        r.status_verifier = Some([1; 32]);
        let json = String::from_utf8(r.to_bytes()).unwrap();
        assert!(json.starts_with(r#"{"v":1,"needs":["labour_exploitation","going_home"],"urgency":"today","for_whom":"self","age_group":"26_to_59","language":"vi","contact":{"methods":[{"kind":"call","phone":"+84912345678"}],"safe_times":[{"start":"18:00","end":"21:00","time_zone":"Asia/Ho_Chi_Minh"}],"voicemail_ok":false,"#), "{json}");
        assert!(json.contains(r#""if_someone_else_answers":"say_wrong_number""#));
        assert!(
            json.contains(
                r#""consent":{"scope":"may_refer_to_services","text_version":"2025-01"}"#
            )
        );
        // base64url without padding: 0xfb bytes encode to "-_v7...", never '+', '/' or '='.
        let key = &json[json.find(r#""reply_public_key":""#).unwrap() + 20..];
        let key = &key[..key.find('"').unwrap()];
        assert_eq!(key.len(), 43);
        assert!(!key.contains('=') && !key.contains('+') && !key.contains('/'));
        assert!(key.contains('-') || key.contains('_'));
        let minimal = String::from_utf8(sample_minimal().to_bytes()).unwrap();
        assert_eq!(
            minimal,
            r#"{"v":1,"contact":{"methods":[{"kind":"check_back_in_app"}]},"consent":{"scope":"hotline_only","text_version":"2025-01"}}"#
        );
        assert_eq!(
            Referral::from_bytes(minimal.as_bytes()).unwrap(),
            sample_minimal()
        );
    }

    #[test]
    fn round_trip_with_keys_and_every_method() {
        let mut r = sample();
        r.reply_public_key = Some([7; 32]);
        r.status_verifier = Some([0xff; 32]);
        r.contact.methods = vec![
            ContactMethod::Call {
                phone: PhoneNumber::parse("+44 20 7946 0958", None).unwrap(),
            },
            ContactMethod::Sms {
                phone: PhoneNumber::parse("+44 20 7946 0958", None).unwrap(),
            },
            ContactMethod::MessagingApp {
                app: s("Zalo"),
                handle: s("ngu.dan.84"),
            },
            ContactMethod::Email {
                address: s("ngu.dan@example.org"),
            },
            ContactMethod::InPersonViaOutreach,
            ContactMethod::CheckBackInApp,
        ];
        r.contact.if_someone_else_answers =
            Some(IfSomeoneElseAnswers::Other(s("Nói là gọi nhầm số")));
        r.contact.safe_times[0].days = [Weekday::Monday, Weekday::Sunday].into();
        assert_eq!(r.validate(), Ok(()));
        let back = Referral::from_bytes(&r.to_bytes()).unwrap();
        assert!(back == r);
        assert_eq!(back.to_bytes(), r.to_bytes());
    }

    #[test]
    fn assisted_by_round_trips_with_and_without_a_channel_and_is_omitted_when_absent() {
        assert_eq!(Referral::default().assisted_by, None);
        assert_eq!(sample().assisted_by, None);
        let plain = String::from_utf8(sample().to_bytes()).unwrap();
        assert!(!plain.contains("assisted_by"), "{plain}");

        let r = sample_assisted();
        assert_eq!(r.validate(), Ok(()));
        let json = String::from_utf8(r.to_bytes()).unwrap();
        assert!(
            json.contains(
                r#""assisted_by":{"organisation":"Hội Hỗ trợ Ngư dân Cà Mau","channel":"Zalo 0290 3555 012"},"consent":"#
            ),
            "{json}"
        );
        let back = Referral::from_bytes(json.as_bytes()).unwrap();
        assert!(back == r);
        assert_eq!(back.to_bytes(), r.to_bytes());
        // The rest is the sample's, byte for byte (but for whom it is for).
        let without = Referral {
            for_whom: sample().for_whom,
            assisted_by: None,
            consent: sample().consent,
            ..back
        };
        assert_eq!(without.to_bytes(), sample().to_bytes());

        let mut r = sample_assisted();
        r.assisted_by = Some(AssistedBy {
            organisation: s("Hội Ngư dân"),
            channel: None,
        });
        let json = String::from_utf8(r.to_bytes()).unwrap();
        assert!(
            json.contains(r#""assisted_by":{"organisation":"Hội Ngư dân"},"#),
            "{json}"
        );
        assert_eq!(Referral::from_bytes(json.as_bytes()).unwrap(), r);
        // Like every optional member, `null` reads as absent.
        // (Without who assisted, the consent cannot say a worker assisted: the request's own.)
        let null = json
            .replace(
                r#""assisted_by":{"organisation":"Hội Ngư dân"}"#,
                r#""assisted_by":null"#,
            )
            .replace(r#","assisted":true"#, "");
        assert_eq!(
            Referral::from_bytes(null.as_bytes()).unwrap(),
            sample_assisted_without()
        );
    }

    /// [`sample_assisted`] without its `assisted_by`.
    fn sample_assisted_without() -> Referral {
        Referral {
            assisted_by: None,
            consent: Consent {
                assisted: false,
                ..sample_assisted().consent
            },
            ..sample_assisted()
        }
    }

    #[test]
    fn keys_must_be_32_bytes_of_unpadded_base64url() {
        let mut r = sample_minimal();
        r.reply_public_key = Some([9; 32]);
        let json = String::from_utf8(r.to_bytes()).unwrap();
        let encoded =
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, [9u8; 32]);
        assert!(json.contains(&encoded));
        for bad in [
            encoded[..42].to_owned(), // 31 bytes and a bit
            format!("{encoded}="),    // padded
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, [9u8; 33]),
            "!!".to_owned(),
        ] {
            let bad_json = json.replace(&encoded, &bad);
            assert!(
                matches!(
                    Referral::from_bytes(bad_json.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{bad:?}"
            );
        }
        let null = json.replace(&format!(r#""{encoded}""#), "null");
        assert_eq!(
            Referral::from_bytes(null.as_bytes()).unwrap(),
            sample_minimal()
        );
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let json = String::from_utf8(sample_assisted().to_bytes()).unwrap();
        for (from, to) in [
            (r#"{"v":1,"#, r#"{"v":1,"gps":"10.1,105.2","#),
            (r#""contact":{"#, r#""contact":{"extra":1,"#),
            (r#"{"kind":"call","#, r#"{"kind":"call","note":"x","#),
            (r#""start":"18:00""#, r#""start":"18:00","tz":"x""#),
            (r#""consent":{"#, r#""consent":{"police":true,"#),
            (r#""assisted_by":{"#, r#""assisted_by":{"role":"nurse","#),
            (
                r#""assisted_by":{"#,
                r#""assisted_by":{"Organisation":"x","#,
            ),
            (r#""kind":"call""#, r#""kind":"fax""#),
            (r#""labour_exploitation""#, r#""organ_removal""#),
        ] {
            let bad = json.replacen(from, to, 1);
            assert_ne!(bad, json, "{from}");
            assert!(
                matches!(
                    Referral::from_bytes(bad.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{to}"
            );
        }
        // Unit variants with extra fields too.
        let bad = String::from_utf8(sample_minimal().to_bytes())
            .unwrap()
            .replace(
                r#"{"kind":"check_back_in_app"}"#,
                r#"{"kind":"check_back_in_app","x":1}"#,
            );
        assert!(matches!(
            Referral::from_bytes(bad.as_bytes()),
            Err(ReferralError::Malformed { .. })
        ));
        // Fields that exist, but on another kind, or missing ones.
        for method in [
            r#"{"kind":"check_back_in_app","phone":"+442079460958"}"#,
            r#"{"kind":"sms","address":"a@b"}"#,
            r#"{"kind":"call"}"#,
            r#"{"kind":"messaging_app","app":"Zalo"}"#,
            r#"{"phone":"+442079460958"}"#,
        ] {
            let bad = String::from_utf8(sample_minimal().to_bytes())
                .unwrap()
                .replace(r#"{"kind":"check_back_in_app"}"#, method);
            assert!(
                matches!(
                    Referral::from_bytes(bad.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{method}"
            );
        }
        // Duplicate keys are not a way to smuggle a second value either.
        let dup = r#"{"v":1,"v":1,"contact":{"methods":[{"kind":"check_back_in_app"}]},"consent":{"scope":"hotline_only","text_version":"1"}}"#;
        assert!(matches!(
            Referral::from_bytes(dup.as_bytes()),
            Err(ReferralError::Malformed { .. })
        ));
    }

    #[test]
    fn other_versions_are_rejected_with_a_typed_error() {
        let json = String::from_utf8(sample().to_bytes()).unwrap();
        for (v, found) in [("2", 2), ("0", 0), ("65535", 65535)] {
            let bad = json.replacen(r#""v":1"#, &format!(r#""v":{v}"#), 1);
            assert_eq!(
                Referral::from_bytes(bad.as_bytes()),
                Err(ReferralError::UnsupportedVersion {
                    found,
                    supported: 1
                })
            );
        }
        // A future version with fields this build does not know is still reported as a version.
        let future = r#"{"v":2,"hologram":true}"#;
        assert_eq!(
            Referral::from_bytes(future.as_bytes()),
            Err(ReferralError::UnsupportedVersion {
                found: 2,
                supported: 1
            })
        );
        for bad in [
            r#"{"contact":{}}"#,
            r#"{"v":"1"}"#,
            r#"{"v":-1}"#,
            "[1]",
            "",
            "null",
        ] {
            assert!(
                matches!(
                    Referral::from_bytes(bad.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn invalid_content_and_oversized_input_are_rejected() {
        let mut r = sample();
        r.contact.methods.clear();
        assert_eq!(
            Referral::from_bytes(&r.to_bytes()),
            Err(ReferralError::Invalid(vec![ValidationError {
                field: FieldPath("contact.methods".into()),
                kind: ValidationErrorKind::NoContactMethod
            }]))
        );
        let big = vec![b' '; limits::SERIALIZED_MAX_BYTES + 1];
        assert_eq!(
            Referral::from_bytes(&big),
            Err(ReferralError::TooLarge {
                len: limits::SERIALIZED_MAX_BYTES + 1,
                max: limits::SERIALIZED_MAX_BYTES
            })
        );
    }

    #[test]
    fn errors_never_quote_the_input() {
        let json = String::from_utf8(sample().to_bytes())
            .unwrap()
            .replace("+84912345678", "+84912345678x");
        let err = Referral::from_bytes(json.as_bytes()).unwrap_err();
        let text = format!("{err} {err:?}");
        assert!(!text.contains("84912345678"), "{text}");
        // serde_json itself would have quoted it: that is why it is not passed through.
        let raw = serde_json::from_str::<TimeOfDay>(r#"23"#)
            .unwrap_err()
            .to_string();
        assert!(raw.contains("23"));
    }

    #[test]
    fn maximal_referral_fits_the_size_limit() {
        let four = "𝄞"; // 4 bytes in UTF-8
        let quote = "\""; // doubled by JSON escaping
        let text = |n: usize| s(&four.repeat(n));
        let quoted = |n: usize| s(&quote.repeat(n));
        let windows: Vec<TimeWindow> = (0..limits::SAFE_TIMES_MAX)
            .map(|i| TimeWindow {
                days: Weekday::ALL.into(),
                start: TimeOfDay::new(i as u8, 0).unwrap(),
                end: TimeOfDay::new(23, 59).unwrap(),
                time_zone: TimeZoneName::parse("America/Argentina/ComodRivadavia").unwrap(),
            })
            .collect();
        let methods: Vec<ContactMethod> = (0..limits::CONTACT_METHODS_MAX)
            .map(|i| ContactMethod::MessagingApp {
                app: s(&format!(
                    "{i}{}",
                    quote.repeat(limits::MESSAGING_APP_MAX_CHARS - 1)
                )),
                handle: text(limits::MESSAGING_HANDLE_MAX_CHARS),
            })
            .collect();
        let r = Referral {
            version: FORMAT_VERSION,
            needs: Need::ALL.into(),
            urgency: Some(Urgency::NotUrgent),
            for_whom: Some(ForWhom::AssistedByOutreach),
            age_group: Some(AgeGroup::From60),
            language: Some(LanguageTag::parse("zh-Hant-TW-1606nict-u-ca-chinese").unwrap()),
            contact: SafeContactPlan {
                methods,
                safe_times: windows,
                voicemail_ok: Some(false),
                code_word: Some(text(limits::CODE_WORD_MAX_CHARS)),
                if_someone_else_answers: Some(IfSomeoneElseAnswers::Other(quoted(
                    limits::IF_SOMEONE_ELSE_ANSWERS_MAX_CHARS,
                ))),
                responder_gender: Some(ResponderGender::AnyGender),
                responder_language: Some(
                    LanguageTag::parse("zh-Hant-TW-1606nict-u-ca-chinese").unwrap(),
                ),
            },
            place: Some(text(limits::PLACE_MAX_CHARS)),
            message: Some(text(limits::MESSAGE_MAX_CHARS)),
            assisted_by: Some(AssistedBy {
                organisation: text(limits::ASSISTED_BY_ORGANISATION_MAX_CHARS),
                channel: Some(quoted(limits::ASSISTED_BY_CHANNEL_MAX_CHARS)),
            }),
            consent: Consent {
                scope: ConsentScope::MayInvolvePolice,
                text_version: four.repeat(limits::CONSENT_TEXT_VERSION_MAX_CHARS),
                assisted: true,
            },
            reply_public_key: Some([0xff; 32]),
            status_verifier: Some([0xff; 32]),
        };
        assert_eq!(r.validate(), Ok(()));
        let bytes = r.to_bytes();
        assert!(
            bytes.len() < limits::SERIALIZED_MAX_BYTES,
            "{}",
            bytes.len()
        );
        assert_eq!(Referral::from_bytes(&bytes).unwrap(), r);
        // A quote-only message doubles when escaped; still far below the limit.
        let mut q = r.clone();
        q.message = Some(quoted(limits::MESSAGE_MAX_CHARS));
        assert!(q.to_bytes().len() < limits::SERIALIZED_MAX_BYTES);
    }

    #[test]
    fn debug_never_shows_content() {
        let mut r = sample();
        r.contact.methods.push(ContactMethod::MessagingApp {
            app: s("Zalo"),
            handle: s("secret.handle"),
        });
        r.contact.methods.push(ContactMethod::Email {
            address: s("hidden@example.org"),
        });
        r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::Other(s("cover story")));
        r.assisted_by = Some(AssistedBy {
            organisation: s("Harbour Outreach Collective"),
            channel: Some(s("callback@harbour.example")),
        });
        let secrets = [
            "Harbour",
            "Outreach Collective",
            "callback@harbour.example",
            "84912345678",
            "912 345 678",
            "Tôi vừa trốn",
            "hoa sen",
            "Sông Đốc",
            "secret.handle",
            "hidden@example.org",
            "Ho_Chi_Minh",
            "cover story",
            "labour",
            "Labour",
        ];
        let outputs = [
            format!("{r:?}"),
            format!("{r:#?}"),
            format!("{:?}", r.contact),
            format!("{:#?}", r.contact.methods),
            format!("{:?}", r.contact.safe_times),
            format!("{:?}", r.message),
            format!("{:?}", r.assisted_by),
            format!("{:#?}", r.assisted_by.as_ref().unwrap()),
            format!("{:?}", PhoneNumber::parse("+84 912 345 678", None).unwrap()),
        ];
        for out in &outputs {
            for secret in secrets {
                assert!(!out.contains(secret), "{secret:?} leaked in {out}");
            }
        }
        assert_eq!(format!("{:?}", s("hoa sen")), "<redacted 7 chars>");
        assert!(outputs[0].contains("<redacted 24 chars>"), "{}", outputs[0]);
        assert!(outputs[0].contains("v: 1"));
        // Which texts are there, and their lengths, but nothing of them.
        assert!(outputs[0].contains("assisted_by: <set>"), "{}", outputs[0]);
        assert!(
            outputs[0].contains("assisted_by.organisation: <redacted 27 chars>"),
            "{}",
            outputs[0]
        );
        assert!(
            outputs[0].contains("assisted_by.channel: <redacted 24 chars>"),
            "{}",
            outputs[0]
        );
        assert!(format!("{:?}", sample()).contains("assisted_by: <unset>"));
    }
}

#[cfg(test)]
mod test_util {
    //! Helpers shared by the unit tests of the referral's modules.

    use std::collections::BTreeSet;

    use super::*;

    pub(super) fn kinds_at(r: &Referral, field: &str) -> Vec<ValidationErrorKind> {
        match r.validate() {
            Ok(()) => vec![],
            Err(errors) => errors
                .into_iter()
                .filter(|e| e.field == field)
                .map(|e| e.kind)
                .collect(),
        }
    }

    #[track_caller]
    pub(super) fn assert_error(r: &Referral, field: &str, kind: ValidationErrorKind) {
        let errors = r.validate().expect_err("should be invalid");
        assert!(
            errors.iter().any(|e| e.field == field && e.kind == kind),
            "expected {kind:?} at {field}, got {errors:?}"
        );
    }

    pub(super) fn s(text: &str) -> Sensitive<String> {
        Sensitive(text.to_owned())
    }

    pub(super) fn window(start: &str, end: &str, tz: &str) -> TimeWindow {
        TimeWindow {
            days: BTreeSet::new(),
            start: TimeOfDay::parse(start).unwrap(),
            end: TimeOfDay::parse(end).unwrap(),
            time_zone: TimeZoneName::parse(tz).unwrap(),
        }
    }
}
