//! The `notes` table: staff notes, stored sealed (`inbox/notes.rs` seals and opens them).

use reach_core::ids::ReferralId;
use rusqlite::types::Value;
use rusqlite::{Connection, params};

use super::{NewSealed, StorageError, StoredNote};

pub(super) fn insert(
    conn: &Connection,
    id: &ReferralId,
    note: &NewSealed,
) -> Result<(), StorageError> {
    conn.execute(
        "INSERT INTO notes (referral_id, key_id, sealed) VALUES (?1, ?2, ?3)",
        params![id.to_string(), note.key_id, note.sealed],
    )?;
    Ok(())
}

pub(super) fn list(conn: &Connection, id: &ReferralId) -> Result<Vec<StoredNote>, StorageError> {
    let mut st =
        conn.prepare("SELECT key_id, sealed FROM notes WHERE referral_id = ?1 ORDER BY id")?;
    // Read as any value: a damaged row (text where a blob belongs) is one unreadable note, not
    // a page that fails.
    let rows = st
        .query_map([id.to_string()], |r| {
            let sealed = match r.get::<_, Value>(1)? {
                Value::Blob(b) => Some(b),
                _ => None,
            };
            Ok(StoredNote {
                key_id: r.get(0)?,
                sealed,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
