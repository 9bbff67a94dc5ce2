//! The background delivery task: one `reach_core::sync::SyncEngine` per store, driven by a loop
//! that makes a pass on start, whenever the next envelope is due (bounded by a poll interval),
//! and whenever it is woken (send now, connectivity back, a new submission).
//!
//! Why not `SyncEngine::run`: it offers no hook around a pass, and the UI must be able to show
//! "sending" while one runs. This loop is the same shape (pass, then sleep until due/woken) with
//! an in-memory flag set around each pass; the engine still does all the work.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reach_core::profile::HotlineProfile;
use reach_core::store::Store;
use reach_core::sync::{SyncClient, SyncConfig, SyncEngine, SyncError, now_unix};
use tokio::sync::Notify;

/// A running delivery loop over one store.
pub(crate) struct SyncTask {
    engine: Arc<SyncEngine>,
    wake: Arc<Notify>,
    sending: Arc<AtomicBool>,
    handle: tauri::async_runtime::JoinHandle<()>,
}

impl SyncTask {
    /// Starts the loop; its first pass runs at once.
    pub(crate) fn start(
        profile: &HotlineProfile,
        data_dir: &Path,
        config: SyncConfig,
        poll: Duration,
        store: Arc<Mutex<Store>>,
        sending: Arc<AtomicBool>,
    ) -> Result<Self, SyncError> {
        let client = SyncClient::new(profile, data_dir, config)?;
        let engine = Arc::new(SyncEngine::new(client, store));
        let wake = Arc::new(Notify::new());
        let handle = tauri::async_runtime::spawn(run_loop(
            Arc::clone(&engine),
            Arc::clone(&wake),
            Arc::clone(&sending),
            poll,
        ));
        Ok(Self {
            engine,
            wake,
            sending,
            handle,
        })
    }

    /// A pass as soon as possible (after the current one, if one is running: the wake-up is
    /// remembered).
    pub(crate) fn wake(&self) {
        self.wake.notify_one();
    }

    /// Everything queued becomes due now, then a pass ("send now", or the network came back).
    pub(crate) fn retry_everything_now(&self) -> Result<(), SyncError> {
        self.engine.connectivity_restored()?;
        self.wake();
        Ok(())
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

async fn run_loop(
    engine: Arc<SyncEngine>,
    wake: Arc<Notify>,
    sending: Arc<AtomicBool>,
    poll: Duration,
) {
    loop {
        sending.store(true, Ordering::SeqCst);
        let result = engine.sync_once().await;
        sending.store(false, Ordering::SeqCst);
        let wait = match result {
            Ok(report) => report.next_due_at.map_or(poll, |t| {
                Duration::from_secs(u64::try_from(t - now_unix()).unwrap_or(0)).min(poll)
            }),
            // Another sender (another process on this data directory) holds the lock.
            Err(SyncError::Busy) => Duration::from_secs(2).min(poll),
            Err(_) => poll,
        };
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(wait.max(Duration::from_millis(50))) => {}
        }
    }
}
