# Helpers of the check scripts: start the built application on a port and a database, wait for
# it, sign in through the API, and clean up only what the script itself started.
# Callers set ROOT (the checkout) and WORK (a temporary folder) before sourcing this file.

APP_JAR=${APP_JAR:-$ROOT/web/target/institute.jar}
STARTED_PIDS=()
CREATED_DBS=()

sql() { mariadb --host=127.0.0.1 --port=3306 --user=root --protocol=TCP -N -B "$@"; }

fresh_db() {  # drops and remembers a database the script owns
  sql -e "DROP DATABASE IF EXISTS \`$1\`"
  CREATED_DBS+=("$1")
}

require_jar() {
  [ -f "$APP_JAR" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
  # run a copy, so that a rebuild during the check cannot pull the jar from under the JVM
  cp "$APP_JAR" "$WORK/institute.jar"
  APP_JAR=$WORK/institute.jar
}

# start_app NAME HTTP_PORT JDBC_URL [extra JVM properties...]; prints nothing, remembers the pid
start_app() {
  local name=$1 port=$2 url=$3; shift 3
  mkdir -p "$WORK/$name"
  INSTITUTE_DB_URL="$url" INSTITUTE_DB_USER=root INSTITUTE_DB_PASSWORD= \
    INSTITUTE_DATA_DIR="$WORK/$name" \
    java -Xmx512m -XX:+UseSerialGC -Djava.io.tmpdir="$WORK/$name" "$@" \
      -jar "$APP_JAR" --port "$port" --nohazelcast >"$WORK/$name.log" 2>&1 &
  STARTED_PIDS+=($!)
  eval "PID_$name=$!"
}

# wait_ready PORT SECONDS: until /health/ready answers 200
wait_ready() {
  local port=$1 limit=$2 start=$SECONDS
  while [ $((SECONDS - start)) -lt "$limit" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && return 0
    sleep 1
  done
  return 1
}

# token PORT USER: a bearer token of a demo account
token() {
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"${INSTITUTE_DEMO_PASSWORD:-ssijri-demo-2020}\"}" \
    "http://127.0.0.1:$1/api/v1/auth/token" | jq -r .access_token
}

stop_pid() {  # ends one process this script started, and waits for it
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup_all() {
  local pid db
  for pid in "${STARTED_PIDS[@]}"; do stop_pid "$pid"; done
  if [ "${KEEP_DATABASES:-false}" != true ]; then
    for db in "${CREATED_DBS[@]}"; do sql -e "DROP DATABASE IF EXISTS \`$db\`" 2>/dev/null || true; done
  fi
  [ "${KEEP_WORK:-false}" = true ] || rm -rf "$WORK"
}

# counts DB: "table count" lines of every base table, sorted
row_counts() {
  local t
  for t in $(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$1' AND table_type='BASE TABLE' ORDER BY table_name"); do
    echo "$t $(sql -e "SELECT COUNT(*) FROM \`$1\`.\`$t\`")"
  done
}

fail() {
  echo "FAIL: $*" >&2
  if [ -n "${WORK:-}" ] && ls "$WORK"/*.log >/dev/null 2>&1; then
    # CI keeps only what is printed: show the first incident of each log with its causes
    local log
    for log in "$WORK"/*.log; do
      grep -q "unexpected error.*incident" "$log" \
        && { echo "--- first incident in $log:" >&2; grep -m1 -B120 -A60 "unexpected error.*incident" "$log" \
          | grep -E "incident|Exception|Caused by" | grep -v "RAR5" | cut -c1-400 | head -25 >&2; }
    done
    echo "logs kept in $WORK" >&2
    KEEP_WORK=true
  fi
  exit 1
}

# seed_accounts DB: the accounts admin (ADMIN) and coordinator (COORDINATOR) with the demo password,
# straight into a database the application has migrated without demo data: loading all the demo
# data takes minutes on a busy machine, and these checks need only someone to sign in. The hash
# has the format of the container's Pbkdf2PasswordHash at the application's 210,000 iterations.
seed_accounts() {
  local db=$1 user role hash
  for pair in admin:ADMIN coordinator:COORDINATOR; do
    user=${pair%%:*}; role=${pair#*:}
    hash=$(python3 -c 'import base64,hashlib,os,sys
salt=os.urandom(32)
key=hashlib.pbkdf2_hmac("sha256", sys.argv[1].encode(), salt, 210000, 32)
print("PBKDF2WithHmacSHA256:210000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode()))' \
      "${INSTITUTE_DEMO_PASSWORD:-ssijri-demo-2020}")
    sql "$db" -e "INSERT INTO core_user_account (username, display_name, email, language, partner_id,
        enabled, password_hash, failed_logins, created_at, version)
      SELECT '$user', 'Check $user', '$user@check.example', 'en', NULL, TRUE, '$hash', 0, NOW(6), 0
      FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM core_user_account WHERE username = '$user');
      INSERT INTO core_user_role (user_id, role)
      SELECT id, '$role' FROM core_user_account a WHERE username = '$user'
        AND NOT EXISTS (SELECT 1 FROM core_user_role r WHERE r.user_id = a.id AND r.role = '$role');"
  done
}
