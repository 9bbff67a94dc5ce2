//! The random id of a draft.

use super::*;

/// The id of a draft. Random, like [`ReferralId`], so that it reveals neither order nor time;
/// bound into the draft's ciphertext so that rows cannot be swapped.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DraftId(pub [u8; 16]);

impl DraftId {
    pub(super) fn random() -> Self {
        Self(crate::rng::array())
    }
}

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DraftId({self})")
    }
}

impl FromStr for DraftId {
    type Err = StoreError;

    /// The 32 hex digits of [`Display`](fmt::Display), so the UI can keep ids as strings.
    /// Malformed text is [`StoreError::NotFound`]: there is no draft by that name.
    fn from_str(s: &str) -> Result<Self> {
        let mut out = [0u8; 16];
        if s.len() != 32 {
            return Err(StoreError::NotFound);
        }
        hex::decode_to_slice(s, &mut out).map_err(|_| StoreError::NotFound)?;
        Ok(Self(out))
    }
}
