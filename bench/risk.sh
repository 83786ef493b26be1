#!/usr/bin/env bash
# Times the site risk (./diemnong bench does more): every site scored for the ranked list, and one site's risk (a
# household workshop and the Phong Khê paper village, whose members count), the median of N whole HTTP answers each,
# warm; prints the village's score and first reasons. For comparing two builds back to back:
#   BENCH_JAR=/tmp/before.jar bench/risk.sh; bench/risk.sh
# It starts its own service on the demo data in its own embedded database (BENCH_DB, default "bench").
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_RUNS:-30}
PORT=${BENCH_PORT:-8097}
. bench/lib.sh
start_service "${BENCH_DB:-bench}" "$PORT" --spring.profiles.active=demo
sign_in "$PORT" moitruong demo2026

B="localhost:$PORT/api/v1"
VILLAGE=$("${PSQL[@]}" -tAc "SELECT id FROM site WHERE name LIKE 'Làng nghề tái chế giấy Phong Khê%'")
WORKSHOP=$("${PSQL[@]}" -tAc "SELECT min(id) FROM site WHERE parent_id = $VILLAGE")
printf '%-44s %8s ms median of %s\n' "GET /sites?sort=risk&limit=50" "$(time_ms "$B/sites?sort=risk&limit=50" "$N")" "$N"
printf '%-44s %8s ms median of %s\n' "GET /sites/$WORKSHOP/risk (a member)" "$(time_ms "$B/sites/$WORKSHOP/risk" "$N")" "$N"
printf '%-44s %8s ms median of %s\n' "GET /sites/$VILLAGE/risk (Phong Khê)" "$(time_ms "$B/sites/$VILLAGE/risk" "$N")" "$N"
curl -fs -b "$COOKIES" "$B/sites/$VILLAGE/risk" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("Phong Khê: score %.2f (raw %.2f, config v%d)" % (r["score"], r["rawPoints"], r["configVersion"]))
for x in sorted(r["reasons"], key=lambda x: -x["contribution"])[:8]:
    print("  %6.2f %-18s %s #%d %s" % (x["contribution"], x["code"], x["recordType"], x["recordId"], x["facts"]))'
