//! The secondary (duress) PIN: its verifier, bound to the device secret like the real PIN, and
//! the in-place reset it triggers. Kept apart from the PIN's own wrapping in `store.rs` because
//! its one rule is different: whatever happens here must cost and leave what a normal unlock
//! does, so that neither a stopwatch nor the files tell that the duress PIN was used.

use super::crypto::{self, KEY_LEN, Key, SALT_LEN};
use super::{KdfParams, Result, Store, StoreError, WrappedKey, worker, wrap_aad, write_new_key};

const SECONDARY_PIN_LABEL: &[u8] = b"reach secondary pin verifier v1\0";

impl Store {
    /// Verifier of a secondary PIN: HMAC-SHA256 keyed with KEK(pin, salt, device secret), over a
    /// fixed label. Bound to the device secret like the real PIN, so a copy of the database alone
    /// does not allow guessing the duress PIN offline, and after a wipe it is as dead as the rest.
    pub(crate) fn secondary_pin_tag(
        &self,
        pin: &str,
        salt: &[u8],
        params: KdfParams,
    ) -> Result<[u8; KEY_LEN]> {
        let tag = ring::hmac::sign(
            &self.secondary_pin_key(pin, salt, params)?,
            SECONDARY_PIN_LABEL,
        );
        tag.as_ref().try_into().map_err(|_| StoreError::Corrupt)
    }

    /// Whether `pin` matches a verifier made by [`Store::secondary_pin_tag`]. Constant-time
    /// comparison; always runs the full Argon2id derivation.
    pub(crate) fn secondary_pin_matches(
        &self,
        pin: &str,
        salt: &[u8],
        params: KdfParams,
        verifier: &[u8],
    ) -> Result<bool> {
        let key = self.secondary_pin_key(pin, salt, params)?;
        Ok(ring::hmac::verify(&key, SECONDARY_PIN_LABEL, verifier).is_ok())
    }

    /// [`Store::secondary_pin_matches`], also handing back the stretched PIN (the Argon2id
    /// output), so that the duress path can re-wrap with it ([`Store::reset_for_duress`]) instead
    /// of paying for a third derivation that a stopwatch could notice.
    pub(crate) fn secondary_pin_check(
        &self,
        pin: &str,
        salt: &[u8],
        params: KdfParams,
        verifier: &[u8],
    ) -> Result<(bool, Key)> {
        if salt.len() != SALT_LEN {
            return Err(StoreError::Corrupt);
        }
        let stretched = crypto::stretch_pin(pin, salt, &params)?;
        let device_secret = self.device.load()?;
        let kek = crypto::kek_from_stretched(&stretched, &device_secret)?;
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &kek[..]);
        let matches = ring::hmac::verify(&key, SECONDARY_PIN_LABEL, verifier).is_ok();
        Ok((matches, stretched))
    }

    /// The duress PIN's silent wipe, done in place: every draft, request and secret is deleted,
    /// the device secret is replaced (crypto-shredding: no earlier copy of the database opens
    /// any more, whatever PIN is tried), and a fresh data key is wrapped under the duress PIN,
    /// which from now on is the PIN. Leaves the store unlocked and without a duress row (the
    /// caller writes a decoy, as at set-up).
    ///
    /// In place, so that it costs what a normal unlock costs and leaves what a normal unlock
    /// leaves: no third Argon2id run (the new wrap reuses `stretched`, the duress check's own
    /// derivation, with its salt and cost), the same database file and the same device-secret
    /// file or entry (no creation times from a moment ago), and no row counters that would
    /// show that requests once existed.
    pub(crate) fn reset_for_duress(
        &mut self,
        stretched: &Key,
        salt: &[u8],
        params: KdfParams,
    ) -> Result<()> {
        if salt.len() != SALT_LEN {
            return Err(StoreError::Corrupt);
        }
        self.data_key = None;
        let device_secret = self.device.replace()?;
        let data_key = Key::new(crate::rng::array());
        let kek = crypto::kek_from_stretched(stretched, &device_secret)?;
        let wrapped = WrappedKey {
            salt: salt.to_vec(),
            params,
            wrapped: crypto::seal(&kek, &wrap_aad(), &data_key[..]),
        };
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "DELETE FROM secrets;
             DELETE FROM replies;
             DELETE FROM drafts;
             DELETE FROM outbox;
             DELETE FROM outbox_state_key;
             DELETE FROM feedback;
             DELETE FROM worker_profile;
             DELETE FROM duress_pin;
             DELETE FROM data_key;
             DELETE FROM meta;
             DELETE FROM sqlite_sequence;",
        )?;
        write_new_key(&tx, &wrapped)?;
        crate::outbox::write_state_key(&tx, &data_key)?;
        worker::write_row(&tx, &data_key, None)?;
        tx.commit()?;
        self.schedule.borrow_mut().clear();
        // Shrink the file to what a fresh store holds (same file, rewritten in place).
        self.conn.execute_batch("VACUUM")?;
        self.checkpoint()?;
        self.data_key = Some(data_key);
        Ok(())
    }

    fn secondary_pin_key(
        &self,
        pin: &str,
        salt: &[u8],
        params: KdfParams,
    ) -> Result<ring::hmac::Key> {
        if salt.len() != SALT_LEN {
            return Err(StoreError::Corrupt);
        }
        let device_secret = self.device.load()?;
        let kek = crypto::derive_kek(pin, salt, &params, &device_secret)?;
        Ok(ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &kek[..]))
    }
}
