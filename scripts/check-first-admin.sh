#!/usr/bin/env bash
# The first administrator on a fresh production database (decision 0063). The built application
# starts on an empty MariaDB database with demo data off and INSTITUTE_BOOTSTRAP_ADMIN /
# INSTITUTE_BOOTSTRAP_ADMIN_PASSWORD set; the script checks that
#   - that administrator signs in through the API, with a PBKDF2 hash like every other account,
#   - the opening is audited and the audit chain verifies,
#   - the password is nowhere in the log,
#   - a restart with another password changes nothing: the variables only ever open the first one.
# Needs web/target/institute.jar (./mvnw -q package -DskipTests). Cleans up its processes and its
# database. FIRST_ADMIN_DB and PORT choose the database and the HTTP port.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/institute-first-admin-check.XXXXXX)
. "$ROOT/scripts/lib/app.sh"
trap cleanup_all EXIT
require_jar

DB=${FIRST_ADMIN_DB:-institute_ops_first_admin}
PORT=${PORT:-18590}
URL="jdbc:mariadb://127.0.0.1:3306/$DB?createDatabaseIfNotExist=true"
began=$SECONDS
first=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
second=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

signs_in() {  # signs_in USER PASSWORD: whether the API issues a token
  curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "http://127.0.0.1:$PORT/api/v1/auth/token" | grep -q '^200$'
}

fresh_db "$DB"
echo "1. first start on the empty database $DB, demo data off"
INSTITUTE_BOOTSTRAP_ADMIN=ops INSTITUTE_BOOTSTRAP_ADMIN_PASSWORD="$first" \
  INSTITUTE_BOOTSTRAP_ADMIN_EMAIL=ops@example.org \
  start_app first "$PORT" "$URL" -Dinstitute.demo=false
wait_ready "$PORT" "${BOOT_TIMEOUT:-600}" || fail "the application did not become ready (see $WORK/first.log)"
signs_in ops "$first" || fail "the first administrator cannot sign in"
[ "$(sql "$DB" -e "SELECT COUNT(*) FROM core_user_account")" = 1 ] || fail "expected exactly one account"
sql "$DB" -e "SELECT r.role FROM core_user_role r JOIN core_user_account a ON a.id = r.user_id WHERE a.username='ops'" \
  | grep -qx ADMIN || fail "ops does not hold the admin role"
sql "$DB" -e "SELECT password_hash FROM core_user_account WHERE username='ops'" \
  | grep -q '^PBKDF2WithHmacSHA256:210000:' || fail "the password is not hashed like other accounts"
[ "$(sql "$DB" -e "SELECT COUNT(*) FROM core_audit_entry WHERE action='ADMIN_BOOTSTRAPPED' AND actor='system' AND entity_id='ops'")" = 1 ] \
  || fail "the opening is not audited"
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"ops\",\"password\":\"$first\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/token" | jq -r .access_token)
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT/api/v1/audit/verification" | jq -e .intact >/dev/null \
  || fail "the audit chain does not verify"
echo "   ops signs in; audited; ready after $((SECONDS - began)) s"
stop_pid "$PID_first"

echo "2. restart with another password: nothing changes"
INSTITUTE_BOOTSTRAP_ADMIN=ops INSTITUTE_BOOTSTRAP_ADMIN_PASSWORD="$second" \
  start_app second "$PORT" "$URL" -Dinstitute.demo=false
wait_ready "$PORT" "${BOOT_TIMEOUT:-600}" || fail "the application did not restart (see $WORK/second.log)"
signs_in ops "$first" || fail "the first password no longer works"
signs_in ops "$second" && fail "the restart reset the password"
[ "$(sql "$DB" -e "SELECT COUNT(*) FROM core_user_account")" = 1 ] || fail "the restart opened another account"
grep -q "an administrator exists" "$WORK/second.log" || fail "the restart does not say why it ignored the request"

echo "3. no password in the logs"
grep -F -e "$first" -e "$second" "$WORK"/*.log && fail "a password was logged"
echo "PASS: first administrator in $((SECONDS - began)) s"
