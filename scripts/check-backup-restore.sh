#!/usr/bin/env bash
# Backup and restore, end to end on MariaDB at 127.0.0.1:3306 (user root): the built application
# starts on a fresh database with demo data, records are added through the API, the database is
# backed up with scripts/backup.sh and restored with scripts/restore.sh into another fresh
# database, and the application starts on the copy. It checks that
#   - restore.sh refuses a non-empty target without --force,
#   - every table has the same number of rows in both databases,
#   - the application boots on the copy (Flyway validates its history) and is ready,
#   - the audit hash chain of the copy verifies, over every entry, and the new records are there.
# Needs web/target/institute.jar (./mvnw -q package -DskipTests). Cleans up its processes and
# databases (KEEP_DATABASES=true keeps the databases). About 80 s on two cores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/institute-backup-check.XXXXXX)
. "$ROOT/scripts/lib/app.sh"
trap cleanup_all EXIT
require_jar

SOURCE=${SOURCE_DB:-institute_ops_backup_src}
TARGET=${TARGET_DB:-institute_ops_backup_dst}
PORT=${PORT:-18480}
# the scheduled jobs stay quiet, so that nothing but this script writes while it compares
QUIET=(-Dinstitute.licensing.calendar.hours=0 -Dinstitute.mail.poll.seconds=3600)
began=$SECONDS

fresh_db "$SOURCE"; fresh_db "$TARGET"
echo "1. application on $SOURCE with demo data"
start_app source "$PORT" "jdbc:mariadb://127.0.0.1:3306/$SOURCE?createDatabaseIfNotExist=true" \
  -Dinstitute.demo=true "${QUIET[@]}"
wait_ready "$PORT" "${BOOT_TIMEOUT:-600}" || fail "the application did not become ready on $SOURCE (see $WORK/source.log)"

admin=$(token "$PORT" admin)
[ -n "$admin" ] && [ "$admin" != null ] || fail "no token for admin"
for i in 1 2 3; do
  code="BK$i$RANDOM"
  status=$(curl -s -o "$WORK/created.json" -w '%{http_code}' -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/partners" -d "{
      \"code\":\"$code\",\"nameEn\":\"Backup Check Company $i\",\"nameZh\":\"备份检查公司$i\",
      \"kind\":\"PRIVATE_COMPANY\",\"country\":\"CN\",\"city\":\"Chongqing\",\"roles\":[\"INTERNSHIP_HOST\"],
      \"contacts\":[]}")
  [ "$status" = 201 ] || fail "adding a partner answered $status: $(cat "$WORK/created.json")"
  codes+=("$code")
done
echo "   added partners ${codes[*]}"
stop_pid "$PID_source"

echo "2. backup and restore"
"$ROOT/scripts/backup.sh" -d "$SOURCE" -f "$WORK/backup.sql.gz"
"$ROOT/scripts/restore.sh" -d "$TARGET" -f "$WORK/backup.sql.gz"
set +e; "$ROOT/scripts/restore.sh" -d "$TARGET" -f "$WORK/backup.sql.gz" 2>"$WORK/refused.txt"; refused=$?; set -e
[ "$refused" = 3 ] || fail "restore over a non-empty database was not refused (exit $refused)"
echo "   a second restore into $TARGET was refused: $(cat "$WORK/refused.txt")"

row_counts "$SOURCE" > "$WORK/source.counts"
row_counts "$TARGET" > "$WORK/target.counts"
diff "$WORK/source.counts" "$WORK/target.counts" || fail "row counts differ between $SOURCE and $TARGET"
tables=$(wc -l < "$WORK/source.counts")
rows=$(awk '{s+=$2} END {print s}' "$WORK/source.counts")
audit_rows=$(sql -e "SELECT COUNT(*) FROM \`$TARGET\`.core_audit_entry")
echo "   $tables tables, $rows rows: the same counts in both databases"

echo "3. application on the restored $TARGET"
start_app restored "$PORT" "jdbc:mariadb://127.0.0.1:3306/$TARGET" -Dinstitute.demo=false "${QUIET[@]}"
wait_ready "$PORT" "${BOOT_TIMEOUT:-600}" || fail "the application did not become ready on the restored database (see $WORK/restored.log)"
grep -qi "flyway.*validat\|Successfully validated\|Schema .* is up to date" "$WORK/restored.log" \
  && echo "   Flyway: $(grep -ci 'Successfully validated' "$WORK/restored.log") module histories validated, no migration pending"
admin=$(token "$PORT" admin)
chain=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$PORT/api/v1/audit/verification")
[ "$(jq -r .intact <<<"$chain")" = true ] || fail "the audit chain of the copy does not verify: $chain"
[ "$(jq -r .linksChecked <<<"$chain")" -ge "$audit_rows" ] || fail "the chain check covered fewer entries than the backup holds: $chain"
echo "   audit chain intact over $(jq -r .linksChecked <<<"$chain") entries"
for code in "${codes[@]}"; do
  found=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$PORT/api/v1/partners?q=$code" | jq '[.. | objects | select(.code? == "'"$code"'")] | length')
  [ "$found" -ge 1 ] || fail "partner $code is missing on the restored database"
done
echo "   the partners added before the backup are there"
echo "PASS: backup and restore in $((SECONDS - began)) s"
