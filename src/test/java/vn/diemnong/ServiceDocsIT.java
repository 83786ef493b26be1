package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ServiceDocsIT {

	/** The committed OpenAPI document, from which the tests' client is generated. */
	static final Path DOCUMENT = Path.of("docs", "openapi.json");

	/** {@code -Ddiemnong.openapi.write=true}: write the live document to {@link #DOCUMENT} instead of comparing. */
	static final String WRITE = "diemnong.openapi.write";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

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

	/** Both ways: every handler under /api is in the document, and the document names nothing else. */
	@Test
	void theDocumentsOperationsAreTheMappedHandlers() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				if (path.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + path));
				}
			}
		}
		Set<String> documented = new TreeSet<>();
		JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
		paths.properties().forEach(path -> path.getValue().propertyNames()
			.forEach(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
		assertThat(documented).hasSize(59).isEqualTo(mapped);
	}

	/** Each operation answers 2xx with a schema, and each of its refusals is a Problem. */
	@Test
	void everyOperationHasItsAnswersSchemas() {
		List<String> missing = new ArrayList<>();
		JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
		paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey() + " " + path.getKey();
			JsonNode responses = operation.getValue().get("responses");
			boolean success = false;
			for (String status : responses.propertyNames()) {
				JsonNode content = responses.get(status).get("content");
				if (status.startsWith("2") && content != null && content.size() == 1
						&& !content.has("*/*") && content.values().iterator().next().has("schema")) {
					success = true;
				}
				if (status.startsWith("4") && (content == null || !content.path("application/problem+json")
					.path("schema").path("$ref").asString("").equals("#/components/schemas/Problem"))) {
					missing.add(name + " " + status + " is not a Problem");
				}
			}
			if (!success) {
				missing.add(name + " has no 2xx answer with one media type and its schema");
			}
			if (!responses.has("400")) {
				missing.add(name + " has no 400");
			}
		}));
		assertThat(missing).isEmpty();
	}

	/**
	 * docs/openapi.json is the live document, so that the client generated from it (GeneratedClientIT) is the
	 * service's. After a change of the API: {@code ./mvnw verify -Dit.test=ServiceDocsIT -Ddiemnong.openapi.write=true}.
	 */
	@Test
	void theCommittedDocumentIsTheLiveOne() throws IOException {
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		String live = json.writeValueAsString(new Api(port).get("/v3/api-docs").json()) + "\n";
		if (Boolean.getBoolean(WRITE)) {
			Files.writeString(DOCUMENT, live);
		}
		assertThat(Files.exists(DOCUMENT)).as(DOCUMENT + " is missing; write it with -D" + WRITE + "=true").isTrue();
		assertThat(Files.readString(DOCUMENT)).as(DOCUMENT + " differs from /v3/api-docs; regenerate it with"
				+ " ./mvnw verify -Dit.test=ServiceDocsIT -D" + WRITE + "=true").isEqualTo(live);
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
