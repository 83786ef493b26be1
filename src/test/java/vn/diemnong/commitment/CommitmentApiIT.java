package vn.diemnong.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;

/** Commitments recorded, their coverage per commune, broken ones in the risk, scope, refusals and the audit trail. */
@IntegrationTest
class CommitmentApiIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api env;

	@BeforeEach
	void client() {
		env = new Api(port, "moitruong");
	}

	/** A commune none of the demo's sites lie in, and a point inside it: the test's own commune. */
	record TestCommune(String code, double[] point) {
	}

	TestCommune emptyCommune() {
		return jdbc.sql("""
				SELECT c.code, ST_X(ST_PointOnSurface(c.geom)) AS lon, ST_Y(ST_PointOnSurface(c.geom)) AS lat
				FROM commune_current c
				WHERE NOT EXISTS (SELECT 1 FROM site_current s WHERE s.commune_code = c.code)
				  AND c.code NOT IN ('09190', '09238')
				ORDER BY c.code LIMIT 1""")
			.query((rs, n) -> new TestCommune(rs.getString("code"),
					new double[] { rs.getDouble("lon"), rs.getDouble("lat") }))
			.single();
	}

	long site(Api api, String kind, String trade, double[] point) {
		Api.Response created = api.post("/api/v1/sites", Map.of("name", Fixtures.unique("Cam kết " + trade), "kind",
				kind, "trade", trade, "geometry", Fixtures.point(point)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static Map<String, Object> commitment(LocalDate signedOn, LocalDate validUntil, String... promises) {
		Map<String, Object> body = new HashMap<>();
		body.put("signedOn", signedOn.toString());
		body.put("signerName", "Nguyễn Văn Ký");
		body.put("signerRole", "household_head");
		body.put("promises", List.of(promises.length == 0 ? new String[] { "no_scrap_recycling" } : promises));
		body.put("validUntil", validUntil.toString());
		return body;
	}

	Api.Response record(String username, long site, Object commitment) {
		return new Multipart().json("commitment", commitment).file("scan", "cam-ket.png", "image/png", SCAN)
			.post(port, "/api/v1/sites/" + site + "/commitments", username);
	}

	/** A small real PNG: the signed page's scan. */
	static final byte[] SCAN = png(Color.WHITE);

	static byte[] png(Color colour) {
		BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(colour);
		g.fillRect(0, 0, 40, 60);
		g.setColor(Color.BLACK);
		g.drawLine(5, 50, 35, 45);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	long recorded(long site, Object commitment) {
		Api.Response answer = record("moitruong", site, commitment);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("commitments").get(0).get("id").asLong();
	}

	JsonNode coverage(String code) {
		Api.Response answer = env.get("/api/v1/communes/" + code + "/commitment-coverage");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	@Test
	void coverageCountsTheSitesThatMustSignAndThoseWithAValidCommitment() {
		TestCommune commune = emptyCommune();
		JsonNode before = coverage(commune.code());
		long collector = site(env, "household_workshop", "scrap_trading", commune.point());
		long recycler = site(env, "recycling_facility", "plastic_recycling", commune.point());
		long reactivated = site(env, "household_workshop", "pottery", commune.point());
		long food = site(env, "household_workshop", "food_processing", commune.point());
		site(env, "craft_village", "paper_recycling", commune.point());
		Api.Response seen = env.post("/api/v1/sites/" + reactivated + "/status-events", Map.of("newStatus", "reactivated",
				"occurredOn", TODAY.minusDays(20).toString(), "reason", "thấy lò hoạt động lại"));
		assertThat(seen.status()).as(seen.body()).isEqualTo(201);

		recorded(collector, commitment(TODAY.minusDays(30), TODAY.plusYears(1)));
		long expired = recorded(recycler, commitment(TODAY.minusDays(400), TODAY.minusDays(35)));
		recorded(food, commitment(TODAY.minusDays(5), TODAY.plusYears(1)));

		JsonNode after = coverage(commune.code());
		assertThat(after.get("needed").asLong() - before.get("needed").asLong()).isEqualTo(3);
		assertThat(after.get("covered").asLong() - before.get("covered").asLong()).isEqualTo(1);
		assertThat(after.get("expired").asLong() - before.get("expired").asLong()).isEqualTo(1);
		assertThat(after.get("unsigned").asLong() - before.get("unsigned").asLong()).isEqualTo(1);
		assertThat(after.get("target").asDouble()).isEqualTo(1.0);
		assertThat(before.get("needed").asLong()).isZero();
		assertThat(after.get("share").asDouble()).isEqualTo(0.3333);
		assertThat(after.get("sites").valueStream().map(s -> s.get("id").asLong()).toList())
			.containsExactlyInAnyOrder(collector, recycler, reactivated);
		assertThat(after.get("sites").valueStream().filter(s -> s.get("id").asLong() == reactivated)
			.map(s -> s.get("state").asString())).containsExactly("unsigned");

		// a new signature supersedes the expired one: the history keeps both
		Map<String, Object> renewal = commitment(TODAY.minusDays(1), TODAY.plusYears(2), "no_scrap_collection",
				"relocate_to_cluster");
		renewal.put("relocateBy", TODAY.plusYears(1).toString());
		long renewed = recorded(recycler, renewal);
		assertThat(coverage(commune.code()).get("share").asDouble()).isEqualTo(0.6667);
		JsonNode history = env.get("/api/v1/sites/" + recycler + "/commitments").json().get("commitments");
		assertThat(history.valueStream().map(c -> c.get("id").asLong()).toList()).containsExactly(renewed, expired);
		assertThat(history.get(0).get("state").asString()).isEqualTo("valid");
		assertThat(history.get(0).get("supersedesId").asLong()).isEqualTo(expired);
		assertThat(history.get(1).get("state").asString()).isEqualTo("superseded");

		// the province's layer and table say the same
		JsonNode layer = env.get("/api/v1/commitment-coverage").json();
		JsonNode feature = layer.get("features").valueStream().filter(f -> f.get("id").asString().equals(commune.code()))
			.findFirst().orElseThrow();
		assertThat(feature.get("properties").get("covered").asLong()).isEqualTo(2);
		assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
		assertThat((long) layer.get("features").size()).isEqualTo(
				jdbc.sql("SELECT count(*) FROM commune_current").query(Long.class).single());
		Api.Response csv = env.get("/api/v1/commitment-coverage?format=csv", "Accept-Language", "en");
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF").contains(commune.code()).contains("Covered");
	}

	@Test
	void aSiteSeenWorkingAfterSigningHasABrokenCommitmentFirstInItsRisk() {
		long site = Fixtures.site(env, Fixtures.unique("Hộ cam kết rồi tái hoạt động"), Fixtures.VO_CUONG);
		long id = recorded(site, commitment(TODAY.minusDays(60), TODAY.plusYears(1)));
		assertThat(env.get("/api/v1/sites/" + site + "/commitments").json().get("commitments").get(0).get("state")
			.asString()).isEqualTo("valid");
		long coveredBefore = coverage("09190").get("covered").asLong();

		Api.Response seen = env.post("/api/v1/sites/" + site + "/status-events", Map.of("newStatus", "reactivated",
				"occurredOn", TODAY.minusDays(2).toString(), "reason", "đốt dây điện lấy đồng"));
		assertThat(seen.status()).as(seen.body()).isEqualTo(201);
		long event = jdbc.sql("SELECT max(id) FROM site_status_fact WHERE site_id = ?").param(site).query(Long.class)
			.single();

		JsonNode entry = env.get("/api/v1/sites/" + site + "/commitments").json().get("commitments").get(0);
		assertThat(entry.get("state").asString()).isEqualTo("broken");
		assertThat(entry.get("brokenOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
		assertThat(entry.get("breach").get("id").asLong()).isEqualTo(event);
		assertThat(coverage("09190").get("covered").asLong()).isEqualTo(coveredBefore - 1);
		assertThat(jdbc.sql("SELECT commitment_id FROM broken_commitment WHERE site_id = ? AND current")
			.param(site).query(Long.class).single()).isEqualTo(id);

		JsonNode risk = env.get("/api/v1/sites/" + site + "/risk").json();
		JsonNode reason = risk.get("reasons").valueStream()
			.filter(r -> r.get("code").asString().equals("broken-commitment")).findFirst().orElseThrow();
		assertThat(reason.get("recordType").asString()).isEqualTo("commitment");
		assertThat(reason.get("recordId").asLong()).isEqualTo(id);
		assertThat(reason.get("date").asString()).isEqualTo(TODAY.minusDays(2).toString());
		double highest = risk.get("reasons").valueStream().mapToDouble(r -> r.get("contribution").asDouble()).max()
			.orElseThrow();
		assertThat(reason.get("contribution").asDouble()).isEqualTo(highest);

		// a field observation that finds the site working breaks a commitment too
		long observed = Fixtures.site(env, Fixtures.unique("Hộ bị quan sát"), Fixtures.VO_CUONG);
		long promise = recorded(observed, commitment(TODAY.minusDays(30), TODAY.plusYears(1)));
		Multipart observation = new Multipart().json("observation", Map.of("findings", List.of("working"),
				"position", Fixtures.point(Fixtures.VO_CUONG), "accuracyM", 8.0,
				"observedAt", TODAY.minusDays(1) + "T09:00:00+07:00"));
		observation.header("Idempotency-Key", "commitment-it-" + observed);
		Api.Response sent = observation.post(port, "/api/v1/sites/" + observed + "/observations", "xa.vocuong");
		assertThat(sent.status()).as(sent.body()).isIn(200, 201);
		JsonNode breach = env.get("/api/v1/sites/" + observed + "/commitments").json().get("commitments").get(0);
		assertThat(breach.get("state").asString()).isEqualTo("broken");
		assertThat(breach.get("breach").get("type").asString()).isEqualTo("observation");
		assertThat(jdbc.sql("SELECT commitment_id FROM broken_commitment WHERE site_id = ?").param(observed)
			.query(Long.class).single()).isEqualTo(promise);

		// a site seen working before it signed has not broken anything
		long earlier = Fixtures.site(env, Fixtures.unique("Hộ ký sau"), Fixtures.VO_CUONG);
		env.post("/api/v1/sites/" + earlier + "/status-events", Map.of("newStatus", "reactivated", "occurredOn",
				TODAY.minusDays(10).toString(), "reason", "hoạt động"));
		recorded(earlier, commitment(TODAY.minusDays(3), TODAY.plusYears(1)));
		assertThat(env.get("/api/v1/sites/" + earlier + "/commitments").json().get("commitments").get(0).get("state")
			.asString()).isEqualTo("valid");
	}

	@Test
	void aCommuneRecordsAndReadsOnlyItsOwnAndAViewerReadsCoverageOnly() {
		long vanMon = Fixtures.site(env, Fixtures.unique("Cơ sở Văn Môn"), Fixtures.VAN_MON);
		long voCuong = Fixtures.site(env, Fixtures.unique("Cơ sở Võ Cường"), Fixtures.VO_CUONG);
		Api voCuongUser = env.as("xa.vocuong");
		assertThat(record("xa.vocuong", vanMon, commitment(TODAY, TODAY.plusYears(1))).problem())
			.isEqualTo("id:not-found.site");
		assertThat(voCuongUser.get("/api/v1/sites/" + vanMon + "/commitments").status()).isEqualTo(404);
		assertThat(record("xa.vocuong", voCuong, commitment(TODAY, TODAY.plusYears(1))).status()).isEqualTo(201);
		assertThat(record("congan", vanMon, commitment(TODAY, TODAY.plusYears(1))).status()).isEqualTo(201);
		assertThat(env.get("/api/v1/sites/" + voCuong + "/commitments").json().get("commitments").get(0)
			.get("witnessedBy").asString()).isEqualTo("xa.vocuong");

		assertThat(voCuongUser.get("/api/v1/communes/09238/commitment-coverage").status()).isEqualTo(404);
		assertThat(voCuongUser.get("/api/v1/communes/09190/commitment-coverage").status()).isEqualTo(200);
		assertThat(voCuongUser.get("/api/v1/commitment-coverage").json().get("features").valueStream()
			.map(f -> f.get("id").asString()).toList()).containsExactly("09190");

		Api viewer = env.as("xem");
		assertThat(viewer.get("/api/v1/commitment-coverage").status()).isEqualTo(200);
		assertThat(viewer.get("/api/v1/communes/09238/commitment-coverage").status()).isEqualTo(200);
		assertThat(viewer.get("/api/v1/sites/" + vanMon + "/commitments").status()).isEqualTo(403);
		assertThat(record("xem", vanMon, commitment(TODAY, TODAY.plusYears(1))).status()).isEqualTo(403);
		assertThat(new Api(port).get("/api/v1/commitment-coverage").status()).isEqualTo(401);
	}

	@Test
	void eachBadFieldIsNamedAndNothingIsStored() {
		long site = Fixtures.site(env, Fixtures.unique("Cơ sở nhập sai"), Fixtures.VO_CUONG);
		Map<String, Object> bad = commitment(TODAY.plusDays(3), TODAY, "relocate_to_cluster", "other", "burn_it");
		bad.put("signerRole", "neighbour");
		Api.Response refused = record("moitruong", site, bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString() + ":"
				+ e.get("code").asString()).toList()).containsExactlyInAnyOrder("signerRole:unknown-value",
						"promises:unknown-value", "signedOn:future-date", "validUntil:commitment-ends-before-signing",
						"relocateBy:commitment-relocate-date", "promiseOther:commitment-other-text");

		Map<String, Object> blank = commitment(TODAY, TODAY.plusYears(1));
		blank.put("signerName", " ");
		blank.put("promises", List.of());
		Api.Response constraints = record("moitruong", site, blank);
		assertThat(constraints.status()).isEqualTo(400);
		assertThat(constraints.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.contains("signerName", "promises");

		Api.Response messages = new Multipart().json("commitment", commitment(TODAY, TODAY.minusDays(1)))
			.file("scan", "scan.png", "image/png", SCAN).post(port, "/api/v1/sites/" + site + "/commitments", "moitruong");
		assertThat(messages.json().get("errors").get(0).get("messageVi").asString()).isEqualTo("ngày này phải từ ngày ký trở đi");
		assertThat(messages.json().get("errors").get(0).get("messageEn").asString())
			.isEqualTo("this date must not be before the signing date");

		assertThat(record("moitruong", site, "{\"signedOn\": ").status()).isEqualTo(400);
		long village = jdbc.sql("SELECT id FROM site_current WHERE compound LIMIT 1").query(Long.class).single();
		assertThat(record("moitruong", village, commitment(TODAY, TODAY.plusYears(1))).problem())
			.isEqualTo("siteId:commitment-compound");

		recorded(site, commitment(TODAY.minusDays(2), TODAY.plusYears(1)));
		assertThat(record("moitruong", site, commitment(TODAY.minusDays(5), TODAY.plusYears(1))).problem())
			.isEqualTo("signedOn:commitment-before-current");
		assertThat(env.get("/api/v1/sites/" + site + "/commitments").json().get("commitments").size()).isEqualTo(1);
	}

	@Test
	void aCommitmentIsAuditedAndNeverRewritten() {
		long site = Fixtures.site(env, Fixtures.unique("Cơ sở kiểm toán"), Fixtures.VO_CUONG);
		long id = new Multipart().json("commitment", commitment(TODAY, TODAY.plusYears(1), "stop_discharge"))
			.file("scan", "scan.png", "image/png", SCAN).post(port, "/api/v1/sites/" + site + "/commitments", "xa.vocuong").json().get("commitments").get(0)
			.get("id").asLong();
		JsonNode events = env.get("/api/v1/audit?record=commitment:" + id).json();
		assertThat(events.valueStream().map(e -> e.get("action").asString()).toList()).containsExactly("commitment.create");
		assertThat(events.get(0).get("actor").asString()).isEqualTo("xa.vocuong");
		assertThat(Api.json(events.get(0).get("after").asString()).get("signer_name").asString())
			.isEqualTo("Nguyễn Văn Ký");

		assertThatThrownBy(() -> jdbc.sql("UPDATE commitment SET valid_until = valid_until + 365 WHERE id = ?")
			.param(id).update()).hasMessageContaining("commitment");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM commitment WHERE id = ?").param(id).update())
			.hasMessageContaining("commitment");
	}

	@Test
	void theScanIsAPhotoKnownByTheHashOfTheBytesReceivedAndReadOnlyByThoseWhoReadTheCommitment() throws Exception {
		long site = Fixtures.site(env, Fixtures.unique("Cơ sở có bản quét"), Fixtures.VO_CUONG);
		byte[] scan = png(new Color(250, 245, 230));
		Api.Response answer = new Multipart().json("commitment", commitment(TODAY, TODAY.plusYears(1)))
			.file("scan", "scan.png", "image/png", scan).post(port, "/api/v1/sites/" + site + "/commitments", "xa.vocuong");
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		String sha = answer.json().get("commitments").get(0).get("scanSha256").asString();
		assertThat(sha).isEqualTo(sha256(scan));
		assertThat(env.as("xa.vocuong").get("/api/v1/photos/" + sha + "?size=thumb").status()).isEqualTo(200);
		assertThat(env.get("/api/v1/photos/" + sha).status()).isEqualTo(200);
		assertThat(env.as("xa.vanmon").get("/api/v1/photos/" + sha).status()).isEqualTo(404);
		// VIEWER reads no photos at all (personal data, README "Who sees what")
		assertThat(env.as("xem").get("/api/v1/photos/" + sha).status()).isEqualTo(403);

		Api.Response none = new Multipart().json("commitment", commitment(TODAY, TODAY.plusYears(1)))
			.post(port, "/api/v1/sites/" + site + "/commitments", "moitruong");
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.problem()).isEqualTo("scan:commitment-scan-missing");
		Api.Response text = new Multipart().json("commitment", commitment(TODAY, TODAY.plusYears(1)))
			.file("scan", "scan.png", "image/png", "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.post(port, "/api/v1/sites/" + site + "/commitments", "moitruong");
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.problem()).isEqualTo("scan:photo.wrong-type");
		assertThat(env.get("/api/v1/sites/" + site + "/commitments").json().get("commitments").size()).isEqualTo(1);
	}
}
