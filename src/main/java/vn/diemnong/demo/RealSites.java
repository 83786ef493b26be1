package vn.diemnong.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import vn.diemnong.site.SiteImport;

/**
 * Turns the documented sites into demo sites: each compound is drawn as a circle-like polygon around its point. Rows
 * sharing a point (a village and its clusters) are drawn ~1.2 km apart, inside the same 2025 commune, and say so in
 * their location precision.
 */
final class RealSites {

	private static final double[] BEARINGS = { 60, 180, 300, 120, 240, 0 };
	private static final double[] SPREADS = { 1200, 1000, 800, 600, 400 };
	private static final double[] SCALES = { 1, 0.8, 0.6, 0.45, 0.3 };
	/** A lone site is drawn at its point, or nudged inwards when its circle would cross the commune boundary. */
	private static final double[] NUDGES = { 0, 300, 600 };
	private static final Pattern HECTARES = Pattern.compile("(\\d+(?:\\.\\d+)?) ha");
	private static final Map<String, String> KINDS = Map.of("craft_village", "craft_village", "recycling_site",
			"craft_village", "industrial_cluster", "industrial_cluster", "industrial_zone", "industrial_zone");

	private final Geography geography;
	private final Crosswalk crosswalk;
	/** Polygons already drawn around each point, looked up by the point; never iterated. */
	private final Map<Coordinate, List<Polygon>> drawn = new HashMap<>();

	private record Drawing(Polygon polygon, double distance, double bearing, boolean shared) {
	}

	RealSites(Geography geography, Crosswalk crosswalk) {
		this.geography = geography;
		this.crosswalk = crosswalk;
	}

	/** Adds the located rows in file order to {@code sites}; the others are named in {@code skipped}. */
	void place(List<KnownSite> rows, List<Subject> sites, List<String> skipped, SplittableRandom rng) {
		for (KnownSite row : rows) {
			Optional<Commune> commune = row.located()
					? geography.communeAt(geography.point(row.lon(), row.lat())) : Optional.empty();
			if (commune.isPresent()) {
				sites.add(place(row, commune.get(), sites.size(), rng));
			}
			else {
				skipped.add(row.name());
			}
		}
	}

	private Subject place(KnownSite row, Commune commune, int key, SplittableRandom rng) {
		String kind = KINDS.getOrDefault(row.kind(), "industrial_zone");
		Craft craft = Craft.of(kind, row.trade());
		Optional<Profiles.Profile> profile = Profiles.of(row.name());
		Drawing drawing = draw(geography.point(row.lon(), row.lat()), radius(kind, row, profile), commune);
		DemoProvince.Site site = new DemoProvince.Site(key, null, kind, craft.code(), row.name(), commune.name(), null,
				"operating", profile.map(Profiles.Profile::pollutionClass).orElse(null), null, null, drawing.polygon(),
				commune.code(), oldCode(row, commune, rng), precision(row, drawing), row.source(), row.note(), false,
				new SiteImport.InVietnamese(precisionVi(row, drawing), null, row.noteVi()));
		return new Subject(site, craft, behaviour(kind, profile));
	}

	private static Behaviour behaviour(String kind, Optional<Profiles.Profile> profile) {
		return switch (kind) {
			case "craft_village" -> Behaviour.village();
			case "industrial_cluster" -> profile.map(Behaviour::cluster).orElseGet(Behaviour::zone);
			default -> Behaviour.zone();
		};
	}

	/** Villages as their profile says; clusters from the area in the note (12.7 ha → 201 m); zones 700 m. */
	private static double radius(String kind, KnownSite row, Optional<Profiles.Profile> profile) {
		if ("craft_village".equals(kind)) {
			return profile.map(Profiles.Profile::radius).orElse(700);
		}
		if ("industrial_zone".equals(kind)) {
			return 700;
		}
		Matcher hectares = HECTARES.matcher(row.note() == null ? "" : row.note());
		return hectares.find() ? Math.sqrt(Double.parseDouble(hectares.group(1)) * 10_000 / Math.PI) : 300;
	}

	private Drawing draw(Point point, double radius, Commune commune) {
		List<Polygon> before = drawn.computeIfAbsent(point.getCoordinate(), c -> new ArrayList<>());
		Drawing drawing = search(point.getCoordinate(), radius, commune, before, true)
			.or(() -> search(point.getCoordinate(), radius, commune, before, false))
			.orElseGet(() -> new Drawing(geography.circle(point.getCoordinate(), 100), 0, 0, false));
		before.add(drawing.polygon());
		return drawing;
	}

	/** Full size first; later rows at ~1.2 km, turning, then moving closer; shrinking only when nothing fits. */
	private Optional<Drawing> search(Coordinate point, double radius, Commune commune, List<Polygon> before,
			boolean apart) {
		boolean shared = !before.isEmpty();
		double firstBearing = shared ? BEARINGS[(before.size() - 1) % BEARINGS.length] : 0;
		for (double scale : SCALES) {
			for (double distance : shared ? SPREADS : NUDGES) {
				for (int turn = 0; turn < (distance == 0 ? 1 : 12); turn++) {
					double bearing = (firstBearing + 30 * turn) % 360;
					Polygon polygon = geography.circle(geography.offset(point, distance, bearing), radius * scale);
					if ((!apart || before.stream().noneMatch(polygon::intersects)) && fits(polygon, commune)) {
						return Optional.of(new Drawing(polygon, distance, bearing, shared));
					}
				}
			}
		}
		return Optional.empty();
	}

	private boolean fits(Polygon polygon, Commune commune) {
		return geography.covers(commune, polygon)
				&& geography.communeAt(polygon).filter(c -> c.code().equals(commune.code())).isPresent();
	}

	/** The file's old commune when the crosswalk agrees; else one of the old communes of the commune found. */
	private String oldCode(KnownSite row, Commune commune, SplittableRandom rng) {
		String code = row.oldCommuneCode();
		if (code != null && crosswalk.maps(code, commune.code())) {
			return code;
		}
		return crosswalk.pick(commune.code(), rng).oldCode();
	}

	private static String precision(KnownSite row, Drawing drawing) {
		if (drawing.distance() == 0) {
			return row.precision();
		}
		String why = drawing.shared() ? "so that the sites sharing it do not overlap"
				: "so that the drawn area stays inside the commune";
		return row.precision() + ". Drawn position offset by %d m (bearing %d°) from that point for display, %s."
			.formatted(Math.round(drawing.distance()), Math.round(drawing.bearing()), why);
	}

	private static String precisionVi(KnownSite row, Drawing drawing) {
		if (drawing.distance() == 0) {
			return row.precisionVi();
		}
		String why = drawing.shared() ? "để các cơ sở cùng điểm không chồng lên nhau" : "để vùng vẽ nằm trong xã";
		return row.precisionVi() + ". Vị trí vẽ lệch %d m (hướng %d°) so với điểm đó, %s."
			.formatted(Math.round(drawing.distance()), Math.round(drawing.bearing()), why);
	}
}
