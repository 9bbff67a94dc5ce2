//! Wiping the store: crypto-shredding first (the device secret), then the database's pages and
//! files. Every step is attempted even if an earlier one fails; the first error is reported.

use std::path::Path;

use rusqlite::Connection;

use super::*;

impl Store {
    /// Destroys everything, without needing the PIN (a panic button must work at the lock
    /// screen). Crypto-shredding first: the device secret is overwritten and deleted and the
    /// wrapped key row zeroed, *then* the database files are overwritten and deleted. After
    /// this no copy of the old database opens, even with the PIN.
    pub fn wipe(mut self) -> Result<()> {
        self.wipe_in_place()
    }

    /// [`Store::wipe`] through a shared reference to the store, for a caller that cannot take
    /// it by value because something else (a status check waiting on the network, a delivery
    /// pass) still holds a handle to it. A panic wipe must never answer "busy" and do nothing.
    ///
    /// Every step is attempted even if an earlier one fails; the first error is returned. The
    /// store stays a value but refers to nothing: its database is replaced by an empty
    /// in-memory one, so every later operation fails instead of touching the disk again.
    pub fn wipe_in_place(&mut self) -> Result<()> {
        self.data_key = None;
        let mut first = FirstError::default();
        // 1. Crypto-shredding: without the device secret no copy of the database ever opens.
        first.note(self.device.destroy());
        // 2. Zero what is still in the live file (secure_delete zeroes freed pages).
        first.note(scrub_database(&self.conn));
        // 3. Close the file. An empty in-memory database takes its place.
        match Connection::open_in_memory() {
            Ok(empty) => {
                let old = std::mem::replace(&mut self.conn, empty);
                first.note(old.close().map_err(|(_, e)| StoreError::from(e)));
            }
            Err(e) => first.note(Err(e.into())),
        }
        // 4. Overwrite and delete the files themselves.
        remove_all_files(&self.dir, &mut first);
        first.into_result()
    }

    /// Wipes the store in `dir` without opening it (e.g. when it is damaged or the app cannot
    /// start normally). Safe to call on a directory with no store.
    pub fn wipe_dir(dir: &Path) -> Result<()> {
        Self::wipe_dir_with_secret(dir, &*secret_for_dir(dir))
    }

    /// As [`Store::wipe_dir`], with the device secret kept elsewhere.
    pub fn wipe_dir_with_secret(dir: &Path, device: &dyn DeviceSecret) -> Result<()> {
        let db_path = dir.join(DB_FILE);
        let conn = if db_path.exists() {
            open_connection(&db_path, false).ok()
        } else {
            None
        };
        wipe_inner(dir, conn, device)
    }
}

/// The first error of a sequence of steps that must all be attempted (a wipe must not stop at
/// the first failure: everything it can still destroy, it destroys).
#[derive(Default)]
struct FirstError(Option<StoreError>);

impl FirstError {
    fn note(&mut self, r: Result<()>) {
        if let Err(e) = r
            && self.0.is_none()
        {
            self.0 = Some(e);
        }
    }

    fn into_result(self) -> Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// Zeroes the wrapped key and drops every row (secure_delete zeroes the freed pages), then
/// flushes the WAL, so that even the live file holds nothing useful if deletion fails.
fn scrub_database(conn: &Connection) -> Result<()> {
    let mut first = FirstError::default();
    first.note(
        conn.execute_batch(
            "UPDATE data_key SET wrapped = zeroblob(length(wrapped)),
                                 kdf_salt = zeroblob(length(kdf_salt));
             DELETE FROM secrets;
             DELETE FROM drafts;
             DELETE FROM outbox;",
        )
        .map_err(StoreError::from),
    );
    // Absent from a database that was never migrated to schema 2 (`wipe_dir` does not
    // migrate), hence not an error; it is useless without the device secret anyway.
    let _ = conn.execute("DELETE FROM duress_pin", []);
    // Likewise absent before schema 6.
    let _ = conn.execute("DELETE FROM replies", []);
    // And before schema 7.
    let _ = conn.execute("DELETE FROM feedback", []);
    first.note(checkpoint(conn));
    first.into_result()
}

/// Overwrites and deletes every file a store may have in `dir`.
fn remove_all_files(dir: &Path, first: &mut FirstError) {
    first.note(remove_db_files(dir));
    first.note(device::shred_file(&dir.join(DEVICE_KEY_FILE)));
    // The keyring reference (`device.ref`) goes with its entry in `destroy`; if the keyring
    // could not be reached it stays, so that the wipe, called again, can still find and delete
    // the entry (a copy of the database taken earlier would open with it).
    match std::fs::remove_file(dir.join(SYNC_LOCK_FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => first.note(Err(StoreError::Io(e))),
        _ => {}
    }
}

fn wipe_inner(dir: &Path, conn: Option<Connection>, device: &dyn DeviceSecret) -> Result<()> {
    let mut first = FirstError::default();
    first.note(device.destroy());
    if let Some(conn) = conn {
        first.note(scrub_database(&conn));
        first.note(conn.close().map_err(|(_, e)| StoreError::from(e)));
    }
    remove_all_files(dir, &mut first);
    first.into_result()
}
