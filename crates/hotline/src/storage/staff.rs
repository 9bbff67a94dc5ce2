//! The `staff` table of the accounts database (`staff.db`, in the keys directory): names, roles,
//! password hashes, TOTP secrets and the lockout counters. Hashing, codes and the lockout rules
//! are [`crate::staff`]'s.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension as _, params};

use super::{AccountRow, LoginRow, NewAccount, StaffStore, StorageError, migrations};

/// The accounts database on SQLite. Its owner ([`crate::staff::StaffDb`]) is used by one
/// caller at a time (the inbox keeps it under a lock).
pub(crate) struct SqliteStaff {
    conn: Connection,
}

impl SqliteStaff {
    /// Opens (creating if needed) an accounts database file.
    pub(crate) fn open(path: &Path) -> Result<Self, StorageError> {
        Ok(Self {
            conn: migrations::open_staff_db(path)?,
        })
    }
}

impl StaffStore for SqliteStaff {
    fn count(&self) -> Result<u64, StorageError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM staff", [], |r| r.get(0))?)
    }

    fn insert(&self, a: &NewAccount<'_>) -> Result<bool, StorageError> {
        let inserted = self.conn.execute(
            "INSERT INTO staff (name, role, password_hash, totp_secret) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO NOTHING",
            params![a.name, a.role, a.password_hash, a.totp_secret],
        )?;
        Ok(inserted > 0)
    }

    fn login_row(&self, name: &str) -> Result<Option<LoginRow>, StorageError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, role, password_hash, totp_secret, totp_last_step, failures,
                        locked_until, disabled FROM staff WHERE name = ?1",
                [name],
                |r| {
                    Ok(LoginRow {
                        id: r.get(0)?,
                        role: r.get(1)?,
                        password_hash: r.get(2)?,
                        totp_secret: r.get(3)?,
                        totp_last_step: r.get(4)?,
                        failures: r.get(5)?,
                        locked_until: r.get(6)?,
                        disabled: r.get(7)?,
                    })
                },
            )
            .optional()?)
    }

    fn login_succeeded(&self, id: i64, step: i64) -> Result<(), StorageError> {
        self.conn.execute(
            "UPDATE staff SET failures = 0, locked_until = 0, totp_last_step = ?2
             WHERE id = ?1",
            params![id, step],
        )?;
        Ok(())
    }

    fn login_failed(&self, id: i64, failures: u32, locked_until: i64) -> Result<(), StorageError> {
        self.conn.execute(
            "UPDATE staff SET failures = ?2, locked_until = ?3 WHERE id = ?1",
            params![id, failures, locked_until],
        )?;
        Ok(())
    }

    fn enabled_names(&self) -> Result<Vec<String>, StorageError> {
        let mut st = self
            .conn
            .prepare("SELECT name FROM staff WHERE disabled = 0 ORDER BY name")?;
        let names = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(names)
    }

    fn accounts(&self, now: i64) -> Result<Vec<AccountRow>, StorageError> {
        let mut st = self
            .conn
            .prepare("SELECT name, role, disabled, locked_until > ?1 FROM staff ORDER BY name")?;
        let rows = st
            .query_map([now], |r| {
                Ok(AccountRow {
                    name: r.get(0)?,
                    role: r.get(1)?,
                    disabled: r.get(2)?,
                    locked: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    fn find(&self, name: &str) -> Result<Option<(i64, String)>, StorageError> {
        Ok(self
            .conn
            .query_row("SELECT id, role FROM staff WHERE name = ?1", [name], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?)
    }

    fn set_role(&self, id: i64, role: &str) -> Result<(), StorageError> {
        self.conn.execute(
            "UPDATE staff SET role = ?2 WHERE id = ?1",
            params![id, role],
        )?;
        Ok(())
    }

    fn set_disabled(&self, id: i64, disabled: bool) -> Result<(), StorageError> {
        self.conn.execute(
            "UPDATE staff SET disabled = ?2 WHERE id = ?1",
            params![id, disabled],
        )?;
        Ok(())
    }

    fn reset_credentials(
        &self,
        id: i64,
        password_hash: &str,
        totp_secret: &[u8],
    ) -> Result<(), StorageError> {
        self.conn.execute(
            "UPDATE staff SET password_hash = ?2, totp_secret = ?3, totp_last_step = 0,
                              failures = 0, locked_until = 0 WHERE id = ?1",
            params![id, password_hash, totp_secret],
        )?;
        Ok(())
    }
}
