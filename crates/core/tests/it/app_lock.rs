//! The lock screen's rules on real SQLite files: right PIN, duress PIN (silent wipe and a fresh
//! store), wipe after N wrong PINs, the persisted counter, the PIN rules, and the settings forms
//! that ask for the current PIN (change the PIN, set or remove the duress PIN) under the same
//! rules.

use std::fs;
use std::path::Path;

use crate::support::{fast, files_in, hotline, profile};
use reach_core::app_lock::{self, LockError, LockPolicy, PinError, PinOutcome, unlock_or_wipe};
use reach_core::envelope::{self};
use reach_core::referral::Referral;
use reach_core::store::{
    DB_FILE, DEVICE_KEY_FILE, DeviceSecretKind, KEYRING_REF_FILE, KdfParams, Store, StoreError,
};
use rusqlite::Connection;

const PIN: &str = "482916";
const DURESS: &str = "137905";

/// One attempt on a freshly opened (locked) store, as the app does after a restart.
fn attempt(dir: &Path, pin: &str, policy: &LockPolicy) -> (PinOutcome, Option<Store>) {
    unlock_or_wipe(Store::open(dir).unwrap(), pin, policy, fast()).unwrap()
}

/// A set-duress-PIN attempt that must hand the store back.
fn set_duress(
    store: Store,
    current: &str,
    duress: Option<&str>,
    policy: &LockPolicy,
) -> (Result<PinOutcome, LockError>, Store) {
    let (result, store) = app_lock::set_duress_pin(store, current, duress, policy);
    (
        result,
        store.expect("the store survives every outcome but a wipe"),
    )
}

fn duress_row(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    Connection::open(dir.join(DB_FILE))
        .unwrap()
        .query_row("SELECT kdf_salt, verifier FROM duress_pin", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
}

#[test]
fn right_pin_unlocks_and_resets_the_counter() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, Some(DURESS), fast()).unwrap();
    assert!(store.is_unlocked());
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    drop(store);

    let policy = LockPolicy::default();
    let (outcome, store) = attempt(dir, "0000", &policy);
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 9 });
    assert!(!store.unwrap().is_unlocked());

    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let store = store.unwrap();
    assert!(store.is_unlocked());
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    assert_eq!(store.failed_unlocks().unwrap(), 0);
}

#[test]
fn duress_pin_wipes_silently_and_opens_an_empty_store() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let copy = tmp.path().join("copy");
    let mut store = app_lock::setup(&dir, PIN, Some(DURESS), fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let rid = store
        .submit(&Referral::sample_minimal(), &profile())
        .unwrap();
    assert_eq!(store.list().unwrap().len(), 1);
    drop(store);

    // What a controller might have copied before making the person type the duress PIN.
    fs::create_dir(&copy).unwrap();
    for name in files_in(&dir) {
        if name != DEVICE_KEY_FILE {
            fs::copy(dir.join(&name), copy.join(&name)).unwrap();
        }
    }

    let (outcome, store) = attempt(&dir, DURESS, &LockPolicy::default());
    assert_eq!(
        outcome,
        PinOutcome::Accepted,
        "indistinguishable from the real PIN"
    );
    let store = store.unwrap();
    assert!(store.is_unlocked());
    assert!(store.list_drafts().unwrap().is_empty(), "old drafts gone");
    assert!(store.list().unwrap().is_empty(), "old outbox gone");
    assert!(matches!(store.load_draft(draft), Err(StoreError::NotFound)));
    assert!(matches!(
        store.status_secret(rid),
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    drop(store);

    // The fresh store's PIN is the duress PIN; the old PIN is now just a wrong PIN.
    let (outcome, _) = attempt(&dir, PIN, &LockPolicy::default());
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 9 });
    let (outcome, store) = attempt(&dir, DURESS, &LockPolicy::default());
    assert_eq!(outcome, PinOutcome::Accepted);
    assert!(store.unwrap().list_drafts().unwrap().is_empty());

    // The old database cannot be opened any more: its device secret is gone, and the new
    // device secret is another one.
    let mut old = Store::open(&copy).unwrap();
    assert!(matches!(
        old.unlock(PIN),
        Err(StoreError::DeviceSecretUnavailable)
    ));
    drop(old);
    fs::copy(dir.join(DEVICE_KEY_FILE), copy.join(DEVICE_KEY_FILE)).unwrap();
    let mut old = Store::open(&copy).unwrap();
    for pin in [PIN, DURESS] {
        assert!(
            matches!(old.unlock(pin), Err(StoreError::WrongPin)),
            "{pin}"
        );
    }
}

/// The duress reset is made in place: the same files (a file browser or `stat` shows no
/// item created a moment ago), nothing that counts the requests that existed, and a file no
/// larger than a fresh store's.
#[cfg(unix)]
#[test]
fn the_duress_reset_keeps_the_files_and_leaves_no_counters() {
    use std::os::unix::fs::MetadataExt as _;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let fresh_dir = tmp.path().join("fresh");
    let mut store = app_lock::setup(&dir, PIN, Some(DURESS), fast()).unwrap();
    for _ in 0..20 {
        store.save_draft(None, &Referral::sample()).unwrap();
        let id = store
            .submit(&Referral::sample_minimal(), &profile())
            .unwrap();
        store.decline_feedback(id).unwrap();
    }
    // A worker's phone: the reset must not leave its profile (nor any sign of it).
    store
        .set_worker_profile(Referral::sample_assisted().assisted_by)
        .unwrap();
    drop(store);
    let inode = |name: &str| fs::metadata(dir.join(name)).unwrap().ino();
    let before = (inode(DB_FILE), inode(DEVICE_KEY_FILE));
    let files_before = files_in(&dir);

    let (outcome, store) = attempt(&dir, DURESS, &LockPolicy::default());
    assert_eq!(outcome, PinOutcome::Accepted);
    drop(store);
    assert_eq!(
        (inode(DB_FILE), inode(DEVICE_KEY_FILE)),
        before,
        "same files, not new ones"
    );
    assert_eq!(files_in(&dir), files_before);

    let db = Connection::open(dir.join(DB_FILE)).unwrap();
    let count = |sql: &str| db.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(count("SELECT count(*) FROM sqlite_sequence"), 0);
    assert_eq!(count("SELECT count(*) FROM drafts"), 0);
    assert_eq!(count("SELECT count(*) FROM outbox"), 0);
    assert_eq!(
        count("SELECT count(*) FROM duress_pin"),
        1,
        "a decoy, as at set-up"
    );
    let pages = count("PRAGMA page_count");
    let meta = |db: &Connection| -> Vec<(String, i64)> {
        db.prepare("SELECT key, value FROM meta ORDER BY key")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let reset_meta = meta(&db);
    drop(db);

    // A store that never held anything, unlocked once: no bigger than the reset one.
    drop(app_lock::setup(&fresh_dir, DURESS, None, fast()).unwrap());
    let (outcome, _) = attempt(&fresh_dir, DURESS, &LockPolicy::default());
    assert_eq!(outcome, PinOutcome::Accepted);
    let fresh = Connection::open(fresh_dir.join(DB_FILE)).unwrap();
    let fresh_pages: i64 = fresh
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        pages, fresh_pages,
        "the reset file is the size of a fresh one"
    );
    assert_eq!(
        reset_meta,
        meta(&fresh),
        "the same counters as a fresh store"
    );
    // Every table holds as many rows as in the fresh store: a table added later that the
    // reset forgets fails here (the survivors'-voices row once stayed behind, unreadable).
    let rows = |db: &Connection| -> Vec<(String, i64)> {
        let tables: Vec<String> = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables
            .into_iter()
            .map(|t| {
                let n = db
                    .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                    .unwrap();
                (t, n)
            })
            .collect()
    };
    let reset_db = Connection::open(dir.join(DB_FILE)).unwrap();
    assert_eq!(
        rows(&reset_db),
        rows(&fresh),
        "row counts differ from a fresh store"
    );
    let (_, store) = attempt(&dir, DURESS, &LockPolicy::default());
    let store = store.unwrap();
    assert_eq!(store.worker_profile().unwrap(), None, "no worker profile");
    assert!(store.feedback_pending().unwrap().is_empty());
}

#[test]
fn too_many_wrong_pins_wipe_everything() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, None, fast()).unwrap();
    store.save_draft(None, &Referral::sample()).unwrap();
    store
        .submit(&Referral::sample_minimal(), &profile())
        .unwrap();
    drop(store);

    let policy = LockPolicy {
        max_failed_unlocks: 3,
    };
    assert_eq!(
        attempt(dir, "1111", &policy).0,
        PinOutcome::WrongPin { remaining: 2 }
    );
    assert_eq!(
        attempt(dir, "2222", &policy).0,
        PinOutcome::WrongPin { remaining: 1 }
    );
    let (outcome, store) = attempt(dir, "3333", &policy);
    assert_eq!(outcome, PinOutcome::Wiped);
    assert!(store.is_none());
    assert!(!Store::exists(dir));
    assert!(files_in(dir).is_empty(), "left behind: {:?}", files_in(dir));

    // A fresh start is possible afterwards.
    let store = app_lock::setup(dir, PIN, None, fast()).unwrap();
    assert!(store.list_drafts().unwrap().is_empty());
}

#[test]
fn the_counter_survives_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    drop(app_lock::setup(dir, PIN, None, fast()).unwrap());
    let policy = LockPolicy::default();
    let (outcome, store) = attempt(dir, "9999", &policy);
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 9 });
    drop(store);
    assert_eq!(Store::open(dir).unwrap().failed_unlocks().unwrap(), 1);
    let (outcome, _) = attempt(dir, "9998", &policy);
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 8 });
    assert_eq!(Store::open(dir).unwrap().failed_unlocks().unwrap(), 2);
}

#[test]
fn the_duress_pin_must_differ_from_the_pin_and_follow_the_rules() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert!(matches!(
        app_lock::setup(dir, PIN, Some(PIN), fast()),
        Err(LockError::DuressSameAsPin)
    ));
    assert!(!Store::exists(dir), "nothing created");
    assert!(matches!(
        app_lock::setup(dir, "12", None, fast()),
        Err(LockError::Pin(PinError::TooShort))
    ));
    assert!(matches!(
        app_lock::setup(dir, "48291", None, fast()),
        Err(LockError::Pin(PinError::TooShort))
    ));
    assert!(matches!(
        app_lock::setup(dir, PIN, Some("1379"), fast()),
        Err(LockError::Pin(PinError::TooShort))
    ));
    assert!(matches!(
        app_lock::setup(dir, PIN, Some("12ab"), fast()),
        Err(LockError::Pin(PinError::NotDigits))
    ));
    assert!(!Store::exists(dir));

    let policy = LockPolicy::default();
    let store = app_lock::setup(dir, PIN, None, fast()).unwrap();
    let (result, store) = set_duress(store, PIN, Some(PIN), &policy);
    assert_eq!(result.unwrap_err().code(), "duress_same_as_pin");
    let (result, store) = set_duress(store, "0000", Some(DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 9 });
    assert_eq!(
        store.failed_unlocks().unwrap(),
        1,
        "a wrong current PIN counts"
    );
    let (result, store) = set_duress(store, PIN, Some("1234567890123"), &policy);
    assert_eq!(result.unwrap_err().code(), "pin_too_long");
    assert_eq!(store.failed_unlocks().unwrap(), 1, "not counted");

    // Set, then remove: the duress PIN stops working and becomes an ordinary wrong PIN.
    let (result, store) = set_duress(store, PIN, Some(DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    assert_eq!(store.failed_unlocks().unwrap(), 0, "the right PIN resets");
    let (result, store) = set_duress(store, PIN, None, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    drop(store);
    let (outcome, store) = attempt(dir, DURESS, &policy);
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 9 });
    drop(store);
    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let mut store = store.unwrap();
    store.lock();
    let (result, mut store) = set_duress(store, PIN, Some(DURESS), &policy);
    assert_eq!(
        result.unwrap_err().code(),
        "locked",
        "no PIN oracle at the lock screen"
    );
    assert!(!store.is_unlocked());
    assert_eq!(store.failed_unlocks().unwrap(), 0, "not counted");
    store.unlock(PIN).unwrap();
    let (result, store) = set_duress(store, PIN, Some(DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    drop(store);
    assert_eq!(attempt(dir, DURESS, &policy).0, PinOutcome::Accepted);
    assert!(Store::open(dir).unwrap().list().unwrap().is_empty());
}

#[test]
fn the_file_does_not_reveal_whether_a_duress_pin_is_set() {
    let tmp = tempfile::tempdir().unwrap();
    let with = tmp.path().join("with");
    let without = tmp.path().join("without");
    drop(app_lock::setup(&with, PIN, Some(DURESS), fast()).unwrap());
    drop(app_lock::setup(&without, PIN, None, fast()).unwrap());
    let (salt_a, ver_a) = duress_row(&with);
    let (salt_b, ver_b) = duress_row(&without);
    assert_eq!((salt_a.len(), ver_a.len()), (salt_b.len(), ver_b.len()));
    assert_ne!(ver_a, ver_b);

    // A store made without app_lock (or before the migration) gets its decoy at first unlock.
    let plain = tmp.path().join("plain");
    drop(Store::create(&plain, PIN, fast()).unwrap());
    let (outcome, _) = attempt(&plain, PIN, &LockPolicy::default());
    assert_eq!(outcome, PinOutcome::Accepted);
    let (salt_c, ver_c) = duress_row(&plain);
    assert_eq!((salt_c.len(), ver_c.len()), (salt_b.len(), ver_b.len()));
}

// ------------------------------------------------------------------------------ change PIN

const NEW_PIN: &str = "705118";

/// A change-PIN attempt that must hand the store back.
fn change(
    store: Store,
    current: &str,
    new: &str,
    policy: &LockPolicy,
) -> (Result<PinOutcome, LockError>, Store) {
    let (result, store) = app_lock::change_pin(store, current, new, policy);
    (
        result,
        store.expect("the store survives every outcome but a wipe"),
    )
}

#[test]
fn change_pin_keeps_the_data_and_only_the_new_pin_unlocks() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, Some(DURESS), fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let rid = store
        .submit(&Referral::sample_minimal(), &profile())
        .unwrap();
    let secret = store.status_secret(rid).unwrap();
    let policy = LockPolicy::default();

    let (result, store) = change(store, PIN, NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    assert!(store.is_unlocked(), "the person stays inside");
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    drop(store);

    // After a restart: the old PIN is an ordinary wrong PIN, the new one opens everything.
    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 9 });
    assert!(!store.unwrap().is_unlocked());
    let (outcome, store) = attempt(dir, NEW_PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let store = store.unwrap();
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    assert_eq!(store.list_drafts().unwrap(), vec![draft]);
    assert_eq!(store.list().unwrap().len(), 1, "the outbox survives");
    assert_eq!(store.status_secret(rid).unwrap(), secret);
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    drop(store);

    // The duress PIN is untouched by the change: it still wipes silently.
    let (outcome, store) = attempt(dir, DURESS, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let store = store.unwrap();
    assert!(store.list_drafts().unwrap().is_empty());
    assert!(store.list().unwrap().is_empty());
}

#[test]
fn change_pin_counts_a_wrong_current_pin_like_the_lock_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, Some(DURESS), fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let policy = LockPolicy::default();

    let (result, store) = change(store, "0000", NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 9 });
    assert!(store.is_unlocked(), "a wrong current PIN does not lock");
    assert_eq!(store.failed_unlocks().unwrap(), 1);

    // The duress PIN as the current PIN: a wrong PIN like any other, counted, no wipe.
    let (result, store) = change(store, DURESS, NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 8 });
    assert!(store.is_unlocked());
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    drop(store);
    assert_eq!(
        Store::open(dir).unwrap().failed_unlocks().unwrap(),
        2,
        "persisted"
    );

    // The PIN did not change; the counter goes on at the lock screen, and the right PIN
    // resets it.
    let (outcome, store) = attempt(dir, NEW_PIN, &policy);
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 7 });
    drop(store);
    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let mut store = store.unwrap();
    assert_eq!(store.failed_unlocks().unwrap(), 0);

    // A locked store refuses at once, without counting: the lock screen is unlock_or_wipe.
    store.lock();
    let (result, mut store) = change(store, PIN, NEW_PIN, &policy);
    assert_eq!(result.unwrap_err().code(), "locked");
    assert!(!store.is_unlocked());
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    store.unlock(PIN).unwrap();
}

#[test]
fn wrong_pins_at_unlock_and_at_change_pin_add_up_to_the_wipe() {
    let policy = LockPolicy {
        max_failed_unlocks: 4,
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();

    // Wrong at the form, then (the app closed) wrong at the lock screen: one count, one wipe.
    let mut store = app_lock::setup(dir, PIN, None, fast()).unwrap();
    store.save_draft(None, &Referral::sample()).unwrap();
    store
        .submit(&Referral::sample_minimal(), &profile())
        .unwrap();
    let (result, store) = change(store, "1111", NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 3 });
    let (result, store) = change(store, "2222", NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 2 });
    drop(store);
    assert_eq!(
        attempt(dir, "3333", &policy).0,
        PinOutcome::WrongPin { remaining: 1 }
    );
    let (outcome, store) = attempt(dir, "4444", &policy);
    assert_eq!(outcome, PinOutcome::Wiped);
    assert!(store.is_none());
    assert!(!Store::exists(dir));
    assert!(files_in(dir).is_empty(), "left behind: {:?}", files_in(dir));

    // Someone holding the unlocked phone alternates between the unlock command and the form:
    // still one count, and the form itself wipes at the limit, like the lock screen.
    let mut store = app_lock::setup(dir, PIN, Some(DURESS), fast()).unwrap();
    store.save_draft(None, &Referral::sample()).unwrap();
    store
        .submit(&Referral::sample_minimal(), &profile())
        .unwrap();
    let (outcome, store) = unlock_or_wipe(store, "1111", &policy, fast()).unwrap();
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 3 });
    let (result, store) = change(store.unwrap(), "2222", NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 2 });
    let (outcome, store) = unlock_or_wipe(store, "3333", &policy, fast()).unwrap();
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 1 });
    let (result, store) = app_lock::change_pin(store.unwrap(), "4444", NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Wiped);
    assert!(store.is_none());
    assert!(!Store::exists(dir));
    assert!(files_in(dir).is_empty(), "left behind: {:?}", files_in(dir));

    // A fresh start is possible afterwards, and it is empty.
    let store = app_lock::setup(dir, NEW_PIN, None, fast()).unwrap();
    assert!(store.list_drafts().unwrap().is_empty());
    assert!(store.list().unwrap().is_empty());
}

#[test]
fn change_pin_refuses_a_new_pin_that_breaks_the_rules_without_counting() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, None, fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let policy = LockPolicy::default();

    for (new, code) in [
        ("", "pin_too_short"),
        ("123", "pin_too_short"),
        ("12345", "pin_too_short"),
        ("1234567890123", "pin_too_long"),
        ("12a4", "pin_not_digits"),
        ("١٢٣٤", "pin_not_digits"),
    ] {
        // Even with a wrong current PIN: the new PIN is checked first and nothing is counted.
        for current in [PIN, "0000"] {
            let (result, back) = change(store, current, new, &policy);
            let err = result.unwrap_err();
            assert!(matches!(err, LockError::Pin(_)), "{new:?}");
            assert_eq!(err.code(), code, "{new:?}");
            assert!(back.is_unlocked());
            assert_eq!(back.failed_unlocks().unwrap(), 0);
            store = back;
        }
    }
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    drop(store);
    assert_eq!(
        attempt(dir, PIN, &policy).0,
        PinOutcome::Accepted,
        "the PIN did not change"
    );
}

#[test]
fn change_pin_refuses_the_duress_pin_as_the_new_pin() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, Some(DURESS), fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let policy = LockPolicy::default();

    let (result, store) = change(store, PIN, DURESS, &policy);
    let err = result.unwrap_err();
    assert!(matches!(err, LockError::DuressSameAsPin));
    assert_eq!(err.code(), "duress_same_as_pin");
    assert!(store.is_unlocked());
    assert_eq!(store.failed_unlocks().unwrap(), 0);

    // Without the right current PIN the form says only "wrong PIN" (and counts it): it must not
    // tell a stranger which PIN is the duress PIN, or that there is one.
    let (result, store) = change(store, "0000", DURESS, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 9 });
    assert_eq!(store.failed_unlocks().unwrap(), 1);
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    drop(store);

    // Nothing changed: the PIN unlocks, the duress PIN still wipes.
    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    assert_eq!(
        store.unwrap().load_draft(draft).unwrap(),
        Referral::sample()
    );
    let (outcome, store) = attempt(dir, DURESS, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    assert!(store.unwrap().list_drafts().unwrap().is_empty(), "wiped");

    // Without a duress PIN (a decoy row), any valid new PIN is fine, the old duress PIN too.
    let tmp = tempfile::tempdir().unwrap();
    let store = app_lock::setup(tmp.path(), PIN, None, fast()).unwrap();
    let (result, _) = change(store, PIN, DURESS, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
}

#[test]
fn change_pin_re_encrypts_every_row_under_a_new_data_key() {
    // A store made without app_lock (no duress row yet) can change its PIN all the same.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (hotline_key, profile) = hotline();
    let mut store = Store::create(dir, PIN, fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let rid = store.submit(&Referral::sample_minimal(), &profile).unwrap();
    let secret = store.status_secret(rid).unwrap();
    let reply_pub = store.reply_key(rid).unwrap().public_key().to_bytes();
    let sealed_draft = |dir: &Path| -> Vec<u8> {
        Connection::open(dir.join(DB_FILE))
            .unwrap()
            .query_row("SELECT sealed FROM drafts", [], |r| r.get(0))
            .unwrap()
    };
    let before = sealed_draft(dir);
    let policy = LockPolicy::default();

    let (result, store) = change(store, "111111", NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 9 });
    assert_eq!(store.failed_unlocks().unwrap(), 1);
    let (result, store) = change(store, PIN, NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    drop(store);
    assert_ne!(
        sealed_draft(dir),
        before,
        "re-encrypted under a new data key"
    );

    let (outcome, store) = attempt(dir, NEW_PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let store = store.unwrap();
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    assert_eq!(store.status_secret(rid).unwrap(), secret);
    assert_eq!(
        store.reply_key(rid).unwrap().public_key().to_bytes(),
        reply_pub
    );
    // The envelope is untouched by a PIN change.
    envelope::open(&hotline_key, &store.envelope(rid).unwrap()).unwrap();
}

// ------------------------------------------------------------------------- set duress PIN

const OTHER_DURESS: &str = "246801";

#[test]
fn set_duress_pin_sets_and_removes_and_the_file_looks_the_same() {
    let policy = LockPolicy::default();

    // Set from inside on a store that had none: the person stays inside, the data stays, and
    // from then on the duress PIN wipes silently at the lock screen.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, None, fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let decoy = duress_row(dir);
    let (result, store) = set_duress(store, PIN, Some(DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    assert!(store.is_unlocked());
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    drop(store);
    let real = duress_row(dir);
    assert_ne!(real, decoy);
    assert_eq!((real.0.len(), real.1.len()), (decoy.0.len(), decoy.1.len()));
    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    assert_eq!(
        store.unwrap().load_draft(draft).unwrap(),
        Referral::sample()
    );
    let (outcome, store) = attempt(dir, DURESS, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    assert!(store.unwrap().list_drafts().unwrap().is_empty(), "wiped");

    // Replace, then remove: each writes a new row of the same shape; after the removal no
    // duress PIN wipes and the data stays.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, Some(DURESS), fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let first = duress_row(dir);
    let (result, store) = set_duress(store, PIN, Some(OTHER_DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    let replaced = duress_row(dir);
    let (result, store) = set_duress(store, PIN, None, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    assert!(store.is_unlocked());
    drop(store);
    let removed = duress_row(dir);
    for row in [&replaced, &removed] {
        assert_eq!((row.0.len(), row.1.len()), (first.0.len(), first.1.len()));
    }
    assert_ne!(first, replaced);
    assert_ne!(replaced, removed);
    for (n, pin) in [DURESS, OTHER_DURESS].into_iter().enumerate() {
        let (outcome, store) = attempt(dir, pin, &policy);
        assert_eq!(
            outcome,
            PinOutcome::WrongPin {
                remaining: 9 - n as u32
            },
            "{pin}"
        );
        drop(store);
    }
    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    assert_eq!(
        store.unwrap().load_draft(draft).unwrap(),
        Referral::sample()
    );
}

#[test]
fn set_duress_pin_counts_a_wrong_current_pin_like_the_lock_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, Some(DURESS), fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let row = duress_row(dir);
    let policy = LockPolicy::default();

    let (result, store) = set_duress(store, "0000", Some(OTHER_DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 9 });
    assert!(store.is_unlocked(), "a wrong current PIN does not lock");
    assert_eq!(store.failed_unlocks().unwrap(), 1);

    // Removing needs the PIN just the same.
    let (result, store) = set_duress(store, "0000", None, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 8 });

    // The duress PIN as the current PIN: a wrong PIN like any other, counted, no wipe.
    let (result, store) = set_duress(store, DURESS, Some(OTHER_DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 7 });
    assert!(store.is_unlocked());
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());

    // A new duress PIN equal to a wrong current PIN: only "wrong PIN" (counted), never "same as
    // the PIN", which would confirm a guess.
    let (result, store) = set_duress(store, "000000", Some("000000"), &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 6 });

    // A duress PIN that breaks the rules is refused first, without counting, even with a wrong
    // current PIN.
    let mut store = store;
    for (duress, code) in [
        ("", "pin_too_short"),
        ("123", "pin_too_short"),
        ("12345", "pin_too_short"),
        ("1234567890123", "pin_too_long"),
        ("12a4", "pin_not_digits"),
    ] {
        for current in [PIN, "0000"] {
            let (result, back) = set_duress(store, current, Some(duress), &policy);
            let err = result.unwrap_err();
            assert!(matches!(err, LockError::Pin(_)), "{duress:?}");
            assert_eq!(err.code(), code, "{duress:?}");
            assert!(back.is_unlocked());
            assert_eq!(back.failed_unlocks().unwrap(), 4);
            store = back;
        }
    }
    drop(store);
    assert_eq!(
        Store::open(dir).unwrap().failed_unlocks().unwrap(),
        4,
        "persisted"
    );
    assert_eq!(duress_row(dir), row, "nothing written");

    // Nothing changed: the counter goes on at the lock screen, the new duress PIN is just a
    // wrong PIN, the PIN unlocks and resets the count, the old duress PIN still wipes.
    let (outcome, store) = attempt(dir, OTHER_DURESS, &policy);
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 5 });
    drop(store);
    let (outcome, store) = attempt(dir, PIN, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let store = store.unwrap();
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    drop(store);
    let (outcome, store) = attempt(dir, DURESS, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    assert!(store.unwrap().list_drafts().unwrap().is_empty(), "wiped");
}

#[test]
fn wrong_pins_at_unlock_change_pin_and_the_duress_form_add_up_to_the_wipe() {
    let policy = LockPolicy {
        max_failed_unlocks: 5,
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let copy = tmp.path().join("copy");

    // Wrong at the duress form, then (the app closed) wrong at the lock screen: one count.
    let mut store = app_lock::setup(&dir, PIN, None, fast()).unwrap();
    store.save_draft(None, &Referral::sample()).unwrap();
    let (result, store) = set_duress(store, "1111", Some(DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 4 });
    let (result, store) = set_duress(store, "2222", None, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 3 });
    drop(store);
    for remaining in [2, 1] {
        assert_eq!(
            attempt(&dir, "3333", &policy).0,
            PinOutcome::WrongPin { remaining }
        );
    }
    assert_eq!(attempt(&dir, "4444", &policy).0, PinOutcome::Wiped);
    assert!(!Store::exists(&dir));
    assert!(
        files_in(&dir).is_empty(),
        "left behind: {:?}",
        files_in(&dir)
    );

    // Someone holding the unlocked phone goes round the lock screen and both forms: still one
    // count, and the duress form itself wipes at the limit, like the lock screen.
    let mut store = app_lock::setup(&dir, PIN, Some(DURESS), fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    store
        .submit(&Referral::sample_minimal(), &profile())
        .unwrap();
    // What a controller might have copied first, without the device secret.
    fs::create_dir(&copy).unwrap();
    for name in files_in(&dir) {
        if name != DEVICE_KEY_FILE {
            fs::copy(dir.join(&name), copy.join(&name)).unwrap();
        }
    }
    let (outcome, store) = unlock_or_wipe(store, "1111", &policy, fast()).unwrap();
    assert_eq!(outcome, PinOutcome::WrongPin { remaining: 4 });
    let (result, store) = set_duress(store.unwrap(), "2222", Some(OTHER_DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 3 });
    let (result, store) = change(store, "3333", NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 2 });
    let (result, store) = set_duress(store, DURESS, None, &policy);
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 1 });
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    let (result, store) = app_lock::set_duress_pin(store, "5555", Some(OTHER_DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::Wiped);
    assert!(store.is_none());
    assert!(!Store::exists(&dir));
    assert!(
        files_in(&dir).is_empty(),
        "left behind: {:?}",
        files_in(&dir)
    );

    // Crypto-shredding: the copy opens nothing, even with the PIN.
    let mut old = Store::open(&copy).unwrap();
    assert!(matches!(
        old.unlock(PIN),
        Err(StoreError::DeviceSecretUnavailable)
    ));

    // A fresh start is possible afterwards, and it is empty.
    let store = app_lock::setup(&dir, NEW_PIN, None, fast()).unwrap();
    assert!(store.list_drafts().unwrap().is_empty());
    assert!(store.list().unwrap().is_empty());
}

#[test]
fn set_duress_pin_wipes_at_the_default_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = app_lock::setup(dir, PIN, None, fast()).unwrap();
    store.save_draft(None, &Referral::sample()).unwrap();
    let policy = LockPolicy::default();
    for remaining in (1..=9).rev() {
        let (result, back) = set_duress(store, "0000", Some(DURESS), &policy);
        assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining });
        store = back;
    }
    let (result, store) = app_lock::set_duress_pin(store, "0000", Some(DURESS), &policy);
    assert_eq!(result.unwrap(), PinOutcome::Wiped);
    assert!(store.is_none());
    assert!(files_in(dir).is_empty(), "left behind: {:?}", files_in(dir));
}

/// A store set up under the earlier 4-digit rule (its PIN was never checked against the new
/// one: attempts of any shape are just attempts) keeps working; only a NEW PIN must have six.
#[test]
fn a_store_with_a_four_digit_pin_from_before_the_six_digit_rule_keeps_working() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let old_pin = "4829";
    assert_eq!(app_lock::PIN_MIN_LEN, 6);
    // What the old rule allowed (the store itself never enforced the length).
    let mut store = Store::create(dir, old_pin, fast()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    drop(store);
    let policy = LockPolicy::default();
    let (outcome, store) = attempt(dir, old_pin, &policy);
    assert_eq!(outcome, PinOutcome::Accepted);
    let store = store.unwrap();
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
    // Changing it: a new 4-digit PIN is refused (not counted), a 6-digit one is taken.
    let (result, store) = change(store, old_pin, "1234", &policy);
    assert_eq!(result.unwrap_err().code(), "pin_too_short");
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    let (result, store) = change(store, old_pin, NEW_PIN, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    drop(store);
    assert_eq!(attempt(dir, NEW_PIN, &policy).0, PinOutcome::Accepted);
}

/// `setup_preferring` with the file as the only choice (what tests and keyring-less builds
/// get); the keyring-first order is tested against a real Secret Service in `os_keyring.rs`.
#[test]
fn setup_preferring_checks_the_pins_first_and_uses_the_kind_it_can() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let file = [DeviceSecretKind::File];
    assert!(matches!(
        app_lock::setup_preferring(&dir, "1234", None, fast(), &file),
        Err(LockError::Pin(PinError::TooShort))
    ));
    assert!(matches!(
        app_lock::setup_preferring(&dir, PIN, None, fast(), &[]),
        Err(LockError::Store(StoreError::DeviceSecretUnavailable))
    ));
    assert!(!Store::exists(&dir));
    let store = app_lock::setup_preferring(&dir, PIN, Some(DURESS), fast(), &file).unwrap();
    assert_eq!(store.device_secret_kind(), DeviceSecretKind::File);
    assert!(DeviceSecretKind::File.less_protected());
    assert!(!DeviceSecretKind::Keyring.less_protected());
    drop(store);
    assert!(dir.join(DEVICE_KEY_FILE).exists());
    assert!(!dir.join(KEYRING_REF_FILE).exists());
    let store = Store::open(&dir).unwrap();
    assert_eq!(
        store.device_secret_kind(),
        DeviceSecretKind::File,
        "remembered"
    );
    // The duress path keeps the file for the fresh store (nothing better was there before).
    let (outcome, fresh) =
        app_lock::unlock_or_wipe(store, DURESS, &LockPolicy::default(), fast()).unwrap();
    assert_eq!(outcome, PinOutcome::Accepted);
    assert_eq!(fresh.unwrap().device_secret_kind(), DeviceSecretKind::File);
}

/// The fresh store made by the duress PIN keeps the old store's Argon2id cost (calibrated on
/// the device at set-up), whatever the caller passes: an unlock that became faster after a
/// duress wipe would give it away.
#[test]
fn the_duress_store_keeps_the_calibrated_cost() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let calibrated = KdfParams { t: 2, ..fast() };
    drop(app_lock::setup(dir, PIN, Some(DURESS), calibrated).unwrap());
    let store = Store::open(dir).unwrap();
    let (outcome, fresh) =
        app_lock::unlock_or_wipe(store, DURESS, &LockPolicy::default(), fast()).unwrap();
    assert_eq!(outcome, PinOutcome::Accepted);
    assert_eq!(fresh.unwrap().kdf_params().unwrap(), calibrated);
}

#[test]
fn worker_mode_is_changed_only_with_the_pin_under_the_lock_screens_rules() {
    use reach_core::referral::{AssistedBy, Sensitive};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = app_lock::setup(&dir, PIN, Some(DURESS), fast()).unwrap();
    let policy = LockPolicy::default();
    let worker = |org: &str| AssistedBy {
        organisation: Sensitive::new(org.to_owned()),
        channel: Some(Sensitive::new("+66 2 123 4567".to_owned())),
    };
    let set = |store: Store, pin: &str, profile: Option<AssistedBy>| {
        let (result, store) = app_lock::set_worker_profile(store, pin, profile, &policy);
        (
            result,
            store.expect("the store survives every outcome but a wipe"),
        )
    };

    // A profile that would not validate: refused before the PIN is checked, not counted.
    let (result, store) = set(store, "000000", Some(worker(" ")));
    assert!(
        matches!(result, Err(LockError::Store(StoreError::Invalid(_)))),
        "{result:?}"
    );
    assert_eq!(store.failed_unlocks().unwrap(), 0);

    // A wrong PIN (the duress PIN too) counts like the lock screen and changes nothing.
    let (result, store) = set(store, "000000", Some(worker("Mirror Foundation")));
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 9 });
    let (result, store) = set(store, DURESS, Some(worker("Mirror Foundation")));
    assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: 8 });
    assert_eq!(store.worker_profile().unwrap(), None);

    // The right PIN turns it on (normalised), resets the count, and it stays after a restart.
    let (result, store) = set(store, PIN, Some(worker(" Mirror Foundation ")));
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    drop(store);
    let (_, store) = attempt(&dir, PIN, &policy);
    let store = store.unwrap();
    assert_eq!(
        store.worker_profile().unwrap(),
        Some(worker("Mirror Foundation"))
    );

    // Locked: refused, not counted (no PIN oracle beside the lock screen).
    let mut store = store;
    store.lock();
    let (result, mut store) = set(store, PIN, None);
    assert!(matches!(result, Err(LockError::Store(StoreError::Locked))));
    store.unlock(PIN).unwrap();

    // Not off while a person's request is unsent (a draft with `assisted_by`): refused before
    // the PIN is checked (not counted, whichever PIN), nothing changed. A draft of the
    // worker's own does not hold it back.
    let mut store = store;
    store.save_draft(None, &Referral::sample()).unwrap();
    let person = store
        .save_draft(None, &Referral::sample_assisted())
        .unwrap();
    let second = store
        .save_draft(None, &Referral::sample_assisted())
        .unwrap();
    let (result, store) = set(store, PIN, None);
    assert!(
        matches!(result, Err(LockError::WorkerDraftsOpen(2))),
        "{result:?}"
    );
    assert_eq!(
        result.unwrap_err().code(),
        reach_contract::ErrorCode::WorkerDraftsOpen
    );
    let (result, mut store) = set(store, "000000", None);
    assert!(matches!(result, Err(LockError::WorkerDraftsOpen(2))));
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    assert!(store.worker_profile().unwrap().is_some());
    assert_eq!(store.list_drafts().unwrap().len(), 3);
    // Once they are sent or deleted, it turns off.
    store.delete_draft(person).unwrap();
    store.delete_draft(second).unwrap();

    // Off again.
    let (result, store) = set(store, PIN, None);
    assert_eq!(result.unwrap(), PinOutcome::Accepted);
    assert_eq!(store.worker_profile().unwrap(), None);
}

#[test]
fn the_last_wrong_pin_at_the_worker_form_wipes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let mut store = Some(app_lock::setup(&dir, PIN, None, fast()).unwrap());
    let policy = LockPolicy {
        max_failed_unlocks: 3,
    };
    for left in [2, 1] {
        let (result, back) =
            app_lock::set_worker_profile(store.take().unwrap(), "999999", None, &policy);
        assert_eq!(result.unwrap(), PinOutcome::WrongPin { remaining: left });
        store = back;
    }
    let (result, back) =
        app_lock::set_worker_profile(store.take().unwrap(), "999999", None, &policy);
    assert_eq!(result.unwrap(), PinOutcome::Wiped);
    assert!(back.is_none());
    assert!(!Store::exists(&dir));
}
