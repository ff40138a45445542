#!/bin/sh
# Installs dependencies on a fresh clone, or when package-lock.json is newer than the last install.
# npm writes node_modules/.package-lock.json on every install, so it marks when the tree was made.
set -e
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)..." >&2
  npm ci --no-audit --no-fund >&2
fi
