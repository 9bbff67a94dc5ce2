//! Form step: what help is needed, how urgent, for whom.

use leptos::prelude::*;
use reach_contract::choices::{ForWhom, Urgency};

use crate::flow::Screen;
use crate::model;
use crate::session::*;
use crate::widgets::*;

#[component]
pub(crate) fn NeedsScreen() -> impl IntoView {
    let ctx = ctx();
    let needs = model::NEEDS
        .iter()
        .map(|(need, icon)| {
            let need: &'static str = need;
            view! {
                <Toggle icon=*icon testid=format!("need-{need}") speak=true
                    label=Signal::derive(move || tx(&format!("need-{need}")))
                    pressed=Signal::derive(move || ctx.form.with(|f| f.needs.iter().any(|n| n == need)))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| model::toggle(&mut f.needs, need)))/>
            }
        })
        .collect_view();
    view! {
        <Step screen=Screen::Needs/>
        <Heading id="needs-title"/>
        <p>{move || tx("needs-intro")}</p>
        <div class="choices grid">{needs}</div>
        <FieldErrors prefix="needs".into()/>
        <fieldset>
            <QuestionLegend id="urgency-title"/>
            <div class="choices">
                {single_choice("urgency-", &Urgency::SPELLINGS, |f| f.urgency.clone(), |f, v| f.urgency = v)}
            </div>
        </fieldset>
        <fieldset>
            <QuestionLegend id="for-whom-title"/>
            <div class="choices">
                {single_choice("for-whom-", &ForWhom::SPELLINGS, |f| f.for_whom.clone(), |f, v| f.for_whom = v)}
            </div>
        </fieldset>
        <StepNav screen=Screen::Needs/>
    }
}
