//! Property tests over whole referrals: round trips, and parsers that never panic.

use proptest::prelude::*;

use super::test_util::s;
use super::*;

// ------------------------------------------------------------------ property tests

fn text_strategy(max: usize) -> impl Strategy<Value = Sensitive<String>> {
    proptest::string::string_regex(&format!(
        "[a-zA-Z0-9àáạảãăắđêếệôơớưứ\"\\\\ 中文ภาษา]{{1,{max}}}"
    ))
    .unwrap()
    .prop_filter_map("blank", |t| {
        let t = t.trim();
        (!t.is_empty()).then(|| s(t))
    })
}

fn phone_strategy() -> impl Strategy<Value = PhoneNumber> {
    prop::sample::select(vec![
        "+442079460958",
        "+84912345678",
        "+66812345678",
        "+959123456789",
        "+12025550123",
        "+2348031234567",
    ])
    .prop_map(|p| PhoneNumber(s(p)))
}

fn language_strategy() -> impl Strategy<Value = LanguageTag> {
    prop::sample::select(vec![
        "vi", "en-GB", "th", "my", "km", "tl", "zh-Hant", "ro", "uk", "ar-EG",
    ])
    .prop_map(|t| LanguageTag::parse(t).unwrap())
}

fn method_strategy() -> impl Strategy<Value = ContactMethod> {
    prop_oneof![
        phone_strategy().prop_map(|phone| ContactMethod::Call { phone }),
        phone_strategy().prop_map(|phone| ContactMethod::Sms { phone }),
        (text_strategy(40), text_strategy(100))
            .prop_map(|(app, handle)| ContactMethod::MessagingApp { app, handle }),
        "[a-z0-9.]{1,20}@[a-z0-9.-]{1,20}".prop_map(|a| ContactMethod::Email { address: s(&a) }),
        Just(ContactMethod::InPersonViaOutreach),
        Just(ContactMethod::CheckBackInApp),
    ]
}

fn window_strategy() -> impl Strategy<Value = TimeWindow> {
    (
        prop::collection::btree_set(prop::sample::select(Weekday::ALL.to_vec()), 0..=7),
        0u16..1440,
        1u16..1440,
        prop::sample::select(chrono_tz::TZ_VARIANTS.to_vec()),
    )
        .prop_map(|(days, start, len, tz)| TimeWindow {
            days,
            start: TimeOfDay(start),
            end: TimeOfDay((start + len) % 1440),
            time_zone: TimeZoneName(s(tz.name())),
        })
}

fn assisted_by_strategy() -> impl Strategy<Value = AssistedBy> {
    (
        text_strategy(limits::ASSISTED_BY_ORGANISATION_MAX_CHARS),
        prop::option::of(text_strategy(limits::ASSISTED_BY_CHANNEL_MAX_CHARS)),
    )
        .prop_map(|(organisation, channel)| AssistedBy {
            organisation,
            channel,
        })
}

fn dedup<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

fn referral_strategy() -> impl Strategy<Value = Referral> {
    let head = (
        prop::collection::btree_set(prop::sample::select(Need::ALL.to_vec()), 0..=11),
        prop::option::of(prop::sample::select(vec![
            Urgency::Now,
            Urgency::Today,
            Urgency::ThisWeek,
            Urgency::NotUrgent,
        ])),
        prop::option::of(prop::sample::select(vec![
            ForWhom::Self_,
            ForWhom::SomeoneElse,
            ForWhom::AssistedByOutreach,
        ])),
        prop::option::of(prop::sample::select(vec![
            AgeGroup::Under18,
            AgeGroup::From18To25,
            AgeGroup::From26To59,
            AgeGroup::From60,
        ])),
        prop::option::of(language_strategy()),
        prop::option::of(text_strategy(200)),
        prop::option::of(text_strategy(4000)),
        prop::sample::select(vec![
            ConsentScope::HotlineOnly,
            ConsentScope::MayReferToServices,
            ConsentScope::MayInvolvePolice,
        ]),
        prop::option::of(any::<[u8; 32]>()),
        prop::option::of(any::<[u8; 32]>()),
        prop::option::of(assisted_by_strategy()),
    );
    let contact = (
        prop::collection::vec(method_strategy(), 1..=6),
        prop::collection::vec(window_strategy(), 0..=7),
        prop::option::of(any::<bool>()),
        prop::option::of(text_strategy(64)),
        prop::option::of(prop_oneof![
            Just(IfSomeoneElseAnswers::HangUp),
            Just(IfSomeoneElseAnswers::SayWrongNumber),
            text_strategy(200).prop_map(IfSomeoneElseAnswers::Other),
        ]),
        prop::option::of(prop::sample::select(vec![
            ResponderGender::Woman,
            ResponderGender::Man,
            ResponderGender::AnyGender,
        ])),
        prop::option::of(language_strategy()),
    )
        .prop_map(
            |(methods, safe_times, voicemail_ok, code_word, ifsea, gender, lang)| SafeContactPlan {
                methods: dedup(methods),
                safe_times: dedup(safe_times),
                voicemail_ok,
                code_word,
                if_someone_else_answers: ifsea,
                responder_gender: gender,
                responder_language: lang,
            },
        );
    (head, contact, "[0-9a-z.-]{1,32}").prop_map(
        |(
            (
                needs,
                urgency,
                for_whom,
                age_group,
                language,
                place,
                message,
                scope,
                rpk,
                sv,
                assisted,
            ),
            contact,
            tv,
        )| {
            // A request made with a worker's help has the consent marked so (the rule of
            // `consent.assisted`), in every generated case that has `assisted_by`.
            let assisted_consent = assisted.is_some();
            Referral {
                version: FORMAT_VERSION,
                needs,
                urgency,
                for_whom,
                age_group,
                language,
                contact,
                place,
                message,
                assisted_by: assisted,
                consent: Consent {
                    scope,
                    text_version: tv,
                    assisted: assisted_consent,
                },
                reply_public_key: rpk,
                status_verifier: sv,
            }
        },
    )
}

/// Default regions for the phone properties: each of the crate's trunk prefixes (0, 1, 8) and
/// none (Italy), and the regions Reach's first hotlines serve.
const REGIONS: &str = "(GB|US|VN|TH|MM|KH|PH|NG|DE|FR|RU|KZ|BY|CN|IT|AR|HU)";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn prop_round_trip(r in referral_strategy()) {
        prop_assert_eq!(r.validate(), Ok(()));
        let bytes = r.to_bytes();
        prop_assert!(bytes.len() < limits::SERIALIZED_MAX_BYTES);
        let back = Referral::from_bytes(&bytes);
        prop_assert!(back.as_ref() == Ok(&r), "{:?}", back);
        prop_assert_eq!(back.unwrap().to_bytes(), bytes);
    }

    #[test]
    fn prop_from_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = Referral::from_bytes(&bytes);
    }

    #[test]
    fn prop_from_bytes_never_panics_on_mutated_referrals(
        r in referral_strategy(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = r.to_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Ok(parsed) = Referral::from_bytes(&bytes) {
            // Whatever got through is valid and canonical-serialisable.
            prop_assert_eq!(parsed.validate(), Ok(()));
            prop_assert_eq!(Referral::from_bytes(&parsed.to_bytes()), Ok(parsed));
        }
    }

    #[test]
    fn prop_json_like_input_never_panics(text in r#"[{}\[\]":,0-9a-z_ +\\-]{0,300}"#) {
        let _ = Referral::from_bytes(text.as_bytes());
        let _ = Referral::from_bytes(format!(r#"{{"v":1,{text}}}"#).as_bytes());
    }

    #[test]
    fn prop_phone_parse_never_panics(text in "\\PC{0,40}", region in prop::option::of("[A-Za-z]{2}")) {
        if let Ok(phone) = PhoneNumber::parse(&text, region.as_deref()) {
            prop_assert_eq!(phone.check(), Ok(()));
        }
    }

    #[test]
    fn prop_phone_parse_digits_never_panics(text in "[+]?[0-9 ()-]{0,40}", region in prop::option::of(REGIONS)) {
        if let Ok(phone) = PhoneNumber::parse(&text, region.as_deref()) {
            prop_assert_eq!(phone.check(), Ok(()));
            // Parsing the E.164 form again is the identity, whatever the default region.
            for other in [None, Some("GB"), Some("US"), Some("RU"), Some("IT")] {
                prop_assert_eq!(PhoneNumber::parse(phone.as_e164(), other), Ok(phone.clone()));
            }
        }
    }

    /// Plausible numbers with a country code (one of a few dozen codes, then 6 to 12 digits):
    /// random digits alone are rarely valid, so the property above seldom gets past parsing.
    #[test]
    fn prop_a_number_with_its_country_code_reads_the_same_in_every_region(
        code in "(1|7|20|27|30|33|34|39|44|49|52|54|55|61|63|66|81|84|86|90|91|95|98|212|234|251|255|380|855|880|971)",
        trunk in prop::option::of("[0-9]"),
        rest in "[0-9]{6,12}",
        a in prop::option::of(REGIONS),
        b in prop::option::of(REGIONS),
    ) {
        let typed = format!("+{code} {} {rest}", trunk.unwrap_or_default());
        let in_a = PhoneNumber::parse(&typed, a.as_deref());
        prop_assert_eq!(&in_a, &PhoneNumber::parse(&typed, b.as_deref()));
        if let Ok(phone) = in_a {
            prop_assert_eq!(PhoneNumber::parse(phone.as_e164(), b.as_deref()), Ok(phone.clone()));
        }
    }

    /// National numbers (a trunk digit or none, then 7 to 11 digits) in one region read back
    /// as themselves from E.164 in any other.
    #[test]
    fn prop_a_national_number_reads_back_from_e164_in_every_region(
        trunk in prop::option::of("[018]"),
        rest in "[0-9]{7,11}",
        a in REGIONS,
        b in prop::option::of(REGIONS),
    ) {
        let typed = format!("{}{rest}", trunk.unwrap_or_default());
        if let Ok(phone) = PhoneNumber::parse(&typed, Some(&a)) {
            prop_assert_eq!(phone.check(), Ok(()));
            prop_assert_eq!(PhoneNumber::parse(phone.as_e164(), b.as_deref()), Ok(phone.clone()));
        }
    }

    #[test]
    fn prop_time_of_day_round_trips(minutes in 0u16..1440) {
        let t = TimeOfDay(minutes);
        prop_assert_eq!(TimeOfDay::parse(&t.to_string()), Ok(t));
    }

    #[test]
    fn prop_time_window_covers_exactly_its_length(w in window_strategy()) {
        let mut w = w;
        w.days.clear();
        let covered = (0..1440u16).filter(|m| w.covers(Weekday::Monday, TimeOfDay(*m))).count();
        let len = (w.end.0 + 1440 - w.start.0) % 1440;
        prop_assert_eq!(covered, usize::from(len));
    }
}
