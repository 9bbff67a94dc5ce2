//! The referral parser (`Referral::from_bytes`: size cap, version probe, strict JSON, full
//! validation), as the hotline runs it on every payload staff open.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reach_core::referral::{Referral, ReferralError, limits};

fuzz_target!(init: reach_fuzz::plant(reach_fuzz::referrals), |data: &[u8]| {
    match Referral::from_bytes(data) {
        Ok(r) => {
            assert!(r.validate().is_ok());
            // The canonical form reads back to the same referral, and is a fixed point.
            let canonical = r.to_bytes();
            assert!(canonical.len() <= limits::SERIALIZED_MAX_BYTES);
            let again = Referral::from_bytes(&canonical).expect("the canonical form parses");
            assert_eq!(again, r);
            assert_eq!(again.to_bytes(), canonical);
            // A valid referral is already tidy: the form's normalisation changes nothing.
            let mut tidied = r.clone();
            tidied.normalize();
            assert_eq!(tidied, r);
        }
        Err(ReferralError::TooLarge { len, max }) => {
            assert_eq!(len, data.len());
            assert!(len > max);
        }
        Err(_) => {}
    }
});
