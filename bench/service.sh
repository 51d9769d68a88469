# Sourced by the benchmarks: starts the packaged service on a fresh PostgreSQL database and stops it on exit.
# PostgreSQL at 127.0.0.1:$PGPORT (default 5432; bench/postgres.sh starts the production version on 5433).
#   start_service DATABASE PORT [extra Spring Boot arguments...]   -> sets $pid and $service_log
start_service() {
  local database=$1 port=$2
  shift 2
  local jar
  jar=$(ls target/lifecycle-ops-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [[ -n $jar ]] || { ./mvnw -q -B -DskipTests package; jar=$(ls target/lifecycle-ops-*.jar | grep -v original | head -1); }
  # A copy, so a rebuild while the benchmark runs does not pull classes from under the running service.
  local copy
  copy=$(mktemp --suffix=.jar); cp "$jar" "$copy"; jar=$copy
  # KEEP_DATABASE=1: start on the database as it is (a second start after seeding it).
  if [[ -z ${KEEP_DATABASE:-} ]]; then
    psql -h 127.0.0.1 -U postgres -p "${PGPORT:-5432}" -qc "drop database if exists $database with (force)" \
      -c "create database $database" postgres
  fi
  service_log=$(mktemp)
  # BENCH_JAVA_OPTS: e.g. a JFR recording (-XX:StartFlightRecording=...) to see where the time goes.
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:postgresql://127.0.0.1:${PGPORT:-5432}/$database" \
    --spring.datasource.username=postgres --spring.datasource.password= --lifecycle.demo.allow-on-any-database=true \
    "$@" > "$service_log" 2>&1 &
  pid=$!
  service_jar=$jar
  trap 'kill $pid 2>/dev/null || true; rm -f "$service_jar"' EXIT
  # START_TIMEOUT seconds (default 120): a start that replays a big ledger into new read models takes longer.
  for _ in $(seq 1 "${START_TIMEOUT:-120}"); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "the service did not start; its log: $service_log" >&2
  return 1
}

# Stops the service start_service started.
stop_service() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
