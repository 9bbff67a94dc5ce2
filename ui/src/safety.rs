//! Safety behaviour: quick exit, lock (idle, hidden page), the panic wipe, and what a wipe
//! means for the screen. Everything here hides first and asks the backend after.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::flow::Screen;
use crate::i18n::{self};
use crate::ipc::{invoke, invoke_later};
use crate::model::Form;
use crate::session::*;
use reach_contract::command::{self as cmd, NoArgs, PendingDraft, QuickExitArgs};
use reach_contract::{CommandError, PinOutcome};

/// Lock after this long without a touch or key press.
pub(crate) const IDLE_LOCK_MS: f64 = 120_000.0;

/// The same while a reference is being handed over: a person copying nine words and 22 digits
/// by hand, or having them read out, touches nothing for minutes, and a lock forgets the
/// reference for good. The worker is there with them; a quick exit still hides it at once.
pub(crate) const REFERENCE_IDLE_LOCK_MS: f64 = 600_000.0;

/// How long without a touch locks the app on what is shown now.
pub(crate) fn idle_lock_ms(ctx: Ctx) -> f64 {
    if ctx.screen.get_untracked() == Screen::Reference
        && ctx.handover.with_untracked(Option::is_some)
    {
        REFERENCE_IDLE_LOCK_MS
    } else {
        IDLE_LOCK_MS
    }
}

/// Shows the neutral calculator (one class on `<body>`: painted in the next frame whatever else
/// is pending), stops the autosave and makes every answer still on its way from the backend
/// ignored. Cheap on purpose: it runs inside the key or click handler.
pub(crate) fn cover(ctx: Ctx) {
    body_class(true);
    ctx.session.update_value(|s| *s += 1);
    if let Some(h) = ctx.save_timer.get_value() {
        h.clear();
    }
    ctx.save_timer.set_value(None);
}

/// Forgets everything the UI holds (form, requests, screen, language) and unmounts the app's
/// screens, leaving only the calculator.
pub(crate) fn forget(ctx: Ctx) {
    ctx.mode.set(Mode::Calculator);
    // (The calculator itself is not reset here: it was cleared when the app opened, and keys
    // typed on it since the cover must not be lost.)
    ctx.form.set(Form::default());
    ctx.draft_id.set(None);
    ctx.errors.set(vec![]);
    ctx.notice.set(None);
    ctx.read_on_arrival.set(false);
    ctx.reading.set(None);
    forget_headphones_warning();
    ctx.requests.set(vec![]);
    ctx.give_reference.set(false);
    ctx.handover.set(None);
    ctx.person.set(None);
    ctx.worker.set(None);
    ctx.screen.set(Screen::Language);
    // The phone's language was loaded when the app started; if it could not be, English. A
    // load still on its way is dropped, or it would switch the calculator when it lands.
    crate::session::cancel_language_switch();
    let os = i18n::best_locale(&ctx.os_locale.get_untracked());
    lang().set(if i18n::is_loaded(os) { os } else { "en" }.to_owned());
}

/// Synchronously replaces everything with the neutral calculator and forgets the form. Used by
/// lock on idle/hide and after a wipe.
pub(crate) fn hide_everything(ctx: Ctx) {
    cover(ctx);
    forget(ctx);
}

/// Quick exit: the calculator is painted first, the rest follows. In the handler itself only
/// [`cover`] runs (one class on `<body>`; every answer still on its way is ignored from now on).
/// Right after the next frame, the backend is told to lock, with the answers not yet autosaved
/// (which it saves encrypted before dropping the key), and the app's screens and the form are
/// dropped. Nothing else runs before that frame: in WebKitGTK any script after the handler
/// delays the paint. Until then the content is `display: none`.
pub(crate) fn quick_exit(ctx: Ctx) {
    cover(ctx);
    // Not a StoredValue: the handler's reactive owner may be the app screen that `forget`
    // disposes (the quick-exit button), and a disposed value panics when read.
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let once = move || {
        if done.replace(true) {
            return;
        }
        let pending = (ctx.mode.get_untracked() == Mode::App && !ctx.submitting.get_value())
            .then(|| {
                let form = ctx.form.get_untracked();
                let id = ctx.draft_id.get_untracked();
                (id.is_some() || !form.is_blank()).then(|| PendingDraft {
                    draft_id: id,
                    referral: form.to_json(),
                })
            })
            .flatten();
        invoke_later::<cmd::QuickExit>(QuickExitArgs { pending });
        forget(ctx);
    };
    let once2 = once.clone();
    // After the next frame; and a timer as well, because a hidden page gets no frames.
    request_animation_frame(move || {
        let _ = set_timeout_with_handle(once, Duration::ZERO);
    });
    let _ = set_timeout_with_handle(once2, Duration::from_millis(100));
}

/// Lock (idle, page hidden): the last changes are saved (encrypted) before the key is dropped.
pub(crate) fn lock_now(ctx: Ctx) {
    let was_app = ctx.mode.get_untracked() == Mode::App;
    let form = ctx.form.get_untracked();
    let id = ctx.draft_id.get_untracked();
    hide_everything(ctx);
    spawn_local(async move {
        if was_app {
            let _ = persist(form, id).await;
        }
        let _ = invoke::<cmd::Lock>(&NoArgs {}).await;
    });
}

/// Calls of `panic_wipe` before giving up, [`PANIC_WIPE_RETRY`] apart.
pub(crate) const PANIC_WIPE_TRIES: u32 = 20;

pub(crate) const PANIC_WIPE_RETRY: Duration = Duration::from_millis(250);

/// The panic wipe, called again until the backend says every step is done: the screen already
/// shows a fresh calculator, so a step that failed (a file the system would not delete yet) must
/// not silently leave the data behind.
pub(crate) fn panic_wipe(attempt: u32) {
    spawn_local(async move {
        if invoke::<cmd::PanicWipe>(&NoArgs {}).await.is_err() && attempt < PANIC_WIPE_TRIES {
            let _ = set_timeout_with_handle(move || panic_wipe(attempt + 1), PANIC_WIPE_RETRY);
        }
    });
}

/// A wipe must be remembered even if the person has left the screen (quick exit, lock) while
/// the answer was on its way: otherwise the calculator would wait for a PIN that no longer
/// exists instead of offering a fresh set-up.
pub(crate) fn note_wipe(ctx: Ctx, res: &Result<PinOutcome, CommandError>) {
    if let Ok(PinOutcome::Wiped) = res {
        ctx.setup_done.set(false);
    }
}
