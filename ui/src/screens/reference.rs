//! The outreach worker's reference (`docs/protocol.md`, "Reference phrase"): the screen that
//! hands it over once, and the screen where anyone types one to read the hotline's answers.

use leptos::html::{H2, Ol};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::flow::Screen;
use crate::icons::{self};
use crate::ipc::invoke;
use crate::screens::{replies_list_in, reply_text_in};
use crate::session::*;
use crate::widgets::*;
use reach_contract::ErrorCode;
use reach_contract::command::{self as cmd, CheckReferenceArgs, NoArgs, ReferenceCheckView};

/// The 22 digits in groups of four, as they are printed and read out.
fn grouped(digits: &str) -> String {
    digits
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The steps a word is set smaller by to fit its line, in 5 % steps down to half its size
/// (`ui/style.css`, `.reference-words li.fit-*`).
const FIT_STEPS: [u32; 10] = [95, 90, 85, 80, 75, 70, 65, 60, 55, 50];

/// Sets each word of a reference as large as its line allows, and never larger than its size:
/// a word wider than the line (a long Malagasy or Tamil word at 200 % text on a 360 px screen)
/// would otherwise be broken in two, and a word copied as two is typed as two. A word that does
/// not fit at half its size wraps (`fit-wrap`) rather than leave the screen.
fn fit_words(list: &web_sys::Element) {
    let items = list.children();
    for i in 0..items.length() {
        let Some(word) = items.item(i) else { continue };
        let classes = word.class_list();
        for step in FIT_STEPS {
            let _ = classes.remove_1(&format!("fit-{step}"));
        }
        let _ = classes.remove_1("fit-wrap");
        // A nowrap line: its scroll width is the word's, its client width the line's.
        let fits = |w: &web_sys::Element| w.scroll_width() <= w.client_width();
        if fits(&word) {
            continue;
        }
        let room = f64::from(word.client_width()) / f64::from(word.scroll_width().max(1));
        // The first step that fits, starting from the one the widths point to (a font's width
        // does not scale exactly).
        let fitted = FIT_STEPS
            .into_iter()
            .skip_while(|s| f64::from(*s) / 100.0 > room + 0.05)
            .any(|step| {
                let class = format!("fit-{step}");
                let _ = classes.add_1(&class);
                fits(&word) || {
                    let _ = classes.remove_1(&class);
                    false
                }
            });
        if !fitted {
            let _ = classes.add_1("fit-wrap");
        }
    }
}

/// Keeps [`fit_words`] true of the list while it is shown: on a new width (a phone turned) or
/// text size, the words are fitted again before the frame is painted. What is watched is the
/// heading above the words, which both change and fitting does not (watching the list itself,
/// fitting would change what is watched and be reported again, as an error). The observer is
/// disconnected when the screen goes, so it keeps no hold on the words.
fn keep_words_fitted(heading: NodeRef<H2>, list: NodeRef<Ol>) {
    Effect::new(move |_| {
        let (Some(h2), Some(_)) = (heading.get(), list.get()) else {
            return;
        };
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            if let Some(ol) = list.get_untracked() {
                fit_words(&ol);
            }
        });
        let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&h2);
        let held = StoredValue::new_local(Some((observer, on_resize)));
        on_cleanup(move || {
            if let Some(Some((observer, _closure))) = held.try_update_value(Option::take) {
                observer.disconnect();
            }
        });
    });
}

/// Asks the platform to keep the screen on while the reference is shown (the Screen Wake Lock
/// API), and lets it go when the screen goes. Copying nine words by hand takes longer than many
/// phones' screen time-out, and a screen that goes dark hides the page, which locks the app and
/// forgets the reference for good: nothing keeps it (`docs/protocol.md`). Where the platform
/// has no such lock, or refuses it, nothing else changes: the request is sent either way.
fn keep_screen_on() {
    use wasm_bindgen::JsValue;
    let release = |sentinel: &JsValue| {
        if let Ok(f) = js_sys::Reflect::get(sentinel, &"release".into())
            .and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = f.call0(sentinel);
        }
    };
    let held = StoredValue::new_local(None::<JsValue>);
    spawn_local(async move {
        let navigator = window().navigator();
        let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &"wakeLock".into()) else {
            return;
        };
        let Some(promise) = js_sys::Reflect::get(&wake_lock, &"request".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&wake_lock, &"screen".into()).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        else {
            return;
        };
        let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        // The screen may have gone meanwhile (its value with it): then let go at once.
        let kept = held.try_update_value(|h| *h = Some(sentinel.clone()));
        if kept.is_none() {
            release(&sentinel);
        }
    });
    on_cleanup(move || {
        if let Some(Some(sentinel)) = held.try_update_value(Option::take) {
            release(&sentinel);
        }
    });
}

/// Shown once, right after a request was sealed for a person who takes a reference away: the
/// words large (and spoken in their list's language), the digits (spoken in the person's
/// language: on a worker's phone the screens are the worker's, and a person whose language has
/// no word list takes the digits away), the request's number. Leaving the screen forgets it.
/// While it is shown the screen is kept on, and the app waits longer before it locks for want
/// of a touch ([`crate::safety::REFERENCE_IDLE_LOCK_MS`]).
#[component]
pub(crate) fn ReferenceScreen() -> impl IntoView {
    let ctx = ctx();
    keep_screen_on();
    // The backend locks on its own after 150 s without a command (a backstop for a UI that
    // hangs); this screen sends none while the words are copied, so it says it is alive.
    if let Ok(h) = set_interval_with_handle(
        || crate::ipc::invoke_later::<cmd::AppState>(NoArgs {}),
        std::time::Duration::from_secs(60),
    ) {
        on_cleanup(move || h.clear());
    }
    let done = move |_| {
        ctx.handover.set(None);
        // Only now may the backend forget it (it kept it in case a lock hid this screen).
        crate::ipc::invoke_later::<cmd::ReferenceHandedOver>(NoArgs {});
        if ctx.person.get_untracked().is_some() {
            // Worker mode: the person has their reference; the worker is back home.
            end_person(ctx);
            go(ctx, Screen::Outreach);
        } else if ctx.worker.get_untracked().is_some() {
            // Shown again after a lock: the person's session had ended with it.
            go(ctx, Screen::Outreach);
        } else {
            go(ctx, Screen::Status);
        }
    };
    let body = move || {
        ctx.handover.get().map(|r| {
            // The form is emptied once the request is sent: the shell says whether it was a
            // child's, so the words to the person stay a child's (after a lock too).
            let child = r.child;
            let number: String = r.referral_id.chars().take(6).collect();
            let digits = grouped(&r.digits);
            // Read digit by digit, with a pause between groups, in the person's language (the
            // request's; after a lock emptied the form, the words'; else the screens').
            let person = ctx
                .form
                .with_untracked(|f| f.language.clone())
                .or_else(|| r.words_lang.clone())
                .map_or_else(|| lang().get_untracked(), |l| crate::i18n::best_locale(&l).to_owned());
            let spoken_digits = digits
                .split(' ')
                .map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
                .join(", ");
            // The words come with their language; without it nothing is shown but the digits,
            // rather than words marked up and read in a guessed language.
            let words = r.words.clone().zip(r.words_lang.clone()).map(|(w, words_lang)| {
                let spoken = w.join(", ");
                let (heading, list) = (NodeRef::<H2>::new(), NodeRef::<Ol>::new());
                keep_words_fitted(heading, list);
                // In their own language's direction: an Arabic phrase is numbered from the right.
                let words_dir = if crate::i18n::is_rtl(&words_lang) { "rtl" } else { "ltr" };
                view! {
                    <h2 node_ref=heading>{move || tx("reference-words")}</h2>
                    <div class="heading-row words-row">
                        <ol class="reference-words" data-testid="reference-words" node_ref=list lang=words_lang.clone() dir=words_dir>
                            {w.into_iter().map(|word| view! { <li>{word}</li> }).collect_view()}
                        </ol>
                        <Speak text=Signal::derive(move || spoken.clone()) locale=words_lang testid="speak-reference-words".to_owned()/>
                    </div>
                }
            });
            view! {
                <ForPerson person=person.clone() child/>
                <p class="ref" data-testid="reference-number">
                    {move || txa("reference-request", &[("number", crate::i18n::Arg::Str(format!("#{number}")))])}
                </p>
                {words}
                <h2>{move || tx("reference-digits")}</h2>
                <div class="heading-row">
                    <p class="reference-digits" data-testid="reference-digits" dir="ltr">{digits}</p>
                    <Speak text=Signal::derive(move || spoken_digits.clone()) locale=person testid="speak-reference-digits".to_owned()/>
                </div>
            }
        })
    };
    view! {
        <Heading id="reference-title"/>
        <p class="important">{move || tx("reference-intro")}</p>
        {body}
        <div class="actions">
            <button type="button" class="primary" data-testid="reference-done" on:click=done>
                {icons::check()}<span class="label">{move || tx("reference-done")}</span>
            </button>
        </div>
    }
}

/// What the reference is and how to use it, said to the person in their own language: on a
/// worker's phone the screen around it is in the worker's, and the worker may not share a
/// language with them. It names the two buttons that lead to the answers on any install, in
/// the person's words (a child's, when the request was on the child's path), and has its own
/// speaker. The person's locale was loaded for their own questions; should it be gone, it is
/// loaded again, and if that fails the screens' language says it rather than nothing.
#[component]
fn ForPerson(person: String, child: bool) -> impl IntoView {
    let shown_in: RwSignal<Option<String>> = RwSignal::new(None);
    if crate::i18n::is_loaded(&person) {
        shown_in.set(Some(person));
    } else {
        spawn_local(async move {
            let loaded = crate::i18n::load(&person).await.is_ok();
            shown_in.set(Some(if loaded {
                person
            } else {
                lang().get_untracked()
            }));
        });
    }
    let text = move |l: &str| {
        let name = |id: &str| crate::i18n::Arg::Str(txa_in(l, id, &[]));
        txa_in_on(
            child,
            l,
            "reference-for-person",
            &[
                ("requests", name("status-title")),
                ("check", name("status-check-reference")),
            ],
        )
    };
    move || {
        shown_in.get().map(|l| {
            let dir = if crate::i18n::is_rtl(&l) { "rtl" } else { "ltr" };
            let said = text(&l);
            let spoken = said.clone();
            let locale = l.clone();
            view! {
                <div class="heading-row for-person" data-testid="reference-for-person" lang=l dir=dir>
                    <p>{said}</p>
                    <Speak text=Signal::derive(move || spoken.clone()) locale=locale named_in_locale=true testid="speak-reference-for-person".to_owned()/>
                </div>
            }
        })
    }
}

/// Any install: type a reference, see the request's state and the hotline's replies. The
/// answer lives in this screen only; nothing is stored (the backend stores nothing either).
/// Typed as words, the answers are shown in the words' language, the person's (on a worker's
/// or a friend's phone the screens may be in another), with a button to the screens' own; typed
/// as digits, in the language the hotline's replies name, likewise. A speaker reads them in the
/// language they are shown in.
#[component]
pub(crate) fn CheckReferenceScreen() -> impl IntoView {
    let ctx = ctx();
    let typed = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let result: RwSignal<Option<ReferenceCheckView>> = RwSignal::new(None);
    // The person's locale (the words', or the replies' for digits), once loaded, when it is
    // not the screens'; and whether it is shown.
    let words_locale: RwSignal<Option<String>> = RwSignal::new(None);
    let in_words = RwSignal::new(true);
    // Which typed word is not on the list, when the check could tell (then said by the field).
    let wrong_word: RwSignal<Option<u32>> = RwSignal::new(None);
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        wrong_word.set(None);
        result.set(None);
        words_locale.set(None);
        in_words.set(true);
        ctx.notice.set(Some("check-reference-working".into()));
        let session = ctx.session.get_value();
        let args = CheckReferenceArgs {
            typed: typed.get_untracked(),
            lang: lang().get_untracked(),
        };
        spawn_local(async move {
            let res = invoke::<cmd::CheckReference>(&args).await;
            if !same_session(ctx, session) {
                return;
            }
            // The person's language: the words', or for digits the one the hotline's replies
            // name (from the request), when this app has it. Loaded before anything is shown
            // (a locale that cannot be loaded leaves the answers in the screens' language).
            // Screens in a regional form of it (Dari's, whose words are Persian's list) stay
            // as they are.
            let primary = |l: &str| l.split('-').next().unwrap_or_default().to_lowercase();
            let screens = lang().get_untracked();
            let words = res
                .as_ref()
                .ok()
                .and_then(|view| {
                    view.words_lang
                        .clone()
                        .or_else(|| view.replies.iter().rev().find_map(|r| r.lang.clone()))
                })
                .filter(|l| primary(l) != primary(&screens))
                .map(|l| (crate::i18n::best_locale(&l), l))
                .filter(|(have, l)| primary(have) == primary(l))
                .map(|(have, _)| have);
            let words = match words {
                Some(l) if crate::i18n::load(l).await.is_ok() => Some(l.to_owned()),
                _ => None,
            };
            if !same_session(ctx, session) {
                return;
            }
            busy.set(false);
            match res {
                Ok(view) => {
                    ctx.notice.set(None);
                    words_locale.set(words);
                    result.set(Some(view));
                }
                // The usual "not connected … your draft is saved" is about sending: here
                // there is no draft, and the person may try on another phone.
                Err(e) if e.code == ErrorCode::NoHotline => {
                    ctx.notice.set(Some("check-reference-no-hotline".into()));
                }
                Err(e) if e.code == ErrorCode::ReferenceUnknownWord && e.word.is_some() => {
                    ctx.notice.set(None);
                    wrong_word.set(e.word);
                }
                Err(e) => ctx.notice.set(Some(e.code.message_id())),
            }
        });
    };
    // The locale the answers are shown in.
    let shown_in = Signal::derive(move || match words_locale.get() {
        Some(l) if in_words.get() => l,
        _ => lang().get(),
    });
    let shown = move || {
        result.get().map(|r| {
            let l = shown_in.get();
            let dir = if crate::i18n::is_rtl(&l) { "rtl" } else { "ltr" };
            let state = r.state.map(|s| s.as_str());
            let state_text = move || {
                state.map(|s| {
                    tx_or_in(&shown_in.get(), &format!("status-hotline-{s}"), "status-hotline-unknown", &[])
                })
            };
            let empty = r.replies.is_empty();
            // Read aloud: the state and the hotline's own messages (never the staff's free
            // text, whose language is not known), in the language they are shown in.
            let templates = r.replies.clone();
            let spoken = Signal::derive(move || {
                let l = shown_in.get();
                let mut parts: Vec<String> = state_text().into_iter().collect();
                if templates.is_empty() {
                    parts.push(txa_in(&l, "check-reference-no-replies", &[]));
                } else {
                    parts.push(txa_in(&l, "status-replies", &[]));
                    parts.extend(templates.iter().map(|t| reply_text_in(t, &l)));
                }
                parts.join(" ")
            });
            let other = words_locale.get().map(|w| {
                // The button names the language it leads to, in that language's own script.
                let to = if in_words.get() { lang().get() } else { w };
                let name = crate::i18n::info(&to).map_or(to.clone(), |i| i.name.to_owned());
                view! {
                    <button type="button" class="secondary" data-testid="reference-show-in"
                        on:click=move |_| in_words.update(|v| *v = !*v)>
                        {move || txa("check-reference-show-in", &[("language", crate::i18n::Arg::Str(name.clone()))])}
                    </button>
                }
            });
            let speaker_locale = l.clone();
            view! {
                <section class="request" data-testid="reference-result" lang=l dir=dir>
                    <div class="heading-row">
                        // The number left to right, on the side the section's language starts.
                        <p class="ref"><bdi dir="ltr">"#" {r.number.clone()}</bdi></p>
                        <Speak text=spoken locale=speaker_locale named_in_locale=true testid="speak-reference-result".to_owned()/>
                    </div>
                    {state.map(|s| view! {
                        <p data-testid="hotline-state" data-state=s>{state_text}</p>
                    })}
                    {empty.then(|| view! { <p>{move || txa_in(&shown_in.get(), "check-reference-no-replies", &[])}</p> })}
                    {replies_list_in(r.replies, r.unreadable > 0, shown_in)}
                </section>
                {other}
            }
        })
    };
    view! {
        <Heading id="check-reference-title"/>
        <p>{move || tx("check-reference-intro")}</p>
        <form class="field" on:submit=check>
            <label for="reference-typed">{move || tx("check-reference-label")}</label>
            {move || wrong_word.get().map(|n| view! {
                <p id="reference-wrong-word" class="notice" role="alert" data-testid="reference-wrong-word">
                    {move || txa("check-reference-wrong-word", &[("number", crate::i18n::Arg::Num(f64::from(n)))])}
                </p>
            })}
            <input id="reference-typed" data-testid="reference-typed" type="text" {keyboard_learns_nothing()} dir="auto"
                aria-describedby=move || wrong_word.get().map(|_| "reference-wrong-word")
                autocapitalize="none" maxlength="200"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <button type="submit" class="primary" data-testid="reference-check" disabled=move || busy.get()>
                {move || tx("check-reference-submit")}
            </button>
        </form>
        {shown}
        <div class="actions">
            // Back home: a worker's is the outreach screen, anyone else's their requests.
            <button type="button" class="secondary" data-testid="back" on:click=move |_| {
                go(ctx, if ctx.worker.get_untracked().is_some() { Screen::Outreach } else { Screen::Status })
            }>{move || tx("back")}</button>
        </div>
    }
}
