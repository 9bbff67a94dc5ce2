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
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::HotlineError;
use crate::storage::{InboxStore, NewReply};

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
pub(crate) fn next_seq(
    store: &dyn InboxStore,
    id: &ReferralId,
) -> Result<Option<u32>, HotlineError> {
    Ok(within_limit(store.last_reply_seq(id)?.unwrap_or(0) + 1))
}

/// `next`, if a reply may still have that number (at most [`REPLIES_MAX`]).
pub(crate) fn within_limit(next: u32) -> Option<u32> {
    (next as usize <= REPLIES_MAX).then_some(next)
}

/// Seals a reply for storing: `key` is the hotline key the request was sealed to, which the
/// phone's profile lists.
pub(crate) fn seal(
    key: &HotlinePrivateKey,
    reply_public_key: &[u8; 32],
    sent: &SentReply,
) -> Result<NewReply, HotlineError> {
    let sealing = |e: reply::ReplyError| HotlineError::Sealing(e.to_string());
    let id = &sent.reply.referral_id;
    let seq = sent.reply.seq;
    let sealed = reply::seal(key, reply_public_key, &sent.reply).map_err(sealing)?;
    let public = key.public_key();
    let plain = Zeroizing::new(serde_json::to_vec(sent).unwrap_or_default());
    let staff_copy = sealed_box::seal(public, STAFF_COPY_INFO, &aad(id, seq), &plain)
        .map_err(|e| HotlineError::Sealing(e.to_string()))?;
    Ok(NewReply {
        seq,
        key_id: public.key_id().to_string(),
        sealed,
        staff_copy,
    })
}

/// A request's replies as sent, oldest first; one whose staff copy does not open is `None` in
/// its place, never skipped.
pub(crate) fn list(
    store: &dyn InboxStore,
    keys: &HashMap<KeyId, HotlinePrivateKey>,
    id: &ReferralId,
) -> Result<Vec<Option<SentReply>>, HotlineError> {
    Ok(store
        .reply_copies(id)?
        .into_iter()
        .map(|stored| {
            let (seq, key_id, copy) = (stored.seq, stored.key_id, stored.staff_copy?);
            let key = keys.iter().find(|(k, _)| k.to_string() == key_id)?.1;
            let plain = sealed_box::open(key, STAFF_COPY_INFO, &aad(id, seq), &copy).ok()?;
            serde_json::from_slice::<SentReply>(&plain)
                .ok()
                .filter(|s| s.reply.referral_id == *id && s.reply.seq == seq)
        })
        .collect())
}
