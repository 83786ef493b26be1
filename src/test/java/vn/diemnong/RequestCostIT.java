package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No single request can exhaust the machine (issue 9, section 1): the requests that once ran for minutes, filled the
 * disk with temporary files or the heap with neighbour lists are each refused within a second with a problem naming
 * the parameter; the heap and PostgreSQL's temporary files stay under stated limits, and the service still answers.
 */
@IntegrationTest
class RequestCostIT {

	/** What the requests below may add to the heap (after a GC) and to PostgreSQL's temporary files, together. */
	private static final long HEAP_LIMIT = 256L << 20;
	private static final long TEMP_FILE_LIMIT = 64L << 20;
	private static final long REFUSED_WITHIN_MS = 1000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openEndedDatesAreRefusedAtOnceEverywhereTheyAreRead() {
		Api env = new Api(port, "moitruong");
		Api commune = new Api(port, "xa.vocuong");
		long heap = usedHeap();
		long temp = tempBytes();
		refused(commune, "/api/v1/communes/09190/history?from=-999999999-01-01", "from:date-out-of-range");
		refused(commune, "/api/v1/communes/09190/history?to=%2B999999999-12-31", "to:date-out-of-range");
		refused(commune, "/api/v1/communes/09190/hotspots?from=-999999999-01-01", "from:date-out-of-range");
		refused(commune, "/api/v1/communes/09190/hotspots?to=%2B999999999-12-31", "to:date-out-of-range");
		refused(env, "/api/v1/hotspots/emerging?from=0001-01-01", "from:date-out-of-range");
		refused(env, "/api/v1/hotspots/gi?from=1989-12-31", "from:date-out-of-range");
		refused(env, "/api/v1/hotspots/cells/0_0?to=2999-01-01", "to:date-out-of-range");
		refused(env, "/api/v1/communes?from=-999999999-01-01", "from:date-out-of-range");
		refused(env, "/api/v1/sites/1/history?from=-999999999-01-01", "from:date-out-of-range");
		refused(env, "/api/v1/audit?from=-999999999-01-01", "from:date-out-of-range");
		refused(new Api(port), "/api/v1/public/communes?to=%2B999999999-12-31", "to:date-out-of-range");
		assertThat(usedHeap() - heap).isLessThan(HEAP_LIMIT);
		assertThat(tempBytes() - temp).isLessThan(TEMP_FILE_LIMIT);
		assertThat(env.get("/actuator/health").status()).isEqualTo(200);
	}

	@Test
	void theProblemStatesTheAcceptedRangeInBothLanguages() {
		Api.Response response = new Api(port, "moitruong").get("/api/v1/communes/09190/history?from=-999999999-01-01");
		var error = response.json().get("errors").get(0);
		assertThat(error.get("messageEn").asString()).contains("1990-01-01").contains("outside the accepted range");
		assertThat(error.get("messageVi").asString()).contains("1990-01-01").contains("nằm ngoài khoảng cho phép");
	}

	/** A date in a body is bounded too (up to 30 years ahead for deadlines and permits), or PostgreSQL gets infinity. */
	@Test
	void datesInBodiesAreBoundedAsWell() {
		Api env = new Api(port, "moitruong");
		long site = Fixtures.site(env, Fixtures.unique("Cơ sở"), Fixtures.VO_CUONG);
		long rows = jdbc.sql("SELECT count(*) FROM site_status_event").query(Long.class).single();
		Api.Response status = env.post("/api/v1/sites/" + site + "/status-events",
				Map.of("newStatus", "closed", "occurredOn", "-999999999-01-01", "reason", "x"));
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.problem()).isEqualTo("occurredOn:date-out-of-range");
		Api.Response patch = env.patch("/api/v1/sites/" + site, Map.of("permitValidUntil", "+999999999-12-31"),
				"If-Match", "\"0\"");
		assertThat(patch.status()).isEqualTo(400);
		assertThat(patch.problem()).isEqualTo("permitValidUntil:date-out-of-range");
		Api.Response inspection = env.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn", "2026-11-02",
				"kind", "unannounced", "team", List.of("environment"), "violations", List.of(Map.of("category",
						"wastewater_exceedance", "severity", 2, "remedialDeadline", "2207-01-05"))));
		assertThat(inspection.status()).isEqualTo(400);
		assertThat(inspection.problem()).isEqualTo("violations[0].remedialDeadline:date-out-of-range");
		assertThat(jdbc.sql("SELECT count(*) FROM site_status_event").query(Long.class).single()).isEqualTo(rows);
	}

	@Test
	void aBandManyCellsWideAndACubeOfDecadesAreRefused() {
		Api env = new Api(port, "moitruong");
		long heap = usedHeap();
		refused(env, "/api/v1/hotspots/gi?cell=250&band=50000", "band:band-too-wide");
		refused(env, "/api/v1/hotspots/gi?cell=500&band=5001", "band:band-too-wide");
		refused(env, "/api/v1/hotspots/cells/0_0?cell=250&band=2501", "band:band-too-wide");
		refused(env, "/api/v1/hotspots/gi?cell=10", "cell:constraint.DecimalMin");
		refused(env, "/api/v1/hotspots/emerging?from=1990-01-01", "from:period-too-long");
		refused(env, "/api/v1/hotspots/emerging?from=2020-01-01&to=2025-12-31", "from:period-too-long");
		assertThat(env.get("/api/v1/hotspots/gi?cell=500&band=5000").status()).isEqualTo(200);
		assertThat(env.get("/api/v1/hotspots/emerging?from=2021-11-01&to=2026-10-31").status()).isEqualTo(200);
		assertThat(usedHeap() - heap).isLessThan(HEAP_LIMIT);
	}

	/** Only a few analyses of one user run at once: the rest are told when to come back, and nothing else suffers. */
	@Test
	void aBurstOfAnalysesFromOneUserGetsRetryAfter() throws Exception {
		Api env = new Api(port, "moitruong");
		List<Callable<Api.Response>> burst = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			// a cell size no test asked for: the first request builds its grid while the others wait for slots
			burst.add(() -> env.get("/api/v1/hotspots/gi?cell=733"));
		}
		List<Api.Response> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<Api.Response> answer : pool.invokeAll(burst)) {
				answers.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}
		List<Api.Response> busy = answers.stream().filter(a -> a.status() == 429).toList();
		assertThat(busy).isNotEmpty();
		assertThat(busy).allSatisfy(a -> {
			assertThat(a.problem()).isEqualTo("request:analyses-busy");
			assertThat(Long.parseLong(a.header("Retry-After"))).isPositive();
		});
		assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 429));
		assertThat(answers.stream().filter(a -> a.status() == 200)).hasSizeBetween(1, 2);
		assertThat(new Api(port, "congan").get("/api/v1/hotspots/gi").status()).isEqualTo(200);
	}

	@Test
	void theServicesRoleHasAStatementTimeoutAndATemporaryFileLimit() {
		assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("30s");
		assertThat(jdbc.sql("SHOW temp_file_limit").query(String.class).single()).isEqualTo("2GB");
	}

	private static void refused(Api api, String path, String problem) {
		long start = System.nanoTime();
		Api.Response response = api.get(path);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(response.status()).as(path + " → " + response.body().substring(0, Math.min(300, response.body().length())))
			.isEqualTo(400);
		assertThat(response.problem()).as(path).isEqualTo(problem);
		assertThat(millis).as(path + " answered in ms").isLessThan(REFUSED_WITHIN_MS);
	}

	private long tempBytes() {
		return jdbc.sql("SELECT temp_bytes FROM pg_stat_database WHERE datname = current_database()")
			.query(Long.class).single();
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
