//! Reading a referral written by a newer app of the same major format version (the hotline's
//! side of the versioning rule in `docs/protocol.md`).
//!
//! Within format `v: 1` a newer app may add optional members to any object of the payload. An
//! older hotline must not refuse such a request (the person may not be able to send it again),
//! nor silently drop what it cannot show: [`read`] parses everything it knows exactly as
//! [`Referral::from_bytes`] does, and returns every unknown member, with its path and its raw
//! JSON, for staff to see as "fields this version cannot display".
//!
//! [`Referral::from_bytes`] itself stays strict: it is the canonical form the app writes and
//! reads back (drafts, the outbox, tests), where an unknown member means corruption or a
//! downgrade, not a newer writer.

use std::fmt;

use serde::Serialize;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::referral::{Referral, ReferralError, Sensitive};

/// Members a v1 referral object may have; anything else is a newer app's addition.
const REFERRAL: &[&str] = &[
    "v",
    "needs",
    "urgency",
    "for_whom",
    "age_group",
    "language",
    "contact",
    "place",
    "message",
    "assisted_by",
    "consent",
    "reply_public_key",
    "status_verifier",
];
/// Members of `contact`.
const CONTACT: &[&str] = &[
    "methods",
    "safe_times",
    "voicemail_ok",
    "code_word",
    "if_someone_else_answers",
    "responder_gender",
    "responder_language",
];
/// Members of one contact method (which ones are allowed depends on `kind`).
const METHOD: &[&str] = &["kind", "phone", "app", "handle", "address"];
/// Members of one safe time window.
const WINDOW: &[&str] = &["days", "start", "end", "time_zone"];
/// Members of `consent`.
const CONSENT: &[&str] = &["scope", "text_version", "assisted"];
/// Members of `assisted_by`.
const ASSISTED_BY: &[&str] = &["organisation", "channel"];

/// The v1 member names of every object of the payload, by the path pattern used in
/// `docs/referral.schema.json` (`[]` after a name: each item of that list); public so that a
/// test can hold them equal to the schema. [`read`] prunes by this table, an object's parent
/// before it.
pub const KNOWN_MEMBERS: [(&str, &[&str]); 6] = [
    ("", REFERRAL),
    ("contact", CONTACT),
    ("contact.methods[]", METHOD),
    ("contact.safe_times[]", WINDOW),
    ("consent", CONSENT),
    ("assisted_by", ASSISTED_BY),
];

/// A member this build does not know, kept for staff rather than dropped.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct UnknownField {
    /// Where it was, as a field path (`contact.methods[0].pgp_key`).
    pub field: String,
    /// Its value as compact JSON. Request content, so redacted from `Debug`.
    pub json: Sensitive<String>,
}

impl fmt::Debug for UnknownField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UnknownField({}, {:?})", self.field, self.json)
    }
}

/// A referral as an older reader sees it: everything it knows, validated, plus what it does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tolerated {
    /// The known part, valid as [`Referral::validate`] requires.
    pub referral: Referral,
    /// Members added by a newer app of the same major version, in document order.
    pub unknown_fields: Vec<UnknownField>,
}

/// Parses a referral, tolerating members added within the same major version. Refuses all
/// that [`Referral::from_bytes`] refuses for any other reason (size, syntax, duplicate keys,
/// another major version, unknown enum values, invalid content), with the same error.
pub fn read(bytes: &[u8]) -> Result<Tolerated, ReferralError> {
    let strict_error = match Referral::from_bytes(bytes) {
        Ok(referral) => {
            return Ok(Tolerated {
                referral,
                unknown_fields: Vec::new(),
            });
        }
        Err(e @ ReferralError::Malformed { .. }) => e,
        Err(e) => return Err(e),
    };
    let Ok(NoDuplicateKeys(mut value)) = serde_json::from_slice(bytes) else {
        return Err(strict_error);
    };
    let mut unknown_fields = Vec::new();
    prune_known(&mut value, &mut unknown_fields);
    if unknown_fields.is_empty() {
        return Err(strict_error);
    }
    let referral: Referral = serde_json::from_value(value).map_err(|_| strict_error)?;
    referral.validate().map_err(ReferralError::Invalid)?;
    Ok(Tolerated {
        referral,
        unknown_fields,
    })
}

/// Moves every unknown member of the payload's objects into `out`.
fn prune_known(root: &mut Value, out: &mut Vec<UnknownField>) {
    prune_with(root, &KNOWN_MEMBERS, out);
}

/// [`prune_known`] by a table of member names such as [`KNOWN_MEMBERS`] (a test gives it an
/// older build's table). An object's unknown members are pruned before its children are
/// looked at, so an unknown object is reported whole, never member by member.
fn prune_with(root: &mut Value, known: &[(&str, &[&str])], out: &mut Vec<UnknownField>) {
    for (at, names) in known {
        objects_at(root, at, String::new(), &mut |obj, prefix| {
            prune(obj, names, prefix, out)
        });
    }
}

/// Calls `f` on every object at the path pattern `at` (`contact.methods[]`), with the prefix of
/// its members' field paths (`contact.methods[2].`). What is absent or not an object is skipped:
/// the strict parse after pruning refuses it.
fn objects_at(
    v: &mut Value,
    at: &str,
    prefix: String,
    f: &mut impl FnMut(&mut Map<String, Value>, &str),
) {
    if at.is_empty() {
        if let Some(obj) = v.as_object_mut() {
            f(obj, &prefix);
        }
        return;
    }
    let (head, rest) = at.split_once('.').unwrap_or((at, ""));
    let (name, list) = match head.strip_suffix("[]") {
        Some(name) => (name, true),
        None => (head, false),
    };
    let Some(child) = v.as_object_mut().and_then(|o| o.get_mut(name)) else {
        return;
    };
    if !list {
        objects_at(child, rest, format!("{prefix}{name}."), f);
    } else if let Some(items) = child.as_array_mut() {
        for (i, item) in items.iter_mut().enumerate() {
            objects_at(item, rest, format!("{prefix}{name}[{i}]."), f);
        }
    }
}

fn prune(obj: &mut Map<String, Value>, known: &[&str], prefix: &str, out: &mut Vec<UnknownField>) {
    let unknown: Vec<String> = obj
        .keys()
        .filter(|k| !known.contains(&k.as_str()))
        .cloned()
        .collect();
    for key in unknown {
        if let Some(value) = obj.remove(&key) {
            out.push(UnknownField {
                field: format!("{prefix}{key}"),
                json: Sensitive::new(value.to_string()),
            });
        }
    }
}

/// A JSON value that refuses an object with the same key twice, at any depth, as the strict
/// parser does: two readers must never pick different values of one member.
struct NoDuplicateKeys(Value);

impl<'de> Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NoDuplicateKeysVisitor)
            .map(NoDuplicateKeys)
    }
}

struct NoDuplicateKeysVisitor;

impl<'de> Visitor<'de> for NoDuplicateKeysVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON without duplicate object keys")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(NoDuplicateKeys(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut obj = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let NoDuplicateKeys(v) = map.next_value()?;
            if obj.insert(key, v).is_some() {
                return Err(de::Error::custom("duplicate key"));
            }
        }
        Ok(Value::Object(obj))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::{sample, sample_minimal};

    fn with(referral: &Referral, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
        let mut v: Value = serde_json::from_slice(&referral.to_bytes()).unwrap();
        edit(&mut v);
        serde_json::to_vec(&v).unwrap()
    }

    #[test]
    fn a_known_payload_has_no_unknown_fields() {
        let r = sample();
        let read = read(&r.to_bytes()).unwrap();
        assert_eq!(read.referral, r);
        assert!(read.unknown_fields.is_empty());
    }

    #[test]
    fn unknown_members_are_kept_and_reported_not_refused() {
        let r = sample();
        let bytes = with(&r, |v| {
            v["pronouns"] = "she/her".into();
            v["contact"]["signal_ok"] = true.into();
            v["contact"]["methods"][0]["note"] = serde_json::json!({"a": [1, 2]});
            v["contact"]["safe_times"][0]["holidays"] = false.into();
            v["consent"]["shown_at"] = "2026-01".into();
        });
        // The strict reader refuses it; the tolerant one keeps everything it cannot show.
        assert!(matches!(
            Referral::from_bytes(&bytes),
            Err(ReferralError::Malformed { .. })
        ));
        let read = read(&bytes).unwrap();
        assert_eq!(read.referral, r);
        let got: Vec<(&str, &str)> = read
            .unknown_fields
            .iter()
            .map(|u| (u.field.as_str(), u.json.expose().as_str()))
            .collect();
        let mut got = got;
        got.sort();
        assert_eq!(
            got,
            [
                ("consent.shown_at", "\"2026-01\""),
                ("contact.methods[0].note", "{\"a\":[1,2]}"),
                ("contact.safe_times[0].holidays", "false"),
                ("contact.signal_ok", "true"),
                ("pronouns", "\"she/her\""),
            ]
        );
        // Debug never shows the values.
        assert!(!format!("{read:?}").contains("she/her"));
    }

    #[test]
    fn assisted_by_is_known_and_its_own_additions_are_kept() {
        // This build knows `assisted_by`: nothing unknown, read as the strict reader reads it.
        let r = crate::referral::sample_assisted();
        let read_now = read(&r.to_bytes()).unwrap();
        assert_eq!(read_now.referral, r);
        assert!(read_now.unknown_fields.is_empty());

        // A newer app's member inside `assisted_by` is kept for staff, under its path.
        let bytes = with(&r, |v| {
            v["assisted_by"]["role"] = "nurse".into();
        });
        assert!(matches!(
            Referral::from_bytes(&bytes),
            Err(ReferralError::Malformed { .. })
        ));
        let tolerated = read(&bytes).unwrap();
        assert_eq!(tolerated.referral, r);
        let got: Vec<(&str, &str)> = tolerated
            .unknown_fields
            .iter()
            .map(|u| (u.field.as_str(), u.json.expose().as_str()))
            .collect();
        assert_eq!(got, [("assisted_by.role", "\"nurse\"")]);

        // What it holds is still checked: an empty organisation, a missing one, not an object.
        type Edit = fn(&mut Value);
        let cases: [(&str, Edit); 3] = [
            ("empty", |v| v["assisted_by"]["organisation"] = "  ".into()),
            ("missing", |v| {
                v["assisted_by"]
                    .as_object_mut()
                    .unwrap()
                    .remove("organisation");
            }),
            ("not an object", |v| v["assisted_by"] = "Hội".into()),
        ];
        for (what, edit) in cases {
            let bytes = with(&r, |v| {
                edit(v);
                v["new"] = 1.into();
            });
            assert!(read(&bytes).is_err(), "{what}");
        }
        match read(&with(&r, |v| {
            v["assisted_by"]["organisation"] = "".into();
            v["assisted_by"]["role"] = "nurse".into();
        })) {
            Err(ReferralError::Invalid(errors)) => {
                assert_eq!(errors[0].field, "assisted_by.organisation");
            }
            other => panic!("{other:?}"),
        }
    }

    /// A v1 reader built before `assisted_by` and `consent.assisted` (the member tables without
    /// them) opens an assisted request anyway: everything else as usual, and both listed as
    /// unknown, with their raw JSON, for staff to see; never refused, never dropped.
    #[test]
    fn an_older_reader_lists_assisted_by_as_unknown() {
        let older: Vec<(&str, Vec<&str>)> = KNOWN_MEMBERS
            .iter()
            .filter(|(at, _)| *at != "assisted_by")
            .map(|(at, names)| {
                let names = names
                    .iter()
                    .copied()
                    .filter(|n| *n != "assisted_by" && !(*at == "consent" && *n == "assisted"));
                (*at, names.collect())
            })
            .collect();
        let older: Vec<(&str, &[&str])> = older.iter().map(|(at, n)| (*at, &n[..])).collect();
        assert_eq!(older.len(), KNOWN_MEMBERS.len() - 1);

        let r = crate::referral::sample_assisted();
        let mut v: Value = serde_json::from_slice(&r.to_bytes()).unwrap();
        let mut unknown = Vec::new();
        prune_with(&mut v, &older, &mut unknown);
        let got: Vec<(&str, Value)> = unknown
            .iter()
            .map(|u| {
                let json = serde_json::from_str(u.json.expose()).unwrap();
                (u.field.as_str(), json)
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "assisted_by",
                    serde_json::json!({
                        "organisation": "Hội Hỗ trợ Ngư dân Cà Mau",
                        "channel": "Zalo 0290 3555 012"
                    })
                ),
                ("consent.assisted", serde_json::json!(true))
            ]
        );
        // The rest is exactly the request without it, and valid.
        let rest: Referral = serde_json::from_value(v).unwrap();
        assert_eq!(rest.validate(), Ok(()));
        assert_eq!(
            rest,
            Referral {
                assisted_by: None,
                consent: crate::referral::Consent {
                    assisted: false,
                    ..r.consent.clone()
                },
                ..r.clone()
            }
        );
        // And what it shows staff never appears in `Debug`.
        assert!(!format!("{unknown:?}").contains("Zalo"));
        // A request without `assisted_by` is the same to both.
        let mut v: Value = serde_json::from_slice(&sample().to_bytes()).unwrap();
        prune_with(&mut v, &older, &mut unknown);
        assert_eq!(unknown.len(), 2);
    }

    #[test]
    fn everything_else_is_still_refused() {
        let r = sample_minimal();
        let cases = [
            // Another major version: refused with a clear error, not read as unknown members.
            with(&r, |v| {
                v["v"] = 2.into();
                v["new"] = 1.into();
            }),
            // An unknown enum value is a change of meaning, not an addition.
            with(&r, |v| {
                v["needs"] = serde_json::json!(["housing"]);
                v["new"] = 1.into();
            }),
            // A missing required member.
            with(&r, |v| {
                v.as_object_mut().unwrap().remove("contact");
                v["new"] = 1.into();
            }),
            // The same key twice, even when one copy is unknown.
            br#"{"v":1,"x":1,"x":2,"contact":{"methods":[{"kind":"check_back_in_app"}]},"consent":{"scope":"hotline_only","text_version":"2025-01"}}"#.to_vec(),
            br#"{"v":1,"x":1,"contact":{"methods":[{"kind":"check_back_in_app"}]},"consent":{"scope":"hotline_only","scope":"may_involve_police","text_version":"2025-01"}}"#.to_vec(),
            b"not json".to_vec(),
        ];
        for bytes in cases {
            assert!(read(&bytes).is_err(), "{}", String::from_utf8_lossy(&bytes));
        }
        // Invalid known content is reported as such, with the field, not as malformed.
        let bytes = with(&r, |v| {
            v["consent"]["text_version"] = "".into();
            v["new"] = 1.into();
        });
        match read(&bytes) {
            Err(ReferralError::Invalid(errors)) => {
                assert_eq!(errors[0].field, "consent.text_version");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            read(&with(&r, |v| v["v"] = 2.into())),
            Err(ReferralError::UnsupportedVersion { found: 2, .. })
        ));
    }
}
