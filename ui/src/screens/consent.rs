//! Form step: with whom the hotline may share the request.

use leptos::prelude::*;
use reach_contract::choices::ConsentScope;

use crate::flow::Screen;
use crate::icons::{self};
use crate::session::*;
use crate::widgets::*;

#[component]
pub(crate) fn ConsentScreen() -> impl IntoView {
    let ctx = ctx();
    let options = ConsentScope::SPELLINGS
        .into_iter()
        .map(|scope| {
            let said = Signal::derive(move || {
                format!("{} {}", tx(&format!("consent-{scope}")), tx(&format!("consent-{scope}-desc")))
            });
            view! {
                <div class="choice-row" data-arrival=move || said.get()>
                <button type="button" class="choice consent" data-testid=format!("consent-{}", scope.replace('_', "-")) aria-pressed=move || ctx.form.with(|f| f.consent == scope).to_string()
                    on:click=move |_| edit(ctx, |f| f.consent = scope.to_owned())>
                    <span class="label"><strong>{move || tx(&format!("consent-{scope}"))}</strong>
                    <span class="desc">{move || tx(&format!("consent-{scope}-desc"))}</span></span>
                    {icons::check()}
                </button>
                <Speak text=said/>
                </div>
            }
        })
        .collect_view();
    view! {
        <Step screen=Screen::Consent/>
        <Heading id="consent-title"/>
        // The consent's text is read on arrival with the heading ("read each screen aloud"):
        // the intro, the note for a child, and each choice as its speaker says it.
        <div class="heading-row" data-arrival=move || tx("consent-intro")>
            <p>{move || tx("consent-intro")}</p>
            <Speak text=Signal::derive(move || tx("consent-intro")) testid="speak-consent-intro".to_owned()/>
        </div>
        // Honest about safeguarding: a hotline may be bound to tell child protection, whatever
        // is chosen below, and a child should know that before choosing.
        {move || child_path().then(|| view! {
            <div class="heading-row notice" role="note" data-testid="consent-child-note" data-arrival=move || tx("consent-child-note")>
                <p>{move || tx("consent-child-note")}</p>
                <Speak text=Signal::derive(move || tx("consent-child-note")) testid="speak-consent-child-note".to_owned()/>
            </div>
        })}
        <div class="choices">{options}</div>
        <FieldErrors prefix="consent".into()/>
        <StepNav screen=Screen::Consent/>
    }
}
