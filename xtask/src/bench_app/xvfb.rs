//! The display the real app runs on (an `Xvfb` of our own) and `tauri-driver` on it, started
//! through `reach_e2e::driver` as the app's own real-window tests start it.

use super::*;

// ------------------------------------------------------------------------------ processes

/// An `Xvfb` of our own, on a free display it picks itself (`-displayfd`).
pub(super) struct Xvfb {
    child: Child,
    pub(super) display: String,
}

impl Xvfb {
    pub(super) fn start() -> Result<Self> {
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
pub(super) fn start_driver(x: &Xvfb, data_dir: &Path, log: PathBuf) -> Result<Driver> {
    start_driver_with(x, data_dir, log, |o| o)
}

/// [`start_driver`], with more of the driver's (and so the app's) environment set by `more`.
pub(super) fn start_driver_with(
    x: &Xvfb,
    data_dir: &Path,
    log: PathBuf,
    more: impl FnOnce(DriverOptions) -> DriverOptions,
) -> Result<Driver> {
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
    Ok(Driver::start(more(options))?)
}
