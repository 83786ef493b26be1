package vn.diemnong.common;

import java.io.StringWriter;
import java.net.URI;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON FeatureCollections whose features PostgreSQL has already written: Jackson writes the envelope (counts,
 * paging links, extra members) and copies the features text in as it is, without parsing it again.
 */
@Component
public class FeatureCollections {

	public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final JsonMapper json;
	private final String publicBaseUrl;

	/**
	 * @param publicBaseUrl where the public reaches the service ({@code diemnong.web.public-base-url}); paging
	 *                      links start with it rather than with the request's Host, which a client can forge. Empty:
	 *                      the links are built from the request (and its forwarded headers).
	 */
	FeatureCollections(JsonMapper json, @Value("${diemnong.web.public-base-url:}") String publicBaseUrl) {
		this.json = json;
		this.publicBaseUrl = checked(publicBaseUrl.strip().replaceAll("/+$", ""));
	}

	/**
	 * @param featuresJson a JSON array of Features
	 * @param extra        further top-level members (analysis parameters, the period …)
	 */
	public String envelope(Page page, String featuresJson, Map<String, Object> extra) {
		StringWriter out = new StringWriter(featuresJson.length() + 1024);
		try (JsonGenerator gen = json.createGenerator(out)) {
			gen.writeStartObject();
			gen.writeStringProperty("type", "FeatureCollection");
			extra.forEach(gen::writePOJOProperty);
			gen.writeNumberProperty("numberMatched", page.matched());
			gen.writeNumberProperty("numberReturned", page.returned());
			gen.writeArrayPropertyStart("links");
			link(gen, "self", page.offset());
			if (page.offset() + page.returned() < page.matched()) {
				link(gen, "next", page.offset() + page.limit());
			}
			if (page.offset() > 0) {
				link(gen, "prev", Math.max(0, page.offset() - page.limit()));
			}
			gen.writeEndArray();
			gen.writeName("features");
			gen.writeRawValue(featuresJson);
			gen.writeEndObject();
		}
		return out.toString();
	}

	private void link(JsonGenerator gen, String rel, long offset) {
		gen.writeStartObject();
		gen.writeStringProperty("rel", rel);
		gen.writeStringProperty("type", GEO_JSON.toString());
		gen.writeStringProperty("href", href(offset));
		gen.writeEndObject();
	}

	private String href(long offset) {
		UriComponentsBuilder href = ServletUriComponentsBuilder.fromCurrentRequest();
		if (!publicBaseUrl.isEmpty()) {
			UriComponents request = href.build();
			href = UriComponentsBuilder.fromUriString(publicBaseUrl).path(request.getPath()).query(request.getQuery());
		}
		return href.replaceQueryParam("offset", offset).build().toUriString();
	}

	private static String checked(String url) {
		if (!url.isEmpty()) {
			URI uri = URI.create(url);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
					|| uri.getQuery() != null || uri.getFragment() != null) {
				throw new IllegalArgumentException(
						"diemnong.web.public-base-url must be an http(s) URL without query or fragment: " + url);
			}
		}
		return url;
	}

	/** Where a page starts, how long it may be, and how many features matched and came back. */
	public record Page(long offset, int limit, long matched, long returned) {
	}
}
