package vn.diemnong.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.common.VersionedFiles;

/**
 * Issue 11, first paint: the map page comes with its first answers written in, each the very answer its caller
 * would get from the API (so only what that caller may read), and its first frame's sites taken from the caller's
 * own sites answer, with a strong ETag that changes with them, and its own files under versioned, immutable URLs.
 */
@IntegrationTest
class MapPageIT {

	private static final Pattern BLOCK =
			Pattern.compile("<script type=\"application/json\" data-answer=\"([^\"]*)\">(.*?)</script>", Pattern.DOTALL);

	private static final Pattern FIRST_FRAME_SITES =
			Pattern.compile("<script type=\"application/json\" id=\"first-frame-sites\">(.*?)</script>", Pattern.DOTALL);

	private static final Pattern INLINE_SCRIPT =
			Pattern.compile("<script(?![^>]*\\b(?:src|type=\"application/json\"))[^>]*>(.*?)</script>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Test
	void aProvinceUserGetsTheAnswersTheApiGivesThem() {
		Api api = new Api(port, "moitruong");
		String page = api.get("/").body();
		Map<String, String> answers = answers(page);
		// the sites as the first frame draws them; the app asks for the whole answer itself
		assertThat(answers.keySet()).hasSize(3).contains("/api/v1/me", "/api/v1/config");
		assertThat(firstFrameSites(page)).isEqualTo(drawn(api.get("/api/v1/sites?limit=5000").json()));
		for (Map.Entry<String, String> answer : answers.entrySet()) {
			assertThat(Api.json(answer.getValue())).as(answer.getKey()).isEqualTo(api.get(answer.getKey()).json());
		}
		String communes = answers.keySet().stream().filter(url -> url.startsWith("/api/v1/communes?")).findFirst()
			.orElseThrow();
		// the first frame's detail (the map's outlines layer asks for its own)
		assertThat(communes).contains("simplify=0.0013");
		assertThat(Api.json(answers.get("/api/v1/me")).get("username").asString()).isEqualTo("moitruong");
	}

	@Test
	void aCommuneUserGetsOnlyTheirCommune() {
		Api api = new Api(port, "xa.vocuong");
		String page = api.get("/").body();
		Map<String, String> answers = answers(page);
		// their map opens on their commune, which the first frame does not draw (js/early/first-frame.js)
		assertThat(answers.keySet()).hasSize(3).noneMatch(url -> url.contains("sites"));
		assertThat(FIRST_FRAME_SITES.matcher(page).find()).isFalse();
		JsonNode communes = Api.json(answers.entrySet().stream().filter(a -> a.getKey().startsWith("/api/v1/communes?"))
			.findFirst().orElseThrow().getValue());
		assertThat(communes.get("features").valueStream().map(f -> f.get("id").asString())).containsOnly("09190");
	}

	@Test
	void thePublicGetsOnlyThePublishedData() {
		Api api = new Api(port);
		Api.Response page = api.get("/");
		Map<String, String> answers = answers(page.body());
		assertThat(answers.keySet()).noneMatch(url -> url.startsWith("/api/v1/sites") || url.startsWith("/api/v1/communes"));
		assertThat(answers.keySet()).anyMatch(url -> url.startsWith("/api/v1/public/communes?"));
		assertThat(Api.json(answers.get("/api/v1/me")).get("authenticated").asBoolean()).isFalse();
		assertThat(firstFrameSites(page.body())).isEqualTo(drawn(api.get("/api/v1/public/sites?limit=10000").json()));
		// one XSRF-TOKEN cookie, as /api/v1/me sets it
		assertThat(page.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Set-Cookie"))
			.flatMap(h -> h.getValue().stream()).filter(c -> c.startsWith("XSRF-TOKEN="))).hasSize(1);
	}

	@Test
	void aLinksStateGetsOnlyWhoAndTheConfiguration() {
		Map<String, String> answers = answers(new Api(port, "moitruong").get("/?site=1").body());
		assertThat(answers.keySet()).containsExactly("/api/v1/me", "/api/v1/config");
	}

	@Test
	void theEtagHoldsUntilTheDataChanges() {
		Api api = new Api(port, "moitruong");
		Api.Response page = api.get("/");
		String etag = page.header("ETag");
		assertThat(etag).matches("\"[0-9a-f]{40}\"");
		assertThat(page.header("Cache-Control")).contains("no-cache").contains("private");
		assertThat(page.header("Content-Type")).startsWith("text/html");
		Api.Response again = api.get("/", "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(api.get("/index.html", "If-None-Match", etag).status()).isEqualTo(304);
		// another caller's page is not theirs
		assertThat(new Api(port, "xa.vocuong").get("/", "If-None-Match", etag).status()).isEqualTo(200);

		long site = Fixtures.site(api, Fixtures.unique("Xưởng"), Fixtures.VO_CUONG);
		Api.Response changed = api.get("/", "If-None-Match", etag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(etag);
		assertThat(firstFrameSites(changed.body()).get("points").valueStream().map(point -> point.get(0).asLong()))
			.contains(site);
	}

	@Test
	void aNameThatWouldEndItsBlockCannot() {
		String username = "u" + Fixtures.unique("").trim();
		String name = Fixtures.unique("Cán bộ </script><script>alert(1)</script>");
		assertThat(new Api(port, "quantri").post("/api/v1/users", Map.of("username", username, "displayName", name,
				"password", "mat-khau-dai-2026", "role", "VIEWER")).status()).isEqualTo(201);
		String page = new Api(port, username, "mat-khau-dai-2026").get("/").body();
		assertThat(page).doesNotContain("<script>alert(1)");
		assertThat(answers(page).get("/api/v1/me")).doesNotContain("<");
		assertThat(Api.json(answers(page).get("/api/v1/me")).get("displayName").asString()).isEqualTo(name);
	}

	@Test
	void everyScriptThatRunsIsInThePolicyAndTheFilesAreImmutable() throws Exception {
		Api.Response page = new Api(port).get("/");
		String policy = page.header("Content-Security-Policy");
		assertThat(policy).doesNotContain("unsafe-inline");
		Matcher scripts = INLINE_SCRIPT.matcher(page.body());
		int inline = 0;
		while (scripts.find()) {
			String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
				.digest(scripts.group(1).getBytes(StandardCharsets.UTF_8)));
			assertThat(policy).contains("'sha256-" + hash + "'");
			inline++;
		}
		// the import map, the first answers and the app's start (after the first frame)
		assertThat(inline).isEqualTo(3);
		assertThat(page.body()).contains("import(\"" + VersionedFiles.PREFIX + "js/app.js\")");
		List<String> files = Pattern.compile("(?:src|href)=\"(/v/[^\"]+)\"").matcher(page.body()).results()
			.map(m -> m.group(1)).distinct().toList();
		assertThat(files).hasSize(5).allMatch(file -> file.startsWith(VersionedFiles.PREFIX));
		assertThat(page.body()).contains("\"leaflet\": \"" + VersionedFiles.PREFIX + "webjars/leaflet/");
		for (String file : files) {
			Api.Response served = new Api(port).get(file);
			assertThat(served.status()).as(file).isEqualTo(200);
			assertThat(served.header("Cache-Control")).contains("immutable").contains("max-age=31536000");
		}
		assertThat(new Api(port).get("/v/0123456789abcdef0123/js/app.js").status()).isEqualTo(404);
	}

	private static JsonNode firstFrameSites(String page) {
		Matcher block = FIRST_FRAME_SITES.matcher(page);
		assertThat(block.find()).as("the first frame's sites").isTrue();
		return Api.json(block.group(1));
	}

	/** What the first frame needs of a sites answer: each point's id, kind, status and place; the other shapes. */
	private static JsonNode drawn(JsonNode sites) {
		ObjectNode drawn = JsonNodeFactory.instance.objectNode();
		ArrayNode points = drawn.putArray("points");
		ArrayNode areas = drawn.putArray("areas");
		for (JsonNode site : sites.get("features")) {
			JsonNode geometry = site.get("geometry");
			JsonNode properties = site.get("properties");
			if (geometry.isNull()) {
				continue;
			}
			if (geometry.get("type").asString().equals("Point")) {
				points.addArray().add(site.get("id")).add(properties.get("kind")).add(properties.get("status"))
					.add(geometry.get("coordinates").get(0)).add(geometry.get("coordinates").get(1));
			}
			else {
				ObjectNode area = areas.addObject().put("type", "Feature");
				area.set("id", site.get("id"));
				area.set("geometry", geometry);
				area.putObject("properties").put("kind", properties.get("kind").asString())
					.put("status", properties.get("status").asString());
			}
		}
		assertThat(points).as("sites drawn as points").isNotEmpty();
		return drawn;
	}

	private static Map<String, String> answers(String page) {
		Map<String, String> answers = new LinkedHashMap<>();
		Matcher blocks = BLOCK.matcher(page);
		while (blocks.find()) {
			answers.put(blocks.group(1).replace("&amp;", "&"), blocks.group(2));
		}
		return answers;
	}
}
