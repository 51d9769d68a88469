#!/usr/bin/env bash
# Benchmark (issue [9/9] item 6): recomputing every open handoff's SLA after a designer changes handoff-sla. On a copy
# of the open-handoffs template (bench/open_handoffs.sh, OPEN open handoffs) it deploys a new handoff-sla version that
# warns at 80% of every SLA instead of 75% (every open handoff changes), then times the dry run
# (POST /api/admin/sla/recompute), starts the real run (?dryRun=false), kills the service with SIGKILL once KILL_AT of
# the handoffs are done (a crash in the middle of a batch), starts it again and lets it take the run over when the
# lease runs out. Prints Markdown rows: the dry run, the real run (wall time with the restart, changes per second while
# running, batches, the longest batch transaction), handoffs changed once / twice / not at all against the dry run,
# and the service's RSS (idle, peak during the dry run, peak during the real run).
#   bench/sla_recompute.sh [OPEN=100000] [KILL_AT=0.4]      REBUILD=1 builds the template again
set -euo pipefail
cd "$(dirname "$0")/.."
open=${1:-100000}; kill_at=${2:-0.4}; port=${BENCH_PORT:-18190}
pgport=${PGPORT:-5432}; export PGPORT=$pgport
database=lo_bench_recompute
source bench/service.sh
source bench/open_handoffs.sh
sql() { psql -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qtAc "$1" "${2:-$database}"; }
api() { curl -sf -u demo:demo "$@"; }
post() { curl -sf -u demo:demo -X POST -H 'Content-Type: application/json' "$@"; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }
hwm() { awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status"; }
base="http://localhost:$port"
# A short lease and frequent checks so the takeover after the crash shows within the run (defaults: PT2M, PT30S).
options=(--lifecycle.sla.recompute.lease=PT20S --lifecycle.sla.recompute.resume-check=PT5S)

open_handoffs_template "$open" "$port"
sql "drop database if exists $database with (force)" postgres
sql "create database $database template $template" postgres

KEEP_DATABASE=1 start_service "$database" "$port" "${options[@]}"
sleep 20
idle=$(rss)
handoffs=$(sql "select count(*) from act_ru_task where task_def_key_ not like 'UserTask_Resolve%'")

# The designer's edit, deployed as Modeler does (engine-rest, an admin).
table=$(mktemp --suffix=.dmn)
sed 's|<text>75</text>|<text>80</text>|g' dmn/handoff-sla.dmn > "$table"
api -o /dev/null -F "deployment-name=warn later" -F "data=@$table;filename=handoff-sla.dmn" "$base/engine-rest/deployment/create"

# Dry run, timed as the admin sees it; its peak RSS from a sampler (VmHWM keeps the start's peak too).
peak_file=$(mktemp); echo 0 > "$peak_file"
sample() { while kill -0 "$pid" 2>/dev/null; do r=$(rss || echo 0); (( r > $(cat "$peak_file") )) && echo "$r" > "$peak_file"; sleep 0.5; done; }
sample & sampler=$!
start=$(date +%s.%N)
dry=$(post "$base/api/admin/sla/recompute")
dry_s=$(echo "$(date +%s.%N) - $start" | bc)
kill $sampler 2>/dev/null || true
dry_peak=$(cat "$peak_file"); echo 0 > "$peak_file"
count=$(echo "$dry" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["count"])')
dry_handoffs=$(echo "$dry" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["handoffs"])')

# The real run; SIGKILL once KILL_AT of it is done, then a new start of the same node takes it over.
sample & sampler=$!
start=$(date +%s.%N)
run=$(post "$base/api/admin/sla/recompute?dryRun=false" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
until (( $(sql "select changed from sla_recomputation where id = '$run'") >= $(python3 -c "print(int($count * $kill_at))") )); do sleep 1; done
kill $sampler 2>/dev/null || true
run_peak=$(cat "$peak_file")
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
killed_s=$(echo "$(date +%s.%N) - $start" | bc)
changed_at_kill=$(sql "select changed from sla_recomputation where id = '$run'")
KEEP_DATABASE=1 start_service "$database" "$port" "${options[@]}"
echo 0 > "$peak_file"; sample & sampler=$!
until [[ $(sql "select status from sla_recomputation where id = '$run'") != RUNNING ]]; do sleep 1; done
total_s=$(echo "$(date +%s.%N) - $start" | bc)
kill $sampler 2>/dev/null || true
run_peak=$(( run_peak > $(cat "$peak_file") ? run_peak : $(cat "$peak_file") ))
status=$(sql "select status from sla_recomputation where id = '$run'")
batches=$(sql "select batches from sla_recomputation where id = '$run'")
changed=$(sql "select changed from sla_recomputation where id = '$run'")
span=$(sql "select extract(epoch from max(occurred_at) - min(occurred_at)) from lifecycle_event where type = 'SLA_ADJUSTED' and details like '%$run%'")
gap=$(sql "select coalesce(max(extract(epoch from g)), 0) from (select occurred_at - lag(occurred_at) over (order by id) g
  from lifecycle_event where type = 'SLA_ADJUSTED' and details like '%$run%') x")
# Exactly once: ledger rows per handoff task of this run, against the dry run's count.
once=$(sql "select count(*) filter (where n = 1), count(*) filter (where n > 1) from (select details::json->>'taskId' t, count(*) n
  from lifecycle_event where type = 'SLA_ADJUSTED' and details like '%$run%' group by 1) x" | tr '|' ' ')
read -r once_n twice_n <<< "$once"
left=$(post "$base/api/admin/sla/recompute" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
# The longest batch: the longest gap between two ledger rows of the run is the crash; the longest batch is timed
# from consecutive batches' first rows (one ledger row per change, batches of the configured size).
longest=$(sql "select round(max(extract(epoch from b))::numeric, 2) from (select max(occurred_at) - min(occurred_at) b
  from (select occurred_at, (row_number() over (order by id) - 1) / 200 k from lifecycle_event where type = 'SLA_ADJUSTED'
  and details like '%$run%') x group by k) y")

echo "sla recompute: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), PostgreSQL $(sql 'show server_version' postgres | cut -d' ' -f1)"
echo "| open handoffs | dry run s | would change | real run status | wall s (with crash and takeover) | changes/s while running | batches | longest batch s | crash after | changed once | twice | not at all | left after | RSS idle / dry-run peak / run peak MB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
python3 - <<PY
span = float("${span:-0}") - float("${gap:-0}")
rate = round(int("$changed") / span, 1) if span > 0 else 0
print(f"| $dry_handoffs | {float('$dry_s'):.1f} | $count | $status | {float('$total_s'):.0f} | {rate} | $batches | $longest | "
      f"$changed_at_kill changes ({float('$killed_s'):.0f} s) | $once_n | $twice_n | {int('$count') - int('$once_n') - int('$twice_n')} | $left | "
      f"$idle / $dry_peak / $run_peak |")
PY
