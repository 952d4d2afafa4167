#!/usr/bin/env bash
# The database goes away under load and comes back. The built application runs on MariaDB
# (127.0.0.1:3306, user root) through a TCP proxy that this script starts, so that the database
# can be cut off without stopping a server others share: the proxy resets every open connection
# and refuses new ones, as a restarting server does. Under light load (one writer adding partners,
# two readers listing them) it checks that
#   - every request during the outage fails fast (< 5 s) with 503, a problem body and Retry-After,
#   - the connection pool recovers by itself within 10 s after the database is back,
#   - no committed write is lost (every 201 is in the database) and the audit chain verifies.
# Needs web/target/institute.jar (./mvnw -q package -DskipTests). Cleans up its processes and
# its database. OUTAGE_SECONDS (default 15) sets the length of the outage.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/institute-outage-check.XXXXXX)
. "$ROOT/scripts/lib/app.sh"
trap cleanup_all EXIT
require_jar

DB=${OUTAGE_DB:-institute_ops_outage}
PORT=${PORT:-18490}
PROXY_PORT=${PROXY_PORT:-13390}
began=$SECONDS

fresh_db "$DB"
python3 "$ROOT/scripts/lib/tcp-proxy.py" "$PROXY_PORT" 127.0.0.1 3306 >"$WORK/proxy.log" 2>&1 &
PROXY_PID=$!
STARTED_PIDS+=("$PROXY_PID")

echo "1. application on $DB through the proxy on port $PROXY_PORT"
start_app app "$PORT" "jdbc:mariadb://127.0.0.1:$PROXY_PORT/$DB?createDatabaseIfNotExist=true" \
  -Dinstitute.demo=false -Dinstitute.licensing.calendar.hours=0
wait_ready "$PORT" "${BOOT_TIMEOUT:-600}" || fail "the application did not become ready (see $WORK/app.log)"
seed_accounts "$DB"
admin=$(token "$PORT" admin)
[ -n "$admin" ] && [ "$admin" != null ] || fail "no token for admin"
echo "   ready after $((SECONDS - began)) s"

echo "2. load, outage, recovery"
python3 "$ROOT/scripts/lib/outage-check.py" "$PORT" "$PROXY_PID" "$DB" "$admin" "${OUTAGE_SECONDS:-15}" \
  || fail "the outage check failed (application log: $WORK/app.log)"
echo "PASS: database outage in $((SECONDS - began)) s"
