//! Staff accounts for the inbox: a password (Argon2id, PHC string) and a TOTP second factor
//! (RFC 6238: SHA-1, 6 digits, 30 s — what every authenticator app reads), three roles, and a
//! lockout that backs off after failed logins.
//!
//! The accounts live in their own database, `staff.db` in the **keys** directory: the serving
//! process (`serve`), which faces the internet, never reads that directory, so a break-in there
//! finds neither the key that opens requests nor the staff's second factors.
//!
//! Rules, each tested below:
//! * a login names no factor when it fails: a wrong name, password or code all read alike, and
//!   an unknown name costs the same Argon2id work as a known one;
//! * a code is good once: a code (or an older one) used before is refused;
//! * after [`FREE_FAILURES`] failures in a row, each further failure locks the account for
//!   twice as long as the one before (from [`FIRST_LOCK_SECS`] up to [`MAX_LOCK_SECS`]); a
//!   login while locked is refused without checking anything, and says until when;
//! * only an admin adds, disables or resets accounts and sets roles; nobody changes their own
//!   role (so nobody can raise it).

use std::path::Path;

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use subtle::ConstantTimeEq as _;
use totp_rs::{Algorithm, TOTP};
use zeroize::Zeroizing;

use crate::storage::{NewAccount, SqliteStaff, StaffStore, StorageError};

/// The accounts database's file name, in the keys directory.
pub const STAFF_DB_FILE: &str = "staff.db";
/// Failures in a row allowed before the first lock.
pub const FREE_FAILURES: u32 = 5;
/// The first lock's length; each further failure doubles it.
pub const FIRST_LOCK_SECS: i64 = 30;
/// The longest lock.
pub const MAX_LOCK_SECS: i64 = 3600;
/// Seconds a TOTP code stands for.
const STEP_SECS: u64 = 30;
/// Random bytes of a TOTP secret (160 bits, RFC 4226's recommendation).
const TOTP_SECRET_LEN: usize = 20;
/// Characters of a generated password (base32, 130 bits).
const PASSWORD_BYTES: usize = 16;

/// What a staff member may do; ordered, each role includes the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Reads, assigns to themselves, answers.
    Operator,
    /// Also assigns to others and closes.
    Supervisor,
    /// Also manages accounts.
    Admin,
}

impl Role {
    /// The stored and command-line spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Operator => "operator",
            Role::Supervisor => "supervisor",
            Role::Admin => "admin",
        }
    }

    /// The role with this spelling.
    pub fn parse(s: &str) -> Option<Role> {
        [Role::Operator, Role::Supervisor, Role::Admin]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// A logged-in (or listed) staff member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    /// Row id.
    pub id: i64,
    /// Login name.
    pub name: String,
    /// What they may do.
    pub role: Role,
}

/// One account as the admins' page lists it: no password hash, no secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Login name.
    pub name: String,
    /// What they may do.
    pub role: Role,
    /// They cannot log in.
    pub disabled: bool,
    /// Failed logins lock them out for now (the lock lifts by itself, or with a reset).
    pub locked: bool,
}

/// What a new or reset account is given, shown once to the admin who made it.
pub struct Credentials {
    /// The password (the staff member should keep it in a password manager).
    pub password: Zeroizing<String>,
    /// `otpauth://totp/…` for the authenticator app.
    pub otpauth_uri: Zeroizing<String>,
}

/// Why an account operation or a login was refused.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// Wrong name, password or code: deliberately not saying which.
    #[error("wrong name, password or code")]
    BadLogin,
    /// Too many failures: no login until then (unix seconds).
    #[error("locked after too many failed logins; try again in {retry_after_secs} s")]
    Locked {
        /// Seconds until the lock lifts.
        retry_after_secs: i64,
    },
    /// The acting staff member may not do this.
    #[error("not allowed for this role")]
    Forbidden,
    /// Nobody changes their own role.
    #[error("nobody can change their own role")]
    OwnRole,
    /// A name must be 1–64 of a–z, 0–9, `.`, `_`, `-`.
    #[error("a staff name is 1 to 64 of a-z, 0-9, '.', '_', '-'")]
    BadName,
    /// The name is taken.
    #[error("a staff member with that name exists")]
    NameTaken,
    /// No such staff member.
    #[error("no such staff member")]
    Unknown,
    /// The database failed, or its schema could not be brought up to date.
    #[error("staff database: {0}")]
    Db(#[from] StorageError),
    /// Hashing failed (only with broken parameters).
    #[error("password hashing failed")]
    Hash,
}

/// The accounts database.
pub struct StaffDb {
    store: Box<dyn StaffStore>,
    /// A hash of a random password, checked when the name is unknown, so that an unknown name
    /// costs what a known one does.
    decoy_hash: String,
}

fn hasher() -> argon2::Argon2<'static> {
    // The crate's default, OWASP's recommendation (Argon2id, 19 MiB, 2 passes): a login that
    // the lockout already rate-limits, on a server that must answer several staff at once.
    argon2::Argon2::default()
}

fn hash_password(password: &str) -> Result<String, StaffError> {
    let salt =
        SaltString::encode_b64(&reach_core::rng::array::<16>()).map_err(|_| StaffError::Hash)?;
    Ok(hasher()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|_| StaffError::Hash)?
        .to_string())
}

fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
}

fn totp(secret: &[u8], issuer: &str, name: &str) -> Option<TOTP> {
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP_SECS,
        secret.to_vec(),
        Some(issuer.to_owned()),
        name.to_owned(),
    )
    .ok()
}

fn random_password() -> Zeroizing<String> {
    let bytes = Zeroizing::new(reach_core::rng::array::<PASSWORD_BYTES>());
    Zeroizing::new(
        totp_rs::Secret::Raw(bytes.to_vec())
            .to_encoded()
            .to_string(),
    )
}

fn valid_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

/// The lock after `failures` failures in a row, in seconds (0: not locked).
pub fn lock_secs(failures: u32) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = (failures - FREE_FAILURES).min(20);
    (FIRST_LOCK_SECS << doublings).min(MAX_LOCK_SECS)
}

impl StaffDb {
    /// Opens (creating if needed) `keys_dir/staff.db`.
    pub fn open(keys_dir: &Path) -> Result<Self, StaffError> {
        Self::open_file(&keys_dir.join(STAFF_DB_FILE))
    }

    /// Opens (creating if needed) an accounts database file.
    pub fn open_file(path: &Path) -> Result<Self, StaffError> {
        let store = Box::new(SqliteStaff::open(path)?);
        let decoy_hash = hash_password(&random_password())?;
        Ok(Self { store, decoy_hash })
    }

    /// How many accounts exist (the first admin is made when there are none).
    pub fn count(&self) -> Result<u64, StaffError> {
        Ok(self.store.count()?)
    }

    /// Adds an account with a generated password and TOTP secret. `actor` must be an admin,
    /// except for the very first account (`None`), which `init`/`staff add` makes and which
    /// must be an admin.
    pub fn add(
        &self,
        actor: Option<&Staff>,
        name: &str,
        role: Role,
        issuer: &str,
    ) -> Result<Credentials, StaffError> {
        match actor {
            Some(a) if a.role == Role::Admin => {}
            None if self.count()? == 0 && role == Role::Admin => {}
            _ => return Err(StaffError::Forbidden),
        }
        if !valid_name(name) {
            return Err(StaffError::BadName);
        }
        let password = random_password();
        let secret = Zeroizing::new(reach_core::rng::array::<TOTP_SECRET_LEN>());
        let uri = totp(&secret[..], issuer, name)
            .ok_or(StaffError::Hash)?
            .get_url();
        let inserted = self.store.insert(&NewAccount {
            name,
            role: role.as_str(),
            password_hash: &hash_password(&password)?,
            totp_secret: &secret[..],
        })?;
        if !inserted {
            return Err(StaffError::NameTaken);
        }
        Ok(Credentials {
            password,
            otpauth_uri: Zeroizing::new(uri),
        })
    }

    /// Checks a login at `now` (unix seconds): name, password and a TOTP code not used before.
    pub fn login(
        &self,
        name: &str,
        password: &str,
        code: &str,
        now: u64,
    ) -> Result<Staff, StaffError> {
        let Some(row) = self.store.login_row(name)? else {
            let _ = password_matches(&self.decoy_hash, password);
            return Err(StaffError::BadLogin);
        };
        let (id, role, hash, last_step, failures, locked_until, disabled) = (
            row.id,
            row.role,
            row.password_hash,
            row.totp_last_step,
            row.failures,
            row.locked_until,
            row.disabled,
        );
        let secret = Zeroizing::new(row.totp_secret);
        let now_i = i64::try_from(now).unwrap_or(i64::MAX);
        if locked_until > now_i {
            return Err(StaffError::Locked {
                retry_after_secs: locked_until - now_i,
            });
        }
        let password_ok = password_matches(&hash, password);
        let step = totp(&secret[..], "reach", name).and_then(|t| matching_step(&t, code, now));
        let role = Role::parse(&role);
        match (password_ok, step, role, disabled) {
            (true, Some(step), Some(role), false) if step > last_step => {
                self.store.login_succeeded(id, step)?;
                Ok(Staff {
                    id,
                    name: name.to_owned(),
                    role,
                })
            }
            _ => {
                let failures = failures.saturating_add(1);
                let lock = lock_secs(failures);
                self.store
                    .login_failed(id, failures, if lock > 0 { now_i + lock } else { 0 })?;
                Err(StaffError::BadLogin)
            }
        }
    }

    /// The names of every enabled account (for "assign to").
    pub fn names(&self) -> Result<Vec<String>, StaffError> {
        Ok(self.store.enabled_names()?)
    }

    /// Every account, by name, as it stands at `now` (unix seconds): for the admins' page.
    pub fn list(&self, now: u64) -> Result<Vec<Account>, StaffError> {
        let now = i64::try_from(now).unwrap_or(i64::MAX);
        let rows = self.store.accounts(now)?;
        let mut accounts = Vec::new();
        for row in rows {
            let (name, role, disabled, locked) = (row.name, row.role, row.disabled, row.locked);
            // The table's CHECK allows only the three spellings; anything else is no account.
            if let Some(role) = Role::parse(&role) {
                accounts.push(Account {
                    name,
                    role,
                    disabled,
                    locked,
                });
            }
        }
        Ok(accounts)
    }

    fn find(&self, name: &str) -> Result<Staff, StaffError> {
        self.store
            .find(name)?
            .and_then(|(id, role)| {
                Some(Staff {
                    id,
                    name: name.to_owned(),
                    role: Role::parse(&role)?,
                })
            })
            .ok_or(StaffError::Unknown)
    }

    fn admin_on_other(&self, actor: &Staff, name: &str) -> Result<Staff, StaffError> {
        if actor.role != Role::Admin {
            return Err(StaffError::Forbidden);
        }
        let target = self.find(name)?;
        if target.id == actor.id {
            return Err(StaffError::OwnRole);
        }
        Ok(target)
    }

    /// Sets another staff member's role (admins only; never one's own).
    pub fn set_role(&self, actor: &Staff, name: &str, role: Role) -> Result<(), StaffError> {
        let target = self.admin_on_other(actor, name)?;
        self.store.set_role(target.id, role.as_str())?;
        Ok(())
    }

    /// Disables (or enables again) another staff member's login (admins only).
    pub fn set_disabled(
        &self,
        actor: &Staff,
        name: &str,
        disabled: bool,
    ) -> Result<(), StaffError> {
        let target = self.admin_on_other(actor, name)?;
        self.store.set_disabled(target.id, disabled)?;
        Ok(())
    }

    /// Gives another staff member a new password and TOTP secret, and lifts any lock (admins
    /// only): for a lost phone or a forgotten password.
    pub fn reset(
        &self,
        actor: &Staff,
        name: &str,
        issuer: &str,
    ) -> Result<Credentials, StaffError> {
        let target = self.admin_on_other(actor, name)?;
        let password = random_password();
        let secret = Zeroizing::new(reach_core::rng::array::<TOTP_SECRET_LEN>());
        let uri = totp(&secret[..], issuer, name)
            .ok_or(StaffError::Hash)?
            .get_url();
        self.store
            .reset_credentials(target.id, &hash_password(&password)?, &secret[..])?;
        Ok(Credentials {
            password,
            otpauth_uri: Zeroizing::new(uri),
        })
    }
}

/// The time step (`now / 30`, or one either side for a clock a little off) whose code is
/// `code`, compared in constant time.
fn matching_step(totp: &TOTP, code: &str, now: u64) -> Option<i64> {
    let step = now / STEP_SECS;
    let mut found = None;
    for s in [step.saturating_sub(1), step, step + 1] {
        let expected = totp.generate(s * STEP_SECS);
        if bool::from(expected.as_bytes().ct_eq(code.as_bytes())) {
            found = i64::try_from(s).ok();
        }
    }
    found
}

/// The code an authenticator app shows now for `otpauth_uri`: for the demo's printed login and
/// for benchmarks, which log in over HTTP as staff do.
pub fn code_now(otpauth_uri: &str) -> Option<String> {
    TOTP::from_url(otpauth_uri).ok()?.generate_current().ok()
}

/// An `otpauth://` URI as a QR code drawn with Unicode half blocks, for the terminal.
pub fn qr_for_terminal(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::unicode::Dense1x2>()
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_800_000_000;

    fn code_at(creds: &Credentials, now: u64) -> String {
        TOTP::from_url(creds.otpauth_uri.as_str())
            .unwrap()
            .generate(now)
    }

    fn setup() -> (tempfile::TempDir, StaffDb, Credentials) {
        let dir = tempfile::tempdir().unwrap();
        let db = StaffDb::open(dir.path()).unwrap();
        let creds = db
            .add(None, "amina", Role::Admin, "Example Hotline")
            .unwrap();
        (dir, db, creds)
    }

    #[test]
    fn a_login_needs_the_password_and_a_fresh_code() {
        let (_d, db, c) = setup();
        assert!(c.otpauth_uri.starts_with("otpauth://totp/"));
        let me = db
            .login("amina", &c.password, &code_at(&c, T0), T0)
            .unwrap();
        assert_eq!((me.name.as_str(), me.role), ("amina", Role::Admin));
        // The same code again (a replay, or a second login in the same 30 s) is refused.
        assert!(matches!(
            db.login("amina", &c.password, &code_at(&c, T0), T0 + 1),
            Err(StaffError::BadLogin)
        ));
        // So is an older one; the next step's code works.
        assert!(
            db.login("amina", &c.password, &code_at(&c, T0 - 30), T0 + 31)
                .is_err()
        );
        assert!(
            db.login("amina", &c.password, &code_at(&c, T0 + 30), T0 + 31)
                .is_ok()
        );
    }

    #[test]
    fn wrong_password_wrong_code_and_unknown_name_read_alike() {
        let (_d, db, c) = setup();
        let code = code_at(&c, T0);
        for (name, password, code) in [
            ("amina", "not the password", code.as_str()),
            ("amina", c.password.as_str(), "000000"),
            ("amina", c.password.as_str(), ""),
            ("nobody", c.password.as_str(), code.as_str()),
        ] {
            let e = db.login(name, password, code, T0).unwrap_err();
            assert_eq!(e.to_string(), "wrong name, password or code");
        }
    }

    #[test]
    fn failures_lock_with_back_off_and_the_lock_lifts() {
        let (_d, db, c) = setup();
        let mut now = T0;
        for _ in 0..FREE_FAILURES - 1 {
            assert!(matches!(
                db.login("amina", "wrong", "1", now),
                Err(StaffError::BadLogin)
            ));
        }
        // The fifth failure locks for 30 s: even the right password and code are refused.
        assert!(matches!(
            db.login("amina", "wrong", "1", now),
            Err(StaffError::BadLogin)
        ));
        let right = code_at(&c, now);
        assert!(matches!(
            db.login("amina", &c.password, &right, now),
            Err(StaffError::Locked {
                retry_after_secs: 30
            })
        ));
        // After the lock, one more failure locks for twice as long.
        now += 31;
        assert!(db.login("amina", "wrong", "1", now).is_err());
        assert!(matches!(
            db.login("amina", &c.password, &code_at(&c, now), now),
            Err(StaffError::Locked {
                retry_after_secs: 60
            })
        ));
        // Lifted: the right login works and resets the count.
        now += 61;
        assert!(
            db.login("amina", &c.password, &code_at(&c, now), now)
                .is_ok()
        );
        assert!(matches!(
            db.login("amina", "wrong", "1", now + 30),
            Err(StaffError::BadLogin)
        ));
        assert_eq!(lock_secs(FREE_FAILURES - 1), 0);
        assert_eq!(lock_secs(FREE_FAILURES), FIRST_LOCK_SECS);
        assert_eq!(lock_secs(FREE_FAILURES + 30), MAX_LOCK_SECS);
    }

    #[test]
    fn only_admins_manage_accounts_and_nobody_changes_their_own_role() {
        let (_d, db, c) = setup();
        let admin = db
            .login("amina", &c.password, &code_at(&c, T0), T0)
            .unwrap();
        // Only the first account may be made without an admin, and it must be an admin.
        assert!(matches!(
            db.add(None, "x", Role::Admin, "H"),
            Err(StaffError::Forbidden)
        ));
        let oc = db.add(Some(&admin), "omar", Role::Operator, "H").unwrap();
        let omar = db
            .login("omar", &oc.password, &code_at(&oc, T0), T0)
            .unwrap();
        assert!(matches!(
            db.add(Some(&omar), "y", Role::Operator, "H"),
            Err(StaffError::Forbidden)
        ));
        assert!(matches!(
            db.set_role(&omar, "omar", Role::Admin),
            Err(StaffError::Forbidden)
        ));
        assert!(matches!(
            db.set_role(&admin, "amina", Role::Operator),
            Err(StaffError::OwnRole)
        ));
        assert!(matches!(
            db.add(Some(&admin), "omar", Role::Operator, "H"),
            Err(StaffError::NameTaken)
        ));
        assert!(matches!(
            db.add(Some(&admin), "Omar Smith", Role::Operator, "H"),
            Err(StaffError::BadName)
        ));
        db.set_role(&admin, "omar", Role::Supervisor).unwrap();
        let omar = db
            .login("omar", &oc.password, &code_at(&oc, T0 + 30), T0 + 30)
            .unwrap();
        assert_eq!(omar.role, Role::Supervisor);
        // Disabled: no login, however right.
        db.set_disabled(&admin, "omar", true).unwrap();
        assert!(
            db.login("omar", &oc.password, &code_at(&oc, T0 + 60), T0 + 60)
                .is_err()
        );
        db.set_disabled(&admin, "omar", false).unwrap();
        // Reset: the old password and secret stop working, the new ones work.
        let new = db.reset(&admin, "omar", "H").unwrap();
        assert!(
            db.login("omar", &oc.password, &code_at(&oc, T0 + 90), T0 + 90)
                .is_err()
        );
        assert!(
            db.login("omar", &new.password, &code_at(&new, T0 + 120), T0 + 120)
                .is_ok()
        );
        assert!(qr_for_terminal(&new.otpauth_uri).unwrap().lines().count() > 10);
    }

    #[test]
    fn the_list_shows_roles_disabled_and_locked_accounts() {
        let (_d, db, c) = setup();
        let admin = db
            .login("amina", &c.password, &code_at(&c, T0), T0)
            .unwrap();
        db.add(Some(&admin), "omar", Role::Operator, "H").unwrap();
        db.add(Some(&admin), "bea", Role::Supervisor, "H").unwrap();
        db.set_disabled(&admin, "bea", true).unwrap();
        for _ in 0..FREE_FAILURES {
            assert!(db.login("omar", "wrong", "1", T0).is_err());
        }
        let account = |name: &str, role, disabled, locked| Account {
            name: name.to_owned(),
            role,
            disabled,
            locked,
        };
        assert_eq!(
            db.list(T0).unwrap(),
            [
                account("amina", Role::Admin, false, false),
                account("bea", Role::Supervisor, true, false),
                account("omar", Role::Operator, false, true),
            ]
        );
        // The lock lifts with time, and with a reset.
        assert!(!db.list(T0 + MAX_LOCK_SECS as u64).unwrap()[2].locked);
        db.reset(&admin, "omar", "H").unwrap();
        assert!(!db.list(T0).unwrap()[2].locked);
    }
}
