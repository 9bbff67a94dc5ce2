//! The `referrals` and `assignments` tables: requests as stored (ciphertext and the clear header
//! fields), their states and who has them. Inserting requests is the writer's (`writer.rs`).

use reach_core::ids::ReferralId;
use reach_core::wire::ReferralState;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension as _, params};

use super::{
    PageQuery, RequestState, StatusRow, StorageError, StoredContent, StoredRequest, day_string,
    state_from_str, state_to_str,
};

pub(super) fn status_by_verifier(
    conn: &Connection,
    verifier: &[u8; 32],
) -> Result<Option<StatusRow>, StorageError> {
    let mut stmt = conn.prepare_cached(
        "SELECT referral_id, status_verifier, state FROM referrals
         WHERE status_verifier = ?1 LIMIT 2",
    )?;
    let rows: Vec<(String, Vec<u8>, String)> = stmt
        .query_map([&verifier[..]], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let [(id, stored, state)] = &rows[..] else {
        return Ok(None);
    };
    Ok(id
        .parse()
        .ok()
        .zip(stored.as_slice().try_into().ok())
        .map(|(id, verifier)| StatusRow {
            id,
            verifier,
            state: state_from_str(state),
        }))
}

pub(super) fn states(conn: &Connection) -> Result<Vec<RequestState>, StorageError> {
    let mut st = conn.prepare(
        "SELECT r.referral_id, r.state, coalesce(a.staff, '')
         FROM referrals r LEFT JOIN assignments a USING (referral_id)",
    )?;
    let rows = st
        .query_map([], |r| {
            let (id, state, staff): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            Ok(RequestState {
                id,
                state: state_from_str(&state),
                assignee: (!staff.is_empty()).then_some(staff),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The columns [`read_row`] reads, in its order.
const ROW_COLUMNS: &str = "referral_id, key_id, envelope, envelope_sha256, state, received_day";

/// One row as read, every column checked on its own so that a damaged row is set aside rather
/// than ending the run.
fn read_row(r: &rusqlite::Row<'_>) -> StoredRequest {
    let text = |i: usize| match r.get_ref(i) {
        Ok(ValueRef::Text(t)) => String::from_utf8_lossy(t).into_owned(),
        _ => String::new(),
    };
    let blob = |i: usize, what: &str| match r.get_ref(i) {
        Ok(ValueRef::Blob(b)) => Ok(b.to_vec()),
        _ => Err(format!("stored {what} is not a blob (damaged row)")),
    };
    let content = (|| {
        Ok(StoredContent {
            key_id: text(1),
            envelope: blob(2, "envelope")?,
            sha: blob(3, "hash")?,
            state: state_from_str(&text(4)),
        })
    })();
    StoredRequest {
        id: text(0),
        day: text(5),
        content,
    }
}

pub(super) fn by_id(conn: &Connection, ids: &[String]) -> Result<Vec<StoredRequest>, StorageError> {
    let mut st = conn.prepare(&format!(
        "SELECT {ROW_COLUMNS} FROM referrals WHERE referral_id = ?1"
    ))?;
    let mut rows = Vec::with_capacity(ids.len());
    for id in ids {
        rows.extend(st.query_map([id], |r| Ok(read_row(r)))?);
    }
    Ok(rows.into_iter().collect::<Result<Vec<_>, _>>()?)
}

pub(super) fn page_position(
    conn: &Connection,
    id: &str,
) -> Result<Option<(String, String)>, StorageError> {
    Ok(conn
        .query_row(
            "SELECT received_day, referral_id FROM referrals WHERE referral_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub(super) fn page(
    conn: &Connection,
    q: &PageQuery<'_>,
) -> Result<Vec<StoredRequest>, StorageError> {
    let limit = q.limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
    let mut stmt = conn.prepare(&format!(
        "SELECT {ROW_COLUMNS}
         FROM referrals
         WHERE (?1 IS NULL OR referral_id = ?1)
           AND (?2 IS NULL OR state = ?2)
           AND (?3 IS NULL OR received_day = ?3)
           AND (?4 IS NULL OR (received_day, referral_id) > (?4, ?5))
         ORDER BY received_day, referral_id
         LIMIT ?6"
    ))?;
    let rows = stmt
        .query_map(
            params![
                q.only.map(|i| i.to_string()),
                q.state.map(state_to_str),
                q.day.map(day_string),
                q.after.map(|c| &c.0),
                q.after.map(|c| &c.1),
                limit,
            ],
            |r| Ok(read_row(r)),
        )?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Moves a `received` request (by its id as stored) to `to`; whether it moved.
pub(super) fn move_received(
    conn: &Connection,
    id: &str,
    to: ReferralState,
) -> Result<bool, StorageError> {
    let moved = conn.execute(
        "UPDATE referrals SET state = ?2 WHERE referral_id = ?1 AND state = 'received'",
        params![id, state_to_str(to)],
    )?;
    Ok(moved > 0)
}

/// Moves a request from `from` to `to`; whether it moved (it was in `from`).
pub(super) fn move_state(
    conn: &Connection,
    id: &ReferralId,
    from: ReferralState,
    to: ReferralState,
) -> Result<bool, StorageError> {
    let moved = conn.execute(
        "UPDATE referrals SET state = ?3 WHERE referral_id = ?1 AND state = ?2",
        params![id.to_string(), state_to_str(from), state_to_str(to)],
    )?;
    Ok(moved > 0)
}

pub(super) fn set_state(
    conn: &Connection,
    id: &ReferralId,
    state: ReferralState,
) -> Result<(), StorageError> {
    conn.execute(
        "UPDATE referrals SET state = ?2 WHERE referral_id = ?1",
        params![id.to_string(), state_to_str(state)],
    )?;
    Ok(())
}

pub(super) fn assign(
    conn: &Connection,
    id: &ReferralId,
    to: Option<&str>,
) -> Result<(), StorageError> {
    match to {
        None => conn.execute(
            "DELETE FROM assignments WHERE referral_id = ?1",
            [id.to_string()],
        )?,
        Some(to) => conn.execute(
            "INSERT INTO assignments (referral_id, staff) VALUES (?1, ?2)
             ON CONFLICT (referral_id) DO UPDATE SET staff = excluded.staff",
            params![id.to_string(), to],
        )?,
    };
    Ok(())
}
