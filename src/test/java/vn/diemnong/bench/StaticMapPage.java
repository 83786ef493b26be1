package vn.diemnong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

import org.webjars.WebJarVersionLocator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The yardstick of the first-paint benchmark: a static Leaflet page drawing the 99 communes exactly as the boundary
 * file has them (unsimplified) and 1,000 circle markers, served as a static site would serve it (ETags, 304s), on a
 * port of its own. Leaflet comes from the same webjar the service uses; no tiles, as in the measured map.
 */
final class StaticMapPage implements AutoCloseable {

	static final int MARKERS = 1_000;

	private static final String PAGE = """
			<!doctype html>
			<html><head><meta charset="utf-8"><title>static</title>
			<link rel="stylesheet" href="leaflet.css">
			<style>html,body,#map{height:100%;margin:0}</style>
			<script src="leaflet.js"></script></head>
			<body><div id="map"></div><script src="page.js"></script></body></html>
			""";

	private static final String SCRIPT = """
			const map = L.map('map', { preferCanvas: false }).setView([21.2, 106.2], 10);
			Promise.all([fetch('communes.geojson').then((r) => r.json()), fetch('markers.json').then((r) => r.json())])
			  .then(([communes, markers]) => {
			    const areas = L.geoJSON(communes, { style: { className: 'commune-area', weight: 1, color: '#555',
			      fillColor: '#fdae61', fillOpacity: 0.4 } }).addTo(map);
			    markers.forEach(([lat, lon]) => L.circleMarker([lat, lon], { radius: 5, className: 'site-marker' }).addTo(map));
			    map.fitBounds(areas.getBounds());
			  });
			""";

	private final HttpServer server;
	private final Map<String, byte[]> files;

	StaticMapPage(Path communes) throws IOException {
		files = Map.of("/", PAGE.getBytes(StandardCharsets.UTF_8), "/page.js", SCRIPT.getBytes(StandardCharsets.UTF_8),
				"/leaflet.js", webjar("leaflet.js"), "/leaflet.css", webjar("leaflet.css"),
				"/communes.geojson", Files.readAllBytes(communes), "/markers.json", markers());
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::serve);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	private void serve(HttpExchange exchange) throws IOException {
		byte[] body = files.get(exchange.getRequestURI().getPath());
		if (body == null) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		String etag = '"' + sha256(body) + '"';
		exchange.getResponseHeaders().set("ETag", etag);
		exchange.getResponseHeaders().set("Cache-Control", "no-cache");
		exchange.getResponseHeaders().set("Content-Type", contentType(exchange.getRequestURI().getPath()));
		if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
			exchange.sendResponseHeaders(304, -1);
		}
		else {
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	private static String contentType(String path) {
		if (path.endsWith(".js")) {
			return "text/javascript";
		}
		if (path.endsWith(".css")) {
			return "text/css";
		}
		return path.endsWith("/") ? "text/html; charset=utf-8" : "application/json";
	}

	/** 1,000 points spread over the province's extent, the same on every run. */
	private static byte[] markers() {
		Random random = new Random(2026);
		StringJoiner points = new StringJoiner(",", "[", "]");
		for (int i = 0; i < MARKERS; i++) {
			points.add(String.format(Locale.ROOT, "[%.5f,%.5f]", 20.95 + random.nextDouble() * 0.55,
					105.9 + random.nextDouble() * 0.85));
		}
		return points.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] webjar(String file) throws IOException {
		String version = new WebJarVersionLocator().version("leaflet");
		try (InputStream in = StaticMapPage.class.getClassLoader()
			.getResourceAsStream("META-INF/resources/webjars/leaflet/" + version + "/dist/" + file)) {
			if (in == null) {
				throw new IOException("leaflet " + version + " dist/" + file + " is not on the class path");
			}
			return in.readAllBytes();
		}
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
