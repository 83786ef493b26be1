package vn.diemnong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * Issue 11, first paint: the map's two data answers are kept until the data behind them changes, per caller's
 * communes, and a client holding one gets 304 by its ETag.
 */
@IntegrationTest
class CachedAnswersIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final String SITES = "/api/v1/sites?limit=10000";
	private static final String COMMUNES = "/api/v1/communes?simplify=0.0013";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { SITES, COMMUNES, "/api/v1/public/communes?simplify=0.0013" })
	void aClientHoldingTheAnswerGets304ByItsEtagInEitherEncoding(String path) throws Exception {
		HttpResponse<byte[]> plain = get("moitruong", path);
		assertThat(plain.statusCode()).isEqualTo(200);
		String etag = plain.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(plain.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache").contains("private");
		assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
		assertThat(plain.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("Accept-Encoding");

		HttpResponse<byte[]> again = get("moitruong", path, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<byte[]> gzip = get("moitruong", path, "Accept-Encoding", "gzip");
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
		String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
		assertThat(gzipTag).isNotEqualTo(etag);
		assertThat(get("moitruong", path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode())
			.isEqualTo(304);
		assertThat(get("moitruong", path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
	}

	@Test
	void aWriteThroughTheServiceIsSeenAtOnce() throws Exception {
		HttpResponse<byte[]> sites = get("moitruong", SITES);
		HttpResponse<byte[]> communes = get("moitruong", COMMUNES);
		long before = json(sites).get("numberMatched").asLong();
		long voCuongSites = sitesOf(json(communes), "09190");

		String name = Fixtures.unique("Xưởng mới ghi");
		Fixtures.site(new Api(port, "moitruong"), name, Fixtures.VO_CUONG);

		HttpResponse<byte[]> sitesAfter = get("moitruong", SITES, "If-None-Match", etag(sites));
		assertThat(sitesAfter.statusCode()).isEqualTo(200);
		assertThat(json(sitesAfter).get("numberMatched").asLong()).isEqualTo(before + 1);
		assertThat(new String(sitesAfter.body(), StandardCharsets.UTF_8)).contains(name);
		HttpResponse<byte[]> communesAfter = get("moitruong", COMMUNES, "If-None-Match", etag(communes));
		assertThat(communesAfter.statusCode()).isEqualTo(200);
		assertThat(sitesOf(json(communesAfter), "09190")).isEqualTo(voCuongSites + 1);
	}

	@Test
	void aWriteInPlainSqlIsSeenAtOnce() throws Exception {
		long id = Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng trước"), Fixtures.VO_CUONG);
		HttpResponse<byte[]> sites = get("moitruong", SITES);
		String renamed = Fixtures.unique("Xưởng đổi tên bằng SQL");
		jdbc.sql("UPDATE site SET name = :name WHERE id = :id").param("name", renamed).param("id", id).update();

		HttpResponse<byte[]> after = get("moitruong", SITES, "If-None-Match", etag(sites));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains(renamed);
	}

	@Test
	void aCommunesUserNeverGetsAnotherCallersKeptAnswer() throws Exception {
		for (String path : List.of(SITES, COMMUNES)) {
			HttpResponse<byte[]> province = get("moitruong", path);
			HttpResponse<byte[]> voCuong = get("xa.vocuong", path);
			HttpResponse<byte[]> vanMon = get("xa.vanmon", path);
			assertThat(communesIn(json(voCuong), path)).containsOnly("09190");
			assertThat(communesIn(json(vanMon), path)).containsOnly("09238");
			assertThat(communesIn(json(province), path)).contains("09190", "09238");
			assertThat(List.of(etag(province), etag(voCuong), etag(vanMon))).doesNotHaveDuplicates();
			// another caller's ETag is no answer of theirs: the whole answer comes, their own
			HttpResponse<byte[]> withOthersTag = get("xa.vanmon", path, "If-None-Match", etag(voCuong));
			assertThat(withOthersTag.statusCode()).isEqualTo(200);
			assertThat(communesIn(json(withOthersTag), path)).containsOnly("09238");
			assertThat(get("xa.vanmon", path, "If-None-Match", etag(province)).statusCode()).isEqualTo(200);
		}
	}

	private static List<String> communesIn(JsonNode collection, String path) {
		return collection.get("features").valueStream()
			.map(f -> path.equals(SITES) ? f.get("properties").get("communeCode").asString() : f.get("id").asString())
			.distinct()
			.toList();
	}

	private static long sitesOf(JsonNode communes, String code) {
		return communes.get("features").valueStream().filter(f -> f.get("id").asString().equals(code))
			.findFirst().orElseThrow().get("properties").get("sites").asLong();
	}

	private static String etag(HttpResponse<byte[]> response) {
		return response.headers().firstValue("ETag").orElseThrow();
	}

	private static JsonNode json(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return Api.json(new String(response.body(), StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> get(String user, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header(
				"Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes()));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}
}
