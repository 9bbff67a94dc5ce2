//! The outbox: sealed envelopes waiting for delivery, as methods on [`Store`].
//!
//! Everything here works while the store is LOCKED: the envelopes are already sealed to the
//! hotline, so delivering them needs no PIN, and a request written in a hurry still goes out
//! when the phone finds a network hours later with the app in the background.
//!
//! Items are kept in queue order by a sequence number, never by a creation timestamp: the only
//! times stored are the retry times the sync engine chooses. Times are unix seconds passed in
//! by the caller, which keeps the store deterministic and testable.
//!
//! A permanent failure ([`Store::mark_failed`]) never drops a request silently: it stays, with
//! its envelope, in [`OutboxState::NeedsAttention`] until the person chooses to retry.

use rusqlite::{OptionalExtension as _, params};

use crate::envelope::Envelope;
use crate::ids::ReferralId;
use crate::receipt::Receipt;
use crate::store::DELIVERED_COUNT;
use crate::store::{Result, Store, StoreError};

const QUEUED: i64 = 0;
const NEEDS_ATTENTION: i64 = 1;
const DELIVERED: i64 = 2;

/// One envelope due for (re)sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// The request's id (the idempotency key of delivery).
    pub referral_id: ReferralId,
    /// The exact bytes to send; resends are byte-identical.
    pub envelope: Envelope,
    /// Attempts so far, for the sync engine's backoff.
    pub attempts: u32,
}

/// Where a request stands, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutboxState {
    /// Waiting to be sent (or re-sent).
    Queued {
        /// Attempts so far.
        attempts: u32,
    },
    /// The hotline refused it for good; the person must decide what to do. The envelope is kept.
    NeedsAttention {
        /// HTTP status of the refusal.
        http_status: u16,
        /// Machine code of the refusal (for translation).
        code: String,
    },
    /// A signed receipt proves the hotline has it.
    Delivered,
}

/// One request in the list the UI shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestStatus {
    /// The request's id.
    pub referral_id: ReferralId,
    /// Where it stands.
    pub state: OutboxState,
    /// The hotline's receipt, once delivered.
    pub receipt: Option<Receipt>,
}

/// Error codes are stored only if they are short machine codes (`[a-z0-9_.-]{1,64}`), so that
/// no server message or content can end up in the database; anything else is stored as
/// `"unknown"`. Sanitised rather than refused: a state change must never fail over a label.
fn sanitize_code(code: &str) -> &str {
    let ok = (1..=64).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b));
    if ok { code } else { "unknown" }
}

fn referral_id(bytes: Vec<u8>) -> Result<ReferralId> {
    <[u8; 16]>::try_from(bytes.as_slice())
        .map(ReferralId)
        .map_err(|_| StoreError::Corrupt)
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Store {
    /// Queued items whose retry time has come (`next_attempt_at <= now_unix`), in queue order,
    /// at most `limit`.
    pub fn due(&self, now_unix: i64, limit: usize) -> Result<Vec<OutboxItem>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn().prepare(
            "SELECT referral_id, envelope, attempts FROM outbox
             WHERE state = ?1 AND envelope IS NOT NULL AND next_attempt_at <= ?2
             ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![QUEUED, now_unix, limit], |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, Vec<u8>>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, env, attempts)| {
                let referral_id = referral_id(id)?;
                let envelope = Envelope::from_bytes(env).map_err(|_| StoreError::Corrupt)?;
                if envelope.referral_id() != referral_id {
                    return Err(StoreError::Corrupt);
                }
                Ok(OutboxItem {
                    referral_id,
                    envelope,
                    attempts: count(attempts),
                })
            })
            .collect()
    }

    /// When the next queued item becomes due (`None` if nothing is queued), so the sync engine
    /// can sleep until then.
    pub fn next_due_at(&self) -> Result<Option<i64>> {
        Ok(self.conn().query_row(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE state = ?1 AND envelope IS NOT NULL",
            params![QUEUED],
            |r| r.get(0),
        )?)
    }

    /// Connectivity came back: every queued item is due now, whatever its backoff said.
    pub fn retry_now_all(&self) -> Result<()> {
        self.conn().execute(
            "UPDATE outbox SET next_attempt_at = 0 WHERE state = ?1",
            params![QUEUED],
        )?;
        Ok(())
    }

    /// Records a failed attempt that is worth retrying (network error, 5xx, 429...). Only a
    /// queued item changes: a late failure report never un-delivers or un-fails a request.
    pub fn mark_retry(
        &self,
        id: ReferralId,
        attempts: u32,
        next_attempt_at: i64,
        last_error_code: &str,
    ) -> Result<()> {
        let last_error_code = sanitize_code(last_error_code);
        self.require(id)?;
        self.conn().execute(
            "UPDATE outbox SET attempts = ?1, next_attempt_at = ?2, last_error_code = ?3
             WHERE referral_id = ?4 AND state = ?5",
            params![
                attempts,
                next_attempt_at,
                last_error_code,
                &id.as_bytes()[..],
                QUEUED
            ],
        )?;
        Ok(())
    }

    /// Records a permanent refusal: the request moves to [`OutboxState::NeedsAttention`], keeps
    /// its envelope and is shown to the person; it is never dropped silently. No effect on a
    /// delivered request.
    pub fn mark_failed(&self, id: ReferralId, http_status: u16, code: &str) -> Result<()> {
        let code = sanitize_code(code);
        self.require(id)?;
        self.conn().execute(
            "UPDATE outbox SET state = ?1, http_status = ?2, last_error_code = ?3
             WHERE referral_id = ?4 AND state != ?5",
            params![
                NEEDS_ATTENTION,
                http_status,
                code,
                &id.as_bytes()[..],
                DELIVERED
            ],
        )?;
        Ok(())
    }

    /// The person chose to try a refused request again: it is queued, due now, with a fresh
    /// attempt count. No effect unless it needs attention.
    pub fn requeue(&self, id: ReferralId) -> Result<()> {
        self.require(id)?;
        self.conn().execute(
            "UPDATE outbox SET state = ?1, attempts = 0, next_attempt_at = 0, http_status = NULL
             WHERE referral_id = ?2 AND state = ?3",
            params![QUEUED, &id.as_bytes()[..], NEEDS_ATTENTION],
        )?;
        Ok(())
    }

    /// Records delivery with the hotline's receipt (already signature-checked by the sync
    /// engine; here it must name this request and, while the envelope is kept, these exact
    /// bytes). By default (`keep_envelope` false) the whole outbox row goes — envelope, state
    /// and the receipt, which on a seized phone would prove that it reached a hotline — and only
    /// the count of delivered requests grows; the request's secrets (under the data key) stay
    /// for status checks and replies, and [`Store::list`] shows it as delivered. With
    /// `keep_envelope` (tests, diagnostics) the row, envelope and receipt are kept. Idempotent:
    /// a second call changes nothing and succeeds.
    pub fn mark_delivered(
        &self,
        id: ReferralId,
        receipt: &Receipt,
        keep_envelope: bool,
    ) -> Result<()> {
        if receipt.referral_id() != id {
            return Err(StoreError::ReceiptMismatch);
        }
        let row: Option<(i64, Option<Vec<u8>>)> = self
            .conn()
            .query_row(
                "SELECT state, envelope FROM outbox WHERE referral_id = ?1",
                params![&id.as_bytes()[..]],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((state, envelope)) = row else {
            // Delivered before, its row already gone: the same answer as the first time.
            return if self.has_secrets(id)? {
                Ok(())
            } else {
                Err(StoreError::NotFound)
            };
        };
        if state == DELIVERED {
            return Ok(());
        }
        if let Some(env) = &envelope
            && crate::envelope::sha256(env) != receipt.envelope_sha256()
        {
            return Err(StoreError::ReceiptMismatch);
        }
        let tx = self.conn().unchecked_transaction()?;
        if keep_envelope {
            tx.execute(
                "UPDATE outbox SET state = ?1, receipt = ?2, last_error_code = NULL,
                                   http_status = NULL
                 WHERE referral_id = ?3",
                params![DELIVERED, receipt.as_bytes(), &id.as_bytes()[..]],
            )?;
        } else {
            tx.execute(
                "DELETE FROM outbox WHERE referral_id = ?1",
                params![&id.as_bytes()[..]],
            )?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, 1)
                 ON CONFLICT (key) DO UPDATE SET value = value + 1",
                params![DELIVERED_COUNT],
            )?;
        }
        tx.commit()?;
        if !keep_envelope {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// How many requests were delivered and removed from the outbox (their rows are gone).
    pub fn delivered_count(&self) -> Result<u64> {
        let n: Option<i64> = self
            .conn()
            .query_row(
                "SELECT value FROM meta WHERE key = ?1",
                params![DELIVERED_COUNT],
                |r| r.get(0),
            )
            .optional()?;
        Ok(n.map_or(0, |n| u64::try_from(n).unwrap_or(0)))
    }

    /// Every request with its state (and receipt while its row is kept) for the UI: first the
    /// delivered ones whose outbox row is gone (known only by their secrets), in the order they
    /// were submitted, then the outbox in queue order.
    pub fn list(&self) -> Result<Vec<RequestStatus>> {
        let mut out: Vec<RequestStatus> = self
            .conn()
            .prepare(
                "SELECT referral_id FROM secrets
                 WHERE referral_id NOT IN (SELECT referral_id FROM outbox) ORDER BY rowid",
            )?
            .query_map([], |r| r.get::<_, Vec<u8>>(0))?
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .map(|id| {
                Ok(RequestStatus {
                    referral_id: referral_id(id)?,
                    state: OutboxState::Delivered,
                    receipt: None,
                })
            })
            .collect::<Result<_>>()?;
        out.extend(self.outbox_rows()?);
        Ok(out)
    }

    fn has_secrets(&self, id: ReferralId) -> Result<bool> {
        Ok(self
            .conn()
            .query_row(
                "SELECT 1 FROM secrets WHERE referral_id = ?1",
                params![&id.as_bytes()[..]],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    fn outbox_rows(&self) -> Result<Vec<RequestStatus>> {
        let mut stmt = self.conn().prepare(
            "SELECT referral_id, state, attempts, http_status, last_error_code, receipt
             FROM outbox ORDER BY seq",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<Vec<u8>>>(5)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, state, attempts, http_status, code, receipt)| {
                let state = match state {
                    QUEUED => OutboxState::Queued {
                        attempts: count(attempts),
                    },
                    NEEDS_ATTENTION => OutboxState::NeedsAttention {
                        http_status: http_status
                            .and_then(|s| u16::try_from(s).ok())
                            .ok_or(StoreError::Corrupt)?,
                        code: code.unwrap_or_default(),
                    },
                    DELIVERED => OutboxState::Delivered,
                    _ => return Err(StoreError::Corrupt),
                };
                let receipt = receipt
                    .map(|b| Receipt::from_bytes(&b).map_err(|_| StoreError::Corrupt))
                    .transpose()?;
                Ok(RequestStatus {
                    referral_id: referral_id(id)?,
                    state,
                    receipt,
                })
            })
            .collect()
    }

    /// The stored envelope of a request ([`StoreError::NotFound`] once deleted after delivery).
    /// For the sync engine's receipt check and for tests.
    pub fn envelope(&self, id: ReferralId) -> Result<Envelope> {
        let bytes: Option<Vec<u8>> = self.conn().query_row(
            "SELECT envelope FROM outbox WHERE referral_id = ?1",
            params![&id.as_bytes()[..]],
            |r| r.get(0),
        )?;
        let bytes = bytes.ok_or(StoreError::NotFound)?;
        Envelope::from_bytes(bytes).map_err(|_| StoreError::Corrupt)
    }

    /// The request exists: in the outbox, or delivered (its row gone, its secrets kept), in
    /// which case late reports about it are no-ops, as for a delivered row.
    fn require(&self, id: ReferralId) -> Result<()> {
        let in_outbox = self
            .conn()
            .query_row(
                "SELECT 1 FROM outbox WHERE referral_id = ?1",
                params![&id.as_bytes()[..]],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if in_outbox || self.has_secrets(id)? {
            Ok(())
        } else {
            Err(StoreError::NotFound)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize_code;

    #[test]
    fn error_codes_are_machine_codes_only() {
        for ok in ["timeout", "http_503", "tls.bad-cert"] {
            assert_eq!(sanitize_code(ok), ok);
        }
        for bad in ["", "Timeout", "has space", "+84912345678", &"a".repeat(65)] {
            assert_eq!(sanitize_code(bad), "unknown", "{bad}");
        }
    }
}
