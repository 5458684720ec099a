#!/usr/bin/env bash
# The whole test suite, on a fresh machine too:
#   1. installs Debian's Chromium if /usr/bin/chromium is missing (PZI_CHROMIUM=/path overrides it),
#      and Debian's nginx if /usr/sbin/nginx is missing (tests/e2e/nginx.test.ts serves the builds
#      with scripts/deploy/nginx*.conf; its Apache checks run when apache2 is installed);
#   2. runs `npm ci` if node_modules is missing;
#   3. runs Vitest (unit + e2e projects); extra arguments go to `vitest run`,
#      e.g. `bash scripts/test.sh --project unit` or `npm test -- tests/e2e/links.test.ts`.
# Environment: PZI_E2E_REUSE=1 reuses the site builds in tests/.output/ (see tests/e2e/support/global-setup.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()

chromium="${PZI_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ -n "${PZI_CHROMIUM:-}" ]; then
    echo "scripts/test.sh: PZI_CHROMIUM=$PZI_CHROMIUM is not an executable" >&2
    exit 1
  fi
  missing+=(chromium)
fi
if [ ! -x "${PZI_NGINX:-/usr/sbin/nginx}" ]; then
  missing+=(nginx)
fi
# tests generate photos and videos with metadata (tests/unit/media-location.test.ts, tests/e2e/media-privacy.test.ts)
command -v convert >/dev/null || missing+=(imagemagick)
command -v exiftool >/dev/null || missing+=(libimage-exiftool-perl)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "scripts/test.sh: installing Debian's ${missing[*]} (missing)"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

if [ ! -d node_modules ]; then
  echo "scripts/test.sh: node_modules is missing; running npm ci"
  npm ci
fi

exec npx vitest run "$@"
