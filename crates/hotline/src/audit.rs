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
use rusqlite::{Connection, OptionalExtension as _, Transaction, params};

use crate::HotlineError;

/// Bytes of a chain hash (SHA-256).
pub const HASH_LEN: usize = 32;

/// The previous hash of the first row.
const GENESIS: [u8; HASH_LEN] = [0; HASH_LEN];

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

/// A row as stored.
struct StoredRow {
    seq: i64,
    referral_id: String,
    action: String,
    actor: String,
    day: String,
    prev_hash: Option<Vec<u8>>,
    hash: Option<Vec<u8>>,
}

/// Every row, in order of `seq`.
const SELECT_ROWS: &str =
    "SELECT seq, referral_id, action, actor, day, prev_hash, hash FROM audit ORDER BY seq";

impl StoredRow {
    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            seq: r.get(0)?,
            referral_id: r.get(1)?,
            action: r.get(2)?,
            actor: r.get(3)?,
            day: r.get(4)?,
            prev_hash: r.get(5)?,
            hash: r.get(6)?,
        })
    }

    fn event(&self) -> AuditEvent<'_> {
        AuditEvent {
            referral_id: &self.referral_id,
            action: &self.action,
            actor: &self.actor,
            day: &self.day,
        }
    }
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

fn last(conn: &Connection) -> rusqlite::Result<(i64, [u8; HASH_LEN])> {
    let row: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match row {
        Some((seq, hash)) => (seq, hash.try_into().unwrap_or(GENESIS)),
        None => (0, GENESIS),
    })
}

/// Appends `event` inside `tx`, chained to the last row. The caller's transaction must hold
/// the write lock (`BEGIN IMMEDIATE`), so that two writers cannot chain to the same row.
pub fn append(tx: &Transaction<'_>, event: &AuditEvent<'_>) -> Result<(), HotlineError> {
    let (seq, prev) = last(tx)?;
    let seq = seq + 1;
    let hash = row_hash(&prev, seq, event);
    tx.execute(
        "INSERT INTO audit (seq, referral_id, action, actor, day, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            seq,
            event.referral_id,
            event.action,
            event.actor,
            event.day,
            &prev[..],
            &hash[..]
        ],
    )?;
    Ok(())
}

/// Chains the rows an older version wrote without hashes, in their order (run once, after the
/// migration that adds the columns). Those rows were never protected; from here on they are.
pub(crate) fn chain_legacy_rows(conn: &mut Connection) -> Result<(), HotlineError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let unchained: i64 =
        tx.query_row("SELECT count(*) FROM audit WHERE hash IS NULL", [], |r| {
            r.get(0)
        })?;
    if unchained > 0 {
        let rows: Vec<StoredRow> = {
            let mut st = tx.prepare(SELECT_ROWS)?;
            st.query_map([], StoredRow::read)?
                .collect::<Result<_, _>>()?
        };
        let mut prev = GENESIS;
        let mut update = tx.prepare("UPDATE audit SET prev_hash = ?2, hash = ?3 WHERE seq = ?1")?;
        for row in rows {
            let hash = row_hash(&prev, row.seq, &row.event());
            if row.hash.is_none() {
                update.execute(params![row.seq, &prev[..], &hash[..]])?;
            }
            prev = hash;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Walks the whole chain: sequence numbers 1, 2, 3… without a gap, each row's link equal to the
/// hash before it, each hash equal to what its content gives. With `expected_head`, that hash
/// must also be the hash of some row (a head written down earlier is still there).
pub fn verify(
    conn: &Connection,
    expected_head: Option<&[u8; HASH_LEN]>,
) -> Result<Result<AuditSummary, AuditBreak>, HotlineError> {
    let mut st = conn.prepare(SELECT_ROWS)?;
    let mut rows = st.query([])?;
    let (mut previous, mut prev, mut count, mut head_seen) = (0i64, GENESIS, 0u64, false);
    if expected_head == Some(&GENESIS) {
        head_seen = true;
    }
    while let Some(r) = rows.next()? {
        let row = StoredRow::read(r)?;
        let seq = row.seq;
        if seq != previous + 1 {
            return Ok(Err(AuditBreak::Gap {
                previous,
                found: seq,
            }));
        }
        let hash = row_hash(&prev, seq, &row.event());
        if row.prev_hash.as_deref() != Some(&prev[..]) || row.hash.as_deref() != Some(&hash[..]) {
            return Ok(Err(AuditBreak::Changed { seq }));
        }
        if expected_head == Some(&hash) {
            head_seen = true;
        }
        (previous, prev) = (seq, hash);
        count += 1;
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

/// [`verify`] on a database file, opened read-only (verifying changes nothing, not even the
/// schema: a log from an older version that was never opened since shows as unchained).
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
    let conn = Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    verify(&conn, expected_head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::db::open_db(&dir.path().join("h.db")).unwrap();
        (dir, conn)
    }

    fn add(conn: &mut Connection, n: usize) {
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .unwrap();
        for i in 0..n {
            let id = format!("{i:032x}");
            append(
                &tx,
                &AuditEvent {
                    referral_id: &id,
                    action: "decrypt",
                    actor: "amina",
                    day: "2026-12-04",
                },
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }

    fn check(conn: &Connection) -> Result<AuditSummary, AuditBreak> {
        verify(conn, None).unwrap()
    }

    #[test]
    fn a_good_chain_verifies_and_grows() {
        let (_d, mut conn) = db();
        assert_eq!(check(&conn).unwrap().rows, 0);
        add(&mut conn, 3);
        let first = check(&conn).unwrap();
        assert_eq!(first.rows, 3);
        add(&mut conn, 2);
        let second = check(&conn).unwrap();
        assert_eq!(second.rows, 5);
        // A head written down earlier is still in the chain.
        assert_eq!(verify(&conn, Some(&first.head)).unwrap().unwrap().rows, 5);
        assert_ne!(first.head, second.head);
    }

    #[test]
    fn a_changed_row_is_found() {
        let (_d, mut conn) = db();
        add(&mut conn, 4);
        conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 2", [])
            .unwrap();
        assert_eq!(check(&conn), Err(AuditBreak::Changed { seq: 2 }));
    }

    #[test]
    fn a_changed_row_with_its_hash_recomputed_breaks_the_next_link() {
        let (_d, mut conn) = db();
        add(&mut conn, 4);
        let prev: Vec<u8> = conn
            .query_row("SELECT prev_hash FROM audit WHERE seq = 2", [], |r| {
                r.get(0)
            })
            .unwrap();
        let forged = row_hash(
            &prev.try_into().unwrap(),
            2,
            &AuditEvent {
                referral_id: &format!("{:032x}", 1),
                action: "decrypt",
                actor: "someone",
                day: "2026-12-04",
            },
        );
        conn.execute(
            "UPDATE audit SET actor = 'someone', hash = ?1 WHERE seq = 2",
            [&forged[..]],
        )
        .unwrap();
        assert_eq!(check(&conn), Err(AuditBreak::Changed { seq: 3 }));
    }

    #[test]
    fn a_removed_row_is_found() {
        let (_d, mut conn) = db();
        add(&mut conn, 4);
        conn.execute("DELETE FROM audit WHERE seq = 2", []).unwrap();
        assert_eq!(
            check(&conn),
            Err(AuditBreak::Gap {
                previous: 1,
                found: 3
            })
        );
        let (_d, mut conn) = db();
        add(&mut conn, 2);
        conn.execute("DELETE FROM audit WHERE seq = 1", []).unwrap();
        assert_eq!(
            check(&conn),
            Err(AuditBreak::Gap {
                previous: 0,
                found: 2
            })
        );
    }

    #[test]
    fn reordered_rows_are_found() {
        let (_d, mut conn) = db();
        add(&mut conn, 4);
        // Swap rows 2 and 3 whole (content and hashes), keeping the numbering.
        conn.execute_batch(
            "UPDATE audit SET seq = -2 WHERE seq = 2;
             UPDATE audit SET seq = 2 WHERE seq = 3;
             UPDATE audit SET seq = 3 WHERE seq = -2;",
        )
        .unwrap();
        assert_eq!(check(&conn), Err(AuditBreak::Changed { seq: 2 }));
    }

    #[test]
    fn rows_cut_from_the_end_are_found_against_a_written_down_head() {
        let (_d, mut conn) = db();
        add(&mut conn, 4);
        let head = check(&conn).unwrap().head;
        conn.execute("DELETE FROM audit WHERE seq = 4", []).unwrap();
        // The chain itself is still whole...
        assert_eq!(check(&conn).unwrap().rows, 3);
        // ...but the head written down before is gone.
        assert_eq!(
            verify(&conn, Some(&head)).unwrap(),
            Err(AuditBreak::HeadMissing {
                expected: hex::encode(head)
            })
        );
    }

    #[test]
    fn rows_from_an_older_version_are_chained_once() {
        let (_d, mut conn) = db();
        for i in 0..3 {
            conn.execute(
                "INSERT INTO audit (referral_id, action, actor, day) VALUES (?1, 'decrypt', 'old', '2026-11-01')",
                [format!("{i:032x}")],
            )
            .unwrap();
        }
        assert_eq!(check(&conn), Err(AuditBreak::Changed { seq: 1 }));
        chain_legacy_rows(&mut conn).unwrap();
        assert_eq!(check(&conn).unwrap().rows, 3);
        add(&mut conn, 1);
        assert_eq!(check(&conn).unwrap().rows, 4);
    }
}
