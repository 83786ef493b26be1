package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * What an attacker tries: injection in every query parameter and in bodies, oversized and mistyped bodies, a
 * session's write without its CSRF token, guessing passwords, and climbing out of the static folder. Each gets a
 * clear refusal (or a harmless answer) and changes nothing.
 */
@IntegrationTest
class AbuseIT {

	static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE site;--", "1' UNION SELECT password_hash FROM app_user--",
			"{\"$gt\": \"\"}", "\") OR 1=1 --", "%' AND pg_sleep(5)--", "09190' OR 'x'='x", "<script>alert(1)</script>",
			"../../etc/passwd", "1e309", "-1", "99999999999999999999999");

	/** Every query parameter of every endpoint that reads parameters. */
	static final List<String> PARAMETERS = List.of("/api/v1/sites?bbox=", "/api/v1/sites?kind=", "/api/v1/sites?trade=",
			"/api/v1/sites?status=", "/api/v1/sites?commune=", "/api/v1/sites?q=", "/api/v1/sites?parent=",
			"/api/v1/sites?sort=", "/api/v1/sites?limit=", "/api/v1/sites?offset=", "/api/v1/communes?from=",
			"/api/v1/communes?to=", "/api/v1/communes?simplify=", "/api/v1/communes/09190/history?from=",
			"/api/v1/hotspots/gi?cellSize=", "/api/v1/hotspots/gi?from=", "/api/v1/hotspots/gi?value=",
			"/api/v1/hotspots/gi?fdr=", "/api/v1/hotspots/emerging?months=", "/api/v1/hotspots/cells/",
			"/api/v1/communes/", "/api/v1/sites/", "/api/v1/audit?record=", "/api/v1/audit?user=",
			"/api/v1/audit?from=", "/api/v1/audit?limit=", "/api/v1/public/sites?limit=", "/api/v1/public/sites/",
			"/api/v1/public/communes?from=");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void injectionInEveryQueryParameterIsRefusedOrHarmlessAndChangesNothing() {
		Api env = new Api(port, "moitruong");
		long sites = count("site");
		long users = count("app_user");
		List<String> failures = new ArrayList<>();
		for (String parameter : PARAMETERS) {
			for (String injection : INJECTIONS) {
				String path = parameter + URLEncoder.encode(injection, StandardCharsets.UTF_8).replace("+", "%20");
				Api.Response response = env.get(path);
				// in a query parameter the service answers; a path segment with an encoded "/" or ";" never reaches
				// it: Tomcat refuses it first, with its own 400
				boolean inPath = parameter.endsWith("/");
				boolean clear = response.status() == 200 || response.status() == 400 && inPath
						|| (response.status() == 400 || response.status() == 404)
								&& response.header("Content-Type").startsWith("application/problem+json");
				if (!clear || response.body().matches("(?s).*(\\{bcrypt}|\\$2[aby]\\$|at org\\.|Exception).*")) {
					failures.add(path + " → " + response.status() + " " + response.body().substring(0, Math.min(160, response.body().length())));
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(count("site")).isEqualTo(sites);
		assertThat(count("app_user")).isEqualTo(users);
		assertThat(env.get("/api/v1/sites?q=" + URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8)).json()
			.get("numberMatched").asLong()).isZero();
	}

	@Test
	void jsonInjectionInBodiesIsStoredAsTextOrRefused() {
		Api env = new Api(port, "moitruong");
		String name = "Cơ sở \"}, \"status\": \"closed\", \"x\": {\" " + Fixtures.unique("");
		Map<String, Object> site = new java.util.HashMap<>(Fixtures.newSite(name, Fixtures.VO_CUONG));
		site.put("id", 1);
		site.put("version", 99);
		site.put("communeId", 1);
		site.put("createdAt", "2000-01-01T00:00:00Z");
		Api.Response created = env.post("/api/v1/sites", site);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("id").asLong()).isNotEqualTo(1);
		assertThat(created.json().get("properties").get("name").asString()).isEqualTo(name);
		assertThat(created.json().get("properties").get("status").asString()).isEqualTo("operating");
		assertThat(created.json().get("properties").get("version").asInt()).isZero();
		assertThat(created.json().get("properties").get("communeCode").asString()).isEqualTo("09190");

		long before = count("site");
		String deep = "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
		Api.Response nested = env.postRaw("/api/v1/sites", deep, "application/json");
		assertThat(nested.status()).isEqualTo(400);
		Api.Response wrongType = env.post("/api/v1/sites", Map.of("name", Map.of("$ne", ""), "kind", "recycling_facility",
				"trade", "paper_recycling", "geometry", Fixtures.point(Fixtures.VO_CUONG)));
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.problem()).startsWith("name:");
		assertThat(count("site")).isEqualTo(before);
	}

	@Test
	void oversizedBodiesAndWrongContentTypesAreRefused() {
		Api env = new Api(port, "moitruong");
		long before = count("site");
		Api.Response big = env.postRaw("/api/v1/sites", "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}",
				"application/json");
		assertThat(big.status()).isEqualTo(413);
		assertThat(env.postRaw("/api/v1/sites", "name=x", "application/x-www-form-urlencoded").status()).isEqualTo(415);
		assertThat(env.postRaw("/api/v1/sites", "<site/>", "application/xml").status()).isEqualTo(415);
		assertThat(env.postRaw("/api/v1/inspections", "{}", "text/plain").status()).isEqualTo(415);
		assertThat(count("site")).isEqualTo(before);
	}

	@Test
	void aSessionsWriteNeedsItsCsrfTokenWhileBasicNeedsNone() throws Exception {
		Session session = new Session(port);
		assertThat(session.signIn("moitruong", Api.DEMO_PASSWORD)).isEqualTo(200);
		long before = count("site");
		String body = JsonMapper.builder().build().writeValueAsString(
				Fixtures.newSite(Fixtures.unique("Phiên"), Fixtures.VO_CUONG));
		HttpResponse<String> forged = session.post("/api/v1/sites", body, null);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("csrf-token");
		HttpResponse<String> wrong = session.post("/api/v1/sites", body, "not-the-token");
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(count("site")).isEqualTo(before);
		HttpResponse<String> real = session.post("/api/v1/sites", body, session.token());
		assertThat(real.statusCode()).isEqualTo(201);
		assertThat(session.get("/api/v1/me").body()).contains("\"username\":\"moitruong\"");

		Api.Response basic = new Api(port, "moitruong").post("/api/v1/sites",
				Fixtures.newSite(Fixtures.unique("Kịch bản"), Fixtures.VO_CUONG));
		assertThat(basic.status()).isEqualTo(201);
		assertThat(basic.headers().getOrDefault("set-cookie", List.of())).noneMatch(c -> c.startsWith("JSESSIONID"));
	}

	@Test
	void guessingPasswordsDelaysTheNameFromThatAddressAndThenRefusesTheAddress() {
		Api admin = new Api(port, "quantri");
		String username = "thu.khoa" + Fixtures.unique("").trim().toLowerCase();
		String password = "mat-khau-that-2026";
		assertThat(admin.post("/api/v1/users", Map.of("username", username, "displayName", "Thử khoá", "password",
				password, "role", "VIEWER")).status()).isEqualTo(201);
		assertThat(new Api(port, username, password).get("/api/v1/sites?limit=1").status()).isEqualTo(200);

		for (int i = 0; i < 5; i++) {
			Api.Response wrong = new Api(port, username, "doan-" + i).get("/api/v1/sites?limit=1",
					"X-Forwarded-For", "198.51.100.10");
			assertThat(wrong.status()).isEqualTo(401);
			assertThat(wrong.problem()).isEqualTo("credentials:bad-credentials");
		}
		Api.Response delayed = new Api(port, username, password).get("/api/v1/sites?limit=1",
				"X-Forwarded-For", "198.51.100.10");
		assertThat(delayed.status()).isEqualTo(429);
		assertThat(delayed.header("Retry-After")).isEqualTo("1");
		assertThat(new Api(port, username, password).get("/api/v1/sites?limit=1").status()).isEqualTo(200);
		assertThat(admin.get("/api/v1/audit?record=app_user:" + username).json().valueStream()
			.map(e -> e.get("action").asString())).contains("auth.delayed", "auth.failure");

		long id = admin.get("/api/v1/users").json().valueStream().filter(u -> u.get("username").asString().equals(username))
			.findFirst().orElseThrow().get("id").asLong();
		assertThat(admin.patch("/api/v1/users/" + id, Map.of("unlock", true)).status()).isEqualTo(200);
		assertThat(new Api(port, username, password).get("/api/v1/sites?limit=1", "X-Forwarded-For", "198.51.100.10")
			.status()).isEqualTo(200);

		String guesser = "198.51.100.20";
		int limited = 0;
		for (int i = 0; i < 100 && limited == 0; i++) {
			Api.Response attempt = new Api(port, "khong-co-" + i, "sai").get("/api/v1/sites?limit=1",
					"X-Forwarded-For", guesser);
			if (attempt.status() == 429) {
				limited = i;
				assertThat(attempt.header("Retry-After")).isNotBlank();
			}
		}
		assertThat(limited).as("failed sign-ins before the address is refused").isBetween(5, 99);
	}

	@Test
	void pathsThatClimbOutOfTheStaticFolderAreRefused() {
		Api anonymous = new Api(port);
		for (String path : List.of("/..%2f..%2fetc%2fpasswd", "/js/..%2f..%2fapplication.properties",
				"/%2e%2e/%2e%2e/etc/passwd", "/css/%2e%2e%2f%2e%2e%2fapplication.properties", "/js/../../application.properties",
				"/webjars/..%252f..%252fetc/passwd", "/api/v1/sites/..%2f..%2fusers", "/i18n/%00.json")) {
			Api.Response response = anonymous.get(path);
			assertThat(response.status()).as(path).isIn(400, 401, 404);
			assertThat(response.body()).as(path).doesNotContain("root:", "spring.datasource", "diemnong.security");
		}
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	/** A browser-like client: cookies kept, the form sign-in, the XSRF-TOKEN cookie read back. */
	static final class Session {

		private final CookieManager cookies = new CookieManager();
		private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		private final String base;

		Session(int port) {
			this.base = "http://localhost:" + port;
		}

		int signIn(String username, String password) throws IOException, InterruptedException {
			get("/api/v1/me");
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8);
			return send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token())
				.POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
		}

		String token() {
			return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).findFirst().orElseThrow();
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		}

		HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
			if (token != null) {
				request.header("X-XSRF-TOKEN", token);
			}
			return send(request);
		}

		HttpResponse<String> patch(String path, String json) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.header("X-XSRF-TOKEN", token()).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}
}
