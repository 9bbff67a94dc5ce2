#!/usr/bin/env bash
# Sets everything up, then runs every check and test: formatting, lints, and the whole
# workspace's tests (unit, property, the real hotline on loopback, fault injection, crash
# recovery, forensics). Benchmarks are compiled and run once in quick mode so they cannot rot.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "lints"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "tests"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace --locked 2>&1 | tee "$log"
summary=$(awk '/^test result:/ { p += $4; f += $6; i += $8 } END { printf "%d passed, %d failed, %d skipped", p, f, i }' "$log")
step "benchmarks (quick run, figures are not asserted)"
cargo run --quiet --release --locked -p xtask -- bench --quick

step "summary"
echo "$summary"
