//! The store's symmetric cryptography: Argon2id + HKDF for the key-encryption key, AES-256-GCM
//! (ring) for everything encrypted at rest. Kept apart from the SQL so it can be reviewed alone.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::hkdf;
use zeroize::Zeroizing;

use super::{KdfParams, StoreError};

/// Bytes of every key the store handles (data key, KEK, device secret).
pub(crate) const KEY_LEN: usize = 32;
/// Bytes of the Argon2id salt.
pub(crate) const SALT_LEN: usize = 16;
/// HKDF salt: domain separation of the KEK from any other use of the same inputs.
const KEK_HKDF_SALT: &[u8] = b"reach store kek salt v1";
/// HKDF info for the KEK.
const KEK_HKDF_INFO: &[u8] = b"reach store kek v1";

/// A 32-byte key that is wiped from memory when dropped.
pub(crate) type Key = Zeroizing<[u8; KEY_LEN]>;

struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        KEY_LEN
    }
}

/// KEK = HKDF-SHA256(ikm = Argon2id(PIN, salt) || device secret).
///
/// Both halves are needed: the PIN alone (a trafficker who watched it being typed) opens nothing
/// without the device secret, and the device secret alone (a copy of the app's files) leaves only
/// an Argon2id-hardened guess of the PIN.
pub(crate) fn derive_kek(
    pin: &str,
    salt: &[u8],
    params: &KdfParams,
    device_secret: &[u8; KEY_LEN],
) -> Result<Key, StoreError> {
    let stretched = stretch_pin(pin, salt, params)?;
    kek_from_stretched(&stretched, device_secret)
}

/// The expensive half of [`derive_kek`]: Argon2id(PIN, salt). Exposed on its own so that the
/// duress path can re-wrap a fresh data key with the derivation it has already paid for, and so
/// cost exactly as much as a normal unlock (see `Store::reset_for_duress`).
pub(crate) fn stretch_pin(pin: &str, salt: &[u8], params: &KdfParams) -> Result<Key, StoreError> {
    #[cfg(test)]
    STRETCHES.with(|n| n.set(n.get() + 1));
    let argon = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        params.to_argon2()?,
    );
    let mut out = Key::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(pin.as_bytes(), salt, &mut out[..])
        .map_err(|_| StoreError::InvalidKdfParams)?;
    Ok(out)
}

#[cfg(test)]
thread_local! {
    /// Argon2id derivations made on this thread, so that unit tests can show that two paths
    /// cost the same number of them (a timed test would be flaky and prove less).
    pub(crate) static STRETCHES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The cheap half of [`derive_kek`]: HKDF over the stretched PIN and the device secret.
pub(crate) fn kek_from_stretched(
    stretched: &[u8; KEY_LEN],
    device_secret: &[u8; KEY_LEN],
) -> Result<Key, StoreError> {
    let mut ikm = Zeroizing::new([0u8; 2 * KEY_LEN]);
    ikm[..KEY_LEN].copy_from_slice(stretched);
    ikm[KEY_LEN..].copy_from_slice(device_secret);
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, KEK_HKDF_SALT).extract(&ikm[..]);
    let mut kek = Zeroizing::new([0u8; KEY_LEN]);
    prk.expand(&[KEK_HKDF_INFO], Len32)
        .and_then(|okm| okm.fill(&mut kek[..]))
        .map_err(|_| StoreError::Corrupt)?;
    Ok(kek)
}

fn aead_key(key: &[u8; KEY_LEN]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).expect("a 32-byte AES-256 key"))
}

/// Encrypts with a fresh random nonce; returns `nonce || ciphertext || tag`.
pub(crate) fn seal(key: &[u8; KEY_LEN], aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let nonce = crate::rng::array::<NONCE_LEN>();
    let mut out = Vec::with_capacity(NONCE_LEN + plaintext.len() + AES_256_GCM.tag_len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    let tag = aead_key(key)
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut out[NONCE_LEN..],
        )
        .expect("AES-GCM input within limits");
    out.extend_from_slice(tag.as_ref());
    out
}

/// Decrypts `nonce || ciphertext || tag`. Any change to the bytes or to `aad` (e.g. a row moved
/// under another id) fails as [`StoreError::Corrupt`].
pub(crate) fn open(
    key: &[u8; KEY_LEN],
    aad: &[u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    if sealed.len() < NONCE_LEN + AES_256_GCM.tag_len() {
        return Err(StoreError::Corrupt);
    }
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&sealed[..NONCE_LEN]);
    let mut buf = Zeroizing::new(sealed[NONCE_LEN..].to_vec());
    let len = aead_key(key)
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut buf[..],
        )
        .map_err(|_| StoreError::Corrupt)?
        .len();
    buf.truncate(len);
    Ok(buf)
}

/// Associated data: a label, then the id the ciphertext belongs to.
pub(crate) fn aad(label: &[u8], id: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(label.len() + id.len());
    out.extend_from_slice(label);
    out.extend_from_slice(id);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_binding() {
        let key = [7u8; KEY_LEN];
        let a = seal(&key, b"a", b"secret");
        let b = seal(&key, b"a", b"secret");
        assert_ne!(a, b, "fresh nonce every time");
        assert_eq!(&open(&key, b"a", &a).unwrap()[..], b"secret");
        assert!(matches!(open(&key, b"b", &a), Err(StoreError::Corrupt)));
        assert!(matches!(
            open(&[8; KEY_LEN], b"a", &a),
            Err(StoreError::Corrupt)
        ));
        let mut t = a.clone();
        *t.last_mut().unwrap() ^= 1;
        assert!(matches!(open(&key, b"a", &t), Err(StoreError::Corrupt)));
        assert!(matches!(
            open(&key, b"a", &a[..10]),
            Err(StoreError::Corrupt)
        ));
    }

    #[test]
    fn kdf_params_are_bounded() {
        KdfParams::default().to_argon2().unwrap();
        KdfParams::insecure_fast_for_tests().to_argon2().unwrap();
        let huge = KdfParams {
            m_kib: u32::MAX,
            ..KdfParams::default()
        };
        assert!(matches!(
            huge.to_argon2(),
            Err(StoreError::InvalidKdfParams)
        ));
        let zero = KdfParams {
            t: 0,
            ..KdfParams::default()
        };
        assert!(matches!(
            zero.to_argon2(),
            Err(StoreError::InvalidKdfParams)
        ));
    }

    #[test]
    fn kek_depends_on_pin_salt_and_device_secret() {
        let p = KdfParams::insecure_fast_for_tests();
        let base = derive_kek("1234", &[1; SALT_LEN], &p, &[2; KEY_LEN]).unwrap();
        assert_eq!(
            *base,
            *derive_kek("1234", &[1; SALT_LEN], &p, &[2; KEY_LEN]).unwrap()
        );
        assert_ne!(
            *base,
            *derive_kek("1235", &[1; SALT_LEN], &p, &[2; KEY_LEN]).unwrap()
        );
        assert_ne!(
            *base,
            *derive_kek("1234", &[3; SALT_LEN], &p, &[2; KEY_LEN]).unwrap()
        );
        assert_ne!(
            *base,
            *derive_kek("1234", &[1; SALT_LEN], &p, &[4; KEY_LEN]).unwrap()
        );
    }
}
