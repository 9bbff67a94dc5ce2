//! The schemas and their migrations: the hotline database (`hotline.db`, which `serve` writes
//! and `inbox`/`open` read and change) and the staff accounts database (`staff.db`, in the keys
//! directory). A new table is a new `M::up` at the end of its list (never an edit of one that
//! has run), with its queries in a submodule of its own.

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use super::StorageError;

const MIGRATION_LIST: &[M<'static>] = &[
    M::up(
        "CREATE TABLE referrals (
        referral_id     TEXT PRIMARY KEY NOT NULL CHECK (length(referral_id) = 32),
        key_id          TEXT NOT NULL CHECK (length(key_id) = 16),
        envelope        BLOB NOT NULL,
        envelope_sha256 BLOB NOT NULL CHECK (length(envelope_sha256) = 32),
        status_verifier BLOB NOT NULL CHECK (length(status_verifier) = 32),
        state           TEXT NOT NULL DEFAULT 'received'
                        CHECK (state IN ('received', 'in_review', 'answered', 'closed')),
        received_day    TEXT NOT NULL
    );
    CREATE TABLE audit (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id TEXT NOT NULL,
        action      TEXT NOT NULL,
        actor       TEXT NOT NULL,
        day         TEXT NOT NULL
    );",
    ),
    // The status route finds a request by its verifier (the id never travels in a status
    // request); not UNIQUE, so a sender reusing someone's verifier cannot block their delivery.
    M::up("CREATE INDEX referrals_by_verifier ON referrals (status_verifier);"),
    // The audit log becomes a hash chain (`audit.rs`); rows written before are chained once,
    // in Rust, by `open_db` right after this migration (`audit.rs`).
    M::up(
        "ALTER TABLE audit ADD COLUMN prev_hash BLOB CHECK (prev_hash IS NULL OR length(prev_hash) = 32);
         ALTER TABLE audit ADD COLUMN hash BLOB CHECK (hash IS NULL OR length(hash) = 32);",
    ),
    // Who in the staff inbox has a request (one person at most).
    M::up(
        "CREATE TABLE assignments (
            referral_id TEXT PRIMARY KEY NOT NULL REFERENCES referrals (referral_id),
            staff       TEXT NOT NULL
        );",
    ),
    // Staff notes on a request, sealed to the hotline's key (author, day and words inside).
    M::up(
        "CREATE TABLE notes (
            id          INTEGER PRIMARY KEY,
            referral_id TEXT NOT NULL REFERENCES referrals (referral_id),
            key_id      TEXT NOT NULL,
            sealed      BLOB NOT NULL
        );",
    ),
    // Replies to the person (`inbox/replies.rs`): sealed in the inbox to the request's reply
    // key and authenticated with the hotline's key; `serve` only relays them on the status
    // route. `staff_copy` is the same reply sealed to the hotline's own key (with author and
    // day), so staff can read what was sent.
    M::up(
        "CREATE TABLE replies (
            referral_id TEXT NOT NULL REFERENCES referrals (referral_id),
            seq         INTEGER NOT NULL CHECK (seq >= 1),
            key_id      TEXT NOT NULL CHECK (length(key_id) = 16),
            sealed      BLOB NOT NULL,
            staff_copy  BLOB NOT NULL,
            PRIMARY KEY (referral_id, seq)
        );",
    ),
    // More states (contact planned, needs interpreter, referred to partner). SQLite cannot
    // change a CHECK in place: the table is rebuilt (its rows copied as they are) and its index
    // made again. `migrate` runs this with foreign keys off and checks them after, so the other
    // tables' references to `referrals` by name stay valid.
    M::up(
        "CREATE TABLE referrals_new (
            referral_id     TEXT PRIMARY KEY NOT NULL CHECK (length(referral_id) = 32),
            key_id          TEXT NOT NULL CHECK (length(key_id) = 16),
            envelope        BLOB NOT NULL,
            envelope_sha256 BLOB NOT NULL CHECK (length(envelope_sha256) = 32),
            status_verifier BLOB NOT NULL CHECK (length(status_verifier) = 32),
            state           TEXT NOT NULL DEFAULT 'received'
                            CHECK (state IN ('received', 'in_review', 'contact_planned',
                                             'needs_interpreter', 'referred', 'answered', 'closed')),
            received_day    TEXT NOT NULL
        );
        INSERT INTO referrals_new
            SELECT referral_id, key_id, envelope, envelope_sha256, status_verifier, state, received_day
            FROM referrals;
        DROP TABLE referrals;
        ALTER TABLE referrals_new RENAME TO referrals;
        CREATE INDEX referrals_by_verifier ON referrals (status_verifier);",
    ),
    // Survivors' voices (docs/protocol.md): feedback envelopes, sealed to the hotline's key,
    // with their own random id and only the month they arrived — never tied to a request.
    M::up(
        "CREATE TABLE feedback (
            feedback_id     TEXT PRIMARY KEY NOT NULL CHECK (length(feedback_id) = 32),
            key_id          TEXT NOT NULL CHECK (length(key_id) = 16),
            envelope        BLOB NOT NULL,
            envelope_sha256 BLOB NOT NULL CHECK (length(envelope_sha256) = 32),
            received_month  TEXT NOT NULL CHECK (length(received_month) = 7)
        );",
    ),
];

pub(super) fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATION_LIST)
}

/// Brings the schema up to date. Foreign keys (on by default in this SQLite build) are off while
/// the migrations run, as SQLite's own procedure for rebuilding a table asks (a referenced table
/// cannot be dropped and renamed otherwise), and checked whole afterwards: any row left pointing
/// nowhere is an error, not a silent loss.
fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = migrations().to_latest(conn);
    conn.pragma_update(None, "foreign_keys", true)?;
    result?;
    let orphans: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })?;
    if orphans > 0 {
        return Err(StorageError::Unusable(format!(
            "{orphans} rows refer to rows that do not exist after the schema migration"
        )));
    }
    Ok(())
}

/// Opens (creating if needed) the database with the durability settings and the latest schema.
pub(super) fn open_db(path: &Path) -> Result<Connection, StorageError> {
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StorageError::Unusable(format!(
            "journal_mode is {mode}, WAL required"
        )));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    migrate(&mut conn)?;
    super::audit::chain_legacy_rows(&mut conn)?;
    Ok(conn)
}

/// The staff accounts database's schema.
const STAFF_MIGRATIONS: &[M<'static>] = &[M::up(
    "CREATE TABLE staff (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL UNIQUE,
        role           TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
        password_hash  TEXT NOT NULL,
        totp_secret    BLOB NOT NULL,
        totp_last_step INTEGER NOT NULL DEFAULT 0,
        failures       INTEGER NOT NULL DEFAULT 0,
        locked_until   INTEGER NOT NULL DEFAULT 0,
        disabled       INTEGER NOT NULL DEFAULT 0
    );",
)];

/// Opens (creating if needed) the accounts database with the durability settings and the
/// latest schema.
pub(super) fn open_staff_db(path: &Path) -> Result<Connection, StorageError> {
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    Migrations::from_slice(STAFF_MIGRATIONS).to_latest(&mut conn)?;
    Ok(conn)
}

#[cfg(test)]
mod migration_tests {
    use super::*;
    use reach_core::wire::ReferralState;
    use rusqlite::params;

    /// A database from before the reply and state migrations keeps every row, takes the new
    /// states, still refuses unknown ones, and keeps its status index.
    #[test]
    fn the_state_migration_keeps_rows_and_widens_the_check() {
        let mut conn = Connection::open_in_memory().unwrap();
        let before = MIGRATION_LIST.len() - 2;
        migrations().to_version(&mut conn, before).unwrap();
        let id = "ab".repeat(16);
        conn.execute(
            "INSERT INTO referrals (referral_id, key_id, envelope, envelope_sha256, status_verifier, state, received_day)
             VALUES (?1, ?2, x'01', zeroblob(32), zeroblob(32), 'answered', '2026-12-01')",
            params![id, "0".repeat(16)],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO notes (referral_id, key_id, sealed) VALUES (?1, 'k', x'02')",
            [&id],
        )
        .unwrap();
        assert!(
            conn.execute(
                "UPDATE referrals SET state = 'contact_planned' WHERE referral_id = ?1",
                [&id]
            )
            .is_err()
        );
        conn.execute(
            "INSERT INTO assignments (referral_id, staff) VALUES (?1, 'amina')",
            [&id],
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let (state, day): (String, String) = conn
            .query_row(
                "SELECT state, received_day FROM referrals WHERE referral_id = ?1",
                [&id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((state.as_str(), day.as_str()), ("answered", "2026-12-01"));
        for s in ReferralState::ALL {
            conn.execute(
                "UPDATE referrals SET state = ?2 WHERE referral_id = ?1",
                params![id, s.as_str()],
            )
            .unwrap();
        }
        assert!(
            conn.execute(
                "UPDATE referrals SET state = 'bogus' WHERE referral_id = ?1",
                [&id]
            )
            .is_err()
        );
        let notes: i64 = conn
            .query_row(
                "SELECT count(*) FROM notes JOIN referrals USING (referral_id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(notes, 1);
        let assigned: i64 = conn
            .query_row(
                "SELECT count(*) FROM assignments JOIN referrals USING (referral_id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(assigned, 1);
        // Foreign keys are on again: a note for no request is refused.
        assert!(
            conn.execute(
                "INSERT INTO notes (referral_id, key_id, sealed) VALUES (?1, 'k', x'00')",
                ["cd".repeat(16)],
            )
            .is_err()
        );
        let index: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'referrals_by_verifier'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(index, 1);
    }
}
