//! Every IPC command through Tauri's mock runtime, with the app's REAL context (config and
//! capabilities, so the ACL is enforced as in the shipped app), real SQLite files in temporary
//! directories and a real `reach-hotline` on a loopback port. No display needed.

use std::path::Path;
use std::time::{Duration, Instant};

use reach_app_lib::AppConfig;
use reach_contract::command::{self as cmd, COMMANDS, Command, permission};
use reach_contract::{CommandError, ErrorCode, PinOutcome};
use reach_core::profile::HotlineProfile;
use reach_core::referral::{Referral, limits};
use reach_core::store::KdfParams;
use reach_e2e::harness::{Hotline, RefusingHotline};
use serde_json::{Value, json};
use tauri::Manager as _;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;

use crate::support::{DURESS, PIN};

struct App {
    _app: tauri::App<MockRuntime>,
    webview: tauri::WebviewWindow<MockRuntime>,
}

fn app(dir: &Path, profile: Option<HotlineProfile>) -> App {
    app_with(dir, profile, |_| {})
}

fn app_with(
    dir: &Path,
    profile: Option<HotlineProfile>,
    adjust: impl FnOnce(&mut AppConfig),
) -> App {
    let mut config = AppConfig::with(dir.to_owned(), profile);
    config.kdf = KdfParams::insecure_fast_for_tests();
    config.locale = Some("ar-EG".into());
    config.poll_interval = Duration::from_secs(2);
    config.sync.backoff_base = Duration::from_millis(100);
    config.sync.backoff_cap = Duration::from_millis(500);
    adjust(&mut config);
    let app = reach_app_lib::builder(mock_builder(), config)
        .build(reach_app_lib::context())
        .expect("app builds");
    // The mock runtime does not open the config's windows; open "main" (the label the
    // capability names) as the real app does.
    let webview = match app.get_webview_window("main") {
        Some(w) => w,
        None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window"),
    };
    App { _app: app, webview }
}

/// One IPC call through the mock runtime, as the UI makes it.
fn call(
    webview: &tauri::WebviewWindow<MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // The Linux/macOS origin of the app's own pages (Windows/Android: tauri.localhost).
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

impl App {
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        call(&self.webview, cmd, args)
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    fn err_code(&self, cmd: &str, args: Value) -> String {
        let e = self.call(cmd, args).expect_err(cmd);
        e["code"]
            .as_str()
            .unwrap_or_else(|| panic!("{cmd}: {e}"))
            .to_owned()
    }

    fn request_states(&self) -> Vec<String> {
        self.ok("requests", json!({}))
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["state"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// One call with the contract's argument type, answered in the contract's answer or error type:
/// a shell whose answer is not the shape the UI expects fails the test at the call.
fn typed<C: Command>(app: &App, args: &C::Args) -> Result<C::Answer, CommandError> {
    match app.call(C::NAME, serde_json::to_value(args).unwrap()) {
        Ok(v) => Ok(serde_json::from_value(v.clone())
            .unwrap_or_else(|e| panic!("{}: answer {v} is not the contract's: {e}", C::NAME))),
        Err(v) => Err(serde_json::from_value(v.clone())
            .unwrap_or_else(|e| panic!("{}: error {v} is not the contract's: {e}", C::NAME))),
    }
}

/// A runtime for the hotline and the fault proxy: these tests are synchronous (the mock runtime
/// answers IPC calls on the test's thread), the servers are not.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Runtime::new().unwrap()
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out: {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_whole_journey_through_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    let rt = runtime();
    let mut hotline = Hotline::new();
    let app = app(tmp.path(), Some(hotline.profile()));

    // First use.
    let s = app.ok("app_state", json!({}));
    assert_eq!(s["setup_done"], false);
    assert_eq!(s["unlocked"], false);
    assert_eq!(s["locale"], "ar-EG");
    assert_eq!(s["hotline_name"], "Test Hotline");
    assert_eq!(s["max_failed_unlocks"], 10);
    assert_eq!(s["failed_unlocks"], 0);
    assert_eq!(s["device_secret"], Value::Null, "no store, no secret");
    assert_eq!(app.err_code("draft_new", json!({})), "not_set_up");
    assert_eq!(
        app.err_code("setup", json!({ "pin": "12" })),
        "pin_too_short"
    );
    assert_eq!(
        app.err_code("setup", json!({ "pin": "48291" })),
        "pin_too_short",
        "new PINs have at least 6 digits"
    );
    assert_eq!(
        app.err_code("setup", json!({ "pin": PIN, "duressPin": PIN })),
        "duress_same_as_pin"
    );
    app.ok("setup", json!({ "pin": PIN, "duressPin": null }));
    assert_eq!(
        app.err_code("setup", json!({ "pin": PIN })),
        "already_set_up"
    );
    let s = app.ok("app_state", json!({}));
    assert_eq!(
        (s["setup_done"].clone(), s["unlocked"].clone()),
        (json!(true), json!(true))
    );
    // Tests keep the secret in the file (`AppConfig::with`): reported as such, and the app
    // says so on the settings screen.
    assert_eq!(s["device_secret"], "file");

    // Drafts.
    let draft = app.ok("draft_new", json!({}));
    let draft = draft.as_str().unwrap().to_owned();
    assert_eq!(app.ok("drafts", json!({})), json!([draft]));
    let referral = serde_json::to_value(Referral::sample()).unwrap();
    app.ok(
        "draft_save",
        json!({ "draftId": draft, "referral": referral }),
    );
    assert_eq!(app.ok("draft_load", json!({ "draftId": draft })), referral);
    let other = app.ok("draft_new", json!({}));
    app.ok("draft_delete", json!({ "draftId": other }));
    assert_eq!(app.ok("drafts", json!({})), json!([draft]));
    assert_eq!(
        app.err_code("draft_load", json!({ "draftId": other })),
        "not_found"
    );
    assert_eq!(
        app.err_code("draft_load", json!({ "draftId": "nonsense" })),
        "not_found"
    );

    // Malformed input is refused with a code and without echoing any of it.
    let mut bad = referral.clone();
    bad["contact"]["methods"][0]["phone"] = json!({ "not": "+15551234567" });
    let e = app
        .call("draft_save", json!({ "draftId": draft, "referral": bad }))
        .unwrap_err();
    assert_eq!(e["code"], "malformed");
    assert!(!e.to_string().contains("5551234567"), "{e}");

    // Validation: codes and fields, never text.
    assert_eq!(
        app.ok("validate", json!({ "referral": referral })),
        json!([])
    );
    let blank = serde_json::to_value(Referral::default()).unwrap();
    let problems = app.ok("validate", json!({ "referral": blank }));
    let problems = problems.as_array().unwrap();
    assert!(!problems.is_empty());
    assert!(
        problems
            .iter()
            .all(|p| p["field"].is_string() && p["code"].is_string() && p.get("max").is_some())
    );
    assert!(
        problems.iter().any(|p| p["code"] == "no_contact_method"),
        "{problems:?}"
    );
    let empty = app.ok("draft_new", json!({}));
    let e = app.call("submit", json!({ "draftId": empty })).unwrap_err();
    assert_eq!(e["code"], "invalid");
    assert!(!e["fields"].as_array().unwrap().is_empty());
    app.ok("draft_delete", json!({ "draftId": empty }));

    // Submit while the hotline is down: sealed and saved on the phone.
    let rid = app.ok("submit", json!({ "draftId": draft }));
    let rid = rid.as_str().unwrap().to_owned();
    assert_eq!(rid.len(), 32);
    assert_eq!(app.ok("drafts", json!({})), json!([]));
    wait_for("a failed first attempt", || {
        let r = app.ok("requests", json!({}));
        r[0]["state"] == "saved" && r[0]["attempts"].as_u64().unwrap() >= 1
    });
    let r = app.ok("requests", json!({}));
    assert_eq!(r[0]["id"], rid.as_str());
    assert_eq!(r[0]["receipt_verified"], false);
    assert_eq!(r[0]["hotline_state"], Value::Null);

    // The hotline comes up; "send now" delivers; the receipt is verified.
    rt.block_on(hotline.start());
    app.ok("connectivity_changed", json!({ "online": false }));
    app.ok("send_now", json!({}));
    wait_for("received", || app.request_states() == ["received"]);
    let r = app.ok("requests", json!({}));
    assert_eq!(r[0]["receipt_verified"], true);

    let v = app.ok("refresh_status", json!({ "referralId": rid }));
    assert_eq!(v["state"], "received");
    assert_eq!(v["hotline_state"], "received");
    assert_eq!(
        app.ok("requests", json!({}))[0]["hotline_state"],
        "received"
    );
    app.ok("connectivity_changed", json!({ "online": true }));

    // Duress PIN management (needs the store unlocked and the current PIN; a wrong one counts).
    assert_eq!(
        app.ok(
            "set_duress_pin",
            json!({ "pin": "0000", "duressPin": DURESS })
        ),
        json!({ "result": "wrong_pin", "remaining": 9 })
    );
    assert_eq!(
        app.err_code("set_duress_pin", json!({ "pin": PIN, "duressPin": PIN })),
        "duress_same_as_pin"
    );
    assert_eq!(
        app.ok("set_duress_pin", json!({ "pin": PIN, "duressPin": DURESS })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.request_states(), ["received"], "the store is back");

    // Lock: the list, drafts and status are closed; the hotline's answers are forgotten.
    app.ok("lock", json!({}));
    assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);
    assert_eq!(app.err_code("requests", json!({})), "locked");
    assert_eq!(app.err_code("drafts", json!({})), "locked");
    assert_eq!(
        app.err_code("refresh_status", json!({ "referralId": rid })),
        "locked"
    );
    assert_eq!(
        app.ok("unlock", json!({ "pin": "0000" })),
        json!({ "result": "wrong_pin", "remaining": 9 })
    );
    assert_eq!(app.ok("app_state", json!({}))["failed_unlocks"], 1);
    assert_eq!(
        app.ok("unlock", json!({ "pin": PIN })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.ok("app_state", json!({}))["failed_unlocks"], 0);
    let r = app.ok("requests", json!({}));
    assert_eq!(r[0]["state"], "received");
    assert_eq!(r[0]["hotline_state"], Value::Null, "forgotten at lock");

    // Survivors' voices: offered only once the hotline has closed the request, then never again.
    let no_answers = json!({ "referralId": rid, "answers": {} });
    assert_eq!(app.err_code("send_feedback", no_answers.clone()), "invalid");
    assert_eq!(
        app.err_code("decline_feedback", json!({ "referralId": rid })),
        "invalid"
    );
    let rid_typed: reach_core::ids::ReferralId = rid.parse().unwrap();
    hotline.set_state(rid_typed, "closed");
    let v = app.ok("refresh_status", json!({ "referralId": rid }));
    assert_eq!(
        (v["hotline_state"].clone(), v["feedback_offer"].clone()),
        (json!("closed"), json!(true))
    );
    assert_eq!(
        app.err_code(
            "send_feedback",
            json!({ "referralId": rid, "answers": { "helped": "maybe" } })
        ),
        "malformed"
    );
    app.ok(
        "send_feedback",
        json!({ "referralId": rid, "answers": { "helped": "yes", "safe": "partly" } }),
    );
    assert_eq!(app.err_code("send_feedback", no_answers), "already_exists");
    assert_eq!(
        app.err_code("decline_feedback", json!({ "referralId": rid })),
        "already_exists"
    );
    assert_eq!(app.ok("requests", json!({}))[0]["feedback_offer"], false);
    wait_for("the feedback at the hotline", || {
        hotline.feedback().len() == 1
    });
    assert_ne!(hotline.feedback()[0].0, rid, "its own id");

    // Quick exit locks.
    app.ok("quick_exit", json!({}));
    assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);

    // Panic wipe works at the lock screen and leaves a fresh app.
    app.ok("panic_wipe", json!({}));
    let s = app.ok("app_state", json!({}));
    assert_eq!(
        (s["setup_done"].clone(), s["unlocked"].clone()),
        (json!(false), json!(false))
    );
    assert_eq!(app.err_code("unlock", json!({ "pin": PIN })), "not_set_up");
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn wrong_pins_wipe_and_the_duress_pin_wipes_silently() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    app.ok("setup", json!({ "pin": PIN, "duressPin": DURESS }));
    let draft = app.ok("draft_new", json!({}));
    app.ok("lock", json!({}));

    // The duress PIN: "unlocked", and nothing from before is there.
    assert_eq!(
        app.ok("unlock", json!({ "pin": DURESS })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.ok("drafts", json!({})), json!([]));
    assert_eq!(
        app.err_code("draft_load", json!({ "draftId": draft })),
        "not_found"
    );
    app.ok("lock", json!({}));
    // The duress PIN is now the PIN; the old PIN is a wrong PIN.
    for remaining in (1..=9).rev() {
        assert_eq!(
            app.ok("unlock", json!({ "pin": PIN })),
            json!({ "result": "wrong_pin", "remaining": remaining })
        );
    }
    assert_eq!(
        app.ok("unlock", json!({ "pin": PIN })),
        json!({ "result": "wiped" })
    );
    assert_eq!(app.ok("app_state", json!({}))["setup_done"], false);
    app.ok("setup", json!({ "pin": PIN }));
    assert_eq!(app.ok("drafts", json!({})), json!([]));
}

/// A hostile network stalls a status check (the fault proxy holds every request far longer than
/// the test runs). Meanwhile the panic wipe, or the duress PIN, must still do its whole work at
/// once: before, the stalled check held the store and both answered "busy" without wiping.
#[test]
fn panic_wipe_and_the_duress_pin_work_while_a_status_check_is_stalled() {
    use reach_e2e::proxy::{Fault, FaultPlan, FaultProxy};
    for how in ["panic_wipe", "duress"] {
        let rt = runtime();
        let mut hotline = Hotline::new();
        rt.block_on(hotline.start());
        let upstream = hotline.url();
        let plan = FaultPlan {
            fault_rate: 1.0,
            faults: vec![Fault::Delay],
            delay: Duration::from_secs(600),
            seed: 7,
        };
        let proxy = rt.block_on(FaultProxy::start(&upstream, plan));
        let mut profile = hotline.profile();
        profile.endpoint = proxy.url();
        let tmp = tempfile::tempdir().unwrap();
        let app = app(tmp.path(), Some(profile));
        app.ok("setup", json!({ "pin": PIN, "duressPin": DURESS }));
        let draft = app.ok("draft_new", json!({}));
        let referral = serde_json::to_value(Referral::sample()).unwrap();
        app.ok(
            "draft_save",
            json!({ "draftId": draft, "referral": referral }),
        );
        let rid = app.ok("submit", json!({ "draftId": draft }));

        let stalled = {
            let webview = app.webview.clone();
            std::thread::spawn(move || {
                call(&webview, "refresh_status", json!({ "referralId": rid }))
            })
        };
        wait_for("the status check to be held by the proxy", || {
            proxy
                .counts
                .paths()
                .iter()
                .any(|p| !p.starts_with(reach_core::wire::PATH_ENVELOPES))
        });
        assert!(!stalled.is_finished(), "the status check is stalled");

        match how {
            "panic_wipe" => {
                app.ok("panic_wipe", json!({}));
                let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
                assert!(left.is_empty(), "{how}: left behind: {left:?}");
                assert_eq!(app.ok("app_state", json!({}))["setup_done"], false);
            }
            _ => {
                app.ok("lock", json!({}));
                assert_eq!(
                    app.ok("unlock", json!({ "pin": DURESS })),
                    json!({ "result": "accepted" }),
                );
                assert_eq!(app.ok("requests", json!({})), json!([]), "{how}");
                assert_eq!(app.ok("drafts", json!({})), json!([]), "{how}");
            }
        }
        assert!(
            !stalled.is_finished(),
            "{how}: it did not wait for the stalled check"
        );
        // The stalled thread is left to time out on its own; the test does not wait for it.
    }
}

/// The backend locks on its own once no command has come for the idle time: a UI that hangs,
/// or a WebView that was killed, must not leave the store open.
#[test]
fn the_backend_locks_on_its_own_when_idle() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app_with(tmp.path(), None, |c| {
        c.idle_lock = Duration::from_millis(400)
    });
    app.ok("setup", json!({ "pin": PIN }));
    // Busy: commands keep it open well past the idle time.
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1200) {
        assert_eq!(app.ok("app_state", json!({}))["unlocked"], true);
        std::thread::sleep(Duration::from_millis(100));
    }
    // Quiet for longer than the idle time: locked, without the UI asking.
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);
    assert_eq!(app.err_code("drafts", json!({})), "locked");
}

#[test]
fn the_backend_locks_when_the_window_is_destroyed() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    app.ok("setup", json!({ "pin": PIN }));
    let window = app.webview.as_ref().window();
    // Other window events leave it open.
    reach_app_lib::on_window_event(&window, &tauri::WindowEvent::Focused(false));
    assert_eq!(app.ok("app_state", json!({}))["unlocked"], true);
    // The event the real runtime sends when the window (or its crashed WebView) is torn down.
    reach_app_lib::on_window_event(&window, &tauri::WindowEvent::Destroyed);
    assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);
    assert_eq!(app.err_code("drafts", json!({})), "locked");
}

#[test]
fn without_a_hotline_drafts_work_and_submit_says_no_hotline() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    assert_eq!(app.ok("app_state", json!({}))["hotline_name"], Value::Null);
    app.ok("setup", json!({ "pin": PIN }));
    let draft = app.ok("draft_new", json!({}));
    let referral = serde_json::to_value(Referral::sample()).unwrap();
    app.ok(
        "draft_save",
        json!({ "draftId": draft, "referral": referral }),
    );
    assert_eq!(
        app.err_code("submit", json!({ "draftId": draft })),
        "no_hotline"
    );
    assert_eq!(app.err_code("send_now", json!({})), "no_hotline");
    app.ok("connectivity_changed", json!({ "online": true }));
    assert_eq!(app.ok("drafts", json!({})), json!([draft]));
}

#[test]
fn the_acl_refuses_what_the_capability_does_not_grant() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    // Positive control: our own command, same origin, same window.
    app.ok("app_state", json!({}));
    // Core APIs the UI does not need (events, window, path, app) are not granted.
    for cmd in [
        "plugin:event|listen",
        "plugin:event|emit",
        "plugin:window|close",
        "plugin:path|resolve_directory",
        "plugin:app|version",
    ] {
        let e = app.call(cmd, json!({})).expect_err(cmd);
        assert!(e.to_string().contains("not allowed"), "{cmd}: {e}");
    }
    // With an app manifest, an unlisted app command is refused by the ACL too.
    let e = app.call("does_not_exist", json!({})).unwrap_err();
    assert!(e.to_string().contains("not allowed"), "{e}");
}

#[test]
fn the_capability_grants_exactly_our_commands() {
    // The build script writes the capability from the contract's list; the file checked in must
    // be exactly that (a stale or hand-edited one fails here).
    let mut expected: Vec<String> = COMMANDS.iter().map(|c| permission(c)).collect();
    expected.sort();
    let cap: Value = serde_json::from_str(include_str!("../../capabilities/default.json")).unwrap();
    let mut granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("plain permission names only").to_owned())
        .collect();
    granted.sort();
    assert_eq!(granted, expected);
    assert_eq!(expected.len(), 30);
    assert_eq!(cap["windows"], json!(["main"]));
    assert!(
        cap.get("remote").is_none(),
        "no remote origin may call anything"
    );

    let conf: Value = serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
    assert_eq!(conf["productName"], "Calculator");
    assert_eq!(conf["app"]["windows"][0]["title"], "Calculator");
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    let csp = conf["app"]["security"]["csp"].as_str().unwrap();
    assert!(
        !csp.contains("null") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'"));
    // The wasm-bindgen loader fetch()es the UI's own .wasm: without 'self' in connect-src the
    // real WebView stays blank ("Load failed").
    assert!(
        csp.contains("connect-src 'self' ipc: http://ipc.localhost;"),
        "{csp}"
    );
}

#[test]
fn retry_requeues_a_refused_request_and_sends_it_again() {
    let tmp = tempfile::tempdir().unwrap();
    let rt = runtime();
    let mut hotline = Hotline::new();
    let app = app(tmp.path(), Some(hotline.profile()));
    app.ok("setup", json!({ "pin": PIN }));
    let draft = app.ok("draft_new", json!({}));
    let referral = serde_json::to_value(Referral::sample()).unwrap();
    app.ok(
        "draft_save",
        json!({ "draftId": draft, "referral": referral }),
    );

    // Something on the hotline's address refuses it for good: needs attention, and says why.
    let refusing = RefusingHotline::start(hotline.addr);
    let rid = app.ok("submit", json!({ "draftId": draft }));
    wait_for("needs_attention", || {
        app.request_states() == ["needs_attention"]
    });
    let r = app.ok("requests", json!({}));
    assert_eq!(r[0]["problem"], "http_403");
    assert_eq!(r[0]["attempts"], 0);
    assert_eq!(r[0]["receipt_verified"], false);
    drop(refusing);

    // Bad ids and a locked store are refused; "send now" alone does not touch it.
    assert_eq!(
        app.err_code("retry", json!({ "referralId": "nonsense" })),
        "not_found"
    );
    assert_eq!(
        app.err_code("retry", json!({ "referralId": "00".repeat(16) })),
        "not_found"
    );
    app.ok("lock", json!({}));
    assert_eq!(
        app.err_code("retry", json!({ "referralId": rid })),
        "locked"
    );
    assert_eq!(
        app.ok("unlock", json!({ "pin": PIN })),
        json!({ "result": "accepted" })
    );

    // The real hotline is back: "try again" queues it and a pass delivers it.
    rt.block_on(hotline.start());
    app.ok("send_now", json!({}));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(app.request_states(), ["needs_attention"]);
    app.ok("retry", json!({ "referralId": rid }));
    wait_for("received after retry", || {
        app.request_states() == ["received"]
    });
    let r = app.ok("requests", json!({}));
    assert_eq!(r[0]["receipt_verified"], true);
    assert_eq!(r[0]["problem"], Value::Null);

    // On a request in any other state it changes nothing.
    app.ok("retry", json!({ "referralId": rid }));
    assert_eq!(app.request_states(), ["received"]);
}

#[test]
fn retry_without_a_hotline_or_a_store() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    let id = "00".repeat(16);
    assert_eq!(
        app.err_code("retry", json!({ "referralId": id })),
        "no_hotline"
    );
    let hotline = Hotline::new();
    let tmp2 = tempfile::tempdir().unwrap();
    let app2 = self::app(tmp2.path(), Some(hotline.profile()));
    assert_eq!(
        app2.err_code("retry", json!({ "referralId": id })),
        "not_set_up"
    );
}

const NEW_PIN: &str = "705118";

fn wrong_pin(remaining: u32) -> Value {
    json!({ "result": "wrong_pin", "remaining": remaining })
}

/// A settings form that asks for the current PIN (change PIN, set or remove the duress PIN): the
/// lock screen's rules apply to each the same way, so one table drives both through the same
/// checks, with what is particular to a form in its own row.
struct PinForm {
    /// The command.
    command: &'static str,
    /// Its arguments: the current PIN, and the form's new value (a PIN, or null to remove).
    args: fn(&str, Value) -> Value,
    /// Its answer when it did its work. The one place that spells it for this form.
    success: Value,
    /// A valid new value.
    new_value: Value,
    /// The set-up before the rules are checked.
    setup: Value,
    /// Two wrong attempts (current PIN, new value): counted, 9 then 8 left.
    wrong: [(&'static str, Value); 2],
    /// A new value refused as the same as the other PIN (checked with the right current PIN).
    same_as_other_pin: Value,
    /// The rest of the rules, particular to this form, once it has done its work.
    rest: fn(&App, &PinForm, &Value, &Value),
    /// The set-up before the wipe is checked.
    wipe_setup: Value,
    /// The nine wrong attempts (command, arguments) before the last one, which wipes.
    wipe_attempts: Vec<(&'static str, Value)>,
    /// That last one, at this form (current PIN, new value).
    wipe_last: (&'static str, Value),
}

impl PinForm {
    fn call(&self, app: &App, current: &str, new: Value) -> Result<Value, Value> {
        app.call(self.command, (self.args)(current, new))
    }
}

fn change_pin_args(current: &str, new: Value) -> Value {
    json!({ "currentPin": current, "newPin": new })
}

fn set_duress_pin_args(current: &str, duress: Value) -> Value {
    json!({ "pin": current, "duressPin": duress })
}

fn pin_forms() -> [PinForm; 2] {
    [
        PinForm {
            command: "change_pin",
            args: change_pin_args,
            success: json!({ "result": "accepted" }),
            new_value: json!(NEW_PIN),
            setup: json!({ "pin": PIN, "duressPin": DURESS }),
            // The duress PIN as the current PIN is a wrong PIN too.
            wrong: [("0000", json!(NEW_PIN)), (DURESS, json!(NEW_PIN))],
            same_as_other_pin: json!(DURESS),
            rest: change_pin_rest,
            wipe_setup: json!({ "pin": PIN }),
            wipe_attempts: vec![("change_pin", change_pin_args("0000", json!(NEW_PIN))); 9],
            wipe_last: ("0000", json!(NEW_PIN)),
        },
        PinForm {
            command: "set_duress_pin",
            args: set_duress_pin_args,
            success: json!({ "result": "accepted" }),
            new_value: json!(DURESS),
            setup: json!({ "pin": PIN }),
            // Removing needs the PIN just the same.
            wrong: [("0000", json!(DURESS)), ("0000", Value::Null)],
            same_as_other_pin: json!(PIN),
            rest: set_duress_pin_rest,
            wipe_setup: json!({ "pin": PIN, "duressPin": DURESS }),
            // Wrong PINs at the duress form, the change-PIN form and unlock all add up.
            wipe_attempts: [
                vec![
                    (
                        "set_duress_pin",
                        set_duress_pin_args("0000", json!("246801"))
                    );
                    4
                ],
                vec![("change_pin", change_pin_args("0000", json!(NEW_PIN))); 3],
                vec![("unlock", json!({ "pin": "0000" }))],
                vec![("set_duress_pin", set_duress_pin_args("0000", Value::Null))],
            ]
            .concat(),
            wipe_last: ("0000", json!("246801")),
        },
    ]
}

#[test]
fn the_pin_forms_follow_the_lock_screen_rules() {
    for form in pin_forms() {
        let cmd = form.command;
        let tmp = tempfile::tempdir().unwrap();
        let app = app(tmp.path(), None);
        let call = |current: &str, new: Value| form.call(&app, current, new);
        assert_eq!(
            call(PIN, form.new_value.clone()).unwrap_err()["code"],
            "not_set_up",
            "{cmd}: no store yet"
        );
        app.ok("setup", form.setup.clone());
        let draft = app.ok("draft_new", json!({}));
        let referral = serde_json::to_value(Referral::sample()).unwrap();
        app.ok(
            "draft_save",
            json!({ "draftId": draft, "referral": referral }),
        );

        // A wrong current PIN counts, like at the lock screen, and keeps the person inside.
        for ((current, new), remaining) in form.wrong.iter().zip([9, 8]) {
            assert_eq!(
                call(current, new.clone()).unwrap(),
                wrong_pin(remaining),
                "{cmd}: {current}, {new}"
            );
        }
        let s = app.ok("app_state", json!({}));
        assert_eq!(
            (s["unlocked"].clone(), s["failed_unlocks"].clone()),
            (json!(true), json!(2)),
            "{cmd}"
        );
        assert_eq!(
            app.ok("draft_load", json!({ "draftId": draft })),
            referral,
            "{cmd}"
        );

        // A new value that breaks the rules is refused without counting, with the right current
        // PIN or a wrong one; so is the other PIN.
        for (new, code) in [
            ("12", "pin_too_short"),
            ("12345", "pin_too_short"),
            ("1234567890123", "pin_too_long"),
            ("12a4", "pin_not_digits"),
        ] {
            for current in [PIN, "0000"] {
                assert_eq!(
                    call(current, json!(new)).unwrap_err()["code"],
                    code,
                    "{cmd}: {current}, {new}"
                );
            }
        }
        assert_eq!(app.ok("app_state", json!({}))["failed_unlocks"], 2, "{cmd}");
        assert_eq!(
            call(PIN, form.same_as_other_pin.clone()).unwrap_err()["code"],
            "duress_same_as_pin",
            "{cmd}"
        );
        // The current PIN proved right before that refusal: the count is reset.
        let s = app.ok("app_state", json!({}));
        assert_eq!(
            (s["unlocked"].clone(), s["failed_unlocks"].clone()),
            (json!(true), json!(0)),
            "{cmd}"
        );

        // Done: still inside, the draft readable, the count reset.
        assert_eq!(
            call(PIN, form.new_value.clone()).unwrap(),
            form.success,
            "{cmd}"
        );
        let s = app.ok("app_state", json!({}));
        assert_eq!(
            (s["unlocked"].clone(), s["failed_unlocks"].clone()),
            (json!(true), json!(0)),
            "{cmd}"
        );
        assert_eq!(
            app.ok("draft_load", json!({ "draftId": draft })),
            referral,
            "{cmd}"
        );
        (form.rest)(&app, &form, &draft, &referral);
    }
}

/// After the change: only the new PIN unlocks, and wrong PINs at the form and at the lock
/// screen add up to the wipe.
fn change_pin_rest(app: &App, form: &PinForm, draft: &Value, referral: &Value) {
    app.ok("lock", json!({}));
    assert_eq!(
        form.call(app, NEW_PIN, json!("111111")).unwrap_err()["code"],
        "locked",
        "no PIN entry at the lock screen but unlock"
    );
    assert_eq!(app.ok("unlock", json!({ "pin": PIN })), wrong_pin(9));
    assert_eq!(
        app.ok("unlock", json!({ "pin": NEW_PIN })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.ok("draft_load", json!({ "draftId": draft })), *referral);

    // Wrong at the form, then at the lock screen: one count, and the tenth wipes.
    for remaining in (6..=9).rev() {
        assert_eq!(
            form.call(app, "0000", json!("111111")).unwrap(),
            wrong_pin(remaining)
        );
    }
    app.ok("lock", json!({}));
    for remaining in (1..=5).rev() {
        assert_eq!(
            app.ok("unlock", json!({ "pin": "0000" })),
            wrong_pin(remaining)
        );
    }
    assert_eq!(
        app.ok("unlock", json!({ "pin": "0000" })),
        json!({ "result": "wiped" })
    );
    assert_eq!(app.ok("app_state", json!({}))["setup_done"], false);
}

/// After setting it: the duress PIN as the current PIN is a wrong PIN, not a wipe; the form is
/// closed at the lock screen; removed, the duress PIN is an ordinary wrong PIN; set again, it
/// wipes silently at the lock screen.
fn set_duress_pin_rest(app: &App, form: &PinForm, draft: &Value, referral: &Value) {
    assert_eq!(form.call(app, DURESS, Value::Null).unwrap(), wrong_pin(9));
    assert_eq!(app.ok("draft_load", json!({ "draftId": draft })), *referral);

    // At the lock screen the only PIN entry is unlock: refused, not counted.
    app.ok("lock", json!({}));
    assert_eq!(
        form.call(app, PIN, Value::Null).unwrap_err()["code"],
        "locked"
    );
    assert_eq!(app.ok("app_state", json!({}))["failed_unlocks"], 1);
    assert_eq!(
        app.ok("unlock", json!({ "pin": PIN })),
        json!({ "result": "accepted" })
    );

    // Removed: the duress PIN is an ordinary wrong PIN at the lock screen.
    assert_eq!(form.call(app, PIN, Value::Null).unwrap(), form.success);
    app.ok("lock", json!({}));
    assert_eq!(app.ok("unlock", json!({ "pin": DURESS })), wrong_pin(9));
    assert_eq!(
        app.ok("unlock", json!({ "pin": PIN })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.ok("draft_load", json!({ "draftId": draft })), *referral);

    // Set again: at the lock screen it wipes silently.
    assert_eq!(form.call(app, PIN, json!(DURESS)).unwrap(), form.success);
    app.ok("lock", json!({}));
    assert_eq!(
        app.ok("unlock", json!({ "pin": DURESS })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.ok("drafts", json!({})), json!([]));
}

#[test]
fn the_pin_forms_wipe_at_the_limit_like_unlock() {
    for form in pin_forms() {
        let cmd = form.command;
        let tmp = tempfile::tempdir().unwrap();
        let app = app(tmp.path(), None);
        app.ok("setup", form.wipe_setup.clone());
        app.ok("draft_new", json!({}));
        assert_eq!(form.wipe_attempts.len(), 9, "{cmd}");
        for ((command, args), remaining) in form.wipe_attempts.iter().zip((1..=9).rev()) {
            assert_eq!(
                app.ok(command, args.clone()),
                wrong_pin(remaining),
                "{cmd}: {command}"
            );
        }
        let (current, new) = &form.wipe_last;
        assert_eq!(
            form.call(&app, current, new.clone()).unwrap(),
            json!({ "result": "wiped" }),
            "{cmd}"
        );
        let s = app.ok("app_state", json!({}));
        assert_eq!(
            (s["setup_done"].clone(), s["unlocked"].clone()),
            (json!(false), json!(false)),
            "{cmd}"
        );
        assert_eq!(app.err_code("drafts", json!({})), "not_set_up", "{cmd}");
        assert_eq!(
            form.call(&app, PIN, form.new_value.clone()).unwrap_err()["code"],
            "not_set_up",
            "{cmd}"
        );
        let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
        assert!(left.is_empty(), "{cmd}: left behind: {left:?}");
        app.ok("setup", json!({ "pin": NEW_PIN }));
        assert_eq!(app.ok("drafts", json!({})), json!([]), "{cmd}");
    }
}
#[test]
fn quick_exit_saves_the_pending_answers_then_locks() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    app.ok("setup", json!({ "pin": PIN }));
    let draft = app.ok("draft_new", json!({}));
    // The last autosave had less than what was typed since.
    let older = serde_json::to_value(Referral::sample_minimal()).unwrap();
    let newer = serde_json::to_value(Referral::sample()).unwrap();
    assert_ne!(older, newer);
    app.ok("draft_save", json!({ "draftId": draft, "referral": older }));

    assert_eq!(
        app.ok(
            "quick_exit",
            json!({ "pending": { "draftId": draft, "referral": newer } })
        ),
        json!({ "saved": true, "error": null })
    );
    assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);
    assert_eq!(app.err_code("drafts", json!({})), "locked");
    assert_eq!(
        app.err_code("draft_load", json!({ "draftId": draft })),
        "locked"
    );
    assert_eq!(
        app.ok("unlock", json!({ "pin": PIN })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.ok("drafts", json!({})), json!([draft]), "saved over it");
    assert_eq!(app.ok("draft_load", json!({ "draftId": draft })), newer);

    // No draft yet (null or absent), or one that is gone: a new draft, then locked.
    let gone = app.ok("draft_new", json!({}));
    app.ok("draft_delete", json!({ "draftId": gone }));
    for pending in [
        json!({ "draftId": null, "referral": older }),
        json!({ "referral": older }),
        json!({ "draftId": gone, "referral": older }),
    ] {
        let before = app.ok("drafts", json!({}));
        let before = before.as_array().unwrap();
        assert_eq!(
            app.ok("quick_exit", json!({ "pending": pending })),
            json!({ "saved": true, "error": null }),
            "{pending}"
        );
        assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);
        app.ok("unlock", json!({ "pin": PIN }));
        let after = app.ok("drafts", json!({}));
        let new: Vec<_> = after
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| !before.contains(d))
            .collect();
        assert_eq!(new.len(), 1, "{pending}");
        assert_ne!(new[0], &gone);
        assert_eq!(app.ok("draft_load", json!({ "draftId": new[0] })), older);
    }
    assert_eq!(app.ok("draft_load", json!({ "draftId": draft })), newer);
}

#[test]
fn quick_exit_locks_even_when_the_pending_answers_cannot_be_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    app.ok("setup", json!({ "pin": PIN }));
    let draft = app.ok("draft_new", json!({}));
    let referral = serde_json::to_value(Referral::sample()).unwrap();
    app.ok(
        "draft_save",
        json!({ "draftId": draft, "referral": referral }),
    );

    let mut bad_phone = referral.clone();
    bad_phone["contact"]["methods"][0]["phone"] = json!({ "not": "+15551234567" });
    let mut too_large = referral.clone();
    too_large["message"] = json!("5551234567 ".repeat(limits::SERIALIZED_MAX_BYTES / 10));
    for (pending, code) in [
        (
            json!({ "draftId": draft, "referral": bad_phone }),
            "malformed",
        ),
        (
            json!({ "draftId": draft, "referral": too_large }),
            "too_large",
        ),
        (json!({ "draftId": draft }), "malformed"),
        (
            json!({ "draftId": 5551234567u64, "referral": referral }),
            "malformed",
        ),
        (json!("+15551234567"), "malformed"),
        (json!([draft, referral]), "malformed"),
    ] {
        let answer = app.ok("quick_exit", json!({ "pending": pending }));
        assert_eq!(
            answer,
            json!({ "saved": false, "error": code }),
            "{pending}"
        );
        assert_eq!(
            app.ok("app_state", json!({}))["unlocked"],
            false,
            "{pending}"
        );
        assert_eq!(app.err_code("drafts", json!({})), "locked");
        assert_eq!(
            app.ok("unlock", json!({ "pin": PIN })),
            json!({ "result": "accepted" })
        );
        // Nothing was half-saved over the draft, and no new draft appeared.
        assert_eq!(app.ok("drafts", json!({})), json!([draft]));
        assert_eq!(app.ok("draft_load", json!({ "draftId": draft })), referral);
    }

    // Already locked: the answers cannot be saved without the key; it says so, stays locked.
    app.ok("lock", json!({}));
    assert_eq!(
        app.ok(
            "quick_exit",
            json!({ "pending": { "draftId": draft, "referral": referral } })
        ),
        json!({ "saved": false, "error": "locked" })
    );
    assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);
}

#[test]
fn quick_exit_without_pending_answers_just_locks() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    // Before setup there is nothing to lock; quick exit never fails.
    assert_eq!(
        app.ok("quick_exit", json!({})),
        json!({ "saved": false, "error": null })
    );
    let referral = serde_json::to_value(Referral::sample()).unwrap();
    assert_eq!(
        app.ok(
            "quick_exit",
            json!({ "pending": { "draftId": null, "referral": referral } })
        ),
        json!({ "saved": false, "error": "not_set_up" })
    );
    app.ok("setup", json!({ "pin": PIN }));
    let draft = app.ok("draft_new", json!({}));
    for args in [json!({}), json!({ "pending": null })] {
        assert_eq!(
            app.ok("quick_exit", args.clone()),
            json!({ "saved": false, "error": null }),
            "{args}"
        );
        assert_eq!(app.ok("app_state", json!({}))["unlocked"], false);
        app.ok("unlock", json!({ "pin": PIN }));
        assert_eq!(app.ok("drafts", json!({})), json!([draft]));
    }
}

/// Every command of the contract is registered in the shell's `generate_handler!` (a macro
/// cannot take the contract's list, so this holds the two equal): called with no arguments,
/// each one is at least found — refused for its arguments, or answered — never "not found" or
/// "not allowed".
#[test]
fn every_contract_command_is_handled() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    for name in COMMANDS {
        let text = match app.call(name, json!({})) {
            Ok(v) => v.to_string(),
            Err(e) => e.to_string(),
        };
        assert!(
            !text.contains("not found") && !text.contains("not allowed"),
            "{name}: {text}"
        );
    }
    // The positive control: a name that is in no list is refused.
    let e = app.call("not_a_command", json!({})).unwrap_err();
    assert!(e.to_string().contains("not allowed"), "{e}");
}

/// The contract's types on both sides of the wire: every command the UI calls, called with the
/// contract's argument type, answers the contract's answer type (or its error type with a
/// listed code), through set-up, a draft, validation, the PIN forms and a wipe.
#[test]
fn every_command_answers_in_the_contract_types() {
    use reach_contract::command::*;
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    let state = typed::<cmd::AppState>(&app, &NoArgs {}).unwrap();
    assert!(!state.setup_done && !state.unlocked && state.device_secret.is_none());
    assert_eq!(state.locale, "ar-EG");
    let short = typed::<Setup>(
        &app,
        &SetupArgs {
            pin: "123".into(),
            duress_pin: None,
            worker: None,
        },
    );
    assert_eq!(short.unwrap_err().code, ErrorCode::PinTooShort);
    typed::<Setup>(
        &app,
        &SetupArgs {
            pin: PIN.into(),
            duress_pin: Some(DURESS.into()),
            worker: None,
        },
    )
    .unwrap();
    let state = typed::<cmd::AppState>(&app, &NoArgs {}).unwrap();
    assert!(state.setup_done && state.unlocked && state.device_secret.is_some());

    let id = typed::<DraftNew>(&app, &NoArgs {}).unwrap();
    let referral = serde_json::to_value(Referral::sample()).unwrap();
    typed::<DraftSave>(
        &app,
        &DraftSaveArgs {
            draft_id: id.clone(),
            referral: referral.clone(),
        },
    )
    .unwrap();
    let loaded = typed::<DraftLoad>(
        &app,
        &DraftIdArgs {
            draft_id: id.clone(),
        },
    )
    .unwrap();
    assert_eq!(loaded["message"], referral["message"]);
    assert_eq!(typed::<Drafts>(&app, &NoArgs {}).unwrap(), vec![id.clone()]);
    assert!(
        typed::<Validate>(&app, &ReferralArgs { referral })
            .unwrap()
            .is_empty()
    );
    let mut bad = serde_json::to_value(Referral::sample()).unwrap();
    bad["message"] = json!("x".repeat(limits::MESSAGE_MAX_CHARS + 1));
    let problems = typed::<Validate>(&app, &ReferralArgs { referral: bad }).unwrap();
    assert_eq!(problems[0].field, "message");
    assert_eq!(problems[0].code, reach_contract::FieldErrorCode::TooLong);
    assert_eq!(problems[0].max, Some(limits::MESSAGE_MAX_CHARS as u64));
    let no_hotline = typed::<Submit>(
        &app,
        &DraftIdArgs {
            draft_id: id.clone(),
        },
    );
    assert_eq!(no_hotline.unwrap_err().code, ErrorCode::NoHotline);
    assert!(typed::<Requests>(&app, &NoArgs {}).unwrap().is_empty());
    typed::<ConnectivityChanged>(&app, &ConnectivityArgs { online: true }).unwrap();

    // The three PIN forms answer the one outcome type.
    let wrong = typed::<ChangePin>(
        &app,
        &ChangePinArgs {
            current_pin: "000000".into(),
            new_pin: "765432".into(),
        },
    );
    assert!(
        matches!(wrong, Ok(PinOutcome::WrongPin { .. })),
        "{wrong:?}"
    );
    let set = typed::<SetDuressPin>(
        &app,
        &SetDuressPinArgs {
            pin: PIN.into(),
            duress_pin: None,
        },
    );
    assert_eq!(set, Ok(PinOutcome::Accepted));
    assert_eq!(typed::<WorkerProfile>(&app, &NoArgs {}), Ok(None));
    let worker = reach_contract::view::WorkerProfileView {
        organisation: "Hagar".into(),
        channel: None,
    };
    let set = typed::<SetWorkerProfile>(
        &app,
        &SetWorkerProfileArgs {
            pin: PIN.into(),
            profile: Some(worker.clone()),
        },
    );
    assert_eq!(set, Ok(PinOutcome::Accepted));
    assert_eq!(typed::<WorkerProfile>(&app, &NoArgs {}), Ok(Some(worker)));
    typed::<Lock>(&app, &NoArgs {}).unwrap();
    assert_eq!(
        typed::<Unlock>(&app, &UnlockArgs { pin: PIN.into() }),
        Ok(PinOutcome::Accepted)
    );
    typed::<DraftDelete>(&app, &DraftIdArgs { draft_id: id }).unwrap();
    let exit = typed::<QuickExit>(&app, &QuickExitArgs::default()).unwrap();
    assert!(!exit.saved && exit.error.is_none());
    let locked = typed::<Requests>(&app, &NoArgs {}).unwrap_err();
    assert_eq!(locked.code, ErrorCode::Locked);
    assert_eq!(
        typed::<Retry>(
            &app,
            &ReferralIdArgs {
                referral_id: "0".repeat(32)
            }
        )
        .unwrap_err()
        .code,
        ErrorCode::NoHotline
    );
    typed::<PanicWipe>(&app, &NoArgs {}).unwrap();
    let state = typed::<cmd::AppState>(&app, &NoArgs {}).unwrap();
    assert!(!state.setup_done);
}

/// Worker mode: chosen at set-up (a profile that would not validate creates nothing) or in
/// settings behind the PIN, under the lock screen's rules; gone after the duress PIN.
#[test]
fn worker_mode_is_set_at_set_up_or_behind_the_pin() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    let accepted = json!({ "result": "accepted" });
    for (worker, code) in [
        (json!({ "organisation": "   " }), "invalid"),
        (json!({ "organisation": "x".repeat(201) }), "invalid"),
        (json!({ "org": "Hagar" }), "malformed"),
        (json!("Hagar"), "malformed"),
    ] {
        assert_eq!(
            app.err_code("setup", json!({ "pin": PIN, "worker": worker })),
            code,
            "{worker}"
        );
        assert_eq!(app.ok("app_state", json!({}))["setup_done"], false);
    }
    app.ok(
        "setup",
        json!({ "pin": PIN, "duressPin": DURESS,
                "worker": { "organisation": " Hagar ", "channel": "+855 23 123 456" } }),
    );
    assert_eq!(
        app.ok("worker_profile", json!({})),
        json!({ "organisation": "Hagar", "channel": "+855 23 123 456" })
    );

    // Changing it needs the PIN: a wrong one (the duress PIN too) counts and changes nothing.
    let set = |pin: &str, profile: Value| {
        app.call(
            "set_worker_profile",
            json!({ "pin": pin, "profile": profile }),
        )
    };
    assert_eq!(set("000000", Value::Null).unwrap(), wrong_pin(9));
    assert_eq!(set(DURESS, Value::Null).unwrap(), wrong_pin(8));
    // A profile that would not validate: refused with its field, not counted.
    let e = set(
        PIN,
        json!({ "organisation": "Hagar", "channel": "9".repeat(201) }),
    )
    .unwrap_err();
    assert_eq!(e["code"], "invalid");
    assert_eq!(e["fields"][0]["field"], "assisted_by.channel");
    assert_eq!(e["fields"][0]["code"], "too_long");
    assert_eq!(
        set(PIN, json!({ "organisation": 5 })).unwrap_err()["code"],
        "malformed"
    );
    assert_eq!(app.ok("app_state", json!({}))["failed_unlocks"], 2);
    assert_eq!(app.ok("worker_profile", json!({}))["organisation"], "Hagar");

    // Off, then on again with the right PIN; the count is reset.
    assert_eq!(set(PIN, Value::Null).unwrap(), accepted);
    assert_eq!(app.ok("worker_profile", json!({})), Value::Null);
    assert_eq!(
        set(PIN, json!({ "organisation": "Chab Dai" })).unwrap(),
        accepted
    );
    assert_eq!(app.ok("app_state", json!({}))["failed_unlocks"], 0);

    // Locked: neither answers (and the form is no PIN oracle).
    app.ok("lock", json!({}));
    assert_eq!(app.err_code("worker_profile", json!({})), "locked");
    assert_eq!(set(PIN, Value::Null).unwrap_err()["code"], "locked");
    // Unlocked again it is there; after the duress PIN it is gone with everything else.
    assert_eq!(app.ok("unlock", json!({ "pin": PIN })), accepted);
    assert_eq!(
        app.ok("worker_profile", json!({})),
        json!({ "organisation": "Chab Dai" })
    );
    app.ok("lock", json!({}));
    assert_eq!(app.ok("unlock", json!({ "pin": DURESS })), accepted);
    assert_eq!(app.ok("worker_profile", json!({})), Value::Null);
}

/// Read aloud: a listed locale is read with the real engine (espeak-ng; `spoken` once it has
/// ended: at once on these machines, which have no audio device), one with no voice, or whose
/// voice cannot read the text, is answered `no_voice` (never read in another language's
/// voice), bad input is `malformed`.
#[test]
fn speak_reads_in_the_locales_own_voice_or_says_there_is_none() {
    let tmp = tempfile::tempdir().unwrap();
    let app = app(tmp.path(), None);
    for (args, why) in [
        (json!({ "text": "", "locale": "en" }), "empty"),
        (json!({ "text": "   ", "locale": "en" }), "blank"),
        (
            json!({ "text": "x".repeat(2001), "locale": "en" }),
            "too long",
        ),
        (json!({ "text": 5, "locale": "en" }), "not text"),
        (json!({ "text": "Hello" }), "no locale"),
        (json!({ "locale": "en" }), "no text"),
    ] {
        assert_eq!(app.err_code("speak", args), "malformed", "{why}");
    }
    for (text, locale, answer, why) in [
        // Tigrinya has no offline voice: nothing is read, and the UI can say so.
        ("ሰላም", "ti", "no_voice", "no voice"),
        ("Hello", "xx", "no_voice", "no such locale"),
        // The Japanese voice reads kana, not kanji (it would say "Chinese letter", in
        // English): the app's own questions are given to it as their readings; a kanji the
        // core has no reading for (鬱, in no message) gets no voice; the reference's hiragana
        // words are read.
        ("今、危険ですか？", "ja", "spoken", "a question with kanji"),
        ("鬱ですか？", "ja", "no_voice", "a kanji with no reading"),
        ("さくら、かぶとむし", "ja", "spoken", "hiragana"),
        ("Are you in danger right now?", "en", "spoken", "English"),
    ] {
        assert_eq!(
            app.ok("speak", json!({ "text": text, "locale": locale })),
            json!(answer),
            "{why}"
        );
    }
    // A missing engine is `unavailable`, not an error.
    let tmp2 = tempfile::tempdir().unwrap();
    let app2 = app_with(tmp2.path(), None, |c| {
        c.speech_program = Some("/nonexistent/espeak-ng".into());
    });
    assert_eq!(
        app2.ok("speak", json!({ "text": "Hello", "locale": "en" })),
        json!("unavailable")
    );
}

/// One voice at a time, and stop, quick exit and the panic wipe each end it at once; `speak`
/// answers when its reading ends, and says how. The real engine plays to an audio device,
/// which these machines do not have (it then exits at once), so stand-in programs take its
/// place here: one that reads the text and keeps "playing", others that end or fail.
#[test]
fn stop_quick_exit_and_wipe_end_the_voice() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = tmp.path().join("espeak-ng");
    std::fs::write(&fake, "#!/bin/sh\ncat > /dev/null\nexec sleep 60\n").unwrap();
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let data = tmp.path().join("data");
    let app = app_with(&data, None, |c| c.speech_program = Some(fake.clone()));
    let running = || children_named("sleep");
    // `speak` answers at the end of its reading: each call on its own thread.
    let speak = |locale: &str| {
        let webview = app.webview.clone();
        let args = json!({ "text": "Hello there", "locale": locale });
        std::thread::spawn(move || call(&webview, "speak", args).unwrap())
    };
    let first = speak("en");
    wait_until(|| running() == 1);
    let second = speak("ar");
    assert_eq!(
        first.join().unwrap(),
        json!("stopped"),
        "another text took its place"
    );
    wait_until(|| running() == 1);
    assert_eq!(running(), 1, "one voice at a time");
    app.ok("stop_speaking", json!({}));
    assert_eq!(running(), 0);
    assert_eq!(second.join().unwrap(), json!("stopped"));
    for (cmd, what) in [
        ("quick_exit", "quick exit"),
        ("lock", "lock"),
        ("panic_wipe", "the wipe"),
    ] {
        let reading = speak("en");
        wait_until(|| running() == 1);
        app.ok(cmd, json!({}));
        assert_eq!(running(), 0, "{what} leaves a voice reading");
        assert_eq!(reading.join().unwrap(), json!("stopped"), "{what}");
    }
}

/// An engine that dies halfway (exits with an error, or is killed by a signal, as espeak-ng's
/// Burmese voice aborted on a long clause) is `unavailable`, which the UI tells the person; one
/// that reads to its end is `spoken`.
#[test]
fn an_engine_that_fails_halfway_is_unavailable() {
    let tmp = tempfile::tempdir().unwrap();
    for (i, (script, answer)) in [
        ("cat > /dev/null\nsleep 0.3\nexit 1\n", "unavailable"),
        ("cat > /dev/null\nsleep 0.3\nkill -ABRT $$\n", "unavailable"),
        ("cat > /dev/null\nsleep 0.3\n", "spoken"),
    ]
    .into_iter()
    .enumerate()
    {
        let fake = tmp.path().join(format!("espeak-ng-{i}"));
        std::fs::write(&fake, format!("#!/bin/sh\n{script}")).unwrap();
        std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let app = app_with(&tmp.path().join(format!("data-{i}")), None, |c| {
            c.speech_program = Some(fake.clone());
        });
        assert_eq!(
            app.ok("speak", json!({ "text": "Hello there", "locale": "en" })),
            json!(answer),
            "{script}"
        );
    }
}

/// The Japanese voice reads kana only: the engine is given a question's kanji as their
/// readings, its particle は as わ, and PIN apart from the kana after it (the table and its
/// rules are `reach_core::speech`'s; here, that the shell gives the engine what they make). A
/// stand-in program writes down what it is given.
#[test]
fn the_japanese_voice_is_given_readings_not_kanji() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = tmp.path().join("espeak-ng");
    let heard = tmp.path().join("heard");
    std::fs::write(&fake, format!("#!/bin/sh\ncat > {}\n", heard.display())).unwrap();
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let app = app_with(&tmp.path().join("data"), None, |c| {
        c.speech_program = Some(fake.clone());
    });
    for (text, given) in [
        ("今、危険ですか？", "いま、きけんですか？"),
        ("PINは数字だけです。", "PIN わすーじだけです。"),
        ("日本語", "にほんご"),
    ] {
        let _ = std::fs::remove_file(&heard);
        assert_eq!(
            app.ok("speak", json!({ "text": text, "locale": "ja" })),
            json!("spoken")
        );
        wait_until(|| std::fs::read_to_string(&heard).is_ok_and(|h| !h.is_empty()));
        assert_eq!(std::fs::read_to_string(&heard).unwrap(), given);
    }
    // Another language's text is given as it is.
    let _ = std::fs::remove_file(&heard);
    app.ok("speak", json!({ "text": "今日", "locale": "zh-Hans" }));
    wait_until(|| std::fs::read_to_string(&heard).is_ok_and(|h| !h.is_empty()));
    assert_eq!(std::fs::read_to_string(&heard).unwrap(), "今日");
}

fn wait_until(mut ok: impl FnMut() -> bool) {
    let end = Instant::now() + Duration::from_secs(5);
    while !ok() {
        assert!(Instant::now() < end, "timed out");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Running (not zombie) processes named `name` whose parent is this test process.
fn children_named(name: &str) -> usize {
    let me = std::process::id().to_string();
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            let stat = std::fs::read_to_string(e.path().join("stat")).unwrap_or_default();
            // pid (comm) state ppid …
            let Some((head, rest)) = stat.split_once(") ") else {
                return false;
            };
            let mut fields = rest.split_whitespace();
            let state = fields.next().unwrap_or("");
            let ppid = fields.next().unwrap_or("");
            head.ends_with(&format!("({name}")) && ppid == me && state != "Z"
        })
        .count()
}

/// The outreach reference through the real shell, store and hotline: a worker's app seals a
/// request with a reference and hands it over once; the hotline answers; the worker's app then
/// shows the state but holds no way to read the reply; a second, fresh app (its own data
/// folder) finds the request from the typed words and from the digits, shows the reply and
/// stores nothing. Malformed, short, mistyped and unknown references each get their own code,
/// checked before anything is derived or asked; a locked app checks nothing.
/// Vietnamese as a phone with no Vietnamese keyboard types it: every vowel bare, đ as d.
fn unmarked_vietnamese(s: &str) -> String {
    const BARE: [(char, &str); 7] = [
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"),
        ('y', "ỳýỷỹỵ"),
        ('d', "đ"),
    ];
    s.chars()
        .map(|c| {
            BARE.iter()
                .find(|(_, v)| v.contains(c))
                .map_or(c, |(b, _)| *b)
        })
        .collect()
}

#[test]
fn a_reference_made_on_one_app_reads_the_reply_on_another() {
    use reach_contract::command::{
        CheckReferenceArgs, ReferenceAnswer, ReferenceCheckView, SubmitWithReferenceArgs,
    };
    use reach_contract::view::ReferralState;
    const NOTE: &str = "REFERENCE-NOTE-4c2e we will call";
    let rt = runtime();
    let mut hotline = Hotline::new();
    rt.block_on(hotline.start());

    // The worker's app.
    let worker_dir = tempfile::tempdir().unwrap();
    let worker = app(worker_dir.path(), Some(hotline.profile()));
    worker.ok("setup", json!({ "pin": PIN }));
    let referral = serde_json::to_value(Referral::sample()).unwrap();
    // A saved draft of the sample request, ready to seal.
    let new_draft = || {
        let draft = worker.ok("draft_new", json!({}));
        worker.ok(
            "draft_save",
            json!({ "draftId": draft, "referral": referral }),
        );
        draft
    };
    // Seals a draft with a reference in `lang`, through the typed contract.
    let submit = |draft: &Value, lang: &str| -> ReferenceAnswer {
        typed::<cmd::SubmitWithReference>(
            &worker,
            &SubmitWithReferenceArgs {
                draft_id: draft.as_str().unwrap().to_owned(),
                lang: lang.into(),
            },
        )
        .unwrap()
    };
    let draft = new_draft();
    for bad in [
        json!({ "draftId": draft }),
        json!({ "draftId": 7, "lang": "en" }),
    ] {
        assert_eq!(worker.err_code("submit_with_reference", bad), "malformed");
    }
    let handed = submit(&draft, "en");
    let words = handed.words.clone().expect("English has words");
    assert_eq!(words.len(), 9);
    assert_eq!(handed.words_lang.as_deref(), Some("en"));
    assert_eq!(handed.digits.len(), 22);
    wait_for("received", || worker.request_states() == ["received"]);
    // A language without a word list gets digits only. Every locale has a list today; German,
    // which has neither, stands for a locale added before its list.
    let draft2 = new_draft();
    let german = worker.ok(
        "submit_with_reference",
        json!({ "draftId": draft2, "lang": "de" }),
    );
    assert_eq!(german["words"], Value::Null);
    assert_eq!(german["words_lang"], Value::Null);
    assert_eq!(german["digits"].as_str().unwrap().len(), 22);
    // Spanish and Ukrainian have (machine-drafted) lists, Ukrainian's in Cyrillic letters: the
    // words are that list's.
    let submit_in = |lang: &str| -> (ReferenceAnswer, Vec<String>) {
        let given = submit(&new_draft(), lang);
        let words = given.words.clone().expect("the language has words");
        assert_eq!(given.words_lang.as_deref(), Some(lang));
        let list = reach_core::reference::word_list(lang).unwrap();
        assert!(
            words.iter().all(|w| list.words().contains(&w.as_str())),
            "{lang}: {words:?}"
        );
        (given, words)
    };
    let (spanish, spanish_words) = submit_in("es");
    let (ukrainian, ukrainian_words) = submit_in("uk");
    assert!(ukrainian_words.iter().all(|w| !w.is_ascii()));
    // Dari (fa-AF) has no list of its own: it reads the Persian one.
    let dari = submit(&new_draft(), "fa-AF");
    assert_eq!(dari.words_lang.as_deref(), Some("fa"));
    assert_eq!(dari.words.map(|w| w.len()), Some(9));
    // Vietnamese words are two syllables each.
    let (vietnamese, vietnamese_words) = submit_in("vi");
    assert!(vietnamese_words.iter().all(|w| w.split(' ').count() == 2));
    let (thai, thai_words) = submit_in("th");
    let (japanese, japanese_words) = submit_in("ja");
    let (albanian, albanian_words) = submit_in("sq");
    // Malay names the Indonesian list's bytes in its own words.
    let (malay, malay_words) = submit_in("ms");
    assert_eq!(malay.words_lang.as_deref(), Some("ms"));
    wait_for("all ten received", || {
        worker.request_states() == ["received"; 10]
    });

    // The hotline answers; the worker's app sees the state, not the reply.
    let id = handed.referral_id.parse().unwrap();
    hotline.reply(id, 1, NOTE);
    let seen = worker.ok(
        "refresh_status",
        json!({ "referralId": handed.referral_id }),
    );
    assert_eq!(seen["hotline_state"], "answered");
    assert_eq!(seen["replies"], json!([]));
    assert_eq!(seen["unreadable_replies"], 0);
    // Closed: the survivors'-voices questions are for the person, never asked of the worker.
    hotline.set_state(id, "closed");
    let seen = worker.ok(
        "refresh_status",
        json!({ "referralId": handed.referral_id }),
    );
    assert_eq!(seen["hotline_state"], "closed");
    assert_eq!(seen["feedback_offer"], false);
    for cmd in ["decline_feedback", "send_feedback"] {
        assert_eq!(
            worker.err_code(
                cmd,
                json!({ "referralId": handed.referral_id, "answers": {} })
            ),
            "invalid",
            "{cmd}"
        );
    }

    // A second, fresh app.
    let other_dir = tempfile::tempdir().unwrap();
    let other = app(other_dir.path(), Some(hotline.profile()));
    other.ok("setup", json!({ "pin": PIN }));
    let check =
        |typed: Value| other.err_code("check_reference", json!({ "typed": typed, "lang": "en" }));
    assert_eq!(check(json!(5)), "malformed");
    assert_eq!(
        other.err_code("check_reference", json!({ "typed": "a b" })),
        "malformed"
    );
    assert_eq!(check(json!(words[..8].join(" "))), "reference_word_count");
    assert_eq!(check(json!("x".repeat(201))), "reference_word_count");
    let mut misspelt = words.clone();
    misspelt[4] = "zzzzz".into();
    assert_eq!(check(json!(misspelt.join(" "))), "reference_unknown_word");
    // It names the word (from 1), so a person copying by hand checks that one.
    let e = other
        .call(
            "check_reference",
            json!({ "typed": misspelt.join(" "), "lang": "en" }),
        )
        .unwrap_err();
    assert_eq!(
        e,
        json!({ "code": "reference_unknown_word", "word": 5 }),
        "{e}"
    );
    // Nothing of it on any list: the first word is the one named.
    let e = other
        .call(
            "check_reference",
            json!({ "typed": "zzzz yyyy xxxx wwww vvvv uuuu tttt ssss rrrr", "lang": "en" }),
        )
        .unwrap_err();
    assert_eq!(
        e,
        json!({ "code": "reference_unknown_word", "word": 1 }),
        "{e}"
    );
    assert_eq!(check(json!("1234 5678")), "reference_digits");
    let mut wrong_check = handed.digits.clone().into_bytes();
    wrong_check[21] = if wrong_check[21] == b'9' {
        b'0'
    } else {
        wrong_check[21] + 1
    };
    assert_eq!(
        check(json!(String::from_utf8(wrong_check).unwrap())),
        "reference_check"
    );
    let never_given = reach_core::reference::Reference::random()
        .digits()
        .to_string();
    assert_eq!(check(json!(never_given)), "reference_not_found");

    // A reference typed on the fresh app, whose screens are in English.
    let read_on_other = |typed_form: String| -> ReferenceCheckView {
        typed::<cmd::CheckReference>(
            &other,
            &CheckReferenceArgs {
                typed: typed_form,
                lang: "en".into(),
            },
        )
        .unwrap()
    };
    // The digits also as an Arabic keyboard types them (Arabic-Indic, with Arabic commas).
    let arabic_digits: String = handed
        .digits
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            let digit = char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap();
            (i > 0 && i % 4 == 0)
                .then_some('،')
                .into_iter()
                .chain([digit])
        })
        .collect();
    for (typed_form, words_lang) in [
        (words.join(" ").to_uppercase(), Some("en")),
        (handed.digits.to_string(), None),
        (arabic_digits, None),
    ] {
        let found = read_on_other(typed_form);
        // The words' language, for the answers to be shown in; none for digits.
        assert_eq!(found.words_lang.as_deref(), words_lang);
        assert_eq!(found.number, handed.referral_id[..6]);
        assert_eq!(found.state, Some(ReferralState::Closed));
        assert_eq!(found.unreadable, 0);
        assert_eq!(found.replies.len(), 1);
        assert_eq!(found.replies[0].text.as_deref(), Some(NOTE));
        // The language the request asked to be answered in (the sample's): how a phone that
        // was given digits knows the person's language.
        assert_eq!(found.replies[0].lang.as_deref(), Some("vi"));
    }
    // The Spanish phrase, the Ukrainian one in capitals, the Vietnamese one without its marks,
    // the Thai one without spaces (as Thai is written), the Japanese one without spaces and in
    // katakana, the Albanian one without ë and ç, and the Malay one, typed on a phone whose
    // screens are in English: each found.
    let vietnamese_typed = unmarked_vietnamese(&vietnamese_words.join(" "));
    assert_ne!(vietnamese_typed, vietnamese_words.join(" "));
    let japanese_typed: String = japanese_words
        .concat()
        .chars()
        .map(|c| match c {
            'ぁ'..='ゖ' => char::from_u32(u32::from(c) + 0x60).unwrap(),
            c => c,
        })
        .collect();
    assert!(japanese_typed.chars().all(|c| ('ァ'..='ヶ').contains(&c)));
    for (typed_form, given) in [
        (spanish_words.join(" "), &spanish),
        (ukrainian_words.join(" ").to_uppercase(), &ukrainian),
        (vietnamese_typed, &vietnamese),
        (thai_words.concat(), &thai),
        (japanese_typed, &japanese),
        (
            albanian_words.join(" ").replace('ë', "e").replace('ç', "c"),
            &albanian,
        ),
        (malay_words.join(" "), &malay),
    ] {
        let found = read_on_other(typed_form);
        assert_eq!(found.number, given.referral_id[..6]);
        // Read on an English phone, named in the person's language (Malay's phrase may also
        // be Indonesian's, word for word: either list reads the same bytes).
        let named = found.words_lang.as_deref();
        assert!(
            named == given.words_lang.as_deref()
                || (named == Some("id") && given.words_lang.as_deref() == Some("ms")),
            "{named:?} for {:?}",
            given.words_lang
        );
        assert!(
            found.state.is_some() && found.replies.is_empty(),
            "{found:?}"
        );
    }
    // Nothing of it on the fresh app: no request, no file holding the note.
    assert_eq!(other.ok("requests", json!({})), json!([]));
    assert!(reach_e2e::harness::files_containing(other_dir.path(), NOTE.as_bytes()).is_empty());
    other.ok("lock", json!({}));
    assert_eq!(
        other.err_code(
            "check_reference",
            json!({ "typed": handed.digits, "lang": "en" })
        ),
        "locked"
    );
}

/// A lock while the reference shows (a call, the screen going dark, a quick exit) hides it, and
/// the request can never be read without it: the backend keeps it, in memory only, and the next
/// unlock with the real PIN gives it again, until the person has it, for `handover_kept` at
/// most. The duress PIN (a fresh store), a wipe, or "the person has it" forget it.
#[test]
fn a_reference_a_lock_hid_comes_back_until_the_person_has_it() {
    let rt = runtime();
    let mut hotline = Hotline::new();
    rt.block_on(hotline.start());
    let dir = tempfile::tempdir().unwrap();
    let app = app_with(dir.path(), Some(hotline.profile()), |c| {
        c.handover_kept = Duration::from_secs(3);
    });
    app.ok("setup", json!({ "pin": PIN, "duressPin": DURESS }));
    let mut child = Referral::sample();
    child.age_group = Some(reach_core::referral::AgeGroup::Under18);
    let sealed_with_reference = |referral: &Referral| -> Value {
        let draft = app.ok("draft_new", json!({}));
        app.ok(
            "draft_save",
            json!({ "draftId": draft, "referral": serde_json::to_value(referral).unwrap() }),
        );
        app.ok(
            "submit_with_reference",
            json!({ "draftId": draft, "lang": "es" }),
        )
    };
    assert_eq!(app.ok("reference_again", json!({})), Value::Null);
    let given = sealed_with_reference(&child);
    assert_eq!(given["child"], true);
    assert_eq!(given["words_lang"], "es");

    // Hidden by a lock: not while locked, then again after the PIN, as it was given.
    app.ok("lock", json!({}));
    assert_eq!(app.err_code("reference_again", json!({})), "locked");
    assert_eq!(
        app.ok("unlock", json!({ "pin": PIN })),
        json!({ "result": "accepted" })
    );
    assert_eq!(app.ok("reference_again", json!({})), given);
    // A quick exit too, and again.
    app.ok("quick_exit", json!({}));
    app.ok("unlock", json!({ "pin": PIN }));
    assert_eq!(app.ok("reference_again", json!({})), given);
    // The person has it: forgotten.
    app.ok("reference_handed_over", json!({}));
    assert_eq!(app.ok("reference_again", json!({})), Value::Null);

    // An adult's, then the duress PIN: the fresh store holds no such request, so nothing.
    let adult = sealed_with_reference(&Referral::sample());
    assert_eq!(adult["child"], false);
    app.ok("lock", json!({}));
    app.ok("unlock", json!({ "pin": DURESS }));
    assert_eq!(app.ok("reference_again", json!({})), Value::Null);

    // Kept for `handover_kept` at most (3 s here, 30 minutes in the app).
    app.ok(
        "set_duress_pin",
        json!({ "pin": DURESS, "duressPin": null }),
    );
    let last = sealed_with_reference(&Referral::sample());
    assert_eq!(app.ok("reference_again", json!({})), last);
    app.ok("lock", json!({}));
    std::thread::sleep(Duration::from_millis(3200));
    app.ok("unlock", json!({ "pin": DURESS }));
    assert_eq!(app.ok("reference_again", json!({})), Value::Null);

    // A panic wipe forgets it too.
    let app2_dir = tempfile::tempdir().unwrap();
    let app2 = app_with(app2_dir.path(), Some(hotline.profile()), |_| {});
    app2.ok("setup", json!({ "pin": PIN }));
    let draft = app2.ok("draft_new", json!({}));
    app2.ok(
        "draft_save",
        json!({ "draftId": draft, "referral": serde_json::to_value(Referral::sample()).unwrap() }),
    );
    app2.ok(
        "submit_with_reference",
        json!({ "draftId": draft, "lang": "en" }),
    );
    app2.ok("panic_wipe", json!({}));
    app2.ok("setup", json!({ "pin": PIN }));
    assert_eq!(app2.ok("reference_again", json!({})), Value::Null);
    rt.block_on(hotline.stop());
}
