#!/usr/bin/env bash
# Publishes a finished build to the web server, all or nothing (used by the CI deploy jobs).
#
#   DEPLOY_TARGET=deploy@zi.example.go.id DEPLOY_PATH=/var/www/zona-integritas \
#     bash scripts/deploy/publish.sh dist
#
# On the server, DEPLOY_PATH holds releases/<id>/ (one folder per build) and `current`, a link
# to the live one; the web server's root is DEPLOY_PATH/current (nginx.conf: `root`). The new
# build is copied in full to a fresh folder first, then `current` is switched with one rename,
# so a visitor sees either the old site or the new one, never a mix; a failed copy leaves the
# live site untouched. The five newest releases are kept (rollback: point `current` back).
#
# Sub-path build (nginx-subpath.conf, `root` = DEPLOY_PATH): DEPLOY_LINK=zona-integritas names the
# link after the path instead of `current`.
#
# Environment: DEPLOY_TARGET (user@host), DEPLOY_PATH (absolute), DEPLOY_LINK (default: current),
# RELEASE_ID (default: UTC time).
# SSH authentication comes from the caller (ssh-agent or ~/.ssh, set up by the CI job).
set -euo pipefail

dist="${1:-dist}"
: "${DEPLOY_TARGET:?DEPLOY_TARGET (user@host) is not set}"
: "${DEPLOY_PATH:?DEPLOY_PATH (absolute folder on the server) is not set}"
release="${RELEASE_ID:-$(date -u +%Y%m%dT%H%M%SZ)}"
link="${DEPLOY_LINK:-current}"

if [ ! -f "$dist/index.html" ] || [ ! -f "$dist/404.html" ]; then
  echo "publish.sh: $dist has no index.html/404.html: not a finished build, nothing published" >&2
  exit 1
fi

ssh "$DEPLOY_TARGET" "mkdir -p '$DEPLOY_PATH/releases'"
# --link-dest: files unchanged since the live release are hard links, not new copies
rsync -a --delete --link-dest="$DEPLOY_PATH/$link/" "$dist/" "$DEPLOY_TARGET:$DEPLOY_PATH/releases/$release/"
ssh "$DEPLOY_TARGET" "set -e; cd '$DEPLOY_PATH'
  ln -sfn 'releases/$release' '$link.next'
  mv -T '$link.next' '$link'
  ls -1d releases/*/ | sort | head -n -5 | xargs -r rm -rf"
echo "publish.sh: $release is live at $DEPLOY_TARGET:$DEPLOY_PATH/$link"
