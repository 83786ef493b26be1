package vn.diemnong.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** A change is held to the same lengths as a new site, and no geometry is too large to check quickly. */
@IntegrationTest
class SiteSizeLimitsIT {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, "moitruong");
	}

	@Test
	void patchHoldsTheSameLengthLimitsAsPost() {
		long id = Fixtures.site(api, Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		Api.Response longName = api.patch("/api/v1/sites/" + id, Map.of("name", "x".repeat(500_000)), "If-Match",
				"\"0\"");
		assertThat(longName.status()).as(longName.body()).isEqualTo(400);
		assertThat(longName.problem()).isEqualTo("name:constraint.Size");
		assertThat(longName.json().get("errors").get(0).get("messageEn").asString()).isNotBlank();
		assertThat(api.patch("/api/v1/sites/" + id, Map.of("note", "x".repeat(2001)), "If-Match", "\"0\"").problem())
			.isEqualTo("note:constraint.Size");
		assertThat(api.patch("/api/v1/sites/" + id, Map.of("note", "x".repeat(2000)), "If-Match", "\"0\"").status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/sites/" + id).header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void aPolygonOfThousandsOfPartsIsRefusedQuickly() {
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < 6000; i++) {
			String x = "106.%04d".formatted(500 + i % 100 * 2);
			String y = "21.%04d".formatted(1500 + i / 100 * 2);
			String x1 = "106.%04d".formatted(501 + i % 100 * 2);
			String y1 = "21.%04d".formatted(1501 + i / 100 * 2);
			parts.append(i == 0 ? "" : ",").append("[[[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]".formatted(x, y, x1, y, x1, y1, x,
					y));
		}
		String body = """
				{"name": "%s", "kind": "recycling_facility", "trade": "paper_recycling",
				 "geometry": {"type": "MultiPolygon", "coordinates": [%s]}}""".formatted(Fixtures.unique("Xưởng"), parts);
		long start = System.nanoTime();
		Api.Response response = api.postRaw("/api/v1/sites", body, "application/json");
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("geometry:geometry-too-many-parts");
		assertThat(response.json().get("errors").get(0).get("messageEn").asString()).contains("100");
		assertThat(millis).as("refused in %d ms", millis).isLessThan(2000);
	}

	@Test
	void aRingOfTooManyVerticesIsRefusedOnPatchToo() {
		long id = Fixtures.site(api, Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		List<Object> ring = new ArrayList<>();
		int n = 10_001;
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n;
			ring.add(List.of(106.06056 + 0.001 * Math.cos(angle), 21.16714 + 0.001 * Math.sin(angle)));
		}
		ring.add(ring.get(0));
		Api.Response response = api.patch("/api/v1/sites/" + id,
				Map.of("geometry", Map.of("type", "Polygon", "coordinates", List.of(ring))), "If-Match", "\"0\"");
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("geometry:geometry-too-many-vertices");
		assertThat(response.json().get("errors").get(0).get("messageVi").asString()).contains("10000");
	}
}
