//! Form step: when and how it is safe to answer (safe times, voicemail, code word, who may
//! answer).

use leptos::prelude::*;
use reach_contract::choices::{ResponderGender, SomeoneElseChoice, Weekday};
use reach_contract::limits;

use crate::flow::Screen;
use crate::icons::{self};
use crate::model::{self, Form, TimeWin};
use crate::session::*;
use crate::widgets::*;

pub(crate) fn browser_time_zone() -> String {
    let opts = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&opts, &"timeZone".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "UTC".into())
}

#[component]
pub(crate) fn TimeWindow(i: usize) -> impl IntoView {
    let ctx = ctx();
    let get = move |f: &Form, which: u8| {
        f.times
            .get(i)
            .map(|w| {
                if which == 0 {
                    w.start.clone()
                } else {
                    w.end.clone()
                }
            })
            .unwrap_or_default()
    };
    let days = Weekday::ALL
        .into_iter()
        .map(|d| {
            let (short, day) = (d.short(), d.as_str());
            view! {
                <Toggle
                    label=Signal::derive(move || tx(&format!("weekday-{short}")))
                    pressed=Signal::derive(move || ctx.form.with(|f| f.times.get(i).is_some_and(|w| w.days.iter().any(|d| d == day))))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| if let Some(w) = f.times.get_mut(i) { model::toggle(&mut w.days, day) }))/>
            }
        })
        .collect_view();
    view! {
        <fieldset class="time-window">
            <SpokenLegend text=Signal::derive(move || format!("{} {}", tx("times-title"), i + 1))
                spoken=Signal::derive(move || format!("{} {}. {}, {}. {}: {}?", tx("times-title"), i + 1,
                    tx("times-from"), tx("times-to"), tx("times-days"), tx("times-any-day")))/>
            <div class="row">
                <div class="field">
                    <label for=format!("t{i}-from")>{move || tx("times-from")}</label>
                    <input type="time" id=format!("t{i}-from") prop:value=move || ctx.form.with(|f| get(f, 0))
                        on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| if let Some(w) = f.times.get_mut(i) { w.start = v }) }/>
                </div>
                <div class="field">
                    <label for=format!("t{i}-to")>{move || tx("times-to")}</label>
                    <input type="time" id=format!("t{i}-to") prop:value=move || ctx.form.with(|f| get(f, 1))
                        on:input=move |ev| { let v = event_target_value(&ev); edit(ctx, |f| if let Some(w) = f.times.get_mut(i) { w.end = v }) }/>
                </div>
            </div>
            <p class="hint">{move || tx("times-days")} ": " {move || tx("times-any-day")} "?"</p>
            <div class="choices days">{days}</div>
            <FieldErrors prefix=format!("contact.safe_times[{i}]")/>
            <button type="button" class="secondary" on:click=move |_| edit(ctx, |f| { if i < f.times.len() { f.times.remove(i); } })>
                {move || tx("times-remove")}
            </button>
        </fieldset>
    }
}

#[component]
pub(crate) fn SafetyScreen() -> impl IntoView {
    let ctx = ctx();
    let count = Memo::new(move |_| ctx.form.with(|f| f.times.len()));
    let voicemail = [(true, "voicemail-yes"), (false, "voicemail-no")]
        .into_iter()
        .map(|(v, id)| view! {
            <Toggle label=Signal::derive(move || tx(id)) speak=true
                pressed=Signal::derive(move || ctx.form.with(|f| f.voicemail_ok == Some(v)))
                on_toggle=Callback::new(move |_| edit(ctx, |f| f.voicemail_ok = (f.voicemail_ok != Some(v)).then_some(v)))/>
        })
        .collect_view();
    let other = Memo::new(move |_| {
        ctx.form
            .with(|f| f.someone_else.as_deref() == Some("other"))
    });
    view! {
        <Step screen=Screen::Safety/>
        <Heading id="times-title"/>
        <p>{move || tx("times-intro")}</p>
        {move || (0..count.get()).map(|i| view! { <TimeWindow i=i/> }).collect_view()}
        <button type="button" id="add-time" class="secondary" on:click=move |_| edit(ctx, |f| {
            if f.time_zone.is_empty() { f.time_zone = browser_time_zone(); }
            if f.times.len() < 7 { f.times.push(TimeWin { days: vec![], start: "18:00".into(), end: "20:00".into() }); }
        })>
            {icons::plus()}{move || tx("times-add")}
        </button>
        {move || (count.get() > 0).then(|| view! {
            <TextField id="tz" label="times-zone" max=limits::TIME_ZONE_INPUT_MAX_CHARS get=|f| f.time_zone.clone() set=|f, v| f.time_zone = v
                error_field="contact.safe_times".into()/>
        })}
        <fieldset id="voicemail">
            <QuestionLegend id="voicemail-title"/>
            <p class="hint">{move || tx("voicemail-unsaid")}</p>
            <div class="choices">{voicemail}</div>
        </fieldset>
        <TextField id="code-word" label="code-word-label" hint="code-word-hint" max=limits::CODE_WORD_MAX_CHARS
            get=|f| f.code_word.clone() set=|f, v| f.code_word = v error_field="contact.code_word".into()/>
        <fieldset id="someone-else">
            <QuestionLegend id="someone-else-title"/>
            <div class="choices">
                {single_choice("someone-else-", &SomeoneElseChoice::SPELLINGS, |f| f.someone_else.clone(), |f, v| f.someone_else = v)}
            </div>
            {move || other.get().then(|| view! {
                <TextField id="someone-else-other" label="someone-else-other-label" max=limits::IF_SOMEONE_ELSE_ANSWERS_MAX_CHARS
                    get=|f| f.someone_else_other.clone() set=|f, v| f.someone_else_other = v
                    error_field="contact.if_someone_else_answers".into()/>
            })}
            <FieldErrors prefix="contact.if_someone_else_answers".into() exact=true/>
        </fieldset>
        <fieldset id="responder">
            <QuestionLegend id="responder-title"/>
            <div class="choices">
                {single_choice("responder-", &ResponderGender::SPELLINGS, |f| f.responder_gender.clone(), |f, v| f.responder_gender = v)}
            </div>
        </fieldset>
        <StepNav screen=Screen::Safety/>
    }
}
