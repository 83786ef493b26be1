# Shared by the benchmark scripts: start a service on its own embedded database, reach that database with psql,
# and time requests. Source it; it defines start_service, PSQL, median, time_ms.

# start_service NAME PORT [SPRING ARGS…]: the built jar (or BENCH_JAR) on the port, its cluster named NAME; stopped
# on exit.
start_service() {
	local name=$1 port=$2; shift 2
	java -jar "${BENCH_JAR:-target/diemnong.jar}" --server.port="$port" --diemnong.embedded-db.name="$name" "$@" \
		>"target/bench-$name.log" 2>&1 &
	SERVICE=$!
	SERVICES="${SERVICES:-} $SERVICE"
	trap 'kill $SERVICES 2>/dev/null; wait $SERVICES 2>/dev/null || true' EXIT
	# ready once the demo data and its accounts are loaded (the banner comes after them), not when the port answers
	for _ in $(seq 1 300); do
		grep -q "is ready" "target/bench-$name.log" 2>/dev/null && break
		kill -0 $SERVICE 2>/dev/null || break
		sleep 2
	done
	curl -fs "localhost:$port/api/v1/config" >/dev/null || { echo "service did not start, see target/bench-$name.log"; exit 1; }
	local home
	if [ "$(id -u)" = 0 ]; then home=/var/tmp/diemnong/$name; else home=$HOME/.local/share/diemnong/$name; fi
	export PGPASSWORD; PGPASSWORD=$(cat "$home/password")
	PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(sed -n 4p "$home/pgdata/postmaster.pid")" -U diemnong -d diemnong)
}

# sign_in PORT USER PASSWORD: one session for the timed requests, as the map signs in once; requests then use
# curl -b "$COOKIES" (the session cookie), so no request pays for a password hash.
sign_in() {
	COOKIES=target/bench-cookies-$1.txt
	rm -f "$COOKIES"
	curl -fs -c "$COOKIES" "localhost:$1/api/v1/me" >/dev/null
	local token
	token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$COOKIES")
	curl -fs -b "$COOKIES" -c "$COOKIES" -H "X-XSRF-TOKEN: $token" --data-urlencode "username=$2" \
		--data-urlencode "password=$3" "localhost:$1/login" >/dev/null || { echo "sign-in as $2 failed"; exit 1; }
}

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}'; }

# once_ms URL: the time of one whole HTTP answer in ms (session from COOKIES).
once_ms() { curl -fs -b "$COOKIES" -o /dev/null -w '%{time_total}\n' "$1" | awk '{print $1*1000}'; }

# time_ms URL RUNS: the median time of the whole HTTP answer, after one warm-up request.
time_ms() {
	curl -fs -b "$COOKIES" -o /dev/null "$1"
	for _ in $(seq 1 "$2"); do once_ms "$1"; done | median
}
