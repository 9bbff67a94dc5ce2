//! Parts 1 and 2: the shipped artefacts (the UI in `ui/dist`, the release app binary), built
//! the way they ship and measured on disk.

use super::*;

/// A cargo command without the package variables `cargo run` gave this process
/// (`CARGO_MANIFEST_DIR=…/xtask`, `CARGO_PKG_NAME=xtask`, …). Build scripts such as ring's
/// declare `rerun-if-env-changed` on them, and cargo compares them in its own environment: left
/// in, every build from here re-ran ring's build script and recompiled everything above it
/// (ring, rustls, reqwest, reach-core, the app), and the next plain build did it all again.
pub(super) fn cargo() -> Command {
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
pub(super) fn tool_path(root: &Path) -> std::ffi::OsString {
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

pub(super) fn ui_sizes(root: &Path) -> Result<UiSizes> {
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
    let (split_paths, main_paths): (Vec<PathBuf>, Vec<PathBuf>) = list_ext(&dist, "wasm")
        .into_iter()
        .partition(|p| file_name(p).starts_with("split_"));
    let [wasm_path] = main_paths.as_slice() else {
        return Err(format!(
            "expected exactly one wasm besides split_*.wasm in {}, found {}",
            dist.display(),
            main_paths.len()
        )
        .into());
    };
    if split_paths.is_empty() {
        return Err(format!(
            "no split_*.wasm in {}: scripts/ui-wasm.sh did not split the screens off",
            dist.display()
        )
        .into());
    }
    let wasm_bytes = std::fs::read(wasm_path)?;
    let wasm = FileSize {
        name: file_name(wasm_path),
        raw: wasm_bytes.len() as u64,
        gzip: gzip_len(&wasm_bytes)?,
    };
    let mut split = Vec::new();
    let mut all_wasm = vec![wasm_bytes];
    for p in &split_paths {
        let bytes = std::fs::read(p)?;
        split.push(FileSize {
            name: file_name(p),
            raw: bytes.len() as u64,
            gzip: gzip_len(&bytes)?,
        });
        all_wasm.push(bytes);
    }
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
    // A locale's main.ftl compiled in would hold its longest line verbatim: look in every module.
    let (mut locales_in_wasm, mut locale_assets, mut locales_not_assets) =
        (Vec::new(), Vec::new(), Vec::new());
    let mut locale_dirs: Vec<PathBuf> = std::fs::read_dir(root.join("locales"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("main.ftl").is_file())
        .collect();
    locale_dirs.sort();
    for dir in &locale_dirs {
        let ftl = std::fs::read_to_string(dir.join("main.ftl"))?;
        let code = file_name(dir);
        if longest_line(&ftl)
            .is_some_and(|line| all_wasm.iter().any(|w| contains(w, line.as_bytes())))
        {
            locales_in_wasm.push(code.clone());
        }
        match std::fs::read(dist.join("locales").join(&code).join("main.ftl")) {
            Ok(asset) if asset == ftl.as_bytes() => locale_assets.push(FileSize {
                name: code,
                raw: asset.len() as u64,
                gzip: gzip_len(&asset)?,
            }),
            _ => locales_not_assets.push(code),
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
        split,
        others,
        locales_in_wasm,
        locale_assets,
        locales_not_assets,
        stale,
    })
}

pub(super) fn list_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
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

pub(super) fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Newest modification time of a file or of any file below a directory.
pub(super) fn newest_mtime(p: &Path) -> Option<SystemTime> {
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
pub(super) fn gzip_len(bytes: &[u8]) -> Result<u64> {
    use std::io::Write as _;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len() as u64)
}

/// The longest non-comment line of a Fluent file: distinctive enough to prove it is embedded.
pub(super) fn longest_line(ftl: &str) -> Option<&str> {
    ftl.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && l.len() >= 8)
        .max_by_key(|l| l.len())
}

pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

// ------------------------------------------------------------------------------ 2. binary

/// The app binary to measure: the release build; in quick mode (CI, where the figures are not
/// quoted) the debug build that `cargo test --workspace --features reach-app/custom-protocol`
/// already made for the real-window tests, so that CI compiles no release tree just to keep
/// this benchmark from rotting.
pub(super) fn binary_sizes(root: &Path, quick: bool) -> Result<BinSizes> {
    // Always invoke cargo: a no-op when the binary is fresh, a rebuild when sources changed.
    let mut cmd = cargo();
    if quick {
        cmd.args(["test", "--workspace", "--locked", "--no-run"])
            .args(["--features", "reach-app/custom-protocol"]);
    } else {
        cmd.args(["build", "--profile", "app", "-p", "reach-app"])
            .args(["--features", "tauri/custom-protocol,env-overrides"]);
    }
    let status = cmd
        .current_dir(root)
        .env("PATH", tool_path(root))
        .status()
        .map_err(|e| format!("cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build of reach-app failed: {status}").into());
    }
    let path = target_dir(root)?.join(if quick {
        "debug/reach-app"
    } else {
        "app/reach-app"
    });
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
pub(super) fn target_dir(root: &Path) -> Result<PathBuf> {
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
