package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.diemnong.Api;

/**
 * The OpenAPI document and Swagger UI are public only when {@code diemnong.api-docs.public} says so (the demo does);
 * otherwise they need a signed-in user. ServiceDocsIT covers the demo's public case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "diemnong.api-docs.public=false")
@ActiveProfiles("test")
class ApiDocsSwitchIT {

	@LocalServerPort
	int port;

	@Test
	void withoutTheSettingTheApiDocumentsNeedSignIn() {
		Api anonymous = new Api(port);
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html",
				"/swagger-ui.html" }) {
			assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
		}
		assertThat(new Api(port, "xem").get("/v3/api-docs").status()).isEqualTo(200);
	}
}
