package vn.diemnong.observation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import vn.diemnong.Api;

/** A multipart/form-data request as a phone's FormData sends it: the observation JSON as a Blob, then the photos. */
public final class Multipart {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String boundary = "----diemnong" + UUID.randomUUID();
	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public Multipart json(String name, String json) {
		return part(name, "blob", "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	public Multipart file(String name, String filename, String contentType, byte[] content) {
		return part(name, filename, contentType, content);
	}

	private Multipart part(String name, String filename, String contentType, byte[] content) {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** POSTs as {@code user} (HTTP Basic, demo password), or anonymously when null. */
	public Api.Response post(int port, String path, String user, String... headers) {
		byte[] bytes = body.toByteArray();
		byte[] all = new byte[bytes.length + boundary.length() + 6];
		System.arraycopy(bytes, 0, all, 0, bytes.length);
		System.arraycopy(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8), 0, all, bytes.length,
				boundary.length() + 6);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(all));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
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

	/** GETs bytes (a photo). */
	public static HttpResponse<byte[]> getBytes(int port, String path, String user) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
