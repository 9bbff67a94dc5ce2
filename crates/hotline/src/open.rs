//! Audit-logged decryption for staff (until the staff inbox exists).
//!
//! Every attempt — successful or not — is written to the `audit` table (referral id, action,
//! actor, day) and committed *before* any plaintext is handed back, so there is no way to read
//! a request through this path without leaving a trace.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use reach_core::envelope::{Envelope, EnvelopeError, KeyId, open, sha256};
use reach_core::ids::ReferralId;
use reach_core::referral::Referral;
use reach_core::referral_compat::{self, UnknownField};
use reach_core::wire::ReferralState;
use rusqlite::types::ValueRef;
use rusqlite::{OptionalExtension as _, params};
use serde::Serialize;

use crate::HotlineError;
use crate::db::{self, day_string, state_from_str, state_to_str, today};

/// Who is decrypting and what; the actor goes into the audit trail.
#[derive(Debug, Clone)]
pub struct OpenOptions<'a> {
    /// Passphrase of the HPKE key files, if they are protected.
    pub passphrase: Option<&'a str>,
    /// Staff member recorded in the audit table.
    pub actor: &'a str,
    /// Only this referral (all stored referrals when `None`).
    pub only: Option<ReferralId>,
    /// Which stored requests, and how many at a time.
    pub page: Page,
}

/// A page of the inbox: optional filters, a cursor and a size, so a large backlog is opened in
/// bounded steps (each decryption is audited, so "all of them" is rarely what staff mean).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// Only requests in this state.
    pub state: Option<ReferralState>,
    /// Only requests received on this (UTC) day.
    pub day: Option<NaiveDate>,
    /// Continue after this stored id: the [`Opened::next_after`] of the previous page. Order
    /// is (received day, id), so a request arriving later today may sort before the cursor;
    /// it is in the next run that starts from the beginning (e.g. `--state received`).
    pub after: Option<String>,
    /// At most this many stored requests (opened and set aside together).
    pub limit: Option<usize>,
}

/// What one run of [`open_all`] produced.
#[derive(Debug, Serialize)]
pub struct Opened {
    /// The requests that decrypted to a valid referral.
    pub opened: Vec<OpenedReferral>,
    /// Stored envelopes that could not be opened, with why. They are skipped, never deleted or
    /// changed: one is either tampered with or sealed to a missing key, and staff must look.
    pub set_aside: Vec<SetAside>,
    /// When the page was full: give this as [`Page::after`] for the next page.
    pub next_after: Option<String>,
}

/// One stored referral as staff see it.
#[derive(Debug, Serialize)]
pub struct OpenedReferral {
    /// The referral id.
    pub id: ReferralId,
    /// Hex id of the HPKE key it was sealed to.
    pub key_id: String,
    /// The day it arrived (UTC); the only time the hotline keeps.
    pub received_day: String,
    /// Where it stands after this opening.
    pub state: ReferralState,
    /// The request. `Debug` of a referral redacts its content.
    pub referral: Box<Referral>,
    /// Members a newer app added within the same format version, which this build cannot
    /// display: kept and shown as raw JSON so that nothing the person wrote is lost.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknown_fields: Vec<UnknownField>,
}

/// A stored envelope that could not be opened.
#[derive(Debug, Serialize)]
pub struct SetAside {
    /// The id as stored (text: a damaged row may not even hold a valid id).
    pub stored_id: String,
    /// The day it arrived, as stored.
    pub received_day: String,
    /// Why (never contains request content).
    pub reason: String,
}

/// One row as read, every column checked on its own so that a damaged row is set aside rather
/// than ending the run.
pub(crate) struct Row {
    pub(crate) id: String,
    pub(crate) day: String,
    pub(crate) content: Result<RowContent, String>,
}

pub(crate) struct RowContent {
    pub(crate) key_id: String,
    envelope: Vec<u8>,
    sha: Vec<u8>,
    pub(crate) state: ReferralState,
}

pub(crate) fn read_row(r: &rusqlite::Row<'_>) -> Row {
    let text = |i: usize| match r.get_ref(i) {
        Ok(ValueRef::Text(t)) => String::from_utf8_lossy(t).into_owned(),
        _ => String::new(),
    };
    let blob = |i: usize, what: &str| match r.get_ref(i) {
        Ok(ValueRef::Blob(b)) => Ok(b.to_vec()),
        _ => Err(format!("stored {what} is not a blob (damaged row)")),
    };
    let content = (|| {
        Ok(RowContent {
            key_id: text(1),
            envelope: blob(2, "envelope")?,
            sha: blob(3, "hash")?,
            state: state_from_str(&text(4)),
        })
    })();
    Row {
        id: text(0),
        day: text(5),
        content,
    }
}

/// A decrypted request: its id, what this build can read, and what it cannot.
pub(crate) type Decrypted = (ReferralId, Box<Referral>, Vec<UnknownField>);

/// The columns [`read_row`] reads, in its order.
pub(crate) const ROW_COLUMNS: &str =
    "referral_id, key_id, envelope, envelope_sha256, state, received_day";

/// Decrypts one row, or says why it cannot be.
pub(crate) fn decrypt(
    row: &Row,
    keys: &HashMap<KeyId, reach_core::envelope::HotlinePrivateKey>,
) -> Result<Decrypted, String> {
    let c = row.content.as_ref().map_err(Clone::clone)?;
    let id: ReferralId = row
        .id
        .parse()
        .map_err(|_| "stored id is not a referral id (damaged row)".to_owned())?;
    if sha256(&c.envelope)[..] != c.sha[..] {
        return Err("stored envelope does not match its recorded hash (tampered)".into());
    }
    let env = Envelope::from_bytes(c.envelope.clone())
        .map_err(|e| format!("stored envelope is malformed: {e}"))?;
    if env.referral_id() != id || env.header().key_id.to_string() != c.key_id {
        return Err("stored envelope header does not match its row (tampered)".into());
    }
    let key = keys
        .get(&env.header().key_id)
        .ok_or_else(|| format!("no private key for key id {}", env.header().key_id))?;
    let plain = open(key, &env).map_err(|e| match e {
        EnvelopeError::OpenFailed => {
            "envelope does not authenticate (tampered or wrong key)".into()
        }
        e => format!("envelope could not be opened: {e}"),
    })?;
    // Tolerant of members a newer app added (docs/protocol.md, "Versioning"); strict otherwise.
    let read = referral_compat::read(&plain)
        .map_err(|e| format!("decrypted, but not a valid referral: {e}"))?;
    Ok((id, Box::new(read.referral), read.unknown_fields))
}

/// Decrypts a page of stored referrals with the HPKE private keys in `keys_dir`, records each
/// attempt in the audit table, and moves successfully opened `received` referrals to
/// `in_review` (what the person sees as "a staff member has opened it"). An envelope that does
/// not open is set aside — reported, audited as `decrypt_failed`, left as stored — and the run
/// goes on.
pub fn open_all(
    keys_dir: &Path,
    db_path: &Path,
    opts: &OpenOptions<'_>,
) -> Result<Opened, HotlineError> {
    if !db_path.exists() {
        return Err(HotlineError::NoDatabase(db_path.to_owned()));
    }
    let keys: HashMap<KeyId, _> = crate::load_hpke_keys(keys_dir, opts.passphrase)?
        .into_iter()
        .map(|k| (k.public_key().key_id(), k))
        .collect();
    let mut conn = db::open_db(db_path)?;
    let page = &opts.page;
    let cursor: Option<(String, String)> = match &page.after {
        None => None,
        Some(after) => Some(
            conn.query_row(
                "SELECT received_day, referral_id FROM referrals WHERE referral_id = ?1",
                [after],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| HotlineError::UnknownCursor(after.clone()))?,
        ),
    };
    let limit = page
        .limit
        .map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
    let rows: Vec<Row> = {
        let mut stmt = conn.prepare(
            "SELECT referral_id, key_id, envelope, envelope_sha256, state, received_day
             FROM referrals
             WHERE (?1 IS NULL OR referral_id = ?1)
               AND (?2 IS NULL OR state = ?2)
               AND (?3 IS NULL OR received_day = ?3)
               AND (?4 IS NULL OR (received_day, referral_id) > (?4, ?5))
             ORDER BY received_day, referral_id
             LIMIT ?6",
        )?;
        stmt.query_map(
            params![
                opts.only.map(|i| i.to_string()),
                page.state.map(state_to_str),
                page.day.map(day_string),
                cursor.as_ref().map(|c| &c.0),
                cursor.as_ref().map(|c| &c.1),
                limit,
            ],
            |r| Ok(read_row(r)),
        )?
        .collect::<Result<_, _>>()?
    };
    if let Some(id) = opts.only
        && rows.is_empty()
    {
        return Err(HotlineError::UnknownReferral(id));
    }
    let next_after = match page.limit {
        Some(l) if l > 0 && rows.len() == l => rows.last().map(|r| r.id.clone()),
        _ => None,
    };
    let day = today();
    let mut out = Opened {
        opened: Vec::new(),
        set_aside: Vec::new(),
        next_after,
    };
    // Immediate: the audit chain's next row must be chained to the last one under the write
    // lock, or two staff members opening at once would both chain to the same row.
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    {
        let audit = |referral_id: &str, action: &str| {
            crate::audit::append(
                &tx,
                &crate::audit::AuditEvent {
                    referral_id,
                    action,
                    actor: opts.actor,
                    day: &day,
                },
            )
        };
        let mut review = tx.prepare(
            "UPDATE referrals SET state = ?2 WHERE referral_id = ?1 AND state = 'received'",
        )?;
        for row in rows {
            match decrypt(&row, &keys) {
                Ok((id, referral, unknown_fields)) => {
                    let mut state = row
                        .content
                        .as_ref()
                        .map_or(ReferralState::Received, |c| c.state);
                    if state == ReferralState::Received {
                        review.execute(params![row.id, state_to_str(ReferralState::InReview)])?;
                        state = ReferralState::InReview;
                    }
                    audit(&row.id, "decrypt")?;
                    out.opened.push(OpenedReferral {
                        id,
                        key_id: row.content.map(|c| c.key_id).unwrap_or_default(),
                        received_day: row.day,
                        state,
                        referral,
                        unknown_fields,
                    });
                }
                Err(reason) => {
                    audit(&row.id, "decrypt_failed")?;
                    out.set_aside.push(SetAside {
                        stored_id: row.id,
                        received_day: row.day,
                        reason,
                    });
                }
            }
        }
    }
    // Commit the audit trail before any plaintext leaves this function.
    tx.commit()?;
    Ok(out)
}
