#!/usr/bin/env bash
# The map's first paint against a static Leaflet page (99 unsimplified communes, 1,000 markers), cold and warm, in
# headless Chromium, alternated in one run (FirstPaintBenchmark). Starts its own service on the demo data in a
# separate embedded database ("bench"); BENCH_RUNS loads of each kind (default 15); BENCH_ACCOUNT signs in first
# (default moitruong; empty: the public map). Needs the built jar (./diemnong package). BENCH_WATERFALL=1 instead
# prints where one warm load spends its time and writes a CPU profile and a trace of it (FirstPaintWaterfall).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_RUNS:-15}
PORT=${BENCH_PORT:-8097}
. bench/lib.sh
start_service "${BENCH_DB:-bench}" "$PORT" --spring.profiles.active=demo
if [ -n "${BENCH_WATERFALL:-}" ]; then
	# where one warm load spends its time, with a CPU profile and a trace to open in DevTools
	# (not exec: the trap that stops the service must still run)
	./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.diemnong.bench.FirstPaintWaterfall \
		-Dexec.args="http://localhost:$PORT/ ${BENCH_ACCOUNT-moitruong}"
	exit
fi
./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.diemnong.bench.FirstPaintBenchmark \
	-Dexec.args="http://localhost:$PORT/ $N ${BENCH_ACCOUNT-moitruong}"
