//! The session: what the app holds while it runs (mode, screen, the form being filled in,
//! its draft id, errors, notices), the translation helpers every screen uses, and the draft
//! autosave. One `Ctx` (signals, `Copy`) is provided by `App` and read with [`ctx`].

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::calc::Calc;
use crate::flow::{self, Screen};
use crate::i18n::{self, Arg};
use crate::ipc::invoke;
use crate::model::Form;
use reach_contract::FieldError;
use reach_contract::command::{self as cmd, DraftIdArgs, DraftSaveArgs, NoArgs, ReferenceAnswer};
use reach_contract::view::{RequestView, WorkerProfileView};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Calculator,
    Setup,
    App,
}

/// A person an outreach worker is helping on the worker's phone (worker mode).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// The language the person chose (their screens are in it; the worker's stay in theirs).
    pub(crate) lang: Option<String>,
    /// The person gave the phone back: what they answered alone is closed to the worker.
    pub(crate) sealed: bool,
    /// Since then, opened to them again for this ([`reopen_for_person`]). In memory only: a
    /// draft reopened after a lock is open from the hand-over, as one never given back is.
    pub(crate) reopened: Option<flow::Reopened>,
}

#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub(crate) mode: RwSignal<Mode>,
    pub(crate) screen: RwSignal<Screen>,
    pub(crate) form: RwSignal<Form>,
    pub(crate) draft_id: RwSignal<Option<String>>,
    pub(crate) errors: RwSignal<Vec<FieldError>>,
    /// A general message id shown at the top of the screen (errors, "submitted").
    pub(crate) notice: RwSignal<Option<String>>,
    /// Settings: read each screen's heading aloud when it opens. Held in memory only (the UI
    /// writes nothing to web storage) and off again after every lock or quick exit.
    pub(crate) read_on_arrival: RwSignal<bool>,
    /// What is being read aloud now: (the `speak` call, the speaker button that asked for it,
    /// 0 for none). That button shows "stop"; cleared when the call answers.
    pub(crate) reading: RwSignal<Option<(u64, u64)>>,
    pub(crate) setup_done: RwSignal<bool>,
    pub(crate) os_locale: RwSignal<String>,
    pub(crate) online: RwSignal<bool>,
    pub(crate) requests: RwSignal<Vec<RequestView>>,
    pub(crate) calc: StoredValue<Calc>,
    pub(crate) calc_display: RwSignal<String>,
    pub(crate) save_timer: StoredValue<Option<TimeoutHandle>>,
    /// A draft save is on its way to the backend (see `save_now`).
    pub(crate) save_in_flight: StoredValue<bool>,
    /// A submit is on its way: its draft is being sealed, so a quick exit must not save the
    /// answers again (they would come back as a new draft).
    pub(crate) submitting: StoredValue<bool>,
    pub(crate) last_activity: StoredValue<f64>,
    /// Bumped by every lock/quick exit: answers to calls made before it are dropped.
    pub(crate) session: StoredValue<u64>,
    /// Review: seal the request for a person who takes a reference away (outreach).
    pub(crate) give_reference: RwSignal<bool>,
    /// The reference to hand over, while its screen is shown; forgotten by every lock.
    pub(crate) handover: RwSignal<Option<ReferenceAnswer>>,
    /// Worker mode: the worker's own profile (read after unlock; forgotten by every lock).
    pub(crate) worker: RwSignal<Option<WorkerProfileView>>,
    /// Worker mode: the language of the worker's own screens.
    pub(crate) worker_lang: RwSignal<String>,
    /// Worker mode: the person being helped now, if any.
    pub(crate) person: RwSignal<Option<Person>>,
}

/// Who is filling in the form on this phone now.
pub(crate) fn path(ctx: Ctx) -> flow::Path {
    match ctx.person.get_untracked() {
        Some(p) => flow::Path::Assisted {
            sealed: p.sealed,
            reopened: p.reopened,
        },
        None => flow::Path::Alone,
    }
}

/// The language `screen` is shown in on a worker's phone while a person is helped: the
/// person's for their questions, the worker's for the worker's screens. `None` otherwise.
pub(crate) fn language_for(ctx: Ctx, screen: Screen) -> Option<String> {
    let person = ctx.person.get()?;
    let worker = ctx.worker_lang.get();
    Some(if flow::for_the_person(screen) {
        person.lang.unwrap_or(worker)
    } else {
        worker
    })
}

/// Worker mode: starts a fresh request for a new person. Their screens follow the language
/// they choose; who assisted (the worker's profile) is filled in by the app. That the consent
/// is the person's, given with the worker's help, is recorded only when they give the phone
/// back (`GiveBackScreen`): until then they have not given it.
pub(crate) fn help_new_person(ctx: Ctx) {
    save_now(ctx);
    let mut form = Form::default();
    form.assisted_by(ctx.worker.get_untracked().unwrap_or_default());
    ctx.worker_lang.set(lang().get_untracked());
    ctx.form.set(form);
    ctx.draft_id.set(None);
    ctx.errors.set(vec![]);
    ctx.give_reference.set(true);
    ctx.person.set(Some(Person {
        lang: None,
        sealed: false,
        reopened: None,
    }));
    go(ctx, flow::ASSISTED[0]);
}

/// Worker mode, after the giving back: the person's own part opens to them again, from the
/// hand-over on, as far as `why` needs: all of it when something they wrote alone must be
/// fixed or they want to change an answer; the consent only when the age now puts them on the
/// other path (the child's consent has its own note). Their language stays closed. Their
/// consent stops being recorded as given until they give the phone back again: it must be
/// theirs, given after seeing the consent as it now applies.
pub(crate) fn reopen_for_person(ctx: Ctx, why: flow::Reopened) {
    ctx.person.update(|p| {
        if let Some(p) = p {
            p.sealed = false;
            p.reopened = Some(why);
        }
    });
    ctx.form.update(|f| f.consent_assisted = false);
}

/// Worker mode: the person's request is sealed and sent (or set aside): nothing of it stays in
/// memory, and the screens are the worker's again.
pub(crate) fn end_person(ctx: Ctx) {
    ctx.person.set(None);
    ctx.form.set(Form::default());
    ctx.draft_id.set(None);
    ctx.errors.set(vec![]);
    ctx.give_reference.set(false);
    let worker = i18n::best_locale(&ctx.worker_lang.get_untracked());
    choose_language(ctx, worker);
}

thread_local! {
    /// The chosen language. Created by [`App`] (so that its owner lives as long as the app).
    pub(crate) static LANG: std::cell::Cell<Option<RwSignal<String>>> = const { std::cell::Cell::new(None) };
}

pub(crate) fn lang() -> RwSignal<String> {
    LANG.with(|l| l.get())
        .expect("App creates the language signal first")
}

thread_local! {
    /// Bumped by every language switch: a slower load finishing after a newer choice is dropped.
    static SWITCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Drops any language load still on its way, so that it cannot change the screens when it
/// lands (a newer choice, or a lock: the calculator must not turn into the person's language
/// after a quick exit). Returns the new turn.
pub(crate) fn cancel_language_switch() -> u64 {
    SWITCH.with(|s| {
        s.set(s.get() + 1);
        s.get()
    })
}

/// Shows the screens in `code` once its file is loaded and checked (`i18n::load`). If it
/// cannot be, the app stays readable in English and says so (`lang-load-failed`); it never
/// shows a half-loaded or altered file. Returns whether `code` is now shown.
pub(crate) async fn switch_language(ctx: Ctx, code: &'static str) -> bool {
    let turn = cancel_language_switch();
    let loaded = i18n::load(code).await;
    if SWITCH.with(|s| s.get()) != turn {
        return false;
    }
    match loaded {
        Ok(()) => {
            if ctx.notice.get_untracked().as_deref() == Some("lang-load-failed") {
                ctx.notice.set(None);
            }
            lang().set(code.to_owned());
            true
        }
        Err(_) => {
            lang().set("en".to_owned());
            ctx.notice.set(Some("lang-load-failed".to_owned()));
            false
        }
    }
}

/// [`switch_language`] from an event handler.
pub(crate) fn choose_language(ctx: Ctx, code: &'static str) {
    leptos::task::spawn_local(async move {
        switch_language(ctx, code).await;
    });
}

thread_local! {
    /// Whether the person said they are under 18. Created by [`App`] from the form (a memo, so
    /// typing in a field does not re-render every text).
    pub(crate) static CHILD: std::cell::Cell<Option<Memo<bool>>> = const { std::cell::Cell::new(None) };
}

/// The child's path is on: the form speaks in the `-child` messages where they exist.
pub(crate) fn child_path() -> bool {
    CHILD.with(|c| c.get()).is_some_and(|m| m.get())
}

/// The message to show for `id`: on the child's path its simpler `<id>-child` sibling, when the
/// locale (or English) has one; otherwise `id` itself.
fn words(lang: &str, id: &str) -> String {
    words_on(child_path(), lang, id)
}

/// [`words`] with the path given, for a screen that outlives the form it was filled in for.
fn words_on(child: bool, lang: &str, id: &str) -> String {
    if child {
        let child = format!("{id}-child");
        if i18n::has_message(lang, &child) {
            return child;
        }
    }
    id.to_owned()
}

thread_local! {
    /// The headphones warning was shown since the app was opened.
    static HEADPHONES_SAID: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Reads `text` (the UI's own words) aloud in the screens' language. A language with no voice
/// is never read in another's: the person is told instead (here, or by the shell for a text
/// its voice cannot read). The first time after the app opens, the headphones warning shows
/// too. Nothing is read while the app is covered.
/// `button`: the speaker button that reads the same text (it shows "stop" meanwhile), or 0.
pub(crate) fn read_aloud(ctx: Ctx, text: String, button: u64) {
    read_aloud_in(ctx, text, lang().get_untracked(), button);
}

thread_local! {
    /// The last number given by [`next_number`].
    static NUMBERS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A number not given before (speaker buttons and `speak` calls are told apart by them).
pub(crate) fn next_number() -> u64 {
    NUMBERS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// [`read_aloud`] in a given locale (a language's own name on the language list), for the
/// speaker button numbered `button` (0: none), which shows "stop" until the reading ends.
pub(crate) fn read_aloud_in(ctx: Ctx, text: String, locale: String, button: u64) {
    if reach_contract::speech::offline_voice(&locale).is_none() {
        ctx.notice.set(Some("speak-no-voice".into()));
        return;
    }
    if !HEADPHONES_SAID.with(|h| h.replace(true)) {
        ctx.notice.set(Some("speak-headphones".into()));
    }
    let session = ctx.session.get_value();
    let call = next_number();
    ctx.reading.set(Some((call, button)));
    leptos::task::spawn_local(async move {
        use reach_contract::speech::{SpeakAnswer, SpeakArgs};
        let answer =
            crate::ipc::invoke::<reach_contract::command::Speak>(&SpeakArgs { text, locale }).await;
        if !same_session(ctx, session) {
            return;
        }
        if ctx.reading.get_untracked().is_some_and(|(c, _)| c == call) {
            ctx.reading.set(None);
        }
        match answer {
            Ok(SpeakAnswer::Spoken | SpeakAnswer::Stopped) => {}
            Ok(SpeakAnswer::NoVoice) => ctx.notice.set(Some("speak-no-voice".into())),
            Ok(SpeakAnswer::Unavailable) | Err(_) => {
                ctx.notice.set(Some("speak-unavailable".into()))
            }
        }
    });
}

/// Stops what is being read aloud (the person pressed the speaker that is reading).
pub(crate) fn stop_reading(ctx: Ctx) {
    ctx.reading.set(None);
    crate::ipc::invoke_later::<reach_contract::command::StopSpeaking>(
        reach_contract::command::NoArgs {},
    );
}

/// Forgets that the headphones warning was shown (the app was covered: the next person to
/// open it may be someone else, somewhere else).
pub(crate) fn forget_headphones_warning() {
    HEADPHONES_SAID.with(|h| h.set(false));
}

/// Translated text, reactive to the chosen language (and to the child's path).
pub(crate) fn tx(id: &str) -> String {
    txa(id, &[])
}

pub(crate) fn txa(id: &str, args: &[(&str, Arg)]) -> String {
    txa_in(&lang().get(), id, args)
}

/// [`txa`] in a given (loaded) locale: a part of a screen shown in another language than the
/// screens' (a checked reference's answers, in the language its words were typed in).
pub(crate) fn txa_in(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    i18n::format(lang, &words(lang, id), args)
}

/// [`txa_in`] on the child's path or not, as given rather than as the form now says.
pub(crate) fn txa_in_on(child: bool, lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    i18n::format(lang, &words_on(child, lang, id), args)
}

/// `id` if it exists, else `fallback` (codes from the backend we have no message for).
pub(crate) fn tx_or(id: &str, fallback: &str, args: &[(&str, Arg)]) -> String {
    tx_or_in(&lang().get(), id, fallback, args)
}

/// [`tx_or`] in a given (loaded) locale.
pub(crate) fn tx_or_in(lang: &str, id: &str, fallback: &str, args: &[(&str, Arg)]) -> String {
    let (text, err) = i18n::format_checked(lang, &words(lang, id), args);
    if err && text == id {
        txa_in(lang, fallback, args)
    } else {
        text
    }
}

pub(crate) fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

pub(crate) fn now() -> f64 {
    js_sys::Date::now()
}

pub(crate) fn body_class(add: bool) {
    if let Some(body) = document().body() {
        let list = body.class_list();
        let _ = if add {
            list.add_1("qx")
        } else {
            list.remove_1("qx")
        };
    }
}

pub(crate) fn same_session(ctx: Ctx, session: u64) -> bool {
    ctx.session.get_value() == session
}

pub(crate) async fn persist(form: Form, id: Option<String>) -> Option<String> {
    let id = match id {
        Some(id) => id,
        None if form.is_blank() => return None,
        None => invoke::<cmd::DraftNew>(&NoArgs {}).await.ok()?,
    };
    invoke::<cmd::DraftSave>(&DraftSaveArgs {
        draft_id: id.clone(),
        referral: form.to_json(),
    })
    .await
    .ok()?;
    Some(id)
}

pub(crate) fn save_now(ctx: Ctx) {
    if let Some(h) = ctx.save_timer.get_value() {
        h.clear();
    }
    ctx.save_timer.set_value(None);
    if ctx.mode.get_untracked() != Mode::App {
        return;
    }
    // One save at a time: two in flight may reach the store in either order, and an older
    // text saved last would lose what was typed after it (seen when typing paused mid-word
    // and the app was killed after the final autosave). This one follows once the other is
    // done, with the form as it is then; a draft being created is one more case of it.
    if ctx.save_in_flight.get_value() {
        schedule_save(ctx);
        return;
    }
    let id = ctx.draft_id.get_untracked();
    let form = ctx.form.get_untracked();
    let creating = id.is_none() && !form.is_blank();
    ctx.save_in_flight.set_value(true);
    let session = ctx.session.get_value();
    spawn_local(async move {
        let saved = persist(form, id).await;
        ctx.save_in_flight.set_value(false);
        if creating && same_session(ctx, session) && saved.is_some() {
            ctx.draft_id.set(saved);
        }
    });
}

pub(crate) fn schedule_save(ctx: Ctx) {
    if let Some(h) = ctx.save_timer.get_value() {
        h.clear();
    }
    let h = set_timeout_with_handle(move || save_now(ctx), Duration::from_millis(500)).ok();
    ctx.save_timer.set_value(h);
}

/// Every change to the form goes through here: autosaved, debounced.
pub(crate) fn edit(ctx: Ctx, f: impl FnOnce(&mut Form)) {
    ctx.form.update(|form| {
        f(form);
        // The language the person is reading in (pre-selected from the OS) is their answer
        // unless they pick another one.
        if form.language.is_none() {
            form.language = Some(lang().get_untracked());
        }
    });
    schedule_save(ctx);
}

pub(crate) fn go(ctx: Ctx, screen: Screen) {
    // Given back, the person's private part is closed: the worker lands on the review.
    let screen = if flow::reachable(path(ctx), screen) {
        screen
    } else {
        Screen::Review
    };
    save_now(ctx);
    ctx.notice.set(None);
    ctx.screen.set(screen);
}

/// "Next" from `screen`, where [`flow::next_on`] leads on its path (nothing at the end of the form).
pub(crate) fn go_next(ctx: Ctx, screen: Screen) {
    if let Some(next) = flow::next_on(path(ctx), screen) {
        go(ctx, next);
    }
}

/// "Back" from `screen`, where [`flow::back_on`] leads on its path.
pub(crate) fn go_back(ctx: Ctx, screen: Screen) {
    if let Some(back) = flow::back_on(path(ctx), screen) {
        go(ctx, back);
    }
}

pub(crate) fn after_unlock(ctx: Ctx) {
    body_class(false);
    // The calculator stays in the page under the app: clear the PIN off its display now, so
    // that a quick exit shows a neutral "0" in its very first frame.
    ctx.calc.set_value(Calc::new());
    ctx.calc_display.set("0".into());
    ctx.last_activity.set_value(now());
    ctx.screen.set(Screen::Language);
    ctx.mode.set(Mode::App);
    let session = ctx.session.get_value();
    spawn_local(async move {
        // A worker's phone opens on the worker's home, and reopens no person's answers by
        // itself (the worker picks an unfinished one from the list).
        // A reference a lock hid before its person had it (a call, the screen going dark, a
        // quick exit): it comes back first, since the request can never be read without it.
        let again = invoke::<cmd::ReferenceAgain>(&NoArgs {})
            .await
            .ok()
            .flatten();
        // Not known (the store could not be read): no draft is reopened, since on a worker's
        // phone the last one is likely a person's, with what they answered alone.
        let Ok(worker) = invoke::<cmd::WorkerProfile>(&NoArgs {}).await else {
            return;
        };
        if !same_session(ctx, session) {
            return;
        }
        if let Some(worker) = worker {
            ctx.worker_lang.set(lang().get_untracked());
            ctx.worker.set(Some(worker));
        }
        if let Some(reference) = again {
            if untouched(ctx) {
                ctx.handover.set(Some(reference));
                ctx.screen.set(Screen::Reference);
                ctx.notice.set(Some("reference-again".into()));
            }
            return;
        }
        if ctx.worker.get_untracked().is_some() {
            if untouched(ctx) && ctx.person.get_untracked().is_none() {
                ctx.screen.set(Screen::Outreach);
            }
            return;
        }
        let ids = invoke::<cmd::Drafts>(&NoArgs {}).await.unwrap_or_default();
        if let Some(id) = ids.last().cloned() {
            load_draft(ctx, id, session, Resume::IfUntouched).await;
        }
    });
}

/// Whether a draft replaces what is on screen whatever it holds, or only while the person has
/// not begun anything yet.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resume {
    /// The person opened this draft from the list.
    Chosen,
    /// The last draft, reopened at unlock: a language tapped or an answer given while it was
    /// still on its way wins over it.
    IfUntouched,
}

/// Nothing chosen in this session yet: no draft open, no answer, no language tapped.
fn untouched(ctx: Ctx) -> bool {
    ctx.draft_id.get_untracked().is_none() && ctx.form.with_untracked(|f| *f == Form::default())
}

pub(crate) async fn load_draft(ctx: Ctx, id: String, session: u64, resume: Resume) {
    let still = move || same_session(ctx, session) && (resume == Resume::Chosen || untouched(ctx));
    if !still() {
        return;
    }
    if let Ok(v) = invoke::<cmd::DraftLoad>(&DraftIdArgs {
        draft_id: id.clone(),
    })
    .await
    {
        if !still() {
            return;
        }
        let mut form = Form::from_json(&v);
        if ctx.worker.get_untracked().is_some() {
            // A person's unfinished request on a worker's phone: their session again. What
            // they answered alone stays closed if they gave the phone back (which recorded
            // their consent, and is saved with the draft); if they did not, their part is
            // still to be done, by them, from the hand-over on.
            if ctx.person.get_untracked().is_none() {
                ctx.worker_lang.set(lang().get_untracked());
            }
            ctx.person.set(Some(Person {
                lang: form.language.clone(),
                sealed: form.consent_assisted,
                reopened: None,
            }));
            ctx.give_reference.set(true);
            // Who assisted as the profile is now (the review shows it, and it is sent so).
            if let Some(worker) = ctx.worker.get_untracked() {
                form.assisted_by(worker);
            }
        } else if let Some(l) = &form.language {
            switch_language(ctx, i18n::best_locale(l)).await;
            if !still() {
                return;
            }
        }
        ctx.form.set(form);
        ctx.draft_id.set(Some(id));
        ctx.errors.set(vec![]);
    }
}

pub(crate) fn new_request(ctx: Ctx) {
    if ctx.worker.get_untracked().is_some() {
        help_new_person(ctx);
        return;
    }
    save_now(ctx);
    ctx.form.set(Form {
        language: Some(lang().get_untracked()),
        ..Form::default()
    });
    ctx.draft_id.set(None);
    ctx.errors.set(vec![]);
    ctx.give_reference.set(false);
    go(ctx, flow::FORM[0]);
}

/// Moves focus to the new screen's heading, so a screen reader starts reading there; but not
/// when focus already moved on its own since the screen changed (`was`: what held focus then),
/// which would take a field from under the fingers of someone already typing in it.
pub(crate) fn focus_heading(was: Option<web_sys::Element>) {
    let now = document().active_element();
    let body: Option<web_sys::Element> = document().body().map(Into::into);
    if now.is_some() && now != was && now != body {
        return;
    }
    // The calculator stays in the page (hidden) while the app is open: focus the visible one.
    let front = document()
        .body()
        .is_some_and(|b| b.class_list().contains("qx"));
    let sel = if front { "#calculator h1" } else { ".shell h1" };
    if let Some(el) = document().query_selector(sel).ok().flatten()
        && let Ok(h) = el.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = h.focus();
    }
}
