//! Staff notes on a request: sealed with HPKE to the hotline's own key before they are written
//! (`reach_core::sealed_box`), so the database — which `serve` also reads — never holds them in
//! plaintext; the author and the day are sealed with the words. The inbox opens them with the
//! private keys it holds, for the page being shown only.

use std::collections::HashMap;

use reach_core::envelope::{HotlinePrivateKey, KeyId};
use reach_core::ids::ReferralId;
use reach_core::sealed_box;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::HotlineError;
use crate::storage::{InboxStore, NewSealed};

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

/// Seals a note for storing.
pub(crate) fn seal(
    key: &HotlinePrivateKey,
    id: &ReferralId,
    note: &Note,
) -> Result<NewSealed, HotlineError> {
    let public = key.public_key();
    let key_id = public.key_id().to_string();
    let plain = Zeroizing::new(serde_json::to_vec(note).unwrap_or_default());
    let sealed = sealed_box::seal(public, INFO, &aad(id, &key_id), &plain)
        .map_err(|e| HotlineError::Sealing(e.to_string()))?;
    Ok(NewSealed { key_id, sealed })
}

/// A request's notes, oldest first; a note that does not open (a changed row, a missing key)
/// is reported as `None` in its place, never skipped silently.
pub(crate) fn list(
    store: &dyn InboxStore,
    keys: &HashMap<KeyId, HotlinePrivateKey>,
    id: &ReferralId,
) -> Result<Vec<Option<Note>>, HotlineError> {
    // A damaged row (text where a blob belongs) is one unreadable note, not a page that fails.
    Ok(store
        .notes(id)?
        .into_iter()
        .map(|stored| {
            let (key_id, sealed) = (stored.key_id, stored.sealed?);
            let key = keys.iter().find(|(k, _)| k.to_string() == key_id)?.1;
            let plain = sealed_box::open(key, INFO, &aad(id, &key_id), &sealed).ok()?;
            serde_json::from_slice(&plain).ok()
        })
        .collect())
}
