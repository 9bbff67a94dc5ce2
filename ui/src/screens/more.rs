//! Form step: anything else (place, message), all optional. (The age is asked early, on its
//! own screen: it decides the child's path.)

use leptos::prelude::*;
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
        <StepNav screen=Screen::More/>
    }
}
