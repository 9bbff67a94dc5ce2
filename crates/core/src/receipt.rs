//! Signed delivery receipts: the only thing that proves a request reached the hotline.
//!
//! A captive portal, a proxy or a broken server can answer `200 OK`; none of them can forge an
//! Ed25519 signature by the hotline's receipt key over the referral id and the SHA-256 of the very
//! envelope the device sent. The device deletes its copy only after checking one.
//!
//! Byte layout (see `docs/protocol.md`): magic `RCR1` (4) | version 1 (1) | referral id (16) |
//! envelope SHA-256 (32) | receipt key id (8) | Ed25519 signature (64) = 125 bytes. The signature
//! covers [`SIGNING_CONTEXT`] followed by bytes 0..61.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{self, Ed25519KeyPair, KeyPair as _, UnparsedPublicKey};
use zeroize::Zeroizing;

use crate::envelope::{Envelope, KeyId, sha256};
use crate::ids::ReferralId;

/// Receipt magic.
pub const MAGIC: [u8; 4] = *b"RCR1";
/// Receipt format version.
pub const VERSION: u8 = 1;
/// Total receipt bytes.
pub const RECEIPT_LEN: usize = 125;
const SIGNED_LEN: usize = 61;
/// Domain separation for the signature, so a receipt key can never be tricked into signing
/// something that verifies as a receipt in another protocol, or vice versa.
pub const SIGNING_CONTEXT: &[u8] = b"reach delivery receipt v1\0";

/// Why a receipt is not acceptable. The sync engine treats every variant as "not delivered".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    /// Wrong length, magic or version, or not base64url.
    #[error("malformed receipt")]
    Malformed,
    /// Signed by a key other than the pinned receipt key.
    #[error("receipt signed by an unknown key")]
    UnknownKey,
    /// The signature does not verify.
    #[error("receipt signature is invalid")]
    BadSignature,
    /// A valid receipt, but for another request or other bytes than the ones sent.
    #[error("receipt is for another envelope")]
    Mismatch,
    /// Key material could not be read.
    #[error("invalid receipt key")]
    InvalidKey,
}

/// The hotline's receipt signing key (Ed25519). Lives with the endpoint.
pub struct ReceiptSigner {
    pkcs8: Zeroizing<Vec<u8>>,
    pair: Ed25519KeyPair,
    id: KeyId,
}

impl ReceiptSigner {
    /// A fresh signing key; the PKCS#8 document is what the key file stores.
    pub fn generate() -> Self {
        let doc = Ed25519KeyPair::generate_pkcs8(&ring::rand::SystemRandom::new())
            .expect("the operating system's random number generator failed");
        Self::from_pkcs8(doc.as_ref()).expect("a generated key parses")
    }

    /// Restores the key from its PKCS#8 v2 document.
    pub fn from_pkcs8(pkcs8: &[u8]) -> Result<Self, ReceiptError> {
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8).map_err(|_| ReceiptError::InvalidKey)?;
        let mut public = [0u8; 32];
        public.copy_from_slice(pair.public_key().as_ref());
        Ok(Self {
            pkcs8: Zeroizing::new(pkcs8.to_vec()),
            id: ReceiptVerifier::key_id_of(&public),
            pair,
        })
    }

    /// The PKCS#8 document, for the key file. Handle with care.
    pub fn pkcs8(&self) -> &[u8] {
        &self.pkcs8
    }

    /// The public half that apps pin.
    pub fn verifier(&self) -> ReceiptVerifier {
        let mut public = [0u8; 32];
        public.copy_from_slice(self.pair.public_key().as_ref());
        ReceiptVerifier {
            public,
            id: self.id,
        }
    }

    /// Signs a receipt for exactly these envelope bytes. Deterministic (Ed25519), so an identical
    /// resend gets an identical receipt.
    pub fn sign(&self, referral_id: ReferralId, envelope_sha256: [u8; 32]) -> Receipt {
        let mut bytes = [0u8; RECEIPT_LEN];
        bytes[0..4].copy_from_slice(&MAGIC);
        bytes[4] = VERSION;
        bytes[5..21].copy_from_slice(referral_id.as_bytes());
        bytes[21..53].copy_from_slice(&envelope_sha256);
        bytes[53..61].copy_from_slice(&self.id.0);
        let sig = self.pair.sign(&signed_message(&bytes));
        bytes[61..].copy_from_slice(sig.as_ref());
        Receipt { bytes }
    }
}

impl std::fmt::Debug for ReceiptSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReceiptSigner({}, secret redacted)", self.id)
    }
}

fn signed_message(bytes: &[u8; RECEIPT_LEN]) -> Vec<u8> {
    let mut msg = Vec::with_capacity(SIGNING_CONTEXT.len() + SIGNED_LEN);
    msg.extend_from_slice(SIGNING_CONTEXT);
    msg.extend_from_slice(&bytes[..SIGNED_LEN]);
    msg
}

/// The pinned public receipt key the app bundles from the hotline profile.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ReceiptVerifier {
    public: [u8; 32],
    id: KeyId,
}

impl ReceiptVerifier {
    /// From the 32 raw bytes of an Ed25519 public key.
    pub fn from_bytes(public: [u8; 32]) -> Self {
        Self {
            public,
            id: Self::key_id_of(&public),
        }
    }

    /// Raw public key bytes.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.public
    }

    /// The id carried in receipts signed by this key.
    pub fn key_id(&self) -> KeyId {
        self.id
    }

    fn key_id_of(public: &[u8; 32]) -> KeyId {
        let mut ctx = Vec::with_capacity(64);
        ctx.extend_from_slice(b"reach receipt key id v1\0");
        ctx.extend_from_slice(public);
        let d = sha256(&ctx);
        let mut out = [0u8; 8];
        out.copy_from_slice(&d[..8]);
        KeyId(out)
    }

    /// Accepts the receipt only if it is signed by this key and names exactly `envelope`.
    pub fn verify(&self, receipt: &Receipt, envelope: &Envelope) -> Result<(), ReceiptError> {
        self.verify_for(receipt, envelope.referral_id(), envelope.sha256())
    }

    /// As [`Self::verify`], when only the id and hash are at hand.
    pub fn verify_for(
        &self,
        receipt: &Receipt,
        referral_id: ReferralId,
        envelope_sha256: [u8; 32],
    ) -> Result<(), ReceiptError> {
        if receipt.key_id() != self.id {
            return Err(ReceiptError::UnknownKey);
        }
        UnparsedPublicKey::new(&signature::ED25519, &self.public)
            .verify(&signed_message(&receipt.bytes), &receipt.bytes[61..])
            .map_err(|_| ReceiptError::BadSignature)?;
        if receipt.referral_id() != referral_id || receipt.envelope_sha256() != envelope_sha256 {
            return Err(ReceiptError::Mismatch);
        }
        Ok(())
    }
}

impl std::fmt::Debug for ReceiptVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReceiptVerifier({})", self.id)
    }
}

/// A receipt as sent and kept: 125 bytes, base64url (no padding) in JSON.
#[derive(Clone, PartialEq, Eq)]
pub struct Receipt {
    bytes: [u8; RECEIPT_LEN],
}

impl Receipt {
    /// Parses the framing (not the signature) of untrusted bytes.
    pub fn from_bytes(b: &[u8]) -> Result<Self, ReceiptError> {
        if b.len() != RECEIPT_LEN || b[0..4] != MAGIC || b[4] != VERSION {
            return Err(ReceiptError::Malformed);
        }
        let mut bytes = [0u8; RECEIPT_LEN];
        bytes.copy_from_slice(b);
        Ok(Self { bytes })
    }

    /// From the base64url text form used in JSON.
    pub fn from_base64(s: &str) -> Result<Self, ReceiptError> {
        let b = URL_SAFE_NO_PAD
            .decode(s)
            .map_err(|_| ReceiptError::Malformed)?;
        Self::from_bytes(&b)
    }

    /// The base64url text form used in JSON.
    pub fn to_base64(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.bytes)
    }

    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The request this receipt is for.
    pub fn referral_id(&self) -> ReferralId {
        let mut id = [0u8; 16];
        id.copy_from_slice(&self.bytes[5..21]);
        ReferralId(id)
    }

    /// The hash of the envelope bytes the hotline stored.
    pub fn envelope_sha256(&self) -> [u8; 32] {
        let mut h = [0u8; 32];
        h.copy_from_slice(&self.bytes[21..53]);
        h
    }

    /// Which receipt key signed it.
    pub fn key_id(&self) -> KeyId {
        let mut k = [0u8; 8];
        k.copy_from_slice(&self.bytes[53..61]);
        KeyId(k)
    }
}

impl std::fmt::Debug for Receipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Receipt({}, key {})", self.referral_id(), self.key_id())
    }
}

impl serde::Serialize for Receipt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_base64())
    }
}

impl<'de> serde::Deserialize<'de> for Receipt {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Self::from_base64(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::{HotlinePrivateKey, seal};

    fn envelope() -> Envelope {
        seal(
            HotlinePrivateKey::generate().public_key(),
            ReferralId::random(),
            [0; 32],
            b"x",
        )
        .unwrap()
    }

    #[test]
    fn signs_and_verifies() {
        let signer = ReceiptSigner::generate();
        let env = envelope();
        let r = signer.sign(env.referral_id(), env.sha256());
        signer.verifier().verify(&r, &env).unwrap();
        let again = Receipt::from_base64(&r.to_base64()).unwrap();
        assert_eq!(again, r);
        // Deterministic: identical resend, identical receipt.
        assert_eq!(signer.sign(env.referral_id(), env.sha256()), r);
        // Key file round trip.
        let restored = ReceiptSigner::from_pkcs8(signer.pkcs8()).unwrap();
        assert_eq!(restored.verifier(), signer.verifier());
    }

    #[test]
    fn refuses_other_key_other_envelope_and_tampering() {
        let signer = ReceiptSigner::generate();
        let env = envelope();
        let r = signer.sign(env.referral_id(), env.sha256());
        assert_eq!(
            ReceiptSigner::generate().verifier().verify(&r, &env),
            Err(ReceiptError::UnknownKey)
        );
        assert_eq!(
            signer.verifier().verify(&r, &envelope()),
            Err(ReceiptError::Mismatch)
        );
        for pos in [0, 4, 5, 30, 60, 61, 124] {
            let mut b = r.as_bytes().to_vec();
            b[pos] ^= 1;
            if let Ok(t) = Receipt::from_bytes(&b) {
                assert!(signer.verifier().verify(&t, &env).is_err(), "flip at {pos}");
            }
        }
        // A receipt for other bytes under the same id (what a conflicting copy would get).
        let other = signer.sign(env.referral_id(), [9; 32]);
        assert_eq!(
            signer.verifier().verify(&other, &env),
            Err(ReceiptError::Mismatch)
        );
    }

    #[test]
    fn malformed_text_is_refused() {
        for s in ["", "not base64!", "AAAA", &"A".repeat(167)] {
            assert_eq!(Receipt::from_base64(s), Err(ReceiptError::Malformed), "{s}");
        }
    }
}
