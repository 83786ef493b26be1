package vn.diemnong.patrol.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** A patrol's life cycle, its outcomes in the site's history, its track stored exactly once, and who may do what. */
@IntegrationTest
class PatrolsIT {

	static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api police;

	@BeforeEach
	void client() {
		police = new Api(port, "congan");
	}

	private long site(double[] where) {
		return Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Lò nấu nhôm"), where);
	}

	private long patrol(long planId, Api api) {
		Api.Response created = api.post("/api/v1/patrol-plans/" + planId + "/patrols", Map.of("team", "Tổ 1 Công an"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("planned");
		return created.json().get("id").asLong();
	}

	private Api.Response outcome(long patrol, int order, String outcome) {
		return police.post("/api/v1/patrols/" + patrol + "/stops/" + order + "/outcome",
				Map.of("outcome", outcome, "found", "Lò đang đỏ lửa"));
	}

	private static Map<String, Object> point(double lon, double lat, String at) {
		return Map.of("lon", lon, "lat", lat, "accuracy", 8, "recordedAt", at);
	}

	@Test
	void aPatrolGoesPlannedInProgressDoneAndRefusesEveryOtherStep() {
		long plan = PatrolPlans.plan(jdbc, List.of(site(Fixtures.VO_CUONG)));
		long id = patrol(plan, police);
		String base = "/api/v1/patrols/" + id;

		Api.Response early = police.post(base + "/finish", Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("patrol.status.illegal");
		assertThat(outcome(id, 1, "visited").status()).isEqualTo(409);
		assertThat(police.post(base + "/track", Map.of("points", List.of(point(106.06, 21.16, "2026-01-01T08:00:00Z"))),
				"Idempotency-Key", "k1").status()).isEqualTo(409);

		Api.Response started = police.post(base + "/start", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		assertThat(started.json().get("status").asString()).isEqualTo("in_progress");
		assertThat(started.json().get("startedAt").isNull()).isFalse();
		assertThat(police.post(base + "/start", Map.of()).status()).isEqualTo(409);

		Api.Response finished = police.post(base + "/finish", Map.of());
		assertThat(finished.status()).isEqualTo(200);
		assertThat(finished.json().get("status").asString()).isEqualTo("done");
		assertThat(police.post(base + "/finish", Map.of()).status()).isEqualTo(409);
		assertThat(police.post(base + "/start", Map.of()).status()).isEqualTo(409);
		assertThat(outcome(id, 1, "visited").status()).isEqualTo(409);

		assertThat(police.get(base).json().get("status").asString()).isEqualTo("done");
		// the database holds the same rule against anyone writing past the service
		assertThatThrownBy(() -> jdbc.sql("UPDATE patrol SET status = 'in_progress', ended_at = NULL WHERE id = ?")
			.param(id).update()).hasMessageContaining("is not a step forward");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM patrol WHERE id = ?").param(id).update())
			.as("refused by grant or trigger").isNotNull();
		JsonNode audit = new Api(port, "moitruong").get("/api/v1/audit?record=patrol:" + id).json();
		assertThat(audit.valueStream().map(e -> e.get("action").asString()))
			.contains("patrol.create", "patrol.start", "patrol.finish");
		assertThat(police.post("/api/v1/patrol-plans/999999999/patrols", Map.of("team", "x")).status()).isEqualTo(404);
		assertThat(police.post("/api/v1/patrol-plans/" + plan + "/patrols", Map.of("team", " ")).status()).isEqualTo(400);
	}

	@Test
	void aVisitShowsInTheSiteHistoryAndResetsTheDaysSinceTheLastVisit() {
		long visited = site(Fixtures.VO_CUONG);
		long unreachable = site(Fixtures.VO_CUONG);
		long id = patrol(PatrolPlans.plan(jdbc, List.of(visited, unreachable)), police);
		police.post("/api/v1/patrols/" + id + "/start", Map.of());
		assertThat(lastVisit(visited)).isEmpty();

		Api.Response recorded = outcome(id, 1, "visited");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("stops").get(0).get("outcome").get("outcome").asString()).isEqualTo("visited");
		assertThat(outcome(id, 2, "not_reachable").status()).isEqualTo(201);
		Api.Response again = outcome(id, 1, "not_reachable");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("patrol.stop.already-recorded");
		assertThat(outcome(id, 3, "visited").status()).isEqualTo(404);
		assertThat(outcome(id, 1, "seen").status()).isEqualTo(400);
		// the observation made at a stop must be one of that stop's site
		assertThat(police.post("/api/v1/patrols/" + id + "/stops/1/outcome",
				Map.of("outcome", "visited", "observationId", 999_999_999L)).problem())
			.isEqualTo("observationId:patrol.outcome.observation-elsewhere");

		LocalDate today = LocalDate.now(PROVINCE);
		assertThat(lastVisit(visited)).containsExactly(today);
		assertThat(lastVisit(unreachable)).as("not reachable is no visit").isEmpty();

		JsonNode entries = police.get("/api/v1/sites/" + visited + "/history?from=" + today.minusDays(1)).json()
			.get("entries");
		JsonNode visit = entries.valueStream().filter(e -> e.get("type").asString().equals("patrol")).findFirst()
			.orElseThrow();
		assertThat(visit.get("outcome").asString()).isEqualTo("visited");
		assertThat(visit.get("team").asString()).isEqualTo("Tổ 1 Công an");
		assertThat(visit.get("found").asString()).isEqualTo("Lò đang đỏ lửa");
		assertThat(visit.get("patrolId").asLong()).isEqualTo(id);
		assertThat(visit.get("date").asString()).isEqualTo(today.toString());
		assertThat(visit.get("recordedBy").asString()).isEqualTo("congan");

		JsonNode audit = new Api(port, "moitruong")
			.get("/api/v1/audit?record=patrol_stop_outcome:" + visit.get("id").asLong()).json();
		assertThat(audit.valueStream().map(e -> e.get("action").asString())).containsExactly("patrol.visit");
	}

	private List<LocalDate> lastVisit(long siteId) {
		return jdbc.sql("SELECT last_visited_on FROM site_last_visit WHERE site_id = ?").param(siteId)
			.query(LocalDate.class).list();
	}

	@Test
	void aTrackBatchSentTwiceIsStoredOnce() {
		long id = patrol(PatrolPlans.plan(jdbc, List.of(site(Fixtures.VO_CUONG))), police);
		police.post("/api/v1/patrols/" + id + "/start", Map.of());
		String now = ZonedDateTime.now(PROVINCE).toOffsetDateTime().toString();
		Map<String, Object> batch = Map.of("points", List.of(point(106.0600, 21.1670, now), point(106.0610, 21.1670, now),
				point(106.0620, 21.1670, now)));
		String key = UUID.randomUUID().toString();
		String path = "/api/v1/patrols/" + id + "/track";

		Api.Response first = police.post(path, batch, "Idempotency-Key", key);
		Api.Response second = police.post(path, batch, "Idempotency-Key", key);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("batchId").asLong()).isEqualTo(first.json().get("batchId").asLong());
		assertThat(second.json().get("replayed").asBoolean()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM patrol_track_point WHERE patrol_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(3);

		Api.Response reused = police.post(path, Map.of("points", List.of(point(106.07, 21.17, now))),
				"Idempotency-Key", key);
		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.body()).contains("patrol.track.key-reused");
		assertThat(police.post(path, batch).status()).as("no key").isEqualTo(400);
		Api.Response before = police.post(path, Map.of("points", List.of(point(106.07, 21.17, "2020-01-01T00:00:00Z"))),
				"Idempotency-Key", UUID.randomUUID().toString());
		assertThat(before.status()).isEqualTo(400);
		assertThat(before.body()).contains("points[0].recordedAt");
		assertThat(police.post(path, Map.of("points", List.of(point(200, 21.17, now))), "Idempotency-Key", "k2")
			.status()).isEqualTo(400);

		JsonNode track = police.get("/api/v1/patrols/" + id).json().get("track");
		assertThat(track.get("points").asLong()).isEqualTo(3);
		assertThat(track.get("batches").asLong()).isEqualTo(1);
		// 0.002° of longitude along the parallel 21.167° N of the WGS 84 ellipsoid: N cos φ × Δλ = 207.7 m
		assertThat(track.get("lengthMeters").asDouble()).isBetween(207.0, 209.0);
		assertThat(track.get("geometry").get("coordinates").get(0).get(0).asDouble()).isEqualTo(106.06);
		JsonNode audit = new Api(port, "moitruong")
			.get("/api/v1/audit?record=patrol_track_batch:" + first.json().get("batchId").asLong()).json();
		assertThat(audit.valueStream().map(e -> e.get("action").asString())).containsExactly("patrol.track");
	}

	@Test
	void aCommuneSeesAndRecordsOnlyPatrolsInItsCommunesTheViewerReadsAndThePublicNothing() {
		long voCuongPlan = PatrolPlans.plan(jdbc, List.of(site(Fixtures.VO_CUONG)));
		long vanMonPlan = PatrolPlans.plan(jdbc, List.of(site(Fixtures.VAN_MON)));
		Api voCuong = new Api(port, "xa.vocuong");
		long own = patrol(voCuongPlan, voCuong);
		assertThat(voCuong.post("/api/v1/patrol-plans/" + vanMonPlan + "/patrols", Map.of("team", "x")).status())
			.isEqualTo(404);
		long other = patrol(vanMonPlan, police);
		assertThat(voCuong.get("/api/v1/patrols/" + own).status()).isEqualTo(200);
		assertThat(voCuong.get("/api/v1/patrols/" + other).status()).isEqualTo(404);
		assertThat(voCuong.post("/api/v1/patrols/" + other + "/start", Map.of()).status()).isEqualTo(404);
		assertThat(voCuong.post("/api/v1/patrols/" + own + "/start", Map.of()).status()).isEqualTo(200);

		Api viewer = new Api(port, "xem");
		assertThat(viewer.get("/api/v1/patrols/" + other).status()).isEqualTo(200);
		assertThat(viewer.post("/api/v1/patrols/" + other + "/start", Map.of()).status()).isEqualTo(403);
		assertThat(viewer.post("/api/v1/patrol-plans/" + vanMonPlan + "/patrols", Map.of("team", "x")).status())
			.isEqualTo(403);
		Api anonymous = new Api(port);
		assertThat(anonymous.get("/api/v1/patrols/" + other).status()).isEqualTo(401);
		assertThat(anonymous.get("/api/v1/patrols/coverage").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/v1/patrols/effort").status()).isEqualTo(401);

		JsonNode communes = voCuong.get("/api/v1/patrols/coverage").json().get("communes");
		assertThat(communes.valueStream().map(c -> c.get("code").asString())).containsOnly("09190");
		assertThat(police.get("/api/v1/patrols/coverage").json().get("communes").size()).isGreaterThan(1);
	}
}
