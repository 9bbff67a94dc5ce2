#!/usr/bin/env bash
# Builds the UI's wasm in two modules; Trunk runs this as its post_build hook (ui/Trunk.toml)
# and copies nothing else of Rust's.
#
# Why not Trunk's own `rel="rust"` step: the screens behind the PIN are split into a second
# module that is loaded only when the app opens (`#[wasm_split]` in ui/src/app.rs), so the
# calculator disguise starts from a smaller wasm. The split must run between `cargo build` and
# wasm-bindgen, and Trunk has no step there. The order is the one cargo-leptos uses for
# Leptos's own `#[lazy]`: cargo build (with --emit-relocs, .cargo/config.toml) → wasm-split-cli
# → wasm-bindgen --keep-lld-exports → wasm-opt on every module.
#
# Writes into Trunk's staging dir: reach-ui.js, reach-ui_bg.wasm (the first load),
# __wasm_split.js (the loader), split_*.wasm (the screens) and boot.js, which starts it all;
# then scripts/ui-integrity.mjs gives each its integrity hash (ADR 0009).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/env.sh"
export PATH="$root/node_modules/.bin:$PATH"

ensure_setup "wasm-split-cli" have wasm-split-cli wasm-bindgen
out=${TRUNK_STAGING_DIR:?run by trunk (ui/Trunk.toml), which sets TRUNK_STAGING_DIR}
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  profile=wasm-release dir=wasm-release
else
  profile=dev dir=debug
fi

cargo build --quiet -p reach-ui --bin reach-ui --target wasm32-unknown-unknown --profile "$profile"
input="$CARGO_TARGET_DIR/wasm32-unknown-unknown/$dir/reach-ui.wasm"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$input" "$work/split" --out-name reach-ui --target web
wasm-bindgen --target web --keep-lld-exports --no-demangle \
  --out-dir "$work/bindgen" --out-name reach-ui "$work/split/reach-ui.wasm"

cp "$work/bindgen/reach-ui.js" "$work/bindgen/reach-ui_bg.wasm" "$work/split/__wasm_split.js" "$out/"
cp "$work/split/"split_*.wasm "$out/"
if [ "$profile" = wasm-release ]; then
  # npm's binaryen 132, never Debian's 108 (docs/toolchain.md, trap 1). The features are the
  # ones rustc's wasm32 target enables, which wasm-opt reads from the module itself.
  for wasm in "$out/reach-ui_bg.wasm" "$out"/split_*.wasm; do
    wasm-opt -Oz "$wasm" -o "$wasm"
  done
fi

# Trunk leaves the (skipped) rust link in the page; it means nothing to a browser: drop it.
sed -i 's|<link data-trunk[^>]*data-trunk-skip[^>]*>||' "$out/index.html"
node "$root/scripts/ui-integrity.mjs" "$out"
