#!/usr/bin/env bash
# The speed benchmarks of the README (./diemnong bench):
#   1. GET /api/v1/sites for the whole province vs the same SQL in psql (median of N runs each);
#   2. the map's first paint in headless Chromium, warm (median of N loads).
# It starts its own service on the demo data in a separate embedded database ("bench"), and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_RUNS:-30}
PORT=${BENCH_PORT:-8097}
LOG=target/bench-service.log
DB_NAME=bench

java -jar target/diemnong.jar --spring.profiles.active=demo --server.port=$PORT --diemnong.embedded-db.name=$DB_NAME \
	>"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	curl -fs "localhost:$PORT/api/v1/config" >/dev/null 2>&1 && break
	sleep 2
done
curl -fs "localhost:$PORT/api/v1/config" >/dev/null || { echo "service did not start, see $LOG"; exit 1; }

# The embedded cluster's address and password, as the service found them.
if [ "$(id -u)" = 0 ]; then HOME_DIR=/var/tmp/diemnong/$DB_NAME; else HOME_DIR=$HOME/.local/share/diemnong/$DB_NAME; fi
DB_PORT=$(sed -n 4p "$HOME_DIR/pgdata/postmaster.pid")
export PGPASSWORD; PGPASSWORD=$(cat "$HOME_DIR/password")
PSQL=(psql -X -q -h 127.0.0.1 -p "$DB_PORT" -U diemnong -d diemnong)

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}'; }

URL="localhost:$PORT/api/v1/sites?limit=10000"
SITES=$(curl -fs "$URL" | grep -o '"numberMatched":[0-9]*' | cut -d: -f2)
for _ in 1 2 3; do curl -fs "$URL" -o /dev/null; done
HTTP_MS=$(for _ in $(seq 1 "$N"); do curl -fs -o /dev/null -w '%{time_total}\n' "$URL"; done | awk '{print $1*1000}' | median)
HTTP_GZ_MS=$(for _ in $(seq 1 "$N"); do curl -fs --compressed -o /dev/null -w '%{time_total}\n' "$URL"; done | awk '{print $1*1000}' | median)

# The same statements the service runs for this request (SiteQueries: the page of features, then the count).
SQL_MS=$( { echo '\timing on'; for _ in $(seq 1 $((N + 3))); do cat bench/sites-province.sql; done; } | "${PSQL[@]}" -o /dev/null \
	| awk '/^Time:/ {t+=$2; n++; if (n % 2 == 0) {print t; t=0}}' | tail -n "$N" | median)

echo "sites in the province:                 $SITES"
echo "GET /api/v1/sites (whole province):    ${HTTP_MS} ms median of $N (uncompressed), ${HTTP_GZ_MS} ms gzip"
echo "same SQL in psql:                      ${SQL_MS} ms median of $N"
awk -v h="$HTTP_MS" -v s="$SQL_MS" 'BEGIN {printf "ratio HTTP / psql:                     %.2f (goal <= 1.5)\n", h/s}'

if command -v chromium >/dev/null; then
	./mvnw -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.diemnong.bench.FirstPaintBenchmark \
		-Dexec.args="http://localhost:$PORT/ $N" 2>/dev/null || ./mvnw -B -q exec:java -Dexec.classpathScope=test \
		-Dexec.mainClass=vn.diemnong.bench.FirstPaintBenchmark -Dexec.args="http://localhost:$PORT/ $N"
fi
