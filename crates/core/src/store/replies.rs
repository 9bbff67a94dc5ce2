//! The hotline's replies on the phone: opened and checked once (`crate::reply`), then kept as
//! AES-GCM ciphertext under the data key — readable with the PIN, shredded with the rest on a
//! wipe — one row per request and number, so a replayed copy changes nothing.

use super::*;
use crate::envelope::HotlinePublicKey;
use crate::reply::{self, REPLIES_MAX, Reply};
use crate::wire::SealedReply;

/// What [`Store::take_replies`] did with one status answer's replies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TakenReplies {
    /// Stored now (not held before).
    pub new: usize,
    /// Failed a check: not from a key of the hotline's profile, not for this request or number,
    /// changed, malformed, over a limit. Never stored.
    pub refused: u32,
}

/// Row key: referral id (16 bytes) || seq (u32, big-endian); also the AES-GCM `aad`'s subject.
pub(super) fn row_key(id: ReferralId, seq: u32) -> Vec<u8> {
    let mut key = id.as_bytes().to_vec();
    key.extend_from_slice(&seq.to_be_bytes());
    key
}

impl Store {
    /// Opens `replies` (the status route's answer for request `id`) with the request's reply
    /// key, checks each against `hotline_keys` (the profile's), and stores those that pass and
    /// are new. A number already stored is skipped without opening again: the first verified
    /// reply for a number is the one the person sees.
    pub fn take_replies(
        &self,
        id: ReferralId,
        hotline_keys: &[HotlinePublicKey],
        replies: &[SealedReply],
    ) -> Result<TakenReplies> {
        let data_key = self.data_key()?;
        // A request made with a reference: its replies are for the person, not this phone.
        if !self.holds_reply_key(id)? {
            return Ok(TakenReplies::default());
        }
        let reply_key = self.reply_key(id)?;
        let mut taken = TakenReplies::default();
        for item in replies.iter().take(REPLIES_MAX) {
            let key = row_key(id, item.seq);
            let held = self
                .conn
                .query_row("SELECT 1 FROM replies WHERE id = ?1", params![&key], |_| {
                    Ok(())
                })
                .optional()?
                .is_some();
            if held {
                continue;
            }
            let opened = reply::open_item(&reply_key, hotline_keys, id, item);
            let Ok(reply) = opened else {
                taken.refused += 1;
                continue;
            };
            let plain =
                Zeroizing::new(serde_json::to_vec(&reply).map_err(|_| StoreError::Corrupt)?);
            self.conn.execute(
                "INSERT OR IGNORE INTO replies (id, sealed) VALUES (?1, ?2)",
                params![
                    &key,
                    crypto::seal(data_key, &crypto::aad(REPLIES_LABEL, &key), &plain)
                ],
            )?;
            taken.new += 1;
        }
        taken.refused +=
            u32::try_from(replies.len().saturating_sub(REPLIES_MAX)).unwrap_or(u32::MAX);
        Ok(taken)
    }

    /// The replies stored for request `id`, in number order.
    pub fn replies(&self, id: ReferralId) -> Result<Vec<Reply>> {
        let data_key = self.data_key()?;
        let rows: Vec<(Vec<u8>, Vec<u8>)> = self
            .conn
            .prepare("SELECT id, sealed FROM replies WHERE substr(id, 1, 16) = ?1 ORDER BY id")?
            .query_map(params![&id.as_bytes()[..]], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        rows.into_iter()
            .map(|(key, sealed)| {
                let plain = crypto::open(data_key, &crypto::aad(REPLIES_LABEL, &key), &sealed)?;
                serde_json::from_slice(&plain).map_err(|_| StoreError::Corrupt)
            })
            .collect()
    }
}
