#!/usr/bin/env bash
# EdgeCacheIT runs the shop behind a real Varnish with the xkey module (Debian's varnish and
# varnish-modules). Installs them with apt-get when this machine allows it (root, Debian), as
# './shop run --edge' does (payara-config/edge.sh); otherwise stops the build with what to do.
set -euo pipefail
SHOP_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHOP_VAR=${SHOP_VAR:-$SHOP_HOME/var}
# shellcheck source=../payara-config/edge.sh
source "$SHOP_HOME/payara-config/edge.sh"
ensure_varnish
