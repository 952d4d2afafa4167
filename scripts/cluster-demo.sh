#!/usr/bin/env bash
# Two Payara Micro instances of the same WAR as one cluster behind haproxy, on this machine.
#
#   scripts/cluster-demo.sh           start the cluster and keep it running until Ctrl-C
#   scripts/cluster-demo.sh --check   start it, run the failover and scheduled-job checks, stop it
#
# The instances find each other over TCP/IP on loopback (a fixed member list, never multicast),
# under a cluster name that acts as the shared secret (CLUSTER_NAME; Hazelcast 5 open source has
# no cluster password, see docs/deployment.md). HTTP sessions replicate through the data grid
# (web.xml is <distributable/>). haproxy (the Debian package, installed when missing) balances
# with a sticky cookie and moves a user to the survivor when an instance dies. Both instances use
# one MariaDB database (127.0.0.1:3306, user root; CLUSTER_DB names it) and one token signing key.
#
# The check signs a user in to the portal through haproxy, kills the instance that served the
# user with kill -9, and shows the user still signed in and able to act (switching the portal's
# language, a Faces POST of a page rendered by the dead instance) through the survivor. It then
# shows that the mail outbox job runs once per tick for the whole cluster, not once per instance,
# and that webhook messages due on both instances, while their receiver is down for a minute,
# reach it exactly once each when it is back, by the retries, with valid signatures.
# Needs web/target/ROOT.war and web/target/payara-micro.jar (./mvnw -q package -DskipTests).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/institute-cluster.XXXXXX)
. "$ROOT/scripts/lib/app.sh"
trap cleanup_all EXIT

CHECK=false
[ "${1:-}" = --check ] && CHECK=true
WAR=$ROOT/web/target/ROOT.war
MICRO=$ROOT/web/target/payara-micro.jar
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
cp "$WAR" "$WORK/ROOT.war"; WAR=$WORK/ROOT.war  # a rebuild meanwhile must not change what runs
DB=${CLUSTER_DB:-institute_ops_cluster}
LB_PORT=${LB_PORT:-18500}
PORTS=(${NODE_PORTS:-18501 18502})
HZ_PORTS=(${HZ_PORTS:-6910 6911})
CLUSTER_NAME=${CLUSTER_NAME:-institute-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}
POLL=${MAIL_POLL_SECONDS:-2}
# webhook retries after 5, 20 and 40 s, then a minute: a receiver down for a minute is reached by
# the third retry (the standard series would wait 5 minutes for its second)
RETRY_DELAYS=${WEBHOOK_RETRY_DELAYS:-PT5S,PT20S,PT40S,PT1M,PT5M}
# the demo (no --check) shows the demo data; the check needs only two accounts (seed_accounts) and
# boots much faster without loading it
DEMO=true
[ "$CHECK" = true ] && DEMO=${INSTITUTE_DEMO:-false}
began=$SECONDS

if ! command -v haproxy >/dev/null 2>&1; then
  echo "installing haproxy"
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq haproxy >/dev/null
fi

[ "$CHECK" = true ] && fresh_db "$DB"
members=$(printf '127.0.0.1:%s,' "${HZ_PORTS[@]}"); members=${members%,}
# HTTP on loopback only: haproxy is the way in (STACK.md trap 10)
echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
  > "$WORK/preboot.txt"
# the application serves its contract at /openapi (decision 0118): Payara's endpoint moves aside
echo "set-openapi-configuration --enabled=false --endpoint=payara-openapi" >> "$WORK/preboot.txt"

start_node() {  # start_node INDEX
  local i=$1 name="node$(($1 + 1))"
  mkdir -p "$WORK/$name"
  INSTITUTE_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?createDatabaseIfNotExist=true" INSTITUTE_DB_USER=root \
    INSTITUTE_DB_PASSWORD= INSTITUTE_DEMO=$DEMO INSTITUTE_JWT_KEY_FILE="$WORK/jwt-signing-key.json" \
    INSTITUTE_DATA_DIR="$WORK/$name" INSTITUTE_SECURITY_TRUSTED_PROXIES=127.0.0.1 INSTITUTE_MAIL_POLL_SECONDS=$POLL INSTITUTE_WEBHOOKS_POLL_SECONDS=$POLL INSTITUTE_WEBHOOKS_RETRY_DELAYS=$RETRY_DELAYS INSTITUTE_LICENSING_CALENDAR_HOURS=0 \
    java -Xmx512m -XX:+UseSerialGC -Djava.io.tmpdir="$WORK/$name" -jar "$MICRO" --deploy "$WAR" \
      --name "$name" --port "${PORTS[$i]}" --prebootcommandfile "$WORK/preboot.txt" \
      --clustermode "tcpip:$members" --interfaces 127.0.0.1 --startport "${HZ_PORTS[$i]}" \
      --clustername "$CLUSTER_NAME" --nohostaware --rootdir "$WORK/$name/runtime" \
      >"$WORK/$name.log" 2>&1 &
  STARTED_PIDS+=($!)
  NODE_PIDS[$i]=$!
}

NODE_PIDS=()
if [ "$DEMO" = true ]; then
  # one after the other: the first migrates the schema and loads the demo data
  start_node 0
  wait_ready "${PORTS[0]}" "${BOOT_TIMEOUT:-600}" || fail "node1 did not become ready (see $WORK/node1.log)"
  start_node 1
else
  # together: Flyway serialises the two migrations with a database lock
  start_node 0; start_node 1
fi
for i in 0 1; do
  wait_ready "${PORTS[$i]}" "${BOOT_TIMEOUT:-600}" || fail "node$((i + 1)) did not become ready (see $WORK/node$((i + 1)).log)"
  echo "node$((i + 1)) ready on 127.0.0.1:${PORTS[$i]} (pid ${NODE_PIDS[$i]}) after $((SECONDS - began)) s"
done
[ "$DEMO" = true ] || seed_accounts "$DB"
grep -h "DG Size: 2" "$WORK"/node*.log >/dev/null || sleep 5
grep -qh "DG Size: 2" "$WORK"/node*.log || fail "the instances did not form one cluster (see $WORK/node*.log)"
echo "data grid: 2 members in cluster $CLUSTER_NAME"

cat > "$WORK/haproxy.cfg" <<CFG
global
  maxconn 256
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch 1
  option forwardfor
  retry-on conn-failure empty-response response-timeout
frontend portal
  bind 127.0.0.1:$LB_PORT
  default_backend institute
backend institute
  balance roundrobin
  cookie INSTANCE insert indirect nocache httponly
  option httpchk GET /health/ready
  default-server inter 1s fall 2 rise 2
  server node1 127.0.0.1:${PORTS[0]} check cookie node1
  server node2 127.0.0.1:${PORTS[1]} check cookie node2
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
STARTED_PIDS+=($!)
sleep 3
echo "haproxy on http://127.0.0.1:$LB_PORT/ with sticky sessions"

if [ "$CHECK" != true ]; then
  echo "cluster up; sign in at http://127.0.0.1:$LB_PORT/ (Ctrl-C stops everything)"
  wait
  exit 0
fi

LB="http://127.0.0.1:$LB_PORT"
JAR="$WORK/cookies.txt"
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
lease() { sql -e "SELECT runs, holder FROM \`$DB\`.core_job_lease WHERE job='mail-outbox'"; }

WINDOW=${JOB_WINDOW_SECONDS:-20}
echo "1. scheduled jobs: both instances tick every $POLL s; the mail outbox job runs once per tick"
read -r runs0 holder0 < <(lease)
sleep "$WINDOW"
read -r runs1 holder1 < <(lease)
runs=$((runs1 - runs0)); ticks=$((2 * WINDOW / POLL))
echo "   in $WINDOW s: $runs run(s) of the job for $ticks ticks of the two instances; held by ${holder1%%/*}"
[ "$runs" -le $((WINDOW / POLL + 2)) ] || fail "the job ran $runs times in $WINDOW s: more than once per tick"
[ "$runs" -ge $((WINDOW / POLL / 2)) ] || fail "the job ran only $runs times in $WINDOW s"
[ "$holder0" = "$holder1" ] || [ "$runs0" = 0 ] || fail "the lease changed hands while both instances ran"

echo "1b. webhooks: the receiver is down for ${WEBHOOK_DOWN_SECONDS:-60} s; then each message due on both instances arrives once, signed"
HOOK_PORT=${HOOK_PORT:-18510}
HOOK_SECRET=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
: > "$WORK/hooks.txt"
sql -e "INSERT INTO \`$DB\`.core_webhook_endpoint (url, description, event_types, secret, enabled,
  created_at, created_by, version) VALUES ('http://127.0.0.1:$HOOK_PORT/hooks', 'cluster check',
  'licence-deal.state-changed', '$HOOK_SECRET', TRUE, NOW(6), 'check', 0)"
endpoint=$(sql -e "SELECT MAX(id) FROM \`$DB\`.core_webhook_endpoint")
HOOKS=${HOOK_MESSAGES:-20}
for k in $(seq 1 "$HOOKS"); do
  sql -e "INSERT INTO \`$DB\`.core_webhook_message (endpoint_id, message_id, event_type, body, status,
    attempts, created_at, next_attempt_at) VALUES ($endpoint, 'msg_cluster_check_$k', 'LICENCE_DEAL_STATE_CHANGED',
    '{\"type\":\"licence-deal.state-changed\",\"data\":{\"dealId\":$k,\"from\":\"SUBMITTED\",\"to\":\"APPROVED\"}}',
    'PENDING', 0, NOW(6), NOW(6))"
done
DOWN=${WEBHOOK_DOWN_SECONDS:-60}
sleep "$DOWN"
read -r tried delivered < <(sql -e "SELECT COALESCE(SUM(attempts), 0), COALESCE(SUM(status = 'DELIVERED'), 0)
  FROM \`$DB\`.core_webhook_message WHERE endpoint_id = $endpoint")
echo "   after $DOWN s with nothing listening: $tried failed attempt(s), $delivered delivered"
[ "$delivered" = 0 ] || fail "$delivered message(s) delivered while the receiver was down"
[ "$tried" -ge $((2 * HOOKS)) ] || fail "only $tried attempt(s) in $DOWN s: the messages were not retried"
java "$ROOT/scripts/lib/WebhookReceiver.java" "$HOOK_PORT" "$WORK/hooks.txt" "$HOOK_SECRET" >"$WORK/receiver.log" 2>&1 &
STARTED_PIDS+=($!)
back=$SECONDS
for _ in $(seq 1 120); do
  pending=$(sql -e "SELECT COUNT(*) FROM \`$DB\`.core_webhook_message WHERE endpoint_id = $endpoint AND status <> 'DELIVERED'")
  [ "$pending" = 0 ] && break
  sleep 1
done
[ "$pending" = 0 ] || fail "$pending webhook message(s) not delivered within two minutes of the receiver's return (see $WORK/receiver.log)"
echo "   all delivered $((SECONDS - back)) s after the receiver came back, by the retries (INSTITUTE_WEBHOOKS_RETRY_DELAYS=$RETRY_DELAYS)"
sleep $((2 * POLL))
received=$(wc -l < "$WORK/hooks.txt"); distinct=$(cut -d' ' -f1 "$WORK/hooks.txt" | sort -u | wc -l)
signed=$(grep -c ' signed$' "$WORK/hooks.txt" || true)
echo "   $HOOKS messages: the receiver got $received request(s), $distinct distinct id(s), $signed with a valid signature"
[ "$received" = "$HOOKS" ] && [ "$distinct" = "$HOOKS" ] || fail "webhooks were not sent exactly once each"
[ "$signed" = "$HOOKS" ] || fail "$((HOOKS - signed)) delivery(ies) without a valid Standard Webhooks signature"

echo "2. sign in as coordinator through haproxy"
curl -s -c "$JAR" -b "$JAR" "$LB/login.xhtml" -o "$WORK/login.html"
vs=$(view_state "$WORK/login.html")
[ -n "$vs" ] || fail "no view state on the login page"
status=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' "$LB/login.xhtml" \
  --data-urlencode "login=login" --data-urlencode "login:next=" \
  --data-urlencode "login:username=coordinator" \
  --data-urlencode "login:password=${INSTITUTE_DEMO_PASSWORD:-ssijri-demo-2020}" \
  --data-urlencode "login:submit=Sign in" --data-urlencode "jakarta.faces.ViewState=$vs")
[ "$status" = 302 ] || fail "sign-in answered $status"
curl -s -c "$JAR" -b "$JAR" -o "$WORK/home1.html" "$LB/app/home.xhtml"
grep -q 'id="user-name"' "$WORK/home1.html" || fail "not signed in after sign-in"
serving=$(awk '$6 == "INSTANCE" {print $7}' "$JAR")
[ -n "$serving" ] || fail "haproxy set no sticky cookie"
idx=$(( ${serving#node} - 1 ))
echo "   signed in; served by $serving (pid ${NODE_PIDS[$idx]})"
vs=$(view_state "$WORK/home1.html")

echo "3. kill -9 $serving"
kill -9 "${NODE_PIDS[$idx]}"
sleep 3  # the user's next click; haproxy's health check marks the dead instance down meanwhile
curl -s -c "$JAR" -b "$JAR" -o "$WORK/home2.html" -w '%{http_code}\n' "$LB/app/home.xhtml" > "$WORK/status2"
[ "$(cat "$WORK/status2")" = 200 ] && grep -q 'id="user-name"' "$WORK/home2.html" \
  || fail "after the kill the user is not signed in any more (status $(cat "$WORK/status2"))"
survivor=$(awk '$6 == "INSTANCE" {print $7}' "$JAR")
echo "   still signed in as $(grep -o 'id="user-name"[^>]*>[^<]*' "$WORK/home2.html" | sed 's/.*>//'), now served by $survivor"

echo "4. act through the survivor with the page that $serving rendered"
status=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' "$LB/app/home.xhtml" \
  --data-urlencode "langForm=langForm" --data-urlencode "langForm:zh=简体中文" \
  --data-urlencode "jakarta.faces.ViewState=$vs")
[ "$status" = 302 ] || fail "the language switch answered $status"
curl -s -c "$JAR" -b "$JAR" -o "$WORK/home3.html" "$LB/app/home.xhtml"
grep -q 'lang="zh-CN"' "$WORK/home3.html" && grep -q 'id="user-name"' "$WORK/home3.html" \
  || fail "the language switch did not take effect"
language=$(sql -e "SELECT language FROM \`$DB\`.core_user_account WHERE username='coordinator'" 2>/dev/null || echo "?")
echo "   switched the portal to Chinese (stored on the account: $language)"

echo "5. the survivor takes the job over"
sleep $((2 * POLL + 2))
read -r runs2 holder2 < <(lease)
sleep "$((4 * POLL))"
read -r runs3 holder3 < <(lease)
alive=${NODE_PIDS[$((1 - idx))]}
[ "${holder3%%@*}" = "$alive" ] || fail "the job is held by ${holder3%%/*}, not by the survivor (pid $alive)"
[ "$runs3" -gt "$runs2" ] || fail "the job stopped running after the kill"
echo "   held by ${holder3%%/*} (the survivor), $((runs3 - runs2)) run(s) in $((4 * POLL)) s"
echo "PASS: cluster failover and once-per-cluster jobs in $((SECONDS - began)) s"
