#!/usr/bin/env bash
# Tests of the monitoring (payara-config/monitoring.sh, monitoring/alerts.yml), run by the build
# (payara-config/pom.xml, phase test):
#   - promtool checks the alert rules and runs their unit tests (monitoring/alerts-test.yml:
#     instance down, error rate, readiness, parked steps, slow checkout, no orders), which
#     Prometheus's own rule engine evaluates on synthetic series;
#   - every alert names a runbook entry that docs/operations.md has;
#   - the configuration ./shop monitor up writes passes promtool check config;
#   - a real Prometheus started with that configuration and the rules loads all of them, fires
#     ShopInstanceDown for a target that does not answer (about 70 s), and ShopErrorRateHigh for
#     an instance whose answers are 10 % server errors but not for one with none (two stand-in
#     instances, FakeShopExporter.java; the rule's windows are shortened for the test, its
#     expression is the same).
# Needs prometheus and promtool (installed with apt-get as root on Debian, like the browser).
set -uo pipefail

# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d)
prometheus_pid=
exporter_pids=()
cleanup() {
  [ -n "$prometheus_pid" ] && kill "$prometheus_pid" 2>/dev/null
  for pid in "${exporter_pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

export SHOP_VAR=$work/var SHOP_PORT_BASE=${MONITORING_TEST_PORT_BASE:-29000}
# shellcheck source=../settings.sh
source "$SHOP_HOME/payara-config/settings.sh"
# shellcheck source=../ports.sh
source "$SHOP_HOME/payara-config/ports.sh"
# shellcheck source=../provision.sh
source "$SHOP_HOME/payara-config/provision.sh"
# shellcheck source=../monitoring.sh
source "$SHOP_HOME/payara-config/monitoring.sh"

ensure_prometheus || exit 1
RULES=$SHOP_HOME/payara-config/monitoring/alerts.yml

if out=$(promtool check rules "$RULES" 2>&1); then pass "promtool check rules: $(grep -o '[0-9]* rules found' <<<"$out")"; else fail "promtool check rules" "$out"; fi
if out=$(cd "$SHOP_HOME/payara-config/monitoring" && promtool test rules alerts-test.yml 2>&1); then
  pass "promtool test rules (alerts-test.yml)"
else
  fail "promtool test rules (alerts-test.yml)" "$out"
fi

alerts=$(grep -E '^ +- alert: ' "$RULES" | sed 's/.*alert: //')
for alert in $alerts; do
  anchor=$(tr '[:upper:]' '[:lower:]' <<<"$alert")
  if grep -qE "^#{2,4} $alert\$" "$SHOP_HOME/docs/operations.md" && grep -q "docs/operations.md#$anchor\"" "$RULES"; then
    pass "$alert has its runbook entry in docs/operations.md"
  else
    fail "$alert has no runbook entry '### $alert' in docs/operations.md, or its rule does not link to #$anchor"
  fi
done

# A configuration as ./shop monitor up writes it, scraped often, with three targets: one nobody
# answers on, and two stand-in instances, one answering 10 % server errors and one none.
dead_port=$((SHOP_PORT_BASE + 91)) failing_port=$((SHOP_PORT_BASE + 92)) healthy_port=$((SHOP_PORT_BASE + 93))
for p in "$SHOP_MONITOR_PORT" "$failing_port" "$healthy_port" "$dead_port"; do
  if port_in_use "$p"; then # another run of this test (or anything else) would answer in our place
    fail "port $p, which this test uses, is taken: stop what holds it, or set MONITORING_TEST_PORT_BASE (now $SHOP_PORT_BASE)"
    finish monitoring-test
  fi
done
java "$HERE/FakeShopExporter.java" "$failing_port" 10 >"$work/failing.log" 2>&1 & exporter_pids+=($!)
java "$HERE/FakeShopExporter.java" "$healthy_port" 0 >"$work/healthy.log" 2>&1 & exporter_pids+=($!)
monitor_config "$work/prometheus.yml" "127.0.0.1:$dead_port" "127.0.0.1:$failing_port" "127.0.0.1:$healthy_port"
if out=$(promtool check config "$work/prometheus.yml" 2>&1); then pass "promtool check config (the configuration ./shop monitor up writes)"; else fail "promtool check config" "$out"; fi
sed -i 's/scrape_interval: 15s/scrape_interval: 2s/; s/evaluation_interval: 15s/evaluation_interval: 2s/' "$work/prometheus.yml"
# The same rules with ShopErrorRateHigh's five-minute windows shortened, so that it can fire here.
sed "s|'$RULES'|'$work/alerts.yml'|" -i "$work/prometheus.yml"
awk '/- alert: ShopErrorRateHigh/ {inrule=1} /- alert: / && !/ShopErrorRateHigh/ {inrule=0}
     inrule { gsub(/\[5m\]/, "[20s]"); sub(/for: 5m/, "for: 10s") } { print }' "$RULES" >"$work/alerts.yml"
if grep -q '\[20s\]' "$work/alerts.yml" && grep -q 'for: 10s' "$work/alerts.yml"; then
  pass "the test's copy of the rules shortens ShopErrorRateHigh's windows only"
else
  fail "could not shorten ShopErrorRateHigh's windows in the test's copy of the rules"
fi

port=$SHOP_MONITOR_PORT
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" --web.listen-address="127.0.0.1:$port" \
  >"$work/prometheus.log" 2>&1 &
prometheus_pid=$!
api() { curl -fsS --max-time 5 "http://127.0.0.1:$port/api/v1/$1"; }
for _ in $(seq 1 30); do api rules >/dev/null 2>&1 && break; sleep 1; done
loaded=$(api rules 2>/dev/null | grep -o '"type":"alerting"' | wc -l)
expected=$(wc -w <<<"$alerts")
if [ "$loaded" -eq "$expected" ]; then pass "a real Prometheus loads all $expected alert rules"; else fail "Prometheus loaded $loaded of $expected alert rules" "$(tail -5 "$work/prometheus.log")"; fi

# firing ALERT INSTANCE_PORT: whether Prometheus has this alert firing for this instance
firing() {
  api alerts 2>/dev/null | sed 's/{"labels":/\n/g' | grep "\"alertname\":\"$1\"" | grep "\"instance\":\"127.0.0.1:$2\"" \
    | grep -q '"state":"firing"'
}
down=false errors=false
for _ in $(seq 1 36); do # ShopInstanceDown waits one minute (for: 1m) after the first failed scrape
  firing ShopInstanceDown "$dead_port" && down=true
  firing ShopErrorRateHigh "$failing_port" && errors=true
  $down && $errors && break
  sleep 5
done
if $down; then
  pass "a real Prometheus fires ShopInstanceDown for a target that does not answer"
else
  fail "ShopInstanceDown did not fire within 3 minutes" "$(api alerts 2>&1 | head -c 600)"
fi
if $errors; then
  pass "a real Prometheus fires ShopErrorRateHigh for the instance answering 10 % server errors"
else
  fail "ShopErrorRateHigh did not fire within 3 minutes" "$(api alerts 2>&1 | head -c 600; tail -3 "$work/failing.log")"
fi
if firing ShopErrorRateHigh "$healthy_port" || firing ShopInstanceDown "$healthy_port"; then
  fail "an alert fires for the healthy stand-in instance" "$(api alerts 2>&1 | head -c 600)"
else
  pass "and fires nothing for the instance without errors"
fi

finish monitoring-test
