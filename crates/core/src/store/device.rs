//! The device secret: the half of the key-encryption key that never depends on the PIN.
//!
//! It must live *outside* the data directory: a copy of that directory plus a secret kept in it
//! is all an attacker needs to try every PIN offline. So the app keeps it in the OS keyring
//! (`KeyringDeviceSecret`, feature `keyring`: the Secret Service on Linux) and, on mobile, in
//! the OS keystore (Android Keystore / iOS Keychain; designed in `docs/device-secret.md`),
//! which is why it hides behind the [`DeviceSecret`] trait. [`FileDeviceSecret`] — a 32-byte
//! file next to the database — is the documented fallback where no keyring is reachable (the
//! app reports it as "less protected") and what tests use. Destroying the secret is what makes
//! a wipe final: without it, no copy of the database can ever be decrypted, whatever PIN is
//! tried.
//!
//! Which kind a store uses is decided once, at creation, and remembered ([`secret_for_dir`]):
//! a store made with the file never looks for a keyring entry, and vice versa.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

use super::StoreError;
use super::crypto::{KEY_LEN, Key};

/// Where the device secret is kept. Implementations must generate it with [`crate::rng`], never
/// log it, and make [`DeviceSecret::destroy`] irreversible as far as the platform allows.
pub trait DeviceSecret: Send {
    /// Generates and persists a fresh secret. Fails with [`StoreError::AlreadyExists`] if one is
    /// already there: silently replacing it would make the existing store unreadable.
    fn create(&self) -> Result<(), StoreError>;

    /// Reads the secret. [`StoreError::DeviceSecretUnavailable`] if it is gone (wiped, or the
    /// keystore was reset).
    fn load(&self) -> Result<Key, StoreError>;

    /// Destroys the secret for good. Succeeds if there is nothing to destroy.
    fn destroy(&self) -> Result<(), StoreError>;

    /// Replaces the secret with a fresh one and returns it; the old one is gone for good.
    /// Implementations should do it in place (the same file, the same keystore entry) where
    /// the platform allows, so that the duress PIN's reset leaves no freshly created item
    /// behind. The default destroys and creates.
    fn replace(&self) -> Result<Key, StoreError> {
        self.destroy()?;
        self.create()?;
        self.load()
    }

    /// Where the secret lives, so that the app can tell the person how well it is protected.
    fn kind(&self) -> DeviceSecretKind;
}

/// Where a store's device secret lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeviceSecretKind {
    /// `device.key` in the data directory: a copy of the directory can be attacked offline
    /// (every PIN tried at Argon2id speed). The fallback where no OS keyring is reachable.
    File,
    /// The OS keyring (Secret Service on Linux): a copy of the data directory is useless
    /// without it.
    Keyring,
}

impl DeviceSecretKind {
    /// How the app's IPC names it (`app_state.device_secret`, the contract's spelling).
    pub fn code(self) -> reach_contract::view::DeviceSecretPlace {
        use reach_contract::view::DeviceSecretPlace;
        match self {
            Self::File => DeviceSecretPlace::File,
            Self::Keyring => DeviceSecretPlace::Keyring,
        }
    }

    /// Whether a copy of the data directory alone allows guessing the PIN offline.
    pub fn less_protected(self) -> bool {
        self == Self::File
    }
}

/// A fresh (not yet created) device secret of `kind` for a new store in `dir`.
/// [`StoreError::DeviceSecretUnavailable`] for a kind this build cannot provide.
pub fn new_secret(kind: DeviceSecretKind, dir: &Path) -> Result<Box<dyn DeviceSecret>, StoreError> {
    match kind {
        DeviceSecretKind::File => Ok(Box::new(FileDeviceSecret::in_dir(dir))),
        #[cfg(feature = "keyring")]
        DeviceSecretKind::Keyring => Ok(Box::new(super::os_keyring::KeyringDeviceSecret::new_in(
            dir,
        ))),
        #[cfg(not(feature = "keyring"))]
        DeviceSecretKind::Keyring => Err(StoreError::DeviceSecretUnavailable),
    }
}

/// The device secret of the existing store in `dir`, of the kind it was created with: the
/// keyring entry named by `device.ref` if that file is there, else `device.key`. In a build
/// without the `keyring` feature a keyring store's secret is simply unavailable.
pub fn secret_for_dir(dir: &Path) -> Box<dyn DeviceSecret> {
    if dir.join(KEYRING_REF_FILE).exists() {
        #[cfg(feature = "keyring")]
        return Box::new(super::os_keyring::KeyringDeviceSecret::open_in(dir));
        #[cfg(not(feature = "keyring"))]
        return Box::new(UnavailableDeviceSecret {
            ref_path: dir.join(KEYRING_REF_FILE),
        });
    }
    Box::new(FileDeviceSecret::in_dir(dir))
}

/// Name of the small, non-secret file that says "this store's secret is in the OS keyring"
/// and which entry (a random id). Deleted by the secret's `destroy`.
pub const KEYRING_REF_FILE: &str = "device.ref";

/// A keyring store opened by a build that has no keyring support: nothing to load; destroying
/// it removes the reference so that the directory can be set up again.
#[cfg(not(feature = "keyring"))]
struct UnavailableDeviceSecret {
    ref_path: PathBuf,
}

#[cfg(not(feature = "keyring"))]
impl DeviceSecret for UnavailableDeviceSecret {
    fn create(&self) -> Result<(), StoreError> {
        Err(StoreError::DeviceSecretUnavailable)
    }
    fn load(&self) -> Result<Key, StoreError> {
        Err(StoreError::DeviceSecretUnavailable)
    }
    fn destroy(&self) -> Result<(), StoreError> {
        shred_file(&self.ref_path)
    }
    fn kind(&self) -> DeviceSecretKind {
        DeviceSecretKind::Keyring
    }
}

/// The device secret as a file (`device.key`, mode 0600) beside the database: the fallback
/// where no OS keyring is reachable, and what tests use. A copy of the data directory includes
/// it, so it protects only against an attacker who gets the database without this file.
#[derive(Debug, Clone)]
pub struct FileDeviceSecret {
    path: PathBuf,
}

/// File name of the device secret inside the data directory.
pub const DEVICE_KEY_FILE: &str = "device.key";

impl FileDeviceSecret {
    /// The secret file of the store in `dir`.
    pub fn in_dir(dir: &Path) -> Self {
        Self {
            path: dir.join(DEVICE_KEY_FILE),
        }
    }

    /// The file's path (for wiping and for tests).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl DeviceSecret for FileDeviceSecret {
    fn create(&self) -> Result<(), StoreError> {
        // A keyring reference left by a wipe that failed part-way would make the new store
        // look for a keyring entry: from now on this store's secret is the file.
        if let Some(dir) = self.path.parent() {
            clear_stale_keyring_ref(dir);
        }
        let secret: Key = Key::new(crate::rng::array());
        write_new_private_file(&self.path, &secret[..])
    }

    fn load(&self) -> Result<Key, StoreError> {
        let mut file = File::open(&self.path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => StoreError::DeviceSecretUnavailable,
            _ => StoreError::Io(e),
        })?;
        let mut secret = Key::new([0u8; KEY_LEN]);
        file.read_exact(&mut secret[..])
            .map_err(|_| StoreError::DeviceSecretUnavailable)?;
        // A longer file is not ours: refuse rather than guess.
        let mut extra = [0u8; 1];
        if file.read(&mut extra)? != 0 {
            return Err(StoreError::DeviceSecretUnavailable);
        }
        Ok(secret)
    }

    fn destroy(&self) -> Result<(), StoreError> {
        shred_file(&self.path)
    }

    /// Overwrites the existing file's bytes (same inode, same creation time), then flushes.
    fn replace(&self) -> Result<Key, StoreError> {
        let mut file = match OpenOptions::new().write(true).open(&self.path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                self.create()?;
                return self.load();
            }
            Err(e) => return Err(e.into()),
        };
        let secret: Key = Key::new(crate::rng::array());
        file.write_all(&secret[..])?;
        file.set_len(KEY_LEN as u64)?;
        file.sync_all()?;
        Ok(secret)
    }

    fn kind(&self) -> DeviceSecretKind {
        DeviceSecretKind::File
    }
}

/// Writes a NEW file (mode 0600; [`StoreError::AlreadyExists`] if it is there) durably.
pub(crate) fn write_new_private_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => StoreError::AlreadyExists,
        _ => StoreError::Io(e),
    })?;
    file.write_all(bytes)?;
    file.sync_all()?;
    sync_parent(path)
}

/// Best effort: destroys the secret a leftover `device.ref` names (a store whose wipe could not
/// reach the keyring) and removes the reference. Only called when creating a new store, i.e.
/// when there is no database the reference could belong to.
pub(crate) fn clear_stale_keyring_ref(dir: &Path) {
    if dir.join(KEYRING_REF_FILE).exists() && !dir.join(super::DB_FILE).exists() {
        let _ = secret_for_dir(dir).destroy();
        let _ = shred_file(&dir.join(KEYRING_REF_FILE));
    }
}

/// Overwrites a file with zeros (same length), flushes it to disk, then deletes it. On flash
/// storage the old blocks may survive the overwrite; that is why the store relies on crypto-
/// shredding (destroying this small key) rather than on overwriting the database.
pub(crate) fn shred_file(path: &Path) -> Result<(), StoreError> {
    match OpenOptions::new().write(true).open(path) {
        Ok(mut file) => {
            let len = file.metadata()?.len();
            let zeros = [0u8; 4096];
            let mut left = len;
            while left > 0 {
                let n = left.min(zeros.len() as u64) as usize;
                file.write_all(&zeros[..n])?;
                left -= n as u64;
            }
            file.sync_all()?;
            drop(file);
            fs::remove_file(path)?;
            sync_parent(path)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Makes a file creation or deletion durable (fsync of the directory) where the platform can.
pub(crate) fn sync_parent(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
