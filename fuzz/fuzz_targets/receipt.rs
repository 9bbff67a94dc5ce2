//! The receipt parser in every form the app reads a receipt from an untrusted network: raw
//! bytes (`Receipt::from_bytes`), base64url text (`Receipt::from_base64`), and the JSON bodies
//! of the delivery responses (`wire::Delivered`, `wire::BatchResponse`); then the signature
//! check the sync engine runs before it deletes its copy of a request.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use reach_core::receipt::{RECEIPT_LEN, Receipt, ReceiptError, ReceiptVerifier};
use reach_core::wire::{BatchResponse, Delivered};

static VERIFIER: LazyLock<ReceiptVerifier> =
    LazyLock::new(|| reach_fuzz::vector_signer().verifier());

/// What holds for every receipt that parsed, whatever form it came in.
fn check(r: &Receipt) {
    assert_eq!(r.as_bytes().len(), RECEIPT_LEN);
    assert_eq!(Receipt::from_bytes(r.as_bytes()).as_ref(), Ok(r));
    assert_eq!(Receipt::from_base64(&r.to_base64()).as_ref(), Ok(r));
    // A receipt nobody signed with the pinned key never verifies, even for the id and hash
    // it names itself (only the published vectors carry a real signature).
    match VERIFIER.verify_for(r, r.referral_id(), r.envelope_sha256()) {
        Ok(()) => assert_eq!(r.key_id(), VERIFIER.key_id()),
        Err(ReceiptError::UnknownKey) => assert_ne!(r.key_id(), VERIFIER.key_id()),
        Err(e) => assert_eq!(e, ReceiptError::BadSignature),
    }
}

fuzz_target!(init: reach_fuzz::plant(reach_fuzz::receipts), |data: &[u8]| {
    if let Ok(r) = Receipt::from_bytes(data) {
        assert_eq!(r.as_bytes(), data);
        check(&r);
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(r) = Receipt::from_base64(text) {
        // base64url without padding is canonical: one text per receipt.
        assert_eq!(r.to_base64(), text);
        check(&r);
    }
    if let Ok(d) = serde_json::from_str::<Delivered>(text) {
        check(&d.receipt);
        let again: Delivered = serde_json::from_slice(&serde_json::to_vec(&d).unwrap()).unwrap();
        assert_eq!(again, d);
    }
    if let Ok(b) = serde_json::from_str::<BatchResponse>(text) {
        b.results.iter().filter_map(|i| i.receipt.as_ref()).for_each(check);
        let again: BatchResponse =
            serde_json::from_slice(&serde_json::to_vec(&b).unwrap()).unwrap();
        assert_eq!(again, b);
    }
});
