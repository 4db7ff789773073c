#!/usr/bin/env bash
# The cluster from one command (./shop cluster; payara-config/cluster.sh, cluster.asadmin), on a
# shop of its own (a temporary SHOP_VAR, ports CLUSTER_TEST_PORT_BASE+, default 23000), with
# haproxy (Debian's package):
#   './shop cluster up' brings up the DAS, two instances of the deployment group and haproxy;
#   './shop cluster status' shows both instances UP and haproxy seeing both; a shopper buys
#   through the load balancer; the shopper's session sticks to one instance (the JSESSIONID
#   haproxy prefixes with its name) while new shoppers are spread over both; both instances
#   answer the API directly; './shop run' refuses while the cluster runs, and a wrong
#   --instances is refused, each in one sentence; './shop cluster down' stops everything, and
#   after 'up' again the order is still there. Each instance's log has no SEVERE record.
#   Between, the cluster's Java tests (system-tests, io.openshop.systemtest.cluster) race 200
#   shoppers for 10 units and send one idempotency key to both instances at once (each instance
#   taking every other request: 10 orders, one order) and Stripe's webhook events delivered to
#   both at once (each applied once), send an order through shop-i1 that a dashboard's live feed
#   open on shop-i2 shows within a second, then kill shop-i1
#   under a signed-in shopper half-way through the checkout and a signed-in administrator, who
#   go on on shop-i2; every minute's scheduled run happened once; 'up' brings shop-i1 back.
# About ten minutes; not part of 'mvn verify'.
# Run: bash payara-config/test/cluster-test.sh
set -uo pipefail

# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d /tmp/cluster-test.XXXXXX)
export SHOP_VAR=$work/var SHOP_PORT_BASE=${CLUSTER_TEST_PORT_BASE:-23000}
unset SHOP_DB_HOST SHOP_DB_PORT
shop=$SHOP_HOME/shop
cleanup() { "$shop" monitor down >/dev/null 2>&1; "$shop" cluster down >/dev/null 2>&1; [ -n "${KEEP_WORK:-}" ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT
lb=http://localhost:$((SHOP_PORT_BASE + 80))
order() { guest_order "$lb" "$1"; }

"$shop" cluster up --instances 9 >"$work/nine.log" 2>&1; rc=$?
check "--instances 9 is refused in one sentence" test $rc -ne 0 -a "$(wc -l <"$work/nine.log")" -le 1 -a "$(grep -c 'takes a number from 1 to' "$work/nine.log")" = 1

if "$shop" cluster up >"$work/up.log" 2>&1; then pass "./shop cluster up"; else fail "./shop cluster up" "$(tail -8 "$work/up.log")"; finish cluster-test; fi
check "it prints the load balancer's URL and both instances" \
  test "$(grep -c "Storefront    $lb/" "$work/up.log")" = 1 -a "$(grep -c '^    shop-i[12] ' "$work/up.log")" = 2
"$shop" cluster status >"$work/status.log" 2>&1; rc=$?
check "./shop cluster status: both instances UP, haproxy sees both UP" \
  test $rc -eq 0 -a "$(grep -c '^shop-i[12]: *UP' "$work/status.log")" = 2 -a "$(grep -c 'shop-i1 UP shop-i2 UP' "$work/status.log")" = 1
for i in 1 2; do
  check "instance $i answers the API directly" \
    test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((SHOP_PORT_BASE + 100 * i + 80))/api/products?size=1")" = 200
  metrics=$(curl -s "http://127.0.0.1:$((SHOP_PORT_BASE + 100 * i + 82))/metrics")
  check "instance $i's metrics listener serves its metrics, the JDBC pool's among them" \
    grep -q '^shop_pool_connections_in_use' <<<"$metrics"
  check "and not the shop (no storefront, no API there)" \
    test "$(curl -s "http://127.0.0.1:$((SHOP_PORT_BASE + 100 * i + 82))/" | grep -c OpenShop)" = 0 \
      -a "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((SHOP_PORT_BASE + 100 * i + 82))/api/products")" = 404
done

number=$(order cluster-1@example.test)
check "a shopper buys through the load balancer ($number)" test -n "$number"
check "and the order reads back through it" \
  test "$(curl -s "$lb/api/orders/$number?email=cluster-1@example.test" | json_field number)" = "$number"

# a browser session: the storefront sets JSESSIONID, which haproxy prefixes with the instance
jar=$work/cookies
curl -s -o /dev/null -c "$jar" "$lb/login.xhtml"
first=$(awk '$6 == "JSESSIONID" { split($7, a, "~"); print a[1] }' "$jar")
check "the session cookie names the instance that made it ($first)" grep -qE '^shop-i[12]$' <<<"$first"
same=0
for _ in 1 2 3 4 5 6; do
  curl -s -o /dev/null -b "$jar" -c "$jar" "$lb/login.xhtml"
  [ -n "$first" ] && [ "$(awk '$6 == "JSESSIONID" { split($7, a, "~"); print a[1] }' "$jar")" = "$first" ] && same=$((same + 1))
done
check "the session sticks to its instance (6 of 6 requests)" test "$same" -eq 6
seen=""
for _ in 1 2 3 4 5 6; do
  seen+=$(curl -s -D - -o /dev/null "$lb/login.xhtml" | grep -io 'JSESSIONID=shop-i[12]' | cut -d= -f2)" "
done
check "new shoppers are spread over both instances ($seen)" test "$(tr ' ' '\n' <<<"$seen" | sort -u | grep -c .)" = 2

# the Java tests of the cluster (system-tests, io.openshop.systemtest.cluster): sessions across the
# death of an instance, scheduled jobs once per cluster; they kill shop-i1
if cluster_java_tests 'CrossInstanceStateClusterIT,CommerceGuaranteesClusterIT,InstanceDeathClusterIT,StripeWebhookClusterIT' "$work/cluster-it.log"; then
  pass "the cluster's Java tests ($(grep -o 'Tests run: [0-9]*, Failures: 0, Errors: 0' "$work/cluster-it.log" | tail -1))"
else
  fail "the cluster's Java tests" "$(java_tests_summary "$work/cluster-it.log")"
fi
if "$shop" cluster up >"$work/up-again.log" 2>&1; then pass "./shop cluster up brings the killed instance back"; else fail "./shop cluster up after the kill" "$(tail -5 "$work/up-again.log")"; fi
"$shop" cluster status >"$work/status2.log" 2>&1
check "both instances UP again, in haproxy too" \
  test "$(grep -c '^shop-i[12]: *UP' "$work/status2.log")" = 2 -a "$(grep -c 'shop-i1 UP shop-i2 UP' "$work/status2.log")" = 1

# Prometheus scrapes every instance of the running cluster
if "$shop" monitor up >"$work/monitor.log" 2>&1; then
  up=0
  for _ in $(seq 20); do
    up=$(curl -s "http://127.0.0.1:$((SHOP_PORT_BASE + 90))/api/v1/targets?state=active" | grep -o '"health":"up"' | wc -l)
    [ "$up" -eq 2 ] && break
    sleep 3
  done
  check "./shop monitor up scrapes both instances ($up targets up)" test "$up" -eq 2
  "$shop" monitor down >/dev/null 2>&1
else
  fail "./shop monitor up beside the cluster" "$(tail -3 "$work/monitor.log")"
fi

"$shop" run >"$work/run.log" 2>&1; rc=$?
check "./shop run refuses while the cluster runs, in one sentence" \
  test $rc -ne 0 -a "$(grep -c 'runs as a cluster' "$work/run.log")" = 1

if "$shop" cluster down >"$work/down.log" 2>&1; then pass "./shop cluster down"; else fail "./shop cluster down" "$(tail -3 "$work/down.log")"; fi
check "nothing answers on the public port after down" test "$(curl -s -o /dev/null -w '%{http_code}' "$lb/")" = 000
if "$shop" cluster up >"$work/up2.log" 2>&1; then pass "./shop cluster up again"; else fail "./shop cluster up again" "$(tail -5 "$work/up2.log")"; fi
check "the order is still there" \
  test "$(curl -s "$lb/api/orders/$number?email=cluster-1@example.test" | json_field number)" = "$number"

for i in 1 2; do
  logs=$SHOP_VAR/payara6/glassfish/nodes/localhost-shop-cluster/shop-i$i/logs
  severe=missing
  [ -f "$logs/server.log" ] && severe=$(cat "$logs"/server.log* | grep -c '\[SEVERE\]\|"Level":"SEVERE"')
  check "shop-i$i's server logs have no SEVERE record ($severe)" test "$severe" = 0
  [ "$severe" = 0 ] || cat "$logs"/server.log* | grep -A2 '\[SEVERE\]\|"Level":"SEVERE"' | cut -c1-300 | head -12
done

finish cluster-test
