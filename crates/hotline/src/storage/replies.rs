//! The `replies` table: replies to the person, sealed for them (relayed by `serve` on the
//! status route) and as a staff copy (`inbox/replies.rs` seals and opens them).

use reach_core::ids::ReferralId;
use reach_core::wire::SealedReply;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension as _, params};

use super::{NewReply, StorageError, StoredReplyCopy};

/// A request's sealed replies, in number order, as the status route returns them. Only the
/// sealed form is read: `serve` has no key to open either column.
pub(super) fn sealed_for(
    conn: &Connection,
    id: ReferralId,
) -> Result<Vec<SealedReply>, StorageError> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, key_id, sealed FROM replies WHERE referral_id = ?1 ORDER BY seq",
    )?;
    let replies = stmt
        .query_map([id.to_string()], |r| {
            let seq: u32 = r.get(0)?;
            let key_id: String = r.get(1)?;
            // Relayed as stored, whatever its type (a damaged row holding text): the phone
            // refuses what does not open, and the other replies still reach it.
            let sealed = match r.get_ref(2)? {
                ValueRef::Blob(b) | ValueRef::Text(b) => b.to_vec(),
                _ => Vec::new(),
            };
            Ok((seq, key_id, sealed))
        })?
        .filter_map(|row| match row {
            Ok((seq, key_id, sealed)) => key_id
                .parse()
                .ok()
                .map(|k| Ok(SealedReply::new(seq, k, &sealed))),
            Err(e) => Some(Err(e)),
        })
        .collect::<Result<_, _>>()?;
    Ok(replies)
}

pub(super) fn last_seq(conn: &Connection, id: &ReferralId) -> Result<Option<u32>, StorageError> {
    Ok(conn
        .query_row(
            "SELECT max(seq) FROM replies WHERE referral_id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}

pub(super) fn insert(
    conn: &Connection,
    id: &ReferralId,
    reply: &NewReply,
) -> Result<(), StorageError> {
    conn.execute(
        "INSERT INTO replies (referral_id, seq, key_id, sealed, staff_copy)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            id.to_string(),
            reply.seq,
            reply.key_id,
            reply.sealed,
            reply.staff_copy
        ],
    )?;
    Ok(())
}

pub(super) fn staff_copies(
    conn: &Connection,
    id: &ReferralId,
) -> Result<Vec<StoredReplyCopy>, StorageError> {
    let mut st = conn.prepare(
        "SELECT seq, key_id, staff_copy FROM replies WHERE referral_id = ?1 ORDER BY seq",
    )?;
    let rows = st
        .query_map([id.to_string()], |r| {
            let staff_copy = match r.get::<_, Value>(2)? {
                Value::Blob(b) => Some(b),
                _ => None,
            };
            Ok(StoredReplyCopy {
                seq: r.get(0)?,
                key_id: r.get(1)?,
                staff_copy,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
