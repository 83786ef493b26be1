#!/usr/bin/env bash
# Compares two builds on the answers the service writes itself (as bench/answers.sh times them), both running at
# once and their requests alternated, so that whatever else loads the machine weighs on both alike:
#   git stash; ./diemnong package; cp target/diemnong.jar /tmp/before.jar; git stash pop; ./diemnong package
#   BENCH_BEFORE=/tmp/before.jar bench/compare.sh
# Each build gets its own embedded database (bench-before, bench-after). Prints the median of N runs of each answer,
# before and after, and whether the two answers are byte for byte the same.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_RUNS:-21}
BEFORE=${BENCH_BEFORE:?BENCH_BEFORE=<the jar to compare with>}
. bench/lib.sh
OUT=target/bench-compare
mkdir -p "$OUT"
BENCH_JAR=$BEFORE start_service bench-before 8098 --spring.profiles.active=demo
sign_in 8098 moitruong demo2026
COOKIES_BEFORE=$COOKIES
BENCH_JAR=target/diemnong.jar start_service bench-after 8099 --spring.profiles.active=demo
sign_in 8099 moitruong demo2026
COOKIES_AFTER=$COOKIES

# compare LABEL PATH: one warm-up answer kept from each, then N alternated pairs
compare() {
	curl -fs -b "$COOKIES_BEFORE" -o "$OUT/$1-before.json" "localhost:8098$2"
	curl -fs -b "$COOKIES_AFTER" -o "$OUT/$1-after.json" "localhost:8099$2"
	local before=() after=()
	for _ in $(seq 1 "$N"); do
		before+=("$(COOKIES=$COOKIES_BEFORE once_ms "localhost:8098$2")")
		after+=("$(COOKIES=$COOKIES_AFTER once_ms "localhost:8099$2")")
	done
	local same=differ
	# the paging links name each service's own port
	cmp -s <(sed 's/localhost:8098/localhost/g' "$OUT/$1-before.json") \
		<(sed 's/localhost:8099/localhost/g' "$OUT/$1-after.json") && same=same
	printf '%-10s before %8s ms  after %8s ms  (median of %s; answers %s)\n' "$1" \
		"$(printf '%s\n' "${before[@]}" | median)" "$(printf '%s\n' "${after[@]}" | median)" "$N" "$same"
}

PERIOD="from=2025-11-01&to=2026-10-31"
compare sites "/api/v1/sites?limit=10000"
compare gi-500 "/api/v1/hotspots/gi?$PERIOD&cell=500"
compare gi-250 "/api/v1/hotspots/gi?$PERIOD&cell=250"
compare emerging "/api/v1/hotspots/emerging?from=2023-01-01&to=2026-10-31&cell=500"
