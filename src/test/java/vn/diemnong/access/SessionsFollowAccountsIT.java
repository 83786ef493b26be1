package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * A session follows its account: what the administrator changes (enabled, role, communes, password) holds from the
 * session's next request. Anonymous API calls get no session, and an idle session ends after half an hour.
 */
@IntegrationTest
class SessionsFollowAccountsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String PASSWORD = "phien-lam-viec-2026";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void aDisabledAccountsSessionCanNoLongerWrite() throws Exception {
		Account account = communeAccount();
		AbuseIT.Session session = signedIn(account.username());
		assertThat(session.post("/api/v1/sites", site(), session.token()).statusCode()).isEqualTo(201);

		assertThat(admin().patch("/api/v1/users/" + account.id(), Map.of("enabled", false)).status()).isEqualTo(200);
		HttpResponse<String> write = session.post("/api/v1/sites", site(), session.token());
		assertThat(write.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(session.get("/api/v1/me").body()).get("authenticated").asBoolean()).isFalse();
	}

	@Test
	void aChangedRoleOrCommunesHoldFromTheSessionsNextRequest() throws Exception {
		Account account = communeAccount();
		AbuseIT.Session session = signedIn(account.username());
		assertThat(me(session).get("communes").get(0).asString()).isEqualTo("09190");

		assertThat(admin().patch("/api/v1/users/" + account.id(), Map.of("communes", List.of("09238"))).status())
			.isEqualTo(200);
		assertThat(me(session).get("communes").get(0).asString()).isEqualTo("09238");
		assertThat(session.post("/api/v1/sites", site(), session.token()).statusCode()).as("outside 09238")
			.isEqualTo(403);

		assertThat(admin().patch("/api/v1/users/" + account.id(), Map.of("role", "VIEWER")).status()).isEqualTo(200);
		assertThat(me(session).get("role").asString()).isEqualTo("VIEWER");
		assertThat(session.post("/api/v1/sites", site(), session.token()).statusCode()).isEqualTo(403);
		assertThat(session.get("/api/v1/sites?limit=1").statusCode()).isEqualTo(200);
	}

	@Test
	void aChangedPasswordEndsTheAccountsSessions() throws Exception {
		Account account = communeAccount();
		AbuseIT.Session session = signedIn(account.username());
		assertThat(session.get("/api/v1/sites?limit=1").statusCode()).isEqualTo(200);

		assertThat(admin().patch("/api/v1/users/" + account.id(), Map.of("password", "mat-khau-moi-hon-2027"))
			.status()).isEqualTo(200);
		assertThat(session.get("/api/v1/sites?limit=1").statusCode()).isEqualTo(401);
		assertThat(signedIn(account.username(), "mat-khau-moi-hon-2027").get("/api/v1/sites?limit=1").statusCode())
			.isEqualTo(200);
	}

	@Test
	void anonymousApiCallsGetNoSession() {
		Api anonymous = new Api(port);
		for (String path : List.of("/api/v1/sites", "/api/v1/sites/1", "/api/v1/audit", "/api/v1/users",
				"/api/v1/hotspots/gi", "/api/v1/me", "/api/v1/config", "/api/v1/public/sites?limit=1",
				"/api/v1/communes")) {
			Api.Response response = anonymous.get(path, "X-Requested-With", "fetch");
			assertThat(response.headers().getOrDefault("set-cookie", List.of())).as(path)
				.noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
		Api.Response write = anonymous.post("/api/v1/sites", Fixtures.newSite("x", Fixtures.VO_CUONG));
		assertThat(write.status()).isEqualTo(401);
		assertThat(write.headers().getOrDefault("set-cookie", List.of())).noneMatch(c -> c.startsWith("JSESSIONID"));
	}

	@Test
	void anIdleSessionEndsAfterHalfAnHour() {
		assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
	}

	private record Account(long id, String username) {
	}

	private Account communeAccount() {
		String username = "phien" + Fixtures.unique("").trim();
		Api.Response created = admin().post("/api/v1/users", Map.of("username", username, "displayName", "Phiên thử",
				"password", PASSWORD, "role", "COMMUNE", "communes", List.of("09190")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Account(created.json().get("id").asLong(), username);
	}

	private AbuseIT.Session signedIn(String username) throws Exception {
		return signedIn(username, PASSWORD);
	}

	private AbuseIT.Session signedIn(String username, String password) throws Exception {
		AbuseIT.Session session = new AbuseIT.Session(port);
		assertThat(session.signIn(username, password)).isEqualTo(200);
		return session;
	}

	private static tools.jackson.databind.JsonNode me(AbuseIT.Session session) throws Exception {
		return JSON.readTree(session.get("/api/v1/me").body());
	}

	private static String site() {
		return JSON.writeValueAsString(Fixtures.newSite(Fixtures.unique("Phiên"), Fixtures.VO_CUONG));
	}

	private Api admin() {
		return new Api(port, "quantri");
	}
}
