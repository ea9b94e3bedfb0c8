#!/usr/bin/env bash
# Performance benchmark of 维权导办 (a measurement, not a test): builds dist/
# if it is missing, then runs scripts/bench.mjs, which prints one table and
# writes it to bench/results.md. Arguments go to bench.mjs:
#   ./scripts/bench.sh [--runs 5] [--out bench/results.md] [--viewport phone|kiosk] [--update-floor]
# Needs what ./scripts/setup.sh installs (Chromium, node_modules).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -f dist/index.html ]; then
  echo "[bench] no dist/index.html: building it first" >&2
  ./scripts/build.sh
fi
exec node scripts/bench.mjs "$@"
