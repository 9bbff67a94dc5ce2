//! Delivery of sealed envelopes from the outbox to the hotline, exactly once in effect.
//!
//! At-least-once on this side (an envelope stays queued until a receipt *signed by the hotline*
//! over its id and bytes comes back, and is resent byte-identical) plus an idempotent endpoint
//! (identical resend → the same receipt) gives exactly-once. Everything the network can do —
//! drop, reset, delay, redirect to a captive portal, answer `200` with a login page — is treated
//! as "not delivered yet", never as success. A refusal that retrying cannot cure (4xx other than
//! 408/429) puts the request in a visible *needs attention* state; nothing is silently dropped.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};

use crate::envelope::Envelope;
use crate::ids::{ReferralId, StatusSecret};
use crate::outbox::OutboxItem;
use crate::profile::{HotlineProfile, ProfileError};
use crate::receipt::{Receipt, ReceiptVerifier};
use crate::store::{Store, StoreError};
use crate::wire::{self, BatchResponse, Delivered, Problem, StatusResponse};

/// Tunables of the sync engine. The defaults suit a phone on a poor connection.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// Most envelopes per HTTP request (the endpoint accepts up to [`wire::MAX_BATCH_ITEMS`]).
    pub batch_max_items: usize,
    /// Most body bytes per HTTP request (the endpoint accepts up to [`wire::MAX_BATCH_BYTES`]).
    pub batch_max_bytes: usize,
    /// Whole-request timeout; a stalled upload must not block the queue for ever.
    pub request_timeout: Duration,
    /// Connection timeout.
    pub connect_timeout: Duration,
    /// First retry delay (before jitter).
    pub backoff_base: Duration,
    /// Longest retry delay (before jitter): ~30 minutes, so a phone that is online only
    /// briefly still tries while it is.
    pub backoff_cap: Duration,
    /// Keep a delivered request's outbox row — its envelope and the hotline's receipt — instead
    /// of deleting it (the default: nothing on the phone proves it reached a hotline). For
    /// tests and the demo, which check every receipt after the fact.
    pub keep_delivered_envelopes: bool,
}

impl Default for SyncConfig {
    fn default() -> Self {
        Self {
            batch_max_items: 128,
            batch_max_bytes: 4 * 1024 * 1024,
            request_timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(15),
            backoff_base: Duration::from_secs(5),
            backoff_cap: Duration::from_secs(30 * 60),
            keep_delivered_envelopes: false,
        }
    }
}

/// Why a sync pass could not run at all (individual delivery failures are recorded in the
/// outbox, not returned here).
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The profile is unusable (bundling error).
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The HTTP client could not be built (TLS configuration).
    #[error("the HTTP client could not be configured: {0}")]
    Client(String),
    /// Another sender (thread or process) is already delivering this outbox.
    #[error("another sender is already running")]
    Busy,
    /// The status request failed (network, or not found for this secret).
    #[error("status unavailable: {0}")]
    Status(String),
}

/// What one pass did, for the UI and for benchmarks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Envelopes whose verified receipt was recorded in this pass.
    pub delivered: usize,
    /// Envelopes left queued for a later retry.
    pub retry_later: usize,
    /// Envelopes refused for good (needs the person's attention).
    pub needs_attention: usize,
    /// HTTP requests made.
    pub round_trips: usize,
    /// Request body bytes sent.
    pub bytes_sent: usize,
    /// When the next queued envelope is due (unix seconds), if any.
    pub next_due_at: Option<i64>,
}

/// Seconds since the epoch; used only for retry scheduling.
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Exponential backoff with full jitter: a uniformly random delay in
/// `[0, min(cap, base · 2^attempt)]`. Full jitter spreads the retries of many phones that all
/// came back online at once (a mosque's Wi-Fi on Friday) instead of synchronising them.
/// A few lines, hand-written: the crates we looked at retry an in-process closure, whereas the
/// outbox persists each envelope's next attempt across restarts.
pub fn backoff_delay(attempt: u32, base: Duration, cap: Duration) -> Duration {
    let exp = base.saturating_mul(1u32.checked_shl(attempt.min(31)).unwrap_or(u32::MAX));
    let ceiling = exp.min(cap).as_millis() as u64;
    Duration::from_millis(crate::rng::u64() % (ceiling + 1))
}

/// Holds the per-outbox sender lock. Dropping it releases the lock.
#[derive(Debug)]
pub struct SenderLock {
    _file: File,
}

impl SenderLock {
    /// Takes the exclusive sender lock of a data directory without waiting. Ensures one sender
    /// at a time across threads *and* processes (the app and a background task may both try).
    pub fn try_acquire(dir: &Path) -> Result<Self, SyncError> {
        let mut options = File::options();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let file = options
            .open(dir.join(crate::store::SYNC_LOCK_FILE))
            .map_err(|e| SyncError::Client(format!("sync lock: {e}")))?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(SyncError::Busy),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(SyncError::Client(format!("sync lock: {e}")))
            }
        }
    }
}

/// The result of offering one envelope to the endpoint.
enum Outcome {
    Delivered(Receipt),
    /// Try again later, not before the given delay if the server said so.
    Retry(&'static str, Option<Duration>),
    /// Refused for good.
    Refused(u16, String),
}

/// Delivers one outbox to one hotline.
pub struct SyncClient {
    http: reqwest::Client,
    base_url: String,
    verifiers: Vec<ReceiptVerifier>,
    config: SyncConfig,
    data_dir: PathBuf,
}

impl SyncClient {
    /// A client for `profile`, delivering the outbox of the store in `data_dir`.
    ///
    /// TLS is rustls with ring; when the profile pins roots only those are trusted, otherwise
    /// the bundled Mozilla roots (never the device's store, which a controller may have
    /// added a CA to). Redirects are never followed: a redirect is a portal or a misconfiguration.
    pub fn new(
        profile: &HotlineProfile,
        data_dir: impl Into<PathBuf>,
        config: SyncConfig,
    ) -> Result<Self, SyncError> {
        profile.validate()?;
        let mut roots = rustls::RootCertStore::empty();
        let pinned = profile.tls_roots_der()?;
        if pinned.is_empty() {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        } else {
            for der in pinned {
                roots
                    .add(rustls::pki_types::CertificateDer::from(der))
                    .map_err(|_| SyncError::Profile(ProfileError::TlsRoot))?;
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| SyncError::Client(e.to_string()))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(config.request_timeout)
            .connect_timeout(config.connect_timeout)
            .no_proxy()
            .user_agent("reach")
            .build()
            .map_err(|e| SyncError::Client(e.to_string()))?;
        Ok(Self {
            http,
            base_url: profile.base_url().to_owned(),
            verifiers: profile.receipt_verifiers()?,
            config,
            data_dir: data_dir.into(),
        })
    }

    /// The configuration in force.
    pub fn config(&self) -> &SyncConfig {
        &self.config
    }

    /// One delivery pass: sends every due envelope, batch after batch, until none is due or
    /// the network fails (then everything left is rescheduled with backoff).
    ///
    /// The store's mutex is held only for short local operations, never across the network.
    pub async fn sync_once(&self, store: &Mutex<Store>) -> Result<SyncReport, SyncError> {
        let _lock = SenderLock::try_acquire(&self.data_dir)?;
        let mut report = SyncReport::default();
        let mut offered = std::collections::HashSet::new();
        loop {
            let now = now_unix();
            let due: Vec<OutboxItem> = {
                let s = store.lock().expect("store mutex poisoned");
                s.due(now, self.config.batch_max_items)?
            };
            // Anything already offered in this pass waits for its own retry time.
            let batch = take_batch(
                due.into_iter()
                    .filter(|i| !offered.contains(&i.referral_id)),
                self.config.batch_max_bytes,
            );
            if batch.is_empty() {
                break;
            }
            offered.extend(batch.iter().map(|i| i.referral_id));
            let outcomes = self.send_batch(&batch, &mut report).await;
            let network_failed = outcomes.iter().all(|o| matches!(o, Outcome::Retry(..)));
            self.record(store, &batch, outcomes, &mut report)?;
            if network_failed {
                break;
            }
        }
        report.next_due_at = store.lock().expect("store mutex poisoned").next_due_at()?;
        Ok(report)
    }

    fn record(
        &self,
        store: &Mutex<Store>,
        batch: &[OutboxItem],
        outcomes: Vec<Outcome>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let s = store.lock().expect("store mutex poisoned");
        let now = now_unix();
        for (item, outcome) in batch.iter().zip(outcomes) {
            match outcome {
                Outcome::Delivered(receipt) => {
                    s.mark_delivered(
                        item.referral_id,
                        &receipt,
                        self.config.keep_delivered_envelopes,
                    )?;
                    report.delivered += 1;
                }
                Outcome::Retry(code, min_delay) => {
                    let attempts = item.attempts.saturating_add(1);
                    let delay =
                        backoff_delay(attempts, self.config.backoff_base, self.config.backoff_cap)
                            .max(min_delay.unwrap_or_default());
                    s.mark_retry(
                        item.referral_id,
                        attempts,
                        now + delay.as_secs() as i64,
                        code,
                    )?;
                    report.retry_later += 1;
                }
                Outcome::Refused(status, code) => {
                    s.mark_failed(item.referral_id, status, &code)?;
                    report.needs_attention += 1;
                }
            }
        }
        Ok(())
    }

    /// Sends a batch; falls back to one request per envelope when the endpoint refuses the
    /// batch route as a whole (a partner endpoint may not implement it).
    async fn send_batch(&self, batch: &[OutboxItem], report: &mut SyncReport) -> Vec<Outcome> {
        let body = wire::encode_batch(batch.iter().map(|i| &i.envelope));
        report.round_trips += 1;
        report.bytes_sent += body.len();
        let resp = self
            .http
            .post(format!("{}{}", self.base_url, wire::PATH_BATCH))
            .header(CONTENT_TYPE, wire::CT_BATCH)
            .body(body)
            .send()
            .await;
        let resp = match resp {
            Ok(r) => r,
            Err(_) => return retry_all(batch.len(), "network", None),
        };
        let status = resp.status();
        if let Some(transient) = transient_failure(status, &resp) {
            return retry_all(batch.len(), transient.0, transient.1);
        }
        if status.is_client_error() {
            // The batch as a whole was refused: offer each envelope on its own so that a
            // permanent refusal is judged per request.
            let mut out = Vec::with_capacity(batch.len());
            for item in batch {
                out.push(self.send_single(&item.envelope, report).await);
            }
            return out;
        }
        if status != StatusCode::OK || !is_json(&resp) {
            return retry_all(batch.len(), "unexpected_response", None);
        }
        let Ok(parsed) = resp.json::<BatchResponse>().await else {
            return retry_all(batch.len(), "unexpected_response", None);
        };
        if parsed.results.len() != batch.len() {
            return retry_all(batch.len(), "unexpected_response", None);
        }
        batch
            .iter()
            .zip(parsed.results)
            .map(|(item, r)| self.judge_item(&item.envelope, r.status, r.receipt, r.problem))
            .collect()
    }

    async fn send_single(&self, envelope: &Envelope, report: &mut SyncReport) -> Outcome {
        report.round_trips += 1;
        report.bytes_sent += envelope.as_bytes().len();
        let resp = self
            .http
            .post(format!("{}{}", self.base_url, wire::PATH_ENVELOPES))
            .header(CONTENT_TYPE, wire::CT_ENVELOPE)
            .body(envelope.as_bytes().to_vec())
            .send()
            .await;
        let resp = match resp {
            Ok(r) => r,
            Err(_) => return Outcome::Retry("network", None),
        };
        let status = resp.status();
        if let Some((code, delay)) = transient_failure(status, &resp) {
            return Outcome::Retry(code, delay);
        }
        if status.is_client_error() {
            let problem = resp.json::<Problem>().await.ok();
            return self.judge_item(envelope, status.as_u16(), None, problem);
        }
        if !(status == StatusCode::OK || status == StatusCode::CREATED) || !is_json(&resp) {
            return Outcome::Retry("unexpected_response", None);
        }
        match resp.json::<Delivered>().await {
            Ok(d) => self.judge_item(envelope, status.as_u16(), Some(d.receipt), None),
            Err(_) => Outcome::Retry("unexpected_response", None),
        }
    }

    /// Decides what one per-envelope answer means.
    fn judge_item(
        &self,
        envelope: &Envelope,
        status: u16,
        receipt: Option<Receipt>,
        problem: Option<Problem>,
    ) -> Outcome {
        match status {
            200 | 201 => match receipt {
                Some(r) if self.receipt_is_valid(&r, envelope) => Outcome::Delivered(r),
                // A success without a receipt we can verify is not a success.
                _ => Outcome::Retry("invalid_receipt", None),
            },
            408 | 429 => Outcome::Retry("rate_limited", None),
            400..=499 => {
                let code = problem.map_or_else(
                    || format!("http_{status}"),
                    |p| {
                        serde_json::to_value(p.code)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_else(|| format!("http_{status}"))
                    },
                );
                Outcome::Refused(status, code)
            }
            _ => Outcome::Retry("server_error", None),
        }
    }

    fn receipt_is_valid(&self, receipt: &Receipt, envelope: &Envelope) -> bool {
        self.verifiers
            .iter()
            .any(|v| v.verify(receipt, envelope).is_ok())
    }

    /// Asks the hotline where a request stands, proving ownership with its status secret. The
    /// request carries only the secret (the endpoint finds the request by its hash); `id` is
    /// checked against the answer, so a confused endpoint cannot show another request's state.
    pub async fn fetch_status(
        &self,
        id: ReferralId,
        secret: &StatusSecret,
    ) -> Result<StatusResponse, SyncError> {
        let resp = self
            .http
            .post(format!("{}{}", self.base_url, wire::PATH_STATUS))
            .json(&wire::StatusRequest::new(secret))
            .send()
            .await
            .map_err(|_| SyncError::Status("network".into()))?;
        if resp.status() != StatusCode::OK || !is_json(&resp) {
            return Err(SyncError::Status(format!(
                "http_{}",
                resp.status().as_u16()
            )));
        }
        let body: StatusResponse = resp
            .json()
            .await
            .map_err(|_| SyncError::Status("unexpected_response".into()))?;
        if body.id != id {
            return Err(SyncError::Status("unexpected_response".into()));
        }
        Ok(body)
    }
}

/// Picks due items in queue order until the byte budget of one request is reached (always at
/// least one, so a single large envelope still goes).
fn take_batch(items: impl Iterator<Item = OutboxItem>, max_bytes: usize) -> Vec<OutboxItem> {
    let mut out = Vec::new();
    let mut bytes = 6;
    for item in items {
        let len = 4 + item.envelope.as_bytes().len();
        if !out.is_empty() && bytes + len > max_bytes {
            break;
        }
        bytes += len;
        out.push(item);
    }
    out
}

fn retry_all(n: usize, code: &'static str, delay: Option<Duration>) -> Vec<Outcome> {
    (0..n).map(|_| Outcome::Retry(code, delay)).collect()
}

fn is_json(resp: &reqwest::Response) -> bool {
    resp.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// Statuses that mean "try again later": 408, 429, 5xx and any redirect (never followed).
fn transient_failure(
    status: StatusCode,
    resp: &reqwest::Response,
) -> Option<(&'static str, Option<Duration>)> {
    let retry_after = resp
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|s| Duration::from_secs(s.min(24 * 3600)));
    match status.as_u16() {
        408 => Some(("timeout", retry_after)),
        429 => Some(("rate_limited", retry_after)),
        300..=399 => Some(("redirected", None)),
        500..=599 => Some(("server_error", retry_after)),
        _ => None,
    }
}

/// Runs delivery in the background: on start, whenever the next envelope is due, when
/// connectivity returns, and on "send now".
pub struct SyncEngine {
    client: SyncClient,
    store: Arc<Mutex<Store>>,
    wake: tokio::sync::Notify,
}

impl SyncEngine {
    /// An engine over a shared store.
    pub fn new(client: SyncClient, store: Arc<Mutex<Store>>) -> Self {
        Self {
            client,
            store,
            wake: tokio::sync::Notify::new(),
        }
    }

    /// The network is back: every queued envelope becomes due now and a pass starts at once,
    /// instead of waiting out a backoff computed while offline.
    pub fn connectivity_restored(&self) -> Result<(), SyncError> {
        self.store
            .lock()
            .expect("store mutex poisoned")
            .retry_now_all()?;
        self.wake.notify_one();
        Ok(())
    }

    /// The person pressed "send now".
    pub fn send_now(&self) -> Result<(), SyncError> {
        self.connectivity_restored()
    }

    /// One pass now (also used by the app's "send now" when it wants the result).
    pub async fn sync_once(&self) -> Result<SyncReport, SyncError> {
        self.client.sync_once(&self.store).await
    }

    /// Loops until `shutdown` resolves. `poll` bounds the sleep so that a wake-up lost to
    /// platform quirks costs at most that long.
    pub async fn run(&self, poll: Duration, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            let next = match self.sync_once().await {
                Ok(r) => r.next_due_at,
                Err(_) => Some(now_unix() + poll.as_secs() as i64),
            };
            let wait = next.map_or(poll, |t| {
                Duration::from_secs((t - now_unix()).max(0) as u64).min(poll)
            });
            tokio::select! {
                _ = &mut shutdown => return,
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(wait.max(Duration::from_millis(50))) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_full_jitter_and_capped() {
        let base = Duration::from_secs(5);
        let cap = Duration::from_secs(1800);
        for attempt in 0..40 {
            let ceiling = base
                .saturating_mul(1u32.checked_shl(attempt.min(31)).unwrap_or(u32::MAX))
                .min(cap);
            for _ in 0..50 {
                assert!(backoff_delay(attempt, base, cap) <= ceiling);
            }
        }
        // Jitter really spreads: 200 draws at the cap are not all equal, and reach both halves.
        let draws: Vec<_> = (0..200).map(|_| backoff_delay(30, base, cap)).collect();
        assert!(draws.iter().any(|d| *d < cap / 2));
        assert!(draws.iter().any(|d| *d > cap / 2));
    }

    #[test]
    fn sender_lock_is_exclusive() {
        let dir = tempfile::tempdir().unwrap();
        let held = SenderLock::try_acquire(dir.path()).unwrap();
        assert!(matches!(
            SenderLock::try_acquire(dir.path()),
            Err(SyncError::Busy)
        ));
        drop(held);
        SenderLock::try_acquire(dir.path()).unwrap();
    }
}
