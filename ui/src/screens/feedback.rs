//! Survivors' voices: on the status screen, under a request the hotline has closed, the app
//! offers once — optional, skippable — three questions about the help received. Faces first,
//! a word beneath, so that a person who reads little can answer; nothing is required, and "No,
//! thanks" ends the offer as surely as sending. What is sent names neither the request nor the
//! person (the core seals it on its own), and the hotline sees only monthly totals.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::icons::{self, Icon};
use crate::ipc::invoke;
use crate::screens::refresh_requests;
use crate::session::*;
use crate::widgets::SpokenLegend;
use reach_contract::command::{self as cmd, FeedbackArgs, ReferralIdArgs};
use reach_contract::feedback::{FeedbackAnswer, FeedbackAnswers, FeedbackQuestion};

/// The offer's state on the status screen, kept outside the list so the 2-second refresh of
/// the requests does not reset what the person is choosing.
#[derive(Clone, Copy)]
pub(crate) struct FeedbackForm {
    /// The request whose questions are open, if any.
    open: RwSignal<Option<String>>,
    answers: RwSignal<FeedbackAnswers>,
    /// The answers were taken (or the offer declined): say thank you once.
    thanks: RwSignal<Option<&'static str>>,
    failed: RwSignal<bool>,
}

impl FeedbackForm {
    pub(crate) fn new() -> Self {
        Self {
            open: RwSignal::new(None),
            answers: RwSignal::new(FeedbackAnswers::default()),
            thanks: RwSignal::new(None),
            failed: RwSignal::new(false),
        }
    }
}

fn face(answer: FeedbackAnswer) -> Icon {
    match answer {
        FeedbackAnswer::Yes => icons::face_happy,
        FeedbackAnswer::Partly => icons::face_neutral,
        FeedbackAnswer::No => icons::face_sad,
    }
}

/// The closing line after the offer ended (shown above the list).
pub(crate) fn feedback_thanks(form: FeedbackForm) -> impl IntoView {
    move || {
        form.thanks.get().map(|id| {
            view! { <p class="notice" role="status" data-testid="feedback-thanks">{move || tx(id)}</p> }
        })
    }
}

/// The offer under one closed request: a short invitation, then the questions.
pub(crate) fn feedback_offer(form: FeedbackForm, request: String) -> impl IntoView {
    let ctx = ctx();
    let id_open = request.clone();
    let is_open = Signal::derive(move || form.open.get().as_deref() == Some(id_open.as_str()));
    let finish = move |request: String, send: bool| {
        let session = ctx.session.get_value();
        let answers = form.answers.get_untracked();
        spawn_local(async move {
            let done = if send {
                invoke::<cmd::SendFeedback>(&FeedbackArgs {
                    referral_id: request,
                    answers,
                })
                .await
            } else {
                invoke::<cmd::DeclineFeedback>(&ReferralIdArgs {
                    referral_id: request,
                })
                .await
            };
            if !same_session(ctx, session) {
                return;
            }
            match done {
                Ok(()) => {
                    form.open.set(None);
                    form.answers.set(FeedbackAnswers::default());
                    form.failed.set(false);
                    form.thanks.set(Some(if send && !answers.is_empty() {
                        "feedback-thanks"
                    } else {
                        "feedback-declined"
                    }));
                    refresh_requests(ctx);
                }
                Err(_) => form.failed.set(true),
            }
        });
    };
    let (decline_id, start_id, send_id, skip_id) =
        (request.clone(), request.clone(), request.clone(), request);
    view! {
        <div class="feedback" data-testid="feedback-offer">
            <p><strong>{move || tx("feedback-offer")}</strong></p>
            <p class="hint">{move || tx("feedback-private")}</p>
            {move || (!is_open.get()).then(|| {
                let (start_id, decline_id) = (start_id.clone(), decline_id.clone());
                view! {
                    <div class="actions">
                        <button type="button" class="primary" data-testid="feedback-start"
                            on:click=move |_| { form.answers.set(FeedbackAnswers::default()); form.open.set(Some(start_id.clone())); }>
                            {move || tx("feedback-start")}
                        </button>
                        <button type="button" class="secondary" data-testid="feedback-decline"
                            on:click=move |_| finish(decline_id.clone(), false)>
                            {move || tx("feedback-skip")}
                        </button>
                    </div>
                }
            })}
            {move || is_open.get().then(|| {
                let (send_id, skip_id) = (send_id.clone(), skip_id.clone());
                view! {
                    {FeedbackQuestion::ALL.into_iter().map(|q| view! {
                        <fieldset data-testid=format!("feedback-{q}")>
                            <SpokenLegend text=Signal::derive(move || tx(&format!("feedback-q-{q}")))
                                spoken=Signal::derive(move || {
                                    let answers: Vec<String> = FeedbackAnswer::ALL.into_iter().map(|a| tx(&format!("feedback-a-{a}"))).collect();
                                    format!("{} {}", tx(&format!("feedback-q-{q}")), answers.join(", "))
                                })/>
                            <div class="choices faces">
                                {FeedbackAnswer::ALL.into_iter().map(|a| view! {
                                    <button type="button" class="choice face" data-testid=format!("feedback-{q}-{a}")
                                        aria-pressed=move || (form.answers.with(|x| x.get(q)) == Some(a)).to_string()
                                        on:click=move |_| form.answers.update(|x| {
                                            // Pressing the chosen face again clears it: every question is optional.
                                            let new = (x.get(q) != Some(a)).then_some(a);
                                            x.set(q, new);
                                        })>
                                        {face(a)()}
                                        <span class="label">{move || tx(&format!("feedback-a-{a}"))}</span>
                                    </button>
                                }).collect_view()}
                            </div>
                        </fieldset>
                    }).collect_view()}
                    {move || form.failed.get().then(|| view! {
                        <p class="field-error" role="alert">{icons::warning()}<span>{move || tx("feedback-failed")}</span></p>
                    })}
                    <div class="actions">
                        <button type="button" class="primary" data-testid="feedback-send"
                            on:click=move |_| finish(send_id.clone(), true)>
                            {move || tx("feedback-send")}
                        </button>
                        <button type="button" class="secondary" data-testid="feedback-skip"
                            on:click=move |_| finish(skip_id.clone(), false)>
                            {move || tx("feedback-skip")}
                        </button>
                    </div>
                }
            })}
        </div>
    }
}
