//! TLS with pinned roots, against a real TLS terminator in front of the real hotline: the
//! pinned root is trusted; any other root — including the public ones the app would otherwise
//! use — is not, and a refused handshake is a retry, never a delivery or a permanent failure.

use reach_core::outbox::OutboxState;
use reach_core::profile::HotlineProfile;
use reach_e2e::harness::{Hotline, Phone, fast_sync_config};
use reach_e2e::tls::{TestPki, TlsTerminator};

async fn deliver_with(profile: &HotlineProfile) -> (usize, usize) {
    let phone = Phone::new();
    phone.submit_marked(profile, 3, "tls");
    let report = phone
        .client(profile, fast_sync_config())
        .sync_once(&phone.store)
        .await
        .unwrap();
    let list = phone.store.lock().unwrap().list().unwrap();
    if report.delivered == 0 {
        assert!(
            list.iter()
                .all(|s| matches!(s.state, OutboxState::Queued { attempts: 1 }))
        );
    }
    (report.delivered, report.needs_attention)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_pinned_root_is_trusted() {
    let mut hotline = Hotline::new();
    hotline.start().await;
    let pki = TestPki::new();
    let tls = TlsTerminator::start(hotline.addr, &pki).await;

    let mut pinned = hotline.profile_via(&tls.url());
    pinned.tls_roots = vec![pki.root_b64()];
    pinned.validate().unwrap();
    assert_eq!(deliver_with(&pinned).await, (3, 0));
    assert_eq!(hotline.stored_count(), 3);

    // Another root pinned (as if a hostile network presented its own certificate).
    let mut wrong = hotline.profile_via(&tls.url());
    wrong.tls_roots = vec![TestPki::new().root_b64()];
    assert_eq!(deliver_with(&wrong).await, (0, 0));

    // Nothing pinned: the bundled public roots do not trust a private CA either.
    let public = hotline.profile_via(&tls.url());
    assert_eq!(deliver_with(&public).await, (0, 0));
    assert_eq!(hotline.stored_count(), 3);
    hotline.stop().await;
}

#[test]
fn a_malformed_pinned_root_is_refused_up_front() {
    let hotline = Hotline::new();
    let mut p = hotline.profile_via("https://127.0.0.1:1");
    p.tls_roots = vec!["not base64 !".into()];
    assert!(p.validate().is_err());
    let phone = Phone::new();
    assert!(reach_core::sync::SyncClient::new(&p, phone.dir.path(), fast_sync_config()).is_err());
}
