package vn.diemnong;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the service under test: real requests over a real socket. */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The password of the demo accounts, which the test profile creates. */
	public static final String DEMO_PASSWORD = "demo2026";

	private final int port;
	private final String base;
	private final String[] credentials;
	private final String username;

	/** Anonymous: the public. */
	public Api(int port) {
		this.port = port;
		this.base = "http://localhost:" + port;
		this.credentials = new String[0];
		this.username = null;
	}

	/** As a demo account, with HTTP Basic (no session, no CSRF token), like a script. */
	public Api(int port, String username) {
		this(port, username, DEMO_PASSWORD);
	}

	public Api(int port, String username, String password) {
		this.port = port;
		this.base = "http://localhost:" + port;
		this.username = username;
		this.credentials = new String[] { "Authorization", "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)) };
	}

	/** The demo account this client signs in as, or null for the public. */
	public String username() {
		return username;
	}

	/** The same service as another demo account. */
	public Api as(String username) {
		return new Api(port, username);
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Response post(String path, Object body, String... headers) {
		return send(request(path, withJson(headers)).POST(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Response patch(String path, Object body, String... headers) {
		return send(request(path, withJson(headers)).method("PATCH", HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Response postRaw(String path, String body, String contentType) {
		return send(request(path, "Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		for (int i = 0; i < credentials.length; i += 2) {
			builder.header(credentials[i], credentials[i + 1]);
		}
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private static String[] withJson(String[] headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = headers.length > 0 && headers[0].equals("Content-Type") ? headers[1] : "application/json";
		int skip = headers.length > 0 && headers[0].equals("Content-Type") ? 2 : 0;
		System.arraycopy(headers, skip, all, 2, headers.length - skip);
		return java.util.Arrays.copyOf(all, headers.length + 2 - skip);
	}

	private static String text(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0)).findFirst().orElse(null);
		}

		/** The problem's first error field and code, for assertions on refusals. */
		public String problem() {
			JsonNode error = json().get("errors").get(0);
			return error.get("field").asString() + ":" + error.get("code").asString();
		}
	}
}
