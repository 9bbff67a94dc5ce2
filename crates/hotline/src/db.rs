//! Storage: SQLite in WAL mode with `synchronous=FULL`, so that a `201`/`200` is only ever sent
//! for a request that survives power loss — the phone deletes its copy once it has the receipt.
//!
//! Only ciphertext is stored, with the clear header fields delivery needs and a coarse
//! `received_day`; no precise timestamps and no client addresses, so a seized database says as
//! little as possible about who wrote when.
//!
//! Writes go through one writer thread doing group commit: it drains every pending ingest job
//! into one transaction and one fsync, then answers them all. Under load this turns hundreds of
//! fsyncs into one while keeping the "answer only after durable commit" rule.

use std::path::Path;
use std::time::Duration;

use reach_core::envelope::KeyId;
use reach_core::ids::ReferralId;
use reach_core::wire::ReferralState;
use rusqlite::{Connection, OptionalExtension as _, TransactionBehavior, params};
use rusqlite_migration::{M, Migrations};
use tokio::sync::{mpsc, oneshot};

use crate::HotlineError;

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
];

fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATION_LIST)
}

/// Opens (creating if needed) the database with the durability settings and the latest schema.
pub(crate) fn open_db(path: &Path) -> Result<Connection, HotlineError> {
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(HotlineError::Db(rusqlite::Error::InvalidParameterName(
            format!("journal_mode is {mode}, WAL required"),
        )));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    migrations().to_latest(&mut conn)?;
    Ok(conn)
}

/// Today's UTC date as `YYYY-MM-DD`: the only time information stored, on purpose.
pub(crate) fn today() -> String {
    day_string(chrono::Utc::now().date_naive())
}

/// The stored form of a day (`YYYY-MM-DD`, which also sorts in date order).
pub(crate) fn day_string(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

pub(crate) fn state_to_str(s: ReferralState) -> &'static str {
    match s {
        ReferralState::Received => "received",
        ReferralState::InReview => "in_review",
        ReferralState::Answered => "answered",
        ReferralState::Closed => "closed",
    }
}

pub(crate) fn state_from_str(s: &str) -> ReferralState {
    match s {
        "in_review" => ReferralState::InReview,
        "answered" => ReferralState::Answered,
        "closed" => ReferralState::Closed,
        _ => ReferralState::Received,
    }
}

/// One envelope that passed the header checks and waits to be stored.
pub(crate) struct Item {
    pub id: ReferralId,
    pub key_id: KeyId,
    pub sha256: [u8; 32],
    pub status_verifier: [u8; 32],
    pub bytes: Vec<u8>,
}

/// What storing one item did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ingested {
    /// First delivery: stored now.
    Created,
    /// Same id, same bytes: already stored, nothing written.
    Duplicate,
    /// Same id, other bytes: refused, nothing written.
    Conflict,
}

/// A request's items; answered once the group transaction holding them has committed (or
/// failed, in which case none of them is stored).
pub(crate) struct Job {
    pub items: Vec<Item>,
    pub reply: oneshot::Sender<Result<Vec<Ingested>, ()>>,
}

/// Messages to the writer thread.
pub(crate) enum Msg {
    Ingest(Job),
    /// Sent by shutdown after the HTTP server has stopped; everything queued before it is
    /// still committed and answered.
    Shutdown,
}

/// Runs the writer loop on its own thread until [`Msg::Shutdown`] or until every sender is
/// gone.
pub(crate) fn spawn_writer(
    mut conn: Connection,
    mut rx: mpsc::Receiver<Msg>,
    max_items: usize,
) -> std::thread::JoinHandle<()> {
    std::thread::Builder::new()
        .name("reach-hotline-writer".into())
        .spawn(move || {
            let mut stop = false;
            while !stop {
                let Some(first) = rx.blocking_recv() else {
                    break;
                };
                let mut jobs = Vec::new();
                let mut items = 0;
                match first {
                    Msg::Ingest(j) => {
                        items += j.items.len();
                        jobs.push(j);
                    }
                    Msg::Shutdown => break,
                }
                while items < max_items {
                    match rx.try_recv() {
                        Ok(Msg::Ingest(j)) => {
                            items += j.items.len();
                            jobs.push(j);
                        }
                        Ok(Msg::Shutdown) => {
                            stop = true;
                            break;
                        }
                        Err(_) => break,
                    }
                }
                match commit_group(&mut conn, &jobs) {
                    Ok(outcomes) => {
                        tracing::debug!(jobs = jobs.len(), items, "group commit");
                        for (job, out) in jobs.into_iter().zip(outcomes) {
                            let _ = job.reply.send(Ok(out));
                        }
                    }
                    Err(e) => {
                        tracing::error!(error = %e, jobs = jobs.len(), "group commit failed; nothing stored");
                        for job in jobs {
                            let _ = job.reply.send(Err(()));
                        }
                    }
                }
            }
            // Let SQLite fold the WAL back into the main file on a clean stop.
            let _ = conn.close();
        })
        .expect("spawn the writer thread")
}

fn commit_group(conn: &mut Connection, jobs: &[Job]) -> rusqlite::Result<Vec<Vec<Ingested>>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let day = today();
    let mut all = Vec::with_capacity(jobs.len());
    {
        let mut select =
            tx.prepare_cached("SELECT envelope_sha256 FROM referrals WHERE referral_id = ?1")?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO referrals
                (referral_id, key_id, envelope, envelope_sha256, status_verifier, state, received_day)
             VALUES (?1, ?2, ?3, ?4, ?5, 'received', ?6)",
        )?;
        for job in jobs {
            let mut out = Vec::with_capacity(job.items.len());
            for item in &job.items {
                let id = item.id.to_string();
                let stored: Option<Vec<u8>> = select.query_row([&id], |r| r.get(0)).optional()?;
                out.push(match stored {
                    None => {
                        insert.execute(params![
                            id,
                            item.key_id.to_string(),
                            item.bytes,
                            &item.sha256[..],
                            &item.status_verifier[..],
                            day,
                        ])?;
                        Ingested::Created
                    }
                    Some(sha) if sha == item.sha256 => Ingested::Duplicate,
                    Some(_) => Ingested::Conflict,
                });
            }
            all.push(out);
        }
    }
    tx.commit()?;
    Ok(all)
}

/// The request whose status verifier is `verifier`: its id, stored verifier and state. `None`
/// when no request has it, and also when more than one has (only possible if a sender copied
/// someone's verifier): then nobody can tell whose state the answer would be.
pub(crate) fn status_by_verifier(
    conn: &Connection,
    verifier: &[u8; 32],
) -> rusqlite::Result<Option<(ReferralId, [u8; 32], ReferralState)>> {
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
        .map(|(id, stored)| (id, stored, state_from_str(state))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_iso_dates() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(day_string(day(1970, 1, 1)), "1970-01-01");
        assert_eq!(day_string(day(2024, 2, 29)), "2024-02-29");
        assert_eq!(day_string(day(999, 12, 31)), "0999-12-31");
        assert_eq!(today().len(), 10);
    }
}
