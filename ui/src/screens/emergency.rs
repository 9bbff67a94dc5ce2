//! Emergency and hotline numbers for the person's country, from the bundled list (offline).

use leptos::prelude::*;
use serde::Deserialize;

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

/// The bundled list (`ui/data/emergency-numbers.json`, checked by `ui/tests/emergency_numbers.rs`).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EmergencyData {
    /// One entry a country.
    pub(crate) countries: Vec<Country>,
}

/// A country's numbers.
#[derive(Debug, Deserialize)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2.
    pub(crate) code: String,
    /// Its name (in English; shown as is).
    pub(crate) name: String,
    /// Police and emergency services.
    #[serde(default)]
    pub(crate) emergency: Vec<Number>,
    /// Anti-trafficking hotlines.
    #[serde(default)]
    pub(crate) hotlines: Vec<Number>,
}

/// One number, with where and when it was checked.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Number {
    /// The service's name (hotlines).
    #[serde(default)]
    pub(crate) name: Option<String>,
    /// As people write it.
    pub(crate) number: String,
    /// As a `tel:` link dials it.
    pub(crate) tel: String,
    /// A text-message number, if any.
    #[serde(default)]
    pub(crate) sms: Option<String>,
    /// The service's own page.
    pub(crate) source: String,
    /// The day it was last checked there, if ever.
    #[serde(default)]
    pub(crate) checked_on: Option<String>,
    /// A children's helpline (e.g. 116 111): listed first, under its own heading, on the
    /// child's path.
    #[serde(default)]
    pub(crate) for_children: bool,
}

pub(crate) fn emergency_data() -> EmergencyData {
    serde_json::from_str(i18n::EMERGENCY_JSON).unwrap_or_default()
}

pub(crate) fn number_entry(e: &Number, title: Option<String>) -> impl IntoView + use<> {
    let Number {
        number,
        tel,
        sms,
        source,
        checked_on: checked,
        ..
    } = e.clone();
    let call_label = number.clone();
    view! {
        <li class="number">
            {title.map(|t| view! { <h3>{t}</h3> })}
            <a class="tel primary" href=format!("tel:{tel}") dir="ltr">
                {icons::phone()}
                <span class="label">
                    {move || txa("emergency-call", &[("number", Arg::Str(call_label.clone()))])}
                </span>
            </a>
            {sms.map(|sms| view! {
                <a class="tel" href=format!("sms:{sms}")>
                    <span class="label">{move || tx("contact-sms")} " " <bdi>{sms.clone()}</bdi></span>
                </a>
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
    let countries = emergency_data().countries;
    let guess = region_of(&ctx.os_locale.get_untracked()).unwrap_or_default();
    let country = RwSignal::new(guess);
    let options = countries
        .iter()
        .map(|c| {
            let (code, name) = (c.code.clone(), c.name.clone());
            let code2 = code.clone();
            view! { <option value=code selected=move || country.get() == code2>{name}</option> }
        })
        .collect_view();
    let list = move || {
        let code = country.get();
        let Some(c) = countries.iter().find(|c| c.code == code) else {
            return view! { <p class="notice">{move || tx("emergency-none")}</p> }.into_any();
        };
        // A list is shown only when it has a number we could check at its source (some
        // countries have only one of the two). On the child's path the children's helplines
        // come first, under their own heading.
        let child = child_path();
        let for_children: Vec<Number> = c
            .hotlines
            .iter()
            .filter(|h| child && h.for_children)
            .cloned()
            .collect();
        let children = (!for_children.is_empty()).then(|| {
            let items = for_children
                .iter()
                .map(|e| number_entry(e, e.name.clone()))
                .collect_view();
            view! {
                <h2>{move || tx("emergency-children")}</h2>
                <ul class="numbers" data-testid="child-helplines">{items}</ul>
            }
        });
        let hotlines: Vec<Number> = c
            .hotlines
            .iter()
            .filter(|h| !(child && h.for_children))
            .cloned()
            .collect();
        let (emergency, hotlines) = (&c.emergency, &hotlines);
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
                .map(|e| number_entry(e, e.name.clone()))
                .collect_view();
            view! {
                <h2>{move || tx("emergency-hotline")}</h2>
                <ul class="numbers">{items}</ul>
            }
        });
        view! { {children} {emergency} {hotlines} }.into_any()
    };
    view! {
        <Heading id="emergency-title"/>
        <p>{move || tx("emergency-intro")}</p>
        // A call or a text leaves a line in the phone's own lists, outside anything Reach can
        // wipe; someone who checks the phone reads them there.
        <p class="hint" data-testid="emergency-trace">{move || tx("emergency-call-trace")}</p>
        // For a person who does not read well: both paragraphs, heard before choosing a number.
        <Speak text=messages_said(&["emergency-intro", "emergency-call-trace"])
            testid="speak-emergency-intro".to_owned()/>
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

    /// The bundled file reads as the typed list, every country with at least one number.
    #[test]
    fn the_bundled_numbers_read_typed() {
        let data = emergency_data();
        assert!(data.countries.len() >= 16, "{}", data.countries.len());
        for c in &data.countries {
            assert!(
                !c.emergency.is_empty() || !c.hotlines.is_empty(),
                "{}",
                c.code
            );
        }
    }

    #[test]
    fn region_from_locale() {
        assert_eq!(region_of("ar-EG").as_deref(), Some("EG"));
        assert_eq!(region_of("zh-Hans-CN").as_deref(), Some("CN"));
        assert_eq!(region_of("en"), None);
    }
}
