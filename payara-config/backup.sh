# Backups of the shop's PostgreSQL with pgBackRest (Debian's package): './shop backup' configures
# it the first time (an encrypted repository, WAL archiving) and takes full or incremental
# backups; './shop restore' brings the database back to the end of the archive or to a point in
# time, with the key material (var/secrets) kept beside each backup. Sourced by ./shop after
# provision.sh; docs/operations.md ("Backups and point-in-time recovery") is the procedure.
# shellcheck shell=bash

BACKUP_DIR=$SHOP_VAR/backup
BACKUP_CONF=$BACKUP_DIR/pgbackrest.conf
BACKUP_STANZA=shop

# ---- where the database is, and who may touch its files ---------------------------------------
# The embedded cluster, or an external one whose data directory is on this machine (run
# ./shop backup on the database's host, with SHOP_BACKUP_PG_DATA set).
backup_pg_data() {
  if $SHOP_EMBEDDED_DB; then echo "$SHOP_PG_DATA"; else echo "$SHOP_BACKUP_PG_DATA"; fi
}

backup_pg_socket() {
  if $SHOP_EMBEDDED_DB; then pg_socket_dir; else echo "$SHOP_BACKUP_PG_SOCKET"; fi
}

# the operating-system user that owns the data directory (pgBackRest runs as that user)
backup_os_user() {
  if $SHOP_EMBEDDED_DB; then pg_user || id -un; else stat -c %U "$SHOP_BACKUP_PG_DATA"; fi
}

as_backup_user() {
  local user
  user=$(backup_os_user)
  if [ "$user" = "$(id -un)" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

pgbr() { as_backup_user pgbackrest --config="$BACKUP_CONF" --stanza="$BACKUP_STANZA" "$@"; }

# pgbr_quiet LOG ARGS...: pgBackRest with its output in LOG; on failure its first error line
pgbr_quiet() {
  local log=$1; shift
  if ! pgbr "$@" >"$log" 2>&1; then
    local why
    why=$(grep -m1 -E 'ERROR|FATAL' "$log" | sed -E 's/^.*ERROR: \[[0-9]+\]: //')
    die "pgBackRest $1 failed: ${why:-see $log}"
  fi
}

backup_requirements() {
  if $SHOP_EMBEDDED_DB; then
    [ -n "$(pg_socket_dir)" ] || die "SHOP_VAR ($SHOP_VAR) is too long a path for PostgreSQL's socket, which pgBackRest connects through: use a shorter SHOP_VAR."
  else
    [ -n "$SHOP_BACKUP_PG_DATA" ] || die "The database is external ($SHOP_DB_HOST): pgBackRest runs on its host. Run './shop backup' there with SHOP_BACKUP_PG_DATA set to its data directory (docs/operations.md)."
    [ -f "$SHOP_BACKUP_PG_DATA/PG_VERSION" ] || die "SHOP_BACKUP_PG_DATA=$SHOP_BACKUP_PG_DATA is not a PostgreSQL data directory on this machine."
  fi
  ensure_debian_package pgbackrest pgbackrest "Backups need pgBackRest"
}

# The repository's encryption passphrase, generated once. Keep a copy away from the machine: the
# repository cannot be read without it.
backup_passphrase() { new_secret backup-passphrase random_base64 48; }

backup_archive_command() { # the archive_command for an external cluster's postgresql.conf
  printf "pgbackrest --config=%s --stanza=%s archive-push %%p" "$BACKUP_CONF" "$BACKUP_STANZA"
}

backup_write_conf() {
  local user data
  user=$(backup_os_user) data=$(backup_pg_data)
  mkdir -p "$SHOP_BACKUP_REPO" "$SHOP_VAR/log/pgbackrest" "$SHOP_VAR/run/pgbackrest" "$BACKUP_DIR/secrets"
  chmod 700 "$BACKUP_DIR" "$BACKUP_DIR/secrets"
  (umask 077; cat > "$BACKUP_CONF.new" <<EOF
# Written by ./shop backup (payara-config/backup.sh) from the SHOP_* settings; changes are overwritten.
[global]
repo1-path=$SHOP_BACKUP_REPO
repo1-retention-full=$SHOP_BACKUP_KEEP_FULL
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=$(backup_passphrase)
compress-type=zst
start-fast=y
archive-timeout=120
log-path=$SHOP_VAR/log/pgbackrest
lock-path=$SHOP_VAR/run/pgbackrest
log-level-console=warn
log-level-file=info

[$BACKUP_STANZA]
pg1-path=$data
pg1-port=$SHOP_PG_PORT
pg1-socket-path=$(backup_pg_socket)
$($SHOP_EMBEDDED_DB && echo "pg1-user=$SHOP_DB_USER")
EOF
  )
  mv "$BACKUP_CONF.new" "$BACKUP_CONF"
  if [ "$user" != "$(id -un)" ]; then
    chown "$user" "$BACKUP_DIR" "$BACKUP_CONF"
    chown -R "$user" "$SHOP_BACKUP_REPO" "$SHOP_VAR/log/pgbackrest" "$SHOP_VAR/run/pgbackrest"
    local dir=$SHOP_BACKUP_REPO
    while [ "$dir" != "/" ]; do # the user must reach the repository and the configuration
      dir=$(dirname "$dir")
      runuser -u "$user" -- test -x "$dir" 2>/dev/null || chmod o+x "$dir"
    done
  fi
}

# WAL archiving into the repository: the embedded cluster reloads its archive command (no
# restart); an external one is told what to add to its postgresql.conf.
backup_archiving_on() {
  if $SHOP_EMBEDDED_DB; then
    if ! grep -q pgbackrest "$SHOP_PG_DATA/shop-archive.conf" 2>/dev/null; then
      pg_archive_command "$SHOP_PG_DATA"
      as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_DATA" reload >/dev/null
      sleep 1
    fi
  elif ! grep -Eqs '^[[:space:]]*archive_mode[[:space:]]*=[[:space:]]*on' \
          "$SHOP_BACKUP_PG_DATA"/postgresql*.conf /etc/postgresql/*/*/postgresql.conf /etc/postgresql/*/*/conf.d/*.conf; then
    say "Turn WAL archiving on in the database's postgresql.conf, restart PostgreSQL and run './shop backup' again:"
    say "    archive_mode = on"
    say "    archive_command = '$(backup_archive_command)'"
    say "    archive_timeout = 60"
    exit 1
  fi
}

backup_setup() {
  backup_requirements
  db_running || die "PostgreSQL is not running: start the shop ('./shop run') first."
  backup_write_conf
  backup_archiving_on
  pgbr_quiet "$SHOP_VAR/log/pgbackrest/stanza-create.out" stanza-create
  pgbr_quiet "$SHOP_VAR/log/pgbackrest/check.out" check
}

# The key material is kept beside each backup as secrets/<UTC time>.tar (mode 0600): without the
# keys in var/secrets the restored orders' encrypted addresses cannot be read.
backup_secrets() {
  local stamp
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  (umask 077; tar -C "$SHOP_VAR" -cf "$BACKUP_DIR/secrets/$stamp.tar" secrets)
  echo "$stamp"
}

# the copy of the key material taken last at or before TIME (any date(1) understands), or the last
backup_secrets_for() {
  local limit="99999999T999999Z" file="" candidate
  [ -n "${1:-}" ] && limit=$(date -u -d "$1" +%Y%m%dT%H%M%SZ)
  for candidate in "$BACKUP_DIR"/secrets/*.tar; do
    [ -f "$candidate" ] || continue
    [[ "$(basename "$candidate" .tar)" < "$limit" || "$(basename "$candidate" .tar)" == "$limit" ]] && file=$candidate
  done
  echo "$file"
}

cmd_backup() {
  local type=incr
  case "${1:-}" in
    ""|incr) ;;
    full|diff) type=$1 ;;
    list) backup_requirements; [ -f "$BACKUP_CONF" ] || die "No backups yet: './shop backup' takes the first."
          pgbr info; return ;;
    *) die "usage: ./shop backup [full|diff|incr|list]" ;;
  esac
  backup_setup
  step "Backing up PostgreSQL ($type; the first backup is always full) into $SHOP_BACKUP_REPO"
  pgbr_quiet "$SHOP_VAR/log/pgbackrest/backup.out" backup --type="$type"
  local stamp
  stamp=$(backup_secrets)
  pgbr info | sed -n '/^ *\(full\|diff\|incr\) backup/,+1p' | tail -2
  say "The key material is copied to $BACKUP_DIR/secrets/$stamp.tar."
  say "Keep copies of $SHOP_BACKUP_REPO and of the key material off this machine, apart from each other."
}

# ./shop restore [--to TIME] [--secrets] [--yes]
cmd_restore() {
  local target="" secrets=false yes=false
  while [ $# -gt 0 ]; do
    case $1 in
      --to) [ $# -ge 2 ] || die "--to needs a time, e.g. --to '2026-12-06 14:30:00+00'"; target=$2; shift 2 ;;
      --secrets) secrets=true; shift ;;
      --yes) yes=true; shift ;;
      *) die "usage: ./shop restore [--to TIME] [--secrets] [--yes]" ;;
    esac
  done
  $SHOP_EMBEDDED_DB || die "The database is external: restore it on its host with pgBackRest (docs/operations.md, 'Restoring an external database')."
  backup_requirements
  [ -f "$BACKUP_CONF" ] || die "There are no backups in $BACKUP_DIR: nothing to restore from."
  if [ -n "$target" ]; then
    date -u -d "$target" >/dev/null 2>&1 || die "--to '$target' is not a time; give one like '2026-12-06 14:30:00+00'."
    target=$(date -u -d "$target" '+%Y-%m-%d %H:%M:%S+00')
    local oldest
    oldest=$(TZ=UTC pgbr info 2>/dev/null | sed -n 's:^ *timestamp start/stop\: .* / \(.*\)$:\1:p' | head -1)
    [ -n "$oldest" ] || die "There are no backups in $SHOP_BACKUP_REPO yet: nothing to restore from."
    (( $(date -u -d "$target" +%s) >= $(date -u -d "$oldest UTC" +%s) )) \
      || die "The oldest backup ended at $oldest UTC, after $target: no backup can be restored to that time."
  fi
  if ! $yes; then
    [ -t 0 ] || die "restore replaces the database; run './shop restore ... --yes' to confirm."
    read -r -p "Replace the database in $SHOP_PG_DATA with the backup${target:+ as it was at $target}? [y/N] " answer
    [[ "$answer" =~ ^[yY] ]] || { say "Nothing changed."; return; }
  fi
  local stamp keys=""
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  if $secrets; then
    keys=$(backup_secrets_for "$target")
    [ -n "$keys" ] || die "No copy of the key material was taken${target:+ at or before $target}; restore without --secrets."
  fi
  if db_running; then # archives the WAL written since the last segment switch, so that it can be replayed
    pgbr check >"$SHOP_VAR/log/pgbackrest/check.out" 2>&1 \
      || say "    (the newest WAL could not be archived; the restore ends at the last archived change)"
  fi
  domain_stop
  db_stop
  if $secrets; then
    step "Restoring the key material from $keys"
    [ -d "$SHOP_VAR/secrets" ] && mv "$SHOP_VAR/secrets" "$SHOP_VAR/secrets.before-restore-$stamp"
    tar -C "$SHOP_VAR" -xf "$keys"
    backup_write_conf
  fi
  step "Restoring PostgreSQL${target:+ to $target} (the database before it is kept in $SHOP_VAR/pgdata.before-restore-$stamp)"
  [ -d "$SHOP_PG_DATA" ] && mv "$SHOP_PG_DATA" "$SHOP_VAR/pgdata.before-restore-$stamp"
  # a standby follows the history the restore abandons: './shop standby create' makes a new one
  [ -d "$SHOP_PG_OTHER_DATA" ] && mv "$SHOP_PG_OTHER_DATA" "$SHOP_VAR/pgdata-standby.before-restore-$stamp"
  mkdir -p "$SHOP_PG_DATA" && chmod 700 "$SHOP_PG_DATA"
  chown "$(backup_os_user)" "$SHOP_PG_DATA"
  local restore=(restore)
  [ -n "$target" ] && restore+=(--type=time "--target=$target" --target-action=promote)
  if ! pgbr "${restore[@]}" >"$SHOP_VAR/log/pgbackrest/restore.out" 2>&1; then
    rm -rf "$SHOP_PG_DATA"
    [ -d "$SHOP_VAR/pgdata.before-restore-$stamp" ] && mv "$SHOP_VAR/pgdata.before-restore-$stamp" "$SHOP_PG_DATA"
    db_start
    domain_start
    die "The restore failed and the database is as it was (the shop runs on it): $(grep -m1 ERROR "$SHOP_VAR/log/pgbackrest/restore.out" | sed -E 's/^.*ERROR: \[[0-9]+\]: //')"
  fi
  # replaying the archive can take a while; the cluster accepts connections once it is done
  SHOP_PG_START_WAIT=3600 db_start
  wait_for 3600 "PostgreSQL to finish the recovery" test ! -e "$SHOP_PG_DATA/recovery.signal" \
    || die "PostgreSQL did not finish the recovery; see $PG_LOG"
  say "Restored${target:+ to $target}. Take a full backup once the shop runs ('./shop backup full')."
}

# ---- the standby and the failover --------------------------------------------------------------
standby_running() {
  [ -f "$SHOP_PG_OTHER_DATA/postmaster.pid" ] && as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_OTHER_DATA" status >/dev/null 2>&1
}

standby_state() {
  if [ ! -f "$SHOP_PG_OTHER_DATA/PG_VERSION" ]; then
    echo "none ('./shop standby create' makes one)"
  elif [ ! -f "$SHOP_PG_OTHER_DATA/standby.signal" ]; then
    echo "none: $SHOP_PG_OTHER_DATA is a former primary ('./shop standby create' makes it the standby)"
  elif ! standby_running; then
    echo "stopped (127.0.0.1:$SHOP_PG_OTHER_PORT, $(basename "$SHOP_PG_OTHER_DATA"))"
  elif grep -q 'started streaming WAL' "$STANDBY_LOG" 2>/dev/null; then
    echo "streaming from the primary (127.0.0.1:$SHOP_PG_OTHER_PORT, $(basename "$SHOP_PG_OTHER_DATA"))"
  else
    echo "running, catching up from the archive (127.0.0.1:$SHOP_PG_OTHER_PORT, $(basename "$SHOP_PG_OTHER_DATA"))"
  fi
}

# ./shop standby create: the node that is not the primary becomes a hot standby of it, restored
# from the newest backup (taken first when there is none), replaying the archive, then streaming.
# For a former primary after a failover, only the files that differ are rewritten (--delta).
standby_create() {
  $SHOP_EMBEDDED_DB || die "The database is external: make its standby on its hosts (docs/operations.md, 'A standby for an external database')."
  backup_setup
  if ! TZ=UTC pgbr info 2>/dev/null | grep -q 'backup: '; then
    step "Taking the first backup, which the standby is made from"
    pgbr_quiet "$SHOP_VAR/log/pgbackrest/backup.out" backup --type=full
    backup_secrets >/dev/null
  fi
  if standby_running; then
    [ -f "$SHOP_PG_OTHER_DATA/standby.signal" ] && { say "Standby: $(standby_state)"; return; }
    die "$SHOP_PG_OTHER_DATA runs as a primary beside $SHOP_PG_DATA: stop it first (docs/operations.md, 'Failing over')."
  fi
  if port_in_use "$SHOP_PG_OTHER_PORT"; then
    port_listener "$SHOP_PG_OTHER_PORT"
    die "Port $SHOP_PG_OTHER_PORT (the standby) is taken by ${PORT_LISTENER:-another program}. Stop it, or set SHOP_DB_STANDBY_PORT to a free port."
  fi
  local delta=()
  if [ -f "$SHOP_PG_OTHER_DATA/PG_VERSION" ]; then
    delta=(--delta)
    step "Turning the former primary $SHOP_PG_OTHER_DATA into the standby (only the files that differ are restored)"
  else
    step "Making the standby in $SHOP_PG_OTHER_DATA from the newest backup"
    rm -rf "$SHOP_PG_OTHER_DATA"
    mkdir -p "$SHOP_PG_OTHER_DATA" && chmod 700 "$SHOP_PG_OTHER_DATA"
    chown "$(backup_os_user)" "$SHOP_PG_OTHER_DATA"
  fi
  rm -f "$STANDBY_LOG"
  pgbr_quiet "$SHOP_VAR/log/pgbackrest/standby.out" restore "${delta[@]}" --type=standby --target-timeline=latest \
    "--pg1-path=$SHOP_PG_OTHER_DATA" \
    "--recovery-option=primary_conninfo=host=127.0.0.1 port=$SHOP_PG_PORT user=$SHOP_DB_USER password=$(db_password) application_name=shop-standby"
  step "Starting the standby on 127.0.0.1:$SHOP_PG_OTHER_PORT"
  pg_ctl_start "$SHOP_PG_OTHER_DATA" "$SHOP_PG_OTHER_PORT" "$STANDBY_LOG" 600
  wait_for 300 "the standby to stream from the primary" grep -q 'started streaming WAL' "$STANDBY_LOG" \
    || die "The standby runs but does not stream from the primary; see $STANDBY_LOG"
  say "Standby: $(standby_state)"
}

# ./shop failover: the primary is stopped (fenced: it must not take another write) and the standby
# promoted. The shop's pool lists both nodes and connects to the primary, so it follows by itself
# once the connections to the old primary have failed (a few seconds).
cmd_failover() {
  $SHOP_EMBEDDED_DB || die "The database is external: fail over on its hosts (docs/operations.md, 'Failing over')."
  [ -f "$SHOP_PG_OTHER_DATA/standby.signal" ] && standby_running \
    || die "There is no running standby to fail over to: $(standby_state)."
  if db_running; then
    step "Stopping the primary on port $SHOP_PG_PORT, so that it takes no more writes"
    as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_DATA" -m fast -w -t 30 stop >/dev/null \
      || as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_DATA" -m immediate -w stop >/dev/null
  fi
  step "Promoting the standby on port $SHOP_PG_OTHER_PORT"
  as_pg "$SHOP_PG_HOME/bin/pg_ctl" -D "$SHOP_PG_OTHER_DATA" -w -t 120 promote >/dev/null \
    || die "The standby was not promoted; see $STANDBY_LOG"
  basename "$SHOP_PG_OTHER_DATA" > "$SHOP_VAR/db-primary"
  # from now on the roles are swapped, for this run and every later one
  local data=$SHOP_PG_DATA port=$SHOP_PG_PORT
  SHOP_PG_DATA=$SHOP_PG_OTHER_DATA SHOP_PG_PORT=$SHOP_PG_OTHER_PORT
  SHOP_PG_OTHER_DATA=$data SHOP_PG_OTHER_PORT=$port
  mv "$STANDBY_LOG" "$SHOP_VAR/log/postgres/promoted-$(date -u +%Y%m%dT%H%M%SZ).log" 2>/dev/null || true
  [ -f "$BACKUP_CONF" ] && backup_write_conf
  # the pool drops its connections to the old primary now instead of finding them broken one by one
  domain_running && "$ASADMIN" --port "$SHOP_ADMIN_PORT" flush-connection-pool shop-pool >/dev/null 2>&1 || true
  say "The primary is now $SHOP_PG_DATA on port $SHOP_PG_PORT; the shop's pool connects to it by itself."
  say "The old primary ($SHOP_PG_OTHER_DATA) is stopped: './shop standby create' makes it the new standby."
}
