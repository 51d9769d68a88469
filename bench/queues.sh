#!/usr/bin/env bash
# Benchmark: reps' queues at volume. Starts the packaged service on a fresh PostgreSQL database (authorizations on,
# reps in their groups, job executor off so nothing moves while we measure), opens SAMPLE real leads through
# POST /api/events (8 countries: 3/8 EMEA), fires the breach timer of 15% of them through /engine-rest (their
# "Resolve SLA breach" tasks go to the SDR managers), then copies those instances in SQL up to OPEN_TASKS open tasks
# (bench/clone_open_tasks.py: same rows the engine wrote, new ids, dates spread over -3..+5 days), runs ANALYZE and
# times every shared Tasklist filter through Tasklist's own REST call, as the EMEA SDR emma and as the SDR manager
# sofia, each filter twice: the tasks only (json) and as Tasklist asks, with variables embedded (hal). Prints
# Markdown rows for docs/benchmarks.md. Runs on the PostgreSQL version production runs (bench/postgres.sh starts it
# on port 5433); PGPORT=5432 measures the machine's own server instead.
#   bench/queues.sh [OPEN_TASKS=100000] [REPETITIONS=20] [SAMPLE=345]
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-100000}; repetitions=${2:-20}; sample=${3:-345}; port=${BENCH_PORT:-18081}
database=lo_bench_queues
if [[ -z ${PGPORT:-} ]]; then PGPORT=$(bench/postgres.sh); fi
export PGPORT
source bench/service.sh
start_service "$database" "$port" --camunda.bpm.job-execution.enabled=false
rss_idle=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
python3 bench/load.py "http://localhost:$port" "$sample" 4 >/dev/null
breaches=$(psql -h 127.0.0.1 -U postgres -tAc "select id_ from act_ru_job where handler_cfg_ like '%SlaBreached'
  order by id_ limit $((sample * 15 / 100))" "$database")
for job in $breaches; do
  curl -sf -o /dev/null -u demo:demo -X POST "http://localhost:$port/engine-rest/job/$job/execute"
done
python3 bench/clone_open_tasks.py "$database" "$tasks" >/dev/null
open=$(psql -h 127.0.0.1 -U postgres -tAc "select count(*) from act_ru_task" "$database")
auths=$(psql -h 127.0.0.1 -U postgres -tAc "select count(*) from act_ru_authorization" "$database")
commit=$(git rev-parse --short HEAD); today=$(date -u +%F); cores=$(nproc)
postgres=$(psql -h 127.0.0.1 -U postgres -tAc "show server_version" "$database" | cut -d' ' -f1)
for user in emma sofia; do
  result=$(python3 bench/queues.py "http://localhost:$port" "$user" "$user" "$repetitions")
  python3 - "$result" "$open" "$commit" "$today" "$cores" "$user" "$auths" "$postgres" <<'PY'
import json, sys
result, open_tasks, commit, today, cores, user, auths, postgres = sys.argv[1:]
for r in json.loads(result):
    print(f"| {today} {commit} | PostgreSQL {postgres}, {open_tasks} open tasks, {auths} authorization rows, {cores} cores | "
          f"{user} | {r['filter']} ({r['count']}) | {r['call']} | {r['p50ms']} | {r['p95ms']} |")
PY
done
echo "service RSS: $rss_idle MB idle after start, peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status) MB (seeding and every filter call)"
