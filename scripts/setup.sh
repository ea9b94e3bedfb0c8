#!/usr/bin/env bash
# Install what building and testing 维权导办 needs, and only what is missing.
# Idempotent; takes seconds when everything is present. Never waits on a
# blocked download: every network step has a time limit.
#
#   - wasm32 std: rustup's target if installed, else Debian's rustc-web path
#     (rustc-web cargo-web rust-web-src lld-22; std is built with build-std),
#     with rust-web-clippy for the lint layer where apt-get runs as root
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock
#   - npm tools from package-lock.json (npm ci): wasm-opt, esbuild, playwright-core, axe, eslint
#   - Debian chromium, chromium-driver, fonts-noto-cjk (browser tests)
#
# Knobs: WASM_TOOLCHAIN_PREFER=rustup tries `rustup target add` (time-boxed)
# before the Debian path. SKIP_BROWSERS=1 skips the browser packages.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WEIQUAN_ROOT"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

# --- apt helpers -------------------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
fi

pkg_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

APT_UPDATED=""
apt_install() {
  local missing=()
  for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    die "need root (or passwordless sudo) to install: ${missing[*]}"
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$APT_UPDATED" ]; then
    say "apt-get update"
    timeout 600 $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq </dev/null ||
      die "apt-get update failed or timed out"
    APT_UPDATED=1
  fi
  say "apt-get install ${missing[*]}"
  timeout 1800 $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" </dev/null ||
    die "apt-get install ${missing[*]} failed or timed out"
}

# --- 1. host Rust ------------------------------------------------------------
command -v cargo >/dev/null 2>&1 || die "cargo not found (install Rust with rustup)"

# --- 2. wasm32 toolchain -----------------------------------------------------
if [ "$WASM_TOOLCHAIN" = none ] && [ "${WASM_TOOLCHAIN_PREFER:-}" = rustup ] &&
  command -v rustup >/dev/null 2>&1; then
  say "trying rustup target add $WASM_TARGET (120 s limit)"
  timeout 120 rustup target add "$WASM_TARGET" </dev/null || say "rustup target add failed or timed out"
  detect_wasm_toolchain
fi
if [ "$WASM_TOOLCHAIN" = none ]; then
  # rustup cannot download targets on these machines; Debian's rustc-web can
  # build std for wasm32 from source.
  apt_install rustc-web cargo-web rust-web-src lld-22
  detect_wasm_toolchain
  [ "$WASM_TOOLCHAIN" != none ] || die "no wasm32 toolchain after installing rustc-web"
fi
say "wasm32 toolchain: $WASM_TOOLCHAIN"

# --- 2b. linters for scripts/test.sh's lint layer -----------------------------
# Optional: without apt-get as root, the lint layer says it skips them.
can_apt() { command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; }; }
# The shell scripts' linter (~1 MB).
if command -v shellcheck >/dev/null 2>&1; then
  :
elif can_apt; then
  apt_install shellcheck
else
  say "shellcheck not installed (needs apt-get as root)"
fi
# clippy for the Debian wasm path (the same version as rustc-web; ~15 MB).
if [ "$WASM_TOOLCHAIN" = debian ] && [ ! -x "$DEBIAN_CLIPPY" ]; then
  if can_apt; then
    apt_install rust-web-clippy
  else
    say "rust-web-clippy not installed (needs apt-get as root)"
  fi
fi

# --- 3. browsers -------------------------------------------------------------
if [ -z "${SKIP_BROWSERS:-}" ]; then
  apt_install chromium chromium-driver fonts-noto-cjk
  # deploy/nginx.conf is tested with Debian's nginx and brotli module (~0.7 MB;
  # tests/e2e/nginx.test.mjs runs nginx itself, the service is never started).
  apt_install nginx libnginx-mod-http-brotli-static
fi

# --- 4. wasm-bindgen CLI, same version as Cargo.lock --------------------------
if [ ! -f Cargo.lock ]; then
  say "generating Cargo.lock"
  timeout 600 cargo generate-lockfile
fi
WB_VERSION="$(lock_version wasm-bindgen)"
[ -n "$WB_VERSION" ] || die "wasm-bindgen not found in Cargo.lock"
have_wb=""
if command -v wasm-bindgen >/dev/null 2>&1 && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  have_wb="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
fi
if [ "$have_wb" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (found: ${have_wb:-none}); takes ~2-3 min"
  # --locked first (the CLI's own tested lockfile). If a crate it locks is not
  # on the registry (seen: webpki-roots 1.0.11), resolve afresh.
  if ! timeout 1500 cargo install wasm-bindgen-cli --version "=$WB_VERSION" --locked </dev/null; then
    say "locked install failed; retrying without --locked"
    timeout 1500 cargo install wasm-bindgen-cli --version "=$WB_VERSION" </dev/null ||
      die "cargo install wasm-bindgen-cli $WB_VERSION failed"
  fi
fi
say "wasm-bindgen $(wasm-bindgen --version | awk '{print $2}')"

# --- 5. npm tools ------------------------------------------------------------
command -v npm >/dev/null 2>&1 || die "npm not found (need Node.js >= 20)"
LOCK_HASH="$(sha256sum package-lock.json | cut -d' ' -f1)"
STAMP=node_modules/.weiquan-lock.sha256
if [ "$(cat "$STAMP" 2>/dev/null)" != "$LOCK_HASH" ] || [ ! -x node_modules/.bin/wasm-opt ] ||
  [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/esbuild ]; then
  say "npm ci"
  timeout 900 npm ci --no-audit --no-fund --loglevel=error </dev/null || die "npm ci failed"
  echo "$LOCK_HASH" >"$STAMP"
fi
say "wasm-opt $(wasm-opt --version | awk '{print $3}'), playwright-core $(node -p 'require("playwright-core/package.json").version')"

say "ready; environment (from scripts/env.sh):"
print_env | sed 's/^/  /'
