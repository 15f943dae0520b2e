#!/usr/bin/env bash
# The main job on a fresh machine: install, refresh the schemas from the pinned SDK headers, generate
# every output (TS bindings, validators, C# stubs, Puerts typings) and run the simulator demo.
set -euo pipefail
cd "$(dirname "$0")/.."
TIMCONV_SKIP_APT=1 bash scripts/setup.sh
node bin/timconv.mjs import --headers .cache/sdk/package/lib/linux/include
npm run --silent generate
node bin/timconv.mjs demo
