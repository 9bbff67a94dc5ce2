#!/usr/bin/env bash
# Installs everything Reach needs on a fresh Debian/Ubuntu machine, idempotently, so that a
# newcomer (and CI on a bare machine) needs nothing done by hand. Safe to run again: each step
# checks first and does nothing when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# System packages: a C compiler for SQLite (bundled) and ring; WebKitGTK and friends for the
# Tauri app; Xvfb, WebKitWebDriver and Chromium for the app's real-browser and real-WebView tests;
# D-Bus, AT-SPI and Python's AT-SPI bindings for reading the real WebView's accessibility tree
# (what a screen reader gets); libdbus and GNOME Keyring for the device secret in the OS keyring
# (the Secret Service; its tests run against a real gnome-keyring-daemon); Node.js/npm for
# Playwright, axe-core and binaryen (wasm-opt); the Noto fonts every locale needs (docs/fonts.md);
# espeak-ng, the offline voice that reads the app aloud (crates/core/src/speech.rs).
need_pkgs=()
for p in build-essential pkg-config file libssl-dev libwebkit2gtk-4.1-dev \
         libayatana-appindicator3-dev librsvg2-dev webkit2gtk-driver xvfb xauth chromium imagemagick curl \
         dbus at-spi2-core gir1.2-atspi-2.0 python3-gi libdbus-1-dev gnome-keyring \
         fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji espeak-ng; do
  dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p")
done
# Node.js: keep whatever the machine has (it may come from another source than Debian, with
# its own npm); install Debian's only when there is none.
command -v npm >/dev/null 2>&1 || need_pkgs+=(nodejs npm)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing system packages: ${need_pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}"
fi

# Rust: rustup reads rust-toolchain.toml and installs the pinned toolchain on first use.
if ! command -v rustup >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/rustup" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    log "installing rustup (from Debian's package)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq rustup
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
log "toolchain: $(rustc --version)"

rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

# Cargo-installed tools, pinned. Each is checked by version so a rerun costs nothing.
# (trunk 0.22 needs a newer rustc; a debug build of trunk builds the UI just as fast and
# installs in a third of the time. wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock
# and cannot be installed --locked: its lock file wants a crate version the registry lacks.)
install_tool() { # name version cargo-args...
  local bin=$1 want=$2; shift 2
  # By --version where the tool has one, else by cargo's own record (tauri-driver has no
  # --version and was reinstalled on every run).
  if ! "$HOME/.cargo/bin/$bin" --version 2>/dev/null | grep -q "$want" \
     && ! { [ -x "$HOME/.cargo/bin/$bin" ] \
            && cargo install --list 2>/dev/null \
               | awk -v v=" v$want:" -v b="    $bin" \
                   '/^[^ ]/ { hit = (substr($0, length($0) - length(v) + 1) == v) }
                    hit && $0 == b { found = 1 } END { exit !found }'; }; then
    log "installing $bin $want (cached in ~/.cargo/bin afterwards)"
    CARGO_TARGET_DIR="$HOME/.cache/reach-tools-target" cargo install --quiet "$@"
  fi
}
install_tool trunk 0.21.14 --locked --debug trunk@0.21.14
install_tool wasm-bindgen 0.2.130 wasm-bindgen-cli@0.2.130
install_tool tauri-driver 2.1.0 --locked tauri-driver@2.1.0
# Splits the UI's wasm into the first load and the screens (scripts/ui-wasm.sh); the same
# splitter cargo-leptos runs for Leptos's #[lazy], as a command (~1 min).
install_tool wasm-split-cli 0.2.4 --locked --features build-binary wasm_split_cli_support@0.2.4
# Licences, bans, duplicate versions and sources of the dependency tree (deny.toml;
# docs/dependencies.md).
install_tool cargo-deny 0.20.2 --locked cargo-deny@0.20.2

# npm packages for the UI's tests and wasm-opt, from package-lock.json.
if [ -f package.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
