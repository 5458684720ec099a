#!/usr/bin/env bash
# The whole test suite, on a fresh machine too:
#   1. installs Debian's Chromium if /usr/bin/chromium is missing (PZI_CHROMIUM=/path overrides it);
#   2. runs `npm install` if node_modules is missing;
#   3. runs Vitest (unit + e2e projects); extra arguments go to `vitest run`,
#      e.g. `bash scripts/test.sh --project unit` or `npm test -- tests/e2e/links.test.ts`.
# Environment: PZI_E2E_REUSE=1 reuses the site builds in tests/.output/ (see tests/e2e/support/global-setup.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${PZI_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ -n "${PZI_CHROMIUM:-}" ]; then
    echo "scripts/test.sh: PZI_CHROMIUM=$PZI_CHROMIUM is not an executable" >&2
    exit 1
  fi
  echo "scripts/test.sh: /usr/bin/chromium is missing; installing Debian's chromium package"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

if [ ! -d node_modules ]; then
  echo "scripts/test.sh: node_modules is missing; running npm install"
  npm install
fi

exec npx vitest run "$@"
