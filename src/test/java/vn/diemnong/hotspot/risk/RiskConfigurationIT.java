package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

@IntegrationTest
class RiskConfigurationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void changedWeightsBecomeANewVersionAndUnchangedOnesKeepTheirs(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("weights.properties");
		String original = Files.readString(Path.of("config/risk-weights.properties"));
		Files.writeString(file, original + "\n# test " + System.nanoTime() + "\n");
		RiskConfiguration configuration = new RiskConfiguration(file, jdbc, transactions);
		int first = configuration.current().version();
		assertThat(configuration.current().version()).isEqualTo(first);

		Files.writeString(file, Files.readString(file).replace("trade.pottery=4", "trade.pottery=9"));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		RiskConfiguration.Versioned changed = configuration.current();
		assertThat(changed.version()).isGreaterThan(first);
		assertThat(changed.weights().tradePoints()).containsEntry("pottery", 9.0);
	}

	@Test
	void withoutTheDepartmentsFileThePackagedWeightsApply(@TempDir Path dir) {
		RiskConfiguration configuration = new RiskConfiguration(dir.resolve("missing.properties"), jdbc, transactions);
		RiskConfiguration.Versioned packaged = configuration.current();
		assertThat(packaged.weights().halfLifeDays()).isEqualTo(180);
		assertThat(packaged.version()).isPositive();
	}

	@Test
	void siteRiskNamesEachReasonsRecordAndTheWeightsVersion() {
		Api api = new Api(port, "moitruong");
		long site = Fixtures.site(api, Fixtures.unique("Xưởng rủi ro"), Fixtures.VO_CUONG);
		JsonNode inspection = api.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn", "2026-11-02",
				"kind", "unannounced", "team", java.util.List.of("environment"),
				"samples", java.util.List.of(Map.of("medium", "wastewater", "parameter", "COD", "value", 600, "unit", "mg/L")),
				"violations", java.util.List.of(Map.of("category", "wastewater_exceedance", "severity", 3)))).json();
		long violation = inspection.get("violations").get(0).get("id").asLong();

		JsonNode risk = api.get("/api/v1/sites/" + site + "/risk").json();
		assertThat(risk.get("configVersion").asInt()).isPositive();
		assertThat(risk.get("score").asDouble()).isGreaterThan(20);
		double sum = risk.get("reasons").valueStream().mapToDouble(r -> r.get("contribution").asDouble()).sum();
		assertThat(sum).isCloseTo(risk.get("score").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
		assertThat(risk.get("reasons").valueStream()
			.anyMatch(r -> r.get("code").asString().equals("violation") && r.get("recordId").asLong() == violation))
			.isTrue();

		JsonNode ranked = api.get("/api/v1/sites?sort=risk&limit=5").json();
		double top = ranked.get("features").get(0).get("properties").get("risk").asDouble();
		assertThat(top).isGreaterThanOrEqualTo(ranked.get("features").get(4).get("properties").get("risk").asDouble());
		assertThat(api.get("/api/v1/sites/987654321/risk").status()).isEqualTo(404);
	}
}
