# Sourced by the scripts: shared environment. The target dir lives outside the clone so that
# CI (a fresh clone each time, on the same machine) reuses earlier builds.
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/reach-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# Every script works on its own on a fresh clone: before using a tool that scripts/setup.sh
# installs, a script checks for it with this, and when the check fails runs the set-up
# (idempotent) instead of failing half-way — Trunk, for one, would try to download a missing
# wasm-opt and die on a machine without general internet access.
#   ensure_setup "what is needed" check-command [args...]     e.g. ensure_setup "cc" have cc
ensure_setup() {
  local what=$1 root
  shift
  "$@" >/dev/null 2>&1 && return 0
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  printf '\033[1m[setup]\033[0m %s missing: running scripts/setup.sh first\n' "$what" >&2
  "$root/scripts/setup.sh"
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! "$@" >/dev/null 2>&1; then
    echo "$what still missing after scripts/setup.sh; see its output above" >&2
    return 1
  fi
}

# Whether every named command is on PATH (`command -v a b` succeeds when any one is).
have() {
  local c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || return 1; done
}
