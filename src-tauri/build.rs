//! Build script of the app shell:
//!
//! 1. makes sure `../ui/dist` exists, because `tauri::generate_context!` reads `frontendDist`
//!    at compile time (toolchain trap 3, `docs/toolchain.md`) and `cargo test -p reach-app`
//!    must work before the UI has been built. A placeholder `index.html` is written ONLY when
//!    the directory has none; a real Trunk build is never touched.
//! 2. embeds the partner hotline's profile (`resources/hotline-profile.json`) when present, so
//!    that it travels inside the binary on every platform (no resource lookups on Android);
//! 3. runs `tauri_build` with an app manifest listing our commands, so that every command needs
//!    an explicit `allow-<command>` permission in `capabilities/` (nothing is callable by
//!    default).

use std::path::Path;

/// Every command the UI may call; must match `generate_handler!` in `src/lib.rs` and the
/// permissions granted in `capabilities/default.json` (a test checks both).
const COMMANDS: &[&str] = &[
    "app_state",
    "setup",
    "unlock",
    "lock",
    "quick_exit",
    "set_duress_pin",
    "change_pin",
    "draft_new",
    "draft_save",
    "draft_load",
    "drafts",
    "draft_delete",
    "validate",
    "submit",
    "requests",
    "send_now",
    "retry",
    "connectivity_changed",
    "refresh_status",
    "panic_wipe",
];

const PLACEHOLDER: &str = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Calculator</title></head>\n<body><!-- placeholder written by src-tauri/build.rs: build the UI with trunk --></body></html>\n";

fn main() {
    let dist = Path::new("../ui/dist");
    std::fs::create_dir_all(dist).expect("create ../ui/dist");
    let index = dist.join("index.html");
    if !index.exists() {
        std::fs::write(&index, PLACEHOLDER).expect("write placeholder index.html");
    }

    let profile = Path::new("resources/hotline-profile.json");
    println!("cargo:rerun-if-changed={}", profile.display());
    let embedded = std::fs::read_to_string(profile).unwrap_or_default();
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("hotline-profile.json"), embedded)
        .expect("write embedded profile");

    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
