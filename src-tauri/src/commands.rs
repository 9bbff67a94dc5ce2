//! The IPC commands of `docs/ipc.md`, each a thin wrapper over `reach-core`. Private module
//! (a `pub` `#[tauri::command]` at the crate root collides with the macro it generates:
//! toolchain trap 4 in `docs/toolchain.md`).
//!
//! Argon2id work (setup, unlock, duress PIN, change PIN) runs on the blocking pool so the
//! WebView stays responsive. PINs are zeroised when dropped. No command ever returns backend
//! text: errors are [`CommandError`] codes.

use std::str::FromStr as _;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use reach_contract::ErrorCode;
use reach_contract::command::{ReferenceAnswer, ReferenceCheckView};
use reach_contract::feedback::FeedbackAnswers;
use reach_contract::reply::ReplyView;
use reach_contract::view::{
    AppStateView, QuickExitAnswer, ReferralState, RequestState, RequestView,
};
use reach_core::app_lock::{self, LockError, LockPolicy, PinOutcome};
use reach_core::ids::ReferralId;
use reach_core::outbox::{OutboxState, RequestStatus};
use reach_core::reference::{Reference, ReferenceError, word_list};
use reach_core::referral::{AgeGroup, AssistedBy, FORMAT_VERSION, Referral, limits};
use reach_core::reply::Reply;
use reach_core::store::{DraftId, KdfParams, Store, StoreError, checked_worker_profile};
use reach_core::sync::{StatusUpdate, SyncError};
use tauri::State;
use zeroize::Zeroizing;

use crate::error::{CommandError, FieldError, field_error};
use crate::state::{AppState, Inner, lock_store};

type Result<T, E = CommandError> = std::result::Result<T, E>;

/// `quick_exit`'s optional `pending`: the answers typed since the last autosave. The
/// contract's type, parsed here by hand (see [`quick_exit`]).
use reach_contract::command::PendingDraft;

pub mod speech;

fn store_of(inner: &Inner) -> Result<&Arc<std::sync::Mutex<Store>>> {
    inner.store.as_ref().ok_or(CommandError::NOT_SET_UP)
}

fn parse_draft_id(id: &str) -> Result<DraftId> {
    Ok(DraftId::from_str(id)?)
}

fn parse_referral_id(id: &str) -> Result<ReferralId> {
    ReferralId::from_str(id).map_err(|_| StoreError::NotFound.into())
}

/// Parses the Referral JSON ourselves rather than as a typed command argument: serde's own
/// messages quote the input (a phone number, say), and Tauri would pass them to the UI. Not
/// `Referral::from_bytes`, which also validates: a draft need not be valid yet.
fn parse_referral(value: serde_json::Value) -> Result<Referral> {
    let malformed = || CommandError::code(ErrorCode::Malformed);
    let bytes = Zeroizing::new(serde_json::to_vec(&value).map_err(|_| malformed())?);
    drop(value);
    if bytes.len() > limits::SERIALIZED_MAX_BYTES {
        return Err(CommandError::code(ErrorCode::TooLarge));
    }
    let referral: Referral = serde_json::from_slice(&bytes).map_err(|_| malformed())?;
    if referral.version != FORMAT_VERSION {
        return Err(CommandError::code(ErrorCode::UnsupportedVersion));
    }
    Ok(referral)
}

/// Parses a worker profile (`assisted_by`'s shape) ourselves, for the reason
/// [`parse_referral`] gives, and checks it by the rules it will meet in a request.
fn parse_worker_profile(value: serde_json::Value) -> Result<AssistedBy> {
    let profile: AssistedBy =
        serde_json::from_value(value).map_err(|_| CommandError::code(ErrorCode::Malformed))?;
    Ok(checked_worker_profile(profile)?)
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|_| CommandError::INTERNAL)
}

/// Shapes one request for the status screen: its place on the phone, the hotline's latest
/// answer (in memory), and the replies stored for it (`replies`, read while unlocked).
fn view(
    state: &AppState,
    status: RequestStatus,
    replies: Vec<ReplyView>,
    feedback_asked: bool,
) -> RequestView {
    let news = state
        .hotline_states
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&status.referral_id)
        .cloned();
    let delivered = matches!(status.state, OutboxState::Delivered);
    let (state_name, attempts, problem) = match status.state {
        OutboxState::Queued { attempts } => (
            if state.sending.load(Ordering::SeqCst) {
                RequestState::Sending
            } else {
                RequestState::Saved
            },
            attempts,
            None,
        ),
        // The code is sealed on disk; the app only asks while unlocked, so it is there (a
        // locked store's `None` is shown as "unknown").
        OutboxState::NeedsAttention { code, .. } => (
            RequestState::NeedsAttention,
            0,
            Some(code.unwrap_or_else(|| "unknown".into())),
        ),
        OutboxState::Delivered => (RequestState::Received, 0, None),
    };
    RequestView {
        id: status.referral_id.to_string(),
        state: state_name,
        attempts,
        problem,
        // Delivered is set only after the hotline's receipt was verified; the receipt itself
        // is deleted with the outbox row (only a count stays on the phone).
        receipt_verified: delivered,
        hotline_state: news.as_ref().and_then(|n| n.state),
        hotline_state_unknown: news.as_ref().is_some_and(|n| n.state.is_none()),
        replies,
        feedback_offer: !feedback_asked
            && news
                .as_ref()
                .is_some_and(|n| n.state == Some(ReferralState::Closed)),
        unreadable_replies: news.map_or(0, |n| n.unreadable_replies),
    }
}

#[tauri::command]
pub async fn app_state(state: State<'_, AppState>) -> Result<AppStateView> {
    let inner = state.inner.lock().await;
    let (unlocked, failed_unlocks, device_secret) = match &inner.store {
        Some(store) => {
            let s = lock_store(store);
            (
                s.is_unlocked(),
                s.failed_unlocks()?,
                Some(s.device_secret_kind().code()),
            )
        }
        None => (false, 0, None),
    };
    Ok(AppStateView {
        setup_done: inner.store.is_some() || Store::exists(&state.config.data_dir),
        unlocked,
        locale: state.config.locale.clone(),
        hotline_name: state.config.profile.as_ref().map(|p| p.name.clone()),
        max_failed_unlocks: state.config.lock_policy.max_failed_unlocks.max(1),
        failed_unlocks,
        device_secret,
    })
}

#[tauri::command]
pub async fn setup(
    state: State<'_, AppState>,
    pin: String,
    duress_pin: Option<String>,
    worker: Option<serde_json::Value>,
) -> Result<()> {
    let pin = Zeroizing::new(pin);
    let duress_pin = duress_pin.map(Zeroizing::new);
    // A worker profile that would not validate is refused before anything is created.
    let worker = worker.map(parse_worker_profile).transpose()?;
    let mut inner = state.inner.lock().await;
    if inner.store.is_some() || Store::exists(&state.config.data_dir) {
        return Err(CommandError::ALREADY_SET_UP);
    }
    let dir = state.config.data_dir.clone();
    let (kdf, calibrate) = (state.config.kdf, state.config.calibrate_kdf);
    let kinds = state.config.device_secret.kinds();
    let store = blocking(move || -> Result<Store, LockError> {
        let duress_pin = duress_pin.as_ref().map(|d| d.as_str());
        // A PIN that breaks the rules is refused before the calibration's work.
        app_lock::validate_pin(&pin)?;
        let kdf = if calibrate {
            KdfParams::calibrate(KdfParams::CALIBRATION_TARGET)?
        } else {
            kdf
        };
        let store = app_lock::setup_preferring(&dir, &pin, duress_pin, kdf, kinds)?;
        if worker.is_some()
            && let Err(e) = store.set_worker_profile(worker)
        {
            // Leave nothing half-made: set-up can simply be tried again.
            let _ = store.wipe();
            return Err(e.into());
        }
        Ok(store)
    })
    .await??;
    state.put_store(&mut inner, Some(store));
    Ok(())
}

#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, pin: String) -> Result<PinOutcome> {
    let pin = Zeroizing::new(pin);
    let mut inner = state.inner.lock().await;
    let store = state
        .take_store(&mut inner)
        .await?
        .ok_or(CommandError::NOT_SET_UP)?;
    let policy = state.config.lock_policy;
    let kdf = state.config.kdf;
    let result = blocking(move || app_lock::unlock_or_wipe(store, &pin, &policy, kdf)).await;
    state.forget_hotline_states();
    match result {
        Ok(Ok((outcome, store))) => {
            if outcome == PinOutcome::Wiped {
                state.forget_handover();
                state.remove_app_folders();
            }
            state.put_store(&mut inner, store);
            Ok(outcome)
        }
        Ok(Err(e)) => {
            // The core dropped the store (not wiped): open it again, locked.
            state.put_store(&mut inner, Store::open(&state.config.data_dir).ok());
            Err(e.into())
        }
        Err(e) => {
            state.put_store(&mut inner, Store::open(&state.config.data_dir).ok());
            Err(e)
        }
    }
}

#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> Result<()> {
    state.lock_now().await;
    Ok(())
}

/// Lock and forget everything held in memory for the UI. The backend keeps no drafts in memory
/// (they are encrypted in the store), so this is `lock` plus the hotline's answers, after
/// saving the `pending` answers (those the UI's autosave debounce has not sent yet) as a draft.
///
/// `pending` is taken as raw JSON, not as a typed argument: a typed one that does not parse
/// would fail the command before it runs, and nothing may keep quick exit from locking. For the
/// same reason a failed save (malformed, too large, no store, store already locked…) is not an
/// error: the app is locked all the same, and the answer says `saved: false` with the code.
/// Save and lock happen under the state lock and one hold of the store, so no other command
/// (an unlock, a late `draft_save`) can come in between. A `draftId` that names no draft any
/// more (deleted, submitted, or not an id at all) gets a new draft: losing the answers would be
/// worse than a second draft.
#[tauri::command]
pub async fn quick_exit(
    state: State<'_, AppState>,
    pending: Option<serde_json::Value>,
) -> Result<QuickExitAnswer> {
    // Silence first: a voice reading the form must not outlast the screen.
    state.stop_speaking();
    // Parsed before taking the lock (it needs no state), like `draft_save`.
    let pending = pending.map(parse_pending);
    let inner = state.inner.lock().await;
    let saved = match &inner.store {
        Some(store) => {
            let mut store = LockOnDrop(lock_store(store));
            match pending {
                None => Ok(false),
                Some(Err(e)) => Err(e),
                Some(Ok((id, referral))) => {
                    save_pending(&mut store.0, id, &referral).map(|()| true)
                }
            }
        }
        None => match pending {
            None => Ok(false),
            Some(Err(e)) => Err(e),
            Some(Ok(_)) => Err(CommandError::NOT_SET_UP),
        },
    };
    state.forget_hotline_states();
    Ok(match saved {
        Ok(saved) => QuickExitAnswer { saved, error: None },
        Err(e) => QuickExitAnswer {
            saved: false,
            error: Some(e.error_code()),
        },
    })
}

/// Holds the store and locks it when dropped, so that quick exit locks even if saving the
/// pending draft fails in a way nobody foresaw (including a panic).
struct LockOnDrop<'a>(std::sync::MutexGuard<'a, Store>);

impl Drop for LockOnDrop<'_> {
    fn drop(&mut self) {
        self.0.lock();
    }
}

/// `pending` → (draft id or `None` for a new draft, referral). A `draftId` that is not an id
/// is `None` (see [`quick_exit`]); anything else that does not parse is refused with the
/// codes of `draft_save` (`malformed`, `too_large`, `unsupported_version`), never echoing it.
fn parse_pending(value: serde_json::Value) -> Result<(Option<DraftId>, Referral)> {
    // Only the documented object: serde would also build the struct from an array.
    if !value.is_object() {
        return Err(CommandError::code(ErrorCode::Malformed));
    }
    let pending: PendingDraft =
        serde_json::from_value(value).map_err(|_| CommandError::code(ErrorCode::Malformed))?;
    let id = pending
        .draft_id
        .as_deref()
        .and_then(|id| parse_draft_id(id).ok());
    Ok((id, parse_referral(pending.referral)?))
}

/// Saves over the draft `id`, or as a new draft when there is no `id` or it names no draft any
/// more.
fn save_pending(store: &mut Store, id: Option<DraftId>, referral: &Referral) -> Result<()> {
    match id.map(|id| store.save_draft(Some(id), referral)) {
        Some(Ok(_)) => Ok(()),
        None | Some(Err(StoreError::NotFound)) => {
            store.save_draft(None, referral)?;
            Ok(())
        }
        Some(Err(e)) => Err(e.into()),
    }
}

/// Runs a settings form that asks for the current PIN (`change_pin`, `set_duress_pin`) under
/// the lock screen's rules: `form` is the `reach_core::app_lock` function, which counts a wrong
/// current PIN toward the wipe and wipes at the last allowed one. The store is taken out
/// (delivery paused) because that outcome consumes it; every other outcome, errors included,
/// puts it back as it was (still unlocked).
async fn pin_form<O: Send + 'static>(
    state: &AppState,
    form: impl FnOnce(Store, &LockPolicy) -> (std::result::Result<O, LockError>, Option<Store>)
    + Send
    + 'static,
) -> Result<O> {
    let mut inner = state.inner.lock().await;
    let store = state
        .take_store(&mut inner)
        .await?
        .ok_or(CommandError::NOT_SET_UP)?;
    let policy = state.config.lock_policy;
    let result = blocking(move || form(store, &policy)).await;
    match result {
        Ok((outcome, store)) => {
            let store = match store {
                Some(store) => Some(store),
                None => {
                    // Wiped (nothing left to open), or a wipe that failed part-way: open
                    // what is left, if anything, locked.
                    state.forget_hotline_states();
                    state.forget_handover();
                    state.remove_app_folders();
                    Store::open(&state.config.data_dir).ok()
                }
            };
            state.put_store(&mut inner, store);
            Ok(outcome?)
        }
        Err(e) => {
            // The store was lost with the task: open it again, locked.
            state.forget_hotline_states();
            state.put_store(&mut inner, Store::open(&state.config.data_dir).ok());
            Err(e)
        }
    }
}

/// Changes the PIN from the settings screen, under the lock screen's rules
/// (`reach_core::app_lock::change_pin`, through [`pin_form`]).
#[tauri::command]
pub async fn change_pin(
    state: State<'_, AppState>,
    current_pin: String,
    new_pin: String,
) -> Result<PinOutcome> {
    let current_pin = Zeroizing::new(current_pin);
    let new_pin = Zeroizing::new(new_pin);
    pin_form(&state, move |store, policy| {
        app_lock::change_pin(store, &current_pin, &new_pin, policy)
    })
    .await
}

/// The outreach worker's profile, if this is a worker's phone (needs the unlocked store).
#[tauri::command]
pub async fn worker_profile(state: State<'_, AppState>) -> Result<Option<AssistedBy>> {
    let inner = state.inner.lock().await;
    Ok(lock_store(store_of(&inner)?).worker_profile()?)
}

/// Turns worker mode on (`profile`) or off from the settings screen, under the lock screen's
/// rules (`reach_core::app_lock::set_worker_profile`, through [`pin_form`]): the PIN is asked
/// again, because a worker hands the unlocked phone to the people they help.
#[tauri::command]
pub async fn set_worker_profile(
    state: State<'_, AppState>,
    pin: String,
    profile: Option<serde_json::Value>,
) -> Result<PinOutcome> {
    let pin = Zeroizing::new(pin);
    let profile = match profile {
        Some(v) => Some(
            serde_json::from_value::<AssistedBy>(v)
                .map_err(|_| CommandError::code(ErrorCode::Malformed))?,
        ),
        None => None,
    };
    pin_form(&state, move |store, policy| {
        app_lock::set_worker_profile(store, &pin, profile, policy)
    })
    .await
}

/// Sets (or, with no `duress_pin`, removes) the duress PIN from the settings screen, under the
/// lock screen's rules (`reach_core::app_lock::set_duress_pin`, through [`pin_form`]): a wrong
/// current PIN counts toward the wipe, and the last allowed one wipes, so this form gives no
/// more guesses at the PIN than the lock screen.
#[tauri::command]
pub async fn set_duress_pin(
    state: State<'_, AppState>,
    pin: String,
    duress_pin: Option<String>,
) -> Result<PinOutcome> {
    let pin = Zeroizing::new(pin);
    let duress_pin = duress_pin.map(Zeroizing::new);
    pin_form(&state, move |store, policy| {
        app_lock::set_duress_pin(store, &pin, duress_pin.as_ref().map(|d| d.as_str()), policy)
    })
    .await
}

#[tauri::command]
pub async fn draft_new(state: State<'_, AppState>) -> Result<String> {
    let inner = state.inner.lock().await;
    let id = lock_store(store_of(&inner)?).save_draft(None, &Referral::default())?;
    Ok(id.to_string())
}

#[tauri::command]
pub async fn draft_save(
    state: State<'_, AppState>,
    draft_id: String,
    referral: serde_json::Value,
) -> Result<()> {
    let id = parse_draft_id(&draft_id)?;
    let referral = parse_referral(referral)?;
    let inner = state.inner.lock().await;
    lock_store(store_of(&inner)?).save_draft(Some(id), &referral)?;
    Ok(())
}

#[tauri::command]
pub async fn draft_load(state: State<'_, AppState>, draft_id: String) -> Result<Referral> {
    let id = parse_draft_id(&draft_id)?;
    let inner = state.inner.lock().await;
    Ok(lock_store(store_of(&inner)?).load_draft(id)?)
}

#[tauri::command]
pub async fn drafts(state: State<'_, AppState>) -> Result<Vec<String>> {
    let inner = state.inner.lock().await;
    let ids = lock_store(store_of(&inner)?).list_drafts()?;
    Ok(ids.iter().map(ToString::to_string).collect())
}

#[tauri::command]
pub async fn draft_delete(state: State<'_, AppState>, draft_id: String) -> Result<()> {
    let id = parse_draft_id(&draft_id)?;
    let inner = state.inner.lock().await;
    lock_store(store_of(&inner)?).delete_draft(id)?;
    Ok(())
}

/// Validation needs no store and no PIN: it reads nothing but its argument.
#[tauri::command]
pub fn validate(referral: serde_json::Value) -> Result<Vec<FieldError>> {
    let referral = parse_referral(referral)?;
    Ok(match referral.validate() {
        Ok(()) => Vec::new(),
        Err(errors) => errors.iter().map(field_error).collect(),
    })
}

#[tauri::command]
pub async fn submit(state: State<'_, AppState>, draft_id: String) -> Result<String> {
    let id = parse_draft_id(&draft_id)?;
    let profile = state
        .config
        .profile
        .as_ref()
        .ok_or(CommandError::NO_HOTLINE)?;
    let inner = state.inner.lock().await;
    let referral_id = lock_store(store_of(&inner)?).submit_draft(id, profile)?;
    if let Some(sync) = &inner.sync {
        sync.wake();
    }
    Ok(referral_id.to_string())
}

/// A string argument read here, so that a missing or wrong one is `malformed` like every other
/// bad input, not Tauri's own text; never echoed back.
fn string_arg(v: Option<serde_json::Value>) -> Result<String> {
    match v {
        Some(serde_json::Value::String(s)) => Ok(s),
        _ => Err(CommandError::code(ErrorCode::Malformed)),
    }
}

/// Longest typed reference read: 9 long words with generous spacing, or grouped digits.
const TYPED_REFERENCE_MAX_CHARS: usize = 200;

fn reference_error(e: ReferenceError) -> CommandError {
    CommandError::code(match e {
        ReferenceError::WordCount(_) => ErrorCode::ReferenceWordCount,
        // Which word: the person checks that one (the list that read the most of the phrase
        // says it; with nothing read, the first).
        ReferenceError::UnknownWord(n) if n >= 1 => return CommandError::unknown_word(n),
        ReferenceError::UnknownWord(_) | ReferenceError::NoWordList => {
            ErrorCode::ReferenceUnknownWord
        }
        ReferenceError::Digits => ErrorCode::ReferenceDigits,
        ReferenceError::Check => ErrorCode::ReferenceCheck,
    })
}

/// An outreach worker's request for a person who takes a reference away: sealed with the keys
/// the reference stands for (about a second of Argon2id), queued like any request. The answer
/// carries the reference once; nothing here keeps it, and this phone never holds the reply key.
#[tauri::command]
pub async fn submit_with_reference(
    state: State<'_, AppState>,
    draft_id: Option<serde_json::Value>,
    lang: Option<serde_json::Value>,
) -> Result<ReferenceAnswer> {
    let id = parse_draft_id(&string_arg(draft_id)?)?;
    let lang = string_arg(lang)?;
    let profile = state
        .config
        .profile
        .as_ref()
        .ok_or(CommandError::NO_HOTLINE)?;
    let key_id = profile
        .sealing_key()
        .map_err(|_| CommandError::code(ErrorCode::Profile))?
        .key_id();
    let reference = Reference::random();
    // About a second of Argon2id, paid before any lock is taken: a quick exit, a lock or a
    // wipe meanwhile does not wait for it.
    let derived = {
        let r = reference.clone();
        tokio::task::spawn_blocking(move || r.derive(key_id))
            .await
            .map_err(|_| CommandError::code(ErrorCode::Internal))?
    };
    let inner = state.inner.lock().await;
    let (referral_id, child) = {
        let mut store = lock_store(store_of(&inner)?);
        let child = store.load_draft(id)?.age_group == Some(AgeGroup::Under18);
        (store.submit_draft_with_keys(id, profile, &derived)?, child)
    };
    drop(derived);
    if let Some(sync) = &inner.sync {
        sync.wake();
    }
    let list = word_list(&lang);
    let answer = ReferenceAnswer {
        referral_id: referral_id.to_string(),
        words: list.map(|list| {
            reference
                .words(list)
                .into_iter()
                .map(str::to_owned)
                .collect()
        }),
        words_lang: list.map(|list| list.lang.to_owned()),
        digits: reference.digits().to_string(),
        child,
    };
    // Committed: whatever happens to the UI now (a lock while it shows, or before this answer
    // reaches it), the next unlock shows it again until the person has it.
    state.keep_handover(&answer);
    Ok(answer)
}

/// The reference a lock hid before its person had it (`AppState::keep_handover`), if kept and
/// not older than `handover_kept` (30 minutes). Needs the app unlocked. Only while the store
/// still holds its request: after the duress PIN (a fresh store) it is forgotten and nothing
/// is answered, as after any other unlock with nothing to show.
#[tauri::command]
pub async fn reference_again(state: State<'_, AppState>) -> Result<Option<ReferenceAnswer>> {
    let inner = state.inner.lock().await;
    let store = lock_store(store_of(&inner)?);
    if !store.is_unlocked() {
        return Err(StoreError::Locked.into());
    }
    let Some(answer) = state.handover() else {
        return Ok(None);
    };
    let held =
        ReferralId::from_str(&answer.referral_id).is_ok_and(|id| store.holds_reply_key(id).is_ok());
    if !held {
        state.forget_handover();
        return Ok(None);
    }
    Ok(Some(answer))
}

/// The person has their reference: the phone forgets it.
#[tauri::command]
pub async fn reference_handed_over(state: State<'_, AppState>) -> Result<()> {
    state.forget_handover();
    Ok(())
}

/// Any install, the person's own or another's: the typed reference is checked (a mistyped word
/// or digit is caught here, before a guess is spent at the hotline), the request looked up and
/// its replies opened in memory. Nothing is stored. Needs the app unlocked, as every screen that
/// shows a request does.
#[tauri::command]
pub async fn check_reference(
    state: State<'_, AppState>,
    typed: Option<serde_json::Value>,
    lang: Option<serde_json::Value>,
) -> Result<ReferenceCheckView> {
    let typed = Zeroizing::new(string_arg(typed)?);
    let lang = string_arg(lang)?;
    if typed.chars().count() > TYPED_REFERENCE_MAX_CHARS {
        return Err(CommandError::code(ErrorCode::ReferenceWordCount));
    }
    {
        let inner = state.inner.lock().await;
        if !lock_store(store_of(&inner)?).is_unlocked() {
            return Err(StoreError::Locked.into());
        }
    }
    let (reference, words_lang) =
        Reference::parse_with_list(&typed, &lang).map_err(reference_error)?;
    drop(typed);
    let client = state.client.as_ref().ok_or(CommandError::NO_HOTLINE)?;
    // Nothing of the store is held across the network call.
    let seen = client
        .check_reference(&reference)
        .await
        .map_err(|e| match e {
            SyncError::Status(code) if code == "not_found" => {
                CommandError::code(ErrorCode::ReferenceNotFound)
            }
            other => other.into(),
        })?;
    Ok(ReferenceCheckView {
        number: seen.id.to_string()[..6].to_owned(),
        state: seen.state,
        replies: seen.replies.iter().map(Reply::view).collect(),
        unreadable: seen.unreadable,
        words_lang: words_lang.map(str::to_owned),
    })
}

/// Needs the store unlocked: the list itself (how many requests, when they were received)
/// is for the person, not for whoever holds the locked phone.
#[tauri::command]
pub async fn requests(state: State<'_, AppState>) -> Result<Vec<RequestView>> {
    let inner = state.inner.lock().await;
    let list = {
        let store = lock_store(store_of(&inner)?);
        if !store.is_unlocked() {
            return Err(StoreError::Locked.into());
        }
        store
            .list()?
            .into_iter()
            .map(|s| {
                let asked = not_to_be_asked(&store, s.referral_id)?;
                Ok((store.replies(s.referral_id)?, asked, s))
            })
            .collect::<Result<Vec<_>>>()?
    };
    Ok(list
        .into_iter()
        .map(|(replies, asked, s)| {
            view(&state, s, replies.iter().map(Reply::view).collect(), asked)
        })
        .collect())
}

#[tauri::command]
pub async fn send_now(state: State<'_, AppState>) -> Result<()> {
    let inner = state.inner.lock().await;
    store_of(&inner)?;
    let sync = inner.sync.as_ref().ok_or(CommandError::NO_HOTLINE)?;
    sync.retry_everything_now()?;
    Ok(())
}

/// "Try again" on a request the hotline refused (`needs_attention`): it is queued again, due now,
/// with a fresh attempt count, and a pass starts (returns at once; poll `requests`). No effect on
/// a request in any other state. Needs the store unlocked: like the list, it is the person's.
#[tauri::command]
pub async fn retry(state: State<'_, AppState>, referral_id: String) -> Result<()> {
    let id = parse_referral_id(&referral_id)?;
    if state.config.profile.is_none() {
        return Err(CommandError::NO_HOTLINE);
    }
    let inner = state.inner.lock().await;
    {
        let store = lock_store(store_of(&inner)?);
        if !store.is_unlocked() {
            return Err(StoreError::Locked.into());
        }
        store.requeue(id)?;
    }
    if let Some(sync) = &inner.sync {
        sync.wake();
    }
    Ok(())
}

/// Forwarded from the WebView's `online`/`offline` events. Never fails for lack of a store or
/// hotline: it is a hint, not a request.
#[tauri::command]
pub async fn connectivity_changed(state: State<'_, AppState>, online: bool) -> Result<()> {
    if online {
        let inner = state.inner.lock().await;
        if let Some(sync) = &inner.sync {
            sync.retry_everything_now()?;
        }
    }
    Ok(())
}

#[tauri::command]
pub async fn refresh_status(
    state: State<'_, AppState>,
    referral_id: String,
) -> Result<RequestView> {
    let id = parse_referral_id(&referral_id)?;
    let client = state.client.as_ref().ok_or(CommandError::NO_HOTLINE)?;
    let secret = {
        let inner = state.inner.lock().await;
        lock_store(store_of(&inner)?).status_secret(id)?
    };
    // Nothing of the store is held across the network call, which a hostile network can stall
    // for as long as the client's timeout: a wipe or an unlock meanwhile must not wait for it.
    let answer = client.fetch_status(id, &secret).await?;
    drop(secret);
    let inner = state.inner.lock().await;
    // Wiped, or replaced by a duress reset, while the answer was on its way: not ours any more
    // (the replies then meet a locked store or no reply key, and nothing is written).
    let store = store_of(&inner)?;
    let (status, replies) = {
        let s = lock_store(store);
        if !s.is_unlocked() {
            return Err(StoreError::Locked.into());
        }
        let taken = s.take_replies(id, client.hotline_keys(), &answer.replies)?;
        let status = s
            .list()?
            .into_iter()
            .find(|r| r.referral_id == id)
            .ok_or(StoreError::NotFound)?;
        state
            .hotline_states
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(
                id,
                StatusUpdate {
                    id,
                    state: answer.state,
                    new_replies: taken.new,
                    unreadable_replies: taken.refused,
                },
            );
        (status, (s.replies(id)?, not_to_be_asked(&s, id)?))
    };
    let (replies, asked) = replies;
    Ok(view(
        &state,
        status,
        replies.iter().map(Reply::view).collect(),
        asked,
    ))
}

/// The person answered the questions about a closed request (survivors' voices): the answers
/// are sealed to the hotline and queued, and a pass is started to send them. Only for a
/// request the hotline has said is closed (in this unlocked session); asked before:
/// `already_exists`. The request's id only marks the offer as made: it is not sent.
#[tauri::command]
pub async fn send_feedback(
    state: State<'_, AppState>,
    referral_id: String,
    answers: serde_json::Value,
) -> Result<()> {
    let id = parse_referral_id(&referral_id)?;
    // Taken as JSON and read here, so that a wrong answer is `malformed` like every other
    // bad input, not Tauri's own text.
    let answers: FeedbackAnswers =
        serde_json::from_value(answers).map_err(|_| CommandError::code(ErrorCode::Malformed))?;
    let sealing = state
        .config
        .profile
        .as_ref()
        .ok_or(CommandError::NO_HOTLINE)?
        .sealing_key()
        .map_err(|_| CommandError::code(ErrorCode::Profile))?;
    let inner = state.inner.lock().await;
    {
        let store = lock_store(store_of(&inner)?);
        if !store.is_unlocked() {
            return Err(StoreError::Locked.into());
        }
        require_closed(&state, &store, id)?;
        store.send_feedback(id, &answers, &sealing)?;
    }
    if let Some(sync) = &inner.sync {
        sync.wake();
    }
    Ok(())
}

/// The person declined the questions about a closed request: they are not offered again.
#[tauri::command]
pub async fn decline_feedback(state: State<'_, AppState>, referral_id: String) -> Result<()> {
    let id = parse_referral_id(&referral_id)?;
    let inner = state.inner.lock().await;
    let store = lock_store(store_of(&inner)?);
    if !store.is_unlocked() {
        return Err(StoreError::Locked.into());
    }
    require_closed(&state, &store, id)?;
    store.decline_feedback(id)?;
    Ok(())
}

/// The questions are offered only about a request the hotline said, in this session, it closed.
fn require_closed(state: &AppState, store: &Store, id: ReferralId) -> Result<()> {
    // Made with a reference: the person holds it, and is the one to be asked (not the worker).
    if !store.holds_reply_key(id)? {
        return Err(CommandError::code(ErrorCode::Invalid));
    }
    let closed = state
        .hotline_states
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&id)
        .is_some_and(|n| n.state == Some(ReferralState::Closed));
    if closed {
        Ok(())
    } else {
        Err(CommandError::code(ErrorCode::Invalid))
    }
}

/// The survivors'-voices offer is not made: asked already, or a request made with a reference,
/// whose person (not the outreach worker holding this phone) is the one to ask.
fn not_to_be_asked(store: &Store, id: ReferralId) -> Result<bool> {
    Ok(store.feedback_asked(id)? || !store.holds_reply_key(id)?)
}

/// Crypto-shredding wipe of everything, without the PIN (a panic button works at the lock
/// screen). Also clears a store that could not be opened.
/// Never "busy": the store is wiped in place whoever else holds it
/// ([`AppState::wipe_everything`]). An error means some step failed (every other step still
/// ran); the UI calls it again.
#[tauri::command]
pub async fn panic_wipe(state: State<'_, AppState>) -> Result<()> {
    state.stop_speaking();
    let mut inner = state.inner.lock().await;
    state.wipe_everything(&mut inner).await
}
