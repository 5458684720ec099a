#!/usr/bin/env bash
# Prints `true` when every file changed between BASE and HEAD is under content/ (a clerk's change:
# CI checks, builds, smoke-tests and publishes it without the whole test suite), else `false`.
# Without a usable BASE (first push, shallow clone, force push) it prints `false`: the whole suite runs.
#   bash scripts/deploy/content-only.sh <base-commit>
set -uo pipefail
base="${1:-}"
if [ -z "$base" ] || [ -z "${base//0/}" ] || ! git cat-file -e "${base}^{commit}" 2>/dev/null; then
  echo false
  exit 0
fi
changed="$(git diff --name-only "$base" HEAD)" || { echo false; exit 0; }
if [ -n "$changed" ] && ! grep -qv '^content/' <<<"$changed"; then echo true; else echo false; fi
