#!/usr/bin/env bash
# Installs everything Reach needs on a fresh Debian/Ubuntu machine, idempotently, so that a
# newcomer (and CI on a bare machine) needs nothing done by hand. Safe to run again: each step
# checks first and does nothing when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# System packages: a C compiler for SQLite (bundled) and ring.
need_pkgs=()
for p in build-essential pkg-config; do
  dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing system packages: ${need_pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}"
fi

# Rust: rustup reads rust-toolchain.toml and installs the pinned toolchain on first use.
if ! command -v rustup >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/rustup" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    log "installing rustup (from Debian's package)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq rustup
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
log "toolchain: $(rustc --version)"
