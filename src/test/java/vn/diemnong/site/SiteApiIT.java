package vn.diemnong.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

@IntegrationTest
class SiteApiIT {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, "moitruong");
	}

	@Test
	void registeredSiteGetsTheCommuneThatCoversIt() {
		String name = Fixtures.unique("Xưởng giấy Phong Khê");
		Api.Response created = api.post("/api/v1/sites", Fixtures.newSite(name, Fixtures.VO_CUONG));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/sites/" + created.json().get("id").asLong());
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		JsonNode properties = created.json().get("properties");
		assertThat(properties.get("communeCode").asString()).isEqualTo("09190");
		assertThat(properties.get("communeName").asString()).isEqualTo("Võ Cường");
		assertThat(properties.get("status").asString()).isEqualTo("operating");
		assertThat(properties.get("synthetic").asBoolean()).isFalse();
	}

	@Test
	void geometryIsGeoJsonWithLongitudeFirst() {
		long id = Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		JsonNode coordinates = api.get("/api/v1/sites/" + id).json().get("geometry").get("coordinates");
		assertThat(coordinates.isArray()).isTrue();
		assertThat(coordinates.get(0).asDouble()).isEqualTo(105.93275);
		assertThat(coordinates.get(1).asDouble()).isEqualTo(21.18425);
	}

	@Test
	void searchIgnoresAccentsInComposedAndDecomposedInput() {
		String tag = Fixtures.unique("Phong Khê Đào Xá").substring(17);
		Fixtures.site(api, "Lò giấy Phong Khê Đào Xá " + tag, Fixtures.VO_CUONG);
		String decomposed = Normalizer.normalize("phong khê đào xá " + tag, Normalizer.Form.NFD);
		for (String q : List.of("phong khe dao xa " + tag, "PHONG KHÊ ĐÀO XÁ " + tag, decomposed)) {
			JsonNode found = api.get("/api/v1/sites?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).json();
			assertThat(found.get("numberMatched").asInt()).as(q).isEqualTo(1);
			assertThat(found.get("features").get(0).get("properties").get("name").asString()).contains("Phong Khê");
		}
	}

	@Test
	void listFiltersByKindStatusCommuneAndBboxWithPagingLinks() {
		String tag = Fixtures.unique("t");
		for (int i = 0; i < 3; i++) {
			Fixtures.site(api, "Phân trang " + tag + " " + i, Fixtures.VAN_MON);
		}
		String query = "/api/v1/sites?commune=09238&kind=recycling_facility&status=operating&limit=2&q="
				+ java.net.URLEncoder.encode("phan trang " + tag, java.nio.charset.StandardCharsets.UTF_8);
		JsonNode page = api.get(query).json();
		assertThat(page.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(page.get("numberMatched").asInt()).isEqualTo(3);
		assertThat(page.get("numberReturned").asInt()).isEqualTo(2);
		assertThat(page.findValuesAsString("rel")).contains("self", "next");
		JsonNode feature = page.get("features").get(0);
		assertThat(feature.get("id").isNumber()).isTrue();
		assertThat(feature.get("properties").propertyNames())
			.contains("name", "kind", "trade", "status", "communeCode", "communeName", "synthetic");
		JsonNode outside = api.get("/api/v1/sites?bbox=106.5,21.5,106.6,21.6&q=" + java.net.URLEncoder
			.encode("phan trang " + tag, java.nio.charset.StandardCharsets.UTF_8)).json();
		assertThat(outside.get("numberMatched").asInt()).isZero();
	}

	@Test
	void patchNeedsTheVersionAndRefusesAStaleOne() {
		long id = Fixtures.site(api, Fixtures.unique("Cơ sở sửa"), Fixtures.VO_CUONG);
		Map<String, Object> change = Map.of("operatorName", "Nguyễn Văn Bình");

		assertThat(api.patch("/api/v1/sites/" + id, change).status()).isEqualTo(428);
		Api.Response first = api.patch("/api/v1/sites/" + id, change, "If-Match", "\"0\"");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("ETag")).isEqualTo("\"1\"");
		Api.Response stale = api.patch("/api/v1/sites/" + id, Map.of("operatorName", "Trần Văn C"), "If-Match", "\"0\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
		assertThat(stale.problem()).isEqualTo("If-Match:stale-version");
		assertThat(api.get("/api/v1/sites/" + id).json().get("properties").get("operatorName").asString())
			.isEqualTo("Nguyễn Văn Bình");
	}

	@Test
	void ofTwoConcurrentPatchesWithTheSameVersionExactlyOneWins() throws Exception {
		long id = Fixtures.site(api, Fixtures.unique("Cơ sở tranh chấp"), Fixtures.VO_CUONG);
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> patches = IntStream.range(0, 2)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return api.patch("/api/v1/sites/" + id, Map.of("note", "người sửa " + i), "If-Match", "\"0\"").status();
			}))
			.toList();
		List<Integer> statuses = patches.stream().map(CompletableFuture::join).sorted().toList();

		assertThat(statuses).containsExactly(200, 412);
		assertThat(api.get("/api/v1/sites/" + id).json().get("properties").get("version").asInt()).isEqualTo(1);
	}

	@Test
	void statusChangesOnlyThroughEventsThatStayInTheHistory() {
		long id = Fixtures.site(api, Fixtures.unique("Cơ sở đóng cửa"), Fixtures.VO_CUONG);
		assertThat(api.patch("/api/v1/sites/" + id, Map.of("status", "closed"), "If-Match", "\"0\"").problem())
			.isEqualTo("status:status-not-patchable");

		Api.Response closed = api.post("/api/v1/sites/" + id + "/status-events", Map.of("newStatus", "committed",
				"occurredOn", "2026-11-02", "reason", "Hộ đã ký cam kết không tái chế",
				"observedAt", Map.of("lon", 106.0606, "lat", 21.1672)));
		assertThat(closed.status()).isEqualTo(201);
		assertThat(closed.json().get("properties").get("status").asString()).isEqualTo("committed");

		JsonNode history = api.get("/api/v1/sites/" + id + "/history").json();
		List<String> statuses = history.get("entries").valueStream().filter(e -> e.get("type").asString().equals("status"))
			.map(e -> e.get("newStatus").asString()).toList();
		assertThat(statuses).containsExactly("committed", "operating");
	}

	@Test
	void futureObservationIsRefusedAndNothingChanges() {
		long id = Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VO_CUONG);
		Api.Response refused = api.post("/api/v1/sites/" + id + "/status-events",
				Map.of("newStatus", "closed", "occurredOn", java.time.LocalDate.now().plusMonths(1).toString(), "reason", "x"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problem()).isEqualTo("occurredOn:future-date");
		assertThat(api.get("/api/v1/sites/" + id).json().get("properties").get("status").asString()).isEqualTo("operating");
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
