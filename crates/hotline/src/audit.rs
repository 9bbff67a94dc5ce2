//! The audit log: append-only and hash-chained. Each row binds the previous row's hash, so
//! `reach-hotline audit verify` finds a row that was changed, removed or moved. It never holds
//! request content: who (a staff name), what (an action word), which request (its id), and the
//! UTC day — no precise time.
//!
//! A chain proves order and integrity *relative to its head*: someone who can write the database
//! could rewrite every row after the one they changed. So `verify` prints the head hash, and
//! `--expect-head` checks that a head written down earlier (elsewhere: a ticket, a printout) is
//! still in the chain — which also catches rows cut from the end.
//!
//! The hash is SHA-256 over a versioned label, the previous hash, the row's sequence number and
//! each field with its length (big-endian): see [`row_hash`].

use ring::digest::{SHA256, digest};

use crate::HotlineError;
use crate::storage::{AuditRow, AuditStore, Sqlite};

/// Bytes of a chain hash (SHA-256).
pub const HASH_LEN: usize = 32;

/// The previous hash of the first row.
pub(crate) const GENESIS: [u8; HASH_LEN] = [0; HASH_LEN];

/// Domain separation: a hash of this log cannot be mistaken for another SHA-256 in Reach.
const LABEL: &[u8] = b"reach audit v1\0";

/// One thing that happened, as written to the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent<'a> {
    /// The request it concerns (32 hex), or empty for events about no request (a login).
    pub referral_id: &'a str,
    /// What happened (`decrypt`, `decrypt_failed`, …).
    pub action: &'a str,
    /// Who did it.
    pub actor: &'a str,
    /// The UTC day (`YYYY-MM-DD`).
    pub day: &'a str,
}

/// What `verify` found wrong, naming the first row where the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditBreak {
    /// A sequence number is missing (a row was removed) or out of place.
    #[error("row {found} follows row {previous}: a row was removed or moved")]
    Gap {
        /// The row before.
        previous: i64,
        /// The row found.
        found: i64,
    },
    /// A row's content or its link does not hash to what is stored (changed, or moved).
    #[error("row {seq} does not match its hash: it was changed or moved")]
    Changed {
        /// The row.
        seq: i64,
    },
    /// The expected head is not the hash of any row (rows were cut from the end, or the whole
    /// chain was rewritten).
    #[error("the expected head {expected} is not in the chain")]
    HeadMissing {
        /// The head given, in hex.
        expected: String,
    },
}

/// What a good chain looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditSummary {
    /// Rows checked.
    pub rows: u64,
    /// The last row's hash (the genesis value for an empty log), to be written down.
    pub head: [u8; HASH_LEN],
}

/// The chain hash of one row.
pub fn row_hash(prev: &[u8; HASH_LEN], seq: i64, e: &AuditEvent<'_>) -> [u8; HASH_LEN] {
    let mut buf = Vec::with_capacity(LABEL.len() + HASH_LEN + 8 + 64);
    buf.extend_from_slice(LABEL);
    buf.extend_from_slice(prev);
    buf.extend_from_slice(&seq.to_be_bytes());
    for field in [e.day, e.actor, e.action, e.referral_id] {
        let len = u32::try_from(field.len()).unwrap_or(u32::MAX);
        buf.extend_from_slice(&len.to_be_bytes());
        buf.extend_from_slice(field.as_bytes());
    }
    let mut out = [0; HASH_LEN];
    out.copy_from_slice(digest(&SHA256, &buf).as_ref());
    out
}

/// Walks the whole chain: sequence numbers 1, 2, 3… without a gap, each row's link equal to the
/// hash before it, each hash equal to what its content gives. With `expected_head`, that hash
/// must also be the hash of some row (a head written down earlier is still there).
pub(crate) fn verify(
    store: &(impl AuditStore + ?Sized),
    expected_head: Option<&[u8; HASH_LEN]>,
) -> Result<Result<AuditSummary, AuditBreak>, HotlineError> {
    let (mut previous, mut prev, mut count, mut head_seen) = (0i64, GENESIS, 0u64, false);
    if expected_head == Some(&GENESIS) {
        head_seen = true;
    }
    let mut broken = None;
    store.read_audit(&mut |row: AuditRow| {
        let seq = row.seq;
        if seq != previous + 1 {
            broken = Some(AuditBreak::Gap {
                previous,
                found: seq,
            });
            return false;
        }
        let event = AuditEvent {
            referral_id: &row.referral_id,
            action: &row.action,
            actor: &row.actor,
            day: &row.day,
        };
        let hash = row_hash(&prev, seq, &event);
        if row.prev_hash.as_deref() != Some(&prev[..]) || row.hash.as_deref() != Some(&hash[..]) {
            broken = Some(AuditBreak::Changed { seq });
            return false;
        }
        if expected_head == Some(&hash) {
            head_seen = true;
        }
        (previous, prev) = (seq, hash);
        count += 1;
        true
    })?;
    if let Some(b) = broken {
        return Ok(Err(b));
    }
    if let Some(expected) = expected_head
        && !head_seen
    {
        return Ok(Err(AuditBreak::HeadMissing {
            expected: hex::encode(expected),
        }));
    }
    Ok(Ok(AuditSummary {
        rows: count,
        head: prev,
    }))
}

/// Walks the whole chain of a database file: sequence numbers 1, 2, 3… without a gap, each
/// row's link equal to the hash before it, each hash equal to what its content gives; with
/// `expected_head`, that hash must also be some row's. The file is opened read-only (verifying
/// changes nothing, not even the schema: a log from an older version that was never opened
/// since shows as unchained).
pub fn verify_file(
    db: &std::path::Path,
    expected_head: Option<&[u8; HASH_LEN]>,
) -> Result<Result<AuditSummary, AuditBreak>, HotlineError> {
    if !db.is_file() {
        return Err(HotlineError::Io {
            path: db.to_owned(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    verify(&Sqlite::open_read_only(db)?, expected_head)
}
