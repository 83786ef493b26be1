package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.DeserializationFeature;

import vn.diemnong.client.ApiClient;
import vn.diemnong.client.ApiException;
import vn.diemnong.client.api.HistoriesApi;
import vn.diemnong.client.api.PublicApi;
import vn.diemnong.client.api.SitesApi;
import vn.diemnong.client.model.CommuneHistory;
import vn.diemnong.client.model.GeoJsonPoint;
import vn.diemnong.client.model.GeoJsonPolygon;
import vn.diemnong.client.model.InspectionEntry;
import vn.diemnong.client.model.PublishedSiteFeatureCollection;
import vn.diemnong.client.model.SiteDetail;
import vn.diemnong.client.model.SiteFeature;
import vn.diemnong.client.model.SiteFeatureCollection;
import vn.diemnong.client.model.SiteHistory;
import vn.diemnong.client.model.StatusEntry;
import vn.diemnong.client.model.ViolationEntry;

/**
 * A client generated from docs/openapi.json (openapi-generator, Java {@code native}, at generate-test-sources)
 * calls the running service and parses its answers into typed models, failing on any member the document does not
 * name: what a department's own tool would do with the published document.
 */
@IntegrationTest
class GeneratedClientIT {

	@LocalServerPort
	int port;

	private ApiClient client(String username) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		if (username != null) {
			String basic = Base64.getEncoder()
				.encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
			client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
		}
		return client;
	}

	@Test
	void listsSitesReadsOneAndItsHistory() throws ApiException {
		SitesApi sites = new SitesApi(client("moitruong"));

		SiteFeatureCollection villages = sites.listSites(null, "craft_village", null, null, null, null, null, null, 5,
				null, null);
		assertThat(villages.getNumberMatched()).isPositive();
		assertThat(villages.getFeatures()).isNotEmpty().allSatisfy(feature -> {
			assertThat(feature.getProperties().getKind()).isEqualTo("craft_village");
			assertThat(feature.getGeometry().getActualInstance()).isInstanceOf(GeoJsonPolygon.class);
		});
		SiteFeature village = villages.getFeatures().get(0);

		SiteDetail detail = sites.getSite(village.getId());
		assertThat(detail.getProperties().getName()).isEqualTo(village.getProperties().getName());
		assertThat(detail.getProperties().getMembers()).hasSize(village.getProperties().getMemberCount().intValue());
		GeoJsonPoint member = sites.getSite(detail.getProperties().getMembers().get(0).getId()).getGeometry()
			.getGeoJsonPoint();
		assertThat(member.getCoordinates()).hasSize(2);

		SiteHistory history = new HistoriesApi(client("moitruong")).getSiteHistory(village.getId(), null, null);
		assertThat(history.getSiteId()).isEqualTo(village.getId());
		assertThat(history.getIncludesMembers()).isTrue();
		assertThat(history.getEntries()).extracting(entry -> entry.getActualInstance().getClass().getSimpleName())
			.contains(StatusEntry.class.getSimpleName(), InspectionEntry.class.getSimpleName(),
					ViolationEntry.class.getSimpleName());
		assertThat(history.getEntries().stream().map(entry -> entry.getActualInstance())
			.filter(InspectionEntry.class::isInstance).map(InspectionEntry.class::cast)
			.flatMap(inspection -> inspection.getSamples().stream()))
			.anySatisfy(sample -> assertThat(sample.getRegulation()).startsWith("QCVN"));
		assertThat(history.getTotals().getInspections()).isEqualTo(history.getEntries().stream()
			.filter(entry -> entry.getActualInstance() instanceof InspectionEntry).count());
	}

	@Test
	void readsACommunesHistory() throws ApiException {
		CommuneHistory history = new HistoriesApi(client("moitruong")).getCommuneHistory("09190",
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(history.getName()).isEqualTo("Võ Cường");
		assertThat(history.getMonthly()).hasSize(12);
		assertThat(history.getTotals().getViolations())
			.isEqualTo(history.getMonthly().stream().mapToLong(month -> month.getViolations()).sum());
		assertThat(history.getPredecessors()).isNotEmpty();
	}

	@Test
	void thePublicReadsThePublishedSitesAndIsRefusedTheOthers() throws ApiException {
		PublishedSiteFeatureCollection published = new PublicApi(client(null)).listPublishedSites(3, null);
		assertThat(published.getFeatures()).hasSize(3);
		assertThat(published.getLinks()).extracting(link -> link.getRel().getValue()).contains("self", "next");

		try {
			new SitesApi(client(null)).listSites(null, null, null, null, null, null, null, null, 1, null, null);
			throw new AssertionError("the public listed the register");
		}
		catch (ApiException refused) {
			assertThat(refused.getCode()).isEqualTo(401);
		}
	}
}
