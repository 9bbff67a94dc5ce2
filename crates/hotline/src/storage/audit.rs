//! The `audit` table: the hash-chained audit log's rows. The chain (what a row's hash is, what
//! a good chain looks like) is [`crate::audit`]'s; this stores and loads rows, and serialises
//! appends: each append reads the last row and writes the next under the write lock.

use rusqlite::{Connection, OptionalExtension as _, Transaction, TransactionBehavior, params};

use super::{AuditRow, StorageError};
use crate::audit::{AuditEvent, GENESIS, HASH_LEN, row_hash};

/// Every row, in order of `seq`.
const SELECT_ROWS: &str =
    "SELECT seq, referral_id, action, actor, day, prev_hash, hash FROM audit ORDER BY seq";

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        seq: r.get(0)?,
        referral_id: r.get(1)?,
        action: r.get(2)?,
        actor: r.get(3)?,
        day: r.get(4)?,
        prev_hash: r.get(5)?,
        hash: r.get(6)?,
    })
}

fn event(row: &AuditRow) -> AuditEvent<'_> {
    AuditEvent {
        referral_id: &row.referral_id,
        action: &row.action,
        actor: &row.actor,
        day: &row.day,
    }
}

/// A write transaction holding the write lock from its start (`BEGIN IMMEDIATE`): the audit
/// chain's next row must be chained to the last one under it, or two writers (two staff, or
/// `inbox` and `open`) would both chain to the same row.
pub(super) fn write_tx(conn: &mut Connection) -> Result<Transaction<'_>, StorageError> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
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

/// Appends `event` inside `tx` (from [`write_tx`]), chained to the last row.
pub(super) fn append(tx: &Transaction<'_>, event: &AuditEvent<'_>) -> Result<(), StorageError> {
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

/// Every row in order, until `visit` returns false.
pub(super) fn read(
    conn: &Connection,
    visit: &mut dyn FnMut(AuditRow) -> bool,
) -> Result<(), StorageError> {
    let mut st = conn.prepare(SELECT_ROWS)?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if !visit(read_row(r)?) {
            break;
        }
    }
    Ok(())
}

/// Chains the rows an older version wrote without hashes, in their order (run once, after the
/// migration that adds the columns). Those rows were never protected; from here on they are.
pub(super) fn chain_legacy_rows(conn: &mut Connection) -> Result<(), StorageError> {
    let tx = write_tx(conn)?;
    let unchained: i64 =
        tx.query_row("SELECT count(*) FROM audit WHERE hash IS NULL", [], |r| {
            r.get(0)
        })?;
    if unchained > 0 {
        let rows: Vec<AuditRow> = {
            let mut st = tx.prepare(SELECT_ROWS)?;
            st.query_map([], read_row)?.collect::<Result<_, _>>()?
        };
        let mut prev = GENESIS;
        let mut update = tx.prepare("UPDATE audit SET prev_hash = ?2, hash = ?3 WHERE seq = ?1")?;
        for row in rows {
            let hash = row_hash(&prev, row.seq, &event(&row));
            if row.hash.is_none() {
                update.execute(params![row.seq, &prev[..], &hash[..]])?;
            }
            prev = hash;
        }
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{AuditBreak, AuditSummary};

    fn db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = super::super::migrations::open_db(&dir.path().join("h.db")).unwrap();
        (dir, conn)
    }

    fn add(conn: &mut Connection, n: usize) {
        let tx = write_tx(conn).unwrap();
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

    /// `audit::verify` over this connection.
    fn verify(
        conn: &Connection,
        head: Option<&[u8; HASH_LEN]>,
    ) -> Result<Result<AuditSummary, AuditBreak>, crate::HotlineError> {
        struct One<'a>(&'a Connection);
        impl crate::storage::AuditStore for One<'_> {
            fn append_audit(&self, _: &[AuditEvent<'_>]) -> Result<(), StorageError> {
                unreachable!("verify only reads")
            }
            fn read_audit(
                &self,
                visit: &mut dyn FnMut(AuditRow) -> bool,
            ) -> Result<(), StorageError> {
                read(self.0, visit)
            }
        }
        crate::audit::verify(&One(conn), head)
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
