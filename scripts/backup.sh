#!/usr/bin/env bash
# Backs up one MariaDB database into a gzip file with mariadb-dump --single-transaction: a
# consistent snapshot of the InnoDB tables while the application keeps running (no table locks).
#
#   scripts/backup.sh -d institute [-h 127.0.0.1] [-P 3306] [-u root] [-f institute-DATE.sql.gz]
#
# The password comes from MARIADB_PASSWORD or ~/.my.cnf. The dump holds no CREATE DATABASE, so it
# restores into a database of any name (scripts/restore.sh). It is written to a temporary file and
# renamed only when mariadb-dump succeeded, so a failed run never leaves a truncated backup behind.
set -euo pipefail
. "$(dirname "$0")/lib/mariadb-options.sh"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--host) DB_HOST=$2; shift 2 ;;
    -P|--port) DB_PORT=$2; shift 2 ;;
    -u|--user) DB_USER=$2; shift 2 ;;
    -d|--database) DB_NAME=$2; shift 2 ;;
    -f|--file) DB_FILE=$2; shift 2 ;;
    --help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done

[ -n "$DB_NAME" ] || { echo "name the database with -d" >&2; usage; }
valid_name "$DB_NAME" || { echo "not a database name: $DB_NAME" >&2; exit 2; }
[ -n "$DB_FILE" ] || DB_FILE="$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"

tmp="$DB_FILE.partial"
trap 'rm -f "$tmp"' EXIT
# --single-transaction: one REPEATABLE READ snapshot; --hex-blob: documents (PDFs) survive any
# client character set; routines/triggers/events for completeness, though the schema has none yet
db_dump --single-transaction --quick --hex-blob --routines --triggers --events \
  --default-character-set=utf8mb4 --no-tablespaces "$DB_NAME" | gzip -6 > "$tmp"
gzip -t "$tmp"
mv "$tmp" "$DB_FILE"
trap - EXIT
echo "backed up $DB_NAME to $DB_FILE ($(du -h "$DB_FILE" | cut -f1))"
