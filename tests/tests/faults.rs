//! 1,000 requests through a proxy that drops, resets, delays, truncates, redirects, plays a
//! captive portal and forges receipts: afterwards 0 are lost and 0 are duplicated.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use reach_core::outbox::OutboxState;
use reach_e2e::harness::{Hotline, Phone, fast_sync_config};
use reach_e2e::proxy::{ALL_FAULTS, Fault, FaultPlan, FaultProxy};

const REQUESTS: usize = 1000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousand_requests_through_faults_arrive_exactly_once() {
    let seed = reach_core::rng::u64();
    println!("fault proxy seed: {seed}");
    let mut hotline = Hotline::new();
    hotline.start().await;
    let proxy = FaultProxy::start(
        &hotline.url(),
        FaultPlan {
            fault_rate: 0.5,
            faults: ALL_FAULTS.to_vec(),
            delay: Duration::from_millis(900), // beyond the client's timeout below
            seed,
        },
    )
    .await;
    let phone = Phone::new();
    let ids = phone.submit_marked(&hotline.profile_via(&proxy.url()), REQUESTS, "fault");
    let mut config = fast_sync_config();
    config.batch_max_items = 8; // many requests, so that every fault meets many batches
    config.request_timeout = Duration::from_millis(600);
    let client = phone.client(&hotline.profile_via(&proxy.url()), config);

    let started = Instant::now();
    let mut passes = 0;
    loop {
        let report = client.sync_once(&phone.store).await.unwrap();
        passes += 1;
        assert_eq!(
            report.needs_attention, 0,
            "no fault may look like a permanent refusal"
        );
        let Some(next) = report.next_due_at else {
            break;
        };
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "not converging"
        );
        let wait = (next - reach_core::sync::now_unix()).clamp(0, 1) as u64;
        tokio::time::sleep(Duration::from_millis(wait * 1000 + 10)).await;
    }
    println!(
        "delivered {REQUESTS} in {passes} passes, {:?}; proxy saw {} requests",
        started.elapsed(),
        proxy
            .counts
            .requests
            .load(std::sync::atomic::Ordering::Relaxed)
    );
    for f in ALL_FAULTS.iter().chain([Fault::Pass].iter()) {
        println!("  {f:?}: {}", proxy.counts.get(*f));
        assert!(proxy.counts.get(*f) > 0, "{f:?} was never injected");
    }

    // Phone side: every request delivered, with a receipt for itself.
    let list = phone.store.lock().unwrap().list().unwrap();
    assert_eq!(list.len(), REQUESTS);
    let verifier = hotline.profile().receipt_verifiers().unwrap()[0];
    for s in &list {
        assert_eq!(s.state, OutboxState::Delivered, "{}", s.referral_id);
        let r = s.receipt.as_ref().unwrap();
        assert_eq!(r.referral_id(), s.referral_id);
        assert_eq!(r.key_id(), verifier.key_id());
    }

    // Hotline side: exactly the 1,000 ids, and each request's content exactly once.
    assert_eq!(hotline.stored_count(), REQUESTS);
    let opened = hotline.open_all();
    let stored_ids: std::collections::HashSet<_> = opened.iter().map(|(id, _)| *id).collect();
    assert_eq!(stored_ids, ids.iter().copied().collect());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (_, r) in opened {
        *seen.entry(r.message.unwrap().expose().clone()).or_default() += 1;
    }
    assert_eq!(seen.len(), REQUESTS, "lost requests");
    assert!(seen.values().all(|n| *n == 1), "duplicated requests");
    hotline.stop().await;
}
