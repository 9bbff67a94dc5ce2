//! The background delivery task: one `reach_core::sync::SyncEngine` per store, running the
//! engine's own loop (a pass on start, whenever the next envelope is due, bounded by a poll
//! interval, and whenever woken: send now, connectivity back, a new submission). The engine's
//! pass observer sets the "sending" flag the UI shows; its status observer keeps the hotline's
//! latest answers (in memory) after each pass while the store is unlocked.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use reach_core::ids::ReferralId;
use reach_core::store::Store;
use reach_core::sync::{StatusUpdate, SyncClient, SyncEngine, SyncError};

/// A running delivery loop over one store.
pub(crate) struct SyncTask {
    engine: Arc<SyncEngine>,
    sending: Arc<AtomicBool>,
    handle: tauri::async_runtime::JoinHandle<()>,
}

impl SyncTask {
    /// Starts the loop over the app's one client (the same one asks for status); its first
    /// pass runs at once.
    pub(crate) fn start(
        client: Arc<SyncClient>,
        poll: Duration,
        store: Arc<Mutex<Store>>,
        sending: Arc<AtomicBool>,
        hotline_states: Arc<Mutex<HashMap<ReferralId, StatusUpdate>>>,
    ) -> Self {
        let flag = Arc::clone(&sending);
        let engine = Arc::new(
            SyncEngine::shared(client, store)
                .with_pass_observer(move |running| flag.store(running, Ordering::SeqCst))
                // After each pass, while unlocked, the engine asks about the received requests in
                // turn, paced (`StatusPacing`): the status screen shows the news (the replies are
                // in the store already).
                .with_status_observer(move |update| {
                    hotline_states
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .insert(update.id, update.clone());
                }),
        );
        let handle = tauri::async_runtime::spawn({
            let engine = Arc::clone(&engine);
            async move { engine.run(poll, std::future::pending()).await }
        });
        Self {
            engine,
            sending,
            handle,
        }
    }

    /// A pass as soon as possible (after the current one, if one is running: the wake-up is
    /// remembered).
    pub(crate) fn wake(&self) {
        self.engine.wake();
    }

    /// Everything queued becomes due now, then a pass ("send now", or the network came back).
    pub(crate) fn retry_everything_now(&self) -> Result<(), SyncError> {
        self.engine.connectivity_restored()
    }

    /// Stops the loop and waits until it has let go of the store. Cancelling a pass mid-request
    /// is safe by design: an envelope is only marked delivered after a verified receipt, so it
    /// stays queued and its byte-identical resend gets the same receipt.
    pub(crate) async fn stop(self) {
        self.handle.abort();
        let _ = self.handle.await;
        self.sending.store(false, Ordering::SeqCst);
        drop(self.engine);
    }
}
