#!/usr/bin/env bash
# Benchmark (issue [9/9] item 3): SLA breaches coming due together among many open handoffs. OPEN open handoffs
# come from the template database bench/open_handoffs.sh builds once (a rerun starts in seconds). Then, for
# each node count in NODES: a fresh copy of it, that many service nodes with job executors on, idle; DUE breach
# timers set to one instant; and the time from that instant to each "Resolve SLA breach" task. Prints Markdown rows:
# first / p50 / p99 / last seconds after due, escalations per second from the first to the last, each node's share,
# doubled and missing.
#   bench/escalations.sh [OPEN=100000] [DUE=10000] [NODES="1 2"]      REBUILD=1 builds the template again
set -euo pipefail
cd "$(dirname "$0")/.."
open=${1:-100000}; due=${2:-10000}; nodes_list=${3:-1 2}; port=${BENCH_PORT:-18090}
pgport=${PGPORT:-5432}; export PGPORT=$pgport
database=lo_bench_escalations
source bench/service.sh
source bench/open_handoffs.sh
sql() { psql -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qtAc "$1" "${2:-$database}"; }

open_handoffs_template "$open" "$port"

echo "escalations: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), PostgreSQL $(sql 'show server_version' postgres | cut -d' ' -f1)"
echo "| nodes | open handoffs | breaches due at once | first s | p50 s | p99 s | last s | escalations/s | share per node | doubled | missing | RSS idle / peak per node |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for nodes in $nodes_list; do
  sql "drop database if exists $database with (force)" postgres
  sql "create database $database template $template" postgres
  pids=()
  for n in $(seq 1 "$nodes"); do
    KEEP_DATABASE=1 start_service "$database" $((port + n)) --camunda.bpm.generic-properties.properties.hostname=node-$n
    pids+=("$pid")
  done
  trap 'kill ${pids[*]} 2>/dev/null || true' EXIT
  handoffs=$(sql "select count(*) from act_ru_task where task_def_key_ not like 'UserTask_Resolve%'")
  sleep 70   # the nodes go idle: their job executors back off to max-wait
  idle_rss=$(for p in "${pids[@]}"; do awk '/VmRSS/ {printf "%d ", $2 / 1024}' "/proc/$p/status"; done)
  sql "create table bench_due as select id_, process_instance_id_ from act_ru_job
       where handler_cfg_ like '%SlaBreached' order by id_ limit $due"
  at=$(sql "select now()")
  sql "update act_ru_job set duedate_ = '$at' where id_ in (select id_ from bench_due)"
  # Until every breach has its escalation task, or ten minutes.
  for _ in $(seq 1 600); do
    [[ $(sql "select count(distinct t.proc_inst_id_) from act_ru_task t join bench_due d on d.process_instance_id_ = t.proc_inst_id_
          where t.task_def_key_ = 'UserTask_ResolveSlaEscalation'") -ge $due ]] && break
    sleep 1
  done
  python3 - "$nodes" "$handoffs" "$due" "$(sql "
    with due as (select '$at'::timestamptz as at),
    escalations as (select t.proc_inst_id_, extract(epoch from t.create_time_ - due.at) as s
      from act_ru_task t join bench_due d on d.process_instance_id_ = t.proc_inst_id_, due
      where t.task_def_key_ = 'UserTask_ResolveSlaEscalation' and t.create_time_ >= due.at - interval '1 second')
    select json_build_object('count', count(*), 'instances', count(distinct proc_inst_id_),
      'first', min(s), 'p50', percentile_cont(0.5) within group (order by s),
      'p99', percentile_cont(0.99) within group (order by s), 'last', max(s)) from escalations")" \
    "$(sql "select coalesce(json_object_agg(hostname_, n), '{}') from (select hostname_, count(*) n from act_hi_job_log l
        join bench_due d on l.job_id_ = d.id_ where l.job_state_ = 2 group by hostname_) x")" \
    "$idle_rss" "$(for p in "${pids[@]}"; do awk '/VmHWM/ {printf "%d ", $2 / 1024}' "/proc/$p/status"; done)" <<'PY'
import json, sys
nodes, handoffs, due = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
r, share = json.loads(sys.argv[4]), json.loads(sys.argv[5])
rss = ', '.join(f"{i} / {p} MB" for i, p in zip(sys.argv[6].split(), sys.argv[7].split()))
# The rate once the first escalation ran (the wait before it is the idle node's back-off, shown as "first").
span = (r['last'] or 0) - (r['first'] or 0)
rate = round(r['count'] / span, 1) if span > 0 else 0
fmt = lambda v: '–' if v is None else f"{v:.1f}"
shares = ', '.join(f"{host} {round(100 * n / max(1, sum(share.values())))}%" for host, n in sorted(share.items()))
print(f"| {nodes} | {handoffs} | {due} | {fmt(r['first'])} | {fmt(r['p50'])} | {fmt(r['p99'])} | {fmt(r['last'])} | "
      f"{rate} | {shares} | {r['count'] - r['instances']} | {due - r['instances']} | {rss} |")
PY
  kill "${pids[@]}" 2>/dev/null || true
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
done
