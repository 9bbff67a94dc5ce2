//! One file a screen; [`Screens`] shows the current one. The order of the form's steps is
//! [`crate::flow`]'s, not the screens'.

mod age;
mod calculator;
mod consent;
mod contact;
mod danger;
mod drafts;
mod emergency;
mod feedback;
mod language;
mod more;
mod needs;
mod outreach;
mod reference;
mod review;
mod safety;
mod settings;
mod setup;
mod status;

pub(crate) use age::*;
pub(crate) use calculator::*;
pub(crate) use consent::*;
pub(crate) use contact::*;
pub(crate) use danger::*;
pub(crate) use drafts::*;
pub(crate) use emergency::*;
pub(crate) use feedback::*;
pub(crate) use language::*;
pub(crate) use more::*;
pub(crate) use needs::*;
pub(crate) use outreach::*;
pub(crate) use reference::*;
pub(crate) use review::*;
pub(crate) use safety::*;
pub(crate) use settings::*;
pub(crate) use setup::*;
pub(crate) use status::*;

use leptos::prelude::*;

use crate::flow::Screen;
use crate::session::*;

#[component]
pub(crate) fn Screens() -> impl IntoView {
    let ctx = ctx();
    move || match ctx.screen.get() {
        Screen::Language => view! { <LanguageScreen/> }.into_any(),
        Screen::Age => view! { <AgeScreen/> }.into_any(),
        Screen::Danger => view! { <DangerScreen/> }.into_any(),
        Screen::Emergency => view! { <EmergencyScreen/> }.into_any(),
        Screen::Needs => view! { <NeedsScreen/> }.into_any(),
        Screen::Contact => view! { <ContactScreen/> }.into_any(),
        Screen::Safety => view! { <SafetyScreen/> }.into_any(),
        Screen::More => view! { <MoreScreen/> }.into_any(),
        Screen::Consent => view! { <ConsentScreen/> }.into_any(),
        Screen::Review => view! { <ReviewScreen/> }.into_any(),
        Screen::Status => view! { <StatusScreen/> }.into_any(),
        Screen::Drafts => view! { <DraftsScreen/> }.into_any(),
        Screen::Settings => view! { <SettingsScreen/> }.into_any(),
        Screen::Reference => view! { <ReferenceScreen/> }.into_any(),
        Screen::CheckReference => view! { <CheckReferenceScreen/> }.into_any(),
        Screen::Outreach => view! { <OutreachScreen/> }.into_any(),
        Screen::HandOver => view! { <HandOverScreen/> }.into_any(),
        Screen::GiveBack => view! { <GiveBackScreen/> }.into_any(),
    }
}
