# The edge cache: Varnish (Debian's varnish, with the xkey module of varnish-modules) in front of
# the shop, running payara-config/edge/shop.vcl. Sourced by ./shop after settings.sh and ports.sh
# ("./shop run --edge", "./shop edge up|down|status", "./shop stop"); the system tests start their
# own Varnish from the same VCL (system-tests/ensure-varnish.sh installs it for them).
# shellcheck shell=bash

SHOP_EDGE_DIR=$SHOP_VAR/edge
SHOP_EDGE_VCL=$SHOP_HOME/payara-config/edge/shop.vcl

xkey_present() { compgen -G "/usr/lib/*/varnish/vmods/libvmod_xkey.so" >/dev/null || compgen -G "/usr/lib/varnish/vmods/libvmod_xkey.so" >/dev/null; }

# ensure_varnish: varnishd and the xkey module, installed with apt-get when this machine allows
# it (root, Debian), as Prometheus and the tests' browser are; otherwise says what to do.
ensure_varnish() {
  command -v varnishd >/dev/null 2>&1 && xkey_present && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    printf '==> Installing Varnish and varnish-modules (Debian packages, about a minute)\n' >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 \
           && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null 2>&1; }
  fi
  command -v varnishd >/dev/null 2>&1 && xkey_present && return 0
  printf 'The edge cache needs varnishd and its xkey module. Install them (Debian: sudo apt-get install varnish varnish-modules) and run again.\n' >&2
  return 1
}

# edge_vcl FILE BACKEND_HOST BACKEND_PORT: the running VCL, made from payara-config/edge/shop.vcl.
# Purges are taken from this machine only.
edge_vcl() {
  mkdir -p "$(dirname "$1")"
  sed -e "s/@BACKEND_HOST@/$2/" -e "s/@BACKEND_PORT@/$3/" -e 's/@PURGERS@/"127.0.0.1"; "::1";/' "$SHOP_EDGE_VCL" > "$1"
}

edge_pid() { cat "$SHOP_EDGE_DIR/varnishd.pid" 2>/dev/null; }
edge_running() { local pid; pid=$(edge_pid) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

edge_up() {
  ensure_varnish || exit 1
  if edge_running; then
    return 0
  fi
  if port_in_use "$SHOP_EDGE_PORT"; then
    port_listener "$SHOP_EDGE_PORT"
    die "Port $SHOP_EDGE_PORT (port base + 88, the edge cache) is taken${PORT_LISTENER:+ by $PORT_LISTENER}; stop it or choose another SHOP_PORT_BASE."
  fi
  step "Starting the edge cache (Varnish) on port $SHOP_EDGE_PORT in front of port $SHOP_HTTP_PORT"
  edge_vcl "$SHOP_EDGE_DIR/shop.vcl" 127.0.0.1 "$SHOP_HTTP_PORT"
  # -j none: no privilege separation to the varnish user (the work folder is the shop's own)
  varnishd -j none -n "$SHOP_EDGE_DIR/work" -a "127.0.0.1:$SHOP_EDGE_PORT" -T "127.0.0.1:$SHOP_EDGE_ADMIN_PORT" \
    -f "$SHOP_EDGE_DIR/shop.vcl" -s "malloc,$SHOP_EDGE_MEMORY" -P "$SHOP_EDGE_DIR/varnishd.pid" \
    >"$SHOP_VAR/log/edge.log" 2>&1 || die "Varnish did not start; see $SHOP_VAR/log/edge.log"
  wait_for 30 "the edge cache to answer" edge_answers || die "The edge cache does not answer on port $SHOP_EDGE_PORT; see $SHOP_VAR/log/edge.log"
}

edge_answers() { curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$SHOP_EDGE_PORT/health/live"; }

edge_down() {
  edge_running || return 0
  local pid; pid=$(edge_pid)
  kill "$pid" 2>/dev/null || true
  wait_for 30 "the edge cache to stop" edge_stopped || kill -9 "$pid" 2>/dev/null || true
  rm -f "$SHOP_EDGE_DIR/varnishd.pid"
}

edge_stopped() { ! edge_running; }

edge_status() {
  if edge_running; then
    say "Edge cache:    running (Varnish, http://localhost:$SHOP_EDGE_PORT/)"
  else
    say "Edge cache:    stopped"
  fi
}
