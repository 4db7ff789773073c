# Monitoring: Prometheus (the Debian package) scraping the shop's metrics listener, with the alert
# rules of payara-config/monitoring/alerts.yml. Sourced by ./shop after settings.sh, ports.sh and
# provision.sh ("./shop monitor up|down|status") and by test/monitoring-test.sh.
# shellcheck shell=bash

SHOP_MONITOR_PORT=$((SHOP_PORT_BASE + 90))
SHOP_MONITOR_DIR=$SHOP_VAR/monitoring
SHOP_MONITOR_RULES=$SHOP_HOME/payara-config/monitoring/alerts.yml

# ensure_prometheus: prometheus and promtool on PATH, installed with apt-get when this machine
# allows it (root, Debian), as the browser for the tests is; otherwise says what to do.
ensure_prometheus() {
  command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    printf '==> Installing Prometheus (Debian package, about a minute)\n' >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null 2>&1; }
  fi
  command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 && return 0
  printf 'Monitoring needs prometheus and promtool on PATH. Install them (Debian: sudo apt-get install prometheus) and run again.\n' >&2
  return 1
}

# monitor_config FILE [TARGET...]: the Prometheus configuration: every target's /metrics
# (default: this shop's internal listener), every 15 s, with the shop's alert rules.
monitor_config() {
  local file=$1; shift
  local targets=("$@") target list=""
  [ ${#targets[@]} -eq 0 ] && targets=("127.0.0.1:$SHOP_INTERNAL_PORT")
  for target in "${targets[@]}"; do list+="${list:+, }'$target'"; done
  mkdir -p "$(dirname "$file")"
  cat > "$file" <<CONFIG
# Made by ./shop monitor up from payara-config/monitoring.sh; changes are overwritten.
global:
  scrape_interval: 15s
  evaluation_interval: 15s
  external_labels:
    shop: '$SHOP_DOMAIN'
rule_files:
  - '$SHOP_MONITOR_RULES'
scrape_configs:
  - job_name: openshop
    metrics_path: /metrics
    static_configs:
      - targets: [$list]
CONFIG
}

monitor_pid() { cat "$SHOP_MONITOR_DIR/prometheus.pid" 2>/dev/null; }
monitor_running() { local pid; pid=$(monitor_pid) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

monitor_up() {
  ensure_prometheus || exit 1
  if monitor_running; then
    printf '  Prometheus is running: http://127.0.0.1:%s/\n' "$SHOP_MONITOR_PORT"
    return
  fi
  if port_in_use "$SHOP_MONITOR_PORT"; then # ports.sh's check, as ./shop run's
    port_listener "$SHOP_MONITOR_PORT"
    die "Port $SHOP_MONITOR_PORT (port base + 90, Prometheus) is taken${PORT_LISTENER:+ by $PORT_LISTENER}; stop it or choose another SHOP_PORT_BASE."
  fi
  # the cluster's instances when it runs (cluster.sh), else the one-instance shop
  local targets=() i
  if haproxy_running; then
    for i in $(seq "$(cluster_size)"); do targets+=("127.0.0.1:$(instance_internal "$i")"); done
  fi
  monitor_config "$SHOP_MONITOR_DIR/prometheus.yml" "${targets[@]}"
  promtool check config "$SHOP_MONITOR_DIR/prometheus.yml" >"$SHOP_MONITOR_DIR/check.log" 2>&1 \
    || die "The Prometheus configuration is refused; see $SHOP_MONITOR_DIR/check.log"
  mkdir -p "$SHOP_VAR/log"
  step "Starting Prometheus on 127.0.0.1:$SHOP_MONITOR_PORT (scraping 127.0.0.1:$SHOP_INTERNAL_PORT)"
  nohup prometheus --config.file="$SHOP_MONITOR_DIR/prometheus.yml" --storage.tsdb.path="$SHOP_MONITOR_DIR/data" \
    --storage.tsdb.retention.time=15d --web.listen-address="127.0.0.1:$SHOP_MONITOR_PORT" \
    >"$SHOP_VAR/log/prometheus.log" 2>&1 &
  echo $! > "$SHOP_MONITOR_DIR/prometheus.pid"
  wait_for 60 "Prometheus" curl -fsS "http://127.0.0.1:$SHOP_MONITOR_PORT/-/ready" \
    || die "Prometheus did not start; see $SHOP_VAR/log/prometheus.log"
  monitor_status
}

monitor_down() {
  if monitor_running; then
    kill "$(monitor_pid)" && rm -f "$SHOP_MONITOR_DIR/prometheus.pid"
    say "Prometheus stopped (its data is kept in $SHOP_MONITOR_DIR/data)."
  else
    say "Prometheus is not running."
  fi
}

# count_in URL PATTERN: how often PATTERN occurs in what URL answers (0 when it does not answer)
count_in() { { curl -fsS --max-time 5 "$1" 2>/dev/null || true; } | { grep -o "$2" || true; } | wc -l; }

monitor_status() {
  if ! monitor_running; then
    say "Prometheus is not running ('./shop monitor up' starts it)."
    return 1
  fi
  local api=http://127.0.0.1:$SHOP_MONITOR_PORT/api/v1 rules targets up firing
  rules=$(count_in "$api/rules" '"type":"alerting"')
  targets=$(count_in "$api/targets?state=active" '"health":"[a-z]*"')
  up=$(count_in "$api/targets?state=active" '"health":"up"')
  firing=$(count_in "$api/alerts" '"state":"firing"')
  say "  Prometheus   http://127.0.0.1:$SHOP_MONITOR_PORT/ (this machine only)"
  say "  Alert rules  $rules loaded from payara-config/monitoring/alerts.yml; $firing firing: http://127.0.0.1:$SHOP_MONITOR_PORT/alerts"
  say "  Targets      $up of $targets up (a new target shows after its first scrape, within 15 s)"
}
