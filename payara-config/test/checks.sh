# The reporting of the script tests (ports-test.sh, monitoring-test.sh, ...): "ok"/"FAIL" lines and
# a count of failures that finish() turns into the exit status; and what several of them do to a
# running shop (guest_order).
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

# json_field NAME: the first string field NAME of the JSON on stdin
json_field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }

# guest_order URL EMAIL: a guest's purchase through the shop's API at URL (a cart, one line of the
# demo catalog's earbuds, the checkout with the test gateway's card); prints the order's number,
# nothing when the purchase failed
guest_order() {
  local url=$1 cart
  cart=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"currency":"EUR"}' "$url/api/carts" | json_field token)
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"sku":"ELE-EAR-011","quantity":1}' "$url/api/carts/$cart/lines"
  curl -s -X POST -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d "{\"cartToken\":\"$cart\",\"email\":\"$2\",\"shippingAddress\":{\"name\":\"Test Shopper\",\"line1\":\"Invalidenstr. 1\",\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"},\"shippingMethod\":\"standard\",\"paymentToken\":\"tok_visa\"}" \
    "$url/api/checkout" | json_field number
}

# cluster_java_tests CLASSES LOG: system-tests' cluster tests (io.openshop.systemtest.cluster; a
# comma-separated list of classes) against the running cluster of SHOP_VAR and SHOP_PORT_BASE,
# output in LOG; fails when a test does
cluster_java_tests() {
  mvn -B -f "$SHOP_HOME/pom.xml" -pl system-tests test-compile failsafe:integration-test failsafe:verify \
    -Dit.test="$1" -Dit.var="$SHOP_VAR" -Dit.port.base="$SHOP_PORT_BASE" \
    -Dit.http.port=$((SHOP_PORT_BASE + 80)) -Dit.admin.port=$((SHOP_PORT_BASE + 48)) -Dit.db.port=$((SHOP_PORT_BASE + 432)) >"$2" 2>&1
}
# java_tests_summary LOG: failsafe's last "Tests run" line, or its failures
java_tests_summary() { grep -E 'Tests run:|FAIL|ERROR\]' "$1" | head -20; }
