package vn.diemnong.map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sites as the map's first frame draws them (js/early/first-frame.js), taken from the caller's own sites answer:
 * what gives each its place and its colour, nothing else. A fifth of the answer's size (59 KB of 305 KB in the demo),
 * so that the page the browser parses before its first frame stays small; the app asks for the whole answer while the
 * first frame is on screen.
 * <pre>{"points": [[id, kind, status, lon, lat], …],
 *  "areas": [GeoJSON features of the other shapes, with {kind, status}]}</pre>
 */
final class FirstFrameSites {

	private FirstFrameSites() {
	}

	static byte[] of(byte[] sitesAnswer, JsonMapper json) {
		ObjectNode sites = json.createObjectNode();
		ArrayNode points = sites.putArray("points");
		ArrayNode areas = sites.putArray("areas");
		for (JsonNode feature : json.readTree(sitesAnswer).path("features")) {
			JsonNode geometry = feature.path("geometry");
			JsonNode properties = feature.path("properties");
			if ("Point".equals(geometry.path("type").asString(""))) {
				points.addArray().add(feature.get("id")).add(properties.get("kind")).add(properties.get("status"))
					.add(geometry.path("coordinates").get(0)).add(geometry.path("coordinates").get(1));
			}
			else if (geometry.isObject()) {
				ObjectNode area = areas.addObject();
				area.put("type", "Feature");
				area.set("id", feature.get("id"));
				area.set("geometry", geometry);
				ObjectNode paint = area.putObject("properties");
				paint.set("kind", properties.get("kind"));
				paint.set("status", properties.get("status"));
			}
		}
		return json.writeValueAsBytes(sites);
	}
}
