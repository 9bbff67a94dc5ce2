//! The requests on this phone and what the hotline said.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::flow::Screen;
use crate::i18n::Arg;
use crate::icons::{self};
use crate::ipc::invoke;
use crate::screens::{FeedbackForm, feedback_offer, feedback_thanks};
use crate::session::*;
use crate::widgets::*;
use reach_contract::command::{self as cmd, NoArgs, ReferralIdArgs};
use reach_contract::reply::{ReplyTemplate, ReplyView};
use reach_contract::view::{RequestState, RequestView};

/// The state the screen shows: "received" only with a verified receipt; anything unknown is
/// "saved" (the request is sealed on this phone either way).
pub(crate) fn shown_state(r: &RequestView) -> RequestState {
    match r.state {
        RequestState::Received if !r.receipt_verified => RequestState::Saved,
        state => state,
    }
}

pub(crate) fn state_text(r: &RequestView) -> String {
    tx(&format!("status-{}", shown_state(r)))
}

/// A hotline reply in the person's own language, from the app's bundled locale: the hotline
/// chose a template, so the words are exact even if nobody there speaks the language. A
/// template this version does not know says so instead of guessing.
pub(crate) fn reply_text(r: &ReplyView) -> String {
    reply_text_in(r, &lang().get())
}

/// [`reply_text`] in a given (loaded) locale.
pub(crate) fn reply_text_in(r: &ReplyView, lang: &str) -> String {
    match ReplyTemplate::parse(&r.template) {
        Some(t) => {
            let day = r
                .day
                .map(|d| txa_in(lang, &format!("weekday-{}", d.short()), &[]))
                .unwrap_or_default();
            txa_in(
                lang,
                &format!("reply-{}", t.as_str()),
                &[
                    ("day", Arg::Str(day)),
                    ("from", Arg::Str(r.from.clone().unwrap_or_default())),
                    ("to", Arg::Str(r.to.clone().unwrap_or_default())),
                ],
            )
        }
        None => txa_in(lang, "reply-unknown", &[]),
    }
}

/// The hotline's replies to one request, newest last, and a line when one failed the checks.
fn replies_view(r: &RequestView) -> impl IntoView + use<> {
    replies_list(r.replies.clone(), r.unreadable_replies > 0)
}

/// `replies`, newest last, and a line when `unreadable` ones failed the checks.
fn replies_list(replies: Vec<ReplyView>, unreadable: bool) -> impl IntoView + use<> {
    replies_list_in(replies, unreadable, Signal::derive(|| lang().get()))
}

/// [`replies_list`] in the (loaded) locale `shown_in` says: a typed reference's answers may be
/// shown in the language of its words rather than the screens'.
pub(crate) fn replies_list_in(
    replies: Vec<ReplyView>,
    unreadable: bool,
    shown_in: Signal<String>,
) -> impl IntoView + use<> {
    view! {
        {(!replies.is_empty()).then(|| view! {
            <div class="replies">
                <p class="replies-title"><strong>{move || txa_in(&shown_in.get(), "status-replies", &[])}</strong></p>
                <ol data-testid="replies">
                    {replies.into_iter().map(|rep| {
                        let note = rep.text.clone();
                        let template = rep.template.clone();
                        view! {
                            <li data-testid="reply" data-template=template>
                                <p>{move || reply_text_in(&rep, &shown_in.get())}</p>
                                {note.map(|t| view! {
                                    <p class="hint">{move || txa_in(&shown_in.get(), "status-reply-note", &[])}</p>
                                    // The staff's own words, in whatever language they wrote.
                                    <p class="reply-note" dir="auto" lang="">{t}</p>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </div>
        })}
        {unreadable.then(|| view! { <p class="field-error">{icons::warning()}<span>{move || txa_in(&shown_in.get(), "status-reply-unreadable", &[])}</span></p> })}
    }
}

/// What the hotline last said of a request the phone knows it received (its state's code, or
/// `unknown` when the phone could not read it); nothing before it is received.
fn hotline_said(r: &RequestView) -> Option<String> {
    let received = r.state == RequestState::Received && r.receipt_verified;
    match r.hotline_state.filter(|_| received) {
        Some(h) => Some(h.as_str().to_owned()),
        None if received && r.hotline_state_unknown => Some("unknown".to_owned()),
        None => None,
    }
}

/// [`hotline_said`]'s code in words; a state this version has no words for reads as unknown.
fn hotline_text(code: &str) -> String {
    tx_or(
        &format!("status-hotline-{code}"),
        "status-hotline-unknown",
        &[],
    )
}

/// What a request's speaker reads: its state, what the hotline last said and the hotline's
/// messages, in the screens' language; never the staff's free note, whose language is not
/// known (the "Check a reference" screen reads the same for a reference).
fn spoken_request(r: RequestView) -> Signal<String> {
    Signal::derive(move || {
        let mut parts = vec![state_text(&r)];
        parts.extend(hotline_said(&r).map(|code| hotline_text(&code)));
        if !r.replies.is_empty() {
            parts.push(tx("status-replies"));
            parts.extend(r.replies.iter().map(reply_text));
        }
        parts.join(" ")
    })
}

pub(crate) fn refresh_requests(ctx: Ctx) {
    let session = ctx.session.get_value();
    spawn_local(async move {
        if let Ok(list) = invoke::<cmd::Requests>(&NoArgs {}).await
            && same_session(ctx, session)
            && ctx.requests.get_untracked() != list
        {
            ctx.requests.set(list);
        }
    });
}

#[component]
pub(crate) fn StatusScreen() -> impl IntoView {
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
    // (id, state, replies): a new reply is news too.
    let previous = StoredValue::new(None::<Vec<(String, RequestState, usize)>>);
    Effect::new(move |_| {
        let list = ctx.requests.get();
        let now: Vec<(String, RequestState, usize)> = list
            .iter()
            .map(|r| (r.id.clone(), r.state, r.replies.len()))
            .collect();
        if let Some(before) = previous.get_value() {
            let changed: Vec<String> = list
                .iter()
                .filter_map(|r| {
                    let was = before.iter().find(|(id, _, _)| *id == r.id);
                    match was {
                        Some((_, s, _)) if *s != r.state => Some(state_text(r)),
                        Some((_, _, n)) if *n < r.replies.len() => r.replies.last().map(reply_text),
                        Some(_) => None,
                        None => Some(state_text(r)),
                    }
                })
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
            let _ = invoke::<cmd::SendNow>(&NoArgs {}).await;
            if same_session(ctx, session) {
                refresh_requests(ctx);
            }
        });
    };
    let retry = move |id: String| {
        let session = ctx.session.get_value();
        spawn_local(async move {
            let _ = invoke::<cmd::Retry>(&ReferralIdArgs { referral_id: id }).await;
            if same_session(ctx, session) {
                refresh_requests(ctx);
            }
        });
    };
    let check = move |id: String| {
        let session = ctx.session.get_value();
        spawn_local(async move {
            let _ = invoke::<cmd::RefreshStatus>(&ReferralIdArgs { referral_id: id }).await;
            if same_session(ctx, session) {
                refresh_requests(ctx);
            }
        });
    };
    let feedback = FeedbackForm::new();
    let items = move || {
        ctx.requests
            .get()
            .into_iter()
            .map(|r| {
                let attempts = r.attempts;
                let text = r.clone();
                let received = r.state == RequestState::Received && r.receipt_verified;
                let hotline = hotline_said(&r);
                let replies = replies_view(&r);
                let problem = (r.state == RequestState::NeedsAttention).then(|| r.problem.clone().unwrap_or_else(|| "other".into()));
                let id = r.id.clone();
                let retry_id = r.id.clone();
                let short: String = r.id.chars().take(6).collect();
                let shown = shown_state(&r).as_str();
                let offer = (received && r.feedback_offer).then(|| feedback_offer(feedback, r.id.clone()));
                let spoken = spoken_request(r.clone());
                view! {
                    <li class=format!("request state-{}", r.state)>
                        <div class="heading-row">
                            <p class="ref"><bdi dir="ltr">"#" {short}</bdi></p>
                            <Speak text=spoken testid="speak-request".to_owned()/>
                        </div>
                        <p class="state" data-testid="request-state" data-state=shown><strong>{move || state_text(&text)}</strong></p>
                        {hotline.map(|code| { let state = code.clone(); view! { <p data-testid="hotline-state" data-state=state>{move || hotline_text(&code)}</p> } })}
                        {replies}
                        {offer}
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
                .any(|r| matches!(r.state, RequestState::Saved | RequestState::NeedsAttention))
        })
    };
    view! {
        <Heading id="status-title"/>
        <p>{move || tx("status-intro")}</p>
        <p class="sr-only" role="status" aria-live="polite" id="status-live">{move || announce.get()}</p>
        {feedback_thanks(feedback)}
        {move || (!ctx.online.get()).then(|| view! { <p class="notice">{move || tx("status-offline")}</p> })}
        {move || ctx.requests.with(Vec::is_empty).then(|| view! { <p>{move || tx("status-empty")}</p> })}
        <ul class="requests" data-testid="status-list">{items}</ul>
        <div class="actions">
            {move || pending().then(|| view! {
                <button type="button" id="send-now" data-testid="send-now" class="primary" on:click=send_now>{move || tx("status-send-now")}</button>
            })}
            <button type="button" class="secondary" data-testid="new-request" on:click=move |_| new_request(ctx)>{move || tx("status-new")}</button>
            <button type="button" class="secondary" on:click=move |_| go(ctx, Screen::Drafts)>{move || tx("drafts-title")}</button>
            <button type="button" class="secondary" data-testid="check-reference" on:click=move |_| go(ctx, Screen::CheckReference)>{move || tx("status-check-reference")}</button>
        </div>
    }
}
