//! Emergency and hotline numbers for the person's country, from the bundled list (offline).

use leptos::prelude::*;
use serde_json::Value;

use crate::flow::Screen;
use crate::i18n::{self, Arg};
use crate::icons::{self};
use crate::session::*;
use crate::widgets::*;

pub(crate) fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|p| p.to_ascii_uppercase())
}

pub(crate) fn emergency_data() -> Value {
    serde_json::from_str(i18n::EMERGENCY_JSON).unwrap_or(Value::Null)
}

pub(crate) fn number_entry(e: &Value, title: Option<String>) -> impl IntoView + use<> {
    let s = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let (number, tel, sms, source) = (s("number"), s("tel"), s("sms"), s("source"));
    let checked = e
        .get("checked_on")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let call_label = number.clone();
    view! {
        <li class="number">
            {title.map(|t| view! { <h3>{t}</h3> })}
            <a class="tel primary" href=format!("tel:{tel}") dir="ltr">
                {icons::phone()}
                {move || txa("emergency-call", &[("number", Arg::Str(call_label.clone()))])}
            </a>
            {(!sms.is_empty()).then(|| view! {
                <a class="tel" href=format!("sms:{sms}")>{move || tx("contact-sms")} " " <bdi>{sms.clone()}</bdi></a>
            })}
            <p class="source">{move || txa("emergency-source", &[("source", Arg::Str(source.clone()))])}</p>
            <p class="source">{move || match &checked {
                Some(d) => txa("emergency-checked", &[("date", Arg::Str(d.clone()))]),
                None => tx("emergency-not-checked"),
            }}</p>
        </li>
    }
}

#[component]
pub(crate) fn EmergencyScreen() -> impl IntoView {
    let ctx = ctx();
    let data = emergency_data();
    let countries: Vec<Value> = data
        .get("countries")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let guess = region_of(&ctx.os_locale.get_untracked()).unwrap_or_default();
    let country = RwSignal::new(guess);
    let options = countries
        .iter()
        .map(|c| {
            let code = c
                .get("code")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let name = c
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let code2 = code.clone();
            view! { <option value=code selected=move || country.get() == code2>{name}</option> }
        })
        .collect_view();
    let list = move || {
        let code = country.get();
        let Some(c) = countries
            .iter()
            .find(|c| c.get("code").and_then(Value::as_str) == Some(&code))
        else {
            return view! { <p class="notice">{move || tx("emergency-none")}</p> }.into_any();
        };
        let arr = |k: &str| {
            c.get(k)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        // A list is shown only when it has a number we could check at its source (some
        // countries have only one of the two).
        let (emergency, hotlines) = (arr("emergency"), arr("hotlines"));
        let emergency = (!emergency.is_empty()).then(|| {
            let items = emergency
                .iter()
                .map(|e| number_entry(e, None))
                .collect_view();
            view! {
                <h2>{move || tx("emergency-police")}</h2>
                <ul class="numbers">{items}</ul>
            }
        });
        let hotlines = (!hotlines.is_empty()).then(|| {
            let items = hotlines
                .iter()
                .map(|e| number_entry(e, e.get("name").and_then(Value::as_str).map(str::to_owned)))
                .collect_view();
            view! {
                <h2>{move || tx("emergency-hotline")}</h2>
                <ul class="numbers">{items}</ul>
            }
        });
        view! { {emergency} {hotlines} }.into_any()
    };
    view! {
        <Heading id="emergency-title"/>
        <p>{move || tx("emergency-intro")}</p>
        <div class="field">
            <label for="country">{move || tx("emergency-country-label")}</label>
            <select id="country" on:change=move |ev| country.set(event_target_value(&ev))>
                <option value="" selected=move || country.get().is_empty()>"—"</option>
                {options}
            </select>
        </div>
        {list}
        <div class="step-nav">
            <button type="button" class="secondary back" data-testid="back" on:click=move |_| go_back(ctx, Screen::Emergency)>{move || tx("back")}</button>
            <button type="button" class="primary next" data-testid="next" on:click=move |_| go_next(ctx, Screen::Emergency)>{move || tx("emergency-continue")}</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_from_locale() {
        assert_eq!(region_of("ar-EG").as_deref(), Some("EG"));
        assert_eq!(region_of("zh-Hans-CN").as_deref(), Some("CN"));
        assert_eq!(region_of("en"), None);
    }
}
