//! Exports of selected requests for a partner's case system: JSON (each request's canonical
//! serde form) or CSV (one flattened row per request), always as an age-encrypted file, to a
//! passphrase (scrypt) or to the partner's X25519 `age1…` public key. The plaintext exists only
//! in memory, in buffers that are zeroized when dropped; it is never written to disk or logged.

use std::io::Write as _;
use std::iter;
use std::str::FromStr as _;

use age::secrecy::SecretString;
use reach_core::referral::Referral;
use serde::Serialize;
use zeroize::Zeroizing;

use super::index::Entry;

/// The most requests one export may hold.
pub(crate) const MAX_IDS: usize = 500;
/// The shortest passphrase accepted (characters).
pub(crate) const MIN_PASSPHRASE_CHARS: usize = 12;

/// The file's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Csv,
}

impl Format {
    pub(crate) fn parse(s: &str) -> Option<Self> {
        match s {
            "json" => Some(Self::Json),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Csv => "csv",
        }
    }
}

/// Who can open the file.
pub(crate) enum Protect {
    /// Whoever knows the passphrase (age's scrypt recipient).
    Passphrase(SecretString),
    /// The holder of the partner's X25519 identity.
    Key(Box<age::x25519::Recipient>),
}

/// Why the protection was refused (the Fluent id of the message).
pub(crate) fn protection(
    protect: &str,
    passphrase: &str,
    recipient: &str,
) -> Result<Protect, &'static str> {
    match protect {
        "passphrase" => {
            if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                Err("export-error-passphrase")
            } else {
                Ok(Protect::Passphrase(SecretString::from(
                    passphrase.to_owned(),
                )))
            }
        }
        "key" => {
            let r = recipient.trim();
            if !r.starts_with("age1") {
                return Err("export-error-recipient");
            }
            age::x25519::Recipient::from_str(r)
                .map(|k| Protect::Key(Box::new(k)))
                .map_err(|_| "export-error-recipient")
        }
        _ => Err("error-bad-input"),
    }
}

#[derive(Serialize)]
struct JsonRow<'a> {
    id: String,
    received_day: &'a str,
    state: &'a str,
    assignee: Option<&'a str>,
    referral: &'a Referral,
}

/// The JSON file: an array of `{id, received_day, state, assignee, referral}`.
pub(crate) fn json(entries: &[&Entry]) -> Result<Zeroizing<Vec<u8>>, serde_json::Error> {
    let rows: Vec<JsonRow<'_>> = entries
        .iter()
        .map(|e| JsonRow {
            id: e.id.to_string(),
            received_day: &e.day,
            state: e.state.as_str(),
            assignee: e.assignee.as_deref(),
            referral: &e.referral,
        })
        .collect();
    // Sized up front, so that growing it leaves no copies behind (a guess; zeroized anyway).
    let mut out = Zeroizing::new(Vec::with_capacity(entries.len() * 4096));
    serde_json::to_writer(&mut *out, &rows)?;
    Ok(out)
}

/// The CSV file's columns.
pub(crate) const CSV_HEADER: [&str; 20] = [
    "id",
    "received_day",
    "state",
    "assignee",
    "language",
    "needs",
    "urgency",
    "age_group",
    "for_whom",
    "contact_methods",
    "voicemail_ok",
    "code_word",
    "if_someone_else_answers",
    "safe_times",
    "place",
    "message",
    "consent_scope",
    "consent_assisted",
    "assisted_by_organisation",
    "assisted_by_channel",
];

/// A value as text: a string as itself, nothing as empty, anything else as compact JSON.
fn text<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) | Err(_) => String::new(),
        Ok(other) => other.to_string(),
    }
}

/// A cell a spreadsheet will not run as a formula: one starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return is prefixed with `'`.
pub(crate) fn cell(s: String) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    }
}

fn csv_row(e: &Entry) -> Vec<String> {
    let r = &e.referral;
    let c = &r.contact;
    let joined = |items: Vec<String>| items.join(";");
    [
        e.id.to_string(),
        e.day.clone(),
        e.state.as_str().to_owned(),
        e.assignee.clone().unwrap_or_default(),
        r.language
            .as_ref()
            .map(|l| l.as_str().to_owned())
            .unwrap_or_default(),
        joined(r.needs.iter().map(|n| n.as_str().to_owned()).collect()),
        text(&r.urgency),
        text(&r.age_group),
        text(&r.for_whom),
        joined(c.methods.iter().map(text).collect()),
        c.voicemail_ok
            .map(|v| if v { "yes" } else { "no" }.to_owned())
            .unwrap_or_default(),
        text(&c.code_word),
        text(&c.if_someone_else_answers),
        joined(c.safe_times.iter().map(text).collect()),
        text(&r.place),
        text(&r.message),
        text(&r.consent.scope),
        if r.consent.assisted { "yes" } else { "no" }.to_owned(),
        r.assisted_by
            .as_ref()
            .map(|a| text(&a.organisation))
            .unwrap_or_default(),
        r.assisted_by
            .as_ref()
            .map(|a| text(&a.channel))
            .unwrap_or_default(),
    ]
    .into_iter()
    .map(cell)
    .collect()
}

/// The CSV file: a header, then one row per request.
pub(crate) fn csv(entries: &[&Entry]) -> Result<Zeroizing<Vec<u8>>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(entries.len() * 2048));
    w.write_record(CSV_HEADER)?;
    for e in entries {
        let mut row = csv_row(e);
        w.write_record(&row)?;
        for c in &mut row {
            zeroize::Zeroize::zeroize(c);
        }
    }
    let out = w.into_inner().map_err(|e| e.into_error())?;
    Ok(Zeroizing::new(out))
}

/// The age file of `plain` for `protect`.
pub(crate) fn seal(plain: &[u8], protect: &Protect) -> Result<Vec<u8>, std::io::Error> {
    let encryptor = match protect {
        Protect::Passphrase(p) => age::Encryptor::with_user_passphrase(p.clone()),
        Protect::Key(k) => age::Encryptor::with_recipients(iter::once(&**k as &dyn age::Recipient))
            .map_err(std::io::Error::other)?,
    };
    let mut out = Vec::with_capacity(plain.len() + 512);
    let mut w = encryptor.wrap_output(&mut out)?;
    w.write_all(plain)?;
    w.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in ["=cmd", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(bad.to_owned()), format!("'{bad}"));
        }
        for ok in ["", "plain", "2026-01-01", "'quoted", " =spaced"] {
            assert_eq!(cell(ok.to_owned()), ok);
        }
    }

    #[test]
    fn protection_is_checked() {
        assert_eq!(
            protection("passphrase", "short", "").err(),
            Some("export-error-passphrase")
        );
        assert!(protection("passphrase", "twelve chars", "").is_ok());
        assert_eq!(
            protection("key", "", "age1nope").err(),
            Some("export-error-recipient")
        );
        assert_eq!(
            protection("key", "", "ssh-ed25519 AAAA").err(),
            Some("export-error-recipient")
        );
        let id = age::x25519::Identity::generate();
        assert!(protection("key", "", &id.to_public().to_string()).is_ok());
        assert_eq!(protection("other", "", "").err(), Some("error-bad-input"));
    }

    #[test]
    fn sealed_files_open_with_the_passphrase_only() {
        let sealed = seal(
            b"hello",
            &Protect::Passphrase(SecretString::from("a long passphrase".to_owned())),
        )
        .unwrap();
        assert!(sealed.starts_with(b"age-encryption.org/v1"));
        let id = age::scrypt::Identity::new(SecretString::from("a long passphrase".to_owned()));
        assert_eq!(age::decrypt(&id, &sealed).unwrap(), b"hello");
        let wrong = age::scrypt::Identity::new(SecretString::from("another passphrase".to_owned()));
        assert!(age::decrypt(&wrong, &sealed).is_err());
    }
}
