//! Delivery of sealed envelopes from the outbox to the hotline, exactly once in effect.
//!
//! At-least-once on this side (an envelope stays queued until a receipt *signed by the hotline*
//! over its id and bytes comes back, and is resent byte-identical) plus an idempotent endpoint
//! (identical resend → the same receipt) gives exactly-once. Everything the network can do —
//! drop, reset, delay, redirect to a captive portal, answer `200` with a login page — is treated
//! as "not delivered yet", never as success. A refusal that retrying cannot cure puts the
//! request in a visible *needs attention* state; nothing is silently dropped.
//!
//! What carries the envelopes is a [`Transport`] ([`crate::transport`]; HTTPS by default). The
//! engine here owns everything that must not depend on it: batching, backoff, the receipt
//! check and what the outbox records.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::envelope::{Envelope, HotlinePublicKey};
use crate::ids::{ReferralId, StatusSecret};
use crate::outbox::OutboxItem;
use crate::profile::{HotlineProfile, ProfileError};
use crate::receipt::{Receipt, ReceiptVerifier};
use crate::store::{Store, StoreError};
use crate::transport::http::{HttpTransport, HttpTransportError};
use crate::transport::{Delivery, RetryReason, StatusError, Transport};
use crate::wire::{ReferralState, StatusResponse};

/// Tunables of the sync engine. The defaults suit a phone on a poor connection.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// Most envelopes per batch offered to the transport (the HTTP endpoint accepts up to
    /// [`crate::wire::MAX_BATCH_ITEMS`]).
    pub batch_max_items: usize,
    /// Most envelope bytes per batch (the HTTP endpoint accepts up to
    /// [`crate::wire::MAX_BATCH_BYTES`]).
    pub batch_max_bytes: usize,
    /// Whole-request timeout of the HTTP transport; a stalled upload must not block the queue
    /// for ever.
    pub request_timeout: Duration,
    /// Connection timeout of the HTTP transport.
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
    /// The transport could not be built (TLS configuration), or the sender lock failed.
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
    /// Exchanges with the transport (HTTP requests made).
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

/// Delivers one outbox to one hotline over a [`Transport`]: the engine's per-pass logic
/// (batching, backoff, receipt verification, recording outcomes), whatever carries the bytes.
pub struct SyncClient<T: Transport = HttpTransport> {
    transport: T,
    verifiers: Vec<ReceiptVerifier>,
    hotline_keys: Vec<HotlinePublicKey>,
    config: SyncConfig,
    data_dir: PathBuf,
}

impl SyncClient<HttpTransport> {
    /// A client for `profile` over HTTPS ([`HttpTransport`]), delivering the outbox of the
    /// store in `data_dir`.
    pub fn new(
        profile: &HotlineProfile,
        data_dir: impl Into<PathBuf>,
        config: SyncConfig,
    ) -> Result<Self, SyncError> {
        let transport = HttpTransport::new(profile, config.request_timeout, config.connect_timeout)
            .map_err(|e| match e {
                HttpTransportError::Profile(p) => SyncError::Profile(p),
                HttpTransportError::Client(c) => SyncError::Client(c),
            })?;
        Ok(
            Self::with_transport(transport, profile.receipt_verifiers()?, data_dir, config)
                .with_hotline_keys(profile.public_keys()?),
        )
    }
}

impl<T: Transport> SyncClient<T> {
    /// A client over any transport. `verifiers` are the hotline's receipt keys (from its
    /// profile): a receipt is believed only if one of them verifies it, whatever the transport.
    pub fn with_transport(
        transport: T,
        verifiers: Vec<ReceiptVerifier>,
        data_dir: impl Into<PathBuf>,
        config: SyncConfig,
    ) -> Self {
        Self {
            transport,
            verifiers,
            hotline_keys: Vec::new(),
            config,
            data_dir: data_dir.into(),
        }
    }

    /// The hotline's sealing keys (from its profile): a reply is believed only if one of them
    /// wrote it ([`crate::reply`]). Without them every reply counts as unreadable.
    pub fn with_hotline_keys(mut self, keys: Vec<HotlinePublicKey>) -> Self {
        self.hotline_keys = keys;
        self
    }

    /// The hotline's sealing keys that replies are checked against.
    pub fn hotline_keys(&self) -> &[HotlinePublicKey] {
        &self.hotline_keys
    }

    /// The configuration in force.
    pub fn config(&self) -> &SyncConfig {
        &self.config
    }

    /// The transport in use.
    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// One delivery pass: sends every due envelope, batch after batch, until none is due or
    /// the transport fails as a whole (then everything left is rescheduled with backoff).
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
            let transport_failed = outcomes
                .iter()
                .all(|o| matches!(o, Delivery::RetryLater { .. }));
            self.record(store, &batch, outcomes, &mut report)?;
            if transport_failed {
                break;
            }
        }
        report.next_due_at = store.lock().expect("store mutex poisoned").next_due_at()?;
        Ok(report)
    }

    /// Offers a batch to the transport and judges each answer: a receipt counts only if the
    /// hotline's signature over this envelope verifies.
    async fn send_batch(&self, batch: &[OutboxItem], report: &mut SyncReport) -> Vec<Delivery> {
        let envelopes: Vec<Envelope> = batch.iter().map(|i| i.envelope.clone()).collect();
        let attempt = self.transport.deliver(&envelopes).await;
        report.round_trips += attempt.round_trips;
        report.bytes_sent += attempt.bytes_sent;
        if attempt.deliveries.len() != batch.len() {
            return batch
                .iter()
                .map(|_| Delivery::RetryLater {
                    reason: RetryReason::UnexpectedResponse,
                    after: None,
                })
                .collect();
        }
        envelopes
            .iter()
            .zip(attempt.deliveries)
            .map(|(envelope, d)| match d {
                Delivery::Accepted(r) if !self.receipt_is_valid(&r, envelope) => {
                    // A success without a receipt we can verify is not a success.
                    Delivery::RetryLater {
                        reason: RetryReason::InvalidReceipt,
                        after: None,
                    }
                }
                other => other,
            })
            .collect()
    }

    fn record(
        &self,
        store: &Mutex<Store>,
        batch: &[OutboxItem],
        outcomes: Vec<Delivery>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let s = store.lock().expect("store mutex poisoned");
        let now = now_unix();
        for (item, outcome) in batch.iter().zip(outcomes) {
            match outcome {
                Delivery::Accepted(receipt) => {
                    s.mark_delivered(
                        item.referral_id,
                        &receipt,
                        self.config.keep_delivered_envelopes,
                    )?;
                    report.delivered += 1;
                }
                Delivery::RetryLater { reason, after } => {
                    let attempts = item.attempts.saturating_add(1);
                    let delay =
                        backoff_delay(attempts, self.config.backoff_base, self.config.backoff_cap)
                            .max(after.unwrap_or_default());
                    s.mark_retry(
                        item.referral_id,
                        attempts,
                        now + delay.as_secs() as i64,
                        reason.code(),
                    )?;
                    report.retry_later += 1;
                }
                Delivery::Refused { code } => {
                    s.mark_failed(item.referral_id, self.transport.name(), code.as_str())?;
                    report.needs_attention += 1;
                }
            }
        }
        Ok(())
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
        let body = self
            .transport
            .status(id, secret)
            .await
            .map_err(|e| SyncError::Status(status_code(e)))?;
        if body.id != id {
            return Err(SyncError::Status("unexpected_response".into()));
        }
        Ok(body)
    }
}

/// What a typed reference shows ([`SyncClient::check_reference`]): kept nowhere.
#[derive(Debug)]
pub struct ReferenceStatus {
    /// The request the reference stands for (its number is the first 6 hex digits).
    pub id: ReferralId,
    /// Where it stands; `None` for a state this version does not know.
    pub state: Option<ReferralState>,
    /// The staff's replies that passed every check, in number order.
    pub replies: Vec<crate::reply::Reply>,
    /// Replies that failed a check (not from the hotline's key, changed, moved).
    pub unreadable: u32,
}

impl<T: Transport> SyncClient<T> {
    /// Looks up the request a person's reference stands for, on any install (theirs, a
    /// friend's, a shelter's): derives its status secret and reply key (Argon2id, about a second
    /// each), asks the hotline, and opens the replies in memory. Nothing is stored: a person
    /// checking on a friend's or a shelter's phone leaves nothing of theirs on it. Each of the
    /// profile's keys is tried in turn (a request sealed before a key rotation derives under
    /// the old key's id); each try is one guess against the hotline's status limits.
    pub async fn check_reference(
        &self,
        reference: &crate::reference::Reference,
    ) -> Result<ReferenceStatus, SyncError> {
        for hotline in &self.hotline_keys {
            let (r, kid) = (reference.clone(), hotline.key_id());
            let keys = tokio::task::spawn_blocking(move || r.derive(kid))
                .await
                .map_err(|_| SyncError::Status("derivation".into()))?;
            let answer = match self.transport.status_by_secret(&keys.status).await {
                Ok(a) => a,
                Err(StatusError::Refused(code)) if code == "http_404" => continue,
                Err(e) => return Err(SyncError::Status(status_code(e))),
            };
            let mut out = ReferenceStatus {
                id: answer.id,
                state: answer.state,
                replies: Vec::new(),
                unreadable: 0,
            };
            for item in answer.replies.iter().take(crate::reply::REPLIES_MAX) {
                match crate::reply::open_item(&keys.reply, &self.hotline_keys, answer.id, item) {
                    Ok(reply) => out.replies.push(reply),
                    Err(_) => out.unreadable += 1,
                }
            }
            out.replies.sort_by_key(|r| r.seq);
            out.replies.dedup_by_key(|r| r.seq);
            return Ok(out);
        }
        Err(SyncError::Status("not_found".into()))
    }
}

fn status_code(e: StatusError) -> String {
    match e {
        StatusError::Unsupported => "unsupported".into(),
        StatusError::Failed(code) => code.into(),
        StatusError::Refused(code) => code,
    }
}

impl<T: Transport> SyncClient<T> {
    /// Asks where a request stands and keeps, in the store, the replies that pass every check
    /// (sealed under the data key). Needs an unlocked store: the status secret and the reply
    /// key are under the data key. The store's mutex is not held across the network call.
    pub async fn refresh_status(
        &self,
        store: &Mutex<Store>,
        id: ReferralId,
    ) -> Result<StatusUpdate, SyncError> {
        let secret = store
            .lock()
            .expect("store mutex poisoned")
            .status_secret(id)?;
        let answer = self.fetch_status(id, &secret).await?;
        drop(secret);
        let taken = store.lock().expect("store mutex poisoned").take_replies(
            id,
            &self.hotline_keys,
            &answer.replies,
        )?;
        Ok(StatusUpdate {
            id,
            state: answer.state,
            new_replies: taken.new,
            unreadable_replies: taken.refused,
        })
    }

    /// [`SyncClient::refresh_status`] for every request the hotline has received, skipping
    /// those it has closed in an earlier answer (`known_closed`), beginning with `first` (the
    /// request an earlier pass stopped at) and going round the list from there. Stops at the
    /// first failure of the network, the hotline (its status allowance: 10 a minute per
    /// address once 60 are spent, and an outreach worker's phone may hold dozens) or the
    /// store, and returns what it learned before it with where it stopped: the next pass
    /// begins there, so every request is asked about in turn however small the allowance.
    /// A request the hotline does not know (404: erased there, say) is one request's answer,
    /// not a failure of the pass: it is noted and the pass goes on, or every pass would stop
    /// at it. `Err` only if the store's list cannot be read.
    pub async fn refresh_statuses(
        &self,
        store: &Mutex<Store>,
        known_closed: &[ReferralId],
        first: Option<ReferralId>,
    ) -> Result<StatusPass, SyncError> {
        self.refresh_statuses_paced(store, known_closed, first, || true)
            .await
    }

    /// [`SyncClient::refresh_statuses`], asking `may_ask()` before each request: when it says
    /// no, the pass ends there and [`StatusPass::deferred`] names the request to begin with
    /// next time. The background engine paces itself so ([`StatusPacing`]).
    pub async fn refresh_statuses_paced(
        &self,
        store: &Mutex<Store>,
        known_closed: &[ReferralId],
        first: Option<ReferralId>,
        mut may_ask: impl FnMut() -> bool,
    ) -> Result<StatusPass, SyncError> {
        let mut ids: Vec<ReferralId> = {
            let s = store.lock().expect("store mutex poisoned");
            if !s.is_unlocked() {
                return Ok(StatusPass::default());
            }
            s.list()?
                .into_iter()
                .filter(|r| matches!(r.state, crate::outbox::OutboxState::Delivered))
                .map(|r| r.referral_id)
                .filter(|id| !known_closed.contains(id))
                .collect()
        };
        if let Some(at) = first.and_then(|f| ids.iter().position(|id| *id == f)) {
            ids.rotate_left(at);
        }
        let mut pass = StatusPass {
            updates: Vec::with_capacity(ids.len()),
            ..StatusPass::default()
        };
        for id in ids {
            if !may_ask() {
                pass.deferred = Some(id);
                break;
            }
            match self.refresh_status(store, id).await {
                Ok(update) => pass.updates.push(update),
                Err(SyncError::Status(code)) if code == "http_404" => pass.not_found.push(id),
                Err(e) => {
                    pass.stopped = Some((id, e));
                    break;
                }
            }
        }
        Ok(pass)
    }
}

/// One pass of [`SyncClient::refresh_statuses`].
#[derive(Debug, Default)]
pub struct StatusPass {
    /// What each request asked about brought back, in the order asked.
    pub updates: Vec<StatusUpdate>,
    /// Requests the hotline answered it does not know (asked again in the next pass).
    pub not_found: Vec<ReferralId>,
    /// The request the pass stopped at, not asked (to be asked first next time), and why.
    pub stopped: Option<(ReferralId, SyncError)>,
    /// The request the pass did not ask about because its pacing said wait (to be asked first
    /// next time). Not a failure.
    pub deferred: Option<ReferralId>,
}

impl StatusPass {
    /// Where the next pass should begin: at the request this one stopped at or deferred.
    pub fn resume_at(&self) -> Option<ReferralId> {
        self.stopped.as_ref().map(|(id, _)| *id).or(self.deferred)
    }
}

/// How fast the background engine may ask the hotline about its requests. The hotline allows
/// one address 10 status checks a minute once 60 are spent (`docs/protocol.md`), and that
/// allowance is shared by every phone behind the address (a shelter's Wi-Fi, carrier-grade
/// NAT) and by the one check a person makes by hand: "check a reference", which is how a
/// person with no phone of their own hears back. Unpaced, a worker's phone with a dozen open
/// requests would spend the whole allowance every minute and leave that person a refusal. A
/// status is never urgent, so the background takes a small, steady share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusPacing {
    /// Checks the engine may make at once (after a long pause, say).
    pub burst: u32,
    /// Then one more every this long.
    pub every: Duration,
    /// A request the hotline said it does not know (erased there, as a retention policy does
    /// in time) is asked again only after this long: on an old phone such requests pile up,
    /// and each round of the paced checks would otherwise spend on them what requests with
    /// news need.
    pub not_found_again_after: Duration,
}

impl Default for StatusPacing {
    /// Three at once, then three a minute: under a third of one address's allowance, so a
    /// reference check still passes with two such phones behind the same address. A request
    /// the hotline does not know: again after 6 hours.
    fn default() -> Self {
        Self {
            burst: 3,
            every: Duration::from_secs(20),
            not_found_again_after: Duration::from_secs(6 * 3600),
        }
    }
}

impl StatusPacing {
    fn limiter(self) -> governor::DefaultDirectRateLimiter {
        let quota = governor::Quota::with_period(self.every.max(Duration::from_nanos(1)))
            .expect("non-zero period")
            .allow_burst(std::num::NonZeroU32::new(self.burst.max(1)).expect("non-zero"));
        governor::RateLimiter::direct(quota)
    }
}

impl<T: Transport> SyncClient<T> {
    /// Sends the survivors' feedback waiting in the store, one envelope at a time on the
    /// transport's feedback route. Needs an unlocked store (the envelopes are kept under the
    /// data key); a locked one sends nothing. A verified receipt or a refusal settles an
    /// envelope (it is deleted: a refused feedback is not worth the person's attention);
    /// anything else keeps it for the next pass, which stops at the first such failure.
    pub async fn send_feedback(&self, store: &Mutex<Store>) -> Result<FeedbackReport, SyncError> {
        let pending = {
            let s = store.lock().expect("store mutex poisoned");
            if !s.is_unlocked() {
                return Ok(FeedbackReport::default());
            }
            s.feedback_pending()?
        };
        let mut report = FeedbackReport::default();
        for envelope in pending {
            let settled = match self.transport.deliver_feedback(&envelope).await {
                Delivery::Accepted(r) if self.receipt_is_valid(&r, &envelope) => {
                    report.delivered += 1;
                    true
                }
                Delivery::Refused { .. } => {
                    report.refused += 1;
                    true
                }
                Delivery::Accepted(_) | Delivery::RetryLater { .. } => false,
            };
            if !settled {
                report.waiting = store
                    .lock()
                    .expect("store mutex poisoned")
                    .feedback_pending()?
                    .len();
                return Ok(report);
            }
            store
                .lock()
                .expect("store mutex poisoned")
                .feedback_settled(envelope.referral_id())?;
        }
        Ok(report)
    }
}

/// What one feedback pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FeedbackReport {
    /// Delivered with a verified receipt, and deleted.
    pub delivered: usize,
    /// Refused by the hotline for good, and deleted.
    pub refused: usize,
    /// Still waiting after this pass.
    pub waiting: usize,
}

/// What one status request brought back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusUpdate {
    /// The request asked about.
    pub id: ReferralId,
    /// Its state at the hotline; `None` for a state this version cannot name.
    pub state: Option<ReferralState>,
    /// Replies stored now that the store did not hold before.
    pub new_replies: usize,
    /// Replies in the answer that failed the checks (counted, never stored).
    pub unreadable_replies: u32,
}

/// Called with what each status request of a pass brought back (the app updates its screen).
pub type StatusObserver = Box<dyn Fn(&StatusUpdate) + Send + Sync>;

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

/// Called with `true` when a pass starts and `false` when it ends (the app shows "sending").
pub type PassObserver = Box<dyn Fn(bool) + Send + Sync>;

/// Runs delivery in the background: on start, whenever the next envelope is due, when
/// connectivity returns, on "send now" and whenever woken (a new submission).
pub struct SyncEngine<T: Transport = HttpTransport> {
    client: Arc<SyncClient<T>>,
    store: Arc<Mutex<Store>>,
    wake: tokio::sync::Notify,
    observer: Option<PassObserver>,
    status_observer: Option<StatusObserver>,
    closed: Mutex<Vec<ReferralId>>,
    /// Where the last status pass stopped: the next one begins there.
    status_resume: Mutex<Option<ReferralId>>,
    /// The background status checks' own allowance ([`StatusPacing`]).
    status_pacing: governor::DefaultDirectRateLimiter,
    /// How fast, and how soon again after a 404 ([`StatusPacing`]).
    pacing: StatusPacing,
    /// Requests the hotline answered it does not know, and when.
    not_found: Mutex<HashMap<ReferralId, std::time::Instant>>,
}

impl<T: Transport> SyncEngine<T> {
    /// An engine over a shared store.
    pub fn new(client: SyncClient<T>, store: Arc<Mutex<Store>>) -> Self {
        Self::shared(Arc::new(client), store)
    }

    /// An engine whose client is also used elsewhere (the app asks for status over the same
    /// transport it delivers with).
    pub fn shared(client: Arc<SyncClient<T>>, store: Arc<Mutex<Store>>) -> Self {
        Self {
            client,
            store,
            wake: tokio::sync::Notify::new(),
            observer: None,
            status_observer: None,
            closed: Mutex::new(Vec::new()),
            status_resume: Mutex::new(None),
            status_pacing: StatusPacing::default().limiter(),
            pacing: StatusPacing::default(),
            not_found: Mutex::new(HashMap::new()),
        }
    }

    /// Paces the background status checks otherwise than [`StatusPacing::default`] (tests,
    /// a hotline that allows more).
    pub fn with_status_pacing(mut self, pacing: StatusPacing) -> Self {
        self.status_pacing = pacing.limiter();
        self.pacing = pacing;
        self
    }

    /// Calls `observer(true)` before each pass and `observer(false)` after it, so that a UI
    /// can show "sending" while one runs.
    pub fn with_pass_observer(mut self, observer: impl Fn(bool) + Send + Sync + 'static) -> Self {
        self.observer = Some(Box::new(observer));
        self
    }

    /// After each delivery pass, while the store is unlocked, asks the hotline about the
    /// received requests in turn, as fast as [`StatusPacing`] allows, and calls `observer` with
    /// each answer (its replies are already in the store). "Updated on each sync": the person
    /// sees news without asking for it.
    pub fn with_status_observer(
        mut self,
        observer: impl Fn(&StatusUpdate) + Send + Sync + 'static,
    ) -> Self {
        self.status_observer = Some(Box::new(observer));
        self
    }

    /// The status part of a pass: nothing unless a status observer is set and the store is
    /// unlocked; a request the hotline closed is not asked about again in this engine's life,
    /// one it does not know not until [`StatusPacing::not_found_again_after`]. What a pass
    /// learned before it stopped is shown, and the next pass begins where it stopped.
    async fn refresh_statuses(&self) {
        let Some(observe) = &self.status_observer else {
            return;
        };
        let mut skip = self.closed.lock().expect("closed list poisoned").clone();
        {
            let mut not_found = self.not_found.lock().expect("not-found list poisoned");
            not_found.retain(|_, at| at.elapsed() < self.pacing.not_found_again_after);
            skip.extend(not_found.keys());
        }
        let first = *self.status_resume.lock().expect("resume poisoned");
        let Ok(pass) = self
            .client
            .refresh_statuses_paced(&self.store, &skip, first, || {
                self.status_pacing.check().is_ok()
            })
            .await
        else {
            return;
        };
        *self.status_resume.lock().expect("resume poisoned") = pass.resume_at();
        let now = std::time::Instant::now();
        self.not_found
            .lock()
            .expect("not-found list poisoned")
            .extend(pass.not_found.iter().map(|id| (*id, now)));
        for update in &pass.updates {
            if update.state == Some(ReferralState::Closed) {
                self.closed
                    .lock()
                    .expect("closed list poisoned")
                    .push(update.id);
            }
            observe(update);
        }
    }

    /// A pass as soon as possible (after the current one, if one is running: the wake-up is
    /// remembered).
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// The network is back: every queued envelope becomes due now and a pass starts at once,
    /// instead of waiting out a backoff computed while offline.
    pub fn connectivity_restored(&self) -> Result<(), SyncError> {
        self.store
            .lock()
            .expect("store mutex poisoned")
            .retry_now_all()?;
        self.wake();
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
    /// platform quirks costs at most that long. Dropping the loop mid-pass is safe: an envelope
    /// is marked delivered only after a verified receipt, so it stays queued and is resent.
    pub async fn run(&self, poll: Duration, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            if let Some(observe) = &self.observer {
                observe(true);
            }
            let result = self.sync_once().await;
            if let Some(observe) = &self.observer {
                observe(false);
            }
            self.refresh_statuses().await;
            // Feedback waits for an unlocked store and a working connection; a failure here
            // is retried on the next pass, and never delays the requests above.
            let _ = self.client.send_feedback(&self.store).await;
            let wait = match result {
                Ok(r) => r.next_due_at.map_or(poll, |t| {
                    Duration::from_secs(u64::try_from(t - now_unix()).unwrap_or(0)).min(poll)
                }),
                // Another sender (another process on this data directory) holds the lock.
                Err(SyncError::Busy) => Duration::from_secs(2).min(poll),
                Err(_) => poll,
            };
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
