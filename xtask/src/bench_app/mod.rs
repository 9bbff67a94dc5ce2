//! App benchmarks (`xtask bench-app`): the shipped artefacts and the REAL app window.
//!
//! 1. UI size: `ui/dist` wasm, JS glue and CSS, raw and gzipped (flate2, best compression),
//!    with a check that no `locales/*/main.ftl` is inside the wasm and that each is an asset
//!    beside it (loaded on demand, `ui/src/i18n.rs`).
//! 2. Release app binary (`--profile app --features tauri/custom-protocol`), raw and stripped.
//! 3. Launch → first interactive element, the real app under Xvfb driven through
//!    `tauri-driver` (WebKitGTK), plus the page's own timings (`performance.*`).
//! 4. Quick exit (Escape) → calculator in the DOM, and → next frame painted, measured in the page.
//! 5. Resident memory of the app process and of WebKitGTK's out-of-process renderer.
//! 6. Each locale's first load and switch in the real app: tap → the page in that language →
//!    next frame painted.
//! 7. Read-aloud in the real app: tap on a speaker → the first audible sample of the real
//!    espeak-ng, in English, Arabic and Swahili. There is no audio device here, so the app is
//!    given a stand-in `espeak-ng` on its `PATH` that runs the real one with `--stdout` into
//!    `xtask first-sample`, which notes the wall-clock time of the first audible sample; the
//!    tap's time is taken in the page (`performance.timeOrigin + now()`, the click's handler).
//!    A device's own output latency comes on top; the stand-in's own `sh` and reader (started
//!    beside the engine) add a little, so the figure errs long.
//!    `xtask bench-speech` gives the engine's share alone.
//!
//! Every figure is measured; a target that is not met prints MISS, and a part that cannot be
//! measured says so (the run then exits non-zero). Timings are never asserted in tests.
//!
//! Processes: this task starts its own `Xvfb` (display chosen by `-displayfd`) and, per app
//! launch, `tauri-driver --port 4446 --native-port 4447` (not 4444: the WebDriver test uses that)
//! through `reach_e2e::driver`, as the app's tests do, each in its own process group; guards
//! kill those groups and every descendant on every exit path, errors and panics included.
//!
//! Files: `build` (parts 1 and 2: building and sizing the artefacts), `xvfb` (the display and
//! the driver on it), `measure` (parts 3 to 5 in the real window, and the page scripts in `js/`),
//! `report` (the table); this file holds the entry point and the results they pass along.

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

mod build;
mod measure;
mod report;
mod xvfb;

use build::*;
use measure::*;
use report::*;
use xvfb::*;

/// Target of 1: the UI's wasm, gzipped, with no locale inside (decimal kilobytes; issue #11).
pub const TARGET_WASM_GZIP: u64 = 250_000;
/// Target of 2: the stripped release binary (decimal megabytes; issue #11).
pub const TARGET_BINARY: u64 = 12_000_000;
/// Target of 6: one locale's first load and switch in the real app, p99 (issue #11).
pub const TARGET_LOCALE_SWITCH_MS: f64 = 50.0;
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
    /// 7) taps on a speaker, a locale.
    pub speech_rounds: usize,
}

impl AppCounts {
    /// The counts published figures use.
    pub fn full() -> Self {
        Self {
            quick: false,
            launches: 5,
            exits: 100,
            speech_rounds: 20,
        }
    }

    /// Small counts so that CI runs every code path quickly.
    pub fn quick() -> Self {
        Self {
            quick: true,
            launches: 2,
            exits: 5,
            speech_rounds: 3,
        }
    }
}

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
    /// The module the page starts with: the calculator disguise and the app's shell.
    wasm: FileSize,
    /// The modules cut off it (`split_*.wasm`: the screens behind the PIN), loaded once the
    /// calculator is up (scripts/ui-wasm.sh).
    split: Vec<FileSize>,
    others: Vec<FileSize>,
    /// Locales whose text is found in the wasm (there should be none: they are assets).
    locales_in_wasm: Vec<String>,
    /// Each locale's asset in `ui/dist/locales/<code>/main.ftl`, byte-equal to its source.
    locale_assets: Vec<FileSize>,
    /// Locales with no asset, or one that differs from `locales/`.
    locales_not_assets: Vec<String>,
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
    /// Part 6: each locale's first load and switch.
    switches: Vec<Switch>,
    /// Part 6, the platform's share: ms WebKit held the main thread for `<html lang>` alone.
    lang_only: Vec<f64>,
}

type Part<T> = std::result::Result<T, String>;

// ------------------------------------------------------------------------------ entry point

/// Runs every part, prints the table, and fails if some part could not be measured.
pub async fn run(counts: AppCounts) -> Result<()> {
    let root = workspace_root();
    eprintln!("1) UI size…");
    let ui = ui_sizes(&root).map_err(|e| e.to_string());
    if counts.quick {
        eprintln!("2) app binary: the workspace test build's debug binary (quick mode)…");
    } else {
        eprintln!("2) release app binary (cargo build --profile app -p reach-app …)…");
    }
    let bin = binary_sizes(&root, counts.quick).map_err(|e| e.to_string());

    let (launches, qx, speech) = match &bin {
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
                    let locales = switch_locales(&root, counts.quick)?;
                    eprintln!("6) locale load + switch ×{}…", locales.len());
                    let qx = quick_exit_session(&x, &b.path, tmp.path(), counts.exits, &locales)
                        .await
                        .map_err(|e| e.to_string());
                    eprintln!(
                        "7) read-aloud, tap → first audible sample ×{}…",
                        counts.speech_rounds
                    );
                    let speech = speech_session(&x, &b.path, tmp.path(), counts.speech_rounds)
                        .await
                        .map_err(|e| e.to_string());
                    (launches, qx, speech)
                }
                Err(e) => {
                    let e = format!("cannot start Xvfb: {e}");
                    (Err(e.clone()), Err(e.clone()), Err(e))
                }
            }
        }
        Err(_) => {
            let e = "no app binary (see 2)".to_owned();
            (Err(e.clone()), Err(e.clone()), Err(e))
        }
    };

    print_table(counts, &ui, &bin, &launches, &qx, &speech);
    let failures: Vec<&str> = [
        ui.as_ref().err(),
        bin.as_ref().err(),
        launches.as_ref().err(),
        qx.as_ref().err(),
        speech.as_ref().err(),
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

/// Part 7: one tap on a speaker, in milliseconds from the tap to the first audible sample.
#[derive(Debug, Clone)]
pub(super) struct SpeechTap {
    /// The locale read (its voice).
    code: &'static str,
    ms: f64,
}

/// `xtask first-sample OUT`: reads espeak-ng's WAV stream on standard input and, at its first
/// audible sample (`reach_core::speech::holds_audible_sample`), appends the wall-clock time in
/// ms since the epoch to `out` as a line, then returns (the engine then ends on a broken pipe:
/// nothing more is wanted of it).
pub fn note_first_sample(out: &Path) -> Result<()> {
    use std::io::{Read as _, Write as _};
    let mut stdin = std::io::stdin().lock();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stdin.read(&mut buf)?;
        if n == 0 {
            return Err("the stream ended with no audible sample".into());
        }
        seen.extend_from_slice(&buf[..n]);
        if reach_core::speech::holds_audible_sample(&seen) {
            let at = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs_f64() * 1000.0;
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(out)?;
            writeln!(f, "{at:.3}")?;
            return Ok(());
        }
    }
}

/// One locale's first load and switch, in milliseconds from the tap (`js/locale_switch.js`).
#[derive(Debug, Clone)]
pub(super) struct Switch {
    /// The locale chosen: the report names the slowest, since one script's fonts can be the
    /// whole p99 (a named font family cost its script's first switch ~115 ms).
    code: String,
    /// `<html lang>` and the heading say the new language.
    switched: f64,
    /// The last DOM change before the next frame: the re-render is done.
    settled: f64,
    /// The next frame's callbacks begin: every script before it has run.
    frame: f64,
    /// That frame painted (style, layout, fonts, paint): the figure the target is about.
    painted: f64,
}

/// The locales part 6 switches to: every one but English (each a first load), or five in quick
/// mode; `REACH_BENCH_LOCALES=es,am` keeps only those, in either mode (to time a script or a
/// locale alone, or every locale against the quick mode's debug app, as an A/B of one change).
fn switch_locales(root: &Path, quick: bool) -> Result<Vec<String>> {
    let mut codes: Vec<String> = std::fs::read_dir(root.join("locales"))?
        .flatten()
        .filter(|e| e.path().join("main.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|c| c != "en")
        .collect();
    codes.sort();
    if let Ok(only) = std::env::var("REACH_BENCH_LOCALES") {
        codes.retain(|c| only.split(',').any(|o| o == c));
    } else if quick {
        codes.truncate(5);
    }
    Ok(codes)
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
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
