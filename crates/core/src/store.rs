//! The encrypted local store: drafts, the outbox of sealed requests and the per-request secrets,
//! in one SQLite file (`calc.db`: a name that suits the calculator the app looks like) in the
//! app's data directory.
//!
//! The phone may be seized or searched by the person's exploiter, so nothing readable is ever
//! written to disk:
//!
//! * drafts and per-request secrets are AES-256-GCM ciphertext under a random **data key**, with
//!   the row's id bound as associated data so that rows cannot be swapped;
//! * the data key is stored only *wrapped* under a **KEK** = HKDF-SHA256(Argon2id(PIN, salt) ||
//!   device secret), so neither the PIN nor a copy of the files is enough on its own;
//! * submitted requests are sealed to the hotline ([`crate::envelope`]) *before* they touch the
//!   disk; after submission not even the PIN can show them again;
//! * the outbox needs no PIN, so that background delivery works while the app is locked;
//! * [`Store::wipe`] destroys the device secret first (crypto-shredding), so no old copy of the
//!   database can be decrypted afterwards, whatever PIN is tried.
//!
//! SQLite runs with `secure_delete=ON` (freed content is zeroed), `temp_store=MEMORY` (no temp
//! files), WAL with `synchronous=FULL`, and the WAL is truncated after every deletion so that
//! old pages do not linger in it.

pub(crate) mod crypto;
mod device;
mod draft_id;
mod duress;
mod error;
mod feedback;
mod files;
mod kdf;
#[cfg(feature = "keyring")]
mod os_keyring;
mod replies;
mod schema;
mod wipe;
mod worker;

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use reach_contract::ErrorCode;
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, params};
use zeroize::{Zeroize as _, Zeroizing};

use crate::envelope::{self, EnvelopeError, HotlinePrivateKey};
use crate::ids::{ReferralId, StatusSecret};
use crate::profile::{HotlineProfile, ProfileError};
use crate::reference::{Reference, ReferenceKeys};
use crate::referral::{Referral, ValidationError};

#[cfg(test)]
pub(crate) use crypto::STRETCHES;
use crypto::{KEY_LEN, Key, SALT_LEN};
pub use device::{
    DEVICE_KEY_FILE, DeviceSecret, DeviceSecretKind, FileDeviceSecret, KEYRING_REF_FILE,
    new_secret, secret_for_dir,
};
pub use draft_id::DraftId;
pub use error::StoreError;
pub use feedback::FEEDBACK_PENDING_MAX;
use files::{
    adopt_legacy_name, checkpoint, create_private_dir, open_connection, remove_db_files,
    restrict_permissions,
};
pub use kdf::KdfParams;
#[cfg(feature = "keyring")]
pub use os_keyring::{KEYRING_LABEL, KEYRING_SERVICE, KeyringDeviceSecret};
pub use replies::TakenReplies;
pub use worker::checked_worker_profile;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "calc.db";
/// The database's name before it was made neutral; moved to [`DB_FILE`] on first sight.
const LEGACY_DB_FILE: &str = "reach.db";
/// The sender lock of the sync engine. Lives in the data directory so that one lock guards one
/// outbox; listed here so that a wipe removes it too and leaves no trace that the app was used.
pub const SYNC_LOCK_FILE: &str = "sync.lock";
/// Suffixes of SQLite's companion files (WAL, shared memory, rollback journal); all are wiped.
pub const DB_COMPANION_SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Version of the data-key wrapping; bound into its associated data so that a future format
/// can never be confused with this one.
const WRAP_VERSION: u32 = 1;
const WRAP_LABEL: &[u8] = b"reach store data key\0";
const DRAFT_LABEL: &[u8] = b"reach draft v1\0";
const SECRETS_LABEL: &[u8] = b"reach request secrets v1\0";
const REPLIES_LABEL: &[u8] = b"reach reply on phone v1\0";
const FAILED_UNLOCKS: &str = "failed_unlocks";
/// `meta` key of the count of delivered requests whose outbox rows were deleted
/// ([`crate::outbox`]).
pub(crate) const DELIVERED_COUNT: &str = "delivered";
/// Bytes of an Argon2id salt (for the duress PIN's verifier in [`crate::app_lock`]).
pub(crate) const PIN_SALT_LEN: usize = SALT_LEN;
/// Bytes of a secondary PIN verifier.
pub(crate) const PIN_VERIFIER_LEN: usize = KEY_LEN;

/// Shorthand for store results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The encrypted store. Locked after [`Store::open`]: drafts and secrets need [`Store::unlock`],
/// the outbox ([`crate::outbox`]) does not.
pub struct Store {
    dir: PathBuf,
    conn: Connection,
    device: Box<dyn DeviceSecret>,
    data_key: Option<Key>,
    /// The delivery schedule (attempts, next retry time, last error) of pending requests, in
    /// memory only: a precise retry time on disk would date the person's last attempt. What
    /// the person may want to see later is also sealed into the outbox row
    /// ([`crate::outbox`]). Lost on restart, which only makes everything due at once.
    pub(crate) schedule: std::cell::RefCell<crate::outbox::Schedule>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("unlocked", &self.is_unlocked())
            .finish_non_exhaustive()
    }
}

struct WrappedKey {
    salt: Vec<u8>,
    params: KdfParams,
    wrapped: Vec<u8>,
}

impl Store {
    /// Whether a store exists in `dir`, so the app knows whether to ask for a new PIN or for
    /// the existing one.
    pub fn exists(dir: &Path) -> bool {
        adopt_legacy_name(dir);
        dir.join(DB_FILE).exists()
    }

    /// First use: creates the store in `dir` (created if missing, mode 0700 on Unix), a new
    /// device secret *file* and a data key wrapped under `pin`. Returns the store unlocked, since
    /// the person has just chosen the PIN. The app keeps the secret in the OS keyring instead
    /// ([`Store::create_with_secret`] with [`new_secret`]); the file is its fallback.
    pub fn create(dir: &Path, pin: &str, params: KdfParams) -> Result<Store> {
        Self::create_with_secret(dir, pin, params, Box::new(FileDeviceSecret::in_dir(dir)))
    }

    /// As [`Store::create`], with the device secret kept elsewhere (the OS keystore on mobile).
    pub fn create_with_secret(
        dir: &Path,
        pin: &str,
        params: KdfParams,
        device: Box<dyn DeviceSecret>,
    ) -> Result<Store> {
        check_new_pin(pin)?;
        params.to_argon2()?;
        create_private_dir(dir)?;
        let db_path = dir.join(DB_FILE);
        if db_path.exists() {
            return Err(StoreError::AlreadyExists);
        }
        device.create()?;
        let built = (|| {
            let mut conn = open_connection(&db_path, true)?;
            restrict_permissions(dir)?;
            schema::migrations().to_latest(&mut conn)?;
            // The migrations leave free pages (tables rebuilt); a new store starts compact,
            // the same size as one reset by the duress PIN (`reset_for_duress`).
            conn.execute_batch("VACUUM")?;
            let data_key = Key::new(crate::rng::array());
            let wrapped = wrap_data_key(&*device, pin, params, &data_key)?;
            let tx = conn.transaction()?;
            write_new_key(&tx, &wrapped)?;
            crate::outbox::write_state_key(&tx, &data_key)?;
            worker::write_row(&tx, &data_key, None)?;
            tx.commit()?;
            Ok((conn, data_key))
        })();
        match built {
            Ok((conn, data_key)) => Ok(Store {
                dir: dir.to_owned(),
                conn,
                device,
                data_key: Some(data_key),
                schedule: Default::default(),
            }),
            Err(e) => {
                // Leave nothing half-made behind: the next attempt must be able to start over.
                let _ = device.destroy();
                let _ = remove_db_files(dir);
                Err(e)
            }
        }
    }

    /// Opens the store in `dir`, LOCKED. The outbox is usable at once, so that background
    /// delivery never needs the PIN. [`StoreError::NotFound`] if there is no store. The device
    /// secret is looked for where the store was created with it ([`secret_for_dir`]).
    pub fn open(dir: &Path) -> Result<Store> {
        Self::open_with_secret(dir, secret_for_dir(dir))
    }

    /// As [`Store::open`], with the device secret kept elsewhere.
    pub fn open_with_secret(dir: &Path, device: Box<dyn DeviceSecret>) -> Result<Store> {
        adopt_legacy_name(dir);
        let db_path = dir.join(DB_FILE);
        if !db_path.exists() {
            return Err(StoreError::NotFound);
        }
        let mut conn = open_connection(&db_path, false)?;
        restrict_permissions(dir)?;
        schema::migrations().to_latest(&mut conn)?;
        let store = Store {
            dir: dir.to_owned(),
            conn,
            device,
            data_key: None,
            schedule: Default::default(),
        };
        store.read_wrapped_key()?;
        Ok(store)
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where this store's device secret lives (the app reports a file as "less protected").
    pub fn device_secret_kind(&self) -> DeviceSecretKind {
        self.device.kind()
    }

    /// Whether drafts and secrets are accessible right now.
    pub fn is_unlocked(&self) -> bool {
        self.data_key.is_some()
    }

    /// Unlocks with the PIN. A wrong PIN gives [`StoreError::WrongPin`], changes nothing but the
    /// persisted failed-attempt count (counted *before* trying, so killing the app mid-attempt
    /// does not avoid it), and leaves the store locked. Success resets the count.
    pub fn unlock(&mut self, pin: &str) -> Result<()> {
        let key = self.verify_pin(pin)?;
        self.set_failed_unlocks(0)?;
        self.data_key = Some(key);
        // A store from before the outbox state was sealed gets its key now, and what was
        // written in the clear is sealed (the first moment the data key is there to do it).
        self.seal_legacy_outbox_state()?;
        Ok(())
    }

    /// Forgets the data key (zeroised). Drafts and secrets are unreadable until the next
    /// [`Store::unlock`]; the outbox keeps working.
    pub fn lock(&mut self) {
        self.data_key = None;
    }

    /// Consecutive failed unlock attempts since the last success, so the UI can slow down or
    /// offer a wipe after too many.
    pub fn failed_unlocks(&self) -> Result<u32> {
        let n: i64 = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = ?1",
                params![FAILED_UNLOCKS],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// Changes the PIN. Also replaces the data key and re-encrypts every draft and secret under
    /// the new one, in one transaction: an old copy of the database plus the old PIN (which the
    /// exploiter may have watched being typed) opens nothing written after the change. A wrong
    /// `old` PIN counts as a failed unlock. Leaves the store unlocked.
    ///
    /// Crate-private: on its own it never wipes at the limit and knows nothing of the duress
    /// PIN, so a caller could guess PINs past the wipe or silently disable the duress PIN with
    /// it. The only way in is [`crate::app_lock::change_pin`], which applies those rules.
    pub(crate) fn change_pin(&mut self, old: &str, new: &str) -> Result<()> {
        check_new_pin(new)?;
        let old_key = self.verify_pin(old)?;
        let params = self.read_wrapped_key()?.params;
        let new_key = Key::new(crate::rng::array());
        let wrapped = wrap_data_key(&*self.device, new, params, &new_key)?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM data_key", [])?;
        insert_wrapped_key(&tx, &wrapped)?;
        for (table, key_col, label) in [
            ("drafts", "id", DRAFT_LABEL),
            ("secrets", "referral_id", SECRETS_LABEL),
            ("replies", "id", REPLIES_LABEL),
            ("feedback", "id", feedback::LABEL),
            ("worker_profile", "id", worker::LABEL),
        ] {
            let rows: Vec<(Vec<u8>, Vec<u8>)> = tx
                .prepare(&format!("SELECT {key_col}, sealed FROM {table}"))?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            for (id, sealed) in rows {
                let aad = crypto::aad(label, &id);
                let plain = crypto::open(&old_key, &aad, &sealed)?;
                tx.execute(
                    &format!("UPDATE {table} SET sealed = ?1 WHERE {key_col} = ?2"),
                    params![crypto::seal(&new_key, &aad, &plain), id],
                )?;
            }
        }
        tx.execute(
            "UPDATE meta SET value = 0 WHERE key = ?1",
            params![FAILED_UNLOCKS],
        )?;
        tx.commit()?;
        self.checkpoint()?;
        self.data_key = Some(new_key);
        Ok(())
    }

    // ---------------------------------------------------------------------------------------
    // Drafts
    // ---------------------------------------------------------------------------------------

    /// Saves a draft, new (`None`) or over an existing one. Drafts need not validate: people
    /// save half-filled forms. Every save uses a fresh nonce, and the draft id is bound as
    /// associated data. Needs the store unlocked.
    pub fn save_draft(&mut self, id: Option<DraftId>, referral: &Referral) -> Result<DraftId> {
        let key = self.data_key()?;
        // Padded like an envelope: the size of the row must not tell how much was written.
        let plain = envelope::pad(&Zeroizing::new(referral.to_bytes()))?;
        match id {
            Some(id) => {
                let sealed = crypto::seal(key, &crypto::aad(DRAFT_LABEL, &id.0), &plain);
                let n = self.conn.execute(
                    "UPDATE drafts SET sealed = ?1 WHERE id = ?2",
                    params![sealed, &id.0[..]],
                )?;
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                // The previous ciphertext's pages are freed and zeroed; drop them from the WAL.
                self.checkpoint()?;
                Ok(id)
            }
            None => {
                let id = DraftId::random();
                let sealed = crypto::seal(key, &crypto::aad(DRAFT_LABEL, &id.0), &plain);
                self.conn.execute(
                    "INSERT INTO drafts (id, sealed) VALUES (?1, ?2)",
                    params![&id.0[..], sealed],
                )?;
                Ok(id)
            }
        }
    }

    /// Decrypts a draft. [`StoreError::Corrupt`] if its row was altered or moved.
    pub fn load_draft(&self, id: DraftId) -> Result<Referral> {
        let key = self.data_key()?;
        let sealed: Vec<u8> = self.conn.query_row(
            "SELECT sealed FROM drafts WHERE id = ?1",
            params![&id.0[..]],
            |r| r.get(0),
        )?;
        let plain = crypto::open(key, &crypto::aad(DRAFT_LABEL, &id.0), &sealed)?;
        // Padded drafts start with their length (a zero byte first, as every padded size is
        // under 2^24); drafts saved before padding are bare JSON (`{`) and still load.
        let json = if plain.first() == Some(&0) {
            envelope::unpad(plain.to_vec()).map_err(|_| StoreError::Corrupt)?
        } else {
            plain
        };
        serde_json::from_slice(&json).map_err(|_| StoreError::Corrupt)
    }

    /// The drafts, oldest first (by an internal sequence, not by time).
    pub fn list_drafts(&self) -> Result<Vec<DraftId>> {
        self.data_key()?;
        let mut stmt = self.conn.prepare("SELECT id FROM drafts ORDER BY seq")?;
        stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?
            .map(|b| {
                let b = b?;
                <[u8; 16]>::try_from(b.as_slice())
                    .map(DraftId)
                    .map_err(|_| StoreError::Corrupt)
            })
            .collect()
    }

    /// Deletes a draft; its pages are zeroed (`secure_delete`) and the WAL truncated.
    pub fn delete_draft(&mut self, id: DraftId) -> Result<()> {
        self.data_key()?;
        let n = self
            .conn
            .execute("DELETE FROM drafts WHERE id = ?1", params![&id.0[..]])?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        self.checkpoint()
    }

    // ---------------------------------------------------------------------------------------
    // Submission
    // ---------------------------------------------------------------------------------------

    /// Seals a draft to the hotline, queues it and deletes the draft, all in one transaction:
    /// from then on the request cannot be read on this device, even with the PIN.
    pub fn submit_draft(&mut self, id: DraftId, profile: &HotlineProfile) -> Result<ReferralId> {
        let referral = self.load_draft(id)?;
        let result = self.submit_inner(Some(id), &referral, profile, None);
        scrub(referral);
        result
    }

    /// Seals a request that was never saved as a draft (see [`Store::submit_draft`]).
    pub fn submit(&mut self, referral: &Referral, profile: &HotlineProfile) -> Result<ReferralId> {
        self.submit_inner(None, referral, profile, None)
    }

    /// Seals a request an outreach worker made for a person who takes `reference` away
    /// ([`crate::reference`]): its status secret and reply key are derived from the reference
    /// (about a second: Argon2id). This phone keeps the status secret, so the worker sees the
    /// request's state, but not the reply key: the replies are for the person, on any install
    /// where they type the reference.
    pub fn submit_draft_with_reference(
        &mut self,
        id: DraftId,
        profile: &HotlineProfile,
        reference: &Reference,
    ) -> Result<ReferralId> {
        let keys = reference.derive(profile.sealing_key()?.key_id());
        self.submit_draft_with_keys(id, profile, &keys)
    }

    /// [`Store::submit_draft_with_reference`] with the keys already derived (for the profile's
    /// sealing key: [`Reference::derive`] with its `key_id`), so that a caller can pay for the
    /// derivation before it takes any lock.
    pub fn submit_draft_with_keys(
        &mut self,
        id: DraftId,
        profile: &HotlineProfile,
        keys: &ReferenceKeys,
    ) -> Result<ReferralId> {
        let referral = self.load_draft(id)?;
        let result = self.submit_inner(Some(id), &referral, profile, Some(keys));
        scrub(referral);
        result
    }

    /// [`Store::submit_draft_with_reference`] for a request never saved as a draft.
    pub fn submit_with_reference(
        &mut self,
        referral: &Referral,
        profile: &HotlineProfile,
        reference: &Reference,
    ) -> Result<ReferralId> {
        let keys = reference.derive(profile.sealing_key()?.key_id());
        self.submit_inner(None, referral, profile, Some(&keys))
    }

    fn submit_inner(
        &mut self,
        draft: Option<DraftId>,
        referral: &Referral,
        profile: &HotlineProfile,
        reference: Option<&ReferenceKeys>,
    ) -> Result<ReferralId> {
        let key = self.data_key()?.clone();
        let sealing_key = profile.sealing_key()?;
        let (status, reply, keep_reply_key) = match reference {
            Some(keys) => (
                keys.status.clone(),
                HotlinePrivateKey::from_bytes(*keys.reply.secret_bytes())?,
                false,
            ),
            None => (StatusSecret::random(), HotlinePrivateKey::generate(), true),
        };

        let mut complete = referral.clone();
        complete.reply_public_key = Some(reply.public_key().to_bytes());
        complete.status_verifier = Some(status.verifier());
        let valid = complete.validate();
        let plain = Zeroizing::new(complete.to_bytes());
        scrub(complete);
        valid.map_err(StoreError::Invalid)?;

        let id = ReferralId::random();
        let envelope = envelope::seal(&sealing_key, id, status.verifier(), &plain)?;
        drop(plain);

        let mut secrets = Zeroizing::new([0u8; 2 * KEY_LEN]);
        secrets[..KEY_LEN].copy_from_slice(&status.0);
        // All zeros: not held here (see `holds_reply_key`).
        if keep_reply_key {
            secrets[KEY_LEN..].copy_from_slice(reply.secret_bytes());
        }
        drop(reply);
        let sealed_secrets = crypto::seal(
            &key,
            &crypto::aad(SECRETS_LABEL, id.as_bytes()),
            &secrets[..],
        );

        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO outbox (referral_id, envelope, state, attempts, next_attempt_at)
             VALUES (?1, ?2, 0, 0, 0)",
            params![&id.as_bytes()[..], envelope.as_bytes()],
        )?;
        tx.execute(
            "INSERT INTO secrets (referral_id, sealed) VALUES (?1, ?2)",
            params![&id.as_bytes()[..], sealed_secrets],
        )?;
        if let Some(draft) = draft {
            let n = tx.execute("DELETE FROM drafts WHERE id = ?1", params![&draft.0[..]])?;
            if n == 0 {
                return Err(StoreError::NotFound);
            }
        }
        tx.commit()?;
        if draft.is_some() {
            self.checkpoint()?;
        }
        Ok(id)
    }

    /// The secret that lets this device ask the hotline for the request's status.
    pub fn status_secret(&self, id: ReferralId) -> Result<StatusSecret> {
        let secrets = self.request_secrets(id)?;
        let mut out = StatusSecret([0u8; KEY_LEN]);
        out.0.copy_from_slice(&secrets[..KEY_LEN]);
        Ok(out)
    }

    /// The X25519 key pair whose public half went into the request, to read the hotline's
    /// encrypted answer.
    /// Not for a request made with a reference ([`Store::submit_draft_with_reference`]):
    /// `NotFound`.
    pub fn reply_key(&self, id: ReferralId) -> Result<HotlinePrivateKey> {
        let secrets = self.request_secrets(id)?;
        if secrets[KEY_LEN..].iter().all(|b| *b == 0) {
            return Err(StoreError::NotFound);
        }
        let mut sk = [0u8; KEY_LEN];
        sk.copy_from_slice(&secrets[KEY_LEN..]);
        let key = HotlinePrivateKey::from_bytes(sk).map_err(|_| StoreError::Corrupt);
        sk.zeroize();
        key
    }

    /// Whether this phone can read the request's replies: not when it was made with a
    /// reference, whose replies are for the person who holds it.
    pub fn holds_reply_key(&self, id: ReferralId) -> Result<bool> {
        Ok(!self.request_secrets(id)?[KEY_LEN..].iter().all(|b| *b == 0))
    }

    fn request_secrets(&self, id: ReferralId) -> Result<Zeroizing<Vec<u8>>> {
        let key = self.data_key()?;
        let sealed: Vec<u8> = self.conn.query_row(
            "SELECT sealed FROM secrets WHERE referral_id = ?1",
            params![&id.as_bytes()[..]],
            |r| r.get(0),
        )?;
        let plain = crypto::open(key, &crypto::aad(SECRETS_LABEL, id.as_bytes()), &sealed)?;
        if plain.len() != 2 * KEY_LEN {
            return Err(StoreError::Corrupt);
        }
        Ok(plain)
    }

    // ---------------------------------------------------------------------------------------
    // Secondary PIN verifiers (the duress PIN of `crate::app_lock`)
    // ---------------------------------------------------------------------------------------

    /// The Argon2id cost of the current PIN's key wrapping, so that a secondary PIN (the duress
    /// PIN) is checked at exactly the same cost and its check takes as long as the real one.
    pub fn kdf_params(&self) -> Result<KdfParams> {
        Ok(self.read_wrapped_key()?.params)
    }

    // ---------------------------------------------------------------------------------------
    // Internals shared with the outbox
    // ---------------------------------------------------------------------------------------

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Moves the WAL's content into the database and truncates the WAL to zero bytes, so that
    /// deleted or replaced pages do not stay readable in it.
    pub(crate) fn checkpoint(&self) -> Result<()> {
        checkpoint(&self.conn)
    }

    pub(crate) fn data_key(&self) -> Result<&Key> {
        self.data_key.as_ref().ok_or(StoreError::Locked)
    }

    fn read_wrapped_key(&self) -> Result<WrappedKey> {
        let row = self
            .conn
            .query_row(
                "SELECT version, kdf_salt, kdf_m_kib, kdf_t, kdf_p, wrapped FROM data_key
                 WHERE id = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Vec<u8>>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, Vec<u8>>(5)?,
                    ))
                },
            )
            .optional()?
            .ok_or(StoreError::Corrupt)?;
        let (version, salt, m, t, p, wrapped) = row;
        let num = |v: i64| u32::try_from(v).map_err(|_| StoreError::Corrupt);
        let params = KdfParams {
            m_kib: num(m)?,
            t: num(t)?,
            p: num(p)?,
        };
        if version != i64::from(WRAP_VERSION) || salt.len() != SALT_LEN {
            return Err(StoreError::Corrupt);
        }
        params.to_argon2().map_err(|_| StoreError::Corrupt)?;
        Ok(WrappedKey {
            salt,
            params,
            wrapped,
        })
    }

    fn set_failed_unlocks(&self, n: u32) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![FAILED_UNLOCKS, n],
        )?;
        Ok(())
    }

    /// Unwraps the data key with `pin`, keeping the failed-attempt count: incremented before,
    /// left incremented on a wrong PIN, restored on any other failure (not the person's fault).
    fn verify_pin(&mut self, pin: &str) -> Result<Key> {
        let before = self.failed_unlocks()?;
        self.set_failed_unlocks(before.saturating_add(1))?;
        let result = self.read_wrapped_key().and_then(|w| {
            let device_secret = self.device.load()?;
            let kek = crypto::derive_kek(pin, &w.salt, &w.params, &device_secret)?;
            let plain = crypto::open(&kek, &wrap_aad(), &w.wrapped).map_err(|e| match e {
                StoreError::Corrupt => StoreError::WrongPin,
                other => other,
            })?;
            let key: [u8; KEY_LEN] = plain[..].try_into().map_err(|_| StoreError::Corrupt)?;
            Ok(Key::new(key))
        });
        match result {
            Err(StoreError::WrongPin) => Err(StoreError::WrongPin),
            Err(e) => {
                self.set_failed_unlocks(before)?;
                Err(e)
            }
            Ok(key) => Ok(key),
        }
    }
}

fn check_new_pin(pin: &str) -> Result<()> {
    if pin.is_empty() {
        Err(StoreError::EmptyPin)
    } else {
        Ok(())
    }
}

fn wrap_aad() -> Vec<u8> {
    crypto::aad(WRAP_LABEL, &WRAP_VERSION.to_be_bytes())
}

fn wrap_data_key(
    device: &dyn DeviceSecret,
    pin: &str,
    params: KdfParams,
    data_key: &Key,
) -> Result<WrappedKey> {
    let salt = crate::rng::array::<SALT_LEN>().to_vec();
    let device_secret = device.load()?;
    let kek = crypto::derive_kek(pin, &salt, &params, &device_secret)?;
    Ok(WrappedKey {
        wrapped: crypto::seal(&kek, &wrap_aad(), &data_key[..]),
        salt,
        params,
    })
}

/// What a new store holds besides its schema: the wrapped data key and zeroed counters. One
/// place for set-up and the duress reset, so that the two leave identical rows.
fn write_new_key(conn: &Connection, w: &WrappedKey) -> Result<()> {
    insert_wrapped_key(conn, w)?;
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, 0), (?2, 0)",
        params![FAILED_UNLOCKS, DELIVERED_COUNT],
    )?;
    Ok(())
}

fn insert_wrapped_key(conn: &Connection, w: &WrappedKey) -> Result<()> {
    conn.execute(
        "INSERT INTO data_key (id, version, kdf_salt, kdf_m_kib, kdf_t, kdf_p, wrapped)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            WRAP_VERSION,
            w.salt,
            w.params.m_kib,
            w.params.t,
            w.params.p,
            w.wrapped
        ],
    )?;
    Ok(())
}

/// Best-effort zeroisation of every text in a referral that is no longer needed (phone numbers
/// and time zones included), through the referral's one list of its text fields.
fn scrub(mut r: Referral) {
    r.visit_text_mut(|_, mut slot| {
        if let Some(text) = slot.text_mut() {
            text.zeroize();
        }
    });
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{KdfParams, StoreError};

    /// Calibration with a fake clock: `per_pass` is what one Argon2id pass "takes".
    fn calibrated(per_pass: Duration) -> KdfParams {
        let mut calls = 0;
        let p = KdfParams::calibrate_with(KdfParams::CALIBRATION_TARGET, |params| {
            calls += 1;
            assert_eq!(params, KdfParams::FLOOR, "measured at the floor");
            Ok(per_pass * params.t)
        })
        .unwrap();
        assert_eq!(calls, 2, "two measurements, the faster kept");
        p
    }

    #[test]
    fn calibration_scales_passes_within_bounds() {
        let floor = KdfParams::FLOOR;
        // A device where one pass takes 100 ms: 10 passes make the second.
        assert_eq!(calibrated(Duration::from_millis(100)).t, 10);
        // 250 ms a pass: 4.
        assert_eq!(calibrated(Duration::from_millis(250)).t, 4);
        // A slow phone (1 s a pass, 3 s at the floor) never goes below the floor.
        assert_eq!(calibrated(Duration::from_secs(1)), floor);
        // A very fast machine stops at the ceiling, and so does a clock that says zero.
        assert_eq!(
            calibrated(Duration::from_millis(1)).t,
            KdfParams::CALIBRATION_MAX_T
        );
        assert_eq!(calibrated(Duration::ZERO).t, KdfParams::CALIBRATION_MAX_T);
        // Memory and lanes are always the floor's; every result is a valid parameter set.
        for ms in [0, 1, 7, 33, 100, 333, 1000, 5000] {
            let p = calibrated(Duration::from_millis(ms));
            assert_eq!((p.m_kib, p.p), (floor.m_kib, floor.p));
            assert!((floor.t..=KdfParams::CALIBRATION_MAX_T).contains(&p.t));
            p.to_argon2().unwrap();
        }
        const { assert!(KdfParams::CALIBRATION_MAX_T <= KdfParams::MAX_T) };
    }

    #[test]
    fn calibration_keeps_the_faster_measurement() {
        let mut runs = [Duration::from_secs(3), Duration::from_millis(300)].into_iter();
        let p = KdfParams::calibrate_with(Duration::from_secs(1), |_| Ok(runs.next().unwrap()))
            .unwrap();
        assert_eq!(p.t, 10, "300 ms for 3 passes: 10 passes for a second");
    }

    #[test]
    fn calibration_reports_a_failed_measurement() {
        let r = KdfParams::calibrate_with(Duration::from_secs(1), |_| {
            Err(StoreError::InvalidKdfParams)
        });
        assert!(matches!(r, Err(StoreError::InvalidKdfParams)));
    }
}
