#!/usr/bin/env bash
# Read-API benchmark: builds Parley, starts it on the embedded PostgreSQL default (throw-away
# data), and measures throughput and latency of each list/detail endpoint with wrk on loopback.
# Bounded: a warm-up pass gives the JIT compiler WARMUP seconds per endpoint (default 5), then each
# endpoint is measured for DURATION seconds (default 10) with CONNECTIONS connections (default 8).
#   bash bench/run.sh            # all endpoints
#   DURATION=5 bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${PORT:-18089}
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)"; exit 1; }

./mvnw -B -q package -DskipTests
jar=$(ls target/parley-*.jar | head -1)
# Rate limiting off: wrk on loopback is one client address and would be answered 429 at once.
java -jar "$jar" --server.port="$PORT" --parley.embedded-postgres.data-directory= \
  --parley.rate-limit.enabled=false > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

endpoints=(
  "/api/v1/articles"
  "/api/v1/articles/us-pushes-for-peace-deal"
  "/api/v1/actors?size=100"
  "/api/v1/actors?q=zelensky"
  "/api/v1/actors/donald-trump"
  "/api/v1/summits?size=100"
  "/api/v1/summits?actor=donald-trump&from=2025-08-15"
  "/api/v1/summits/white-house-meeting-2025-08-18"
  "/api/v1/statements?size=100"
  "/api/v1/statements?issue=security-guarantees"
  "/api/v1/positions?size=100"
  "/api/v1/positions?current=true&issue=security-guarantees"
  "/api/v1/issues/security-guarantees"
  "/api/v1/search?q=security%20guarantees"
  "/api/v1/search?q=%22security%20guarantees%22%20-nato&type=STATEMENT"
  "/api/v1/actors?q=frederik%20merz"
  "/api/v1/timeline?size=100"
  "/api/v1/timeline?actor=russia&issue=security-guarantees"
  "/api/v1/positions/matrix?asOf=2025-08-19"
  "/api/v1/positions/shifts"
  "/api/v1/discrepancies"
  "/api/v1/stats"
  "/api/v1/statements?size=100|text/csv"
  "/api/v1/summits?size=100|application/geo+json"
  "/api/v1/summits?size=100|text/calendar"
)
# An entry "path|media type" is requested with that Accept header.
accept_of() { [[ $1 == *"|"* ]] && echo "${1#*|}" || echo application/json; }

# Warm-up: without it the first endpoints are measured while the JIT compiler still takes a core.
for entry in "${endpoints[@]}"; do
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -H "Accept: $(accept_of "$entry")" "http://127.0.0.1:$PORT${entry%%|*}" >/dev/null
done

printf '%-72s %10s %10s %10s\n' endpoint req/s p50 p99
for entry in "${endpoints[@]}"; do
  e=${entry%%|*}
  accept=$(accept_of "$entry")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Accept: $accept" "http://127.0.0.1:$PORT$e")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  [[ $accept != application/json ]] && e="$e ($accept)"
  printf '%-72s %10s %10s %10s %s\n' "$e" "$rps" "$p50" "$p99" "${non2xx:+(non-2xx: $non2xx)}"
done
