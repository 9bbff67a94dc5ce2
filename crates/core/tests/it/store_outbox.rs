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
    store.mark_failed(b, 422, "invalid_referral").unwrap();
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            http_status: 422,
            code: "invalid_referral".into()
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
    store.mark_failed(b, 400, "Phone +4412345 is bad").unwrap();
    assert_eq!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            http_status: 400,
            code: "unknown".into()
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
    store.mark_failed(a, 409, "conflict").unwrap();
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
    store.mark_failed(b, 410, "key_retired").unwrap();
    drop(store);

    let mut store = Store::open(tmp.path()).unwrap();
    assert_eq!(state_of(&store, a).state, OutboxState::Delivered);
    assert!(matches!(
        state_of(&store, b).state,
        OutboxState::NeedsAttention {
            http_status: 410,
            ..
        }
    ));
    // The status secret is still there to ask the hotline about the delivered request.
    assert!(matches!(store.status_secret(a), Err(StoreError::Locked)));
    store.unlock(PIN).unwrap();
    store.status_secret(a).unwrap();
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
        store.mark_failed(nobody, 400, "bad"),
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
