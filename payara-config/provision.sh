# Provisioning of a shop under SHOP_VAR: Payara Server, the JDBC driver and PostgreSQL installed
# through this folder's pom.xml, the embedded PostgreSQL cluster, the generated secrets, the
# Payara domain made from domain.asadmin (system properties, password aliases, the development
# certificate) and the deployment. Sourced by ./shop after settings.sh and ports.sh; the
# functions read the SHOP_* settings and die with a message saying what to do.
# shellcheck shell=bash

ASADMIN=$SHOP_PAYARA_HOME/bin/asadmin
PG_LOG=$SHOP_VAR/log/postgres/postgres.log
STANDBY_LOG=$SHOP_VAR/log/postgres/standby.log
HTTPS_CERT=$SHOP_VAR/https-certificate.pem

# ---- messages and helpers --------------------------------------------------------------------
say()  { printf '%s\n' "$*"; }
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2 2>/dev/null || printf '==> %s\n' "$*" >&2; }
die()  { printf 'shop: %s\n' "$*" >&2; exit 1; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2; shift 2
  local start=$SECONDS
  printf '    waiting for %s ' "$what" >&2
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS - start >= limit )); then
      printf ' gave up after %ss\n' "$limit" >&2
      return 1
    fi
    printf '.' >&2
    sleep 2
  done
  printf ' ready (%ss)\n' "$((SECONDS - start))" >&2
}

check_java() {
  command -v java >/dev/null 2>&1 || die "No Java found. Install JDK 17 (e.g. 'apt-get install openjdk-17-jdk') and put it on PATH."
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$v" ] && [ "${v%%.*}" -ge 17 ] 2>/dev/null \
    || die "Java $v is too old: the shop needs JDK 17 or newer on PATH (set JAVA_HOME and PATH)."
  command -v javac >/dev/null 2>&1 || die "Only a Java runtime was found; the build needs a JDK 17 (javac)."
}

check_maven() {
  command -v mvn >/dev/null 2>&1 || die "Maven is missing. Install Apache Maven 3.8+ (e.g. 'apt-get install maven')."
}

mvn_quiet() { # runs Maven with its output in a log, showing a ticking clock meanwhile
  local log=$SHOP_VAR/log/maven.log
  mkdir -p "$SHOP_VAR/log"
  mvn -B "$@" >"$log" 2>&1 &
  local pid=$! start=$SECONDS
  while [ -t 2 ] && kill -0 "$pid" 2>/dev/null; do
    printf '\r    %3ss  %s' "$((SECONDS - start))" "$(grep -cE '^Downloaded from' "$log" 2>/dev/null) files downloaded" >&2
    sleep 1
  done
  [ -t 2 ] && printf '\r%60s\r' '' >&2
  if ! wait "$pid"; then
    grep -E '\[ERROR\]' "$log" | head -20 >&2 || true
    die "Maven failed ('mvn $*'); the whole output is in $log"
  fi
}

# ensure_debian_package COMMAND PACKAGE NEED: COMMAND on PATH, from the Debian package PACKAGE,
# installed with apt-get when this machine allows it (root, Debian; the package lists refreshed
# when they are stale); otherwise one sentence: NEED, and what to install.
ensure_debian_package() {
  local command=$1 package=$2 need=$3 log=$SHOP_VAR/log/apt-$2.log
  command -v "$command" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing $package (Debian package)"
    mkdir -p "$SHOP_VAR/log"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" \
        || { DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package"; }
    } >"$log" 2>&1 || true
  fi
  command -v "$command" >/dev/null 2>&1 && return 0
  die "$need: install the Debian package '$package' (sudo apt-get install $package) and run this again."
}

# ---- installation through Maven (payara-config/pom.xml) --------------------------------------
install_runtime() {
  check_java
  check_maven
  local pom=$SHOP_HOME/payara-config/pom.xml
  if [ ! -x "$ASADMIN" ]; then
    step "Installing Payara Server through Maven (about 160 MB the first time) into $SHOP_PAYARA_HOME"
    mvn_quiet -f "$pom" dependency:unpack@payara "-Dshop.var=$SHOP_VAR"
    [ -x "$ASADMIN" ] || die "Payara Server did not unpack into $SHOP_PAYARA_HOME; see $SHOP_VAR/log/maven.log"
  fi
  if [ ! -f "$SHOP_VAR/lib/postgresql.jar" ]; then
    step "Fetching the PostgreSQL JDBC driver through Maven"
    mvn_quiet -f "$pom" dependency:copy@jdbc-driver "-Dshop.var=$SHOP_VAR"
  fi
  if $SHOP_EMBEDDED_DB && [ "$(cat "$SHOP_PG_HOME/.version" 2>/dev/null)" != "$(pg_binaries_version)" ]; then
    step "Installing PostgreSQL $(pg_binaries_version) (embedded distribution) through Maven"
    command -v xz >/dev/null 2>&1 || die "Unpacking PostgreSQL needs xz (e.g. 'apt-get install xz-utils')."
    rm -rf "$SHOP_VAR/postgres-dist" "$SHOP_PG_HOME" "$SHOP_VAR"/.markers/*embedded-postgres*
    mvn_quiet -f "$pom" dependency:unpack@postgres "-Dshop.var=$SHOP_VAR"
    mkdir -p "$SHOP_PG_HOME"
    tar -xJf "$SHOP_VAR"/postgres-dist/*.txz -C "$SHOP_PG_HOME"
    pg_binaries_version > "$SHOP_PG_HOME/.version"
  fi
}

# the embedded PostgreSQL's version, as the root pom.xml pins it (15.14.0)
pg_binaries_version() {
  sed -n 's:.*<postgresql.binaries.version>\(.*\)</postgresql.binaries.version>.*:\1:p' "$SHOP_HOME/pom.xml"
}

# ---- secrets (generated once, mode 0600 under SHOP_VAR/secrets) ------------------------------
# new_secret FILE COMMAND...: FILE's content, made by COMMAND the first time
new_secret() {
  local file=$SHOP_VAR/secrets/$1; shift
  if [ ! -s "$file" ]; then
    mkdir -p "$SHOP_VAR/secrets" && chmod 700 "$SHOP_VAR/secrets"
    (umask 077; "$@" > "$file")
  fi
  tr -d '\n' < "$file"
}
random_hex()    { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
random_base64() { head -c "$1" /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
first_crypto_key() { printf 'k1:%s' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')"; }

db_password() {
  if ! $SHOP_EMBEDDED_DB; then
    [ -n "$SHOP_DB_PASSWORD" ] || die "SHOP_DB_HOST is set, so SHOP_DB_PASSWORD must be set too (the password of $SHOP_DB_USER)."
    printf '%s' "$SHOP_DB_PASSWORD"
    return
  fi
  new_secret db-password random_hex 24
}

# The first administrator's password: kept only in this file and in the Payara password alias
# shop-admin-password, from which the application reads it at its first start. The application
# never changes an existing administrator.
admin_password() { new_secret admin-password random_base64 18; }

# The key that signs API tokens (HMAC-SHA256), also in the password alias shop-jwt-secret.
jwt_secret() { new_secret jwt-secret random_base64 48; }

# The keys for personal data at rest (AES-256-GCM), as "id:base64key[,id:base64key...]", also
# in the password alias shop-crypto-keys. To rotate, append ",k2:<new base64 key>" to the file
# (the last key is the current one) and run ./shop again; see docs/security.md.
crypto_keys() { new_secret crypto-keys first_crypto_key; }

# ---- PostgreSQL -------------------------------------------------------------------------------
# PostgreSQL refuses to run as root; when we are root its processes run as an unprivileged user.
pg_user() {
  if [ "$(id -u)" -ne 0 ]; then return 1; fi
  if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

as_pg() {
  local user
  if user=$(pg_user); then
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

make_reachable_for() { # lets an unprivileged user reach PostgreSQL's files below a root-only folder
  local user=$1 dir=$SHOP_PG_HOME
  chown -R "$user" "$SHOP_PG_DATA" "$SHOP_VAR/log/postgres" 2>/dev/null || true
  while [ "$dir" != "/" ]; do
    dir=$(dirname "$dir")
    [ -x "$dir" ] && runuser -u "$user" -- test -x "$dir" 2>/dev/null && continue
    chmod o+x "$dir"
  done
}

db_pid() { head -1 "$SHOP_PG_DATA/postmaster.pid" 2>/dev/null || true; }

db_running() {
  if $SHOP_EMBEDDED_DB; then
    [ -f "$SHOP_PG_DATA/postmaster.pid" ] && as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_DATA" status >/dev/null 2>&1
  else
    (exec 3<>"/dev/tcp/$SHOP_DB_ADDRESS/$SHOP_DB_PORT") 2>/dev/null
  fi
}
db_start() {
  if ! $SHOP_EMBEDDED_DB; then
    db_running \
      || die "PostgreSQL at $SHOP_DB_HOST:$SHOP_DB_PORT does not answer. Start it, or unset SHOP_DB_HOST to use the embedded one."
    say "    using the external PostgreSQL at $SHOP_DB_HOST:$SHOP_DB_PORT, database $SHOP_DB_NAME, user $SHOP_DB_USER"
    return
  fi
  mkdir -p "$SHOP_VAR/log/postgres"
  local user=""
  user=$(pg_user) || user=""
  if [ ! -f "$SHOP_PG_DATA/PG_VERSION" ]; then
    step "Creating the database cluster in $SHOP_PG_DATA"
    rm -rf "$SHOP_PG_DATA"
    mkdir -p "$SHOP_PG_DATA"
    local pwfile
    pwfile=$(mktemp)
    db_password > "$pwfile"
    if [ -n "$user" ]; then make_reachable_for "$user"; chown "$user" "$pwfile"; fi
    as_pg "$SHOP_PG_HOME/bin/initdb" -D "$SHOP_PG_DATA" -U "$SHOP_DB_USER" --pwfile="$pwfile" -E UTF8 --locale=C \
      --auth-local=trust --auth-host=scram-sha-256 >"$SHOP_VAR/log/postgres/initdb.log" 2>&1 \
      || { rm -f "$pwfile"; die "initdb failed; see $SHOP_VAR/log/postgres/initdb.log"; }
    rm -f "$pwfile"
    echo "CREATE DATABASE $SHOP_DB_NAME" | as_pg "$SHOP_PG_HOME/bin/postgres" --single -D "$SHOP_PG_DATA" postgres \
      >"$SHOP_VAR/log/postgres/createdb.log" 2>&1 || die "Creating database $SHOP_DB_NAME failed; see $SHOP_VAR/log/postgres/createdb.log"
  fi
  [ -n "$user" ] && make_reachable_for "$user"
  pg_version_matches "$SHOP_PG_DATA"
  if db_running; then
    standby_start
    return
  fi
  if port_in_use "$SHOP_PG_PORT"; then
    port_listener "$SHOP_PG_PORT"
    die "Port $SHOP_PG_PORT (PostgreSQL) is taken by ${PORT_LISTENER:-another program}. Stop it, or set SHOP_DB_PORT to a free port."
  fi
  step "Starting PostgreSQL on 127.0.0.1:$SHOP_PG_PORT"
  pg_ctl_start "$SHOP_PG_DATA" "$SHOP_PG_PORT" "$PG_LOG" "${SHOP_PG_START_WAIT:-60}"
  standby_start
}

# the embedded standby (./shop standby create), when there is one: started after the primary
standby_start() {
  [ -f "$SHOP_PG_OTHER_DATA/standby.signal" ] || return 0
  as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_OTHER_DATA" status >/dev/null 2>&1 && return 0
  step "Starting the PostgreSQL standby on 127.0.0.1:$SHOP_PG_OTHER_PORT"
  [ -f "$STANDBY_LOG" ] && mv -f "$STANDBY_LOG" "$STANDBY_LOG.1" # its state is read from this start's lines
  pg_ctl_start "$SHOP_PG_OTHER_DATA" "$SHOP_PG_OTHER_PORT" "$STANDBY_LOG" 120
}

# pg_version_matches DATA: the cluster in DATA was made by the major version the shop runs
pg_version_matches() {
  local have want
  have=$(cat "$1/PG_VERSION") want=$(pg_binaries_version)
  want=${want%%.*}
  [ "$have" = "$want" ] || die "The database in $1 was made by PostgreSQL $have, and this shop runs PostgreSQL $want. \
Keep its data by dumping it with PostgreSQL $have's pg_dump and loading it into a new one (docs/operations.md, 'Upgrading PostgreSQL'), or start afresh with './shop reset'."
}

# The folder of the embedded PostgreSQL's Unix socket (pgBackRest connects through it, with the
# cluster's local trust authentication; only the PostgreSQL user can enter the folder). Empty when
# SHOP_VAR is too deep for a socket path (107 characters): then no socket, and no backups.
pg_socket_dir() {
  local dir=$SHOP_VAR/run/postgres
  if (( ${#dir} + 20 <= 107 )); then echo "$dir"; fi
}

# pg_ctl_start DATA PORT LOG WAIT: starts the embedded PostgreSQL on DATA, waiting up to WAIT s
# for it to accept connections. WAL archiving is always on, so that turning backups on needs no
# restart: its command lives in DATA/shop-archive.conf (pg_archive_command), read on reload.
pg_ctl_start() {
  local data=$1 port=$2 log=$3 wait=$4 socket user
  socket=$(pg_socket_dir)
  if [ -n "$socket" ]; then
    mkdir -p "$socket" && chmod 700 "$socket"
    if user=$(pg_user); then chown "$user" "$socket" "$(dirname "$socket")"; fi
  fi
  pg_archive_command "$data"
  as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$data" -l "$log" -w -t "$wait" \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$socket' -c max_connections=200 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements -c wal_level=replica -c archive_mode=on -c archive_timeout=60" \
    start >/dev/null || die "PostgreSQL did not start; see $log"
}

# pg_archive_command DATA: writes DATA's archive_command: pgBackRest's archive-push once
# './shop backup' configured it (payara-config/backup.sh), until then one that keeps nothing
# (no backup needs the WAL yet). A running cluster reads it on 'pg_ctl reload'.
pg_archive_command() {
  local data=$1 command=true
  if [ -f "$SHOP_VAR/backup/pgbackrest.conf" ]; then
    command="pgbackrest --config=$SHOP_VAR/backup/pgbackrest.conf --stanza=shop --pg1-path=$data archive-push %p"
  fi
  grep -q "^include_if_exists = 'shop-archive.conf'" "$data/postgresql.conf" \
    || printf "\n# the WAL archive command, written by ./shop (payara-config/provision.sh)\ninclude_if_exists = 'shop-archive.conf'\n" \
         | as_pg tee -a "$data/postgresql.conf" >/dev/null
  printf "archive_command = '%s'\n" "$command" | as_pg tee "$data/shop-archive.conf" >/dev/null
}

db_stop() { # the primary first, then the standby (which then has every change the primary made)
  $SHOP_EMBEDDED_DB || return 0
  if db_running; then
    step "Stopping PostgreSQL"
    as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_DATA" -m fast -w stop >/dev/null
  fi
  if [ -f "$SHOP_PG_OTHER_DATA/postmaster.pid" ] && as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_OTHER_DATA" status >/dev/null 2>&1; then
    step "Stopping the PostgreSQL standby"
    as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_OTHER_DATA" -m fast -w stop >/dev/null
  fi
}

# ---- ports ------------------------------------------------------------------------------------
# ports_free_or_die RERUN: every port is free, or held by this shop's own Payara, PostgreSQL or
# edge cache (a second ./shop run while the shop is up); otherwise check_ports says what to do.
ports_free_or_die() {
  local payara_pid pg_pid="" standby_pid="" edge_pids=()
  payara_pid=$(cat "$SHOP_DOMAIN_DIR/config/pid" 2>/dev/null || true)
  [ -n "$payara_pid" ] && ! kill -0 "$payara_pid" 2>/dev/null && payara_pid=""
  if $SHOP_EMBEDDED_DB; then
    pg_pid=$(db_pid)
    standby_pid=$(head -1 "$SHOP_PG_OTHER_DATA/postmaster.pid" 2>/dev/null || true)
  fi
  if declare -F edge_running >/dev/null && edge_running; then
    # Varnish's manager and its child (which may be the one ss names as the listener)
    read -r -a edge_pids <<< "$(edge_pid) $(pgrep -P "$(edge_pid)" | tr '\n' ' ')"
  fi
  check_ports "$1" "$payara_pid" "$pg_pid" "$standby_pid" "${edge_pids[@]}" || exit 1
}

# ---- Payara Server ----------------------------------------------------------------------------
domain_running() { [ -x "$ASADMIN" ] && "$ASADMIN" list-domains --domaindir "$SHOP_PAYARA_HOME/glassfish/domains" 2>/dev/null | grep -q "^$SHOP_DOMAIN running"; }

# What the domain was made from: domain.asadmin, every setting, the secrets. A change of any
# of them recreates the domain.
config_fingerprint() {
  local name
  {
    cat "$SHOP_HOME/payara-config/domain.asadmin"
    for name in "${SHOP_SETTINGS[@]}"; do
      case $name in SHOP_VAR|SHOP_DB_PASSWORD) ;; *) printf '%s=%s\n' "$name" "${!name}" ;; esac
    done
    db_password; admin_password; jwt_secret; crypto_keys
  } | sha256sum | cut -c1-16
}

# The HTTPS listener's certificate, made for this domain instead of Payara's default one (issued to the
# machine's name): CN=localhost with the names localhost and 127.0.0.1, in the domain's key store under
# the alias shop-https (domain.asadmin points the listener at it). Browsers warn about it as about any
# self-signed certificate; the PEM copy lets a client trust exactly this one.
dev_certificate() {
  local keystore=$SHOP_DOMAIN_DIR/config/keystore.p12 keytool
  keytool=$(command -v keytool || echo "${JAVA_HOME:-/usr}/bin/keytool")
  "$keytool" -delete -alias shop-https -keystore "$keystore" -storepass changeit >/dev/null 2>&1 || true
  "$keytool" -genkeypair -alias shop-https -keyalg RSA -keysize 3072 -sigalg SHA256withRSA -validity 825 \
      -dname "CN=localhost, O=OpenShop development" -ext "SAN=dns:localhost,ip:127.0.0.1" -ext "EKU=serverAuth" \
      -keystore "$keystore" -storetype PKCS12 -storepass changeit -keypass changeit >>"$SHOP_VAR/log/create-domain.log" 2>&1 \
    || die "Making the development HTTPS certificate failed; see $SHOP_VAR/log/create-domain.log"
  "$keytool" -exportcert -rfc -alias shop-https -keystore "$keystore" -storepass changeit > "$HTTPS_CERT" 2>>"$SHOP_VAR/log/create-domain.log"
}

# asadmin_logged LOG WHAT ARGS...: runs asadmin against the domain; its output goes to LOG. A
# multimode file goes on after a failed command and still exits 0, so "Command ... failed" in
# the output counts as a failure too.
asadmin_logged() {
  local log=$1 what=$2; shift 2
  local before
  before=$(wc -l < "$log" 2>/dev/null || echo 0)
  if ! "$ASADMIN" --port "$SHOP_ADMIN_PORT" "$@" >>"$log" 2>&1 \
     || tail -n +"$((before + 1))" "$log" | grep -qE '^Command .* failed'; then
    tail -n +"$((before + 1))" "$log" | grep -iE 'fail|error|invalid' | head -10 >&2 || true
    rm -f "$SHOP_VAR/secrets/asadmin-pw"
    die "$what failed; see $log"
  fi
}

# create_alias NAME VALUE: a password alias, passed through a password file that is deleted after
create_alias() {
  local pwfile=$SHOP_VAR/secrets/asadmin-pw
  (umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" > "$pwfile")
  asadmin_logged "$SHOP_VAR/log/configure.log" "Storing the password alias $1" --passwordfile "$pwfile" create-password-alias "$1"
  rm -f "$pwfile"
}

# The domain's system properties as one create-system-properties operand (":" separates them,
# so a ":" in a value is escaped).
domain_properties_operand() {
  local line operand=""
  while IFS= read -r line; do
    operand+=${operand:+:}${line//:/\\:}
  done < <(shop_domain_properties)
  printf '%s' "$operand"
}

# The network listeners' extensions (payara-config/extensions: the dot-segment finder domain.asadmin
# names) go into the domain's lib folder, read when the domain starts; a newer build replaces the copy.
EXTENSIONS_JAR=$SHOP_HOME/payara-config/extensions/target/payara-extensions.jar
install_extensions() {
  [ -f "$EXTENSIONS_JAR" ] || die "$EXTENSIONS_JAR is missing: build it first (mvn -DskipTests install -pl payara-config/extensions)."
  cmp -s "$EXTENSIONS_JAR" "$SHOP_DOMAIN_DIR/lib/payara-extensions.jar" || cp "$EXTENSIONS_JAR" "$SHOP_DOMAIN_DIR/lib/"
  # Payara's figures exported as vendor metrics (read when the domain starts)
  cmp -s "$SHOP_HOME/payara-config/metrics.xml" "$SHOP_DOMAIN_DIR/config/metrics.xml" \
    || cp "$SHOP_HOME/payara-config/metrics.xml" "$SHOP_DOMAIN_DIR/config/metrics.xml"
}

domain_prepare() {
  local fingerprint
  fingerprint=$(config_fingerprint)
  if [ -f "$SHOP_DOMAIN_DIR/config/.shop-config" ] && [ "$(cat "$SHOP_DOMAIN_DIR/config/.shop-config")" = "$fingerprint" ]; then
    install_extensions
    return
  fi
  if [ -d "$SHOP_DOMAIN_DIR" ]; then
    step "payara-config or a setting changed: recreating the domain (the database is not touched)"
    domain_running && "$ASADMIN" stop-domain "$SHOP_DOMAIN" >/dev/null
    "$ASADMIN" delete-domain "$SHOP_DOMAIN" >/dev/null
  fi
  step "Creating Payara domain '$SHOP_DOMAIN' (HTTP $SHOP_HTTP_PORT, HTTPS $SHOP_HTTPS_PORT, admin 127.0.0.1:$SHOP_ADMIN_PORT)"
  "$ASADMIN" create-domain --nopassword=true --portbase "$SHOP_PORT_BASE" "$SHOP_DOMAIN" >"$SHOP_VAR/log/create-domain.log" 2>&1 \
    || die "Creating the domain failed; see $SHOP_VAR/log/create-domain.log"
  "$ASADMIN" add-library --domaindir "$SHOP_PAYARA_HOME/glassfish/domains" --domain "$SHOP_DOMAIN" --type common "$SHOP_VAR/lib/postgresql.jar" >/dev/null 2>&1 \
    || cp "$SHOP_VAR/lib/postgresql.jar" "$SHOP_DOMAIN_DIR/lib/"
  install_extensions
  mkdir -p "$SHOP_DOMAIN_DIR/tmp"
  dev_certificate
  step "Starting the domain once to apply payara-config/domain.asadmin"
  "$ASADMIN" start-domain "$SHOP_DOMAIN" >"$SHOP_VAR/log/start-domain.log" 2>&1 \
    || die "Payara Server did not start; see $SHOP_VAR/log/start-domain.log and $SHOP_DOMAIN_DIR/logs/server.log"
  local log=$SHOP_VAR/log/configure.log pwfile=$SHOP_VAR/secrets/asadmin-pw
  : > "$log"
  # the settings first, as system properties: domain.asadmin refers to them and is applied as it is
  asadmin_logged "$log" "Creating the domain's system properties" create-system-properties "$(domain_properties_operand)"
  mkdir -p "$SHOP_VAR/secrets" && chmod 700 "$SHOP_VAR/secrets"
  # the aliases domain.asadmin's JVM options refer to exist first: made later, Payara logged a
  # SEVERE "Error in dealiasing the password" for each while applying the file
  create_alias shop-admin-password "$(admin_password)"
  create_alias shop-jwt-secret "$(jwt_secret)"
  create_alias shop-crypto-keys "$(crypto_keys)"
  (umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(db_password)" > "$pwfile")
  asadmin_logged "$log" "Configuring the domain (payara-config/domain.asadmin)" \
    --passwordfile "$pwfile" multimode --file "$SHOP_HOME/payara-config/domain.asadmin"
  rm -f "$pwfile"
  if [ "$SHOP_LOG_FORMAT" = json ]; then
    asadmin_logged "$log" "Switching server.log to JSON lines" set-log-attributes \
      com.sun.enterprise.server.logging.GFFileHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter
  fi
  "$ASADMIN" stop-domain "$SHOP_DOMAIN" >/dev/null
  echo "$fingerprint" > "$SHOP_DOMAIN_DIR/config/.shop-config"
}

domain_start() {
  if domain_running; then return; fi
  mkdir -p "$SHOP_DOMAIN_DIR/tmp"
  step "Starting Payara Server (first start takes about 20 s)"
  "$ASADMIN" start-domain "$SHOP_DOMAIN" >"$SHOP_VAR/log/start-domain.log" 2>&1 \
    || die "Payara Server did not start; see $SHOP_VAR/log/start-domain.log and $SHOP_DOMAIN_DIR/logs/server.log"
}

domain_stop() {
  if domain_running; then
    step "Stopping Payara Server"
    "$ASADMIN" stop-domain "$SHOP_DOMAIN" >/dev/null
  fi
}

# log_digest DIR: how many SEVERE and WARNING records the server logs in DIR hold (rotated ones
# too), and the first line of each distinct SEVERE message with its count, so a failed build's
# output names the server's side of the failure (JSON lines and Payara's text format alike).
log_digest() {
  local dir=$1 logs
  logs=$(ls "$dir"/server.log* 2>/dev/null) || return 0
  [ -n "$logs" ] || return 0
  local severe warning
  severe=$(cat $logs | grep -c '"Level":"SEVERE"\|^\[[^]]*\] \[[^]]*\] \[SEVERE\]' || true)
  warning=$(cat $logs | grep -c '"Level":"WARNING"\|^\[[^]]*\] \[[^]]*\] \[WARNING\]' || true)
  say "The server log ($dir) holds $severe SEVERE and $warning WARNING records."
  [ "$severe" -gt 0 ] || return 0
  cat $logs | grep '"Level":"SEVERE"' \
    | sed -E -e 's/.*"LoggerName":"([^"]*)".*"(LogMessage|Exception)":"(([^"\\]|\\.){0,200}).*/\1: \3/' \
             -e 's/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/<id>/g' -e 's/[0-9]+/N/g' \
    | sort | uniq -c | sort -rn | head -20 | sed 's/^/    /'
}

# deploy EAR: deploys when the EAR changed since the last deployment (or the shop is missing)
