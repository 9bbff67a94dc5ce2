//! "How old are you?", asked early and optional: under 18 switches the rest of the form to the
//! child's path (simpler words, children's helplines first, a note on safeguarding at consent),
//! and the hotline sees the age group and flags the request for its child safeguarding
//! procedure. Skipping it keeps the usual path.

use leptos::prelude::*;
use reach_contract::choices::AgeGroup;

use crate::flow::Screen;
use crate::session::*;
use crate::widgets::*;

#[component]
pub(crate) fn AgeScreen() -> impl IntoView {
    let ctx = ctx();
    let child = move || {
        ctx.form
            .with(|f| f.age_group.as_deref() == Some(AgeGroup::Under18.as_str()))
    };
    // On a worker's phone after the giving back: the person saw the consent for the age given
    // then. An age that moves them to or from the child's path opens their part to them again.
    let given_back_as_child = ctx
        .person
        .get_untracked()
        .filter(|p| p.sealed)
        .map(|_| child());
    let reopened = RwSignal::new(false);
    if let Some(was) = given_back_as_child {
        Effect::new(move |_| {
            if child() != was && !reopened.get_untracked() {
                reopen_for_person(ctx);
                reopened.set(true);
            }
        });
    }
    // Said to the worker, in the worker's language (the screen is in the person's).
    let worker_line = move || {
        given_back_as_child.map(|_| {
            let code = crate::i18n::best_locale(&ctx.worker_lang.get());
            let dir = if crate::i18n::is_rtl(code) {
                "rtl"
            } else {
                "ltr"
            };
            move || {
                let (key, role) = if reopened.get() {
                    ("age-reopened-worker", "status")
                } else {
                    ("age-given-back-worker", "note")
                };
                view! {
                    <p class="notice" role=role lang=code dir=dir data-testid="age-worker">
                        {crate::i18n::format(code, key, &[])}
                    </p>
                }
            }
        })
    };
    view! {
        <Heading id="age-title"/>
        {worker_line}
        <p>{move || tx("age-intro")}</p>
        <div class="choices">
            {single_choice("age-", &AgeGroup::SPELLINGS, |f| f.age_group.clone(), |f, v| f.age_group = v)}
        </div>
        <StepNav screen=Screen::Age/>
    }
}
