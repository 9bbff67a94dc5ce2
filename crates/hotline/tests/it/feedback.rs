//! Survivors' voices at the endpoint: `POST /v1/feedback` on the real server, with a real
//! SQLite file. A feedback is stored apart from requests with only the month it arrived, is
//! idempotent by its own id, and every malformed or wrong-kind body is refused with nothing
//! stored.

use reach_contract::feedback::{
    FEEDBACK_VERSION, FeedbackAnswer, FeedbackAnswers, FeedbackPayload,
};
use reach_core::envelope::{self, FEEDBACK_ENVELOPE_LEN, HotlinePrivateKey, seal_feedback};
use reach_core::wire::{CT_ENVELOPE, Delivered, PATH_FEEDBACK};

use crate::common::{Hotline, expect_problem};

pub(crate) fn payload(helped: FeedbackAnswer) -> Vec<u8> {
    serde_json::to_vec(&FeedbackPayload {
        v: FEEDBACK_VERSION,
        answers: FeedbackAnswers {
            helped: Some(helped),
            safe: None,
            recommend: Some(FeedbackAnswer::Yes),
        },
    })
    .unwrap()
}

fn feedback_rows(h: &Hotline) -> Vec<(String, String, i64)> {
    h.db()
        .prepare("SELECT feedback_id, received_month, length(envelope) FROM feedback")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[tokio::test]
async fn feedback_is_stored_once_apart_from_requests_with_only_its_month() {
    let h = Hotline::start(None).await;
    let env = seal_feedback(h.key.public_key(), &payload(FeedbackAnswer::Yes)).unwrap();
    let post = |body: Vec<u8>| h.post(PATH_FEEDBACK, CT_ENVELOPE, body);

    let res = post(env.as_bytes().to_vec()).await;
    assert_eq!(res.status().as_u16(), 201);
    assert_eq!(res.headers()["cache-control"].to_str().unwrap(), "no-store");
    let first: Delivered = res.json().await.unwrap();
    assert_eq!(first.id, env.referral_id());
    let verifier = h.profile.receipt_verifiers().unwrap().remove(0);
    verifier.verify(&first.receipt, &env).unwrap();
    // An identical resend: 200 and the same receipt; still one row.
    let res = post(env.as_bytes().to_vec()).await;
    assert_eq!(res.status().as_u16(), 200);
    let again: Delivered = res.json().await.unwrap();
    assert_eq!(again.receipt, first.receipt);

    let rows = feedback_rows(&h);
    assert_eq!(rows.len(), 1);
    let (id, month, len) = &rows[0];
    assert_eq!(*id, env.referral_id().to_string());
    assert_eq!(*len as usize, FEEDBACK_ENVELOPE_LEN);
    let now = chrono::Utc::now().format("%Y-%m").to_string();
    assert_eq!(*month, now, "the month, no day or time");
    assert_eq!(h.count(), 0, "not a request");
    // Only the private key opens it, as feedback.
    let stored: Vec<u8> = h
        .db()
        .query_row("SELECT envelope FROM feedback", [], |r| r.get(0))
        .unwrap();
    let stored = envelope::Envelope::from_bytes(stored).unwrap();
    assert_eq!(
        &envelope::open_feedback(&h.key, &stored).unwrap()[..],
        &payload(FeedbackAnswer::Yes)[..]
    );
}

#[tokio::test]
async fn wrong_kinds_sizes_keys_and_conflicts_are_refused_and_store_nothing() {
    let h = Hotline::start(None).await;
    let post = |ct: &'static str, body: Vec<u8>| h.post(PATH_FEEDBACK, ct, body);
    let good = seal_feedback(h.key.public_key(), &payload(FeedbackAnswer::No)).unwrap();

    // A request envelope of the same size: its status verifier is not zero.
    let (request, _) = h.seal_referral("hello");
    assert_eq!(request.as_bytes().len(), FEEDBACK_ENVELOPE_LEN);
    expect_problem(post(CT_ENVELOPE, request.as_bytes().to_vec()).await, 400).await;
    // A larger envelope (a real size for requests): over this route's limit.
    let (big, _) = h.seal_bytes(&vec![b' '; 2000]);
    assert!(big.as_bytes().len() > FEEDBACK_ENVELOPE_LEN);
    expect_problem(post(CT_ENVELOPE, big.as_bytes().to_vec()).await, 413).await;
    // One byte short, one byte over, garbage of the right size.
    let mut short = good.as_bytes().to_vec();
    short.pop();
    expect_problem(post(CT_ENVELOPE, short).await, 400).await;
    let mut long = good.as_bytes().to_vec();
    long.push(0);
    expect_problem(post(CT_ENVELOPE, long).await, 413).await;
    expect_problem(post(CT_ENVELOPE, vec![7; FEEDBACK_ENVELOPE_LEN]).await, 400).await;
    // Sealed to a key this hotline does not have.
    let stranger = HotlinePrivateKey::generate();
    let foreign = seal_feedback(stranger.public_key(), &payload(FeedbackAnswer::No)).unwrap();
    let p = expect_problem(post(CT_ENVELOPE, foreign.as_bytes().to_vec()).await, 422).await;
    assert_eq!(serde_json::to_value(p.code).unwrap(), "unknown_key");
    // Another content type.
    expect_problem(
        post("application/json", good.as_bytes().to_vec()).await,
        415,
    )
    .await;
    assert!(feedback_rows(&h).is_empty(), "nothing stored");

    // The same id with other bytes: 409, the first one kept.
    assert_eq!(
        post(CT_ENVELOPE, good.as_bytes().to_vec()).await.status(),
        201
    );
    let mut other = good.as_bytes().to_vec();
    other[200] ^= 1;
    expect_problem(post(CT_ENVELOPE, other).await, 409).await;
    assert_eq!(feedback_rows(&h).len(), 1);
}
