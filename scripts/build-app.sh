#!/usr/bin/env bash
# Builds the UI and the self-contained release app binary ($CARGO_TARGET_DIR/release/reach-app),
# with `env-overrides` so that the demo can point it at its local hotline and data folder (a
# build for people leaves the feature off: it then ignores REACH_DATA_DIR and
# REACH_HOTLINE_PROFILE).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/build-ui.sh
cargo build --release --locked -p reach-app --features tauri/custom-protocol,env-overrides
