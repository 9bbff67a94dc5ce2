//! Sealing small records to an X25519 public key with HPKE (RFC 9180, base mode, the same suite
//! as envelopes), for data that must be *written* where its reader's private key is absent.
//!
//! Why: the outbox is updated while the app is locked (delivery needs no PIN), but what it
//! learns about a pending request — how often it was tried, why the hotline refused it — must
//! not lie readable on a seized phone. The store writes such records sealed to a public key
//! whose private half is kept under the data key, so only an unlocked store can read them.
//!
//! Format: `enc (32 bytes) || ciphertext (plaintext + 16-byte tag)`. `info` separates uses;
//! `aad` binds a record to its row.

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256 as Kem;
use hpke::{Deserializable as _, OpModeR, OpModeS, Serializable as _};
use zeroize::Zeroizing;

use crate::envelope::{HotlinePrivateKey, HotlinePublicKey};

const ENC_LEN: usize = 32;

/// Why a sealed record could not be made or read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealedBoxError {
    /// The key bytes are not a valid X25519 key.
    #[error("invalid key")]
    InvalidKey,
    /// Wrong key, wrong `info` or `aad`, or a changed byte.
    #[error("the record does not open with this key")]
    OpenFailed,
}

/// Seals `plaintext` to `to` under `info`, bound to `aad`.
pub fn seal(
    to: &HotlinePublicKey,
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, SealedBoxError> {
    let pk = <Kem as hpke::Kem>::PublicKey::from_bytes(&to.to_bytes())
        .map_err(|_| SealedBoxError::InvalidKey)?;
    let (enc, ct) = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Base,
        &pk,
        info,
        plaintext,
        aad,
        &mut crate::rng::RingRng,
    )
    .map_err(|_| SealedBoxError::InvalidKey)?;
    let mut out = Vec::with_capacity(ENC_LEN + ct.len());
    out.extend_from_slice(&enc.to_bytes());
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Opens a record made by [`seal`] with the matching private key, `info` and `aad`.
pub fn open(
    key: &HotlinePrivateKey,
    info: &[u8],
    aad: &[u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, SealedBoxError> {
    if sealed.len() < ENC_LEN + 16 {
        return Err(SealedBoxError::OpenFailed);
    }
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&sealed[..ENC_LEN])
        .map_err(|_| SealedBoxError::OpenFailed)?;
    let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(&key.secret_bytes()[..])
        .map_err(|_| SealedBoxError::InvalidKey)?;
    hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeR::Base,
        &sk,
        &enc,
        info,
        &sealed[ENC_LEN..],
        aad,
    )
    .map(Zeroizing::new)
    .map_err(|_| SealedBoxError::OpenFailed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_every_binding() {
        let k = HotlinePrivateKey::generate();
        let other = HotlinePrivateKey::generate();
        let s = seal(k.public_key(), b"info", b"row 1", b"attempts=3").unwrap();
        assert_eq!(s.len(), ENC_LEN + 10 + 16);
        assert_eq!(&open(&k, b"info", b"row 1", &s).unwrap()[..], b"attempts=3");
        // Fresh randomness each time: the same record seals differently.
        assert_ne!(
            s,
            seal(k.public_key(), b"info", b"row 1", b"attempts=3").unwrap()
        );
        let fail = Err(SealedBoxError::OpenFailed);
        assert_eq!(open(&other, b"info", b"row 1", &s), fail);
        assert_eq!(open(&k, b"other", b"row 1", &s), fail);
        assert_eq!(open(&k, b"info", b"row 2", &s), fail);
        assert_eq!(open(&k, b"info", b"row 1", &s[..20]), fail);
        for i in 0..s.len() {
            let mut t = s.clone();
            t[i] ^= 1;
            assert_eq!(open(&k, b"info", b"row 1", &t), fail, "byte {i}");
        }
    }
}
