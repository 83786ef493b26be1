package vn.diemnong.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON FeatureCollections whose features PostgreSQL has already written: the envelope (counts, paging links,
 * extra members) is added around the features text without parsing it again.
 */
public final class FeatureCollections {

	public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private FeatureCollections() {
	}

	/**
	 * @param featuresJson a JSON array of Features
	 * @param extra        further top-level members (analysis parameters, the period …)
	 */
	public static String envelope(JsonMapper json, Page page, String featuresJson, Map<String, Object> extra) {
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("type", "FeatureCollection");
		head.putAll(extra);
		head.put("numberMatched", page.matched());
		head.put("numberReturned", page.returned());
		head.put("links", links(page));
		String text = json.writeValueAsString(head);
		return text.substring(0, text.length() - 1) + ",\"features\":" + featuresJson + "}";
	}

	private static List<Map<String, String>> links(Page page) {
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

	private static Map<String, String> link(String rel, long offset) {
		String href = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("offset", offset).build()
			.toUriString();
		return Map.of("rel", rel, "type", GEO_JSON.toString(), "href", href);
	}

	/** Where a page starts, how long it may be, and how many features matched and came back. */
	public record Page(long offset, int limit, long matched, long returned) {
	}
}
