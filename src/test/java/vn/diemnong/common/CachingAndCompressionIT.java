package vn.diemnong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

/** Issue 11, speed: JSON answers are compressed, and a second visit revalidates static files instead of downloading them. */
@IntegrationTest
class CachingAndCompressionIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void giStarAt250MetresIsAtLeastFiveTimesSmallerOnTheWireAndTheSameOnceDecompressed() throws Exception {
		String path = "/api/v1/hotspots/gi?from=2025-11-01&to=2026-10-31&cell=250";
		HttpResponse<byte[]> identity = get(path, "Accept-Encoding", "identity");
		HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip");
		assertThat(identity.statusCode()).isEqualTo(200);
		assertThat(gzip.statusCode()).isEqualTo(200);
		assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.body().length).isLessThanOrEqualTo(identity.body().length / 5);
		assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
	}

	@ParameterizedTest
	// the map page itself is made per caller, with its first answers in it: MapPageIT checks its 304s
	@ValueSource(strings = { "/js/app.js", "/i18n/vi.json", "/css/app.css", "/webjars/leaflet/dist/leaflet.css" })
	void aSecondVisitGets304sForStaticFiles(String path) throws Exception {
		HttpResponse<byte[]> first = get(path);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).isNotEmpty();
		// the URLs carry no version: the browser keeps the file but asks each time whether it changed
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<byte[]> byEtag = get(path, "If-None-Match", etag);
		assertThat(byEtag.statusCode()).isEqualTo(304);
		assertThat(byEtag.body()).isEmpty();
		assertThat(byEtag.headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<byte[]> byDate = get(path, "If-Modified-Since", lastModified);
		assertThat(byDate.statusCode()).isEqualTo(304);
		assertThat(byDate.body()).isEmpty();

		assertThat(get(path, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);
	}

	@Test
	void theEtagOfACompressedStaticFileStillRevalidates() throws Exception {
		HttpResponse<byte[]> first = get("/js/app.js", "Accept-Encoding", "gzip");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/js/app.js", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header(
				"Authorization", "Basic " + Base64.getEncoder().encodeToString(("moitruong:" + Api.DEMO_PASSWORD).getBytes()));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}
}
