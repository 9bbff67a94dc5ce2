//! The store's files: owner-only permissions, opening SQLite, the old file name, removal.

use super::*;

/// Owner-only permissions on the data directory (0700) and on every file the store has in it
/// (0600), set explicitly on every create and open: a folder made by someone else first (the
/// platform's app-data folder, made 0755 by the shell) or a file made under a loose umask must
/// not stay readable by other users or apps on a shared device. SQLite gives its WAL and
/// shared-memory files the database file's mode, so they follow.
pub(super) fn restrict_permissions(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        let mut files = db_files(dir);
        files.push(dir.join(DEVICE_KEY_FILE));
        files.push(dir.join(KEYRING_REF_FILE));
        files.push(dir.join(SYNC_LOCK_FILE));
        for file in files {
            match fs::set_permissions(&file, fs::Permissions::from_mode(0o600)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

pub(super) fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    Ok(())
}

/// Opens the database and applies the PRAGMAs every connection must have.
pub(super) fn open_connection(path: &Path, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // secure_delete first, so that nothing freed from here on keeps its old content.
    conn.execute_batch(
        "PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA foreign_keys = ON;",
    )?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    let secure_delete: i64 = conn.query_row("PRAGMA secure_delete", [], |r| r.get(0))?;
    let synchronous: i64 = conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") || secure_delete != 1 || synchronous != 2 {
        return Err(StoreError::Database(
            "the database refused a required setting".into(),
        ));
    }
    Ok(conn)
}

/// A store made under the old, telling file name (`reach.db`, with its WAL and shared-memory
/// files) is renamed to [`DB_FILE`], so that no file in the folder names the app. Best effort:
/// if a rename fails the old name stays and the store is not found (never half-moved: the
/// database file goes last).
pub(super) fn adopt_legacy_name(dir: &Path) {
    let legacy = dir.join(LEGACY_DB_FILE);
    if !legacy.exists() || dir.join(DB_FILE).exists() {
        return;
    }
    for suffix in DB_COMPANION_SUFFIXES {
        let from = dir.join(format!("{LEGACY_DB_FILE}{suffix}"));
        if from.exists() && fs::rename(&from, dir.join(format!("{DB_FILE}{suffix}"))).is_err() {
            return;
        }
    }
    let _ = fs::rename(legacy, dir.join(DB_FILE));
}

pub(super) fn checkpoint(conn: &Connection) -> Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

fn db_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = vec![dir.join(DB_FILE)];
    for suffix in DB_COMPANION_SUFFIXES {
        files.push(dir.join(format!("{DB_FILE}{suffix}")));
    }
    files
}

pub(super) fn remove_db_files(dir: &Path) -> Result<()> {
    let mut first = Ok(());
    for f in db_files(dir) {
        if let Err(e) = device::shred_file(&f)
            && first.is_ok()
        {
            first = Err(e);
        }
    }
    first
}
