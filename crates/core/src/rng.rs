//! Randomness comes from one place, ring's `SystemRandom` (the OS CSPRNG), so that every key,
//! nonce and id in Reach is drawn the same audited way.

use ring::rand::{SecureRandom, SystemRandom};

/// Fills `buf` with OS randomness.
///
/// # Panics
/// If the operating system cannot provide randomness. Reach cannot work safely without it, and
/// continuing with weak keys would be worse than stopping.
pub fn fill(buf: &mut [u8]) {
    SystemRandom::new()
        .fill(buf)
        .expect("the operating system's random number generator failed");
}

/// A fresh array of random bytes (keys, nonces, ids, secrets).
pub fn array<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    fill(&mut out);
    out
}

/// A uniformly random `u64` (backoff jitter).
pub fn u64() -> u64 {
    u64::from_le_bytes(array())
}

/// Adapter that lets the `hpke` crate draw its ephemeral keys from ring's generator.
pub(crate) struct RingRng;

impl rand_core::TryRng for RingRng {
    type Error = core::convert::Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        Ok(u32::from_le_bytes(array()))
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        Ok(u64())
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        fill(dst);
        Ok(())
    }
}

impl rand_core::TryCryptoRng for RingRng {}
