#!/usr/bin/env bash
# Times the answers the service writes itself (./diemnong bench does more): GET /api/v1/sites for the whole province,
# Gi* at 500 m and 250 m and the 46-month emerging analysis, the median of N whole HTTP answers each, warm. Shorter
# than bench/run.sh, for comparing two builds back to back:
#   BENCH_JAR=/tmp/before.jar bench/answers.sh; bench/answers.sh
# It starts its own service on the demo data in its own embedded database (BENCH_DB, default "bench") and keeps the
# last answers in BENCH_OUT (default target/bench-answers) so that two builds' answers can be compared with cmp.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_RUNS:-30}
PORT=${BENCH_PORT:-8097}
OUT=${BENCH_OUT:-target/bench-answers}
. bench/lib.sh
start_service "${BENCH_DB:-bench}" "$PORT" --spring.profiles.active=demo
sign_in "$PORT" moitruong demo2026
mkdir -p "$OUT"

# answer LABEL PATH: keeps one answer, then prints its median time
answer() {
	curl -fs -b "$COOKIES" -o "$OUT/$1.json" "localhost:$PORT$2"
	printf '%-40s %8s ms median of %s (%s bytes)\n' "GET $2" "$(time_ms "localhost:$PORT$2" "$N")" "$N" \
		"$(wc -c <"$OUT/$1.json")"
}

PERIOD="from=2025-11-01&to=2026-10-31"
answer sites "/api/v1/sites?limit=10000"
answer gi-500 "/api/v1/hotspots/gi?$PERIOD&cell=500"
answer gi-250 "/api/v1/hotspots/gi?$PERIOD&cell=250"
answer emerging "/api/v1/hotspots/emerging?from=2023-01-01&to=2026-10-31&cell=500"
