#!/usr/bin/env bash
# Sets everything up, then runs the main job: a reference hotline on an embedded SQLite with fresh
# keys, plus a short demo that queues requests offline and delivers them once it is reachable.
# Extra arguments go to `xtask demo` (e.g. `--exit` to stop after the demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
exec cargo run --quiet --release -p xtask -- demo "$@"
