#!/usr/bin/env bash
# The whole test suite, on a fresh machine too:
#   1. installs Debian's Chromium if /usr/bin/chromium is missing (PZI_CHROMIUM=/path overrides it),
#      and Debian's nginx, apache2, openssh-server and vsftpd when missing (tests/e2e/nginx.test.ts
#      serves the builds with scripts/deploy/*.conf and the build's .htaccess; tests/e2e/terbitkan.test.ts
#      uploads to sshd and vsftpd on loopback and serves the result with Apache), and poppler-utils
#      if pdftotext is missing (the LKE importer's test reads the regulation's PDF);
#   2. runs `npm run setup` (npm ci under the project's Node) if node_modules is missing;
#   3. runs the type gate, `astro check` (.astro and .ts files; fails on any error or warning),
#      unless arguments choose part of the suite;
#   4. runs Vitest (unit + e2e projects); extra arguments go to `vitest run`,
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
if [ ! -x "${PZI_APACHE:-/usr/sbin/apache2}" ]; then
  missing+=(apache2)
fi
if [ ! -x /usr/sbin/sshd ]; then
  missing+=(openssh-server)
fi
if [ ! -x /usr/sbin/vsftpd ]; then
  missing+=(vsftpd)
fi
# pdftotext: tests/unit/lke-data.test.ts re-imports the LKE from the regulation's PDF
if ! command -v pdftotext >/dev/null; then
  missing+=(poppler-utils)
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
  echo "scripts/test.sh: node_modules is missing; running npm run setup"
  npm run setup
fi

if [ "$#" -eq 0 ]; then
  npx astro check --minimumSeverity warning --minimumFailingSeverity warning
fi

exec npx vitest run "$@"
