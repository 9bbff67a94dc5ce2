//! The process-wide state: the store (opened LOCKED at start if it exists, so that delivery
//! works without the PIN), its sync task, the "sending" flag and the hotline's answers to status
//! requests (in memory only: nothing the hotline says about a request is written to disk).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use reach_contract::command::ReferenceAnswer;
use reach_core::ids::ReferralId;
use reach_core::store::Store;
use reach_core::sync::{StatusUpdate, SyncClient};
use zeroize::Zeroize;

use crate::config::ResolvedConfig;
use crate::error::CommandError;
use crate::sync_task::SyncTask;

/// Managed Tauri state.
pub struct AppState {
    pub(crate) config: ResolvedConfig,
    /// Held (async) for the whole of every command that changes which store exists, so that
    /// setup, unlock, wipes and the sync task never interleave.
    pub(crate) inner: Arc<tokio::sync::Mutex<Inner>>,
    pub(crate) sending: Arc<AtomicBool>,
    pub(crate) hotline_states: Arc<Mutex<HashMap<ReferralId, StatusUpdate>>>,
    /// When the UI last called a command (see [`AppState::touch`]).
    last_activity: Arc<Mutex<Instant>>,
    idle_watch: tauri::async_runtime::JoinHandle<()>,
    /// The one client (over the one HTTP transport) for delivery and status requests; `None`
    /// without a hotline.
    pub(crate) client: Option<Arc<SyncClient>>,
    /// The platform folders to remove on a wipe besides the store (known once the app runs).
    pub(crate) app_folders: OnceLock<Vec<PathBuf>>,
    /// The offline speech engine (`None`: not installed; the UI then says reading aloud does
    /// not work) and what it is reading now, numbered (the `speak` call that started it
    /// watches for its end by that number; another number, or none, means it was stopped).
    pub(crate) espeak: Option<reach_core::speech::Espeak>,
    pub(crate) speaking: Arc<Mutex<Option<(u64, reach_core::speech::Speaking)>>>,
    pub(crate) voices_started: std::sync::atomic::AtomicU64,
    /// The reference of the last request sealed with one, until the person has it
    /// (`reference_handed_over`): a lock (a phone call, the screen going dark, a quick exit)
    /// hides it, and the request can never be read without it, so the next unlock with the
    /// real PIN shows it again. In memory only, for `config.handover_kept` at most (after it
    /// the request stays the hotline's with no way back to the person, as before this was
    /// kept at all).
    handover: Mutex<Option<Handover>>,
}

/// A reference waiting to reach its person; its words and digits are zeroized when dropped.
struct Handover {
    answer: ReferenceAnswer,
    made: Instant,
}

impl Drop for Handover {
    fn drop(&mut self) {
        self.answer.digits.zeroize();
        if let Some(words) = &mut self.answer.words {
            words.iter_mut().for_each(Zeroize::zeroize);
        }
    }
}

/// The longest [`AppState::take_store`] waits for a short local operation to let go.
const TAKE_STORE_WAIT: Duration = Duration::from_secs(5);

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
        let client = config
            .profile
            .as_ref()
            .and_then(|p| SyncClient::new(p, &config.data_dir, config.sync.clone()).ok())
            .map(Arc::new);
        let inner = Arc::new(tokio::sync::Mutex::new(Inner {
            store: store.map(|s| Arc::new(Mutex::new(s))),
            sync: None,
        }));
        let hotline_states = Arc::new(Mutex::new(HashMap::new()));
        let last_activity = Arc::new(Mutex::new(Instant::now()));
        let idle_watch = tauri::async_runtime::spawn(lock_when_idle(
            config.idle_lock,
            Arc::clone(&inner),
            Arc::clone(&hotline_states),
            Arc::clone(&last_activity),
        ));
        let espeak = match &config.speech_program {
            Some(program) => Some(reach_core::speech::Espeak::at(program)),
            None => reach_core::speech::Espeak::find(),
        };
        let state = Self {
            config,
            inner,
            sending: Arc::new(AtomicBool::new(false)),
            hotline_states,
            last_activity,
            idle_watch,
            client,
            app_folders: OnceLock::new(),
            espeak,
            speaking: Arc::new(Mutex::new(None)),
            voices_started: std::sync::atomic::AtomicU64::new(0),
            handover: Mutex::new(None),
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
        if let (Some(store), Some(client)) = (&inner.store, &self.client) {
            inner.sync = Some(SyncTask::start(
                Arc::clone(client),
                self.config.poll_interval,
                Arc::clone(store),
                Arc::clone(&self.sending),
                Arc::clone(&self.hotline_states),
            ));
        }
    }

    /// Stops delivery and takes the store out, for the operations that consume it (unlock, which
    /// may wipe; the PIN forms). Nobody holds the store across a network call, so any other
    /// handle is a short local operation: wait for it (bounded) rather than fail. On failure
    /// everything is as before.
    pub(crate) async fn take_store(
        &self,
        inner: &mut Inner,
    ) -> Result<Option<Store>, CommandError> {
        if let Some(task) = inner.sync.take() {
            task.stop().await;
        }
        let Some(mut arc) = inner.store.take() else {
            return Ok(None);
        };
        let deadline = Instant::now() + TAKE_STORE_WAIT;
        loop {
            match Arc::try_unwrap(arc) {
                Ok(mutex) => {
                    return Ok(Some(
                        mutex.into_inner().unwrap_or_else(PoisonError::into_inner),
                    ));
                }
                Err(back) if Instant::now() < deadline => {
                    arc = back;
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
                Err(back) => {
                    inner.store = Some(back);
                    self.start_sync(inner);
                    return Err(CommandError::BUSY);
                }
            }
        }
    }

    /// The panic wipe: stops delivery, then crypto-shreds the store *in place* — through its
    /// mutex, not by taking it, so that no other handle (a status check stalled by a hostile
    /// network, a delivery pass) can make it answer "busy" and leave everything readable —
    /// then wipes the directory once more and removes the app's other folders (the WebView's).
    /// Every step runs even if one fails; the first error is returned so the UI can retry.
    pub(crate) async fn wipe_everything(&self, inner: &mut Inner) -> Result<(), CommandError> {
        self.stop_speaking();
        self.forget_hotline_states();
        self.forget_handover();
        if let Some(task) = inner.sync.take() {
            task.stop().await;
        }
        let store = inner.store.take();
        let dir = self.config.data_dir.clone();
        let folders = self.app_folders();
        let result = tauri::async_runtime::spawn_blocking(move || {
            let first = store.map_or(Ok(()), |s| lock_store(&s).wipe_in_place());
            // A second pass over the directory catches anything the first left, and a store
            // that could not be opened at all.
            let second = Store::wipe_dir(&dir);
            let folders = remove_folders(&folders);
            first.and(second).map_err(CommandError::from).and(folders)
        })
        .await;
        result.map_err(|_| CommandError::INTERNAL)?
    }

    /// After a wipe by wrong PINs (the core has wiped the store): the app's other folders too.
    pub(crate) fn remove_app_folders(&self) {
        let _ = remove_folders(&self.app_folders());
    }

    /// The platform folders this app's process writes besides the store (the WebView's data
    /// and cache folders); empty when the configuration says so (tests).
    fn app_folders(&self) -> Vec<PathBuf> {
        self.app_folders.get().cloned().unwrap_or_default()
    }

    /// Puts a store (back) in place and restarts delivery for it.
    pub(crate) fn put_store(&self, inner: &mut Inner, store: Option<Store>) {
        inner.store = store.map(|s| Arc::new(Mutex::new(s)));
        self.start_sync(inner);
    }

    /// Notes that the UI is in use (every command, before it runs).
    pub(crate) fn touch(&self) {
        *self
            .last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Instant::now();
    }

    /// Stops reading aloud at once (quick exit, lock, wipe, another `speak`).
    pub(crate) fn stop_speaking(&self) {
        if let Some((_, mut s)) = self
            .speaking
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            s.stop();
        }
    }

    /// Locks the store and forgets the hotline's answers, from outside a command (the window is
    /// gone). Waits for a command that is running to finish first.
    pub(crate) async fn lock_now(&self) {
        self.stop_speaking();
        lock_all(&self.inner, &self.hotline_states).await;
    }

    /// Keeps the reference just made until its person has it (see the field's comment).
    pub(crate) fn keep_handover(&self, answer: &ReferenceAnswer) {
        *self.handover.lock().unwrap_or_else(PoisonError::into_inner) = Some(Handover {
            answer: answer.clone(),
            made: Instant::now(),
        });
    }

    /// The reference kept for its person, unless `config.handover_kept` has passed (then it is
    /// forgotten).
    pub(crate) fn handover(&self) -> Option<ReferenceAnswer> {
        let mut kept = self.handover.lock().unwrap_or_else(PoisonError::into_inner);
        if kept
            .as_ref()
            .is_some_and(|h| h.made.elapsed() > self.config.handover_kept)
        {
            *kept = None;
        }
        kept.as_ref().map(|h| h.answer.clone())
    }

    /// Forgets the kept reference (the person has it, a wipe, the duress PIN, a new store).
    pub(crate) fn forget_handover(&self) {
        *self.handover.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Forgets every answer from the hotline (lock, quick exit, wipes).
    pub(crate) fn forget_hotline_states(&self) {
        self.hotline_states
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }
}

impl Drop for AppState {
    fn drop(&mut self) {
        self.idle_watch.abort();
    }
}

/// Locks the store (if any) and forgets the hotline's answers.
async fn lock_all(
    inner: &tokio::sync::Mutex<Inner>,
    hotline_states: &Mutex<HashMap<ReferralId, StatusUpdate>>,
) {
    let inner = inner.lock().await;
    if let Some(store) = &inner.store {
        lock_store(store).lock();
    }
    hotline_states
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clear();
}

/// The backend's own idle lock: checks a few times per `idle` period and locks once no command
/// has come for `idle`. Independent of the UI, which may hang or be gone.
async fn lock_when_idle(
    idle: Duration,
    inner: Arc<tokio::sync::Mutex<Inner>>,
    hotline_states: Arc<Mutex<HashMap<ReferralId, StatusUpdate>>>,
    last_activity: Arc<Mutex<Instant>>,
) {
    let every = (idle / 4).clamp(Duration::from_millis(20), Duration::from_secs(5));
    loop {
        tokio::time::sleep(every).await;
        let quiet = last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .elapsed();
        if quiet >= idle {
            lock_all(&inner, &hotline_states).await;
        }
    }
}

/// Removes each folder with everything in it; a folder that is not there is fine. Every folder
/// is attempted; the first failure is returned.
fn remove_folders(folders: &[PathBuf]) -> Result<(), CommandError> {
    let mut first = Ok(());
    for folder in folders {
        if let Err(e) = remove_folder(folder)
            && first.is_ok()
        {
            first = Err(CommandError::from(reach_core::store::StoreError::Io(e)));
        }
    }
    first
}

fn remove_folder(folder: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(folder) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Locks a store's mutex; a panic elsewhere must not make the store unusable (or unwipeable).
pub(crate) fn lock_store(store: &Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(PoisonError::into_inner)
}
