//! Reach's user interface (Leptos, client-side rendered, served by the Tauri shell).
mod app;
mod calc;
mod i18n;
mod icons;
mod ipc;
mod model;

fn main() {
    // Panics go to the console (they never contain request content: nothing sensitive is
    // formatted into a panic message).
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
