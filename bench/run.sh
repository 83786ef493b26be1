#!/usr/bin/env bash
# The speed benchmarks of the README (./diemnong bench):
#   1. GET /api/v1/sites for the whole province vs the same SQL in psql (median of N runs each);
#   2. Gi* at 500 m and 250 m and the 46-month emerging analysis (whole HTTP answers), with spdep timed on the very
#      same cells, values and band when R is installed (apt-get install r-cran-spdep r-cran-jsonlite);
#   3. a whole-province patrol plan (8 h): time, and risk against the greedy baseline and the unsampled heuristic;
#   4. the map's first paint in headless Chromium, warm (median of N loads).
# It starts its own service on the demo data in a separate embedded database ("bench"), and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_RUNS:-30}
PORT=${BENCH_PORT:-8097}
. bench/lib.sh
start_service bench "$PORT" --spring.profiles.active=demo
sign_in "$PORT" moitruong demo2026

URL="localhost:$PORT/api/v1/sites?limit=10000"
SITES=$(curl -fs -b "$COOKIES" "$URL" | grep -o '"numberMatched":[0-9]*' | cut -d: -f2)
HTTP_MS=$(time_ms "$URL" "$N")
HTTP_GZ_MS=$(for _ in $(seq 1 "$N"); do curl -fs -b "$COOKIES" --compressed -o /dev/null -w '%{time_total}\n' "$URL"; done | awk '{print $1*1000}' | median)

# The same statement the service runs for this request (SiteQueries.list, whole province on one page).
SQL_MS=$( { echo '\timing on'; for _ in $(seq 1 $((N + 3))); do cat bench/sites-province.sql; done; } | "${PSQL[@]}" -o /dev/null \
	| awk '/^Time:/ {print $2}' | tail -n "$N" | median)

echo "sites in the province:                 $SITES"
echo "GET /api/v1/sites (whole province):    ${HTTP_MS} ms median of $N (uncompressed), ${HTTP_GZ_MS} ms gzip"
echo "same SQL in psql:                      ${SQL_MS} ms median of $N"
awk -v h="$HTTP_MS" -v s="$SQL_MS" 'BEGIN {printf "ratio HTTP / psql:                     %.2f (goal <= 1.5)\n", h/s}'

# Hotspots: the whole HTTP answer, warm, and spdep on the same cells, values and band.
PERIOD="from=2025-11-01&to=2026-10-31"
for CELL in 500 250; do
	GI="localhost:$PORT/api/v1/hotspots/gi?$PERIOD&cell=$CELL"
	curl -fs -b "$COOKIES" "$GI" -o "target/bench-gi-$CELL.geojson"
	echo "GET /hotspots/gi cell=$CELL m:          $(time_ms "$GI" "$N") ms median of $N ($(grep -o '"numberMatched":[0-9]*' "target/bench-gi-$CELL.geojson" | cut -d: -f2) cells)"
	if command -v Rscript >/dev/null; then Rscript scripts/spdep-bench.R "target/bench-gi-$CELL.geojson"; fi
done
EMERGING="localhost:$PORT/api/v1/hotspots/emerging?from=2023-01-01&to=2026-10-31&cell=500"
echo "GET /hotspots/emerging 46 months 500 m: $(time_ms "$EMERGING" 10) ms median of 10"
RISK="localhost:$PORT/api/v1/sites?sort=risk&limit=50"
echo "GET /sites?sort=risk (all sites scored): $(time_ms "$RISK" 10) ms median of 10"

# Patrol plan for the whole province, 8 h, every site a candidate: HTTP time, and risk against the greedy baseline.
./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.diemnong.patrol.PatrolBenchmark \
	-Dexec.args="http://localhost:$PORT moitruong demo2026 5 full"

if command -v chromium >/dev/null; then
	./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.diemnong.bench.FirstPaintBenchmark \
		-Dexec.args="http://localhost:$PORT/ $N moitruong"
fi
