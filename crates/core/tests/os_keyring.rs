//! The device secret in the OS keyring, against a REAL Secret Service (GNOME Keyring).
//!
//! Every test here is `#[ignore]`: plain `cargo test` needs no D-Bus. `scripts/test.sh` runs
//! them with `--ignored` inside `scripts/keyring-session.sh` (a private D-Bus session with a
//! fresh keyring, unlocked with a known password):
//!
//! ```text
//! scripts/keyring-session.sh "$(mktemp -d)" -- \
//!   cargo test -p reach-core --features keyring --test os_keyring -- --ignored --test-threads=1
//! ```
//!
//! The copied-folder test needs *two* keyrings, so it starts its own sessions with that script
//! (one per phase, each a fresh process running one `copy_phase_*` test of this binary).
#![cfg(feature = "keyring")]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use reach_core::app_lock::{self, LockPolicy, PinOutcome};
use reach_core::envelope::HotlinePrivateKey;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::referral::Referral;
use reach_core::store::{
    DEVICE_KEY_FILE, DeviceSecret, DeviceSecretKind, KEYRING_REF_FILE, KdfParams,
    KeyringDeviceSecret, Store, StoreError,
};

const PIN: &str = "482916";
const DURESS: &str = "735190";

fn fast() -> KdfParams {
    KdfParams::insecure_fast_for_tests()
}

fn profile() -> HotlineProfile {
    HotlineProfile::new(
        "Test hotline",
        "https://intake.example.org",
        HotlinePrivateKey::generate().public_key(),
        &ReceiptSigner::generate().verifier(),
    )
}

fn keyring_store(dir: &Path, duress: Option<&str>) -> Store {
    app_lock::setup_with_secret(
        dir,
        PIN,
        duress,
        fast(),
        Box::new(KeyringDeviceSecret::new_in(dir)),
    )
    .expect("a Secret Service must be running (scripts/keyring-session.sh)")
}

/// Every byte of every file under `dir`.
fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            out.extend(fs::read(p).unwrap());
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
#[ignore = "needs a Secret Service: run under scripts/keyring-session.sh"]
fn keyring_secret_create_load_destroy() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let secret = KeyringDeviceSecret::new_in(dir);
    secret.create().unwrap();
    assert_eq!(secret.kind(), DeviceSecretKind::Keyring);
    let a = secret.load().unwrap();
    let b = KeyringDeviceSecret::open_in(dir).load().unwrap();
    assert_eq!(
        a[..],
        b[..],
        "the same entry, found again through the reference file"
    );
    // The folder holds only the (non-secret) reference: no key file, no secret bytes.
    assert!(!dir.join(DEVICE_KEY_FILE).exists());
    let reference = fs::read_to_string(dir.join(KEYRING_REF_FILE)).unwrap();
    assert_eq!(reference.len(), 32);
    assert!(!contains(&all_bytes(dir), &a[..]));
    // Never replaces an existing entry.
    assert!(matches!(
        KeyringDeviceSecret::open_in(dir).create(),
        Err(StoreError::AlreadyExists)
    ));
    // destroy deletes the entry and the reference; a second destroy is fine.
    secret.destroy().unwrap();
    assert!(matches!(
        secret.load(),
        Err(StoreError::DeviceSecretUnavailable)
    ));
    assert!(!dir.join(KEYRING_REF_FILE).exists());
    secret.destroy().unwrap();
    // Two stores, two entries.
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (s1, s2) = (
        KeyringDeviceSecret::new_in(one.path()),
        KeyringDeviceSecret::new_in(two.path()),
    );
    s1.create().unwrap();
    s2.create().unwrap();
    assert_ne!(s1.id(), s2.id());
    assert_ne!(s1.load().unwrap()[..], s2.load().unwrap()[..]);
    s1.destroy().unwrap();
    assert!(s2.load().is_ok(), "destroying one entry leaves the other");
    s2.destroy().unwrap();
}

#[test]
#[ignore = "needs a Secret Service: run under scripts/keyring-session.sh"]
fn store_with_keyring_secret_unlocks_and_wipe_deletes_the_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let mut store = keyring_store(&dir, None);
    assert_eq!(store.device_secret_kind(), DeviceSecretKind::Keyring);
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    drop(store);
    assert!(
        !dir.join(DEVICE_KEY_FILE).exists(),
        "no secret in the folder"
    );

    // Reopened, the store finds its keyring entry by itself.
    let mut store = Store::open(&dir).unwrap();
    assert_eq!(store.device_secret_kind(), DeviceSecretKind::Keyring);
    assert!(matches!(store.unlock("000000"), Err(StoreError::WrongPin)));
    store.unlock(PIN).unwrap();
    assert_eq!(store.load_draft(draft).unwrap(), Referral::sample());

    let old = KeyringDeviceSecret::open_in(&dir);
    assert!(old.load().is_ok());
    store.wipe().unwrap();
    assert!(
        matches!(old.load(), Err(StoreError::DeviceSecretUnavailable)),
        "the wipe deleted the keyring entry"
    );
    assert!(!dir.join(KEYRING_REF_FILE).exists());
    assert!(!Store::exists(&dir));
}

#[test]
#[ignore = "needs a Secret Service: run under scripts/keyring-session.sh"]
fn duress_pin_makes_a_fresh_store_in_the_keyring_too() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = keyring_store(&dir, Some(DURESS));
    drop(store);
    let old = KeyringDeviceSecret::open_in(&dir);
    let old_secret = old.load().unwrap();
    let store = Store::open(&dir).unwrap();
    let (outcome, fresh) =
        app_lock::unlock_or_wipe(store, DURESS, &LockPolicy::default(), fast()).unwrap();
    assert_eq!(outcome, PinOutcome::Accepted);
    let fresh = fresh.unwrap();
    assert_eq!(
        fresh.device_secret_kind(),
        DeviceSecretKind::Keyring,
        "no downgrade to a file after a duress wipe"
    );
    assert!(!dir.join(DEVICE_KEY_FILE).exists());
    // The duress reset replaces the secret (crypto-shredding the old data) in the store's own
    // entry, in place, as it keeps the database file.
    let new = KeyringDeviceSecret::open_in(&dir);
    assert_ne!(
        new.load().unwrap()[..],
        old_secret[..],
        "the old secret is gone"
    );
    drop(fresh);
    let mut reopened = Store::open(&dir).unwrap();
    assert!(matches!(reopened.unlock(PIN), Err(StoreError::WrongPin)));
    reopened.unlock(DURESS).unwrap();
    reopened.wipe().unwrap();
    assert!(matches!(
        new.load(),
        Err(StoreError::DeviceSecretUnavailable)
    ));
}

#[test]
#[ignore = "needs a Secret Service: run under scripts/keyring-session.sh"]
fn wipe_dir_finds_the_keyring_entry_of_a_store_it_does_not_open() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(keyring_store(&dir, None));
    let old = KeyringDeviceSecret::open_in(&dir);
    Store::wipe_dir(&dir).unwrap();
    assert!(matches!(
        old.load(),
        Err(StoreError::DeviceSecretUnavailable)
    ));
    assert!(!dir.join(KEYRING_REF_FILE).exists());
}

#[test]
#[ignore = "needs a Secret Service: run under scripts/keyring-session.sh"]
fn setup_prefers_the_keyring_when_there_is_one() {
    if phase_work().is_some() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let kinds = [DeviceSecretKind::Keyring, DeviceSecretKind::File];
    let store = app_lock::setup_preferring(&dir, PIN, None, fast(), &kinds).unwrap();
    assert_eq!(store.device_secret_kind(), DeviceSecretKind::Keyring);
    assert!(!dir.join(DEVICE_KEY_FILE).exists());
    store.wipe().unwrap();
}

/// With no Secret Service at all (a D-Bus address that leads nowhere), set-up falls back to
/// the file, and the store remembers it: it opens and unlocks without ever asking a keyring.
#[test]
#[ignore = "starts a process without D-Bus"]
fn setup_falls_back_to_the_file_without_a_secret_service() {
    if phase_work().is_some() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let status = Command::new(std::env::current_exe().unwrap())
        .args([
            "fallback_phase_no_secret_service",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env(PHASE_ENV, tmp.path())
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/reach-no-bus",
        )
        .status()
        .unwrap();
    assert!(status.success());
    assert!(
        tmp.path()
            .join("fallback_phase_no_secret_service.done")
            .exists()
    );
}

#[test]
#[ignore = "a phase of setup_falls_back_to_the_file_without_a_secret_service"]
fn fallback_phase_no_secret_service() {
    let Some(work) = phase_work() else { return };
    let dir = work.join("data");
    let kinds = [DeviceSecretKind::Keyring, DeviceSecretKind::File];
    let store = app_lock::setup_preferring(&dir, PIN, None, fast(), &kinds).unwrap();
    assert_eq!(store.device_secret_kind(), DeviceSecretKind::File);
    drop(store);
    assert!(dir.join(DEVICE_KEY_FILE).exists());
    assert!(
        !dir.join(KEYRING_REF_FILE).exists(),
        "no reference left behind"
    );
    let mut store = Store::open(&dir).unwrap();
    assert_eq!(store.device_secret_kind(), DeviceSecretKind::File);
    store.unlock(PIN).unwrap();
    store.wipe().unwrap();
    fs::write(work.join("fallback_phase_no_secret_service.done"), "").unwrap();
}

// ---------------------------------------------------------------------------------------------
// A copy of the whole data folder, taken to another keyring, cannot be unlocked.
// ---------------------------------------------------------------------------------------------

/// Set by [`copied_folder_cannot_be_unlocked_in_another_keyring`] for the phase it runs.
const PHASE_ENV: &str = "REACH_KEYRING_PHASE_WORK";

fn phase_work() -> Option<PathBuf> {
    std::env::var_os(PHASE_ENV).map(PathBuf::from)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// Runs one `copy_phase_*` test of this binary in its own D-Bus session with the keyring in
/// `keyring_dir`, and fails if it fails.
fn run_phase(keyring_dir: &Path, work: &Path, phase: &str) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/keyring-session.sh");
    let status = Command::new(script)
        .arg(keyring_dir)
        .arg("--")
        .arg(std::env::current_exe().unwrap())
        .args([phase, "--exact", "--ignored", "--nocapture"])
        .env(PHASE_ENV, work)
        .status()
        .expect("scripts/keyring-session.sh runs");
    assert!(status.success(), "phase {phase} failed");
    assert!(
        work.join(format!("{phase}.done")).exists(),
        "phase {phase} did not run"
    );
}

/// The attack of issue #8: copy the whole data folder (database, WAL, reference file —
/// everything) and try the RIGHT PIN elsewhere. Three sessions: (A) a store in keyring A writes
/// drafts and a submitted request, the folder is copied, and the copy is shown intact (it
/// unlocks in keyring A); (B) a fresh D-Bus session with another, empty keyring: the copy does
/// not unlock with the right PIN (`DeviceSecretUnavailable`, no attempt counted, no oracle);
/// (A again) the original still unlocks in keyring A, with its drafts and request.
#[test]
#[ignore = "starts its own D-Bus sessions with gnome-keyring-daemon (scripts/keyring-session.sh)"]
fn copied_folder_cannot_be_unlocked_in_another_keyring() {
    if phase_work().is_some() {
        return; // inside a phase's session: only the phase runs
    }
    let tmp = tempfile::tempdir().unwrap();
    let (keyring_a, keyring_b) = (tmp.path().join("keyring-a"), tmp.path().join("keyring-b"));
    let work = tmp.path().join("work");
    fs::create_dir_all(&work).unwrap();
    run_phase(&keyring_a, &work, "copy_phase_1_create_in_keyring_a");
    run_phase(&keyring_b, &work, "copy_phase_2_copy_fails_in_keyring_b");
    run_phase(
        &keyring_a,
        &work,
        "copy_phase_3_original_unlocks_in_keyring_a",
    );
}

#[test]
#[ignore = "a phase of copied_folder_cannot_be_unlocked_in_another_keyring"]
fn copy_phase_1_create_in_keyring_a() {
    let Some(work) = phase_work() else { return };
    let (orig, copy) = (work.join("original"), work.join("copy"));
    let mut store = keyring_store(&orig, Some(DURESS));
    store.save_draft(None, &Referral::sample()).unwrap();
    store.save_draft(None, &Referral::sample_minimal()).unwrap();
    let draft = store.save_draft(None, &Referral::sample()).unwrap();
    store.submit_draft(draft, &profile()).unwrap();
    drop(store);
    copy_dir(&orig, &copy);
    assert!(copy.join(KEYRING_REF_FILE).exists());
    assert!(!copy.join(DEVICE_KEY_FILE).exists());
    // The copy is complete and intact: in keyring A it unlocks (checked on a second copy, so
    // that the one taken to keyring B is exactly as copied).
    let check = work.join("copy-check");
    copy_dir(&orig, &check);
    let mut s = Store::open(&check).unwrap();
    s.unlock(PIN).unwrap();
    assert_eq!(s.list_drafts().unwrap().len(), 2);
    assert_eq!(s.list().unwrap().len(), 1);
    fs::write(work.join("copy_phase_1_create_in_keyring_a.done"), "").unwrap();
}

#[test]
#[ignore = "a phase of copied_folder_cannot_be_unlocked_in_another_keyring"]
fn copy_phase_2_copy_fails_in_keyring_b() {
    let Some(work) = phase_work() else { return };
    let copy = work.join("copy");
    // Keyring B works (a new entry can be made and read): the copy fails for want of ITS entry,
    // not for want of a Secret Service.
    let probe_dir = work.join("probe-b");
    fs::create_dir_all(&probe_dir).unwrap();
    let probe = KeyringDeviceSecret::new_in(&probe_dir);
    probe.create().unwrap();
    probe.load().unwrap();
    probe.destroy().unwrap();
    // The right PIN, through the lock screen's rules and through the store itself.
    let store = Store::open(&copy).unwrap();
    assert_eq!(store.device_secret_kind(), DeviceSecretKind::Keyring);
    let result = app_lock::unlock_or_wipe(store, PIN, &LockPolicy::default(), fast());
    assert!(
        matches!(
            result,
            Err(app_lock::LockError::Store(
                StoreError::DeviceSecretUnavailable
            ))
        ),
        "{result:?}"
    );
    let mut store = Store::open(&copy).unwrap();
    for pin in [PIN, DURESS, "000000"] {
        assert!(
            matches!(store.unlock(pin), Err(StoreError::DeviceSecretUnavailable)),
            "every PIN gets the same answer: nothing to learn"
        );
    }
    assert_eq!(store.failed_unlocks().unwrap(), 0, "nothing was counted");
    assert!(!store.is_unlocked());
    // The outbox (sealed envelopes) was never readable anyway; the drafts stay sealed.
    assert!(matches!(store.list_drafts(), Err(StoreError::Locked)));
    fs::write(work.join("copy_phase_2_copy_fails_in_keyring_b.done"), "").unwrap();
}

#[test]
#[ignore = "a phase of copied_folder_cannot_be_unlocked_in_another_keyring"]
fn copy_phase_3_original_unlocks_in_keyring_a() {
    let Some(work) = phase_work() else { return };
    let orig = work.join("original");
    let store = Store::open(&orig).unwrap();
    let (outcome, store) =
        app_lock::unlock_or_wipe(store, PIN, &LockPolicy::default(), fast()).unwrap();
    assert_eq!(outcome, PinOutcome::Accepted);
    let store = store.unwrap();
    assert_eq!(store.list_drafts().unwrap().len(), 2);
    assert_eq!(store.list().unwrap().len(), 1);
    store.wipe().unwrap();
    fs::write(
        work.join("copy_phase_3_original_unlocks_in_keyring_a.done"),
        "",
    )
    .unwrap();
}
