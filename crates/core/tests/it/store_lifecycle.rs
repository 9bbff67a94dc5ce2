//! The encrypted store on real SQLite files: PIN handling, drafts, submission and wipe.

use std::fs;
use std::path::Path;

use crate::support::{fast, files_in, hotline, profile};
use reach_core::envelope::{self};
use reach_core::referral::Referral;
use reach_core::store::{DB_FILE, DEVICE_KEY_FILE, DraftId, Store, StoreError};
use rusqlite::Connection;

const PIN: &str = "482916";

fn new_store(dir: &Path) -> Store {
    Store::create(dir, PIN, fast()).unwrap()
}

/// A raw connection for inspecting and tampering with rows (the store must be closed).
fn raw(dir: &Path) -> Connection {
    Connection::open(dir.join(DB_FILE)).unwrap()
}

fn wrapped_key_row(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    raw(dir)
        .query_row("SELECT kdf_salt, wrapped FROM data_key", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
}

#[test]
fn create_open_and_existence() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    assert!(!Store::exists(&dir));
    assert!(matches!(Store::open(&dir), Err(StoreError::NotFound)));
    assert!(matches!(
        Store::create(&dir, "", fast()),
        Err(StoreError::EmptyPin)
    ));
    let store = new_store(&dir);
    assert!(store.is_unlocked(), "create returns the store unlocked");
    drop(store);
    assert!(Store::exists(&dir));
    assert!(matches!(
        Store::create(&dir, PIN, fast()),
        Err(StoreError::AlreadyExists)
    ));
    let store = Store::open(&dir).unwrap();
    assert!(!store.is_unlocked(), "open returns the store locked");

    let conn = raw(&dir);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let meta = fs::metadata(dir.join(DEVICE_KEY_FILE)).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        assert_eq!(meta.len(), 32);
        let dmode = fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(dmode, 0o700);
    }
}

#[test]
fn wrong_pin_changes_nothing_but_the_counter() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = new_store(dir);
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    drop(store);
    let key_row = wrapped_key_row(dir);

    let mut store = Store::open(dir).unwrap();
    assert!(matches!(store.load_draft(draft), Err(StoreError::Locked)));
    assert!(matches!(store.list_drafts(), Err(StoreError::Locked)));
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    for (n, wrong) in ["000000", "482917", ""].into_iter().enumerate() {
        assert!(matches!(store.unlock(wrong), Err(StoreError::WrongPin)));
        assert!(!store.is_unlocked());
        assert_eq!(store.failed_unlocks().unwrap(), n as u32 + 1);
    }
    drop(store);
    assert_eq!(
        wrapped_key_row(dir),
        key_row,
        "a wrong PIN must not touch the key"
    );

    // The count survives a restart (the app cannot be killed to reset it).
    let mut store = Store::open(dir).unwrap();
    assert_eq!(store.failed_unlocks().unwrap(), 3);
    store.unlock(PIN).unwrap();
    assert!(store.is_unlocked());
    assert_eq!(store.failed_unlocks().unwrap(), 0);
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());

    store.lock();
    assert!(!store.is_unlocked());
    assert!(matches!(store.load_draft(draft), Err(StoreError::Locked)));
}

#[test]
fn drafts_round_trip_update_list_delete() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = new_store(tmp.path());
    assert!(store.list_drafts().unwrap().is_empty());

    // Drafts need not validate: people save half-filled forms.
    let blank = Referral::default();
    assert!(blank.validate().is_err());
    let a = store.save_draft(None, &blank).unwrap();
    let b = store.save_draft(None, &Referral::sample()).unwrap();
    let c = store.save_draft(None, &Referral::sample_minimal()).unwrap();
    assert_eq!(store.list_drafts().unwrap(), vec![a, b, c]);
    assert_eq!(store.load_draft(a).unwrap(), blank);
    assert_eq!(store.load_draft(b).unwrap(), Referral::sample());

    let same = store
        .save_draft(Some(a), &Referral::sample_minimal())
        .unwrap();
    assert_eq!(same, a);
    assert_eq!(store.load_draft(a).unwrap(), Referral::sample_minimal());
    assert_eq!(store.list_drafts().unwrap(), vec![a, b, c]);

    store.delete_draft(b).unwrap();
    assert_eq!(store.list_drafts().unwrap(), vec![a, c]);
    assert!(matches!(store.load_draft(b), Err(StoreError::NotFound)));
    assert!(matches!(store.delete_draft(b), Err(StoreError::NotFound)));
    let unknown = DraftId([9; 16]);
    assert!(matches!(
        store.save_draft(Some(unknown), &blank),
        Err(StoreError::NotFound)
    ));
    assert_eq!(a.to_string().parse::<DraftId>().unwrap(), a);
}

#[test]
fn every_save_uses_a_fresh_nonce() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = new_store(tmp.path());
    let id = store.save_draft(None, &Referral::sample()).unwrap();
    let first: Vec<u8> = raw(tmp.path())
        .query_row("SELECT sealed FROM drafts", [], |r| r.get(0))
        .unwrap();
    store.save_draft(Some(id), &Referral::sample()).unwrap();
    let second: Vec<u8> = raw(tmp.path())
        .query_row("SELECT sealed FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_ne!(first[..12], second[..12], "nonce reused");
    assert_ne!(first, second);
}

#[test]
fn tampered_draft_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = new_store(dir);
    let id = store.save_draft(None, &Referral::sample()).unwrap();
    drop(store);

    let conn = raw(dir);
    let mut sealed: Vec<u8> = conn
        .query_row("SELECT sealed FROM drafts", [], |r| r.get(0))
        .unwrap();
    let mid = sealed.len() / 2;
    sealed[mid] ^= 0x01;
    conn.execute("UPDATE drafts SET sealed = ?1", [&sealed])
        .unwrap();
    drop(conn);

    let mut store = Store::open(dir).unwrap();
    store.unlock(PIN).unwrap();
    assert!(matches!(store.load_draft(id), Err(StoreError::Corrupt)));
}

#[test]
fn swapped_draft_rows_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = new_store(dir);
    let a = store.save_draft(None, &Referral::sample()).unwrap();
    let b = store.save_draft(None, &Referral::sample_minimal()).unwrap();
    drop(store);

    let conn = raw(dir);
    let get = |id: &DraftId| -> Vec<u8> {
        conn.query_row(
            "SELECT sealed FROM drafts WHERE id = ?1",
            [&id.0[..]],
            |r| r.get(0),
        )
        .unwrap()
    };
    let (sa, sb) = (get(&a), get(&b));
    conn.execute(
        "UPDATE drafts SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![sb, &a.0[..]],
    )
    .unwrap();
    conn.execute(
        "UPDATE drafts SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![sa, &b.0[..]],
    )
    .unwrap();
    drop(conn);

    let mut store = Store::open(dir).unwrap();
    store.unlock(PIN).unwrap();
    assert!(matches!(store.load_draft(a), Err(StoreError::Corrupt)));
    assert!(matches!(store.load_draft(b), Err(StoreError::Corrupt)));
}

#[test]
fn submit_seals_to_the_hotline_and_forgets_the_draft() {
    let tmp = tempfile::tempdir().unwrap();
    let (hotline_key, profile) = hotline();
    let mut store = new_store(tmp.path());
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let other = store.save_draft(None, &Referral::sample_minimal()).unwrap();

    let rid = store.submit_draft(draft, &profile).unwrap();
    assert_eq!(
        store.list_drafts().unwrap(),
        vec![other],
        "only that draft is gone"
    );
    assert!(matches!(store.load_draft(draft), Err(StoreError::NotFound)));
    assert!(matches!(
        store.submit_draft(draft, &profile),
        Err(StoreError::NotFound)
    ));

    let env = store.envelope(rid).unwrap();
    assert_eq!(env.referral_id(), rid);
    let opened = Referral::from_bytes(&envelope::open(&hotline_key, &env).unwrap()).unwrap();

    let secret = store.status_secret(rid).unwrap();
    let reply = store.reply_key(rid).unwrap();
    assert_eq!(env.header().status_verifier, secret.verifier());
    assert_eq!(opened.status_verifier, Some(secret.verifier()));
    assert_eq!(opened.reply_public_key, Some(reply.public_key().to_bytes()));
    let mut expected = Referral::sample();
    expected.status_verifier = opened.status_verifier;
    expected.reply_public_key = opened.reply_public_key;
    assert_eq!(opened, expected);

    // A second, direct submission gets its own id and secrets.
    let rid2 = store.submit(&Referral::sample_minimal(), &profile).unwrap();
    assert_ne!(rid, rid2);
    assert_ne!(store.status_secret(rid2).unwrap(), secret);
    let env2 = store.envelope(rid2).unwrap();
    let opened2 = Referral::from_bytes(&envelope::open(&hotline_key, &env2).unwrap()).unwrap();
    assert_eq!(
        opened2.reply_public_key,
        Some(store.reply_key(rid2).unwrap().public_key().to_bytes())
    );

    // Secrets need the PIN; the envelope does not.
    store.lock();
    assert!(matches!(store.status_secret(rid), Err(StoreError::Locked)));
    assert!(matches!(store.reply_key(rid), Err(StoreError::Locked)));
    assert_eq!(store.envelope(rid).unwrap(), env);
    assert!(matches!(
        store.submit(&Referral::sample(), &profile),
        Err(StoreError::Locked)
    ));
    store.unlock(PIN).unwrap();
    assert!(matches!(
        store.status_secret(reach_core::ids::ReferralId([0; 16])),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn invalid_request_is_refused_and_nothing_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, profile) = hotline();
    let mut store = new_store(tmp.path());
    let draft = store.save_draft(None, &Referral::default()).unwrap();
    match store.submit_draft(draft, &profile) {
        Err(StoreError::Invalid(errors)) => assert!(!errors.is_empty()),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(store.list_drafts().unwrap(), vec![draft]);
    assert!(store.list().unwrap().is_empty());

    let mut bad_profile = profile.clone();
    bad_profile.keys.clear();
    assert!(matches!(
        store.submit(&Referral::sample(), &bad_profile),
        Err(StoreError::Profile(_))
    ));
    assert!(store.list().unwrap().is_empty());
}

#[test]
fn wipe_makes_every_copy_undecryptable() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let copy = tmp.path().join("copy");
    let control = tmp.path().join("control");
    let (_, profile) = hotline();
    let mut store = new_store(&dir);
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    let rid = store.submit(&Referral::sample_minimal(), &profile).unwrap();

    // What a forensic examiner might have copied off the phone earlier.
    fs::create_dir(&copy).unwrap();
    fs::create_dir(&control).unwrap();
    for name in files_in(&dir) {
        if name != DEVICE_KEY_FILE {
            fs::copy(dir.join(&name), copy.join(&name)).unwrap();
        }
        fs::copy(dir.join(&name), control.join(&name)).unwrap();
    }
    // Control: the copy is complete and opens with the PIN while the device secret exists, so
    // the assertions below fail for the right reason.
    {
        let mut c = Store::open(&control).unwrap();
        c.unlock(PIN).unwrap();
        assert_eq!(c.load_draft(draft).unwrap(), Referral::sample());
        c.status_secret(rid).unwrap();
    }

    store.wipe().unwrap();
    assert!(
        files_in(&dir).is_empty(),
        "left behind: {:?}",
        files_in(&dir)
    );
    assert!(matches!(Store::open(&dir), Err(StoreError::NotFound)));

    let mut old = Store::open(&copy).unwrap();
    assert!(matches!(
        old.unlock(PIN),
        Err(StoreError::DeviceSecretUnavailable)
    ));
    assert!(!old.is_unlocked());
    drop(old);
    // Nor with the bytes the device secret was overwritten with.
    fs::write(copy.join(DEVICE_KEY_FILE), [0u8; 32]).unwrap();
    let mut old = Store::open(&copy).unwrap();
    assert!(matches!(old.unlock(PIN), Err(StoreError::WrongPin)));

    // A fresh start is possible afterwards.
    let again = new_store(&dir);
    assert!(again.list_drafts().unwrap().is_empty());
    assert!(again.list().unwrap().is_empty());
}

#[test]
fn wipe_dir_works_locked_and_on_empty_dirs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = new_store(dir);
    store.save_draft(None, &Referral::sample()).unwrap();
    drop(store);
    let saved_db = fs::read(dir.join(DB_FILE)).unwrap();
    Store::wipe_dir(dir).unwrap();
    assert!(files_in(dir).is_empty(), "left behind: {:?}", files_in(dir));
    Store::wipe_dir(dir).unwrap();

    // A copy taken before the wipe no longer opens: the device secret is gone.
    fs::write(dir.join(DB_FILE), saved_db).unwrap();
    let mut old = Store::open(dir).unwrap();
    assert!(matches!(
        old.unlock(PIN),
        Err(StoreError::DeviceSecretUnavailable)
    ));
}

/// Every file the store writes is the owner's alone (0600) and its folder too (0700), set
/// explicitly: also when the folder was made beforehand with loose permissions (as the platform
/// shell makes its app-data folder) and when the process runs under a permissive umask.
#[cfg(unix)]
#[test]
fn the_folder_and_every_file_are_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt as _;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fs::create_dir(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o777)).unwrap();
    let mut store = new_store(&dir);
    store.save_draft(None, &Referral::sample()).unwrap();
    store
        .submit(&Referral::sample_minimal(), &profile())
        .unwrap();
    let _lock = reach_core::sync::SenderLock::try_acquire(&dir).unwrap();
    // A file left with loose permissions by an older version is tightened on the next open.
    fs::set_permissions(dir.join(DB_FILE), fs::Permissions::from_mode(0o644)).unwrap();
    drop(store);
    let _store = Store::open(&dir).unwrap();

    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "the data folder");
    let files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for name in [
        DB_FILE,
        DEVICE_KEY_FILE,
        "calc.db-wal",
        "calc.db-shm",
        "sync.lock",
    ] {
        assert!(
            files.contains(&dir.join(name)),
            "{name} expected among {files:?}"
        );
    }
    for file in &files {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
}

/// Drafts are padded like envelopes (to 1, 4, 16 or 64 KiB): an empty draft and one with a
/// message of several hundred characters take the same room on disk, so the file does not
/// tell how much a person wrote.
#[test]
fn drafts_are_padded_so_their_size_tells_nothing() {
    use reach_core::referral::Sensitive;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = new_store(dir);
    let empty = store.save_draft(None, &Referral::default()).unwrap();
    let long = Referral {
        message: Some(Sensitive::new("x".repeat(600))),
        ..Referral::default()
    };
    let full = store.save_draft(None, &long).unwrap();
    let sizes: Vec<i64> = raw(dir)
        .prepare("SELECT length(sealed) FROM drafts ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(sizes.len(), 2);
    assert_eq!(sizes[0], sizes[1], "same size on disk: {sizes:?}");
    assert_eq!(store.load_draft(empty).unwrap(), Referral::default());
    assert_eq!(store.load_draft(full).unwrap(), long);
}

/// No file in the data folder names the app; a store made under the old name (`reach.db`) is
/// found and moved to the neutral one, with its WAL, and opens as before.
#[test]
fn file_names_are_neutral_and_an_old_store_is_adopted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = new_store(dir);
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    drop(store);
    for entry in fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_lowercase();
        assert!(!name.contains("reach"), "{name}");
    }
    // As an older version left it.
    fs::rename(dir.join(DB_FILE), dir.join("reach.db")).unwrap();
    if dir.join("calc.db-wal").exists() {
        fs::rename(dir.join("calc.db-wal"), dir.join("reach.db-wal")).unwrap();
    }
    assert!(Store::exists(dir));
    assert!(!dir.join("reach.db").exists());
    let mut store = Store::open(dir).unwrap();
    store.unlock(PIN).unwrap();
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());
}
