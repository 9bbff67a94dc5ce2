//! The ingest writer: SQLite in WAL mode with `synchronous=FULL`, so that a `201`/`200` is only
//! ever sent for a request that survives power loss — the phone deletes its copy once it has the
//! receipt.
//!
//! Only ciphertext is stored, with the clear header fields delivery needs and a coarse
//! `received_day`; no precise timestamps and no client addresses, so a seized database says as
//! little as possible about who wrote when.
//!
//! Writes go through one writer thread doing group commit: it drains every pending ingest job
//! into one transaction and one fsync, then answers them all. Under load this turns hundreds of
//! fsyncs into one while keeping the "answer only after durable commit" rule, and it is also
//! where a request that already got a 503 is dropped rather than committed late (see
//! [`Ticket`]) and where the storage quota and free-space floor are enforced before writing.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use reach_core::envelope::KeyId;
use reach_core::ids::ReferralId;
use rusqlite::{Connection, OptionalExtension as _, TransactionBehavior, params};
use tokio::sync::{mpsc, oneshot};

use super::{StorageError, migrations, today};

/// One envelope that passed the header checks and waits to be stored.
pub(crate) struct Item {
    /// A feedback envelope (survivors' voices), stored apart from requests.
    pub feedback: bool,
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
    /// New, but refused before anything was written, to protect the storage.
    Refused(Refusal),
}

/// Why the writer refused to store a new envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// Today's (UTC) storage quota is used up.
    DailyQuota,
    /// The data directory's filesystem is below the free-space floor.
    LowDiskSpace,
}

/// Storage limits the writer enforces before writing: a flood of valid-looking envelopes
/// must not fill the disk and take down everything else the hotline runs on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageLimits {
    /// Most envelope bytes stored per UTC day; `None` for no quota.
    pub daily_quota_bytes: Option<u64>,
    /// New envelopes are refused while the data directory's filesystem has fewer bytes than
    /// this available (to unprivileged users: what SQLite can actually use).
    pub min_free_bytes: u64,
}

impl Default for StorageLimits {
    /// 1 GiB a day is tens of thousands of the largest envelopes, far beyond any hotline's
    /// real day; 256 MiB free leaves room for the WAL, checkpoints and `open`'s audit rows.
    fn default() -> Self {
        Self {
            daily_quota_bytes: Some(1 << 30),
            min_free_bytes: 256 << 20,
        }
    }
}

/// The writer's side of [`StorageLimits`]: today's usage and what it has already logged.
struct StorageGuard {
    limits: StorageLimits,
    /// Directory whose filesystem holds the database.
    data_dir: PathBuf,
    day: String,
    used_today: u64,
    quota_logged_for: Option<String>,
    low_space_logged: bool,
}

impl StorageGuard {
    fn new(limits: StorageLimits, db_path: &Path) -> Self {
        let data_dir = match db_path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        Self {
            limits,
            data_dir,
            day: String::new(),
            used_today: 0,
            quota_logged_for: None,
            low_space_logged: false,
        }
    }

    /// Moves to `day`, counting what is already stored for it (after a restart, too).
    fn roll_to(&mut self, conn: &Connection, day: &str) -> rusqlite::Result<()> {
        if self.day != day {
            self.used_today = conn.query_row(
                "SELECT coalesce(sum(length(envelope)), 0) FROM referrals WHERE received_day = ?1",
                [day],
                |r| r.get::<_, i64>(0),
            )? as u64;
            self.day = day.to_owned();
        }
        Ok(())
    }

    fn over_quota(&self, pending: u64, len: u64) -> bool {
        self.limits
            .daily_quota_bytes
            .is_some_and(|q| self.used_today + pending + len > q)
    }

    /// Whether the filesystem is below the floor. Logged once when it gets there and once when
    /// it recovers. If the free space cannot be read, deliveries go on (a person's request
    /// matters more than the guard) and the failure is logged.
    fn low_on_space(&mut self) -> bool {
        let low = match rustix::fs::statvfs(&self.data_dir) {
            Ok(st) => st.f_bavail.saturating_mul(st.f_frsize) < self.limits.min_free_bytes,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the free space of the data directory");
                false
            }
        };
        if low && !self.low_space_logged {
            tracing::warn!(
                min_free_bytes = self.limits.min_free_bytes,
                "free disk space is below the floor: refusing new requests with 503 before \
                 writing anything, until space is freed"
            );
        } else if !low && self.low_space_logged {
            tracing::info!("free disk space is above the floor again: accepting requests");
        }
        self.low_space_logged = low;
        low
    }

    fn log_quota_refusals(&mut self, refused: usize) {
        if refused > 0 && self.quota_logged_for.as_deref() != Some(self.day.as_str()) {
            tracing::warn!(
                quota_bytes = self.limits.daily_quota_bytes,
                refused,
                "daily storage quota reached: refusing new requests with 503 before writing \
                 anything, until the next UTC day"
            );
            self.quota_logged_for = Some(self.day.clone());
        }
    }
}

/// Whether a job is still wanted. The handler and the writer race for it exactly once: the
/// writer *claims* it once it holds the write lock, right before writing; a handler whose
/// deadline passes *cancels* it and answers 503. Whoever is first wins, so a request answered
/// with 503 is never committed afterwards, and a claimed one is always answered truthfully.
#[derive(Debug, Default)]
pub(crate) struct Ticket(AtomicU8);

const PENDING: u8 = 0;
const CLAIMED: u8 = 1;
const CANCELLED: u8 = 2;

impl Ticket {
    fn settle(&self, to: u8) -> bool {
        self.0
            .compare_exchange(PENDING, to, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// The writer takes the job; false if the handler gave up first.
    pub(crate) fn claim(&self) -> bool {
        self.settle(CLAIMED)
    }

    /// The handler gives up; false if the writer is already committing it.
    pub(crate) fn cancel(&self) -> bool {
        self.settle(CANCELLED)
    }
}

/// A request's items; answered once the group transaction holding them has committed (or
/// failed, in which case none of them is stored). A cancelled job is skipped, unanswered.
pub(crate) struct Job {
    pub items: Vec<Item>,
    pub ticket: Arc<Ticket>,
    pub reply: oneshot::Sender<Result<Vec<Ingested>, ()>>,
}

/// Messages to the writer thread.
pub(crate) enum Msg {
    Ingest(Job),
    /// Sent by shutdown after the HTTP server has stopped; everything queued before it is
    /// still committed and answered.
    Shutdown,
}

/// The writer's own connection to the database, opened (and the schema migrated) before the
/// server starts, so that a database problem is reported then rather than on a request.
pub(crate) struct Writer {
    conn: Connection,
    db_path: PathBuf,
}

impl Writer {
    /// Opens the database for writing, with the durability settings and the latest schema.
    pub(crate) fn open(db_path: &Path) -> Result<Self, StorageError> {
        Ok(Self {
            conn: migrations::open_db(db_path)?,
            db_path: db_path.to_owned(),
        })
    }

    /// Runs the writer loop on its own thread until [`Msg::Shutdown`] or until every sender is
    /// gone.
    pub(crate) fn spawn(
        self,
        rx: mpsc::Receiver<Msg>,
        max_items: usize,
        limits: StorageLimits,
    ) -> std::thread::JoinHandle<()> {
        spawn_writer(self.conn, rx, max_items, &self.db_path, limits)
    }
}

fn spawn_writer(
    mut conn: Connection,
    mut rx: mpsc::Receiver<Msg>,
    max_items: usize,
    db_path: &Path,
    limits: StorageLimits,
) -> std::thread::JoinHandle<()> {
    let mut guard = StorageGuard::new(limits, db_path);
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
                match commit_group(&mut conn, &jobs, &mut guard) {
                    Ok(outcomes) => {
                        tracing::debug!(jobs = jobs.len(), items, "group commit");
                        for (job, out) in jobs.into_iter().zip(outcomes) {
                            if let Some(out) = out {
                                let _ = job.reply.send(Ok(out));
                            }
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

/// Commits one group. Jobs are claimed only once the write lock is held, so a handler that
/// gave up while the writer waited for the lock (or for earlier groups) is never committed;
/// `None` marks such a cancelled job. Storage limits are checked before each insert.
fn commit_group(
    conn: &mut Connection,
    jobs: &[Job],
    guard: &mut StorageGuard,
) -> rusqlite::Result<Vec<Option<Vec<Ingested>>>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let claimed: Vec<bool> = jobs.iter().map(|j| j.ticket.claim()).collect();
    let day = today();
    guard.roll_to(&tx, &day)?;
    let low_space = claimed.contains(&true) && guard.low_on_space();
    let (mut added, mut over_quota) = (0u64, 0usize);
    let mut all = Vec::with_capacity(jobs.len());
    {
        let mut select =
            tx.prepare_cached("SELECT envelope_sha256 FROM referrals WHERE referral_id = ?1")?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO referrals
                (referral_id, key_id, envelope, envelope_sha256, status_verifier, state, received_day)
             VALUES (?1, ?2, ?3, ?4, ?5, 'received', ?6)",
        )?;
        let mut select_feedback =
            tx.prepare_cached("SELECT envelope_sha256 FROM feedback WHERE feedback_id = ?1")?;
        let mut insert_feedback = tx.prepare_cached(
            "INSERT INTO feedback (feedback_id, key_id, envelope, envelope_sha256, received_month)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (job, claimed) in jobs.iter().zip(claimed) {
            if !claimed {
                all.push(None);
                continue;
            }
            let mut out = Vec::with_capacity(job.items.len());
            for item in &job.items {
                let id = item.id.to_string();
                let stored: Option<Vec<u8>> = if item.feedback {
                    select_feedback.query_row([&id], |r| r.get(0)).optional()?
                } else {
                    select.query_row([&id], |r| r.get(0)).optional()?
                };
                let len = item.bytes.len() as u64;
                out.push(match stored {
                    None if low_space => Ingested::Refused(Refusal::LowDiskSpace),
                    None if guard.over_quota(added, len) => {
                        over_quota += 1;
                        Ingested::Refused(Refusal::DailyQuota)
                    }
                    None if item.feedback => {
                        insert_feedback.execute(params![
                            id,
                            item.key_id.to_string(),
                            item.bytes,
                            &item.sha256[..],
                            &day[..7],
                        ])?;
                        added += len;
                        Ingested::Created
                    }
                    None => {
                        insert.execute(params![
                            id,
                            item.key_id.to_string(),
                            item.bytes,
                            &item.sha256[..],
                            &item.status_verifier[..],
                            day,
                        ])?;
                        added += len;
                        Ingested::Created
                    }
                    Some(sha) if sha == item.sha256 => Ingested::Duplicate,
                    Some(_) => Ingested::Conflict,
                });
            }
            all.push(Some(out));
        }
    }
    tx.commit()?;
    guard.used_today += added;
    guard.log_quota_refusals(over_quota);
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_is_settled_exactly_once() {
        let t = Ticket::default();
        assert!(t.claim());
        assert!(
            !t.cancel(),
            "a claimed job cannot be cancelled: it is being committed"
        );
        assert!(!t.claim());
        let t = Ticket::default();
        assert!(t.cancel());
        assert!(!t.claim(), "a cancelled job must never be committed");
    }

    #[test]
    fn quota_counts_what_is_stored_and_what_is_pending() {
        let conn = Connection::open_in_memory().unwrap();
        let mut guard = StorageGuard::new(
            StorageLimits {
                daily_quota_bytes: Some(100),
                min_free_bytes: 0,
            },
            Path::new("hotline.db"),
        );
        let mut conn = conn;
        migrations::migrations().to_latest(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO referrals VALUES (?1, ?2, ?3, ?4, ?4, 'received', '2024-02-29')",
            params!["a".repeat(32), "b".repeat(16), vec![0u8; 60], vec![0u8; 32]],
        )
        .unwrap();
        // After a restart the day's usage is read back from what is stored.
        guard.roll_to(&conn, "2024-02-29").unwrap();
        assert_eq!(guard.used_today, 60);
        assert!(!guard.over_quota(0, 40));
        assert!(
            guard.over_quota(1, 40),
            "bytes pending in this group count too"
        );
        guard.roll_to(&conn, "2024-03-01").unwrap();
        assert_eq!(guard.used_today, 0, "a new day starts afresh");
        assert!(!guard.low_on_space(), "a floor of zero is never reached");
    }
}
