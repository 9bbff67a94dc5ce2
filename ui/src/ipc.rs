//! The only door to the Tauri shell: `window.__TAURI_INTERNALS__.invoke(cmd, args)` (docs/ipc.md).

use js_sys::{Function, JSON, Promise, Reflect};
use serde::Deserialize;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// One field's validation problem (`{ field, code, max }`).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    #[serde(default)]
    pub max: Option<u64>,
}

/// `CommandError`: a machine code (shown as Fluent `error-<code>`) and, for validation, fields.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct CmdError {
    pub code: String,
    #[serde(default)]
    pub fields: Vec<FieldError>,
}

impl CmdError {
    fn internal() -> Self {
        Self {
            code: "internal".into(),
            fields: vec![],
        }
    }
}

/// A request as the status screen shows it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct RequestView {
    pub id: String,
    pub state: String,
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub problem: Option<String>,
    #[serde(default)]
    pub receipt_verified: bool,
    #[serde(default)]
    pub hotline_state: Option<String>,
}

fn to_value(js: &JsValue) -> Value {
    if js.is_undefined() || js.is_null() {
        return Value::Null;
    }
    JSON::stringify(js)
        .ok()
        .and_then(|s| s.as_string())
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(Value::Null)
}

/// Calls a command; `args` is a JSON object with camelCase keys.
pub async fn invoke(cmd: &str, args: Value) -> Result<Value, CmdError> {
    let call = || -> Result<JsValue, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let internals = Reflect::get(&window, &"__TAURI_INTERNALS__".into())?;
        let invoke: Function = Reflect::get(&internals, &"invoke".into())?.dyn_into()?;
        let args = JSON::parse(&args.to_string())?;
        invoke.call2(&internals, &JsValue::from_str(cmd), &args)
    };
    let promise = call().map_err(|_| CmdError::internal())?;
    match JsFuture::from(Promise::resolve(&promise)).await {
        Ok(v) => Ok(to_value(&v)),
        Err(e) => {
            if let Some(code) = e.as_string() {
                return Err(CmdError {
                    code,
                    fields: vec![],
                });
            }
            Err(serde_json::from_value(to_value(&e)).unwrap_or_else(|_| CmdError::internal()))
        }
    }
}

/// Fire and forget (errors ignored): for lock, quick exit, connectivity hints.
pub fn invoke_later(cmd: &'static str, args: Value) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = invoke(cmd, args).await;
    });
}
