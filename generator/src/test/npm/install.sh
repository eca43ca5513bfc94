#!/bin/sh
# Installs the JavaScript tools the tests use (package.json, pinned by package-lock.json) into
# generator/target/npm/node_modules. Runs from Maven's generate-test-resources phase when npm is
# installed; does nothing when the installed tree already matches the lock file, so a targeted
# test run costs nothing. Install scripts are never run (vnu-jar ships its jar in the package).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=$1
mkdir -p "$target"
if [ -f "$target/package-lock.json" ] && [ -d "$target/node_modules" ] \
   && cmp -s "$here/package-lock.json" "$target/package-lock.json"; then
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$target/"
cd "$target"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
