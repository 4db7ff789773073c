#!/usr/bin/env bash
# ApiContractIT lints the shop's OpenAPI document with Redocly's CLI, an npm package pinned by
# src/test/redocly/package-lock.json; this installs it into target/redocly with npm (Node.js 20
# or newer). Installs Debian's nodejs and npm with apt-get when they are missing and this machine
# allows it (root, Debian); otherwise stops the build with what to do.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/target/redocly"
[ -x "$target/node_modules/.bin/redocly" ] && cmp -s "$here/src/test/redocly/package-lock.json" "$target/package-lock.json" && exit 0
if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing nodejs and npm for the OpenAPI lint (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq nodejs npm >/dev/null
fi
command -v npm >/dev/null 2>&1 || { echo "The OpenAPI lint needs Node.js 20 or newer with npm on PATH. Install them (Debian: 'sudo apt-get install nodejs npm', or NodeSource's packages) and run the tests again." >&2; exit 1; }
mkdir -p "$target"
cp "$here/src/test/redocly/package.json" "$here/src/test/redocly/package-lock.json" "$target/"
cd "$target"
npm ci --no-audit --no-fund --loglevel=error
