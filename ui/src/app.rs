//! Screens, safety behaviour (quick exit, lock on idle/hide) and autosave.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::{Value, json};
use wasm_bindgen::JsCast;

use crate::calc::{Calc, Key, Outcome};
use crate::i18n::{self, Arg};
use crate::icons::{self, Icon};
use crate::ipc::{CmdError, FieldError, RequestView, invoke, invoke_later};
use crate::model::{self, Form, TimeWin};

/// Lock after this long without a touch or key press.
const IDLE_LOCK_MS: f64 = 120_000.0;
/// Screens counted in "Step x of y".
const STEPS: u32 = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Calculator,
    Setup,
    App,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Language,
    Danger,
    Emergency,
    Needs,
    Contact,
    Safety,
    More,
    Consent,
    Review,
    Status,
    Drafts,
    Settings,
}

#[derive(Clone, Copy)]
pub struct Ctx {
    mode: RwSignal<Mode>,
    screen: RwSignal<Screen>,
    form: RwSignal<Form>,
    draft_id: RwSignal<Option<String>>,
    errors: RwSignal<Vec<FieldError>>,
    /// A general message id shown at the top of the screen (errors, "submitted").
    notice: RwSignal<Option<String>>,
    setup_done: RwSignal<bool>,
    os_locale: RwSignal<String>,
    online: RwSignal<bool>,
    requests: RwSignal<Vec<RequestView>>,
    calc: StoredValue<Calc>,
    calc_display: RwSignal<String>,
    save_timer: StoredValue<Option<TimeoutHandle>>,
    /// A draft save is on its way to the backend (see `save_now`).
    save_in_flight: StoredValue<bool>,
    /// A submit is on its way: its draft is being sealed, so a quick exit must not save the
    /// answers again (they would come back as a new draft).
    submitting: StoredValue<bool>,
    last_activity: StoredValue<f64>,
    /// Bumped by every lock/quick exit: answers to calls made before it are dropped.
    session: StoredValue<u64>,
}

thread_local! {
    /// The chosen language. Created by [`App`] (so that its owner lives as long as the app).
    static LANG: std::cell::Cell<Option<RwSignal<String>>> = const { std::cell::Cell::new(None) };
}

fn lang() -> RwSignal<String> {
    LANG.with(|l| l.get())
        .expect("App creates the language signal first")
}

/// Translated text, reactive to the chosen language.
fn tx(id: &str) -> String {
    i18n::format(&lang().get(), id, &[])
}

fn txa(id: &str, args: &[(&str, Arg)]) -> String {
    i18n::format(&lang().get(), id, args)
}

/// `id` if it exists, else `fallback` (codes from the backend we have no message for).
fn tx_or(id: &str, fallback: &str, args: &[(&str, Arg)]) -> String {
    let (text, err) = i18n::format_checked(&lang().get(), id, args);
    if err && text == id {
        txa(fallback, args)
    } else {
        text
    }
}

fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn body_class(add: bool) {
    if let Some(body) = document().body() {
        let list = body.class_list();
        let _ = if add {
            list.add_1("qx")
        } else {
            list.remove_1("qx")
        };
    }
}

fn same_session(ctx: Ctx, session: u64) -> bool {
    ctx.session.get_value() == session
}

// ------------------------------------------------------------------------------ safety

/// Shows the neutral calculator (one class on `<body>`: painted in the next frame whatever else
/// is pending), stops the autosave and makes every answer still on its way from the backend
/// ignored. Cheap on purpose: it runs inside the key or click handler.
fn cover(ctx: Ctx) {
    body_class(true);
    ctx.session.update_value(|s| *s += 1);
    if let Some(h) = ctx.save_timer.get_value() {
        h.clear();
    }
    ctx.save_timer.set_value(None);
}

/// Forgets everything the UI holds (form, requests, screen, language) and unmounts the app's
/// screens, leaving only the calculator.
fn forget(ctx: Ctx) {
    ctx.mode.set(Mode::Calculator);
    // (The calculator itself is not reset here: it was cleared when the app opened, and keys
    // typed on it since the cover must not be lost.)
    ctx.form.set(Form::default());
    ctx.draft_id.set(None);
    ctx.errors.set(vec![]);
    ctx.notice.set(None);
    ctx.requests.set(vec![]);
    ctx.screen.set(Screen::Language);
    lang().set(i18n::best_locale(&ctx.os_locale.get_untracked()).to_owned());
}

/// Synchronously replaces everything with the neutral calculator and forgets the form. Used by
/// lock on idle/hide and after a wipe.
fn hide_everything(ctx: Ctx) {
    cover(ctx);
    forget(ctx);
}

/// Quick exit: the calculator is painted first, the rest follows. In the handler itself only
/// [`cover`] runs (one class on `<body>`; every answer still on its way is ignored from now on).
/// Right after the next frame, the backend is told to lock, with the answers not yet autosaved
/// (which it saves encrypted before dropping the key), and the app's screens and the form are
/// dropped. Nothing else runs before that frame: in WebKitGTK any script after the handler
/// delays the paint. Until then the content is `display: none`.
fn quick_exit(ctx: Ctx) {
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
                (id.is_some() || !form.is_blank())
                    .then(|| json!({ "draftId": id, "referral": form.to_json() }))
            })
            .flatten();
        invoke_later("quick_exit", json!({ "pending": pending }));
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
fn lock_now(ctx: Ctx) {
    let was_app = ctx.mode.get_untracked() == Mode::App;
    let form = ctx.form.get_untracked();
    let id = ctx.draft_id.get_untracked();
    hide_everything(ctx);
    spawn_local(async move {
        if was_app {
            let _ = persist(form, id).await;
        }
        let _ = invoke("lock", json!({})).await;
    });
}

// ------------------------------------------------------------------------------ drafts

async fn persist(form: Form, id: Option<String>) -> Option<String> {
    let id = match id {
        Some(id) => id,
        None if form.is_blank() => return None,
        None => invoke("draft_new", json!({}))
            .await
            .ok()?
            .as_str()?
            .to_owned(),
    };
    invoke(
        "draft_save",
        json!({ "draftId": id, "referral": form.to_json() }),
    )
    .await
    .ok()?;
    Some(id)
}

fn save_now(ctx: Ctx) {
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

fn schedule_save(ctx: Ctx) {
    if let Some(h) = ctx.save_timer.get_value() {
        h.clear();
    }
    let h = set_timeout_with_handle(move || save_now(ctx), Duration::from_millis(500)).ok();
    ctx.save_timer.set_value(h);
}

/// Every change to the form goes through here: autosaved, debounced.
fn edit(ctx: Ctx, f: impl FnOnce(&mut Form)) {
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

fn go(ctx: Ctx, screen: Screen) {
    save_now(ctx);
    ctx.notice.set(None);
    ctx.screen.set(screen);
}

fn after_unlock(ctx: Ctx) {
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
        let ids = invoke("drafts", json!({})).await.unwrap_or(Value::Null);
        let last = ids
            .as_array()
            .and_then(|a| a.last())
            .and_then(Value::as_str)
            .map(str::to_owned);
        if let Some(id) = last {
            load_draft(ctx, id, session).await;
        }
    });
}

async fn load_draft(ctx: Ctx, id: String, session: u64) {
    if let Ok(v) = invoke("draft_load", json!({ "draftId": id })).await {
        if !same_session(ctx, session) {
            return;
        }
        let form = Form::from_json(&v);
        if let Some(l) = &form.language {
            lang().set(i18n::best_locale(l).to_owned());
        }
        ctx.form.set(form);
        ctx.draft_id.set(Some(id));
        ctx.errors.set(vec![]);
    }
}

fn new_request(ctx: Ctx) {
    save_now(ctx);
    ctx.form.set(Form {
        language: Some(lang().get_untracked()),
        ..Form::default()
    });
    ctx.draft_id.set(None);
    ctx.errors.set(vec![]);
    go(ctx, Screen::Language);
}

fn calc_press(ctx: Ctx, key: Key) {
    let mut outcome = Outcome::Nothing;
    let mut shown = String::new();
    ctx.calc.update_value(|c| {
        outcome = c.press(key);
        shown = if c.is_error() {
            "\u{1}".into()
        } else {
            c.display().to_owned()
        };
    });
    ctx.calc_display.set(shown);
    match outcome {
        Outcome::Pin(pin) if ctx.setup_done.get_untracked() => {
            let session = ctx.session.get_value();
            spawn_local(async move {
                let res = invoke("unlock", json!({ "pin": pin })).await;
                note_wipe(ctx, &res);
                if !same_session(ctx, session) {
                    return;
                }
                match res
                    .ok()
                    .as_ref()
                    .and_then(|v| v.get("result"))
                    .and_then(Value::as_str)
                {
                    Some("unlocked") => after_unlock(ctx),
                    Some("wiped") => ctx.setup_done.set(false),
                    _ => {}
                }
            });
        }
        Outcome::EmptyEquals if !ctx.setup_done.get_untracked() => {
            body_class(false);
            ctx.mode.set(Mode::Setup);
        }
        _ => {}
    }
}

fn focus_heading() {
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

fn on_document(event: &str, f: impl Fn() + 'static) {
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let _ = document().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

fn install_listeners(ctx: Ctx) {
    let _ = window_event_listener(ev::keydown, move |e| {
        ctx.last_activity.set_value(now());
        let key = e.key();
        if ctx.mode.get_untracked() != Mode::Calculator {
            if key == "Escape" {
                e.prevent_default();
                quick_exit(ctx);
            }
            return;
        }
        let k = match key.as_str() {
            d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
                Key::Digit(d.as_bytes()[0] - b'0')
            }
            "." | "," => Key::Dot,
            "+" => Key::Add,
            "-" => Key::Sub,
            "*" | "x" => Key::Mul,
            "/" => Key::Div,
            "=" => Key::Equals,
            "Escape" | "Delete" | "c" | "C" => Key::Clear,
            _ => return,
        };
        e.prevent_default();
        calc_press(ctx, k);
    });
    let _ = window_event_listener(ev::pointerdown, move |_| ctx.last_activity.set_value(now()));
    let _ = window_event_listener(ev::input, move |_| ctx.last_activity.set_value(now()));
    let _ = window_event_listener(ev::online, move |_| {
        ctx.online.set(true);
        invoke_later("connectivity_changed", json!({ "online": true }));
    });
    let _ = window_event_listener(ev::offline, move |_| {
        ctx.online.set(false);
        invoke_later("connectivity_changed", json!({ "online": false }));
    });
    on_document("visibilitychange", move || {
        if document().hidden() && ctx.mode.get_untracked() != Mode::Calculator {
            lock_now(ctx);
        }
    });
    let _ = set_interval_with_handle(
        move || {
            if ctx.mode.get_untracked() == Mode::App
                && now() - ctx.last_activity.get_value() > IDLE_LOCK_MS
            {
                lock_now(ctx);
            }
        },
        Duration::from_secs(5),
    );
}

// ------------------------------------------------------------------------------ root

#[component]
pub fn App() -> impl IntoView {
    LANG.with(|l| l.set(Some(RwSignal::new("en".to_owned()))));
    let ctx = Ctx {
        mode: RwSignal::new(Mode::Calculator),
        screen: RwSignal::new(Screen::Language),
        form: RwSignal::new(Form::default()),
        draft_id: RwSignal::new(None),
        errors: RwSignal::new(vec![]),
        notice: RwSignal::new(None),
        setup_done: RwSignal::new(true),
        os_locale: RwSignal::new("en".into()),
        online: RwSignal::new(window().navigator().on_line()),
        requests: RwSignal::new(vec![]),
        calc: StoredValue::new(Calc::new()),
        calc_display: RwSignal::new("0".into()),
        save_timer: StoredValue::new(None),
        save_in_flight: StoredValue::new(false),
        submitting: StoredValue::new(false),
        last_activity: StoredValue::new(now()),
        session: StoredValue::new(0),
    };
    provide_context(ctx);
    Effect::new(move |_| {
        let l = lang().get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", &l);
            let _ = root.set_attribute("dir", if i18n::is_rtl(&l) { "rtl" } else { "ltr" });
        }
    });
    // The calculator shows exactly when no app screen is mounted. Covering (quick exit, lock)
    // adds the class synchronously before the mode changes; this catches every other change.
    Effect::new(move |_| body_class(ctx.mode.get() == Mode::Calculator));
    Effect::new(move |_| {
        ctx.mode.track();
        ctx.screen.track();
        request_animation_frame(focus_heading);
    });
    install_listeners(ctx);
    spawn_local(async move {
        if let Ok(st) = invoke("app_state", json!({})).await {
            if let Some(l) = st.get("locale").and_then(Value::as_str) {
                ctx.os_locale.set(l.to_owned());
                lang().set(i18n::best_locale(l).to_owned());
            }
            let done = st
                .get("setup_done")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            // No store (first use, or after any wipe): the plain calculator, nothing else. Set-up
            // is reached only the way a person is told ("=" on the empty calculator,
            // docs/first-use.md), so that a wiped app never tells the one who forced the wipe
            // what it was.
            ctx.setup_done.set(done);
        }
    });
    // The calculator is always in the page, shown by `body.qx` (set in index.html, so it is the
    // first thing painted): a quick exit is one class change, painted in the next frame, with no
    // rendering work before it.
    view! {
        <Calculator/>
        {move || match ctx.mode.get() {
            Mode::Calculator => ().into_any(),
            Mode::Setup => view! { <Shell nav=false><Setup/></Shell> }.into_any(),
            Mode::App => view! { <Shell nav=true><Screens/></Shell> }.into_any(),
        }}
    }
}

#[component]
fn Shell(nav: bool, children: Children) -> impl IntoView {
    let ctx = ctx();
    view! {
        <div class="shell">
            <header class="topbar">
                <button type="button" id="quick-exit" data-testid="quick-exit" class="quick-exit" aria-describedby="qx-hint"
                    on:click=move |_| quick_exit(ctx)>
                    {icons::close()}{move || tx("quick-exit")}
                </button>
                <span id="qx-hint" class="sr-only">{move || tx("quick-exit-hint")}</span>
                {nav.then(|| view! {
                    <nav class="menu">
                        <button type="button" class="link" data-testid="nav-status" on:click=move |_| go(ctx, Screen::Status)>
                            {move || tx("status-title")}
                        </button>
                        <button type="button" class="link" data-testid="nav-settings" on:click=move |_| go(ctx, Screen::Settings)>
                            {move || tx("settings-title")}
                        </button>
                    </nav>
                })}
            </header>
            <main id="main">
                {move || ctx.notice.get().map(|id| view! { <p class="notice" role="alert">{move || tx(&id)}</p> })}
                {children()}
            </main>
        </div>
    }
}

#[component]
fn Screens() -> impl IntoView {
    let ctx = ctx();
    move || match ctx.screen.get() {
        Screen::Language => view! { <LanguageScreen/> }.into_any(),
        Screen::Danger => view! { <DangerScreen/> }.into_any(),
        Screen::Emergency => view! { <EmergencyScreen/> }.into_any(),
        Screen::Needs => view! { <NeedsScreen/> }.into_any(),
        Screen::Contact => view! { <ContactScreen/> }.into_any(),
        Screen::Safety => view! { <SafetyScreen/> }.into_any(),
        Screen::More => view! { <MoreScreen/> }.into_any(),
        Screen::Consent => view! { <ConsentScreen/> }.into_any(),
        Screen::Review => view! { <ReviewScreen/> }.into_any(),
        Screen::Status => view! { <StatusScreen/> }.into_any(),
        Screen::Drafts => view! { <DraftsScreen/> }.into_any(),
        Screen::Settings => view! { <SettingsScreen/> }.into_any(),
    }
}

// ------------------------------------------------------------------------------ widgets

#[component]
fn Heading(id: &'static str, #[prop(optional)] testid: Option<&'static str>) -> impl IntoView {
    // `data-screen`: which screen this is, whatever the language (tests and tools find a screen
    // by it; a heading's text changes when the person picks another language).
    view! { <h1 tabindex="-1" data-screen=id data-testid=testid>{move || tx(id)}</h1> }
}

#[component]
fn Step(n: u32) -> impl IntoView {
    view! {
        <p class="step">
            {move || txa("step-of", &[("current", Arg::Num(n.into())), ("total", Arg::Num(STEPS.into()))])}
        </p>
    }
}

/// Back / Next; every question can be skipped, so Next always works.
#[component]
fn StepNav(back: Option<Screen>, next: Option<Screen>) -> impl IntoView {
    let ctx = ctx();
    view! {
        <div class="step-nav">
            {back.map(|b| view! {
                <button type="button" class="secondary back" data-testid="back" on:click=move |_| go(ctx, b)>
                    {move || tx("back")}
                </button>
            })}
            {next.map(|n| view! {
                <button type="button" class="primary next" data-testid="next" on:click=move |_| go(ctx, n)>
                    {move || tx("next")}
                </button>
            })}
        </div>
    }
}

/// A big button that is on or off (aria-pressed).
#[component]
fn Toggle(
    label: Signal<String>,
    #[prop(optional)] icon: Option<Icon>,
    pressed: Signal<bool>,
    on_toggle: Callback<()>,
    #[prop(optional)] testid: Option<String>,
) -> impl IntoView {
    view! {
        <button type="button" class="choice" data-testid=testid aria-pressed=move || pressed.get().to_string()
            on:click=move |_| on_toggle.run(())>
            {icon.map(|icon| icon())}
            <span class="label">{move || label.get()}</span>
            {icons::check()}
        </button>
    }
}

/// One-of-several buttons for an optional field: pressing the chosen one again clears it.
fn single_choice(
    prefix: &'static str,
    options: &'static [&'static str],
    get: fn(&Form) -> Option<String>,
    set: fn(&mut Form, Option<String>),
) -> impl IntoView {
    let ctx = ctx();
    options
        .iter()
        .map(|opt| {
            let opt: &'static str = opt;
            let id = format!("{prefix}{opt}");
            view! {
                <Toggle
                    label=Signal::derive(move || tx(&id))
                    pressed=Signal::derive(move || ctx.form.with(|f| get(f).as_deref() == Some(opt)))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| {
                        let new = (get(f).as_deref() != Some(opt)).then(|| opt.to_owned());
                        set(f, new);
                    }))
                />
            }
        })
        .collect_view()
}

fn error_matches(field: &str, prefix: &str, exact: bool) -> bool {
    field == prefix
        || (!exact
            && field
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('[')))
}

fn field_error_text(e: &FieldError) -> String {
    let max = Arg::Num(e.max.unwrap_or(0) as f64);
    tx_or(
        &format!("field-error-{}", e.code),
        "error-invalid",
        &[("max", max)],
    )
}

/// The validation errors for one field (or, unless `exact`, everything under it).
#[component]
fn FieldErrors(prefix: String, #[prop(optional)] exact: bool) -> impl IntoView {
    let ctx = ctx();
    move || {
        ctx.errors
            .get()
            .into_iter()
            .filter(|e| error_matches(&e.field, &prefix, exact))
            .map(|e| view! { <p class="field-error">{icons::warning()}<span>{move || field_error_text(&e)}</span></p> })
            .collect_view()
    }
}

#[component]
fn TextField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    get: fn(&Form) -> String,
    set: fn(&mut Form, String),
    error_field: String,
    #[prop(optional)] input_type: &'static str,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] max: usize,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let ctx = ctx();
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    let input_type = if input_type.is_empty() {
        "text"
    } else {
        input_type
    };
    let maxlength = (max > 0).then(|| max.to_string());
    let field = if multiline {
        view! {
            <textarea id=id data-testid=testid rows="5" aria-describedby=described.clone() maxlength=maxlength.clone()
                prop:value=move || ctx.form.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| set(f, v)) }></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id data-testid=testid type=input_type aria-describedby=described.clone() maxlength=maxlength.clone()
                autocomplete="off"
                prop:value=move || ctx.form.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| set(f, v)) }/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || tx(label)}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{move || tx(hint)}</p> })}
            {field}
            <FieldErrors prefix=error_field/>
        </div>
    }
}

// ------------------------------------------------------------------------------ calculator

#[component]
fn Calculator() -> impl IntoView {
    let ctx = ctx();
    // The disguise speaks the phone's language, never the one chosen in the app: it must look
    // like the phone's own calculator, and must not change when the app's language is reset.
    let os = move || i18n::best_locale(&ctx.os_locale.get()).to_owned();
    let tos = move |id: &str| i18n::format(&os(), id, &[]);
    let shown = move || {
        let d = ctx.calc_display.get();
        if d == "\u{1}" { tos("calc-error") } else { d }
    };
    // (key, label, class); the test id is derived from the key (`docs/ipc.md`, "Test ids").
    let keys: [(Key, &'static str, &'static str); 16] = [
        (Key::Digit(7), "7", ""),
        (Key::Digit(8), "8", ""),
        (Key::Digit(9), "9", ""),
        (Key::Div, "÷", "op"),
        (Key::Digit(4), "4", ""),
        (Key::Digit(5), "5", ""),
        (Key::Digit(6), "6", ""),
        (Key::Mul, "×", "op"),
        (Key::Digit(1), "1", ""),
        (Key::Digit(2), "2", ""),
        (Key::Digit(3), "3", ""),
        (Key::Sub, "−", "op"),
        (Key::Digit(0), "0", ""),
        (Key::Dot, ".", ""),
        (Key::Equals, "=", "eq"),
        (Key::Add, "+", "op"),
    ];
    view! {
        <div class="calculator" id="calculator" lang=os dir=move || if i18n::is_rtl(&os()) { "rtl" } else { "ltr" }>
            <h1 class="sr-only" tabindex="-1">{move || tos("calc-label")}</h1>
            <output class="display" data-testid="calc-display" dir="ltr" aria-live="polite" aria-label=move || tos("calc-display-label")>{shown}</output>
            <div class="keys" dir="ltr">
                <button type="button" class="key clear" data-testid="calc-clear" on:click=move |_| calc_press(ctx, Key::Clear)>
                    {move || tos("calc-clear")}
                </button>
                {keys.into_iter().map(|(k, label, class)| view! {
                    <button type="button" class=format!("key {class}") data-testid=calc_testid(k)
                        on:click=move |_| calc_press(ctx, k)>{label}</button>
                }).collect_view()}
            </div>
        </div>
    }
}

/// `calc-key-<digit>`, `calc-equals`, `calc-dot`, `calc-add`, `calc-sub`, `calc-mul`,
/// `calc-div`, `calc-clear`.
fn calc_testid(key: Key) -> String {
    match key {
        Key::Digit(d) => format!("calc-key-{d}"),
        Key::Dot => "calc-dot".into(),
        Key::Add => "calc-add".into(),
        Key::Sub => "calc-sub".into(),
        Key::Mul => "calc-mul".into(),
        Key::Div => "calc-div".into(),
        Key::Equals => "calc-equals".into(),
        Key::Clear => "calc-clear".into(),
    }
}

// ------------------------------------------------------------------------------ setup

/// Fewest digits of a PIN being chosen now (`reach_core::app_lock::PIN_MIN_LEN`).
const NEW_PIN_MIN: usize = 6;
/// Fewest digits of a PIN typed as the *current* one: PINs chosen under the earlier 4-digit
/// rule keep working (the calculator tries 4 to 12 digits too).
const OLD_PIN_MIN: usize = 4;
const PIN_MAX: usize = 12;

fn digits_between(p: &str, min: usize) -> bool {
    (min..=PIN_MAX).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
}

/// A PIN being chosen (set-up, new PIN, emergency PIN).
fn valid_new_pin(p: &str) -> bool {
    digits_between(p, NEW_PIN_MIN)
}

/// A PIN that could be the current one (checked before spending an attempt on it).
fn plausible_pin(p: &str) -> bool {
    digits_between(p, OLD_PIN_MIN)
}

#[component]
fn Setup() -> impl IntoView {
    let ctx = ctx();
    let pin = RwSignal::new(String::new());
    let pin2 = RwSignal::new(String::new());
    let duress = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let (p, p2, d) = (
            pin.get_untracked(),
            pin2.get_untracked(),
            duress.get_untracked(),
        );
        let problem = if !valid_new_pin(&p) || (!d.is_empty() && !valid_new_pin(&d)) {
            Some("error-pin_too_short")
        } else if p != p2 {
            Some("setup-mismatch")
        } else if d == p {
            Some("error-duress_same_as_pin")
        } else {
            None
        };
        if let Some(id) = problem {
            error.set(Some(id.into()));
            return;
        }
        busy.set(true);
        let session = ctx.session.get_value();
        spawn_local(async move {
            let duress = if d.is_empty() { Value::Null } else { json!(d) };
            let res = invoke("setup", json!({ "pin": p, "duressPin": duress })).await;
            // The store exists now even if the person left meanwhile (quick exit while the PIN
            // was being stretched): remember it whatever the session, or the calculator would
            // ignore the new PIN and "=" would offer a set-up the backend refuses.
            if res.is_ok() {
                ctx.setup_done.set(true);
            }
            if !same_session(ctx, session) {
                return;
            }
            busy.set(false);
            match res {
                Ok(_) => after_unlock(ctx),
                Err(e) => error.set(Some(format!("error-{}", e.code))),
            }
        });
    };
    view! {
        <Heading id="setup-title" testid="setup-title"/>
        <p>{move || tx("setup-intro")}</p>
        <p class="important">{move || tx("setup-how")}</p>
        <form on:submit=submit novalidate>
            {pin_field("pin", "setup-pin", "setup-pin-label", pin)}
            {pin_field("pin2", "setup-pin-confirm", "setup-pin-repeat-label", pin2)}
            <h2>{move || tx("setup-duress-title")}</h2>
            <p>{move || tx("setup-duress-intro")}</p>
            {pin_field("duress", "setup-duress-pin", "setup-duress-label", duress)}
            {move || error.get().map(|id| view! {
                // The role sits on a plain block around the flex row: WebKitGTK exposes a flex
                // container with role="alert" to AT-SPI with no text at all (Orca read nothing;
                // found by src-tauri/tests/it/atspi.rs).
                <div role="alert"><p class="field-error">{icons::warning()}<span>{move || tx_or(&id, "error-internal", &[])}</span></p></div>
            })}
            <button type="submit" class="primary" data-testid="setup-submit" disabled=move || busy.get()>{move || tx("setup-submit")}</button>
        </form>
    }
}

// ------------------------------------------------------------------------------ flow

#[component]
fn LanguageList() -> impl IntoView {
    let ctx = ctx();
    i18n::locales()
        .iter()
        .map(|l| {
            let code = l.code;
            let name = l.name.clone();
            let dir = if l.rtl { "rtl" } else { "ltr" };
            view! {
                <button type="button" class="choice lang" lang=code dir=dir data-testid=format!("lang-{code}")
                    aria-pressed=move || (lang().get() == code).to_string()
                    on:click=move |_| {
                        lang().set(code.to_owned());
                        edit(ctx, |f| f.language = Some(code.to_owned()));
                    }>
                    <span class="label">{name}</span>
                    {icons::check()}
                </button>
            }
        })
        .collect_view()
}

#[component]
fn LanguageScreen() -> impl IntoView {
    view! {
        <Heading id="lang-title"/>
        <p>{move || tx("lang-intro")}</p>
        <div class="choices">
            <LanguageList/>
        </div>
        <StepNav back=None next=Some(Screen::Danger)/>
    }
}

#[component]
fn DangerScreen() -> impl IntoView {
    let ctx = ctx();
    view! {
        <Heading id="danger-title"/>
        <div class="choices big">
            <button type="button" class="choice danger" data-testid="danger-yes" on:click=move |_| {
                edit(ctx, |f| {
                    f.urgency = Some("now".into());
                    if !f.needs.iter().any(|n| n == "safety_now") {
                        f.needs.push("safety_now".into());
                    }
                });
                go(ctx, Screen::Emergency);
            }>
                {icons::siren()}
                <span class="label">{move || tx("danger-yes")}</span>
            </button>
            <button type="button" class="choice" data-testid="danger-no" on:click=move |_| go(ctx, Screen::Needs)>
                {icons::smile()}
                <span class="label">{move || tx("danger-no")}</span>
            </button>
        </div>
        <StepNav back=Some(Screen::Language) next=None/>
    }
}

fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|p| p.to_ascii_uppercase())
}

fn emergency_data() -> Value {
    serde_json::from_str(i18n::EMERGENCY_JSON).unwrap_or(Value::Null)
}

fn number_entry(e: &Value, title: Option<String>) -> impl IntoView + use<> {
    let s = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let (number, tel, sms, source) = (s("number"), s("tel"), s("sms"), s("source"));
    let checked = e
        .get("checked_on")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let call_label = number.clone();
    view! {
        <li class="number">
            {title.map(|t| view! { <h3>{t}</h3> })}
            <a class="tel primary" href=format!("tel:{tel}") dir="ltr">
                {icons::phone()}
                {move || txa("emergency-call", &[("number", Arg::Str(call_label.clone()))])}
            </a>
            {(!sms.is_empty()).then(|| view! {
                <a class="tel" href=format!("sms:{sms}")>{move || tx("contact-sms")} " " <bdi>{sms.clone()}</bdi></a>
            })}
            <p class="source">{move || txa("emergency-source", &[("source", Arg::Str(source.clone()))])}</p>
            <p class="source">{move || match &checked {
                Some(d) => txa("emergency-checked", &[("date", Arg::Str(d.clone()))]),
                None => tx("emergency-not-checked"),
            }}</p>
        </li>
    }
}

#[component]
fn EmergencyScreen() -> impl IntoView {
    let ctx = ctx();
    let data = emergency_data();
    let countries: Vec<Value> = data
        .get("countries")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let guess = region_of(&ctx.os_locale.get_untracked()).unwrap_or_default();
    let country = RwSignal::new(guess);
    let options = countries
        .iter()
        .map(|c| {
            let code = c
                .get("code")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let name = c
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let code2 = code.clone();
            view! { <option value=code selected=move || country.get() == code2>{name}</option> }
        })
        .collect_view();
    let list = move || {
        let code = country.get();
        let Some(c) = countries
            .iter()
            .find(|c| c.get("code").and_then(Value::as_str) == Some(&code))
        else {
            return view! { <p class="notice">{move || tx("emergency-none")}</p> }.into_any();
        };
        let arr = |k: &str| {
            c.get(k)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        // A list is shown only when it has a number we could check at its source (some
        // countries have only one of the two).
        let (emergency, hotlines) = (arr("emergency"), arr("hotlines"));
        let emergency = (!emergency.is_empty()).then(|| {
            let items = emergency
                .iter()
                .map(|e| number_entry(e, None))
                .collect_view();
            view! {
                <h2>{move || tx("emergency-police")}</h2>
                <ul class="numbers">{items}</ul>
            }
        });
        let hotlines = (!hotlines.is_empty()).then(|| {
            let items = hotlines
                .iter()
                .map(|e| number_entry(e, e.get("name").and_then(Value::as_str).map(str::to_owned)))
                .collect_view();
            view! {
                <h2>{move || tx("emergency-hotline")}</h2>
                <ul class="numbers">{items}</ul>
            }
        });
        view! { {emergency} {hotlines} }.into_any()
    };
    view! {
        <Heading id="emergency-title"/>
        <p>{move || tx("emergency-intro")}</p>
        <div class="field">
            <label for="country">{move || tx("emergency-country-label")}</label>
            <select id="country" on:change=move |ev| country.set(event_target_value(&ev))>
                <option value="" selected=move || country.get().is_empty()>"—"</option>
                {options}
            </select>
        </div>
        {list}
        <div class="step-nav">
            <button type="button" class="secondary back" data-testid="back" on:click=move |_| go(ctx, Screen::Danger)>{move || tx("back")}</button>
            <button type="button" class="primary next" data-testid="next" on:click=move |_| go(ctx, Screen::Needs)>{move || tx("emergency-continue")}</button>
        </div>
    }
}

#[component]
fn NeedsScreen() -> impl IntoView {
    let ctx = ctx();
    let needs = model::NEEDS
        .iter()
        .map(|(need, icon)| {
            let need: &'static str = need;
            view! {
                <Toggle icon=*icon testid=format!("need-{need}")
                    label=Signal::derive(move || tx(&format!("need-{need}")))
                    pressed=Signal::derive(move || ctx.form.with(|f| f.needs.iter().any(|n| n == need)))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| model::toggle(&mut f.needs, need)))/>
            }
        })
        .collect_view();
    view! {
        <Step n=1/>
        <Heading id="needs-title"/>
        <p>{move || tx("needs-intro")}</p>
        <div class="choices grid">{needs}</div>
        <FieldErrors prefix="needs".into()/>
        <fieldset>
            <legend>{move || tx("urgency-title")}</legend>
            <div class="choices">
                {single_choice("urgency-", &model::URGENCIES, |f| f.urgency.clone(), |f, v| f.urgency = v)}
            </div>
        </fieldset>
        <fieldset>
            <legend>{move || tx("for-whom-title")}</legend>
            <div class="choices">
                {single_choice("for-whom-", &model::FOR_WHOM, |f| f.for_whom.clone(), |f, v| f.for_whom = v)}
            </div>
        </fieldset>
        <StepNav back=Some(Screen::Danger) next=Some(Screen::Contact)/>
    }
}

#[component]
fn ContactScreen() -> impl IntoView {
    let ctx = ctx();
    let methods = model::METHODS
        .iter()
        .map(|(kind, icon)| {
            let kind: &'static str = kind;
            view! {
                <Toggle icon=*icon testid=format!("contact-kind-{kind}")
                    label=Signal::derive(move || tx(&format!("contact-{kind}")))
                    pressed=Signal::derive(move || ctx.form.with(|f| f.methods.iter().any(|m| m == kind)))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| model::toggle(&mut f.methods, kind)))/>
            }
        })
        .collect_view();
    let has = move |kinds: &'static [&'static str]| {
        Memo::new(move |_| {
            ctx.form
                .with(|f| f.methods.iter().any(|m| kinds.contains(&m.as_str())))
        })
    };
    let phone = has(&["call", "sms"]);
    let app = has(&["messaging_app"]);
    let email = has(&["email"]);
    let err_field = move |kind: &str| {
        let i = ctx
            .form
            .with_untracked(|f| f.method_index(kind).unwrap_or(usize::MAX));
        format!("contact.methods[{i}]")
    };
    view! {
        <Step n=2/>
        <Heading id="contact-title"/>
        <p>{move || tx("contact-intro")}</p>
        <div class="choices">{methods}</div>
        <FieldErrors prefix="contact.methods".into() exact=true/>
        {move || phone.get().then(|| {
            let field = ctx.form.with_untracked(|f| f.method_index("call").or(f.method_index("sms")).unwrap_or(usize::MAX));
            view! {
                <TextField id="phone" testid="contact-phone" label="contact-phone-label" input_type="tel" max=40
                    get=|f| f.phone.clone() set=|f, v| f.phone = v error_field=format!("contact.methods[{field}]")/>
            }
        })}
        {move || app.get().then(|| view! {
            <TextField id="app" label="contact-app-label" max=40
                get=|f| f.app.clone() set=|f, v| f.app = v error_field=err_field("messaging_app")/>
            <TextField id="handle" label="contact-handle-label" max=100
                get=|f| f.handle.clone() set=|f, v| f.handle = v error_field=format!("{}.handle", err_field("messaging_app"))/>
        })}
        {move || email.get().then(|| view! {
            <TextField id="email" label="contact-email-label" input_type="email" max=254
                get=|f| f.email.clone() set=|f, v| f.email = v error_field=err_field("email")/>
        })}
        <StepNav back=Some(Screen::Needs) next=Some(Screen::Safety)/>
    }
}

fn browser_time_zone() -> String {
    let opts = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&opts, &"timeZone".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "UTC".into())
}

#[component]
fn TimeWindow(i: usize) -> impl IntoView {
    let ctx = ctx();
    let get = move |f: &Form, which: u8| {
        f.times
            .get(i)
            .map(|w| {
                if which == 0 {
                    w.start.clone()
                } else {
                    w.end.clone()
                }
            })
            .unwrap_or_default()
    };
    let days = model::WEEKDAYS
        .iter()
        .map(|(short, day)| {
            let (short, day): (&'static str, &'static str) = (short, day);
            view! {
                <Toggle
                    label=Signal::derive(move || tx(&format!("weekday-{short}")))
                    pressed=Signal::derive(move || ctx.form.with(|f| f.times.get(i).is_some_and(|w| w.days.iter().any(|d| d == day))))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| if let Some(w) = f.times.get_mut(i) { model::toggle(&mut w.days, day) }))/>
            }
        })
        .collect_view();
    view! {
        <fieldset class="time-window">
            <legend>{move || tx("times-title")} " " {i + 1}</legend>
            <div class="row">
                <div class="field">
                    <label for=format!("t{i}-from")>{move || tx("times-from")}</label>
                    <input type="time" id=format!("t{i}-from") prop:value=move || ctx.form.with(|f| get(f, 0))
                        on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| if let Some(w) = f.times.get_mut(i) { w.start = v }) }/>
                </div>
                <div class="field">
                    <label for=format!("t{i}-to")>{move || tx("times-to")}</label>
                    <input type="time" id=format!("t{i}-to") prop:value=move || ctx.form.with(|f| get(f, 1))
                        on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| if let Some(w) = f.times.get_mut(i) { w.end = v }) }/>
                </div>
            </div>
            <p class="hint">{move || tx("times-days")} ": " {move || tx("times-any-day")} "?"</p>
            <div class="choices days">{days}</div>
            <FieldErrors prefix=format!("contact.safe_times[{i}]")/>
            <button type="button" class="secondary" on:click=move |_| edit(ctx, |f| { if i < f.times.len() { f.times.remove(i); } })>
                {move || tx("times-remove")}
            </button>
        </fieldset>
    }
}

#[component]
fn SafetyScreen() -> impl IntoView {
    let ctx = ctx();
    let count = Memo::new(move |_| ctx.form.with(|f| f.times.len()));
    let voicemail = [(true, "voicemail-yes"), (false, "voicemail-no")]
        .into_iter()
        .map(|(v, id)| view! {
            <Toggle label=Signal::derive(move || tx(id))
                pressed=Signal::derive(move || ctx.form.with(|f| f.voicemail_ok == Some(v)))
                on_toggle=Callback::new(move |_| edit(ctx, |f| f.voicemail_ok = (f.voicemail_ok != Some(v)).then_some(v)))/>
        })
        .collect_view();
    let other = Memo::new(move |_| {
        ctx.form
            .with(|f| f.someone_else.as_deref() == Some("other"))
    });
    view! {
        <Step n=3/>
        <Heading id="times-title"/>
        <p>{move || tx("times-intro")}</p>
        {move || (0..count.get()).map(|i| view! { <TimeWindow i=i/> }).collect_view()}
        <button type="button" id="add-time" class="secondary" on:click=move |_| edit(ctx, |f| {
            if f.time_zone.is_empty() { f.time_zone = browser_time_zone(); }
            if f.times.len() < 7 { f.times.push(TimeWin { days: vec![], start: "18:00".into(), end: "20:00".into() }); }
        })>
            {icons::plus()}{move || tx("times-add")}
        </button>
        {move || (count.get() > 0).then(|| view! {
            <TextField id="tz" label="times-zone" max=64 get=|f| f.time_zone.clone() set=|f, v| f.time_zone = v
                error_field="contact.safe_times".into()/>
        })}
        <fieldset id="voicemail">
            <legend>{move || tx("voicemail-title")}</legend>
            <p class="hint">{move || tx("voicemail-unsaid")}</p>
            <div class="choices">{voicemail}</div>
        </fieldset>
        <TextField id="code-word" label="code-word-label" hint="code-word-hint" max=64
            get=|f| f.code_word.clone() set=|f, v| f.code_word = v error_field="contact.code_word".into()/>
        <fieldset id="someone-else">
            <legend>{move || tx("someone-else-title")}</legend>
            <div class="choices">
                {single_choice("someone-else-", &model::SOMEONE_ELSE, |f| f.someone_else.clone(), |f, v| f.someone_else = v)}
            </div>
            {move || other.get().then(|| view! {
                <TextField id="someone-else-other" label="someone-else-other-label" max=200
                    get=|f| f.someone_else_other.clone() set=|f, v| f.someone_else_other = v
                    error_field="contact.if_someone_else_answers".into()/>
            })}
            <FieldErrors prefix="contact.if_someone_else_answers".into() exact=true/>
        </fieldset>
        <fieldset id="responder">
            <legend>{move || tx("responder-title")}</legend>
            <div class="choices">
                {single_choice("responder-", &model::GENDERS, |f| f.responder_gender.clone(), |f, v| f.responder_gender = v)}
            </div>
        </fieldset>
        <StepNav back=Some(Screen::Contact) next=Some(Screen::More)/>
    }
}

#[component]
fn MoreScreen() -> impl IntoView {
    let ctx = ctx();
    let left = move || {
        let used = ctx.form.with(|f| f.message.chars().count());
        txa(
            "message-left",
            &[("count", Arg::Num(4000usize.saturating_sub(used) as f64))],
        )
    };
    view! {
        <Step n=4/>
        <Heading id="more-title"/>
        <p>{move || tx("more-intro")}</p>
        <TextField id="place" label="place-label" hint="place-hint" max=200
            get=|f| f.place.clone() set=|f, v| f.place = v error_field="place".into()/>
        <TextField id="message" label="message-label" hint="message-hint" multiline=true max=4000
            get=|f| f.message.clone() set=|f, v| f.message = v error_field="message".into()/>
        <p class="hint counter">{left}</p>
        <fieldset>
            <legend>{move || tx("age-title")}</legend>
            <div class="choices">
                {single_choice("age-", &model::AGE_GROUPS, |f| f.age_group.clone(), |f, v| f.age_group = v)}
            </div>
        </fieldset>
        <StepNav back=Some(Screen::Safety) next=Some(Screen::Consent)/>
    }
}

#[component]
fn ConsentScreen() -> impl IntoView {
    let ctx = ctx();
    let options = model::CONSENT_SCOPES
        .iter()
        .map(|scope| {
            let scope: &'static str = scope;
            view! {
                <button type="button" class="choice consent" data-testid=format!("consent-{}", scope.replace('_', "-")) aria-pressed=move || ctx.form.with(|f| f.consent == scope).to_string()
                    on:click=move |_| edit(ctx, |f| f.consent = scope.to_owned())>
                    <span class="label"><strong>{move || tx(&format!("consent-{scope}"))}</strong>
                    <span class="desc">{move || tx(&format!("consent-{scope}-desc"))}</span></span>
                    {icons::check()}
                </button>
            }
        })
        .collect_view();
    view! {
        <Step n=5/>
        <Heading id="consent-title"/>
        <p>{move || tx("consent-intro")}</p>
        <div class="choices">{options}</div>
        <FieldErrors prefix="consent".into()/>
        <StepNav back=Some(Screen::More) next=Some(Screen::Review)/>
    }
}

fn labels(prefix: &str, items: &[String]) -> String {
    items
        .iter()
        .map(|i| tx(&format!("{prefix}{i}")))
        .collect::<Vec<_>>()
        .join(", ")
}

fn or_not_answered(s: String) -> String {
    if s.trim().is_empty() {
        tx("review-not-answered")
    } else {
        s
    }
}

#[component]
fn ReviewSection(
    title: &'static str,
    screen: Screen,
    prefixes: &'static [&'static str],
    text: Signal<String>,
) -> impl IntoView {
    let ctx = ctx();
    view! {
        <section class="review">
            <h2>{move || tx(title)}</h2>
            <p class="answer">{move || text.get()}</p>
            {prefixes.iter().map(|p| view! { <FieldErrors prefix=p.to_string()/> }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| go(ctx, screen)>
                {move || tx("review-change")} <span class="sr-only">": " {move || tx(title)}</span>
            </button>
        </section>
    }
}

#[component]
fn ReviewScreen() -> impl IntoView {
    let ctx = ctx();
    let busy = RwSignal::new(false);
    let session = ctx.session.get_value();
    let referral = ctx.form.get_untracked().to_json();
    spawn_local(async move {
        if let Ok(v) = invoke("validate", json!({ "referral": referral })).await
            && same_session(ctx, session)
        {
            ctx.errors
                .set(serde_json::from_value(v).unwrap_or_default());
        }
    });
    let submit = move |_| {
        busy.set(true);
        ctx.notice.set(Some("submit-working".into()));
        let form = ctx.form.get_untracked();
        let id = ctx.draft_id.get_untracked();
        let session = ctx.session.get_value();
        spawn_local(async move {
            let saved = persist(form.clone(), id).await;
            if !same_session(ctx, session) {
                return;
            }
            let Some(id) = saved else {
                busy.set(false);
                ctx.notice.set(Some("error-internal".into()));
                return;
            };
            ctx.draft_id.set(Some(id.clone()));
            ctx.submitting.set_value(true);
            let res = invoke("submit", json!({ "draftId": id })).await;
            ctx.submitting.set_value(false);
            if !same_session(ctx, session) {
                return;
            }
            busy.set(false);
            match res {
                Ok(_) => {
                    // Submitted requests are sealed: nothing of it stays in memory.
                    ctx.form.set(Form {
                        language: form.language,
                        ..Form::default()
                    });
                    ctx.draft_id.set(None);
                    ctx.errors.set(vec![]);
                    ctx.screen.set(Screen::Status);
                    ctx.notice.set(Some("submit-done".into()));
                }
                Err(e) => {
                    if e.code == "invalid" {
                        ctx.errors.set(e.fields);
                    }
                    ctx.notice.set(Some(format!("error-{}", e.code)));
                }
            }
        });
    };
    let needs = Signal::derive(move || {
        let f = ctx.form.get();
        let mut parts = vec![labels("need-", &f.needs)];
        parts.extend(f.urgency.map(|u| tx(&format!("urgency-{u}"))));
        parts.extend(f.for_whom.map(|u| tx(&format!("for-whom-{u}"))));
        or_not_answered(
            parts
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
        )
    });
    let contact = Signal::derive(move || {
        let f = ctx.form.get();
        let mut parts: Vec<String> = f
            .ordered_methods()
            .iter()
            .map(|m| {
                let detail = match *m {
                    "call" | "sms" => model::normalize_phone(&f.phone),
                    "messaging_app" => format!("{} {}", f.app.trim(), f.handle.trim()),
                    "email" => f.email.trim().to_owned(),
                    _ => String::new(),
                };
                let label = tx(&format!("contact-{m}"));
                if detail.trim().is_empty() {
                    label
                } else {
                    format!("{label}: \u{2068}{detail}\u{2069}")
                }
            })
            .collect();
        parts.extend(
            f.voicemail_ok
                .map(|v| tx(if v { "voicemail-yes" } else { "voicemail-no" })),
        );
        if !f.code_word.trim().is_empty() {
            parts.push(format!("{}: {}", tx("code-word-label"), f.code_word.trim()));
        }
        parts.extend(f.someone_else.map(|s| tx(&format!("someone-else-{s}"))));
        parts.extend(f.responder_gender.map(|s| tx(&format!("responder-{s}"))));
        or_not_answered(parts.join(" · "))
    });
    let times = Signal::derive(move || {
        let f = ctx.form.get();
        let text = f
            .times
            .iter()
            .map(|w| {
                let days: Vec<String> = model::WEEKDAYS
                    .iter()
                    .filter(|(_, d)| w.days.iter().any(|x| x == d))
                    .map(|(s, _)| tx(&format!("weekday-{s}")))
                    .collect();
                let days = if days.is_empty() {
                    tx("times-any-day")
                } else {
                    days.join(", ")
                };
                format!("\u{2068}{}–{}\u{2069} ({days})", w.start, w.end)
            })
            .collect::<Vec<_>>()
            .join("; ");
        or_not_answered(text)
    });
    let more = Signal::derive(move || {
        let f = ctx.form.get();
        let mut parts = vec![];
        if !f.place.trim().is_empty() {
            parts.push(f.place.trim().to_owned());
        }
        if !f.message.trim().is_empty() {
            let m: String = f.message.trim().chars().take(140).collect();
            parts.push(format!("“{m}”"));
        }
        parts.extend(f.age_group.map(|a| tx(&format!("age-{a}"))));
        or_not_answered(parts.join(" · "))
    });
    let consent =
        Signal::derive(move || tx(&format!("consent-{}", ctx.form.with(|f| f.consent.clone()))));
    view! {
        <Step n=6/>
        <Heading id="review-title"/>
        <p class="important">{move || tx("review-intro")}</p>
        <ReviewSection title="review-needs" screen=Screen::Needs prefixes=&["needs", "urgency", "for_whom", "language"] text=needs/>
        <ReviewSection title="review-contact" screen=Screen::Contact
            prefixes=&["contact.methods", "contact.voicemail_ok", "contact.code_word", "contact.if_someone_else_answers", "contact.responder_gender", "contact.responder_language"] text=contact/>
        <ReviewSection title="review-times" screen=Screen::Safety prefixes=&["contact.safe_times"] text=times/>
        <ReviewSection title="review-more" screen=Screen::More prefixes=&["place", "message", "age_group"] text=more/>
        <ReviewSection title="review-consent" screen=Screen::Consent prefixes=&["consent"] text=consent/>
        <div class="step-nav">
            <button type="button" class="secondary back" data-testid="back" on:click=move |_| go(ctx, Screen::Consent)>{move || tx("back")}</button>
            <button type="button" class="primary submit" data-testid="submit" disabled=move || busy.get() on:click=submit>
                {icons::lock()}{move || tx("submit")}
            </button>
        </div>
    }
}

// ------------------------------------------------------------------------------ status

/// The state the screen shows: "received" only with a verified receipt; anything unknown is
/// "saved" (the request is sealed on this phone either way).
fn shown_state(r: &RequestView) -> &'static str {
    match r.state.as_str() {
        "received" if r.receipt_verified => "received",
        "sending" => "sending",
        "needs_attention" => "needs_attention",
        _ => "saved",
    }
}

fn state_text(r: &RequestView) -> String {
    tx(&format!("status-{}", shown_state(r)))
}

fn refresh_requests(ctx: Ctx) {
    let session = ctx.session.get_value();
    spawn_local(async move {
        if let Ok(v) = invoke("requests", json!({})).await
            && same_session(ctx, session)
            && let Ok(list) = serde_json::from_value::<Vec<RequestView>>(v)
            && ctx.requests.get_untracked() != list
        {
            ctx.requests.set(list);
        }
    });
}

#[component]
fn StatusScreen() -> impl IntoView {
    let ctx = ctx();
    refresh_requests(ctx);
    if let Ok(h) = set_interval_with_handle(
        move || {
            if !document().hidden() {
                refresh_requests(ctx);
            }
        },
        Duration::from_secs(2),
    ) {
        on_cleanup(move || h.clear());
    }
    // Announce changes of state politely (not the whole list every poll).
    let announce = RwSignal::new(String::new());
    let previous = StoredValue::new(None::<Vec<(String, String)>>);
    Effect::new(move |_| {
        let list = ctx.requests.get();
        let now: Vec<(String, String)> = list
            .iter()
            .map(|r| (r.id.clone(), r.state.clone()))
            .collect();
        if let Some(before) = previous.get_value() {
            let changed: Vec<String> = list
                .iter()
                .filter(|r| !before.iter().any(|(id, s)| *id == r.id && *s == r.state))
                .map(state_text)
                .collect();
            if !changed.is_empty() {
                announce.set(changed.join(" "));
                // "Saved, will be sent" is no longer the truth once a state moved on.
                if ctx.notice.get_untracked().as_deref() == Some("submit-done") {
                    ctx.notice.set(None);
                }
            }
        }
        previous.set_value(Some(now));
    });
    let send_now = move |_| {
        let session = ctx.session.get_value();
        spawn_local(async move {
            let _ = invoke("send_now", json!({})).await;
            if same_session(ctx, session) {
                refresh_requests(ctx);
            }
        });
    };
    let retry = move |id: String| {
        let session = ctx.session.get_value();
        spawn_local(async move {
            let _ = invoke("retry", json!({ "referralId": id })).await;
            if same_session(ctx, session) {
                refresh_requests(ctx);
            }
        });
    };
    let check = move |id: String| {
        let session = ctx.session.get_value();
        spawn_local(async move {
            let _ = invoke("refresh_status", json!({ "referralId": id })).await;
            if same_session(ctx, session) {
                refresh_requests(ctx);
            }
        });
    };
    let items = move || {
        ctx.requests
            .get()
            .into_iter()
            .map(|r| {
                let attempts = r.attempts;
                let text = r.clone();
                let hotline = r.hotline_state.clone().filter(|_| r.state == "received" && r.receipt_verified);
                let problem = (r.state == "needs_attention").then(|| r.problem.clone().unwrap_or_else(|| "other".into()));
                let received = r.state == "received" && r.receipt_verified;
                let id = r.id.clone();
                let retry_id = r.id.clone();
                let short: String = r.id.chars().take(6).collect();
                let shown = shown_state(&r);
                view! {
                    <li class=format!("request state-{}", r.state)>
                        <p class="ref" dir="ltr">"#" {short}</p>
                        <p class="state" data-testid="request-state" data-state=shown><strong>{move || state_text(&text)}</strong></p>
                        {hotline.map(|h| view! { <p>{move || tx_or(&format!("status-hotline-{h}"), "status-received", &[])}</p> })}
                        {problem.clone().map(|p| view! {
                            <p class="field-error">{icons::warning()}<span>{move || tx_or(&format!("problem-{p}"), "problem-other", &[])}</span></p>
                            <button type="button" class="primary" data-testid="retry" on:click=move |_| retry(retry_id.clone())>{move || tx("status-retry")}</button>
                        })}
                        {(attempts > 0).then(|| view! { <p class="hint">{move || txa("status-attempts", &[("count", Arg::Num(attempts.into()))])}</p> })}
                        {received.then(|| view! {
                            <button type="button" class="secondary" on:click=move |_| check(id.clone())>{move || tx("status-check")}</button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    let pending = move || {
        ctx.requests.with(|l| {
            l.iter()
                .any(|r| r.state == "saved" || r.state == "needs_attention")
        })
    };
    view! {
        <Heading id="status-title"/>
        <p>{move || tx("status-intro")}</p>
        <p class="sr-only" role="status" aria-live="polite" id="status-live">{move || announce.get()}</p>
        {move || (!ctx.online.get()).then(|| view! { <p class="notice">{move || tx("status-offline")}</p> })}
        {move || ctx.requests.with(Vec::is_empty).then(|| view! { <p>{move || tx("status-empty")}</p> })}
        <ul class="requests" data-testid="status-list">{items}</ul>
        <div class="actions">
            {move || pending().then(|| view! {
                <button type="button" id="send-now" data-testid="send-now" class="primary" on:click=send_now>{move || tx("status-send-now")}</button>
            })}
            <button type="button" class="secondary" data-testid="new-request" on:click=move |_| new_request(ctx)>{move || tx("status-new")}</button>
            <button type="button" class="secondary" on:click=move |_| go(ctx, Screen::Drafts)>{move || tx("drafts-title")}</button>
        </div>
    }
}

#[component]
fn DraftsScreen() -> impl IntoView {
    let ctx = ctx();
    let ids = RwSignal::new(Vec::<String>::new());
    let load = move || {
        let session = ctx.session.get_value();
        spawn_local(async move {
            if let Ok(v) = invoke("drafts", json!({})).await
                && same_session(ctx, session)
            {
                ids.set(serde_json::from_value(v).unwrap_or_default());
            }
        });
    };
    load();
    let rows = move || {
        ids.get()
            .into_iter()
            .enumerate()
            .map(|(n, id)| {
                let current = ctx.draft_id.get_untracked().as_deref() == Some(id.as_str());
                let (id1, id2) = (id.clone(), id.clone());
                view! {
                    <li class="draft">
                        <p>{n + 1} {current.then(icons::pencil)}</p>
                        <button type="button" class="primary" on:click=move |_| {
                            let id = id1.clone();
                            save_now(ctx);
                            let session = ctx.session.get_value();
                            spawn_local(async move {
                                load_draft(ctx, id, session).await;
                                if same_session(ctx, session) { go(ctx, Screen::Needs); }
                            });
                        }>{move || tx("drafts-continue")}</button>
                        <button type="button" class="secondary" on:click=move |_| {
                            let id = id2.clone();
                            if ctx.draft_id.get_untracked().as_deref() == Some(id.as_str()) {
                                ctx.draft_id.set(None);
                                ctx.form.set(Form { language: Some(lang().get_untracked()), ..Form::default() });
                            }
                            spawn_local(async move {
                                let _ = invoke("draft_delete", json!({ "draftId": id })).await;
                                load();
                            });
                        }>{move || tx("drafts-delete")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Heading id="drafts-title"/>
        {move || ids.with(Vec::is_empty).then(|| view! { <p>{move || tx("drafts-none")}</p> })}
        <ul class="drafts">{rows}</ul>
        <div class="actions">
            <button type="button" class="secondary" on:click=move |_| go(ctx, Screen::Status)>{move || tx("back")}</button>
        </div>
    }
}

/// A message on the settings screen: a Fluent id and, for the wrong-PIN count, a number.
type Said = (String, Option<u32>);

/// What a PIN form (change PIN, emergency PIN) answered, as the lock screen would: done, wrong
/// with the attempts left, or everything wiped. `Err` carries the message to show.
fn pin_answer(res: Result<Value, CmdError>, ctx: Ctx) -> Result<(), Said> {
    match res {
        Ok(v) => match v.get("result").and_then(Value::as_str) {
            Some("wrong_pin") => {
                let left = v.get("remaining").and_then(Value::as_u64).unwrap_or(0);
                Err(("pin-wrong-left".into(), Some(left as u32)))
            }
            Some("wiped") => {
                // The last wrong PIN: the backend has wiped; look like a fresh calculator.
                hide_everything(ctx);
                ctx.setup_done.set(false);
                Err((String::new(), None))
            }
            Some("changed" | "set") => Ok(()),
            _ => Err(("error-internal".into(), None)),
        },
        Err(e) => Err((format!("error-{}", e.code), None)),
    }
}

/// Calls of `panic_wipe` before giving up, [`PANIC_WIPE_RETRY`] apart.
const PANIC_WIPE_TRIES: u32 = 20;
const PANIC_WIPE_RETRY: Duration = Duration::from_millis(250);

/// The panic wipe, called again until the backend says every step is done: the screen already
/// shows a fresh calculator, so a step that failed (a file the system would not delete yet) must
/// not silently leave the data behind.
fn panic_wipe(attempt: u32) {
    spawn_local(async move {
        if invoke("panic_wipe", json!({})).await.is_err() && attempt < PANIC_WIPE_TRIES {
            let _ = set_timeout_with_handle(move || panic_wipe(attempt + 1), PANIC_WIPE_RETRY);
        }
    });
}

/// A wipe must be remembered even if the person has left the screen (quick exit, lock) while
/// the answer was on its way: otherwise the calculator would wait for a PIN that no longer
/// exists instead of offering a fresh set-up.
fn note_wipe(ctx: Ctx, res: &Result<Value, CmdError>) {
    let wiped = res
        .as_ref()
        .ok()
        .and_then(|v| v.get("result"))
        .and_then(Value::as_str)
        == Some("wiped");
    if wiped {
        ctx.setup_done.set(false);
    }
}

fn said_text(said: &Said) -> String {
    match said {
        (id, Some(n)) => txa(id, &[("count", Arg::Num(f64::from(*n)))]),
        (id, None) => tx_or(id, "error-internal", &[]),
    }
}

/// A PIN field: digits only on a phone keypad, never autofilled or remembered.
fn pin_field(
    id: &'static str,
    testid: &'static str,
    label: &'static str,
    sig: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{move || tx(label)}</label>
            <input id=id data-testid=testid type="password" inputmode="numeric" autocomplete="off" maxlength="12"
                prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev))/>
        </div>
    }
}

#[component]
fn SettingsScreen() -> impl IntoView {
    let ctx = ctx();
    // Change PIN.
    let cur = RwSignal::new(String::new());
    let new_pin = RwSignal::new(String::new());
    let new_pin2 = RwSignal::new(String::new());
    let pin_said = RwSignal::new(None::<Said>);
    let pin_busy = RwSignal::new(false);
    let change_pin = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let (c, n, n2) = (
            cur.get_untracked(),
            new_pin.get_untracked(),
            new_pin2.get_untracked(),
        );
        let problem = if !plausible_pin(&c) {
            Some("error-wrong_pin")
        } else if !valid_new_pin(&n) {
            Some("error-pin_too_short")
        } else if n != n2 {
            Some("setup-mismatch")
        } else {
            None
        };
        if let Some(id) = problem {
            pin_said.set(Some((id.into(), None)));
            return;
        }
        pin_busy.set(true);
        let session = ctx.session.get_value();
        spawn_local(async move {
            let res = invoke("change_pin", json!({ "currentPin": c, "newPin": n })).await;
            note_wipe(ctx, &res);
            if !same_session(ctx, session) {
                return;
            }
            pin_busy.set(false);
            cur.set(String::new());
            match pin_answer(res, ctx) {
                Ok(()) => {
                    new_pin.set(String::new());
                    new_pin2.set(String::new());
                    pin_said.set(Some(("settings-pin-changed".into(), None)));
                }
                Err(said) => pin_said.set(Some(said)),
            }
        });
    };
    // Emergency (duress) PIN.
    let pin = RwSignal::new(String::new());
    let duress = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Said>);
    let confirm_wipe = RwSignal::new(false);
    let duress_busy = RwSignal::new(false);
    let set_duress = move |remove: bool| {
        if duress_busy.get_untracked() {
            return; // a double tap must not cost two attempts
        }
        let (p, d) = (pin.get_untracked(), duress.get_untracked());
        if !plausible_pin(&p) {
            message.set(Some(("error-wrong_pin".into(), None)));
            return;
        }
        if !remove && !valid_new_pin(&d) {
            message.set(Some(("error-pin_too_short".into(), None)));
            return;
        }
        duress_busy.set(true);
        let session = ctx.session.get_value();
        spawn_local(async move {
            let d = if remove { Value::Null } else { json!(d) };
            let res = invoke("set_duress_pin", json!({ "pin": p, "duressPin": d })).await;
            note_wipe(ctx, &res);
            duress_busy.set(false);
            if !same_session(ctx, session) {
                return;
            }
            pin.set(String::new());
            let done = if remove {
                "settings-duress-removed"
            } else {
                "settings-duress-saved"
            };
            match pin_answer(res, ctx) {
                Ok(()) => {
                    duress.set(String::new());
                    message.set(Some((done.into(), None)));
                }
                Err(said) => message.set(Some(said)),
            }
        });
    };
    let wipe = move |_| {
        hide_everything(ctx);
        ctx.setup_done.set(false);
        panic_wipe(1);
    };
    let said = move |sig: RwSignal<Option<Said>>| {
        move || {
            sig.get()
                .filter(|s| !s.0.is_empty())
                .map(|s| view! { <p class="notice" role="status">{move || said_text(&s)}</p> })
        }
    };
    // Where the device secret lives: a file beside the database (no OS keyring reachable when
    // the app was set up) is less protected, and the person should know (docs/device-secret.md).
    let less_protected = RwSignal::new(false);
    spawn_local(async move {
        if let Ok(st) = invoke("app_state", json!({})).await {
            less_protected.set(st.get("device_secret").and_then(Value::as_str) == Some("file"));
        }
    });
    view! {
        <Heading id="settings-title"/>
        {move || less_protected.get().then(|| view! {
            <p class="notice" role="note" data-testid="device-secret-file">{move || tx("settings-less-protected")}</p>
        })}
        <h2>{move || tx("settings-language")}</h2>
        <div class="choices"><LanguageList/></div>
        <button type="button" class="secondary" on:click=move |_| lock_now(ctx)>{move || tx("settings-lock")}</button>
        <h2>{move || tx("settings-pin-title")}</h2>
        <form on:submit=change_pin novalidate>
            {pin_field("pin-current", "pin-current", "settings-current-pin", cur)}
            {pin_field("pin-new", "pin-new", "settings-new-pin", new_pin)}
            {pin_field("pin-new-again", "pin-new-again", "settings-new-pin-again", new_pin2)}
            {said(pin_said)}
            <button type="submit" class="primary" data-testid="pin-change" disabled=move || pin_busy.get()>{move || tx("settings-pin-save")}</button>
        </form>
        <h2>{move || tx("settings-duress-title")}</h2>
        <p>{move || tx("settings-duress-intro")}</p>
        {pin_field("cur-pin", "cur-pin", "settings-current-pin", pin)}
        {pin_field("new-duress", "new-duress", "setup-duress-label", duress)}
        {said(message)}
        <div class="actions">
            <button type="button" class="primary" data-testid="duress-save" disabled=move || duress_busy.get() on:click=move |_| set_duress(false)>{move || tx("settings-duress-save")}</button>
            <button type="button" class="secondary" data-testid="duress-remove" disabled=move || duress_busy.get() on:click=move |_| set_duress(true)>{move || tx("settings-duress-remove")}</button>
        </div>
        <h2>{move || tx("settings-wipe-title")}</h2>
        <p>{move || tx("settings-wipe-intro")}</p>
        {move || if confirm_wipe.get() {
            view! {
                <div class="actions">
                    <button type="button" class="danger" id="wipe-confirm" on:click=wipe>{move || tx("settings-wipe-confirm")}</button>
                    <button type="button" class="secondary" on:click=move |_| confirm_wipe.set(false)>{move || tx("cancel")}</button>
                </div>
            }.into_any()
        } else {
            view! {
                <button type="button" class="danger" id="wipe" on:click=move |_| confirm_wipe.set(true)>{move || tx("settings-wipe-title")}</button>
            }.into_any()
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_match_fields_and_children() {
        assert!(error_matches("contact.methods", "contact.methods", true));
        assert!(!error_matches(
            "contact.methods[0].phone",
            "contact.methods",
            true
        ));
        assert!(error_matches(
            "contact.methods[0].phone",
            "contact.methods[0]",
            false
        ));
        assert!(!error_matches(
            "contact.methods[10]",
            "contact.methods[1]",
            false
        ));
        assert!(!error_matches("placeholder", "place", false));
    }

    #[test]
    fn region_from_locale() {
        assert_eq!(region_of("ar-EG").as_deref(), Some("EG"));
        assert_eq!(region_of("zh-Hans-CN").as_deref(), Some("CN"));
        assert_eq!(region_of("en"), None);
        assert!(valid_new_pin("012345") && !valid_new_pin("12a456") && !valid_new_pin("12345"));
        assert!(plausible_pin("0123") && !plausible_pin("12a4") && !plausible_pin("123"));
        assert!(!valid_new_pin("1234567890123") && !plausible_pin("1234567890123"));
    }
}
