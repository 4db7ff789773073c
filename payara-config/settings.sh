# OpenShop's settings, declared once: every SHOP_* environment variable with its default and
# meaning, the ports derived from SHOP_PORT_BASE, and the domain's system properties that
# payara-config/domain.asadmin refers to as ${shop....}. Sourced by ./shop and ./bench (and the
# port test); sourcing it only sets variables and defines functions.
# shellcheck shell=bash

SHOP_HOME=${SHOP_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

SHOP_SETTINGS=()                 # the names, in the order ./shop help lists them
declare -A SHOP_SETTING_MEANING
declare -A SHOP_SETTING_GIVEN    # true when the environment set it (the port suggestion keeps those)

# setting NAME DEFAULT MEANING: NAME keeps the environment's value, or gets DEFAULT.
setting() {
  SHOP_SETTINGS+=("$1")
  SHOP_SETTING_MEANING[$1]=$3
  if [ -n "${!1+set}" ]; then
    SHOP_SETTING_GIVEN[$1]=true
  else
    SHOP_SETTING_GIVEN[$1]=false
    printf -v "$1" '%s' "$2"
  fi
}

setting SHOP_PORT_BASE 8000 "HTTP on base+80, HTTPS +81, admin +48 and metrics +82 (both 127.0.0.1 only); Payara's other ports (create-domain --portbase) around them"
if ! [[ $SHOP_PORT_BASE =~ ^[0-9]+$ ]] || (( SHOP_PORT_BASE < 1024 || SHOP_PORT_BASE > 65000 )); then
  printf 'SHOP_PORT_BASE=%s: give a number from 1024 to 65000 (its ports go up to base+432).\n' "$SHOP_PORT_BASE" >&2
  return 2
fi
setting SHOP_VAR "$SHOP_HOME/var" "where Payara, PostgreSQL, their data, secrets and logs live"
setting SHOP_DEMO_DATA true "load the demo catalog into an empty database"
setting SHOP_HEAP 1g "Payara Server's maximum heap"
setting SHOP_DB_HOST "" "an external PostgreSQL at this host (or hosts, comma-separated: the pool uses whichever is primary); unset: the embedded one, run by ./shop"
# shop_default_db_port BASE: the embedded PostgreSQL's port for a port base
shop_default_db_port() { echo $(($1 == 8000 ? 5433 : $1 + 432)); }
setting SHOP_DB_PORT "$(shop_default_db_port "$SHOP_PORT_BASE")" "PostgreSQL's port (5433 with the default base, otherwise base+432)"
setting SHOP_DB_STANDBY_PORT "$((SHOP_DB_PORT + 1))" "the embedded PostgreSQL's standby's port (./shop standby create), SHOP_DB_PORT+1"
setting SHOP_DB_NAME shop "the database"
setting SHOP_DB_USER shop "its user"
setting SHOP_DB_PASSWORD "" "its password: required with SHOP_DB_HOST, generated for the embedded one; kept only in a Payara password alias"
setting SHOP_DB_SSLMODE prefer "the JDBC sslmode (require, verify-full ... for TLS to PostgreSQL)"
setting SHOP_ADMIN_EMAIL admin@openshop.test "the first administrator, created on first start (password generated into \$SHOP_VAR/secrets/admin-password)"
setting SHOP_MAIL_HOST 127.0.0.1 "the SMTP server email goes to"
setting SHOP_MAIL_PORT "$((SHOP_PORT_BASE + 25))" "its port (base+25)"
setting SHOP_MAIL_FROM shop@openshop.test "the sender of the shop's email"
setting SHOP_PUBLIC_URL "http://localhost:$((SHOP_PORT_BASE + 80))" "the shop's public address: the links in its emails, its sitemap and its product feed"
setting SHOP_WORKFLOW_RETRY_ATTEMPTS 5 "attempts before a workflow step or email is parked"
setting SHOP_WORKFLOW_RETRY_DELAY 30 "the first wait between attempts, in seconds (doubled each time)"
setting SHOP_BACKUP_REPO "$SHOP_VAR/backup/repo" "where ./shop backup keeps the pgBackRest repository (encrypted; in production another disk or host)"
setting SHOP_BACKUP_KEEP_FULL 2 "full backups kept (with the incremental backups and WAL that depend on them)"
setting SHOP_BACKUP_PG_DATA "" "with SHOP_DB_HOST: the external database's data directory, when ./shop backup runs on its host"
setting SHOP_BACKUP_PG_SOCKET /var/run/postgresql "with SHOP_DB_HOST: the folder of the external database's Unix socket"
setting SHOP_SESSION_CHECK false "serialize every HTTP session attribute once more and log SEVERE when one cannot be (a failover would lose it); ./shop cluster and the tests turn it on"
setting SHOP_LOG_FORMAT text "server.log's lines: text (Payara's) or json (one JSON object a line, for a log shipper)"
case $SHOP_LOG_FORMAT in
  text|json) ;;
  *) printf 'SHOP_LOG_FORMAT=%s: give text or json.\n' "$SHOP_LOG_FORMAT" >&2; return 2 ;;
esac
setting SHOP_EDGE false "run Varnish in front of the shop (port base+88; './shop run --edge' sets it): anonymous catalog reads cached, purged by surrogate key"
case $SHOP_EDGE in
  true|false) ;;
  *) printf 'SHOP_EDGE=%s: give true or false.\n' "$SHOP_EDGE" >&2; return 2 ;;
esac
setting SHOP_EDGE_MEMORY 256m "the edge cache's memory (Varnish's malloc storage)"

case $SHOP_VAR in /*) ;; *) SHOP_VAR=$PWD/$SHOP_VAR ;; esac

# ---- derived ---------------------------------------------------------------------------------
SHOP_EMBEDDED_DB=true
[ -n "$SHOP_DB_HOST" ] && SHOP_EMBEDDED_DB=false
SHOP_DB_ADDRESS=${SHOP_DB_HOST:-127.0.0.1}   # where the shop and ./bench connect
SHOP_DB_ADDRESS=${SHOP_DB_ADDRESS%%,*}

# The ports a domain made with `create-domain --portbase B` listens on, plus the shop's metrics
# listener (domain.asadmin) and the embedded PostgreSQL: offset from the base, and what it is.
# Payara's IIOP/SSL (+38, +39), OSGi shell (+66) and debugger (+9) are reserved by the same
# --portbase but only listen when used; they are checked all the same, so a later use finds them free.
SHOP_PORT_OFFSETS=(
  "80 HTTP"
  "81 HTTPS"
  "48 admin (asadmin, console)"
  "82 metrics (internal listener)"
  "76 JMS broker"
  "86 JMX"
  "37 IIOP"
  "38 IIOP/SSL"
  "39 IIOP mutual auth"
  "49 Hazelcast DAS"
  "66 OSGi shell"
  "9 Java debugger"
)
if $SHOP_EDGE; then
  SHOP_PORT_OFFSETS+=("88 edge cache (Varnish)" "89 edge cache admin")
fi
SHOP_EDGE_PORT=$((SHOP_PORT_BASE + 88))
SHOP_EDGE_ADMIN_PORT=$((SHOP_PORT_BASE + 89))
SHOP_HTTP_PORT=$((SHOP_PORT_BASE + 80))
SHOP_HTTPS_PORT=$((SHOP_PORT_BASE + 81))
SHOP_ADMIN_PORT=$((SHOP_PORT_BASE + 48))
SHOP_INTERNAL_PORT=$((SHOP_PORT_BASE + 82))
SHOP_URL=http://localhost:$SHOP_HTTP_PORT

# Where things live under SHOP_VAR.
SHOP_DOMAIN=shop
SHOP_PAYARA_HOME=$SHOP_VAR/payara6
SHOP_DOMAIN_DIR=$SHOP_PAYARA_HOME/glassfish/domains/$SHOP_DOMAIN
SHOP_PG_HOME=$SHOP_VAR/postgres
# The embedded PostgreSQL is one node, or two with a standby (./shop standby create): pgdata on
# SHOP_DB_PORT and pgdata-standby on SHOP_DB_STANDBY_PORT. $SHOP_VAR/db-primary names the node
# that is primary when it is not pgdata (after ./shop failover); the pool lists both nodes and
# connects to the primary (shop.db.hosts, targetServerType=primary), so it follows a failover.
SHOP_PG_DATA=$SHOP_VAR/pgdata SHOP_PG_PORT=$SHOP_DB_PORT
SHOP_PG_OTHER_DATA=$SHOP_VAR/pgdata-standby SHOP_PG_OTHER_PORT=$SHOP_DB_STANDBY_PORT
if $SHOP_EMBEDDED_DB && [ "$(cat "$SHOP_VAR/db-primary" 2>/dev/null)" = pgdata-standby ]; then
  SHOP_PG_DATA=$SHOP_VAR/pgdata-standby SHOP_PG_PORT=$SHOP_DB_STANDBY_PORT
  SHOP_PG_OTHER_DATA=$SHOP_VAR/pgdata SHOP_PG_OTHER_PORT=$SHOP_DB_PORT
fi

# shop_db_hosts: the pool's host:port list (the embedded nodes, or SHOP_DB_HOST's hosts)
shop_db_hosts() {
  local hosts="" host list
  if $SHOP_EMBEDDED_DB; then
    printf '127.0.0.1:%s,127.0.0.1:%s' "$SHOP_DB_PORT" "$SHOP_DB_STANDBY_PORT"
    return
  fi
  IFS=, read -ra list <<<"$SHOP_DB_HOST"
  for host in "${list[@]}"; do
    case $host in *:*) ;; *) host=$host:$SHOP_DB_PORT ;; esac
    hosts+=${hosts:+,}$host
  done
  printf '%s' "$hosts"
}

# ---- the domain's system properties ----------------------------------------------------------
# created before payara-config/domain.asadmin runs; it refers to the shop.db.*, shop.server.*
# ones, the application reads the others through MicroProfile Config.
shop_domain_properties() {
  printf '%s\n' \
    "shop.db.hosts=$(shop_db_hosts)" \
    "shop.db.name=$SHOP_DB_NAME" \
    "shop.db.user=$SHOP_DB_USER" \
    "shop.db.sslmode=$SHOP_DB_SSLMODE" \
    "shop.server.heap=$SHOP_HEAP" \
    "shop.server.internal-port=$SHOP_INTERNAL_PORT" \
    "shop.demo.enabled=$SHOP_DEMO_DATA" \
    "shop.admin.email=$SHOP_ADMIN_EMAIL" \
    "shop.mail.smtp.host=$SHOP_MAIL_HOST" \
    "shop.mail.smtp.port=$SHOP_MAIL_PORT" \
    "shop.mail.from=$SHOP_MAIL_FROM" \
    "shop.web.base-url=$SHOP_PUBLIC_URL" \
    "shop.workflow.retry.max-attempts=$SHOP_WORKFLOW_RETRY_ATTEMPTS" \
    "shop.workflow.retry.first-delay-seconds=$SHOP_WORKFLOW_RETRY_DELAY" \
    "shop.session.check-serialization=$SHOP_SESSION_CHECK"
  if $SHOP_EDGE; then
    printf '%s\n' "shop.edge.purge-urls=http://127.0.0.1:$SHOP_EDGE_PORT"
  fi
}

# The settings as ./shop help shows them: name, value in effect, meaning.
shop_settings_help() {
  local name value
  for name in "${SHOP_SETTINGS[@]}"; do
    value=${!name}
    case $name in *PASSWORD) [ -n "$value" ] && value='(set)' ;; esac
    printf '  %-29s %-22s %s\n' "$name" "${value:-(unset)}" "${SHOP_SETTING_MEANING[$name]}"
  done
}
