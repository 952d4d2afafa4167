# Shared option parsing of backup.sh and restore.sh: where the server is and who signs in.
# The password comes from MARIADB_PASSWORD (or ~/.my.cnf), never from the command line, so it
# does not show in the process list.
DB_HOST=${MARIADB_HOST:-127.0.0.1}
DB_PORT=${MARIADB_PORT:-3306}
DB_USER=${MARIADB_USER:-root}
DB_NAME=${MARIADB_DATABASE:-}
DB_FILE=""

# mariadb client options for the chosen server
db_opts() { printf '%s\n' --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --protocol=TCP; }

db_client() {
  local opts; mapfile -t opts < <(db_opts)
  if [ -n "${MARIADB_PASSWORD:-}" ]; then MYSQL_PWD="$MARIADB_PASSWORD" mariadb "${opts[@]}" "$@"; else mariadb "${opts[@]}" "$@"; fi
}

db_dump() {
  local opts; mapfile -t opts < <(db_opts)
  if [ -n "${MARIADB_PASSWORD:-}" ]; then MYSQL_PWD="$MARIADB_PASSWORD" mariadb-dump "${opts[@]}" "$@"; else mariadb-dump "${opts[@]}" "$@"; fi
}

# a database name goes into SQL unquoted-by-the-client: accept only plain names
valid_name() { [[ "$1" =~ ^[A-Za-z0-9_]{1,64}$ ]]; }
