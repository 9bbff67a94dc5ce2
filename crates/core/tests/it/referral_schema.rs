//! `docs/referral.schema.json` against the Rust model (`crates/core/src/referral/`), so that
//! partners can rely on the schema without reading Rust and the two cannot drift apart:
//! what the app writes validates; each kind of payload the Rust reader refuses, the schema
//! refuses too (except the few checks listed as beyond the schema, which are asserted to be
//! exactly that); the schema's enums are the Rust spellings; its member lists are the ones the
//! tolerant reader (`referral_compat`) knows.

use std::collections::BTreeSet;

use reach_core::referral::{
    AgeGroup, ConsentScope, ContactMethod, ForWhom, IfSomeoneElseAnswers, Need, Referral,
    ResponderGender, Sensitive, Urgency, Weekday,
};
use reach_core::referral_compat::KNOWN_MEMBERS;
use serde_json::{Value, json};

fn schema() -> Value {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/referral.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema compiles as draft 2020-12")
}

/// A referral with every field set, every contact method kind and both keys.
fn full() -> Referral {
    let mut v = as_json(&reach_core::referral::sample());
    v["needs"] = json!(["safety_now", "child_at_risk", "other"]);
    v["urgency"] = json!("now");
    v["for_whom"] = json!("assisted_by_outreach");
    v["age_group"] = json!("under_18");
    v["language"] = json!("zh-Hant-TW");
    v["contact"]["methods"] = json!([
        {"kind": "call", "phone": "+84912345678"},
        {"kind": "sms", "phone": "+84912345678"},
        {"kind": "messaging_app", "app": "Zalo", "handle": "hoa.sen"},
        {"kind": "email", "address": "a@example.org"},
        {"kind": "in_person_via_outreach"},
        {"kind": "check_back_in_app"}
    ]);
    v["contact"]["safe_times"] = json!([
        {"days": ["monday", "sunday"], "start": "22:00", "end": "02:00", "time_zone": "Asia/Ho_Chi_Minh"},
        {"start": "07:30", "end": "08:00", "time_zone": "Etc/GMT+5"}
    ]);
    v["contact"]["voicemail_ok"] = json!(true);
    v["contact"]["if_someone_else_answers"] = json!("ask_for_code_word");
    v["contact"]["responder_gender"] = json!("woman");
    v["contact"]["responder_language"] = json!("en-GB");
    v["message"] = json!("line one\n\tline two");
    v["assisted_by"] = json!({"organisation": "Hội Ngư dân", "channel": "+84 290 3555 012"});
    v["consent"]["scope"] = json!("may_involve_police");
    v["consent"]["assisted"] = json!(true);
    v["reply_public_key"] = json!("A".repeat(43));
    v["status_verifier"] = json!(format!("{}w", "_".repeat(42)));
    Referral::from_bytes(&serde_json::to_vec(&v).unwrap()).expect("full() is valid")
}

fn as_json(r: &Referral) -> Value {
    serde_json::from_slice(&r.to_bytes()).unwrap()
}

#[test]
fn what_the_app_writes_validates() {
    let schema = validator();
    let mut samples = vec![
        reach_core::referral::sample(),
        reach_core::referral::sample_minimal(),
        reach_core::referral::sample_assisted(),
        full(),
    ];
    let mut other = reach_core::referral::sample();
    other.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::Other(Sensitive::new(
        "ask for Lan".into(),
    )));
    samples.push(other);
    // The published vectors' payloads too.
    let vectors: Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../docs/test-vectors/v1.json"),
        )
        .unwrap(),
    )
    .unwrap();
    for c in vectors["cases"].as_array().unwrap() {
        samples.push(Referral::from_bytes(c["payload_utf8"].as_str().unwrap().as_bytes()).unwrap());
    }
    for r in samples {
        r.validate().unwrap();
        let v = as_json(&r);
        let errors: Vec<String> = schema.iter_errors(&v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
}

type Edit = fn(&mut Value);

/// Each kind of payload the Rust reader refuses, as an edit of [`full`].
fn refused_by_both() -> Vec<(&'static str, Edit)> {
    vec![
        ("wrong need spelling", |v| v["needs"] = json!(["Shelter"])),
        ("needs not a list", |v| v["needs"] = json!("shelter")),
        ("wrong urgency", |v| v["urgency"] = json!("urgent")),
        ("wrong for_whom", |v| v["for_whom"] = json!("Self")),
        ("wrong age group", |v| v["age_group"] = json!("under18")),
        ("wrong consent scope", |v| {
            v["consent"]["scope"] = json!("police")
        }),
        ("wrong gender", |v| {
            v["contact"]["responder_gender"] = json!("female")
        }),
        ("wrong weekday", |v| {
            v["contact"]["safe_times"][0]["days"] = json!(["mon"])
        }),
        ("wrong contact kind", |v| {
            v["contact"]["methods"][0]["kind"] = json!("phone")
        }),
        ("wrong if_someone_else_answers", |v| {
            v["contact"]["if_someone_else_answers"] = json!("hang_up_now")
        }),
        ("unknown top-level member", |v| v["extra"] = json!(1)),
        ("unknown contact member", |v| {
            v["contact"]["extra"] = json!(1)
        }),
        ("unknown consent member", |v| {
            v["consent"]["extra"] = json!(1)
        }),
        ("unknown method member", |v| {
            v["contact"]["methods"][0]["extra"] = json!(1)
        }),
        ("unknown window member", |v| {
            v["contact"]["safe_times"][0]["extra"] = json!(1)
        }),
        ("unknown assisted_by member", |v| {
            v["assisted_by"]["extra"] = json!(1)
        }),
        ("assisted_by without organisation", |v| {
            v["assisted_by"] = json!({"channel": "+84 290 3555 012"})
        }),
        ("assisted_by not an object", |v| {
            v["assisted_by"] = json!("Hội Ngư dân")
        }),
        ("empty organisation", |v| {
            v["assisted_by"]["organisation"] = json!("")
        }),
        ("organisation of only spaces", |v| {
            v["assisted_by"]["organisation"] = json!("   ")
        }),
        ("over-long organisation", |v| {
            v["assisted_by"]["organisation"] = json!("x".repeat(201))
        }),
        ("over-long channel", |v| {
            v["assisted_by"]["channel"] = json!("x".repeat(201))
        }),
        ("empty channel", |v| v["assisted_by"]["channel"] = json!("")),
        ("consent given with a worker's help, no worker named", |v| {
            drop(v.as_object_mut().unwrap().remove("assisted_by"))
        }),
        ("consent.assisted not a boolean", |v| {
            v["consent"]["assisted"] = json!("yes")
        }),
        ("newline in the channel", |v| {
            v["assisted_by"]["channel"] = json!("+84\n290")
        }),
        ("member of another kind", |v| {
            v["contact"]["methods"][0]["address"] = json!("a@example.org")
        }),
        ("call without phone", |v| {
            v["contact"]["methods"][0] = json!({"kind": "call"})
        }),
        ("other version", |v| v["v"] = json!(2)),
        ("no version", |v| {
            drop(v.as_object_mut().unwrap().remove("v"))
        }),
        ("no contact", |v| {
            drop(v.as_object_mut().unwrap().remove("contact"))
        }),
        ("no consent", |v| {
            drop(v.as_object_mut().unwrap().remove("consent"))
        }),
        ("no text_version", |v| {
            drop(v["consent"].as_object_mut().unwrap().remove("text_version"))
        }),
        ("empty text_version", |v| {
            v["consent"]["text_version"] = json!("")
        }),
        ("no contact method", |v| v["contact"]["methods"] = json!([])),
        ("seven contact methods", |v| {
            let extra = json!({"kind": "call", "phone": "+442079460958"});
            v["contact"]["methods"].as_array_mut().unwrap().push(extra);
        }),
        ("duplicate contact method", |v| {
            let first = v["contact"]["methods"][0].clone();
            v["contact"]["methods"][1] = first;
        }),
        ("eight safe times", |v| {
            v["contact"]["safe_times"] = Value::Array(
                (0..8)
                    .map(|h| json!({"start": format!("0{h}:00"), "end": "09:00", "time_zone": "UTC"}))
                    .collect(),
            )
        }),
        ("duplicate safe time", |v| {
            let first = v["contact"]["safe_times"][0].clone();
            v["contact"]["safe_times"][1] = first;
        }),
        ("ask for a code word without one", |v| {
            drop(v["contact"].as_object_mut().unwrap().remove("code_word"))
        }),
        ("over-long place", |v| v["place"] = json!("x".repeat(201))),
        ("over-long message", |v| {
            v["message"] = json!("x".repeat(4001))
        }),
        ("over-long code word", |v| {
            v["contact"]["code_word"] = json!("x".repeat(65))
        }),
        ("over-long text_version", |v| {
            v["consent"]["text_version"] = json!("x".repeat(33))
        }),
        ("over-long app", |v| {
            v["contact"]["methods"][2]["app"] = json!("x".repeat(41))
        }),
        ("over-long handle", |v| {
            v["contact"]["methods"][2]["handle"] = json!("x".repeat(101))
        }),
        ("over-long email", |v| {
            v["contact"]["methods"][3]["address"] = json!(format!("a@{}", "x".repeat(253)))
        }),
        ("over-long other", |v| {
            v["contact"]["if_someone_else_answers"] = json!({"other": "x".repeat(201)})
        }),
        ("over-long language", |v| {
            v["language"] = json!("en-variant1-variant2-variant3-variant4")
        }),
        ("not trimmed", |v| v["place"] = json!(" near the port")),
        ("trailing newline", |v| v["message"] = json!("hello\n")),
        ("only spaces", |v| v["place"] = json!("   ")),
        ("control character", |v| v["place"] = json!("a\u{7}b")),
        ("newline in one-line text", |v| v["place"] = json!("a\nb")),
        ("NUL in the message", |v| v["message"] = json!("a\u{0}b")),
        ("C1 control", |v| {
            v["contact"]["code_word"] = json!("a\u{85}b")
        }),
        ("empty app", |v| {
            v["contact"]["methods"][2]["app"] = json!("")
        }),
        ("local phone number", |v| {
            v["contact"]["methods"][0]["phone"] = json!("0912345678")
        }),
        ("phone with leading 0", |v| {
            v["contact"]["methods"][0]["phone"] = json!("+0912345678")
        }),
        ("phone too short", |v| {
            v["contact"]["methods"][0]["phone"] = json!("+849123")
        }),
        ("phone too long", |v| {
            v["contact"]["methods"][0]["phone"] = json!("+8491234567890123")
        }),
        ("two @ in email", |v| {
            v["contact"]["methods"][3]["address"] = json!("a@b@c")
        }),
        ("no @ in email", |v| {
            v["contact"]["methods"][3]["address"] = json!("example.org")
        }),
        ("space in email", |v| {
            v["contact"]["methods"][3]["address"] = json!("a b@c")
        }),
        ("language not canonical", |v| v["language"] = json!("EN-gb")),
        ("language with underscore", |v| {
            v["language"] = json!("en_GB")
        }),
        ("time 24:00", |v| {
            v["contact"]["safe_times"][0]["start"] = json!("24:00")
        }),
        ("time without leading zero", |v| {
            v["contact"]["safe_times"][0]["start"] = json!("9:00")
        }),
        ("time zone with a space", |v| {
            v["contact"]["safe_times"][0]["time_zone"] = json!("Asia/Ho Chi Minh")
        }),
        ("short key", |v| v["reply_public_key"] = json!("AAAA")),
        ("key with stray bits", |v| {
            v["status_verifier"] = json!(format!("{}x", "_".repeat(42)))
        }),
        ("padded key", |v| {
            v["reply_public_key"] = json!(format!("{}=", "A".repeat(43)))
        }),
        ("voicemail_ok not a boolean", |v| {
            v["contact"]["voicemail_ok"] = json!("yes")
        }),
        ("not an object", |v| *v = json!([1])),
    ]
}

/// Checks the Rust reader makes that the schema cannot express (docs/protocol.md, "Beyond
/// the schema"): the schema accepts these, the reader refuses them.
fn beyond_the_schema() -> Vec<(&'static str, Edit)> {
    vec![
        ("window start equals end", |v| {
            v["contact"]["safe_times"][0]["end"] = v["contact"]["safe_times"][0]["start"].clone()
        }),
        ("time zone not in the tz database", |v| {
            v["contact"]["safe_times"][0]["time_zone"] = json!("Mars/Olympus_Mons")
        }),
        ("time zone not in canonical case", |v| {
            v["contact"]["safe_times"][0]["time_zone"] = json!("asia/ho_chi_minh")
        }),
    ]
}

#[test]
fn what_rust_refuses_the_schema_refuses() {
    let schema = validator();
    let base = as_json(&full());
    assert!(schema.is_valid(&base));
    for (what, edit) in refused_by_both() {
        let mut v = base.clone();
        edit(&mut v);
        let bytes = serde_json::to_vec(&v).unwrap();
        assert!(
            Referral::from_bytes(&bytes).is_err(),
            "Rust accepts: {what}"
        );
        assert!(!schema.is_valid(&v), "the schema accepts: {what}");
    }
    for (what, edit) in beyond_the_schema() {
        let mut v = base.clone();
        edit(&mut v);
        let bytes = serde_json::to_vec(&v).unwrap();
        assert!(
            Referral::from_bytes(&bytes).is_err(),
            "Rust accepts: {what}"
        );
        assert!(
            schema.is_valid(&v),
            "the schema now checks \"{what}\": move it to refused_by_both and out of \
             docs/protocol.md's list"
        );
    }
}

/// Serialised spellings of enum values.
fn spellings<T: serde::Serialize>(all: &[T]) -> BTreeSet<String> {
    all.iter()
        .map(|x| {
            serde_json::to_value(x)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn schema_enum(schema: &Value, def: &str) -> BTreeSet<String> {
    let e = &schema["$defs"][def]["enum"];
    serde_json::from_value(e.clone()).unwrap_or_else(|_| panic!("$defs/{def} has an enum"))
}

/// Every value of a unit-only enum, through an exhaustive `match`: adding a variant in Rust
/// without adding it here (and to the schema) does not compile.
macro_rules! all_of {
    ($ty:ident: $($v:ident),+ $(,)?) => {{
        let all = vec![$($ty::$v),+];
        for x in &all {
            match x {
                $($ty::$v)|+ => {}
            }
        }
        all
    }};
}

/// The `kind` of every contact method, from a value of each variant.
fn contact_kinds() -> BTreeSet<String> {
    let phone = || serde_json::from_value(json!("+84912345678")).unwrap();
    let text = || Sensitive::new("x".to_owned());
    let all = vec![
        ContactMethod::Call { phone: phone() },
        ContactMethod::Sms { phone: phone() },
        ContactMethod::MessagingApp {
            app: text(),
            handle: text(),
        },
        ContactMethod::Email { address: text() },
        ContactMethod::InPersonViaOutreach,
        ContactMethod::CheckBackInApp,
    ];
    for x in &all {
        match x {
            ContactMethod::Call { .. }
            | ContactMethod::Sms { .. }
            | ContactMethod::MessagingApp { .. }
            | ContactMethod::Email { .. }
            | ContactMethod::InPersonViaOutreach
            | ContactMethod::CheckBackInApp => {}
        }
    }
    all.iter()
        .map(|m| {
            serde_json::to_value(m).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// The plain (unit) answers for someone else picking up; `Other` is the object form.
fn if_someone_else_answers_units() -> BTreeSet<String> {
    let all = vec![
        IfSomeoneElseAnswers::HangUp,
        IfSomeoneElseAnswers::SayWrongNumber,
        IfSomeoneElseAnswers::AskForCodeWord,
    ];
    for x in &all {
        match x {
            IfSomeoneElseAnswers::HangUp
            | IfSomeoneElseAnswers::SayWrongNumber
            | IfSomeoneElseAnswers::AskForCodeWord
            | IfSomeoneElseAnswers::Other(_) => {}
        }
    }
    spellings(&all)
}

#[test]
fn schema_enums_are_the_rust_spellings() {
    let s = schema();
    assert_eq!(schema_enum(&s, "need"), spellings(&Need::ALL));
    assert_eq!(schema_enum(&s, "weekday"), spellings(&Weekday::ALL));
    assert_eq!(
        schema_enum(&s, "urgency"),
        spellings(&all_of!(Urgency: Now, Today, ThisWeek, NotUrgent))
    );
    assert_eq!(
        schema_enum(&s, "for_whom"),
        spellings(&all_of!(ForWhom: Self_, SomeoneElse, AssistedByOutreach))
    );
    assert_eq!(
        schema_enum(&s, "age_group"),
        spellings(&all_of!(AgeGroup: Under18, From18To25, From26To59, From60))
    );
    assert_eq!(
        schema_enum(&s, "responder_gender"),
        spellings(&all_of!(ResponderGender: Woman, Man, AnyGender))
    );
    assert_eq!(
        schema_enum(&s, "consent_scope"),
        spellings(&all_of!(ConsentScope: HotlineOnly, MayReferToServices, MayInvolvePolice))
    );
    let kinds: BTreeSet<String> = s["$defs"]["contact_method"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            b["properties"]["kind"]["const"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(kinds, contact_kinds());
    let units: BTreeSet<String> =
        serde_json::from_value(s["$defs"]["if_someone_else_answers"]["oneOf"][0]["enum"].clone())
            .unwrap();
    assert_eq!(units, if_someone_else_answers_units());
    let other = &s["$defs"]["if_someone_else_answers"]["oneOf"][1]["required"];
    let other_json =
        serde_json::to_value(IfSomeoneElseAnswers::Other(Sensitive::new("x".into()))).unwrap();
    assert_eq!(
        other,
        &json!(other_json.as_object().unwrap().keys().collect::<Vec<_>>())
    );
    assert_eq!(
        s["properties"]["needs"]["maxItems"].as_u64(),
        Some(Need::ALL.len() as u64)
    );
}

#[test]
fn schema_members_are_the_ones_the_tolerant_reader_knows() {
    let s = schema();
    let props = |at: &Value| -> BTreeSet<String> {
        at["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let methods: BTreeSet<String> = s["$defs"]["contact_method"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(props)
        .collect();
    let from_schema = [
        ("", props(&s)),
        ("contact", props(&s["$defs"]["contact"])),
        ("contact.methods[]", methods),
        ("contact.safe_times[]", props(&s["$defs"]["time_window"])),
        ("consent", props(&s["$defs"]["consent"])),
        ("assisted_by", props(&s["$defs"]["assisted_by"])),
    ];
    assert_eq!(KNOWN_MEMBERS.len(), from_schema.len());
    for ((at, known), (schema_at, in_schema)) in KNOWN_MEMBERS.iter().zip(&from_schema) {
        assert_eq!(at, schema_at);
        let known: BTreeSet<String> = known.iter().map(|k| (*k).to_owned()).collect();
        assert_eq!(&known, in_schema, "members of {at:?}");
    }
    // And every member the full sample serialises is one of them.
    let full = as_json(&full());
    let top: BTreeSet<String> = full.as_object().unwrap().keys().cloned().collect();
    assert_eq!(top, from_schema[0].1);
}
