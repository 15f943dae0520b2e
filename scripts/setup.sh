#!/usr/bin/env bash
# Installs what the tool and its tests need on a fresh Debian machine (run as root in CI):
# npm packages, the compiled CLI, Mono's C# compiler and runtime (to compile and run the generated
# C#), the pinned SDK package in .cache/sdk and the C headers of every other published SDK version
# (for the version matrix). Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }

if [ "${TIMCONV_SKIP_APT:-}" != 1 ]; then
  missing=()
  command -v mcs >/dev/null 2>&1 || missing+=(mono-mcs)
  command -v mono >/dev/null 2>&1 || missing+=(mono-runtime)
  command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      say "need Debian packages ${missing[*]}; run as root or install them first"
      exit 1
    fi
    say "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# Installs again only when the lock file's content differs from the one last installed (a checkout
# that rewrites the file without changing it is not a reason to reinstall).
lock_sha=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ "$(cat node_modules/.timconv-lock.sha256 2>/dev/null)" != "$lock_sha" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sha" > node_modules/.timconv-lock.sha256
fi

# The compiled CLI (dist/cli) that bin/timconv.mjs runs; npm ci has usually built it already.
node bin/cli-build.mjs --if-stale

# The pinned SDK (headers and library) and the C headers of every other published version (matrix).
node scripts/fetch-sdk.mjs --all
