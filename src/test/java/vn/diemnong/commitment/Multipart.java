package vn.diemnong.commitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.Api;

/** A multipart/form-data POST as a demo account: JSON parts and file parts, over a real socket. */
final class Multipart {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String boundary = "----dn" + UUID.randomUUID();
	private final ByteArrayOutputStream body = new ByteArrayOutputStream();
	private final Map<String, String> headers = new LinkedHashMap<>();

	Multipart json(String name, Object value) {
		return part(name, null, "application/json",
				(value instanceof String s ? s : JSON.writeValueAsString(value)).getBytes(StandardCharsets.UTF_8));
	}

	Multipart header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	Multipart file(String name, String filename, String type, byte[] bytes) {
		return part(name, filename, type, bytes);
	}

	private Multipart part(String name, String filename, String type, byte[] bytes) {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		return this;
	}

	Api.Response post(int port, String username, String path) {
		byte[] bytes = body.toByteArray();
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(bytes);
		all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(all.toByteArray()));
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Api.Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
