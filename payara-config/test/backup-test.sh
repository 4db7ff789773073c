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
#   nothing. The server log has no SEVERE record. About five minutes; not part of 'mvn verify'.
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
json_field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }

# order EMAIL: a guest's purchase through the API (a cart, one line, the checkout); prints the number
order() {
  local cart
  cart=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"currency":"EUR"}' "$http/api/carts" | json_field token)
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"sku":"ELE-EAR-011","quantity":1}' "$http/api/carts/$cart/lines"
  curl -s -X POST -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d "{\"cartToken\":\"$cart\",\"email\":\"$1\",\"shippingAddress\":{\"name\":\"Pitr Shopper\",\"line1\":\"Invalidenstr. 1\",\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"},\"shippingMethod\":\"standard\",\"paymentToken\":\"tok_visa\"}" \
    "$http/api/checkout" | json_field number
}
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

severe=$(grep -c '\[SEVERE\]\|"Level":"SEVERE"' "$SHOP_VAR/payara6/glassfish/domains/shop/logs/server.log")
check "the server log has no SEVERE record ($severe)" test "$severe" -eq 0

finish backup-test
