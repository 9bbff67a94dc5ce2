//! Storage: every SQL statement of the hotline lives in this module, behind the small traits
//! below, so that another backend (PostgreSQL: several endpoint instances, one database) can
//! follow without touching the routes. The rest of the crate calls typed methods and never
//! names the database library, a connection or SQL text; a test at the bottom of this file
//! fails if that changes.
//!
//! The interface, by who needs it:
//! * `serve` ingests through the group-commit writer ([`Writer`], fed [`Msg`]s: an [`Item`]
//!   per envelope, answered with an [`Ingested`] per item) and reads through [`ServeStore`]
//!   (the status route: a request by its verifier, its sealed replies);
//! * `inbox` and `open` read stored requests, notes and replies and make their changes through
//!   [`InboxStore`], whose every write is **one** transaction together with its audit rows;
//! * the audit log's storage half is [`AuditStore`] (append, read in order); its chain logic
//!   (the row hash, `verify`) stays in [`crate::audit`];
//! * staff accounts (`staff.db`, a separate file in the keys directory) are [`StaffStore`];
//!   Argon2id, TOTP and the lockout rules stay in [`crate::staff`].
//!
//! Storage stores and loads rows: sealing, hashing and access rules are done by the callers
//! (a few methods take a callback where such work must happen inside the transaction, e.g.
//! sealing a reply once its number is known).
//!
//! # What a backend must provide and guarantee
//!
//! The SQLite backend ([`Sqlite`], [`Writer`], [`SqliteStaff`]) is the only one today. Another
//! one implements the same traits and the writer's protocol, and must keep:
//! * **durable before answered**: a job's reply is sent only after the transaction holding its
//!   items is durable (SQLite: WAL with `synchronous=FULL`); a failed commit answers every job
//!   of the group with an error, and none of its items is stored;
//! * **a cancelled job is never stored**: a job's [`Ticket`] is claimed only once the write
//!   lock is held, right before writing, and an unclaimable (cancelled) job is skipped;
//! * **the storage limits** ([`StorageLimits`]) are checked before anything is written;
//! * **one transaction per write method**: a change and its audit rows commit together or not
//!   at all;
//! * **a serialised audit chain**: appending reads the last row and writes the next one under a
//!   lock that excludes every other appender (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: e.g. a
//!   transaction-level advisory lock or `SELECT … FOR UPDATE` on a head row), so two writers
//!   never chain to the same row; sequence numbers are 1, 2, 3… without gaps;
//! * **no more than the schema says**: ciphertext, the clear header fields, a coarse day; no
//!   precise times, no client addresses;
//! * **schema migrations** that keep every row, and check references after rebuilding a table.
//!
//! New tables (with their migration in `migrations.rs`) get their own submodule here, the
//! methods their routes need on the trait of the process that needs them, and an
//! implementation on [`Sqlite`].

mod audit;
mod migrations;
mod notes;
mod replies;
mod requests;
mod staff;
mod writer;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use reach_core::ids::ReferralId;
use reach_core::wire::{ReferralState, SealedReply};
use rusqlite::Connection;

use crate::HotlineError;
use crate::audit::AuditEvent;
pub(crate) use staff::SqliteStaff;
pub use writer::StorageLimits;
pub(crate) use writer::{Ingested, Item, Job, Msg, Refusal, Ticket, Writer};

/// A storage failure: the database failed, its schema could not be brought up to date, or it
/// is not in a state the hotline can use. Never holds request content.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database failed.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("schema migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// The database is not as required (e.g. it cannot use a write-ahead log).
    #[error("{0}")]
    Unusable(String),
}

/// What `serve`'s status route reads. (Ingest goes through the [`Writer`].)
pub(crate) trait ServeStore: Send + Sync {
    /// The request whose status verifier is `verifier`. `None` when no request has it, and
    /// also when more than one has (only possible if a sender copied someone's verifier): then
    /// nobody can tell whose state the answer would be.
    fn status_by_verifier(&self, verifier: &[u8; 32]) -> Result<Option<StatusRow>, StorageError>;

    /// A request's sealed replies, in number order, as stored (`serve` opens none of them).
    fn replies_for(&self, id: ReferralId) -> Result<Vec<SealedReply>, StorageError>;
}

/// A request found by its status verifier.
pub(crate) struct StatusRow {
    pub id: ReferralId,
    /// The verifier as stored (the route compares it again, in constant time).
    pub verifier: [u8; 32],
    pub state: ReferralState,
}

/// The audit log's storage: append and read, in order. The chain (hashes, verification) is
/// [`crate::audit`]'s.
pub(crate) trait AuditStore {
    /// Appends `events` in order, each chained to the row before, in one transaction that
    /// holds the write lock throughout (no other append can interleave).
    fn append_audit(&self, events: &[AuditEvent<'_>]) -> Result<(), StorageError>;

    /// Reads every row in order of its sequence number, until `visit` returns false.
    fn read_audit(&self, visit: &mut dyn FnMut(AuditRow) -> bool) -> Result<(), StorageError>;
}

/// An audit row as stored (the hashes may be missing or of any length in a damaged log).
pub(crate) struct AuditRow {
    pub seq: i64,
    pub referral_id: String,
    pub action: String,
    pub actor: String,
    pub day: String,
    pub prev_hash: Option<Vec<u8>>,
    pub hash: Option<Vec<u8>>,
}

/// What the staff side (`inbox`, `open`) reads and changes. Each write method is one
/// transaction with the audit rows it is given (under the audit chain's write lock).
pub(crate) trait InboxStore: AuditStore + Send + Sync {
    /// Every stored request's id, state and assignee.
    fn request_states(&self) -> Result<Vec<RequestState>, StorageError>;

    /// The stored requests with these ids (ids not stored are skipped).
    fn requests_by_id(&self, ids: &[String]) -> Result<Vec<StoredRequest>, StorageError>;

    /// Where a stored request sorts in `open`'s order: its (received day, id); `None` if the
    /// id is not stored.
    fn page_position(&self, id: &str) -> Result<Option<(String, String)>, StorageError>;

    /// A page of stored requests in (received day, id) order.
    fn request_page(&self, query: &PageQuery<'_>) -> Result<Vec<StoredRequest>, StorageError>;

    /// A request's notes as stored, oldest first.
    fn notes(&self, id: &ReferralId) -> Result<Vec<StoredNote>, StorageError>;

    /// A request's replies' staff copies as stored, in number order.
    fn reply_copies(&self, id: &ReferralId) -> Result<Vec<StoredReplyCopy>, StorageError>;

    /// The highest reply number of a request (`None`: no reply yet).
    fn last_reply_seq(&self, id: &ReferralId) -> Result<Option<u32>, StorageError>;

    /// A staff view: appends `view`; moves a `received` request to `in_review` and, if it
    /// moved, appends `moved`. Answers whether it moved.
    fn record_view(
        &self,
        id: &ReferralId,
        view: &AuditEvent<'_>,
        moved: &AuditEvent<'_>,
    ) -> Result<bool, StorageError>;

    /// A number that changes whenever another connection or process has committed (SQLite's
    /// `PRAGMA data_version`; a shared backend would use a change counter): the inbox reads
    /// the database again only when it changed, or after a change of its own.
    fn data_version(&self) -> Result<i64, StorageError>;

    /// Every stored feedback envelope (survivors' voices).
    fn feedback(&self) -> Result<Vec<StoredFeedback>, StorageError>;

    /// An `open` run's outcome: for each event in order, first (when its flag is set) moves
    /// the request it names from `received` to `in_review`, then appends the event.
    fn record_openings(&self, openings: &[(AuditEvent<'_>, bool)]) -> Result<(), StorageError>;

    /// Sets a request's state, and appends `event`.
    fn set_state(
        &self,
        id: &ReferralId,
        state: ReferralState,
        event: &AuditEvent<'_>,
    ) -> Result<(), StorageError>;

    /// Assigns a request to `to` (`None`: to nobody), and appends `event`.
    fn assign(
        &self,
        id: &ReferralId,
        to: Option<&str>,
        event: &AuditEvent<'_>,
    ) -> Result<(), StorageError>;

    /// Stores a sealed note, and appends `event`.
    fn add_note(
        &self,
        id: &ReferralId,
        note: &NewSealed,
        event: &AuditEvent<'_>,
    ) -> Result<(), StorageError>;

    /// Stores a reply: inside the transaction, `seal` is given the next number (the highest
    /// so far plus one, so two staff replying at once never get the same) and returns the
    /// sealed reply. Then, with `answer` set to the state the request was in, moves it from
    /// that state to `answered` and, if it moved, appends `answered`; last appends `event`.
    fn add_reply(
        &self,
        id: &ReferralId,
        seal: ReplySealer<'_>,
        answer: Option<(ReferralState, &AuditEvent<'_>)>,
        event: &AuditEvent<'_>,
    ) -> Result<(), HotlineError>;
}

/// Seals a reply once its number is known (see [`InboxStore::add_reply`]).
pub(crate) type ReplySealer<'a> = Box<dyn FnOnce(u32) -> Result<NewReply, HotlineError> + 'a>;

/// One stored feedback envelope, as the inbox counts it.
pub(crate) struct StoredFeedback {
    /// Its own id (never a request's).
    pub id: String,
    pub key_id: String,
    pub envelope: Vec<u8>,
    pub sha256: Vec<u8>,
    /// `YYYY-MM`, UTC: the only time stored with it.
    pub month: String,
}

/// A request's state and assignee.
pub(crate) struct RequestState {
    /// The id as stored.
    pub id: String,
    pub state: ReferralState,
    pub assignee: Option<String>,
}

/// One stored request, each column checked on its own so that a damaged row is set aside
/// rather than ending a run.
pub(crate) struct StoredRequest {
    /// The id as stored (text: a damaged row may not even hold a valid id).
    pub id: String,
    /// The received day as stored.
    pub day: String,
    /// The rest, or why it cannot be read.
    pub content: Result<StoredContent, String>,
}

/// The readable part of a [`StoredRequest`].
pub(crate) struct StoredContent {
    pub key_id: String,
    pub envelope: Vec<u8>,
    pub sha: Vec<u8>,
    pub state: ReferralState,
}

/// Which stored requests `open` reads: optional filters, a cursor and a size.
pub(crate) struct PageQuery<'a> {
    pub only: Option<ReferralId>,
    pub state: Option<ReferralState>,
    pub day: Option<NaiveDate>,
    /// After this (received day, id).
    pub after: Option<&'a (String, String)>,
    pub limit: Option<usize>,
}

/// A note as stored: the key id it was sealed to and the sealed bytes (`None` when the stored
/// value is not bytes: a damaged row).
pub(crate) struct StoredNote {
    pub key_id: String,
    pub sealed: Option<Vec<u8>>,
}

/// A reply's staff copy as stored.
pub(crate) struct StoredReplyCopy {
    pub seq: u32,
    pub key_id: String,
    pub staff_copy: Option<Vec<u8>>,
}

/// Something sealed to a key, to be stored.
pub(crate) struct NewSealed {
    pub key_id: String,
    pub sealed: Vec<u8>,
}

/// A sealed reply to be stored.
pub(crate) struct NewReply {
    pub seq: u32,
    pub key_id: String,
    /// For the person (relayed by `serve`).
    pub sealed: Vec<u8>,
    /// For staff, sealed to the hotline's own key.
    pub staff_copy: Vec<u8>,
}

/// The accounts database (`staff.db`). Names, roles and counters; the rules are
/// [`crate::staff`]'s.
pub(crate) trait StaffStore: Send {
    /// How many accounts exist.
    fn count(&self) -> Result<u64, StorageError>;
    /// Adds an account; false if the name is taken (nothing written).
    fn insert(&self, account: &NewAccount<'_>) -> Result<bool, StorageError>;
    /// What a login checks, by name.
    fn login_row(&self, name: &str) -> Result<Option<LoginRow>, StorageError>;
    /// A good login: failures cleared, the code's time step remembered.
    fn login_succeeded(&self, id: i64, step: i64) -> Result<(), StorageError>;
    /// A failed login: the new count of failures and the lock's end (0: none).
    fn login_failed(&self, id: i64, failures: u32, locked_until: i64) -> Result<(), StorageError>;
    /// Enabled accounts' names, sorted.
    fn enabled_names(&self) -> Result<Vec<String>, StorageError>;
    /// Every account by name, with whether it is locked at `now` (unix seconds).
    fn accounts(&self, now: i64) -> Result<Vec<AccountRow>, StorageError>;
    /// An account's id and role, by name.
    fn find(&self, name: &str) -> Result<Option<(i64, String)>, StorageError>;
    /// Sets a role.
    fn set_role(&self, id: i64, role: &str) -> Result<(), StorageError>;
    /// Disables or enables a login.
    fn set_disabled(&self, id: i64, disabled: bool) -> Result<(), StorageError>;
    /// New password hash and TOTP secret; the code step, failures and lock are cleared.
    fn reset_credentials(
        &self,
        id: i64,
        password_hash: &str,
        totp_secret: &[u8],
    ) -> Result<(), StorageError>;
}

/// A new account.
pub(crate) struct NewAccount<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub password_hash: &'a str,
    pub totp_secret: &'a [u8],
}

/// What a login reads.
pub(crate) struct LoginRow {
    pub id: i64,
    pub role: String,
    pub password_hash: String,
    pub totp_secret: Vec<u8>,
    pub totp_last_step: i64,
    pub failures: u32,
    pub locked_until: i64,
    pub disabled: bool,
}

/// An account as listed.
pub(crate) struct AccountRow {
    pub name: String,
    pub role: String,
    pub disabled: bool,
    pub locked: bool,
}

/// The hotline database (`hotline.db`) on SQLite: one connection, used by one method at a
/// time. The lock is a leaf: it is taken only inside a method here, which takes no other.
pub(crate) struct Sqlite {
    conn: Mutex<Connection>,
}

impl Sqlite {
    /// Opens (creating if needed) the database with the durability settings (WAL,
    /// `synchronous=FULL`) and the latest schema.
    pub(crate) fn open(path: &Path) -> Result<Self, StorageError> {
        Ok(Self {
            conn: Mutex::new(migrations::open_db(path)?),
        })
    }

    /// Opens an existing database read-only, changing nothing (not even the schema).
    pub(crate) fn open_read_only(path: &Path) -> Result<Self, StorageError> {
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// One staff change and its audit row in one immediate transaction: both or neither.
    fn audited(
        &self,
        event: &AuditEvent<'_>,
        change: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<(), StorageError>,
    ) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = audit::write_tx(&mut conn)?;
        change(&tx)?;
        audit::append(&tx, event)?;
        tx.commit()?;
        Ok(())
    }
}

impl ServeStore for Sqlite {
    fn status_by_verifier(&self, verifier: &[u8; 32]) -> Result<Option<StatusRow>, StorageError> {
        requests::status_by_verifier(&self.conn(), verifier)
    }

    fn replies_for(&self, id: ReferralId) -> Result<Vec<SealedReply>, StorageError> {
        replies::sealed_for(&self.conn(), id)
    }
}

impl AuditStore for Sqlite {
    fn append_audit(&self, events: &[AuditEvent<'_>]) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = audit::write_tx(&mut conn)?;
        for e in events {
            audit::append(&tx, e)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn read_audit(&self, visit: &mut dyn FnMut(AuditRow) -> bool) -> Result<(), StorageError> {
        audit::read(&self.conn(), visit)
    }
}

impl InboxStore for Sqlite {
    fn request_states(&self) -> Result<Vec<RequestState>, StorageError> {
        requests::states(&self.conn())
    }

    fn requests_by_id(&self, ids: &[String]) -> Result<Vec<StoredRequest>, StorageError> {
        requests::by_id(&self.conn(), ids)
    }

    fn page_position(&self, id: &str) -> Result<Option<(String, String)>, StorageError> {
        requests::page_position(&self.conn(), id)
    }

    fn request_page(&self, query: &PageQuery<'_>) -> Result<Vec<StoredRequest>, StorageError> {
        requests::page(&self.conn(), query)
    }

    fn notes(&self, id: &ReferralId) -> Result<Vec<StoredNote>, StorageError> {
        notes::list(&self.conn(), id)
    }

    fn reply_copies(&self, id: &ReferralId) -> Result<Vec<StoredReplyCopy>, StorageError> {
        replies::staff_copies(&self.conn(), id)
    }

    fn last_reply_seq(&self, id: &ReferralId) -> Result<Option<u32>, StorageError> {
        replies::last_seq(&self.conn(), id)
    }

    fn record_view(
        &self,
        id: &ReferralId,
        view: &AuditEvent<'_>,
        moved: &AuditEvent<'_>,
    ) -> Result<bool, StorageError> {
        let mut conn = self.conn();
        let tx = audit::write_tx(&mut conn)?;
        audit::append(&tx, view)?;
        let moved_now = requests::move_received(&tx, &id.to_string(), ReferralState::InReview)?;
        if moved_now {
            audit::append(&tx, moved)?;
        }
        tx.commit()?;
        Ok(moved_now)
    }

    fn data_version(&self) -> Result<i64, StorageError> {
        Ok(self
            .conn()
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    fn feedback(&self) -> Result<Vec<StoredFeedback>, StorageError> {
        let conn = self.conn();
        let mut st = conn.prepare(
            "SELECT feedback_id, key_id, envelope, envelope_sha256, received_month FROM feedback",
        )?;
        let rows = st.query_map([], |r| {
            Ok(StoredFeedback {
                id: r.get(0)?,
                key_id: r.get(1)?,
                envelope: r.get(2)?,
                sha256: r.get(3)?,
                month: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn record_openings(&self, openings: &[(AuditEvent<'_>, bool)]) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = audit::write_tx(&mut conn)?;
        for (event, review) in openings {
            if *review {
                requests::move_received(&tx, event.referral_id, ReferralState::InReview)?;
            }
            audit::append(&tx, event)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn set_state(
        &self,
        id: &ReferralId,
        state: ReferralState,
        event: &AuditEvent<'_>,
    ) -> Result<(), StorageError> {
        self.audited(event, |tx| requests::set_state(tx, id, state))
    }

    fn assign(
        &self,
        id: &ReferralId,
        to: Option<&str>,
        event: &AuditEvent<'_>,
    ) -> Result<(), StorageError> {
        self.audited(event, |tx| requests::assign(tx, id, to))
    }

    fn add_note(
        &self,
        id: &ReferralId,
        note: &NewSealed,
        event: &AuditEvent<'_>,
    ) -> Result<(), StorageError> {
        self.audited(event, |tx| notes::insert(tx, id, note))
    }

    fn add_reply(
        &self,
        id: &ReferralId,
        seal: ReplySealer<'_>,
        answer: Option<(ReferralState, &AuditEvent<'_>)>,
        event: &AuditEvent<'_>,
    ) -> Result<(), HotlineError> {
        let mut conn = self.conn();
        let tx = audit::write_tx(&mut conn)?;
        let next = replies::last_seq(&tx, id)?.unwrap_or(0) + 1;
        let reply = seal(next)?;
        replies::insert(&tx, id, &reply)?;
        if let Some((from, answered)) = answer
            && requests::move_state(&tx, id, from, ReferralState::Answered)?
        {
            audit::append(&tx, answered)?;
        }
        audit::append(&tx, event)?;
        tx.commit().map_err(StorageError::from)?;
        Ok(())
    }
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
pub(crate) fn day_string(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The state's column value: the contract's spelling, as on the wire.
fn state_to_str(s: ReferralState) -> &'static str {
    s.as_str()
}

/// A state column read back; anything unknown counts as `received` (never hides a request).
fn state_from_str(s: &str) -> ReferralState {
    ReferralState::parse(s).unwrap_or(ReferralState::Received)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_iso_dates() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(day_string(day(1970, 1, 1)), "1970-01-01");
        assert_eq!(day_string(day(2024, 2, 29)), "2024-02-29");
        assert_eq!(day_string(day(999, 12, 31)), "0999-12-31");
        assert_eq!(today().len(), 10);
    }

    /// What must not appear in a source file outside `storage/`: the database library, its
    /// connection, its calls, and SQL.
    const FORBIDDEN: &[&str] = &[
        "rusqlite",
        "Connection",
        "params!",
        "execute(",
        "execute_batch(",
        "prepare(",
        "prepare_cached(",
        "query_row",
        "query_map",
        "transaction_with_behavior",
        "SELECT ",
        "INSERT INTO",
        "UPDATE ",
        "DELETE FROM",
        "CREATE TABLE",
        "ALTER TABLE",
        "DROP TABLE",
        "PRAGMA",
    ];

    /// Each forbidden word found in a file under `dir` outside `storage/`, as `path: word`.
    fn leaks(dir: &Path, storage: &Path, found: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path == storage {
                continue;
            }
            if path.is_dir() {
                leaks(&path, storage, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for word in FORBIDDEN {
                    if text.contains(word) {
                        found.push(format!("{}: {word}", path.display()));
                    }
                }
            }
        }
    }

    /// The module's invariant: all SQL lives here. A route that needs the database calls a
    /// method of one of the traits above (adding one if need be), never the database itself.
    #[test]
    fn no_sql_outside_the_storage_module() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let storage = src.join("storage");
        assert!(storage.join("mod.rs").is_file());
        let mut found = Vec::new();
        leaks(&src, &storage, &mut found);
        assert!(
            found.is_empty(),
            "database access outside crates/hotline/src/storage/ (move it behind a storage \
             method):\n{}",
            found.join("\n")
        );
    }
}
