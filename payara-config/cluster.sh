# The shop as a cluster on this machine: './shop cluster up [--instances N]', 'down', 'status',
# 'logs'. A domain of its own ('shop-cluster', made from domain.asadmin and cluster.asadmin) whose
# DAS administers a deployment group of N instances sharing the configuration 'shop-config', the
# EAR deployed to the group with availability (session replication) enabled, and haproxy in front
# on the shop's public port, sticky by the session cookie, checking each instance's readiness.
# The database is the one './shop run' uses. Sourced by ./shop after deploy.sh.
# shellcheck shell=bash

CLUSTER_DOMAIN=shop-cluster
CLUSTER_CONFIG=shop-config
CLUSTER_GROUP=shop-group
CLUSTER_NODE=localhost-$CLUSTER_DOMAIN
CLUSTER_DIR=$SHOP_VAR/cluster
CLUSTER_MAX_INSTANCES=4
HAPROXY_CFG=$CLUSTER_DIR/haproxy.cfg
HAPROXY_PIDFILE=$CLUSTER_DIR/haproxy.pid
HAPROXY_LOG=$SHOP_VAR/log/haproxy.log
LB_STATS_PORT=$((SHOP_PORT_BASE + 84))
LB_ADMIN_PORT=$((SHOP_PORT_BASE + 85))   # haproxy's runtime API (drain, maintenance, ready), 127.0.0.1 only

# instance I (1..N): ports from base + 100 I (HTTP +80, metrics +82, admin +48, ...)
instance_name() { echo "shop-i$1"; }
instance_base() { echo $((SHOP_PORT_BASE + 100 * $1)); }
instance_http() { echo $(($(instance_base "$1") + 80)); }
instance_internal() { echo $(($(instance_base "$1") + 82)); }
instance_dir() { echo "$SHOP_PAYARA_HOME/glassfish/nodes/$CLUSTER_NODE/$(instance_name "$1")"; }
cluster_size() { cat "$CLUSTER_DIR/instances" 2>/dev/null || echo 2; }

# From here on this run works on the cluster's domain and deploys to its group.
use_cluster_domain() {
  SHOP_DOMAIN=$CLUSTER_DOMAIN
  SHOP_DOMAIN_DIR=$SHOP_PAYARA_HOME/glassfish/domains/$SHOP_DOMAIN
  SHOP_DEPLOY_TARGET=$CLUSTER_GROUP
  SHOP_DEPLOY_OPTIONS=(--availabilityenabled=true)
  SHOP_SESSION_CHECK=true   # a failover loses what cannot be serialized: say so in the log
  SHOP_DEPLOYMENTS=$SHOP_VAR/deployments-cluster
}

instance_healthy() { curl -fsS --max-time 5 "http://127.0.0.1:$(instance_http "$1")/health/ready" 2>/dev/null | grep -q '"status":"UP"'; }

# every instance is ready (deploy_version waits for this in cluster mode)
cluster_healthy() {
  local i
  for i in $(seq "$(cluster_size)"); do instance_healthy "$i" || return 1; done
}

# domain.asadmin's settings of server-config, for the named configuration CONFIG: the same file,
# without what is domain-wide (resources, aliases, the Data Grid), with CONFIG as the target.
cluster_config_asadmin() {
  local config=$1
  sed -E \
    -e '/^(create-password-alias|create-jdbc-connection-pool|create-jdbc-resource|create-jms-resource|set-hazelcast-configuration|set resources\.)/d' \
    -e "s/^set configs\\.config\\.server-config\\./set configs.config.$config./" \
    -e "s/^(create-http-listener|create-jvm-options|delete-jvm-options|create-protocol|create-protocol-finder|create-virtual-server|set-metrics-configuration|set-amx-enabled|set-batch-runtime-configuration) /\\1 --target $config /" \
    "$SHOP_HOME/payara-config/domain.asadmin"
}

cluster_fingerprint() {
  { config_fingerprint; cat "$SHOP_HOME/payara-config/cluster.asadmin"; echo "instances=$1"; } | sha256sum | cut -c1-16
}

# cluster_prepare N: the cluster domain with N instances, made afresh when payara-config, a
# setting or N changed (the domain holds no business data). Leaves the DAS running.
cluster_prepare() {
  local n=$1 fingerprint log=$SHOP_VAR/log/cluster-configure.log i
  fingerprint=$(cluster_fingerprint "$n")
  if [ "$(cat "$SHOP_DOMAIN_DIR/config/.shop-cluster" 2>/dev/null)" = "$fingerprint" ]; then
    domain_start
    return
  fi
  if [ -d "$SHOP_DOMAIN_DIR" ]; then
    step "payara-config, a setting or the number of instances changed: making the cluster afresh (the database is not touched)"
    cluster_stop_instances
    domain_stop
    "$ASADMIN" delete-domain "$SHOP_DOMAIN" >/dev/null 2>&1 || true
    rm -rf "$SHOP_PAYARA_HOME/glassfish/nodes/$CLUSTER_NODE"
  fi
  domain_prepare
  domain_start
  : > "$log"
  asadmin_logged "$log" "Creating the deployment group and its configuration (payara-config/cluster.asadmin)" \
    multimode --file "$SHOP_HOME/payara-config/cluster.asadmin"
  asadmin_logged "$log" "Giving $CLUSTER_CONFIG the shop's system properties" \
    create-system-properties --target "$CLUSTER_CONFIG" "$(domain_properties_operand)"
  cluster_config_asadmin "$CLUSTER_CONFIG" > "$CLUSTER_DIR/$CLUSTER_CONFIG.asadmin"
  asadmin_logged "$log" "Applying domain.asadmin's settings to $CLUSTER_CONFIG" \
    multimode --file "$CLUSTER_DIR/$CLUSTER_CONFIG.asadmin"
  if [ "$SHOP_LOG_FORMAT" = json ]; then
    asadmin_logged "$log" "Switching the instances' server.log to JSON lines" set-log-attributes --target "$CLUSTER_CONFIG" \
      com.sun.enterprise.server.logging.GFFileHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter
  fi
  for i in $(seq "$n"); do
    asadmin_logged "$log" "Creating the instance $(instance_name "$i") (ports from $(instance_base "$i"))" \
      create-instance --node "$CLUSTER_NODE" --config "$CLUSTER_CONFIG" --portbase "$(instance_base "$i")" "$(instance_name "$i")"
    asadmin_logged "$log" "Adding $(instance_name "$i") to $CLUSTER_GROUP" \
      add-instance-to-deployment-group --instance "$(instance_name "$i")" --deploymentgroup "$CLUSTER_GROUP"
    asadmin_logged "$log" "Giving $(instance_name "$i") its metrics port" \
      create-system-properties --target "$(instance_name "$i")" "shop.server.internal-port=$(instance_internal "$i")"
  done
  # the system page reads every instance's metrics (SystemMonitor): "name=URL,..."
  local instances=""
  for i in $(seq "$n"); do
    instances+=${instances:+,}"$(instance_name "$i")\\=http\\://127.0.0.1\\:$(instance_internal "$i")/metrics"
  done
  asadmin_logged "$log" "Listing the instances for the system page" \
    create-system-properties --target "$CLUSTER_CONFIG" "shop.system.instances=$instances"
  echo "$fingerprint" > "$SHOP_DOMAIN_DIR/config/.shop-cluster"
}

cluster_start_instances() {
  local i
  for i in $(seq "$(cluster_size)"); do mkdir -p "$(instance_dir "$i")/tmp"; done
  step "Starting the $(cluster_size) instances of $CLUSTER_GROUP (about a minute)"
  "$ASADMIN" --port "$SHOP_ADMIN_PORT" start-deployment-group --timeout 600 "$CLUSTER_GROUP" >"$SHOP_VAR/log/cluster-start.log" 2>&1 || true
  for i in $(seq "$(cluster_size)"); do
    instance_running "$i" || die "The instance $(instance_name "$i") did not start; see $(instance_dir "$i")/logs/server.log"
  done
}

cluster_stop_instances() {
  [ -x "$ASADMIN" ] && domain_running || return 0
  step "Stopping the instances of $CLUSTER_GROUP"
  "$ASADMIN" --port "$SHOP_ADMIN_PORT" stop-deployment-group "$CLUSTER_GROUP" >/dev/null 2>&1 || true
}

instance_running() {
  "$ASADMIN" --port "$SHOP_ADMIN_PORT" list-instances "$CLUSTER_GROUP" 2>/dev/null | grep -q "^$(instance_name "$1") *running"
}

# ---- haproxy ------------------------------------------------------------------------------------
haproxy_installed() { ensure_debian_package haproxy haproxy "The cluster needs haproxy in front of its instances"; }

haproxy_running() { [ -f "$HAPROXY_PIDFILE" ] && kill -0 "$(cat "$HAPROXY_PIDFILE")" 2>/dev/null; }

# The load balancer's configuration: the shop's public port, sticky by the session cookie (the
# instance's name is prefixed to JSESSIONID and taken off again before the instance sees it), each
# instance checked every 2 s through the application's readiness URL (/health/ready: 200 only when
# every check is UP, and it must name the application's database check, which a server without
# the application deployed does not have), and the statistics page on loopback only.
haproxy_write_config() {
  local i
  mkdir -p "$CLUSTER_DIR"
  {
    cat <<EOF
# Written by ./shop cluster up (payara-config/cluster.sh); changes are overwritten.
global
    maxconn 4096
    log stdout format short local0 info
    stats socket ipv4@127.0.0.1:$LB_ADMIN_PORT level admin

defaults
    mode http
    log global
    option httplog
    option dontlognull
    option forwardfor
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    retries 2
    option redispatch

frontend shop
    bind :$SHOP_HTTP_PORT
    default_backend instances

backend instances
    balance roundrobin
    cookie JSESSIONID prefix nocache
    option httpchk
    http-check send meth GET uri /health/ready
    http-check expect status 200
    http-check expect string "database"
    default-server inter 2s fall 2 rise 2
EOF
    for i in $(seq "$(cluster_size)"); do
      printf '    server %s 127.0.0.1:%s check cookie %s\n' "$(instance_name "$i")" "$(instance_http "$i")" "$(instance_name "$i")"
    done
    cat <<EOF

frontend stats
    bind 127.0.0.1:$LB_STATS_PORT
    stats enable
    stats uri /
    stats refresh 5s
    stats admin if TRUE
EOF
  } > "$HAPROXY_CFG"
  haproxy -c -q -f "$HAPROXY_CFG" >"$SHOP_VAR/log/haproxy-check.log" 2>&1 \
    || die "haproxy refuses its configuration ($HAPROXY_CFG); see $SHOP_VAR/log/haproxy-check.log"
}

haproxy_start() {
  haproxy_running && haproxy_stop
  step "Starting haproxy on port $SHOP_HTTP_PORT (statistics on 127.0.0.1:$LB_STATS_PORT)"
  nohup haproxy -db -f "$HAPROXY_CFG" >>"$HAPROXY_LOG" 2>&1 &
  echo $! > "$HAPROXY_PIDFILE"
  sleep 1
  haproxy_running || die "haproxy did not start; see $HAPROXY_LOG"
}

haproxy_stop() {
  if haproxy_running; then
    step "Stopping haproxy"
    kill "$(cat "$HAPROXY_PIDFILE")" 2>/dev/null || true
    local i
    for i in 1 2 3 4 5 6 7 8 9 10; do haproxy_running || break; sleep 0.5; done
  fi
  rm -f "$HAPROXY_PIDFILE"
}

# haproxy_servers [COLUMN]: "name value" for each server of the backend, from the statistics
# page's CSV; the value is column 18, the status, unless another is asked for (5: current sessions)
haproxy_servers() {
  curl -fsS --max-time 5 "http://127.0.0.1:$LB_STATS_PORT/;csv" 2>/dev/null \
    | awk -F, -v c="${1:-18}" '$1 == "instances" && $2 != "BACKEND" { print $2, $c }'
}

# haproxy_command CMD: one command to haproxy's runtime API; prints its answer
haproxy_command() {
  local answer
  exec 3<>"/dev/tcp/127.0.0.1/$LB_ADMIN_PORT" || return 1
  printf '%s\n' "$1" >&3
  answer=$(timeout 5 cat <&3)
  exec 3<&- 3>&-
  printf '%s' "$answer"
}

# haproxy_server_field NAME COLUMN: that column of one server's row
haproxy_server_field() { haproxy_servers "$2" | awk -v s="$1" '$1 == s { sub(/^[^ ]* /, ""); print }'; }
haproxy_server_idle() { [ "$(haproxy_server_field "$1" 5)" = 0 ]; }
haproxy_server_up() { [ "$(haproxy_server_field "$1" 18)" = UP ]; }

# the version enabled on one instance (its own application reference)
instance_enabled_version() {
  "$ASADMIN" --port "$SHOP_ADMIN_PORT" list-applications --long=true "$1" 2>/dev/null \
    | awk -v app="$SHOP_APP_NAME" 'NR > 1 && index($1, app ":") == 1 && $NF == "enabled" { print $1; exit }'
}

# ./shop cluster deploy [EAR] [--version V]: a rolling deployment. The new version is deployed to
# the group disabled, while the old one serves; then one instance at a time is drained in haproxy
# (no new shoppers), put in maintenance once its open requests are done (its shoppers' requests
# go to the others, which have their sessions), switched to the new version, checked ready, and
# put back. No request fails: each is answered by an instance that runs one version or the other.
cluster_deploy() {
  local ear version name before i server log=$SHOP_VAR/log/deploy.log
  use_cluster_domain
  deploy_arguments "cluster deploy" "$@"
  ear=$DEPLOY_EAR version=$DEPLOY_VERSION
  domain_running && haproxy_running && cluster_lb_all_up \
    || die "The cluster is not running with every instance UP in haproxy: './shop cluster up' (or './shop cluster status') first."
  name=$SHOP_APP_NAME:$version
  before=$(enabled_version)
  if ! deployed "$name"; then
    step "Deploying $name to $CLUSTER_GROUP, disabled (${before:-the enabled version} serves meanwhile; migrations run when it starts)"
    "$ASADMIN" --port "$SHOP_ADMIN_PORT" deploy --target "$CLUSTER_GROUP" --virtualservers server "${SHOP_DEPLOY_OPTIONS[@]}" \
      --name "$name" --enabled=false "$ear" >"$log" 2>&1 \
      || die "Deploying $name failed, nothing was switched (output in $log)."
  fi
  for i in $(seq "$(cluster_size)"); do
    server=$(instance_name "$i")
    if [ "$(instance_enabled_version "$server")" = "$name" ]; then
      say "  $server runs $name already"
      continue
    fi
    step "$server: draining in haproxy, then $name, then back"
    haproxy_command "set server instances/$server state drain" >/dev/null || die "haproxy's runtime API does not answer on 127.0.0.1:$LB_ADMIN_PORT."
    wait_for 30 "$server's open requests to finish" haproxy_server_idle "$server" || true
    haproxy_command "set server instances/$server state maint" >/dev/null
    wait_for 30 "$server's last requests to finish" haproxy_server_idle "$server" || true
    if ! "$ASADMIN" --port "$SHOP_ADMIN_PORT" enable --target "$server" "$name" >"$log" 2>&1; then
      haproxy_command "set server instances/$server state ready" >/dev/null
      die "Enabling $name on $server failed (output in $log); $server is back in haproxy with ${before:-its version}."
    fi
    if ! wait_for 240 "$name on $server to report UP at /health/ready" instance_healthy "$i"; then
      "$ASADMIN" --port "$SHOP_ADMIN_PORT" enable --target "$server" "$before" >/dev/null 2>&1 || true
      wait_for 240 "$before on $server to report UP again" instance_healthy "$i" || true
      haproxy_command "set server instances/$server state ready" >/dev/null
      die "$name did not become ready on $server; $server runs $before again and is back in haproxy ('./shop cluster logs')."
    fi
    haproxy_command "set server instances/$server state ready" >/dev/null
    wait_for 30 "haproxy to see $server UP" haproxy_server_up "$server" || die "haproxy does not see $server UP again."
  done
  # the group's own reference: an instance started or added later runs the new version too
  "$ASADMIN" --port "$SHOP_ADMIN_PORT" enable --target "$CLUSTER_GROUP" "$name" >"$log" 2>&1 \
    || die "Every instance runs $name, but the group's reference could not be switched (output in $log)."
  printf '%s %s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$name" "$ear" >> "$SHOP_DEPLOYMENTS"
  prune_versions
  say "Enabled on every instance: $name. Deployed versions: $(app_versions | tr '\n' ' ')"
}

# ---- the commands -------------------------------------------------------------------------------
cluster_ports_free_or_die() {
  local n=$1 i entry taken=()
  for i in $(seq "$n"); do
    for entry in "${SHOP_PORT_OFFSETS[@]}"; do
      port_in_use "$(($(instance_base "$i") + ${entry%% *}))" && taken+=("$(($(instance_base "$i") + ${entry%% *})) (${entry#* } of $(instance_name "$i"))")
    done
  done
  port_in_use "$LB_STATS_PORT" && taken+=("$LB_STATS_PORT (haproxy's statistics)")
  port_in_use "$LB_ADMIN_PORT" && taken+=("$LB_ADMIN_PORT (haproxy's runtime API)")
  [ ${#taken[@]} -eq 0 ] || die "The cluster's ports are taken: ${taken[*]}. Stop what holds them, or choose another SHOP_PORT_BASE."
}

cluster_up() {
  local n
  n=$(cluster_size)
  while [ $# -gt 0 ]; do
    case $1 in
      --instances) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] && (( $2 <= CLUSTER_MAX_INSTANCES )) \
                     || die "--instances takes a number from 1 to $CLUSTER_MAX_INSTANCES."; n=$2; shift 2 ;;
      *) die "usage: ./shop cluster up [--instances N]" ;;
    esac
  done
  # the one-instance shop and the cluster share the database and the public port: one at a time
  if domain_running; then
    step "Stopping the one-instance shop ('./shop run' starts it again, after './shop cluster down')"
    domain_stop
  fi
  use_cluster_domain
  if ! haproxy_running && ! domain_running; then
    ports_free_or_die "SHOP_PORT_BASE=@BASE@ ./shop cluster up"
    cluster_ports_free_or_die "$n"
  fi
  haproxy_installed
  check_java
  build_ear
  install_runtime
  db_start
  mkdir -p "$CLUSTER_DIR"
  echo "$n" > "$CLUSTER_DIR/instances"
  cluster_prepare "$n"
  cluster_start_instances
  haproxy_write_config
  haproxy_start
  healthy() { cluster_healthy; }
  deploy_version "$EAR" "$(ear_version "$EAR")"
  # a version deployed before is not deployed again, but each instance loads it as it starts
  wait_for 300 "every instance to report UP at /health/ready" cluster_healthy \
    || die "Not every instance became ready in 5 minutes; see './shop cluster status' and './shop cluster logs'."
  wait_for 60 "haproxy to see every instance UP" cluster_lb_all_up \
    || die "haproxy does not see every instance UP; see './shop cluster status'."
  cluster_print_urls
}

cluster_lb_all_up() { [ "$(haproxy_servers | awk '$2 == "UP"' | wc -l)" -eq "$(cluster_size)" ]; }

cluster_down() {
  use_cluster_domain
  haproxy_stop
  cluster_stop_instances
  domain_stop
  db_stop
  say "The cluster is stopped. Data is kept in $SHOP_VAR."
}

cluster_status() {
  trap - ERR
  use_cluster_domain
  local rc=0 i
  if domain_running; then say "DAS:           running (admin 127.0.0.1:$SHOP_ADMIN_PORT)"; else say "DAS:           stopped"; rc=1; fi
  for i in $(seq "$(cluster_size)"); do
    if instance_healthy "$i"; then
      say "$(instance_name "$i"):       UP (HTTP 127.0.0.1:$(instance_http "$i"))"
    else
      say "$(instance_name "$i"):       not UP (HTTP 127.0.0.1:$(instance_http "$i"))"; rc=1
    fi
  done
  if haproxy_running; then
    say "haproxy:       running on port $SHOP_HTTP_PORT; it sees: $(haproxy_servers | tr '\n' ' ')"
  else
    say "haproxy:       stopped"; rc=1
  fi
  if db_running; then say "PostgreSQL:    running ($(basename "$SHOP_PG_DATA"), 127.0.0.1:$SHOP_PG_PORT)"; else say "PostgreSQL:    not running"; rc=1; fi
  return $rc
}

cluster_logs() {
  use_cluster_domain
  local files=() i
  for i in $(seq "$(cluster_size)"); do
    [ -f "$(instance_dir "$i")/logs/server.log" ] && files+=("$(instance_dir "$i")/logs/server.log")
  done
  [ -f "$HAPROXY_LOG" ] && files+=("$HAPROXY_LOG")
  [ ${#files[@]} -gt 0 ] || die "No cluster logs yet: run './shop cluster up' first."
  exec tail -n 50 -F "${files[@]}"
}

cluster_print_urls() {
  local i
  cat <<EOF

  OpenShop is running as a cluster of $(cluster_size) instances behind haproxy.
    Storefront    $SHOP_URL/   (haproxy: sticky by session, each instance checked at /health/ready)
    Back office   $SHOP_URL/admin/
    API           $SHOP_URL/api/products
    haproxy stats http://127.0.0.1:$LB_STATS_PORT/ (this machine only)
    DAS console   http://127.0.0.1:$SHOP_ADMIN_PORT/ (this machine only)
EOF
  for i in $(seq "$(cluster_size)"); do
    printf '    %-13s http://127.0.0.1:%s/, metrics http://127.0.0.1:%s/metrics\n' "$(instance_name "$i")" "$(instance_http "$i")" "$(instance_internal "$i")"
  done
  printf "  './shop cluster status' checks them, './shop cluster down' stops everything and keeps the data.\n"
}

cmd_cluster() {
  case "${1:-}" in
    up)     shift; cluster_up "$@" ;;
    down)   cluster_down ;;
    status) cluster_status ;;
    logs)   cluster_logs ;;
    deploy) shift; cluster_deploy "$@" ;;
    *)      die "usage: ./shop cluster up [--instances N] | down | status | logs | deploy [EAR] [--version V]" ;;
  esac
}
