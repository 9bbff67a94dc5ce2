//! The sealed envelope: one request encrypted to the hotline's public key with HPKE (RFC 9180,
//! base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305).
//!
//! Once sealed, only the holder of the hotline's private key can read the request — not the
//! person's phone (even unlocked), not the relay, not the server process that stores it. The
//! clear header carries exactly what delivery needs (format, key id, referral id, status
//! verifier) and is bound as associated data, so none of it can be changed without detection.
//! The plaintext is padded to a few fixed sizes so that length says little about the content.
//!
//! Byte layout (all integers big-endian; see `docs/protocol.md`):
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 4 | magic `RCH1` |
//! | 4 | 1 | format version (1) |
//! | 5 | 1 | suite (1 = X25519 / HKDF-SHA256 / ChaCha20-Poly1305) |
//! | 6 | 8 | key id of the hotline key it is sealed to |
//! | 14 | 16 | referral id |
//! | 30 | 32 | status verifier = SHA-256(status secret) |
//! | 62 | 32 | HPKE encapsulated key |
//! | 94 | n + 16 | ciphertext and tag; n, the padded plaintext's length, is one of [`PADDED_SIZES`] |

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use ring::digest;
use zeroize::Zeroizing;

use crate::ids::ReferralId;

/// First bytes of every envelope, so that a stray body is rejected before any parsing.
pub const MAGIC: [u8; 4] = *b"RCH1";
/// Envelope format version; bumped on any change of layout or of what is bound.
pub const FORMAT_VERSION: u8 = 1;
/// The one HPKE suite of format 1.
pub const SUITE_X25519_SHA256_CHACHA20: u8 = 1;
/// HPKE `info`: separates Reach envelopes from any other use of the same key.
pub const HPKE_INFO: &[u8] = b"reach referral envelope v1";
/// HPKE `info` of a feedback envelope (survivors' voices, [`seal_feedback`]): a feedback can
/// never be opened as a request, nor a request counted as feedback.
pub const FEEDBACK_HPKE_INFO: &[u8] = b"reach feedback envelope v1";
/// The status verifier of every feedback envelope: feedback has no status to ask about.
pub const FEEDBACK_VERIFIER: [u8; 32] = [0; 32];
/// The one size of a feedback envelope (its payload padded to the smallest size).
pub const FEEDBACK_ENVELOPE_LEN: usize = MIN_ENVELOPE_LEN;
/// Bytes of the clear header (all of it is the associated data).
pub const HEADER_LEN: usize = 62;
/// Bytes of the HPKE encapsulated key (an X25519 public key).
pub const ENC_LEN: usize = 32;
/// Bytes of the ChaCha20-Poly1305 tag.
pub const TAG_LEN: usize = 16;
/// The sizes a padded plaintext may have. Few and far apart, so that an observer of the wire or
/// of the server's storage learns only "short", "medium", "long" or "very long".
pub const PADDED_SIZES: [usize; 4] = [1024, 4096, 16384, 65536];
/// Bytes of the length prefix inside the padded plaintext.
const LEN_PREFIX: usize = 4;
/// The largest payload an envelope can carry.
pub const MAX_PAYLOAD: usize = PADDED_SIZES[PADDED_SIZES.len() - 1] - LEN_PREFIX;
/// The smallest and largest envelope on the wire; anything else is malformed.
pub const MIN_ENVELOPE_LEN: usize = HEADER_LEN + ENC_LEN + PADDED_SIZES[0] + TAG_LEN;
/// See [`MIN_ENVELOPE_LEN`].
pub const MAX_ENVELOPE_LEN: usize =
    HEADER_LEN + ENC_LEN + PADDED_SIZES[PADDED_SIZES.len() - 1] + TAG_LEN;

type Kem = X25519HkdfSha256;

/// Why an envelope could not be made, read or opened. Deliberately coarse when opening fails:
/// "wrong key" and "tampered" look the same, as they must.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// The payload is larger than [`MAX_PAYLOAD`].
    #[error("the request is too large to seal ({len} bytes, at most {max})")]
    TooLarge {
        /// Payload bytes.
        len: usize,
        /// [`MAX_PAYLOAD`].
        max: usize,
    },
    /// Not an envelope of a format this build knows (bad magic, version, suite or length).
    #[error("malformed envelope: {0}")]
    Malformed(&'static str),
    /// Sealed to a key id other than the one offered to open it.
    #[error("the envelope is sealed to another key")]
    WrongKey,
    /// Authentication failed: tampered, truncated, or the wrong private key.
    #[error("the envelope could not be opened (tampered or wrong key)")]
    OpenFailed,
    /// A key's bytes are not a valid X25519 key.
    #[error("invalid key bytes")]
    InvalidKey,
}

/// An 8-byte key id: lets a hotline rotate keys while envelopes sealed to the old one still open.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(pub [u8; 8]);

impl KeyId {
    /// The id of an HPKE public key: the first 8 bytes of SHA-256 over a label and the key, so
    /// it is derived, never chosen, and both ends compute the same one.
    pub fn of_public_key(public_key: &[u8; 32]) -> Self {
        let mut ctx = digest::Context::new(&digest::SHA256);
        ctx.update(b"reach hpke key id v1\0");
        ctx.update(public_key);
        let d = ctx.finish();
        let mut out = [0u8; 8];
        out.copy_from_slice(&d.as_ref()[..8]);
        Self(out)
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl std::fmt::Debug for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyId({self})")
    }
}

impl std::str::FromStr for KeyId {
    type Err = EnvelopeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut out = [0u8; 8];
        hex::decode_to_slice(s, &mut out).map_err(|_| EnvelopeError::Malformed("key id"))?;
        Ok(Self(out))
    }
}

/// The hotline's public key as the app bundles it (from the hotline profile).
#[derive(Clone, PartialEq, Eq)]
pub struct HotlinePublicKey {
    bytes: [u8; 32],
    id: KeyId,
}

impl HotlinePublicKey {
    /// Accepts the 32 raw bytes of an X25519 public key.
    pub fn from_bytes(bytes: [u8; 32]) -> Result<Self, EnvelopeError> {
        <Kem as hpke::Kem>::PublicKey::from_bytes(&bytes).map_err(|_| EnvelopeError::InvalidKey)?;
        Ok(Self {
            bytes,
            id: KeyId::of_public_key(&bytes),
        })
    }

    /// The raw key, for the profile.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.bytes
    }

    /// The id bound into every envelope sealed to this key.
    pub fn key_id(&self) -> KeyId {
        self.id
    }
}

impl std::fmt::Debug for HotlinePublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HotlinePublicKey({})", self.id)
    }
}

/// The hotline's private key. Lives only in the hotline's key file, never in the serving process
/// unless staff decrypt; zeroised on drop.
pub struct HotlinePrivateKey {
    secret: Zeroizing<[u8; 32]>,
    public: HotlinePublicKey,
}

impl HotlinePrivateKey {
    /// A fresh key pair from ring's generator.
    pub fn generate() -> Self {
        let ikm = Zeroizing::new(crate::rng::array::<32>());
        let (sk, _) = Kem::derive_keypair(&ikm[..]);
        let secret: [u8; 32] = sk.to_bytes().into();
        Self::from_bytes(secret).expect("a derived key is valid")
    }

    /// Restores a key from its 32 secret bytes (as stored in the key file).
    pub fn from_bytes(secret: [u8; 32]) -> Result<Self, EnvelopeError> {
        let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(&secret)
            .map_err(|_| EnvelopeError::InvalidKey)?;
        let pk: [u8; 32] = Kem::sk_to_pk(&sk).to_bytes().into();
        Ok(Self {
            secret: Zeroizing::new(secret),
            public: HotlinePublicKey::from_bytes(pk)?,
        })
    }

    /// The secret bytes, for writing the key file. Handle with care.
    pub fn secret_bytes(&self) -> &[u8; 32] {
        &self.secret
    }

    /// The matching public key.
    pub fn public_key(&self) -> &HotlinePublicKey {
        &self.public
    }
}

impl std::fmt::Debug for HotlinePrivateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HotlinePrivateKey({}, secret redacted)", self.public.id)
    }
}

/// The clear header of an envelope: what the endpoint may see without the private key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Which hotline key the envelope is sealed to.
    pub key_id: KeyId,
    /// The request's id: the idempotency key of delivery.
    pub referral_id: ReferralId,
    /// SHA-256 of the device's status secret; lets the holder of the secret ask for status.
    pub status_verifier: [u8; 32],
}

impl Header {
    /// The 62 header bytes (also the HPKE associated data).
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[0..4].copy_from_slice(&MAGIC);
        out[4] = FORMAT_VERSION;
        out[5] = SUITE_X25519_SHA256_CHACHA20;
        out[6..14].copy_from_slice(&self.key_id.0);
        out[14..30].copy_from_slice(self.referral_id.as_bytes());
        out[30..62].copy_from_slice(&self.status_verifier);
        out
    }
}

/// A sealed request exactly as it travels and is stored. Immutable: it is created once and resent
/// byte-identical, so the endpoint can tell a resend from a conflict.
#[derive(Clone, PartialEq, Eq)]
pub struct Envelope {
    bytes: Vec<u8>,
    header: Header,
}

impl Envelope {
    /// Parses and checks the framing of untrusted bytes (does not decrypt).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, EnvelopeError> {
        let header = parse_header(&bytes)?;
        Ok(Self { bytes, header })
    }

    /// The whole envelope.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Consumes the envelope into its bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The clear header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The referral id from the header.
    pub fn referral_id(&self) -> ReferralId {
        self.header.referral_id
    }

    /// SHA-256 of the whole envelope: what a receipt signs.
    pub fn sha256(&self) -> [u8; 32] {
        sha256(&self.bytes)
    }
}

impl std::fmt::Debug for Envelope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Envelope({}, key {}, {} bytes)",
            self.header.referral_id,
            self.header.key_id,
            self.bytes.len()
        )
    }
}

/// SHA-256 helper shared by envelopes, receipts and status verifiers.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(digest::digest(&digest::SHA256, data).as_ref());
    out
}

/// Checks magic, version, suite and total length, and returns the header.
pub fn parse_header(bytes: &[u8]) -> Result<Header, EnvelopeError> {
    if bytes.len() < HEADER_LEN {
        return Err(EnvelopeError::Malformed("shorter than the header"));
    }
    if bytes[0..4] != MAGIC {
        return Err(EnvelopeError::Malformed("not a Reach envelope"));
    }
    if bytes[4] != FORMAT_VERSION {
        return Err(EnvelopeError::Malformed("unknown format version"));
    }
    if bytes[5] != SUITE_X25519_SHA256_CHACHA20 {
        return Err(EnvelopeError::Malformed("unknown suite"));
    }
    let body = bytes.len() - HEADER_LEN;
    if !PADDED_SIZES.iter().any(|p| body == ENC_LEN + p + TAG_LEN) {
        return Err(EnvelopeError::Malformed("length is not a padded size"));
    }
    let mut key_id = [0u8; 8];
    key_id.copy_from_slice(&bytes[6..14]);
    let mut referral_id = [0u8; 16];
    referral_id.copy_from_slice(&bytes[14..30]);
    let mut status_verifier = [0u8; 32];
    status_verifier.copy_from_slice(&bytes[30..62]);
    Ok(Header {
        key_id: KeyId(key_id),
        referral_id: ReferralId(referral_id),
        status_verifier,
    })
}

/// The padded size for a payload of `len` bytes.
pub fn padded_size(len: usize) -> Result<usize, EnvelopeError> {
    PADDED_SIZES
        .iter()
        .copied()
        .find(|p| len + LEN_PREFIX <= *p)
        .ok_or(EnvelopeError::TooLarge {
            len,
            max: MAX_PAYLOAD,
        })
}

/// `payload` padded to the next of [`PADDED_SIZES`], with its length in front: the envelope's
/// padding, also used for drafts at rest so that their size does not tell how much was written.
pub(crate) fn pad(payload: &[u8]) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let size = padded_size(payload.len())?;
    let mut out = Zeroizing::new(vec![0u8; size]);
    out[..LEN_PREFIX].copy_from_slice(&(payload.len() as u32).to_be_bytes());
    out[LEN_PREFIX..LEN_PREFIX + payload.len()].copy_from_slice(payload);
    Ok(out)
}

/// The inverse of [`pad`]; refuses a length past the end and non-zero padding.
pub(crate) fn unpad(mut padded: Vec<u8>) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    if padded.len() < LEN_PREFIX {
        return Err(EnvelopeError::Malformed("padding length"));
    }
    let mut len = [0u8; 4];
    len.copy_from_slice(&padded[..LEN_PREFIX]);
    let len = u32::from_be_bytes(len) as usize;
    if len > padded.len() - LEN_PREFIX {
        padded.iter_mut().for_each(|b| *b = 0);
        return Err(EnvelopeError::Malformed("padding length"));
    }
    // Reject non-zero padding: a canonical encoding leaves no room for hidden data.
    if padded[LEN_PREFIX + len..].iter().any(|b| *b != 0) {
        padded.iter_mut().for_each(|b| *b = 0);
        return Err(EnvelopeError::Malformed("non-zero padding"));
    }
    padded.copy_within(LEN_PREFIX..LEN_PREFIX + len, 0);
    padded.truncate(len);
    Ok(Zeroizing::new(padded))
}

/// Seals `payload` (the serialised referral) to the hotline.
///
/// The referral id and status verifier are chosen by the caller (the store) because they are
/// also kept on the device: the id to match the receipt, the verifier's secret to ask for status.
pub fn seal(
    to: &HotlinePublicKey,
    referral_id: ReferralId,
    status_verifier: [u8; 32],
    payload: &[u8],
) -> Result<Envelope, EnvelopeError> {
    seal_with_rng(
        to,
        referral_id,
        status_verifier,
        payload,
        HPKE_INFO,
        &mut crate::rng::RingRng,
    )
}

/// Seals a survivor's feedback (`reach_contract::feedback::FeedbackPayload` as JSON) to the
/// hotline under its own `info` label, with a fresh random id (the delivery's idempotency key,
/// unrelated to any request's) and [`FEEDBACK_VERIFIER`]. Refuses a payload that would not fit
/// the smallest padded size, so every feedback envelope has the same length.
pub fn seal_feedback(to: &HotlinePublicKey, payload: &[u8]) -> Result<Envelope, EnvelopeError> {
    if payload.len() > PADDED_SIZES[0] - LEN_PREFIX {
        return Err(EnvelopeError::TooLarge {
            len: payload.len(),
            max: PADDED_SIZES[0] - LEN_PREFIX,
        });
    }
    seal_with_rng(
        to,
        ReferralId::random(),
        FEEDBACK_VERIFIER,
        payload,
        FEEDBACK_HPKE_INFO,
        &mut crate::rng::RingRng,
    )
}

/// [`seal_feedback`] with a fixed ephemeral seed and id, for the published test vectors only.
#[cfg(any(test, feature = "test-support"))]
pub fn seal_feedback_for_test_vector(
    to: &HotlinePublicKey,
    id: ReferralId,
    payload: &[u8],
    ephemeral_seed: [u8; 32],
) -> Result<Envelope, EnvelopeError> {
    let mut rng = FixedSeed(ephemeral_seed, 0);
    seal_with_rng(
        to,
        id,
        FEEDBACK_VERIFIER,
        payload,
        FEEDBACK_HPKE_INFO,
        &mut rng,
    )
}

/// Seals with a fixed ephemeral key seed instead of fresh randomness. Exists only to produce
/// and check the published test vectors (`docs/test-vectors/`); reusing a seed for real
/// requests would break HPKE's security, so nothing else may call it: only built with the
/// `test-support` feature.
#[cfg(any(test, feature = "test-support"))]
pub fn seal_for_test_vector(
    to: &HotlinePublicKey,
    referral_id: ReferralId,
    status_verifier: [u8; 32],
    payload: &[u8],
    ephemeral_seed: [u8; 32],
) -> Result<Envelope, EnvelopeError> {
    let mut rng = FixedSeed(ephemeral_seed, 0);
    seal_with_rng(
        to,
        referral_id,
        status_verifier,
        payload,
        HPKE_INFO,
        &mut rng,
    )
}

/// Replays one 32-byte seed (the ephemeral key's input) for [`seal_for_test_vector`].
#[cfg(any(test, feature = "test-support"))]
pub(crate) struct FixedSeed(pub(crate) [u8; 32], pub(crate) usize);

#[cfg(any(test, feature = "test-support"))]
impl rand_core::TryRng for FixedSeed {
    type Error = core::convert::Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }
    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        for d in dst {
            *d = self.0[self.1 % 32];
            self.1 += 1;
        }
        Ok(())
    }
}

#[cfg(any(test, feature = "test-support"))]
impl rand_core::TryCryptoRng for FixedSeed {}

fn seal_with_rng(
    to: &HotlinePublicKey,
    referral_id: ReferralId,
    status_verifier: [u8; 32],
    payload: &[u8],
    info: &[u8],
    rng: &mut impl rand_core::CryptoRng,
) -> Result<Envelope, EnvelopeError> {
    let header = Header {
        key_id: to.id,
        referral_id,
        status_verifier,
    };
    let aad = header.to_bytes();
    let padded = pad(payload)?;
    let pk = <Kem as hpke::Kem>::PublicKey::from_bytes(&to.bytes)
        .map_err(|_| EnvelopeError::InvalidKey)?;
    let (enc, ct) = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Base,
        &pk,
        info,
        &padded,
        &aad,
        rng,
    )
    .map_err(|_| EnvelopeError::InvalidKey)?;
    let mut bytes = Vec::with_capacity(HEADER_LEN + ENC_LEN + ct.len());
    bytes.extend_from_slice(&aad);
    bytes.extend_from_slice(&enc.to_bytes());
    bytes.extend_from_slice(&ct);
    Ok(Envelope { bytes, header })
}

/// Opens an envelope with the hotline's private key and returns the payload (zeroised on drop).
/// Any change to any byte — header, encapsulated key, ciphertext, tag — makes this fail.
pub fn open(
    key: &HotlinePrivateKey,
    envelope: &Envelope,
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    open_with_info(key, envelope, HPKE_INFO)
}

/// Opens a feedback envelope ([`seal_feedback`]): its length, its zero verifier and its own
/// `info` label are all checked, so a request sent to the feedback route does not open here.
pub fn open_feedback(
    key: &HotlinePrivateKey,
    envelope: &Envelope,
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    if envelope.bytes.len() != FEEDBACK_ENVELOPE_LEN
        || envelope.header.status_verifier != FEEDBACK_VERIFIER
    {
        return Err(EnvelopeError::Malformed("not a feedback envelope"));
    }
    open_with_info(key, envelope, FEEDBACK_HPKE_INFO)
}

fn open_with_info(
    key: &HotlinePrivateKey,
    envelope: &Envelope,
    info: &[u8],
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    if envelope.header.key_id != key.public.id {
        return Err(EnvelopeError::WrongKey);
    }
    let bytes = &envelope.bytes;
    let aad = &bytes[..HEADER_LEN];
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&bytes[HEADER_LEN..HEADER_LEN + ENC_LEN])
        .map_err(|_| EnvelopeError::OpenFailed)?;
    let sk = <Kem as hpke::Kem>::PrivateKey::from_bytes(&key.secret[..])
        .map_err(|_| EnvelopeError::InvalidKey)?;
    let padded = hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeR::Base,
        &sk,
        &enc,
        info,
        &bytes[HEADER_LEN + ENC_LEN..],
        aad,
    )
    .map_err(|_| EnvelopeError::OpenFailed)?;
    unpad(padded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn key() -> HotlinePrivateKey {
        HotlinePrivateKey::generate()
    }

    #[test]
    fn seals_and_opens() {
        let k = key();
        let id = ReferralId::random();
        let env = seal(k.public_key(), id, [7; 32], b"hello hotline").unwrap();
        assert_eq!(env.as_bytes().len(), MIN_ENVELOPE_LEN);
        let parsed = Envelope::from_bytes(env.as_bytes().to_vec()).unwrap();
        assert_eq!(parsed.referral_id(), id);
        assert_eq!(parsed.header().status_verifier, [7; 32]);
        assert_eq!(&open(&k, &parsed).unwrap()[..], b"hello hotline");
    }

    #[test]
    fn feedback_is_its_own_kind_of_envelope() {
        let k = key();
        let payload = br#"{"v":1,"answers":{"helped":"yes"}}"#;
        let a = seal_feedback(k.public_key(), payload).unwrap();
        let b = seal_feedback(k.public_key(), payload).unwrap();
        assert_eq!(a.as_bytes().len(), FEEDBACK_ENVELOPE_LEN);
        assert_ne!(a.referral_id(), b.referral_id(), "a fresh id each time");
        assert_eq!(a.header().status_verifier, FEEDBACK_VERIFIER);
        assert_eq!(&open_feedback(&k, &a).unwrap()[..], payload);
        // Domain separation both ways: a feedback is not a request, a request not a feedback.
        assert!(matches!(open(&k, &a), Err(EnvelopeError::OpenFailed)));
        let request = seal(
            k.public_key(),
            ReferralId::random(),
            FEEDBACK_VERIFIER,
            payload,
        )
        .unwrap();
        assert!(matches!(
            open_feedback(&k, &request),
            Err(EnvelopeError::OpenFailed)
        ));
        // Any other verifier or size is refused before decrypting.
        let request = seal(k.public_key(), ReferralId::random(), [1; 32], payload).unwrap();
        assert!(matches!(
            open_feedback(&k, &request),
            Err(EnvelopeError::Malformed(_))
        ));
        assert!(matches!(
            seal_feedback(k.public_key(), &[b' '; 1021]),
            Err(EnvelopeError::TooLarge { .. })
        ));
        seal_feedback(k.public_key(), &[b' '; 1020]).unwrap();
        // Tampering with any byte fails.
        let mut bytes = a.as_bytes().to_vec();
        bytes[200] ^= 1;
        let tampered = Envelope::from_bytes(bytes).unwrap();
        assert!(open_feedback(&k, &tampered).is_err());
        assert!(open_feedback(&HotlinePrivateKey::generate(), &a).is_err());
    }

    #[test]
    fn pads_to_fixed_sizes() {
        let k = key();
        for (len, size) in [(0, 1024), (1020, 1024), (1021, 4096), (MAX_PAYLOAD, 65536)] {
            let env = seal(
                k.public_key(),
                ReferralId::random(),
                [0; 32],
                &vec![b'x'; len],
            )
            .unwrap();
            assert_eq!(
                env.as_bytes().len(),
                HEADER_LEN + ENC_LEN + size + TAG_LEN,
                "{len}"
            );
            assert_eq!(open(&k, &env).unwrap().len(), len);
        }
        assert_eq!(
            seal(
                k.public_key(),
                ReferralId::random(),
                [0; 32],
                &vec![0; MAX_PAYLOAD + 1]
            ),
            Err(EnvelopeError::TooLarge {
                len: MAX_PAYLOAD + 1,
                max: MAX_PAYLOAD
            })
        );
    }

    #[test]
    fn unpad_rule_zero_padding_any_bucket() {
        // Writers pad to the smallest size that fits; a reader does not insist on it (see
        // docs/protocol.md), but it refuses a length past the end and any non-zero padding.
        let mut padded = vec![0u8; 4096];
        padded[..4].copy_from_slice(&3u32.to_be_bytes());
        padded[4..7].copy_from_slice(b"abc");
        assert_eq!(&unpad(padded.clone()).unwrap()[..], b"abc");
        let mut nonzero = padded.clone();
        nonzero[4095] = 1;
        assert_eq!(
            unpad(nonzero),
            Err(EnvelopeError::Malformed("non-zero padding"))
        );
        let mut past_end = padded;
        past_end[..4].copy_from_slice(&4093u32.to_be_bytes());
        assert_eq!(
            unpad(past_end),
            Err(EnvelopeError::Malformed("padding length"))
        );
        // The largest length that fits is fine: no padding at all.
        let mut full = vec![7u8; 1024];
        full[..4].copy_from_slice(&1020u32.to_be_bytes());
        assert_eq!(unpad(full).unwrap().len(), 1020);
    }

    #[test]
    fn wrong_key_is_refused() {
        let (a, b) = (key(), key());
        let env = seal(a.public_key(), ReferralId::random(), [0; 32], b"x").unwrap();
        assert_eq!(open(&b, &env), Err(EnvelopeError::WrongKey));
        // Same key id forged onto another key's envelope: still cannot open.
        let mut forged = seal(b.public_key(), ReferralId::random(), [0; 32], b"x")
            .unwrap()
            .into_bytes();
        forged[6..14].copy_from_slice(&a.public_key().key_id().0);
        let forged = Envelope::from_bytes(forged).unwrap();
        assert_eq!(open(&a, &forged), Err(EnvelopeError::OpenFailed));
    }

    #[test]
    fn malformed_framing_is_refused() {
        let k = key();
        let good = seal(k.public_key(), ReferralId::random(), [0; 32], b"x")
            .unwrap()
            .into_bytes();
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (vec![], "shorter than the header"),
            (
                good[..HEADER_LEN + 10].to_vec(),
                "length is not a padded size",
            ),
            (
                {
                    let mut b = good.clone();
                    b[0] = b'X';
                    b
                },
                "not a Reach envelope",
            ),
            (
                {
                    let mut b = good.clone();
                    b[4] = 2;
                    b
                },
                "unknown format version",
            ),
            (
                {
                    let mut b = good.clone();
                    b[5] = 9;
                    b
                },
                "unknown suite",
            ),
            (
                {
                    let mut b = good.clone();
                    b.push(0);
                    b
                },
                "length is not a padded size",
            ),
        ];
        for (bytes, why) in cases {
            assert_eq!(
                Envelope::from_bytes(bytes),
                Err(EnvelopeError::Malformed(why))
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn round_trip_any_payload(payload in proptest::collection::vec(any::<u8>(), 0..5000)) {
            let k = key();
            let env = seal(k.public_key(), ReferralId::random(), [1; 32], &payload).unwrap();
            prop_assert_eq!(&open(&k, &env).unwrap()[..], &payload[..]);
        }

        #[test]
        fn any_single_bit_flip_is_detected(pos in 0usize..MIN_ENVELOPE_LEN, bit in 0u8..8) {
            let k = key();
            let env = seal(k.public_key(), ReferralId::random(), [1; 32], b"tamper me").unwrap();
            let mut bytes = env.into_bytes();
            bytes[pos] ^= 1 << bit;
            match Envelope::from_bytes(bytes) {
                Err(EnvelopeError::Malformed(_)) => {}
                Err(e) => prop_assert!(false, "unexpected {e:?}"),
                Ok(t) => prop_assert!(open(&k, &t).is_err(), "flip at {pos} went unnoticed"),
            }
        }

        #[test]
        fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let _ = Envelope::from_bytes(bytes);
        }
    }
}
