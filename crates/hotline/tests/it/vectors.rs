//! The published test vectors (`docs/test-vectors/v1.json`), checked against the running
//! endpoint: a server holding the vectors' receipt key must store each vector envelope, answer
//! with exactly the published receipt, find it by the published status request, and `open`
//! must recover exactly the published payload. The core crate's tests check the same file
//! from the app's side.

use std::path::Path;

use crate::common::{http_client, post, serve};
use reach_core::envelope::{HotlinePrivateKey, KeyId};
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::wire::{self, Delivered};
use serde_json::Value;

fn vectors() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/test-vectors/v1.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn hex_field(v: &Value, k: &str) -> Vec<u8> {
    hex::decode(v[k].as_str().unwrap()).unwrap()
}

#[tokio::test]
async fn endpoint_reproduces_published_receipts_and_payloads() {
    let v = vectors();
    let key =
        HotlinePrivateKey::from_bytes(hex_field(&v, "hotline_secret_key_hex").try_into().unwrap())
            .unwrap();
    let signer = ReceiptSigner::from_pkcs8(&hex_field(&v, "receipt_signer_pkcs8_hex")).unwrap();
    assert_eq!(
        key.public_key().key_id(),
        v["key_id_hex"].as_str().unwrap().parse::<KeyId>().unwrap()
    );

    // A hotline directory holding the vectors' keys, laid out as `init` would.
    let dir = tempfile::tempdir().unwrap();
    let profile = HotlineProfile::new(
        "Vector hotline",
        "http://127.0.0.1:1",
        key.public_key(),
        &signer.verifier(),
    );
    let db = dir.path().join("hotline.db");
    let server = serve(reach_hotline::ServerConfig::new(
        db.clone(),
        profile,
        signer,
    ))
    .await;
    let client = http_client();

    let cases = v["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2);
    for c in cases {
        let resp = post(
            &client,
            &server.url(),
            wire::PATH_ENVELOPES,
            wire::CT_ENVELOPE,
            hex_field(c, "envelope_hex"),
        )
        .await;
        assert_eq!(resp.status(), 201);
        let d: Delivered = resp.json().await.unwrap();
        assert_eq!(d.id.to_string(), c["referral_id_hex"].as_str().unwrap());
        assert_eq!(
            hex::encode(d.receipt.as_bytes()),
            c["receipt_hex"].as_str().unwrap()
        );
        // The published status request finds exactly this request.
        let resp = post(
            &client,
            &server.url(),
            wire::PATH_STATUS,
            wire::CT_JSON,
            c["status_request_json"].as_str().unwrap().to_owned(),
        )
        .await;
        assert_eq!(resp.status(), 200);
        let s: wire::StatusResponse = resp.json().await.unwrap();
        assert_eq!(s.id, d.id);
        assert_eq!(s.state, wire::ReferralState::Received);
    }
    server.shutdown().await;

    // Staff side: the stored envelopes open to the published payloads.
    let keyfile = reach_hotline::hpke_key_file(dir.path(), key.public_key().key_id());
    reach_hotline::keyfile::write(
        &keyfile,
        reach_hotline::keyfile::KeyKind::HpkeX25519,
        key.secret_bytes(),
        None,
    )
    .unwrap();
    let opened = reach_hotline::open_all(
        dir.path(),
        &db,
        &reach_hotline::OpenOptions {
            passphrase: None,
            actor: "vectors",
            only: None,
            page: Default::default(),
        },
    )
    .unwrap();
    assert!(opened.set_aside.is_empty(), "{:?}", opened.set_aside);
    assert_eq!(opened.opened.len(), 2);
    for o in opened.opened {
        let case = cases
            .iter()
            .find(|c| c["referral_id_hex"].as_str().unwrap() == o.id.to_string())
            .unwrap();
        assert_eq!(
            o.referral.to_bytes(),
            case["payload_utf8"].as_str().unwrap().as_bytes()
        );
    }
}
