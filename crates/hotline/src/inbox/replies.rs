//! Replies to the person, written in the inbox (the only process with the hotline's private
//! key): sealed to the request's reply key and authenticated with the hotline's key
//! (`reach_core::reply`), stored for `serve` to relay on the status route. A staff copy, sealed
//! to the hotline's own key with the author and day, lets colleagues read what was sent; the
//! database never holds a reply in plaintext.

use std::collections::HashMap;

use reach_core::envelope::{HotlinePrivateKey, KeyId};
use reach_core::ids::ReferralId;
use reach_core::reply::{self, REPLIES_MAX, Reply};
use reach_core::sealed_box;
use rusqlite::{Connection, OptionalExtension as _, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::HotlineError;

/// Separates staff copies from every other use of the hotline's key.
const STAFF_COPY_INFO: &[u8] = b"reach reply staff copy v1";

/// A reply as staff read it back.
#[derive(Serialize, Deserialize)]
pub(crate) struct SentReply {
    /// Who sent it.
    pub(crate) author: String,
    /// The UTC day.
    pub(crate) day: String,
    /// What the phone receives.
    pub(crate) reply: Reply,
}

fn aad(id: &ReferralId, seq: u32) -> Vec<u8> {
    format!("{id}/{seq}").into_bytes()
}

/// The number the next reply to `id` gets; `None` once it has [`REPLIES_MAX`].
pub(crate) fn next_seq(conn: &Connection, id: &ReferralId) -> Result<Option<u32>, HotlineError> {
    let last: Option<u32> = conn
        .query_row(
            "SELECT max(seq) FROM replies WHERE referral_id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let next = last.unwrap_or(0) + 1;
    Ok((next as usize <= REPLIES_MAX).then_some(next))
}

/// Seals and stores a reply (inside the caller's transaction): `key` is the hotline key the
/// request was sealed to, which the phone's profile lists.
pub(crate) fn add(
    conn: &Connection,
    key: &HotlinePrivateKey,
    reply_public_key: &[u8; 32],
    sent: &SentReply,
) -> Result<(), HotlineError> {
    let sealing = |e: reply::ReplyError| HotlineError::Sealing(e.to_string());
    let id = &sent.reply.referral_id;
    let seq = sent.reply.seq;
    let sealed = reply::seal(key, reply_public_key, &sent.reply).map_err(sealing)?;
    let public = key.public_key();
    let plain = Zeroizing::new(serde_json::to_vec(sent).unwrap_or_default());
    let staff_copy = sealed_box::seal(public, STAFF_COPY_INFO, &aad(id, seq), &plain)
        .map_err(|e| HotlineError::Sealing(e.to_string()))?;
    conn.execute(
        "INSERT INTO replies (referral_id, seq, key_id, sealed, staff_copy)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            id.to_string(),
            seq,
            public.key_id().to_string(),
            sealed,
            staff_copy
        ],
    )?;
    Ok(())
}

/// A request's replies as sent, oldest first; one whose staff copy does not open is `None` in
/// its place, never skipped.
pub(crate) fn list(
    conn: &Connection,
    keys: &HashMap<KeyId, HotlinePrivateKey>,
    id: &ReferralId,
) -> Result<Vec<Option<SentReply>>, HotlineError> {
    let mut st = conn.prepare(
        "SELECT seq, key_id, staff_copy FROM replies WHERE referral_id = ?1 ORDER BY seq",
    )?;
    let rows: Vec<(u32, String, rusqlite::types::Value)> = st
        .query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows
        .into_iter()
        .map(|(seq, key_id, copy)| {
            let rusqlite::types::Value::Blob(copy) = copy else {
                return None;
            };
            let key = keys.iter().find(|(k, _)| k.to_string() == key_id)?.1;
            let plain = sealed_box::open(key, STAFF_COPY_INFO, &aad(id, seq), &copy).ok()?;
            serde_json::from_slice::<SentReply>(&plain)
                .ok()
                .filter(|s| s.reply.referral_id == *id && s.reply.seq == seq)
        })
        .collect())
}
