package vn.diemnong.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** Every refusal is problem+json naming the field and the reason in vi and en, and writes nothing. */
@IntegrationTest
class SiteBadInputIT {

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
	void pointOutsideTheProvinceIsRefused() {
		assertRefused(() -> site(Map.of("type", "Point", "coordinates", List.of(105.85, 21.03))), 400, "geometry:outside-province");
	}

	@Test
	void swappedLatitudeAndLongitudeGetAHint() {
		Api.Response response = assertRefused(() -> site(Map.of("type", "Point", "coordinates", List.of(21.16714, 106.06056))),
				400, "geometry:outside-province-swapped");
		assertThat(response.json().get("errors").get(0).get("messageEn").asString()).contains("swapped");
		assertThat(response.json().get("errors").get(0).get("messageVi").asString()).contains("bị đảo");
	}

	@Test
	void selfIntersectingPolygonIsRefused() {
		Map<String, Object> bowtie = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(106.06, 21.16),
				List.of(106.07, 21.17), List.of(106.07, 21.16), List.of(106.06, 21.17), List.of(106.06, 21.16))));
		Api.Response response = assertRefused(() -> site(bowtie), 400, "geometry:geometry-invalid");
		assertThat(response.json().get("errors").get(0).get("messageEn").asString()).contains("Self-intersection");
	}

	@Test
	void unreadableGeometryAndWrongGeometryTypeAreRefused() {
		assertRefused(() -> site(Map.of("type", "Point", "coordinates", "here")), 400, "geometry:geometry-unreadable");
		assertRefused(() -> site(Map.of("type", "LineString", "coordinates", List.of(List.of(106.06, 21.16),
				List.of(106.061, 21.161)))), 400, "geometry:geometry-type");
	}

	@Test
	void unknownKindNamesTheAcceptedCodes() {
		Map<String, Object> body = new HashMap<>(Fixtures.newSite("x", Fixtures.VO_CUONG));
		body.put("kind", "factory");
		Api.Response response = assertRefused(() -> api.post("/api/v1/sites", body), 400, "kind:unknown-value");
		assertThat(response.json().get("errors").get(0).get("messageEn").asString()).contains("craft_village");
	}

	@Test
	void missingNameIsRefused() {
		Map<String, Object> body = new HashMap<>(Fixtures.newSite(" ", Fixtures.VO_CUONG));
		assertRefused(() -> api.post("/api/v1/sites", body), 400, "name:constraint.NotBlank");
	}

	@Test
	void malformedJsonIsRefused() {
		assertRefused(() -> api.postRaw("/api/v1/sites", "{\"name\": ", "application/json"), 400, "body:malformed-json");
	}

	@Test
	void wrongTypeNamesTheField() {
		assertRefused(() -> api.postRaw("/api/v1/sites", "{\"name\": \"x\", \"kind\": \"waste_dump\", \"trade\": \"pottery\","
				+ " \"parentId\": \"abc\", \"geometry\": {}}", "application/json"), 400, "parentId:wrong-type");
	}

	@Test
	void wrongContentTypeIsRefused() {
		assertRefused(() -> api.postRaw("/api/v1/sites", "name=x", "application/x-www-form-urlencoded"), 415,
				"Content-Type:unsupported-media-type");
	}

	@Test
	void oversizedBodyIsRefused() {
		String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
		assertRefused(() -> api.postRaw("/api/v1/sites", huge, "application/json"), 413, "body:body-too-large");
	}

	@Test
	void unknownSiteIsNotFound() {
		Api.Response response = api.get("/api/v1/sites/987654321");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void badBboxAndLimitAreRefused() {
		assertThat(api.get("/api/v1/sites?bbox=1,2,3").problem()).isEqualTo("bbox:bbox-format");
		assertThat(api.get("/api/v1/sites?limit=0").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/sites?status=burning").problem()).isEqualTo("status:unknown-value");
	}

	private long rows() {
		return jdbc.sql("SELECT (SELECT count(*) FROM site) + (SELECT count(*) FROM site_status_event)"
				+ " + (SELECT count(*) FROM audit_event)")
			.query(Long.class).single();
	}

	private Api.Response site(Map<String, Object> geometry) {
		return api.post("/api/v1/sites", Map.of("name", Fixtures.unique("x"), "kind", "recycling_facility", "trade",
				"paper_recycling", "geometry", geometry));
	}

	/** Sends the request and checks the refusal, and that neither sites nor their history changed. */
	private Api.Response assertRefused(java.util.function.Supplier<Api.Response> request, int status,
			String fieldAndCode) {
		long before = rows();
		Api.Response response = request.get();
		assertThat(rows()).isEqualTo(before);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problem()).isEqualTo(fieldAndCode);
		assertThat(response.json().get("errors").get(0).get("messageVi").asString()).isNotBlank();
		assertThat(response.json().get("errors").get(0).get("messageEn").asString()).isNotBlank();
		return response;
	}
}
