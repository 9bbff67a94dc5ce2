#!/usr/bin/env bash
# Sets everything up, then runs every check and test: formatting, lints, the dependency tree
# (cargo-deny: licences, bans, duplicate versions, sources), the whole workspace's
# tests (unit, property, the real hotline on loopback, fault injection, crash recovery,
# forensics, the app's commands on Tauri's mock runtime), the device secret in a real GNOME
# Keyring (private D-Bus sessions; a copied data folder in another keyring), the UI in headless
# Chromium with the IPC mocked (Playwright + axe-core), and the real app in WebKitGTK under Xvfb through
# tauri-driver, with its accessibility tree read over AT-SPI (what a screen reader gets).
# Benchmarks run once in quick mode so they cannot rot (figures not asserted).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
export PATH="$PWD/node_modules/.bin:$PATH"

# Each step says when it began (seconds since this script started), so a slow step shows in CI's log.
step() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$SECONDS"; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "format"
cargo fmt --all -- --check
step "UI build (Trunk, release)"
scripts/build-ui.sh
step "lints"
cargo clippy --workspace --all-targets --locked --features reach-app/custom-protocol -- -D warnings
step "API docs (rustdoc: no broken or private links in the libraries' docs)"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p reach-contract -p reach-core -p reach-hotline
step "dependencies: licences, bans, duplicate versions, sources (cargo-deny; advisories: docs/dependencies.md)"
# One deny.toml for both workspaces, so a skip or licence that only the other one needs is
# expected here, not a finding.
deny_check() { cargo deny --locked "$@" check -A unmatched-skip -A unmatched-skip-root \
  -A unnecessary-skip -A license-not-encountered -A license-exception-not-encountered \
  bans licenses sources; }
deny_check
deny_check --manifest-path fuzz/Cargo.toml
step "tests"
# With the embedded UI (custom-protocol): the real-app step below reuses this very build instead
# of compiling Tauri and the app's tests a second time.
cargo test --workspace --locked --features reach-app/custom-protocol 2>&1 | tee -a "$log"
step "fuzzing (each parser ~15 s; long runs and results: docs/fuzzing.md)"
scripts/fuzz.sh --quick
step "device secret in a real OS keyring (gnome-keyring-daemon in private D-Bus sessions; a copied folder in another keyring)"
# The os_keyring binary of the tests step's own build (reach-app turns on reach-core's keyring
# feature there), run as it is: `cargo test -p reach-core --features keyring` would unify other
# features and recompile reach-core and much of its tree (~2.5 min on a cold run).
keyring_tests=$(cargo test --workspace --locked --features reach-app/custom-protocol --no-run \
  --message-format=json 2>/dev/null | node -e '
    let out = ""; process.stdin.on("data", (d) => { out += d; }).on("end", () => {
      const hits = out.split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((m) =>
        m.reason === "compiler-artifact" && m.target?.name === "os_keyring" && m.executable);
      if (hits.length !== 1) { console.error(`os_keyring test binary: ${hits.length} found`); process.exit(1); }
      console.log(hits[0].executable);
    });')
(cd crates/core && ../../scripts/keyring-session.sh "$(mktemp -d)" -- "$keyring_tests" --ignored \
  --test-threads=1) 2>&1 \
  | tee -a "$log"
step "UI in headless Chromium (IPC mocked): flow in en and ar, axe-core, screenshots in target/ui-screenshots; the staff inbox through xtask demo"
# Three test files at a time (node's default on two cores is one): each waits on its browser
# much of the time. One file at a time took 146 s, two 110 s, three 92 s (four: 97 s, the two
# cores are then busy); same 50 tests.
node --test --test-concurrency=3 ui/tests/ 2>&1 | tee -a "$log"
step "the real app in WebKitGTK under Xvfb (tauri-driver), and its AT-SPI tree (what Orca reads)"
# Exactly the tests step's command (same packages, targets and features), so this reuses that
# build: selecting `-p reach-app` or `--test it` changes which dependencies' features are unified
# and recompiles a good part of the tree (seen: ~6 min on a cold run). The name filters pick the
# app binary's real-window tests; every other binary starts and runs none.
xvfb-run -a cargo test --workspace --locked --features reach-app/custom-protocol \
  -- --ignored --test-threads=1 webdriver:: atspi:: 2>&1 | tee -a "$log"
step "benchmarks (quick run, debug build; figures are printed, not asserted)"
# The xtask and app binaries of the tests step's build (xtask/tests/cli.rs makes it build the
# xtask binary): no release tree is compiled here. The figures worth quoting come from the full
# runs in release (`cargo run --release -p xtask -- bench | bench-inbox | bench-app`).
xtask="$CARGO_TARGET_DIR/debug/xtask"
cargo test --workspace --locked --features reach-app/custom-protocol --no-run --quiet
"$xtask" bench --quick
"$xtask" bench-inbox --quick
"$xtask" bench-speech --quick
"$xtask" bench-app --quick

step "summary"
# A Rust test marked #[ignore] (the real keyring, the real window) is counted once, where it
# ran: its "ignored" in the tests step is not a skip when a later step ran it (same name, a
# verdict of ok or FAILED). One that no step ran stays skipped.
awk '/^test result:/ { p += $4; f += $6; i += $8 }
     /^# pass / { p += $3 } /^# fail / { f += $3 } /^# skipped / { i += $3 }
     /^test .* \.\.\. ignored/ { ignored[$2] = 1 }
     /^test .* \.\.\. (ok|FAILED)$/ { ran[$2] = 1 }
     # A test whose children print (the keyring phases) has its verdict on a line of its own.
     /^test [^ ]+ \.\.\. $/ { open_test = $2 }
     /^(ok|FAILED)$/ && open_test != "" { ran[open_test] = 1; open_test = "" }
     END { later = 0; for (t in ignored) if (t in ran) later++
           printf "%d passed, %d failed, %d skipped (%d ignored by the tests step, run by a later one)\n", p, f, i - later, later }' "$log"
echo "in $SECONDS s"
