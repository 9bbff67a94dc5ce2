//! The root: the calculator disguise, set-up and the app's screens, and the listeners that
//! make it safe (keys, idle lock, hidden page, connectivity).

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use wasm_bindgen::JsCast;

use crate::calc::{Calc, Key};
use crate::flow::Screen;
use crate::i18n::{self};
use crate::icons::{self};
use crate::ipc::{invoke, invoke_later};
use crate::model::Form;
use crate::safety::*;
use crate::screens::{Calculator, Screens, Setup, calc_press};
use crate::session::*;
use reach_contract::choices::AgeGroup;
use reach_contract::command::{self as cmd, ConnectivityArgs, NoArgs};

pub(crate) fn on_document(event: &str, f: impl Fn() + 'static) {
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let _ = document().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

pub(crate) fn install_listeners(ctx: Ctx) {
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
        invoke_later::<cmd::ConnectivityChanged>(ConnectivityArgs { online: true });
    });
    let _ = window_event_listener(ev::offline, move |_| {
        ctx.online.set(false);
        invoke_later::<cmd::ConnectivityChanged>(ConnectivityArgs { online: false });
    });
    on_document("visibilitychange", move || {
        if document().hidden() && ctx.mode.get_untracked() != Mode::Calculator {
            lock_now(ctx);
        }
    });
    let _ = set_interval_with_handle(
        move || {
            if ctx.mode.get_untracked() == Mode::App
                && now() - ctx.last_activity.get_value() > idle_lock_ms(ctx)
            {
                lock_now(ctx);
            }
        },
        Duration::from_secs(5),
    );
}

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
        read_on_arrival: RwSignal::new(false),
        reading: RwSignal::new(None),
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
        give_reference: RwSignal::new(false),
        handover: RwSignal::new(None),
        worker: RwSignal::new(None),
        worker_lang: RwSignal::new("en".into()),
        person: RwSignal::new(None),
    };
    provide_context(ctx);
    // On a worker's phone the child's words are said to the person only: the worker's own
    // screens (the review, in the worker's language) keep the words written for adults.
    let child = Memo::new(move |_| {
        ctx.form
            .with(|f| f.age_group.as_deref() == Some(AgeGroup::Under18.as_str()))
            && (ctx.person.with(Option::is_none) || crate::flow::for_the_person(ctx.screen.get()))
    });
    CHILD.with(|c| c.set(Some(child)));
    Effect::new(move |_| {
        let l = lang().get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", &l);
            let _ = root.set_attribute("dir", if i18n::is_rtl(&l) { "rtl" } else { "ltr" });
        }
    });
    // Worker mode: while a person is helped, their questions are in their language and the
    // worker's screens in the worker's (`language_for`); loaded on demand like any switch.
    Effect::new(move |_| {
        let screen = ctx.screen.get();
        if let Some(want) = language_for(ctx, screen) {
            let code = i18n::best_locale(&want);
            if lang().get_untracked() != code {
                choose_language(ctx, code);
            }
        }
    });
    // Outside a person's session, the screens' language is the worker's.
    Effect::new(move |_| {
        let l = lang().get();
        if ctx.person.get_untracked().is_none() {
            ctx.worker_lang.set(l);
        }
    });
    // The calculator shows exactly when no app screen is mounted. Covering (quick exit, lock)
    // adds the class synchronously before the mode changes; this catches every other change.
    Effect::new(move |_| body_class(ctx.mode.get() == Mode::Calculator));
    // Whether the `screens` module is loaded: a screen's heading may arrive after its mode.
    let screens_ready = RwSignal::new(false);
    Effect::new(move |_| {
        ctx.mode.track();
        ctx.screen.track();
        screens_ready.track();
        let was = document().active_element();
        request_animation_frame(move || focus_heading(was));
    });
    // A reading belongs to the screen it was asked on: another screen or language stops it (the
    // question it reads is gone, and a phone handed back must not go on reading the person's
    // screen). A reading on arrival starts after this, in the next frame.
    Effect::new(move |first: Option<()>| {
        ctx.screen.track();
        lang().track();
        if first.is_some() && ctx.reading.get_untracked().is_some() {
            stop_reading(ctx);
        }
    });
    // Read each screen aloud on arrival (Settings): its heading, then what the screen marks
    // `data-arrival` (the consent's text, what the hand-over asks), once it is painted, as the
    // heading's speaker button would (which then shows "stop", and stops it when pressed).
    Effect::new(move |_| {
        ctx.screen.track();
        lang().track();
        screens_ready.track();
        if ctx.mode.get() == Mode::App && ctx.read_on_arrival.get() {
            request_animation_frame(move || {
                let Some(h1) = document().query_selector("h1[data-screen]").ok().flatten() else {
                    return;
                };
                let speaker = h1
                    .next_element_sibling()
                    .and_then(|b| b.get_attribute("data-speaker"))
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                let mut said: Vec<String> = h1.text_content().into_iter().collect();
                if let Ok(list) = document().query_selector_all("main [data-arrival]") {
                    for i in 0..list.length() {
                        let text = list
                            .item(i)
                            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                            .and_then(|e| e.get_attribute("data-arrival"));
                        said.extend(text);
                    }
                }
                said.retain(|t| !t.trim().is_empty());
                if !said.is_empty() {
                    read_aloud(ctx, said.join(" "), speaker);
                }
            });
        }
    });
    install_listeners(ctx);
    spawn_local(async move {
        if let Ok(st) = invoke::<cmd::AppState>(&NoArgs {}).await {
            // The calculator speaks the phone's language too: load it before anything uses it.
            let best = i18n::best_locale(&st.locale);
            let _ = i18n::load(best).await;
            ctx.os_locale.set(st.locale.clone());
            switch_language(ctx, best).await;
            let done = st.setup_done;
            // No store (first use, or after any wipe): the plain calculator, nothing else. Set-up
            // is reached only the way a person is told ("=" on the empty calculator,
            // docs/first-use.md), so that a wiped app never tells the one who forced the wipe
            // what it was.
            ctx.setup_done.set(done);
        }
        // Then the screens behind the PIN, while the calculator is all that shows.
        if preload_screens().await.is_ok() {
            screens_ready.set(true);
        }
    });
    // The calculator is always in the page, shown by `body.qx` (set in index.html, so it is the
    // first thing painted): a quick exit is one class change, painted in the next frame, with no
    // rendering work before it.
    view! {
        <Calculator/>
        {move || match ctx.mode.get() {
            Mode::Calculator => ().into_any(),
            Mode::Setup => view! { <Shell nav=false>{split_view(setup_view, screens_ready)}</Shell> }.into_any(),
            Mode::App => view! { <Shell nav=true>{split_view(screens_view, screens_ready)}</Shell> }.into_any(),
        }}
    }
}

// The screens behind the PIN, and set-up, are a second wasm module (`screens`), cut off by
// scripts/ui-wasm.sh: the calculator disguise starts without them, from a wasm about a third
// smaller (ADR 0009). They are loaded as soon as the calculator is up (`preload_screens`), so
// the PIN's check, which takes longer, finds them there.

/// The app's screens ([`Screens`]), from the `screens` module.
#[wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_screens))]
fn screens_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <Screens/> }.into_any())
}

/// Set-up ([`Setup`]), from the same module.
#[wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible)]
fn setup_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <Setup/> }.into_any())
}

/// A view from a split module: shown once the module is there (at once when it already is).
/// A module that cannot be loaded gets the plain error and a retry, never a blank page; the
/// loader keeps no failure, so the retry really loads again.
fn split_view<F, Fut>(load: F, ready: RwSignal<bool>) -> impl IntoView + use<F, Fut>
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        Suspend::new(async move {
            match load().await {
                Ok(view) => {
                    ready.set(true);
                    view
                }
                Err(_) => view! {
                    <div>
                        <p class="field-error" role="alert" data-testid="load-failed">{icons::warning()}<span>{move || tx("error-internal")}</span></p>
                        <button type="button" class="primary" data-testid="load-retry" on:click=move |_| attempt.update(|n| *n += 1)>
                            {move || tx("status-retry")}
                        </button>
                    </div>
                }
                .into_any(),
            }
        })
    }
}

#[component]
pub(crate) fn Shell(nav: bool, children: Children) -> impl IntoView {
    let ctx = ctx();
    view! {
        <div class="shell">
            <header class="topbar">
                <button type="button" id="quick-exit" data-testid="quick-exit" class="quick-exit" aria-describedby="qx-hint"
                    on:click=move |_| quick_exit(ctx)>
                    {icons::close()}<span class="label">{move || tx("quick-exit")}</span>
                </button>
                <span id="qx-hint" class="sr-only">{move || tx("quick-exit-hint")}</span>
            </header>
            // Outside the sticky bar, so that only the quick exit stays on screen when the page
            // scrolls: at 200 % text the three of them took half of a 640 px screen.
            // Hidden while a person is helped on a worker's phone: the person reaches neither
            // the worker's requests nor settings (the quick exit stays).
            {move || (nav && ctx.person.get().is_none()).then(|| view! {
                <nav class="menu">
                    {move || ctx.worker.get().is_some().then(|| view! {
                        <button type="button" class="link" data-testid="nav-outreach" on:click=move |_| go(ctx, Screen::Outreach)>
                            {move || tx("worker-title")}
                        </button>
                    })}
                    <button type="button" class="link" data-testid="nav-status" on:click=move |_| go(ctx, Screen::Status)>
                        {move || tx("status-title")}
                    </button>
                    <button type="button" class="link" data-testid="nav-settings" on:click=move |_| go(ctx, Screen::Settings)>
                        {move || tx("settings-title")}
                    </button>
                </nav>
            })}
            <main id="main">
                {move || ctx.notice.get().map(|id| view! { <p class="notice" role="alert">{move || tx(&id)}</p> })}
                {children()}
            </main>
        </div>
    }
}
