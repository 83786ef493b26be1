package vn.diemnong.access;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.diemnong.common.VersionedFiles;

/**
 * The page's Content-Security-Policy, without 'unsafe-inline': the page's inline scripts (the import map, the first
 * answers, the app's start) are allowed by their hashes, computed here from the page the service actually serves, and
 * images come only from the service and from the configured base-map host.
 */
@Component
class ContentSecurityPolicy {

	private static final Pattern INLINE_SCRIPT =
			Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

	private final String directives;

	ContentSecurityPolicy(@Value("${diemnong.map.base-url:}") String baseMapUrl,
			@Value("${diemnong.map.imagery-url:}") String imageryUrl) throws IOException {
		this.directives = String.join("; ",
				"default-src 'self'",
				"script-src 'self'" + hashes(new ClassPathResource("static/index.html")),
				"style-src 'self'",
				"img-src 'self' data: blob:" + origin(baseMapUrl) + origin(imageryUrl),
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"frame-ancestors 'none'");
	}

	String directives() {
		return directives;
	}

	static String hashes(ClassPathResource page) throws IOException {
		if (!page.exists()) {
			return "";
		}
		String html;
		try (InputStream in = page.getInputStream()) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Set<String> hashes = new LinkedHashSet<>();
		// the page is served with its own files' URLs versioned (the import map names Leaflet's)
		for (String served : List.of(html, VersionedFiles.rewrite(html))) {
			Matcher matcher = INLINE_SCRIPT.matcher(served);
			while (matcher.find()) {
				hashes.add(" 'sha256-" + sha256(matcher.group(1)) + "'");
			}
		}
		return String.join("", hashes);
	}

	/** The base map's scheme and host ({s} subdomains become a wildcard); empty when there is no base map. */
	static String origin(String urlTemplate) {
		if (!StringUtils.hasText(urlTemplate)) {
			return "";
		}
		URI uri = URI.create(urlTemplate.replace("{s}", "s").replaceAll("\\{[a-z]+}", "0"));
		String host = urlTemplate.contains("{s}.") ? "*." + uri.getHost().substring(2) : uri.getHost();
		return " " + uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder().encodeToString(
					MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
