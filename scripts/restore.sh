#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a database, creating it when missing.
#
#   scripts/restore.sh -d institute_restored -f institute-DATE.sql.gz [-h 127.0.0.1] [-P 3306] [-u root] [--force]
#
# It refuses to restore into a database that already has tables unless --force is given; with
# --force that database is dropped and created again first, so nothing of it survives. The
# password comes from MARIADB_PASSWORD or ~/.my.cnf. Start the application on the restored
# database afterwards: Flyway validates the schema history at boot.
set -euo pipefail
. "$(dirname "$0")/lib/mariadb-options.sh"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }
FORCE=false

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--host) DB_HOST=$2; shift 2 ;;
    -P|--port) DB_PORT=$2; shift 2 ;;
    -u|--user) DB_USER=$2; shift 2 ;;
    -d|--database) DB_NAME=$2; shift 2 ;;
    -f|--file) DB_FILE=$2; shift 2 ;;
    --force) FORCE=true; shift ;;
    --help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done

[ -n "$DB_NAME" ] && [ -n "$DB_FILE" ] || { echo "name the database with -d and the backup with -f" >&2; usage; }
valid_name "$DB_NAME" || { echo "not a database name: $DB_NAME" >&2; exit 2; }
[ -r "$DB_FILE" ] || { echo "cannot read $DB_FILE" >&2; exit 2; }
gzip -t "$DB_FILE" || { echo "$DB_FILE is not a complete gzip file" >&2; exit 2; }

tables=$(db_client -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
if [ "$tables" -gt 0 ]; then
  if [ "$FORCE" != true ]; then
    echo "refusing: database $DB_NAME already has $tables table(s); pass --force to replace it" >&2
    exit 3
  fi
  echo "replacing database $DB_NAME ($tables table(s))"
  db_client -e "DROP DATABASE \`$DB_NAME\`"
fi
db_client -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4"
gzip -dc "$DB_FILE" | db_client --default-character-set=utf8mb4 "$DB_NAME"
echo "restored $DB_FILE into $DB_NAME ($(db_client -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'") tables)"
