//! Survivors' voices on the phone: whether the person was already asked about a closed
//! request, and the sealed answers waiting to be sent.
//!
//! Both live in one row, AES-GCM under the data key and padded to a fixed step, because either
//! fact in the clear would tell whoever holds the phone something the app otherwise keeps only
//! in memory: that the hotline closed a request. The answers themselves are sealed to the
//! hotline at once ([`crate::envelope::seal_feedback`]); the phone keeps no readable copy, and
//! the envelope is deleted once the hotline's receipt verifies (or the hotline refuses it: a
//! feedback is never worth bothering the person about).

use reach_contract::feedback::{FEEDBACK_VERSION, FeedbackAnswers, FeedbackPayload};
use serde::{Deserialize, Serialize};

use super::*;
use crate::envelope::{Envelope, HotlinePublicKey};

const FEEDBACK_LABEL: &[u8] = b"reach feedback on phone v1\0";
/// The one row's key (also the AES-GCM `aad`'s subject).
pub(super) const ROW: &[u8] = &[1];
/// The sealed row's plaintext is padded to a multiple of this, so its size does not tell
/// whether a feedback is waiting.
const PAD_STEP: usize = 4096;
/// Most feedback envelopes kept waiting; an offer beyond it is recorded as made and its
/// answers dropped (one per closed request: never reached by a real person).
pub const FEEDBACK_PENDING_MAX: usize = 64;

/// The row's plaintext.
#[derive(Default, Serialize, Deserialize)]
struct FeedbackState {
    /// Requests the person was asked about (answered or declined): never asked again.
    asked: Vec<ReferralId>,
    /// Sealed feedback envelopes not yet delivered, base64.
    pending: Vec<String>,
}

impl Store {
    /// Whether the person was already asked about request `id` (answered or declined).
    pub fn feedback_asked(&self, id: ReferralId) -> Result<bool> {
        Ok(self.read_feedback()?.asked.contains(&id))
    }

    /// Records the person's answers about request `id` (closed by the hotline: the caller
    /// checks): seals them to `to` with nothing that names the request, queues the envelope,
    /// and marks the offer as made. Nothing answered means nothing is sent. Asked twice:
    /// [`StoreError::AlreadyExists`], and nothing changes.
    pub fn send_feedback(
        &self,
        id: ReferralId,
        answers: &FeedbackAnswers,
        to: &HotlinePublicKey,
    ) -> Result<()> {
        let envelope = if answers.is_empty() {
            None
        } else {
            let payload = FeedbackPayload {
                v: FEEDBACK_VERSION,
                answers: *answers,
            };
            let plain =
                Zeroizing::new(serde_json::to_vec(&payload).map_err(|_| StoreError::Corrupt)?);
            Some(envelope::seal_feedback(to, &plain)?)
        };
        self.mark_feedback_asked(id, envelope)
    }

    /// The person declined: the offer for request `id` is not made again.
    pub fn decline_feedback(&self, id: ReferralId) -> Result<()> {
        self.mark_feedback_asked(id, None)
    }

    /// The feedback envelopes waiting to be sent, oldest first (needs the unlocked store).
    pub fn feedback_pending(&self) -> Result<Vec<Envelope>> {
        self.read_feedback()?
            .pending
            .iter()
            .map(|b64| decode_envelope(b64))
            .collect()
    }

    /// The feedback envelope with id `feedback_id` is settled (delivered, or refused for
    /// good): it is deleted. Unknown ids are a no-op (a late answer to an earlier pass).
    pub fn feedback_settled(&self, feedback_id: ReferralId) -> Result<()> {
        let mut state = self.read_feedback()?;
        let before = state.pending.len();
        state
            .pending
            .retain(|b64| decode_envelope(b64).map_or(true, |e| e.referral_id() != feedback_id));
        if state.pending.len() != before {
            self.write_feedback(&state)?;
        }
        Ok(())
    }

    fn mark_feedback_asked(&self, id: ReferralId, envelope: Option<Envelope>) -> Result<()> {
        self.require(id)?;
        let mut state = self.read_feedback()?;
        if state.asked.contains(&id) {
            return Err(StoreError::AlreadyExists);
        }
        state.asked.push(id);
        if let Some(envelope) = envelope
            && state.pending.len() < FEEDBACK_PENDING_MAX
        {
            state.pending.push(base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                envelope.as_bytes(),
            ));
        }
        self.write_feedback(&state)
    }

    fn read_feedback(&self) -> Result<FeedbackState> {
        let key = self.data_key()?;
        let sealed: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT sealed FROM feedback WHERE id = ?1",
                params![ROW],
                |r| r.get(0),
            )
            .optional()?;
        let Some(sealed) = sealed else {
            return Ok(FeedbackState::default());
        };
        let plain = crypto::open(key, &crypto::aad(FEEDBACK_LABEL, ROW), &sealed)?;
        // JSON followed by the padding's spaces, which JSON allows.
        serde_json::from_slice(&plain).map_err(|_| StoreError::Corrupt)
    }

    fn write_feedback(&self, state: &FeedbackState) -> Result<()> {
        let key = self.data_key()?;
        let mut plain = Zeroizing::new(serde_json::to_vec(state).map_err(|_| StoreError::Corrupt)?);
        let padded = plain.len().div_ceil(PAD_STEP).max(1) * PAD_STEP;
        plain.resize(padded, b' ');
        self.conn.execute(
            "INSERT INTO feedback (id, sealed) VALUES (?1, ?2)
             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
            params![
                ROW,
                crypto::seal(key, &crypto::aad(FEEDBACK_LABEL, ROW), &plain)
            ],
        )?;
        Ok(())
    }
}

fn decode_envelope(b64: &str) -> Result<Envelope> {
    let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b64)
        .map_err(|_| StoreError::Corrupt)?;
    Envelope::from_bytes(bytes).map_err(|_| StoreError::Corrupt)
}

/// The label the PIN change re-seals the row under.
pub(super) const LABEL: &[u8] = FEEDBACK_LABEL;
