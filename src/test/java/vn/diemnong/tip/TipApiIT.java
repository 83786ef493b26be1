package vn.diemnong.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;
import vn.diemnong.photo.TestPhotos;

/** Citizens' tips through the API: routing, the bypass, duplicates, deadlines, the contact's secrecy, abuse. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TipApiIT {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tips tips;

	/** Each tip from an address of its own (X-Forwarded-For from loopback is trusted), clear of the rate limit. */
	private Api.Response report(Map<String, Object> tip) {
		return new Api(port).post("/api/v1/tips", tip, "X-Forwarded-For", "198.51.100." + ADDRESSES.incrementAndGet() % 250);
	}

	private static Map<String, Object> tip(double[] lonLat, String description) {
		Map<String, Object> tip = new HashMap<>();
		tip.put("position", Map.of("lon", lonLat[0], "lat", lonLat[1]));
		tip.put("findings", List.of("working", "smoke_or_smell"));
		tip.put("seenOn", LocalDate.now(VIETNAM).toString());
		tip.put("description", description);
		return tip;
	}

	private String filed(Map<String, Object> tip) {
		Api.Response response = report(tip);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String reference = response.json().get("reference").asString();
		assertThat(reference).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		return reference;
	}

	private long idOf(String description) {
		for (JsonNode tip : new Api(port, "moitruong").get("/api/v1/tips?limit=1000").json()) {
			if (description.equals(tip.path("description").asString(null))) {
				return tip.get("id").asLong();
			}
		}
		throw new AssertionError("no tip " + description);
	}

	@Test
	void aTipGoesToTheCommuneWhoseBoundaryHoldsIt() {
		String text = Fixtures.unique("Khói đen ở Võ Cường");
		filed(tip(Fixtures.VO_CUONG, text));
		long id = idOf(text);
		Api voCuong = new Api(port, "xa.vocuong");
		JsonNode seen = voCuong.get("/api/v1/tips/" + id).json().get("tip");
		assertThat(seen.get("communeCode").asString()).isEqualTo("09190");
		assertThat(seen.get("status").asString()).isEqualTo("received");
		assertThat(seen.has("hasContact")).as("a commune does not learn whether the reporter left a contact").isFalse();
		assertThat(voCuong.get("/api/v1/tips").json().findValuesAsString("description")).contains(text);
		Api vanMon = voCuong.as("xa.vanmon");
		assertThat(vanMon.get("/api/v1/tips/" + id).status()).isEqualTo(404);
		assertThat(vanMon.get("/api/v1/tips").json().findValuesAsString("description")).doesNotContain(text);
		assertThat(vanMon.get("/api/v1/tips?commune=09190").json()).isEmpty();
		assertThat(vanMon.get("/api/v1/tips/" + id + "/contact").status()).isEqualTo(403);
		assertThat(new Api(port, "xem").get("/api/v1/tips").status()).isEqualTo(403);
		assertThat(new Api(port).get("/api/v1/tips").status()).isEqualTo(401);
	}

	@Test
	void whenTheCommunesOfficialsAreInvolvedOnlyTheDepartmentAndThePoliceSeeTheTip() {
		String text = Fixtures.unique("Cán bộ xã làm ngơ");
		Map<String, Object> tip = tip(Fixtures.VO_CUONG, text);
		tip.put("officialsInvolved", true);
		filed(tip);
		long id = idOf(text);
		Api voCuong = new Api(port, "xa.vocuong");
		assertThat(voCuong.get("/api/v1/tips/" + id).status()).isEqualTo(404);
		assertThat(voCuong.get("/api/v1/tips?limit=1000").json().findValuesAsString("description")).doesNotContain(text);
		assertThat(voCuong.patch("/api/v1/tips/" + id, Map.of("status", "verifying"), "If-Match", "\"0\"").status())
			.isEqualTo(404);
		JsonNode police = voCuong.as("congan").get("/api/v1/tips/" + id).json().get("tip");
		assertThat(police.get("officialsInvolved").asBoolean()).isTrue();
		assertThat(police.get("communeCode").asString()).isEqualTo("09190");
		// nor does the public hint show it near the point
		JsonNode nearby = new Api(port).get("/api/v1/public/tips/nearby?lon=" + Fixtures.VO_CUONG[0] + "&lat="
				+ Fixtures.VO_CUONG[1]).json();
		assertThat(nearby.toString()).doesNotContain(text);
		assertThat(voCuong.as("congan").get("/api/v1/tips/queues").json().findValuesAsString("communeCode"))
			.contains("09190");
	}

	@Test
	void tipsWithin200MetresAnd7DaysAreProposedAsDuplicates() {
		double[] here = { 106.0712, 21.1602 };
		double[] near = { here[0] + 0.001, here[1] };  // about 104 m east
		double[] far = { here[0], here[1] + 0.0045 };  // about 500 m north
		String first = Fixtures.unique("Tập kết phế liệu");
		String second = Fixtures.unique("Xe chở phế liệu");
		String third = Fixtures.unique("Xa hơn");
		filed(tip(here, first));
		filed(tip(near, second));
		filed(tip(far, third));
		long a = idOf(first);
		long b = idOf(second);
		long c = idOf(third);
		JsonNode one = new Api(port, "moitruong").get("/api/v1/tips/" + a).json().get("tip");
		List<Long> candidates = new ArrayList<>();
		one.get("duplicateCandidates").forEach(id -> candidates.add(id.asLong()));
		assertThat(candidates).contains(b).doesNotContain(c, a);

		// the public hint near the first shows the open tips without their words, reference or number
		JsonNode nearby = new Api(port).get("/api/v1/public/tips/nearby?lon=" + here[0] + "&lat=" + here[1]).json();
		assertThat(nearby.get("tips")).isNotEmpty();
		assertThat(nearby.toString()).doesNotContain(first, second, "\"id\":" + a, "description", "contact",
				"reference");
		JsonNode shown = nearby.get("tips").get(0);
		assertThat(shown.get("lon").asDouble() * 1000).isCloseTo(Math.rint(shown.get("lon").asDouble() * 1000),
				org.assertj.core.data.Offset.offset(1e-6));

		// a reporter adds to one of them: their tip is filed against it
		Map<String, Object> same = tip(here, Fixtures.unique("Cùng chỗ"));
		same.put("sameAs", shown.get("handle").asString());
		filed(same);
		Map<String, Object> unknown = tip(here, Fixtures.unique("Không rõ"));
		unknown.put("sameAs", UUID.randomUUID().toString());
		Api.Response refused = report(unknown);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problem()).isEqualTo("sameAs:tip.same-as-unknown");

		// a handler marks the second a duplicate of the first
		Api env = new Api(port, "moitruong");
		Api.Response marked = env.patch("/api/v1/tips/" + b, Map.of("status", "duplicate", "duplicateOf", a),
				"If-Match", "\"0\"");
		assertThat(marked.status()).as(marked.body()).isEqualTo(200);
		assertThat(marked.json().get("tip").get("duplicateOf").asLong()).isEqualTo(a);
	}

	@Test
	void overdueIsJudgedAtMidnightInVietnam() {
		String text = Fixtures.unique("Hạn trả lời");
		filed(tip(Fixtures.VO_CUONG, text));
		long id = idOf(text);
		LocalDate respondBy = jdbc.sql("SELECT respond_by FROM tip WHERE id = ?").param(id).query(LocalDate.class).single();
		assertThat(respondBy).isEqualTo(LocalDate.now(VIETNAM).plusDays(7));
		Instant midnight = respondBy.plusDays(1).atStartOfDay(VIETNAM).toInstant();
		for (Instant now : List.of(midnight.minusSeconds(1), midnight)) {
			boolean inJava = tips.deadline().overdue(respondBy, TipStatus.RECEIVED, now);
			boolean inSql = jdbc.sql("SELECT tip_overdue(respond_by, status, :today) FROM tip WHERE id = :id")
				.param("today", tips.deadline().today(now)).param("id", id).query(Boolean.class).single();
			assertThat(inSql).as("SQL and Java agree at " + now).isEqualTo(inJava);
			assertThat(inJava).as("overdue at " + now).isEqualTo(now.equals(midnight));
		}
		Api env = new Api(port, "moitruong");
		assertThat(env.get("/api/v1/tips?overdue=false&limit=1000").json().findValuesAsString("description")).contains(text);
		assertThat(env.get("/api/v1/tips?overdue=true&limit=1000").json().findValuesAsString("description"))
			.doesNotContain(text);
	}

	@Test
	void theContactIsNeverInPlainTextInTheDatabaseTheLogOrARefusal(CapturedOutput output) {
		String contact = "bao.tin." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
		String text = Fixtures.unique("Có liên hệ");
		Map<String, Object> tip = tip(Fixtures.VO_CUONG, text);
		tip.put("contact", contact);
		filed(tip);
		long id = idOf(text);

		Map<String, Object> wrong = tip(Fixtures.VO_CUONG, text);
		wrong.put("contact", contact);
		wrong.put("findings", List.of("working", "fire"));
		Api.Response refused = report(wrong);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).doesNotContain(contact);
		Map<String, Object> badContact = tip(Fixtures.VO_CUONG, text);
		badContact.put("contact", "gọi " + contact + " <script>");
		Api.Response refusedContact = report(badContact);
		assertThat(refusedContact.problem()).isEqualTo("contact:tip.contact-invalid");
		assertThat(refusedContact.body()).doesNotContain(contact);
		assertThat(new Api(port).post("/api/v1/tips", "{\"contact\": \"" + contact + "\", ", "X-Forwarded-For",
				"198.51.100.251").body()).doesNotContain(contact);

		Api env = new Api(port, "moitruong");
		assertThat(env.get("/api/v1/tips/" + id).json().get("tip").get("hasContact").asBoolean()).isTrue();
		assertThat(env.get("/api/v1/tips/" + id).body()).doesNotContain(contact);
		assertThat(env.get("/api/v1/tips/" + id + "/contact").json().get("contact").asString()).isEqualTo(contact);
		assertThat(env.as("congan").get("/api/v1/tips/" + id + "/contact").json().get("contact").asString())
			.isEqualTo(contact);
		Api.Response commune = env.as("xa.vocuong").get("/api/v1/tips/" + id + "/contact");
		assertThat(commune.status()).isEqualTo(403);
		assertThat(commune.body()).doesNotContain(contact);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE action = 'tip.view_contact' AND record_id = ?""")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
		assertThat(env.get("/api/v1/audit?record=tip:" + id).body()).doesNotContain(contact);
		// the reporter's address is not kept with the tip's creation
		assertThat(jdbc.sql("""
				SELECT actor || coalesce(address::text, '') FROM audit_event WHERE action = 'tip.create' AND record_id = ?""")
			.param(String.valueOf(id)).query(String.class).single()).isEqualTo("public");

		// every row of every table, as text, and the bytes as hex
		List<String> holding = new ArrayList<>();
		for (String table : jdbc.sql("""
				SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
				  AND table_name <> 'spatial_ref_sys'""").query(String.class).list()) {
			long rows = jdbc.sql("""
					SELECT count(*) FROM "%s" x
					WHERE strpos(lower(x::text), lower(:plain)) > 0
					   OR strpos(lower(x::text), encode(convert_to(:plain, 'UTF8'), 'hex')) > 0""".formatted(table))
				.param("plain", contact).query(Long.class).single();
			if (rows > 0) {
				holding.add(table);
			}
		}
		assertThat(holding).as("tables holding the contact in plain text").isEmpty();
		assertThat(jdbc.sql("SELECT contact_cipher IS NOT NULL FROM tip WHERE id = ?").param(id).query(Boolean.class)
			.single()).isTrue();
		assertThat(output.getAll()).doesNotContain(contact);
	}

	@Test
	void theReporterFollowsTheTipByItsCodeAndAddsToIt() {
		String text = Fixtures.unique("Theo dõi");
		String reference = filed(tip(Fixtures.VO_CUONG, text));
		Api anonymous = new Api(port);
		JsonNode status = anonymous.get("/api/v1/tips/status/" + reference.toLowerCase().replace("-", "")).json();
		assertThat(status.get("reference").asString()).isEqualTo(reference);
		assertThat(status.get("status").asString()).isEqualTo("received");
		assertThat(status.get("receivedOn").asString()).isEqualTo(LocalDate.now(VIETNAM).toString());
		assertThat(status.toString()).doesNotContain(text, "09190", "lon");
		Api.Response added = anonymous.post("/api/v1/tips/status/" + reference + "/additions",
				Map.of("text", "Tối nay lại đốt"), "X-Forwarded-For", "198.51.100.252");
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("additions").asInt()).isEqualTo(1);
		long id = idOf(text);
		assertThat(new Api(port, "xa.vocuong").get("/api/v1/tips/" + id).json().get("additions")
			.findValuesAsString("text")).containsExactly("Tối nay lại đốt");
		// the audit trail keeps the tip, not the code that opens it
		assertThat(new Api(port, "moitruong").get("/api/v1/audit?record=tip:" + id).body())
			.contains("tip.create", "tip.addition").doesNotContain(reference.replace("-", ""));

		// an unknown and a malformed code answer alike, saying nothing
		Api.Response unknown = anonymous.get("/api/v1/tips/status/0000-0000-0000");
		Api.Response malformed = anonymous.get("/api/v1/tips/status/abc");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(unknown.json().get("errors")).isEqualTo(malformed.json().get("errors"));
		assertThat(anonymous.post("/api/v1/tips/status/0000-0000-0000/additions", Map.of("text", "x"),
				"X-Forwarded-For", "198.51.100.253").status()).isEqualTo(404);
	}

	@Test
	void handlersMoveATipThroughItsLifeCycleUnderIfMatch() {
		String text = Fixtures.unique("Vòng đời");
		filed(tip(Fixtures.VO_CUONG, text));
		long id = idOf(text);
		Api commune = new Api(port, "xa.vocuong");
		assertThat(commune.patch("/api/v1/tips/" + id, Map.of("status", "verifying")).status()).isEqualTo(428);
		Api.Response verifying = commune.patch("/api/v1/tips/" + id, Map.of("status", "verifying"), "If-Match", "\"0\"");
		assertThat(verifying.status()).as(verifying.body()).isEqualTo(200);
		assertThat(verifying.header("ETag")).isEqualTo("\"1\"");
		assertThat(commune.patch("/api/v1/tips/" + id, Map.of("status", "unfounded"), "If-Match", "\"0\"").status())
			.isEqualTo(412);
		Api.Response noSite = commune.patch("/api/v1/tips/" + id, Map.of("status", "verified"), "If-Match", "\"1\"");
		assertThat(noSite.problem()).isEqualTo("siteId:tip.verified-needs-site");
		Api.Response verified = commune.patch("/api/v1/tips/" + id, Map.of("status", "verified", "newSuspectedSite",
				true, "note", "Đã đến kiểm tra"), "If-Match", "\"1\"");
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		long site = verified.json().get("tip").get("siteId").asLong();
		assertThat(commune.get("/api/v1/sites/" + site).json().get("properties").get("communeCode").asString())
			.isEqualTo("09190");
		assertThat(jdbc.sql("SELECT count(*) FROM tip_near_site WHERE site_id = ? AND verified").param(site)
			.query(Long.class).single()).isPositive();
		// the verified tip is a reason of the site's risk, naming the tip
		JsonNode reasons = commune.get("/api/v1/sites/" + site + "/risk").json().get("reasons");
		assertThat(reasons.valueStream().filter(r -> r.get("code").asString().equals("tip"))
			.map(r -> r.get("recordType").asString() + ":" + r.get("recordId").asLong())).containsExactly("tip:" + id);
		Api.Response again = commune.patch("/api/v1/tips/" + id, Map.of("status", "unfounded"), "If-Match", "\"2\"");
		assertThat(again.problem()).isEqualTo("status:tip.status-transition");
		assertThat(commune.patch("/api/v1/tips/" + id, Map.of("status", "closed"), "If-Match", "\"2\"").problem())
			.isEqualTo("status:unknown-value");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'tip.update' AND record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void photosCameWithTheTipAndOnlyThoseWhoSeeTheTipMayReadThem() throws Exception {
		String text = Fixtures.unique("Có ảnh");
		byte[] jpeg = TestPhotos.jpegWithGps(64, 48, 21.16714, 106.06056, 1);
		Map<String, Object> body = tip(Fixtures.VO_CUONG, text);
		Api.Response filed = new Multipart().json("tip", body).file("photos", "a.jpg", "image/jpeg", jpeg)
			.post(port, "/api/v1/tips", null, "X-Forwarded-For", "198.51.100.254");
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		long id = idOf(text);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
		Api env = new Api(port, "moitruong");
		assertThat(env.get("/api/v1/tips/" + id).json().get("tip").get("photos").get(0).asString()).isEqualTo(sha);
		assertThat(env.get("/api/v1/photos/" + sha).status()).isEqualTo(200);
		assertThat(env.as("xa.vocuong").get("/api/v1/photos/" + sha + "?size=thumb").status()).isEqualTo(200);
		assertThat(env.as("xa.vanmon").get("/api/v1/photos/" + sha).status()).isEqualTo(404);
		assertThat(new Api(port).get("/api/v1/photos/" + sha).status()).isIn(401, 404);
		// the photo's record keeps no address of the reporter
		assertThat(jdbc.sql("SELECT uploaded_by FROM photo WHERE sha256 = ?").param(sha).query(String.class).single())
			.doesNotContain("198.51.100");

		// a tip with a photo that is not one is refused and stores nothing
		Api.Response bad = new Multipart().json("tip", tip(Fixtures.VO_CUONG, text + " 2"))
			.file("photos", "b.jpg", "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8))
			.post(port, "/api/v1/tips", null, "X-Forwarded-For", "198.51.100.254");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("photos[0]", "photo.wrong-type");
		assertThat(new Api(port, "moitruong").get("/api/v1/tips?limit=1000").json().findValuesAsString("description"))
			.doesNotContain(text + " 2");
	}

	@Test
	void badTipsAreRefusedFieldByField() {
		Map<String, Object> outside = tip(new double[] { 105.0, 20.0 }, "ngoài tỉnh");
		assertThat(report(outside).problem()).isEqualTo("position:outside-province");
		Map<String, Object> finding = tip(Fixtures.VO_CUONG, "sai");
		finding.put("findings", List.of("fire"));
		assertThat(report(finding).problem()).isEqualTo("findings:unknown-value");
		Map<String, Object> none = tip(Fixtures.VO_CUONG, "không có");
		none.put("findings", List.of());
		assertThat(report(none).problem()).startsWith("findings:constraint.Size");
		Map<String, Object> future = tip(Fixtures.VO_CUONG, "tương lai");
		future.put("seenOn", LocalDate.now(VIETNAM).plusDays(2).toString());
		assertThat(report(future).status()).isEqualTo(400);
		Map<String, Object> longText = tip(Fixtures.VO_CUONG, "x".repeat(2001));
		assertThat(report(longText).problem()).isEqualTo("description:constraint.Size");
		Map<String, Object> noPosition = tip(Fixtures.VO_CUONG, "không vị trí");
		noPosition.remove("position");
		assertThat(report(noPosition).problem()).isEqualTo("position:constraint.NotNull");
		Map<String, Object> site = tip(Fixtures.VO_CUONG, "cơ sở");
		site.put("siteId", 999_999_999);
		assertThat(report(site).problem()).isEqualTo("siteId:not-found.site");
		Api.Response big = new Api(port).postRaw("/api/v1/tips", "{\"description\": \"" + "x".repeat(1_100_000) + "\"}",
				"application/json");
		assertThat(big.status()).isEqualTo(413);
	}

	@Test
	void oneAddressMayFileOnlyAFewTipsAMinute() {
		String address = "203.0.113." + (ADDRESSES.incrementAndGet() % 250);
		Api anonymous = new Api(port);
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			statuses.add(anonymous.post("/api/v1/tips", tip(Fixtures.VAN_MON, Fixtures.unique("Lặp")),
					"X-Forwarded-For", address).status());
		}
		assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
		Api.Response limited = anonymous.post("/api/v1/tips", tip(Fixtures.VAN_MON, "x"), "X-Forwarded-For", address);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isNotBlank();
		// another address is not held back
		assertThat(report(tip(Fixtures.VAN_MON, Fixtures.unique("Khác"))).status()).isEqualTo(201);
	}
}
