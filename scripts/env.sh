# shellcheck shell=bash
# Shared environment for setup.sh, build.sh, serve.sh and test.sh.
# Source it; it only sets variables and defines functions (no installs).
#
#   WEIQUAN_ROOT       repo root
#   WASM_TARGET_DIR    CARGO_TARGET_DIR for wasm builds (target/wasm), kept
#                      apart from the native target/ so neither invalidates
#                      the other
#   WASM_TOOLCHAIN     "rustup" (rustup's wasm32 target is installed),
#                      "debian" (Debian rustc-web + build-std), or "none"
#   wasm_cargo ARGS    cargo for wasm32-unknown-unknown with the right env
#   lock_version NAME  version of a crate in Cargo.lock

WEIQUAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WEIQUAN_ROOT

WASM_TARGET=wasm32-unknown-unknown
WASM_TARGET_DIR="$WEIQUAN_ROOT/target/wasm"
export WASM_TARGET WASM_TARGET_DIR

# rustup's cargo (host builds, cargo install) and the wasm-bindgen CLI live in
# ~/.cargo/bin; npm's tools (wasm-opt) in node_modules/.bin.
case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) PATH="$HOME/.cargo/bin:$PATH" ;; esac
case ":$PATH:" in *":$WEIQUAN_ROOT/node_modules/.bin:"*) ;; *) PATH="$WEIQUAN_ROOT/node_modules/.bin:$PATH" ;; esac
export PATH

# Debian's wasm-capable compiler (packages rustc-web cargo-web rust-web-src lld-22).
DEBIAN_RUSTC=/usr/bin/rustc
DEBIAN_CARGO=/usr/bin/cargo
DEBIAN_CLIPPY=/usr/bin/cargo-clippy
DEBIAN_RUST_SRC=/usr/lib/rustlib/src/rust/library
DEBIAN_WASM_LD=wasm-ld-22

# Browser test driver (wasm-bindgen-test-runner) and Playwright's browser.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$WEIQUAN_ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

rustup_has_wasm_target() {
  command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"
}

debian_wasm_toolchain_present() {
  [ -x "$DEBIAN_RUSTC" ] && [ -x "$DEBIAN_CARGO" ] &&
    [ -d "$DEBIAN_RUST_SRC/std" ] && command -v "$DEBIAN_WASM_LD" >/dev/null 2>&1
}

detect_wasm_toolchain() {
  if rustup_has_wasm_target; then
    WASM_TOOLCHAIN=rustup
  elif debian_wasm_toolchain_present; then
    WASM_TOOLCHAIN=debian
  else
    WASM_TOOLCHAIN=none
  fi
  export WASM_TOOLCHAIN
}
detect_wasm_toolchain

# cargo for the wasm target. Env is set for this command only, so native
# `cargo test` never sees build-std or the Debian compiler.
# CARGO_PROFILE_RELEASE_STRIP=debuginfo: Cargo.toml's `strip = true` also
# drops the wasm `target_features` section that wasm-bindgen reads to pick
# the right glue (it warns about it); wasm-opt strips the rest afterwards.
# The remapped paths make the bundle reproducible: the same source gives the
# same file hashes whatever folder it is checked out in (panic locations
# would otherwise embed the absolute path).
WASM_RUSTFLAGS="--remap-path-prefix=$WEIQUAN_ROOT=/weiquan --remap-path-prefix=$HOME=/home"
# Debian path only (its std is built from source with RUSTC_BOOTSTRAP, so
# these unstable options reach std too; rustup's stable path cannot take
# them): std's size-optimised algorithms (build-std feature
# optimize_for_size), no file/line/column in panic messages
# (-Zlocation-detail=none; the console message keeps its text), and `{:?}`
# formatting compiled out (-Zfmt-debug=none; Debug output is only used in
# assertion messages and developers' error details, never shown to a
# person). Together 6,428 B brotli off the wasm at 5fea55c.
WASM_SIZE_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none"
wasm_cargo() {
  local sub="$1"
  shift
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_RUSTFLAGS"
  case "$WASM_TOOLCHAIN" in
    rustup)
      CARGO_TARGET_DIR="$WASM_TARGET_DIR" CARGO_PROFILE_RELEASE_STRIP=debuginfo \
        cargo "$sub" --target "$WASM_TARGET" "$@"
      ;;
    debian)
      CARGO_TARGET_DIR="$WASM_TARGET_DIR" CARGO_PROFILE_RELEASE_STRIP=debuginfo \
        RUSTC="$DEBIAN_RUSTC" RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
        CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
        CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_RUSTFLAGS $WASM_SIZE_RUSTFLAGS" \
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$DEBIAN_WASM_LD" \
        "$DEBIAN_CARGO" "$sub" --target "$WASM_TARGET" "$@"
      ;;
    *)
      echo "error: no wasm32 toolchain; run ./scripts/setup.sh" >&2
      return 1
      ;;
  esac
}

# clippy on the wasm build (scripts/test.sh's lint layer): the code behind
# cfg(target_arch = "wasm32"), which the native clippy never sees. Debian's
# rust-web-clippy matches its rustc-web (scripts/setup.sh installs it where
# it can); its cargo finds it by PATH. Returns 2 when there is none.
wasm_clippy() {
  case "$WASM_TOOLCHAIN" in
    rustup)
      cargo clippy --version >/dev/null 2>&1 || return 2
      wasm_cargo clippy "$@"
      ;;
    debian)
      [ -x "$DEBIAN_CLIPPY" ] || return 2
      PATH="$(dirname "$DEBIAN_CLIPPY"):$PATH" wasm_cargo clippy "$@"
      ;;
    *) return 2 ;;
  esac
}

lock_version() {
  awk -v n="$1" '
    $0 == "name = \"" n "\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "$WEIQUAN_ROOT/Cargo.lock"
}

print_env() {
  echo "WEIQUAN_ROOT=$WEIQUAN_ROOT"
  echo "WASM_TOOLCHAIN=$WASM_TOOLCHAIN"
  echo "WASM_TARGET_DIR=$WASM_TARGET_DIR"
  echo "CHROMEDRIVER=$CHROMEDRIVER"
  echo "CHROMIUM=$CHROMIUM"
  echo "WASM_BINDGEN_TEST_WEBDRIVER_JSON=$WASM_BINDGEN_TEST_WEBDRIVER_JSON"
  echo "PATH+=$HOME/.cargo/bin:$WEIQUAN_ROOT/node_modules/.bin"
}
