#!/usr/bin/env bash
# The whole test suite: installs what it needs, then runs every mocha suite once. The last line of
# output is "N passed, N failed[, N skipped]" from the real results.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec npx mocha "$@"
