//! Settings: language, PIN, emergency PIN, wipe everything.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{self, Arg};
use crate::icons;
use crate::ipc::invoke;
use crate::safety::*;
use crate::session::*;
use crate::widgets::*;
use reach_contract::command::{
    self as cmd, ChangePinArgs, NoArgs, SetDuressPinArgs, SetWorkerProfileArgs,
};
use reach_contract::view::{DeviceSecretPlace, WorkerProfileView};
use reach_contract::{CommandError, ErrorCode, PinOutcome, limits, pin};

/// A message on the settings screen: a Fluent id and, for the wrong-PIN count, a number.
pub(crate) type Said = (String, Option<u32>);

/// What a PIN form (change PIN, emergency PIN) answered, as the lock screen would: done, wrong
/// with the attempts left, or everything wiped. `Err` carries the message to show.
pub(crate) fn pin_answer(res: Result<PinOutcome, CommandError>, ctx: Ctx) -> Result<(), Said> {
    match res {
        Ok(PinOutcome::Accepted) => Ok(()),
        Ok(PinOutcome::WrongPin { remaining }) => Err(("pin-wrong-left".into(), Some(remaining))),
        Ok(PinOutcome::Wiped) => {
            // The last wrong PIN: the backend has wiped; look like a fresh calculator.
            hide_everything(ctx);
            ctx.setup_done.set(false);
            Err((String::new(), None))
        }
        Err(e) => Err((e.code.message_id(), None)),
    }
}

pub(crate) fn said_text(said: &Said) -> String {
    match said {
        (id, Some(n)) => txa(id, &[("count", Arg::Num(f64::from(*n)))]),
        (id, None) => tx_or(id, "error-internal", &[]),
    }
}

#[component]
pub(crate) fn SettingsScreen() -> impl IntoView {
    let ctx = ctx();
    // Change PIN.
    let cur = RwSignal::new(String::new());
    let new_pin = RwSignal::new(String::new());
    let new_pin2 = RwSignal::new(String::new());
    let pin_said = RwSignal::new(None::<Said>);
    let pin_busy = RwSignal::new(false);
    let change_pin = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let (c, n, n2) = (
            cur.get_untracked(),
            new_pin.get_untracked(),
            new_pin2.get_untracked(),
        );
        let problem = if !pin::plausible_pin(&c) {
            Some(ErrorCode::WrongPin.message_id())
        } else if let Err(e) = pin::validate_pin(&n) {
            Some(e.code().message_id())
        } else if n != n2 {
            Some("setup-mismatch".into())
        } else {
            None
        };
        if let Some(id) = problem {
            pin_said.set(Some((id, None)));
            return;
        }
        pin_busy.set(true);
        let session = ctx.session.get_value();
        spawn_local(async move {
            let res = invoke::<cmd::ChangePin>(&ChangePinArgs {
                current_pin: c,
                new_pin: n,
            })
            .await;
            note_wipe(ctx, &res);
            if !same_session(ctx, session) {
                return;
            }
            pin_busy.set(false);
            cur.set(String::new());
            match pin_answer(res, ctx) {
                Ok(()) => {
                    new_pin.set(String::new());
                    new_pin2.set(String::new());
                    pin_said.set(Some(("settings-pin-changed".into(), None)));
                }
                Err(said) => pin_said.set(Some(said)),
            }
        });
    };
    // Emergency (duress) PIN.
    let pin = RwSignal::new(String::new());
    let duress = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Said>);
    let confirm_wipe = RwSignal::new(false);
    let duress_busy = RwSignal::new(false);
    let set_duress = move |remove: bool| {
        if duress_busy.get_untracked() {
            return; // a double tap must not cost two attempts
        }
        let (p, d) = (pin.get_untracked(), duress.get_untracked());
        if !pin::plausible_pin(&p) {
            message.set(Some((ErrorCode::WrongPin.message_id(), None)));
            return;
        }
        if !remove && let Err(e) = pin::validate_pin(&d) {
            message.set(Some((e.code().message_id(), None)));
            return;
        }
        duress_busy.set(true);
        let session = ctx.session.get_value();
        spawn_local(async move {
            let duress_pin = (!remove).then_some(d);
            let res = invoke::<cmd::SetDuressPin>(&SetDuressPinArgs { pin: p, duress_pin }).await;
            note_wipe(ctx, &res);
            duress_busy.set(false);
            if !same_session(ctx, session) {
                return;
            }
            pin.set(String::new());
            let done = if remove {
                "settings-duress-removed"
            } else {
                "settings-duress-saved"
            };
            match pin_answer(res, ctx) {
                Ok(()) => {
                    duress.set(String::new());
                    message.set(Some((done.into(), None)));
                }
                Err(said) => message.set(Some(said)),
            }
        });
    };
    // Outreach worker mode, behind the PIN.
    let current = ctx.worker.get_untracked();
    let w_org = RwSignal::new(
        current
            .as_ref()
            .map(|w| w.organisation.clone())
            .unwrap_or_default(),
    );
    let w_channel = RwSignal::new(current.and_then(|w| w.channel).unwrap_or_default());
    let w_pin = RwSignal::new(String::new());
    let w_said = RwSignal::new(None::<Said>);
    let w_busy = RwSignal::new(false);
    let set_worker = move |off: bool| {
        if w_busy.get_untracked() {
            return; // a double tap must not cost two attempts
        }
        let p = w_pin.get_untracked();
        if !pin::plausible_pin(&p) {
            w_said.set(Some((ErrorCode::WrongPin.message_id(), None)));
            return;
        }
        let profile = (!off).then(|| WorkerProfileView {
            organisation: w_org.get_untracked().trim().to_owned(),
            channel: Some(w_channel.get_untracked().trim().to_owned()).filter(|c| !c.is_empty()),
        });
        if profile.as_ref().is_some_and(|w| w.organisation.is_empty()) {
            w_said.set(Some(("worker-org-needed".to_owned(), None)));
            return;
        }
        w_busy.set(true);
        let session = ctx.session.get_value();
        spawn_local(async move {
            let res = invoke::<cmd::SetWorkerProfile>(&SetWorkerProfileArgs {
                pin: p,
                profile: profile.clone(),
            })
            .await;
            note_wipe(ctx, &res);
            w_busy.set(false);
            if !same_session(ctx, session) {
                return;
            }
            w_pin.set(String::new());
            match pin_answer(res, ctx) {
                Ok(()) => {
                    let done = if profile.is_some() {
                        "settings-worker-saved"
                    } else {
                        w_org.set(String::new());
                        w_channel.set(String::new());
                        "settings-worker-removed"
                    };
                    ctx.worker.set(profile);
                    w_said.set(Some((done.into(), None)));
                }
                Err(said) => w_said.set(Some(said)),
            }
        });
    };
    let wipe = move |_| {
        hide_everything(ctx);
        ctx.setup_done.set(false);
        panic_wipe(1);
    };
    let said = move |sig: RwSignal<Option<Said>>| {
        move || {
            sig.get()
                .filter(|s| !s.0.is_empty())
                .map(|s| view! { <p class="notice" role="status">{move || said_text(&s)}</p> })
        }
    };
    // Where the device secret lives: a file beside the database (no OS keyring reachable when
    // the app was set up) is less protected, and the person should know (docs/device-secret.md).
    let less_protected = RwSignal::new(false);
    spawn_local(async move {
        if let Ok(st) = invoke::<cmd::AppState>(&NoArgs {}).await {
            less_protected.set(st.device_secret == Some(DeviceSecretPlace::File));
        }
    });
    view! {
        <Heading id="settings-title"/>
        {move || less_protected.get().then(|| view! {
            <p class="notice" role="note" data-testid="device-secret-file">{move || tx("settings-less-protected")}</p>
        })}
        <h2>{move || tx("settings-language")}</h2>
        // Closed until asked for: open, the 64 languages and more put every other setting, the
        // wipe among them, several screens further down. The summary says the language now
        // chosen, in its own name, beside a globe a person who cannot read it still knows.
        <details class="lang-picker" data-testid="settings-language">
            <summary data-testid="settings-language-open">
                {icons::globe()}
                <span class="what">
                    <span class="label">{move || tx("lang-title")}</span>
                    {move || i18n::info(&lang().get()).map(|l| view! {
                        <span class="current" lang=l.code dir=if l.rtl { "rtl" } else { "ltr" }>{l.name}</span>
                    })}
                </span>
                {icons::chevron()}
            </summary>
            <LanguageList/>
        </details>
        <div class="choices">
            <Toggle testid="read-on-arrival".to_owned() label=Signal::derive(move || tx("settings-read-aloud"))
                pressed=Signal::derive(move || ctx.read_on_arrival.get())
                on_toggle=Callback::new(move |_| ctx.read_on_arrival.update(|r| *r = !*r))/>
        </div>
        <p class="hint">{move || tx("speak-headphones")}</p>
        <button type="button" class="secondary" on:click=move |_| lock_now(ctx)>{move || tx("settings-lock")}</button>
        <h2>{move || tx("settings-pin-title")}</h2>
        <form on:submit=change_pin novalidate>
            {pin_field("pin-current", "pin-current", "settings-current-pin", cur)}
            {pin_field("pin-new", "pin-new", "settings-new-pin", new_pin)}
            {pin_field("pin-new-again", "pin-new-again", "settings-new-pin-again", new_pin2)}
            {said(pin_said)}
            <button type="submit" class="primary" data-testid="pin-change" disabled=move || pin_busy.get()>{move || tx("settings-pin-save")}</button>
        </form>
        <h2>{move || tx("settings-duress-title")}</h2>
        <p>{move || tx("settings-duress-intro")}</p>
        <Speak text=messages_said(&["settings-duress-title", "settings-duress-intro"])
            testid="speak-settings-duress".to_owned()/>
        {pin_field("cur-pin", "cur-pin", "settings-current-pin", pin)}
        {pin_field("new-duress", "new-duress", "setup-duress-label", duress)}
        {said(message)}
        <div class="actions">
            <button type="button" class="primary" data-testid="duress-save" disabled=move || duress_busy.get() on:click=move |_| set_duress(false)>{move || tx("settings-duress-save")}</button>
            <button type="button" class="secondary" data-testid="duress-remove" disabled=move || duress_busy.get() on:click=move |_| set_duress(true)>{move || tx("settings-duress-remove")}</button>
        </div>
        <h2>{move || tx("settings-worker-title")}</h2>
        <p>{move || tx("settings-worker-intro")}</p>
        {text_field("worker-org", "assisted-organisation-label", "assisted-hint", w_org, limits::ASSISTED_BY_ORGANISATION_MAX_CHARS)}
        {text_field("worker-channel", "assisted-channel-label", "", w_channel, limits::ASSISTED_BY_CHANNEL_MAX_CHARS)}
        {pin_field("worker-pin", "worker-pin", "settings-current-pin", w_pin)}
        {said(w_said)}
        <div class="actions">
            <button type="button" class="primary" data-testid="worker-save" disabled=move || w_busy.get() on:click=move |_| set_worker(false)>
                {move || tx(if ctx.worker.get().is_some() { "settings-worker-save" } else { "settings-worker-on" })}
            </button>
            {move || ctx.worker.get().is_some().then(|| view! {
                <button type="button" class="secondary" data-testid="worker-off" disabled=move || w_busy.get() on:click=move |_| set_worker(true)>{move || tx("settings-worker-off")}</button>
            })}
        </div>
        <h2>{move || tx("settings-wipe-title")}</h2>
        <p>{move || tx("settings-wipe-intro")}</p>
        // Heard before the button is pressed: what goes, what stays with the hotline.
        <Speak text=messages_said(&["settings-wipe-title", "settings-wipe-intro"])
            testid="speak-settings-wipe".to_owned()/>
        {move || if confirm_wipe.get() {
            view! {
                <div class="actions">
                    <button type="button" class="danger" id="wipe-confirm" on:click=wipe>{move || tx("settings-wipe-confirm")}</button>
                    <button type="button" class="secondary" on:click=move |_| confirm_wipe.set(false)>{move || tx("cancel")}</button>
                </div>
            }.into_any()
        } else {
            view! {
                <button type="button" class="danger" id="wipe" on:click=move |_| confirm_wipe.set(true)>{move || tx("settings-wipe-title")}</button>
            }.into_any()
        }}
    }
}
