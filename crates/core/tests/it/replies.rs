//! The reply loop on the phone's side, over an in-memory hotline that holds the real sealed
//! envelopes: it opens each with its private key (as the staff inbox does) to learn the
//! request's reply key, and answers status requests with replies sealed by `reach_core::reply`.
//! The store keeps what passes the checks (once per number, under the data key) and refuses
//! forged, moved and tampered replies; the engine asks after each pass while unlocked.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reach_core::envelope::{self, Envelope, HotlinePrivateKey, HotlinePublicKey};
use reach_core::ids::{ReferralId, StatusSecret};
use reach_core::receipt::ReceiptSigner;
use reach_core::referral::{Referral, TimeOfDay, Weekday};
use reach_core::reply::{self, Reply, ReplyTemplate};
use reach_core::store::{Store, StoreError};
use reach_core::sync::{SyncClient, SyncConfig, SyncEngine};
use reach_core::transport::{Attempt, Delivery, StatusError, Transport};
use reach_core::wire::{ReferralState, SealedReply, StatusResponse};

use crate::support::{fast, hotline_with_signer};

pub(crate) const PIN: &str = "739102";

/// An in-memory hotline with its private key: keeps envelopes, answers status with whatever
/// replies the test put there for a request.
pub(crate) struct ReplyingHotline {
    pub(crate) key: HotlinePrivateKey,
    signer: ReceiptSigner,
    held: Mutex<HashMap<ReferralId, Envelope>>,
    state: Mutex<ReferralState>,
    replies: Mutex<HashMap<ReferralId, Vec<SealedReply>>>,
    /// Feedback envelopes received, by their own id.
    pub(crate) feedback: Mutex<HashMap<ReferralId, Envelope>>,
    /// How the feedback route answers: `None` accepts with a good receipt.
    pub(crate) feedback_answer: Mutex<Option<Delivery>>,
}

impl ReplyingHotline {
    /// The request's reply key, read from the opened envelope (the inbox's view of it).
    fn reply_public_key(&self, id: ReferralId) -> [u8; 32] {
        let env = self.held.lock().unwrap()[&id].clone();
        let plain = envelope::open(&self.key, &env).unwrap();
        Referral::from_bytes(&plain)
            .unwrap()
            .reply_public_key
            .unwrap()
    }

    /// Seals a reply as the staff inbox does and makes it part of the next status answer.
    fn reply(&self, id: ReferralId, seq: u32, template: ReplyTemplate, text: Option<&str>) {
        let window = template.needs_window().then(|| {
            (
                Weekday::Tuesday,
                TimeOfDay::parse("10:00").unwrap(),
                TimeOfDay::parse("12:00").unwrap(),
            )
        });
        let r = Reply::new(id, seq, template, window, text).unwrap();
        let sealed = reply::seal(&self.key, &self.reply_public_key(id), &r).unwrap();
        self.push(
            id,
            SealedReply::new(seq, self.key.public_key().key_id(), &sealed),
        );
    }

    fn push(&self, id: ReferralId, item: SealedReply) {
        self.replies
            .lock()
            .unwrap()
            .entry(id)
            .or_default()
            .push(item);
    }
}

impl Transport for ReplyingHotline {
    fn name(&self) -> &'static str {
        "memory"
    }

    async fn deliver(&self, batch: &[Envelope]) -> Attempt {
        let deliveries = batch
            .iter()
            .map(|e| {
                self.held.lock().unwrap().insert(e.referral_id(), e.clone());
                Delivery::Accepted(self.signer.sign(e.referral_id(), e.sha256()))
            })
            .collect();
        Attempt {
            deliveries,
            round_trips: 1,
            bytes_sent: 0,
        }
    }

    async fn deliver_feedback(&self, e: &Envelope) -> Delivery {
        if let Some(answer) = self.feedback_answer.lock().unwrap().clone() {
            return answer;
        }
        self.feedback
            .lock()
            .unwrap()
            .insert(e.referral_id(), e.clone());
        Delivery::Accepted(self.signer.sign(e.referral_id(), e.sha256()))
    }

    async fn status(
        &self,
        id: ReferralId,
        secret: &StatusSecret,
    ) -> Result<StatusResponse, StatusError> {
        let held = self.held.lock().unwrap().get(&id).cloned();
        match held {
            Some(e) if e.header().status_verifier == secret.verifier() => Ok(StatusResponse {
                id,
                state: Some(*self.state.lock().unwrap()),
                replies: self
                    .replies
                    .lock()
                    .unwrap()
                    .get(&id)
                    .cloned()
                    .unwrap_or_default(),
            }),
            _ => Err(StatusError::Refused("not_found".into())),
        }
    }
}

pub(crate) struct Rig {
    pub(crate) _tmp: tempfile::TempDir,
    pub(crate) store: Arc<Mutex<Store>>,
    pub(crate) hotline: Arc<ReplyingHotline>,
    pub(crate) client: SyncClient<Arc<ReplyingHotline>>,
    pub(crate) ids: Vec<ReferralId>,
    pub(crate) keys: Vec<HotlinePublicKey>,
}

/// A store with `n` requests delivered to the in-memory hotline, unlocked.
pub(crate) async fn rig(n: usize) -> Rig {
    let tmp = tempfile::tempdir().unwrap();
    let (key, signer, profile) = hotline_with_signer();
    let mut store = Store::create(tmp.path(), PIN, fast()).unwrap();
    let ids = (0..n)
        .map(|_| store.submit(&Referral::sample(), &profile).unwrap())
        .collect();
    let store = Arc::new(Mutex::new(store));
    let hotline = Arc::new(ReplyingHotline {
        key,
        signer,
        held: Mutex::default(),
        state: Mutex::new(ReferralState::InReview),
        replies: Mutex::default(),
        feedback: Mutex::default(),
        feedback_answer: Mutex::default(),
    });
    let keys = profile.public_keys().unwrap();
    let client = SyncClient::with_transport(
        Arc::clone(&hotline),
        profile.receipt_verifiers().unwrap(),
        tmp.path(),
        SyncConfig::default(),
    )
    .with_hotline_keys(keys.clone());
    assert_eq!(client.sync_once(&store).await.unwrap().delivered, n);
    Rig {
        _tmp: tmp,
        store,
        hotline,
        client,
        ids,
        keys,
    }
}

#[tokio::test]
async fn a_reply_is_fetched_checked_and_kept_once() {
    let r = rig(1).await;
    let id = r.ids[0];
    r.hotline
        .reply(id, 1, ReplyTemplate::CallPlanned, Some("Ask for Mira."));
    let update = r.client.refresh_status(&r.store, id).await.unwrap();
    assert_eq!(update.state, Some(ReferralState::InReview));
    assert_eq!((update.new_replies, update.unreadable_replies), (1, 0));
    let kept = r.store.lock().unwrap().replies(id).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].known_template(), Some(ReplyTemplate::CallPlanned));
    assert_eq!(kept[0].text.as_deref(), Some("Ask for Mira."));
    assert_eq!(kept[0].view().from.as_deref(), Some("10:00"));

    // Asked again (and replayed by the network): the same reply, still once.
    let again = r.client.refresh_status(&r.store, id).await.unwrap();
    assert_eq!((again.new_replies, again.unreadable_replies), (0, 0));
    assert_eq!(r.store.lock().unwrap().replies(id).unwrap().len(), 1);

    // A second reply joins it, in number order.
    r.hotline.reply(id, 2, ReplyTemplate::Closed, None);
    let third = r.client.refresh_status(&r.store, id).await.unwrap();
    assert_eq!(third.new_replies, 1);
    let kept = r.store.lock().unwrap().replies(id).unwrap();
    assert_eq!(kept.iter().map(|k| k.seq).collect::<Vec<_>>(), [1, 2]);
}

#[tokio::test]
async fn forged_tampered_moved_and_malformed_replies_are_refused_and_not_kept() {
    let r = rig(2).await;
    let (id, other) = (r.ids[0], r.ids[1]);
    // Written by someone without the hotline's key (whoever runs the server, say).
    let forger = HotlinePrivateKey::generate();
    let forged = Reply::new(id, 1, ReplyTemplate::Received, None, None).unwrap();
    let sealed = reply::seal(&forger, &r.hotline.reply_public_key(id), &forged).unwrap();
    r.hotline.push(
        id,
        SealedReply::new(1, r.hotline.key.public_key().key_id(), &sealed),
    );
    // A real reply to the other request, replayed under this one.
    r.hotline.reply(other, 1, ReplyTemplate::Received, None);
    let moved = r.hotline.replies.lock().unwrap()[&other][0].clone();
    r.hotline.push(id, SealedReply { seq: 2, ..moved });
    // A real reply with one byte changed.
    r.hotline.reply(id, 3, ReplyTemplate::Danger, None);
    {
        let mut all = r.hotline.replies.lock().unwrap();
        let item = all.get_mut(&id).unwrap().last_mut().unwrap();
        let mut bytes = item.sealed_bytes().unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        *item = SealedReply::new(3, r.hotline.key.public_key().key_id(), &bytes);
    }
    // Not base64, an unknown key id, far too large.
    r.hotline.push(
        id,
        SealedReply {
            seq: 4,
            key_id: r.hotline.key.public_key().key_id().to_string(),
            sealed: "!!".into(),
        },
    );
    r.hotline.push(
        id,
        SealedReply {
            seq: 5,
            key_id: "0000000000000000".into(),
            sealed: "AAAA".into(),
        },
    );
    r.hotline.push(
        id,
        SealedReply {
            seq: 6,
            key_id: r.hotline.key.public_key().key_id().to_string(),
            sealed: "A".repeat(100_000),
        },
    );
    let update = r.client.refresh_status(&r.store, id).await.unwrap();
    assert_eq!((update.new_replies, update.unreadable_replies), (0, 6));
    assert!(r.store.lock().unwrap().replies(id).unwrap().is_empty());

    // A good reply after all that is still taken.
    r.hotline.reply(id, 7, ReplyTemplate::Received, None);
    let update = r.client.refresh_status(&r.store, id).await.unwrap();
    assert_eq!(update.new_replies, 1);
}

#[tokio::test]
async fn replies_need_the_pin_survive_a_pin_change_and_die_with_a_wipe() {
    let r = rig(1).await;
    let id = r.ids[0];
    r.hotline.reply(id, 1, ReplyTemplate::Interpreter, None);
    r.client.refresh_status(&r.store, id).await.unwrap();

    let mut store = Arc::try_unwrap(r.store).ok().unwrap().into_inner().unwrap();
    store.lock();
    assert!(matches!(store.replies(id), Err(StoreError::Locked)));
    // Locked, a status answer cannot be taken either (the reply key is under the data key).
    assert!(matches!(
        store.take_replies(id, &r.keys, &[]),
        Err(StoreError::Locked)
    ));
    store.unlock(PIN).unwrap();
    // A PIN change re-encrypts them under the new data key with everything else.
    let (outcome, store) =
        reach_core::app_lock::change_pin(store, PIN, "802913", &Default::default());
    assert_eq!(outcome.unwrap(), reach_core::app_lock::PinOutcome::Accepted);
    let mut store = store.unwrap();
    assert_eq!(store.replies(id).unwrap().len(), 1);
    store.wipe_in_place().unwrap();
    assert!(store.replies(id).is_err());
}

#[tokio::test]
async fn the_engine_asks_after_each_pass_while_unlocked_and_stops_after_closed() {
    let r = rig(1).await;
    let id = r.ids[0];
    r.hotline.reply(id, 1, ReplyTemplate::Referred, None);
    *r.hotline.state.lock().unwrap() = ReferralState::Closed;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let done_tx = Mutex::new(Some(done_tx));
    let engine = SyncEngine::new(r.client, Arc::clone(&r.store)).with_status_observer(move |u| {
        log.lock().unwrap().push(u.clone());
        if let Some(tx) = done_tx.lock().unwrap().take() {
            let _ = tx.send(());
        }
    });
    engine
        .run(Duration::from_secs(60), async {
            let _ = done_rx.await;
        })
        .await;
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].state, Some(ReferralState::Closed));
    assert_eq!(seen[0].new_replies, 1);
    assert_eq!(r.store.lock().unwrap().replies(id).unwrap().len(), 1);
}

/// A pass its pacing ends part way defers the next request, not as a failure, and the next
/// pass begins with it: paced however slowly, every request is asked about in turn.
#[tokio::test]
async fn a_paced_pass_defers_the_rest_and_the_next_begins_there() {
    let r = rig(5).await;
    let mut allowed = 2;
    let first = r
        .client
        .refresh_statuses_paced(&r.store, &[], None, || {
            allowed -= 1;
            allowed >= 0
        })
        .await
        .unwrap();
    assert_eq!(first.updates.len(), 2);
    assert!(first.stopped.is_none(), "{:?}", first.stopped);
    let deferred = first.deferred.expect("the third was deferred");
    assert!(!first.updates.iter().any(|u| u.id == deferred));
    assert_eq!(first.resume_at(), Some(deferred));
    let mut asked: Vec<ReferralId> = first.updates.iter().map(|u| u.id).collect();
    let mut at = first.resume_at();
    for _ in 0..3 {
        let mut one = 1;
        let pass = r
            .client
            .refresh_statuses_paced(&r.store, &[], at, || {
                one -= 1;
                one >= 0
            })
            .await
            .unwrap();
        assert_eq!(
            pass.updates.first().map(|u| u.id),
            at,
            "begins where the last deferred"
        );
        asked.extend(pass.updates.iter().map(|u| u.id));
        at = pass.resume_at();
    }
    asked.sort();
    let mut all = r.ids.clone();
    all.sort();
    assert_eq!(
        asked, all,
        "each of the five asked about once in five checks"
    );
    // Nothing allowed: nothing asked, the first deferred.
    let none = r
        .client
        .refresh_statuses_paced(&r.store, &[], None, || false)
        .await
        .unwrap();
    assert!(none.updates.is_empty() && none.deferred.is_some());
}

#[tokio::test]
async fn a_locked_store_is_not_asked_about() {
    let r = rig(1).await;
    r.store.lock().unwrap().lock();
    let pass = r
        .client
        .refresh_statuses(&r.store, &[], None)
        .await
        .unwrap();
    assert!(pass.updates.is_empty() && pass.stopped.is_none());
}

#[test]
fn a_state_from_a_newer_hotline_is_news_not_an_error() {
    let id = ReferralId::random();
    let json = format!(r#"{{"id":"{id}","state":"escalated_to_court","replies":[]}}"#);
    let answer: StatusResponse = serde_json::from_str(&json).unwrap();
    assert_eq!(answer.state, None);
    // And an answer from a hotline without replies still reads.
    let json = format!(r#"{{"id":"{id}","state":"answered"}}"#);
    let answer: StatusResponse = serde_json::from_str(&json).unwrap();
    assert_eq!(answer.state, Some(ReferralState::Answered));
    assert!(answer.replies.is_empty());
}
