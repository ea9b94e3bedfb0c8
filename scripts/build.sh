#!/usr/bin/env bash
# Release build of 维权导办 into dist/:
#   cargo (wasm32, release) -> wasm-bindgen --target web -> wasm-opt -Oz --converge
#   -> scripts/bundle.mjs (content-hashed names, index.html, .gz/.br copies)
# Needs the tools from ./scripts/setup.sh.
#
#   ./scripts/build.sh               production bundle -> dist/
#   ./scripts/build.sh --test-panic  test bundle -> target/dist-test/ (cargo feature
#                                    `test-panic`: a deliberate panic for the
#                                    recovery-screen e2e test; never in dist/)
# WEIQUAN_PARENT_ORIGIN="https://a.example https://b.example" sets the host
# pages frame.html reports its height to (see deploy/README.md).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WEIQUAN_ROOT"

say() { printf '[build] %s\n' "$*"; }

FEATURES=()
DIST="$WEIQUAN_ROOT/dist"
OUT="$WASM_TARGET_DIR/bindgen"
case "${1:-}" in
  "") ;;
  --test-panic)
    FEATURES=(--features test-panic)
    # Same cargo target dir as the production build, so only this crate is
    # recompiled (~1 min) instead of std and every dependency (~10 min cold).
    # The two builds overwrite the same release/weiquan.wasm: run them one
    # after the other (scripts/test.sh does), never at the same time.
    DIST="$WEIQUAN_ROOT/target/dist-test"
    OUT="$WASM_TARGET_DIR/bindgen-test"
    ;;
  *) echo "usage: $0 [--test-panic]" >&2; exit 2 ;;
esac

for tool in wasm-bindgen wasm-opt node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "[build] error: $tool missing; run ./scripts/setup.sh" >&2; exit 1; }
done
[ -d node_modules/esbuild ] || { echo "[build] error: esbuild (the minifier) missing; run ./scripts/setup.sh" >&2; exit 1; }
WB_LOCK="$(lock_version wasm-bindgen)"
WB_CLI="$(wasm-bindgen --version | awk '{print $2}')"
[ "$WB_LOCK" = "$WB_CLI" ] || { echo "[build] error: wasm-bindgen CLI $WB_CLI != Cargo.lock $WB_LOCK; run ./scripts/setup.sh" >&2; exit 1; }

say "cargo build --release ${FEATURES[*]} ($WASM_TOOLCHAIN toolchain)"
wasm_cargo build --release --bin weiquan "${FEATURES[@]}"

RAW="$WASM_TARGET_DIR/$WASM_TARGET/release/weiquan.wasm"
rm -rf "$OUT"
mkdir -p "$OUT"

say "wasm-bindgen --target web"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name weiquan "$RAW"

# --low-memory-unused: rustc links wasm32 with the stack first (the stack
# pointer starts at 1 MiB and grows down, data sits above it), so the low
# 1 KiB is only reached by a stack overflow; binaryen may then fold constant
# offsets into loads and stores. --converge repeats -Oz until it stops
# shrinking. Together 1,053 B brotli smaller at c1dc5a0, about 15 s slower.
say "wasm-opt --low-memory-unused -Oz --converge"
wasm-opt --low-memory-unused -Oz --converge \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  --strip-debug --strip-producers --strip-target-features \
  "$OUT/weiquan_bg.wasm" -o "$OUT/weiquan_bg.opt.wasm"

# The start screen and first question as static HTML for index.html, from
# the app's own components (native, Yew's server-side renderer).
say "prerender (native)"
cargo run -q --example prerender -- "$OUT/prerender"

say "bundle -> ${DIST#"$WEIQUAN_ROOT"/}/"
node scripts/bundle.mjs --glue "$OUT/weiquan.js" --wasm "$OUT/weiquan_bg.opt.wasm" --prerender "$OUT/prerender" --out "$DIST"
