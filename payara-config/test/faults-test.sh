#!/usr/bin/env bash
# The fault tests of the cluster (issue 11): on a cluster of its own ('./shop cluster up', a
# temporary SHOP_VAR, ports FAULTS_TEST_PORT_BASE+, default 24000) under steady shopper traffic
# through haproxy, system-tests' FaultsClusterIT kills an instance with SIGKILL, restarts
# PostgreSQL, freezes an instance for 20 s with SIGSTOP and rolls a new version over the
# instances ('./shop cluster deploy'), and checks after each that every acknowledged order is
# stored exactly once, that no key made two orders, that no order is partial, and the bounds on
# failures (a few seconds for the kill, 10 s after the database is back, none for the rolling
# redeploy). Its table of counts replaces the "Last run" section of docs/reliability.md. The
# instances' logs may hold SEVERE records of the connection pool from the database's outage,
# and no other.
# About twenty minutes; not part of 'mvn verify'.
# Run: bash payara-config/test/faults-test.sh
set -uo pipefail

# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d /tmp/faults-test.XXXXXX)
export SHOP_VAR=$work/var SHOP_PORT_BASE=${FAULTS_TEST_PORT_BASE:-24000}
unset SHOP_DB_HOST SHOP_DB_PORT
shop=$SHOP_HOME/shop
cleanup() { "$shop" cluster down >/dev/null 2>&1; [ -n "${KEEP_WORK:-}" ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT

if "$shop" cluster up >"$work/up.log" 2>&1; then pass "./shop cluster up"; else fail "./shop cluster up" "$(tail -8 "$work/up.log")"; finish faults-test; fi

results=$SHOP_HOME/system-tests/target/reliability.md
rm -f "$results"
if cluster_java_tests 'FaultsClusterIT' "$work/faults-it.log"; then
  pass "the fault tests ($(grep -o 'Tests run: [0-9]*, Failures: 0, Errors: 0' "$work/faults-it.log" | tail -1))"
else
  fail "the fault tests" "$(java_tests_summary "$work/faults-it.log")"
fi
if [ -f "$results" ]; then
  cat "$results"
  doc=$SHOP_HOME/docs/reliability.md
  # the "Last run" section is the results file; the rest of the document is kept
  awk -v results="$results" '
    /^## Last run/ { print; print ""; while ((getline line < results) > 0) print line; print ""; skip = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }' "$doc" > "$work/reliability.md" && cp "$work/reliability.md" "$doc"
  pass "docs/reliability.md's last run updated"
else
  fail "no results were written ($results)"
fi

# The server logs: during the database's outage the connection pool logs SEVERE records (RAR...,
# its own messages about the failed connections); any other SEVERE record is a defect.
for i in 1 2; do
  logs=$SHOP_VAR/payara6/glassfish/nodes/localhost-shop-cluster/shop-i$i/logs
  severe=$(cat "$logs"/server.log* 2>/dev/null | grep -c '"Level":"SEVERE"\|\[SEVERE\]')
  others=$(cat "$logs"/server.log* 2>/dev/null | grep -A1 '"Level":"SEVERE"\|\[SEVERE\]' | grep -v '^\[\|^--' | grep -vc '^ *RAR[0-9]*:')
  check "shop-i$i's SEVERE records are all the connection pool's ($severe records, $others others)" test "$others" -eq 0
  [ "$others" -eq 0 ] || cat "$logs"/server.log* | grep -A1 '"Level":"SEVERE"\|\[SEVERE\]' | grep -v '^--' | cut -c1-240 | head -12
done
finish faults-test
