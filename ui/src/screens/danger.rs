//! "Are you in danger now?": emergency numbers first, or on to the form.

use leptos::prelude::*;

use crate::flow::Screen;
use crate::icons::{self};
use crate::session::*;
use crate::widgets::*;

#[component]
pub(crate) fn DangerScreen() -> impl IntoView {
    let ctx = ctx();
    view! {
        <Heading id="danger-title"/>
        <div class="choices big">
            <div class="choice-row">
            <button type="button" class="choice danger" data-testid="danger-yes" on:click=move |_| {
                edit(ctx, |f| {
                    f.urgency = Some("now".into());
                    if !f.needs.iter().any(|n| n == "safety_now") {
                        f.needs.push("safety_now".into());
                    }
                });
                go(ctx, Screen::Emergency);
            }>
                {icons::siren()}
                <span class="label">{move || tx("danger-yes")}</span>
            </button>
            <Speak text=Signal::derive(move || tx("danger-yes"))/>
            </div>
            <div class="choice-row">
            <button type="button" class="choice" data-testid="danger-no" on:click=move |_| go_next(ctx, Screen::Danger)>
                {icons::smile()}
                <span class="label">{move || tx("danger-no")}</span>
            </button>
            <Speak text=Signal::derive(move || tx("danger-no"))/>
            </div>
        </div>
        <StepNav screen=Screen::Danger choices_lead_on=true/>
    }
}
