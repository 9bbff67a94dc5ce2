//! What the core's integration tests share: cheap key derivation, a test hotline, and a sorted
//! listing of a data folder's file names.

use std::path::Path;

use reach_core::envelope::HotlinePrivateKey;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::store::KdfParams;

/// Argon2id at its cheapest, so that tests do not spend a second per unlock.
pub fn fast() -> KdfParams {
    KdfParams::insecure_fast_for_tests()
}

/// A fresh test hotline: its private key, its receipt signer and its profile.
pub fn hotline_with_signer() -> (HotlinePrivateKey, ReceiptSigner, HotlineProfile) {
    let key = HotlinePrivateKey::generate();
    let signer = ReceiptSigner::generate();
    let profile = HotlineProfile::new(
        "Test hotline",
        "https://intake.example.org",
        key.public_key(),
        &signer.verifier(),
    );
    (key, signer, profile)
}

/// A fresh test hotline's private key and profile, for tests that open what was sealed.
pub fn hotline() -> (HotlinePrivateKey, HotlineProfile) {
    let (key, _, profile) = hotline_with_signer();
    (key, profile)
}

/// A fresh test hotline's profile, for tests that only seal.
pub fn profile() -> HotlineProfile {
    hotline().1
}

/// The names of the files in `dir`, sorted.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
