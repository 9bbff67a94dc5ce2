//! Storage: SQLite in WAL mode with `synchronous=FULL`, so that a `201`/`200` is only ever sent
//! for a request that survives power loss — the phone deletes its copy once it has the receipt.
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
    // The audit log becomes a hash chain (`audit.rs`); rows written before are chained once,
    // in Rust, by `open_db` right after this migration.
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

fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATION_LIST)
}

/// Brings the schema up to date. Foreign keys (on by default in this SQLite build) are off while
/// the migrations run, as SQLite's own procedure for rebuilding a table asks (a referenced table
/// cannot be dropped and renamed otherwise), and checked whole afterwards: any row left pointing
/// nowhere is an error, not a silent loss.
fn migrate(conn: &mut Connection) -> Result<(), HotlineError> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = migrations().to_latest(conn);
    conn.pragma_update(None, "foreign_keys", true)?;
    result?;
    let orphans: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })?;
    if orphans > 0 {
        return Err(HotlineError::Db(rusqlite::Error::InvalidParameterName(
            format!("{orphans} rows refer to rows that do not exist after the schema migration"),
        )));
    }
    Ok(())
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
    migrate(&mut conn)?;
    crate::audit::chain_legacy_rows(&mut conn)?;
    Ok(conn)
}

/// Today's UTC date as `YYYY-MM-DD`: the only time information stored, on purpose.
pub(crate) fn today() -> String {
    day_string(chrono::Utc::now().date_naive())
}

/// Seconds until the next UTC day begins (when the daily quota starts afresh), at least 60.
pub(crate) fn seconds_until_next_day() -> u64 {
    let now = chrono::Utc::now().naive_utc();
    let next = now.date().succ_opt().and_then(|d| d.and_hms_opt(0, 0, 0));
    next.map_or(3600, |n| (n - now).num_seconds().max(60) as u64)
}

/// The stored form of a day (`YYYY-MM-DD`, which also sorts in date order).
pub(crate) fn day_string(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The state's column value: the contract's spelling, as on the wire.
pub(crate) fn state_to_str(s: ReferralState) -> &'static str {
    s.as_str()
}

/// A state column read back; anything unknown counts as `received` (never hides a request).
pub(crate) fn state_from_str(s: &str) -> ReferralState {
    ReferralState::parse(s).unwrap_or(ReferralState::Received)
}

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

/// Runs the writer loop on its own thread until [`Msg::Shutdown`] or until every sender is
/// gone.
pub(crate) fn spawn_writer(
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

/// A request's sealed replies, in number order, as the status route returns them. Only the
/// sealed form is read: `serve` has no key to open either column.
pub(crate) fn replies_for(
    conn: &Connection,
    id: ReferralId,
) -> rusqlite::Result<Vec<reach_core::wire::SealedReply>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, key_id, sealed FROM replies WHERE referral_id = ?1 ORDER BY seq",
    )?;
    stmt.query_map([id.to_string()], |r| {
        let seq: u32 = r.get(0)?;
        let key_id: String = r.get(1)?;
        // Relayed as stored, whatever its type (a damaged row holding text): the phone refuses
        // what does not open, and the other replies still reach it.
        let sealed = match r.get_ref(2)? {
            rusqlite::types::ValueRef::Blob(b) | rusqlite::types::ValueRef::Text(b) => b.to_vec(),
            _ => Vec::new(),
        };
        Ok((seq, key_id, sealed))
    })?
    .filter_map(|row| match row {
        Ok((seq, key_id, sealed)) => key_id
            .parse()
            .ok()
            .map(|k| Ok(reach_core::wire::SealedReply::new(seq, k, &sealed))),
        Err(e) => Some(Err(e)),
    })
    .collect()
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
        migrations().to_latest(&mut conn).unwrap();
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

    #[test]
    fn days_are_iso_dates() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(day_string(day(1970, 1, 1)), "1970-01-01");
        assert_eq!(day_string(day(2024, 2, 29)), "2024-02-29");
        assert_eq!(day_string(day(999, 12, 31)), "0999-12-31");
        assert_eq!(today().len(), 10);
    }
}

#[cfg(test)]
mod migration_tests {
    use super::*;

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
