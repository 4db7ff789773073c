# The ports a shop needs, checked before anything is installed or started, and a port base to
# suggest when one is taken. Sourced after settings.sh by ./shop and by payara-config/test/ports-test.sh.
# shellcheck shell=bash

# Chromium's restricted ports (kRestrictedPorts in net/base/port_util.cc, 2024): it refuses
# http(s) URLs on them with ERR_UNSAFE_PORT, and Firefox blocks nearly the same list. A port
# base whose HTTP port lands on one (10000 gives 10080) makes a shop nobody can browse.
BROWSER_UNSAFE_PORTS=" 1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103 104
 109 110 111 113 115 117 119 123 135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531 532
 540 548 554 556 563 587 601 636 989 990 993 995 1719 1720 1723 2049 3659 4045 4190 5060 5061 6000
 6566 6665 6666 6667 6668 6669 6679 6697 10080 "
BROWSER_UNSAFE_PORTS=${BROWSER_UNSAFE_PORTS//$'\n'/ }

browser_unsafe_port() { [[ $BROWSER_UNSAFE_PORTS == *" $1 "* ]]; }

# shop_ports BASE: "PORT WHAT" for every port a shop on that base listens on. The embedded
# PostgreSQL's port is listed when it follows the base; a SHOP_DB_PORT given by hand is checked
# on its own (a new base would not move it).
shop_ports() {
  local base=$1 entry
  for entry in "${SHOP_PORT_OFFSETS[@]}"; do
    printf '%s %s\n' "$((base + ${entry%% *}))" "${entry#* }"
  done
  if $SHOP_EMBEDDED_DB && ! ${SHOP_SETTING_GIVEN[SHOP_DB_PORT]}; then
    printf '%s %s\n' "$(shop_default_db_port "$base")" "PostgreSQL"
  fi
}

# port_listener PORT: sets PORT_LISTENER to who listens on PORT, as "NAME (pid N)" (empty when
# nobody does or ss cannot tell), and PORT_LISTENER_PID to its pid. Not for $(...): it sets
# variables of the calling shell.
port_listener() {
  PORT_LISTENER= PORT_LISTENER_PID=
  command -v ss >/dev/null 2>&1 || return 0
  local line
  line=$(ss -Hltnp "sport = :$1" 2>/dev/null | head -1)
  [ -n "$line" ] || return 0
  if [[ $line =~ users:\(\(\"([^\"]*)\",pid=([0-9]+) ]]; then
    PORT_LISTENER_PID=${BASH_REMATCH[2]}
    PORT_LISTENER="${BASH_REMATCH[1]} (pid ${BASH_REMATCH[2]})"
  fi
}

# port_in_use PORT: something listens on PORT, on any address (ss), or answers on 127.0.0.1.
port_in_use() {
  if command -v ss >/dev/null 2>&1 && [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]; then
    return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# taken_ports BASE [OWN_PID...]: "PORT WHAT, by WHO" for each of the base's ports that is in use
# by a process other than the given ones (the shop's own Payara and PostgreSQL, when running).
taken_ports() {
  local base=$1; shift
  local port what own
  while read -r port what; do
    port_in_use "$port" || continue
    port_listener "$port"
    for own in "$@"; do
      [ -n "$own" ] && [ "$PORT_LISTENER_PID" = "$own" ] && continue 2
    done
    printf '%s %s%s\n' "$port" "$what" "${PORT_LISTENER:+, by $PORT_LISTENER}"
  done < <(shop_ports "$base")
}

# suggest_port_base BASE: the first base after BASE, in steps of 1000 (then from 2000 on), whose
# ports are all free and whose HTTP, HTTPS, admin and metrics ports a browser opens.
suggest_port_base() {
  local from=$1 candidate step port what ok
  for ((step = 1; step <= 64; step++)); do
    candidate=$(( (from / 1000 + step) * 1000 ))
    (( candidate > 65000 )) && candidate=$(( candidate - 63000 ))
    (( candidate == from )) && continue
    ok=true
    for port in $((candidate + 80)) $((candidate + 81)) $((candidate + 48)) $((candidate + 82)); do
      browser_unsafe_port "$port" && { ok=false; break; }
    done
    $ok || continue
    while read -r port what; do
      port_in_use "$port" && { ok=false; break; }
    done < <(shop_ports "$candidate")
    $ok && { echo "$candidate"; return 0; }
  done
  return 1
}

# free_port_near PORT: the first free port from PORT+1 on (for a SHOP_DB_PORT given by hand).
free_port_near() {
  local port=$1
  while port_in_use $((++port)); do :; done
  echo "$port"
}

# check_ports RERUN [OWN_PID...]: returns 0 when every port the shop needs is free (or held by
# one of the given pids); otherwise prints which are taken, by what, and how to run on free
# ones, and returns 1. RERUN is the command to suggest; @BASE@, @HTTP@, @ADMIN@ and @DB@ in it
# become the suggested base and its ports.
check_ports() {
  local rerun=$1; shift
  local taken db_taken="" own suggestion
  taken=$(taken_ports "$SHOP_PORT_BASE" "$@")
  if $SHOP_EMBEDDED_DB && ${SHOP_SETTING_GIVEN[SHOP_DB_PORT]} && port_in_use "$SHOP_DB_PORT"; then
    port_listener "$SHOP_DB_PORT"
    db_taken="$SHOP_DB_PORT PostgreSQL (SHOP_DB_PORT)${PORT_LISTENER:+, by $PORT_LISTENER}"
    for own in "$@"; do [ -n "$own" ] && [ "$PORT_LISTENER_PID" = "$own" ] && db_taken=""; done
  fi
  [ -z "$taken$db_taken" ] && return 0
  {
    printf 'Ports the shop needs (port base %s) are taken:\n' "$SHOP_PORT_BASE"
    [ -n "$taken" ] && printf '    %s\n' "${taken//$'\n'/$'\n'    }"
    [ -n "$db_taken" ] && printf '    %s\n' "$db_taken"
    if [ -n "$taken" ]; then
      if suggestion=$(suggest_port_base "$SHOP_PORT_BASE"); then
        rerun=${rerun//@BASE@/$suggestion}
        rerun=${rerun//@HTTP@/$((suggestion + 80))}
        rerun=${rerun//@ADMIN@/$((suggestion + 48))}
        rerun=${rerun//@DB@/$(shop_default_db_port "$suggestion")}
        printf 'Stop what holds them, or use port base %s, whose ports are free (HTTP on %s, which browsers open):\n    %s\n' \
          "$suggestion" "$((suggestion + 80))" "$rerun"
      else
        printf 'Stop what holds them; no port base with free ports was found.\n'
      fi
    fi
    if [ -n "$db_taken" ]; then
      printf 'Stop what holds port %s, or set SHOP_DB_PORT to a free port, e.g. SHOP_DB_PORT=%s.\n' \
        "$SHOP_DB_PORT" "$(free_port_near "$SHOP_DB_PORT")"
    fi
  } >&2
  return 1
}
