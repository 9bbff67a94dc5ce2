//! The outreach worker's own profile: their organisation and a callback channel for the
//! hotline, set once (at set-up, or in settings behind the PIN) and sent as `assisted_by` with
//! every request the worker helps someone make.
//!
//! One row, AES-GCM under the data key and padded to one fixed size. Every store written by
//! this version holds the row from set-up on (`null` when the phone is not a worker's), and the
//! duress PIN's reset writes it again, so that a copied file does not tell a worker's phone from
//! a survivor's, nor whether worker mode was ever turned on.

use super::*;
use crate::referral::AssistedBy;

const WORKER_LABEL: &[u8] = b"reach worker profile v1\0";
/// The one row's key (also the AES-GCM `aad`'s subject).
pub(super) const ROW: &[u8] = &[1];
/// Every row's plaintext is exactly this long: the longest profile (200 + 200 characters of
/// up to 4 bytes, JSON-escaped) fits, and the size says nothing about the profile.
const PADDED_LEN: usize = 4096;

/// The label the PIN change re-seals the row under.
pub(super) const LABEL: &[u8] = WORKER_LABEL;

/// Checks and normalises a worker profile by the rules `assisted_by` has in a request (trimmed,
/// an empty channel dropped, the organisation required, both within their limits), so that a
/// saved profile always makes a request that validates. The errors name `assisted_by.*`.
pub fn checked_worker_profile(profile: AssistedBy) -> Result<AssistedBy> {
    let mut probe = Referral {
        assisted_by: Some(profile),
        ..Referral::default()
    };
    probe.normalize();
    let errors: Vec<ValidationError> = match probe.validate() {
        Ok(()) => vec![],
        Err(errors) => errors
            .into_iter()
            .filter(|e| e.field.as_str().starts_with("assisted_by"))
            .collect(),
    };
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    probe.assisted_by.take().ok_or(StoreError::Corrupt)
}

/// The sealed row for `profile` under `key` (`None`: not a worker's phone).
pub(super) fn sealed_row(key: &Key, profile: Option<&AssistedBy>) -> Result<Vec<u8>> {
    let mut plain = Zeroizing::new(serde_json::to_vec(&profile).map_err(|_| StoreError::Corrupt)?);
    if plain.len() > PADDED_LEN {
        return Err(StoreError::Corrupt);
    }
    // JSON followed by spaces, which JSON allows.
    plain.resize(PADDED_LEN, b' ');
    Ok(crypto::seal(key, &crypto::aad(WORKER_LABEL, ROW), &plain))
}

/// Writes the row inside `tx` (set-up, the duress reset).
pub(super) fn write_row(
    tx: &rusqlite::Transaction<'_>,
    key: &Key,
    profile: Option<&AssistedBy>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO worker_profile (id, sealed) VALUES (?1, ?2)
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
        params![ROW, sealed_row(key, profile)?],
    )?;
    Ok(())
}

impl Store {
    /// The worker's profile, if this is an outreach worker's phone (needs the unlocked store).
    /// A store made before worker mode existed has none.
    pub fn worker_profile(&self) -> Result<Option<AssistedBy>> {
        let key = self.data_key()?;
        let sealed: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT sealed FROM worker_profile WHERE id = ?1",
                params![ROW],
                |r| r.get(0),
            )
            .optional()?;
        let Some(sealed) = sealed else {
            return Ok(None);
        };
        let plain = Zeroizing::new(crypto::open(key, &crypto::aad(WORKER_LABEL, ROW), &sealed)?);
        serde_json::from_slice(&plain).map_err(|_| StoreError::Corrupt)
    }

    /// Turns worker mode on with `profile` (checked by [`checked_worker_profile`]; the
    /// normalised profile is what is kept and returned) or off (`None`). Needs the unlocked
    /// store. Settings reach this only through [`crate::app_lock::set_worker_profile`], which
    /// asks for the PIN again: a person handed the unlocked phone cannot change the mode.
    pub fn set_worker_profile(&self, profile: Option<AssistedBy>) -> Result<Option<AssistedBy>> {
        let key = self.data_key()?;
        let profile = profile.map(checked_worker_profile).transpose()?;
        self.conn.execute(
            "INSERT INTO worker_profile (id, sealed) VALUES (?1, ?2)
             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
            params![ROW, sealed_row(key, profile.as_ref())?],
        )?;
        self.checkpoint()?;
        Ok(profile)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::{Sensitive, ValidationErrorKind};

    fn profile(org: &str, channel: Option<&str>) -> AssistedBy {
        AssistedBy {
            organisation: Sensitive::new(org.to_owned()),
            channel: channel.map(|c| Sensitive::new(c.to_owned())),
        }
    }

    fn new_store(dir: &Path) -> Store {
        Store::create(dir, "2468", KdfParams::insecure_fast_for_tests()).unwrap()
    }

    #[test]
    fn a_profile_is_kept_sealed_and_survives_a_pin_change() {
        let dir = tempfile::tempdir().unwrap();
        let store = new_store(dir.path());
        assert_eq!(store.worker_profile().unwrap(), None);
        let saved = store
            .set_worker_profile(Some(profile(
                "  Casa Segura Outreach ",
                Some(" +52 55 1234 "),
            )))
            .unwrap();
        assert_eq!(
            saved,
            Some(profile("Casa Segura Outreach", Some("+52 55 1234")))
        );
        assert_eq!(store.worker_profile().unwrap(), saved);
        // Nothing of it is readable in the files.
        drop(store);
        for entry in fs::read_dir(dir.path()).unwrap() {
            let bytes = fs::read(entry.unwrap().path()).unwrap();
            assert!(
                !bytes.windows(10).any(|w| w == b"Casa Segur"),
                "the organisation is readable on disk"
            );
        }
        let mut store = Store::open(dir.path()).unwrap();
        assert!(matches!(store.worker_profile(), Err(StoreError::Locked)));
        store.unlock("2468").unwrap();
        assert_eq!(store.worker_profile().unwrap(), saved);
        store.change_pin("2468", "13579").unwrap();
        assert_eq!(store.worker_profile().unwrap(), saved);
        store.lock();
        store.unlock("13579").unwrap();
        assert_eq!(store.worker_profile().unwrap(), saved);
        // Off again.
        assert_eq!(store.set_worker_profile(None).unwrap(), None);
        assert_eq!(store.worker_profile().unwrap(), None);
    }

    #[test]
    fn the_row_has_one_size_whatever_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        let store = new_store(dir.path());
        let size = |s: &Store| -> usize {
            s.conn
                .query_row("SELECT length(sealed) FROM worker_profile", [], |r| {
                    r.get::<_, i64>(0)
                })
                .unwrap() as usize
        };
        // Written at set-up, as for a worker's phone.
        let none = size(&store);
        store
            .set_worker_profile(Some(profile(&"𝄞".repeat(200), Some(&"\"".repeat(200)))))
            .unwrap();
        assert_eq!(size(&store), none);
        store.set_worker_profile(Some(profile("A", None))).unwrap();
        assert_eq!(size(&store), none);
    }

    #[test]
    fn a_profile_that_would_not_validate_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let store = new_store(dir.path());
        let kept = store
            .set_worker_profile(Some(profile("Hội Nhân Ái", None)))
            .unwrap();
        for (bad, field, kind) in [
            (profile("   ", None), "assisted_by.organisation", None),
            (
                profile(&"x".repeat(201), None),
                "assisted_by.organisation",
                Some(ValidationErrorKind::TooLong { max: 200 }),
            ),
            (
                profile("Org", Some(&"9".repeat(201))),
                "assisted_by.channel",
                Some(ValidationErrorKind::TooLong { max: 200 }),
            ),
            (profile("Org\u{7}", None), "assisted_by.organisation", None),
        ] {
            match store.set_worker_profile(Some(bad)) {
                Err(StoreError::Invalid(errors)) => {
                    assert!(!errors.is_empty());
                    assert!(
                        errors.iter().all(|e| e.field.as_str() == field),
                        "{errors:?}"
                    );
                    if let Some(kind) = kind {
                        assert_eq!(errors[0].kind, kind);
                    }
                }
                other => panic!("expected Invalid, got {other:?}"),
            }
            assert_eq!(store.worker_profile().unwrap(), kept);
        }
    }

    #[test]
    fn a_store_from_before_worker_mode_has_no_profile() {
        let dir = tempfile::tempdir().unwrap();
        let store = new_store(dir.path());
        store
            .conn
            .execute("DELETE FROM worker_profile", [])
            .unwrap();
        assert_eq!(store.worker_profile().unwrap(), None);
    }
}
