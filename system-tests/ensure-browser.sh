#!/usr/bin/env bash
# The browser tests need Debian's chromium and chromedriver. Installs them with apt-get when
# this machine allows it (root, Debian); otherwise stops the build with what to do.
set -euo pipefail
have() { command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; }
have && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the browser tests (apt-get, about a minute)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
have || { echo "The browser tests need chromium and chromedriver on PATH. Install them (Debian: 'sudo apt-get install chromium chromium-driver') and run the tests again." >&2; exit 1; }
