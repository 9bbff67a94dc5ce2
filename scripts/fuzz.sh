#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input in reach-core with cargo-fuzz (libFuzzer) on the pinned
# stable toolchain; see docs/fuzzing.md. Installs cargo-fuzz (pinned) on first use.
#
#   scripts/fuzz.sh --quick                  every target for 15 s, one per core (CI: ~45 s built)
#   scripts/fuzz.sh --runs 10000000          every target for 10 million runs (the long run)
#   scripts/fuzz.sh --time 600 referral      one target for 10 minutes
#
# Targets run side by side, one per core (FUZZ_JOBS=1 for one at a time). Prints one line per target
# and exits non-zero if any target crashed, leaked, timed out or failed to start; the crashing
# input is kept in fuzz/artifacts/<target>/ and the full output in $FUZZ_LOG_DIR/fuzz-<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
ALL_TARGETS=(envelope batch receipt referral profile)
# Longest input per target: enough for the 16 KiB envelope size, a batch of those, and a
# referral up to its 60 KiB cap, so that every length limit is within reach.
declare -A MAX_LEN=([envelope]=17000 [batch]=40000 [receipt]=4096 [referral]=65536 [profile]=8192)

log() { printf '\033[1m[fuzz]\033[0m %s\n' "$*" >&2; }
usage() { sed -n '2,11s/^# \{0,1\}//p' "$0" >&2; exit 2; }

limit=()
mode=""
targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --quick) limit=(-max_total_time=15) mode="15 s each" ;;
    --runs) [ $# -ge 2 ] || usage; limit=("-runs=$2") mode="$2 runs each"; shift ;;
    --time) [ $# -ge 2 ] || usage; limit=("-max_total_time=$2") mode="$2 s each"; shift ;;
    -h|--help) usage ;;
    -*) usage ;;
    *) targets+=("$1") ;;
  esac
  shift
done
[ ${#limit[@]} -gt 0 ] || usage
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")
for t in "${targets[@]}"; do
  [ -n "${MAX_LEN[$t]:-}" ] || { log "unknown target '$t' (known: ${ALL_TARGETS[*]})"; exit 2; }
done

. scripts/env.sh
# libFuzzer is C++ built by the fuzz targets' build script.
ensure_setup "the Rust toolchain or a C/C++ compiler" have rustup cc c++
if ! cargo fuzz --version 2>/dev/null | grep -qx "cargo-fuzz $CARGO_FUZZ_VERSION"; then
  log "installing cargo-fuzz $CARGO_FUZZ_VERSION (cached in ~/.cargo/bin afterwards)"
  CARGO_TARGET_DIR="$HOME/.cache/reach-tools-target" \
    cargo install --quiet --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi

# No sanitizer: reach-core is safe Rust, so bounds errors are panics already; AddressSanitizer
# would only add checks of the dependencies' unsafe code, at a cost in speed, and needs -Z flags
# (nightly). Release build with debug assertions and overflow checks, so arithmetic overflow on
# a length is a crash too. See docs/fuzzing.md.
FUZZ_FLAGS=(--sanitizer none --release --debug-assertions)
log "building the fuzz targets ($(rustc --version))"
# cargo fuzz has no --locked; this refuses a fuzz/Cargo.lock that would need changing.
cargo metadata --locked --format-version 1 --manifest-path fuzz/Cargo.toml >/dev/null
cargo fuzz build "${FUZZ_FLAGS[@]}"

logdir=${FUZZ_LOG_DIR:-${TMPDIR:-/tmp}}
mkdir -p "$logdir"
log "fuzzing ${#targets[@]} target(s), $mode; logs in $logdir/fuzz-<target>.log"
# One target; its result line goes to $logdir/fuzz-<target>.result (printed in order below).
fuzz_one() {
  local t=$1 out="$logdir/fuzz-$1.log" dict=() start status=0 secs runs rate result artifact
  [ -f "fuzz/dict/$t.dict" ] && dict=("-dict=fuzz/dict/$t.dict")
  start=$(date +%s)
  cargo fuzz run "${FUZZ_FLAGS[@]}" "$t" -- "${limit[@]}" "${dict[@]}" \
    -max_len="${MAX_LEN[$t]}" -timeout=10 -print_final_stats=1 >"$out" 2>&1 || status=$?
  secs=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out" | tail -1)
  if [ "$status" -eq 0 ]; then
    result=ok
  else
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$out" | tail -1)
    result="FAILED (exit $status${artifact:+, input: $artifact}; see $out)"
  fi
  printf '%-9s %12s runs  %8s exec/s  %5ss  %s\n' "$t" "${runs:-?}" "${rate:-?}" "$secs" "$result" \
    >"$logdir/fuzz-$t.result"
}

# Targets run side by side, one per core (FUZZ_JOBS to change): each libFuzzer process is
# single-threaded, so on two cores the quick run takes half the wall time for the same work.
jobs=${FUZZ_JOBS:-$(nproc)}
running=0
for t in "${targets[@]}"; do
  rm -f "$logdir/fuzz-$t.result"
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait
failed=0
for t in "${targets[@]}"; do
  if [ -f "$logdir/fuzz-$t.result" ]; then
    cat "$logdir/fuzz-$t.result"
    grep -q ' ok$' "$logdir/fuzz-$t.result" || failed=1
  else
    printf '%-9s no result (see %s)\n' "$t" "$logdir/fuzz-$t.log"
    failed=1
  fi
done
exit $failed
