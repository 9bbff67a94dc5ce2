//! Staff notes on a request: sealed with HPKE to the hotline's own key before they are written
//! (`reach_core::sealed_box`), so the database — which `serve` also reads — never holds them in
//! plaintext; the author and the day are sealed with the words. The inbox opens them with the
//! private keys it holds, for the page being shown only.

use std::collections::HashMap;

use reach_core::envelope::{HotlinePrivateKey, KeyId};
use reach_core::ids::ReferralId;
use reach_core::sealed_box;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::HotlineError;

/// The longest note, in characters: a note is for the next colleague, not a case file.
pub(crate) const NOTE_MAX_CHARS: usize = 2000;
/// Separates notes from every other use of the hotline's key.
const INFO: &[u8] = b"reach staff note v1";

/// One note, opened.
#[derive(Serialize, Deserialize)]
pub(crate) struct Note {
    /// Who wrote it.
    pub(crate) author: String,
    /// The UTC day.
    pub(crate) day: String,
    /// The words.
    pub(crate) text: String,
}

fn aad(id: &ReferralId, key_id: &str) -> Vec<u8> {
    format!("{id}/{key_id}").into_bytes()
}

/// Seals and stores a note (inside the caller's transaction).
pub(crate) fn add(
    conn: &Connection,
    key: &HotlinePrivateKey,
    id: &ReferralId,
    note: &Note,
) -> Result<(), HotlineError> {
    let public = key.public_key();
    let key_id = public.key_id().to_string();
    let plain = Zeroizing::new(serde_json::to_vec(note).unwrap_or_default());
    let sealed = sealed_box::seal(public, INFO, &aad(id, &key_id), &plain)
        .map_err(|e| HotlineError::Sealing(e.to_string()))?;
    conn.execute(
        "INSERT INTO notes (referral_id, key_id, sealed) VALUES (?1, ?2, ?3)",
        params![id.to_string(), key_id, sealed],
    )?;
    Ok(())
}

/// A request's notes, oldest first; a note that does not open (a changed row, a missing key)
/// is reported as `None` in its place, never skipped silently.
pub(crate) fn list(
    conn: &Connection,
    keys: &HashMap<KeyId, HotlinePrivateKey>,
    id: &ReferralId,
) -> Result<Vec<Option<Note>>, HotlineError> {
    let mut st =
        conn.prepare("SELECT key_id, sealed FROM notes WHERE referral_id = ?1 ORDER BY id")?;
    // Read as any value: a damaged row (text where a blob belongs) is one unreadable note, not
    // a page that fails.
    let rows: Vec<(String, rusqlite::types::Value)> = st
        .query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows
        .into_iter()
        .map(|(key_id, sealed)| {
            let rusqlite::types::Value::Blob(sealed) = sealed else {
                return None;
            };
            let key = keys.iter().find(|(k, _)| k.to_string() == key_id)?.1;
            let plain = sealed_box::open(key, INFO, &aad(id, &key_id), &sealed).ok()?;
            serde_json::from_slice(&plain).ok()
        })
        .collect())
}
