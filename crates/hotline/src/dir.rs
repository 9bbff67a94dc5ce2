//! The two hotline directories. The *serving directory* holds `profile.json` (public) and
//! `receipt.key` (the one secret `serve` needs). The *keys directory* holds one
//! `hpke-<key id>.key` per HPKE key, needed only by `open` and `rotate`: it must not be the
//! serving directory or inside it, `serve` refuses to start in a directory holding one, and it
//! is best kept off the serving host altogether (SecureDrop's rule: the internet-facing side
//! never holds what decrypts).

use std::fs::{DirBuilder, OpenOptions};
use std::io::Write as _;
use std::os::unix::fs::DirBuilderExt as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reach_core::envelope::{HotlinePrivateKey, KeyId};
use reach_core::profile::{HotlineProfile, ProfileKey};
use reach_core::receipt::ReceiptSigner;

use crate::HotlineError;
use crate::keyfile::{self, KeyKind};
use crate::server::ServerConfig;

/// The public profile the app bundles; also what `serve` reads to know the accepted key ids.
pub const PROFILE_FILE: &str = "profile.json";
/// The Ed25519 receipt signing key: the one secret the serving process holds.
pub const RECEIPT_KEY_FILE: &str = "receipt.key";
/// Database file name used when `--db` is not given.
pub const DEFAULT_DB_FILE: &str = "hotline.db";

/// Where the HPKE private key with `key_id` lives; named by id so rotation keeps old keys
/// side by side and `open` can find the key an envelope names.
pub fn hpke_key_file(dir: &Path, key_id: KeyId) -> PathBuf {
    dir.join(format!("hpke-{key_id}.key"))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> HotlineError + '_ {
    move |source| HotlineError::Io {
        path: path.to_owned(),
        source,
    }
}

fn existing_hpke_keys(dir: &Path) -> Result<Vec<PathBuf>, HotlineError> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let path = entry.map_err(io(dir))?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.starts_with("hpke-") && name.ends_with(".key") {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// How new key files are protected. There is no default: leaving private keys unprotected on
/// disk has to be asked for by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protection<'a> {
    /// Encrypt each key file under this passphrase (Argon2id, AES-256-GCM).
    Passphrase(&'a str),
    /// Write the keys in the clear (demos and tests; `init --insecure-no-passphrase`).
    InsecureNoPassphrase,
}

impl<'a> Protection<'a> {
    fn passphrase(self) -> Result<Option<&'a str>, HotlineError> {
        match self {
            Self::Passphrase("") => Err(HotlineError::EmptyPassphrase),
            Self::Passphrase(p) => Ok(Some(p)),
            Self::InsecureNoPassphrase => Ok(None),
        }
    }
}

fn create_private_dir(dir: &Path) -> Result<(), HotlineError> {
    DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(io(dir))
}

/// Refuses a keys directory that is the serving directory or lies inside it (after resolving
/// links), where the serving process could read the keys that open every stored request.
fn check_apart(serve_dir: &Path, keys_dir: &Path) -> Result<(), HotlineError> {
    let serve = serve_dir.canonicalize().map_err(io(serve_dir))?;
    let keys = keys_dir.canonicalize().map_err(io(keys_dir))?;
    if keys.starts_with(&serve) {
        return Err(HotlineError::KeysInServingDir(keys_dir.to_owned()));
    }
    Ok(())
}

/// Refuses to serve from a directory holding an HPKE private key file: whoever breaks into the
/// serving process must not find the key that opens every stored request next to it.
pub(crate) fn refuse_private_keys(serve_dir: &Path) -> Result<(), HotlineError> {
    match existing_hpke_keys(serve_dir)?.into_iter().next() {
        Some(key) => Err(HotlineError::PrivateKeyInServingDir(key)),
        None => Ok(()),
    }
}

/// Creates a hotline: `profile.json` and the receipt signing key in `serve_dir`, a fresh HPKE
/// key pair in `keys_dir` (which must lie outside `serve_dir`), each key in its own 0600 file
/// protected as `protection` says. Returns the public profile to bundle into the app.
/// Everything is checked before anything is written, and nothing is ever overwritten, so a
/// mistyped command can never destroy the key that opens already-sent requests.
pub fn init_dir(
    serve_dir: &Path,
    keys_dir: &Path,
    name: &str,
    endpoint: &str,
    protection: Protection<'_>,
) -> Result<HotlineProfile, HotlineError> {
    let passphrase = protection.passphrase()?;
    let hpke = HotlinePrivateKey::generate();
    let signer = ReceiptSigner::generate();
    let profile = HotlineProfile::new(name, endpoint, hpke.public_key(), &signer.verifier());
    // Validate before creating anything, so a bad endpoint leaves no half-made directory.
    profile.validate()?;
    create_private_dir(serve_dir)?;
    create_private_dir(keys_dir)?;
    check_apart(serve_dir, keys_dir)?;
    for f in [PROFILE_FILE, RECEIPT_KEY_FILE] {
        let p = serve_dir.join(f);
        if p.exists() {
            return Err(HotlineError::AlreadyInitialised(p));
        }
    }
    refuse_private_keys(serve_dir)?;
    if let Some(p) = existing_hpke_keys(keys_dir)?.into_iter().next() {
        return Err(HotlineError::AlreadyInitialised(p));
    }
    let key_id = hpke.public_key().key_id();
    keyfile::write(
        &hpke_key_file(keys_dir, key_id),
        KeyKind::HpkeX25519,
        hpke.secret_bytes(),
        passphrase,
    )?;
    keyfile::write(
        &serve_dir.join(RECEIPT_KEY_FILE),
        KeyKind::ReceiptEd25519,
        signer.pkcs8(),
        passphrase,
    )?;
    write_profile(serve_dir, &profile, true)?;
    Ok(profile)
}

/// Adds a new HPKE key and makes it current (first in the profile) while keeping the old ones,
/// so envelopes already sealed to them — possibly sitting for weeks in an offline phone's
/// outbox — still open and are still accepted. Uses the same passphrase as `receipt.key`. The
/// new key goes to `keys_dir`; the updated profile to `serve_dir`.
pub fn rotate_key(
    serve_dir: &Path,
    keys_dir: &Path,
    passphrase: Option<&str>,
) -> Result<HotlineProfile, HotlineError> {
    check_apart(serve_dir, keys_dir)?;
    let mut profile = read_profile(serve_dir)?;
    let receipt = serve_dir.join(RECEIPT_KEY_FILE);
    if keyfile::is_protected(&receipt)? {
        // Checks the passphrase (and that one was given) before creating anything.
        keyfile::read(&receipt, KeyKind::ReceiptEd25519, passphrase)?;
    }
    let hpke = HotlinePrivateKey::generate();
    let key_id = hpke.public_key().key_id();
    keyfile::write(
        &hpke_key_file(keys_dir, key_id),
        KeyKind::HpkeX25519,
        hpke.secret_bytes(),
        passphrase,
    )?;
    let new_key = ProfileKey {
        key_id: key_id.to_string(),
        public_key: URL_SAFE_NO_PAD.encode(hpke.public_key().to_bytes()),
    };
    profile.keys.insert(0, new_key);
    profile.validate()?;
    write_profile(serve_dir, &profile, false)?;
    Ok(profile)
}

fn read_profile(dir: &Path) -> Result<HotlineProfile, HotlineError> {
    let path = dir.join(PROFILE_FILE);
    let text = std::fs::read_to_string(&path).map_err(io(&path))?;
    Ok(HotlineProfile::from_json(&text)?)
}

/// Writes profile.json durably: new file, or temp file + rename so a crash never leaves a
/// truncated profile behind.
fn write_profile(dir: &Path, profile: &HotlineProfile, new: bool) -> Result<(), HotlineError> {
    let path = dir.join(PROFILE_FILE);
    let tmp = dir.join(".profile.json.tmp");
    let target = if new { &path } else { &tmp };
    let mut opts = OpenOptions::new();
    opts.write(true);
    if new {
        opts.create_new(true);
    } else {
        opts.create(true).truncate(true);
    }
    let mut f = opts.open(target).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            HotlineError::AlreadyInitialised(path.clone())
        } else {
            io(target)(e)
        }
    })?;
    f.write_all((profile.to_json() + "\n").as_bytes())
        .map_err(io(target))?;
    f.sync_all().map_err(io(target))?;
    if !new {
        std::fs::rename(&tmp, &path).map_err(io(&path))?;
    }
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Builds the serving configuration from a hotline directory: the profile and the receipt
/// signing key only — deliberately not the HPKE private keys, so a compromise of the serving
/// process cannot read stored requests; a directory that holds one is refused. The database
/// defaults to `DIR/hotline.db`.
pub fn load_config(dir: &Path, passphrase: Option<&str>) -> Result<ServerConfig, HotlineError> {
    refuse_private_keys(dir)?;
    let profile = read_profile(dir)?;
    let pkcs8 = keyfile::read(
        &dir.join(RECEIPT_KEY_FILE),
        KeyKind::ReceiptEd25519,
        passphrase,
    )?;
    let signer = ReceiptSigner::from_pkcs8(&pkcs8)
        .map_err(|e| HotlineError::InvalidKey(format!("receipt key: {e}")))?;
    if !profile.receipt_verifiers()?.contains(&signer.verifier()) {
        return Err(HotlineError::InvalidKey(
            "the receipt key is not listed in profile.json; apps would reject every receipt".into(),
        ));
    }
    Ok(ServerConfig::new(
        dir.join(DEFAULT_DB_FILE),
        profile,
        signer,
    ))
}

/// Loads every HPKE private key in the keys directory `dir` (current and rotated-out), for
/// `open`.
pub fn load_hpke_keys(
    dir: &Path,
    passphrase: Option<&str>,
) -> Result<Vec<HotlinePrivateKey>, HotlineError> {
    let mut keys = Vec::new();
    for path in existing_hpke_keys(dir)? {
        let secret = keyfile::read(&path, KeyKind::HpkeX25519, passphrase)?;
        let raw: [u8; 32] = secret[..]
            .try_into()
            .map_err(|_| HotlineError::InvalidKey(format!("{}: not 32 bytes", path.display())))?;
        let key = HotlinePrivateKey::from_bytes(raw)
            .map_err(|e| HotlineError::InvalidKey(format!("{}: {e}", path.display())))?;
        if hpke_key_file(dir, key.public_key().key_id()) != path {
            return Err(HotlineError::InvalidKey(format!(
                "{}: file name does not match the key id",
                path.display()
            )));
        }
        keys.push(key);
    }
    if keys.is_empty() {
        return Err(HotlineError::InvalidKey(format!(
            "no hpke-*.key file in {}",
            dir.display()
        )));
    }
    Ok(keys)
}
