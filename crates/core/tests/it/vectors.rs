//! Checks the published test vectors (`docs/test-vectors/v1.json`): the byte formats of
//! envelopes and receipts must not drift, because partner hotlines implement them from the doc.
//! The server crate's tests check the same file against the running endpoint.
//!
//! Regenerate (only when the format version changes): `REACH_WRITE_VECTORS=1 cargo test -p
//! reach-core --test it vectors`.

use reach_core::envelope::{self, Envelope, HotlinePrivateKey};
use reach_core::ids::{ReferralId, StatusSecret};
use reach_core::receipt::{Receipt, ReceiptSigner};
use reach_core::referral::Referral;
use reach_core::wire::StatusRequest;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Vectors {
    description: String,
    hotline_secret_key_hex: String,
    hotline_public_key_hex: String,
    key_id_hex: String,
    receipt_signer_pkcs8_hex: String,
    receipt_public_key_hex: String,
    cases: Vec<Case>,
}

#[derive(Serialize, Deserialize)]
struct Case {
    name: String,
    referral_id_hex: String,
    status_secret_hex: String,
    status_verifier_hex: String,
    /// The exact body the app sends to the status route for this request.
    status_request_json: String,
    ephemeral_seed_hex: String,
    payload_utf8: String,
    envelope_hex: String,
    envelope_sha256_hex: String,
    receipt_hex: String,
}

fn path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/test-vectors/v1.json")
}

fn arr<const N: usize>(hex_str: &str) -> [u8; N] {
    hex::decode(hex_str).unwrap().try_into().unwrap()
}

fn generate() -> Vectors {
    let key = HotlinePrivateKey::from_bytes([0x42; 32]).unwrap();
    let signer = ReceiptSigner::generate();
    let mut cases = Vec::new();
    let referrals = [
        ("minimal", reach_core::referral::sample_minimal()),
        ("full", reach_core::referral::sample()),
    ];
    for (i, (name, referral)) in referrals.into_iter().enumerate() {
        let id = ReferralId([i as u8 + 1; 16]);
        let secret = StatusSecret([i as u8 + 0x10; 32]);
        let seed = [i as u8 + 0x20; 32];
        let payload = String::from_utf8(referral.to_bytes()).unwrap();
        let env = envelope::seal_for_test_vector(
            key.public_key(),
            id,
            secret.verifier(),
            payload.as_bytes(),
            seed,
        )
        .unwrap();
        let receipt = signer.sign(id, env.sha256());
        cases.push(Case {
            name: name.into(),
            referral_id_hex: hex::encode(id.0),
            status_secret_hex: hex::encode(&secret.0),
            status_verifier_hex: hex::encode(secret.verifier()),
            status_request_json: serde_json::to_string(&StatusRequest::new(&secret)).unwrap(),
            ephemeral_seed_hex: hex::encode(seed),
            payload_utf8: payload,
            envelope_hex: hex::encode(env.as_bytes()),
            envelope_sha256_hex: hex::encode(env.sha256()),
            receipt_hex: hex::encode(receipt.as_bytes()),
        });
    }
    Vectors {
        description: "Reach protocol v1 test vectors: HPKE X25519/HKDF-SHA256/ChaCha20-Poly1305 \
                      envelopes (the ephemeral seed is the KEM's random input) and Ed25519 \
                      receipts. See docs/protocol.md."
            .into(),
        hotline_secret_key_hex: hex::encode(key.secret_bytes()),
        hotline_public_key_hex: hex::encode(key.public_key().to_bytes()),
        key_id_hex: key.public_key().key_id().to_string(),
        receipt_signer_pkcs8_hex: hex::encode(signer.pkcs8()),
        receipt_public_key_hex: hex::encode(signer.verifier().to_bytes()),
        cases,
    }
}

#[test]
fn published_vectors_hold() {
    if std::env::var_os("REACH_WRITE_VECTORS").is_some() {
        let v = generate();
        std::fs::write(path(), serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
    }
    let v: Vectors = serde_json::from_str(&std::fs::read_to_string(path()).unwrap()).unwrap();
    let key = HotlinePrivateKey::from_bytes(arr(&v.hotline_secret_key_hex)).unwrap();
    assert_eq!(
        hex::encode(key.public_key().to_bytes()),
        v.hotline_public_key_hex
    );
    assert_eq!(key.public_key().key_id().to_string(), v.key_id_hex);
    let signer =
        ReceiptSigner::from_pkcs8(&hex::decode(&v.receipt_signer_pkcs8_hex).unwrap()).unwrap();
    assert_eq!(
        hex::encode(signer.verifier().to_bytes()),
        v.receipt_public_key_hex
    );
    assert_eq!(v.cases.len(), 2);
    for c in &v.cases {
        let id = ReferralId(arr(&c.referral_id_hex));
        let secret = StatusSecret(arr(&c.status_secret_hex));
        assert_eq!(
            hex::encode(secret.verifier()),
            c.status_verifier_hex,
            "{}",
            c.name
        );
        assert_eq!(
            serde_json::to_string(&StatusRequest::new(&secret)).unwrap(),
            c.status_request_json,
            "{}",
            c.name
        );
        // Sealing with the same inputs reproduces the bytes exactly.
        let sealed = envelope::seal_for_test_vector(
            key.public_key(),
            id,
            secret.verifier(),
            c.payload_utf8.as_bytes(),
            arr(&c.ephemeral_seed_hex),
        )
        .unwrap();
        assert_eq!(hex::encode(sealed.as_bytes()), c.envelope_hex, "{}", c.name);
        // Parsing and opening the published bytes gives the published payload and header.
        let env = Envelope::from_bytes(hex::decode(&c.envelope_hex).unwrap()).unwrap();
        assert_eq!(env.referral_id(), id);
        assert_eq!(env.header().key_id, key.public_key().key_id());
        assert_eq!(
            hex::encode(env.header().status_verifier),
            c.status_verifier_hex
        );
        assert_eq!(hex::encode(env.sha256()), c.envelope_sha256_hex);
        let payload = envelope::open(&key, &env).unwrap();
        assert_eq!(&payload[..], c.payload_utf8.as_bytes());
        Referral::from_bytes(&payload).unwrap();
        // Receipts are deterministic and verify.
        let receipt = Receipt::from_bytes(&hex::decode(&c.receipt_hex).unwrap()).unwrap();
        assert_eq!(signer.sign(id, env.sha256()), receipt, "{}", c.name);
        signer.verifier().verify(&receipt, &env).unwrap();
        // One flipped bit anywhere in the published envelope is caught.
        let mut tampered = hex::decode(&c.envelope_hex).unwrap();
        let mid = tampered.len() / 2;
        tampered[mid] ^= 0x01;
        let tampered = Envelope::from_bytes(tampered).unwrap();
        assert!(envelope::open(&key, &tampered).is_err());
    }
}
