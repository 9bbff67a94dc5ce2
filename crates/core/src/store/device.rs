//! The device secret: the half of the key-encryption key that never depends on the PIN.
//!
//! On desktop and in tests it is a 32-byte file next to the database; on mobile it will live in
//! the OS keystore (Android Keystore / iOS Keychain), which is why it hides behind the
//! [`DeviceSecret`] trait. Destroying it is what makes a wipe final: without it, no copy of the
//! database can ever be decrypted, whatever PIN is tried.

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
}

/// The device secret as a file (`device.key`, mode 0600), for desktop builds and tests.
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
        let secret: Key = Key::new(crate::rng::array());
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut file = options.open(&self.path).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => StoreError::AlreadyExists,
            _ => StoreError::Io(e),
        })?;
        file.write_all(&secret[..])?;
        file.sync_all()?;
        sync_parent(&self.path)
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
