package vn.diemnong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** Edges of request input the common machinery guards: bbox numbers, chunked bodies, and constraint messages. */
@IntegrationTest
class RequestEdgesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bboxWithNaNInfinityOutOfRangeOrInvertedCornersIsRefused() {
		Api api = new Api(port, "moitruong");
		for (String bbox : List.of("NaN,21,106.2,21.3", "105.9,NaN,106.2,21.3", "105.9,21,NaN,21.3", "105.9,21,106.2,NaN",
				"NaN,NaN,NaN,NaN", "105.9,21,Infinity,21.3", "-Infinity,21,106.2,21.3", "105.9,21,106.2,1e400",
				"105.9,21,106.2,91", "-181,21,106.2,21.3", "106.2,21,105.9,21.3", "105.9,21.3,106.2,21", "0x1p3,21,106.2,21.3",
				"105.9d,21,106.2,21.3")) {
			Api.Response response = api.get("/api/v1/sites?bbox=" + URLEncoder.encode(bbox, StandardCharsets.UTF_8));
			assertThat(response.status()).as(bbox + " → " + response.body()).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.problem()).as(bbox).startsWith("bbox:bbox-");
			assertThat(response.json().get("errors").get(0).get("messageVi").asString()).isNotBlank();
			assertThat(response.json().get("errors").get(0).get("messageEn").asString()).isNotBlank();
		}
		assertThat(api.get("/api/v1/sites?bbox=105.9,21,106.2,21.3").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/sites?bbox=106,21.1,106,21.1").status()).isEqualTo(200);
	}

	/**
	 * A problem's members come in one order, the RFC 9457 ones first, then the extensions, each error's too: two
	 * identical requests get identical bytes, whether MVC or a security filter writes the problem.
	 */
	@Test
	void problemsHaveOneMemberOrder() {
		Api api = new Api(port, "moitruong");
		for (Api caller : List.of(api, new Api(port))) {
			String path = "/api/v1/hotspots/gi?cell=10&fdr=maybe";
			Api.Response first = caller.get(path);
			assertThat(first.header("Content-Type")).startsWith("application/problem+json");
			assertThat(caller.get(path).body()).isEqualTo(first.body());
			List<String> members = new java.util.ArrayList<>(first.json().propertyNames());
			assertThat(members.subList(0, 5)).containsExactly("type", "title", "status", "detail", "instance");
			assertThat(members).endsWith("errors");
			assertThat(first.json().get("errors").get(0).propertyNames()).containsExactly("field", "code",
					"messageVi", "messageEn");
		}
	}

	@Test
	void chunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM site").query(Long.class).single();
		HttpResponse<String> small = chunkedPost("{\"name\": \"" + Fixtures.unique("Chunked") + "\", \"kind\": "
				+ "\"recycling_facility\", \"trade\": \"paper_recycling\", \"geometry\": {\"type\": \"Point\", "
				+ "\"coordinates\": [106.06056, 21.16714]}}");
		assertThat(small.statusCode()).as(small.body()).isEqualTo(201);

		HttpResponse<String> big = chunkedPost("{\"name\": \"" + "x".repeat(1_500_000) + "\"}");
		assertThat(big.statusCode()).as(big.body()).isEqualTo(413);
		assertThat(big.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(Api.json(big.body()).get("errors").get(0).get("code").asString()).isEqualTo("body-too-large");
		assertThat(jdbc.sql("SELECT count(*) FROM site").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void constraintProblemsNameTheBoundInVietnameseAndEnglish() {
		Api api = new Api(port, "moitruong");
		JsonNode cell = error(api.get("/api/v1/hotspots/gi?cell=10"), "cell");
		String floor = number(cell.get("messageEn").asString());
		assertThat(cell.get("messageVi").asString()).contains(floor);

		assertThat(error(api.get("/api/v1/sites?limit=0"), "limit").get("messageEn").asString()).contains("1");
		JsonNode limit = error(api.get("/api/v1/sites?limit=20000"), "limit");
		assertThat(limit.get("messageEn").asString()).contains("10000");
		assertThat(limit.get("messageVi").asString()).contains("10000");
		assertThat(error(api.get("/api/v1/communes?simplify=2"), "simplify").get("messageVi").asString()).contains("1");

		JsonNode name = error(api.post("/api/v1/sites", Fixtures.newSite("x".repeat(301), Fixtures.VO_CUONG)), "name");
		assertThat(name.get("messageEn").asString()).contains("300");
		assertThat(name.get("messageVi").asString()).contains("300");
	}

	/** The problem's error for the field, whose messages in both languages name a bound. */
	private static JsonNode error(Api.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("code").asString()).startsWith("constraint.");
		assertThat(error.get("messageVi").asString()).as(response.body()).matches(".*\\d.*");
		assertThat(error.get("messageEn").asString()).as(response.body()).matches(".*\\d.*");
		assertThat(error.get("messageVi").asString()).isNotEqualTo(error.get("messageEn").asString());
		return error;
	}

	private static String number(String text) {
		Matcher matcher = Pattern.compile("\\d+").matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group();
	}

	/** A POST whose body length is not known beforehand, so it goes out with Transfer-Encoding: chunked. */
	private HttpResponse<String> chunkedPost(String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sites"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("moitruong:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
				HttpResponse.BodyHandlers.ofString());
	}
}
