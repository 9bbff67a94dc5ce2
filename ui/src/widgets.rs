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
    view! {
        <div class="heading-row">
            <h1 tabindex="-1" data-screen=id data-testid=testid>{move || tx(id)}</h1>
            <Speak text=Signal::derive(move || tx(id))/>
        </div>
    }
}

/// The text of several messages read as one, in the screens' language (a section's title and
/// the paragraph under it, for one speaker).
pub(crate) fn messages_said(ids: &'static [&'static str]) -> Signal<String> {
    Signal::derive(move || ids.iter().map(|id| tx(id)).collect::<Vec<_>>().join(" "))
}

/// A speaker button: reads `text` aloud in the screens' language, or in `locale` when given
/// (a language's own name on the language list; `session::read_aloud_in`). Its name says what
/// it reads; where the language has no voice, pressing it says so. While it reads, it is
/// pressed (`aria-pressed`) and shows a stop square: pressing it again stops the voice at once
/// (a person overheard, or who tapped by mistake, need not wait for the end).
/// `named_in_locale`: inside a part marked up in `locale` rather than the screens' language
/// (said to the person in theirs), the button's name is in `locale` too, so a screen reader
/// reads the whole name in one voice.
#[component]
pub(crate) fn Speak(
    text: Signal<String>,
    #[prop(optional, into)] locale: Option<String>,
    #[prop(optional)] testid: Option<String>,
    #[prop(optional)] named_in_locale: bool,
) -> impl IntoView {
    let ctx = ctx();
    let me = next_number();
    let reading = move || ctx.reading.get().is_some_and(|(_, button)| button == me);
    let named_in = locale.clone().filter(|_| named_in_locale);
    let name = move || {
        let args = [("text", Arg::Str(text.get()))];
        match &named_in {
            Some(l) => txa_in(l, "speak-read", &args),
            None => txa("speak-read", &args),
        }
    };
    view! {
        <button type="button" class="speak" data-testid=testid.unwrap_or_else(|| "speak".to_owned())
            aria-label=name
            aria-pressed=move || if reading() { "true" } else { "false" }
            data-speaker=me
            on:click=move |_| {
                if ctx.reading.get_untracked().is_some_and(|(_, button)| button == me) {
                    stop_reading(ctx);
                    return;
                }
                let locale = locale.clone().unwrap_or_else(|| lang().get_untracked());
                read_aloud_in(ctx, text.get_untracked(), locale, me);
            }>
            {move || if reading() { icons::stop_square() } else { icons::speaker() }}
        </button>
    }
}

/// A question over a group of choices, with its speaker button.
#[component]
pub(crate) fn QuestionLegend(id: &'static str) -> impl IntoView {
    view! { <SpokenLegend text=Signal::derive(move || tx(id)) spoken=Signal::derive(move || tx(id))/> }
}

/// A legend showing `text` whose speaker reads `spoken`: the question and, where the choices
/// have no speakers of their own (the feedback faces, a time window's days), its choices too.
#[component]
pub(crate) fn SpokenLegend(text: Signal<String>, spoken: Signal<String>) -> impl IntoView {
    view! {
        <legend>
            <span class="heading-row">
                <span>{move || text.get()}</span>
                <Speak text=spoken/>
            </span>
        </legend>
    }
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
    let back = flow::back_on(path(ctx), screen);
    let next = flow::next_on(path(ctx), screen).filter(|_| !choices_lead_on);
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
    /// A speaker button beside it that reads the label (choices in the form).
    #[prop(optional)]
    speak: bool,
) -> impl IntoView {
    let button = view! {
        <button type="button" class="choice" data-testid=testid aria-pressed=move || pressed.get().to_string()
            on:click=move |_| on_toggle.run(())>
            {icon.map(|icon| icon())}
            <span class="label">{move || label.get()}</span>
            {icons::check()}
        </button>
    };
    if speak {
        view! { <div class="choice-row">{button}<Speak text=label/></div> }.into_any()
    } else {
        button.into_any()
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
            let testid = id.clone();
            view! {
                <Toggle
                    testid=testid
                    speak=true
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

/// On every field a person types into: no suggestions, no autocorrect, no spell check. On a
/// phone someone else uses, a keyboard that learned the words typed here (a place, a code word,
/// what happened) would offer them later in any other app. Android's WebView turns
/// `autocomplete="off"` into the keyboard's no-suggestions flag; whether a keyboard also stops
/// learning is its own choice (docs/threat-model.md). `ui/tests/fields.rs` finds every field.
pub(crate) fn keyboard_learns_nothing() -> impl leptos::attr::Attribute {
    use leptos::tachys::html::attribute::{autocomplete, custom::custom_attribute, spellcheck};
    (
        autocomplete("off"),
        custom_attribute("autocorrect", "off"),
        spellcheck("false"),
    )
}

/// A field of the request form, bound to the form through `get` and `set`.
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
                {keyboard_learns_nothing()}
                prop:value=move || ctx.form.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| set(f, v)) }></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id data-testid=testid type=input_type aria-describedby=described.clone() maxlength=maxlength.clone()
                {keyboard_learns_nothing()}
                prop:value=move || ctx.form.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| set(f, v)) }/>
        }
        .into_any()
    };
    // The question and its hint, read as one by its speaker: a person who cannot read hears
    // what to write here (a field is a question like any other).
    let said = Signal::derive(move || {
        if hint.is_empty() {
            tx(label)
        } else {
            format!("{} {}", tx(label), tx(hint))
        }
    });
    view! {
        <div class="field">
            <div class="heading-row">
                <label for=id>{move || tx(label)}</label>
                <Speak text=said testid=format!("speak-{id}")/>
            </div>
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
            <input id=id data-testid=testid type="password" inputmode="numeric" {keyboard_learns_nothing()} maxlength=pin::PIN_MAX_LEN.to_string()
                prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev))/>
        </div>
    }
}

/// A one-line text field outside the request form (the worker's profile): bound to `sig`,
/// limited to `max` characters, with a hint when `hint` is not empty.
pub(crate) fn text_field(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    sig: RwSignal<String>,
    max: usize,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{move || tx(label)}</label>
            {(!hint.is_empty()).then(|| view! { <span class="hint" id=hint_id>{move || tx(hint)}</span> })}
            <input id=id data-testid=id type="text" {keyboard_learns_nothing()} aria-describedby=described maxlength=max.to_string()
                prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev))/>
        </div>
    }
}

/// Lower case with Latin accents dropped, so "francais" finds "Français" and "tieng viet"
/// finds "Tiếng Việt". `s` must already be in NFD (the browser decomposes it, see
/// [`search_key`]); marks of other scripts are letters there and are kept.
pub(crate) fn fold_decomposed(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(*c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The form a language name or a query is compared in.
fn search_key(s: &str) -> String {
    let decomposed: String = js_sys::JsString::from(s).normalize("NFD").into();
    fold_decomposed(decomposed.trim())
}

/// A language's name in `in_lang` (the worker's language), from the browser's own tables
/// (`Intl.DisplayNames`); `None` where it has none, so nothing is guessed.
fn name_in(code: &str, in_lang: &str) -> Option<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    if !js_sys::Reflect::has(&intl, &"DisplayNames".into()).unwrap_or(false) {
        return None;
    }
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &"language".into()).ok()?;
    js_sys::Reflect::set(&options, &"fallback".into(), &"none".into()).ok()?;
    let names = js_sys::Intl::DisplayNames::new(&js_sys::Array::of1(&in_lang.into()), &options);
    names.of(code).map(String::from)
}

/// Whether `query` (already a [`search_key`]) finds a language: by its own name, its English
/// name or its name in the language the screens are in.
pub(crate) fn language_matches(query: &str, keys: &[String]) -> bool {
    query.is_empty() || keys.iter().any(|k| k.contains(query))
}

/// The locales the phone asks for, best first (`navigator.languages`, then the OS locale the
/// shell reported), each mapped to the locale we have for it, without repeats.
fn phone_locales(os: &str) -> Vec<&'static str> {
    let mut tags: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    tags.push(os.to_owned());
    let mut out: Vec<&'static str> = vec![];
    for tag in tags {
        let code = i18n::best_locale(&tag);
        // best_locale answers "en" for a language we lack: only list English when asked for.
        let asked_english = tag.to_ascii_lowercase().starts_with("en");
        if (code != "en" || asked_english) && !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

fn language_button(ctx: Ctx, l: &'static i18n::LocaleInfo) -> impl IntoView + use<> {
    let code = l.code;
    let dir = if l.rtl { "rtl" } else { "ltr" };
    let button = view! {
        <button type="button" class="choice lang" lang=code dir=dir data-testid=format!("lang-{code}")
            aria-pressed=move || (lang().get() == code).to_string()
            on:click=move |_| {
                choose_language(ctx, code);
                edit(ctx, |f| f.language = Some(code.to_owned()));
                // A person helped on a worker's phone: their screens follow their choice.
                if ctx.person.get_untracked().is_some() {
                    ctx.person.update(|p| {
                        if let Some(p) = p {
                            p.lang = Some(code.to_owned());
                        }
                    });
                }
            }>
            <span class="label">{l.name}</span>
            {icons::check()}
        </button>
    };
    // A language with a voice can be heard saying its own name (for a person who cannot read
    // it); one without gets no speaker here rather than one that only says "no voice".
    if reach_contract::speech::offline_voice(code).is_some() {
        let name = l.name;
        view! {
            <div class="choice-row">
                {button}
                <Speak text=Signal::derive(move || name.to_owned()) locale=code testid=format!("speak-lang-{code}")/>
            </div>
        }
        .into_any()
    } else {
        button.into_any()
    }
}

/// Every language we ship (64 and more): the phone's own languages first, then a search that
/// finds a language by its name in its own script, in English or in the language the screens
/// are in (a worker searching for the person's language), then all of them by English name.
#[component]
pub(crate) fn LanguageList() -> impl IntoView {
    let ctx = ctx();
    let query = RwSignal::new(String::new());
    let mut all: Vec<&'static i18n::LocaleInfo> = i18n::locales().iter().collect();
    all.sort_by_key(|l| l.english);
    // The groups depend on the phone, not on the language chosen: switching language changes
    // the words on the page (and which button is pressed), never rebuilds the 64 buttons.
    let yours = move || phone_locales(&ctx.os_locale.get());
    let all_for_list = all.clone();
    let matches = move || {
        let q = search_key(&query.get());
        let shown_in = lang().get();
        all.iter()
            .copied()
            .filter(|l| {
                let mut keys = vec![search_key(l.name), search_key(l.english)];
                if let Some(n) = name_in(l.code, &shown_in) {
                    keys.push(search_key(&n));
                }
                language_matches(&q, &keys)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <div class="field lang-search">
            <label for="lang-search">{move || tx("lang-search-label")}</label>
            <span class="hint" id="lang-search-hint">{move || tx("lang-search-hint")}</span>
            <input id="lang-search" data-testid="lang-search" type="search" {keyboard_learns_nothing()}
                aria-describedby="lang-search-hint"
                prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
        </div>
        {move || if query.get().trim().is_empty() {
            let yours = yours();
            let rest: Vec<_> = all_for_list.iter().copied().filter(|l| !yours.contains(&l.code)).collect();
            view! {
                <h2 class="lang-group">{move || tx("lang-yours")}</h2>
                <div class="choices" data-testid="lang-yours">
                    {yours.into_iter().filter_map(i18n::info).map(|l| language_button(ctx, l)).collect_view()}
                </div>
                <h2 class="lang-group">{move || tx("lang-all")}</h2>
                <div class="choices" data-testid="lang-all">
                    {rest.into_iter().map(|l| language_button(ctx, l)).collect_view()}
                </div>
            }.into_any()
        } else {
            let found = matches();
            if found.is_empty() {
                view! { <p class="notice" role="status" data-testid="lang-none">{move || tx("lang-search-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="choices" data-testid="lang-found">
                        {found.into_iter().map(|l| language_button(ctx, l)).collect_view()}
                    </div>
                }.into_any()
            }
        }}
    }
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

/// On a worker's phone, a line said to the worker on one of the person's screens: in the
/// worker's language (the screen is in the person's), marked up as such for screen readers
/// and for its direction.
#[component]
pub(crate) fn WorkerNote(
    /// The message id, read in the worker's language.
    key: Signal<&'static str>,
    testid: &'static str,
    #[prop(default = "note")] role: &'static str,
) -> impl IntoView {
    let ctx = ctx();
    move || {
        let code = crate::i18n::best_locale(&ctx.worker_lang.get());
        let dir = if crate::i18n::is_rtl(code) {
            "rtl"
        } else {
            "ltr"
        };
        view! {
            <p class="notice" role=role lang=code dir=dir data-testid=testid>
                {crate::i18n::format(code, key.get(), &[])}
            </p>
        }
    }
}
