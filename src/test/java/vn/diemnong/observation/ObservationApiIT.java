package vn.diemnong.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.photo.Photos;
import vn.diemnong.photo.TestPhotos;

/** Field observations over HTTP: photos as evidence, the distance flag, exactly once, scope, history and risk. */
@IntegrationTest
class ObservationApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String COMMUNE = "xa.vocuong";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long site(String name) {
		return Fixtures.site(new Api(port, "moitruong"), Fixtures.unique(name), Fixtures.VO_CUONG);
	}

	private static Map<String, Object> observation(double[] lonLat, String... findings) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("findings", List.of(findings));
		o.put("note", "Kiểm tra buổi sáng");
		o.put("position", Fixtures.point(lonLat));
		o.put("accuracyM", 12.5);
		o.put("observedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(5).withNano(0).toString());
		return o;
	}

	private Api.Response file(long site, String user, String key, Map<String, Object> observation, byte[]... photos) {
		Multipart request = new Multipart().json("observation", JSON.writeValueAsString(observation));
		for (byte[] photo : photos) {
			request.file("photos", "IMG_0001.jpg", "image/jpeg", photo);
		}
		return request.post(port, "/api/v1/sites/" + site + "/observations", user, "Idempotency-Key", key);
	}

	private long stored(long site) {
		return jdbc.sql("SELECT count(*) FROM observation WHERE site_id = ?").param(site).query(Long.class).single();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	@Test
	void anObservationWithAPhotoIsEvidenceInTheHistoryTheAuditTrailAndThePhotoEndpoint() throws Exception {
		long site = site("Xưởng quan sát");
		byte[] photo = TestPhotos.jpegWithGps(800, 600, 21.16714, 106.06056, 1);

		Api.Response filed = file(site, COMMUNE, key(), observation(Fixtures.VO_CUONG, "working", "smoke_or_smell"), photo);

		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		JsonNode body = filed.json();
		long id = body.get("id").asLong();
		assertThat(filed.header("Location")).isEqualTo("/api/v1/observations/" + id);
		String sha = body.get("photos").get(0).get("sha256").asString();
		assertThat(sha).isEqualTo(Photos.sha256Of(photo));
		assertThat(body.get("photos").get(0).get("exifPosition").get("coordinates").get(1).asDouble())
			.isCloseTo(21.16714, within(1e-5));
		assertThat(body.get("far").asBoolean()).isFalse();
		assertThat(body.get("distanceM").asDouble()).isLessThan(1);
		assertThat(body.get("findings").valueStream().map(JsonNode::asString)).containsExactly("working", "smoke_or_smell");
		assertThat(body.get("recordedBy").asString()).isEqualTo(COMMUNE);
		assertThat(body.has("statusEventId")).isFalse();
		assertThat(new Api(port, COMMUNE).get("/api/v1/observations/" + id).body()).isEqualTo(filed.body());

		HttpResponse<byte[]> original = Multipart.getBytes(port, "/api/v1/photos/" + sha, COMMUNE);
		assertThat(original.statusCode()).isEqualTo(200);
		assertThat(original.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(new String(original.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
			.doesNotContain(TestPhotos.CAMERA_MAKE);
		HttpResponse<byte[]> thumb = Multipart.getBytes(port, "/api/v1/photos/" + sha + "?size=thumb", "moitruong");
		assertThat(thumb.statusCode()).isEqualTo(200);
		assertThat(ImageIO.read(new ByteArrayInputStream(thumb.body())).getWidth()).isEqualTo(320);
		assertThat(Multipart.getBytes(port, "/api/v1/photos/" + sha, "xa.vanmon").statusCode())
			.as("another commune sees no record citing it").isEqualTo(404);

		JsonNode entries = new Api(port, COMMUNE).get("/api/v1/sites/" + site + "/history").json().get("entries");
		JsonNode entry = entries.valueStream().filter(e -> e.get("type").asString().equals("observation")).findFirst()
			.orElseThrow();
		assertThat(entry.get("id").asLong()).isEqualTo(id);
		assertThat(entry.get("photos").get(0).asString()).isEqualTo(sha);

		String audit = new Api(port, "moitruong").get("/api/v1/audit?record=observation:" + id).body();
		assertThat(audit).contains(sha).contains("observation.create").contains(COMMUNE);
		assertThat(new Api(port, "moitruong").get("/api/v1/audit?record=photo:" + sha).body()).contains("photo.receive");
	}

	@Test
	void anObservationFarFromTheSiteIsAcceptedAndFlaggedWithTheDistance() {
		long site = site("Xưởng xa");
		double[] away = { Fixtures.VO_CUONG[0] + 0.005, Fixtures.VO_CUONG[1] };
		Api.Response filed = file(site, COMMUNE, key(), observation(away, "nobody_there"));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		assertThat(filed.json().get("far").asBoolean()).isTrue();
		assertThat(filed.json().get("distanceM").asDouble()).isCloseTo(519, within(5.0));
		assertThat(filed.json().get("maxDistanceM").asDouble()).isEqualTo(300);
	}

	@Test
	void photosAreJudgedByTheirContentNotTheirNameAndEachRefusalNamesThePhoto() {
		long site = site("Xưởng ảnh");
		Api.Response png = file(site, COMMUNE, key(), observation(Fixtures.VO_CUONG, "working"), TestPhotos.png(40, 30));
		assertThat(png.status()).as(png.body()).isEqualTo(201);
		assertThat(png.json().get("photos").get(0).get("mediaType").asString()).isEqualTo("image/png");

		byte[] text = "GPS: 21.1, 106.0 — not a photo".getBytes(StandardCharsets.UTF_8);
		Api.Response refused = file(site, COMMUNE, key(), observation(Fixtures.VO_CUONG, "working"),
				TestPhotos.jpeg(30, 30), text);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problem()).isEqualTo("photos[1]:photo.wrong-type");
		assertThat(refused.json().get("errors").get(0).get("messageEn").asString()).contains("JPEG or PNG");
		assertThat(refused.json().get("errors").get(0).get("messageVi").asString()).contains("không phải ảnh");

		byte[] big = Arrays.copyOf(TestPhotos.jpeg(30, 30), 10 * 1024 * 1024 + 1);
		Api.Response tooLarge = file(site, COMMUNE, key(), observation(Fixtures.VO_CUONG, "working"), big);
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.problem()).isEqualTo("photos[0]:photo.too-large");
		assertThat(stored(site)).as("nothing stored by a refused filing").isOne();
	}

	@Test
	void theSameKeyAgainGetsTheFirstAnswerAndStoresNothingEvenWhenTheRepeatsRace() throws Exception {
		long site = site("Xưởng gửi lại");
		String key = key();
		Map<String, Object> observation = observation(Fixtures.VO_CUONG, "scrap_brought_in");
		byte[] photo = TestPhotos.jpeg(64, 48);
		Api.Response first = file(site, COMMUNE, key, observation, photo);
		Api.Response again = file(site, COMMUNE, key, observation, photo);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(stored(site)).isOne();

		Map<String, Object> other = new LinkedHashMap<>(observation);
		other.put("note", "Nội dung khác");
		Api.Response reused = file(site, COMMUNE, key, other, photo);
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.problem()).isEqualTo("Idempotency-Key:observation.key-reused");
		assertThat(stored(site)).isOne();

		String raced = key();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Api.Response>> both = List.of(1, 2).stream()
				.map(n -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return file(site, COMMUNE, raced, observation, photo);
				}, pool))
				.toList();
			start.countDown();
			List<Api.Response> answers = both.stream().map(CompletableFuture::join).toList();
			assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
			assertThat(answers.get(0).body()).isEqualTo(answers.get(1).body());
			assertThat(answers).extracting(a -> a.header("Idempotency-Replayed")).containsExactlyInAnyOrder("true",
					"false");
		}
		finally {
			pool.shutdown();
		}
		assertThat(stored(site)).as("one for each key").isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'observation.create' AND record_id IN "
				+ "(SELECT id::text FROM observation WHERE site_id = ?)").param(site).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void aCommuneObservesOnlyItsOwnSitesAndViewersAndThePublicNone() {
		long vanMon = Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng Văn Môn"), Fixtures.VAN_MON);
		Api.Response other = file(vanMon, COMMUNE, key(), observation(Fixtures.VAN_MON, "working"));
		assertThat(other.status()).isEqualTo(404);
		assertThat(stored(vanMon)).isZero();
		assertThat(file(vanMon, "xem", key(), observation(Fixtures.VAN_MON, "working")).status()).isEqualTo(403);
		assertThat(file(vanMon, null, key(), observation(Fixtures.VAN_MON, "working")).status()).isEqualTo(401);
		Api.Response police = file(vanMon, "congan", key(), observation(Fixtures.VAN_MON, "working"));
		assertThat(police.status()).as(police.body()).isEqualTo(201);
		long id = police.json().get("id").asLong();
		assertThat(new Api(port, COMMUNE).get("/api/v1/observations/" + id).status()).isEqualTo(404);
		assertThat(new Api(port, "xa.vanmon").get("/api/v1/observations/" + id).status()).isEqualTo(200);
		assertThat(file(vanMon, "congan", "short", observation(Fixtures.VAN_MON, "working")).problem())
			.isEqualTo("Idempotency-Key:observation.key-format");
		assertThat(stored(vanMon)).isOne();
	}

	@Test
	void aRestartSeenIsTheSitesStatusEventAndARiskReasonNamingTheObservation() {
		long site = site("Xưởng hoạt động lại");
		Api env = new Api(port, "moitruong");
		assertThat(env.post("/api/v1/sites/" + site + "/status-events", Map.of("newStatus", "suspended",
				"occurredOn", "2026-11-01", "reason", "Đình chỉ")).status()).isEqualTo(201);

		Api.Response seen = file(site, COMMUNE, key(), observation(Fixtures.VO_CUONG, "working", "scrap_stockpiled"));
		assertThat(seen.status()).as(seen.body()).isEqualTo(201);
		long id = seen.json().get("id").asLong();
		assertThat(seen.json().get("statusBefore").asString()).isEqualTo("suspended");
		JsonNode reasons = env.get("/api/v1/sites/" + site + "/risk").json().get("reasons");
		assertThat(reasons.valueStream().filter(r -> r.get("recordType").asString().equals("observation")
				&& r.get("recordId").asLong() == id).map(r -> r.get("code").asString()))
			.containsExactlyInAnyOrder("observation-restart", "observation-stockpile");

		Map<String, Object> reactivated = observation(Fixtures.VO_CUONG);
		reactivated.put("newStatus", "reactivated");
		Api.Response changed = file(site, COMMUNE, key(), reactivated);
		assertThat(changed.status()).as(changed.body()).isEqualTo(201);
		long event = changed.json().get("statusEventId").asLong();
		assertThat(env.get("/api/v1/sites/" + site).json().get("properties").get("status").asString())
			.isEqualTo("reactivated");
		JsonNode history = env.get("/api/v1/sites/" + site + "/history").json().get("entries");
		assertThat(history.valueStream().anyMatch(e -> e.get("type").asString().equals("status")
				&& e.get("id").asLong() == event && e.get("newStatus").asString().equals("reactivated"))).isTrue();
		assertThat(env.get("/api/v1/sites/" + site + "/risk").json().get("reasons").valueStream()
			.anyMatch(r -> r.get("code").asString().equals("observation-restart")
					&& r.get("recordId").asLong() == changed.json().get("id").asLong())).isTrue();
	}

	@Test
	void aSiteNotOnTheListIsRegisteredAtThePositionOnce() {
		Map<String, Object> observation = observation(new double[] { 106.0612, 21.1668 }, "working", "scrap_stockpiled");
		String name = Fixtures.unique("Bãi phế liệu mới");
		observation.put("site", Map.of("name", name));
		String key = key();
		Multipart request = new Multipart().json("observation", JSON.writeValueAsString(observation));
		Api.Response filed = request.post(port, "/api/v1/observations", COMMUNE, "Idempotency-Key", key);
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		assertThat(filed.json().get("siteRegistered").asBoolean()).isTrue();
		long site = filed.json().get("siteId").asLong();
		JsonNode registered = new Api(port, COMMUNE).get("/api/v1/sites/" + site).json().get("properties");
		assertThat(registered.get("name").asString()).isEqualTo(name);
		assertThat(registered.get("kind").asString()).isEqualTo("household_workshop");
		assertThat(filed.json().get("distanceM").asDouble()).isZero();

		Api.Response again = new Multipart().json("observation", JSON.writeValueAsString(observation))
			.post(port, "/api/v1/observations", COMMUNE, "Idempotency-Key", key);
		assertThat(again.body()).isEqualTo(filed.body());
		assertThat(jdbc.sql("SELECT count(*) FROM site_current WHERE name = ?").param(name).query(Long.class).single())
			.isOne();
	}

	private static void await(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
