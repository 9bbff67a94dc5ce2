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
    view! {
        <Heading id="age-title"/>
        <p>{move || tx("age-intro")}</p>
        <div class="choices">
            {single_choice("age-", &AgeGroup::SPELLINGS, |f| f.age_group.clone(), |f, v| f.age_group = v)}
        </div>
        <StepNav screen=Screen::Age/>
    }
}
