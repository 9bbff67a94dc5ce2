//! Private key files: one file per key, created with mode 0600 (never widened by a later
//! chmod), optionally protected by a passphrase with Argon2id → AES-256-GCM.
//!
//! The format is small JSON so that an operator can see what a file is (kind, protection
//! parameters) without seeing the key. Every header field is bound as AES-GCM associated data,
//! so weakening the Argon2 parameters or swapping the kind makes the file fail to open rather
//! than silently decrypt with weaker protection.

use std::fs::{File, OpenOptions};
use std::io::{Read as _, Write as _};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// Format tag at the top of every key file.
const FORMAT: &str = "reach-hotline-key-v1";
/// Argon2id memory cost (KiB) for new files: 64 MiB makes offline guessing of a stolen file
/// expensive while `open` stays well under a second.
pub const ARGON2_M_COST_KIB: u32 = 64 * 1024;
/// Argon2id passes for new files.
pub const ARGON2_T_COST: u32 = 3;
/// Argon2id lanes for new files.
pub const ARGON2_P_COST: u32 = 1;
/// Upper bound accepted when reading, so a tampered header cannot make `open` allocate without
/// limit.
const ARGON2_MAX_M_COST_KIB: u32 = 4 * 1024 * 1024;

/// Which key a file holds; bound into the encryption so files cannot be swapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKind {
    /// The HPKE (X25519) private key that opens envelopes.
    HpkeX25519,
    /// The Ed25519 receipt signing key (PKCS#8).
    ReceiptEd25519,
}

impl KeyKind {
    fn label(self) -> &'static str {
        match self {
            Self::HpkeX25519 => "hpke-x25519",
            Self::ReceiptEd25519 => "receipt-ed25519",
        }
    }
}

/// Why a key file cannot be written or read.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The file already exists; keys are never overwritten.
    #[error("{0} already exists; refusing to overwrite a key")]
    Exists(PathBuf),
    /// Reading or writing failed.
    #[error("key file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Not a key file of this format, or of another kind than expected.
    #[error("{0} is not a valid key file of the expected kind")]
    Corrupt(PathBuf),
    /// The file is passphrase-protected and no passphrase was given.
    #[error("{0} is passphrase-protected; give the passphrase (--passphrase-env)")]
    PassphraseRequired(PathBuf),
    /// Decryption failed: the passphrase is wrong (or the file was altered).
    #[error("wrong passphrase for {0} (or the key file was altered)")]
    WrongPassphrase(PathBuf),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    format: String,
    kind: KeyKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    protection: Option<Protection>,
    /// base64url: the raw key, or ciphertext‖tag when protected.
    key: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Protection {
    kdf: String,
    m_cost_kib: u32,
    t_cost: u32,
    p_cost: u32,
    salt: String,
    aead: String,
    nonce: String,
}

impl Protection {
    fn aad(&self, kind: KeyKind) -> String {
        format!(
            "{FORMAT}|{}|{}|m={}|t={}|p={}|salt={}|{}",
            kind.label(),
            self.kdf,
            self.m_cost_kib,
            self.t_cost,
            self.p_cost,
            self.salt,
            self.aead
        )
    }

    fn derive(&self, passphrase: &str, path: &Path) -> Result<LessSafeKey, KeyFileError> {
        let corrupt = || KeyFileError::Corrupt(path.to_owned());
        if self.kdf != "argon2id" || self.aead != "aes-256-gcm" {
            return Err(corrupt());
        }
        if self.m_cost_kib > ARGON2_MAX_M_COST_KIB || self.t_cost > 64 || self.p_cost > 16 {
            return Err(corrupt());
        }
        let salt = URL_SAFE_NO_PAD.decode(&self.salt).map_err(|_| corrupt())?;
        let params = argon2::Params::new(self.m_cost_kib, self.t_cost, self.p_cost, Some(32))
            .map_err(|_| corrupt())?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut kek = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passphrase.as_bytes(), &salt, &mut kek[..])
            .map_err(|_| corrupt())?;
        let unbound = UnboundKey::new(&AES_256_GCM, &kek[..]).map_err(|_| corrupt())?;
        Ok(LessSafeKey::new(unbound))
    }
}

/// Writes `secret` to a new file at `path` (mode 0600 from creation), encrypted under
/// `passphrase` when one is given. Fails if the file exists.
pub fn write(
    path: &Path,
    kind: KeyKind,
    secret: &[u8],
    passphrase: Option<&str>,
) -> Result<(), KeyFileError> {
    let io = |source| KeyFileError::Io {
        path: path.to_owned(),
        source,
    };
    let file = match passphrase {
        None => KeyFile {
            format: FORMAT.into(),
            kind,
            protection: None,
            key: URL_SAFE_NO_PAD.encode(secret),
        },
        Some(pass) => {
            let salt: [u8; 16] = reach_core::rng::array();
            let nonce: [u8; NONCE_LEN] = reach_core::rng::array();
            let protection = Protection {
                kdf: "argon2id".into(),
                m_cost_kib: ARGON2_M_COST_KIB,
                t_cost: ARGON2_T_COST,
                p_cost: ARGON2_P_COST,
                salt: URL_SAFE_NO_PAD.encode(salt),
                aead: "aes-256-gcm".into(),
                nonce: URL_SAFE_NO_PAD.encode(nonce),
            };
            let key = protection.derive(pass, path)?;
            let mut in_out = secret.to_vec();
            key.seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(protection.aad(kind).as_bytes()),
                &mut in_out,
            )
            .map_err(|_| KeyFileError::Corrupt(path.to_owned()))?;
            KeyFile {
                format: FORMAT.into(),
                kind,
                key: URL_SAFE_NO_PAD.encode(&in_out),
                protection: Some(protection),
            }
        }
    };
    let text = Zeroizing::new(serde_json::to_string_pretty(&file).expect("serialises") + "\n");
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                KeyFileError::Exists(path.to_owned())
            } else {
                io(e)
            }
        })?;
    f.write_all(text.as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)?;
    Ok(())
}

/// Reads the key of `kind` from `path`, decrypting with `passphrase` if the file is protected.
pub fn read(
    path: &Path,
    kind: KeyKind,
    passphrase: Option<&str>,
) -> Result<Zeroizing<Vec<u8>>, KeyFileError> {
    let corrupt = || KeyFileError::Corrupt(path.to_owned());
    let mut text = Zeroizing::new(String::new());
    File::open(path)
        .and_then(|mut f| f.read_to_string(&mut text))
        .map_err(|source| KeyFileError::Io {
            path: path.to_owned(),
            source,
        })?;
    let file: KeyFile = serde_json::from_str(&text).map_err(|_| corrupt())?;
    if file.format != FORMAT || file.kind != kind {
        return Err(corrupt());
    }
    let raw = Zeroizing::new(URL_SAFE_NO_PAD.decode(&file.key).map_err(|_| corrupt())?);
    let Some(protection) = &file.protection else {
        return Ok(raw);
    };
    let pass = passphrase.ok_or_else(|| KeyFileError::PassphraseRequired(path.to_owned()))?;
    let nonce: [u8; NONCE_LEN] = URL_SAFE_NO_PAD
        .decode(&protection.nonce)
        .ok()
        .and_then(|n| n.try_into().ok())
        .ok_or_else(corrupt)?;
    let key = protection.derive(pass, path)?;
    let mut in_out = raw;
    let plain = key
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(protection.aad(kind).as_bytes()),
            &mut in_out,
        )
        .map_err(|_| KeyFileError::WrongPassphrase(path.to_owned()))?;
    Ok(Zeroizing::new(plain.to_vec()))
}

/// Whether the file at `path` is passphrase-protected (for messages and tests).
pub fn is_protected(path: &Path) -> Result<bool, KeyFileError> {
    let text = std::fs::read_to_string(path).map_err(|source| KeyFileError::Io {
        path: path.to_owned(),
        source,
    })?;
    let file: KeyFile =
        serde_json::from_str(&text).map_err(|_| KeyFileError::Corrupt(path.to_owned()))?;
    Ok(file.protection.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_plain_and_protected() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.key");
        write(&p, KeyKind::HpkeX25519, b"secret bytes", None).unwrap();
        assert_eq!(
            &read(&p, KeyKind::HpkeX25519, None).unwrap()[..],
            b"secret bytes"
        );
        assert!(matches!(
            read(&p, KeyKind::ReceiptEd25519, None),
            Err(KeyFileError::Corrupt(_))
        ));
        assert!(matches!(
            write(&p, KeyKind::HpkeX25519, b"x", None),
            Err(KeyFileError::Exists(_))
        ));

        let q = dir.path().join("b.key");
        write(&q, KeyKind::ReceiptEd25519, b"pkcs8", Some("correct horse")).unwrap();
        assert!(
            !std::fs::read_to_string(&q)
                .unwrap()
                .contains(&URL_SAFE_NO_PAD.encode(b"pkcs8"))
        );
        assert_eq!(
            &read(&q, KeyKind::ReceiptEd25519, Some("correct horse")).unwrap()[..],
            b"pkcs8"
        );
        assert!(matches!(
            read(&q, KeyKind::ReceiptEd25519, Some("wrong")),
            Err(KeyFileError::WrongPassphrase(_))
        ));
        assert!(matches!(
            read(&q, KeyKind::ReceiptEd25519, None),
            Err(KeyFileError::PassphraseRequired(_))
        ));
    }

    #[test]
    fn weakened_parameters_do_not_decrypt() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.key");
        write(&p, KeyKind::HpkeX25519, b"k", Some("pw")).unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        let weakened = text.replace(&format!("\"t_cost\": {ARGON2_T_COST}"), "\"t_cost\": 1");
        assert_ne!(text, weakened);
        let q = dir.path().join("d.key");
        std::fs::write(&q, weakened).unwrap();
        assert!(matches!(
            read(&q, KeyKind::HpkeX25519, Some("pw")),
            Err(KeyFileError::WrongPassphrase(_))
        ));
    }
}
