//! The database schema, applied with `rusqlite_migration`.
//!
//! Nothing here holds request content in the clear: drafts and per-request secrets are AES-GCM
//! ciphertext, the outbox holds HPKE-sealed envelopes. No column records when anything was
//! written (queue order is a sequence number), so the file tells a reader as little as possible
//! about the person's activity.

use rusqlite_migration::{M, Migrations};

/// Schema migrations, in order. Never edit a released migration: append a new one.
const MIGRATIONS: &[M<'static>] = &[
    // 1: the initial schema.
    M::up(
        "CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE data_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,
        kdf_salt BLOB NOT NULL,
        kdf_m_kib INTEGER NOT NULL,
        kdf_t INTEGER NOT NULL,
        kdf_p INTEGER NOT NULL,
        wrapped BLOB NOT NULL
    ) STRICT;

    CREATE TABLE drafts (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        sealed BLOB NOT NULL
    ) STRICT;

    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id BLOB NOT NULL UNIQUE CHECK (length(referral_id) = 16),
        envelope BLOB,
        state INTEGER NOT NULL CHECK (state IN (0, 1, 2)),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        last_error_code TEXT,
        http_status INTEGER,
        receipt BLOB
    ) STRICT;

    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

    CREATE TABLE secrets (
        referral_id BLOB PRIMARY KEY NOT NULL
            REFERENCES outbox (referral_id) ON DELETE CASCADE,
        sealed BLOB NOT NULL
    ) STRICT;",
    ),
    // 2: the duress PIN's verifier (`crate::app_lock`). Every store holds exactly one row once
    // unlocked through `app_lock`: a real verifier, or random bytes of the same shape when no
    // duress PIN is set, so that the file does not reveal whether one is.
    M::up(
        "CREATE TABLE duress_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        kdf_salt BLOB NOT NULL,
        kdf_m_kib INTEGER NOT NULL,
        kdf_t INTEGER NOT NULL,
        kdf_p INTEGER NOT NULL,
        verifier BLOB NOT NULL
    ) STRICT;",
    ),
    // 3: nothing of a delivered request stays in the outbox. Its row, and with it the hotline's
    // signed receipt — proof on a seized phone that it reached a hotline — are deleted on
    // delivery; only a count remains (`meta.delivered`). The per-request secrets (status secret,
    // reply key: ciphertext under the data key) outlive the outbox row, so that the person can
    // still ask for the status and read replies: their table no longer cascades from `outbox`.
    M::up(
        "CREATE TABLE request_secrets (
        referral_id BLOB PRIMARY KEY NOT NULL CHECK (length(referral_id) = 16),
        sealed BLOB NOT NULL
    ) STRICT;
    INSERT INTO request_secrets (referral_id, sealed) SELECT referral_id, sealed FROM secrets;
    DROP TABLE secrets;
    ALTER TABLE request_secrets RENAME TO secrets;
    INSERT INTO meta (key, value) SELECT 'delivered', count(*) FROM outbox WHERE state = 2;
    DELETE FROM outbox WHERE state = 2;",
    ),
    // 4: what the outbox learns about a pending request (attempts, the hotline's refusal) is
    // sealed to the store's own X25519 key (`crate::outbox`), written while locked, readable
    // only unlocked; retry times stay in memory. The clear columns stay for stores not yet
    // unlocked since this migration (sealed and emptied at the next unlock).
    M::up(
        "CREATE TABLE outbox_state_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        public BLOB NOT NULL CHECK (length(public) = 32),
        sealed_private BLOB NOT NULL
    ) STRICT;
    ALTER TABLE outbox ADD COLUMN sealed_state BLOB;
    UPDATE outbox SET next_attempt_at = 0;",
    ),
    // 5: delivery outcomes are transport-neutral (`crate::transport`): a refusal is a machine
    // code, never an HTTP status. A status left in the clear column by a store not unlocked
    // since migration 4 becomes the code (`http_<status>`) when there was none; the column stays
    // (SQLite cannot drop it from older files cheaply) but is never written again. Sealed
    // records keep their format-1 layout, which `crate::outbox` reads.
    M::up(
        "UPDATE outbox SET last_error_code = COALESCE(last_error_code, 'http_' || http_status),
                       http_status = NULL
     WHERE http_status IS NOT NULL;",
    ),
    // 6: the hotline's replies, opened and checked (`crate::reply`), AES-GCM under the data key.
    // `id` is the referral id || the reply's number (big-endian u32): one row per number.
    M::up(
        "CREATE TABLE replies (
        id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 20),
        sealed BLOB NOT NULL
    ) STRICT;",
    ),
    // 7: survivors' voices (`store/feedback.rs`): one row, AES-GCM under the data key, holding
    // which closed requests the person was asked about and the sealed answers not yet sent.
    M::up(
        "CREATE TABLE feedback (
        id BLOB PRIMARY KEY NOT NULL CHECK (id = x'01'),
        sealed BLOB NOT NULL
    ) STRICT;",
    ), // 8: the outreach worker's profile (`store/worker.rs`): one row, AES-GCM under the data key,
    // padded to one size, written at set-up on every phone (`null` when not a worker's).
    M::up(
        "CREATE TABLE worker_profile (
        id BLOB PRIMARY KEY NOT NULL CHECK (id = x'01'),
        sealed BLOB NOT NULL
    ) STRICT;",
    ),
];

/// The migrations as `rusqlite_migration` wants them.
pub(super) fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
