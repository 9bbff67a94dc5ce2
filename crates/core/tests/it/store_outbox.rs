//! The outbox state machine on a real SQLite file, driven while the store is LOCKED (as the
//! background sync engine drives it).

use std::path::Path;

use crate::support::{fast, hotline_with_signer};
use reach_core::ids::ReferralId;
use reach_core::outbox::{OutboxState, RequestStatus};
use reach_core::receipt::ReceiptSigner;
use reach_core::referral::Referral;
use reach_core::store::{Store, StoreError};

const PIN: &str = "739102";

/// A store holding three submitted requests, reopened LOCKED.
fn locked_store_with_three(dir: &Path) -> (Store, ReceiptSigner, [ReferralId; 3]) {
    let (_, signer, profile) = hotline_with_signer();
    let mut store = Store::create(dir, PIN, fast()).unwrap();
    let ids = [
        store.submit(&Referral::sample(), &profile).unwrap(),
        store.submit(&Referral::sample_minimal(), &profile).unwrap(),
        store.submit(&Referral::sample(), &profile).unwrap(),
    ];
    drop(store);
    let store = Store::open(dir).unwrap();
    assert!(!store.is_unlocked());
    (store, signer, ids)
}

fn ids_of(items: &[reach_core::outbox::OutboxItem]) -> Vec<ReferralId> {
    items.iter().map(|i| i.referral_id).collect()
}

fn state_of(store: &Store, id: ReferralId) -> RequestStatus {
    store
        .list()
        .unwrap()
        .into_iter()
        .find(|s| s.referral_id == id)
        .unwrap()
}

#[test]
fn queue_order_limits_and_retry_times() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, _, [a, b, c]) = locked_store_with_three(tmp.path());

    let due = store.due(0, 10).unwrap();
    assert_eq!(ids_of(&due), vec![a, b, c], "queue order");
    assert!(due.iter().all(|i| i.attempts == 0));
    assert!(
        due.iter()
            .all(|i| i.envelope.referral_id() == i.referral_id)
    );
    assert_eq!(ids_of(&store.due(0, 2).unwrap()), vec![a, b]);
    assert_eq!(store.next_due_at().unwrap(), Some(0));

    // Resends are byte-identical.
    assert_eq!(store.due(0, 1).unwrap()[0].envelope, due[0].envelope);
    assert_eq!(store.envelope(a).unwrap(), due[0].envelope);

    store.mark_retry(a, 1, 1_000, "network").unwrap();
    assert_eq!(ids_of(&store.due(999, 10).unwrap()), vec![b, c]);
    assert_eq!(ids_of(&store.due(1_000, 10).unwrap()), vec![a, b, c]);
    assert_eq!(store.due(1_000, 10).unwrap()[0].attempts, 1);
    assert_eq!(
        state_of(&store, a).state,
        OutboxState::Queued { attempts: 1 }
    );

    store.mark_retry(b, 1, 2_000, "server_error").unwrap();
    store.mark_retry(c, 1, 1_500, "network").unwrap();
    assert_eq!(store.next_due_at().unwrap(), Some(1_000));
    assert!(store.due(999, 10).unwrap().is_empty());

    // Connectivity came back: everything is due now.
    store.retry_now_all().unwrap();
    assert_eq!(ids_of(&store.due(1, 10).unwrap()), vec![a, b, c]);
    assert_eq!(
        store.due(1, 10).unwrap()[1].attempts,
        1,
        "attempts are kept"
    );
    assert!(!store.is_unlocked(), "none of this needed the PIN");
}

#[test]
fn permanent_failure_needs_attention_until_requeued() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, _, [a, b, c]) = locked_store_with_three(tmp.path());
    let envelope_b = store.envelope(b).unwrap();

    store.mark_retry(b, 3, 50, "network").unwrap();
    store.mark_failed(b, "http", "invalid_referral").unwrap();
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: Some("http".into()),
            code: Some("invalid_referral".into())
        }
    );
    assert_eq!(ids_of(&store.due(i64::MAX, 10).unwrap()), vec![a, c]);
    assert_eq!(store.envelope(b).unwrap(), envelope_b, "envelope kept");
    // A late retry report does not bring it back silently.
    store.mark_retry(b, 4, 0, "network").unwrap();
    assert!(matches!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention { .. }
    ));
    // Anything that is not a machine code is not stored.
    store
        .mark_failed(b, "http", "Phone +4412345 is bad")
        .unwrap();
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: Some("http".into()),
            code: Some("unknown".into())
        }
    );

    store.requeue(b).unwrap();
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::Queued { attempts: 0 }
    );
    assert_eq!(ids_of(&store.due(0, 10).unwrap()), vec![a, b, c]);
    assert_eq!(store.due(0, 10).unwrap()[1].envelope, envelope_b);
    // requeue of a queued item changes nothing.
    store.requeue(a).unwrap();
    assert_eq!(
        state_of(&store, a).state,
        OutboxState::Queued { attempts: 0 }
    );
}

/// Outbox rows of `id` in the raw database file.
fn store_rows(dir: &std::path::Path, id: reach_core::ids::ReferralId) -> i64 {
    rusqlite::Connection::open(dir.join(reach_core::store::DB_FILE))
        .unwrap()
        .query_row(
            "SELECT count(*) FROM outbox WHERE referral_id = ?1",
            [&id.as_bytes()[..]],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn delivery_deletes_the_row_and_receipt_and_counts_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, signer, [a, b, c]) = locked_store_with_three(tmp.path());
    let env_a = store.envelope(a).unwrap();
    let env_b = store.envelope(b).unwrap();

    // Receipts that do not name exactly this request are refused and change nothing.
    let for_b = signer.sign(b, env_b.sha256());
    assert!(matches!(
        store.mark_delivered(a, &for_b, false),
        Err(StoreError::ReceiptMismatch)
    ));
    let wrong_bytes = signer.sign(a, [7; 32]);
    assert!(matches!(
        store.mark_delivered(a, &wrong_bytes, false),
        Err(StoreError::ReceiptMismatch)
    ));
    assert_eq!(
        state_of(&store, a).state,
        OutboxState::Queued { attempts: 0 }
    );

    let receipt = signer.sign(a, env_a.sha256());
    assert_eq!(store.delivered_count().unwrap(), 0);
    store.mark_delivered(a, &receipt, false).unwrap();
    let status = state_of(&store, a);
    assert_eq!(status.state, OutboxState::Delivered);
    // The whole row is gone, the receipt with it (proof of contact with a hotline on a seized
    // phone); only the count remains, and the request's secrets for status and replies.
    assert_eq!(status.receipt, None);
    assert_eq!(store.delivered_count().unwrap(), 1);
    let rows: i64 = store_rows(tmp.path(), a);
    assert_eq!(rows, 0, "no outbox row of a delivered request");
    assert!(matches!(store.envelope(a), Err(StoreError::NotFound)));
    assert_eq!(ids_of(&store.due(i64::MAX, 10).unwrap()), vec![b, c]);

    // Idempotent, and late reports never un-deliver.
    store.mark_delivered(a, &receipt, false).unwrap();
    store.mark_retry(a, 1, 99, "network").unwrap();
    store.mark_failed(a, "http", "conflict").unwrap();
    store.requeue(a).unwrap();
    assert_eq!(state_of(&store, a).state, OutboxState::Delivered);
    assert_eq!(state_of(&store, a).receipt, None);
    assert_eq!(store.delivered_count().unwrap(), 1, "counted once");

    // Keeping the row, envelope and receipt is possible when configured.
    let receipt_b = signer.sign(b, env_b.sha256());
    store.mark_delivered(b, &receipt_b, true).unwrap();
    assert_eq!(store.envelope(b).unwrap(), env_b);
    assert_eq!(state_of(&store, b).state, OutboxState::Delivered);
    assert_eq!(state_of(&store, b).receipt, Some(receipt_b));

    let list = store.list().unwrap();
    assert_eq!(
        list.iter().map(|s| s.referral_id).collect::<Vec<_>>(),
        vec![a, b, c],
        "delivered (rows gone) first, then the outbox in queue order"
    );
    assert_eq!(list[2].state, OutboxState::Queued { attempts: 0 });
    assert_eq!(list[2].receipt, None);
    assert_eq!(store.next_due_at().unwrap(), Some(0));
    store
        .mark_delivered(
            c,
            &signer.sign(c, store.envelope(c).unwrap().sha256()),
            false,
        )
        .unwrap();
    assert_eq!(store.next_due_at().unwrap(), None);
    assert!(store.due(i64::MAX, 10).unwrap().is_empty());
    assert!(!store.is_unlocked());
}

#[test]
fn state_survives_reopen_and_secrets_outlive_delivery() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, signer, [a, b, _]) = locked_store_with_three(tmp.path());
    store
        .mark_delivered(
            a,
            &signer.sign(a, store.envelope(a).unwrap().sha256()),
            false,
        )
        .unwrap();
    store.mark_failed(b, "http", "key_retired").unwrap();
    drop(store);

    let mut store = Store::open(tmp.path()).unwrap();
    assert_eq!(state_of(&store, a).state, OutboxState::Delivered);
    // Still refused after the restart; why is sealed, readable once unlocked.
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: None,
            code: None
        }
    );
    // The status secret is still there to ask the hotline about the delivered request.
    assert!(matches!(store.status_secret(a), Err(StoreError::Locked)));
    store.unlock(PIN).unwrap();
    store.status_secret(a).unwrap();
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: Some("http".into()),
            code: Some("key_retired".into())
        }
    );
}

#[test]
fn unknown_ids_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, signer, _) = locked_store_with_three(tmp.path());
    let nobody = ReferralId::random();
    assert!(matches!(
        store.mark_retry(nobody, 1, 1, "network"),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.mark_failed(nobody, "http", "bad"),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(store.requeue(nobody), Err(StoreError::NotFound)));
    assert!(matches!(
        store.mark_delivered(nobody, &signer.sign(nobody, [0; 32]), false),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(store.envelope(nobody), Err(StoreError::NotFound)));
}

/// A store written by the previous version (schema 2) keeps delivered rows with their receipts:
/// opening it with this one removes them, counts them, and keeps their secrets.
#[test]
fn an_older_store_forgets_its_delivered_rows_on_upgrade() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, signer, [a, b, _]) = locked_store_with_three(tmp.path());
    // What the previous version did on delivery: the row and its receipt stay.
    let receipt = signer.sign(a, store.envelope(a).unwrap().sha256());
    store.mark_delivered(a, &receipt, true).unwrap();
    drop(store);
    let raw = rusqlite::Connection::open(tmp.path().join(reach_core::store::DB_FILE)).unwrap();
    // Schema 2's secrets table (cascading from the outbox), and its version number.
    raw.execute_batch(
        "CREATE TABLE v2_secrets (
             referral_id BLOB PRIMARY KEY NOT NULL
                 REFERENCES outbox (referral_id) ON DELETE CASCADE,
             sealed BLOB NOT NULL
         ) STRICT;
         INSERT INTO v2_secrets SELECT referral_id, sealed FROM secrets;
         DROP TABLE secrets;
         ALTER TABLE v2_secrets RENAME TO secrets;
         DELETE FROM meta WHERE key = 'delivered';
         DROP TABLE outbox_state_key;
         ALTER TABLE outbox DROP COLUMN sealed_state;
         DROP TABLE replies;
         DROP TABLE feedback;
         DROP TABLE worker_profile;
         PRAGMA user_version = 2;",
    )
    .unwrap();
    drop(raw);

    let mut store = Store::open(tmp.path()).unwrap();
    assert_eq!(store_rows(tmp.path(), a), 0, "the delivered row is gone");
    assert_eq!(store_rows(tmp.path(), b), 1, "pending rows stay");
    assert_eq!(store.delivered_count().unwrap(), 1);
    assert_eq!(state_of(&store, a).state, OutboxState::Delivered);
    assert_eq!(state_of(&store, a).receipt, None);
    store.unlock(PIN).unwrap();
    store.status_secret(a).expect("the secrets outlive the row");
}

/// Every byte of the database and its companions, for searching.
fn db_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let name = format!("{}{suffix}", reach_core::store::DB_FILE);
        if let Ok(b) = std::fs::read(dir.join(name)) {
            out.extend(b);
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The clear outbox columns of `id`: attempts, next retry time, error code, HTTP status, and
/// whether a sealed state is there.
fn clear_columns(dir: &Path, id: ReferralId) -> (i64, i64, Option<String>, Option<i64>, bool) {
    rusqlite::Connection::open(dir.join(reach_core::store::DB_FILE))
        .unwrap()
        .query_row(
            "SELECT attempts, next_attempt_at, last_error_code, http_status,
                    sealed_state IS NOT NULL FROM outbox WHERE referral_id = ?1",
            [&id.as_bytes()[..]],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap()
}

/// What delivery learns while the phone is locked — attempts, retry times, the hotline's
/// refusal — is not readable from the file: sealed to the store's key (only an unlocked store
/// reads it), and no time at all is written.
#[test]
fn pending_state_is_sealed_on_disk_and_no_time_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, _, [a, b, c]) = locked_store_with_three(tmp.path());
    store
        .mark_retry(a, 3, 1_765_000_123, "tls_handshake")
        .unwrap();
    store.mark_retry(b, 2, 1_765_000_456, "network").unwrap();
    store.mark_failed(b, "http", "invalid_referral").unwrap();
    // This process still knows what it wrote (the schedule is in memory).
    assert_eq!(store.next_due_at().unwrap(), Some(0), "c is due");
    assert_eq!(ids_of(&store.due(1_765_000_000, 10).unwrap()), vec![c]);
    drop(store);

    for id in [a, b] {
        assert_eq!(clear_columns(tmp.path(), id), (0, 0, None, None, true));
    }
    assert_eq!(clear_columns(tmp.path(), c), (0, 0, None, None, false));
    let bytes = db_bytes(tmp.path());
    for word in ["tls_handshake", "invalid_referral", "network"] {
        assert!(!contains(&bytes, word.as_bytes()), "{word} is in the file");
    }
    // Every sealed state has the same size, whatever it holds.
    let sizes: Vec<i64> = rusqlite::Connection::open(tmp.path().join(reach_core::store::DB_FILE))
        .unwrap()
        .prepare("SELECT length(sealed_state) FROM outbox WHERE sealed_state IS NOT NULL")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(sizes.len(), 2);
    assert!(sizes.iter().all(|&s| s == sizes[0]), "{sizes:?}");

    // After a restart, locked: the refusal is known, not why; the retry times are gone, so
    // everything queued is due at once.
    let mut store = Store::open(tmp.path()).unwrap();
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: None,
            code: None
        }
    );
    assert_eq!(ids_of(&store.due(0, 10).unwrap()), vec![a, c]);
    // Unlocked: everything that was sealed reads back.
    store.unlock(PIN).unwrap();
    assert_eq!(
        state_of(&store, a).state,
        OutboxState::Queued { attempts: 3 }
    );
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: Some("http".into()),
            code: Some("invalid_referral".into())
        }
    );
    drop(store);

    // A sealed state is bound to its row: moved to another request, it does not open.
    let raw = rusqlite::Connection::open(tmp.path().join(reach_core::store::DB_FILE)).unwrap();
    raw.execute(
        "UPDATE outbox SET sealed_state = (SELECT sealed_state FROM outbox WHERE referral_id = ?1)
         WHERE referral_id = ?2",
        [&a.as_bytes()[..], &c.as_bytes()[..]],
    )
    .unwrap();
    drop(raw);
    let mut store = Store::open(tmp.path()).unwrap();
    store.unlock(PIN).unwrap();
    assert!(matches!(store.list(), Err(StoreError::Corrupt)));
}

/// A store from before the sealed state (schema 3) keeps working locked with its clear columns,
/// loses its stored retry times on upgrade, and is sealed at the first unlock.
#[test]
fn an_older_store_seals_its_clear_outbox_state_at_first_unlock() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, _, [a, b, c]) = locked_store_with_three(tmp.path());
    drop(store);
    let raw = rusqlite::Connection::open(tmp.path().join(reach_core::store::DB_FILE)).unwrap();
    raw.execute_batch(
        "DROP TABLE outbox_state_key;
         ALTER TABLE outbox DROP COLUMN sealed_state;
         DROP TABLE replies;
         DROP TABLE feedback;
         DROP TABLE worker_profile;
         PRAGMA user_version = 3;",
    )
    .unwrap();
    raw.execute(
        "UPDATE outbox SET attempts = 5, next_attempt_at = 1765000000, last_error_code = 'network'
         WHERE referral_id = ?1",
        [&a.as_bytes()[..]],
    )
    .unwrap();
    raw.execute(
        "UPDATE outbox SET state = 1, attempts = 2, http_status = 410,
                           last_error_code = 'key_retired'
         WHERE referral_id = ?1",
        [&b.as_bytes()[..]],
    )
    .unwrap();
    drop(raw);

    let store = Store::open(tmp.path()).unwrap();
    // The upgrade dropped the stored retry time; the rest is read from the old columns.
    assert_eq!(
        clear_columns(tmp.path(), a),
        (5, 0, Some("network".into()), None, false)
    );
    let due = store.due(0, 10).unwrap();
    assert_eq!(ids_of(&due), vec![a, c]);
    assert_eq!(due[0].attempts, 5, "backoff goes on from the old count");
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: None,
            code: Some("key_retired".into())
        }
    );
    // Locked and without a state key yet: written in the clear as before (nothing else can
    // be done without the PIN), never lost.
    store.mark_retry(c, 1, 50, "timeout").unwrap();
    assert_eq!(
        clear_columns(tmp.path(), c),
        (1, 0, Some("timeout".into()), None, false)
    );
    drop(store);

    let mut store = Store::open(tmp.path()).unwrap();
    store.unlock(PIN).unwrap();
    for id in [a, b, c] {
        assert_eq!(
            clear_columns(tmp.path(), id),
            (0, 0, None, None, true),
            "{id}"
        );
    }
    let bytes = db_bytes(tmp.path());
    for word in ["key_retired", "timeout"] {
        assert!(
            !contains(&bytes, word.as_bytes()),
            "{word} is still in the file"
        );
    }
    assert_eq!(
        state_of(&store, a).state,
        OutboxState::Queued { attempts: 5 }
    );
    assert_eq!(
        state_of(&store, c).state,
        OutboxState::Queued { attempts: 1 }
    );
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: None,
            code: Some("key_retired".into())
        }
    );
    // From now on, even locked, new state is sealed.
    drop(store);
    let store = Store::open(tmp.path()).unwrap();
    store.mark_retry(a, 6, 99, "dns").unwrap();
    assert_eq!(clear_columns(tmp.path(), a), (0, 0, None, None, true));
}

/// A store of the previous schema (4), not unlocked since: a refusal's HTTP status in the clear
/// column becomes a transport-neutral code on upgrade (migration 5), which is then sealed at the
/// first unlock like the rest.
#[test]
fn a_schema_4_store_turns_its_http_status_into_a_code_on_upgrade() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, _, [a, b, _]) = locked_store_with_three(tmp.path());
    drop(store);
    let raw = rusqlite::Connection::open(tmp.path().join(reach_core::store::DB_FILE)).unwrap();
    raw.execute_batch(
        "DELETE FROM outbox_state_key;
         UPDATE outbox SET sealed_state = NULL;
         DROP TABLE replies;
         DROP TABLE feedback;
         DROP TABLE worker_profile;
         PRAGMA user_version = 4;",
    )
    .unwrap();
    raw.execute(
        "UPDATE outbox SET state = 1, attempts = 1, http_status = 404, last_error_code = NULL
         WHERE referral_id = ?1",
        [&a.as_bytes()[..]],
    )
    .unwrap();
    raw.execute(
        "UPDATE outbox SET state = 1, attempts = 2, http_status = 422,
                           last_error_code = 'invalid_referral'
         WHERE referral_id = ?1",
        [&b.as_bytes()[..]],
    )
    .unwrap();
    drop(raw);

    let store = Store::open(tmp.path()).unwrap();
    let version: i64 = rusqlite::Connection::open(tmp.path().join(reach_core::store::DB_FILE))
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 8, "upgraded to the latest schema");
    assert_eq!(
        clear_columns(tmp.path(), a),
        (1, 0, Some("http_404".into()), None, false)
    );
    assert_eq!(
        clear_columns(tmp.path(), b),
        (2, 0, Some("invalid_referral".into()), None, false)
    );
    assert_eq!(
        state_of(&store, a).state,
        OutboxState::NeedsAttention {
            transport: None,
            code: Some("http_404".into())
        }
    );
    drop(store);

    let mut store = Store::open(tmp.path()).unwrap();
    store.unlock(PIN).unwrap();
    for id in [a, b] {
        assert_eq!(clear_columns(tmp.path(), id), (0, 0, None, None, true));
    }
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            transport: None,
            code: Some("invalid_referral".into())
        }
    );
    // A new refusal records the transport that carried it.
    store.requeue(a).unwrap();
    store.mark_failed(a, "http", "http_410").unwrap();
    assert_eq!(
        state_of(&store, a).state,
        OutboxState::NeedsAttention {
            transport: Some("http".into()),
            code: Some("http_410".into())
        }
    );
}
