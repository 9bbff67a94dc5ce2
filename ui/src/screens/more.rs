//! Form step: anything else (place, message), all optional.

use leptos::prelude::*;
use reach_contract::choices::AgeGroup;
use reach_contract::limits;

use crate::flow::Screen;
use crate::i18n::Arg;
use crate::session::*;
use crate::widgets::*;

#[component]
pub(crate) fn MoreScreen() -> impl IntoView {
    let ctx = ctx();
    let left = move || {
        let used = ctx.form.with(|f| f.message.chars().count());
        txa(
            "message-left",
            &[("count", Arg::Num(4000usize.saturating_sub(used) as f64))],
        )
    };
    view! {
        <Step screen=Screen::More/>
        <Heading id="more-title"/>
        <p>{move || tx("more-intro")}</p>
        <TextField id="place" label="place-label" hint="place-hint" max=limits::PLACE_MAX_CHARS
            get=|f| f.place.clone() set=|f, v| f.place = v error_field="place".into()/>
        <TextField id="message" label="message-label" hint="message-hint" multiline=true max=limits::MESSAGE_MAX_CHARS
            get=|f| f.message.clone() set=|f, v| f.message = v error_field="message".into()/>
        <p class="hint counter">{left}</p>
        <fieldset>
            <legend>{move || tx("age-title")}</legend>
            <div class="choices">
                {single_choice("age-", &AgeGroup::SPELLINGS, |f| f.age_group.clone(), |f, v| f.age_group = v)}
            </div>
        </fieldset>
        <StepNav screen=Screen::More/>
    }
}
