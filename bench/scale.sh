#!/usr/bin/env bash
# Scale benchmark (./diemnong bench scale): 100,000 synthetic sites and 1,000,000 violations in a database of its
# own ("scale"), then the same timings as the demo benchmark. Generating the data takes a few minutes the first
# time; the database is kept for the next run (delete /var/tmp/diemnong/scale or ~/.local/share/diemnong/scale).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_RUNS:-10}
PORT=${BENCH_PORT:-8098}
. bench/lib.sh
# No demo accounts here: a first administrator from the command line creates the account the timings use.
SECRET=bench-scale-only-2026
# the timed account's own password: the service refuses one that contains the username (as SECRET does "bench")
USER_SECRET=scale-timing-only-7391
start_service scale "$PORT" --diemnong.security.initial-admin.username=bench-admin \
	--diemnong.security.initial-admin.password="$SECRET"
curl -s -o /dev/null -u "bench-admin:$SECRET" -H 'Content-Type: application/json' "localhost:$PORT/api/v1/users" \
	-d '{"username": "bench", "displayName": "Benchmark", "password": "'"$USER_SECRET"'", "role": "ENV_DEPT"}'
sign_in "$PORT" bench "$USER_SECRET"

if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM site")" -lt 100000 ]; then
	echo "generating 100,000 sites and 1,000,000 inspections with one violation each …"
	time "${PSQL[@]}" -f bench/scale-data.sql
fi
"${PSQL[@]}" -tAc "SELECT 'sites ' || (SELECT count(*) FROM site) || ', inspections ' || (SELECT count(*) FROM inspection)
                   || ', violations ' || (SELECT count(*) FROM violation)"

B="localhost:$PORT/api/v1"
echo "GET /sites?limit=10000 (first page):      $(time_ms "$B/sites?limit=10000" "$N") ms"
echo "GET /sites?bbox (5 x 5 km):               $(time_ms "$B/sites?bbox=106.03,21.14,106.08,21.19&limit=10000" "$N") ms"
echo "GET /sites?q=scale%2012345:               $(time_ms "$B/sites?q=scale%2012345" "$N") ms"
echo "GET /communes (12 months):                $(time_ms "$B/communes?from=2025-11-01&to=2026-10-31" "$N") ms"
echo "GET /communes/09190/history:              $(time_ms "$B/communes/09190/history?from=2023-01-01&to=2026-10-31" "$N") ms"
echo "GET /hotspots/gi cell=500:                $(time_ms "$B/hotspots/gi?from=2025-11-01&to=2026-10-31&cell=500" "$N") ms"
echo "GET /hotspots/gi cell=250:                $(time_ms "$B/hotspots/gi?from=2025-11-01&to=2026-10-31&cell=250" "$N") ms"
echo "GET /hotspots/emerging 46 months 500 m:   $(time_ms "$B/hotspots/emerging?from=2023-01-01&to=2026-10-31&cell=500" 3) ms"
echo "GET /sites?sort=risk&limit=50:            $(time_ms "$B/sites?sort=risk&limit=50" 3) ms"
# the whole province's patrol plan over 100,000 candidates (the watch list gives the solver the first 2,000 by risk)
./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.diemnong.patrol.PatrolBenchmark \
	-Dexec.args="http://localhost:$PORT bench $USER_SECRET 5"
