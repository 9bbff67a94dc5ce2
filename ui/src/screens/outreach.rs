//! Worker mode (an outreach worker's own phone): the worker's home, the hand-over to the person
//! for the questions they answer alone, and the giving back, which closes those answers to the
//! worker. The flow's order is [`crate::flow::ASSISTED`]'s.

use leptos::prelude::*;

use crate::flow::Screen;
use crate::i18n::Arg;
use crate::icons::{self};
use crate::session::*;
use crate::widgets::*;

/// Home on a worker's phone: who the worker is (as the hotline will see it), "help a new
/// person", the requests (number and state only) and "check a reference".
#[component]
pub(crate) fn OutreachScreen() -> impl IntoView {
    let ctx = ctx();
    let working_as = move || {
        ctx.worker.get().map(|w| {
            let org = match w.channel {
                Some(ch) => format!("{} · {ch}", w.organisation),
                None => w.organisation,
            };
            view! {
                <p class="important" data-testid="worker-as">
                    {move || txa("worker-working-as", &[("organisation", Arg::Str(org.clone()))])}
                </p>
            }
        })
    };
    view! {
        <Heading id="worker-title"/>
        {working_as}
        <p>{move || tx("worker-intro")}</p>
        <div class="actions">
            <button type="button" class="primary" data-testid="help-new-person" on:click=move |_| help_new_person(ctx)>
                {move || tx("worker-new-person")}
            </button>
            <button type="button" class="secondary" data-testid="worker-requests" on:click=move |_| go(ctx, Screen::Status)>
                {move || tx("status-title")}
            </button>
            <button type="button" class="secondary" data-testid="worker-drafts" on:click=move |_| go(ctx, Screen::Drafts)>
                {move || tx("drafts-title")}
            </button>
            <button type="button" class="secondary" data-testid="worker-check-reference" on:click=move |_| go(ctx, Screen::CheckReference)>
                {move || tx("status-check-reference")}
            </button>
        </div>
    }
}

/// The hand-over: the worker gives the phone to the person. The screen is the person's (in
/// their language) with one paragraph for the worker in the worker's own language.
#[component]
pub(crate) fn HandOverScreen() -> impl IntoView {
    let ctx = ctx();
    view! {
        <WorkerNote key=Signal::derive(|| "handover-worker") testid="handover-worker"/>
        <Heading id="handover-title"/>
        <p class="important" data-arrival=move || tx("handover-person")>{move || tx("handover-person")}</p>
        <Speak text=Signal::derive(move || tx("handover-person")) testid="speak-handover".to_owned()/>
        <div class="step-nav">
            <button type="button" class="secondary back" data-testid="back" on:click=move |_| go_back(ctx, Screen::HandOver)>{move || tx("back")}</button>
            <button type="button" class="primary next" data-testid="handover-start" on:click=move |_| go_next(ctx, Screen::HandOver)>
                {move || tx("handover-start")}
            </button>
        </div>
    }
}

/// The person is done: "give the phone back" closes what they answered alone (the worker
/// cannot go back into it, and the review does not show it), then the worker reviews and sends.
#[component]
pub(crate) fn GiveBackScreen() -> impl IntoView {
    let ctx = ctx();
    let give_back = move |_| {
        ctx.person.update(|p| {
            if let Some(p) = p {
                p.sealed = true;
                p.reopened = None;
            }
        });
        // The consent on the screen before is now the person's, given with the worker's help;
        // saved with the draft, so a draft reopened after a lock stays closed (`load_draft`).
        ctx.form.update(|f| f.consent_assisted = true);
        go(ctx, Screen::Review);
    };
    view! {
        <Heading id="giveback-title"/>
        <p class="important" data-arrival=move || tx("giveback-intro")>{move || tx("giveback-intro")}</p>
        <Speak text=Signal::derive(move || tx("giveback-intro")) testid="speak-giveback".to_owned()/>
        <div class="step-nav">
            <button type="button" class="secondary back" data-testid="back" on:click=move |_| go_back(ctx, Screen::GiveBack)>{move || tx("back")}</button>
            <button type="button" class="primary" data-testid="give-back" on:click=give_back>
                {icons::lock()}<span class="label">{move || tx("giveback-button")}</span>
            </button>
        </div>
    }
}
