#!/usr/bin/env bash
# Sets everything up, then runs the main job: a local reference hotline (embedded SQLite, fresh
# keys) with a short demo that queues requests offline and delivers them, and then the Reach app
# itself, pointed at that hotline — under Xvfb when there is no display, in which case a
# screenshot of the window is saved every few seconds to .reach-demo/app-screen.png.
#   scripts/run.sh            the demo, then the app (close the window or Ctrl-C to stop)
#   scripts/run.sh --no-app   only the hotline and the demo (the hotline keeps serving)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

with_app=1
args=()
for a in "$@"; do
  case "$a" in
    --no-app) with_app=0 ;;
    *) args+=("$a") ;;
  esac
done
if [ "$with_app" = 0 ]; then
  exec cargo run --quiet --release -p xtask -- demo "${args[@]}"
fi

scripts/build-app.sh

# The hotline and the demo; the hotline keeps serving on 127.0.0.1:8787 in the background.
cargo build --quiet --release -p xtask
"$CARGO_TARGET_DIR/release/xtask" demo "${args[@]}" &
hotline=$!
trap 'kill $hotline 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  [ -f .reach-demo/hotline/profile.json ] && curl -fs http://127.0.0.1:8787/v1/profile >/dev/null 2>&1 && break
  kill -0 $hotline 2>/dev/null || { echo "the hotline did not start" >&2; exit 1; }
  sleep 0.2
done

echo
echo "Starting the app (it looks like a calculator). Its data: .reach-demo/app"
mkdir -p .reach-demo/app
export REACH_DATA_DIR="$PWD/.reach-demo/app"
export REACH_HOTLINE_PROFILE="$PWD/.reach-demo/hotline/profile.json"
app="$CARGO_TARGET_DIR/app/reach-app"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  "$app"
else
  # No desktop, so no keyring to unlock: the device secret goes in the file fallback (the app's
  # Settings then says "less protected on this device").
  export REACH_DEVICE_SECRET=file
  echo "No display: running under Xvfb; screenshots go to .reach-demo/app-screen.png"
  xvfb-run -a -s "-screen 0 480x900x24" bash -c '
    "$0" & app=$!
    while kill -0 $app 2>/dev/null; do
      sleep 3
      command -v import >/dev/null && import -window root .reach-demo/app-screen.png 2>/dev/null || true
    done' "$app"
fi
