#!/usr/bin/env bash
# Benchmark: the metrics endpoints at a million ledger rows. Starts the packaged service on a fresh PostgreSQL database
# migrated up to V12 (so the read models are empty), writes a year of lifecycle facts in SQL (bench/metrics_ledger.sql:
# LEADS leads, about ten ledger rows each, with their deals, accounts and contracts), starts the service again so that
# migration 13 replays that ledger into the read models through the service's own projection (its time is reported),
# then times every /api/metrics endpoint as a sales manager: REPETITIONS calls each after 5 warm-up calls, client-side
# round trip. Prints Markdown rows for docs/benchmarks.md. PostgreSQL as in bench/queues.sh (PGPORT=5432: the
# machine's own server).
#   bench/metrics.sh [LEADS=100000] [REPETITIONS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
leads=${1:-100000}; repetitions=${2:-30}; port=${BENCH_PORT:-18082}
database=lo_bench_metrics
if [[ -z ${PGPORT:-} ]]; then PGPORT=$(bench/postgres.sh); fi
export PGPORT
source bench/service.sh
start_service "$database" "$port" --camunda.bpm.job-execution.enabled=false --spring.flyway.target=12
stop_service
psql -h 127.0.0.1 -U postgres -q -v leads="$leads" -f bench/metrics_ledger.sql "$database" >/dev/null
rows=$(psql -h 127.0.0.1 -U postgres -tAc "select count(*) from lifecycle_event" "$database")
started=$(date +%s)
KEEP_DATABASE=1 START_TIMEOUT=1800 start_service "$database" "$port" --camunda.bpm.job-execution.enabled=false
replay=$(( $(date +%s) - started ))
commit=$(git rev-parse --short HEAD); today=$(date -u +%F); cores=$(nproc)
postgres=$(psql -h 127.0.0.1 -U postgres -tAc "show server_version" "$database" | cut -d' ' -f1)
size=$(psql -h 127.0.0.1 -U postgres -tAc "select pg_size_pretty(pg_database_size('$database'))" "$database")
echo "ledger rows: $rows; start with migration 13 replaying them: ${replay}s; database: $size" >&2
python3 bench/metrics.py "http://localhost:$port" liam "$repetitions" | while IFS=$'\t' read -r endpoint p50 p95 bytes; do
  echo "| $today $commit | PostgreSQL $postgres, $rows ledger rows, $cores cores | $endpoint | $p50 | $p95 | $bytes |"
done
echo "service RSS: peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status) MB (replaying the ledger at start and every metrics call), now $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MB"
