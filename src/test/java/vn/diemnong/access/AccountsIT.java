package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** Accounts: the administrator's API, its checks, the demo accounts, and the refusal to start with demo secrets. */
@IntegrationTest
class AccountsIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void theDemoAccountsExistWithTheirRolesAndCommunes() {
		Map<String, String> roles = Map.of("moitruong", "ENV_DEPT", "congan", "POLICE", "xa.vocuong", "COMMUNE",
				"xa.vanmon", "COMMUNE", "xem", "VIEWER", "quantri", "ADMIN");
		roles.forEach((username, role) -> {
			var me = new Api(port, username).get("/api/v1/me").json();
			assertThat(me.get("role").asString()).as(username).isEqualTo(role);
		});
		assertThat(new Api(port, "xa.vocuong").get("/api/v1/me").json().get("communes").get(0).asString())
			.isEqualTo("09190");
		assertThat(new Api(port, "xa.vanmon").get("/api/v1/me").json().get("communes").get(0).asString())
			.isEqualTo("09238");
		assertThat(new Api(port).get("/api/v1/me").json().get("authenticated").asBoolean()).isFalse();
	}

	@Test
	void theAdministratorsChecksNameTheFieldAndTheHashNeverLeaves() {
		Api admin = new Api(port, "quantri");
		String name = "tk" + Fixtures.unique("").trim();
		Map<String, Map<String, Object>> refused = Map.of(
				"password:password-too-short", user(name, "ngan", "VIEWER", List.of()),
				"password:password-demo", user(name, Api.DEMO_PASSWORD, "VIEWER", List.of()),
				"role:unknown-value", user(name, "mat-khau-dai-2026", "GOD", List.of()),
				"communes:communes-required", user(name, "mat-khau-dai-2026", "COMMUNE", List.of()),
				"communes:communes-not-allowed", user(name, "mat-khau-dai-2026", "POLICE", List.of("09190")),
				"communes:not-found.commune", user(name, "mat-khau-dai-2026", "COMMUNE", List.of("09244")),
				"username:constraint.Pattern", user("Tên Có Dấu", "mat-khau-dai-2026", "VIEWER", List.of()));
		refused.forEach((problem, body) -> {
			Api.Response response = admin.post("/api/v1/users", body);
			assertThat(response.status()).as(problem).isEqualTo(400);
			assertThat(response.problem()).as(problem).isEqualTo(problem);
		});
		Api.Response created = admin.post("/api/v1/users", user(name, "mat-khau-dai-2026", "COMMUNE", List.of("09238")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(admin.post("/api/v1/users", user(name, "mat-khau-dai-2026", "VIEWER", List.of())).problem())
			.isEqualTo("username:username-taken");
		assertThat(new Api(port, name, "mat-khau-dai-2026").get("/api/v1/me").json().get("communes").get(0).asString())
			.isEqualTo("09238");

		long id = created.json().get("id").asLong();
		assertThat(admin.patch("/api/v1/users/" + id, Map.of("enabled", false)).status()).isEqualTo(200);
		assertThat(new Api(port, name, "mat-khau-dai-2026").get("/api/v1/sites?limit=1").status()).isEqualTo(401);
		String everything = admin.get("/api/v1/users").body() + admin.get("/api/v1/audit?record=app_user:" + id).body();
		assertThat(everything).doesNotContain("{bcrypt}", "password_hash", "mat-khau-dai-2026");
		assertThat(admin.get("/api/v1/audit?record=app_user:" + id).json().valueStream()
			.map(e -> e.get("action").asString())).containsExactly("user.update", "user.create");
	}

	@Test
	void aRunWithoutDemoDataRefusesToStartWithTheDemoPasswordOrEnabledDemoAccounts() {
		SecurityProperties demoPassword = properties(Api.DEMO_PASSWORD);
		assertThatThrownBy(() -> new StartupAccounts(accounts, demoPassword, false))
			.hasMessageContaining("demo password");
		StartupAccounts production = new StartupAccounts(accounts, properties(null), false);
		assertThatThrownBy(production::afterSingletonsInstantiated).hasMessageContaining("demo accounts");
		new StartupAccounts(accounts, properties(null), true).afterSingletonsInstantiated();
	}

	@Test
	void anOpenIdConnectUserGetsTheRoleAndCommunesOfTheAccountOfTheSameName() {
		OidcAccounts oidc = new OidcAccounts(accounts);
		OidcAccount user = oidc.account(oidcUser("xa.vanmon"));
		assertThat(user.role()).isEqualTo("COMMUNE");
		assertThat(user.communes()).containsExactly("09238");
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COMMUNE");
		assertThatThrownBy(() -> oidc.account(oidcUser("nguoi.la"))).isInstanceOf(OAuth2AuthenticationException.class);
	}

	private static OidcUser oidcUser(String preferredUsername) {
		Instant now = Instant.now();
		OidcIdToken token = new OidcIdToken("token", now, now.plusSeconds(60),
				Map.of("sub", "kc-" + preferredUsername, "preferred_username", preferredUsername, "iss",
						"https://sso.example/realms/bacninh"));
		return new DefaultOidcUser(List.of(), token);
	}

	private static SecurityProperties properties(String initialAdminPassword) {
		return new SecurityProperties(4, 5, Duration.ofMinutes(15), 120, 10, 5,
				new SecurityProperties.InitialAdmin(initialAdminPassword == null ? null : "admin", initialAdminPassword));
	}

	private static Map<String, Object> user(String username, String password, String role, List<String> communes) {
		return Map.of("username", username, "displayName", "Người thử", "password", password, "role", role,
				"communes", communes);
	}
}
