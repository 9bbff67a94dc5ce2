//! Survivors' voices on the phone's side: the offer is made once per closed request, the
//! answers are sealed to the hotline with nothing that names the request, kept only under the
//! data key until a verified receipt, and sent only while unlocked.

use reach_contract::feedback::{FeedbackAnswer, FeedbackAnswers, FeedbackPayload};
use reach_core::envelope::{self, FEEDBACK_ENVELOPE_LEN};
use reach_core::ids::ReferralId;
use reach_core::store::StoreError;
use reach_core::sync::FeedbackReport;
use reach_core::transport::{Delivery, RefusalCode, RetryReason};

use crate::replies::{PIN, rig};

fn answers() -> FeedbackAnswers {
    FeedbackAnswers {
        helped: Some(FeedbackAnswer::Yes),
        safe: Some(FeedbackAnswer::Partly),
        recommend: None,
    }
}

#[tokio::test]
async fn the_offer_is_made_once_and_the_answers_reach_the_hotline_once_without_the_request() {
    let r = rig(2).await;
    let (id, other) = (r.ids[0], r.ids[1]);
    let sealing = r.keys[0].clone();
    {
        let s = r.store.lock().unwrap();
        assert!(!s.feedback_asked(id).unwrap());
        s.send_feedback(id, &answers(), &sealing).unwrap();
        assert!(s.feedback_asked(id).unwrap());
        assert!(
            !s.feedback_asked(other).unwrap(),
            "asked about this request only"
        );
        // Never asked again: answering or declining a second time changes nothing.
        assert!(matches!(
            s.send_feedback(id, &answers(), &sealing),
            Err(StoreError::AlreadyExists)
        ));
        assert!(matches!(
            s.decline_feedback(id),
            Err(StoreError::AlreadyExists)
        ));
        assert_eq!(s.feedback_pending().unwrap().len(), 1);
        // A request this phone never made cannot be answered about.
        assert!(matches!(
            s.send_feedback(ReferralId::random(), &answers(), &sealing),
            Err(StoreError::NotFound)
        ));
    }

    let report = r.client.send_feedback(&r.store).await.unwrap();
    assert_eq!(
        report,
        FeedbackReport {
            delivered: 1,
            refused: 0,
            waiting: 0
        }
    );
    assert!(
        r.store
            .lock()
            .unwrap()
            .feedback_pending()
            .unwrap()
            .is_empty()
    );
    // A second pass sends nothing more: the hotline holds exactly one.
    r.client.send_feedback(&r.store).await.unwrap();
    let held: Vec<_> = r
        .hotline
        .feedback
        .lock()
        .unwrap()
        .values()
        .cloned()
        .collect();
    assert_eq!(held.len(), 1);
    let env = &held[0];
    assert_eq!(env.as_bytes().len(), FEEDBACK_ENVELOPE_LEN);
    assert_ne!(env.referral_id(), id, "its own id, not the request's");
    assert_eq!(
        env.header().status_verifier,
        [0; 32],
        "no status to ask about"
    );
    let plain = envelope::open_feedback(&r.hotline.key, env).unwrap();
    let payload: FeedbackPayload = serde_json::from_slice(&plain).unwrap();
    assert_eq!(payload.answers, answers());
    let text = String::from_utf8(plain.to_vec()).unwrap();
    assert!(!text.contains(&id.to_string()));
    assert_eq!(
        text,
        r#"{"v":1,"answers":{"helped":"yes","safe":"partly"}}"#
    );
}

#[tokio::test]
async fn declining_or_answering_nothing_sends_nothing_but_ends_the_offer() {
    let r = rig(2).await;
    let sealing = r.keys[0].clone();
    {
        let s = r.store.lock().unwrap();
        s.decline_feedback(r.ids[0]).unwrap();
        s.send_feedback(r.ids[1], &FeedbackAnswers::default(), &sealing)
            .unwrap();
        assert!(s.feedback_asked(r.ids[0]).unwrap() && s.feedback_asked(r.ids[1]).unwrap());
        assert!(s.feedback_pending().unwrap().is_empty());
    }
    r.client.send_feedback(&r.store).await.unwrap();
    assert!(r.hotline.feedback.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_refused_feedback_is_dropped_an_unverified_receipt_or_a_drop_keeps_it() {
    let r = rig(1).await;
    let sealing = r.keys[0].clone();
    r.store
        .lock()
        .unwrap()
        .send_feedback(r.ids[0], &answers(), &sealing)
        .unwrap();
    // The network drops it: kept.
    *r.hotline.feedback_answer.lock().unwrap() = Some(Delivery::RetryLater {
        reason: RetryReason::Network,
        after: None,
    });
    let report = r.client.send_feedback(&r.store).await.unwrap();
    assert_eq!((report.delivered, report.waiting), (0, 1));
    // A receipt the hotline's key did not sign (the serving host lying): kept.
    let forger = reach_core::receipt::ReceiptSigner::generate();
    let pending = r.store.lock().unwrap().feedback_pending().unwrap();
    *r.hotline.feedback_answer.lock().unwrap() = Some(Delivery::Accepted(
        forger.sign(pending[0].referral_id(), pending[0].sha256()),
    ));
    let report = r.client.send_feedback(&r.store).await.unwrap();
    assert_eq!((report.delivered, report.waiting), (0, 1));
    // Refused for good: dropped, not shown to the person.
    *r.hotline.feedback_answer.lock().unwrap() = Some(Delivery::Refused {
        code: RefusalCode::new("malformed"),
    });
    let report = r.client.send_feedback(&r.store).await.unwrap();
    assert_eq!(
        report,
        FeedbackReport {
            delivered: 0,
            refused: 1,
            waiting: 0
        }
    );
    assert!(
        r.store
            .lock()
            .unwrap()
            .feedback_pending()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn feedback_needs_the_pin_hides_its_size_survives_a_pin_change_and_dies_with_a_wipe() {
    let r = rig(2).await;
    let sealing = r.keys[0].clone();
    let row_len = |s: &reach_core::store::Store| -> usize {
        let path = s.dir().join(reach_core::store::DB_FILE);
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.query_row("SELECT length(sealed) FROM feedback", [], |row| {
            row.get::<_, i64>(0)
        })
        .unwrap() as usize
    };
    r.store.lock().unwrap().decline_feedback(r.ids[0]).unwrap();
    let declined_len = row_len(&r.store.lock().unwrap());
    r.store
        .lock()
        .unwrap()
        .send_feedback(r.ids[1], &answers(), &sealing)
        .unwrap();
    // Its size does not tell whether answers are waiting.
    assert_eq!(row_len(&r.store.lock().unwrap()), declined_len);

    // Locked: nothing is sent and nothing can be read or marked.
    r.store.lock().unwrap().lock();
    assert_eq!(
        r.client.send_feedback(&r.store).await.unwrap(),
        FeedbackReport::default()
    );
    assert!(r.hotline.feedback.lock().unwrap().is_empty());
    {
        let s = r.store.lock().unwrap();
        assert!(matches!(
            s.feedback_asked(r.ids[0]),
            Err(StoreError::Locked)
        ));
        assert!(matches!(s.feedback_pending(), Err(StoreError::Locked)));
    }
    let mut store = std::sync::Arc::try_unwrap(r.store)
        .ok()
        .unwrap()
        .into_inner()
        .unwrap();
    store.unlock(PIN).unwrap();
    let (outcome, store) =
        reach_core::app_lock::change_pin(store, PIN, "802913", &Default::default());
    assert_eq!(outcome.unwrap(), reach_core::app_lock::PinOutcome::Accepted);
    let mut store = store.unwrap();
    assert!(store.feedback_asked(r.ids[0]).unwrap());
    assert_eq!(store.feedback_pending().unwrap().len(), 1);
    store.wipe_in_place().unwrap();
    assert!(store.feedback_pending().is_err());
}
