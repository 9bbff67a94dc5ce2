//! The only door to the Tauri shell: `window.__TAURI_INTERNALS__.invoke(cmd, args)`
//! (docs/ipc.md), typed by the contract: `invoke::<command::Unlock>(&args)` sends the
//! contract's argument type and answers the contract's answer type, so no screen builds or
//! parses JSON by hand.

use js_sys::{Function, JSON, Promise, Reflect};
use reach_contract::command::Command;
use reach_contract::{CommandError, ErrorCode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn internal() -> CommandError {
    CommandError::code(ErrorCode::Internal)
}

/// The JSON text of a JS value (`null` for `undefined`).
fn json_text(js: &JsValue) -> String {
    if js.is_undefined() {
        return "null".into();
    }
    JSON::stringify(js)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "null".into())
}

/// Calls command `C` with its arguments; its answer, or its error. An answer or an error that
/// is not the contract's shape is `internal` (a shell and a UI from different builds).
pub async fn invoke<C: Command>(args: &C::Args) -> Result<C::Answer, CommandError> {
    let args = serde_json::to_string(args).map_err(|_| internal())?;
    let call = || -> Result<JsValue, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let internals = Reflect::get(&window, &"__TAURI_INTERNALS__".into())?;
        let invoke: Function = Reflect::get(&internals, &"invoke".into())?.dyn_into()?;
        let args = JSON::parse(&args)?;
        invoke.call2(&internals, &JsValue::from_str(C::NAME), &args)
    };
    let promise = call().map_err(|_| internal())?;
    match JsFuture::from(Promise::resolve(&promise)).await {
        Ok(v) => serde_json::from_str(&json_text(&v)).map_err(|_| internal()),
        Err(e) => {
            // Tauri rejects with a bare string when the ACL or the argument parsing refuses.
            if let Some(code) = e.as_string() {
                return Err(ErrorCode::parse(&code).map_or_else(internal, CommandError::code));
            }
            Err(serde_json::from_str(&json_text(&e)).unwrap_or_else(|_| internal()))
        }
    }
}

/// Fire and forget (errors ignored): for lock, quick exit, connectivity hints.
pub fn invoke_later<C: Command>(args: C::Args)
where
    C::Args: 'static,
{
    wasm_bindgen_futures::spawn_local(async move {
        let _ = invoke::<C>(&args).await;
    });
}
