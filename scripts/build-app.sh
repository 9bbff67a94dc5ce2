#!/usr/bin/env bash
# Builds the UI and the self-contained release app binary ($CARGO_TARGET_DIR/release/reach-app).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/build-ui.sh
cargo build --release --locked -p reach-app --features tauri/custom-protocol
