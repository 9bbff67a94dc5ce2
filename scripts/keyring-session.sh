#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own GNOME Keyring (Secret Service),
# unlocked with a known password: what the OS-keyring tests need, with no desktop and without
# touching anyone's real keyring.
#
#   scripts/keyring-session.sh KEYRING_DIR -- command [args...]
#
# The keyring files live in KEYRING_DIR/keyrings (created if missing). Give a new, empty
# directory for a fresh keyring; give the same directory again to reopen the same keyring in a
# later session (the copied-folder test does both). Needs dbus-run-session and
# gnome-keyring-daemon: scripts/setup.sh installs them, and is run first when one is missing.
set -euo pipefail
[ $# -ge 3 ] && [ "$2" = "--" ] || { echo "usage: $0 KEYRING_DIR -- command [args...]" >&2; exit 2; }
. "$(dirname "$0")/env.sh"
ensure_setup "dbus-run-session or gnome-keyring-daemon" have dbus-run-session gnome-keyring-daemon
dir=$(mkdir -p "$1" && cd "$1" && pwd); shift 2
runtime=$(mktemp -d)   # the daemon's control socket; one per session, so sessions never meet
trap 'rm -rf "$runtime"' EXIT
mkdir -p "$dir/keyrings"
export XDG_DATA_HOME="$dir" XDG_RUNTIME_DIR="$runtime"
# Inside the session: start the daemon with only the Secret Service, create or unlock the
# "login" keyring with the known password (it becomes the default collection), run the command.
# The daemon leaves when the session's bus goes away.
dbus-run-session -- bash -c '
  set -euo pipefail
  printf %s "${REACH_TEST_KEYRING_PASSWORD:-reach-test}" \
    | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
  exec "$@"
' keyring-session "$@" 2> >(grep -v "Failed to set fd limit" >&2)
