//! The process-wide state: the store (opened LOCKED at start if it exists, so that delivery
//! works without the PIN), its sync task, the "sending" flag and the hotline's answers to status
//! requests (in memory only: nothing the hotline says about a request is written to disk).

use std::collections::HashMap;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, PoisonError};

use reach_core::ids::ReferralId;
use reach_core::store::Store;
use reach_core::sync::SyncClient;
use reach_core::wire::ReferralState;

use crate::config::ResolvedConfig;
use crate::error::CommandError;
use crate::sync_task::SyncTask;

/// Managed Tauri state.
pub struct AppState {
    pub(crate) config: ResolvedConfig,
    /// Held (async) for the whole of every command that changes which store exists, so that
    /// setup, unlock, wipes and the sync task never interleave.
    pub(crate) inner: tokio::sync::Mutex<Inner>,
    pub(crate) sending: Arc<AtomicBool>,
    pub(crate) hotline_states: Mutex<HashMap<ReferralId, ReferralState>>,
    /// For status requests (the engine's own client is private to it).
    pub(crate) status_client: Option<SyncClient>,
}

/// The store and the task that delivers its outbox.
pub(crate) struct Inner {
    /// Shared with the sync engine, which needs `Arc<Mutex<Store>>`.
    pub(crate) store: Option<Arc<Mutex<Store>>>,
    pub(crate) sync: Option<SyncTask>,
}

impl AppState {
    /// Opens the existing store (locked) and starts delivery. A store that cannot be opened is
    /// left on disk untouched (never wiped without the person asking); `panic_wipe` clears it.
    pub(crate) fn start(config: ResolvedConfig) -> Self {
        let store = if Store::exists(&config.data_dir) {
            Store::open(&config.data_dir).ok()
        } else {
            None
        };
        let status_client = config
            .profile
            .as_ref()
            .and_then(|p| SyncClient::new(p, &config.data_dir, config.sync.clone()).ok());
        let state = Self {
            config,
            inner: tokio::sync::Mutex::new(Inner {
                store: store.map(|s| Arc::new(Mutex::new(s))),
                sync: None,
            }),
            sending: Arc::new(AtomicBool::new(false)),
            hotline_states: Mutex::new(HashMap::new()),
            status_client,
        };
        {
            let mut inner = state
                .inner
                .try_lock()
                .expect("nobody else has the state yet");
            state.start_sync(&mut inner);
        }
        state
    }

    /// Starts delivery for the current store, if there is one and a hotline to deliver to.
    pub(crate) fn start_sync(&self, inner: &mut Inner) {
        if inner.sync.is_some() {
            return;
        }
        if let (Some(store), Some(profile)) = (&inner.store, &self.config.profile) {
            inner.sync = SyncTask::start(
                profile,
                &self.config.data_dir,
                self.config.sync.clone(),
                self.config.poll_interval,
                Arc::clone(store),
                Arc::clone(&self.sending),
            )
            .ok();
        }
    }

    /// Stops delivery and takes the store out, for the operations that consume it (unlock, which
    /// may wipe; panic wipe). On failure everything is as before.
    pub(crate) async fn take_store(
        &self,
        inner: &mut Inner,
    ) -> Result<Option<Store>, CommandError> {
        if let Some(task) = inner.sync.take() {
            task.stop().await;
        }
        let Some(arc) = inner.store.take() else {
            return Ok(None);
        };
        match Arc::try_unwrap(arc) {
            Ok(mutex) => Ok(Some(
                mutex.into_inner().unwrap_or_else(PoisonError::into_inner),
            )),
            Err(arc) => {
                inner.store = Some(arc);
                self.start_sync(inner);
                Err(CommandError::BUSY)
            }
        }
    }

    /// Puts a store (back) in place and restarts delivery for it.
    pub(crate) fn put_store(&self, inner: &mut Inner, store: Option<Store>) {
        inner.store = store.map(|s| Arc::new(Mutex::new(s)));
        self.start_sync(inner);
    }

    /// Forgets every answer from the hotline (lock, quick exit, wipes).
    pub(crate) fn forget_hotline_states(&self) {
        self.hotline_states
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }
}

/// Locks a store's mutex; a panic elsewhere must not make the store unusable (or unwipeable).
pub(crate) fn lock_store(store: &Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(PoisonError::into_inner)
}
