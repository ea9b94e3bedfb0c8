#!/usr/bin/env bash
# Run every test layer of 维权导办; exit non-zero if any fails.
#   1. setup (installs what is missing)
#   2. native: cargo test --workspace (app SSR tests + the core crate's tests),
#      then the lint: cargo fmt --check, cargo doc, clippy, shellcheck and
#      eslint, warnings as errors
#   3. browser: wasm-bindgen-test in headless Chromium (tests/browser.rs)
#   4. release build into dist/ (scripts/build.sh), and the test bundle
#      with a deliberate panic into target/dist-test/ (--test-panic)
#   5. end to end: Playwright against the served release bundle (tests/e2e/)
# The last line sums the tests of all layers: "total: N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

LOGDIR="$(mktemp -d "${TMPDIR:-/tmp}/weiquan-test.XXXXXX")"
trap 'rm -rf "$LOGDIR"' EXIT
declare -a SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0
FAILED_LAYERS=0

# Sum "N passed; M failed" (cargo, wasm-bindgen-test) or "N passed, M failed"
# (e2e) lines of a layer's log.
count() {
  grep -aoE '[0-9]+ passed[;,] [0-9]+ failed' "$1" |
    awk '{ p += $1; f += $3 } END { printf "%d %d\n", p, f }'
}

layer() {
  local name="$1"
  shift
  local log="$LOGDIR/$name.log" start end rc p f
  printf '\n==> [%s] %s\n' "$name" "$*"
  start=$(date +%s)
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  end=$(date +%s)
  read -r p f < <(count "$log")
  # A layer that failed without reporting a failed test (e.g. a compile
  # error) still counts as one failure.
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  TOTAL_PASSED=$((TOTAL_PASSED + p))
  TOTAL_FAILED=$((TOTAL_FAILED + f))
  if [ "$rc" -eq 0 ]; then
    SUMMARY+=("ok      $name ($((end - start)) s; $p passed)")
  else
    FAILED_LAYERS=$((FAILED_LAYERS + 1))
    SUMMARY+=("FAILED  $name ($((end - start)) s; exit $rc; $p passed, $f failed)")
  fi
  return "$rc"
}

finish() {
  printf '\n==> summary\n'
  printf '  %s\n' "${SUMMARY[@]}"
  echo "total: $TOTAL_PASSED passed, $TOTAL_FAILED failed"
  [ "$FAILED_LAYERS" -eq 0 ] && [ "$TOTAL_FAILED" -eq 0 ]
  exit $?
}

# 1. Without the tools nothing else can run.
layer setup ./scripts/setup.sh || finish

# shellcheck source=scripts/env.sh
source scripts/env.sh

# 2. Native tests, then the lint: rustfmt's check (rustfmt.toml), the API
#    docs, clippy on every target and feature, shellcheck on the shell
#    scripts and eslint on the JavaScript, any warning an error.
#    clippy runs twice: on the native build, and on the wasm build for the
#    browser glue behind cfg(target_arch = "wasm32"). rustfmt and clippy
#    come with rustup's default profile (the Debian wasm path's clippy is
#    rust-web-clippy); a toolchain without one is said, not failed (rustup
#    cannot download components on our machines).
layer native cargo test --workspace --no-fail-fast
lint() {
  local rc=0
  if cargo fmt --version >/dev/null 2>&1; then
    cargo fmt --all --check || { echo "lint: run cargo fmt --all"; rc=1; }
  else
    echo "lint: rustfmt skipped: this toolchain has none (rustup component add rustfmt)"
  fi
  # The API docs build without a warning (broken links, stray HTML).
  RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet || rc=1
  if cargo clippy --version >/dev/null 2>&1; then
    cargo clippy --workspace --all-targets --all-features -- -D warnings || rc=1
  else
    echo "lint: clippy skipped: this toolchain has none (rustup component add clippy)"
  fi
  # The shell scripts, at shellcheck's warning level (its "info" notes
  # include functions it thinks unreachable, which `layer` calls).
  if command -v shellcheck >/dev/null 2>&1; then
    shellcheck -x -S warning scripts/*.sh .ci/run || rc=1
  else
    echo "lint: shellcheck skipped: not installed (scripts/setup.sh installs it with apt)"
  fi
  # The wasm build's own code (the browser glue behind cfg(target_arch =
  # "wasm32")): the app, the core and the in-browser tests.
  wasm_clippy -p weiquan -p weiquan-core --lib --bin weiquan --test browser --release --all-features -- -D warnings
  case $? in
    0) ;;
    2) echo "lint: clippy for wasm32 skipped: this wasm toolchain has none (scripts/setup.sh installs rust-web-clippy)" ;;
    *) rc=1 ;;
  esac
  # The JavaScript, shipped (loader, embed, frame, service worker) and tools
  # (eslint.config.mjs: the recommended rules; npm ci installs it).
  node_modules/.bin/eslint --max-warnings 0 . || rc=1
  return "$rc"
}
layer lint lint

# 3. In-browser tests: cargo runs the test wasm through wasm-bindgen-test-runner,
#    which drives headless Chromium via chromedriver (args: webdriver.json).
browser_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    wasm_cargo test --test browser
}
layer browser browser_tests

# 4 + 5. Release bundle, then end to end against it (and against the test
#    bundle with the deliberate panic, target/dist-test/: tests/e2e/panic.test.mjs).
if layer build ./scripts/build.sh; then
  layer build-test ./scripts/build.sh --test-panic
  layer e2e node tests/e2e/run.mjs
else
  SUMMARY+=("skipped e2e (no release build)")
  FAILED_LAYERS=$((FAILED_LAYERS + 1))
fi

finish
