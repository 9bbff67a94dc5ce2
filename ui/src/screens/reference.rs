//! The outreach worker's reference (`docs/protocol.md`, "Reference phrase"): the screen that
//! hands it over once, and the screen where anyone types one to read the hotline's answers.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::flow::Screen;
use crate::icons::{self};
use crate::ipc::invoke;
use crate::screens::replies_list;
use crate::session::*;
use crate::widgets::*;
use reach_contract::command::{self as cmd, CheckReferenceArgs, ReferenceCheckView};

/// The 22 digits in groups of four, as they are printed and read out.
fn grouped(digits: &str) -> String {
    digits
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Shown once, right after a request was sealed for a person who takes a reference away: the
/// words large (and spoken in their list's language), the digits (spoken in the person's
/// language: on a worker's phone the screens are the worker's, and a person whose language has
/// no word list takes the digits away), the request's number. Leaving the screen forgets it.
#[component]
pub(crate) fn ReferenceScreen() -> impl IntoView {
    let ctx = ctx();
    let done = move |_| {
        ctx.handover.set(None);
        if ctx.person.get_untracked().is_some() {
            // Worker mode: the person has their reference; the worker is back home.
            end_person(ctx);
            go(ctx, Screen::Outreach);
        } else {
            go(ctx, Screen::Status);
        }
    };
    let body = move || {
        ctx.handover.get().map(|r| {
            let number: String = r.referral_id.chars().take(6).collect();
            let digits = grouped(&r.digits);
            // Read digit by digit, with a pause between groups, in the person's language (the
            // request's; the screens' when it has none).
            let person = ctx
                .form
                .with_untracked(|f| f.language.clone())
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
                // In their own language's direction: an Arabic phrase is numbered from the right.
                let words_dir = if crate::i18n::is_rtl(&words_lang) { "rtl" } else { "ltr" };
                view! {
                    <h2>{move || tx("reference-words")}</h2>
                    <div class="heading-row">
                        <ol class="reference-words" data-testid="reference-words" lang=words_lang.clone() dir=words_dir>
                            {w.into_iter().map(|word| view! { <li>{word}</li> }).collect_view()}
                        </ol>
                        <Speak text=Signal::derive(move || spoken.clone()) locale=words_lang testid="speak-reference-words".to_owned()/>
                    </div>
                }
            });
            view! {
                <ForPerson person=person.clone()/>
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
                {icons::check()}{move || tx("reference-done")}
            </button>
        </div>
    }
}

/// What the reference is and how to use it, said to the person in their own language: on a
/// worker's phone the screen around it is in the worker's, and the worker may not share a
/// language with them. It names the two buttons that lead to the answers on any install, in
/// the person's words, and has its own speaker. The person's locale was loaded for their own
/// questions; should it be gone, it is loaded again, and if that fails the screens' language
/// says it rather than nothing.
#[component]
fn ForPerson(person: String) -> impl IntoView {
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
        let name = |id: &str| crate::i18n::Arg::Str(crate::i18n::format(l, id, &[]));
        crate::i18n::format(
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
                    <Speak text=Signal::derive(move || spoken.clone()) locale=locale testid="speak-reference-for-person".to_owned()/>
                </div>
            }
        })
    }
}

/// Any install: type a reference, see the request's state and the hotline's replies. The
/// answer lives in this screen only; nothing is stored (the backend stores nothing either).
#[component]
pub(crate) fn CheckReferenceScreen() -> impl IntoView {
    let ctx = ctx();
    let typed = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let result: RwSignal<Option<ReferenceCheckView>> = RwSignal::new(None);
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        result.set(None);
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
            busy.set(false);
            match res {
                Ok(view) => {
                    ctx.notice.set(None);
                    result.set(Some(view));
                }
                Err(e) => ctx.notice.set(Some(e.code.message_id())),
            }
        });
    };
    let shown = move || {
        result.get().map(|r| {
            let state = r.state.map(|s| s.as_str());
            let empty = r.replies.is_empty();
            view! {
                <section class="request" data-testid="reference-result">
                    <p class="ref" dir="ltr">"#" {r.number.clone()}</p>
                    {state.map(|s| view! {
                        <p data-testid="hotline-state" data-state=s>{move || tx_or(&format!("status-hotline-{s}"), "status-hotline-unknown", &[])}</p>
                    })}
                    {empty.then(|| view! { <p>{move || tx("check-reference-no-replies")}</p> })}
                    {replies_list(r.replies, r.unreadable > 0)}
                </section>
            }
        })
    };
    view! {
        <Heading id="check-reference-title"/>
        <p>{move || tx("check-reference-intro")}</p>
        <form class="field" on:submit=check>
            <label for="reference-typed">{move || tx("check-reference-label")}</label>
            <input id="reference-typed" data-testid="reference-typed" type="text" autocomplete="off" dir="auto"
                autocapitalize="none" spellcheck="false" maxlength="200"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <button type="submit" class="primary" data-testid="reference-check" disabled=move || busy.get()>
                {move || tx("check-reference-submit")}
            </button>
        </form>
        {shown}
        <div class="actions">
            <button type="button" class="secondary" data-testid="back" on:click=move |_| go(ctx, Screen::Status)>{move || tx("back")}</button>
        </div>
    }
}
