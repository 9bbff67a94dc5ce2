//! The form's in-memory state and its exact mapping to and from the core's Referral JSON
//! (`crates/core/src/referral/`): optional fields are omitted, never null.

use serde_json::{Map, Value, json};

use reach_contract::choices::{ConsentScope, ContactKind, Need, Weekday};

use crate::icons::{self, Icon};

/// Id of the consent wording shown on the consent screen; bump it when that text changes.
pub const CONSENT_TEXT_VERSION: &str = "ui-2026-11";

/// Needs in display order (the contract's spellings of `Need`), with an icon each.
pub const NEEDS: [(&str, Icon); 11] = [
    (Need::SafetyNow.as_str(), icons::shield),
    (Need::Shelter.as_str(), icons::house),
    (Need::Medical.as_str(), icons::medical),
    (Need::LegalImmigration.as_str(), icons::document),
    (Need::LabourExploitation.as_str(), icons::helmet),
    (Need::SexualExploitation.as_str(), icons::hand),
    (Need::ChildAtRisk.as_str(), icons::child),
    (Need::MoneyDebt.as_str(), icons::coins),
    (Need::GoingHome.as_str(), icons::going_home),
    (Need::Interpreter.as_str(), icons::speech),
    (Need::Other.as_str(), icons::dots),
];
/// Contact kinds, the safest first, with an icon each.
pub const METHODS: [(&str, Icon); 6] = [
    (ContactKind::CheckBackInApp.as_str(), icons::app_check),
    (ContactKind::Call.as_str(), icons::phone),
    (ContactKind::Sms.as_str(), icons::sms),
    (ContactKind::MessagingApp.as_str(), icons::chat),
    (ContactKind::Email.as_str(), icons::envelope),
    (ContactKind::InPersonViaOutreach.as_str(), icons::people),
];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeWin {
    /// serde spellings ("monday"); empty = any day.
    pub days: Vec<String>,
    pub start: String,
    pub end: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub needs: Vec<String>,
    pub urgency: Option<String>,
    pub for_whom: Option<String>,
    pub age_group: Option<String>,
    pub language: Option<String>,
    pub methods: Vec<String>,
    pub phone: String,
    pub app: String,
    pub handle: String,
    pub email: String,
    pub times: Vec<TimeWin>,
    pub time_zone: String,
    pub voicemail_ok: Option<bool>,
    pub code_word: String,
    pub someone_else: Option<String>,
    pub someone_else_other: String,
    pub responder_gender: Option<String>,
    pub place: String,
    pub message: String,
    /// An outreach worker's organisation (`assisted_by`, only with a reference).
    pub assisted_org: String,
    /// How the hotline can reach the worker (optional).
    pub assisted_channel: String,
    pub consent: String,
    /// The person gave the consent on an outreach worker's phone, the worker assisting
    /// (`consent.assisted`; set by worker mode, never typed).
    pub consent_assisted: bool,
}

impl Default for Form {
    fn default() -> Self {
        Self {
            needs: vec![],
            urgency: None,
            for_whom: None,
            age_group: None,
            language: None,
            methods: vec![],
            phone: String::new(),
            app: String::new(),
            handle: String::new(),
            email: String::new(),
            times: vec![],
            time_zone: String::new(),
            voicemail_ok: None,
            code_word: String::new(),
            someone_else: None,
            someone_else_other: String::new(),
            responder_gender: None,
            place: String::new(),
            message: String::new(),
            assisted_org: String::new(),
            assisted_channel: String::new(),
            // Least sharing is pre-selected.
            consent: ConsentScope::default().as_str().into(),
            consent_assisted: false,
        }
    }
}

/// Toggles `item` in a list (multi-choice buttons).
pub fn toggle(list: &mut Vec<String>, item: &str) {
    if let Some(i) = list.iter().position(|x| x == item) {
        list.remove(i);
    } else {
        list.push(item.to_owned());
    }
}

/// Digits of any script to ASCII, "00" to "+", and no spaces or punctuation: what the core
/// expects (E.164); anything else is left for `validate` to report as `invalid_phone`.
///
/// A "(0)" after the country code ("+44 (0)20 …", as British, German, Dutch, Swiss and
/// Australian numbers are often written) is the trunk prefix dialled at home, never from
/// abroad: kept, it made "+4402079460958", a number of the right form that no hotline could
/// call. It is dropped.
pub fn normalize_phone(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.trim().chars();
    while let Some(c) = chars.next() {
        let digit = reach_contract::digits::to_ascii(c);
        if matches!(c, '(' | '（') && (out.starts_with('+') || out.starts_with("00")) {
            let mut ahead = chars.clone();
            if ahead.next().map(reach_contract::digits::to_ascii) == Some('0')
                && matches!(ahead.next(), Some(')' | '）'))
            {
                chars = ahead;
                continue;
            }
        }
        if digit.is_ascii_digit() {
            out.push(digit);
        } else if (c == '+' || c == '＋') && out.is_empty() {
            out.push('+');
        } else if c.is_whitespace() || "-().\u{2010}\u{2011}\u{2012}\u{2013}/".contains(c) {
            continue;
        } else {
            out.push(c);
        }
    }
    if let Some(rest) = out.strip_prefix("00") {
        out = format!("+{rest}");
    }
    out
}

/// "HH:MM" as the core's `TimeOfDay` reads it.
pub fn is_hh_mm(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && [0, 1, 3, 4].iter().all(|i| b[*i].is_ascii_digit())
        && t[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && t[3..].parse::<u8>().is_ok_and(|m| m < 60)
}

fn text(value: &str) -> Option<Value> {
    let t = value.trim();
    (!t.is_empty()).then(|| Value::String(t.to_owned()))
}

impl Form {
    /// Who assisted, as the worker's profile says now: every person's request goes with it
    /// (a draft begun before a profile change included).
    pub fn assisted_by(&mut self, worker: reach_contract::view::WorkerProfileView) {
        self.assisted_org = worker.organisation;
        self.assisted_channel = worker.channel.unwrap_or_default();
    }

    /// The Referral JSON (`draft_save`, `validate`). Indices of `contact.methods[i]` follow
    /// [`Form::ordered_methods`].
    pub fn to_json(&self) -> Value {
        let mut r = Map::new();
        r.insert("v".into(), json!(1));
        if !self.needs.is_empty() {
            let needs: Vec<&str> = NEEDS
                .iter()
                .map(|(n, _)| *n)
                .filter(|n| self.needs.iter().any(|x| x == n))
                .collect();
            r.insert("needs".into(), json!(needs));
        }
        for (key, value) in [
            ("urgency", &self.urgency),
            ("for_whom", &self.for_whom),
            ("age_group", &self.age_group),
            ("language", &self.language),
        ] {
            if let Some(v) = value {
                r.insert(key.into(), json!(v));
            }
        }
        let mut c = Map::new();
        let phone = normalize_phone(&self.phone);
        let methods: Vec<Value> = self
            .ordered_methods()
            .into_iter()
            .map(|kind| match kind {
                "call" | "sms" => json!({ "kind": kind, "phone": phone }),
                "messaging_app" => json!({
                    "kind": kind, "app": self.app.trim(), "handle": self.handle.trim()
                }),
                "email" => json!({ "kind": kind, "address": self.email.trim() }),
                _ => json!({ "kind": kind }),
            })
            .collect();
        c.insert("methods".into(), Value::Array(methods));
        // A window still being typed (no valid start or end yet) is left out: the shell refuses
        // a draft that does not parse, and losing one half-typed time beats losing the draft.
        let complete: Vec<&TimeWin> = self
            .times
            .iter()
            .filter(|w| is_hh_mm(&w.start) && is_hh_mm(&w.end))
            .collect();
        if !complete.is_empty() {
            let tz = self.time_zone.trim();
            let tz = if tz.is_empty() { "UTC" } else { tz };
            let times: Vec<Value> = complete
                .into_iter()
                .map(|w| {
                    let mut m = Map::new();
                    if !w.days.is_empty() {
                        let days: Vec<&str> = Weekday::SPELLINGS
                            .into_iter()
                            .filter(|d| w.days.iter().any(|x| x == d))
                            .collect();
                        m.insert("days".into(), json!(days));
                    }
                    m.insert("start".into(), json!(w.start));
                    m.insert("end".into(), json!(w.end));
                    m.insert("time_zone".into(), json!(tz));
                    Value::Object(m)
                })
                .collect();
            c.insert("safe_times".into(), Value::Array(times));
        }
        if let Some(v) = self.voicemail_ok {
            c.insert("voicemail_ok".into(), json!(v));
        }
        if let Some(v) = text(&self.code_word) {
            c.insert("code_word".into(), v);
        }
        match self.someone_else.as_deref() {
            None => {}
            Some("other") => {
                c.insert(
                    "if_someone_else_answers".into(),
                    json!({ "other": self.someone_else_other.trim() }),
                );
            }
            Some(v) => {
                c.insert("if_someone_else_answers".into(), json!(v));
            }
        }
        if let Some(v) = &self.responder_gender {
            c.insert("responder_gender".into(), json!(v));
        }
        r.insert("contact".into(), Value::Object(c));
        if let Some(v) = text(&self.place) {
            r.insert("place".into(), v);
        }
        if let Some(v) = text(&self.message) {
            r.insert("message".into(), v);
        }
        // Only with an organisation: a channel alone says nothing about who assisted.
        if let Some(org) = text(&self.assisted_org) {
            let mut a = Map::new();
            a.insert("organisation".into(), org);
            if let Some(ch) = text(&self.assisted_channel) {
                a.insert("channel".into(), ch);
            }
            r.insert("assisted_by".into(), Value::Object(a));
        }
        let mut consent = json!({ "scope": self.consent, "text_version": CONSENT_TEXT_VERSION });
        // Only with who assisted: the hotline refuses an assisted consent without it.
        if self.consent_assisted && r.contains_key("assisted_by") {
            consent["assisted"] = Value::Bool(true);
        }
        r.insert("consent".into(), consent);
        Value::Object(r)
    }

    /// Chosen methods in the fixed display order (the order they are sent in).
    pub fn ordered_methods(&self) -> Vec<&'static str> {
        METHODS
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| self.methods.iter().any(|m| m == k))
            .collect()
    }

    /// Index of a method in `contact.methods`, for matching validation errors.
    pub fn method_index(&self, kind: &str) -> Option<usize> {
        self.ordered_methods().iter().position(|k| *k == kind)
    }

    /// Reads a saved draft back; unknown or malformed parts are ignored (a draft need not be
    /// valid).
    pub fn from_json(v: &Value) -> Self {
        let s = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
        let list = |v: Option<&Value>| -> Vec<String> {
            v.and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut f = Form {
            needs: list(v.get("needs")),
            urgency: s(v.get("urgency")),
            for_whom: s(v.get("for_whom")),
            age_group: s(v.get("age_group")),
            language: s(v.get("language")),
            place: s(v.get("place")).unwrap_or_default(),
            message: s(v.get("message")).unwrap_or_default(),
            assisted_org: s(v.pointer("/assisted_by/organisation")).unwrap_or_default(),
            assisted_channel: s(v.pointer("/assisted_by/channel")).unwrap_or_default(),
            ..Form::default()
        };
        if let Some(scope) = s(v.pointer("/consent/scope")) {
            f.consent = scope;
        }
        f.consent_assisted = v.pointer("/consent/assisted").and_then(Value::as_bool) == Some(true);
        let c = v.get("contact").cloned().unwrap_or(Value::Null);
        for m in c
            .get("methods")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(kind) = s(m.get("kind")) else {
                continue;
            };
            if let Some(p) = s(m.get("phone")) {
                f.phone = p;
            }
            if let Some(a) = s(m.get("app")) {
                f.app = a;
            }
            if let Some(h) = s(m.get("handle")) {
                f.handle = h;
            }
            if let Some(a) = s(m.get("address")) {
                f.email = a;
            }
            if !f.methods.contains(&kind) {
                f.methods.push(kind);
            }
        }
        for w in c
            .get("safe_times")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(tz) = s(w.get("time_zone")) {
                f.time_zone = tz;
            }
            f.times.push(TimeWin {
                days: list(w.get("days")),
                start: s(w.get("start")).unwrap_or_default(),
                end: s(w.get("end")).unwrap_or_default(),
            });
        }
        f.voicemail_ok = c.get("voicemail_ok").and_then(Value::as_bool);
        f.code_word = s(c.get("code_word")).unwrap_or_default();
        match c.get("if_someone_else_answers") {
            Some(Value::String(x)) => f.someone_else = Some(x.clone()),
            Some(Value::Object(o)) => {
                f.someone_else = Some("other".into());
                f.someone_else_other = s(o.get("other")).unwrap_or_default();
            }
            _ => {}
        }
        f.responder_gender = s(c.get("responder_gender"));
        f
    }

    /// True when nothing but the language has been chosen (no draft is created for that).
    pub fn is_blank(&self) -> bool {
        // What worker mode fills in (who assisted) is not an answer either.
        Form {
            language: self.language.clone(),
            time_zone: self.time_zone.clone(),
            assisted_org: self.assisted_org.clone(),
            assisted_channel: self.assisted_channel.clone(),
            consent_assisted: self.consent_assisted,
            ..Form::default()
        } == *self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reach_core::referral::Referral;

    fn full() -> Form {
        Form {
            needs: vec![
                "shelter".into(),
                "safety_now".into(),
                "child_at_risk".into(),
            ],
            urgency: Some("today".into()),
            for_whom: Some("self".into()),
            age_group: Some("18_to_25".into()),
            language: Some("ar".into()),
            methods: vec![
                "sms".into(),
                "call".into(),
                "check_back_in_app".into(),
                "messaging_app".into(),
                "email".into(),
                "in_person_via_outreach".into(),
            ],
            phone: " +961 ٧١ 123-456 ".into(),
            app: "Signal".into(),
            handle: "@me".into(),
            email: "a@example.org".into(),
            times: vec![
                TimeWin {
                    days: vec!["friday".into(), "monday".into()],
                    start: "18:00".into(),
                    end: "21:00".into(),
                },
                TimeWin {
                    days: vec![],
                    start: "22:00".into(),
                    end: "02:00".into(),
                },
            ],
            time_zone: "Asia/Beirut".into(),
            voicemail_ok: Some(false),
            code_word: " jasmine ".into(),
            someone_else: Some("ask_for_code_word".into()),
            someone_else_other: String::new(),
            responder_gender: Some("woman".into()),
            place: "near the port".into(),
            message: "help\nplease".into(),
            assisted_org: " Street Team Beirut ".into(),
            assisted_channel: "+961 1 234 567".into(),
            consent: "may_refer_to_services".into(),
            consent_assisted: true,
        }
    }

    /// The icon tables list every value of the contract's lists, in its order.
    #[test]
    fn icon_tables_follow_the_contract() {
        assert_eq!(NEEDS.map(|(n, _)| n), Need::SPELLINGS);
        assert_eq!(METHODS.map(|(k, _)| k), ContactKind::SPELLINGS);
    }

    #[test]
    fn json_is_the_cores_referral_form_and_valid() {
        let json = full().to_json();
        let text = serde_json::to_string(&json).unwrap();
        let r: Referral = serde_json::from_str(&text).expect("deserialises as reach_core Referral");
        assert_eq!(r.validate(), Ok(()));
        assert_eq!(json["contact"]["methods"][0]["kind"], "check_back_in_app");
        assert_eq!(json["contact"]["methods"][1]["phone"], "+96171123456");
        assert_eq!(
            json["contact"]["safe_times"][0]["days"],
            json!(["monday", "friday"])
        );
        assert_eq!(json["contact"]["code_word"], "jasmine");
        assert_eq!(
            json["assisted_by"],
            json!({ "organisation": "Street Team Beirut", "channel": "+961 1 234 567" })
        );
        assert_eq!(json["consent"]["assisted"], true);
        // Never without who assisted (the hotline would refuse it).
        let alone = Form {
            assisted_org: " ".into(),
            ..full()
        }
        .to_json();
        assert_eq!(alone["consent"].get("assisted"), None);
        assert_eq!(alone.get("assisted_by"), None);
        // What worker mode fills in alone does not make a draft.
        assert!(
            Form {
                assisted_org: "Hagar".into(),
                consent_assisted: true,
                ..Form::default()
            }
            .is_blank()
        );
        // Round trip through the core's canonical bytes and back into the form.
        let back = Form::from_json(&serde_json::from_slice(&r.to_bytes()).unwrap());
        let mut want = full();
        want.phone = "+96171123456".into();
        want.code_word = "jasmine".into();
        want.assisted_org = "Street Team Beirut".into();
        want.needs = vec![
            "safety_now".into(),
            "shelter".into(),
            "child_at_risk".into(),
        ];
        want.methods = full()
            .ordered_methods()
            .iter()
            .map(|s| s.to_string())
            .collect();
        want.times[0].days = vec!["monday".into(), "friday".into()];
        assert_eq!(back, want);
    }

    #[test]
    fn optional_fields_are_omitted_and_least_sharing_is_default() {
        let mut f = Form::default();
        assert!(f.is_blank());
        f.methods.push("check_back_in_app".into());
        f.someone_else = Some("other".into());
        f.someone_else_other = "say you are my cousin".into();
        let json = f.to_json();
        assert_eq!(
            json,
            json!({ "v": 1, "contact": { "methods": [ { "kind": "check_back_in_app" } ],
                "if_someone_else_answers": { "other": "say you are my cousin" } },
                "consent": { "scope": "hotline_only", "text_version": CONSENT_TEXT_VERSION } })
        );
        let r: Referral = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(r.validate(), Ok(()));
        assert_eq!(Form::from_json(&json), f);
        // An empty draft still deserialises (it is only invalid: no contact method).
        let r: Referral = serde_json::from_value(Form::default().to_json()).unwrap();
        assert!(r.validate().is_err());
    }

    #[test]
    fn half_typed_forms_still_parse_as_drafts() {
        let mut f = full();
        f.times[0].start = String::new();
        f.times[1].end = "25:00".into();
        f.phone = "12".into();
        f.email = String::new();
        f.time_zone = String::new();
        let json = f.to_json();
        assert!(json["contact"].get("safe_times").is_none());
        let r: Referral = serde_json::from_value(json).expect("a draft the shell accepts");
        assert!(r.validate().is_err());
        assert!(is_hh_mm("00:00") && is_hh_mm("23:59"));
        assert!(!is_hh_mm("24:00") && !is_hh_mm("7:00") && !is_hh_mm("07:00:00"));
    }

    #[test]
    fn phone_normalisation() {
        assert_eq!(normalize_phone("0044 20 7946 0958"), "+442079460958");
        assert_eq!(normalize_phone("+84 (91) 234-5678"), "+84912345678");
        // The trunk prefix in brackets after the country code is not dialled from abroad.
        assert_eq!(normalize_phone("+44 (0)20 7946 0958"), "+442079460958");
        assert_eq!(normalize_phone("0049 (0) 30 1234567"), "+49301234567");
        assert_eq!(normalize_phone("+٤٤ (٠)٢٠ ٧٩٤٦ ٠٩٥٨"), "+442079460958");
        // Only there: a national number keeps its brackets' digits.
        assert_eq!(normalize_phone("(0)20 7946 0958"), "02079460958");
        assert_eq!(normalize_phone("+٩٦١٧١١٢٣٤٥"), "+9617112345");
        // Tamil and Lao digits, which an earlier table here did not know.
        assert_eq!(normalize_phone("+௯௪ ௭௭ ௧௨௩ ௪௫௬௭"), "+94771234567");
        assert_eq!(normalize_phone("+໘໕໖ ໒໐ ໕໕໕ ໑໒໓໔"), "+856205551234");
        assert_eq!(normalize_phone(""), "");
    }

    #[test]
    fn toggling() {
        let mut l = vec![];
        toggle(&mut l, "a");
        toggle(&mut l, "b");
        toggle(&mut l, "a");
        assert_eq!(l, vec!["b".to_string()]);
    }
}
