//! The outbox: sealed envelopes waiting for delivery, as methods on [`Store`].
//!
//! Everything here works while the store is LOCKED: the envelopes are already sealed to the
//! hotline, so delivering them needs no PIN, and a request written in a hurry still goes out
//! when the phone finds a network hours later with the app in the background.
//!
//! Items are kept in queue order by a sequence number, never by a creation timestamp. No time
//! is stored at all: the retry times the sync engine chooses (unix seconds passed in by the
//! caller, which keeps the store deterministic and testable) live in memory only
//! ([`Schedule`]), since a retry time on disk would date the person's last attempt. After a
//! restart everything pending is simply due at once.
//!
//! What delivery learns about a pending request — its attempts, the hotline's refusal — is
//! written while locked but must not be readable on a seized phone: it is sealed
//! ([`crate::sealed_box`]) to the store's own X25519 key, whose private half is kept under the
//! data key, so only an unlocked store reads it back. Only what delivery itself needs while
//! locked stays in the clear: the id, the envelope (already sealed to the hotline) and whether
//! it is queued or needs attention. A store made before this (migration 4) uses the old clear
//! columns until its first unlock, which creates the key and seals them.
//!
//! Outcomes are transport-neutral ([`crate::transport`]): a refusal is a machine code and the
//! name of the transport that carried it, never an HTTP status (migration 5 folded the old
//! clear HTTP status into the code; a sealed record of the old format is read as such).
//!
//! A permanent failure ([`Store::mark_failed`]) never drops a request silently: it stays, with
//! its envelope, in [`OutboxState::NeedsAttention`] until the person chooses to retry.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension as _, params};
use zeroize::Zeroizing;

use crate::envelope::{Envelope, HotlinePrivateKey, HotlinePublicKey};
use crate::ids::ReferralId;
use crate::receipt::Receipt;
use crate::store::DELIVERED_COUNT;
use crate::store::crypto::{self, Key};
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
    /// The details are sealed: `None` while the store is locked (unless this process saw the
    /// refusal itself).
    NeedsAttention {
        /// The transport that carried the refusal ([`crate::transport::Transport::name`]);
        /// `None` when unknown (a refusal recorded before transports had names).
        transport: Option<String>,
        /// Machine code of the refusal (for translation), e.g. `invalid_referral`, `http_404`.
        code: Option<String>,
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

/// HPKE `info` of a sealed outbox state record.
const STATE_INFO: &[u8] = b"reach outbox state v1";
/// Data-key AEAD label of the state key's private half.
const STATE_KEY_LABEL: &[u8] = b"reach outbox state key v1\0";
/// A state record before sealing, fixed-size so that its length says nothing about the codes.
/// Format 2 (transport-neutral): attempts (u32 BE), [`STATE_V2`], code length (u8), code
/// (padded to 64), transport name length (u8), transport name (padded to 8).
/// Format 1 (schema 4, read only): attempts, HTTP status (u16 BE, 0 = none), code length, code,
/// zero padding — same size; an HTTP status never starts with `0xff`, which tells them apart.
const STATE_LEN: usize = 4 + 2 + 1 + 64 + 1 + 8;
/// The marker of a format-2 state record (where format 1 had its HTTP status).
const STATE_V2: [u8; 2] = [0xff, 2];
/// Longest transport name kept.
const TRANSPORT_NAME_MAX: usize = 8;

/// What delivery knows about one pending request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct PendingState {
    attempts: u32,
    /// The transport that refused it (only for a refusal).
    transport: Option<String>,
    code: Option<String>,
}

impl PendingState {
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(vec![0u8; STATE_LEN]);
        out[..4].copy_from_slice(&self.attempts.to_be_bytes());
        out[4..6].copy_from_slice(&STATE_V2);
        let code = self.code.as_deref().unwrap_or("").as_bytes();
        let n = code.len().min(64);
        out[6] = n as u8;
        out[7..7 + n].copy_from_slice(&code[..n]);
        let name = self.transport.as_deref().unwrap_or("").as_bytes();
        let t = name.len().min(TRANSPORT_NAME_MAX);
        out[71] = t as u8;
        out[72..72 + t].copy_from_slice(&name[..t]);
        out
    }

    fn decode(b: &[u8]) -> Result<Self> {
        if b.len() != STATE_LEN || usize::from(b[6]) > 64 {
            return Err(StoreError::Corrupt);
        }
        let n = usize::from(b[6]);
        let code = std::str::from_utf8(&b[7..7 + n]).map_err(|_| StoreError::Corrupt)?;
        let attempts = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        let code = (n > 0).then(|| code.to_owned());
        if b[4..6] == STATE_V2 {
            let t = usize::from(b[71]);
            if t > TRANSPORT_NAME_MAX {
                return Err(StoreError::Corrupt);
            }
            let name = std::str::from_utf8(&b[72..72 + t]).map_err(|_| StoreError::Corrupt)?;
            return Ok(Self {
                attempts,
                transport: (t > 0).then(|| name.to_owned()),
                code,
            });
        }
        // Format 1: an HTTP status, which only the HTTP transport could have produced.
        let http = u16::from_be_bytes([b[4], b[5]]);
        Ok(Self::from_legacy(
            attempts,
            Some(i64::from(http)).filter(|&h| h != 0),
            code,
        ))
    }

    /// A state recorded before transports (an HTTP status, a code): the status becomes the
    /// code when there was none, and the transport is HTTP, the only one there was.
    fn from_legacy(attempts: u32, http_status: Option<i64>, code: Option<String>) -> Self {
        Self {
            attempts,
            transport: http_status.map(|_| "http".to_owned()),
            code: code.or_else(|| http_status.map(|h| format!("http_{h}"))),
        }
    }
}

/// One pending request as this process knows it: retry time (never stored) and the last state
/// it sealed (so that it can show it while locked, and count attempts without unsealing).
#[derive(Debug, Clone, Default)]
struct Pending {
    due: i64,
    state: PendingState,
}

/// The in-memory part of the outbox (see the module doc): lost on restart, on purpose.
#[derive(Debug, Default)]
pub struct Schedule(HashMap<ReferralId, Pending>);

impl Schedule {
    /// Forgets everything (the store was reset).
    pub(crate) fn clear(&mut self) {
        self.0.clear();
    }
}

/// Creates the store's state key: its public half in the clear (writing needs no PIN), its
/// private half under the data key. Replaces any previous one.
pub(crate) fn write_state_key(conn: &Connection, data_key: &Key) -> Result<()> {
    let key = HotlinePrivateKey::generate();
    let sealed = crypto::seal(
        data_key,
        &crypto::aad(STATE_KEY_LABEL, b""),
        &key.secret_bytes()[..],
    );
    conn.execute(
        "INSERT OR REPLACE INTO outbox_state_key (id, public, sealed_private) VALUES (1, ?1, ?2)",
        params![&key.public_key().to_bytes()[..], sealed],
    )?;
    Ok(())
}

/// The columns of one outbox row that [`Store::list`] needs.
const OUTBOX_ROW_SELECT: &str = "SELECT referral_id, state, attempts, http_status, \
     last_error_code, receipt, sealed_state FROM outbox";

/// One outbox row as [`OUTBOX_ROW_SELECT`] reads it.
struct OutboxRow {
    id: Vec<u8>,
    state: i64,
    attempts: u32,
    http_status: Option<i64>,
    code: Option<String>,
    receipt: Option<Vec<u8>>,
    sealed_state: Option<Vec<u8>>,
}

impl OutboxRow {
    fn from_sql(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get(0)?,
            state: r.get(1)?,
            attempts: count(r.get(2)?),
            http_status: r.get(3)?,
            code: r.get(4)?,
            receipt: r.get(5)?,
            sealed_state: r.get(6)?,
        })
    }
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
        let mut out = Vec::new();
        for (id, legacy_attempts) in self.queued_ids()? {
            if out.len() >= limit {
                break;
            }
            let (due, attempts) = self
                .schedule
                .borrow()
                .0
                .get(&id)
                .map_or((0, 0), |p| (p.due, p.state.attempts));
            if due > now_unix {
                continue;
            }
            let envelope = self.envelope(id)?;
            if envelope.referral_id() != id {
                return Err(StoreError::Corrupt);
            }
            out.push(OutboxItem {
                referral_id: id,
                envelope,
                attempts: attempts.max(legacy_attempts),
            });
        }
        Ok(out)
    }

    /// Queued items with an envelope, in queue order, with the attempts of the old clear column
    /// (0 once sealed).
    fn queued_ids(&self) -> Result<Vec<(ReferralId, u32)>> {
        let rows = self
            .conn()
            .prepare(
                "SELECT referral_id, attempts FROM outbox
                 WHERE state = ?1 AND envelope IS NOT NULL ORDER BY seq",
            )?
            .query_map(params![QUEUED], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, i64>(1)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, n)| Ok((referral_id(id)?, count(n))))
            .collect()
    }

    /// The state key's public half (`None`: a store from before migration 4, not unlocked since).
    fn state_public_key(&self) -> Result<Option<HotlinePublicKey>> {
        let pk: Option<Vec<u8>> = self
            .conn()
            .query_row(
                "SELECT public FROM outbox_state_key WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        pk.map(|b| {
            let b: [u8; 32] = b.as_slice().try_into().map_err(|_| StoreError::Corrupt)?;
            HotlinePublicKey::from_bytes(b).map_err(|_| StoreError::Corrupt)
        })
        .transpose()
    }

    /// The state key's private half (needs the data key).
    fn state_private_key(&self) -> Result<HotlinePrivateKey> {
        let sealed: Vec<u8> = self
            .conn()
            .query_row(
                "SELECT sealed_private FROM outbox_state_key WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::Corrupt)?;
        let plain = crypto::open(
            self.data_key()?,
            &crypto::aad(STATE_KEY_LABEL, b""),
            &sealed,
        )?;
        let secret: [u8; 32] = plain[..].try_into().map_err(|_| StoreError::Corrupt)?;
        HotlinePrivateKey::from_bytes(secret).map_err(|_| StoreError::Corrupt)
    }

    /// Writes `state` for `id`: sealed when the store has its state key (the clear columns
    /// emptied), else — an older store not unlocked since the upgrade — in the clear columns as
    /// before. Also this process's memory of it, so that it can be shown while locked.
    fn write_state(&self, id: ReferralId, state: PendingState) -> Result<()> {
        let idb = &id.as_bytes()[..];
        match self.state_public_key()? {
            Some(pk) => {
                let sealed = crate::sealed_box::seal(&pk, STATE_INFO, idb, &state.encode())
                    .map_err(|_| StoreError::Corrupt)?;
                self.conn().execute(
                    "UPDATE outbox SET sealed_state = ?1, attempts = 0, next_attempt_at = 0,
                     last_error_code = NULL, http_status = NULL WHERE referral_id = ?2",
                    params![sealed, idb],
                )?;
            }
            None => {
                self.conn().execute(
                    "UPDATE outbox SET sealed_state = NULL, attempts = ?1, last_error_code = ?2,
                     http_status = NULL WHERE referral_id = ?3",
                    params![state.attempts, state.code, idb],
                )?;
            }
        }
        self.schedule.borrow_mut().0.entry(id).or_default().state = state;
        Ok(())
    }

    /// The stored state of `id`: unsealed when unlocked; else what this process wrote, or the
    /// old clear columns (an older store).
    fn read_state(&self, id: ReferralId, row: &OutboxRow) -> Result<PendingState> {
        if let Some(sealed) = &row.sealed_state {
            if self.is_unlocked() {
                let key = self.state_private_key()?;
                let plain = crate::sealed_box::open(&key, STATE_INFO, &id.as_bytes()[..], sealed)
                    .map_err(|_| StoreError::Corrupt)?;
                return PendingState::decode(&plain);
            }
            return Ok(self
                .schedule
                .borrow()
                .0
                .get(&id)
                .map(|p| p.state.clone())
                .unwrap_or_default());
        }
        Ok(PendingState::from_legacy(
            row.attempts,
            row.http_status,
            row.code.clone(),
        ))
    }

    /// The state of `id` to build on for the next write: what this process last wrote (it
    /// wrote it, so it is current), else the stored state when it can be read, else nothing.
    fn current_state(&self, id: ReferralId) -> Result<PendingState> {
        if let Some(p) = self.schedule.borrow().0.get(&id) {
            return Ok(p.state.clone());
        }
        match self.outbox_row(id)? {
            Some(row) => self.read_state(id, &row),
            None => Ok(PendingState::default()),
        }
    }

    /// Seals what an older store (before migration 4) kept in the clear, creating its state
    /// key first. Called by [`Store::unlock`]; a no-op once done.
    pub(crate) fn seal_legacy_outbox_state(&self) -> Result<()> {
        if self.state_public_key()?.is_none() {
            write_state_key(self.conn(), self.data_key()?)?;
        }
        let legacy = self
            .conn()
            .prepare(&format!(
                "{OUTBOX_ROW_SELECT} WHERE sealed_state IS NULL
                   AND (attempts != 0 OR http_status IS NOT NULL OR last_error_code IS NOT NULL)"
            ))?
            .query_map([], OutboxRow::from_sql)?
            .collect::<Result<Vec<_>, _>>()?;
        if legacy.is_empty() {
            return Ok(());
        }
        for row in legacy {
            let state = PendingState::from_legacy(row.attempts, row.http_status, row.code);
            self.write_state(referral_id(row.id)?, state)?;
        }
        self.checkpoint()
    }

    fn outbox_row(&self, id: ReferralId) -> Result<Option<OutboxRow>> {
        Ok(self
            .conn()
            .query_row(
                &format!("{OUTBOX_ROW_SELECT} WHERE referral_id = ?1"),
                params![&id.as_bytes()[..]],
                OutboxRow::from_sql,
            )
            .optional()?)
    }

    /// When the next queued item becomes due (`None` if nothing is queued), so the sync engine
    /// can sleep until then.
    pub fn next_due_at(&self) -> Result<Option<i64>> {
        let schedule = self.schedule.borrow();
        Ok(self
            .queued_ids()?
            .into_iter()
            .map(|(id, _)| schedule.0.get(&id).map_or(0, |p| p.due))
            .min())
    }

    /// Connectivity came back: every queued item is due now, whatever its backoff said.
    pub fn retry_now_all(&self) -> Result<()> {
        for p in self.schedule.borrow_mut().0.values_mut() {
            p.due = 0;
        }
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
        if self.row_state(id)? != Some(QUEUED) {
            return Ok(());
        }
        let state = PendingState {
            attempts,
            transport: None,
            code: Some(last_error_code.to_owned()),
        };
        self.write_state(id, state)?;
        self.schedule.borrow_mut().0.entry(id).or_default().due = next_attempt_at;
        Ok(())
    }

    /// Records a permanent refusal, carried by `transport` (its name, e.g. `http`): the request
    /// moves to [`OutboxState::NeedsAttention`], keeps its envelope and is shown to the person;
    /// it is never dropped silently. No effect on a delivered request.
    pub fn mark_failed(&self, id: ReferralId, transport: &str, code: &str) -> Result<()> {
        let code = sanitize_code(code);
        let transport = Some(sanitize_code(transport))
            .filter(|t| t.len() <= TRANSPORT_NAME_MAX)
            .unwrap_or("unknown");
        self.require(id)?;
        if !matches!(self.row_state(id)?, Some(QUEUED | NEEDS_ATTENTION)) {
            return Ok(());
        }
        let attempts = self.current_state(id)?.attempts;
        self.conn().execute(
            "UPDATE outbox SET state = ?1 WHERE referral_id = ?2",
            params![NEEDS_ATTENTION, &id.as_bytes()[..]],
        )?;
        let state = PendingState {
            attempts,
            transport: Some(transport.to_owned()),
            code: Some(code.to_owned()),
        };
        self.write_state(id, state)
    }

    /// The person chose to try a refused request again: it is queued, due now, with a fresh
    /// attempt count. No effect unless it needs attention.
    pub fn requeue(&self, id: ReferralId) -> Result<()> {
        self.require(id)?;
        if self.row_state(id)? != Some(NEEDS_ATTENTION) {
            return Ok(());
        }
        self.conn().execute(
            "UPDATE outbox SET state = ?1 WHERE referral_id = ?2",
            params![QUEUED, &id.as_bytes()[..]],
        )?;
        self.write_state(id, PendingState::default())?;
        self.schedule.borrow_mut().0.entry(id).or_default().due = 0;
        Ok(())
    }

    /// The outbox state column of `id` (`None`: no row, e.g. delivered and deleted).
    fn row_state(&self, id: ReferralId) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT state FROM outbox WHERE referral_id = ?1",
                params![&id.as_bytes()[..]],
                |r| r.get(0),
            )
            .optional()?)
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
        self.schedule.borrow_mut().0.remove(&id);
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
        let rows = self
            .conn()
            .prepare(&format!("{OUTBOX_ROW_SELECT} ORDER BY seq"))?
            .query_map([], OutboxRow::from_sql)?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|row| {
                let id = referral_id(row.id.clone())?;
                let state = match row.state {
                    QUEUED => OutboxState::Queued {
                        attempts: self.read_state(id, &row)?.attempts,
                    },
                    NEEDS_ATTENTION => {
                        let s = self.read_state(id, &row)?;
                        OutboxState::NeedsAttention {
                            transport: s.transport,
                            code: s.code,
                        }
                    }
                    DELIVERED => OutboxState::Delivered,
                    _ => return Err(StoreError::Corrupt),
                };
                let receipt = row
                    .receipt
                    .map(|b| Receipt::from_bytes(&b).map_err(|_| StoreError::Corrupt))
                    .transpose()?;
                Ok(RequestStatus {
                    referral_id: id,
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
    pub(crate) fn require(&self, id: ReferralId) -> Result<()> {
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
    use super::{PendingState, STATE_LEN, sanitize_code};

    #[test]
    fn state_records_are_transport_neutral_and_read_the_old_format() {
        let refused = PendingState {
            attempts: 3,
            transport: Some("sms".into()),
            code: Some("key_retired".into()),
        };
        let bytes = refused.encode();
        assert_eq!(bytes.len(), STATE_LEN);
        assert_eq!(PendingState::decode(&bytes).unwrap(), refused);
        assert_eq!(PendingState::default().encode().len(), STATE_LEN);

        // Format 1 (schema 4): attempts, HTTP status, code length, code, zero padding.
        let mut old = vec![0u8; STATE_LEN];
        old[..4].copy_from_slice(&2u32.to_be_bytes());
        old[4..6].copy_from_slice(&410u16.to_be_bytes());
        old[6] = 11;
        old[7..18].copy_from_slice(b"key_retired");
        assert_eq!(
            PendingState::decode(&old).unwrap(),
            PendingState {
                attempts: 2,
                transport: Some("http".into()),
                code: Some("key_retired".into()),
            }
        );
        // Without a code, the status is the code.
        old[6] = 0;
        old[7..18].fill(0);
        assert_eq!(
            PendingState::decode(&old).unwrap().code.as_deref(),
            Some("http_410")
        );
        // A queued record of format 1 (no status, no code) stays a plain count.
        old[4..6].fill(0);
        assert_eq!(
            PendingState::decode(&old).unwrap(),
            PendingState {
                attempts: 2,
                transport: None,
                code: None,
            }
        );
    }

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
