//! Reach's user interface (Leptos, client-side rendered, served by the Tauri shell).
//!
//! Map: [`app`] is the root (modes, listeners); [`screens`] has one file a screen; [`flow`]
//! owns the order of the form's steps; [`session`] the state every screen shares; [`safety`]
//! quick exit, lock and wipe; [`widgets`] the shared widgets; [`model`] the form and its
//! Referral JSON; [`ipc`] the typed door to the shell (the contract crate's commands).
mod app;
mod calc;
mod flow;
mod i18n;
mod icons;
mod ipc;
#[cfg(test)]
mod locale_meta;
mod model;
mod safety;
mod screens;
mod session;
mod widgets;

fn main() {
    // Panics go to the console (they never contain request content: nothing sensitive is
    // formatted into a panic message).
    console_error_panic_hook::set_once();
    // English (every message's fallback) and the browser's own language are loaded before the
    // first paint, so no screen ever shows a message id while a file is on its way.
    wasm_bindgen_futures::spawn_local(async {
        let _ = i18n::load("en").await;
        let browser = web_sys::window()
            .and_then(|w| w.navigator().language())
            .unwrap_or_default();
        let _ = i18n::load(i18n::best_locale(&browser)).await;
        leptos::mount::mount_to_body(app::App);
    });
}
