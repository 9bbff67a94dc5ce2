//! `init`, `rotate`, key files and what `serve` needs.

mod common;

use std::os::unix::fs::PermissionsExt as _;
use std::process::Command;

use reach_hotline::keyfile::KeyFileError;
use reach_hotline::{HotlineError, RECEIPT_KEY_FILE, hpke_key_file};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn init_writes_0600_key_files_and_a_valid_profile() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("hotline");
    let profile =
        reach_hotline::init_dir(&d, "Hotline X", "https://intake.example.org", None).unwrap();
    let key_id = profile.sealing_key().unwrap().key_id();
    assert_eq!(mode(&hpke_key_file(&d, key_id)), 0o600);
    assert_eq!(mode(&d.join(RECEIPT_KEY_FILE)), 0o600);
    assert_eq!(mode(&d), 0o700);
    let on_disk = std::fs::read_to_string(d.join("profile.json")).unwrap();
    assert_eq!(
        reach_core::profile::HotlineProfile::from_json(&on_disk).unwrap(),
        profile
    );
    // The private key opens what the profile's key seals.
    let keys = reach_hotline::load_hpke_keys(&d, None).unwrap();
    assert_eq!(keys[0].public_key(), &profile.sealing_key().unwrap());
    // The profile's receipt key verifies what the server's signer signs.
    let config = reach_hotline::load_config(&d, None).unwrap();
    assert!(
        profile
            .receipt_verifiers()
            .unwrap()
            .contains(&config.signer.verifier())
    );
}

#[test]
fn init_refuses_to_overwrite_existing_keys() {
    let dir = tempfile::tempdir().unwrap();
    let first = reach_hotline::init_dir(dir.path(), "A", "https://a.org", None).unwrap();
    let before = std::fs::read(dir.path().join(RECEIPT_KEY_FILE)).unwrap();
    let err = reach_hotline::init_dir(dir.path(), "B", "https://b.org", None).unwrap_err();
    assert!(matches!(err, HotlineError::AlreadyInitialised(_)), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join(RECEIPT_KEY_FILE)).unwrap(),
        before
    );
    // Even with only an HPKE key left behind, nothing is overwritten.
    std::fs::remove_file(dir.path().join(RECEIPT_KEY_FILE)).unwrap();
    std::fs::remove_file(dir.path().join("profile.json")).unwrap();
    let err = reach_hotline::init_dir(dir.path(), "B", "https://b.org", None).unwrap_err();
    assert!(matches!(err, HotlineError::AlreadyInitialised(_)), "{err}");
    assert!(hpke_key_file(dir.path(), first.sealing_key().unwrap().key_id()).exists());
}

#[test]
fn init_refuses_a_non_https_endpoint_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let err = reach_hotline::init_dir(dir.path(), "A", "http://example.org", None).unwrap_err();
    assert!(matches!(err, HotlineError::Profile(_)), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn passphrase_protected_keys_load_only_with_the_right_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let profile =
        reach_hotline::init_dir(dir.path(), "A", "https://a.org", Some("tr0ub4dor&3")).unwrap();
    let hpke_file = hpke_key_file(dir.path(), profile.sealing_key().unwrap().key_id());
    assert!(reach_hotline::keyfile::is_protected(&hpke_file).unwrap());
    assert_eq!(mode(&hpke_file), 0o600);

    let keys = reach_hotline::load_hpke_keys(dir.path(), Some("tr0ub4dor&3")).unwrap();
    assert_eq!(keys[0].public_key(), &profile.sealing_key().unwrap());
    reach_hotline::load_config(dir.path(), Some("tr0ub4dor&3")).unwrap();

    let err = reach_hotline::load_hpke_keys(dir.path(), Some("wrong")).unwrap_err();
    assert!(
        matches!(err, HotlineError::KeyFile(KeyFileError::WrongPassphrase(_))),
        "{err}"
    );
    assert!(err.to_string().contains("wrong passphrase"), "{err}");
    let err = reach_hotline::load_config(dir.path(), None).unwrap_err();
    assert!(
        matches!(
            err,
            HotlineError::KeyFile(KeyFileError::PassphraseRequired(_))
        ),
        "{err}"
    );
}

#[tokio::test]
async fn serve_needs_no_hpke_private_key() {
    let dir = tempfile::tempdir().unwrap();
    let profile = reach_hotline::init_dir(dir.path(), "A", "https://a.org", None).unwrap();
    let hpke_file = hpke_key_file(dir.path(), profile.sealing_key().unwrap().key_id());
    let moved = dir.path().join("offline-hpke.key.bak");
    std::fs::rename(&hpke_file, &moved).unwrap();
    let config = reach_hotline::load_config(dir.path(), None).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server = reach_hotline::spawn(config, listener).await.unwrap();
    let env = reach_core::envelope::seal(
        &profile.sealing_key().unwrap(),
        reach_core::ids::ReferralId::random(),
        [0; 32],
        b"x",
    )
    .unwrap();
    let res = common::http_client()
        .post(format!("{}/v1/envelopes", server.url()))
        .header("content-type", reach_core::wire::CT_ENVELOPE)
        .body(env.into_bytes())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    server.shutdown().await;
}

#[tokio::test]
async fn rotate_adds_a_current_key_and_keeps_accepting_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let old = reach_hotline::init_dir(dir.path(), "A", "http://127.0.0.1:1", None).unwrap();
    let rotated = reach_hotline::rotate_key(dir.path(), None).unwrap();
    assert_eq!(rotated.keys.len(), 2);
    assert_eq!(rotated.keys[1], old.keys[0]);
    assert_ne!(rotated.keys[0], old.keys[0]);
    assert_eq!(rotated.receipt_keys, old.receipt_keys);
    assert_eq!(
        reach_hotline::load_hpke_keys(dir.path(), None)
            .unwrap()
            .len(),
        2
    );

    let config = reach_hotline::load_config(dir.path(), None).unwrap();
    assert_eq!(config.profile, rotated);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server = reach_hotline::spawn(config, listener).await.unwrap();
    for key in rotated.public_keys().unwrap() {
        let env =
            reach_core::envelope::seal(&key, reach_core::ids::ReferralId::random(), [0; 32], b"x")
                .unwrap();
        let res = common::http_client()
            .post(format!("{}/v1/envelopes", server.url()))
            .header("content-type", reach_core::wire::CT_ENVELOPE)
            .body(env.into_bytes())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201);
    }
    server.shutdown().await;
}

#[test]
fn cli_init_prints_the_profile_and_refuses_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_reach-hotline"))
            .args(["init", "--dir"])
            .arg(dir.path())
            .args([
                "--name",
                "CLI hotline",
                "--endpoint",
                "https://cli.example.org",
            ])
            .args(["--passphrase-env", "REACH_TEST_PASS"])
            .env("REACH_TEST_PASS", "cli passphrase")
            .output()
            .unwrap()
    };
    let out = run();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8(out.stdout).unwrap();
    let profile = reach_core::profile::HotlineProfile::from_json(&printed).unwrap();
    assert_eq!(profile.name, "CLI hotline");
    assert!(!printed.contains("cli passphrase"));
    reach_hotline::load_config(dir.path(), Some("cli passphrase")).unwrap();

    let again = run();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("refusing to overwrite"));
}
