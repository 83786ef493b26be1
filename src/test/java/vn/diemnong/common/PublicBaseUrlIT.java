package vn.diemnong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;

/**
 * With {@code diemnong.web.public-base-url} set, paging links start with it whatever Host (or X-Forwarded-Host) the
 * request claims. A context of its own, because the property is read at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "diemnong.web.public-base-url=https://diemnong.example.vn/ban-do/")
@ActiveProfiles("test")
class PublicBaseUrlIT {

	static final String BASE = "https://diemnong.example.vn/ban-do/api/v1/";

	@LocalServerPort
	int port;

	@Test
	void pagingLinksUseTheConfiguredPublicBaseUrlWhateverTheHostHeaderSays() throws IOException {
		String basic = "Authorization: Basic " + Base64.getEncoder()
			.encodeToString(("moitruong:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (List<String> headers : List.of(List.of("Host: evil.example"),
				List.of("Host: localhost", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: http"))) {
			JsonNode sites = get("/api/v1/sites?limit=1&offset=1&kind=craft_village", basic, headers);
			assertThat(hrefs(sites)).hasSize(3).allMatch(href -> href.startsWith(BASE + "sites?limit=1&kind=craft_village&offset="));
			JsonNode published = get("/api/v1/public/sites?limit=1&offset=1", null, headers);
			assertThat(hrefs(published)).hasSize(3).allMatch(href -> href.startsWith(BASE + "public/sites?limit=1&offset="));
		}
	}

	private static List<String> hrefs(JsonNode collection) {
		return collection.get("links").valueStream().map(link -> link.get("href").asString()).toList();
	}

	/** HTTP/1.0 over a plain socket: java.net.http will not send a Host header of the caller's choosing. */
	private JsonNode get(String path, String authorization, List<String> headers) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\n");
			headers.forEach(h -> request.append(h).append("\r\n"));
			if (authorization != null) {
				request.append(authorization).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 200");
			return Api.json(response.substring(response.indexOf("\r\n\r\n") + 4));
		}
	}
}
