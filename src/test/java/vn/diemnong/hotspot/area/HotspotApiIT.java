package vn.diemnong.hotspot.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

@IntegrationTest
class HotspotApiIT {

	@LocalServerPort
	int port;

	Api api;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void client() {
		api = new Api(port, "moitruong");
	}

	@Test
	void giAnswerStatesTheAnalysisAndCoversTheWholeProvince() {
		JsonNode gi = api.get("/api/v1/hotspots/gi?from=2025-01-01&to=2025-12-31&cell=2000").json();
		assertThat(gi.get("crs").asString()).isEqualTo("EPSG:32648");
		assertThat(gi.get("cellSize").asDouble()).isEqualTo(2000.0);
		assertThat(gi.get("distanceBand").asDouble()).isCloseTo(2000 * Math.sqrt(3), within(1e-6));
		assertThat(gi.get("fdr").asBoolean()).isTrue();
		assertThat(gi.get("value").asString()).isEqualTo("severity");
		assertThat(gi.get("from").asString()).isEqualTo("2025-01-01");
		// 4,712 km² in hexagons of 10.4 km² each, plus the cells on the border
		assertThat(gi.get("numberMatched").asInt()).isBetween(460, 620);
		assertThat(gi.get("features")).hasSize(gi.get("numberMatched").asInt());
		JsonNode first = gi.get("features").get(0).get("properties");
		assertThat(first.propertyNames()).contains("value", "z", "p", "class", "neighbours", "x", "y");
	}

	@Test
	void gridCellsAreTheHexagonsOfStHexagonGridThatTouchTheProvince() {
		JsonNode gi = api.get("/api/v1/hotspots/gi?cell=5000").json();
		List<String> ids = gi.get("features").valueStream().map(f -> f.get("id").asString()).sorted().toList();
		List<String> postgis = jdbc.sql("""
				WITH p AS (SELECT ST_Transform(geom, 32648) AS area FROM admin_unit WHERE level = 'province')
				SELECT h.i || '_' || h.j FROM p, ST_HexagonGrid(5000, p.area) h WHERE ST_Intersects(h.geom, p.area)""")
			.query(String.class).list().stream().sorted().toList();
		assertThat(ids).isEqualTo(postgis);
	}

	@Test
	void everyZCanBeRecomputedFromTheAnswerAlone() {
		JsonNode gi = api.get("/api/v1/hotspots/gi?from=2023-01-01&to=2026-10-31&cell=2000&fdr=false").json();
		List<JsonNode> cells = gi.get("features").valueStream().map(f -> f.get("properties")).toList();
		double band = gi.get("distanceBand").asDouble();
		int n = cells.size();
		double mean = cells.stream().mapToDouble(c -> c.get("value").asDouble()).sum() / n;
		double s2 = cells.stream().mapToDouble(c -> Math.pow(c.get("value").asDouble() - mean, 2)).sum() / n;
		for (JsonNode cell : cells) {
			double sum = 0;
			int k = 0;
			for (JsonNode other : cells) {
				double d = Math.hypot(cell.get("x").asDouble() - other.get("x").asDouble(),
						cell.get("y").asDouble() - other.get("y").asDouble());
				if (d <= band * (1 + 1e-9)) {
					sum += other.get("value").asDouble();
					k++;
				}
			}
			double expected = s2 == 0 ? 0 : (sum - k * mean) / Math.sqrt(s2 * (n * k - (double) k * k) / (n - 1));
			assertThat(cell.get("neighbours").asInt()).isEqualTo(k);
			assertThat(cell.get("z").asDouble()).isCloseTo(expected, within(1e-9));
			String expectedClass = cell.get("p").asDouble() < 0.01 ? "99" : cell.get("p").asDouble() < 0.05 ? "95"
					: cell.get("p").asDouble() < 0.10 ? "90" : "";
			assertThat(cell.get("class").asString()).isEqualTo(expectedClass.isEmpty() ? "none"
					: (cell.get("z").asDouble() > 0 ? "hot" : "cold") + expectedClass);
		}
	}

	@Test
	void emergingAnswerGivesEachCellACategoryTrendAndMonthlySeries() {
		JsonNode emerging = api.get("/api/v1/hotspots/emerging?from=2023-01-01&to=2026-10-31&cell=2000").json();
		assertThat(emerging.get("months")).hasSize(46);
		assertThat(emerging.get("months").get(0).asString()).isEqualTo("2023-01");
		JsonNode cell = emerging.get("features").get(0).get("properties");
		assertThat(cell.get("z")).hasSize(46);
		assertThat(cell.propertyNames()).contains("category", "trendZ", "trendP");
	}

	@Test
	void communeHotspotsRankTheCommuneAndSayWhetherItHasHotCells() {
		JsonNode summary = api.get("/api/v1/communes/09190/hotspots?from=2023-01-01&to=2026-10-31&cell=1000").json();
		assertThat(summary.get("name").asString()).isEqualTo("Võ Cường");
		assertThat(summary.get("rank").asInt()).isBetween(1, 99);
		assertThat(summary.get("communes").asInt()).isEqualTo(99);
		assertThat(summary.get("trend").get("monthly")).hasSize(46);
		assertThat(summary.propertyNames()).contains("ratePerKm2", "severityScore", "hotCells",
				"containsSignificantHotCells");
		assertThat(api.get("/api/v1/communes/99999/hotspots").status()).isEqualTo(404);
	}

	@Test
	void aCellExplainsItselfWithItsSitesViolationsAndMonthlySeries() {
		JsonNode gi = api.get("/api/v1/hotspots/gi?from=2023-01-01&to=2026-10-31&cell=2000").json();
		JsonNode busiest = gi.get("features").valueStream()
			.max(java.util.Comparator.comparingDouble(f -> f.get("properties").get("value").asDouble())).orElseThrow();
		String id = busiest.get("id").asString();

		JsonNode cell = api.get("/api/v1/hotspots/cells/" + id + "?from=2023-01-01&to=2026-10-31&cell=2000").json();
		assertThat(cell.get("gi").get("z").asDouble()).isEqualTo(busiest.get("properties").get("z").asDouble());
		assertThat(cell.get("gi").get("class").asString()).isEqualTo(busiest.get("properties").get("class").asString());
		assertThat(cell.get("zSeries")).hasSize(46);
		assertThat(cell.get("category").asString()).isNotBlank();
		double severity = cell.get("violations").valueStream().mapToDouble(v -> v.get("severity").asDouble()).sum();
		assertThat(severity).isEqualTo(busiest.get("properties").get("value").asDouble());
		assertThat(cell.get("sites")).isNotEmpty();
		assertThat(cell.get("violations").get(0).get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(api.get("/api/v1/hotspots/cells/99999_99999?cell=2000").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/hotspots/cells/abc?cell=2000").problem()).isEqualTo("id:cell-id-format");
	}

	@Test
	void badAnalysisParametersAreRefused() {
		assertThat(api.get("/api/v1/hotspots/gi?cell=10").problem()).isEqualTo("cell:constraint.DecimalMin");
		assertThat(api.get("/api/v1/hotspots/gi?value=smell").problem()).isEqualTo("value:unknown-value");
		assertThat(api.get("/api/v1/hotspots/emerging?from=2026-01-01&to=2025-01-01").problem())
			.isEqualTo("from:date-order");
	}
}
