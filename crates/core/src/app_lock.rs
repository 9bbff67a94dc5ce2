//! The lock screen's rules: what a PIN may be, the duress PIN, and the wipe after too many wrong
//! PINs. Kept here, not in the app shell, so that every rule is tested headless.
//!
//! The person's phone may be taken and the person forced to unlock the app in front of the
//! controller. Three defences, all silent:
//!
//! * **Duress PIN.** A second PIN that, typed at the lock screen, crypto-shreds everything
//!   ([`Store::wipe`]) and opens a fresh, empty store under that very PIN. The screen shows the
//!   same "unlocked" as with the real PIN ([`PinOutcome::Accepted`]), and from then on the
//!   duress PIN *is* the PIN, so the controller can open the app again and again and find an
//!   unused app.
//! * **Wipe after N wrong PINs** ([`LockPolicy::max_failed_unlocks`]); the counter is persisted
//!   before each attempt, so killing the app does not reset it. A wrong current PIN at the
//!   forms inside the app that ask for it ([`change_pin`], [`set_duress_pin`]) counts on the
//!   same counter and wipes the same way: holding the unlocked phone gives no more guesses than
//!   holding the locked one.
//! * **Nothing distinguishes a store with a duress PIN from one without.** Every store that went
//!   through this module holds one duress row: a real verifier, or a decoy of the same shape and
//!   cost (random bytes, or the verifier of a random value nobody keeps). Every unlock attempt
//!   runs both Argon2id derivations (duress check and real PIN) whatever the row holds, so
//!   neither the file nor the time an attempt takes reveals whether a duress PIN is set.
//!
//! The duress path costs what a normal unlock costs: the same two Argon2id derivations, then a
//! reset of the store *in place* that re-wraps a fresh data key with the duress check's own
//! derivation (`Store::reset_for_duress`): no third derivation, no new files with fresh
//! creation times. What remains is a few milliseconds of SQLite writes and a `VACUUM`.

use std::path::Path;

use reach_contract::ErrorCode;
use rusqlite::{OptionalExtension as _, params};
use zeroize::Zeroizing;

use crate::store::{
    DeviceSecret, DeviceSecretKind, FileDeviceSecret, KdfParams, PIN_SALT_LEN, PIN_VERIFIER_LEN,
    Store, StoreError, new_secret,
};

/// The rules for a PIN being chosen live in the contract, so that the UI applies the very same
/// ones; re-exported here, where the lock screen's other rules are.
pub use reach_contract::pin::{PIN_MAX_LEN, PIN_MIN_LEN, PinError, validate_pin};

/// What a PIN form did (unlock, change PIN, set duress PIN): one type for the three, because
/// all three follow the same rules. The duress PIN deliberately yields
/// [`PinOutcome::Accepted`].
pub use reach_contract::PinOutcome;

/// Everything the lock screen's operations can refuse, with stable codes ([`LockError::code`]).
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// A new PIN breaks the PIN rules.
    #[error(transparent)]
    Pin(#[from] PinError),
    /// The duress PIN equals the real PIN: it would never be recognised.
    #[error("the duress PIN must differ from the PIN")]
    DuressSameAsPin,
    /// The store failed (including [`StoreError::WrongPin`] for a wrong current PIN).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Outreach worker mode was to be turned off while drafts of people the worker helps
    /// (drafts with `assisted_by`) are unsent: see [`set_worker_profile`].
    #[error("{0} unsent requests of people helped keep outreach worker mode on")]
    WorkerDraftsOpen(usize),
}

impl LockError {
    /// Stable machine code for the UI's translations. Never rename one.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Pin(e) => e.code(),
            Self::DuressSameAsPin => ErrorCode::DuressSameAsPin,
            Self::Store(e) => e.code(),
            Self::WorkerDraftsOpen(_) => ErrorCode::WorkerDraftsOpen,
        }
    }
}

/// How forgiving the lock screen is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockPolicy {
    /// Consecutive wrong PINs after which everything is wiped. At least 1 (0 counts as 1).
    pub max_failed_unlocks: u32,
}

impl Default for LockPolicy {
    /// Ten. The calculator disguise is meant to be used as a calculator: a stranger doing sums
    /// on it types digits and "=", and every such "=" is an unlock attempt. Ten keeps an
    /// accidental wipe unlikely (and leaves room for a few slips of a frightened thumb), while
    /// someone guessing still gets only 10 tries at a 6-digit PIN (1 in 100,000; fewer for
    /// longer PINs).
    fn default() -> Self {
        Self {
            max_failed_unlocks: 10,
        }
    }
}

impl LockPolicy {
    fn max(&self) -> u32 {
        self.max_failed_unlocks.max(1)
    }
}

/// First use: validates the PIN (and the optional duress PIN), creates the store in `dir` and
/// records the duress PIN, or a decoy of the same shape when there is none. Returns the store
/// unlocked.
///
/// The device secret is a file beside the database; the app uses [`setup_with_secret`] to keep
/// it in the OS keyring instead.
pub fn setup(
    dir: &Path,
    pin: &str,
    duress_pin: Option<&str>,
    params: KdfParams,
) -> Result<Store, LockError> {
    setup_with_secret(
        dir,
        pin,
        duress_pin,
        params,
        Box::new(FileDeviceSecret::in_dir(dir)),
    )
}

/// As [`setup`], with the device secret kept by `device` (e.g. a
/// `store::KeyringDeviceSecret`, feature `keyring`). The PINs are checked before `device` is touched.
pub fn setup_with_secret(
    dir: &Path,
    pin: &str,
    duress_pin: Option<&str>,
    params: KdfParams,
    device: Box<dyn DeviceSecret>,
) -> Result<Store, LockError> {
    validate_pin(pin)?;
    if let Some(d) = duress_pin {
        validate_pin(d)?;
        if d == pin {
            return Err(LockError::DuressSameAsPin);
        }
    }
    let store = Store::create_with_secret(dir, pin, params, device)?;
    if let Err(e) = write_duress_row(&store, duress_pin) {
        // Leave nothing half-made: setup can then simply be tried again.
        let _ = store.wipe();
        return Err(e);
    }
    Ok(store)
}

/// The app's set-up: the device secret goes to the first of `kinds` that works — the OS
/// keyring first, then the file as the documented fallback. A kind whose store is unreachable
/// ([`StoreError::DeviceSecretUnavailable`] at creation: no Secret Service, locked, refused)
/// is skipped; any other error (a PIN that breaks the rules, an existing store) is returned at
/// once. The PINs are checked before any secret store is touched.
pub fn setup_preferring(
    dir: &Path,
    pin: &str,
    duress_pin: Option<&str>,
    params: KdfParams,
    kinds: &[DeviceSecretKind],
) -> Result<Store, LockError> {
    let mut last = LockError::Store(StoreError::DeviceSecretUnavailable);
    for &kind in kinds {
        let device = match new_secret(kind, dir) {
            Ok(device) => device,
            Err(e) => {
                last = e.into();
                continue;
            }
        };
        match setup_with_secret(dir, pin, duress_pin, params, device) {
            Err(LockError::Store(StoreError::DeviceSecretUnavailable)) => {
                last = StoreError::DeviceSecretUnavailable.into();
            }
            other => return other,
        }
    }
    Err(last)
}

/// One unlock attempt at the lock screen, with every rule applied:
///
/// * the real PIN unlocks → [`PinOutcome::Accepted`], the store returned unlocked;
/// * the duress PIN wipes everything (crypto-shredding), creates a fresh empty store in the same
///   directory whose PIN is the duress PIN (with the old store's Argon2id cost and kind of
///   device secret; `params` only if the cost cannot be read) →
///   [`PinOutcome::Accepted`] with the fresh store: indistinguishable on screen;
/// * any other PIN counts as a failed attempt (persisted) → [`PinOutcome::WrongPin`] with the
///   attempts left, or at the policy's limit the store is wiped → [`PinOutcome::Wiped`]
///   and no store.
///
/// Both Argon2id checks run on every attempt. Takes the store by value because two outcomes
/// destroy it. On `Err` the store has been dropped (not wiped); reopen it with [`Store::open`].
pub fn unlock_or_wipe(
    mut store: Store,
    pin: &str,
    policy: &LockPolicy,
    params: KdfParams,
) -> Result<(PinOutcome, Option<Store>), LockError> {
    let row = read_or_init_duress_row(&store)?;
    // Always both derivations, duress first; neither result is acted on before both are known.
    let (is_duress, stretched) =
        store.secondary_pin_check(pin, &row.salt, row.params, &row.verifier)?;
    match store.unlock(pin) {
        Ok(()) => Ok((PinOutcome::Accepted, Some(store))),
        Err(StoreError::WrongPin) if is_duress => {
            // In place, with the derivation already made: the same work and the same files as
            // a normal unlock (see `Store::reset_for_duress`); the secret stays where it was
            // (keyring or file) and the cost stays the one calibrated at set-up.
            let reset = store
                .reset_for_duress(&stretched, &row.salt, row.params)
                .map_err(LockError::from)
                .and_then(|()| write_duress_row(&store, None));
            drop(stretched);
            match reset {
                Ok(()) => Ok((PinOutcome::Accepted, Some(store))),
                Err(_) => {
                    // Whatever stopped the reset half-way, the old data must still go: the
                    // slower way, a full wipe and a new store under the duress PIN, its secret
                    // kept where the old one was (never a silent downgrade from the keyring to
                    // a file) and at the old store's calibrated cost.
                    let dir = store.dir().to_owned();
                    let kind = store.device_secret_kind();
                    let params = store.kdf_params().unwrap_or(params);
                    wipe_thoroughly(store)?;
                    let fresh =
                        setup_with_secret(&dir, pin, None, params, new_secret(kind, &dir)?)?;
                    Ok((PinOutcome::Accepted, Some(fresh)))
                }
            }
        }
        Err(StoreError::WrongPin) => {
            let failed = store.failed_unlocks()?;
            if failed >= policy.max() {
                wipe_thoroughly(store)?;
                Ok((PinOutcome::Wiped, None))
            } else {
                Ok((
                    PinOutcome::WrongPin {
                        remaining: policy.max() - failed,
                    },
                    Some(store),
                ))
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// Changes the PIN from inside the app (settings), under the lock screen's rules, so that the
/// form is no easier a way to guess the PIN than the lock screen:
///
/// * the store must be unlocked ([`StoreError::Locked`] otherwise, not counted): at the lock
///   screen the only PIN entry is [`unlock_or_wipe`], with its duress check;
/// * `new_pin` must pass [`validate_pin`] (checked first, not counted: a typo in the new PIN
///   costs no attempt);
/// * a wrong `current_pin` counts as a failed unlock toward [`LockPolicy::max_failed_unlocks`],
///   on the same persisted counter (counted before the check, so killing the app does not avoid
///   it) → [`PinOutcome::WrongPin`], or at the limit the same crypto-shredding wipe as at
///   the lock screen → [`PinOutcome::Wiped`]. Wrong attempts here and at the lock screen
///   add up; otherwise the form would be a free brute-force oracle for whoever holds the
///   unlocked phone;
/// * the duress PIN typed as `current_pin` is a wrong current PIN (counted), *not* a wipe. The
///   duress PIN exists to make an app opened under coercion look unused, and it works only at
///   the lock screen (as in [`set_duress_pin`]): here the person is already inside, the
///   data has already been on screen, and a wipe from a settings form would be neither silent
///   nor needed (the panic wipe is one tap away). Treating it as wrong also means this form
///   never says whether a given PIN is the duress PIN;
/// * `new_pin` equal to the duress PIN is refused ([`LockError::DuressSameAsPin`], code
///   `duress_same_as_pin`), because the real PIN is checked first at unlock and the duress PIN
///   would silently stop working. This is reported only *after* the current PIN proved right,
///   and the duress check runs on every attempt with a valid new PIN, whatever the current
///   PIN, so that someone without the PIN learns nothing about the duress PIN, not even from
///   timing (each attempt costs one duress derivation plus one PIN derivation before any
///   answer).
///
/// Residual, accepted: whoever knows the current PIN can test candidates for the duress PIN here
/// (each test costs two Argon2id derivations). They could equally replace or remove it with
/// [`set_duress_pin`]; the duress PIN protects against someone who does *not* know the real
/// PIN.
///
/// The duress PIN itself is untouched (its verifier depends on the device secret, not on the
/// PIN or the data key), as are drafts, the outbox and the request secrets (re-encrypted under a
/// new data key in one transaction).
///
/// Takes the store by value because one outcome destroys it, and hands it back with every
/// other outcome *and* with every error (a refused new PIN must not throw the person out to the
/// lock screen). `None` only after [`PinOutcome::Wiped`] or a wipe that failed part-way
/// (then reopen with [`Store::open`], or wipe again).
pub fn change_pin(
    store: Store,
    current_pin: &str,
    new_pin: &str,
    policy: &LockPolicy,
) -> (Result<PinOutcome, LockError>, Option<Store>) {
    under_lock_rules(store, policy, |store| {
        change_pin_checked(store, current_pin, new_pin)
    })
}

/// [`change_pin`] without the wipe: every check, then the change. The only source of
/// [`StoreError::WrongPin`] is the current PIN's check (counted by the store).
fn change_pin_checked(
    store: &mut Store,
    current_pin: &str,
    new_pin: &str,
) -> Result<(), LockError> {
    if !store.is_unlocked() {
        return Err(StoreError::Locked.into());
    }
    validate_pin(new_pin)?;
    // Both derivations on every attempt, duress first; the duress result is acted on only once
    // the current PIN has proved right.
    let row = read_or_init_duress_row(store)?;
    let new_is_duress =
        store.secondary_pin_matches(new_pin, &row.salt, row.params, &row.verifier)?;
    if new_is_duress {
        store.unlock(current_pin)?;
        return Err(LockError::DuressSameAsPin);
    }
    store.change_pin(current_pin, new_pin)?;
    Ok(())
}

/// Sets (`Some`) or removes (`None`) the duress PIN from inside the app (settings), under the
/// lock screen's rules, exactly as [`change_pin`] does, so that this form is no easier a way to
/// guess the PIN than the lock screen:
///
/// * the store must be unlocked ([`StoreError::Locked`] otherwise, not counted): at the lock
///   screen this would be a PIN oracle beside [`unlock_or_wipe`];
/// * a new duress PIN must pass [`validate_pin`] (checked first, not counted: a typo in it costs
///   no attempt);
/// * a wrong `current_pin` counts as a failed unlock toward [`LockPolicy::max_failed_unlocks`],
///   on the same persisted counter (counted before the check, so killing the app does not avoid
///   it) → [`PinOutcome::WrongPin`], or at the limit the same crypto-shredding wipe as at
///   the lock screen → [`PinOutcome::Wiped`]. Wrong attempts here, at [`change_pin`] and
///   at the lock screen add up;
/// * the duress PIN typed as `current_pin` is a wrong current PIN (counted), not a wipe, as at
///   [`change_pin`] and for the same reasons;
/// * a duress PIN equal to the PIN is refused ([`LockError::DuressSameAsPin`]): the real PIN is
///   checked first at unlock, so it would never be recognised. Reported only *after* the current
///   PIN proved right; with a wrong one the answer is only the wrong PIN.
///
/// Nothing distinguishes a store with a duress PIN from one without, here either: the present
/// duress row is never read, so no answer depends on it; removing writes a decoy of the same
/// shape, so the file looks the same either way; and every attempt that passes the uncounted
/// checks costs the same two Argon2id derivations before any answer, whatever the answer: the
/// new row's verifier (for a removal, the verifier of a random value nobody keeps, which then
/// serves as the decoy) and the current PIN's check. The row is written only after the current
/// PIN proved right.
///
/// Takes the store by value because one outcome destroys it, and hands it back with every other
/// outcome *and* with every error (a refused duress PIN must not throw the person out to the
/// lock screen). `None` only after [`PinOutcome::Wiped`] or a wipe that failed part-way
/// (then reopen with [`Store::open`], or wipe again).
pub fn set_duress_pin(
    store: Store,
    current_pin: &str,
    duress_pin: Option<&str>,
    policy: &LockPolicy,
) -> (Result<PinOutcome, LockError>, Option<Store>) {
    under_lock_rules(store, policy, |store| {
        set_duress_pin_checked(store, current_pin, duress_pin)
    })
}

/// [`set_duress_pin`] without the wipe: every check, then the write. The only source of
/// [`StoreError::WrongPin`] is the current PIN's check (counted by the store).
fn set_duress_pin_checked(
    store: &mut Store,
    current_pin: &str,
    duress_pin: Option<&str>,
) -> Result<(), LockError> {
    if !store.is_unlocked() {
        return Err(StoreError::Locked.into());
    }
    if let Some(d) = duress_pin {
        validate_pin(d)?;
    }
    // Both derivations on every attempt, the new verifier first; it is written only once the
    // current PIN has proved right.
    let row = match duress_pin {
        Some(d) => new_duress_row(store, Some(d))?,
        None => {
            let nobody_knows = Zeroizing::new(hex::encode(crate::rng::array::<32>()));
            new_duress_row(store, Some(&nobody_knows))?
        }
    };
    store.unlock(current_pin)?;
    if duress_pin == Some(current_pin) {
        return Err(LockError::DuressSameAsPin);
    }
    put_duress_row(store, &row)
}

/// Turns outreach-worker mode on with `profile`, or off (`None`), from settings, under the
/// lock screen's rules exactly as [`change_pin`] does: the store must be unlocked, the profile
/// is checked first ([`crate::store::checked_worker_profile`]; a mistake in it costs no
/// attempt), and a wrong `current_pin` counts toward the wipe. The PIN is asked again because
/// a worker hands the unlocked phone to the people they help: none of them may change whose
/// phone it is, nor what the hotline is told about who assisted.
///
/// Turning the mode off is refused ([`LockError::WorkerDraftsOpen`], before the PIN is
/// checked, so no attempt is counted) while any draft holds `assisted_by`: a person's request
/// on a phone that is not a worker's would reopen to the worker with what the person answered
/// alone, and would be sent without the reference that is the person's only way to the
/// replies. They are sent or deleted first.
pub fn set_worker_profile(
    store: Store,
    current_pin: &str,
    profile: Option<crate::referral::AssistedBy>,
    policy: &LockPolicy,
) -> (Result<PinOutcome, LockError>, Option<Store>) {
    under_lock_rules(store, policy, |store| {
        if !store.is_unlocked() {
            return Err(StoreError::Locked.into());
        }
        let profile = profile
            .map(crate::store::checked_worker_profile)
            .transpose()?;
        if profile.is_none() {
            let mut open = 0;
            for id in store.list_drafts()? {
                if store.load_draft(id)?.assisted_by.is_some() {
                    open += 1;
                }
            }
            if open > 0 {
                return Err(LockError::WorkerDraftsOpen(open));
            }
        }
        store.unlock(current_pin)?;
        store.set_worker_profile(profile)?;
        Ok(())
    })
}

/// The lock screen's rules for a form inside the app that asks for the current PIN: runs
/// `form`, whose only source of [`StoreError::WrongPin`] must be the current PIN's check
/// (counted by the store before it runs); a wrong PIN answers with the attempts left, or at the
/// policy's limit wipes as [`unlock_or_wipe`] does. One place for the rule, so that the forms
/// cannot drift apart. The store comes back with every outcome but a wipe, errors included.
fn under_lock_rules(
    mut store: Store,
    policy: &LockPolicy,
    form: impl FnOnce(&mut Store) -> Result<(), LockError>,
) -> (Result<PinOutcome, LockError>, Option<Store>) {
    match form(&mut store) {
        Ok(()) => (Ok(PinOutcome::Accepted), Some(store)),
        Err(LockError::Store(StoreError::WrongPin)) => match store.failed_unlocks() {
            Ok(failed) if failed >= policy.max() => match wipe_thoroughly(store) {
                Ok(()) => (Ok(PinOutcome::Wiped), None),
                Err(e) => (Err(e.into()), None),
            },
            Ok(failed) => (
                Ok(PinOutcome::WrongPin {
                    remaining: policy.max() - failed,
                }),
                Some(store),
            ),
            Err(e) => (Err(e.into()), Some(store)),
        },
        Err(e) => (Err(e), Some(store)),
    }
}

/// [`Store::wipe`], and if that reports an error part-way, a second pass over the directory
/// ([`Store::wipe_dir`]), so that a fresh store can be created where the old one was.
fn wipe_thoroughly(store: Store) -> Result<(), StoreError> {
    let dir = store.dir().to_owned();
    match store.wipe() {
        Ok(()) => Ok(()),
        Err(_) => Store::wipe_dir(&dir),
    }
}

struct DuressRow {
    salt: Vec<u8>,
    params: KdfParams,
    verifier: Vec<u8>,
}

/// Writes the duress row: the verifier of `duress_pin`, or random bytes of the same shape (a
/// decoy no PIN matches, short of a 2^-256 chance).
fn write_duress_row(store: &Store, duress_pin: Option<&str>) -> Result<(), LockError> {
    put_duress_row(store, &new_duress_row(store, duress_pin)?)
}

/// A duress row with a fresh salt, at the cost of the store's own PIN: the verifier of
/// `duress_pin` (one Argon2id derivation), or random bytes of the same shape (no derivation).
fn new_duress_row(store: &Store, duress_pin: Option<&str>) -> Result<DuressRow, LockError> {
    let params = store.kdf_params()?;
    let salt = crate::rng::array::<PIN_SALT_LEN>();
    let verifier = match duress_pin {
        Some(pin) => store.secondary_pin_tag(pin, &salt, params)?,
        None => crate::rng::array::<PIN_VERIFIER_LEN>(),
    };
    Ok(DuressRow {
        salt: salt.to_vec(),
        params,
        verifier: verifier.to_vec(),
    })
}

/// Stores `row` as the one duress row, over any previous one.
fn put_duress_row(store: &Store, row: &DuressRow) -> Result<(), LockError> {
    let DuressRow {
        salt,
        params,
        verifier,
    } = row;
    store
        .conn()
        .execute(
            "INSERT INTO duress_pin (id, kdf_salt, kdf_m_kib, kdf_t, kdf_p, verifier)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET kdf_salt = excluded.kdf_salt,
                 kdf_m_kib = excluded.kdf_m_kib, kdf_t = excluded.kdf_t,
                 kdf_p = excluded.kdf_p, verifier = excluded.verifier",
            params![salt, params.m_kib, params.t, params.p, verifier],
        )
        .map_err(StoreError::from)?;
    // The old verifier's pages are zeroed (secure_delete); drop them from the WAL too.
    store.checkpoint()?;
    Ok(())
}

/// The duress row; a store made without this module (or before schema 2) gets its decoy now,
/// so that from its first unlock on it looks like every other store.
fn read_or_init_duress_row(store: &Store) -> Result<DuressRow, LockError> {
    if let Some(row) = read_duress_row(store)? {
        return Ok(row);
    }
    write_duress_row(store, None)?;
    read_duress_row(store)?.ok_or(LockError::Store(StoreError::Corrupt))
}

fn read_duress_row(store: &Store) -> Result<Option<DuressRow>, StoreError> {
    let row = store
        .conn()
        .query_row(
            "SELECT kdf_salt, kdf_m_kib, kdf_t, kdf_p, verifier FROM duress_pin WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Vec<u8>>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((salt, m, t, p, verifier)) = row else {
        return Ok(None);
    };
    let num = |v: i64| u32::try_from(v).map_err(|_| StoreError::Corrupt);
    let params = KdfParams {
        m_kib: num(m)?,
        t: num(t)?,
        p: num(p)?,
    };
    // A tampered row must not make unlock expensive or break it: the same bounds as the store's
    // own parameters apply (checked again inside the derivation).
    if salt.len() != PIN_SALT_LEN || verifier.len() != PIN_VERIFIER_LEN {
        return Err(StoreError::Corrupt);
    }
    Ok(Some(DuressRow {
        salt,
        params,
        verifier,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_rules() {
        assert_eq!(PIN_MIN_LEN, 6);
        assert_eq!(validate_pin("123456"), Ok(()));
        assert_eq!(validate_pin("012345"), Ok(()));
        assert_eq!(validate_pin("123456789012"), Ok(()));
        assert_eq!(validate_pin(""), Err(PinError::TooShort));
        assert_eq!(validate_pin("123"), Err(PinError::TooShort));
        assert_eq!(validate_pin("1234"), Err(PinError::TooShort));
        assert_eq!(validate_pin("12345"), Err(PinError::TooShort));
        assert_eq!(validate_pin("1234567890123"), Err(PinError::TooLong));
        for bad in ["12a4", "12 34", "١٢٣٤", "+1234", "12.34"] {
            assert_eq!(validate_pin(bad), Err(PinError::NotDigits), "{bad}");
        }
        assert_eq!(PinError::TooShort.code(), "pin_too_short");
        assert_eq!(LockError::DuressSameAsPin.code(), "duress_same_as_pin");
        assert_eq!(LockError::Store(StoreError::WrongPin).code(), "wrong_pin");
    }

    /// Argon2id derivations `f` makes on this thread.
    fn stretches(f: impl FnOnce()) -> usize {
        let before = crate::store::STRETCHES.with(std::cell::Cell::get);
        f();
        crate::store::STRETCHES.with(std::cell::Cell::get) - before
    }

    #[test]
    fn a_duress_unlock_costs_the_same_derivations_as_a_normal_one() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let params = KdfParams::insecure_fast_for_tests();
        let policy = LockPolicy::default();
        drop(setup(&dir, "482916", Some("137955"), params).unwrap());
        let attempt = |pin: &str, want: PinOutcome| {
            let store = Store::open(&dir).unwrap();
            let (outcome, _) = unlock_or_wipe(store, pin, &policy, params).unwrap();
            assert_eq!(outcome, want, "{pin}");
        };
        let normal = stretches(|| attempt("482916", PinOutcome::Accepted));
        let wrong = stretches(|| attempt("000000", PinOutcome::WrongPin { remaining: 9 }));
        let duress = stretches(|| attempt("137955", PinOutcome::Accepted));
        assert_eq!(normal, 2, "duress check and real PIN");
        assert_eq!(wrong, normal);
        assert_eq!(duress, normal, "no third derivation for the fresh store");
        // And the reset really happened: the duress PIN is now the PIN, at the same cost.
        let after = stretches(|| attempt("137955", PinOutcome::Accepted));
        assert_eq!(after, normal);
        attempt("482916", PinOutcome::WrongPin { remaining: 9 });
    }

    #[test]
    fn policy_never_allows_zero() {
        assert_eq!(LockPolicy::default().max_failed_unlocks, 10);
        assert_eq!(
            LockPolicy {
                max_failed_unlocks: 0
            }
            .max(),
            1
        );
    }
}
