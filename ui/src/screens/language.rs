//! The first screen of a request: the language to answer in.

use leptos::prelude::*;

use crate::flow::Screen;
use crate::session::*;
use crate::widgets::*;

#[component]
pub(crate) fn LanguageScreen() -> impl IntoView {
    view! {
        <Heading id="lang-title"/>
        <p>{move || tx("lang-intro")}</p>
        <LanguageList/>
        <StepNav screen=Screen::Language/>
    }
}
