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
use serde::Serialize;

use crate::HotlineError;
use crate::audit::AuditEvent;
use crate::storage::{InboxStore as _, PageQuery, Sqlite, StoredRequest, today};

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

/// A decrypted request: its id, what this build can read, and what it cannot.
pub(crate) type Decrypted = (ReferralId, Box<Referral>, Vec<UnknownField>);

/// Decrypts one row, or says why it cannot be.
pub(crate) fn decrypt(
    row: &StoredRequest,
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
    let store = Sqlite::open(db_path)?;
    let page = &opts.page;
    let cursor: Option<(String, String)> = match &page.after {
        None => None,
        Some(after) => Some(
            store
                .page_position(after)?
                .ok_or_else(|| HotlineError::UnknownCursor(after.clone()))?,
        ),
    };
    let rows = store.request_page(&PageQuery {
        only: opts.only,
        state: page.state,
        day: page.day,
        after: cursor.as_ref(),
        limit: page.limit,
    })?;
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
    // What to record for each row: its audit action, and whether it moves to `in_review`.
    let mut outcomes: Vec<(String, &'static str, bool)> = Vec::with_capacity(rows.len());
    for row in rows {
        match decrypt(&row, &keys) {
            Ok((id, referral, unknown_fields)) => {
                let mut state = row
                    .content
                    .as_ref()
                    .map_or(ReferralState::Received, |c| c.state);
                let review = state == ReferralState::Received;
                if review {
                    state = ReferralState::InReview;
                }
                outcomes.push((row.id.clone(), "decrypt", review));
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
                outcomes.push((row.id.clone(), "decrypt_failed", false));
                out.set_aside.push(SetAside {
                    stored_id: row.id,
                    received_day: row.day,
                    reason,
                });
            }
        }
    }
    let openings: Vec<(AuditEvent<'_>, bool)> = outcomes
        .iter()
        .map(|(referral_id, action, review)| {
            (
                AuditEvent {
                    referral_id,
                    action,
                    actor: opts.actor,
                    day: &day,
                },
                *review,
            )
        })
        .collect();
    // One transaction under the write lock (the audit chain's next row must be chained to the
    // last one), committed before any plaintext leaves this function.
    store.record_openings(&openings)?;
    Ok(out)
}
