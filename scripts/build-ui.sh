#!/usr/bin/env bash
# Builds the UI with Trunk (release, all locales embedded). wasm-opt comes from npm's binaryen
# 132 (node_modules/.bin first on PATH) — never Debian's binaryen, whose output WebKitGTK
# refuses (a blank window) although Chromium accepts it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
export PATH="$PWD/node_modules/.bin:$PATH"
(cd ui && trunk build --release)
