//! Argon2id cost parameters, stored with the wrapped key, and their calibration.

use super::*;

/// Argon2id cost parameters. Stored with the wrapped key, so a later build can raise the
/// defaults without locking anyone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB. Memory is what makes guessing a short PIN on GPUs expensive.
    pub m_kib: u32,
    /// Iterations.
    pub t: u32,
    /// Parallelism (lanes).
    pub p: u32,
}

impl Default for KdfParams {
    /// [`KdfParams::FLOOR`]: 64 MiB, 3 passes, 1 lane. New stores in the app use
    /// [`KdfParams::calibrate`], which never goes below it.
    fn default() -> Self {
        Self::FLOOR
    }
}

impl KdfParams {
    /// Upper bounds accepted from the database, so a tampered file cannot make unlock exhaust
    /// memory or run forever.
    const MAX_M_KIB: u32 = 2 * 1024 * 1024;
    pub(super) const MAX_T: u32 = 64;
    const MAX_P: u32 = 16;

    /// The least cost a new store gets on any device: 64 MiB (what makes guessing on GPUs
    /// expensive, and still affordable on a cheap phone), 3 passes, 1 lane.
    pub const FLOOR: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// The most passes calibration picks (a fast desktop reaches it before its one second).
    pub const CALIBRATION_MAX_T: u32 = 24;
    /// What calibration aims at: one derivation about this long on the device that sets up.
    pub const CALIBRATION_TARGET: std::time::Duration = std::time::Duration::from_secs(1);

    /// Calibrates the cost once, at set-up, on this device: times Argon2id at
    /// [`KdfParams::FLOOR`] (twice, keeping the faster run, so that a hiccup does not lower
    /// the cost) and scales the passes so that one derivation takes about `target`, within
    /// [`KdfParams::FLOOR`]`.t ..= `[`KdfParams::CALIBRATION_MAX_T`]. Memory stays at the floor's
    /// 64 MiB: more could fail on a cheap phone under memory pressure, and time is the knob
    /// that does not. The result is stored with the wrapped key like any parameters, so a
    /// store keeps its cost for good (and the duress PIN's check uses the same).
    pub fn calibrate(target: std::time::Duration) -> Result<KdfParams> {
        Self::calibrate_with(target, |params| {
            let start = std::time::Instant::now();
            crypto::derive_kek("calibration", &[0u8; SALT_LEN], &params, &[0u8; KEY_LEN])?;
            Ok(start.elapsed())
        })
    }

    /// [`KdfParams::calibrate`] with the measurement given, so that its logic is tested
    /// without timing anything.
    pub fn calibrate_with(
        target: std::time::Duration,
        mut measure: impl FnMut(KdfParams) -> Result<std::time::Duration>,
    ) -> Result<KdfParams> {
        let floor = Self::FLOOR;
        let elapsed = measure(floor)?.min(measure(floor)?);
        // Argon2id's time is linear in the passes at a given memory size.
        let per_pass = elapsed.as_secs_f64() / f64::from(floor.t);
        let wanted = if per_pass > 0.0 {
            (target.as_secs_f64() / per_pass).round()
        } else {
            f64::INFINITY
        };
        // `as` saturates (and maps NaN to 0); the clamp then keeps the bounds.
        let t = (wanted as u32).clamp(floor.t, Self::CALIBRATION_MAX_T);
        Ok(KdfParams { t, ..floor })
    }

    /// Tiny parameters (8 KiB, 1 pass) so that tests run fast. Offers no protection of the PIN
    /// at all; the name says so on purpose. Only built with the `test-support` feature, so the app
    /// cannot use it.
    #[cfg(any(test, feature = "test-support"))]
    pub fn insecure_fast_for_tests() -> Self {
        Self {
            m_kib: 8,
            t: 1,
            p: 1,
        }
    }

    pub(super) fn to_argon2(self) -> Result<argon2::Params> {
        if self.m_kib > Self::MAX_M_KIB || self.t > Self::MAX_T || self.p > Self::MAX_P {
            return Err(StoreError::InvalidKdfParams);
        }
        argon2::Params::new(self.m_kib, self.t, self.p, Some(KEY_LEN))
            .map_err(|_| StoreError::InvalidKdfParams)
    }
}
