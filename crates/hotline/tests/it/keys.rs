//! `init`, `rotate`, key files and what `serve` needs.

use std::os::unix::fs::PermissionsExt as _;
use std::process::Command;

use std::path::{Path, PathBuf};

use crate::common::{http_client, post, serve};
use reach_core::wire::{CT_ENVELOPE, PATH_ENVELOPES};
use reach_hotline::keyfile::KeyFileError;
use reach_hotline::{HotlineError, Protection, RECEIPT_KEY_FILE, hpke_key_file};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A serving directory and a keys directory side by side in a fresh temporary directory.
fn dirs() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let (serve, keys) = (root.path().join("serve"), root.path().join("keys"));
    (root, serve, keys)
}

fn init(
    serve: &Path,
    keys: &Path,
    endpoint: &str,
) -> Result<reach_core::profile::HotlineProfile, HotlineError> {
    reach_hotline::init_dir(serve, keys, "A", endpoint, Protection::InsecureNoPassphrase)
}

fn hotline_cli(args: &[&std::ffi::OsStr]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reach-hotline"));
    cmd.args(args);
    cmd
}

#[test]
fn init_writes_0600_key_files_and_a_valid_profile() {
    let (_root, d, k) = dirs();
    let profile = reach_hotline::init_dir(
        &d,
        &k,
        "Hotline X",
        "https://intake.example.org",
        Protection::InsecureNoPassphrase,
    )
    .unwrap();
    let key_id = profile.sealing_key().unwrap().key_id();
    assert_eq!(mode(&hpke_key_file(&k, key_id)), 0o600);
    assert!(
        !hpke_key_file(&d, key_id).exists(),
        "the HPKE key stays out of the serving dir"
    );
    assert_eq!(mode(&d.join(RECEIPT_KEY_FILE)), 0o600);
    assert_eq!(mode(&d), 0o700);
    assert_eq!(mode(&k), 0o700);
    let on_disk = std::fs::read_to_string(d.join("profile.json")).unwrap();
    assert_eq!(
        reach_core::profile::HotlineProfile::from_json(&on_disk).unwrap(),
        profile
    );
    // The private key opens what the profile's key seals.
    let keys = reach_hotline::load_hpke_keys(&k, None).unwrap();
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
    let (_root, d, k) = dirs();
    let first = init(&d, &k, "https://a.org").unwrap();
    let before = std::fs::read(d.join(RECEIPT_KEY_FILE)).unwrap();
    let err = init(&d, &k, "https://b.org").unwrap_err();
    assert!(matches!(err, HotlineError::AlreadyInitialised(_)), "{err}");
    assert_eq!(std::fs::read(d.join(RECEIPT_KEY_FILE)).unwrap(), before);
    // Even with only an HPKE key left behind, nothing is overwritten.
    std::fs::remove_file(d.join(RECEIPT_KEY_FILE)).unwrap();
    std::fs::remove_file(d.join("profile.json")).unwrap();
    let err = init(&d, &k, "https://b.org").unwrap_err();
    assert!(matches!(err, HotlineError::AlreadyInitialised(_)), "{err}");
    assert!(hpke_key_file(&k, first.sealing_key().unwrap().key_id()).exists());
}

#[test]
fn init_refuses_a_non_https_endpoint_and_writes_nothing() {
    let (root, d, k) = dirs();
    let err = init(&d, &k, "http://example.org").unwrap_err();
    assert!(matches!(err, HotlineError::Profile(_)), "{err}");
    assert_eq!(std::fs::read_dir(root.path()).unwrap().count(), 0);
}

#[test]
fn init_refuses_a_keys_dir_in_or_under_the_serving_dir() {
    let (_root, d, _) = dirs();
    for keys in [d.clone(), d.join("keys"), d.join("a/../keys")] {
        let err = init(&d, &keys, "https://a.org").unwrap_err();
        assert!(matches!(err, HotlineError::KeysInServingDir(_)), "{err}");
        assert!(!d.join(RECEIPT_KEY_FILE).exists() && !d.join("profile.json").exists());
    }
    // Through a symlink too: the check is on the resolved path.
    let (_root2, d2, k2) = dirs();
    std::fs::create_dir_all(d2.join("inner")).unwrap();
    std::os::unix::fs::symlink(d2.join("inner"), &k2).unwrap();
    let err = init(&d2, &k2, "https://a.org").unwrap_err();
    assert!(matches!(err, HotlineError::KeysInServingDir(_)), "{err}");
}

#[test]
fn init_refuses_an_empty_passphrase() {
    let (_root, d, k) = dirs();
    let err = reach_hotline::init_dir(&d, &k, "A", "https://a.org", Protection::Passphrase(""))
        .unwrap_err();
    assert!(matches!(err, HotlineError::EmptyPassphrase), "{err}");
    assert!(!d.exists() && !k.exists());
}

#[test]
fn serve_refuses_a_directory_holding_an_hpke_private_key() {
    let (_root, d, k) = dirs();
    let profile = init(&d, &k, "https://a.org").unwrap();
    let key = hpke_key_file(&k, profile.sealing_key().unwrap().key_id());
    let misplaced = hpke_key_file(&d, profile.sealing_key().unwrap().key_id());
    std::fs::copy(&key, &misplaced).unwrap();
    let err = reach_hotline::load_config(&d, None).unwrap_err();
    assert!(
        matches!(err, HotlineError::PrivateKeyInServingDir(_)),
        "{err}"
    );
    // The CLI says so and stops (it never gets as far as listening).
    let mut child = hotline_cli(&["serve".as_ref(), "--dir".as_ref(), d.as_os_str()])
        .args(["--listen", "127.0.0.1:0"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = wait_or_kill(&mut child);
    assert!(!status.success());
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(
        stderr.contains("HPKE private key in the serving directory"),
        "{stderr}"
    );
    assert!(stderr.contains("--keys-dir"), "{stderr}");
    // Moved away, the same directory serves.
    std::fs::remove_file(&misplaced).unwrap();
    reach_hotline::load_config(&d, None).unwrap();
}

/// Waits for a child that is expected to exit on its own; a generous guard (not a measurement)
/// kills it if a regression made it serve instead, so the test fails rather than hangs.
fn wait_or_kill(child: &mut std::process::Child) -> std::process::ExitStatus {
    for _ in 0..600 {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    child.kill().unwrap();
    panic!("the command did not exit");
}

#[test]
fn passphrase_protected_keys_load_only_with_the_right_passphrase() {
    let (_root, d, k) = dirs();
    let profile = reach_hotline::init_dir(
        &d,
        &k,
        "A",
        "https://a.org",
        Protection::Passphrase("tr0ub4dor&3"),
    )
    .unwrap();
    let hpke_file = hpke_key_file(&k, profile.sealing_key().unwrap().key_id());
    assert!(reach_hotline::keyfile::is_protected(&hpke_file).unwrap());
    assert!(reach_hotline::keyfile::is_protected(&d.join(RECEIPT_KEY_FILE)).unwrap());
    assert_eq!(mode(&hpke_file), 0o600);

    let keys = reach_hotline::load_hpke_keys(&k, Some("tr0ub4dor&3")).unwrap();
    assert_eq!(keys[0].public_key(), &profile.sealing_key().unwrap());
    reach_hotline::load_config(&d, Some("tr0ub4dor&3")).unwrap();

    let err = reach_hotline::load_hpke_keys(&k, Some("wrong")).unwrap_err();
    assert!(
        matches!(err, HotlineError::KeyFile(KeyFileError::WrongPassphrase(_))),
        "{err}"
    );
    assert!(err.to_string().contains("wrong passphrase"), "{err}");
    let err = reach_hotline::load_config(&d, None).unwrap_err();
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
    let (_root, d, k) = dirs();
    let profile = init(&d, &k, "https://a.org").unwrap();
    // The keys directory is not even on this "host".
    std::fs::remove_dir_all(&k).unwrap();
    let server = serve(reach_hotline::load_config(&d, None).unwrap()).await;
    let env = reach_core::envelope::seal(
        &profile.sealing_key().unwrap(),
        reach_core::ids::ReferralId::random(),
        [0; 32],
        b"x",
    )
    .unwrap();
    let res = post(
        &http_client(),
        &server.url(),
        PATH_ENVELOPES,
        CT_ENVELOPE,
        env.into_bytes(),
    )
    .await;
    assert_eq!(res.status().as_u16(), 201);
    server.shutdown().await;
}

#[tokio::test]
async fn rotate_adds_a_current_key_and_keeps_accepting_the_old_one() {
    let (_root, d, k) = dirs();
    let old = init(&d, &k, "http://127.0.0.1:1").unwrap();
    let err = reach_hotline::rotate_key(&d, &d, None).unwrap_err();
    assert!(matches!(err, HotlineError::KeysInServingDir(_)), "{err}");
    let rotated = reach_hotline::rotate_key(&d, &k, None).unwrap();
    assert_eq!(rotated.keys.len(), 2);
    assert_eq!(rotated.keys[1], old.keys[0]);
    assert_ne!(rotated.keys[0], old.keys[0]);
    assert_eq!(rotated.receipt_keys, old.receipt_keys);
    assert_eq!(reach_hotline::load_hpke_keys(&k, None).unwrap().len(), 2);

    let config = reach_hotline::load_config(&d, None).unwrap();
    assert_eq!(config.profile, rotated);
    let server = serve(config).await;
    let client = http_client();
    for key in rotated.public_keys().unwrap() {
        let env =
            reach_core::envelope::seal(&key, reach_core::ids::ReferralId::random(), [0; 32], b"x")
                .unwrap();
        let res = post(
            &client,
            &server.url(),
            PATH_ENVELOPES,
            CT_ENVELOPE,
            env.into_bytes(),
        )
        .await;
        assert_eq!(res.status().as_u16(), 201);
    }
    server.shutdown().await;
}

fn cli_init(serve: &Path, keys: &Path, protection: &[&str]) -> std::process::Output {
    hotline_cli(&[
        "init".as_ref(),
        "--dir".as_ref(),
        serve.as_os_str(),
        "--keys-dir".as_ref(),
        keys.as_os_str(),
    ])
    .args([
        "--name",
        "CLI hotline",
        "--endpoint",
        "https://cli.example.org",
    ])
    .args(protection)
    .env("REACH_TEST_PASS", "cli passphrase")
    .output()
    .unwrap()
}

#[test]
fn cli_init_prints_the_profile_and_refuses_overwrite() {
    let (_root, d, k) = dirs();
    let run = || cli_init(&d, &k, &["--passphrase-env", "REACH_TEST_PASS"]);
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
    reach_hotline::load_config(&d, Some("cli passphrase")).unwrap();
    reach_hotline::load_hpke_keys(&k, Some("cli passphrase")).unwrap();

    let again = run();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("refusing to overwrite"));
}

#[test]
fn cli_init_requires_a_passphrase_unless_told_otherwise() {
    let (root, d, k) = dirs();
    let out = cli_init(&d, &k, &[]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--insecure-no-passphrase"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(root.path()).unwrap().count(),
        0,
        "nothing written"
    );
    // Both at once is a contradiction, refused too.
    let both = cli_init(
        &d,
        &k,
        &[
            "--passphrase-env",
            "REACH_TEST_PASS",
            "--insecure-no-passphrase",
        ],
    );
    assert!(!both.status.success());
    // An unset variable is not an empty passphrase.
    let unset = cli_init(&d, &k, &["--passphrase-env", "REACH_TEST_UNSET_VARIABLE"]);
    assert!(!unset.status.success());
    assert_eq!(std::fs::read_dir(root.path()).unwrap().count(), 0);

    let out = cli_init(&d, &k, &["--insecure-no-passphrase"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!reach_hotline::keyfile::is_protected(&d.join(RECEIPT_KEY_FILE)).unwrap());
    reach_hotline::load_hpke_keys(&k, None).unwrap();
}

#[test]
fn cli_init_and_open_need_the_keys_dir() {
    let (_root, d, _) = dirs();
    let out = hotline_cli(&["init".as_ref(), "--dir".as_ref(), d.as_os_str()])
        .args([
            "--name",
            "A",
            "--endpoint",
            "https://a.org",
            "--insecure-no-passphrase",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--keys-dir"));
    let out = hotline_cli(&["open".as_ref(), "--dir".as_ref(), d.as_os_str()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--keys-dir"));
}

fn cli_staff_add(keys: &Path, name: &str, role: &str, admin: &[&str]) -> (bool, String) {
    let out = hotline_cli(&[
        "staff".as_ref(),
        "add".as_ref(),
        "--keys-dir".as_ref(),
        keys.as_os_str(),
    ])
    .args(["--name", name, "--role", role])
    .args(admin)
    .output()
    .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// The first staff account is an admin made from the command line, with its password, its
/// authenticator link and a QR code printed once; its database is in the keys directory, never
/// the serving one; later accounts need that admin's password and a current code.
#[test]
fn cli_staff_add_makes_the_first_admin_then_needs_one() {
    let (_root, d, k) = dirs();
    let out = cli_init(&d, &k, &["--insecure-no-passphrase"]);
    assert!(out.status.success());
    let (ok, text) = cli_staff_add(&k, "amina", "operator", &[]);
    assert!(
        !ok && text.contains("first account must be an admin"),
        "{text}"
    );
    let (ok, text) = cli_staff_add(&k, "amina", "admin", &[]);
    assert!(ok, "{text}");
    let password = text
        .lines()
        .skip_while(|l| !l.starts_with("Password"))
        .nth(1)
        .unwrap()
        .trim()
        .to_owned();
    let uri = text
        .lines()
        .find(|l| l.starts_with("otpauth://totp/"))
        .unwrap();
    assert!(
        text.contains('█') || text.contains('▀'),
        "a QR code: {text}"
    );
    assert!(k.join(reach_hotline::staff::STAFF_DB_FILE).is_file());
    assert!(!d.join(reach_hotline::staff::STAFF_DB_FILE).exists());

    let (ok, text) = cli_staff_add(&k, "omar", "operator", &[]);
    assert!(
        !ok && text.contains("first account must be an admin"),
        "{text}"
    );
    let totp = totp_rs::TOTP::from_url(uri).unwrap();
    let as_admin = |code: &str| {
        hotline_cli(&[
            "staff".as_ref(),
            "add".as_ref(),
            "--keys-dir".as_ref(),
            k.as_os_str(),
        ])
        .args(["--name", "omar", "--role", "operator", "--as", "amina"])
        .args(["--password-env", "REACH_TEST_STAFF_PASS", "--code", code])
        .env("REACH_TEST_STAFF_PASS", &password)
        .output()
        .unwrap()
    };
    let wrong = as_admin("000000");
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong name, password or code"));
    let right = as_admin(&totp.generate_current().unwrap());
    assert!(
        right.status.success(),
        "{}",
        String::from_utf8_lossy(&right.stderr)
    );
    assert!(String::from_utf8_lossy(&right.stdout).contains("omar (operator) added"));
}

/// The inbox refuses a non-loopback address without `--behind-tls-proxy`, saying why and what
/// to do, before it touches any key: its Secure login cookie would never come back over plain
/// HTTP, and the staff pages would cross the network unencrypted.
#[test]
fn the_inbox_refuses_plain_http_off_loopback_and_says_what_to_do() {
    let (_root, d, k) = dirs();
    let out = hotline_cli(&[
        "inbox".as_ref(),
        "--dir".as_ref(),
        d.as_os_str(),
        "--keys-dir".as_ref(),
        k.as_os_str(),
        "--listen".as_ref(),
        "0.0.0.0:0".as_ref(),
    ])
    .output()
    .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Secure") && err.contains("--behind-tls-proxy") && err.contains("127.0.0.1"),
        "{err}"
    );
    // With the flag it goes on to its next check (here: no keys yet), not to this refusal.
    let out = hotline_cli(&[
        "inbox".as_ref(),
        "--dir".as_ref(),
        d.as_os_str(),
        "--keys-dir".as_ref(),
        k.as_os_str(),
        "--listen".as_ref(),
        "0.0.0.0:0".as_ref(),
        "--behind-tls-proxy".as_ref(),
    ])
    .output()
    .unwrap();
    assert!(!out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("--behind-tls-proxy"));
}
