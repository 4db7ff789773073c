# The reporting of the script tests (ports-test.sh, monitoring-test.sh): "ok"/"FAIL" lines and
# a count of failures that finish() turns into the exit status.
# shellcheck shell=bash
HERE=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
SHOP_HOME=$(cd "$HERE/../.." && pwd)
failures=0
pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1"; [ -n "${2:-}" ] && printf '     %s\n' "${2//$'\n'/$'\n'     }"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
# finish NAME: exits 1 when a check failed
finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$1: $failures check(s) failed"
    exit 1
  fi
  echo "$1: all checks passed"
}
