package vn.diemnong.common;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON FeatureCollections whose features PostgreSQL has already written: the envelope (counts, paging links,
 * extra members) is added around the features text without parsing it again.
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
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("type", "FeatureCollection");
		head.putAll(extra);
		head.put("numberMatched", page.matched());
		head.put("numberReturned", page.returned());
		head.put("links", links(page));
		String text = json.writeValueAsString(head);
		return text.substring(0, text.length() - 1) + ",\"features\":" + featuresJson + "}";
	}

	private List<Map<String, String>> links(Page page) {
		List<Map<String, String>> links = new ArrayList<>();
		links.add(link("self", page.offset()));
		if (page.offset() + page.returned() < page.matched()) {
			links.add(link("next", page.offset() + page.limit()));
		}
		if (page.offset() > 0) {
			links.add(link("prev", Math.max(0, page.offset() - page.limit())));
		}
		return links;
	}

	private Map<String, String> link(String rel, long offset) {
		UriComponentsBuilder href = ServletUriComponentsBuilder.fromCurrentRequest();
		if (!publicBaseUrl.isEmpty()) {
			UriComponents request = href.build();
			href = UriComponentsBuilder.fromUriString(publicBaseUrl).path(request.getPath()).query(request.getQuery());
		}
		return Map.of("rel", rel, "type", GEO_JSON.toString(),
				"href", href.replaceQueryParam("offset", offset).build().toUriString());
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
