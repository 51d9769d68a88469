#!/usr/bin/env bash
# Benchmark: reps' queues at volume. Starts the packaged service on a fresh PostgreSQL database (authorizations on,
# reps in their groups), opens OPEN_TASKS "Qualify lead" tasks (lead.mql events over HTTP, leads from 8 countries:
# 3/8 EMEA), then times every shared Tasklist filter as an EMEA SDR (emma) through Tasklist's own REST call.
# Prints Markdown rows for docs/benchmarks.md.
#   bench/queues.sh [OPEN_TASKS=3000] [REPETITIONS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-3000}; repetitions=${2:-20}; port=${BENCH_PORT:-18081}
source bench/service.sh
start_service lo_bench_queues "$port" --camunda.bpm.job-execution.enabled=false
# No timer fires while we measure (job executor off): the open tasks stay exactly as seeded.
python3 bench/load.py "http://localhost:$port" "$tasks" 4 >/dev/null
psql -h 127.0.0.1 -U postgres -qc "analyze" lo_bench_queues
open=$(psql -h 127.0.0.1 -U postgres -tAc "select count(*) from act_ru_task" lo_bench_queues)
result=$(python3 bench/queues.py "http://localhost:$port" emma emma "$repetitions")
echo "$result"
python3 - "$result" "$open" "$(git rev-parse --short HEAD)" "$(date -u +%F)" "$(nproc)" <<'PY'
import json, sys
for r in json.loads(sys.argv[1]):
    print(f"| {sys.argv[4]} {sys.argv[3]} | {sys.argv[2]} open tasks, {sys.argv[5]} cores | {r['filter']} (emma: {r['count']}) "
          f"| {r['p50ms']} | {r['p95ms']} |")
PY
