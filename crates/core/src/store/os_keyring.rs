//! The device secret in the OS keyring: on Linux the Secret Service (GNOME Keyring, KWallet…)
//! through the `keyring` crate's blocking backend (libdbus, encrypted D-Bus session). Blocking
//! is fine: the store's callers run it off the UI thread.
//!
//! Each store has its own entry, named by a random id that a small non-secret file in the data
//! directory holds ([`KEYRING_REF_FILE`]). The entry is deliberately dull to look at, since
//! anyone holding the unlocked computer can browse the keyring: label `Calculator`, attributes
//! `service = calculator`, `username = <32 random hex digits>` — nothing that names Reach, a
//! hotline or a PIN, and nothing that is the same on two devices.
//!
//! A copy of the data directory taken to another machine or user account finds no such entry:
//! the store reports [`StoreError::DeviceSecretUnavailable`] and no PIN can be tried offline.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use zeroize::Zeroize as _;

use super::StoreError;
use super::crypto::{KEY_LEN, Key};
use super::device::{
    DeviceSecret, DeviceSecretKind, KEYRING_REF_FILE, shred_file, write_new_private_file,
};

/// The entry's `service` attribute: neutral, matching the app's disguise.
pub const KEYRING_SERVICE: &str = "calculator";
/// The entry's label, as a keyring browser shows it.
pub const KEYRING_LABEL: &str = "Calculator";
/// Hex digits of an entry id (16 random bytes).
const ID_HEX_LEN: usize = 32;

/// The device secret as an OS keyring entry, with its reference file in the data directory.
#[derive(Debug, Clone)]
pub struct KeyringDeviceSecret {
    ref_path: PathBuf,
    /// `None` when the reference file of an existing store is missing or malformed: then the
    /// secret is unavailable and `destroy` only removes the file.
    id: Option<String>,
}

impl KeyringDeviceSecret {
    /// A new secret for a store about to be created in `dir`, under a fresh random id.
    /// Nothing is written until [`DeviceSecret::create`].
    pub fn new_in(dir: &Path) -> Self {
        Self {
            ref_path: dir.join(KEYRING_REF_FILE),
            id: Some(hex::encode(crate::rng::array::<16>())),
        }
    }

    /// The secret of the existing store in `dir`, named by its reference file.
    pub fn open_in(dir: &Path) -> Self {
        let id = fs::read_to_string(dir.join(KEYRING_REF_FILE))
            .ok()
            .map(|s| s.trim().to_owned())
            .filter(|s| s.len() == ID_HEX_LEN && s.bytes().all(|b| b.is_ascii_hexdigit()));
        Self {
            ref_path: dir.join(KEYRING_REF_FILE),
            id,
        }
    }

    /// The entry's id (the `username` attribute), for tests and diagnostics. Not secret.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

impl DeviceSecret for KeyringDeviceSecret {
    fn create(&self) -> Result<(), StoreError> {
        let id = self
            .id
            .as_deref()
            .ok_or(StoreError::DeviceSecretUnavailable)?;
        if let Some(dir) = self.ref_path.parent()
            && Self::open_in(dir).id.as_deref() != Some(id)
        {
            super::device::clear_stale_keyring_ref(dir);
        }
        // Never replace an entry: it would make the store that uses it unreadable.
        match platform::get(id) {
            Ok(mut old) => {
                old.zeroize();
                return Err(StoreError::AlreadyExists);
            }
            Err(Missing::NoEntry) => {}
            Err(Missing::Unreachable) => return Err(StoreError::DeviceSecretUnavailable),
        }
        // The reference first: a crash in between leaves a reference to nothing (harmless, and
        // cleared by the next creation), never an entry nobody knows about.
        write_new_private_file(&self.ref_path, id.as_bytes())?;
        let secret = Key::new(crate::rng::array());
        if platform::set(id, &secret[..]).is_err() {
            let _ = shred_file(&self.ref_path);
            return Err(StoreError::DeviceSecretUnavailable);
        }
        Ok(())
    }

    fn load(&self) -> Result<Key, StoreError> {
        let id = self
            .id
            .as_deref()
            .ok_or(StoreError::DeviceSecretUnavailable)?;
        let mut bytes = platform::get(id).map_err(|_| StoreError::DeviceSecretUnavailable)?;
        let key = <[u8; KEY_LEN]>::try_from(bytes.as_slice())
            .map(Key::new)
            .map_err(|_| StoreError::DeviceSecretUnavailable);
        bytes.zeroize();
        key
    }

    fn destroy(&self) -> Result<(), StoreError> {
        if let Some(id) = self.id.as_deref() {
            match platform::delete(id) {
                Ok(()) | Err(Missing::NoEntry) => {}
                // Keep the reference, so that a later wipe can still find the entry.
                Err(Missing::Unreachable) => {
                    return Err(StoreError::Io(io::Error::other(
                        "the OS keyring is not reachable",
                    )));
                }
            }
        }
        shred_file(&self.ref_path)
    }

    fn kind(&self) -> DeviceSecretKind {
        DeviceSecretKind::Keyring
    }
}

/// Why an entry could not be read or deleted.
#[derive(Debug)]
enum Missing {
    /// The keyring answered: there is no such entry.
    NoEntry,
    /// No keyring reachable, locked, refused, or several entries with the same id.
    Unreachable,
}

#[cfg(target_os = "linux")]
mod platform {
    use super::{KEYRING_LABEL, KEYRING_SERVICE, Missing};
    use keyring::secret_service::SsCredential;

    fn entry(id: &str) -> Result<keyring::Entry, Missing> {
        let mut credential = SsCredential::new_with_target(None, KEYRING_SERVICE, id)
            .map_err(|_| Missing::Unreachable)?;
        // The crate's default label and `application` attribute name the crate and the
        // service; keep them as neutral as the rest.
        credential.label = KEYRING_LABEL.to_owned();
        credential
            .attributes
            .insert("application".to_owned(), KEYRING_SERVICE.to_owned());
        Ok(keyring::Entry::new_with_credential(Box::new(credential)))
    }

    fn classify(e: keyring::Error) -> Missing {
        match e {
            keyring::Error::NoEntry => Missing::NoEntry,
            _ => Missing::Unreachable,
        }
    }

    pub(super) fn get(id: &str) -> Result<Vec<u8>, Missing> {
        entry(id)?.get_secret().map_err(classify)
    }

    pub(super) fn set(id: &str, secret: &[u8]) -> Result<(), Missing> {
        entry(id)?.set_secret(secret).map_err(classify)
    }

    pub(super) fn delete(id: &str) -> Result<(), Missing> {
        entry(id)?.delete_credential().map_err(classify)
    }
}

/// No OS keyring backend on this platform (yet): every call reports it unreachable, so the app
/// falls back to the file.
#[cfg(not(target_os = "linux"))]
mod platform {
    use super::Missing;

    pub(super) fn get(_id: &str) -> Result<Vec<u8>, Missing> {
        Err(Missing::Unreachable)
    }

    pub(super) fn set(_id: &str, _secret: &[u8]) -> Result<(), Missing> {
        Err(Missing::Unreachable)
    }

    pub(super) fn delete(_id: &str) -> Result<(), Missing> {
        Err(Missing::Unreachable)
    }
}
