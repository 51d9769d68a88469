#!/usr/bin/env bash
# Where the event path's time goes: the packaged service on a fresh database, a warm-up, then a JFR recording
# (settings=profile) while EVENTS lead.mql are posted; prints the hot methods of the request threads (hotspots.py).
#   bench/profile.sh [EVENTS=1500] [CONCURRENCY=8] [WARMUP_SECONDS=60] [MODE=events]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1500}; concurrency=${2:-8}; warmup=${3:-60}; mode=${4:-events}; port=${BENCH_PORT:-18080}
source bench/service.sh
start_service lo_bench_profile "$port"
python3 bench/load.py "http://localhost:$port" 0 "$concurrency" "$mode" "$warmup" >/dev/null
recording=$(mktemp --suffix=.jfr)
jcmd "$pid" JFR.start name=bench settings=profile filename="$recording" >/dev/null
python3 bench/load.py "http://localhost:$port" "$events" "$concurrency" "$mode"
jcmd "$pid" JFR.stop name=bench >/dev/null
echo "recording: $recording"
python3 bench/hotspots.py "$recording" "${TOP:-40}"
