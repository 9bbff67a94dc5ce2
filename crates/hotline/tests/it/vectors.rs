//! The published test vectors (`docs/test-vectors/v1.json`), checked against the running
//! endpoint: a server holding the vectors' keys must serve the published profile, store each
//! vector envelope and answer with exactly the published bodies, find it by the published
//! status request, answer the batch item by item as published, refuse every negative case with
//! the published status and problem code, and `open` must recover exactly the published
//! payloads. The core crate's tests check the same file from the app's side.

use std::path::Path;

use crate::common;

use reach_core::envelope::{HotlinePrivateKey, KeyId};
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::wire::{self, BatchResponse, CT_PROBLEM, Problem};
use reach_hotline::RunningServer;
use serde_json::Value;

fn vectors() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/test-vectors/v1.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn hex_field(v: &Value, k: &str) -> Vec<u8> {
    hex::decode(v[k].as_str().unwrap()).unwrap()
}

fn text<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap()
}

fn key(v: &Value) -> HotlinePrivateKey {
    HotlinePrivateKey::from_bytes(hex_field(v, "hotline_secret_key_hex").try_into().unwrap())
        .unwrap()
}

/// The endpoint with the vectors' profile and receipt key, no per-client limits (the test
/// sends more requests than one client may), and a database in `dir`.
async fn serve(v: &Value, dir: &Path) -> RunningServer {
    let signer = ReceiptSigner::from_pkcs8(&hex_field(v, "receipt_signer_pkcs8_hex")).unwrap();
    let profile = HotlineProfile::from_json(text(v, "profile_json")).unwrap();
    let mut config = reach_hotline::ServerConfig::new(dir.join("hotline.db"), profile, signer);
    config.rate_limit = None;
    config.byte_limit = None;
    common::serve(config).await
}

/// Sends `method path` with `body` (and `ct` as the content type, when given); returns the
/// status, the answer's content type and its body.
async fn send(
    server: &RunningServer,
    method: &str,
    path: &str,
    ct: Option<&str>,
    body: Vec<u8>,
) -> (u16, String, String) {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let url = format!("{}{path}", server.url());
    let mut req = common::http_client().request(method, url).body(body);
    if let Some(ct) = ct {
        req = req.header("content-type", ct);
    }
    let res = req.send().await.unwrap();
    let (status, ct) = (res.status().as_u16(), common::content_type(&res));
    (status, ct, res.text().await.unwrap())
}

async fn post(
    server: &RunningServer,
    path: &str,
    ct: Option<&str>,
    body: Vec<u8>,
) -> (u16, String, String) {
    send(server, "POST", path, ct, body).await
}

#[tokio::test]
async fn endpoint_reproduces_published_answers_and_payloads() {
    let v = vectors();
    let key = key(&v);
    assert_eq!(
        key.public_key().key_id(),
        text(&v, "key_id_hex").parse::<KeyId>().unwrap()
    );
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&v, dir.path()).await;

    // The profile is served exactly as published.
    let (status, _, profile) = send(&server, "GET", wire::PATH_PROFILE, None, vec![]).await;
    assert_eq!(status, 200);
    assert_eq!(profile, text(&v, "profile_json"));

    let cases = v["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 5);
    for c in cases {
        let envelope = hex_field(c, "envelope_hex");
        for expected in [201, 200] {
            let (status, ct, body) = post(
                &server,
                wire::PATH_ENVELOPES,
                Some(wire::CT_ENVELOPE),
                envelope.clone(),
            )
            .await;
            assert_eq!(
                (status, ct.as_str()),
                (expected, wire::CT_JSON),
                "{}",
                text(c, "name")
            );
            assert_eq!(body, text(c, "delivered_json"));
        }
        // The published status request finds exactly this request.
        let (status, _, body) = post(
            &server,
            wire::PATH_STATUS,
            Some(wire::CT_JSON),
            text(c, "status_request_json").into(),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(body, text(c, "status_response_json"));
    }

    // Every negative case gets its status and code, and stores nothing.
    let negatives = v["negative_cases"].as_array().unwrap();
    assert!(negatives.len() >= 30);
    for n in negatives {
        let body = match n["body"].as_object().unwrap().iter().next().unwrap() {
            (k, b) if k == "hex" => hex::decode(b.as_str().unwrap()).unwrap(),
            (k, b) if k == "utf8" => b.as_str().unwrap().as_bytes().to_vec(),
            (k, b) if k == "zeros" => vec![0; b.as_u64().unwrap() as usize],
            (k, _) => panic!("unknown body kind {k}"),
        };
        let (status, ct, answer) = send(
            &server,
            text(n, "method"),
            text(n, "path"),
            n["content_type"].as_str(),
            body,
        )
        .await;
        let name = text(n, "name");
        assert_eq!(status, n["status"].as_u64().unwrap() as u16, "{name}");
        assert_eq!(ct, CT_PROBLEM, "{name}");
        let problem: Problem = serde_json::from_str(&answer).unwrap();
        assert_eq!(
            serde_json::to_value(problem.code).unwrap(),
            n["code"],
            "{name}"
        );
        assert_eq!(problem.status, status, "{name}");
        assert_eq!(
            problem.type_uri,
            format!("urn:reach:problem:{}", text(n, "code"))
        );
        if name == text(&v["problem_example"], "case") {
            assert_eq!(answer, text(&v["problem_example"], "json"));
        }
    }
    // A known route with another method: 405, as any HTTP server would, without a problem body.
    let (status, _, body) = send(&server, "GET", wire::PATH_ENVELOPES, None, vec![]).await;
    assert_eq!((status, body.as_str()), (405, ""));

    // With the published reply stored for case `full` (as the staff inbox stores it), the
    // status route answers exactly the published status answer.
    let r = &v["reply"];
    let full = cases.iter().find(|c| text(c, "name") == "full").unwrap();
    assert_eq!(text(full, "referral_id_hex"), text(r, "referral_id_hex"));
    {
        let conn = rusqlite::Connection::open(dir.path().join("hotline.db")).unwrap();
        let id = text(r, "referral_id_hex");
        conn.execute(
            "UPDATE referrals SET state = 'answered' WHERE referral_id = ?1",
            [id],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO replies (referral_id, seq, key_id, sealed, staff_copy)
             VALUES (?1, 1, ?2, ?3, x'00')",
            rusqlite::params![id, text(&v, "key_id_hex"), hex_field(r, "sealed_hex")],
        )
        .unwrap();
    }
    let (status, _, body) = post(
        &server,
        wire::PATH_STATUS,
        Some(wire::CT_JSON),
        text(full, "status_request_json").into(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body, text(r, "status_response_json"));

    // The published feedback envelope: 201 with the published receipt, then 200 with the same.
    let f = &v["feedback"];
    for expected in [201, 200] {
        let (status, _, body) = post(
            &server,
            wire::PATH_FEEDBACK,
            Some(wire::CT_ENVELOPE),
            hex_field(f, "envelope_hex"),
        )
        .await;
        assert_eq!(status, expected);
        let answer: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(answer["id"], text(f, "id_hex"));
        assert_eq!(answer["receipt"], text(f, "receipt_b64"));
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
    assert_eq!(
        std::fs::read_to_string(&keyfile).unwrap(),
        text(&v, "hpke_key_file_json")
    );
    let opened = reach_hotline::open_all(
        dir.path(),
        &dir.path().join("hotline.db"),
        &reach_hotline::OpenOptions {
            passphrase: None,
            actor: "vectors",
            only: None,
            page: Default::default(),
        },
    )
    .unwrap();
    assert!(opened.set_aside.is_empty(), "{:?}", opened.set_aside);
    assert_eq!(opened.opened.len(), cases.len());
    for o in opened.opened {
        let case = cases
            .iter()
            .find(|c| text(c, "referral_id_hex") == o.id.to_string())
            .unwrap();
        assert_eq!(o.referral.to_bytes(), text(case, "payload_utf8").as_bytes());
        assert!(o.unknown_fields.is_empty());
    }
}

#[tokio::test]
async fn endpoint_answers_the_published_batch_item_by_item() {
    let v = vectors();
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&v, dir.path()).await;
    let (status, ct, body) = post(
        &server,
        wire::PATH_BATCH,
        Some(wire::CT_BATCH),
        hex_field(&v["batch"], "body_hex"),
    )
    .await;
    assert_eq!((status, ct.as_str()), (200, wire::CT_JSON));
    let got: BatchResponse = serde_json::from_str(&body).unwrap();
    let want = v["batch"]["results"].as_array().unwrap();
    assert_eq!(got.results.len(), want.len());
    for (g, w) in got.results.iter().zip(want) {
        assert_eq!(u64::from(g.status), w["status"].as_u64().unwrap());
        assert_eq!(g.id.map(|i| i.to_string()).as_deref(), w["id"].as_str());
        assert_eq!(
            g.receipt.as_ref().map(|r| r.to_base64()).as_deref(),
            w["receipt"].as_str()
        );
        let code = g
            .problem
            .as_ref()
            .map(|p| serde_json::to_value(p.code).unwrap());
        assert_eq!(code.as_ref(), w.get("code"));
        if let Some(p) = &g.problem {
            assert_eq!(p.status, g.status);
        }
    }
    server.shutdown().await;
}
