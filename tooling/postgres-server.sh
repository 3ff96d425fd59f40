#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a loopback port for one test run, and prints its URL.
# Uses the machine's PostgreSQL binaries, installing Debian's package when there are none.
# Usage: tooling/postgres-server.sh start DIR PORT | tooling/postgres-server.sh stop DIR
set -euo pipefail

find_bindir() {
  local dir
  for dir in ${PG_BINDIR:-} /usr/lib/postgresql/*/bin; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

ensure_binaries() {
  if find_bindir >/dev/null; then return 0; fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "No PostgreSQL server binaries found, and they cannot be installed here (need root and apt-get)." >&2
    return 1
  fi
  echo "Installing Debian's postgresql package for the server tests…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  find_bindir >/dev/null
}

# initdb refuses to run as root: run the server as an unprivileged user then.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

start() {
  local dir=$1 port=$2 bindir
  ensure_binaries
  bindir=$(find_bindir)
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 >/dev/null
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  echo "postgres://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local dir=$1 bindir
  bindir=$(find_bindir) || return 0
  [ -d "$dir/data" ] && as_server_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "$2" "$3" ;;
  stop) stop "$2" ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
