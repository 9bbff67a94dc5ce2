//! Audit-logged decryption for staff (until the staff inbox exists).
//!
//! Every attempt — successful or not — is written to the `audit` table (referral id, action,
//! actor, day) and committed *before* any plaintext is handed back, so there is no way to read
//! a request through this path without leaving a trace.

use std::collections::HashMap;
use std::path::Path;

use reach_core::envelope::{Envelope, EnvelopeError, KeyId, open, sha256};
use reach_core::ids::ReferralId;
use reach_core::referral::Referral;
use reach_core::wire::ReferralState;
use rusqlite::params;
use serde::Serialize;

use crate::HotlineError;
use crate::db::{self, state_from_str, state_to_str, today};

/// Who is decrypting and what; the actor goes into the audit trail.
#[derive(Debug, Clone)]
pub struct OpenOptions<'a> {
    /// Passphrase of the HPKE key files, if they are protected.
    pub passphrase: Option<&'a str>,
    /// Staff member recorded in the audit table.
    pub actor: &'a str,
    /// Only this referral (all stored referrals when `None`).
    pub only: Option<ReferralId>,
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
    /// The request, or why it could not be read.
    #[serde(flatten)]
    pub outcome: OpenOutcome,
}

/// Result of decrypting one stored envelope. Failures are reported, never skipped: a stored
/// envelope that does not open is either tampered with or sealed to a missing key, and staff
/// must know either way.
#[derive(Debug, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum OpenOutcome {
    /// Decrypted and valid. `Debug` of a referral redacts its content.
    Opened {
        /// The request.
        referral: Box<Referral>,
    },
    /// Could not be decrypted or parsed.
    Failed {
        /// Why (never contains request content).
        reason: String,
    },
}

struct Row {
    id: String,
    key_id: String,
    envelope: Vec<u8>,
    sha: Vec<u8>,
    state: String,
    day: String,
}

fn decrypt(
    row: &Row,
    keys: &HashMap<KeyId, reach_core::envelope::HotlinePrivateKey>,
) -> OpenOutcome {
    let failed = |reason: String| OpenOutcome::Failed { reason };
    if sha256(&row.envelope)[..] != row.sha[..] {
        return failed("stored envelope does not match its recorded hash (tampered)".into());
    }
    let env = match Envelope::from_bytes(row.envelope.clone()) {
        Ok(e) => e,
        Err(e) => return failed(format!("stored envelope is malformed: {e}")),
    };
    if env.referral_id().to_string() != row.id || env.header().key_id.to_string() != row.key_id {
        return failed("stored envelope header does not match its row (tampered)".into());
    }
    let Some(key) = keys.get(&env.header().key_id) else {
        return failed(format!("no private key for key id {}", env.header().key_id));
    };
    let plain = match open(key, &env) {
        Ok(p) => p,
        Err(EnvelopeError::OpenFailed) => {
            return failed("envelope does not authenticate (tampered or wrong key)".into());
        }
        Err(e) => return failed(format!("envelope could not be opened: {e}")),
    };
    match Referral::from_bytes(&plain) {
        Ok(r) => OpenOutcome::Opened {
            referral: Box::new(r),
        },
        Err(e) => failed(format!("decrypted, but not a valid referral: {e}")),
    }
}

/// Decrypts stored referrals with the HPKE private keys in `dir`, records each attempt in the
/// audit table, and moves successfully opened `received` referrals to `in_review` (what the
/// person sees as "a staff member has opened it").
pub fn open_all(
    dir: &Path,
    db_path: &Path,
    opts: &OpenOptions<'_>,
) -> Result<Vec<OpenedReferral>, HotlineError> {
    if !db_path.exists() {
        return Err(HotlineError::NoDatabase(db_path.to_owned()));
    }
    let keys: HashMap<KeyId, _> = crate::load_hpke_keys(dir, opts.passphrase)?
        .into_iter()
        .map(|k| (k.public_key().key_id(), k))
        .collect();
    let mut conn = db::open_db(db_path)?;
    let rows: Vec<Row> = {
        let mut stmt = conn.prepare(
            "SELECT referral_id, key_id, envelope, envelope_sha256, state, received_day
             FROM referrals WHERE ?1 IS NULL OR referral_id = ?1
             ORDER BY received_day, referral_id",
        )?;
        stmt.query_map([opts.only.map(|i| i.to_string())], |r| {
            Ok(Row {
                id: r.get(0)?,
                key_id: r.get(1)?,
                envelope: r.get(2)?,
                sha: r.get(3)?,
                state: r.get(4)?,
                day: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?
    };
    if let Some(id) = opts.only
        && rows.is_empty()
    {
        return Err(HotlineError::UnknownReferral(id));
    }
    let day = today();
    let mut out = Vec::with_capacity(rows.len());
    let tx = conn.transaction()?;
    {
        let mut audit = tx.prepare(
            "INSERT INTO audit (referral_id, action, actor, day) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut review = tx.prepare(
            "UPDATE referrals SET state = ?2 WHERE referral_id = ?1 AND state = 'received'",
        )?;
        for row in &rows {
            let outcome = decrypt(row, &keys);
            let mut state = state_from_str(&row.state);
            let action = match outcome {
                OpenOutcome::Opened { .. } => {
                    if state == ReferralState::Received {
                        review.execute(params![row.id, state_to_str(ReferralState::InReview)])?;
                        state = ReferralState::InReview;
                    }
                    "decrypt"
                }
                OpenOutcome::Failed { .. } => "decrypt_failed",
            };
            audit.execute(params![row.id, action, opts.actor, day])?;
            let id = row.id.parse().map_err(|_| {
                HotlineError::CorruptDatabase(format!("stored id {:?} is not an id", row.id))
            })?;
            out.push(OpenedReferral {
                id,
                key_id: row.key_id.clone(),
                received_day: row.day.clone(),
                state,
                outcome,
            });
        }
    }
    // Commit the audit trail before any plaintext leaves this function.
    tx.commit()?;
    Ok(out)
}
