package vn.diemnong.patrol.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.site.SiteRanking;

/** Effort and coverage on patrols whose times, tracks and visits the test sets. */
@IntegrationTest
class PatrolReportsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteRanking risk;

	@Autowired
	PatrolSettings settings;

	/** A finished patrol as the test constructs it: times in the province's zone, a track, visited sites. */
	private long donePatrol(long plan, String team, String start, String end, List<double[]> track, List<Long> visited) {
		long id = jdbc.sql("""
				INSERT INTO patrol (plan_id, team, commune_code, status, started_at, ended_at, created_by)
				VALUES (:plan, :team, '09190', 'done', CAST(:start AS timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh',
				        CAST(:end AS timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'test') RETURNING id""")
			.param("plan", plan).param("team", team).param("start", start).param("end", end)
			.query(Long.class).single();
		long batch = track.isEmpty() ? 0 : jdbc.sql("""
				INSERT INTO patrol_track_batch (patrol_id, idempotency_key, content_hash, point_count, received_by)
				VALUES (:id, 'k', 'h', :n, 'test') RETURNING id""")
			.param("id", id).param("n", track.size()).query(Long.class).single();
		for (int i = 0; i < track.size(); i++) {
			jdbc.sql("""
					INSERT INTO patrol_track_point (batch_id, patrol_id, geom, recorded_at)
					VALUES (:batch, :id, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326),
					        CAST(:start AS timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh' + make_interval(mins => :i))""")
				.param("batch", batch).param("id", id).param("lon", track.get(i)[0]).param("lat", track.get(i)[1])
				.param("start", start).param("i", i).update();
		}
		for (int i = 0; i < visited.size(); i++) {
			jdbc.sql("""
					INSERT INTO patrol_stop_outcome (patrol_id, stop_order, site_id, outcome, recorded_at, recorded_by)
					VALUES (:id, :order, :site, 'visited', CAST(:start AS timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh'
					        + interval '1 hour', 'test')""")
				.param("id", id).param("order", i + 1).param("site", visited.get(i)).param("start", start).update();
		}
		return id;
	}

	@Test
	void effortAddsHoursKilometresAndSitesPerTeamCommuneAndMonth() {
		Api api = new Api(port, "congan");
		long a = Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		long b = Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		long plan = PatrolPlans.plan(jdbc, List.of(a, b));
		String team = Fixtures.unique("Tổ công sức");
		// along the equator the geodesic is the equator: a × Δλ = 6378137 m × 0.02° × π/180 = 2226.39 m
		donePatrol(plan, team, "2025-08-04 07:30", "2025-08-04 12:00",
				List.of(new double[] { 106.00, 0 }, new double[] { 106.01, 0 }, new double[] { 106.02, 0 }), List.of(a, b));
		// the same team again that month: 3 h, a track of one point (no length), one site twice counts once
		donePatrol(plan, team, "2025-08-20 22:00", "2025-08-21 01:00", List.of(new double[] { 106.0, 21.0 }), List.of(a));
		// started in September in the province's time (still 31 August in UTC): another month
		donePatrol(plan, team, "2025-09-01 06:00", "2025-09-01 08:00", List.of(), List.of(b));

		JsonNode effort = api.get("/api/v1/patrols/effort?month=2025-08&commune=09190").json();
		JsonNode row = effort.get("rows").valueStream().filter(r -> r.get("team").asString().equals(team)).findFirst()
			.orElseThrow();
		assertThat(row.get("month").asString()).isEqualTo("2025-08");
		assertThat(row.get("communeCode").asString()).isEqualTo("09190");
		assertThat(row.get("communeName").asString()).isEqualTo("Võ Cường");
		assertThat(row.get("patrols").asLong()).isEqualTo(2);
		assertThat(row.get("hours").asDouble()).isEqualTo(7.5);
		assertThat(row.get("km").asDouble()).isCloseTo(2.226, within(0.001));
		assertThat(row.get("sitesVisited").asLong()).isEqualTo(3);
		JsonNode september = api.get("/api/v1/patrols/effort?month=2025-09").json().get("rows");
		assertThat(september.valueStream().filter(r -> r.get("team").asString().equals(team)))
			.singleElement().satisfies(r -> assertThat(r.get("hours").asDouble()).isEqualTo(2.0));

		Api.Response csv = api.get("/api/v1/patrols/effort?month=2025-08&format=csv");
		String text = new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(text).contains("Tổ tuần tra").contains(team + ",09190,Võ Cường,2,7.5,2.226,3");
		assertThat(api.get("/api/v1/patrols/effort?month=2025-08&format=xlsx").header("Content-Type"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(api.get("/api/v1/patrols/effort?month=August").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/patrols/effort?commune=9190").status()).isEqualTo(400);

		JsonNode vanMon = new Api(port, "xa.vanmon").get("/api/v1/patrols/effort?month=2025-08").json().get("rows");
		assertThat(vanMon.valueStream().filter(r -> r.get("team").asString().equals(team))).as("scope").isEmpty();
	}

	@Test
	void coverageCountsTheHighRiskSitesVisitedInTheLastThirtyDays() {
		Api api = new Api(port, "congan");
		Map<Long, Double> scores = risk.scores();
		JsonNode before = api.get("/api/v1/patrols/coverage").json();
		long highRisk = scores.values().stream().filter(s -> s >= settings.highRisk()).count();
		assertThat(before.get("province").get("highRisk").asLong()).isEqualTo(highRisk);
		assertThat(before.get("windowDays").asInt()).isEqualTo(30);
		assertThat(before.get("today").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		long sum = before.get("communes").valueStream().mapToLong(c -> c.get("highRisk").asLong()).sum();
		assertThat(sum).isEqualTo(highRisk);
		before.get("overdue").valueStream()
			.forEach(s -> assertThat(s.get("risk").asDouble()).isGreaterThanOrEqualTo(settings.highRisk()));
		assertThat(highRisk).as("the demo data has high-risk sites").isPositive();

		// the riskiest overdue site, visited now by a constructed patrol (and one visited 30 days ago, still overdue)
		JsonNode overdue = before.get("overdue").get(0);
		long site = overdue.get("siteId").asLong();
		long plan = PatrolPlans.plan(jdbc, List.of(site));
		donePatrol(plan, Fixtures.unique("Tổ"), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(30) + " 08:00",
				LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(30) + " 09:00", List.of(), List.of(site));
		JsonNode stillOverdue = api.get("/api/v1/patrols/coverage").json();
		JsonNode again = stillOverdue.get("overdue").valueStream()
			.filter(s -> s.get("siteId").asLong() == site).findFirst().orElseThrow();
		assertThat(again.get("daysSinceVisit").asLong()).isEqualTo(30);
		assertThat(stillOverdue.get("province").get("visited").asLong())
			.isEqualTo(before.get("province").get("visited").asLong());

		jdbc.sql("""
				INSERT INTO patrol_stop_outcome (patrol_id, stop_order, site_id, outcome, recorded_at, recorded_by)
				SELECT id, 2, :site, 'visited', now(), 'test' FROM patrol WHERE plan_id = :plan""")
			.param("site", site).param("plan", plan).update();
		JsonNode after = api.get("/api/v1/patrols/coverage").json();
		assertThat(after.get("overdue").valueStream().map(s -> s.get("siteId").asLong())).doesNotContain(site);
		assertThat(after.get("province").get("visited").asLong())
			.isEqualTo(before.get("province").get("visited").asLong() + 1);
		String commune = overdue.get("communeCode").asString();
		JsonNode share = after.get("communes").valueStream().filter(c -> c.get("code").asString().equals(commune))
			.findFirst().orElseThrow();
		assertThat(share.get("share").asDouble())
			.isEqualTo(share.get("visited").asDouble() / share.get("highRisk").asDouble());
	}
}
