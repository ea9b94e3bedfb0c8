#!/usr/bin/env bash
# Set up, build the release bundle into dist/, and serve it on 127.0.0.1.
#   ./scripts/serve.sh                      -> http://127.0.0.1:8080/
#   PORT=9000 ./scripts/serve.sh            -> another port
#   ./scripts/serve.sh --base /weiquan/     -> served under a sub-path
# Extra arguments go to scripts/serve.mjs (--base, --host, --no-csp, --log).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/setup.sh
./scripts/build.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh
exec node scripts/serve.mjs --dir "$WEIQUAN_ROOT/dist" "$@"
