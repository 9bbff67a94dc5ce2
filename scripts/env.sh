# Sourced by the scripts: shared environment. The target dir lives outside the clone so that
# CI (a fresh clone each time, on the same machine) reuses earlier builds.
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/reach-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
