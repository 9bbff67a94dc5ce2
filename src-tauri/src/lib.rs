//! Reach's app shell: a thin Tauri 2 layer over `reach-core`, disguised as a calculator.
//!
//! Every rule (PINs, duress PIN, wipes, drafts, sealing, delivery) lives in `reach-core` and is
//! tested there; this crate only maps IPC commands (`docs/ipc.md`) to core calls, owns the
//! process-wide state (the store, the sync task) and starts the window. Nothing here writes to
//! disk except through the core's encrypted store, and nothing logs request content.

// On iOS and Android `tauri::mobile_entry_point` (on `run`) exports the entry point with
// `#[unsafe(no_mangle)]`; the desktop build has no unsafe code at all (Cargo.toml denies it).
#![cfg_attr(mobile, allow(unsafe_code))]

mod commands;
mod config;
mod error;
mod state;
mod sync_task;

pub use config::{AppConfig, DeviceSecretChoice, ProfileSource};
pub use error::{CommandError, FieldError};
pub use state::AppState;

use tauri::{Manager as _, Runtime};

/// The app's Tauri context (config, embedded UI, capabilities), generic over the runtime so that
/// tests can build the real app, with its real ACL, on the mock runtime.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// The window is gone (closed, or its WebView crashed and was torn down): nothing is left to
/// show the app, so nothing may stay unlocked. Public so that a test can deliver the event
/// (Tauri's mock runtime never emits `Destroyed`).
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    if let tauri::WindowEvent::Destroyed = event
        && let Some(state) = window.try_state::<AppState>()
    {
        tauri::async_runtime::block_on(state.lock_now());
    }
}

/// Registers Reach's state, commands and background sync on a builder. Shared by [`run`] and
/// the tests, which pass an explicit [`AppConfig`] instead of reading environment variables.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>, config: AppConfig) -> tauri::Builder<R> {
    // With a known data directory the state exists before any window does (and before the
    // event loop: the mock runtime runs `setup` only once it runs). Otherwise the platform's
    // app-data directory is only known to a built app, in `setup`.
    let wipe_app_folders = config.wipe_app_folders;
    let (builder, deferred) = match config.data_dir.clone() {
        Some(dir) => (builder.manage(AppState::start(config.resolve(dir))), None),
        None => (builder, Some(config)),
    };
    let handler: Box<dyn Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync> =
        Box::new(tauri::generate_handler![
            commands::app_state,
            commands::setup,
            commands::unlock,
            commands::lock,
            commands::quick_exit,
            commands::set_duress_pin,
            commands::change_pin,
            commands::worker_profile,
            commands::set_worker_profile,
            commands::draft_new,
            commands::draft_save,
            commands::draft_load,
            commands::drafts,
            commands::draft_delete,
            commands::validate,
            commands::submit,
            commands::submit_with_reference,
            commands::reference_again,
            commands::reference_handed_over,
            commands::check_reference,
            commands::requests,
            commands::send_now,
            commands::retry,
            commands::connectivity_changed,
            commands::refresh_status,
            commands::send_feedback,
            commands::decline_feedback,
            commands::panic_wipe,
            commands::speech::speak,
            commands::speech::stop_speaking,
        ]);
    builder
        .invoke_handler(move |invoke| {
            // Every command is activity, for the backend's own idle lock.
            if let Some(state) = invoke.message.webview().try_state::<AppState>() {
                state.touch();
            }
            handler(invoke)
        })
        .on_window_event(on_window_event)
        .setup(move |app| {
            if let Some(config) = deferred {
                let data_dir = app.path().app_data_dir()?;
                app.manage(AppState::start(config.resolve(data_dir)));
            }
            if wipe_app_folders {
                let path = app.path();
                let folders = [
                    path.app_local_data_dir(),
                    path.app_data_dir(),
                    path.app_cache_dir(),
                    path.app_config_dir(),
                ]
                .into_iter()
                .filter_map(Result::ok)
                .collect();
                let _ = app.state::<AppState>().app_folders.set(folders);
            }
            Ok(())
        })
}

/// The app's entry point on every platform (desktop `main`, Android/iOS via the mobile entry
/// point).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let config = AppConfig::from_env();
    builder(tauri::Builder::default(), config)
        .run(context())
        // Without a window there is nothing to show; the message carries no user data.
        .expect("the app could not start");
}
