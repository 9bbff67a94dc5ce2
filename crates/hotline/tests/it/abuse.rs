//! The endpoint under abuse: per-client limits that still tell clients apart behind a trusted
//! TLS terminator, limits on bytes as well as requests, the daily storage quota, the
//! free-space floor, and no late commit after a 503. The real server on loopback, real SQLite.
//!
//! Every test here also checks the endpoint's log, captured for the whole test binary (the
//! other modules' servers included, which only widens the check): the refusals are logged,
//! and no client address ever is.

use std::sync::{Mutex, Once};
use std::time::Duration;

use crate::common::{Hotline, expect_problem};
use reach_core::wire::{self, BatchResponse, CT_ENVELOPE, ProblemCode, encode_batch};
use reach_hotline::{ByteLimit, ClientAddressing, ForwardedHeader, RateLimit, ServerConfig};

static LOG: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct Capture;

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOG.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures everything the endpoint logs (every thread, every test of this binary, whatever
/// its module; the inbox's tests read it too).
pub(crate) fn capture_logs() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(|| Capture)
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
    });
}

pub(crate) fn log_text() -> String {
    String::from_utf8_lossy(&LOG.lock().unwrap()).into_owned()
}

/// The client addresses these tests forward (documentation ranges) must never be logged.
fn assert_no_client_address_logged() {
    let log = log_text();
    for prefix in ["203.0.113.", "198.51.100.", "2001:db8:"] {
        assert!(!log.contains(prefix), "a client address was logged:\n{log}");
    }
}

/// One request per client at once, earned back only after an hour: a second request from the
/// same client is refused however slow the machine is.
fn one_request_each(c: &mut ServerConfig) {
    c.rate_limit = Some(RateLimit {
        burst: 1,
        replenish_every: Duration::from_secs(3600),
    });
}

/// No request limit; a byte allowance of `burst_kib` earned back at the slowest rate, 1 KiB/s.
fn bytes_only(c: &mut ServerConfig, burst_kib: u32) {
    c.rate_limit = None;
    c.byte_limit = Some(ByteLimit {
        burst_kib,
        kib_per_second: 1,
    });
}

/// An envelope of the largest size (65 646 bytes, 65 KiB of allowance).
fn largest_envelope(h: &Hotline) -> reach_core::envelope::Envelope {
    h.seal_bytes(&vec![7; 60_000]).0
}

fn behind(proxies: &[&str], header: ForwardedHeader) -> ClientAddressing {
    ClientAddressing::new(proxies, header).unwrap()
}

async fn profile_as(h: &Hotline, header: &str, value: &str) -> reqwest::Response {
    h.client
        .get(format!("{}{}", h.url, wire::PATH_PROFILE))
        .header(header, value)
        .send()
        .await
        .unwrap()
}

async fn envelope_as(h: &Hotline, xff: &str, body: &[u8]) -> reqwest::Response {
    h.client
        .post(format!("{}{}", h.url, wire::PATH_ENVELOPES))
        .header("content-type", CT_ENVELOPE)
        .header("x-forwarded-for", xff)
        .body(body.to_vec())
        .send()
        .await
        .unwrap()
}

fn retry_after(res: &reqwest::Response) -> u64 {
    res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn clients_behind_a_trusted_proxy_get_separate_limits() {
    capture_logs();
    let h = Hotline::start_with(|c| {
        one_request_each(c);
        c.addressing = behind(&["127.0.0.1"], ForwardedHeader::XForwardedFor);
    })
    .await;
    // Two people behind the same TLS terminator (the loopback peer).
    let a = h.envelope();
    let b = h.envelope();
    assert_eq!(
        envelope_as(&h, "203.0.113.1", a.as_bytes()).await.status(),
        201
    );
    assert_eq!(
        envelope_as(&h, "203.0.113.2", b.as_bytes()).await.status(),
        201
    );
    let again = envelope_as(&h, "203.0.113.1", a.as_bytes()).await;
    assert!(retry_after(&again) >= 1);
    expect_problem(again, 429).await;
    // The left-most entry is whatever the client wrote: it cannot buy a fresh allowance.
    let spoof = profile_as(&h, "x-forwarded-for", "198.51.100.9, 203.0.113.2").await;
    expect_problem(spoof, 429).await;
    // A third person still gets through; IPv6 clients are grouped by /64.
    let res = profile_as(&h, "x-forwarded-for", "2001:db8:1:2::1").await;
    assert_eq!(res.status(), 200);
    let res = profile_as(&h, "x-forwarded-for", "2001:db8:1:2::ffff").await;
    expect_problem(res, 429).await;
    assert_eq!(h.count(), 2);
    assert_no_client_address_logged();
}

#[tokio::test]
async fn the_forwarded_header_is_read_when_configured() {
    capture_logs();
    let h = Hotline::start_with(|c| {
        one_request_each(c);
        c.addressing = behind(&["127.0.0.0/8"], ForwardedHeader::Forwarded);
    })
    .await;
    let res = profile_as(&h, "forwarded", "for=203.0.113.5;proto=https").await;
    assert_eq!(res.status(), 200);
    let res = profile_as(&h, "forwarded", r#"for="[2001:db8::5]:4711""#).await;
    assert_eq!(res.status(), 200);
    let res = profile_as(&h, "forwarded", "for=203.0.113.5").await;
    expect_problem(res, 429).await;
    // X-Forwarded-For is not what this proxy writes: such a request is the proxy's own.
    let res = profile_as(&h, "x-forwarded-for", "203.0.113.6").await;
    assert_eq!(res.status(), 200);
    let res = profile_as(&h, "x-forwarded-for", "203.0.113.7").await;
    expect_problem(res, 429).await;
    assert_no_client_address_logged();
}

#[tokio::test]
async fn an_untrusted_peers_forwarded_address_is_ignored() {
    capture_logs();
    // The trusted proxy is elsewhere; the loopback peer is just a client.
    let h = Hotline::start_with(|c| {
        one_request_each(c);
        c.addressing = behind(&["10.0.0.0/8"], ForwardedHeader::XForwardedFor);
    })
    .await;
    let res = profile_as(&h, "x-forwarded-for", "203.0.113.1").await;
    assert_eq!(res.status(), 200);
    let res = profile_as(&h, "x-forwarded-for", "203.0.113.2").await;
    expect_problem(res, 429).await;
    let res = profile_as(&h, "forwarded", "for=203.0.113.3").await;
    expect_problem(res, 429).await;
    assert_no_client_address_logged();
}

#[tokio::test]
async fn bytes_are_limited_per_client_not_only_requests() {
    capture_logs();
    // Room for three of the largest envelopes; earning it back would take over a minute.
    let h = Hotline::start_with(|c| {
        bytes_only(c, 200);
        c.addressing = behind(&["127.0.0.1"], ForwardedHeader::XForwardedFor);
    })
    .await;
    let big = || largest_envelope(&h);
    for _ in 0..3 {
        let env = big();
        assert_eq!(env.as_bytes().len(), 65_646);
        assert_eq!(
            envelope_as(&h, "203.0.113.1", env.as_bytes())
                .await
                .status(),
            201
        );
    }
    let env = big();
    let res = envelope_as(&h, "203.0.113.1", env.as_bytes()).await;
    assert!(retry_after(&res) >= 1);
    expect_problem(res, 429).await;
    // The request allowance is a separate one: a body-less request costs no bytes.
    let res = profile_as(&h, "x-forwarded-for", "203.0.113.1").await;
    assert_eq!(res.status(), 200);
    // Another client is untouched — and a body larger than any allowance can never pass.
    assert_eq!(
        envelope_as(&h, "203.0.113.2", env.as_bytes())
            .await
            .status(),
        201
    );
    let batch = encode_batch(&(0..4).map(|_| big()).collect::<Vec<_>>());
    let res = h
        .client
        .post(format!("{}{}", h.url, wire::PATH_BATCH))
        .header("content-type", wire::CT_BATCH)
        .header("x-forwarded-for", "203.0.113.3")
        .body(batch)
        .send()
        .await
        .unwrap();
    assert_eq!(expect_problem(res, 413).await.code, ProblemCode::TooLarge);
    assert_eq!(h.count(), 4);
    assert_no_client_address_logged();
}

#[tokio::test]
async fn a_chunked_body_is_charged_once_it_is_read() {
    capture_logs();
    let h = Hotline::start_with(|c| bytes_only(c, 100)).await;
    // No Content-Length: the endpoint cannot charge up front, so it charges after reading.
    // The largest envelope costs 65 KiB; the second finds 35 KiB (and a KiB a second) left.
    let big = || largest_envelope(&h).into_bytes();
    let send_chunked = |body: Vec<u8>| {
        let addr = h.url.trim_start_matches("http://").to_owned();
        async move {
            use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
            let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
            let mut req = format!(
                "POST {} HTTP/1.1\r\nhost: x\r\ncontent-type: {CT_ENVELOPE}\r\n\
                 transfer-encoding: chunked\r\nconnection: close\r\n\r\n{:x}\r\n",
                wire::PATH_ENVELOPES,
                body.len()
            )
            .into_bytes();
            req.extend_from_slice(&body);
            req.extend_from_slice(b"\r\n0\r\n\r\n");
            s.write_all(&req).await.unwrap();
            let mut answer = Vec::new();
            s.read_to_end(&mut answer).await.unwrap();
            String::from_utf8_lossy(&answer).into_owned()
        }
    };
    let first = send_chunked(big()).await;
    assert!(first.starts_with("HTTP/1.1 201"), "{first}");
    let second = send_chunked(big()).await;
    assert!(second.starts_with("HTTP/1.1 429"), "{second}");
    assert_eq!(h.count(), 1, "the refused body was read, but not stored");
}

#[tokio::test]
async fn daily_quota_reached_means_503_and_nothing_stored() {
    capture_logs();
    let small = 1134;
    let h = Hotline::start_with(move |c| {
        c.storage.daily_quota_bytes = Some(2 * small + 100);
    })
    .await;
    let (a, b, c) = (h.envelope(), h.envelope(), h.envelope());
    for env in [&a, &b] {
        assert_eq!(h.post_envelope(env.as_bytes()).await.status(), 201);
    }
    let res = h.post_envelope(c.as_bytes()).await;
    assert!(retry_after(&res) >= 60);
    let p = expect_problem(res, 503).await;
    assert_eq!(p.code, ProblemCode::Unavailable);
    assert!(p.detail.unwrap().contains("quota"));
    assert_eq!(h.count(), 2);
    assert_eq!(h.stored_bytes(c.referral_id()), None);
    // What is already stored still gets its receipt: a resend costs no storage.
    assert_eq!(h.post_envelope(a.as_bytes()).await.status(), 200);
    let res = h.post_batch(encode_batch([&c, &b])).await;
    assert_eq!(res.status(), 200);
    let items = res.json::<BatchResponse>().await.unwrap().results;
    assert_eq!(
        items.iter().map(|i| i.status).collect::<Vec<_>>(),
        [503, 200]
    );
    assert_eq!(h.count(), 2);
    assert!(log_text().contains("daily storage quota reached"));
    assert_no_client_address_logged();
}

#[tokio::test]
async fn below_the_free_space_floor_means_503_and_nothing_stored() {
    capture_logs();
    // A floor above any real disk's free space.
    let h = Hotline::start_with(|c| c.storage.min_free_bytes = u64::MAX).await;
    let env = h.envelope();
    let res = h.post_envelope(env.as_bytes()).await;
    assert!(retry_after(&res) >= 1);
    let p = expect_problem(res, 503).await;
    assert!(p.detail.unwrap().contains("disk space"));
    assert_eq!(h.count(), 0);
    assert!(log_text().contains("free disk space is below the floor"));
    // The status route still answers (nothing needs writing for it).
    let res = h
        .status(&reach_core::ids::StatusSecret::random().to_base64())
        .await;
    expect_problem(res, 404).await;
    assert_no_client_address_logged();
}

#[tokio::test]
async fn a_delivery_answered_503_is_never_committed_afterwards() {
    capture_logs();
    let mut h = Hotline::start_with(|c| c.request_timeout = Duration::from_secs(1)).await;
    // Another process holds SQLite's write lock: the writer cannot commit anything.
    let lock = h.db();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    let env = h.envelope();
    let res = h.post_envelope(env.as_bytes()).await;
    let p = expect_problem(res, 503).await;
    assert!(p.detail.unwrap().contains("nothing was stored"));
    // The lock goes; the writer gets to the group holding the request that already got its
    // 503. A graceful stop lets it finish everything queued before the test looks.
    lock.execute_batch("ROLLBACK").unwrap();
    drop(lock);
    h.stop().await;
    assert_eq!(h.count(), 0, "answered 503, then stored anyway");
    assert_eq!(h.stored_bytes(env.referral_id()), None);
    // And the endpoint works again afterwards.
    h.restart().await;
    assert_eq!(h.post_envelope(env.as_bytes()).await.status(), 201);
}

async fn status_as(h: &Hotline, xff: &str, secret: &str) -> reqwest::Response {
    let body = serde_json::json!({ "secret": secret }).to_string();
    h.client
        .post(format!("{}{}", h.url, wire::PATH_STATUS))
        .header("content-type", wire::CT_JSON)
        .header("x-forwarded-for", xff)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// `POST /v1/status` is the only oracle for a guessed reference phrase: it has its own slow
/// per-client allowance and a ceiling for all clients together, on top of the general limit
/// (off here). A guess over either is refused before its body is read; other routes and other
/// clients are unaffected by one client's guessing; the real owner still gets through once
/// the allowance comes back (not waited for here: the buckets refill in hours).
#[tokio::test]
async fn status_checks_have_their_own_per_client_and_total_limits() {
    use reach_hotline::StatusLimit;
    capture_logs();
    let h = Hotline::start_with(|c| {
        c.rate_limit = None;
        c.addressing = behind(&["127.0.0.1"], ForwardedHeader::XForwardedFor);
        c.status_limit = Some(StatusLimit {
            per_client_burst: 3,
            per_client_every: Duration::from_secs(3600),
            total_burst: 5,
            total_every: Duration::from_secs(3600),
        });
    })
    .await;
    let (envelope, secret) = h.seal_referral("status limits");
    assert_eq!(h.post_envelope(envelope.as_bytes()).await.status(), 201);
    let guess = reach_core::ids::StatusSecret::random().to_base64();

    // One guesser: three wrong guesses are answered (not found), the fourth is refused.
    for _ in 0..3 {
        expect_problem(status_as(&h, "203.0.113.20", &guess).await, 404).await;
    }
    let refused = status_as(&h, "203.0.113.20", &guess).await;
    assert!(retry_after(&refused) >= 1);
    expect_problem(refused, 429).await;
    // An invalid secret costs an allowance too (counted before the body is read).
    expect_problem(status_as(&h, "203.0.113.20", "x").await, 429).await;
    // Other routes for the same client are not limited by it.
    assert_eq!(
        profile_as(&h, "x-forwarded-for", "203.0.113.20")
            .await
            .status(),
        200
    );

    // The owner, from elsewhere, reads the status (the 4th of 5 in all)…
    let own = status_as(&h, "198.51.100.7", &secret.to_base64()).await;
    assert_eq!(own.status(), 200);
    // …a second guesser spends the last one, and then everyone is refused: the ceiling.
    expect_problem(status_as(&h, "198.51.100.8", &guess).await, 404).await;
    expect_problem(
        status_as(&h, "198.51.100.9", &secret.to_base64()).await,
        429,
    )
    .await;
    // Delivery is never held up by status guessing.
    assert_eq!(h.post_envelope(h.envelope().as_bytes()).await.status(), 201);
    assert_no_client_address_logged();
}
