#!/usr/bin/env bash
# Backups and point-in-time recovery end to end (./shop backup, ./shop restore;
# payara-config/backup.sh), on a shop of its own (a temporary SHOP_VAR, ports
# BACKUP_TEST_PORT_BASE+, default 25000), with pgBackRest (Debian's package):
#   a full backup; orders A placed; an incremental backup; orders B placed; a time T noted;
#   orders C placed; then the orders table damaged (every order deleted) and the key material
#   (var/secrets) lost, as on a new machine. './shop restore --to T --secrets' brings back exactly
#   the orders A and B and none of C, the shop starts on the restored database, and the guest's
#   order API shows the restored orders' encrypted addresses in clear (the keys came back too).
#   A malformed time and a time before the first backup are refused in one sentence and change
#   nothing. The server log has no SEVERE record.
# Then the standby and the failover: './shop standby create' makes a streaming replica from the
# backups, an order placed on the primary reaches it; './shop failover' stops the primary and
# promotes the standby, and the shop carries on by itself (its pool lists both nodes and takes the
# primary): an order is taken within 30 s, the orders before it are there; './shop standby create'
# turns the old primary into the standby of the new one, which streams the new orders to it; a
# './shop stop' and './shop run' keep the roles. The failover's only SEVERE log records are the
# connection pool's (RAR..., the connections the stopped primary dropped).
# About seven minutes; not part of 'mvn verify'.
# Run: bash payara-config/test/backup-test.sh
set -uo pipefail

# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

work=$(mktemp -d /tmp/backup-test.XXXXXX)
export SHOP_VAR=$work/var SHOP_PORT_BASE=${BACKUP_TEST_PORT_BASE:-25000}
unset SHOP_DB_HOST SHOP_DB_PORT
shop=$SHOP_HOME/shop
cleanup() { "$shop" stop >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
http=http://localhost:$((SHOP_PORT_BASE + 80))
db_port=$((SHOP_PORT_BASE + 432))
sql() { java -cp "$SHOP_VAR/lib/postgresql.jar" "$HERE/Sql.java" "$db_port" "$SHOP_VAR/secrets/db-password" "$1"; }

# order EMAIL: a guest's purchase through the API (a cart, one line, the checkout); prints the number
order() { guest_order "$http" "$1"; }
orders_in_db() { sql "select string_agg(number, ' ' order by number) from customer_order"; }

if "$shop" run >"$work/run.log" 2>&1; then pass "./shop run"; else fail "./shop run" "$(tail -5 "$work/run.log")"; finish backup-test; fi
first_order_time=$(date -u '+%Y-%m-%d %H:%M:%S+00')

if "$shop" backup full >"$work/full.log" 2>&1; then pass "./shop backup full"; else fail "./shop backup full" "$(tail -3 "$work/full.log")"; fi
a1=$(order pitr-a1@example.test); a2=$(order pitr-a2@example.test)
if "$shop" backup >"$work/incr.log" 2>&1; then pass "./shop backup (incremental)"; else fail "./shop backup" "$(tail -3 "$work/incr.log")"; fi
"$shop" backup list >"$work/list.log" 2>&1
check "the backups are one full and one incremental" \
  test "$(grep -c 'full backup:' "$work/list.log")" = 1 -a "$(grep -c 'incr backup:' "$work/list.log")" = 1
b1=$(order pitr-b1@example.test); b2=$(order pitr-b2@example.test)
sleep 2
target=$(date -u '+%Y-%m-%d %H:%M:%S+00')
sleep 2
c1=$(order pitr-c1@example.test); c2=$(order pitr-c2@example.test)
check "six orders were placed ($a1 $a2 $b1 $b2 $c1 $c2)" test -n "$a1" -a -n "$a2" -a -n "$b1" -a -n "$b2" -a -n "$c1" -a -n "$c2"
expected=$(printf '%s\n' "$a1" "$a2" "$b1" "$b2" | sort | tr '\n' ' ' | sed 's/ $//')
all=$(orders_in_db)
check "the database holds the six orders" test "$(wc -w <<<"$all")" = 6

deleted=$(sql "delete from customer_order")
check "the orders table is damaged (all $deleted orders deleted)" test "$deleted" = 6
mv "$SHOP_VAR/secrets" "$work/secrets-lost"

"$shop" restore --to 'yesterday-ish' --yes >"$work/bad-time.log" 2>&1; rc=$?
check "a malformed time is refused in one sentence" \
  test $rc -ne 0 -a "$(grep -c 'is not a time' "$work/bad-time.log")" = 1 -a "$(wc -l <"$work/bad-time.log")" -le 2
mv "$work/secrets-lost" "$SHOP_VAR/secrets"
"$shop" restore --to '2001-01-01 00:00:00+00' --yes >"$work/early.log" 2>&1; rc=$?
check "a time before the first backup is refused in one sentence, the shop still running" \
  test $rc -ne 0 -a "$(grep -c "no backup can be restored to that time" "$work/early.log")" = 1 -a "$(curl -s -o /dev/null -w "%{http_code}" "$http/health/ready")" = 200
mv "$SHOP_VAR/secrets" "$work/secrets-lost"

if "$shop" restore --to "$target" --secrets --yes >"$work/restore.log" 2>&1; then
  pass "./shop restore --to '$target' --secrets"
else
  fail "./shop restore --to '$target' --secrets" "$(tail -5 "$work/restore.log")"
fi
restored=$(orders_in_db)
check "exactly the orders placed before the time are back ($restored; expected $expected)" test "$restored" = "$expected"
check "the shop runs on the restored database (readiness 200)" \
  test "$(curl -s -o /dev/null -w '%{http_code}' "$http/health/ready")" = 200
check "the restored key material is the one that was lost" diff -r "$SHOP_VAR/secrets" "$work/secrets-lost"
address=$(curl -s "$http/api/orders/$a1?email=pitr-a1@example.test" | json_field line1)
check "an order's encrypted address reads in clear after the restore ($address)" test "$address" = "Invalidenstr. 1"
gone=$(curl -s -o /dev/null -w '%{http_code}' "$http/api/orders/$c1?email=pitr-c1@example.test")
check "an order placed after the time is not there (404: $gone)" test "$gone" = 404
next=$(order pitr-d1@example.test)
check "the restored shop takes a new order ($next)" test -n "$next"
if "$shop" backup >"$work/after.log" 2>&1; then pass "a backup after the restore"; else fail "a backup after the restore" "$(tail -3 "$work/after.log")"; fi

log=$SHOP_VAR/payara6/glassfish/domains/shop/logs/server.log
severe=$(grep -c '\[SEVERE\]\|"Level":"SEVERE"' "$log")
check "the server log has no SEVERE record ($severe)" test "$severe" -eq 0

# ---- the standby and the failover ---------------------------------------------------------------
standby_port=$((db_port + 1))
sql_on() { java -cp "$SHOP_VAR/lib/postgresql.jar" "$HERE/Sql.java" "$1" "$SHOP_VAR/secrets/db-password" "$2"; }
# has_order PORT NUMBER: the node on PORT holds the order (waits up to 20 s for replication)
has_order() {
  local i
  for i in $(seq 10); do
    [ "$(sql_on "$1" "select count(*) from customer_order where number = '$2'" 2>/dev/null)" = 1 ] && return 0
    sleep 2
  done
  return 1
}
if "$shop" standby create >"$work/standby.log" 2>&1; then pass "./shop standby create"; else fail "./shop standby create" "$(tail -3 "$work/standby.log")"; fi
check "./shop status shows the standby streaming" grep -q 'Standby: *streaming from the primary' <("$shop" status 2>&1)
e1=$(order pitr-e1@example.test)
check "an order placed on the primary ($e1) reaches the standby" has_order "$standby_port" "$e1"

if "$shop" failover >"$work/failover.log" 2>&1; then pass "./shop failover"; else fail "./shop failover" "$(tail -3 "$work/failover.log")"; fi
e2="" attempts=0
for attempt in $(seq 30); do
  attempts=$attempt
  e2=$(order pitr-e2-$attempt@example.test)
  [ -n "$e2" ] && break
  sleep 1
done
check "the shop takes an order after the failover ($e2, attempt $attempts of at most 30)" test -n "$e2"
check "the order placed before the failover is there" \
  test "$(curl -s "$http/api/orders/$e1?email=pitr-e1@example.test" | json_field number)" = "$e1"
check "the new order is on the promoted node (port $standby_port)" has_order "$standby_port" "$e2"

if "$shop" standby create >"$work/rejoin.log" 2>&1; then pass "./shop standby create (the old primary rejoins)"; else fail "the old primary rejoins" "$(tail -3 "$work/rejoin.log")"; fi
check "the old primary is the standby now, and has the order placed after the failover" has_order "$db_port" "$e2"
"$shop" stop >/dev/null 2>&1
if "$shop" run >"$work/rerun.log" 2>&1; then pass "./shop stop, ./shop run"; else fail "./shop run after the failover" "$(tail -3 "$work/rerun.log")"; fi
"$shop" status >"$work/status.log" 2>&1
check "the roles are kept (primary pgdata-standby on $standby_port, standby pgdata streaming)" \
  grep -q "running (embedded, 127.0.0.1:$standby_port, pgdata-standby)" "$work/status.log"
check "and the standby streams" grep -q 'Standby: *streaming from the primary (127.0.0.1:'"$db_port" "$work/status.log"
e3=$(order pitr-e3@example.test)
check "the shop takes orders ($e3), and they reach the standby" has_order "$db_port" "$e3"
others=$(grep -A1 '\[SEVERE\]\|"Level":"SEVERE"' "$log" | grep -v '^\[\|^--' | grep -vc '^ *RAR[0-9]*:')
check "the failover's SEVERE records are all the connection pool's ($(grep -c '\[SEVERE\]' "$log") records, $others others)" test "$others" -eq 0

finish backup-test
