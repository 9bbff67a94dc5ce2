//! One way to start `tauri-driver` (and through it `WebKitWebDriver` and the real app) for the
//! app's WebDriver and AT-SPI tests and for `xtask bench-app`, which all drive the real window.
//! Each caller says what differs (its ports, the app's environment, where the driver's output
//! goes); finding the driver, waiting for both of its ports, opening a session and ending every
//! process it started are the same for all, and live here once.
//!
//! Processes: the driver runs in a process group of its own; dropping the [`Driver`] ends every
//! descendant (deepest first) and then that group, on every exit path, panics included. Only
//! processes started here are touched.

use std::ffi::OsString;
use std::io::Read as _;
use std::net::{SocketAddr, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};

/// The WebDriver server for WebKitGTK that `tauri-driver` forwards to (Debian's
/// `webkit2gtk-driver`).
pub const NATIVE_DRIVER: &str = "/usr/bin/WebKitWebDriver";

/// How long `tauri-driver` and the `WebKitWebDriver` it starts may take to listen.
const LISTEN_TIMEOUT: Duration = Duration::from_secs(15);

/// How long a port left behind by the previous driver may stay busy.
const FREE_TIMEOUT: Duration = Duration::from_secs(10);

/// The `tauri-driver` to run: `TAURI_DRIVER`, else `~/.cargo/bin/tauri-driver` (where
/// `scripts/setup.sh` installs it), else whatever `PATH` finds.
pub fn tauri_driver() -> PathBuf {
    std::env::var_os("TAURI_DRIVER")
        .map(PathBuf::from)
        .or_else(|| {
            let p = PathBuf::from(std::env::var_os("HOME")?).join(".cargo/bin/tauri-driver");
            p.is_file().then_some(p)
        })
        .unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

/// Where the driver's (and the app's) output goes.
#[derive(Debug, Clone)]
pub enum Output {
    /// Standard error to the caller's (a test's failure shows the app's complaints); standard
    /// output dropped.
    Stderr,
    /// Both dropped.
    Nothing,
    /// Both into this file (a benchmark's table stays readable; [`Driver::log_tail`] quotes it).
    File(PathBuf),
}

/// What differs between the callers: the ports (two callers that may run at once need their
/// own) and the environment of the driver, which the app it starts inherits.
#[derive(Debug, Clone)]
pub struct DriverOptions {
    /// Where `tauri-driver` listens (the session is opened here).
    pub port: u16,
    /// Where the `WebKitWebDriver` behind it listens (passed explicitly, so that the start can
    /// wait for it too).
    pub native_port: u16,
    /// Variables set for the driver and so for the app (`REACH_DATA_DIR` and the like).
    pub env: Vec<(OsString, OsString)>,
    /// Variables removed from the driver's environment (and so from the app's).
    pub env_remove: Vec<OsString>,
    /// Where the output goes.
    pub output: Output,
}

impl DriverOptions {
    /// The given ports, nothing set or removed, standard error kept.
    pub fn new(port: u16, native_port: u16) -> Self {
        Self {
            port,
            native_port,
            env: Vec::new(),
            env_remove: Vec::new(),
            output: Output::Stderr,
        }
    }

    /// Sets `key` for the driver and the app.
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Removes `key` from the driver's and the app's environment.
    pub fn env_remove(mut self, key: impl Into<OsString>) -> Self {
        self.env_remove.push(key.into());
        self
    }

    /// Sends the output to `output`.
    pub fn output(mut self, output: Output) -> Self {
        self.output = output;
        self
    }
}

/// A running `tauri-driver` (and, once a session is open, `WebKitWebDriver` and the app).
#[derive(Debug)]
pub struct Driver {
    child: Child,
    port: u16,
    log: Option<PathBuf>,
}

impl Driver {
    /// Starts the driver and returns once both it and its `WebKitWebDriver` listen: the driver
    /// accepts connections before the `WebKitWebDriver` it starts does, and a session request
    /// forwarded in between fails (hyper's `IncompleteMessage`, seen under CI load). Waits
    /// first, briefly, for the ports to be free: the previous driver's processes may still be
    /// tearing down (a zombie leader whose threads still hold the listening socket).
    pub fn start(options: DriverOptions) -> Result<Self, String> {
        let ports = [options.port, options.native_port];
        let t = Instant::now();
        for port in ports {
            while port_open(port) {
                if t.elapsed() > FREE_TIMEOUT {
                    return Err(format!("port {port} is already in use (another driver?)"));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        let driver = tauri_driver();
        let mut cmd = Command::new(&driver);
        cmd.process_group(0)
            .args(["--port", &options.port.to_string()])
            .args(["--native-port", &options.native_port.to_string()])
            .args(["--native-driver", NATIVE_DRIVER])
            .stdin(Stdio::null());
        for key in &options.env_remove {
            cmd.env_remove(key);
        }
        cmd.envs(options.env.iter().map(|(k, v)| (k, v)));
        let log = match &options.output {
            Output::Stderr => {
                cmd.stdout(Stdio::null()).stderr(Stdio::inherit());
                None
            }
            Output::Nothing => {
                cmd.stdout(Stdio::null()).stderr(Stdio::null());
                None
            }
            Output::File(path) => {
                let file =
                    std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
                let copy = file
                    .try_clone()
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                cmd.stdout(copy).stderr(file);
                Some(path.clone())
            }
        };
        let child = cmd.spawn().map_err(|e| {
            format!(
                "{}: {e} (tauri-driver: `cargo install tauri-driver`, or TAURI_DRIVER)",
                driver.display()
            )
        })?;
        let mut me = Self {
            child,
            port: options.port,
            log,
        };
        let t = Instant::now();
        while !ports.iter().all(|p| port_open(*p)) {
            if let Ok(Some(status)) = me.child.try_wait() {
                return Err(format!("tauri-driver exited ({status}){}", me.log_tail()));
            }
            if t.elapsed() > LISTEN_TIMEOUT {
                return Err(format!(
                    "tauri-driver or WebKitWebDriver does not listen on {ports:?} within {} s{}",
                    LISTEN_TIMEOUT.as_secs(),
                    me.log_tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(me)
    }

    /// The driver's process id (the root of the app's process tree, for memory figures).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The last lines of the driver's log file, prefixed with ": " (empty without a file).
    pub fn log_tail(&self) -> String {
        let Some(log) = &self.log else {
            return String::new();
        };
        let s = std::fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = s.lines().collect();
        format!(": {}", lines[lines.len().saturating_sub(5)..].join(" / "))
    }

    /// A WebDriver session that starts `app` (the app binary); a second session after the
    /// first is closed starts it again, on the same data.
    pub async fn connect(&self, app: &Path) -> Result<Client, String> {
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": app },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .map_err(|e| format!("WebDriver session: {e}"))
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        kill_tree(self.child.id(), self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether something accepts connections on this loopback port.
pub fn port_open(port: u16) -> bool {
    TcpStream::connect_timeout(
        &SocketAddr::from(([127, 0, 0, 1], port)),
        Duration::from_millis(100),
    )
    .is_ok()
}

// ------------------------------------------------------------------------------ processes

/// Kills every descendant of `root` deepest first (so that their parents, still alive, reap
/// them), then the process group `pgid` (a group the caller created) and any straggler that
/// left it. Only processes the caller started are touched.
pub fn kill_tree(root: u32, pgid: u32) {
    let all = processes();
    let tree = descendants(root, &all);
    let depth = |mut pid: u32| {
        let mut d = 0;
        while pid != root && d < 64 {
            pid = all.iter().find(|p| p.pid == pid).map_or(root, |p| p.ppid);
            d += 1;
        }
        d
    };
    let mut levels: Vec<(usize, u32)> = tree.iter().map(|p| (depth(p.pid), p.pid)).collect();
    levels.sort_unstable_by(|a, b| b.cmp(a));
    let signal = |sig: &str, target: &str| {
        let _ = Command::new("kill")
            .args([sig, "--", target])
            .stderr(Stdio::null())
            .status();
    };
    let wait_gone = |pids: &[u32], limit: Duration| {
        let t = Instant::now();
        while pids.iter().any(|p| alive(*p)) && t.elapsed() < limit {
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    for level in levels.chunk_by(|a, b| a.0 == b.0) {
        let pids: Vec<u32> = level.iter().map(|(_, p)| *p).collect();
        for p in &pids {
            signal("-TERM", &p.to_string());
        }
        wait_gone(&pids, Duration::from_millis(1000));
    }
    signal("-KILL", &format!("-{pgid}"));
    let pids: Vec<u32> = levels.iter().map(|(_, p)| *p).collect();
    for p in pids.iter().filter(|p| alive(**p)) {
        signal("-KILL", &p.to_string());
    }
    // Wait (briefly) until they are really gone, so the next launch starts on a quiet machine
    // and its ports are free.
    wait_gone(&pids, Duration::from_secs(3));
}

/// Whether `pid` exists and is not a zombie.
pub fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            let close = s.rfind(')')?;
            s.get(close + 1..)?
                .split_whitespace()
                .next()
                .map(|st| st != "Z")
        })
        .unwrap_or(false)
}

/// One process as `/proc` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcEntry {
    /// Its id.
    pub pid: u32,
    /// Its parent's id.
    pub ppid: u32,
    /// The basename of its `argv[0]` (else `comm`).
    pub name: String,
}

/// Every process in `/proc`, named by the basename of `argv[0]` (not `comm`, which the kernel
/// truncates to 15 bytes: "WebKitWebProces").
pub fn processes() -> Vec<ProcEntry> {
    let Ok(rd) = std::fs::read_dir("/proc") else {
        return vec![];
    };
    rd.flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let (comm, ppid) = parse_stat(&stat)?;
            let mut cmdline = Vec::new();
            let _ = std::fs::File::open(format!("/proc/{pid}/cmdline"))
                .and_then(|mut f| f.read_to_end(&mut cmdline));
            let argv0 = cmdline.split(|&b| b == 0).next().unwrap_or_default();
            let name = Path::new(&*String::from_utf8_lossy(argv0))
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or(comm);
            Some(ProcEntry { pid, ppid, name })
        })
        .collect()
}

/// `comm` and parent pid from `/proc/<pid>/stat` (`comm` may itself contain ") ").
fn parse_stat(stat: &str) -> Option<(String, u32)> {
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat.get(open + 1..close)?.to_owned();
    let mut rest = stat.get(close + 1..)?.split_whitespace();
    let _state = rest.next()?;
    let ppid = rest.next()?.parse().ok()?;
    Some((comm, ppid))
}

/// All descendants of `root` (not `root` itself).
pub fn descendants(root: u32, all: &[ProcEntry]) -> Vec<ProcEntry> {
    let mut out: Vec<ProcEntry> = Vec::new();
    let mut frontier = vec![root];
    while let Some(parent) = frontier.pop() {
        for p in all.iter().filter(|p| p.ppid == parent && p.pid != root) {
            if !out.iter().any(|o| o.pid == p.pid) {
                out.push(p.clone());
                frontier.push(p.pid);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_parsing_handles_odd_comm() {
        let stat = "4242 (Web) Proc (x)) S 17 4242 4242 0 -1 4194560 1 0 0 0";
        assert_eq!(parse_stat(stat), Some(("Web) Proc (x)".to_owned(), 17)));
        assert_eq!(parse_stat("garbage"), None);
    }

    #[test]
    fn descendants_walks_the_tree() {
        let p = |pid, ppid| ProcEntry {
            pid,
            ppid,
            name: String::new(),
        };
        let all = [p(1, 0), p(10, 1), p(11, 10), p(12, 11), p(13, 1), p(14, 11)];
        let mut d: Vec<u32> = descendants(10, &all).iter().map(|p| p.pid).collect();
        d.sort_unstable();
        assert_eq!(d, vec![11, 12, 14]);
        assert!(descendants(13, &all).is_empty());
    }
}
