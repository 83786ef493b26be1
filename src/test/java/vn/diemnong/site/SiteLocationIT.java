package vn.diemnong.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** Correcting a site's location, kept in its history; and a stale version that says who changed what since. */
@IntegrationTest
class SiteLocationIT {

	/** In Võ Cường, about 600 m north-east of its representative point. */
	static final double[] SURVEYED = { 106.0650, 21.1710 };

	/** In Văn Môn, outside Võ Cường. */
	static final double[] ELSEWHERE = Fixtures.VAN_MON;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, "moitruong");
	}

	@Test
	void aCorrectionMovesTheSiteAndKeepsTheMoveInItsHistory() {
		long id = Fixtures.site(api, Fixtures.unique("Xưởng giấy gần đúng"), Fixtures.VO_CUONG);
		Api.Response corrected = api.post("/api/v1/sites/" + id + "/location-corrections",
				Map.of("geometry", Fixtures.point(SURVEYED), "precision", "surveyed",
						"source", "Biên bản kiểm tra hiện trường", "changedOn", "2026-03-12"),
				"If-Match", "\"0\"");

		assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
		assertThat(corrected.header("Location")).startsWith("/api/v1/sites/" + id + "/history#location-");
		assertThat(corrected.header("ETag")).isEqualTo("\"1\"");
		JsonNode site = api.get("/api/v1/sites/" + id).json();
		assertThat(site.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(SURVEYED[0]);
		assertThat(site.get("properties").get("locationPrecision").asString())
			.isEqualTo("surveyed on site (GPS); source: Biên bản kiểm tra hiện trường (location corrected on 2026-03-12)");
		assertThat(site.get("properties").get("locationPrecisionVi").asString()).startsWith("đo tại hiện trường (GPS)");

		JsonNode entries = api.get("/api/v1/sites/" + id + "/history?from=2026-01-01").json().get("entries");
		JsonNode moved = entries.valueStream().filter(e -> e.get("type").asString().equals("location")).findFirst()
			.orElseThrow();
		assertThat(moved.get("date").asString()).isEqualTo("2026-03-12");
		assertThat(moved.get("precision").asString()).isEqualTo("surveyed");
		assertThat(moved.get("source").asString()).isEqualTo("Biên bản kiểm tra hiện trường");
		assertThat(moved.get("recordedBy").asString()).isEqualTo("moitruong");
		assertThat(moved.get("lon").asDouble()).isEqualTo(SURVEYED[0]);
		assertThat(moved.get("movedM").asLong()).isBetween(400L, 900L);

		JsonNode audit = api.get("/api/v1/audit?record=site:" + id).json();
		assertThat(audit.valueStream().map(e -> e.get("action").asString())).contains("site.location");
	}

	@Test
	void aCorrectionNeedsTheCurrentVersionAPrecisionAndASource() {
		long id = Fixtures.site(api, Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		String path = "/api/v1/sites/" + id + "/location-corrections";
		Map<String, Object> body = Map.of("geometry", Fixtures.point(SURVEYED), "precision", "surveyed", "source", "GPS");
		assertThat(api.post(path, body).status()).isEqualTo(428);
		assertThat(api.post(path, Map.of("geometry", Fixtures.point(SURVEYED), "precision", "guessed", "source", "x"),
				"If-Match", "\"0\"").problem()).isEqualTo("precision:unknown-value");
		assertThat(api.post(path, Map.of("geometry", Fixtures.point(SURVEYED), "precision", "surveyed", "source", " "),
				"If-Match", "\"0\"").problem()).isEqualTo("source:constraint.NotBlank");
		assertThat(api.as("congan").post(path, body, "If-Match", "\"0\"").status()).isEqualTo(403);
		assertThat(api.post(path, body, "If-Match", "\"0\"").status()).isEqualTo(201);

		Api.Response stale = api.post(path, body, "If-Match", "\"0\"");
		assertThat(stale.status()).isEqualTo(412);
		JsonNode change = stale.json().get("changes").get(0);
		assertThat(change.get("action").asString()).isEqualTo("site.location");
		assertThat(change.get("fields").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("geometry", "locationPrecision");
	}

	@Test
	void aCommuneMayCorrectOnlyWithinItsCommunes() {
		long id = Fixtures.site(api, Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		Api commune = api.as("xa.vocuong");
		String path = "/api/v1/sites/" + id + "/location-corrections";
		Api.Response outside = commune.post(path,
				Map.of("geometry", Fixtures.point(ELSEWHERE), "precision", "address", "source", "địa chỉ"),
				"If-Match", "\"0\"");
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.problem()).startsWith("geometry:outside-");
		assertThat(commune.post(path, Map.of("geometry", Fixtures.point(SURVEYED), "precision", "address",
				"source", "địa chỉ"), "If-Match", "\"0\"").status()).isEqualTo(201);
	}

	@Test
	void theCorrectionsCannotBeRewritten() {
		long id = Fixtures.site(api, Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		api.post("/api/v1/sites/" + id + "/location-corrections",
				Map.of("geometry", Fixtures.point(SURVEYED), "precision", "imagery", "source", "ảnh vệ tinh"),
				"If-Match", "\"0\"");
		assertThatThrownBy(() -> jdbc.sql("UPDATE site_location_change SET source = 'x' WHERE site_id = ?").param(id)
			.update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM site_location_change WHERE site_id = ?").param(id).update())
			.rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void aStaleVersionSaysWhoChangedWhichFieldsSince() {
		long id = Fixtures.site(api, Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		String path = "/api/v1/sites/" + id;
		assertThat(api.as("xa.vocuong").patch(path, Map.of("name", Fixtures.unique("Xưởng giấy"), "address",
				"thôn Dương Ổ"), "If-Match", "\"0\"").status()).isEqualTo(200);
		assertThat(api.patch(path, Map.of("note", "đã kiểm tra"), "If-Match", "\"1\"").status()).isEqualTo(200);

		Api.Response stale = api.patch(path, Map.of("operatorName", "Trần Văn C"), "If-Match", "\"0\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.problem()).isEqualTo("If-Match:stale-version");
		JsonNode changes = stale.json().get("changes");
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0).get("by").asString()).isEqualTo("xa.vocuong");
		assertThat(changes.get(0).get("action").asString()).isEqualTo("site.update");
		assertThat(changes.get(0).get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
		assertThat(changes.get(0).get("fields").valueStream().map(JsonNode::asString))
			.containsExactly("address", "name");
		assertThat(changes.get(1).get("by").asString()).isEqualTo("moitruong");
		assertThat(changes.get(1).get("fields").valueStream().map(JsonNode::asString)).containsExactly("note");
		// only what came after the version sent
		assertThat(api.patch(path, Map.of("note", "x"), "If-Match", "\"1\"").json().get("changes")).hasSize(1);
		assertThat(List.of(api.get(path).header("ETag"))).containsExactly("\"2\"");
	}
}
