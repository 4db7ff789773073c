#!/usr/bin/env bash
# Tests of the port check (payara-config/ports.sh) that ./shop run and ./shop test-env up do
# before installing or starting anything: a port held by another program is named with its
# program, the suggested port base has free ports and an HTTP port browsers open, the shop's own
# processes do not count, and ./shop run stops before it installs anything.
# Run by the build (payara-config/pom.xml, phase test); needs java (to hold a port) and ss.
set -uo pipefail

# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

command -v ss >/dev/null 2>&1 || { echo "ports-test: needs ss (iproute2)"; exit 1; }

# A base away from the usual ones whose ports are all free: found with the function under test,
# then checked port by port here.
unset SHOP_DB_PORT SHOP_DB_HOST
SHOP_PORT_BASE=8000
source "$SHOP_HOME/payara-config/settings.sh"
source "$SHOP_HOME/payara-config/ports.sh"

check "10080 (port base 10000) is a port browsers refuse" browser_unsafe_port 10080
check "6666 is a port browsers refuse" browser_unsafe_port 6666
check "8080 is a port browsers open" eval '! browser_unsafe_port 8080'

BASE=$(suggest_port_base 41000) || { fail "a free port base from 41000 on"; exit 1; }
busy=$(while read -r port what; do port_in_use "$port" && echo "$port"; done < <(shop_ports "$BASE"))
[ -z "$busy" ] && pass "the suggested base $BASE has all its ports free" || fail "the suggested base $BASE has all its ports free" "in use: $busy"

# 10000 is never suggested: its HTTP port 10080 is refused by browsers.
s=$(suggest_port_base 9000)
[ "$s" != 10000 ] && ! browser_unsafe_port $((s + 80)) && pass "after 9000 the suggestion is $s, not 10000" \
  || fail "after 9000 the suggestion skips 10000" "suggested $s"

# Hold the HTTP port of BASE.
HTTP=$((BASE + 80))
java "$HERE/Listen.java" "$HTTP" > "${TMPDIR:-/tmp}/ports-test-listen.$$" 2>&1 &
LISTENER=$!
trap 'kill $LISTENER 2>/dev/null; rm -f "${TMPDIR:-/tmp}/ports-test-listen.$$"; rm -rf "${VAR:-}"' EXIT
for _ in $(seq 1 60); do grep -q listening "${TMPDIR:-/tmp}/ports-test-listen.$$" 2>/dev/null && break; sleep 0.5; done
check "the test holds port $HTTP" port_in_use "$HTTP"

SHOP_PORT_BASE=$BASE
message=$(check_ports "SHOP_PORT_BASE=@BASE@ ./shop run" 2>&1); rc=$?
[ $rc -eq 1 ] && pass "check_ports fails when $HTTP is taken" || fail "check_ports fails when $HTTP is taken" "exit $rc"
[[ $message == *"$HTTP HTTP, by java (pid $LISTENER)"* ]] && pass "the message names the port, its use and the program holding it" \
  || fail "the message names the port, its use and the program holding it" "$message"
if [[ $message =~ SHOP_PORT_BASE=([0-9]+)\ \./shop\ run ]]; then
  suggested=${BASH_REMATCH[1]}
  [ "$suggested" != "$BASE" ] && ! browser_unsafe_port $((suggested + 80)) && [ -z "$(taken_ports "$suggested")" ] \
    && [[ $message == *"HTTP on $((suggested + 80))"* ]] \
    && pass "it suggests port base $suggested: free, HTTP on $((suggested + 80))" \
    || fail "the suggested base is another one with free ports and a browsable HTTP port" "$message"
else
  fail "the message suggests a command with another port base" "$message"
fi
message=$(check_ports "x" "$LISTENER" 2>&1); rc=$?
[ $rc -eq 0 ] && [ -z "$message" ] && pass "a port held by the shop's own process does not count" \
  || fail "a port held by the shop's own process does not count" "exit $rc: $message"

# ./shop run stops before it installs or starts anything.
VAR=$(mktemp -d)
out=$(SHOP_VAR=$VAR SHOP_PORT_BASE=$BASE "$SHOP_HOME/shop" run 2>&1); rc=$?
[ $rc -ne 0 ] && [[ $out == *"$HTTP HTTP, by java"* ]] && [ -z "$(ls -A "$VAR")" ] \
  && pass "./shop run refuses to start, with nothing installed in SHOP_VAR" \
  || fail "./shop run refuses to start, with nothing installed in SHOP_VAR" "exit $rc: $out; in SHOP_VAR: $(ls -A "$VAR")"

finish ports-test
