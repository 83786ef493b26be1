package vn.diemnong;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small factories for test records, each with a unique name so tests never see each other's data. */
public final class Fixtures {

	/** Inside Phường Võ Cường (09190), which took in old Phong Khê (09244). */
	public static final double[] VO_CUONG = { 106.06056, 21.16714 };

	/** Inside Xã Văn Môn (09238). */
	public static final double[] VAN_MON = { 105.93275, 21.18425 };

	private Fixtures() {
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public static Map<String, Object> point(double[] lonLat) {
		return Map.of("type", "Point", "coordinates", List.of(lonLat[0], lonLat[1]));
	}

	public static Map<String, Object> newSite(String name, double[] lonLat) {
		return Map.of("name", name, "kind", "recycling_facility", "trade", "paper_recycling", "geometry", point(lonLat));
	}

	/** Registers a site and returns its id. */
	public static long site(Api api, String name, double[] lonLat) {
		Api.Response response = api.post("/api/v1/sites", newSite(name, lonLat));
		if (response.status() != 201) {
			throw new IllegalStateException(response.body());
		}
		return response.json().get("id").asLong();
	}
}
