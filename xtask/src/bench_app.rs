//! App benchmarks (`xtask bench-app`): the shipped artefacts and the REAL app window.
//!
//! 1. UI size: `ui/dist` wasm, JS glue and CSS, raw and gzipped (flate2, best compression),
//!    with a check that every `locales/*/main.ftl` is embedded in the wasm.
//! 2. Release app binary (`--features tauri/custom-protocol`), raw and stripped.
//! 3. Launch → first interactive element, the real app under Xvfb driven through
//!    `tauri-driver` (WebKitGTK), plus the page's own timings (`performance.*`).
//! 4. Quick exit (Escape) → calculator in the DOM, and → next frame painted, measured in the page.
//! 5. Resident memory of the app process and of WebKitGTK's out-of-process renderer.
//!
//! Every figure is measured; a target that is not met prints MISS, and a part that cannot be
//! measured says so (the run then exits non-zero). Timings are never asserted in tests.
//!
//! Processes: this task starts its own `Xvfb` (display chosen by `-displayfd`) and, per app
//! launch, `tauri-driver --port 4446 --native-port 4447` (not 4444: the WebDriver test uses that)
//! through `reach_e2e::driver`, as the app's tests do, each in its own process group; guards
//! kill those groups and every descendant on every exit path, errors and panics included.

use std::io::{BufRead as _, BufReader};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::{Client, Locator};
use reach_e2e::driver::{Driver, DriverOptions, Output, descendants, kill_tree, processes};
use serde_json::{Value, json};

use crate::Result;
use crate::stats::{self, Samples};

/// Target of 1: the UI's wasm, gzipped (decimal kilobytes).
pub const TARGET_WASM_GZIP: u64 = 350_000;
/// Target of 2: the stripped release binary (decimal megabytes).
pub const TARGET_BINARY: u64 = 15_000_000;
/// One frame at 60 Hz: how far above the calculator-digit reference the quick exit may be.
pub const ONE_FRAME_MS: f64 = 16.7;

const DRIVER_PORT: u16 = 4446;
const NATIVE_PORT: u16 = 4447;
const PIN: &str = "482916";
/// How long the app may take to show anything at all.
const APPEAR_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a screen change (after an IPC call, e.g. an Argon2 unlock) may take.
const STEP_TIMEOUT: Duration = Duration::from_secs(30);

/// How many times parts 3 and 4 are repeated.
#[derive(Debug, Clone, Copy)]
pub struct AppCounts {
    /// Quick (CI) mode: figures are not for quoting.
    pub quick: bool,
    /// 3) app launches, each with a fresh data directory.
    pub launches: usize,
    /// 4) quick exits.
    pub exits: usize,
}

impl AppCounts {
    /// The counts published figures use.
    pub fn full() -> Self {
        Self {
            quick: false,
            launches: 5,
            exits: 100,
        }
    }

    /// Small counts so that CI runs every code path quickly.
    pub fn quick() -> Self {
        Self {
            quick: true,
            launches: 2,
            exits: 5,
        }
    }
}

// ------------------------------------------------------------------------------ selectors

/// `[data-testid="…"]` (docs/ipc.md, "Test ids"), then a structural fallback matching the UI
/// before its test ids landed. A CSS selector list: the first match in document order wins.
fn sel(test_id: &str, fallback: &str) -> String {
    format!("[data-testid=\"{test_id}\"], {fallback}")
}

fn calc_display() -> String {
    sel("calc-display", ".calculator .display")
}

fn quick_exit_button() -> String {
    sel("quick-exit", "#quick-exit")
}

/// Only on the unlocked app's screens (set-up has a quick-exit button but no menu).
fn unlocked_app() -> String {
    sel("nav-status", ".shell nav.menu")
}

/// Finds the first interactive element: the test ids first, then any button. Returns which one
/// matched and the page's clock, so the caller also gets navigation start → element.
const PROBE_JS: &str = include_str!("js/probe.js");

/// The page's own timings: paint entries (if this WebKit exposes them) and navigation timing.
const TIMINGS_JS: &str = include_str!("js/timings.js");

/// One quick exit, timed inside the page. `arguments[0]`: calculator selector, `arguments[1]`:
/// selector of content that must disappear (the quick-exit button, on every unlocked screen).
const QUICK_EXIT_JS: &str = include_str!("js/quick_exit.js");

/// Types `arguments[0]` on the calculator keys and presses "=" (how the app is unlocked).
const UNLOCK_JS: &str = include_str!("js/unlock.js");

// ------------------------------------------------------------------------------ results

#[derive(Debug, Clone)]
struct FileSize {
    name: String,
    raw: u64,
    gzip: u64,
}

#[derive(Debug)]
struct UiSizes {
    dist: PathBuf,
    wasm: FileSize,
    others: Vec<FileSize>,
    locales_found: Vec<String>,
    locales_missing: Vec<String>,
    stale: bool,
}

#[derive(Debug)]
struct BinSizes {
    path: PathBuf,
    raw: u64,
    stripped: u64,
}

#[derive(Debug, Clone)]
struct LaunchRun {
    /// Request → WebDriver session created (tauri-driver → WebKitWebDriver → app process).
    session: Duration,
    /// Request → first interactive element found by polling.
    interactive: Duration,
    /// Which probe matched.
    matched: String,
    /// Request → the page's `performance.timeOrigin` (navigation start), wall clock.
    nav_start_ms: f64,
    /// `performance.now()` when the element was found (navigation start → element).
    in_page_found_ms: f64,
    first_paint_ms: Option<f64>,
    fcp_ms: Option<f64>,
    dcl_ms: Option<f64>,
    paint_api: bool,
    /// Smallest step of the page's `performance.now()` (WebKit coarsens it).
    clock_step_ms: Option<f64>,
}

#[derive(Debug, Clone, Copy)]
struct ExitRun {
    swap_ms: f64,
    /// → the app's content is gone from the DOM (the form forgotten).
    forgotten_ms: f64,
    raf_ms: f64,
    paint_ms: f64,
    /// The key handler's run time (dispatchEvent until it returned).
    handler_ms: f64,
    /// The calculator was already shown when the key handler returned.
    at_return: bool,
}

#[derive(Debug, Clone)]
struct ProcMem {
    pid: u32,
    rss_kib: u64,
    hwm_kib: u64,
    pss_kib: Option<u64>,
}

#[derive(Debug, Clone, Default)]
struct Memory {
    app: Vec<ProcMem>,
    web: Vec<ProcMem>,
    network: Vec<ProcMem>,
}

#[derive(Debug)]
struct QuickExit {
    runs: Vec<ExitRun>,
    /// The same exit timed on the screen (XTEST key press → X server pixels).
    screen: Vec<crate::screen::ScreenExit>,
    /// A calculator digit key, timed the same way: the floor of that path for any change.
    reference: Vec<crate::screen::ScreenExit>,
    mem_first_paint: Memory,
    mem_after: Memory,
}

type Part<T> = std::result::Result<T, String>;

// ------------------------------------------------------------------------------ entry point

/// Runs every part, prints the table, and fails if some part could not be measured.
pub async fn run(counts: AppCounts) -> Result<()> {
    let root = workspace_root();
    eprintln!("1) UI size…");
    let ui = ui_sizes(&root).map_err(|e| e.to_string());
    eprintln!("2) release app binary (cargo build --release -p reach-app …)…");
    let bin = binary_sizes(&root).map_err(|e| e.to_string());

    let (launches, qx) = match &bin {
        Ok(b) => {
            let tmp = tempfile::Builder::new()
                .prefix("reach-bench-app")
                .tempdir()?;
            match Xvfb::start() {
                Ok(x) => {
                    eprintln!("   Xvfb on {}", x.display);
                    eprintln!(
                        "3) launch → first interactive element, {} runs…",
                        counts.launches
                    );
                    let mut runs = Vec::new();
                    let mut err = None;
                    for i in 0..counts.launches {
                        match launch_once(&x, &b.path, tmp.path()).await {
                            Ok(r) => {
                                eprintln!(
                                    "   run {}: {:.0} ms ({})",
                                    i + 1,
                                    r.interactive.as_secs_f64() * 1000.0,
                                    r.matched
                                );
                                runs.push(r);
                            }
                            Err(e) => {
                                err = Some(format!("run {}: {e}", i + 1));
                                break;
                            }
                        }
                    }
                    let launches = match err {
                        Some(e) => Err(e),
                        None => Ok(runs),
                    };
                    eprintln!("4+5) quick exit ×{} and memory…", counts.exits);
                    let qx = quick_exit_session(&x, &b.path, tmp.path(), counts.exits)
                        .await
                        .map_err(|e| e.to_string());
                    (launches, qx)
                }
                Err(e) => {
                    let e = format!("cannot start Xvfb: {e}");
                    (Err(e.clone()), Err(e))
                }
            }
        }
        Err(_) => {
            let e = "no release binary (see 2)".to_owned();
            (Err(e.clone()), Err(e))
        }
    };

    print_table(counts, &ui, &bin, &launches, &qx);
    let failures: Vec<&str> = [
        ui.as_ref().err(),
        bin.as_ref().err(),
        launches.as_ref().err(),
        qx.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect();
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("not everything was measured: {}", failures.join("; ")).into())
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// A cargo command without the package variables `cargo run` gave this process
/// (`CARGO_MANIFEST_DIR=…/xtask`, `CARGO_PKG_NAME=xtask`, …). Build scripts such as ring's
/// declare `rerun-if-env-changed` on them, and cargo compares them in its own environment: left
/// in, every build from here re-ran ring's build script and recompiled everything above it
/// (ring, rustls, reqwest, reach-core, the app), and the next plain build did it all again.
fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    for (key, _) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        if key.starts_with("CARGO_PKG_")
            || matches!(
                key,
                "CARGO_MANIFEST_DIR"
                    | "CARGO_MANIFEST_PATH"
                    | "CARGO_MANIFEST_LINKS"
                    | "CARGO_CRATE_NAME"
                    | "CARGO_BIN_NAME"
                    | "CARGO_PRIMARY_PACKAGE"
            )
        {
            cmd.env_remove(key);
        }
    }
    cmd
}

/// The PATH the tools need: `node_modules/.bin` (wasm-opt 132) and `~/.cargo/bin` first.
fn tool_path(root: &Path) -> std::ffi::OsString {
    let mut parts = vec![root.join("node_modules/.bin")];
    if let Some(home) = std::env::var_os("HOME") {
        parts.push(PathBuf::from(home).join(".cargo/bin"));
    }
    if let Some(p) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(parts).unwrap_or_default()
}

// ------------------------------------------------------------------------------ 1. UI size

fn ui_sizes(root: &Path) -> Result<UiSizes> {
    let dist = root.join("ui/dist");
    if list_ext(&dist, "wasm").is_empty() {
        eprintln!("   ui/dist has no wasm: trunk build --release");
        let status = Command::new("trunk")
            .args(["build", "--release"])
            .current_dir(root.join("ui"))
            .env("PATH", tool_path(root))
            .status()
            .map_err(|e| format!("trunk: {e}"))?;
        if !status.success() {
            return Err(format!("trunk build --release failed: {status}").into());
        }
    }
    let wasm_files = list_ext(&dist, "wasm");
    let [wasm_path] = wasm_files.as_slice() else {
        return Err(format!(
            "expected exactly one wasm in {}, found {}",
            dist.display(),
            wasm_files.len()
        )
        .into());
    };
    let wasm_bytes = std::fs::read(wasm_path)?;
    let wasm = FileSize {
        name: file_name(wasm_path),
        raw: wasm_bytes.len() as u64,
        gzip: gzip_len(&wasm_bytes)?,
    };
    let mut others = Vec::new();
    for ext in ["js", "css"] {
        for p in list_ext(&dist, ext) {
            let bytes = std::fs::read(&p)?;
            others.push(FileSize {
                name: file_name(&p),
                raw: bytes.len() as u64,
                gzip: gzip_len(&bytes)?,
            });
        }
    }
    // Every locale's main.ftl is include_str!'d verbatim: its longest line must be in the wasm.
    let (mut locales_found, mut locales_missing) = (Vec::new(), Vec::new());
    let mut locale_dirs: Vec<PathBuf> = std::fs::read_dir(root.join("locales"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("main.ftl").is_file())
        .collect();
    locale_dirs.sort();
    for dir in &locale_dirs {
        let ftl = std::fs::read_to_string(dir.join("main.ftl"))?;
        let code = file_name(dir);
        match longest_line(&ftl) {
            Some(line) if contains(&wasm_bytes, line.as_bytes()) => locales_found.push(code),
            _ => locales_missing.push(code),
        }
    }
    let wasm_mtime = std::fs::metadata(wasm_path)?.modified()?;
    let stale = ["ui/src", "ui/index.html", "ui/style.css", "locales"]
        .iter()
        .filter_map(|p| newest_mtime(&root.join(p)))
        .any(|t| t > wasm_mtime);
    Ok(UiSizes {
        dist,
        wasm,
        others,
        locales_found,
        locales_missing,
        stale,
    })
}

fn list_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Newest modification time of a file or of any file below a directory.
fn newest_mtime(p: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(p).ok()?;
    if meta.is_file() {
        return meta.modified().ok();
    }
    std::fs::read_dir(p)
        .ok()?
        .flatten()
        .filter_map(|e| newest_mtime(&e.path()))
        .max()
}

/// Size after gzip at the best compression level (what a server or store would ship).
fn gzip_len(bytes: &[u8]) -> Result<u64> {
    use std::io::Write as _;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len() as u64)
}

/// The longest non-comment line of a Fluent file: distinctive enough to prove it is embedded.
fn longest_line(ftl: &str) -> Option<&str> {
    ftl.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && l.len() >= 8)
        .max_by_key(|l| l.len())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

// ------------------------------------------------------------------------------ 2. binary

fn binary_sizes(root: &Path) -> Result<BinSizes> {
    // Always invoke cargo: a no-op when the binary is fresh, a rebuild when sources changed.
    let status = cargo()
        .args(["build", "--release", "-p", "reach-app"])
        .args(["--features", "tauri/custom-protocol,env-overrides"])
        .current_dir(root)
        .env("PATH", tool_path(root))
        .status()
        .map_err(|e| format!("cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build --release -p reach-app failed: {status}").into());
    }
    let path = target_dir(root)?.join("release/reach-app");
    let raw = std::fs::metadata(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .len();
    let tmp = tempfile::tempdir()?;
    let copy = tmp.path().join("reach-app");
    std::fs::copy(&path, &copy)?;
    let status = Command::new("strip")
        .arg(&copy)
        .status()
        .map_err(|e| format!("strip: {e}"))?;
    if !status.success() {
        return Err(format!("strip failed: {status}").into());
    }
    let stripped = std::fs::metadata(&copy)?.len();
    Ok(BinSizes {
        path,
        raw,
        stripped,
    })
}

/// The target directory cargo really uses (honours `CARGO_TARGET_DIR` and config files).
fn target_dir(root: &Path) -> Result<PathBuf> {
    let out = cargo()
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()?;
    if !out.status.success() {
        return Err("cargo metadata failed".into());
    }
    let v: Value = serde_json::from_slice(&out.stdout)?;
    v["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata: no target_directory".into())
}

// ------------------------------------------------------------------------------ processes

/// An `Xvfb` of our own, on a free display it picks itself (`-displayfd`).
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Result<Self> {
        let mut child = Command::new("Xvfb")
            .process_group(0)
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "480x900x24",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb: {e}"))?;
        let stdout = child.stdout.take().expect("piped");
        let mut me = Self {
            child,
            display: String::new(),
        };
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            let mut line = String::new();
            let _ = r.read_line(&mut line);
            let _ = tx.send(line);
            // Keep draining so that Xvfb never writes into a closed pipe.
            let _ = std::io::copy(&mut r, &mut std::io::sink());
        });
        let line = rx
            .recv_timeout(Duration::from_secs(15))
            .map_err(|_| "Xvfb did not report a display within 15 s")?;
        let n: u32 = line
            .trim()
            .parse()
            .map_err(|_| format!("Xvfb reported {line:?}, not a display number"))?;
        me.display = format!(":{n}");
        Ok(me)
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        kill_tree(self.child.id(), self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `tauri-driver` (and through it WebKitWebDriver and the app) on our `Xvfb`, with the app's
/// environment, its output in `log`.
fn start_driver(x: &Xvfb, data_dir: &Path, log: PathBuf) -> Result<Driver> {
    let options = DriverOptions::new(DRIVER_PORT, NATIVE_PORT)
        .env("DISPLAY", &x.display)
        .env("REACH_DATA_DIR", data_dir)
        // No desktop keyring under Xvfb: D-Bus would start one that waits for an unlock
        // prompt nobody answers. The device secret's place is not what is measured here.
        .env("REACH_DEVICE_SECRET", "file")
        // No hotline: the app must come up (and quick-exit) without one.
        .env_remove("REACH_HOTLINE_PROFILE")
        .env_remove("WAYLAND_DISPLAY")
        .output(Output::File(log));
    Ok(Driver::start(options)?)
}

/// A `kB` field of `/proc/<pid>/status` or `smaps_rollup`, e.g. `VmRSS:`.
fn kib_field(text: &str, key: &str) -> Option<u64> {
    text.lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn proc_mem(pid: u32) -> Option<ProcMem> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let pss = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|s| kib_field(&s, "Pss:"));
    Some(ProcMem {
        pid,
        rss_kib: kib_field(&status, "VmRSS:")?,
        hwm_kib: kib_field(&status, "VmHWM:")?,
        pss_kib: pss,
    })
}

/// The app and WebKit's helper processes below `driver` (tauri-driver → WebKitWebDriver → app →
/// WebKitWebProcess / WebKitNetworkProcess).
fn memory(driver: u32) -> Memory {
    let all = processes();
    let mut m = Memory::default();
    for p in descendants(driver, &all) {
        let slot = match p.name.as_str() {
            "reach-app" => &mut m.app,
            n if n.starts_with("WebKitWebProces") => &mut m.web,
            n if n.starts_with("WebKitNetworkPr") => &mut m.network,
            _ => continue,
        };
        if let Some(mem) = proc_mem(p.pid) {
            slot.push(mem);
        }
    }
    m
}

// ------------------------------------------------------------------------------ WebDriver

fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Polls [`PROBE_JS`] until some interactive element exists; returns the probe's answer.
async fn wait_interactive(c: &Client, since: Instant) -> Result<Value> {
    let mut last_err = String::from("none");
    loop {
        match c.execute(PROBE_JS, vec![]).await {
            Ok(v) if v["found"].is_string() => return Ok(v),
            Ok(_) => {}
            Err(e) => last_err = e.to_string(),
        }
        if since.elapsed() > APPEAR_TIMEOUT {
            return Err(format!(
                "no interactive element within {APPEAR_TIMEOUT:?} (last script error: {last_err})"
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

async fn find(c: &Client, css: &str) -> Result<fantoccini::elements::Element> {
    Ok(c.wait()
        .at_most(STEP_TIMEOUT)
        .every(Duration::from_millis(20))
        .for_element(Locator::Css(css))
        .await
        .map_err(|e| format!("{css}: {e}"))?)
}

/// "=" on the empty calculator until set-up is shown (the first press may come before the app
/// has heard from its backend that there is no data yet).
async fn open_setup(c: &Client) -> Result<()> {
    let deadline = Instant::now() + STEP_TIMEOUT;
    loop {
        find(c, &sel("calc-equals", ".calculator .key.eq"))
            .await?
            .click()
            .await
            .map_err(|e| format!("calc-equals: {e}"))?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        if c.find(Locator::Css(&sel("setup-pin", "#pin")))
            .await
            .is_ok()
        {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err("\"=\" on the calculator did not open set-up".into());
        }
    }
}

/// Resolves when `css` matches something, polling in the page.
async fn wait_for(c: &Client, css: &str) -> Result<()> {
    find(c, css).await.map(|_| ())
}

async fn fill(c: &Client, css: &str, text: &str) -> Result<()> {
    let el = find(c, css).await?;
    el.clear().await.map_err(|e| format!("{css}: {e}"))?;
    el.send_keys(text)
        .await
        .map_err(|e| format!("{css}: {e}"))?;
    Ok(())
}

/// Nearest-rank summary of millisecond figures.
fn samples(ms: impl IntoIterator<Item = f64>) -> Option<Samples> {
    let v: Vec<Duration> = ms
        .into_iter()
        .map(|m| Duration::from_secs_f64(m.max(0.0) / 1000.0))
        .collect();
    (!v.is_empty()).then(|| Samples::new(v))
}

fn as_f64(v: &Value) -> Option<f64> {
    v.as_f64()
}

// ------------------------------------------------------------------------------ 3. launch

async fn launch_once(x: &Xvfb, app: &Path, tmp: &Path) -> Result<LaunchRun> {
    let data = tempfile::tempdir_in(tmp)?;
    let driver = start_driver(x, data.path(), tmp.join("tauri-driver-launch.log"))?;
    let t0 = Instant::now();
    let epoch0 = epoch_ms();
    let c = driver.connect(app).await?;
    let session = t0.elapsed();
    let probe = wait_interactive(&c, t0).await;
    let interactive = t0.elapsed();
    let result = async {
        let probe = probe?;
        // Let the page settle so that paint entries (if any) are recorded.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let t = c
            .execute(TIMINGS_JS, vec![])
            .await
            .map_err(|e| format!("timings script: {e}"))?;
        let paint = |name: &str| {
            t["paint"].as_array().and_then(|a| {
                a.iter()
                    .find(|e| e["name"] == name)
                    .and_then(|e| as_f64(&e["t"]))
            })
        };
        Ok::<_, crate::Error>(LaunchRun {
            session,
            interactive,
            matched: probe["found"].as_str().unwrap_or_default().to_owned(),
            nav_start_ms: as_f64(&probe["origin"]).unwrap_or(f64::NAN) - epoch0,
            in_page_found_ms: as_f64(&probe["now"]).unwrap_or(f64::NAN),
            first_paint_ms: paint("first-paint"),
            fcp_ms: paint("first-contentful-paint"),
            dcl_ms: as_f64(&t["dcl"]).filter(|v| *v > 0.0),
            paint_api: t["paintApi"].as_bool().unwrap_or(false),
            clock_step_ms: as_f64(&t["clockStep"]),
        })
    }
    .await;
    let _ = c.close().await;
    result
}

// ------------------------------------------------------------------------------ 4+5. quick exit

/// `n` quick exits by a real Escape key press through the X server, timed on the screen's pixels
/// (see `screen.rs`). Starts and ends on the calculator.
/// Also returns as many reference key presses (a digit on the calculator), timed the same way.
async fn screen_exits(
    c: &Client,
    x: &Xvfb,
    n: usize,
) -> Result<(
    Vec<crate::screen::ScreenExit>,
    Vec<crate::screen::ScreenExit>,
)> {
    let screen = crate::screen::Screen::connect(&x.display)?;
    let mut out = Vec::with_capacity(n);
    let mut reference = Vec::with_capacity(n);
    for i in 0..n {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let r = c
            .execute(UNLOCK_JS, vec![json!(PIN)])
            .await
            .map_err(|e| format!("unlock: {e}"))?;
        if let Some(e) = r.as_str() {
            return Err(format!("unlock: {e}").into());
        }
        wait_for(c, &unlocked_app()).await?;
        // Let the unlocked screen finish its own work (drafts load, focus) and paint.
        tokio::time::sleep(Duration::from_millis(400)).await;
        let (win, rect) = screen.app_window()?;
        screen.focus(win, rect)?;
        tokio::time::sleep(Duration::from_millis(50)).await;
        // The whole window: a blank or partial frame anywhere in it counts (issue #8 item 6),
        // and the reference is watched the same way. One poll of a 400×760 window is well
        // under a millisecond on Xvfb (the table reports it).
        let band = rect;
        let run = screen
            .press_and_watch(
                crate::screen::XK_ESCAPE,
                band,
                Duration::from_millis(150),
                Duration::from_secs(2),
            )
            .map_err(|e| format!("on-screen quick exit {}: {e}", i + 1))?;
        // What settled must be the neutral screen, not some other change.
        let shown = c
            .execute(
                "const c = document.querySelector(arguments[0]); return !!c && c.getClientRects().length > 0 && !document.querySelector(arguments[1]);",
                vec![json!(calc_display()), json!(quick_exit_button())],
            )
            .await
            .map_err(|e| format!("check after on-screen quick exit: {e}"))?;
        if shown != json!(true) {
            return Err(format!(
                "on-screen quick exit {}: the screen changed but the calculator is not shown",
                i + 1
            )
            .into());
        }
        eprintln!(
            "   on screen {}: window {rect:?}, first change {:.1} ms, settled {:.1} ms, {} polls",
            i + 1,
            dur_ms(run.first_change),
            dur_ms(run.settled),
            run.polls
        );
        out.push(run);
        // The reference: the smallest visible change the page can make through the same path
        // (X → GTK → WebKit → script → paint → window): a digit on the calculator's display.
        // Then Escape clears the display again (the calculator's own "C"), so the next unlock
        // types the PIN on an empty display.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let digit = screen
            .press_and_watch(
                crate::screen::XK_5,
                band,
                Duration::from_millis(150),
                Duration::from_secs(2),
            )
            .map_err(|e| format!("reference key press {}: {e}", i + 1))?;
        reference.push(digit);
        screen
            .press_and_watch(
                crate::screen::XK_ESCAPE,
                band,
                Duration::from_millis(150),
                Duration::from_secs(2),
            )
            .map_err(|e| format!("clearing the calculator {}: {e}", i + 1))?;
    }
    Ok((out, reference))
}

async fn quick_exit_session(x: &Xvfb, app: &Path, tmp: &Path, n: usize) -> Result<QuickExit> {
    let data = tempfile::tempdir_in(tmp)?;
    let driver = start_driver(x, data.path(), tmp.join("tauri-driver-qx.log"))?;
    let c = driver.connect(app).await?;
    let result = async {
        wait_interactive(&c, Instant::now()).await?;
        let mem_first_paint = memory(driver.pid());

        // First use: "=" on the plain calculator opens set-up (docs/first-use.md); choose the
        // PIN, which unlocks into the app.
        open_setup(&c).await?;
        fill(&c, &sel("setup-pin", "#pin"), PIN).await?;
        fill(&c, &sel("setup-pin-confirm", "#pin2"), PIN).await?;
        find(&c, &sel("setup-submit", ".shell form button[type=submit]"))
            .await?
            .click()
            .await
            .map_err(|e| format!("setup-submit: {e}"))?;
        // Not the quick-exit button: set-up has one too, and an exit while set-up is still
        // stretching the PIN would time the set-up screen, not the app.
        wait_for(&c, &unlocked_app()).await?;

        let mut runs = Vec::with_capacity(n);
        for i in 0..n {
            // Let the unlocked screen finish its own work (drafts load, focus) first.
            tokio::time::sleep(Duration::from_millis(300)).await;
            let v = c
                .execute_async(
                    QUICK_EXIT_JS,
                    vec![json!(calc_display()), json!(quick_exit_button())],
                )
                .await
                .map_err(|e| format!("quick exit {}: {e}", i + 1))?;
            if let Some(e) = v["error"].as_str() {
                return Err(format!("quick exit {}: {e}", i + 1).into());
            }
            let f = |k: &str| as_f64(&v[k]).ok_or_else(|| format!("quick exit: no {k} in {v}"));
            runs.push(ExitRun {
                swap_ms: f("swap")?,
                forgotten_ms: f("forgotten")?,
                raf_ms: f("raf")?,
                paint_ms: f("paint")?,
                handler_ms: f("handler")?,
                at_return: v["atReturn"].as_bool().unwrap_or(false),
            });
            if i + 1 < n {
                // The exit also locks the store (IPC, after the swap): let that finish before
                // unlocking again, or the unlock could be overtaken by the lock.
                tokio::time::sleep(Duration::from_millis(300)).await;
                let r = c
                    .execute(UNLOCK_JS, vec![json!(PIN)])
                    .await
                    .map_err(|e| format!("unlock: {e}"))?;
                if let Some(e) = r.as_str() {
                    return Err(format!("unlock: {e}").into());
                }
                wait_for(&c, &unlocked_app()).await?;
            }
        }
        let (screen, reference) = screen_exits(&c, x, n).await?;
        let mem_after = memory(driver.pid());
        Ok::<_, crate::Error>(QuickExit {
            runs,
            screen,
            reference,
            mem_first_paint,
            mem_after,
        })
    }
    .await;
    let _ = c.close().await;
    drop(driver);
    result
}

// ------------------------------------------------------------------------------ table

fn verdict(pass: bool) -> &'static str {
    if pass { "PASS" } else { "MISS" }
}

/// Decimal sizes (what stores and download pages quote): `911.5 kB`, `12.34 MB`.
fn fmt_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.2} MB", bytes as f64 / 1e6)
    } else {
        format!("{:.1} kB", bytes as f64 / 1e3)
    }
}

fn fmt_mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

/// "p50 … p99 … max … (n=…)" of quick-exit milliseconds.
fn quick_exit_figure(ms: impl IntoIterator<Item = f64>) -> String {
    match samples(ms) {
        Some(s) => format!(
            "p50 {}  p99 {}  max {}  (n={})",
            fmt_ms(dur_ms(s.p50())),
            fmt_ms(dur_ms(s.p99())),
            fmt_ms(dur_ms(s.percentile(100.0))),
            s.len()
        ),
        None => "n/a".to_owned(),
    }
}

fn fmt_ms(v: f64) -> String {
    format!("{v:.1} ms")
}

fn dur_ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// "median X  max Y" of millisecond figures.
fn med_max(v: impl IntoIterator<Item = f64>) -> String {
    match samples(v) {
        Some(s) => format!(
            "median {}  max {}  (n={})",
            fmt_ms(dur_ms(s.p50())),
            fmt_ms(dur_ms(s.percentile(100.0))),
            s.len()
        ),
        None => "n/a".to_owned(),
    }
}

fn mem_rows(rows: &mut Vec<[String; 4]>, when: &str, m: &Memory) {
    let sum = |v: &[ProcMem], f: fn(&ProcMem) -> Option<u64>| -> Option<u64> {
        v.iter().map(f).sum::<Option<u64>>()
    };
    let cell = |v: &[ProcMem]| -> String {
        if v.is_empty() {
            return "not found".to_owned();
        }
        let pids: Vec<String> = v.iter().map(|p| p.pid.to_string()).collect();
        format!(
            "RSS {}  HWM {}  PSS {}  (pid {})",
            fmt_mib(sum(v, |p| Some(p.rss_kib)).unwrap_or(0)),
            fmt_mib(sum(v, |p| Some(p.hwm_kib)).unwrap_or(0)),
            sum(v, |p| p.pss_kib).map_or("n/a".to_owned(), fmt_mib),
            pids.join(", ")
        )
    };
    rows.push([
        String::new(),
        format!("{when}: reach-app"),
        cell(&m.app),
        String::new(),
    ]);
    rows.push([
        String::new(),
        format!("{when}: WebKitWebProcess"),
        cell(&m.web),
        String::new(),
    ]);
    let both: Vec<ProcMem> = m.app.iter().chain(&m.web).cloned().collect();
    rows.push([
        String::new(),
        format!("{when}: reach-app + WebKitWebProcess"),
        if m.app.is_empty() || m.web.is_empty() {
            "incomplete (a process was not found)".to_owned()
        } else {
            format!(
                "RSS {}  HWM {}  PSS {}",
                fmt_mib(sum(&both, |p| Some(p.rss_kib)).unwrap_or(0)),
                fmt_mib(sum(&both, |p| Some(p.hwm_kib)).unwrap_or(0)),
                sum(&both, |p| p.pss_kib).map_or("n/a".to_owned(), fmt_mib),
            )
        },
        String::new(),
    ]);
    if !m.network.is_empty() {
        rows.push([
            String::new(),
            format!("{when}: (also) WebKitNetworkProcess"),
            cell(&m.network),
            String::new(),
        ]);
    }
}

fn print_table(
    counts: AppCounts,
    ui: &Part<UiSizes>,
    bin: &Part<BinSizes>,
    launches: &Part<Vec<LaunchRun>>,
    qx: &Part<QuickExit>,
) {
    let mut rows: Vec<[String; 4]> = Vec::new();
    let row = |a: &str, b: String, c: String, d: &str| [a.to_owned(), b, c, d.to_owned()];

    // 1
    match ui {
        Ok(u) => {
            rows.push(row(
                "1",
                format!("UI wasm, gzip -9 (target ≤ {})", fmt_size(TARGET_WASM_GZIP)),
                format!(
                    "{} gzip ({} raw) {}",
                    fmt_size(u.wasm.gzip),
                    fmt_size(u.wasm.raw),
                    u.wasm.name
                ),
                verdict(u.wasm.gzip <= TARGET_WASM_GZIP),
            ));
            for f in &u.others {
                rows.push(row(
                    "",
                    format!("  {}", f.name),
                    format!("{} gzip ({} raw)", fmt_size(f.gzip), fmt_size(f.raw)),
                    "",
                ));
            }
            let (raw, gz) = u
                .others
                .iter()
                .fold((u.wasm.raw, u.wasm.gzip), |(r, g), f| {
                    (r + f.raw, g + f.gzip)
                });
            rows.push(row(
                "",
                "  wasm + JS glue + CSS".into(),
                format!("{} gzip ({} raw)", fmt_size(gz), fmt_size(raw)),
                "",
            ));
            let total = u.locales_found.len() + u.locales_missing.len();
            rows.push(row(
                "",
                "  locales embedded in the wasm".into(),
                if u.locales_missing.is_empty() {
                    format!("{}/{total} (all)", u.locales_found.len())
                } else {
                    format!(
                        "{}/{total}, missing: {}",
                        u.locales_found.len(),
                        u.locales_missing.join(", ")
                    )
                },
                verdict(u.locales_missing.is_empty() && total > 0),
            ));
            if u.stale {
                rows.push(row(
                    "",
                    "  NOTE".into(),
                    format!(
                        "{} is older than ui/ or locales/ sources (not rebuilt)",
                        u.dist.display()
                    ),
                    "",
                ));
            }
        }
        Err(e) => rows.push(row("1", "UI size".into(), format!("NOT MEASURED: {e}"), "")),
    }

    // 2
    match bin {
        Ok(b) => {
            rows.push(row(
                "2",
                format!(
                    "release binary, stripped (target ≤ {})",
                    fmt_size(TARGET_BINARY)
                ),
                format!(
                    "{} stripped ({} raw)",
                    fmt_size(b.stripped),
                    fmt_size(b.raw)
                ),
                verdict(b.stripped <= TARGET_BINARY),
            ));
            rows.push(row("", "  binary".into(), b.path.display().to_string(), ""));
        }
        Err(e) => rows.push(row(
            "2",
            "release binary".into(),
            format!("NOT MEASURED: {e}"),
            "",
        )),
    }

    // 3
    match launches {
        Ok(runs) => {
            let mut matched: Vec<&str> = runs.iter().map(|r| r.matched.as_str()).collect();
            matched.dedup();
            rows.push(row(
                "3",
                format!(
                    "launch → first interactive element [{}]",
                    matched.join(", ")
                ),
                med_max(runs.iter().map(|r| dur_ms(r.interactive))),
                "",
            ));
            let fcp_wall: Vec<f64> = runs
                .iter()
                .filter_map(|r| r.fcp_ms.map(|f| r.nav_start_ms + f))
                .collect();
            rows.push(row(
                "",
                "  launch → first-contentful-paint (timeOrigin + FCP)".into(),
                if fcp_wall.is_empty() {
                    "n/a (no paint entry)".to_owned()
                } else {
                    med_max(fcp_wall)
                },
                "",
            ));
            rows.push(row(
                "",
                "  launch → WebDriver session (app process + webview up)".into(),
                med_max(runs.iter().map(|r| dur_ms(r.session))),
                "",
            ));
            rows.push(row(
                "",
                "  launch → navigation start (performance.timeOrigin)".into(),
                med_max(runs.iter().map(|r| r.nav_start_ms)),
                "",
            ));
            rows.push(row(
                "",
                "  in page: navigation start → element found".into(),
                med_max(runs.iter().map(|r| r.in_page_found_ms)),
                "",
            ));
            rows.push(row(
                "",
                "  in page: DOMContentLoaded end".into(),
                med_max(runs.iter().filter_map(|r| r.dcl_ms)),
                "",
            ));
            let step = runs
                .iter()
                .filter_map(|r| r.clock_step_ms)
                .fold(f64::NAN, f64::min);
            rows.push(row(
                "",
                "  in page: performance.now() resolution (applies to 3 and 4)".into(),
                if step.is_nan() {
                    "n/a".to_owned()
                } else {
                    format!("{step:.3} ms")
                },
                "",
            ));
            let fcp: Vec<f64> = runs.iter().filter_map(|r| r.fcp_ms).collect();
            let fp: Vec<f64> = runs.iter().filter_map(|r| r.first_paint_ms).collect();
            let api = runs.iter().any(|r| r.paint_api);
            let none = if api {
                "no entry recorded (PerformancePaintTiming exists)".to_owned()
            } else {
                "not exposed by this WebKit (no PerformancePaintTiming)".to_owned()
            };
            rows.push(row(
                "",
                "  in page: first-contentful-paint".into(),
                if fcp.is_empty() {
                    none.clone()
                } else {
                    med_max(fcp)
                },
                "",
            ));
            rows.push(row(
                "",
                "  in page: first-paint".into(),
                if fp.is_empty() { none } else { med_max(fp) },
                "",
            ));
        }
        Err(e) => rows.push(row(
            "3",
            "launch → first interactive element".into(),
            format!("NOT MEASURED: {e}"),
            "",
        )),
    }

    // 4 + 5
    match qx {
        Ok(q) => {
            let pct = |f: fn(&ExitRun) -> f64| quick_exit_figure(q.runs.iter().map(f));
            let on_screen_of =
                |v: &[crate::screen::ScreenExit], f: fn(&crate::screen::ScreenExit) -> Duration| {
                    quick_exit_figure(v.iter().map(|r| dur_ms(f(r))))
                };
            let on_screen = |f| on_screen_of(&q.screen, f);
            let first = on_screen(|r| r.first_change);
            let settled = on_screen(|r| r.settled);
            let reference = on_screen_of(&q.reference, |r| r.settled);
            // The target is relative (issue #8 item 6): no page paints faster than its
            // platform, so the exit's p99 is judged against the p99 of the smallest change the
            // same page makes through the same path, measured in the same run.
            let p99 = |v: &[crate::screen::ScreenExit]| {
                samples(v.iter().map(|r| dur_ms(r.settled))).map(|s| dur_ms(s.p99()))
            };
            let relative = match (p99(&q.screen), p99(&q.reference)) {
                (Some(exit), Some(reference)) => Some((exit, reference)),
                _ => None,
            };
            let relative_ok =
                relative.is_some_and(|(exit, reference)| exit <= reference + ONE_FRAME_MS);
            let between = q
                .screen
                .iter()
                .filter(|r| r.intermediate_frames > 0)
                .count();
            let polls: usize = q.screen.iter().map(|r| r.polls).sum();
            let poll_ms =
                q.screen.iter().map(|r| dur_ms(r.settled)).sum::<f64>() / polls.max(1) as f64;
            rows.push(row(
                "4",
                format!(
                    "quick exit, real key press (XTEST) → neutral screen in the window's pixels, p99 ≤ reference p99 + {ONE_FRAME_MS} ms"
                ),
                match relative {
                    Some((exit, reference)) => format!(
                        "{settled}; p99 {} above the reference; one poll ≈ {poll_ms:.2} ms",
                        fmt_ms(exit - reference)
                    ),
                    None => settled,
                },
                verdict(relative_ok),
            ));
            rows.push(row("", "  → first changed pixels".into(), first, ""));
            rows.push(row(
                "",
                "  reference: a digit key on the calculator → its display painted (same path)"
                    .into(),
                reference,
                "",
            ));
            rows.push(row(
                "",
                "quick exit: exits showing any frame between the app and the calculator (target 0)"
                    .into(),
                format!("{between} of {}", q.screen.len()),
                verdict(between == 0 && !q.screen.is_empty()),
            ));
            let swap = pct(|r| r.swap_ms);
            let raf = pct(|r| r.raf_ms);
            let paint = pct(|r| r.paint_ms);
            let forgotten = pct(|r| r.forgotten_ms);
            let handler = pct(|r| r.handler_ms);
            let at_return = q.runs.iter().filter(|r| r.at_return).count();
            rows.push(row(
                "",
                "  in page (synthetic Escape): the key handler runs".into(),
                format!(
                    "{handler}; calculator shown when it returned: {at_return} of {}",
                    q.runs.len()
                ),
                "",
            ));
            rows.push(row(
                "",
                "  in page: calculator shown, app hidden".into(),
                swap,
                "",
            ));
            rows.push(row(
                "",
                "  in page: → next animation frame starts (rAF)".into(),
                raf,
                "",
            ));
            rows.push(row(
                "",
                // No target of its own: the page's clock sees only the middle of the path, and
                // the target is the on-screen one, relative to the reference (row 4).
                "  in page: → that frame painted (rAF + setTimeout 0)".into(),
                paint,
                "",
            ));
            rows.push(row(
                "",
                "  in page: → app content gone from the DOM (form forgotten)".into(),
                forgotten,
                "",
            ));
            let start = rows.len();
            mem_rows(&mut rows, "after first paint", &q.mem_first_paint);
            rows[start][0] = "5".into();
            let after = format!("after {} quick exits", q.runs.len());
            mem_rows(&mut rows, &after, &q.mem_after);
        }
        Err(e) => {
            rows.push(row(
                "4",
                "quick exit".into(),
                format!("NOT MEASURED: {e}"),
                "",
            ));
            rows.push(row("5", "memory".into(), format!("NOT MEASURED: {e}"), ""));
        }
    }

    let build = if cfg!(debug_assertions) {
        "xtask debug build"
    } else {
        "xtask release build"
    };
    let mode = if counts.quick {
        "QUICK mode (few repetitions, for CI; not for quoting)"
    } else {
        "full mode"
    };
    println!("Reach app benchmarks — {mode}, {build}");
    println!("machine: {}", stats::machine());
    println!(
        "real app: WebKitGTK via tauri-driver :{DRIVER_PORT} / WebKitWebDriver :{NATIVE_PORT}, Xvfb 480x900x24, fresh REACH_DATA_DIR per launch, no hotline"
    );
    println!();
    stats::print_table(&rows);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_decimal() {
        assert_eq!(fmt_size(911_548), "911.5 kB");
        assert_eq!(fmt_size(350_000), "350.0 kB");
        assert_eq!(fmt_size(12_345_678), "12.35 MB");
        assert_eq!(fmt_mib(2048), "2.0 MiB");
    }

    #[test]
    fn gzip_shrinks_repetitive_data() {
        let data = vec![b'a'; 100_000];
        let gz = gzip_len(&data).unwrap();
        assert!(gz > 0 && gz < 1_000, "{gz}");
    }

    #[test]
    fn kib_fields() {
        let status = "Name:\tx\nVmHWM:\t  123456 kB\nVmRSS:\t   654 kB\n";
        assert_eq!(kib_field(status, "VmHWM:"), Some(123_456));
        assert_eq!(kib_field(status, "VmRSS:"), Some(654));
        assert_eq!(kib_field(status, "Pss:"), None);
    }

    #[test]
    fn locale_probe_line() {
        let ftl = "# a long comment line that must be ignored entirely\nk = v\nquick-exit = Quick exit now\n";
        assert_eq!(longest_line(ftl), Some("quick-exit = Quick exit now"));
        assert!(contains(b"xxquick-exitxx", b"quick-exit"));
        assert!(!contains(b"abc", b""));
    }

    #[test]
    fn selectors_follow_the_test_ids() {
        assert_eq!(
            calc_display(),
            "[data-testid=\"calc-display\"], .calculator .display"
        );
        assert!(quick_exit_button().starts_with("[data-testid=\"quick-exit\"]"));
    }

    #[test]
    fn summaries_use_observed_values() {
        assert_eq!(med_max([3.0, 1.0, 2.0]), "median 2.0 ms  max 3.0 ms  (n=3)");
        assert_eq!(med_max([]), "n/a");
    }
}
