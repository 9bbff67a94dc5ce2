//! End to end through the REAL app window (WebKitGTK) driven by WebDriver. Ignored by default:
//! it needs a display, `tauri-driver`, `WebKitWebDriver` and a self-contained app binary.
//!
//! ```sh
//! scripts/build-ui.sh                         # the real UI, not the placeholder
//! xvfb-run -a cargo test -p reach-app --features reach-app/custom-protocol \
//!     --test it -- --ignored --test-threads=1 webdriver::
//! ```
//!
//! (Without the `webdriver::` filter, the AT-SPI test runs too.) `REACH_APP_BINARY` overrides
//! the app binary; `TAURI_DRIVER` the driver (default `~/.cargo/bin/tauri-driver`). Element ids
//! are the `data-testid`s listed in `docs/ipc.md` ("Test ids"); the UI provides them. This test
//! cannot pass before the UI exists.
//!
//! Screenshots of the real window at the key steps go to `target/app-screenshots/*.png` (in the
//! workspace, whatever `CARGO_TARGET_DIR` is), so that a person can check that the real WebView
//! renders (toolchain trap 1: a broken wasm-opt leaves WebKitGTK blank while Chromium works).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use reach_core::app_lock::LockPolicy;
use reach_core::store::Store;
use reach_e2e::driver::DriverOptions;
use reach_e2e::harness::Hotline;
use serde_json::json;

use crate::support::{
    DURESS, PIN, app_binary, click, connect, failure_evidence, fill, id, repo, start_driver,
    wait_for, wait_until,
};

/// The phone number of the submitted request.
const PHONE: &str = "+9617112345";
/// A phone number typed into a second request just before quick exit.
const PHONE_2: &str = "+9617000111";
/// Not the ports of `atspi` (4446, 4447), so that the two can never collide.
const DRIVER_PORT: u16 = 4444;
/// WebKitWebDriver, behind tauri-driver (passed explicitly, so the wait below knows it).
const NATIVE_PORT: u16 = 4445;

/// `tauri-driver` with the app's environment (it starts the app, which inherits it), and the
/// folders the platform gives the app (`XDG_*_HOME`: the WebView's data and cache) in a
/// temporary directory of the test's own, so that a wipe can be checked there.
struct Driver(reach_e2e::driver::Driver, tempfile::TempDir);

/// The app's identifier (`tauri.conf.json`): the name of its platform folders.
const APP_ID: &str = "org.pocketcalc.app";

impl Driver {
    /// The app's platform folders that exist now.
    fn app_folders(&self) -> Vec<PathBuf> {
        ["data", "cache", "config"]
            .iter()
            .map(|kind| self.1.path().join(kind).join(APP_ID))
            .filter(|p| p.exists())
            .collect()
    }

    fn start(data_dir: &Path, profile: &Path) -> Self {
        Self::start_with(data_dir, profile, |o| o)
    }

    /// [`Driver::start`], with more of the app's environment (`adjust`).
    fn start_with(
        data_dir: &Path,
        profile: &Path,
        adjust: impl FnOnce(DriverOptions) -> DriverOptions,
    ) -> Self {
        let xdg = tempfile::tempdir().unwrap();
        let driver = start_driver(adjust(
            DriverOptions::new(DRIVER_PORT, NATIVE_PORT)
                .env("REACH_DATA_DIR", data_dir)
                .env("REACH_HOTLINE_PROFILE", profile)
                .env("XDG_DATA_HOME", xdg.path().join("data"))
                .env("XDG_CACHE_HOME", xdg.path().join("cache"))
                .env("XDG_CONFIG_HOME", xdg.path().join("config")),
        ));
        Self(driver, xdg)
    }
}

/// The current screen's heading text (each screen has exactly one `h1` in `main`).
async fn heading(c: &Client) -> String {
    c.execute(
        "const h = document.querySelector('main h1'); return h ? h.dataset.screen || '' : ''",
        vec![],
    )
    .await
    .ok()
    .and_then(|v| v.as_str().map(str::to_owned))
    .unwrap_or_default()
}

/// Presses "next" and waits until the next screen is shown. Clicking again only if the screen
/// has not changed after a while: a click that lands while the view is being replaced can be
/// lost, and two quick clicks must never skip a screen.
async fn next_screen(c: &Client) {
    let before = heading(c).await;
    // A new screen moves the focus to its heading in the next frame, which scrolls the page: a
    // click aimed before that lands wherever the scroll put something else (once, on a
    // language button). Wait for the screen's own focus move first.
    let settle = Instant::now() + Duration::from_secs(2);
    while Instant::now() < settle {
        let focused = c
            .execute(
                "return document.activeElement === document.querySelector('main h1')",
                vec![],
            )
            .await
            .ok();
        if focused == Some(serde_json::Value::Bool(true)) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        click(c, "next").await;
        let retry_at = Instant::now() + Duration::from_secs(2);
        while Instant::now() < retry_at {
            if heading(c).await != before {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if Instant::now() > deadline {
            failure_evidence(c, "next").await;
            panic!("'next' did not leave the screen {before:?}");
        }
    }
}

async fn present(c: &Client, test_id: &str) -> bool {
    c.find(Locator::Css(&id(test_id))).await.is_ok()
}

/// In the page AND shown. Not the same as [`present`]: the calculator may stay mounted, hidden
/// by CSS, while the app is open; "the calculator is shown" must be decided by this.
async fn displayed(c: &Client, test_id: &str) -> bool {
    match c.find(Locator::Css(&id(test_id))).await {
        Ok(el) => el.is_displayed().await.unwrap_or(false),
        Err(_) => false,
    }
}

/// Waits until the element has left the page (not merely hidden).
async fn wait_gone(c: &Client, test_id: &str, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while present(c, test_id).await {
        if Instant::now() > deadline {
            failure_evidence(c, test_id).await;
            panic!("{test_id} is still in the page after {secs} s");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the element is shown (see [`displayed`]).
async fn wait_displayed(c: &Client, test_id: &str, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !displayed(c, test_id).await {
        if Instant::now() > deadline {
            failure_evidence(c, test_id).await;
            panic!("{test_id} is not shown after {secs} s");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Types digits on the calculator disguise and presses "=" (how the PIN is entered).
async fn calculator_pin(c: &Client, pin: &str) {
    for d in pin.chars() {
        click(c, &format!("calc-key-{d}")).await;
    }
    click(c, "calc-equals").await;
}

async fn text_of(c: &Client, test_id: &str) -> String {
    c.find(Locator::Css(&id(test_id)))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// A real key press (keydown/keyup through the WebDriver actions API).
async fn press_key(c: &Client, key: Key) {
    let key: char = key.into();
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    c.perform_actions(actions).await.unwrap();
}

/// Waits until some request shows `state` (`data-state` of a `request-state` element inside
/// the status list): language-independent, unlike the visible label.
async fn wait_state(c: &Client, state: &str, secs: u64) {
    let css = format!(
        "{} [data-testid=\"request-state\"][data-state=\"{state}\"]",
        id("status-list")
    );
    c.wait()
        .at_most(Duration::from_secs(secs))
        .for_element(Locator::Css(&css))
        .await
        .unwrap_or_else(|e| panic!("no request became {state}: {e}"));
}

/// A screenshot of the real window into `target/app-screenshots/<name>.png`.
async fn screenshot(c: &Client, name: &str) {
    // Let the last change paint (focus, fonts) before taking it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let dir = repo().join("target/app-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.expect("screenshot");
    assert!(png.len() > 1000, "{name}: an empty screenshot");
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

/// Everything the page holds as text: its markup, the visible text, and the values of every
/// input (which are properties, not in the markup).
async fn page_text(c: &Client) -> String {
    let values = c
        .execute(
            "return document.body.innerText + ' ' + [...document.querySelectorAll('input, textarea, select')].map((e) => e.value).join(' ')",
            vec![],
        )
        .await
        .unwrap();
    format!(
        "{} {}",
        c.source().await.unwrap(),
        values.as_str().unwrap_or_default()
    )
}

/// Quick exit happened: the calculator is shown and the page holds nothing of the app (the
/// app's screens are not merely hidden: they have left the page, at once or within moments).
async fn assert_only_the_calculator(c: &Client, what: &str) {
    wait_displayed(c, "calc-display", 2).await;
    const SECRETS: [&str; 5] = [
        "9617112345",
        "9617000111",
        "status-list",
        "quick-exit",
        "Test Hotline",
    ];
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut source = page_text(c).await;
    while SECRETS.iter().any(|s| source.contains(s)) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
        source = page_text(c).await;
    }
    for secret in SECRETS {
        assert!(
            !source.contains(secret),
            "{what}: {secret:?} left in the page after quick exit"
        );
    }
    assert!(!present(c, "status-list").await);
    assert!(!present(c, "quick-exit").await);
    assert!(
        displayed(c, "calc-display").await,
        "{what}: calculator not shown"
    );
    assert_eq!(c.title().await.unwrap(), "Calculator");
}

/// With no data (first use, or after any wipe) the app is the plain calculator, with no set-up
/// screen; "=" on the empty calculator (docs/first-use.md) opens set-up.
async fn open_setup(c: &Client) {
    wait_displayed(c, "calc-display", 15).await;
    assert!(
        !present(c, "setup-title").await && !present(c, "quick-exit").await,
        "with no data the app must show the plain calculator, nothing else"
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        click(c, "calc-clear").await;
        click(c, "calc-equals").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        if present(c, "setup-title").await {
            return;
        }
        assert!(Instant::now() < deadline, "\"=\" did not open set-up");
    }
}

/// First use: choose the PIN (and duress PIN) on the setup screen.
async fn set_up(c: &Client, duress: Option<&str>) {
    if !present(c, "setup-title").await {
        open_setup(c).await;
    }
    fill(c, "setup-pin", PIN).await;
    fill(c, "setup-pin-confirm", PIN).await;
    if let Some(d) = duress {
        fill(c, "setup-duress-pin", d).await;
    }
    click(c, "setup-submit").await;
    // Argon2id at full cost: setup takes a moment.
    wait_for(c, "nav-status", 30).await;
}

/// Presses a toggle (`aria-pressed`) until it is on. A click WebKitWebDriver reports as failed
/// may still have landed, and `click` then clicks again: on a toggle that second click turns it
/// off again (once in CI, the contact method, so its phone field never came). Here `click` is
/// called again only while the page says the toggle is off, a second after the last one.
async fn press_on(c: &Client, test_id: &str) {
    press_until(c, test_id, true).await;
}

/// [`press_on`]'s other half: presses the (first) toggle `test_id` until it is off.
async fn press_off(c: &Client, test_id: &str) {
    press_until(c, test_id, false).await;
}

async fn press_until(c: &Client, test_id: &str, on: bool) {
    let pressed = "const e = document.querySelector(arguments[0]); \
                   return !!e && e.getAttribute('aria-pressed') === arguments[1]";
    for _ in 0..5 {
        click(c, test_id).await;
        let settle = Instant::now() + Duration::from_secs(1);
        while Instant::now() < settle {
            let args = vec![json!(id(test_id)), json!(on.to_string())];
            if c.execute(pressed, args).await.ok() == Some(serde_json::Value::Bool(true)) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    failure_evidence(c, test_id).await;
    panic!(
        "{test_id}: not {} after five clicks",
        if on { "on" } else { "off" }
    );
}

/// From anywhere in the app: a new request, up to the needs screen.
async fn start_request(c: &Client) {
    to_the_danger_question(c).await;
    click(c, "danger-no").await;
    wait_for(c, "need-shelter", 10).await;
}

/// From anywhere in the app: a new request, up to its first question ("are you in danger?").
async fn to_the_danger_question(c: &Client) {
    click(c, "nav-status").await;
    click(c, "new-request").await;
    wait_for(c, "next", 10).await;
    next_screen(c).await; // language
    next_screen(c).await; // age (optional, skipped)
    wait_for(c, "danger-yes", 10).await;
}

/// The value of the first element matching `css`, read by script (`None` when absent).
async fn value_of(c: &Client, css: &str) -> Option<String> {
    c.execute(
        "const e = document.querySelector(arguments[0]); return e ? e.value : null",
        vec![json!(css)],
    )
    .await
    .ok()
    .and_then(|v| v.as_str().map(str::to_owned))
}

/// Waits until the field matching `css` holds `want` (a draft is loaded asynchronously).
async fn wait_value(c: &Client, css: &str, want: &str, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let got = value_of(c, css).await;
        if got.as_deref() == Some(want) {
            return;
        }
        if Instant::now() > deadline {
            failure_evidence(c, "value").await;
            panic!("{css}: {got:?}, not {want:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the toggle `test_id` is pressed (`aria-pressed="true"`).
async fn wait_pressed(c: &Client, test_id: &str, secs: u64) {
    let css = format!("{}[aria-pressed=\"true\"]", id(test_id));
    if let Err(e) = c
        .wait()
        .at_most(Duration::from_secs(secs))
        .for_element(Locator::Css(&css))
        .await
    {
        failure_evidence(c, test_id).await;
        panic!("{test_id} is not pressed: {e}");
    }
}

/// The files under `dir` (recursively) whose bytes contain `needle` (as in the `tests/` crate).
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if std::fs::read(&p).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle))
            {
                found.push(p);
            }
        }
    }
    found
}

/// The live processes of the app binary whose environment names `data_dir` as
/// `REACH_DATA_DIR`: the app that tauri-driver (through WebKitWebDriver) started for this test.
/// A zombie (killed, not yet reaped) has no `exe` and is not listed.
fn app_pids(data_dir: &Path) -> Vec<u32> {
    use std::os::unix::ffi::OsStrExt as _;
    let binary = std::fs::canonicalize(app_binary()).unwrap_or_else(|_| app_binary());
    let mut env_entry = b"REACH_DATA_DIR=".to_vec();
    env_entry.extend_from_slice(data_dir.as_os_str().as_bytes());
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(exe) = std::fs::read_link(format!("/proc/{pid}/exe")) else {
            continue;
        };
        // A binary replaced by a rebuild while it runs reads as "<path> (deleted)".
        let exe = exe.as_os_str().as_bytes();
        let exe = exe.strip_suffix(b" (deleted)").unwrap_or(exe);
        if exe != binary.as_os_str().as_bytes() {
            continue;
        }
        if std::fs::read(format!("/proc/{pid}/environ"))
            .is_ok_and(|env| env.split(|b| *b == 0).any(|kv| kv == env_entry.as_slice()))
        {
            pids.push(pid);
        }
    }
    pids
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Xvfb, tauri-driver, WebKitWebDriver and the built UI; run with --ignored"]
async fn submit_offline_then_received_when_the_hotline_comes_up() {
    let data = tempfile::tempdir().unwrap();
    let mut hotline = Hotline::new();
    let driver = Driver::start(data.path(), &hotline.profile_path());
    let c = connect(&driver.0).await;

    // 1. The app opens as a calculator; "=" on it starts first use, which asks for a PIN.
    assert_eq!(c.title().await.unwrap(), "Calculator");
    open_setup(&c).await;
    screenshot(&c, "01-setup").await;
    set_up(&c, Some(DURESS)).await;
    screenshot(&c, "02-language").await;

    // Right-to-left once: Arabic, then back to English.
    click(&c, "lang-ar").await;
    // The language is fetched first, then the page turns.
    wait_until(
        &c,
        "dir-rtl",
        "return document.documentElement.dir === 'rtl'",
        10,
    )
    .await;
    screenshot(&c, "03-language-ar-rtl").await;
    click(&c, "lang-en").await;

    // 2. Fill the smallest valid request and submit it while the hotline is down.
    start_request(&c).await;
    click(&c, "need-shelter").await;
    screenshot(&c, "04-needs").await;
    next_screen(&c).await;
    press_on(&c, "contact-kind-call").await;
    fill(&c, "contact-phone", PHONE).await;
    screenshot(&c, "05-contact").await;
    for _ in 0..3 {
        next_screen(&c).await; // contact → safe times → more → consent
    }
    click(&c, "consent-hotline-only").await;
    next_screen(&c).await;
    wait_for(&c, "submit", 10).await;
    screenshot(&c, "06-review").await;
    click(&c, "submit").await;
    wait_state(&c, "saved", 15).await;
    screenshot(&c, "07-status-saved").await;

    // 3. The hotline comes up (same port as in the profile); "send now" delivers; the status
    //    shows "received" (the backend verified the hotline's signed receipt).
    hotline.start().await;
    click(&c, "send-now").await;
    wait_state(&c, "received", 30).await;
    screenshot(&c, "08-status-received").await;

    // 4. Quick exit by the button, in the middle of a second request: the calculator is back
    //    and nothing of either request is in the page.
    start_request(&c).await;
    next_screen(&c).await;
    press_on(&c, "contact-kind-call").await;
    fill(&c, "contact-phone", PHONE_2).await;
    // Typed values are properties, not markup: read what the page holds, as a script would.
    assert!(page_text(&c).await.contains("9617000111"));
    click(&c, "quick-exit").await;
    assert_only_the_calculator(&c, "button").await;
    screenshot(&c, "09-quick-exit-button").await;

    // 5. The PIN on the calculator opens the app again; Escape is a quick exit too.
    calculator_pin(&c, PIN).await;
    wait_for(&c, "quick-exit", 30).await;
    press_key(&c, Key::Escape).await;
    assert_only_the_calculator(&c, "Escape").await;
    screenshot(&c, "10-quick-exit-escape").await;

    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Xvfb, tauri-driver, WebKitWebDriver and the built UI; run with --ignored"]
async fn too_many_wrong_pins_wipe_everything() {
    let data = tempfile::tempdir().unwrap();
    let hotline = Hotline::new();
    let driver = Driver::start(data.path(), &hotline.profile_path());
    let c = connect(&driver.0).await;

    set_up(&c, None).await;
    assert!(
        !driver.app_folders().is_empty(),
        "the WebView's folder exists while the app runs (else the check below proves nothing)"
    );
    start_request(&c).await;
    click(&c, "need-shelter").await;
    // Autosaved (encrypted) before quick exit.
    tokio::time::sleep(Duration::from_secs(1)).await;
    click(&c, "quick-exit").await;
    wait_displayed(&c, "calc-display", 2).await;
    // The app's screens leave the page (at once, or just after the calculator is painted);
    // only then is the calculator fresh for the PINs below.
    wait_gone(&c, "quick-exit", 2).await;

    // The app's own policy (10 by default), not a test-only setting.
    let n = LockPolicy::default().max_failed_unlocks;
    for i in 1..n {
        calculator_pin(&c, "0000").await;
        // A wrong PIN just shows a calculator result; nothing reveals a lock screen.
        assert!(displayed(&c, "calc-display").await);
        assert!(!text_of(&c, "calc-display").await.is_empty());
        assert!(!present(&c, "setup-title").await && !present(&c, "quick-exit").await);
        if i == 1 {
            screenshot(&c, "11-calculator-wrong-pin").await;
        }
    }
    assert!(
        Store::exists(data.path()),
        "not wiped before the last attempt"
    );
    calculator_pin(&c, "0000").await;

    // Wiped: nothing left on disk, the store nor the app's platform folders (the WebView's)...
    let deadline = Instant::now() + Duration::from_secs(60);
    while Store::exists(data.path()) || !driver.app_folders().is_empty() {
        assert!(
            Instant::now() < deadline,
            "not wiped after {n} wrong PINs: store {}, folders {:?}",
            Store::exists(data.path()),
            driver.app_folders()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let left: Vec<_> = std::fs::read_dir(data.path()).unwrap().collect();
    assert!(left.is_empty(), "left in the data folder: {left:?}");
    // ...the plain calculator, and "=" on it leads to first use again.
    screenshot(&c, "12-wiped-calculator").await;
    open_setup(&c).await;
    screenshot(&c, "12b-wiped-setup").await;
    c.close().await.unwrap();

    // A restart after the wipe shows the plain calculator too: no set-up screen that would tell
    // whoever forced the wipe what the app was (docs/first-use.md).
    let c = connect(&driver.0).await;
    wait_displayed(&c, "calc-display", 15).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        !present(&c, "setup-title").await,
        "after a wipe the app opened on set-up"
    );
    screenshot(&c, "12c-wiped-restart").await;
    assert!(!Store::exists(data.path()));
    open_setup(&c).await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Xvfb, tauri-driver, WebKitWebDriver and the built UI; run with --ignored"]
async fn answers_survive_a_crash_and_stay_encrypted_on_disk() {
    let data = tempfile::tempdir().unwrap();
    let hotline = Hotline::new();
    let driver = Driver::start(data.path(), &hotline.profile_path());
    let c = connect(&driver.0).await;
    // A marker that appears nowhere else: in the message, and searched for on disk.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let marker = format!("crashmarker{nanos}x{}", std::process::id());

    // 1. Part of a request: a need, then a message (on a later step), and time for the autosave.
    set_up(&c, None).await;
    start_request(&c).await;
    click(&c, "need-shelter").await;
    wait_pressed(&c, "need-shelter", 5).await;
    next_screen(&c).await; // needs → contact
    next_screen(&c).await; // contact → safe times
    next_screen(&c).await; // safe times → more
    wait_for(&c, "next", 10).await;
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("#message"))
        .await
        .expect("the message field");
    let message = format!("please call after nine {marker}");
    let field = c.find(Locator::Css("#message")).await.unwrap();
    field.send_keys(&message).await.unwrap();
    wait_value(&c, "#message", &message, 5).await;
    // The autosave runs 500 ms after the last key; give it (and the store's commit) ample time,
    // also on a loaded machine (1.5 s once saved only part of the text under a load of 8).
    tokio::time::sleep(Duration::from_millis(3000)).await;
    screenshot(&c, "13-before-crash").await;

    // 2. A real crash: SIGKILL to the app process (no clean exit, no lock, no last save).
    let pids = app_pids(data.path());
    assert_eq!(
        pids.len(),
        1,
        "the app process of this test (binary {:?}, REACH_DATA_DIR {:?}): {pids:?}",
        app_binary(),
        data.path()
    );
    let status = Command::new("kill")
        .args(["-KILL", &pids[0].to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -KILL {}", pids[0]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !app_pids(data.path()).is_empty() {
        assert!(Instant::now() < deadline, "the app survived SIGKILL");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The dead session is ended (its browser is gone: errors are expected and ignored).
    let _ = tokio::time::timeout(Duration::from_secs(10), c.close()).await;

    // On disk: the marker nowhere in plaintext (store, journal, anything under the data dir).
    assert!(Store::exists(data.path()), "no store in {:?}", data.path());
    let leaked = files_containing(data.path(), marker.as_bytes());
    assert!(
        leaked.is_empty(),
        "the message is in plaintext after the crash: {leaked:?}"
    );

    // 3. A new session on the same data dir: the calculator; the PIN on it opens the app at the
    //    last draft, with the need and the message back.
    let c = connect(&driver.0).await;
    assert_eq!(c.title().await.unwrap(), "Calculator");
    wait_displayed(&c, "calc-display", 15).await;
    assert!(
        !present(&c, "setup-title").await,
        "after the crash the app asks for setup again"
    );
    calculator_pin(&c, PIN).await;
    wait_for(&c, "quick-exit", 30).await;
    assert!(!displayed(&c, "calc-display").await);
    wait_for(&c, "next", 10).await;
    next_screen(&c).await; // language → age
    next_screen(&c).await; // age (optional, skipped) → danger
    click(&c, "danger-no").await;
    wait_for(&c, "need-shelter", 10).await;
    wait_pressed(&c, "need-shelter", 10).await;
    screenshot(&c, "14-after-crash-needs").await;
    next_screen(&c).await; // needs → contact
    next_screen(&c).await; // contact → safe times
    next_screen(&c).await; // safe times → more
    wait_value(&c, "#message", &message, 10).await;
    screenshot(&c, "15-after-crash-message").await;
    c.close().await.unwrap();

    let leaked = files_containing(data.path(), marker.as_bytes());
    assert!(
        leaked.is_empty(),
        "the message is in plaintext on disk: {leaked:?}"
    );
}

/// Worker mode and the outreach reference in the real app, as issue #11 asks: on the worker's
/// install, worker mode is turned on in settings (with the PIN); "help a new person" goes through
/// the shared questions, the hand-over (the person's consent alone) and "give the phone back";
/// the request is sealed with a reference shown once, and reaches the hotline naming the
/// worker (`assisted_by`) with the consent marked as given with the worker's help; the hotline
/// answers it; a second, fresh install (its own data folder, set up anew, in English) types the
/// words (Spanish: the person's language) under "Check a reference" and shows the staff's reply,
/// while the first install holds no way to read it.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Xvfb, tauri-driver, WebKitWebDriver and the built UI; run with --ignored"]
async fn a_worker_helps_a_person_whose_reference_shows_the_staff_reply_on_a_second_install() {
    const NOTE: &str = "REFERENCE-NOTE-9b3f we will call";
    let mut hotline = Hotline::new();
    hotline.start().await;

    // The worker's install: the smallest request, sealed with a reference.
    let data = tempfile::tempdir().unwrap();
    let words = {
        let driver = Driver::start(data.path(), &hotline.profile_path());
        let c = connect(&driver.0).await;
        set_up(&c, None).await;
        // Worker mode, turned on in settings with the PIN (Argon2id at full cost).
        click(&c, "nav-settings").await;
        fill(&c, "worker-org", "Street Team 7").await;
        fill(&c, "worker-channel", "+961 1 234 567").await;
        fill(&c, "worker-pin", PIN).await;
        click(&c, "worker-save").await;
        wait_for(&c, "nav-outreach", 30).await;
        click(&c, "nav-outreach").await;
        click(&c, "help-new-person").await;
        wait_for(&c, "next", 10).await;
        // The person reads Spanish: their questions, the hand-over and their reference are in
        // Spanish (a machine-drafted word list), the worker's own screens stay in English.
        click(&c, "lang-es").await;
        next_screen(&c).await; // language
        next_screen(&c).await; // age (optional, skipped)
        click(&c, "danger-no").await;
        wait_for(&c, "need-shelter", 10).await;
        click(&c, "need-shelter").await;
        next_screen(&c).await;
        press_on(&c, "contact-kind-call").await;
        fill(&c, "contact-phone", PHONE).await;
        next_screen(&c).await; // contact → safe times
        next_screen(&c).await; // safe times → the hand-over
        wait_for(&c, "handover-start", 10).await;
        screenshot(&c, "20-worker-handover").await;
        // The person alone: anything else (skipped), then the consent; then the phone back.
        click(&c, "handover-start").await;
        wait_for(&c, "next", 10).await;
        next_screen(&c).await; // more → consent
        click(&c, "consent-hotline-only").await;
        next_screen(&c).await; // consent → give back
        wait_for(&c, "give-back", 10).await;
        click(&c, "give-back").await;
        wait_for(&c, "submit", 10).await;
        // The worker's review: the person's private part is not shown.
        assert!(present(&c, "review-private").await);
        click(&c, "submit").await;
        wait_for(&c, "reference-words", 30).await;
        let words_lang = c
            .execute(
                "return document.querySelector('[data-testid=\"reference-words\"]').lang",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(words_lang.as_str(), Some("es"), "the words' language");
        // What they are for, said to the person in Spanish, naming the buttons of the Spanish
        // screens that lead to the answers on another install.
        let for_person = c
            .execute(
                "const p = document.querySelector('[data-testid=\"reference-for-person\"]'); \
                 return [p.lang, p.querySelector('p').textContent.replace(/[\\u2068\\u2069]/g, '')]",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            for_person[0].as_str(),
            Some("es"),
            "said in the person's language"
        );
        let said = for_person[1].as_str().unwrap_or_default();
        assert!(
            said.contains("«Sus solicitudes»") && said.contains("«Comprobar un código»"),
            "{said}"
        );
        let words = c
            .execute(
                "return [...document.querySelectorAll('[data-testid=\"reference-words\"] li')].map((l) => l.textContent.trim()).join(' ')",
                vec![],
            )
            .await
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned();
        screenshot(&c, "21-reference-handover").await;
        // Whether this WebView offers the Screen Wake Lock the reference screen asks for, said
        // rather than asserted: where it has none, the screen is not kept on (ARCHITECTURE.md).
        let wake_lock = c
            .execute("return 'wakeLock' in navigator", vec![])
            .await
            .unwrap();
        eprintln!("WebKitGTK offers navigator.wakeLock: {wake_lock}");
        click(&c, "reference-done").await;
        // The worker's home again; the request is a number and a state.
        wait_for(&c, "help-new-person", 10).await;
        click(&c, "worker-requests").await;
        wait_state(&c, "received", 30).await;
        c.close().await.unwrap();
        words
    };
    let words: Vec<&str> = words.split_whitespace().collect();
    assert_eq!(words.len(), 9, "{words:?}");
    let spanish = reach_core::reference::word_list("es").unwrap();
    assert!(
        words.iter().all(|w| spanish.words().contains(w)),
        "not Spanish words: {words:?}"
    );

    // Staff answer it.
    let held = hotline.open_all();
    assert_eq!(held.len(), 1);
    // The worker is named for the hotline.
    let assisted = held[0].1.assisted_by.as_ref().expect("assisted_by");
    assert_eq!(assisted.organisation.expose(), "Street Team 7");
    assert_eq!(
        assisted.channel.as_ref().map(|c| c.expose().as_str()),
        Some("+961 1 234 567")
    );
    // The consent is the person's own, given with the worker assisting.
    assert!(held[0].1.consent.assisted, "consent.assisted");
    hotline.reply(held[0].0, 1, NOTE);

    // A second, fresh install: set up, "Check a reference", the words typed.
    let other = tempfile::tempdir().unwrap();
    let driver = Driver::start(other.path(), &hotline.profile_path());
    let c = connect(&driver.0).await;
    set_up(&c, None).await;
    click(&c, "nav-status").await;
    click(&c, "check-reference").await;
    fill(&c, "reference-typed", &words.join(" ")).await;
    click(&c, "reference-check").await;
    if c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css(&id("reference-result")))
        .await
        .is_err()
    {
        failure_evidence(&c, "reference-result").await;
        panic!("no result for the typed reference");
    }
    let shown = text_of(&c, "reference-result").await;
    assert!(shown.contains(NOTE), "{shown}");
    assert!(shown.contains(&held[0].0.to_string()[..6]), "{shown}");
    // Spanish words typed on an English phone: the answers in Spanish, the person's language,
    // with a button to the screens' English.
    assert_eq!(lang_of(&c, "reference-result").await.as_deref(), Some("es"));
    assert!(shown.contains("Mensajes de la línea de ayuda"), "{shown}");
    screenshot(&c, "22-reference-checked").await;
    click(&c, "reference-show-in").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while lang_of(&c, "reference-result").await.as_deref() != Some("en") {
        assert!(Instant::now() < deadline, "not shown in English");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let shown = text_of(&c, "reference-result").await;
    assert!(
        shown.contains("Messages from the hotline") && shown.contains(NOTE),
        "{shown}"
    );
    c.close().await.unwrap();
    // The second install keeps nothing of it.
    assert!(reach_e2e::harness::files_containing(other.path(), NOTE.as_bytes()).is_empty());
}

/// The `lang` of the element with this test id (`None` without one).
async fn lang_of(c: &Client, testid: &str) -> Option<String> {
    c.execute(
        "return document.querySelector(`[data-testid=\"${arguments[0]}\"]`)?.lang ?? null",
        vec![json!(testid)],
    )
    .await
    .unwrap()
    .as_str()
    .map(str::to_owned)
}

/// The stand-in engine's "playing": `sleep` for this many seconds (a number no other process
/// on the machine sleeps for), so that the test can see whether a voice is reading.
const PLAYING: &str = "3141";

/// How many stand-in voices are reading now (processes `sleep 3141`, whoever started them).
fn voices_playing() -> usize {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read(e.path().join("cmdline"))
                .is_ok_and(|c| c == format!("sleep\0{PLAYING}\0").as_bytes())
        })
        .count()
}

/// Waits until `ok` holds (of the machine, not the page).
async fn wait_machine(what: &str, secs: u64, mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !ok() {
        assert!(Instant::now() < deadline, "{what}: not within {secs} s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Read-aloud through the real window, IPC and shell: in Japanese, the speaker beside the
/// question gives the engine the question's readings in kana, not its kanji (its voice reads
/// kana only); the speaker that is reading is pressed, and pressing it again stops the voice;
/// quick exit stops it too. The real espeak-ng plays to an audio device, which Xvfb has not
/// (it then exits at once): a stand-in first on the app's `PATH` writes down what it is given
/// and keeps "playing".
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Xvfb, tauri-driver, WebKitWebDriver and the built UI; run with --ignored"]
async fn read_aloud_gives_japanese_as_kana_and_its_speaker_stops_it() {
    let data = tempfile::tempdir().unwrap();
    let hotline = Hotline::new();
    let bin = tempfile::tempdir().unwrap();
    let heard = bin.path().join("heard");
    let engine = bin.path().join("espeak-ng");
    std::fs::write(
        &engine,
        format!(
            "#!/bin/sh\ncat > '{}'\nexec sleep {PLAYING}\n",
            heard.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&engine, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = std::env::join_paths(std::iter::once(bin.path().to_owned()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let driver = Driver::start_with(data.path(), &hotline.profile_path(), |o| {
        o.env("PATH", path)
    });
    let c = connect(&driver.0).await;
    assert_eq!(voices_playing(), 0, "a stand-in voice left by another run");

    open_setup(&c).await;
    set_up(&c, None).await;
    fill(&c, "lang-search", "japanese").await;
    click(&c, "lang-ja").await;
    wait_until(
        &c,
        "lang-ja",
        "return document.documentElement.lang === 'ja'",
        10,
    )
    .await;
    // The search also matches a language's name in the screens' language, from WebKit's own
    // tables (Intl.DisplayNames; tested in Chromium too): in Japanese, アラビア語 finds Arabic
    // and nothing else, and 日本語 (Japanese's own name) finds it.
    for (typed, want) in [("アラビア語", "ar"), ("日本語", "ja")] {
        fill(&c, "lang-search", typed).await;
        wait_until(
            &c,
            typed,
            &format!(
                "const f = [...document.querySelectorAll('[data-testid=\"lang-found\"] .choice.lang')]; \
                 return f.length === 1 && f[0].dataset.testid === 'lang-{want}'"
            ),
            10,
        )
        .await;
    }
    to_the_danger_question(&c).await;

    // The question, 今、危険な状態ですか？, is given as its reading.
    press_on(&c, "speak").await;
    wait_machine("the engine given the question", 10, || {
        std::fs::read_to_string(&heard).is_ok_and(|h| !h.is_empty())
    })
    .await;
    assert_eq!(
        std::fs::read_to_string(&heard).unwrap(),
        "いま、きけんなじょーたいですか？"
    );
    wait_machine("a voice reading", 10, || voices_playing() == 1).await;
    screenshot(&c, "11-read-aloud-ja-reading").await;

    // Pressed again: the voice stops, and the speaker is released.
    press_off(&c, "speak").await;
    wait_machine("the voice stopped", 10, || voices_playing() == 0).await;

    // Quick exit while reading stops it too.
    press_on(&c, "speak").await;
    wait_machine("a voice reading again", 10, || voices_playing() == 1).await;
    click(&c, "quick-exit").await;
    assert_only_the_calculator(&c, "read-aloud").await;
    wait_machine("the voice stopped by quick exit", 10, || {
        voices_playing() == 0
    })
    .await;
    c.close().await.unwrap();
}
