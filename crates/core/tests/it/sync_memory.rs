//! The sync engine driven over an in-memory [`Transport`]: a real store on a temp dir, real
//! sealed envelopes, real receipts signed by a `ReceiptSigner`. Shows that batching, backoff,
//! the receipt check and the outbox's records live in the engine, not in the HTTP code.

use std::collections::{HashMap, VecDeque};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reach_core::envelope::{Envelope, HotlinePrivateKey};
use reach_core::ids::{ReferralId, StatusSecret};
use reach_core::outbox::OutboxState;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::{Receipt, ReceiptSigner};
use reach_core::referral::Referral;
use reach_core::store::{KdfParams, Store};
use reach_core::sync::{SyncClient, SyncConfig, SyncEngine, now_unix};
use reach_core::transport::{Attempt, Delivery, RefusalCode, RetryReason, StatusError, Transport};
use reach_core::wire::StatusResponse;

const PIN: &str = "739102";

/// What the in-memory hotline does with the next batch.
#[derive(Clone)]
enum Mode {
    /// Accepts and answers with its receipt.
    Accept,
    /// Answers "later" for everything, asking for at least this long.
    Busy(Duration),
    /// Refuses everything with this code.
    Refuse(&'static str),
    /// Answers with a receipt signed by someone else.
    Forge,
    /// Accepts, but the answer is lost on the way back.
    LoseReply,
}

/// A hotline in memory: idempotent by referral id (a resend gets the same receipt), with a
/// script of what to do with each batch (then [`Mode::Accept`]).
struct MemoryTransport {
    signer: ReceiptSigner,
    forger: ReceiptSigner,
    script: Mutex<VecDeque<Mode>>,
    /// Every request the hotline holds, once, with its receipt.
    inbox: Mutex<HashMap<ReferralId, Receipt>>,
    /// The size of every batch offered.
    batches: Mutex<Vec<usize>>,
}

impl MemoryTransport {
    fn new(signer: ReceiptSigner, script: impl IntoIterator<Item = Mode>) -> Self {
        Self {
            signer,
            forger: ReceiptSigner::generate(),
            script: Mutex::new(script.into_iter().collect()),
            inbox: Mutex::new(HashMap::new()),
            batches: Mutex::new(Vec::new()),
        }
    }

    fn accept(&self, e: &Envelope) -> Receipt {
        self.inbox
            .lock()
            .unwrap()
            .entry(e.referral_id())
            .or_insert_with(|| self.signer.sign(e.referral_id(), e.sha256()))
            .clone()
    }

    fn held(&self) -> usize {
        self.inbox.lock().unwrap().len()
    }

    fn batches(&self) -> Vec<usize> {
        self.batches.lock().unwrap().clone()
    }
}

impl Transport for MemoryTransport {
    fn name(&self) -> &'static str {
        "memory"
    }

    async fn deliver(&self, batch: &[Envelope]) -> Attempt {
        self.batches.lock().unwrap().push(batch.len());
        let mode = self
            .script
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(Mode::Accept);
        let deliveries = batch
            .iter()
            .map(|e| match &mode {
                Mode::Accept => Delivery::Accepted(self.accept(e)),
                Mode::Busy(after) => Delivery::RetryLater {
                    reason: RetryReason::RateLimited,
                    after: Some(*after),
                },
                Mode::Refuse(code) => Delivery::Refused {
                    code: RefusalCode::new(*code),
                },
                Mode::Forge => Delivery::Accepted(self.forger.sign(e.referral_id(), e.sha256())),
                Mode::LoseReply => {
                    self.accept(e);
                    Delivery::RetryLater {
                        reason: RetryReason::Network,
                        after: None,
                    }
                }
            })
            .collect();
        Attempt {
            deliveries,
            round_trips: 1,
            bytes_sent: batch.iter().map(|e| e.as_bytes().len()).sum(),
        }
    }

    async fn deliver_feedback(&self, envelope: &Envelope) -> Delivery {
        self.deliver(std::slice::from_ref(envelope))
            .await
            .deliveries
            .remove(0)
    }

    async fn status(
        &self,
        _id: ReferralId,
        _secret: &StatusSecret,
    ) -> Result<StatusResponse, StatusError> {
        Err(StatusError::Unsupported)
    }
}

/// A locked store holding `n` submitted requests, the hotline's signer, and a profile.
fn store_with(dir: &Path, n: usize) -> (Store, ReceiptSigner, HotlineProfile, Vec<ReferralId>) {
    let hotline = HotlinePrivateKey::generate();
    let signer = ReceiptSigner::generate();
    let profile = HotlineProfile::new(
        "Test hotline",
        "https://intake.example.org",
        hotline.public_key(),
        &signer.verifier(),
    );
    let mut store = Store::create(dir, PIN, KdfParams::insecure_fast_for_tests()).unwrap();
    let ids = (0..n)
        .map(|_| store.submit(&Referral::sample(), &profile).unwrap())
        .collect();
    drop(store);
    (Store::open(dir).unwrap(), signer, profile, ids)
}

fn config() -> SyncConfig {
    SyncConfig {
        keep_delivered_envelopes: true,
        backoff_base: Duration::from_secs(5),
        ..SyncConfig::default()
    }
}

struct Rig {
    _tmp: tempfile::TempDir,
    store: Arc<Mutex<Store>>,
    engine: SyncEngine<Arc<MemoryTransport>>,
    transport: Arc<MemoryTransport>,
    ids: Vec<ReferralId>,
}

fn rig(n: usize, script: impl IntoIterator<Item = Mode>, config: SyncConfig) -> Rig {
    let tmp = tempfile::tempdir().unwrap();
    let (store, signer, profile, ids) = store_with(tmp.path(), n);
    let store = Arc::new(Mutex::new(store));
    let transport = Arc::new(MemoryTransport::new(signer, script));
    let client = SyncClient::with_transport(
        Arc::clone(&transport),
        profile.receipt_verifiers().unwrap(),
        tmp.path(),
        config,
    );
    Rig {
        engine: SyncEngine::new(client, Arc::clone(&store)),
        store,
        transport,
        ids,
        _tmp: tmp,
    }
}

impl Rig {
    fn state(&self, id: ReferralId) -> OutboxState {
        let s = self.store.lock().unwrap();
        s.list()
            .unwrap()
            .into_iter()
            .find(|r| r.referral_id == id)
            .unwrap()
            .state
    }
}

#[tokio::test]
async fn accepted_with_a_valid_receipt_is_delivered() {
    let r = rig(3, [], config());
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!((report.delivered, report.round_trips), (3, 1));
    assert_eq!(report.next_due_at, None);
    for id in &r.ids {
        assert_eq!(r.state(*id), OutboxState::Delivered);
    }
    assert_eq!(r.transport.held(), 3);
}

#[tokio::test]
async fn retry_later_backs_off_and_honours_the_requested_delay() {
    let r = rig(2, [Mode::Busy(Duration::from_secs(600))], config());
    let before = now_unix();
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!((report.delivered, report.retry_later), (0, 2));
    assert!(report.next_due_at.unwrap() >= before + 600, "{report:?}");
    assert_eq!(r.state(r.ids[0]), OutboxState::Queued { attempts: 1 });
    // Nothing is due yet: the next pass offers nothing.
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!(report.round_trips, 0);
    assert_eq!(r.transport.batches(), vec![2]);
    // The network is back: everything goes at once.
    r.engine.connectivity_restored().unwrap();
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!(report.delivered, 2);
}

#[tokio::test]
async fn a_refusal_needs_attention_with_the_transport_and_its_code() {
    let r = rig(1, [Mode::Refuse("invalid_referral")], config());
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!(report.needs_attention, 1);
    assert_eq!(
        r.state(r.ids[0]),
        OutboxState::NeedsAttention {
            transport: Some("memory".into()),
            code: Some("invalid_referral".into()),
        }
    );
    // Not retried on its own.
    assert_eq!(r.engine.sync_once().await.unwrap().round_trips, 0);
    // The person chose to retry.
    r.store.lock().unwrap().requeue(r.ids[0]).unwrap();
    assert_eq!(r.engine.sync_once().await.unwrap().delivered, 1);
}

#[tokio::test]
async fn a_forged_receipt_is_not_believed() {
    let r = rig(2, [Mode::Forge], config());
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!((report.delivered, report.retry_later), (0, 2));
    for id in &r.ids {
        assert_eq!(r.state(*id), OutboxState::Queued { attempts: 1 });
    }
    r.engine.connectivity_restored().unwrap();
    assert_eq!(r.engine.sync_once().await.unwrap().delivered, 2);
}

#[tokio::test]
async fn batches_are_split_by_count_and_by_bytes() {
    let r = rig(
        5,
        [],
        SyncConfig {
            batch_max_items: 2,
            ..config()
        },
    );
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!((report.delivered, report.round_trips), (5, 3));
    assert_eq!(r.transport.batches(), vec![2, 2, 1]);

    // A byte budget smaller than two envelopes: one per batch, and never none.
    let r = rig(
        3,
        [],
        SyncConfig {
            batch_max_bytes: 1,
            ..config()
        },
    );
    assert_eq!(r.engine.sync_once().await.unwrap().delivered, 3);
    assert_eq!(r.transport.batches(), vec![1, 1, 1]);
}

#[tokio::test]
async fn a_lost_reply_is_resent_and_delivered_exactly_once() {
    let r = rig(3, [Mode::LoseReply], config());
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!((report.delivered, report.retry_later), (0, 3));
    assert_eq!(r.transport.held(), 3, "the hotline has them already");
    let kept: HashMap<ReferralId, Receipt> = r.transport.inbox.lock().unwrap().clone();

    r.engine.connectivity_restored().unwrap();
    let report = r.engine.sync_once().await.unwrap();
    assert_eq!(report.delivered, 3);
    assert_eq!(r.transport.held(), 3, "one request each at the hotline");
    let s = r.store.lock().unwrap();
    for status in s.list().unwrap() {
        assert_eq!(status.state, OutboxState::Delivered);
        assert_eq!(status.receipt.as_ref(), kept.get(&status.referral_id));
    }
}

#[tokio::test]
async fn the_loop_reports_each_pass_to_its_observer() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, signer, profile, _) = store_with(tmp.path(), 1);
    let transport = MemoryTransport::new(signer, []);
    let client = SyncClient::with_transport(
        transport,
        profile.receipt_verifiers().unwrap(),
        tmp.path(),
        config(),
    );
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let done_tx = Mutex::new(Some(done_tx));
    let log = Arc::clone(&seen);
    let engine =
        SyncEngine::new(client, Arc::new(Mutex::new(store))).with_pass_observer(move |running| {
            log.lock().unwrap().push(running);
            if !running && let Some(tx) = done_tx.lock().unwrap().take() {
                let _ = tx.send(());
            }
        });
    engine
        .run(Duration::from_secs(60), async {
            let _ = done_rx.await;
        })
        .await;
    assert_eq!(*seen.lock().unwrap(), vec![true, false]);
}
