# shellcheck shell=bash
# Deploying the shop as a versioned application: every EAR goes in as "shop:<version>" (Payara's
# application versioning), the version enabled before it stays deployed but disabled, so that
# './shop rollback' can enable it again within seconds; the last SHOP_KEEP_VERSIONS versions are
# kept. The version is the one given, or the first 12 hex digits of the EAR's SHA-256, so that the
# same EAR deployed twice is one version. Sourced by ./shop after provision.sh.
#
# On one instance the switch takes the application away for the few seconds the new version needs
# to start; the cluster's rolling procedure (docs/operations.md) takes instances out of the load
# balancer one at a time instead.

SHOP_APP_NAME=shop
SHOP_KEEP_VERSIONS=${SHOP_KEEP_VERSIONS:-3}
SHOP_DEPLOYMENTS=$SHOP_VAR/deployments   # one line per deployment: time, application name, EAR
SHOP_DEPLOY_TARGET=server                # the DAS; the cluster's deployment group (cluster.sh)
SHOP_DEPLOY_OPTIONS=()                   # more deploy options (the cluster's --availabilityenabled)

ear_version() { sha256sum "$1" | cut -c1-12; }
check_version() {
  [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$ ]] \
    || die "A version is letters, digits, '.', '_' and '-' (at most 40, starting with a letter or digit), not '$1'."
}

# "name status" for every deployed version of the shop (status: enabled or disabled)
app_versions() {
  "$ASADMIN" --port "$SHOP_ADMIN_PORT" list-applications --long=true "$SHOP_DEPLOY_TARGET" 2>/dev/null \
    | awk -v app="$SHOP_APP_NAME" 'NR > 1 && ($1 == app || index($1, app ":") == 1) { print $1, $NF }'
}
enabled_version() { app_versions | awk '$2 == "enabled" { print $1; exit }'; }
deployed() { app_versions | awk -v n="$1" '$1 == n { found = 1 } END { exit !found }'; }

# deploy_version EAR VERSION: deploys (or re-enables) shop:VERSION and waits for it to be healthy
deploy_version() {
  local ear=$1 version=$2 name log=$SHOP_VAR/log/deploy.log before
  check_version "$version"
  name=$SHOP_APP_NAME:$version
  before=$(enabled_version)
  if [ "$before" = "$name" ]; then
    return 0
  fi
  if deployed "$name"; then
    step "Enabling $name again (it is deployed; $before is disabled)"
    "$ASADMIN" --port "$SHOP_ADMIN_PORT" enable --target "$SHOP_DEPLOY_TARGET" "$name" >"$log" 2>&1 \
      || die "Enabling $name failed (output in $log, server log in $SHOP_DOMAIN_DIR/logs/server.log)."
  else
    step "Deploying $name${before:+ (then $before is disabled and kept for './shop rollback')} (migrations run first)"
    # on the public listeners' virtual server only: the internal listener serves the metrics alone
    if ! "$ASADMIN" --port "$SHOP_ADMIN_PORT" deploy --target "$SHOP_DEPLOY_TARGET" --virtualservers server "${SHOP_DEPLOY_OPTIONS[@]}" \
           --name "$name" --enabled=true "$ear" >"$log" 2>&1; then
      grep -vE '^\s*$' "$log" | head -5 >&2 || true
      recover_from_failed_deployment "$name" "$before"
    fi
  fi
  printf '%s %s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$name" "$ear" >> "$SHOP_DEPLOYMENTS"
  wait_for 240 "$name to report UP at /health/ready" healthy \
    || die "$name did not become healthy in 4 minutes ('./shop logs'); './shop rollback' enables ${before:-the version before}."
  prune_versions
}

# After a failed deployment: Payara has disabled the version that was enabled, and the failed one
# leaves residue (its health checks stay registered and fail, so /health/ready answers 500 until a
# restart). Undeploys the failed version, restarts the domain and enables the one before again.
recover_from_failed_deployment() {
  local name=$1 before=$2 log=$SHOP_VAR/log/deploy.log
  "$ASADMIN" --port "$SHOP_ADMIN_PORT" undeploy --target "$SHOP_DEPLOY_TARGET" "$name" >/dev/null 2>&1 || true
  if [ "$SHOP_DEPLOY_TARGET" = server ]; then
    step "Restarting the domain to clear what the failed deployment left"
    "$ASADMIN" restart-domain --domaindir "$SHOP_PAYARA_HOME/glassfish/domains" "$SHOP_DOMAIN" >/dev/null 2>&1 || true
  else
    step "Restarting the instances of $SHOP_DEPLOY_TARGET to clear what the failed deployment left"
    "$ASADMIN" --port "$SHOP_ADMIN_PORT" restart-deployment-group "$SHOP_DEPLOY_TARGET" >/dev/null 2>&1 || true
  fi
  if [ -n "$before" ] && [ "$(enabled_version)" != "$before" ]; then
    "$ASADMIN" --port "$SHOP_ADMIN_PORT" enable --target "$SHOP_DEPLOY_TARGET" "$before" >/dev/null 2>&1 || true
  fi
  local now
  now=$(enabled_version)
  if [ -n "$now" ] && wait_for 240 "$now to report UP at /health/ready" healthy; then
    die "Deploying $name failed (output in $log, server log in $SHOP_DOMAIN_DIR/logs/server.log); $now is enabled and healthy."
  fi
  die "Deploying $name failed (output in $log, server log in $SHOP_DOMAIN_DIR/logs/server.log), and ${now:-no version} is enabled${now:+ but not healthy}: fix the cause (the log names it) and deploy again."
}

# undeploys the disabled versions beyond the newest SHOP_KEEP_VERSIONS (by deployment order)
prune_versions() {
  local keep name
  keep=$(awk '{ print $2 }' "$SHOP_DEPLOYMENTS" 2>/dev/null | tac | awk '!seen[$0]++' | head -n "$SHOP_KEEP_VERSIONS")
  while read -r name status; do
    [ "$status" = disabled ] || continue
    grep -qxF "$name" <<<"$keep" && continue
    "$ASADMIN" --port "$SHOP_ADMIN_PORT" undeploy --target "$SHOP_DEPLOY_TARGET" "$name" >/dev/null 2>&1 && say "  undeployed the old version $name"
  done < <(app_versions)
}

# deploy_arguments COMMAND [EAR] [--version V]: sets DEPLOY_EAR (the build's EAR, built when
# stale, unless one is given) and DEPLOY_VERSION (given, or the EAR's hash), refusing a missing
# or wrong file
deploy_arguments() {
  local usage="usage: ./shop $1 [EAR] [--version V]"; shift
  DEPLOY_EAR=$EAR DEPLOY_VERSION=""
  while [ $# -gt 0 ]; do
    case $1 in
      --version) [ $# -ge 2 ] || die "$usage"; DEPLOY_VERSION=$2; shift 2 ;;
      -*)        die "$usage" ;;
      *)         DEPLOY_EAR=$1; shift ;;
    esac
  done
  if [ "$DEPLOY_EAR" = "$EAR" ]; then build_ear; fi
  [ -f "$DEPLOY_EAR" ] || die "There is no EAR at $DEPLOY_EAR."
  # unzip looks the entry up itself (a "| grep -q" stops reading early: with pipefail, unzip's SIGPIPE failed the check)
  unzip -l "$DEPLOY_EAR" META-INF/application.xml >/dev/null 2>&1 \
    || die "$DEPLOY_EAR is not an enterprise archive (no META-INF/application.xml)."
  DEPLOY_VERSION=${DEPLOY_VERSION:-$(ear_version "$DEPLOY_EAR")}
  check_version "$DEPLOY_VERSION"
}

# ./shop deploy [EAR] [--version V]
cmd_deploy() {
  deploy_arguments deploy "$@"
  local ear=$DEPLOY_EAR version=$DEPLOY_VERSION
  domain_running || die "Payara Server is not running: './shop run' first (it deploys the build's EAR)."
  deploy_version "$ear" "$version"
  say "Enabled: $(enabled_version). Deployed versions: $(app_versions | tr '\n' ' ')"
}

# ./shop rollback: enables the version deployed before the enabled one
cmd_rollback() {
  domain_running || die "Payara Server is not running."
  local current previous name
  current=$(enabled_version)
  [ -n "$current" ] || die "No version of the shop is enabled."
  previous=$(awk '{ print $2 }' "$SHOP_DEPLOYMENTS" 2>/dev/null | tac | awk '!seen[$0]++' \
    | while read -r name; do [ "$name" != "$current" ] && deployed "$name" && { echo "$name"; break; }; done)
  [ -n "$previous" ] || die "There is no earlier version of the shop deployed to go back to (deployed: $(app_versions | tr '\n' ' '))."
  deploy_version "" "${previous#"$SHOP_APP_NAME":}"
  say "Rolled back: $previous is enabled, $current is deployed but disabled."
}
