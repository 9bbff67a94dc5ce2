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

const MIGRATION_LIST: &[M<'static>] = &[M::up(
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
)];

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
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    day_string((secs / 86_400) as i64)
}

/// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
pub(crate) fn day_string(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
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

/// The stored status verifier and state of `id`, if it is stored.
pub(crate) fn status_of(
    conn: &Connection,
    id: ReferralId,
) -> rusqlite::Result<Option<([u8; 32], ReferralState)>> {
    conn.prepare_cached("SELECT status_verifier, state FROM referrals WHERE referral_id = ?1")?
        .query_row([id.to_string()], |r| {
            let v: Vec<u8> = r.get(0)?;
            let s: String = r.get(1)?;
            Ok((v, s))
        })
        .optional()
        .map(|o| o.and_then(|(v, s)| Some((v.try_into().ok()?, state_from_str(&s)))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days() {
        assert_eq!(day_string(0), "1970-01-01");
        assert_eq!(day_string(19_723), "2024-01-01");
        assert_eq!(day_string(19_782), "2024-02-29");
        assert_eq!(day_string(11_016), "2000-02-29");
        assert_eq!(day_string(-1), "1969-12-31");
        assert_eq!(today().len(), 10);
    }
}
