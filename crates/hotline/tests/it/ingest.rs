//! Delivery routes against the real server: idempotency, refusals, batch, status, rate limits.

use std::time::Duration;

use crate::common::{Hotline, expect_problem};
use reach_core::envelope::{HotlinePrivateKey, seal};
use reach_core::ids::{ReferralId, StatusSecret};
use reach_core::wire::{
    BatchResponse, CT_ENVELOPE, CT_JSON, Delivered, MAX_BATCH_BYTES, MAX_SINGLE_BYTES,
    MAX_STATUS_BYTES, PATH_STATUS, ProblemCode, ReferralState, StatusRequest, StatusResponse,
    encode_batch,
};
use reach_hotline::RateLimit;

#[tokio::test]
async fn first_delivery_201_then_identical_resend_200_with_same_receipt() {
    let h = Hotline::start(None).await;
    let env = h.envelope();
    let first = h.post_envelope(env.as_bytes()).await;
    assert_eq!(first.status().as_u16(), 201);
    let first: Delivered = first.json().await.unwrap();
    assert_eq!(first.id, env.referral_id());
    let verifier = h.profile.receipt_verifiers().unwrap()[0];
    verifier.verify(&first.receipt, &env).unwrap();

    let again = h.post_envelope(env.as_bytes()).await;
    assert_eq!(again.status().as_u16(), 200);
    let again: Delivered = again.json().await.unwrap();
    assert_eq!(again.receipt.as_bytes(), first.receipt.as_bytes());
    assert_eq!(h.count(), 1);
    assert_eq!(h.stored_bytes(env.referral_id()).unwrap(), env.as_bytes());
}

#[tokio::test]
async fn same_id_other_bytes_is_409_and_stored_bytes_unchanged() {
    let h = Hotline::start(None).await;
    let (env, secret) = h.seal_referral("original");
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    let other = seal(
        h.key.public_key(),
        env.referral_id(),
        secret.verifier(),
        b"other content",
    )
    .unwrap();
    assert_ne!(other.as_bytes(), env.as_bytes());
    let p = expect_problem(h.post_envelope(other.as_bytes()).await, 409).await;
    assert_eq!(p.code, ProblemCode::Conflict);
    assert_eq!(h.stored_bytes(env.referral_id()).unwrap(), env.as_bytes());
    assert_eq!(h.count(), 1);
}

#[tokio::test]
async fn malformed_envelope_is_400_and_stores_nothing() {
    let h = Hotline::start(None).await;
    let mut bad = h.envelope().into_bytes();
    bad[0] = b'X';
    let p = expect_problem(h.post_envelope(&bad).await, 400).await;
    assert_eq!(p.code, ProblemCode::Malformed);
    expect_problem(h.post_envelope(b"not an envelope").await, 400).await;
    expect_problem(h.post_envelope(&[]).await, 400).await;
    assert_eq!(h.count(), 0);
}

#[tokio::test]
async fn oversize_bodies_are_413_problem_json() {
    let h = Hotline::start(None).await;
    let p = expect_problem(h.post_envelope(&vec![0u8; MAX_SINGLE_BYTES + 1]).await, 413).await;
    assert_eq!(p.code, ProblemCode::TooLarge);
    let p = expect_problem(h.post_batch(vec![0u8; MAX_BATCH_BYTES + 1]).await, 413).await;
    assert_eq!(p.code, ProblemCode::TooLarge);
    assert_eq!(h.count(), 0);
}

#[tokio::test]
async fn unknown_key_is_422() {
    let h = Hotline::start(None).await;
    let stranger = HotlinePrivateKey::generate();
    let env = seal(stranger.public_key(), ReferralId::random(), [0; 32], b"x").unwrap();
    let p = expect_problem(h.post_envelope(env.as_bytes()).await, 422).await;
    assert_eq!(p.code, ProblemCode::UnknownKey);
    assert_eq!(h.count(), 0);
}

#[tokio::test]
async fn wrong_or_missing_content_type_is_415() {
    let h = Hotline::start(None).await;
    let env = h.envelope();
    let p = expect_problem(
        h.post(
            reach_core::wire::PATH_ENVELOPES,
            "application/json",
            env.as_bytes().to_vec(),
        )
        .await,
        415,
    )
    .await;
    assert_eq!(p.code, ProblemCode::UnsupportedMediaType);
    // A single envelope sent to the batch route with the envelope type is refused too.
    expect_problem(
        h.post(
            reach_core::wire::PATH_BATCH,
            CT_ENVELOPE,
            env.as_bytes().to_vec(),
        )
        .await,
        415,
    )
    .await;
    let res = h
        .client
        .post(format!("{}{}", h.url, reach_core::wire::PATH_ENVELOPES))
        .body(env.as_bytes().to_vec())
        .send()
        .await
        .unwrap();
    expect_problem(res, 415).await;
    // Parameters and case do not matter.
    let ok = h
        .post(
            reach_core::wire::PATH_ENVELOPES,
            "Application/VND.reach.envelope; charset=binary",
            env.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(ok.status().as_u16(), 201);
    assert_eq!(h.count(), 1);
}

#[tokio::test]
async fn flood_is_429_with_retry_after_and_rejected_requests_store_nothing() {
    let h = Hotline::start(Some(RateLimit {
        burst: 5,
        replenish_every: Duration::from_secs(60),
    }))
    .await;
    let mut accepted = Vec::new();
    let mut refused = Vec::new();
    for _ in 0..12 {
        let env = h.envelope();
        let res = h.post_envelope(env.as_bytes()).await;
        match res.status().as_u16() {
            201 => accepted.push(env.referral_id()),
            429 => {
                let retry: u64 = res
                    .headers()
                    .get("retry-after")
                    .expect("Retry-After")
                    .to_str()
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!((1..=60).contains(&retry), "{retry}");
                let p = expect_problem(res, 429).await;
                assert_eq!(p.code, ProblemCode::RateLimited);
                refused.push(env.referral_id());
            }
            s => panic!("unexpected {s}"),
        }
    }
    assert_eq!(accepted.len(), 5);
    assert_eq!(refused.len(), 7);
    assert_eq!(h.count(), 5);
    for id in refused {
        assert!(h.stored_bytes(id).is_none());
    }
}

#[tokio::test]
async fn batch_with_good_bad_unknown_conflicting_and_duplicate_items() {
    let h = Hotline::start(None).await;
    let verifier = h.profile.receipt_verifiers().unwrap()[0];
    let (already, secret) = h.seal_referral("sent before");
    assert_eq!(
        h.post_envelope(already.as_bytes()).await.status().as_u16(),
        201
    );
    let conflicting = seal(
        h.key.public_key(),
        already.referral_id(),
        secret.verifier(),
        b"different",
    )
    .unwrap();
    let good = h.envelope();
    let unknown = seal(
        HotlinePrivateKey::generate().public_key(),
        ReferralId::random(),
        [0; 32],
        b"x",
    )
    .unwrap();
    // Same id twice in one batch: second identical is 200, a differing one is 409.
    let (twin, twin_secret) = h.seal_referral("twin");
    let twin_other = seal(
        h.key.public_key(),
        twin.referral_id(),
        twin_secret.verifier(),
        b"y",
    )
    .unwrap();
    let mut body = encode_batch([
        &good,
        &already,
        &conflicting,
        &unknown,
        &twin,
        &twin,
        &twin_other,
    ]);
    // Append a malformed item by hand: same framing, garbage envelope of a valid length.
    let garbage = vec![7u8; good.as_bytes().len()];
    let count = u16::from_be_bytes([body[4], body[5]]) + 1;
    body[4..6].copy_from_slice(&count.to_be_bytes());
    body.extend_from_slice(&(garbage.len() as u32).to_be_bytes());
    body.extend_from_slice(&garbage);

    let res = h.post_batch(body).await;
    assert_eq!(res.status().as_u16(), 200);
    let r: BatchResponse = res.json().await.unwrap();
    let statuses: Vec<u16> = r.results.iter().map(|i| i.status).collect();
    assert_eq!(statuses, [201, 200, 409, 422, 201, 200, 409, 400]);
    let envs = [
        &good,
        &already,
        &conflicting,
        &unknown,
        &twin,
        &twin,
        &twin_other,
    ];
    for (item, env) in r.results.iter().zip(envs) {
        assert_eq!(item.id, Some(env.referral_id()));
        match item.status {
            200 | 201 => {
                verifier
                    .verify(item.receipt.as_ref().unwrap(), env)
                    .unwrap();
                assert!(item.problem.is_none());
            }
            _ => {
                assert!(item.receipt.is_none());
                assert_eq!(item.problem.as_ref().unwrap().status, item.status);
            }
        }
    }
    assert_eq!(r.results[4].receipt, r.results[5].receipt);
    assert_eq!(r.results[7].id, None);
    assert_eq!(
        r.results[7].problem.as_ref().unwrap().code,
        ProblemCode::Malformed
    );
    // already + good + twin.
    assert_eq!(h.count(), 3);
    assert_eq!(
        h.stored_bytes(already.referral_id()).unwrap(),
        already.as_bytes()
    );
    assert_eq!(h.stored_bytes(twin.referral_id()).unwrap(), twin.as_bytes());
}

#[tokio::test]
async fn broken_batch_framing_is_400() {
    let h = Hotline::start(None).await;
    let env = h.envelope();
    let body = encode_batch([&env]);
    expect_problem(h.post_batch(body[..body.len() - 1].to_vec()).await, 400).await;
    expect_problem(h.post_batch(b"RCB1\0\0".to_vec()).await, 400).await;
    expect_problem(h.post_batch(env.as_bytes().to_vec()).await, 400).await;
    assert_eq!(h.count(), 0);
}

#[tokio::test]
async fn status_needs_the_right_secret_and_does_not_leak_existence() {
    let h = Hotline::start(None).await;
    let (env, secret) = h.seal_referral("status please");
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);

    let res = h.status(&secret.to_base64()).await;
    assert_eq!(res.status().as_u16(), 200);
    let s: StatusResponse = res.json().await.unwrap();
    assert_eq!(s.id, env.referral_id());
    assert_eq!(s.state, Some(ReferralState::Received));

    // A wrong secret is, to the endpoint, the secret of a request it does not hold: the two
    // cases cannot be told apart, and neither can a secret that is not a secret at all.
    let (never_sent, never_sent_secret) = h.seal_referral("never sent");
    assert_eq!(h.stored_bytes(never_sent.referral_id()), None);
    let wrong = expect_problem(h.status(&StatusSecret::random().to_base64()).await, 404).await;
    let unknown = expect_problem(h.status(&never_sent_secret.to_base64()).await, 404).await;
    let garbage = expect_problem(h.status("not base64!").await, 404).await;
    assert_eq!(
        wrong, unknown,
        "wrong secret and unknown id must look the same"
    );
    assert_eq!(wrong, garbage);
    // Not a status request at all: malformed, wrong type, too large.
    expect_problem(h.post(PATH_STATUS, CT_JSON, b"{}".to_vec()).await, 400).await;
    expect_problem(h.post(PATH_STATUS, CT_ENVELOPE, b"{}".to_vec()).await, 415).await;
    let huge = serde_json::json!({ "secret": "A".repeat(MAX_STATUS_BYTES) }).to_string();
    expect_problem(h.post(PATH_STATUS, CT_JSON, huge.into_bytes()).await, 413).await;
}

#[tokio::test]
async fn status_route_keeps_the_id_out_of_the_request() {
    // The old route carried the id in the path, where proxy access logs keep it. Its literal
    // path stays here on purpose: no constant names a route that must not exist.
    let h = Hotline::start(None).await;
    let (env, secret) = h.seal_referral("where is my request");
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    let id = env.referral_id().to_string();
    let res = h
        .client
        .get(format!("{}/v1/referrals/{id}/status", h.url))
        .send()
        .await
        .unwrap();
    expect_problem(res, 404).await;
    let body = serde_json::to_string(&StatusRequest::new(&secret)).unwrap();
    assert!(!body.contains(&id) && !PATH_STATUS.contains(&id));
    let res = h.status(&secret.to_base64()).await;
    assert_eq!(res.status().as_u16(), 200);
}

#[tokio::test]
async fn status_of_a_shared_verifier_is_nobodys() {
    // Someone who copied a verifier into their own envelope must not learn (or mask) the
    // state of the request it belongs to: with two holders, the answer is 404 for both.
    let h = Hotline::start(None).await;
    let (env, secret) = h.seal_referral("mine");
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    let copy = seal(
        h.key.public_key(),
        ReferralId::random(),
        secret.verifier(),
        b"copied verifier",
    )
    .unwrap();
    assert_eq!(
        h.post_envelope(copy.as_bytes()).await.status().as_u16(),
        201
    );
    expect_problem(h.status(&secret.to_base64()).await, 404).await;
}

#[tokio::test]
async fn profile_route_serves_the_public_profile() {
    let h = Hotline::start(None).await;
    let res = h
        .client
        .get(format!("{}{}", h.url, reach_core::wire::PATH_PROFILE))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let text = res.text().await.unwrap();
    let served = reach_core::profile::HotlineProfile::from_json(&text).unwrap();
    assert_eq!(served, h.profile);
    assert!(!text.contains("secret") && !text.contains("pkcs8"));
    // Unknown route: problem JSON too.
    let res = h
        .client
        .get(format!("{}/nope", h.url))
        .send()
        .await
        .unwrap();
    expect_problem(res, 404).await;
}

#[tokio::test]
async fn concurrent_deliveries_are_all_stored_and_acknowledged() {
    let h = Hotline::start(None).await;
    let envs: Vec<_> = (0..64).map(|_| h.envelope()).collect();
    let mut tasks = Vec::new();
    for env in &envs {
        let client = h.client.clone();
        let url = format!("{}{}", h.url, reach_core::wire::PATH_ENVELOPES);
        let body = env.as_bytes().to_vec();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .header("content-type", CT_ENVELOPE)
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 201);
    }
    assert_eq!(h.count(), 64);
}
