package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * Sign-in tells nobody whether an account exists, slows a guesser down per account and address with growing delays
 * (rather than a lock anyone can set off), refuses what bcrypt cannot take without a 500, and refuses weak passwords.
 */
@IntegrationTest
class SignInIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final String PASSWORD = "mat-khau-that-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExistingAndAnUnknownAccountGetTheSameAnswersAndGrowingDelaysNotALock() throws Exception {
		String username = account();
		String unknown = "khong-co" + Fixtures.unique("").trim();
		List<String> existing = guesses(username, "198.51.100.31");
		List<String> missing = guesses(unknown, "198.51.100.32");
		assertThat(existing).isEqualTo(missing);
		assertThat(existing.subList(0, 5)).containsOnly("401 password:bad-credentials");
		assertThat(existing.get(5)).isEqualTo("429 request:rate-limited 1");

		// a disabled account is answered alike, even with its right password
		String disabled = account();
		Api admin = new Api(port, "quantri");
		long id = admin.get("/api/v1/users").json().valueStream()
			.filter(u -> u.get("username").asString().equals(disabled)).findFirst().orElseThrow().get("id").asLong();
		assertThat(admin.patch("/api/v1/users/" + id, Map.of("enabled", false)).status()).isEqualTo(200);
		assertThat(answer(form(disabled, PASSWORD, "198.51.100.38"))).isEqualTo("401 password:bad-credentials");

		// the real user, elsewhere, is not held up by the guesser
		assertThat(form(username, PASSWORD, "198.51.100.33").statusCode()).isEqualTo(200);
		assertThat(new Api(port, username, PASSWORD).get("/api/v1/me", "X-Forwarded-For", "198.51.100.34").status())
			.isEqualTo(200);
		// and the delay from the guesser's address runs out and then doubles
		Thread.sleep(1_100);
		assertThat(answer(form(username, "sai-nua", "198.51.100.31"))).isEqualTo("401 password:bad-credentials");
		assertThat(answer(form(username, PASSWORD, "198.51.100.31"))).isEqualTo("429 request:rate-limited 2");
		Thread.sleep(2_100);
		assertThat(form(username, PASSWORD, "198.51.100.31").statusCode()).isEqualTo(200);
	}

	@Test
	void scriptsWithHttpBasicAreSlowedTheSameWay() {
		String username = account();
		for (int i = 0; i < 5; i++) {
			assertThat(new Api(port, username, "doan-" + i).get("/api/v1/me", "X-Forwarded-For", "198.51.100.35")
				.problem()).isEqualTo("credentials:bad-credentials");
		}
		Api.Response slowed = new Api(port, username, PASSWORD).get("/api/v1/me", "X-Forwarded-For", "198.51.100.35");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.header("Retry-After")).isEqualTo("1");
		assertThat(new Api(port, username, PASSWORD).get("/api/v1/me").json().get("authenticated").asBoolean()).isTrue();
	}

	@Test
	void aPasswordLongerThanBcryptTakesIsRefusedWithoutAServerError() throws Exception {
		String longPassword = "ă".repeat(40);
		String username = account();
		assertThat(answer(form(username, longPassword, "198.51.100.36"))).isEqualTo("401 password:bad-credentials");
		assertThat(answer(form("khong-co-ai", longPassword, "198.51.100.36"))).isEqualTo("401 password:bad-credentials");
		assertThat(new Api(port, username, longPassword).get("/api/v1/me", "X-Forwarded-For", "198.51.100.36")
			.status()).isEqualTo(401);

		Api admin = new Api(port, "quantri");
		Api.Response created = admin.post("/api/v1/users", Map.of("username", "dai" + Fixtures.unique("").trim(),
				"displayName", "Dài", "password", longPassword, "role", "VIEWER"));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.problem()).isEqualTo("password:password-too-long");
		assertThat(created.json().get("errors").get(0).get("messageEn").asString()).contains("72 bytes");
		long id = admin.get("/api/v1/users").json().valueStream()
			.filter(u -> u.get("username").asString().equals(username)).findFirst().orElseThrow().get("id").asLong();
		assertThat(admin.patch("/api/v1/users/" + id, Map.of("password", longPassword)).problem())
			.isEqualTo("password:password-too-long");
	}

	@Test
	void aVeryLongUsernameIsRefusedLikeAnyWrongOneAndAudited() throws Exception {
		String marker = "dai" + Fixtures.unique("").trim();
		StringBuilder username = new StringBuilder(marker);
		while (username.length() < 20_000) {
			username.append(java.util.UUID.randomUUID());
		}
		assertThat(answer(form(username.toString(), "bat-ky-2026", "198.51.100.37"))).isEqualTo("401 password:bad-credentials");
		List<String> audited = jdbc.sql("SELECT record_id FROM audit_event WHERE action = 'auth.failure' AND record_id LIKE ?")
			.param(marker + "%").query(String.class).list();
		assertThat(audited).hasSize(1);
		assertThat(audited.get(0).length()).isLessThanOrEqualTo(100);
	}

	@Test
	void commonAndWeakPasswordsAreRefused() {
		Api admin = new Api(port, "quantri");
		String username = "yeu" + Fixtures.unique("").trim();
		for (String weak : List.of("1234567890", "qwertyuiop", "password123", "matkhau123", "aaaaaaaaaaaa",
				"abcdefgh2026", "iloveyou1234", username + "2026", "Bacninh@2026x", "zxcvbnm123")) {
			Api.Response refused = admin.post("/api/v1/users",
					Map.of("username", username, "displayName", "Yếu", "password", weak, "role", "VIEWER"));
			assertThat(refused.status()).as(weak).isEqualTo(400);
			assertThat(refused.problem()).as(weak).isEqualTo("password:password-weak");
		}
		assertThat(admin.post("/api/v1/users", Map.of("username", username, "displayName", "Mạnh", "password",
				"song-hong-chay-qua-2026", "role", "VIEWER")).status()).isEqualTo(201);
	}

	/** Six wrong passwords from one address, each answered as status, problem and Retry-After. */
	private List<String> guesses(String username, String address) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			answers.add(answer(form(username, "doan-" + i, address)));
		}
		return answers;
	}

	private static String answer(HttpResponse<String> response) {
		String retry = response.headers().firstValue("Retry-After").map(r -> " " + r).orElse("");
		return response.statusCode() + " " + Api.json(response.body()).get("errors").get(0).get("field").asString() + ":"
				+ Api.json(response.body()).get("errors").get(0).get("code").asString() + retry;
	}

	/** A form sign-in from the given address, with the CSRF token the page would send. */
	private HttpResponse<String> form(String username, String password, String address) throws Exception {
		AbuseIT.Session session = new AbuseIT.Session(port);
		session.get("/api/v1/me");
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
			.header("X-XSRF-TOKEN", session.token()).header("Cookie", "XSRF-TOKEN=" + session.token())
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String account() {
		String username = "dn" + Fixtures.unique("").trim();
		Api.Response created = new Api(port, "quantri").post("/api/v1/users",
				Map.of("username", username, "displayName", "Đăng nhập", "password", PASSWORD, "role", "VIEWER"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}
}
