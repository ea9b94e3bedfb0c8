#!/usr/bin/env bash
# Release build of 维权导办 into dist/:
#   cargo (wasm32, release) -> wasm-bindgen --target web -> wasm-opt -Oz
#   -> scripts/bundle.mjs (content-hashed names, index.html, .gz/.br copies)
# Needs the tools from ./scripts/setup.sh.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WEIQUAN_ROOT"

say() { printf '[build] %s\n' "$*"; }

for tool in wasm-bindgen wasm-opt node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "[build] error: $tool missing; run ./scripts/setup.sh" >&2; exit 1; }
done
WB_LOCK="$(lock_version wasm-bindgen)"
WB_CLI="$(wasm-bindgen --version | awk '{print $2}')"
[ "$WB_LOCK" = "$WB_CLI" ] || { echo "[build] error: wasm-bindgen CLI $WB_CLI != Cargo.lock $WB_LOCK; run ./scripts/setup.sh" >&2; exit 1; }

say "cargo build --release ($WASM_TOOLCHAIN toolchain)"
wasm_cargo build --release --bin weiquan

RAW="$WASM_TARGET_DIR/$WASM_TARGET/release/weiquan.wasm"
OUT="$WASM_TARGET_DIR/bindgen"
rm -rf "$OUT"
mkdir -p "$OUT"

say "wasm-bindgen --target web"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name weiquan "$RAW"

say "wasm-opt -Oz"
wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  --strip-debug --strip-producers --strip-target-features \
  "$OUT/weiquan_bg.wasm" -o "$OUT/weiquan_bg.opt.wasm"

say "bundle -> dist/"
node scripts/bundle.mjs --glue "$OUT/weiquan.js" --wasm "$OUT/weiquan_bg.opt.wasm" --out "$WEIQUAN_ROOT/dist"
