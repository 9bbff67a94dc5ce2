//! What the modules share: the test PINs, and for the two that drive the real window
//! (`webdriver`, `atspi`) the app binary, the driver started the one way
//! (`reach_e2e::driver`) and the small WebDriver steps, found by the `data-testid`s that
//! `docs/ipc.md` lists ("Test ids").

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use reach_e2e::driver::{Driver, DriverOptions};

/// The PIN every test sets up with.
pub const PIN: &str = "482916";
/// The duress PIN, where a test sets one.
pub const DURESS: &str = "137905";

/// The workspace's root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The app binary the driver starts: `REACH_APP_BINARY`, else the one cargo built for this test.
pub fn app_binary() -> PathBuf {
    std::env::var_os("REACH_APP_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_reach-app")))
}

/// Starts `tauri-driver` with `options` (ports and the app's environment); the app's data
/// folder and the like are the caller's, and no keyring prompt can come under Xvfb: the store
/// keeps its secret in a file (honoured in debug builds only).
pub fn start_driver(options: DriverOptions) -> Driver {
    Driver::start(options.env("REACH_DEVICE_SECRET", "file"))
        .unwrap_or_else(|e| panic!("tauri-driver (see webdriver.rs's module docs): {e}"))
}

/// A WebDriver session on `driver`, which starts the app.
pub async fn connect(driver: &Driver) -> Client {
    driver
        .connect(&app_binary())
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The CSS selector of a `data-testid`.
pub fn id(test_id: &str) -> String {
    format!("[data-testid=\"{test_id}\"]")
}

/// Clicks the element once it exists (see [`act`]).
pub async fn click(c: &Client, test_id: &str) {
    act(c, test_id, None).await;
}

/// Types `text` into the field, once it exists, in place of what it held (see [`act`]); then
/// the field must hold exactly `text`. Keystrokes lost on the way (focus taken by the app
/// while typing) are the app's fault and fail here, naming what held focus, never retried.
pub async fn fill(c: &Client, test_id: &str, text: &str) {
    act(c, test_id, Some(text)).await;
    let held = c
        .execute(
            "const el = document.querySelector(arguments[0]); const f = document.activeElement; \
             return [el ? el.value : null, f ? (f.dataset.testid || f.tagName) : null];",
            vec![serde_json::Value::String(id(test_id))],
        )
        .await
        .unwrap_or_else(|e| panic!("{test_id}: reading its value: {e:?}"));
    let value = held[0].as_str().unwrap_or("<gone>");
    if value != text {
        failure_evidence(c, test_id).await;
        panic!(
            "{test_id} holds {value:?} after typing {text:?}; focus is on {}",
            held[1]
        );
    }
}

/// Clicks the element (`None`) or replaces a field's text, retried for a while: a reactive view
/// may replace the element between finding and using it (a stale element), and the WebView
/// refuses an element it counts as not interactable, e.g. under the sticky top bar, which is
/// then brought to the middle, as a person would scroll it.
async fn act(c: &Client, test_id: &str, text: Option<&str>) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let result = match c.find(Locator::Css(&id(test_id))).await {
            Ok(el) => {
                let done = match text {
                    None => el.click().await.map(|_| ()),
                    Some(text) => match el.clear().await {
                        Ok(()) => el.send_keys(text).await,
                        Err(e) => Err(e),
                    },
                };
                if done.is_err() {
                    let _ = c
                        .execute(
                            "arguments[0].scrollIntoView({ block: 'center' })",
                            vec![serde_json::to_value(&el).unwrap()],
                        )
                        .await;
                }
                done
            }
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => return,
            Err(e) if Instant::now() > deadline => {
                failure_evidence(c, test_id).await;
                panic!("{test_id}: {e:?}");
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Waits until `js` (a function body) returns `true` in the page: for what changes after an
/// asynchronous step, such as a language that is fetched before the page turns to it.
pub async fn wait_until(c: &Client, what: &str, js: &str, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if c.execute(js, vec![]).await.ok() == Some(serde_json::Value::Bool(true)) {
            return;
        }
        if Instant::now() > deadline {
            failure_evidence(c, what).await;
            panic!("{what}: not within {secs} s");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the element is in the page.
pub async fn wait_for(c: &Client, test_id: &str, secs: u64) {
    if let Err(e) = c
        .wait()
        .at_most(Duration::from_secs(secs))
        .for_element(Locator::Css(&id(test_id)))
        .await
    {
        failure_evidence(c, test_id).await;
        panic!("{test_id} never appeared: {e}");
    }
}

/// What the window showed when a step failed: a screenshot (`target/app-screenshots/`) and the
/// start of the page source (the test's own data only: made-up PINs and phone numbers).
pub async fn failure_evidence(c: &Client, what: &str) {
    let dir = repo().join("target/app-screenshots");
    let _ = std::fs::create_dir_all(&dir);
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(dir.join(format!("failure-{what}.png")), png);
    }
    if let Ok(source) = c.source().await {
        eprintln!(
            "page source when {what} failed: {}",
            source.chars().take(3000).collect::<String>()
        );
    }
    // The app's screen itself: the page source's first 3000 characters are mostly the
    // calculator and the top bar.
    let main = "const m = document.querySelector('main'); return m ? m.outerHTML : null";
    if let Ok(serde_json::Value::String(main)) = c.execute(main, vec![]).await {
        eprintln!(
            "the app's screen when {what} failed: {}",
            main.chars().take(4000).collect::<String>()
        );
    }
}
