package vn.diemnong.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

@IntegrationTest
class CommuneHistoryIT {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, "moitruong");
	}

	@Test
	void historyFiledUnderAnOldCommuneShowsUnderTheNewOne() {
		long site = Fixtures.site(api, Fixtures.unique("Hộ tái chế giấy"), Fixtures.VO_CUONG);
		JsonNode before = predecessor(api.get("/api/v1/communes/09190/history").json(), "09244");

		Api.Response filed = api.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn", "2022-12-15",
				"kind", "scheduled", "team", List.of("environment"), "filedCommuneCode", "09244",
				"violations", List.of(Map.of("category", "no_treatment_system", "severity", 1, "fineVnd", 3_000_000))));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		assertThat(filed.json().get("filedCommuneName").asString()).isEqualTo("Phong Khê");

		JsonNode history = api.get("/api/v1/communes/09190/history?from=2022-12-01&to=2022-12-31").json();
		assertThat(history.get("monthly").get(0).get("violations").asInt()).isGreaterThanOrEqualTo(1);
		JsonNode phongKhe = predecessor(history, "09244");
		assertThat(phongKhe.get("name").asString()).isEqualTo("Phong Khê");
		assertThat(phongKhe.get("violations").asInt()).isEqualTo(before.get("violations").asInt() + 1);
		assertThat(phongKhe.get("finesVnd").asLong()).isEqualTo(before.get("finesVnd").asLong() + 3_000_000);
	}

	@Test
	void communeHistoryCountsByMonthCategoryAndSite() {
		long site = Fixtures.site(api, Fixtures.unique("Cơ sở Văn Môn"), Fixtures.VAN_MON);
		api.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn", "2026-11-04", "kind", "unannounced",
				"team", List.of("police"), "violations", List.of(Map.of("category", "scrap_stockpiling", "severity", 2,
						"fineVnd", 10_000_000), Map.of("category", "illegal_scrap_recycling", "severity", 3))));

		JsonNode history = api.get("/api/v1/communes/09238/history?from=2026-11-01&to=2026-11-30").json();
		assertThat(history.get("name").asString()).isEqualTo("Văn Môn");
		assertThat(history.get("monthly")).hasSize(1);
		assertThat(history.get("byCategory").findValuesAsString("category")).contains("scrap_stockpiling",
				"illegal_scrap_recycling");
		assertThat(history.get("sites").findValues("id").stream().map(JsonNode::asLong)).contains(site);
	}

	@Test
	void communeLayerHasEveryCommuneWithItsCountsForThePeriod() {
		long site = Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		JsonNode before = commune(api.get("/api/v1/communes?from=2026-11-01&to=2026-11-30").json(), "09238");
		api.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn", "2026-11-06", "kind", "scheduled",
				"team", List.of("environment"), "violations", List.of(Map.of("category", "no_environmental_permit",
						"severity", 1, "fineVnd", 1_500_000))));

		JsonNode layer = api.get("/api/v1/communes?from=2026-11-01&to=2026-11-30").json();
		assertThat(layer.get("numberMatched").asInt()).isEqualTo(99);
		assertThat(layer.get("features")).hasSize(99);
		JsonNode vanMon = commune(layer, "09238");
		assertThat(vanMon.get("violations").asInt()).isEqualTo(before.get("violations").asInt() + 1);
		assertThat(vanMon.get("finesVnd").asLong()).isEqualTo(before.get("finesVnd").asLong() + 1_500_000);
	}

	@Test
	void outlinesAreSimplifiedForTheZoomAndKeepEveryCommuneAndItsCounts() {
		JsonNode coarse = api.get("/api/v1/communes?from=2026-01-01&to=2026-10-31&simplify=0.0013").json();
		JsonNode fine = api.get("/api/v1/communes?from=2026-01-01&to=2026-10-31&simplify=0.00002").json();
		JsonNode full = api.get("/api/v1/communes?from=2026-01-01&to=2026-10-31&simplify=0").json();
		assertThat(coarse.get("features")).hasSize(99);
		assertThat(vertices(coarse)).isLessThan(vertices(fine) / 3);
		assertThat(vertices(fine)).isLessThan(vertices(full));
		assertThat(commune(coarse, "09238")).isEqualTo(commune(full, "09238"));
		assertThat(coarse.get("features").get(0).get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
		// rounded to a tenth of the tolerance: 4 decimals at 0.0013° (about 11 m), 6 without simplifying
		assertThat(decimals(coarse)).isEqualTo(4);
		assertThat(decimals(full)).isEqualTo(6);
	}

	private static int decimals(JsonNode layer) {
		return layer.get("features").valueStream()
			.flatMap(feature -> Pattern.compile("\\.(\\d+)").matcher(feature.get("geometry").toString()).results())
			.mapToInt(digits -> digits.group(1).length())
			.max().orElseThrow();
	}

	private static int vertices(JsonNode layer) {
		return layer.get("features").valueStream()
			.mapToInt(feature -> feature.get("geometry").toString().split("\\],\\[").length)
			.sum();
	}

	@Test
	void communeLayerCountsOnlyTheSitesOfTheKindTradeAndStatusFilters() {
		String period = "from=2026-11-01&to=2026-11-30";
		String paper = "&kind=recycling_facility&trade=paper_recycling&status=operating";
		String villages = "&kind=craft_village,industrial_zone";
		JsonNode before = commune(api.get("/api/v1/communes?" + period + paper).json(), "09238");
		JsonNode beforeVillages = commune(api.get("/api/v1/communes?" + period + villages).json(), "09238");
		long site = Fixtures.site(api, Fixtures.unique("Cơ sở giấy"), Fixtures.VAN_MON);
		api.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn", "2026-11-09", "kind", "scheduled",
				"team", List.of("environment"), "violations", List.of(Map.of("category", "no_environmental_permit",
						"severity", 1, "fineVnd", 2_000_000))));

		JsonNode paperSites = commune(api.get("/api/v1/communes?" + period + paper).json(), "09238");
		assertThat(paperSites.get("violations").asInt()).isEqualTo(before.get("violations").asInt() + 1);
		assertThat(paperSites.get("sites").asInt()).isEqualTo(before.get("sites").asInt() + 1);
		JsonNode villageSites = commune(api.get("/api/v1/communes?" + period + villages).json(), "09238");
		assertThat(villageSites.get("violations").asInt()).isEqualTo(beforeVillages.get("violations").asInt());
		assertThat(villageSites.get("sites").asInt()).isEqualTo(beforeVillages.get("sites").asInt());
		JsonNode all = commune(api.get("/api/v1/communes?" + period).json(), "09238");
		assertThat(all.get("sites").asInt()).isGreaterThanOrEqualTo(paperSites.get("sites").asInt()
				+ villageSites.get("sites").asInt());
		JsonNode published = commune(api.get("/api/v1/public/communes?" + period + paper).json(), "09238");
		assertThat(published.get("sites").asInt()).isEqualTo(paperSites.get("sites").asInt());

		assertThat(api.get("/api/v1/communes?kind=castle").problem()).isEqualTo("kind:unknown-value");
	}

	@Test
	void unknownCommuneAndReversedPeriodAreRefused() {
		assertThat(api.get("/api/v1/communes/99999/history").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/communes?from=2026-10-01&to=2026-01-01").problem()).isEqualTo("from:date-order");
		assertThat(api.get("/api/v1/communes?from=yesterday").problem()).isEqualTo("from:wrong-type");
	}

	private static JsonNode predecessor(JsonNode history, String code) {
		return history.get("predecessors").valueStream().filter(p -> p.get("code").asString().equals(code)).findFirst()
			.orElseThrow();
	}

	private static JsonNode commune(JsonNode layer, String code) {
		return layer.get("features").valueStream().filter(f -> f.get("id").asString().equals(code)).findFirst()
			.orElseThrow().get("properties");
	}
}
