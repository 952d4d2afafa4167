#!/usr/bin/env bash
# The benchmark of issue 8: scripts/bench.sh S|M|L
#
# Loads a MariaDB database of the chosen size (S: the demo; M and L: tools/bench's generator on top),
# boots web/target/institute.jar on it with the README's JVM flags, warms it up, drives the scenarios
# with wrk (and small Java programs for the JDBC floor, the enrolment burst and the mixed portal
# session) and writes
# target/bench/report.md. It prints figures and fails only when a scenario cannot run at all: these
# machines are shared and noisy, so no absolute time is a failure.
#
# Settings (environment):
#   BENCH_WARMUP    seconds of warm-up load before measuring (S: 30; M, L: 120. The JIT needs about
#                   two minutes of load to settle on 2 cores: S's figures are of a JVM still warming)
#   BENCH_DURATION  seconds per scenario (S: 15; M, L: 30)
#   BENCH_CONNECTIONS  wrk connections for the list scenarios (32)
#   BENCH_PORT      HTTP port of the server under test (18481)
#   BENCH_DB_HOST / BENCH_DB_PORT / BENCH_DB_USER / BENCH_DB_PASSWORD  MariaDB (127.0.0.1, 3306, root, empty)
#   BENCH_DB        database name (institute_bench_<size>); it is dropped and created
#   BENCH_BOOT_TIMEOUT  seconds a boot may take before the run gives up (900: other builds share the cores)
#   BENCH_BUILD=1   rebuild web/target/institute.jar even if it exists
#   BENCH_CALENDAR_WAIT  seconds to wait for the licensing calendar's first run before the warm-up (900; 0: none)
set -euo pipefail

SIZE=$(echo "${1:-S}" | tr '[:lower:]' '[:upper:]')
case "$SIZE" in S|M|L) ;; *) echo "usage: $0 S|M|L" >&2; exit 2 ;; esac
size_lower=$(echo "$SIZE" | tr '[:upper:]' '[:lower:]')

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/target/bench
mkdir -p "$OUT"
LOG=$OUT/bench.log
: > "$LOG"

if [ "$SIZE" = S ]; then WARMUP=${BENCH_WARMUP:-30}; DURATION=${BENCH_DURATION:-15}
else WARMUP=${BENCH_WARMUP:-120}; DURATION=${BENCH_DURATION:-30}; fi
CONNECTIONS=${BENCH_CONNECTIONS:-32}
BOOT_TIMEOUT=${BENCH_BOOT_TIMEOUT:-900}
PORT=${BENCH_PORT:-18481}
BASE=http://127.0.0.1:$PORT
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
DB=${BENCH_DB:-institute_bench_$size_lower}
JDBC_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB"
# exactly the README's small-machine start command (decision 0112): its environment and its flags
JVM_ENV=(MALLOC_ARENA_MAX=2)
JVM_FLAGS=(-Xmx288m -Xmn64m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000 -XX:+UseSerialGC)
TICKS=$(getconf CLK_TCK)
SERVER_PID=

say() { echo "[bench $(date -u +%H:%M:%S)] $*" | tee -a "$LOG" >&2; }
sql() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B "$@"; }
now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l | xargs printf '%.1f'; }

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap stop_server EXIT

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }

# boot <label> <ready-path> <java args...>: starts the server; BOOT_SECONDS = seconds to the first 200
boot() {
  local label=$1 ready=$2; shift 2
  local start; start=$(now)
  rm -rf "$OUT/payara-$label"
  # the application starts as the README starts it (its jar carries --nohazelcast and the
  # single-instance pre-boot commands); the empty WAR on plain Payara Micro gets the same flags
  env "${JVM_ENV[@]}" java "${JVM_FLAGS[@]}" -jar "$@" --port "$PORT" --rootdir "$OUT/payara-$label" > "$OUT/server-$label.log" 2>&1 &
  SERVER_PID=$!
  local deadline=$(( $(date +%s) + BOOT_TIMEOUT ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      say "server ($label) died during boot: see $OUT/server-$label.log"; exit 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$ready" || true)" = 200 ]; then
      BOOT_SECONDS=$(elapsed "$start"); return 0
    fi
    sleep 0.1
  done
  say "server ($label) not ready after $BOOT_TIMEOUT s"; exit 1
}

# --- tools --------------------------------------------------------------------------------------
if ! command -v wrk > /dev/null; then
  say "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >> "$LOG" 2>&1; else sudo apt-get install -y wrk >> "$LOG" 2>&1; fi
fi
if [ ! -f web/target/institute.jar ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  say "building web/target/institute.jar"
  ./mvnw -q package -DskipTests >> "$LOG" 2>&1
fi
if [ ! -f tools/bench/target/bench-tools.jar ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  say "building tools/bench"
  (cd tools/bench && ../../mvnw -q package >> "$LOG" 2>&1)
fi
TOOLS_CP="tools/bench/target/bench-tools.jar:tools/bench/target/lib/*"
# run copies, so that a build in the same worktree during the run cannot change the server under test
cp web/target/institute.jar web/target/payara-micro.jar "$OUT/"

# --- an empty WAR on the same Payara Micro: the boot-time yardstick -------------------------------
EMPTY=$OUT/empty-war
rm -rf "$EMPTY" && mkdir -p "$EMPTY/WEB-INF"
echo ok > "$EMPTY/index.html"
(cd "$EMPTY" && jar cf ../empty.war index.html WEB-INF)
say "booting an empty WAR on the same Payara Micro"
boot empty /index.html "$OUT/payara-micro.jar" --deploy "$OUT/empty.war" --contextroot / --nohazelcast
EMPTY_BOOT=$BOOT_SECONDS
EMPTY_RSS=$(rss_mb)
stop_server
say "empty WAR: ready in ${EMPTY_BOOT} s, RSS ${EMPTY_RSS} MB"

# --- the database ---------------------------------------------------------------------------------
say "creating database $DB"
sql -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export INSTITUTE_DB_URL=$JDBC_URL INSTITUTE_DB_USER=$DB_USER INSTITUTE_DB_PASSWORD=$DB_PASSWORD
export INSTITUTE_DATA_DIR=$OUT/data INSTITUTE_DIAGNOSTICS_SQL_COUNT=true
rm -rf "$OUT/data"
say "first boot: migrations and demo data (size S)"
export INSTITUTE_DEMO=true
boot seed /health/ready "$OUT/institute.jar"
SEED_BOOT=$BOOT_SECONDS
stop_server
say "seeded in ${SEED_BOOT} s; generating size $SIZE"
GEN_START=$(now)
java -cp "$TOOLS_CP" org.institute.bench.DataGenerator "$SIZE" "$JDBC_URL" "$DB_USER" "$DB_PASSWORD" "$OUT/fixtures.env" | tee -a "$LOG" >&2
GEN_SECONDS=$(elapsed "$GEN_START")
# shellcheck disable=SC1091
. "$OUT/fixtures.env"

# --- the measured boot ----------------------------------------------------------------------------
say "booting the application on size $SIZE"
export INSTITUTE_DEMO=false
boot app /health/ready "$OUT/institute.jar"
APP_BOOT=$BOOT_SECONDS
BOOT_RSS=$(rss_mb)
say "application ready in ${APP_BOOT} s, RSS ${BOOT_RSS} MB"
MAX_RSS=$BOOT_RSS

# The licensing calendar's first run (60 s after boot) finds every generated deal due at once: it
# activates their terms and sends their reminders, one transaction each (decision 0013). That is a
# new institute's first day, not a steady one: the scenarios start after it has finished, and the
# report says how long it took (BENCH_CALENDAR_WAIT seconds at most, default 900; 0 does not wait).
CAL_WAIT=${BENCH_CALENDAR_WAIT:-900}
CAL_LINE=
CAL_SECONDS=
if [ "$CAL_WAIT" -gt 0 ]; then
  say "waiting for the licensing calendar's first run to finish (at most $CAL_WAIT s)"
  cal_start=$(now)
  cal_deadline=$(( $(date +%s) + CAL_WAIT ))
  while [ "$(date +%s)" -lt "$cal_deadline" ]; do
    CAL_LINE=$(grep -a -o 'licensing calendar [0-9-]*: .*reminder(s)' "$OUT/server-app.log" | head -1 || true)
    [ -n "$CAL_LINE" ] && break
    grep -a -q 'licensing calendar run failed' "$OUT/server-app.log" && { CAL_LINE="the licensing calendar run failed (see the server log)"; break; }
    sleep 2
  done
  CAL_SECONDS=$(elapsed "$cal_start")
  CAL_LINE=${CAL_LINE:-"no calendar summary within $CAL_WAIT s"}
  say "$CAL_LINE (${CAL_SECONDS} s after ready)"
fi

token() {
  curl -s -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"${INSTITUTE_DEMO_PASSWORD:-ssijri-demo-2020}\"}" | jq -r .access_token
}
ADMIN=$(token admin); NTU=$(token ntu.staff); COORDINATOR=$(token coordinator); COUNCIL=$(token council)
[ "$ADMIN" != null ] && [ -n "$ADMIN" ] || { say "no token for admin"; exit 1; }

DEAL_LIST="/api/v1/licence-deals?state=ACTIVE&sort=-updatedAt&limit=50"
MIX="admin $DEAL_LIST
ntu /api/v1/licence-deals?state=ACTIVE&sort=-updatedAt&limit=50
admin /api/v1/licence-deals/$DETAIL_DEAL
ntu /api/v1/licence-deals/$DETAIL_DEAL
coordinator /api/v1/cohorts/$ROSTER_COHORT/enrolments
coordinator /api/v1/cohorts?limit=50
admin /api/v1/participants?limit=50
council /api/v1/kpis
admin /api/v1/patents?limit=50
ntu /api/v1/projects?limit=50"
export BENCH_MIX=$MIX BENCH_TOKEN_admin=$ADMIN BENCH_TOKEN_ntu=$NTU BENCH_TOKEN_coordinator=$COORDINATOR BENCH_TOKEN_council=$COUNCIL

# the portal page is rendered for a signed-in session: sign in through the login form once
portal_cookie() { # [user]: council unless named
  local user=${1:-council} jar=$OUT/cookies-${1:-council}.txt
  rm -f "$jar"
  local page; page=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml")
  local viewstate; viewstate=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:next=" --data-urlencode "login:username=$user" \
    --data-urlencode "login:password=${INSTITUTE_DEMO_PASSWORD:-ssijri-demo-2020}" \
    --data-urlencode "login:submit=Sign in" --data-urlencode "jakarta.faces.ViewState=$viewstate"
  # JSESSIONIDVERSION too: without it Payara takes a session whose version has moved on for unknown
  awk '!/^#/ && NF >= 7 {print $6 "=" $7} /^#HttpOnly_/ {print $6 "=" $7}' "$jar" | grep -i '^JSESSIONID' | paste -sd ';' | sed 's/;/; /g'
}

# --- warm-up --------------------------------------------------------------------------------------
say "warming up for ${WARMUP} s (mixed reads at $CONNECTIONS connections)"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s scripts/bench/mix.lua "$BASE" >> "$LOG" 2>&1
MAX_RSS=$(( $(rss_mb) > MAX_RSS ? $(rss_mb) : MAX_RSS ))

# --- scenarios ------------------------------------------------------------------------------------
RESULTS=$OUT/results.tsv
printf 'scenario\trps\tp50\tp95\tp99\terrors\trequests\tsql\trss\tcpu\tnote\n' > "$RESULTS"

sql_per_request() { # path token
  curl -s -o /dev/null -D - -H "Authorization: Bearer $2" "$BASE$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-sql-statements" {print $2}'
}

# measure <name> <connections> <note> <command...>: runs a load command, reads its RESULT line
measure() {
  local name=$1 connections=$2 sqlcount=$3 note=$4; shift 4
  say "scenario $name"
  local t0 c0; t0=$(now); c0=$(cpu_ticks)
  local out; out=$("$@" 2>>"$LOG" | tee -a "$LOG" | grep '^RESULT' | tail -1)
  local wall; wall=$(echo "$(now) - $t0" | bc -l)
  local cpu; cpu=$(echo "($(cpu_ticks) - $c0) / $TICKS / $wall * 100" | bc -l | xargs printf '%.0f')
  local rss; rss=$(rss_mb); MAX_RSS=$(( rss > MAX_RSS ? rss : MAX_RSS ))
  local get; get() { echo "$out" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(get rps)" "$(get p50)" "$(get p95)" "$(get p99)" \
    "$(get errors)" "$(get requests)" "$sqlcount" "$rss" "$cpu" "$note" >> "$RESULTS"
}

wrk_get() { # connections path token [accept]
  BENCH_PATH=$2 BENCH_TOKEN=$3 BENCH_ACCEPT=${4:-application/json} \
    wrk -t2 -c"$1" -d"${DURATION}s" --timeout 10s -s scripts/bench/request.lua "$BASE"
}

floor() { # prefix scope
  java -cp "$TOOLS_CP" org.institute.bench.JdbcFloor "$JDBC_URL" "$DB_USER" "$DB_PASSWORD" "$DURATION" 10 "$2" ACTIVE X \
    | tr ' ' '\n' | sed 's/^X_//' | awk -F= '{printf "%s=%s ", tolower($1), $2} END {print ""}' | sed 's/^/RESULT /'
}

measure ping "$CONNECTIONS" 0 "GET /api/v1/ping" wrk_get "$CONNECTIONS" /api/v1/ping "" "*/*"
measure jdbc-floor-admin 10 2 "deal list SQL (page + count), 10 JDBC connections" floor X 0
measure jdbc-floor-partner 10 3 "the same in NTU's scope (ids from lic_deal_party, their rows, the count)" floor X "$NTU_PARTNER"
measure deals-admin "$CONNECTIONS" "$(sql_per_request "$DEAL_LIST" "$ADMIN")" "$DEAL_LIST as admin" \
  wrk_get "$CONNECTIONS" "$DEAL_LIST" "$ADMIN"
measure deals-partner "$CONNECTIONS" "$(sql_per_request "$DEAL_LIST" "$NTU")" "the same as ntu.staff" \
  wrk_get "$CONNECTIONS" "$DEAL_LIST" "$NTU"
measure deal-detail "$CONNECTIONS" "$(sql_per_request "/api/v1/licence-deals/$DETAIL_DEAL" "$ADMIN")" \
  "deal $DETAIL_DEAL with its timeline, as admin" wrk_get "$CONNECTIONS" "/api/v1/licence-deals/$DETAIL_DEAL" "$ADMIN"
measure cohort-roster "$CONNECTIONS" "$(sql_per_request "/api/v1/cohorts/$ROSTER_COHORT/enrolments" "$COORDINATOR")" \
  "cohort $ROSTER_COHORT, as coordinator" wrk_get "$CONNECTIONS" "/api/v1/cohorts/$ROSTER_COHORT/enrolments" "$COORDINATOR"
# cursor_pages <pages> <path> <token>: one client follows the list's cursors page by page (decision
# 0095), as an integrator exporting the list would; the figures are each page's time, and the last
# page reached is in the log. Stops early at the list's end.
cursor_pages() {
  local pages=$1 path=$2 auth=$3 next="" n=0 errors=0 times=$OUT/cursor-times.txt t0
  : > "$times"; t0=$(now)
  while [ "$n" -lt "$pages" ]; do
    local url="$BASE$path" body code
    [ -n "$next" ] && url="$url&cursor=$next"
    body=$(curl -s -w '\n%{http_code} %{time_total}' -H "Authorization: Bearer $auth" "$url")
    code=$(echo "$body" | tail -1)
    echo "${code#* }" >> "$times"
    n=$((n + 1))
    [ "${code%% *}" = 200 ] || { errors=$((errors + 1)); break; }
    next=$(echo "$body" | sed '$d' | jq -r '.next // empty')
    [ -n "$next" ] || break
  done
  echo "cursor pages: $n of $pages read, errors $errors" >&2
  sort -n "$times" | awk -v n="$n" -v s="$(echo "$(now) - $t0" | bc -l)" -v e="$errors" \
    '{t[NR] = $1 * 1000} END {printf "RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d\n", n, s, n / s, t[int(NR * 0.5) + (NR > 1 ? 0 : 1)], t[int(NR * 0.95) + (NR > 1 ? 0 : 1)], t[int(NR * 0.99) + (NR > 1 ? 0 : 1)], e}'
}
measure deals-cursor-1000 1 "$(sql_per_request "$DEAL_LIST" "$NTU")" \
  "one client following the deal list's cursors to the 1,000th page, as ntu.staff" \
  cursor_pages 1000 "/api/v1/licence-deals?sort=-updatedAt&limit=50" "$NTU"

measure kpi-api "$CONNECTIONS" "$(sql_per_request /api/v1/kpis "$COUNCIL")" "GET /api/v1/kpis as council" \
  wrk_get "$CONNECTIONS" /api/v1/kpis "$COUNCIL"

# a few tries: the server may still be draining the last scenario's queue (a 503 when the pool is busy)
for _ in 1 2 3; do
  SESSION=$(portal_cookie || true)
  [ -n "$SESSION" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SESSION" "$BASE/app/dashboard.xhtml")" = 200 ] && break
  SESSION=; sleep 3
done
if [ -n "$SESSION" ]; then
  kpi_page() {
    BENCH_PATH=/app/dashboard.xhtml BENCH_TOKEN="" BENCH_ACCEPT=text/html \
      wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -H "Cookie: $SESSION" -s scripts/bench/request.lua "$BASE"
  }
  measure kpi-page "$CONNECTIONS" "n/a" "/app/dashboard.xhtml rendered for the council (one session)" kpi_page
else
  say "could not sign in to the portal: kpi-page skipped"
  printf 'kpi-page\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tskipped: no portal session\n' >> "$RESULTS"
fi

# the portal's five busiest pages, one user at a time (issue 16 item 7): one connection, one page
# after the other, each for a third of the scenario time; the figures are the page's time as the
# user's browser would wait for the HTML (the server's time plus a loopback round trip)
page_session() { # user: a signed-in session cookie, a few tries as above
  local s
  for _ in 1 2 3; do
    s=$(portal_cookie "$1" || true)
    [ -n "$s" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $s" "$BASE/app/home.xhtml")" = 200 ] && { echo "$s"; return; }
    sleep 3
  done
}
ADMIN_SESSION=$(page_session admin)
COORDINATOR_SESSION=$(page_session coordinator)
one_page() { # path session
  BENCH_PATH=$1 BENCH_TOKEN="" BENCH_ACCEPT=text/html \
    wrk -t1 -c1 -d"$(( DURATION / 3 > 5 ? DURATION / 3 : 5 ))s" --timeout 10s -H "Cookie: $2" -s scripts/bench/request.lua "$BASE"
}
for page in "dashboard /app/dashboard.xhtml admin" "deals /app/licensing/deals.xhtml admin" \
  "deal /app/licensing/deal.xhtml?id=$DETAIL_DEAL admin" "patents /app/licensing/patents.xhtml admin" \
  "cohort /app/talent/cohort.xhtml?id=$ROSTER_COHORT coordinator"; do
  read -r label path user <<< "$page"
  session=$ADMIN_SESSION; [ "$user" = coordinator ] && session=$COORDINATOR_SESSION
  if [ -n "$session" ]; then
    measure "page-$label-1user" 1 "n/a" "$path for $user, one user at a time" one_page "$path" "$session"
  else
    printf 'page-%s-1user\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tn/a\tskipped: no portal session for %s\n' "$label" "$user" >> "$RESULTS"
  fi
done

mixed() { wrk -t2 -c50 -d"${DURATION}s" --timeout 10s -s scripts/bench/mix.lua "$BASE"; }
measure mixed-50 50 "n/a" "10 API reads round-robin (lists, detail, roster, KPIs), 4 roles, 50 connections" mixed

# the mixed portal session: what the 50 users write stays valid (new participants, open cohorts of
# open programmes, deals on a family that NTU alone owns, licensed to a company)
MIX_COHORTS=$(sql "$DB" -e "SELECT COALESCE(GROUP_CONCAT(id ORDER BY id), '0') FROM (SELECT c.id FROM tal_cohort c
  JOIN tal_programme p ON p.id = c.programme_id WHERE c.status IN ('OPEN', 'RUNNING') AND p.eligibility = 'OPEN'
  AND c.programme_id <> (SELECT programme_id FROM tal_cohort WHERE id = $BURST_COHORT) ORDER BY c.id LIMIT 20) t")
MIX_FAMILY=$(sql "$DB" -e "SELECT family_id FROM lic_ownership GROUP BY family_id
  HAVING MIN(partner_id) = $NTU_PARTNER AND MAX(partner_id) = $NTU_PARTNER ORDER BY family_id LIMIT 1")
MIX_LICENSEE=$(sql "$DB" -e "SELECT id FROM ptn_partner WHERE kind IN ('PRIVATE_COMPANY', 'STATE_OWNED_COMPANY')
  AND active ORDER BY id LIMIT 1")
portal_mix() {
  { java -cp "$TOOLS_CP" org.institute.bench.MixedSession "$BASE" "$DURATION" 50 X "$MIX_COHORTS" "${MIX_FAMILY:-0}" \
      "${MIX_LICENSEE:-0}" "$DETAIL_DEAL" "$ROSTER_COHORT" || say "the mixed portal session could not run"; } | tee "$OUT/mixed-portal.txt" \
    | tr ' ' '\n' | sed 's/^X_//' | awk -F= '{printf "%s=%s ", tolower($1), $2} END {print ""}' | sed 's/^/RESULT /'
}
measure mixed-portal-50 50 "n/a" "50 users: login form + API token, 3-4 portal pages, API writes (NTU staff draft and submit a deal, admins approve one, the coordinator registers a participant and enrols them in 2 open cohorts), sign-out; think 100-300 ms" portal_mix
mix_kind() { # KIND label note: a row of one kind of exchange of the mixed portal session
  local v; v() { tr ' ' '\n' < "$OUT/mixed-portal.txt" | awk -F= -v k="X_$1_$2" '$1 == k {print $2}'; }
  # tab is a whitespace IFS character: an empty field would collapse when the report reads the row,
  # so the server's RSS and CPU are the whole session's, repeated
  local whole; whole=$(awk -F'\t' '$1 == "mixed-portal-50" {print $9 "\t" $10}' "$RESULTS")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\tn/a\t%s\t%s\n' "mixed-portal-50 $2" "$(v "$1" RPS)" "$(v "$1" P50)" "$(v "$1" P95)" \
    "$(v "$1" P99)" "$(v "$1" ERRORS)" "$(v "$1" REQUESTS)" "$whole" "$3" >> "$RESULTS"
}
mix_kind SIGNIN sign-in "of the above: login page, login form (302), token, sign-out form"
mix_kind PAGE page "of the above: portal pages (dashboard, deals, a deal, programmes, a cohort)"
mix_kind WRITE write "of the above: API POSTs (participant, enrolment, deal, submit, approve)"
MIX_VALUE() { tr ' ' '\n' < "$OUT/mixed-portal.txt" | awk -F= -v k="X_$1" '$1 == k {print $2}'; }
MIX_DB=$(sql "$DB" -e "SELECT CONCAT(COALESCE(SUM(e.state = 'ENROLLED'), 0), ' enrolled and ',
  COALESCE(SUM(e.state = 'WAITLISTED'), 0), ' waitlisted') FROM tal_enrolment e
  JOIN tal_participant p ON p.id = e.participant_id WHERE p.email LIKE 'mix%@bench.example'")
MIX_DEALS=$(sql "$DB" -e "SELECT CONCAT(COALESCE(SUM(state = 'APPROVED'), 0), ' approved, ',
  COALESCE(SUM(state = 'SUBMITTED'), 0), ' submitted') FROM lic_deal WHERE title LIKE 'Bench mix deal %'")
MIX_BAD=$(sql "$DB" -e "SELECT COUNT(*) FROM tal_cohort c WHERE c.id IN ($MIX_COHORTS) AND (c.enrolled_count > c.capacity
  OR c.enrolled_count <> (SELECT COUNT(*) FROM tal_enrolment e WHERE e.cohort_id = c.id AND e.state = 'ENROLLED'))")

burst() { # cohort result-file prefix
  java -cp "$TOOLS_CP" org.institute.bench.EnrolmentBurst "$BASE" "$COORDINATOR" "$1" \
    "$BURST_FIRST_PARTICIPANT" 1000 "$3" | tee "$2" \
    | tr ' ' '\n' | sed "s/^$3_//" | awk -F= '{printf "%s=%s ", tolower($1), $2} END {print ""}' | sed 's/^/RESULT /'
}
burst_db() { # cohort: what the database holds after a burst
  sql "$DB" -e "SELECT CONCAT(SUM(state = 'ENROLLED'), ' enrolled, ', SUM(state = 'WAITLISTED'), ' waitlisted, ',
    COUNT(DISTINCT waitlist_ticket), ' distinct tickets') FROM tal_enrolment WHERE cohort_id = $1"
}
burst_told() { # result-file prefix: what the answers said
  tr ' ' '\n' < "$1" | awk -F= -v p="$2" '$1 == p "_ENROLLED" {e=$2} $1 == p "_WAITLISTED" {w=$2}
    $1 == p "_POSITIONS" {d=$2} $1 == p "_MAX_POSITION" {m=$2} $1 == p "_SQL" {s=$2}
    END {print "the answers counted " e " enrolled and " w " waitlisted and told " d " distinct waitlist positions (highest " m "); " s " SQL statements per request on average"}'
}
# the first burst runs the enrolment code as the mixed portal session left it: a few hundred
# enrolments, so much of it is still interpreted or in the JIT's first tier
measure enrolment-burst 1000 "see below" "1,000 concurrent POSTs into a 100-seat cohort, the enrolment code as the mixed session left it" \
  burst "$BURST_COHORT" "$OUT/burst.txt" X
BURST_DB=$(burst_db "$BURST_COHORT")
# the same burst once the enrolment code is warm, as every other scenario is measured after its
# warm-up: first 40 s of enrolments at 32 connections (the same participants into other 100-seat
# cohorts: 18,565 at L and 21,832 at M in the runs of 2026-12-07 on 2 cores)
say "warming the enrolment code: 40 s of enrolments into other cohorts"
BENCH_TOKEN=$COORDINATOR BENCH_FIRST=$BURST_FIRST_PARTICIPANT BENCH_PARTICIPANTS=$BURST_PARTICIPANTS \
  BENCH_COHORTS=$BURST_WARMUP_COHORTS BENCH_THREADS=2 \
  wrk -t2 -c32 -d40s --timeout 10s -s scripts/bench/enrol.lua "$BASE" >> "$LOG" 2>&1
measure enrolment-burst-warm 1000 "see below" "the same into another 100-seat cohort after 40 s of enrolments into others" \
  burst "$BURST_WARM_COHORT" "$OUT/burst-warm.txt" X
BURST_WARM_DB=$(burst_db "$BURST_WARM_COHORT")

# bulk CSV: 10,000 new people into one cohort; preview, then confirm
CSV=$OUT/enrol-10000.csv
{ echo "nameLatin,nameZh,email,organisation,matriculationNumber,nationality"
  seq 1 10000 | awk -v s="$(date +%s)" '{printf "Bulk Person %d,,bulk%s.%d@bench.example,Bench Co.,,SG\n", $1, s, $1}'; } > "$CSV"
csv_post() { # confirm
  curl -s -o "$OUT/import-$1.json" -w '%{http_code} %{time_total}' -X POST \
    -H "Authorization: Bearer $COORDINATOR" -H 'Content-Type: text/csv' --data-binary "@$CSV" \
    "$BASE/api/v1/cohorts/$IMPORT_COHORT/enrolments/import?confirm=$1"
}
say "bulk CSV enrolment of 10,000 rows"
CSV_PREVIEW=$(csv_post false)
CSV_CONFIRM=$(csv_post true)
CSV_DB=$(sql "$DB" -e "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = $IMPORT_COHORT AND state = 'ENROLLED'")
FINAL_RSS=$(rss_mb)
MAX_RSS=$(( FINAL_RSS > MAX_RSS ? FINAL_RSS : MAX_RSS ))
stop_server

# --- the report -----------------------------------------------------------------------------------
field() { awk -F'\t' -v n="$1" -v c="$2" 'NR > 1 && $1 == n {print $c}' "$RESULTS"; }
PING=$(field ping 2)
FLOOR=$(field jdbc-floor-admin 2)
FLOOR_PARTNER=$(field jdbc-floor-partner 2)
number() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
ratio() { number "$1" && number "$2" && echo "$1 / $2 * 100" | bc -l | xargs printf '%.0f %%' || echo "n/a"; }
REPORT=$OUT/report.md
{
  echo "# Benchmark, size $SIZE"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GB RAM, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Server: \`${JVM_ENV[*]} java ${JVM_FLAGS[*]} -jar web/target/institute.jar\` on MariaDB $(sql -e 'SELECT VERSION()'),"
  echo "\`INSTITUTE_DIAGNOSTICS_SQL_COUNT=true\`. Load: wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), 2 threads, on the same machine."
  echo "Warm-up ${WARMUP} s of mixed reads; ${DURATION} s per scenario."
  echo
  echo "Data: $ROWS_LIC_PATENT_FAMILY patent families, $ROWS_LIC_PATENT_APPLICATION applications, $ROWS_LIC_DEAL deals"
  echo "($ROWS_LIC_DEAL_EVENT timeline events), $ROWS_TAL_PARTICIPANT participants, $ROWS_TAL_COHORT cohorts,"
  echo "$ROWS_TAL_ENROLMENT enrolments. Generated in ${GEN_SECONDS} s (after ${SEED_BOOT} s for the first boot, which"
  echo "migrates and seeds the demo)."
  echo
  echo "## Boot and memory"
  echo
  echo "| | ready in | RSS |"
  echo "|---|---|---|"
  echo "| empty WAR, same Payara Micro and flags | ${EMPTY_BOOT} s | ${EMPTY_RSS} MB |"
  echo "| the application, size $SIZE (to /health/ready) | ${APP_BOOT} s ($(echo "$APP_BOOT / $EMPTY_BOOT" | bc -l | xargs printf '%.1f')x) | ${BOOT_RSS} MB after boot |"
  echo "| under load (highest seen) | | ${MAX_RSS} MB |"
  echo
  if [ -n "$CAL_SECONDS" ]; then
    echo "The licensing calendar's first run, catching up the generated data before the warm-up, ended"
    echo "${CAL_SECONDS} s after ready: ${CAL_LINE}."
    echo
  fi
  echo "## Scenarios"
  echo
  echo "Latencies in ms. Errors: non-2xx answers and socket errors. SQL: X-SQL-Statements of one request."
  echo "CPU: the server process's CPU time over the scenario's wall time (200 % = both cores)."
  echo
  echo "| scenario | req/s | p50 | p95 | p99 | errors | SQL | RSS MB | server CPU | vs ping | vs jdbc-floor | what |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  tail -n +2 "$RESULTS" | while IFS=$'\t' read -r name rps p50 p95 p99 errors requests sqlc rss cpu note; do
    floor_of=$FLOOR; [ "$name" = deals-partner ] && floor_of=$FLOOR_PARTNER
    vs_ping=$(ratio "$rps" "$PING"); vs_floor=$(ratio "$rps" "$floor_of")
    case "$name" in ping|jdbc-floor-*) vs_floor="";; esac
    [ "$name" = ping ] && vs_ping=""
    echo "| $name | $rps | $p50 | $p95 | $p99 | $errors | $sqlc | $rss | $(number "$cpu" && echo "$cpu %" || echo "$cpu") | $vs_ping | $vs_floor | $note |"
  done
  echo
  echo "Enrolment burst: $(burst_told "$OUT/burst.txt" X); the database holds $BURST_DB."
  echo "Warm: $(burst_told "$OUT/burst-warm.txt" X); the database holds $BURST_WARM_DB."
  echo
  echo "Mixed portal session: $(MIX_VALUE SESSIONS) sessions completed; the answers counted $(MIX_VALUE ENROLLED) enrolled,"
  echo "$(MIX_VALUE WAITLISTED) waitlisted, $(MIX_VALUE SUBMITTED) deals submitted and $(MIX_VALUE APPROVED) approved"
  echo "($(MIX_VALUE NOTHING_TO_APPROVE) admin sessions found no deal waiting). The database holds $MIX_DB for the run's"
  echo "participants and $MIX_DEALS benchmark deals (50 of them submitted before the clock);"
  echo "$MIX_BAD of the cohorts used have a seat count that disagrees with their rows or exceeds capacity."
  echo
  echo "Bulk CSV enrolment of 10,000 rows (new participants) into one cohort: preview HTTP ${CSV_PREVIEW% *} in ${CSV_PREVIEW#* } s,"
  echo "confirm HTTP ${CSV_CONFIRM% *} in ${CSV_CONFIRM#* } s; $CSV_DB enrolled afterwards."
} > "$REPORT"
say "report: $REPORT"
cat "$REPORT"
