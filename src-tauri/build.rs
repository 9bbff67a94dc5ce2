//! Build script of the app shell:
//!
//! 1. makes sure `../ui/dist` exists, because `tauri::generate_context!` reads `frontendDist`
//!    at compile time (toolchain trap 3, `docs/toolchain.md`) and `cargo test -p reach-app`
//!    must work before the UI has been built. A placeholder `index.html` is written ONLY when
//!    the directory has none; a real Trunk build is never touched.
//! 2. embeds the partner hotline's profile (`resources/hotline-profile.json`) when present, so
//!    that it travels inside the binary on every platform (no resource lookups on Android);
//! 3. writes `capabilities/default.json` from the contract's command list, and runs
//!    `tauri_build` with an app manifest listing the same commands, so that every command needs
//!    an explicit `allow-<command>` permission (nothing is callable by default).

use std::path::Path;

/// Every command the UI may call: the contract's list, so that the UI's calls, this manifest
/// and the capability below cannot disagree (`generate_handler!` in `src/lib.rs` is checked
/// against it by the tests: a macro cannot take a constant list).
const COMMANDS: &[&str] = reach_contract::command::COMMANDS;

/// The capability file, written from [`COMMANDS`]: the UI may call exactly our commands.
const CAPABILITY: &str = "capabilities/default.json";

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

    write_capability();

    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}

/// Writes `capabilities/default.json` granting exactly [`COMMANDS`] to the main window, and
/// nothing else (no `core:*`, no plugins, no remote origin). Written only when its content
/// changes, so that Tauri's own watch on the folder does not rebuild forever; checked in, so
/// that a reviewer sees what the UI may call.
fn write_capability() {
    let permissions: Vec<String> = COMMANDS
        .iter()
        .map(|c| reach_contract::command::permission(c))
        .collect();
    let capability = serde_json::json!({
        "$schema": "../gen/schemas/desktop-schema.json",
        "identifier": "default",
        "description": "Written by build.rs from reach-contract's COMMANDS: the UI may call Reach's own commands and nothing else: no core:* permissions (no events, window, path or app APIs), no plugins.",
        "windows": ["main"],
        "permissions": permissions,
    });
    let text = serde_json::to_string_pretty(&capability).expect("capability JSON") + "\n";
    if std::fs::read_to_string(CAPABILITY).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(CAPABILITY, text).expect("write the capability file");
    }
}
