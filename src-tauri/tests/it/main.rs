//! The app shell's integration tests, as one test binary (each binary links Tauri, WebKitGTK's
//! bindings and the core on its own). One module per subject; what they share is `support`.
//!
//! * `commands`: every IPC command through Tauri's mock runtime, with the app's real context,
//!   real SQLite files and a real hotline on loopback. No display needed; runs by default.
//! * `webdriver`: the real app window (WebKitGTK) through tauri-driver. Ignored by default.
//! * `atspi`: the real app's accessibility tree, as a screen reader gets it. Ignored by default.
//!
//! ```sh
//! cargo test -p reach-app --features reach-app/custom-protocol --test it
//! xvfb-run -a cargo test -p reach-app --features reach-app/custom-protocol --test it \
//!     -- --ignored --test-threads=1      # the real app (scripts/test.sh does both)
//! ```

mod atspi;
mod commands;
mod support;
mod webdriver;
