//! First use: choosing a PIN and, optionally, an emergency (duress) PIN.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::icons::{self};
use crate::ipc::invoke;
use crate::session::*;
use crate::widgets::*;
use reach_contract::command::{self as cmd, SetupArgs};
use reach_contract::view::WorkerProfileView;
use reach_contract::{ErrorCode, limits, pin};

#[component]
pub(crate) fn Setup() -> impl IntoView {
    let ctx = ctx();
    let pin = RwSignal::new(String::new());
    let pin2 = RwSignal::new(String::new());
    let duress = RwSignal::new(String::new());
    // Worker mode from the start: the worker's organisation (and a way to reach them).
    let worker = RwSignal::new(false);
    let org = RwSignal::new(String::new());
    let channel = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // A message about the organisation goes once it is being corrected.
    Effect::new(move |_| {
        org.track();
        worker.track();
        error.set(None);
    });
    let busy = RwSignal::new(false);
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let (p, p2, d) = (
            pin.get_untracked(),
            pin2.get_untracked(),
            duress.get_untracked(),
        );
        let rule = pin::validate_pin(&p).and_then(|()| match d.as_str() {
            "" => Ok(()),
            d => pin::validate_pin(d),
        });
        let profile = worker.get_untracked().then(|| WorkerProfileView {
            organisation: org.get_untracked().trim().to_owned(),
            channel: Some(channel.get_untracked().trim().to_owned()).filter(|c| !c.is_empty()),
        });
        let problem = if let Err(e) = rule {
            Some(e.code().message_id())
        } else if p != p2 {
            Some("setup-mismatch".into())
        } else if d == p {
            Some(ErrorCode::DuressSameAsPin.message_id())
        } else if profile.as_ref().is_some_and(|w| w.organisation.is_empty()) {
            Some("worker-org-needed".to_owned())
        } else {
            None
        };
        if let Some(id) = problem {
            error.set(Some(id));
            return;
        }
        busy.set(true);
        let session = ctx.session.get_value();
        spawn_local(async move {
            let duress_pin = (!d.is_empty()).then_some(d);
            let res = invoke::<cmd::Setup>(&SetupArgs {
                pin: p,
                duress_pin,
                worker: profile,
            })
            .await;
            // The store exists now even if the person left meanwhile (quick exit while the PIN
            // was being stretched): remember it whatever the session, or the calculator would
            // ignore the new PIN and "=" would offer a set-up the backend refuses.
            if res.is_ok() {
                ctx.setup_done.set(true);
            }
            if !same_session(ctx, session) {
                return;
            }
            busy.set(false);
            match res {
                Ok(_) => after_unlock(ctx),
                Err(e) => error.set(Some(e.code.message_id())),
            }
        });
    };
    view! {
        <Heading id="setup-title" testid="setup-title"/>
        <p>{move || tx("setup-intro")}</p>
        <p class="important">{move || tx("setup-how")}</p>
        // Heard, not only read: a person who cannot read "type your PIN on the calculator,
        // then press =" would not find the app again.
        <Speak text=messages_said(&["setup-intro", "setup-how"])
            testid="speak-setup".to_owned()/>
        <form on:submit=submit novalidate>
            {pin_field("pin", "setup-pin", "setup-pin-label", pin)}
            {pin_field("pin2", "setup-pin-confirm", "setup-pin-repeat-label", pin2)}
            <h2>{move || tx("setup-duress-title")}</h2>
            <p>{move || tx("setup-duress-intro")}</p>
            <Speak text=messages_said(&["setup-duress-title", "setup-duress-intro"])
                testid="speak-setup-duress".to_owned()/>
            {pin_field("duress", "setup-duress-pin", "setup-duress-label", duress)}
            <div class="choices">
                <Toggle testid="setup-worker".to_owned() label=Signal::derive(move || tx("setup-worker"))
                    pressed=Signal::derive(move || worker.get())
                    on_toggle=Callback::new(move |()| worker.update(|w| *w = !*w))/>
            </div>
            {move || worker.get().then(|| view! {
                <p class="hint">{move || tx("setup-worker-hint")}</p>
                {text_field("worker-org", "assisted-organisation-label", "", org, limits::ASSISTED_BY_ORGANISATION_MAX_CHARS)}
                {text_field("worker-channel", "assisted-channel-label", "", channel, limits::ASSISTED_BY_CHANNEL_MAX_CHARS)}
            })}
            {move || error.get().map(|id| view! {
                // The role sits on a plain block around the flex row: WebKitGTK exposes a flex
                // container with role="alert" to AT-SPI with no text at all (Orca read nothing;
                // found by src-tauri/tests/it/atspi.rs).
                <div role="alert"><p class="field-error">{icons::warning()}<span>{move || tx_or(&id, "error-internal", &[])}</span></p></div>
            })}
            <button type="submit" class="primary" data-testid="setup-submit" disabled=move || busy.get()>{move || tx("setup-submit")}</button>
        </form>
    }
}
