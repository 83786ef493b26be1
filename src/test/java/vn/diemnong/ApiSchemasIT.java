package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.diemnong.photo.TestPhotos;
import vn.diemnong.patrol.execution.PatrolPlans;

/**
 * The OpenAPI document tells the truth: real answers of every operation (and refusals) are validated against the
 * schema the document gives for their status and media type. Every object schema is made closed for the check
 * ({@code additionalProperties: false}), so a member the document does not name fails as well as a missing one.
 */
@IntegrationTest
class ApiSchemasIT {

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	record Answer(String method, String path, Api.Response response) {
	}

	@Test
	void everyAnswerIsWhatTheDocumentSays() {
		Api anonymous = new Api(port);
		Api env = new Api(port, "moitruong");
		Api admin = env.as("quantri");
		long site = Fixtures.site(env, Fixtures.unique("Tài liệu API"), Fixtures.VO_CUONG);
		long village = env.get("/api/v1/sites?kind=craft_village&limit=1").json().get("features").get(0).get("id")
			.asLong();
		String cell = env.get("/api/v1/hotspots/gi").json().get("features").get(0).get("id").asString();
		String version = env.get("/api/v1/sites/" + site).header("ETag");
		long user = admin.get("/api/v1/users").json().get(0).get("id").asLong();

		List<Answer> answers = new ArrayList<>(List.of(
				answer("GET", "/api/v1/sites", env.get("/api/v1/sites?limit=20")),
				answer("GET", "/api/v1/sites", env.get("/api/v1/sites?limit=20&sort=risk&kind=craft_village,household_workshop")),
				answer("GET", "/api/v1/sites/{id}", env.get("/api/v1/sites/" + village)),
				answer("GET", "/api/v1/sites/{id}/history", env.get("/api/v1/sites/" + village + "/history")),
				answer("GET", "/api/v1/sites/{id}/risk", env.get("/api/v1/sites/" + village + "/risk")),
				answer("POST", "/api/v1/sites", env.post("/api/v1/sites",
						Fixtures.newSite(Fixtures.unique("Tài liệu"), Fixtures.VO_CUONG))),
				answer("PATCH", "/api/v1/sites/{id}", env.patch("/api/v1/sites/" + site,
						Map.of("note", "Ghi chú", "parentId", village), "If-Match", version)),
				answer("POST", "/api/v1/sites/{id}/status-events", env.post("/api/v1/sites/" + site + "/status-events",
						Map.of("newStatus", "suspended", "occurredOn", "2026-11-03", "reason", "Quan sát"))),
				answer("POST", "/api/v1/inspections", env.post("/api/v1/inspections", inspection(site))),
				answer("POST", "/api/v1/sites/{id}/location-corrections", env.post("/api/v1/sites/" + site
						+ "/location-corrections", Map.of("geometry", Fixtures.point(new double[] { 106.065, 21.171 }),
						"precision", "surveyed", "source", "Đo GPS"), "If-Match", env.get("/api/v1/sites/" + site)
						.header("ETag"))),
				answer("GET", "/api/v1/sites/{id}/history", env.get("/api/v1/sites/" + site + "/history")),
				answer("GET", "/api/v1/public/sites", anonymous.get("/api/v1/public/sites?limit=50")),
				answer("GET", "/api/v1/public/sites/{id}", anonymous.get("/api/v1/public/sites/" + village)),
				answer("GET", "/api/v1/public/communes", anonymous.get("/api/v1/public/communes?simplify=0.01")),
				answer("GET", "/api/v1/communes", env.get("/api/v1/communes?simplify=0.01")),
				answer("GET", "/api/v1/communes/{code}/history", env.get("/api/v1/communes/09190/history?from=2023-01-01")),
				answer("GET", "/api/v1/communes/{code}/hotspots", env.get("/api/v1/communes/09190/hotspots")),
				answer("GET", "/api/v1/communes/{code}/todo", env.get("/api/v1/communes/09190/todo")),
				answer("GET", "/api/v1/hotspots/gi", env.get("/api/v1/hotspots/gi")),
				answer("GET", "/api/v1/hotspots/emerging", env.get("/api/v1/hotspots/emerging")),
				answer("GET", "/api/v1/hotspots/cells/{id}", env.get("/api/v1/hotspots/cells/" + cell)),
				answer("GET", "/api/v1/hotspots/cells/{id}", env.get("/api/v1/hotspots/cells/" + hotCell(env))),
				answer("GET", "/api/v1/audit", env.get("/api/v1/audit?record=site:" + site)),
				answer("GET", "/api/v1/audit", admin.get("/api/v1/audit?limit=50")),
				answer("GET", "/api/v1/audit/verify", env.get("/api/v1/audit/verify")),
				answer("GET", "/api/v1/config", anonymous.get("/api/v1/config")),
				answer("GET", "/api/v1/regulation/limits", env.get("/api/v1/regulation/limits?date=2025-10-01")),
				answer("GET", "/api/v1/me", env.get("/api/v1/me")),
				answer("GET", "/api/v1/me", anonymous.get("/api/v1/me")),
				answer("GET", "/api/v1/users", admin.get("/api/v1/users")),
				answer("POST", "/api/v1/users", admin.post("/api/v1/users", Map.of("username",
						"u" + Fixtures.unique("").trim(), "displayName", "Người thử", "password", "mat-khau-dai-2026",
						"role", "VIEWER"))),
				answer("PATCH", "/api/v1/users/{id}", admin.patch("/api/v1/users/" + user,
						Map.of("displayName", Fixtures.unique("Tên")))),
				answer("GET", "/api/v1/police/watchlist", env.get("/api/v1/police/watchlist?limit=20")),
				answer("GET", "/api/v1/police/posts", env.get("/api/v1/police/posts")),
				answer("POST", "/api/v1/patrol-plans", env.post("/api/v1/patrol-plans", Map.of("date", "2026-12-01",
						"communes", List.of("09190"), "start", Fixtures.point(Fixtures.VO_CUONG), "hours", 2))),
				// refusals
				answer("POST", "/api/v1/patrol-plans", env.post("/api/v1/patrol-plans", Map.of("date", "2026-12-01",
						"start", Fixtures.point(Fixtures.VO_CUONG)))),
				answer("GET", "/api/v1/patrol-plans/{id}", env.get("/api/v1/patrol-plans/999999999")),
				answer("GET", "/api/v1/sites/{id}", env.get("/api/v1/sites/999999999")),
				answer("GET", "/api/v1/communes/{code}/todo", env.as("xa.vocuong").get("/api/v1/communes/09238/todo")),
				answer("GET", "/api/v1/sites", env.get("/api/v1/sites?limit=abc")),
				answer("GET", "/api/v1/sites", anonymous.get("/api/v1/sites")),
				answer("GET", "/api/v1/sites", admin.get("/api/v1/sites")),
				answer("PATCH", "/api/v1/sites/{id}", env.patch("/api/v1/sites/" + site, Map.of("note", "x"))),
				answer("PATCH", "/api/v1/sites/{id}", env.patch("/api/v1/sites/" + site, Map.of("note", "x"),
						"If-Match", version)),
				answer("POST", "/api/v1/sites", env.post("/api/v1/sites", Map.of("name", "x")))));
		long inspection = answers.stream().filter(a -> a.path().equals("/api/v1/inspections")).findFirst().orElseThrow()
			.response().json().get("id").asLong();
		answers.add(answer("GET", "/api/v1/inspections/{id}", env.get("/api/v1/inspections/" + inspection)));
		answers.addAll(observations(site));
		tips(anonymous, env, answers);
		answers.addAll(commitments(site));
		long plan = answers.stream().filter(a -> a.path().equals("/api/v1/patrol-plans")).findFirst().orElseThrow()
			.response().json().get("id").asLong();
		answers.add(answer("GET", "/api/v1/patrol-plans/{id}", env.get("/api/v1/patrol-plans/" + plan)));
		answers.addAll(patrolAnswers(env, site));

		JsonNode document = anonymous.get("/v3/api-docs").json();
		ObjectNode components = closed((ObjectNode) document.get("components").deepCopy());
		List<String> wrong = new ArrayList<>();
		Set<String> covered = new TreeSet<>();
		for (Answer answer : answers) {
			Api.Response response = answer.response();
			String name = answer.method() + " " + answer.path() + " " + response.status();
			String mediaType = response.header("Content-Type").split(";")[0].strip();
			// a photo is documented as image/* (JPEG or PNG, as received): binary, no JSON to check
			boolean image = mediaType.startsWith("image/");
			JsonNode schema = document.get("paths").path(answer.path()).path(answer.method().toLowerCase(Locale.ROOT))
				.path("responses").path(Integer.toString(response.status())).path("content")
				.path(image ? "image/*" : mediaType).path("schema");
			if (schema.isMissingNode()) {
				wrong.add(name + ": the document gives no schema for " + mediaType);
				continue;
			}
			if (response.status() < 300) {
				covered.add(answer.method() + " " + answer.path());
			}
			if (image) {
				continue;
			}
			errors(schema, components, response.body()).stream().limit(5).forEach(error -> wrong.add(name + ": " + error));
		}
		assertThat(wrong).isEmpty();
		assertThat(covered).as("every operation answered once at least").hasSize(57);
	}

	/** Citizens' tips: the public's operations (from an address of their own, clear of the tip rate limit) and the handlers'. */
	private static void tips(Api anonymous, Api env, List<Answer> answers) {
		String text = Fixtures.unique("Tài liệu tin báo");
		Map<String, Object> tip = Map.of("position", Map.of("lon", Fixtures.VO_CUONG[0], "lat", Fixtures.VO_CUONG[1]),
				"findings", List.of("working"), "seenOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
					.toString(), "description", text, "contact", "0912 345 678");
		Api.Response filed = anonymous.post("/api/v1/tips", tip, "X-Forwarded-For", "198.18.0.1");
		String reference = filed.json().get("reference").asString();
		answers.add(answer("POST", "/api/v1/tips", filed));
		answers.add(answer("POST", "/api/v1/tips", anonymous.post("/api/v1/tips", Map.of("findings", List.of("fire")),
				"X-Forwarded-For", "198.18.0.1")));
		answers.add(answer("GET", "/api/v1/tips/status/{reference}", anonymous.get("/api/v1/tips/status/" + reference)));
		answers.add(answer("GET", "/api/v1/tips/status/{reference}", anonymous.get("/api/v1/tips/status/nothing")));
		answers.add(answer("POST", "/api/v1/tips/status/{reference}/additions", anonymous.post("/api/v1/tips/status/"
				+ reference + "/additions", Map.of("text", "Thêm"), "X-Forwarded-For", "198.18.0.2")));
		answers.add(answer("GET", "/api/v1/public/tips/nearby", anonymous.get("/api/v1/public/tips/nearby?lon="
				+ Fixtures.VO_CUONG[0] + "&lat=" + Fixtures.VO_CUONG[1])));
		Api.Response list = env.get("/api/v1/tips?commune=09190&status=received&overdue=false");
		answers.add(answer("GET", "/api/v1/tips", list));
		answers.add(answer("GET", "/api/v1/tips", env.as("xa.vocuong").get("/api/v1/tips")));
		long id = -1;
		for (JsonNode item : list.json()) {
			if (text.equals(item.path("description").asString(null))) {
				id = item.get("id").asLong();
			}
		}
		answers.add(answer("GET", "/api/v1/tips/queues", env.get("/api/v1/tips/queues")));
		answers.add(answer("GET", "/api/v1/tips/{id}", env.get("/api/v1/tips/" + id)));
		answers.add(answer("GET", "/api/v1/tips/{id}/contact", env.get("/api/v1/tips/" + id + "/contact")));
		answers.add(answer("GET", "/api/v1/tips/{id}/contact", env.as("xa.vocuong").get("/api/v1/tips/" + id + "/contact")));
		answers.add(answer("PATCH", "/api/v1/tips/{id}", env.patch("/api/v1/tips/" + id, Map.of("status", "verifying"),
				"If-Match", "\"0\"")));
		answers.add(answer("PATCH", "/api/v1/tips/{id}", env.patch("/api/v1/tips/" + id, Map.of("status", "verifying"),
				"If-Match", "\"0\"")));
	}

	/** The check can fail: a member the document does not name, or a missing one, is caught. */
	@Test
	void anAnswerThatStraysFromTheDocumentIsCaught() {
		Api env = new Api(port, "moitruong");
		ObjectNode components = closed((ObjectNode) new Api(port).get("/v3/api-docs").json().get("components").deepCopy());
		JsonNode schema = Api.json("{\"$ref\": \"#/components/schemas/SiteDetail\"}");
		long id = env.get("/api/v1/sites?limit=1").json().get("features").get(0).get("id").asLong();
		ObjectNode site = (ObjectNode) env.get("/api/v1/sites/" + id).json();
		assertThat(errors(schema, components, site.toString())).isEmpty();

		((ObjectNode) site.get("properties")).put("owner", "undocumented");
		assertThat(errors(schema, components, site.toString())).isNotEmpty();
		((ObjectNode) site.get("properties")).remove(List.of("owner", "communeCode"));
		assertThat(errors(schema, components, site.toString())).isNotEmpty();
	}

	private static List<Error> errors(JsonNode schema, ObjectNode components, String body) {
		ObjectNode root = (ObjectNode) schema.deepCopy();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.set("components", components);
		return SCHEMAS.getSchema(root.toString(), InputFormat.JSON).validate(body, InputFormat.JSON);
	}

	/** Observations filed (with a photo), repeated, refused, read back; the photo; the history showing them. */
	private List<Answer> commitments(long site) {
		Api env = new Api(port, "moitruong");
		String commitment = """
				{"signedOn": "2026-11-02", "signerName": "Trần Văn Ký", "signerRole": "director",
				 "promises": ["no_scrap_recycling", "relocate_to_cluster"], "relocateBy": "2027-06-30",
				 "validUntil": "2027-11-02"}""";
		return List.of(
				answer("POST", "/api/v1/sites/{id}/commitments", new Multipart()
					.json("commitment", commitment).file("scan", "cam-ket.png", "image/png",
							TestPhotos.png(60, 80))
					.post(port, "/api/v1/sites/" + site + "/commitments", "moitruong")),
				answer("POST", "/api/v1/sites/{id}/commitments", new Multipart()
					.json("commitment", commitment.replace("2027-11-02", "2020-01-01"))
					.post(port, "/api/v1/sites/" + site + "/commitments", "moitruong")),
				answer("GET", "/api/v1/sites/{id}/commitments", env.get("/api/v1/sites/" + site + "/commitments")),
				answer("GET", "/api/v1/communes/{code}/commitment-coverage",
						env.get("/api/v1/communes/09190/commitment-coverage")),
				answer("GET", "/api/v1/communes/{code}/commitment-coverage",
						env.as("xa.vocuong").get("/api/v1/communes/09238/commitment-coverage")),
				answer("GET", "/api/v1/commitment-coverage", env.get("/api/v1/commitment-coverage?simplify=0.01")));
	}

	private List<Answer> observations(long site) {
		Api env = new Api(port, "moitruong");
		String observation = """
				{"findings": ["working", "scrap_stockpiled"], "note": "Đang chạy máy", "accuracyM": 8,
				 "position": {"type": "Point", "coordinates": [106.0607, 21.1672]},
				 "observedAt": "2026-11-03T09:15:00+07:00"}""";
		String key = UUID.randomUUID().toString();
		Multipart filing = new Multipart().json("observation", observation)
			.file("photos", "anh.jpg", "image/jpeg", TestPhotos.jpegWithGps(64, 48, 21.1672, 106.0607, 1));
		Api.Response filed = filing.post(port, "/api/v1/sites/" + site + "/observations", "moitruong", "Idempotency-Key", key);
		String sha = filed.json().get("photos").get(0).get("sha256").asString();
		String newSite = observation.replace("\"accuracyM\"", "\"site\": {\"name\": \"Bãi mới tài liệu\"}, \"accuracyM\"");
		List<Answer> answers = new ArrayList<>(List.of(
				answer("POST", "/api/v1/sites/{id}/observations", filed),
				answer("POST", "/api/v1/sites/{id}/observations", new Multipart()
					.json("observation", observation.replace("Đang chạy máy", "khác"))
					.post(port, "/api/v1/sites/" + site + "/observations", "moitruong", "Idempotency-Key", key)),
				answer("POST", "/api/v1/sites/{id}/observations", new Multipart()
					.json("observation", observation).file("photos", "a.jpg", "image/jpeg", new byte[] { 1, 2, 3 })
					.post(port, "/api/v1/sites/" + site + "/observations", "moitruong", "Idempotency-Key",
							UUID.randomUUID().toString())),
				answer("POST", "/api/v1/observations", new Multipart().json("observation", newSite)
					.post(port, "/api/v1/observations", "moitruong", "Idempotency-Key",
							UUID.randomUUID().toString())),
				answer("GET", "/api/v1/observations/{id}", env.get("/api/v1/observations/" + filed.json().get("id").asLong())),
				answer("GET", "/api/v1/sites/{id}/history", env.get("/api/v1/sites/" + site + "/history")),
				answer("GET", "/api/v1/photos/{sha256}", env.get("/api/v1/photos/" + sha + "?size=thumb")),
				answer("GET", "/api/v1/photos/{sha256}", env.get("/api/v1/photos/" + "0".repeat(64)))));
		return answers;
	}

	/** A cell with sites and violations inside, so that their schemas are checked too. */
	private static String hotCell(Api env) {
		for (JsonNode feature : env.get("/api/v1/hotspots/gi").json().get("features")) {
			if (feature.get("properties").get("class").asString().startsWith("hot")) {
				return feature.get("id").asString();
			}
		}
		throw new IllegalStateException("no hot cell in the demo province");
	}

	private static Answer answer(String method, String path, Api.Response response) {
		return new Answer(method, path, response);
	}

	private static Map<String, Object> inspection(long site) {
		return Map.of("siteId", site, "inspectedOn", "2026-11-03", "kind", "unannounced", "team",
				List.of("environment", "police"), "samples",
				List.of(Map.of("medium", "wastewater", "parameter", "COD", "value", 410, "unit", "mg/l"),
						Map.of("medium", "wastewater", "parameter", "pH", "value", 4.4, "unit", "pH")),
				"violations", List.of(Map.of("category", "wastewater_exceedance", "severity", 2, "decisionNumber",
						"77/QĐ-XPHC", "decidedOn", "2026-11-05", "fineVnd", 25_000_000, "remedialDeadline", "2027-01-05")));
	}

	/** Every object schema with named members admits no other member. */
	private static ObjectNode closed(ObjectNode node) {
		boolean object = node.path("type").isString() && node.get("type").stringValue().equals("object");
		if (object && node.has("properties") && !node.has("additionalProperties")) {
			node.put("additionalProperties", false);
		}
		node.properties().forEach(member -> {
			if (member.getValue() instanceof ObjectNode child) {
				closed(child);
			}
			else if (member.getValue().isArray()) {
				member.getValue().forEach(item -> {
					if (item instanceof ObjectNode child) {
						closed(child);
					}
				});
			}
		});
		return node;
	}

	/** A patrol carried through: created, started, an outcome, a track batch (and the same again), finished. */
	private List<Answer> patrolAnswers(Api env, long site) {
		Api police = env.as("congan");
		long plan = PatrolPlans.plan(jdbc, List.of(site));
		Api.Response created = police.post("/api/v1/patrol-plans/" + plan + "/patrols", Map.of("team", "Tổ 1"));
		String patrol = "/api/v1/patrols/" + created.json().get("id").asLong();
		List<Answer> answers = new ArrayList<>();
		answers.add(answer("POST", "/api/v1/patrol-plans/{planId}/patrols", created));
		answers.add(answer("POST", "/api/v1/patrols/{id}/finish", police.post(patrol + "/finish", Map.of())));
		answers.add(answer("POST", "/api/v1/patrols/{id}/start", police.post(patrol + "/start", Map.of())));
		answers.add(answer("POST", "/api/v1/patrols/{id}/stops/{order}/outcome", police.post(patrol + "/stops/1/outcome",
				Map.of("outcome", "visited", "found", "Lò đang hoạt động"))));
		Map<String, Object> batch = Map.of("points", List.of(
				Map.of("lon", 106.06, "lat", 21.167, "accuracy", 8, "recordedAt", OffsetDateTime.now().toString()),
				Map.of("lon", 106.061, "lat", 21.167, "recordedAt", OffsetDateTime.now().toString())));
		answers.add(answer("POST", "/api/v1/patrols/{id}/track", police.post(patrol + "/track", batch,
				"Idempotency-Key", "schemas-" + plan)));
		answers.add(answer("POST", "/api/v1/patrols/{id}/track", police.post(patrol + "/track", batch,
				"Idempotency-Key", "schemas-" + plan)));
		answers.add(answer("POST", "/api/v1/patrols/{id}/track", police.post(patrol + "/track", batch)));
		answers.add(answer("GET", "/api/v1/patrols/{id}", police.get(patrol)));
		answers.add(answer("POST", "/api/v1/patrols/{id}/finish", police.post(patrol + "/finish", Map.of())));
		answers.add(answer("GET", "/api/v1/sites/{id}/history", police.get("/api/v1/sites/" + site + "/history")));
		answers.add(answer("GET", "/api/v1/patrols/effort", police.get("/api/v1/patrols/effort")));
		answers.add(answer("GET", "/api/v1/patrols/coverage", police.get("/api/v1/patrols/coverage")));
		return answers;
	}
}
