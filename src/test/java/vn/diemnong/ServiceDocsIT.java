package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ServiceDocsIT {

	@LocalServerPort
	int port;

	@Test
	void healthIsUp() {
		Api.Response health = new Api(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void openApiDescribesEveryEndpoint() {
		Api.Response docs = new Api(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/sites", "/api/v1/sites/{id}",
				"/api/v1/sites/{id}/history", "/api/v1/sites/{id}/status-events", "/api/v1/inspections",
				"/api/v1/inspections/{id}", "/api/v1/communes", "/api/v1/communes/{code}/history", "/api/v1/config");
		assertThat(new Api(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void configNamesTheProvinceAndTheCodeLists() {
		Api.Response config = new Api(port).get("/api/v1/config");
		assertThat(config.json().get("province").get("name").asString()).isEqualTo("Bắc Ninh");
		assertThat(config.json().get("province").get("bbox")).hasSize(4);
		assertThat(config.json().get("kinds").valueStream().map(k -> k.asString())).contains("craft_village", "waste_dump");
		assertThat(config.json().get("statuses")).hasSize(7);
	}
}
