package vn.diemnong.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;

/**
 * Patrol plans and the watch list over the demo province: the plan keeps its budget, starts and ends at its start,
 * stays in its area, is reproduced by its seed, and reads back as GPX (GDAL's GPX driver) and PDF (pdftotext); the
 * watch list is ranked by risk; each role sees what it may.
 */
@IntegrationTest
class PatrolPlanIT {

	static final String VAN_MON = "09238";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api police;

	@BeforeEach
	void accounts() {
		police = new Api(port, "congan");
	}

	JsonNode post(String commune) {
		return police.get("/api/v1/police/posts").json().valueStream()
			.filter(p -> p.path("communeCode").asString().equals(commune)).findFirst().orElseThrow();
	}

	Map<String, Object> request(String date, String commune, Long seed) {
		JsonNode post = post(commune);
		Map<String, Object> body = new java.util.HashMap<>(Map.of("date", date, "communes", List.of(commune),
				"start", Map.of("type", "Point", "coordinates", List.of(post.path("lon").asDouble(),
						post.path("lat").asDouble())),
				"startLabel", post.path("label").asString(), "hours", 3, "speedKmh", 25, "minutesPerStop", 15));
		if (seed != null) {
			body.put("seed", seed);
		}
		return body;
	}

	@Test
	void aPlanKeepsItsBudgetStartsAndEndsAtTheStartAndStaysInItsArea() {
		Api.Response created = police.post("/api/v1/patrol-plans", request("2026-12-01", VAN_MON, 7L));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode plan = created.json();
		JsonNode stops = plan.path("stops");
		assertThat(stops.size()).isGreaterThan(2);
		assertThat(plan.path("totalMinutes").asDouble()).isLessThanOrEqualTo(180);
		assertThat(plan.path("riskShare").asDouble()).isBetween(0.0, 1.0);
		JsonNode legs = plan.path("legs");
		assertThat(legs.size()).isEqualTo(stops.size() + 1);
		JsonNode first = legs.get(0).path("coordinates").get(0);
		JsonNode last = legs.get(legs.size() - 1).path("coordinates").get(1);
		assertThat(last.get(0).asDouble()).isEqualTo(first.get(0).asDouble());
		assertThat(last.get(1).asDouble()).isEqualTo(first.get(1).asDouble());
		assertThat(first.get(0).asDouble()).isEqualTo(plan.path("start").path("lon").asDouble());
		double sum = 0;
		for (JsonNode leg : legs) {
			sum += leg.path("meters").asDouble();
		}
		assertThat(sum).isCloseTo(plan.path("totalDistanceMeters").asDouble(), org.assertj.core.data.Offset.offset(0.01));
		double risk = 0;
		for (JsonNode stop : stops) {
			boolean inside = jdbc.sql("""
					SELECT ST_Covers(c.geom, ST_PointOnSurface(s.geom)) FROM commune_current c, site_current s
					WHERE c.code = ? AND s.id = ?""")
				.param(VAN_MON).param(stop.path("siteId").asLong()).query(Boolean.class).single();
			assertThat(inside).as("stop %s in Văn Môn", stop.path("name")).isTrue();
			assertThat(stop.path("checks").size()).isPositive();
			assertThat(stop.path("reasons").size()).isPositive();
			risk += stop.path("risk").asDouble();
		}
		assertThat(plan.path("riskCovered").asDouble()).isCloseTo(risk, org.assertj.core.data.Offset.offset(0.01));
		assertThat(police.get("/api/v1/patrol-plans/" + plan.path("id").asLong()).json().path("stops")).isEqualTo(stops);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'patrol_plan.create' AND record_id = ?")
			.param(plan.path("id").asString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theSameSeedGivesTheSamePlanAndOtherDaysOtherPlans() {
		List<Long> a = siteIds(police.post("/api/v1/patrol-plans", request("2026-12-01", VAN_MON, 99L)).json());
		List<Long> b = siteIds(police.post("/api/v1/patrol-plans", request("2026-12-01", VAN_MON, 99L)).json());
		assertThat(b).isEqualTo(a);
		Set<List<Long>> days = new HashSet<>();
		for (String day : List.of("2026-12-02", "2026-12-03", "2026-12-04")) {
			Api.Response plan = police.post("/api/v1/patrol-plans", request(day, VAN_MON, null));
			assertThat(plan.status()).isEqualTo(201);
			days.add(siteIds(plan.json()));
		}
		assertThat(days).hasSizeGreaterThan(1);
	}

	@Test
	void theGpxReadsBackInGdalWithAWaypointPerStop() throws Exception {
		JsonNode plan = police.post("/api/v1/patrol-plans", request("2026-12-05", VAN_MON, 5L)).json();
		byte[] gpx = bytes("/api/v1/patrol-plans/" + plan.path("id").asLong() + "/gpx", "congan");
		Path file = Files.createTempFile("plan", ".gpx");
		Files.write(file, gpx);
		String waypoints = run("ogrinfo", "-ro", "-al", "-q", file.toString(), "waypoints");
		String route = run("ogrinfo", "-ro", "-q", "-sql", "SELECT * FROM route_points", file.toString());
		Files.delete(file);
		for (JsonNode stop : plan.path("stops")) {
			assertThat(waypoints).contains("name (String) = " + stop.path("order").asInt() + ". " + stop.path("name").asString());
		}
		assertThat(count(waypoints, "OGRFeature(waypoints)")).isEqualTo(plan.path("stops").size());
		assertThat(count(route, "OGRFeature(")).isEqualTo(plan.path("stops").size() + 2);
	}

	@Test
	void thePdfKeepsTheStopNamesWithTheirDiacritics() throws Exception {
		JsonNode plan = police.post("/api/v1/patrol-plans", request("2026-12-06", VAN_MON, 6L)).json();
		byte[] pdf = bytes("/api/v1/patrol-plans/" + plan.path("id").asLong() + "/pdf", "congan");
		Path file = Files.createTempFile("plan", ".pdf");
		Files.write(file, pdf);
		String text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-").replaceAll("\\s+", " ");
		String info = run("pdfinfo", file.toString());
		// kept for the README's picture of the first page (pdftoppm -png -r 60 -f 1 -l 1 target/patrol-plan.pdf)
		Files.move(file, Path.of("target", "patrol-plan.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertThat(info).contains("A4");
		assertThat(text).contains("KẾ HOẠCH TUẦN TRA BẢO VỆ MÔI TRƯỜNG", "Tổ trưởng tổ tuần tra", "Văn Môn");
		for (JsonNode stop : plan.path("stops")) {
			for (String word : stop.path("name").asString().split(" ")) {
				assertThat(text).contains(word);
			}
		}
		assertThat(text).contains(plan.path("stops").get(0).path("arrival").asString().substring(0, 5));
	}

	@Test
	void theWatchListIsRankedByRiskWithReasonsAndItsSignals() throws Exception {
		JsonNode list = police.get("/api/v1/police/watchlist?limit=50").json();
		List<Double> risks = new ArrayList<>();
		list.path("sites").forEach(s -> risks.add(s.path("risk").asDouble()));
		assertThat(risks).hasSize(50).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(list.path("sites").get(0).path("reasons").size()).isPositive();
		// every signal has its source now: observations, commitments, tips and patrol visits
		assertThat(list.path("liveSignals").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(PoliceSignal.KNOWN);
		assertThat(list.path("absentSignals")).isEmpty();
		long top = list.path("sites").get(0).path("siteId").asLong();
		assertThat(police.get("/api/v1/sites/" + top + "/risk").json().path("score").asDouble())
			.isEqualTo(list.path("sites").get(0).path("risk").asDouble());
		JsonNode vanMon = police.get("/api/v1/police/watchlist?communes=" + VAN_MON + "&kind=household_workshop").json();
		vanMon.path("sites").forEach(s -> {
			assertThat(s.path("communeCode").asString()).isEqualTo(VAN_MON);
			assertThat(s.path("kind").asString()).isEqualTo("household_workshop");
		});

		Api.Response csv = police.get("/api/v1/police/watchlist?limit=5&format=csv");
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body().lines().count()).isEqualTo(6);
		byte[] xlsx = bytes("/api/v1/police/watchlist?limit=5&format=xlsx", "congan");
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(6);
			assertThat(rows.get(1).getCellAsNumber(6)).hasValueSatisfying(
					v -> assertThat(v.doubleValue()).isEqualTo(list.path("sites").get(0).path("risk").asDouble(),
							org.assertj.core.data.Offset.offset(0.01)));
		}
	}

	@Test
	void eachRoleSeesWhatItMay() {
		assertThat(new Api(port).get("/api/v1/police/watchlist").status()).isEqualTo(401);
		assertThat(new Api(port).post("/api/v1/patrol-plans", request("2026-12-01", VAN_MON, 1L)).status())
			.isIn(401, 403);
		assertThat(new Api(port, "xem").post("/api/v1/patrol-plans", request("2026-12-01", VAN_MON, 1L)).status())
			.isEqualTo(403);
		assertThat(new Api(port, "xem").get("/api/v1/police/watchlist").status()).isEqualTo(200);
		Api voCuong = new Api(port, "xa.vocuong");
		Api.Response refused = voCuong.post("/api/v1/patrol-plans", request("2026-12-01", VAN_MON, 1L));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("communes");
		Api.Response own = voCuong.post("/api/v1/patrol-plans", request("2026-12-01", "09190", 1L));
		assertThat(own.status()).as(own.body()).isEqualTo(201);
		long vanMonPlan = police.post("/api/v1/patrol-plans", request("2026-12-01", VAN_MON, 1L)).json().path("id").asLong();
		assertThat(voCuong.get("/api/v1/patrol-plans/" + vanMonPlan).status()).isEqualTo(404);
		assertThat(new Api(port, "xa.vanmon").get("/api/v1/patrol-plans/" + vanMonPlan).status()).isEqualTo(200);
		voCuong.get("/api/v1/police/watchlist").json().path("sites")
			.forEach(s -> assertThat(s.path("communeCode").asString()).isEqualTo("09190"));
		assertThat(voCuong.get("/api/v1/police/posts").json().size()).isEqualTo(1);
		Api.Response neither = police.post("/api/v1/patrol-plans", Map.of("date", "2026-12-01", "start",
				Map.of("type", "Point", "coordinates", List.of(106.0, 21.1))));
		assertThat(neither.status()).isEqualTo(400);
		assertThat(neither.body()).contains("communes");
	}

	private static List<Long> siteIds(JsonNode plan) {
		return plan.path("stops").valueStream().map(s -> s.path("siteId").asLong()).toList();
	}

	private byte[] bytes(String path, String user) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(out).isZero();
		return out;
	}

	private static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void whatAnOfficerSawInTheFieldIsAWatchListSignal() {
		JsonNode site = police.get("/api/v1/police/watchlist?communes=" + VAN_MON + "&limit=1").json().path("sites").get(0);
		long id = site.path("siteId").asLong();
		String observation = """
				{"findings": ["scrap_stockpiled"], "accuracyM": 10,
				 "position": {"type": "Point", "coordinates": [%s, %s]}, "observedAt": "%s"}""".formatted(
				site.path("lon").asDouble(), site.path("lat").asDouble(),
				java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).minusMinutes(5).withNano(0));
		assertThat(new Multipart().json("observation", observation)
			.post(port, "/api/v1/sites/" + id + "/observations", "congan", "Idempotency-Key", java.util.UUID.randomUUID().toString())
			.status()).isEqualTo(201);
		JsonNode after = police.get("/api/v1/police/watchlist?communes=" + VAN_MON + "&limit=100").json().path("sites");
		assertThat(after.valueStream().filter(s -> s.path("siteId").asLong() == id).findFirst().orElseThrow()
			.path("signals").path("scrapStockpiled").asBoolean()).isTrue();
	}
}
