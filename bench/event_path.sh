#!/usr/bin/env bash
# Benchmark (issue [9/9] item 2): the event path, three ways in one run on this machine, each on a fresh PostgreSQL
# database with full history: lead.mql through POST /api/events (intake, authorizations, reps in their groups,
# round-robin, caps, ledger); the same process started straight through the service's /engine-rest; and the bare
# engine (bench/reference: plain Camunda 7.24 + Spring Boot, a lead-like process with three tables, a user task and
# three timers). Each: a warm-up, then EVENTS starts from CONCURRENCY clients. Prints Markdown rows: starts/s,
# p50/p99 ms, CPU ms per start (the JVM and PostgreSQL together), history rows and bytes per instance, RSS; then the
# rows each path writes per start, by table.
#   bench/event_path.sh [EVENTS=2000] [CONCURRENCY=8] [WARMUP_SECONDS=240]
#   PATHS="events engine-rest reference" (the default) chooses which of the three to run.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-2000}; concurrency=${2:-8}; warmup=${3:-240}; port=${BENCH_PORT:-18080}
pgport=${PGPORT:-5432}
source bench/service.sh

reference_jar=bench/reference/target/bare-engine-reference-0.1.0-SNAPSHOT.jar
[[ -f $reference_jar ]] || ./mvnw -q -B -f bench/reference/pom.xml -DskipTests package
reference_log=$(mktemp)

clock_ticks=$(getconf CLK_TCK)
# CPU seconds*ticks used so far by a process and by every PostgreSQL process.
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
cpu_postgres() { local sum=0; for p in $(pgrep -x postgres || true); do [[ -r /proc/$p/stat ]] && sum=$((sum + $(cpu_of "$p"))); done; echo $sum; }
history() {   # rows and bytes of Camunda's history tables in the database
  psql -h 127.0.0.1 -p "$pgport" -U postgres -tAc "select coalesce(sum(n_live_tup),0) || ' ' || coalesce(sum(pg_total_relation_size(relid)),0) from pg_stat_user_tables where relname like 'act_hi_%'" "$1"
}
writes() {    # rows inserted, updated or deleted so far, per table
  psql -h 127.0.0.1 -p "$pgport" -U postgres -tAF' ' -c "select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables" "$1"
}
writes_report=$(mktemp)
instances() { psql -h 127.0.0.1 -p "$pgport" -U postgres -tAc "select count(*) from act_hi_procinst" "$1"; }

measure() {   # label database mode
  local label=$1 database=$2 mode=$3
  local rss_idle; rss_idle=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  python3 bench/load.py "http://localhost:$port" 0 "$concurrency" "$mode" "$warmup" >/dev/null
  psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "analyze" "$database"
  sleep 2   # PostgreSQL's table statistics lag by up to a second
  local writes0; writes0=$(writes "$database")
  local jvm0 pg0; jvm0=$(cpu_of "$pid"); pg0=$(cpu_postgres)
  local result; result=$(python3 bench/load.py "http://localhost:$port" "$events" "$concurrency" "$mode")
  local jvm1 pg1; jvm1=$(cpu_of "$pid"); pg1=$(cpu_postgres)
  local rss_peak; rss_peak=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)
  sleep 2
  local hist; hist=$(history "$database"); local started; started=$(instances "$database")
  python3 - "$label" "$result" "$writes0" "$(writes "$database")" >> "$writes_report" <<'PY'
import collections, json, sys
label, n = sys.argv[1], max(1, json.loads(sys.argv[2])['accepted'])
before = {t: int(c) for t, c in (line.split() for line in sys.argv[3].splitlines() if line.strip())}
after = {t: int(c) for t, c in (line.split() for line in sys.argv[4].splitlines() if line.strip())}
per = {t: (c - before.get(t, 0)) / n for t, c in after.items() if c - before.get(t, 0) > 0}
group = collections.Counter()
for t, c in per.items():
    group['act_ru' if t.startswith('act_ru') else 'act_hi' if t.startswith('act_hi') else 'act_ge' if t.startswith('act_ge')
          else 'other act_' if t.startswith('act_') else 'service'] += c
service = sorted(((c, t) for t, c in per.items() if not t.startswith('act_')), reverse=True)
engine = sorted(((c, t) for t, c in per.items() if t.startswith('act_')), reverse=True)[:6]
fmt = lambda pairs: ', '.join(f"{t} {c:.1f}" for c, t in pairs) or '–'
print(f"| {label} | {sum(per.values()):.1f} | {group['act_ru']:.1f} | {group['act_hi']:.1f} | {group['act_ge']:.1f} | "
      f"{group['service']:.1f} | {fmt(engine)} | {fmt(service)} |")
PY
  python3 - "$label" "$result" "$((jvm1 - jvm0))" "$((pg1 - pg0))" "$clock_ticks" "$hist" "$started" "$rss_idle" "$rss_peak" <<'PY'
import json, sys
label, r = sys.argv[1], json.loads(sys.argv[2])
jvm, pg, ticks = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rows, size = (int(x) for x in sys.argv[6].split())
started = max(1, int(sys.argv[7]))
n = max(1, r['accepted'])
print(f"| {label} | {r['eventsPerSecond']}/s | {r['p50ms']} | {r['p99ms']} | {r['failed']} | "
      f"{round(jvm * 1000 / ticks / n, 1)} + {round(pg * 1000 / ticks / n, 1)} | {round(rows / started, 1)} | "
      f"{round(size / started / 1024, 1)} KB | {sys.argv[8]} / {sys.argv[9]} MB |")
PY
}

echo "event path: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $events starts, $concurrency clients, warm-up ${warmup}s"
echo "| path | starts/s | p50 ms | p99 ms | failed | CPU ms per start (JVM + PostgreSQL) | history rows per instance | history bytes per instance | RSS idle / peak |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"

print_writes() {
  echo
  echo "Rows written per start (inserted, updated or deleted; PostgreSQL's table statistics):"
  echo "| path | all | Camunda runtime | Camunda history | byte arrays | service's tables | most written engine tables | service's tables |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  cat "$writes_report"
}

paths=" ${PATHS:-events engine-rest reference} "
if [[ $paths == *" events "* ]]; then
  start_service lo_bench_events "$port"
  measure "lead.mql via /api/events" lo_bench_events events
  stop_service
fi
if [[ $paths == *" engine-rest "* ]]; then
  start_service lo_bench_engine "$port"
  measure "lead-to-opportunity via /engine-rest" lo_bench_engine engine-rest
  stop_service
fi
[[ $paths == *" reference "* ]] || { print_writes; exit 0; }

psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "drop database if exists lo_bench_reference with (force)" -c "create database lo_bench_reference" postgres
java -Xmx1g -jar "$reference_jar" --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/lo_bench_reference" --reference.dmn=dmn/icp-fit.dmn \
  > "$reference_log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
# Ready once its process is deployed (it deploys when the application is ready).
ready="http://localhost:$port/engine-rest/process-definition/key/lead-like"
for _ in $(seq 1 120); do curl -sf "$ready" >/dev/null && break; sleep 1; done
curl -sf "$ready" >/dev/null || { echo "the reference did not start; its log: $reference_log" >&2; exit 1; }
measure "bare engine: lead-like via /engine-rest" lo_bench_reference reference
kill $pid; wait $pid 2>/dev/null || true
print_writes
