//! The calculator the app disguises itself as (the lock screen).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::calc::{Key, Outcome};
use crate::i18n::{self};
use crate::ipc::invoke;
use crate::safety::*;
use crate::session::*;
use reach_contract::PinOutcome;
use reach_contract::command::{self as cmd, UnlockArgs};

#[component]
pub(crate) fn Calculator() -> impl IntoView {
    let ctx = ctx();
    // The disguise speaks the phone's language, never the one chosen in the app: it must look
    // like the phone's own calculator, and must not change when the app's language is reset.
    let os = move || i18n::best_locale(&ctx.os_locale.get()).to_owned();
    let tos = move |id: &str| i18n::format(&os(), id, &[]);
    let shown = move || {
        let d = ctx.calc_display.get();
        if d == "\u{1}" { tos("calc-error") } else { d }
    };
    // (key, label, class); the test id is derived from the key (`docs/ipc.md`, "Test ids").
    let keys: [(Key, &'static str, &'static str); 16] = [
        (Key::Digit(7), "7", ""),
        (Key::Digit(8), "8", ""),
        (Key::Digit(9), "9", ""),
        (Key::Div, "÷", "op"),
        (Key::Digit(4), "4", ""),
        (Key::Digit(5), "5", ""),
        (Key::Digit(6), "6", ""),
        (Key::Mul, "×", "op"),
        (Key::Digit(1), "1", ""),
        (Key::Digit(2), "2", ""),
        (Key::Digit(3), "3", ""),
        (Key::Sub, "−", "op"),
        (Key::Digit(0), "0", ""),
        (Key::Dot, ".", ""),
        (Key::Equals, "=", "eq"),
        (Key::Add, "+", "op"),
    ];
    view! {
        <div class="calculator" id="calculator" lang=os dir=move || if i18n::is_rtl(&os()) { "rtl" } else { "ltr" }>
            <h1 class="sr-only" tabindex="-1">{move || tos("calc-label")}</h1>
            <output class="display" data-testid="calc-display" dir="ltr" aria-live="polite" aria-label=move || tos("calc-display-label")>{shown}</output>
            <div class="keys" dir="ltr">
                <button type="button" class="key clear" data-testid="calc-clear" on:click=move |_| calc_press(ctx, Key::Clear)>
                    {move || tos("calc-clear")}
                </button>
                {keys.into_iter().map(|(k, label, class)| view! {
                    <button type="button" class=format!("key {class}") data-testid=calc_testid(k)
                        on:click=move |_| calc_press(ctx, k)>{label}</button>
                }).collect_view()}
            </div>
        </div>
    }
}

/// `calc-key-<digit>`, `calc-equals`, `calc-dot`, `calc-add`, `calc-sub`, `calc-mul`,
/// `calc-div`, `calc-clear`.
pub(crate) fn calc_testid(key: Key) -> String {
    match key {
        Key::Digit(d) => format!("calc-key-{d}"),
        Key::Dot => "calc-dot".into(),
        Key::Add => "calc-add".into(),
        Key::Sub => "calc-sub".into(),
        Key::Mul => "calc-mul".into(),
        Key::Div => "calc-div".into(),
        Key::Equals => "calc-equals".into(),
        Key::Clear => "calc-clear".into(),
    }
}

pub(crate) fn calc_press(ctx: Ctx, key: Key) {
    let mut outcome = Outcome::Nothing;
    let mut shown = String::new();
    ctx.calc.update_value(|c| {
        outcome = c.press(key);
        shown = if c.is_error() {
            "\u{1}".into()
        } else {
            c.display().to_owned()
        };
    });
    ctx.calc_display.set(shown);
    match outcome {
        Outcome::Pin(pin) if ctx.setup_done.get_untracked() => {
            let session = ctx.session.get_value();
            spawn_local(async move {
                let res = invoke::<cmd::Unlock>(&UnlockArgs { pin }).await;
                note_wipe(ctx, &res);
                if !same_session(ctx, session) {
                    return;
                }
                match res {
                    Ok(PinOutcome::Accepted) => after_unlock(ctx),
                    Ok(PinOutcome::Wiped) => ctx.setup_done.set(false),
                    _ => {}
                }
            });
        }
        Outcome::EmptyEquals if !ctx.setup_done.get_untracked() => {
            body_class(false);
            ctx.mode.set(Mode::Setup);
        }
        _ => {}
    }
}
