#!/usr/bin/env bash
# The versioned deployment end to end (./shop deploy, ./shop rollback; payara-config/deploy.sh),
# on a shop of its own (a temporary SHOP_VAR, ports DEPLOY_TEST_PORT_BASE+, default 26000):
#   ./shop run, then two versions deployed one after the other: the newer enabled and healthy,
#   the older deployed but disabled; ./shop rollback enables the older again and the shop
#   answers; a file that is not an EAR and a malformed version are refused with one sentence;
#   the server log has no SEVERE record. About four minutes; not part of 'mvn verify'.
# Run: bash payara-config/test/deploy-test.sh
set -uo pipefail

# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d)
export SHOP_VAR=$work/var SHOP_PORT_BASE=${DEPLOY_TEST_PORT_BASE:-26000}
shop=$SHOP_HOME/shop
cleanup() { "$shop" stop >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
http=http://localhost:$((SHOP_PORT_BASE + 80))
asadmin() { "$SHOP_VAR/payara6/bin/asadmin" --port $((SHOP_PORT_BASE + 48)) "$@"; }
status_of() { asadmin list-applications --long=true 2>/dev/null | awk -v n="$1" '$1 == n { print $NF }'; }
code() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1"; }

if "$shop" run >"$work/run.log" 2>&1; then pass "./shop run"; else fail "./shop run" "$(tail -5 "$work/run.log")"; finish deploy-test; fi
first=$(asadmin list-applications 2>/dev/null | awk '$1 ~ /^shop:/ { print $1 }')
check "./shop run deploys the build's EAR as a version named by its content ($first)" \
  test -n "$first" -a "$(status_of "$first")" = enabled

if "$shop" deploy --version t1 >"$work/t1.log" 2>&1 && "$shop" deploy --version t2 >"$work/t2.log" 2>&1; then
  pass "./shop deploy --version t1, then t2"
else
  fail "./shop deploy" "$(tail -3 "$work/t1.log" "$work/t2.log")"
fi
check "shop:t2 is enabled" test "$(status_of shop:t2)" = enabled
check "shop:t1 is deployed but disabled" test "$(status_of shop:t1)" = disabled
check "the shop answers after the switch (readiness 200, storefront 200)" \
  test "$(code "$http/health/ready")" = 200 -a "$(code "$http/")" = 200

if "$shop" rollback >"$work/rollback.log" 2>&1; then pass "./shop rollback"; else fail "./shop rollback" "$(tail -3 "$work/rollback.log")"; fi
check "after the rollback shop:t1 is enabled and shop:t2 disabled" \
  test "$(status_of shop:t1)" = enabled -a "$(status_of shop:t2)" = disabled
check "and the shop answers (readiness 200, products API 200)" \
  test "$(code "$http/health/ready")" = 200 -a "$(code "$http/api/products?size=1")" = 200

"$shop" deploy /etc/hostname >"$work/bad.log" 2>&1; rc=$?
check "a file that is not an EAR is refused in one sentence" \
  test $rc -ne 0 -a "$(grep -c 'is not an enterprise archive' "$work/bad.log")" = 1 -a "$(wc -l <"$work/bad.log")" -le 2
"$shop" deploy --version 'bad version' >"$work/badv.log" 2>&1; rc=$?
check "a malformed version is refused" test $rc -ne 0 -a "$(grep -c 'A version is letters' "$work/badv.log")" = 1
check "shop:t1 is still the enabled version" test "$(status_of shop:t1)" = enabled

severe=$(grep -c '\[SEVERE\]\|"Level":"SEVERE"' "$SHOP_VAR/payara6/glassfish/domains/shop/logs/server.log")
check "the server log has no SEVERE record ($severe)" test "$severe" -eq 0

finish deploy-test
