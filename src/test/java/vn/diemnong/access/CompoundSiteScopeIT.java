package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/**
 * A craft village may straddle communes: a commune's user sees the village's members, parent, counts and history
 * only as far as they lie in their communes, and may draw no geometry beyond them.
 */
@IntegrationTest
class CompoundSiteScopeIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api env;
	Api voCuong;

	@BeforeEach
	void clients() {
		env = new Api(port, "moitruong");
		voCuong = new Api(port, "xa.vocuong");
	}

	@Test
	void aMixedVillageShowsACommuneOnlyItsOwnMembersTheirCountAndTheirHistory() {
		String villageName = Fixtures.unique("Làng nghề hai xã");
		long village = compound(villageName, Fixtures.VO_CUONG);
		long own = member(Fixtures.unique("Hộ Võ Cường"), Fixtures.VO_CUONG, village);
		String otherName = Fixtures.unique("Hộ Văn Môn");
		long other = member(otherName, Fixtures.VAN_MON, village);
		Api.Response inspection = env.post("/api/v1/inspections", inspectionWithFine(other));
		assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
		long inspectionId = inspection.json().get("id").asLong();
		assertThat(voCuong.get("/api/v1/inspections/" + inspectionId).status()).isEqualTo(404);

		JsonNode seen = voCuong.get("/api/v1/sites/" + village).json().get("properties");
		assertThat(ids(seen.get("members"))).containsExactly(own);
		assertThat(seen.get("memberCount").asInt()).isEqualTo(1);
		assertThat(seen.toString()).doesNotContain(otherName);
		JsonNode listed = voCuong.get("/api/v1/sites?q=" + villageName.split(" ")[4]).json().get("features").get(0);
		assertThat(listed.get("properties").get("memberCount").asInt()).isEqualTo(1);

		JsonNode history = voCuong.get("/api/v1/sites/" + village + "/history").json();
		assertThat(history.get("entries").valueStream().map(e -> e.get("siteId").asLong()).distinct().toList())
			.containsOnly(village, own);
		assertThat(history.get("totals").get("inspections").asInt()).isZero();
		assertThat(history.get("totals").get("finesVnd").asLong()).isZero();
		assertThat(history.toString()).doesNotContain(otherName).doesNotContain("77/QĐ-XPHC");

		JsonNode whole = env.get("/api/v1/sites/" + village).json().get("properties");
		assertThat(ids(whole.get("members"))).containsExactlyInAnyOrder(own, other);
		assertThat(whole.get("memberCount").asInt()).isEqualTo(2);
		JsonNode wholeHistory = env.get("/api/v1/sites/" + village + "/history").json();
		assertThat(wholeHistory.get("totals").get("inspections").asInt()).isEqualTo(1);
		assertThat(wholeHistory.get("totals").get("finesVnd").asLong()).isEqualTo(25_000_000L);
	}

	@Test
	void aMemberDoesNotNameItsParentInAnotherCommune() {
		long village = compound(Fixtures.unique("Làng nghề Văn Môn"), Fixtures.VAN_MON);
		long own = member(Fixtures.unique("Hộ Võ Cường"), Fixtures.VO_CUONG, village);

		JsonNode seen = voCuong.get("/api/v1/sites/" + own).json().get("properties");
		assertThat(seen.path("parent").isNull() || seen.path("parent").isMissingNode()).as(seen.toString()).isTrue();
		assertThat(seen.path("parentId").isNull() || seen.path("parentId").isMissingNode()).isTrue();
		assertThat(env.get("/api/v1/sites/" + own).json().get("properties").get("parent").get("id").asLong())
			.isEqualTo(village);
	}

	@Test
	void aCommuneMayNotRegisterAPolygonReachingIntoANeighbour() {
		Map<String, Object> straddling = square(Fixtures.VO_CUONG, 0.012);
		assertThat(jdbc.sql("""
				SELECT ST_Covers(u.geom, ST_PointOnSurface(g)) AND NOT ST_Covers(u.geom, g)
				FROM admin_unit u, ST_SetSRID(ST_GeomFromGeoJSON(:g), 4326) g
				WHERE u.code = '09190' AND u.valid_to IS NULL""").param("g", text(straddling))
			.query(Boolean.class).single()).as("the square's representative point is in Võ Cường, not all of it")
			.isTrue();

		Api.Response refused = voCuong.post("/api/v1/sites", polygonSite(straddling));
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.problem()).isEqualTo("geometry:outside-commune-scope");
		assertThat(refused.json().get("errors").get(0).get("messageVi").asString()).isNotBlank();
		assertThat(refused.json().get("errors").get(0).get("messageEn").asString()).contains("communes");

		assertThat(voCuong.post("/api/v1/sites", polygonSite(square(Fixtures.VO_CUONG, 0.001))).status())
			.isEqualTo(201);
		assertThat(env.post("/api/v1/sites", polygonSite(straddling)).status()).isEqualTo(201);
	}

	@Test
	void aCommuneMayNotMoveASitesPolygonIntoANeighbour() {
		long own = Fixtures.site(voCuong, Fixtures.unique("Xưởng Võ Cường"), Fixtures.VO_CUONG);
		Api.Response refused = voCuong.patch("/api/v1/sites/" + own,
				Map.of("geometry", square(Fixtures.VO_CUONG, 0.012)), "If-Match", "\"0\"");
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.problem()).isEqualTo("geometry:outside-commune-scope");
		assertThat(env.get("/api/v1/sites/" + own).json().get("geometry").get("type").asString()).isEqualTo("Point");

		Api.Response inside = voCuong.patch("/api/v1/sites/" + own,
				Map.of("geometry", square(Fixtures.VO_CUONG, 0.001)), "If-Match", "\"0\"");
		assertThat(inside.status()).as(inside.body()).isEqualTo(200);
	}

	private long compound(String name, double[] lonLat) {
		Map<String, Object> body = new HashMap<>(Fixtures.newSite(name, lonLat));
		body.put("kind", "craft_village");
		return created(body);
	}

	private long member(String name, double[] lonLat, long parent) {
		Map<String, Object> body = new HashMap<>(Fixtures.newSite(name, lonLat));
		body.put("parentId", parent);
		body.put("operatorName", "Nguyễn Văn A");
		return created(body);
	}

	private long created(Map<String, Object> body) {
		Api.Response response = env.post("/api/v1/sites", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static Map<String, Object> inspectionWithFine(long siteId) {
		Map<String, Object> violation = Map.of("category", "wastewater_exceedance", "severity", 2, "legalReference",
				"NĐ 45/2022/NĐ-CP Điều 18", "decisionNumber", "77/QĐ-XPHC", "decidedOn", "2026-11-05", "fineVnd",
				25_000_000, "remedialMeasures", "Buộc khắc phục", "remedialDeadline", "2027-01-05");
		return Map.of("siteId", siteId, "inspectedOn", "2026-11-03", "kind", "unannounced", "team",
				List.of("environment"), "outcome", "Xả thải vượt chuẩn", "samples", List.of(), "violations",
				List.of(violation));
	}

	private static Map<String, Object> polygonSite(Map<String, Object> polygon) {
		Map<String, Object> body = new HashMap<>(Fixtures.newSite(Fixtures.unique("Bãi"), Fixtures.VO_CUONG));
		body.put("geometry", polygon);
		return body;
	}

	/** A square of half-side {@code half} degrees centred on the point. */
	private static Map<String, Object> square(double[] centre, double half) {
		double x = centre[0];
		double y = centre[1];
		return Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(x - half, y - half),
				List.of(x + half, y - half), List.of(x + half, y + half), List.of(x - half, y + half),
				List.of(x - half, y - half))));
	}

	private static String text(Object value) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
	}

	private static List<Long> ids(JsonNode array) {
		return array.valueStream().map(m -> m.get("id").asLong()).toList();
	}
}
