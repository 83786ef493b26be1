package vn.diemnong.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.webjars.WebJarVersionLocator;

/**
 * The map page's own files (its first frame, its bundle, its stylesheet and Leaflet's) under URLs that change with
 * their content, so that the browser keeps them as immutable and a warm load does not even revalidate them:
 * {@code /v/BUILD/…}, where BUILD is a hash of those five files. The page as served ({@code index.html} with these
 * URLs in place of the version-free ones) is {@link #rewrite(String)}; the Content-Security-Policy hashes its inline
 * scripts as rewritten (the import map names Leaflet's file, the app's start imports the bundle).
 */
public final class VersionedFiles {

	/** The version-free URL in index.html and the file it names under the static locations. */
	private static final Map<String, String> FILES = files();

	/** A hash of the five files: it names this build's versioned URLs. */
	public static final String BUILD = build();

	/** Where the versioned files are served: {@code /v/BUILD/} followed by their path in the static locations. */
	public static final String PREFIX = "/v/" + BUILD + "/";

	private VersionedFiles() {
	}

	/** The page with its version-free URLs of the five files replaced by this build's versioned ones. */
	public static String rewrite(String html) {
		String page = html;
		for (Map.Entry<String, String> file : FILES.entrySet()) {
			page = page.replace('"' + file.getKey() + '"', '"' + PREFIX + file.getValue() + '"');
		}
		return page;
	}

	private static Map<String, String> files() {
		String leaflet = "webjars/leaflet/" + new WebJarVersionLocator().version("leaflet") + "/dist/";
		Map<String, String> files = new LinkedHashMap<>();
		files.put("js/first-frame.js", "js/first-frame.js");
		files.put("js/app.js", "js/app.js");
		files.put("css/app.css", "css/app.css");
		files.put("/webjars/leaflet/dist/leaflet.css", leaflet + "leaflet.css");
		files.put("/webjars/leaflet/dist/leaflet-src.esm.js", leaflet + "leaflet-src.esm.js");
		return files;
	}

	private static String build() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String file : FILES.values()) {
				ClassPathResource resource = new ClassPathResource(
						(file.startsWith("webjars/") ? "META-INF/resources/" : "static/") + file);
				if (!resource.exists()) {
					// a build without the bundle (tests compiled before esbuild ran): its name still differs
					digest.update(file.getBytes(StandardCharsets.UTF_8));
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 10);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
