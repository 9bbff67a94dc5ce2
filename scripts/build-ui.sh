#!/usr/bin/env bash
# Builds the UI with Trunk (release); the wasm is built by scripts/ui-wasm.sh, Trunk's
# post_build hook. wasm-opt comes from npm's binaryen 132 (node_modules/.bin first on PATH) —
# never Debian's binaryen, whose output WebKitGTK refuses (a blank window) although Chromium
# accepts it (docs/toolchain.md, trap 1).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
export PATH="$PWD/node_modules/.bin:$PATH"

# Trunk downloads any tool it cannot find at the version ui/Trunk.toml names, and that fails
# here: check for each first (scripts/setup.sh installs them).
ui_tools_ready() {
  local bindgen
  bindgen=$(sed -n 's/^wasm_bindgen = "\(.*\)"$/\1/p' ui/Trunk.toml)
  have trunk wasm-split-cli \
    && [[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $bindgen"* ]] \
    && [ -x node_modules/.bin/wasm-opt ] \
    && [[ "$(rustup target list --installed 2>/dev/null)" == *wasm32-unknown-unknown* ]]
}
ensure_setup "trunk, wasm-split-cli, wasm-bindgen, npm's wasm-opt or the wasm32 target" ui_tools_ready

(cd ui && trunk build --release)
