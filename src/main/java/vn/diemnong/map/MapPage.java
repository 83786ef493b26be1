package vn.diemnong.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.diemnong.common.Revalidation;
import vn.diemnong.common.VersionedFiles;

/**
 * The map page (index.html) as the service serves it: its first answers ({@link FirstAnswers}) written into it as JSON
 * blocks that its inline script hands to api.js, and its first frame's sites as one more, so that the first frame waits
 * for one round trip; its bundle, stylesheet and Leaflet under versioned URLs ({@link VersionedFiles}) kept as
 * immutable. The page differs per caller, data version, language and build: its strong ETag is a hash of its bytes, and
 * a reload that has them gets 304.
 */
@Controller
@Hidden
class MapPage implements WebMvcConfigurer {

	static final String PLACEHOLDER = "<!-- first answers -->";

	/** The id of the block of the first frame's sites (js/early/first-frame.js). */
	static final String FIRST_FRAME_SITES = "first-frame-sites";

	private final FirstAnswers first;
	private final String[] template;
	/** The last gzipped pages by hash, for the next cold load of the same page (another session, say). */
	private final Map<String, byte[]> gzipped = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > 8;
		}
	});

	MapPage(FirstAnswers first) throws IOException {
		this.first = first;
		String html;
		try (InputStream in = new ClassPathResource("static/index.html").getInputStream()) {
			html = VersionedFiles.rewrite(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		int at = html.indexOf(PLACEHOLDER);
		this.template = at < 0 ? new String[] { html, "" }
				: new String[] { html.substring(0, at), html.substring(at + PLACEHOLDER.length()) };
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(VersionedFiles.PREFIX + "**")
			.addResourceLocations("classpath:/static/", "classpath:/META-INF/resources/")
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
	}

	@GetMapping({ "/", "/index.html" })
	ResponseEntity<byte[]> page(HttpServletRequest request, HttpServletResponse response) {
		Map<String, byte[]> blocks = blocks(first.of(request, response));
		boolean gzip = Revalidation.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		// the page is made of the template and these answers only: their hash is the page's, without making it
		String hash = hash(blocks);
		String tag = "\"" + hash + (gzip ? "-gzip" : "") + "\"";
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(tag);
		headers.setCacheControl(CacheControl.noCache().cachePrivate());
		headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE));
		if (Revalidation.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), hash)) {
			return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
		}
		headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		if (gzip) {
			headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		byte[] page = gzip ? gzipped.get(hash) : null;
		if (page == null) {
			page = render(blocks);
			if (gzip) {
				page = Revalidation.gzip(page);
				gzipped.put(hash, page);
			}
		}
		return new ResponseEntity<>(page, headers, HttpStatus.OK);
	}

	private String hash(Map<String, byte[]> blocks) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(template[0].getBytes(StandardCharsets.UTF_8));
			digest.update(template[1].getBytes(StandardCharsets.UTF_8));
			blocks.forEach((attribute, body) -> {
				digest.update(attribute.getBytes(StandardCharsets.UTF_8));
				digest.update(Integer.toString(body.length).getBytes(StandardCharsets.UTF_8));
				digest.update(body);
			});
			return HexFormat.of().formatHex(digest.digest(), 0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] render(Map<String, byte[]> blocks) {
		StringBuilder written = new StringBuilder();
		blocks.forEach((attribute, body) -> written.append("<script type=\"application/json\" ")
			.append(attribute).append('>')
			// JSON has "<" only inside strings, where \u003c means the same: the block cannot end early
			.append(new String(body, StandardCharsets.UTF_8).replace("<", "\\u003c"))
			.append("</script>\n  "));
		return (template[0] + written + template[1]).getBytes(StandardCharsets.UTF_8);
	}

	/** The page's JSON blocks by the attribute that names each: the answers by URL, then the first frame's sites. */
	private static Map<String, byte[]> blocks(FirstAnswers.Written written) {
		Map<String, byte[]> blocks = new LinkedHashMap<>();
		written.answers().forEach((url, body) -> blocks.put("data-answer=\"" + url.replace("&", "&amp;") + "\"", body));
		if (written.firstFrameSites() != null) {
			blocks.put("id=\"" + FIRST_FRAME_SITES + "\"", written.firstFrameSites());
		}
		return blocks;
	}
}
