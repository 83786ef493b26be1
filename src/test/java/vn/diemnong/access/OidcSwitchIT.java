package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.diemnong.Api;

/**
 * OpenID Connect is switched on by configuration alone: with a client registration, the service sends the browser
 * to the provider (no provider is reachable here, so its endpoints are given rather than discovered). Password
 * sign-in and HTTP Basic keep working beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.security.oauth2.client.registration.keycloak.client-id=diemnong",
		"spring.security.oauth2.client.registration.keycloak.client-secret=secret",
		"spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
		"spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.keycloak.authorization-uri=https://sso.example/realms/bacninh/protocol/openid-connect/auth",
		"spring.security.oauth2.client.provider.keycloak.token-uri=https://sso.example/realms/bacninh/protocol/openid-connect/token",
		"spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://sso.example/realms/bacninh/protocol/openid-connect/certs",
		"spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username" })
@ActiveProfiles("test")
class OidcSwitchIT {

	@LocalServerPort
	int port;

	@Test
	void aClientRegistrationSendsTheBrowserToTheProviderAndPasswordsStillWork() {
		Api.Response start = new Api(port).get("/oauth2/authorization/keycloak");
		assertThat(start.status()).isEqualTo(302);
		assertThat(start.header("Location")).startsWith("https://sso.example/realms/bacninh/protocol/openid-connect/auth")
			.contains("client_id=diemnong", "scope=openid", "response_type=code");
		assertThat(new Api(port, "moitruong").get("/api/v1/sites?limit=1").status()).isEqualTo(200);
		assertThat(new Api(port).get("/api/v1/me").json().get("providers").get(0).get("signInUrl").asString())
			.isEqualTo("/oauth2/authorization/keycloak");
	}
}
