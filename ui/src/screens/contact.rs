//! Form step: how the hotline may answer (contact methods and their details).

use leptos::prelude::*;
use reach_contract::limits;

use crate::flow::Screen;
use crate::model;
use crate::session::*;
use crate::widgets::*;

#[component]
pub(crate) fn ContactScreen() -> impl IntoView {
    let ctx = ctx();
    let methods = model::METHODS
        .iter()
        .map(|(kind, icon)| {
            let kind: &'static str = kind;
            view! {
                <Toggle icon=*icon testid=format!("contact-kind-{kind}") speak=true
                    label=Signal::derive(move || tx(&format!("contact-{kind}")))
                    pressed=Signal::derive(move || ctx.form.with(|f| f.methods.iter().any(|m| m == kind)))
                    on_toggle=Callback::new(move |_| edit(ctx, |f| model::toggle(&mut f.methods, kind)))/>
            }
        })
        .collect_view();
    let has = move |kinds: &'static [&'static str]| {
        Memo::new(move |_| {
            ctx.form
                .with(|f| f.methods.iter().any(|m| kinds.contains(&m.as_str())))
        })
    };
    let phone = has(&["call", "sms"]);
    let app = has(&["messaging_app"]);
    let email = has(&["email"]);
    let err_field = move |kind: &str| {
        let i = ctx
            .form
            .with_untracked(|f| f.method_index(kind).unwrap_or(usize::MAX));
        format!("contact.methods[{i}]")
    };
    view! {
        <Step screen=Screen::Contact/>
        <Heading id="contact-title"/>
        <p>{move || tx("contact-intro")}</p>
        <div class="choices">{methods}</div>
        <FieldErrors prefix="contact.methods".into() exact=true/>
        {move || phone.get().then(|| {
            let field = ctx.form.with_untracked(|f| f.method_index("call").or(f.method_index("sms")).unwrap_or(usize::MAX));
            view! {
                <TextField id="phone" testid="contact-phone" label="contact-phone-label" input_type="tel" max=limits::PHONE_INPUT_MAX_CHARS
                    get=|f| f.phone.clone() set=|f, v| f.phone = v error_field=format!("contact.methods[{field}]")/>
            }
        })}
        {move || app.get().then(|| view! {
            <TextField id="app" label="contact-app-label" max=limits::MESSAGING_APP_MAX_CHARS
                get=|f| f.app.clone() set=|f, v| f.app = v error_field=err_field("messaging_app")/>
            <TextField id="handle" label="contact-handle-label" max=limits::MESSAGING_HANDLE_MAX_CHARS
                get=|f| f.handle.clone() set=|f, v| f.handle = v error_field=format!("{}.handle", err_field("messaging_app"))/>
        })}
        {move || email.get().then(|| view! {
            <TextField id="email" label="contact-email-label" input_type="email" max=limits::EMAIL_MAX_CHARS
                get=|f| f.email.clone() set=|f, v| f.email = v error_field=err_field("email")/>
        })}
        <StepNav screen=Screen::Contact/>
    }
}
