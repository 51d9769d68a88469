# Sourced by the benchmarks that need many open handoffs (escalations.sh, sla_recompute.sh): builds the template
# database lo_bench_escalations_seed once and keeps it, so a rerun copies it in seconds. OPEN open handoffs: 345 real
# leads through POST /api/events with the job executor off, copied in SQL by clone_open_tasks.py with their variables,
# authorizations, timers and message subscriptions; every timer moved 30 days ahead, so nothing comes due by itself.
# REBUILD=1 builds it again.
#   open_handoffs_template OPEN PORT   -> sets $template
open_handoffs_template() {
  local open=$1 port=$2
  template=lo_bench_escalations_seed
  local exists
  exists=$(psql -h 127.0.0.1 -p "${PGPORT:-5432}" -U postgres -qtAc "select 1 from pg_database where datname = '$template'" postgres)
  if [[ -n ${REBUILD:-} ]] || [[ -z $exists ]]; then
    start_service "$template" "$port" --camunda.bpm.job-execution.enabled=false
    python3 bench/load.py "http://localhost:$port" 345 4 >/dev/null
    stop_service
    python3 bench/clone_open_tasks.py "$template" "$open" >/dev/null
    psql -h 127.0.0.1 -p "${PGPORT:-5432}" -U postgres -v ON_ERROR_STOP=1 -qc \
      "update act_ru_job set duedate_ = now() + interval '30 days' where handler_type_ = 'timer-task-listener'" \
      -c "vacuum analyze" "$template"
  fi
}
