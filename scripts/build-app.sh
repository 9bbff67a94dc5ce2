#!/usr/bin/env bash
# Builds the UI and the self-contained release app binary ($CARGO_TARGET_DIR/app/reach-app),
# with `env-overrides` so that the demo can point it at its local hotline and data folder (a
# build for people leaves the feature off: it then ignores REACH_DATA_DIR and
# REACH_HOTLINE_PROFILE).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
ensure_setup "WebKitGTK's development files" pkg-config --exists webkit2gtk-4.1 javascriptcoregtk-4.1
scripts/build-ui.sh
cargo build --profile app --locked -p reach-app --features tauri/custom-protocol,env-overrides
