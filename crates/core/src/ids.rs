//! Identifiers that travel between the device and the hotline.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The id of one request. Random (not a counter or a timestamp) so that it reveals nothing about
/// the device or when the request was written; it is the idempotency key of delivery.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReferralId(pub [u8; 16]);

impl ReferralId {
    /// A fresh random id.
    pub fn random() -> Self {
        Self(crate::rng::array())
    }

    /// Raw bytes, as bound into the envelope's associated data.
    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Display for ReferralId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for ReferralId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReferralId({self})")
    }
}

/// A referral id that is not 32 lower-case hex digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a referral id is 32 hexadecimal digits")]
pub struct InvalidId;

impl FromStr for ReferralId {
    type Err = InvalidId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 32 {
            return Err(InvalidId);
        }
        let mut out = [0u8; 16];
        hex::decode_to_slice(s, &mut out).map_err(|_| InvalidId)?;
        Ok(Self(out))
    }
}

impl Serialize for ReferralId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ReferralId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The secret that lets the device (and only it) ask the hotline about its request. Only its
/// SHA-256, the *verifier*, travels in the envelope's clear header, so the server's database
/// cannot be used to query status.
#[derive(Clone, PartialEq, Eq, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
pub struct StatusSecret(pub [u8; 32]);

impl StatusSecret {
    /// A fresh random secret.
    pub fn random() -> Self {
        Self(crate::rng::array())
    }

    /// SHA-256 of the secret: what the envelope carries and the server compares against.
    pub fn verifier(&self) -> [u8; 32] {
        crate::envelope::sha256(&self.0)
    }

    /// The base64url form sent in the status request header.
    pub fn to_base64(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(self.0)
    }

    /// Parses the header form; `None` for anything that is not 32 bytes of base64url.
    pub fn from_base64(s: &str) -> Option<Self> {
        use base64::Engine as _;
        let b = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s)
            .ok()?;
        Some(Self(b.try_into().ok()?))
    }
}

impl fmt::Debug for StatusSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StatusSecret(redacted)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_text() {
        let id = ReferralId::random();
        assert_eq!(id.to_string().parse::<ReferralId>().unwrap(), id);
        assert_eq!(
            serde_json::from_str::<ReferralId>(&serde_json::to_string(&id).unwrap()).unwrap(),
            id
        );
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in ["", "00", &"g".repeat(32), &"0".repeat(33)] {
            assert_eq!(bad.parse::<ReferralId>(), Err(InvalidId), "{bad:?}");
        }
    }

    #[test]
    fn status_secret_round_trips_and_verifier_is_its_hash() {
        let s = StatusSecret::random();
        assert_eq!(StatusSecret::from_base64(&s.to_base64()), Some(s.clone()));
        assert_eq!(s.verifier(), crate::envelope::sha256(&s.0));
        assert_eq!(StatusSecret::from_base64("short"), None);
        assert!(!format!("{s:?}").contains(&s.to_base64()));
    }

    #[test]
    fn random_ids_differ() {
        assert_ne!(ReferralId::random(), ReferralId::random());
    }
}
