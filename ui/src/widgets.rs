//! Widgets shared by the screens: headings that carry the screen's id, the step counter and
//! navigation (from [`crate::flow`]), toggles, choices, text fields with their errors, PIN
//! fields and the language list.

use leptos::prelude::*;

use crate::flow::{self, Screen};
use crate::i18n::{self, Arg};
use crate::icons::{self, Icon};
use crate::model::Form;
use crate::session::*;
use reach_contract::{FieldError, pin};

#[component]
pub(crate) fn Heading(
    id: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    // `data-screen`: which screen this is, whatever the language (tests and tools find a screen
    // by it; a heading's text changes when the person picks another language).
    view! { <h1 tabindex="-1" data-screen=id data-testid=testid>{move || tx(id)}</h1> }
}

/// "Step x of y" for `screen`, numbered by [`flow`] (nothing for a screen that is not a
/// numbered step).
#[component]
pub(crate) fn Step(screen: Screen) -> impl IntoView {
    flow::step_number(screen).map(|n| {
        view! {
            <p class="step">
                {move || txa("step-of", &[("current", Arg::Num(n.into())), ("total", Arg::Num(flow::STEPS.into()))])}
            </p>
        }
    })
}

/// Back / Next for `screen`, where [`flow`] says they lead; every question can be skipped, so
/// Next always works. `choices_lead_on`: the screen's own choices lead on (no Next).
#[component]
pub(crate) fn StepNav(screen: Screen, #[prop(optional)] choices_lead_on: bool) -> impl IntoView {
    let ctx = ctx();
    let back = flow::back(screen);
    let next = flow::next(screen).filter(|_| !choices_lead_on);
    view! {
        <div class="step-nav">
            {back.map(|b| view! {
                <button type="button" class="secondary back" data-testid="back" on:click=move |_| go(ctx, b)>
                    {move || tx("back")}
                </button>
            })}
            {next.map(|n| view! {
                <button type="button" class="primary next" data-testid="next" on:click=move |_| go(ctx, n)>
                    {move || tx("next")}
                </button>
            })}
        </div>
    }
}

/// A big button that is on or off (aria-pressed).
#[component]
pub(crate) fn Toggle(
    label: Signal<String>,
    #[prop(optional)] icon: Option<Icon>,
    pressed: Signal<bool>,
    on_toggle: Callback<()>,
    #[prop(optional)] testid: Option<String>,
) -> impl IntoView {
    view! {
        <button type="button" class="choice" data-testid=testid aria-pressed=move || pressed.get().to_string()
            on:click=move |_| on_toggle.run(())>
            {icon.map(|icon| icon())}
            <span class="label">{move || label.get()}</span>
            {icons::check()}
        </button>
    }
}

/// One-of-several buttons for an optional field: pressing the chosen one again clears it.
pub(crate) fn single_choice(
    prefix: &'static str,
    options: &'static [&'static str],
    get: fn(&Form) -> Option<String>,
    set: fn(&mut Form, Option<String>),
) -> impl IntoView {
    let ctx = ctx();
    options
        .iter()
        .map(|opt| {
            let opt: &'static str = opt;
            let id = format!("{prefix}{opt}");
            view! {
                <Toggle
                    label=Signal::derive(move || tx(&id))
                    pressed=Signal::derive(move || ctx.form.with(|f| get(f).as_deref() == Some(opt)))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| {
                        let new = (get(f).as_deref() != Some(opt)).then(|| opt.to_owned());
                        set(f, new);
                    }))
                />
            }
        })
        .collect_view()
}

pub(crate) fn error_matches(field: &str, prefix: &str, exact: bool) -> bool {
    field == prefix
        || (!exact
            && field
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('[')))
}

pub(crate) fn field_error_text(e: &FieldError) -> String {
    let max = Arg::Num(e.max.unwrap_or(0) as f64);
    tx_or(&e.code.message_id(), "error-invalid", &[("max", max)])
}

/// The validation errors for one field (or, unless `exact`, everything under it).
#[component]
pub(crate) fn FieldErrors(prefix: String, #[prop(optional)] exact: bool) -> impl IntoView {
    let ctx = ctx();
    move || {
        ctx.errors
            .get()
            .into_iter()
            .filter(|e| error_matches(&e.field, &prefix, exact))
            .map(|e| view! { <p class="field-error">{icons::warning()}<span>{move || field_error_text(&e)}</span></p> })
            .collect_view()
    }
}

#[component]
pub(crate) fn TextField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    get: fn(&Form) -> String,
    set: fn(&mut Form, String),
    error_field: String,
    #[prop(optional)] input_type: &'static str,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] max: usize,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let ctx = ctx();
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    let input_type = if input_type.is_empty() {
        "text"
    } else {
        input_type
    };
    let maxlength = (max > 0).then(|| max.to_string());
    let field = if multiline {
        view! {
            <textarea id=id data-testid=testid rows="5" aria-describedby=described.clone() maxlength=maxlength.clone()
                prop:value=move || ctx.form.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| set(f, v)) }></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id data-testid=testid type=input_type aria-describedby=described.clone() maxlength=maxlength.clone()
                autocomplete="off"
                prop:value=move || ctx.form.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| set(f, v)) }/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || tx(label)}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{move || tx(hint)}</p> })}
            {field}
            <FieldErrors prefix=error_field/>
        </div>
    }
}

/// A PIN field: digits only on a phone keypad, never autofilled or remembered.
pub(crate) fn pin_field(
    id: &'static str,
    testid: &'static str,
    label: &'static str,
    sig: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{move || tx(label)}</label>
            <input id=id data-testid=testid type="password" inputmode="numeric" autocomplete="off" maxlength=pin::PIN_MAX_LEN.to_string()
                prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev))/>
        </div>
    }
}

#[component]
pub(crate) fn LanguageList() -> impl IntoView {
    let ctx = ctx();
    i18n::locales()
        .iter()
        .map(|l| {
            let code = l.code;
            let name = l.name.clone();
            let dir = if l.rtl { "rtl" } else { "ltr" };
            view! {
                <button type="button" class="choice lang" lang=code dir=dir data-testid=format!("lang-{code}")
                    aria-pressed=move || (lang().get() == code).to_string()
                    on:click=move |_| {
                        lang().set(code.to_owned());
                        edit(ctx, |f| f.language = Some(code.to_owned()));
                    }>
                    <span class="label">{name}</span>
                    {icons::check()}
                </button>
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_match_fields_and_children() {
        assert!(error_matches("contact.methods", "contact.methods", true));
        assert!(!error_matches(
            "contact.methods[0].phone",
            "contact.methods",
            true
        ));
        assert!(error_matches(
            "contact.methods[0].phone",
            "contact.methods[0]",
            false
        ));
        assert!(!error_matches(
            "contact.methods[10]",
            "contact.methods[1]",
            false
        ));
        assert!(!error_matches("placeholder", "place", false));
    }
}
