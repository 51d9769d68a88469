#!/usr/bin/env bash
# Benchmark: event intake (lead.mql -> process start, routing, SLA timers, ledger, one transaction)
# against the packaged service on PostgreSQL, and the service's memory. Prints a Markdown row set
# for docs/benchmarks.md.
#   bench/run.sh [EVENTS=2000] [CONCURRENCY=8]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-2000}; concurrency=${2:-8}; port=${BENCH_PORT:-18080}
source bench/service.sh
start_service lo_bench "$port"
rss_idle=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
python3 bench/load.py "http://localhost:$port" 200 "$concurrency" >/dev/null   # warm-up
result=$(python3 bench/load.py "http://localhost:$port" "$events" "$concurrency")
rss_peak=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)
echo "$result"
python3 - "$result" "$rss_idle" "$rss_peak" "$(nproc)" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"| {r['events']} lead.mql, {r['concurrency']} clients, {sys.argv[4]} cores | {r['eventsPerSecond']}/s | "
      f"{r['p50ms']} | {r['p95ms']} | {r['p99ms']} | {r['failed']} | {sys.argv[2]} MB | {sys.argv[3]} MB |")
PY
