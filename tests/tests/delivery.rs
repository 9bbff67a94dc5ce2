//! Delivery end to end: the real store, sync engine and hotline on loopback.

use std::collections::HashSet;
use std::time::Duration;

use reach_core::envelope::{self, HotlinePrivateKey};
use reach_core::ids::StatusSecret;
use reach_core::outbox::OutboxState;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::sync::{StatusPacing, SyncConfig, SyncEngine};
use reach_core::wire::{self, ReferralState};
use reach_e2e::harness::{Hotline, Phone, fast_sync_config};

/// Message markers of the referrals the hotline holds, each with how often it was stored.
fn markers(hotline: &Hotline) -> Vec<String> {
    hotline
        .open_all()
        .into_iter()
        .map(|(_, r)| r.message.expect("marked").expose().clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_queue_is_delivered_once_when_the_hotline_comes_up() {
    let mut hotline = Hotline::new();
    let phone = Phone::new();
    let profile = hotline.profile();
    let ids = phone.submit_marked(&profile, 40, "offline");
    let client = phone.client(&profile, fast_sync_config());

    // Hotline down: nothing is delivered, everything stays queued with one attempt recorded.
    let report = client.sync_once(&phone.store).await.unwrap();
    assert_eq!(report.delivered, 0);
    assert_eq!(
        report.retry_later, 32,
        "one batch tried, then the pass stops"
    );
    assert!(report.next_due_at.is_some());
    let list = phone.store.lock().unwrap().list().unwrap();
    assert_eq!(list.len(), 40);
    assert!(
        list.iter()
            .all(|s| matches!(s.state, OutboxState::Queued { .. }))
    );
    assert_eq!(hotline.stored_count(), 0);

    // Hotline up, connectivity back: all delivered in one pass, each exactly once.
    hotline.start().await;
    phone.store.lock().unwrap().retry_now_all().unwrap();
    let report = client.sync_once(&phone.store).await.unwrap();
    assert_eq!(report.delivered, 40);
    assert_eq!(report.needs_attention, 0);
    assert_eq!(report.round_trips, 2, "40 envelopes in batches of 32");
    assert_eq!(report.next_due_at, None);
    let verifier = profile.receipt_verifiers().unwrap()[0];
    for s in phone.store.lock().unwrap().list().unwrap() {
        assert_eq!(s.state, OutboxState::Delivered);
        let receipt = s.receipt.expect("receipt kept");
        assert_eq!(receipt.referral_id(), s.referral_id);
        assert_eq!(receipt.key_id(), verifier.key_id());
    }
    assert_eq!(hotline.stored_count(), 40);
    let got: HashSet<String> = markers(&hotline).into_iter().collect();
    let want: HashSet<String> = (0..40).map(|i| format!("offline-{i}")).collect();
    assert_eq!(got, want);

    // A second pass has nothing to do and sends nothing.
    let again = client.sync_once(&phone.store).await.unwrap();
    assert_eq!((again.round_trips, again.delivered), (0, 0));

    // Status with the device-held secret; staff opened them above, so they are in review.
    let secret = phone.store.lock().unwrap().status_secret(ids[0]).unwrap();
    let status = client.fetch_status(ids[0], &secret).await.unwrap();
    assert_eq!(status.state, Some(ReferralState::InReview));
    assert!(
        client
            .fetch_status(ids[0], &StatusSecret::random())
            .await
            .is_err()
    );
    hotline.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identical_resend_gets_the_same_receipt_and_a_conflict_is_refused() {
    let mut hotline = Hotline::new();
    hotline.start().await;
    let phone = Phone::new();
    let profile = hotline.profile();
    let ids = phone.submit_marked(&profile, 1, "resend");
    let keep = SyncConfig {
        keep_delivered_envelopes: true,
        ..fast_sync_config()
    };
    let client = phone.client(&profile, keep);
    assert_eq!(client.sync_once(&phone.store).await.unwrap().delivered, 1);
    let (env, receipt) = {
        let s = phone.store.lock().unwrap();
        let status = s.list().unwrap().remove(0);
        (s.envelope(ids[0]).unwrap(), status.receipt.unwrap())
    };

    let http = reach_e2e::harness::http_client();
    let post = |body: Vec<u8>| {
        http.post(format!("{}{}", hotline.url(), wire::PATH_ENVELOPES))
            .header("content-type", wire::CT_ENVELOPE)
            .body(body)
            .send()
    };
    // Identical resend (as after a lost response): 200 and the very same receipt.
    let resp = post(env.as_bytes().to_vec()).await.unwrap();
    assert_eq!(resp.status(), 200);
    let body: wire::Delivered = serde_json::from_slice(&resp.bytes().await.unwrap()).unwrap();
    assert_eq!(body.receipt, receipt);

    // Same id, other bytes (a re-seal, or tampering): 409, and the stored copy is unchanged.
    let key = profile.sealing_key().unwrap();
    let other = envelope::seal(&key, ids[0], env.header().status_verifier, b"other").unwrap();
    let resp = post(other.as_bytes().to_vec()).await.unwrap();
    assert_eq!(resp.status(), 409);
    let problem: wire::Problem = serde_json::from_slice(&resp.bytes().await.unwrap()).unwrap();
    assert_eq!(problem.code, wire::ProblemCode::Conflict);
    assert_eq!(hotline.stored_count(), 1);
    assert_eq!(markers(&hotline), vec!["resend-0".to_owned()]);
    hotline.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanent_refusal_is_kept_visible_and_can_be_retried() {
    let mut hotline = Hotline::new();
    hotline.start().await;
    let phone = Phone::new();
    // A stale profile: sealed to a key the hotline never had (but its receipts are real).
    let real = hotline.profile();
    let stranger = HotlinePrivateKey::generate();
    let mut stale = HotlineProfile::new(
        "Stale",
        real.endpoint.clone(),
        stranger.public_key(),
        &ReceiptSigner::generate().verifier(),
    );
    stale.receipt_keys = real.receipt_keys.clone();
    let bad = phone.submit_marked(&stale, 2, "stale");
    let good = phone.submit_marked(&real, 2, "good");
    let client = phone.client(&real, fast_sync_config());
    let report = client.sync_once(&phone.store).await.unwrap();
    assert_eq!((report.delivered, report.needs_attention), (2, 2));
    let list = phone.store.lock().unwrap().list().unwrap();
    for s in &list {
        if bad.contains(&s.referral_id) {
            assert_eq!(
                s.state,
                OutboxState::NeedsAttention {
                    transport: Some("http".into()),
                    code: Some("unknown_key".into())
                }
            );
        } else {
            assert!(good.contains(&s.referral_id));
            assert_eq!(s.state, OutboxState::Delivered);
        }
    }
    // Never retried behind the person's back...
    let again = client.sync_once(&phone.store).await.unwrap();
    assert_eq!(again.round_trips, 0);
    // ...but the person can ask to try again; it is refused again, still visible, not lost.
    phone.store.lock().unwrap().requeue(bad[0]).unwrap();
    let again = client.sync_once(&phone.store).await.unwrap();
    assert_eq!((again.round_trips, again.needs_attention), (1, 1));
    assert_eq!(hotline.stored_count(), 2);
    hotline.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn engine_delivers_on_its_own_when_connectivity_returns() {
    let mut hotline = Hotline::new();
    let phone = Phone::new();
    let profile = hotline.profile();
    phone.submit_marked(&profile, 5, "engine");
    let mut config = fast_sync_config();
    // Long backoff: only the connectivity signal can make it deliver within the test.
    config.backoff_base = Duration::from_secs(600);
    config.backoff_cap = Duration::from_secs(600);
    let engine = std::sync::Arc::new(SyncEngine::new(
        phone.client(&profile, config),
        phone.store.clone(),
    ));
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let runner = {
        let engine = engine.clone();
        tokio::spawn(async move {
            engine
                .run(Duration::from_secs(600), async {
                    let _ = stop_rx.await;
                })
                .await
        })
    };
    // Let the first (failing) pass happen while the hotline is down.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let attempted = phone
            .store
            .lock()
            .unwrap()
            .list()
            .unwrap()
            .iter()
            .all(|s| matches!(s.state, OutboxState::Queued { attempts } if attempts >= 1));
        if attempted {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "first pass never ran"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    hotline.start().await;
    engine.connectivity_restored().unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while hotline.stored_count() < 5 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "not delivered after connectivity returned"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The receipts are recorded right after the commit.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !phone
        .store
        .lock()
        .unwrap()
        .list()
        .unwrap()
        .iter()
        .all(|s| s.state == OutboxState::Delivered)
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "receipts not recorded"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = stop_tx.send(());
    runner.await.unwrap();
    hotline.stop().await;
}

/// Survivors' voices over the real wire: after the hotline closes a request, the phone's
/// answers reach the endpoint once, on their own route, under their own id, and open (with the
/// hotline's key only) to the answers and nothing that names the request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survivors_feedback_reaches_the_hotline_once_and_names_no_request() {
    use reach_contract::feedback::{FeedbackAnswer, FeedbackAnswers, FeedbackPayload};
    let mut hotline = Hotline::new();
    hotline.start().await;
    let phone = Phone::new();
    let profile = hotline.profile();
    let id = phone.submit_marked(&profile, 1, "voices")[0];
    let client = phone.client(&profile, fast_sync_config());
    assert_eq!(client.sync_once(&phone.store).await.unwrap().delivered, 1);

    // Staff close it; the phone learns so on its next status question.
    hotline.set_state(id, "closed");
    let update = client.refresh_status(&phone.store, id).await.unwrap();
    assert_eq!(update.state, Some(ReferralState::Closed));

    let answers = FeedbackAnswers {
        helped: Some(FeedbackAnswer::Partly),
        safe: Some(FeedbackAnswer::Yes),
        recommend: Some(FeedbackAnswer::No),
    };
    phone
        .store
        .lock()
        .unwrap()
        .send_feedback(id, &answers, &profile.sealing_key().unwrap())
        .unwrap();
    let report = client.send_feedback(&phone.store).await.unwrap();
    assert_eq!((report.delivered, report.waiting), (1, 0));
    // Nothing left to send: a second pass posts nothing.
    assert_eq!(
        client.send_feedback(&phone.store).await.unwrap().delivered,
        0
    );

    let rows = hotline.feedback();
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].0, id.to_string(), "its own id, not the request's");
    let key = reach_hotline::load_hpke_keys(&hotline.keys_dir(), None)
        .unwrap()
        .remove(0);
    let env = envelope::Envelope::from_bytes(rows[0].1.clone()).unwrap();
    let plain = envelope::open_feedback(&key, &env).unwrap();
    let payload: FeedbackPayload = serde_json::from_slice(&plain).unwrap();
    assert_eq!(payload.answers, answers);
    assert!(!String::from_utf8_lossy(&plain).contains(&id.to_string()));
    assert_eq!(hotline.stored_count(), 1, "still one request");
    hotline.stop().await;
}

/// An outreach worker's phone may hold more open requests than the hotline's status allowance
/// for one address (60 at once, then 10 a minute; here 3, then one a second). A pass asks until
/// the hotline refuses, keeps and shows what it learned before that, and the next pass begins
/// where it stopped: every request is asked about in turn. (Before, a refusal threw the whole
/// pass away and the next began at the same first request, so past the allowance the phone
/// learned nothing at all.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_open_requests_than_the_status_allowance_are_each_asked_about_in_turn() {
    use reach_core::sync::SyncError;
    let mut hotline = Hotline::new();
    hotline.status_limit = Some(reach_hotline::StatusLimit {
        per_client_burst: 3,
        per_client_every: Duration::from_secs(1),
        total_burst: 1000,
        total_every: Duration::from_millis(1),
    });
    hotline.start().await;
    let phone = Phone::new();
    let profile = hotline.profile();
    let ids = phone.submit_marked(&profile, 5, "allowance");
    let client = phone.client(&profile, fast_sync_config());
    assert_eq!(client.sync_once(&phone.store).await.unwrap().delivered, 5);
    for id in &ids {
        hotline.set_state(*id, "answered");
    }

    // One pass: the allowance's three, then refused; what the three said is kept.
    let first = client
        .refresh_statuses(&phone.store, &[], None)
        .await
        .unwrap();
    assert!((3..5).contains(&first.updates.len()), "{first:?}");
    assert!(
        first
            .updates
            .iter()
            .all(|u| u.state == Some(ReferralState::Answered))
    );
    let (at, why) = first.stopped.expect("refused past the allowance");
    assert!(
        matches!(&why, SyncError::Status(code) if code == "http_429"),
        "{why:?}"
    );
    assert!(!first.updates.iter().any(|u| u.id == at));
    // Two seconds later, two more: the next pass begins where the first stopped.
    tokio::time::sleep(Duration::from_millis(2200)).await;
    let second = client
        .refresh_statuses(&phone.store, &[], Some(at))
        .await
        .unwrap();
    assert_eq!(second.updates.first().map(|u| u.id), Some(at));
    let asked: HashSet<_> = first
        .updates
        .iter()
        .chain(&second.updates)
        .map(|u| u.id)
        .collect();
    assert_eq!(asked, ids.iter().copied().collect::<HashSet<_>>());

    // The engine the app runs does the same on its own: every request's answer reaches the
    // screen, though each pass is refused part way.
    let seen = std::sync::Arc::new(std::sync::Mutex::new(HashSet::new()));
    let (all_tx, all_rx) = tokio::sync::oneshot::channel::<()>();
    let all_tx = std::sync::Mutex::new(Some(all_tx));
    let engine = {
        let (seen, n) = (seen.clone(), ids.len());
        SyncEngine::new(
            phone.client(&profile, fast_sync_config()),
            phone.store.clone(),
        )
        // The engine's own pacing far above the hotline's: here the hotline is what refuses.
        .with_status_pacing(StatusPacing {
            burst: 100,
            every: Duration::from_millis(1),
            ..StatusPacing::default()
        })
        .with_status_observer(move |u| {
            let mut seen = seen.lock().unwrap();
            seen.insert(u.id);
            if seen.len() == n
                && let Some(tx) = all_tx.lock().unwrap().take()
            {
                let _ = tx.send(());
            }
        })
    };
    let ran = tokio::time::timeout(
        Duration::from_secs(30),
        engine.run(Duration::from_millis(100), async {
            let _ = all_rx.await;
        }),
    )
    .await;
    assert!(
        ran.is_ok(),
        "not every request's state was seen: {:?}",
        seen.lock().unwrap().len()
    );
    hotline.stop().await;
}

/// The background checks leave a check made by hand its share of the address's allowance:
/// "check a reference" is how a person with no phone of their own hears back, and it shares the
/// address with the worker's phone that sent their request (and with the shelter's other
/// phones). Here the hotline allows the address 4 checks and no more; a worker's phone with 6
/// open requests runs its engine for many passes; then 2 checks by hand still pass. Unpaced,
/// the engine spent all 4 in its first pass and the check by hand was refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn background_status_checks_leave_a_check_by_hand_its_share_of_the_allowance() {
    use reach_core::sync::SyncError;
    let mut hotline = Hotline::new();
    hotline.status_limit = Some(reach_hotline::StatusLimit {
        per_client_burst: 4,
        per_client_every: Duration::from_secs(3600),
        total_burst: 1000,
        total_every: Duration::from_millis(1),
    });
    hotline.start().await;
    let phone = Phone::new();
    let profile = hotline.profile();
    let ids = phone.submit_marked(&profile, 6, "paced");
    let client = phone.client(&profile, fast_sync_config());
    assert_eq!(client.sync_once(&phone.store).await.unwrap().delivered, 6);

    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let engine = {
        let seen = seen.clone();
        SyncEngine::new(
            phone.client(&profile, fast_sync_config()),
            phone.store.clone(),
        )
        .with_status_pacing(StatusPacing {
            burst: 2,
            every: Duration::from_secs(3600),
            ..StatusPacing::default()
        })
        .with_status_observer(move |u| seen.lock().unwrap().push(u.id))
    };
    // About twenty passes (one every 50 ms).
    engine
        .run(
            Duration::from_millis(50),
            tokio::time::sleep(Duration::from_secs(1)),
        )
        .await;
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen.len(),
        2,
        "the engine asked more than its pacing: {seen:?}"
    );

    // What the engine left: two checks by hand pass, the third is the hotline's refusal.
    for id in &ids[4..6] {
        client.refresh_status(&phone.store, *id).await.unwrap();
    }
    let refused = client.refresh_status(&phone.store, ids[0]).await;
    assert!(
        matches!(&refused, Err(SyncError::Status(code)) if code == "http_429"),
        "{refused:?}"
    );
    hotline.stop().await;
}

/// A request the hotline no longer knows (its row erased there) answers 404: that is this
/// request's answer, not a failure of the pass. The pass notes it and asks about the rest;
/// stopping there instead, with the next pass beginning at it, no other request's state would
/// ever be learned again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_the_hotline_no_longer_knows_does_not_stop_the_others() {
    let mut hotline = Hotline::new();
    hotline.start().await;
    let phone = Phone::new();
    let profile = hotline.profile();
    let ids = phone.submit_marked(&profile, 3, "erased");
    let client = phone.client(&profile, fast_sync_config());
    assert_eq!(client.sync_once(&phone.store).await.unwrap().delivered, 3);
    let erased = rusqlite::Connection::open(&hotline.db)
        .unwrap()
        .execute(
            "DELETE FROM referrals WHERE referral_id = ?1",
            [ids[1].to_string()],
        )
        .unwrap();
    assert_eq!(erased, 1);
    // Beginning at the erased one, as a pass that had stopped there would.
    let pass = client
        .refresh_statuses(&phone.store, &[], Some(ids[1]))
        .await
        .unwrap();
    assert_eq!(pass.not_found, vec![ids[1]]);
    assert!(pass.stopped.is_none(), "{:?}", pass.stopped);
    let asked: HashSet<_> = pass.updates.iter().map(|u| u.id).collect();
    assert_eq!(asked, HashSet::from([ids[0], ids[2]]));

    // The engine asks about it once, then not again for a while: erased requests pile up on an
    // old phone (a hotline's retention erases them in time), and each ask would be taken from
    // the requests that may have news. The hotline allows this address 25 checks and no more;
    // the engine, unpaced, runs pass after pass: 24 of the 25 bring the two live requests'
    // answers. (Asking the erased one every round, 8 of them went to it.)
    hotline.stop().await;
    hotline.status_limit = Some(reach_hotline::StatusLimit {
        per_client_burst: 25,
        per_client_every: Duration::from_secs(3600),
        total_burst: 1000,
        total_every: Duration::from_millis(1),
    });
    hotline.start().await;
    let answers = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let engine = {
        let answers = answers.clone();
        SyncEngine::new(
            phone.client(&hotline.profile(), fast_sync_config()),
            phone.store.clone(),
        )
        .with_status_pacing(StatusPacing {
            burst: 1000,
            every: Duration::from_millis(1),
            ..StatusPacing::default()
        })
        .with_status_observer(move |u| {
            assert_ne!(u.id, ids[1]);
            answers.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        })
    };
    engine
        .run(
            Duration::from_millis(20),
            tokio::time::sleep(Duration::from_millis(1500)),
        )
        .await;
    assert_eq!(answers.load(std::sync::atomic::Ordering::SeqCst), 24);
    hotline.stop().await;
}
