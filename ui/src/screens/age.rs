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
            let still_given_back = ctx
                .person
                .with_untracked(|p| p.as_ref().is_some_and(|p| p.sealed));
            if child() != was && still_given_back {
                reopen_for_person(ctx, crate::flow::Reopened::Consent);
                reopened.set(true);
            }
        });
    }
    // Said to the worker: what a change of age does now, then what it did.
    let worker_line = given_back_as_child.map(|_| {
        let key = Signal::derive(move || {
            if reopened.get() {
                "age-reopened-worker"
            } else {
                "age-given-back-worker"
            }
        });
        view! { <WorkerNote key=key testid="age-worker"/> }
    });
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
