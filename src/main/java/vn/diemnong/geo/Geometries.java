package vn.diemnong.geo;

import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.diemnong.common.ApiProblem;

/**
 * Reads GeoJSON geometries from requests: PostGIS parses and validates them, and checks they lie in the province,
 * saying so when swapping latitude and longitude would put them inside (a common spreadsheet mistake).
 */
@Service
public class Geometries {

	private final JdbcClient jdbc;
	private final GeometryFactory factory;
	private final ProvinceProperties province;
	private final GeometryLimits limits;

	Geometries(JdbcClient jdbc, GeometryFactory factory, ProvinceProperties province, GeometryLimits limits) {
		this.jdbc = jdbc;
		this.factory = factory;
		this.province = province;
		this.limits = limits;
	}

	/**
	 * @param geojson a GeoJSON geometry object in WGS84 lon/lat
	 * @param field   the request field it came from, named in the problem when it is refused
	 * @param types   accepted PostGIS geometry types (POINT, POLYGON, MULTIPOLYGON)
	 * @return the geometry with SRID 4326, valid, inside the province and within {@link GeometryLimits}
	 */
	public Geometry read(JsonNode geojson, String field, Set<String> types) {
		requireWithinLimits(geojson, field);
		Checked checked = check(geojson, field);
		if (!types.contains(checked.type())) {
			throw ApiProblem.invalid(field, "geometry-type", checked.type(), String.join(", ", types));
		}
		if (!checked.valid()) {
			throw ApiProblem.invalid(field, "geometry-invalid", checked.reason());
		}
		if (!checked.inside()) {
			String x = Double.toString(checked.x());
			String y = Double.toString(checked.y());
			throw checked.insideWhenSwapped() ? ApiProblem.invalid(field, "outside-province-swapped", x, y)
					: ApiProblem.invalid(field, "outside-province", x, y);
		}
		return toJts(checked.wkb());
	}

	/** A lon/lat position as a point, with the same checks. */
	public Geometry point(double lon, double lat, String field) {
		if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
			throw ApiProblem.invalid(field, "coordinates-range");
		}
		return read(pointJson(lon, lat), field, Set.of("POINT"));
	}

	/** Counted on the request's JSON, before PostGIS spends any time on it. */
	private void requireWithinLimits(JsonNode geojson, String field) {
		Size size = new Size();
		size.count(geojson);
		if (size.parts > limits.maxParts()) {
			throw ApiProblem.invalid(field, "geometry-too-many-parts", String.valueOf(size.parts),
					String.valueOf(limits.maxParts()));
		}
		if (size.vertices > limits.maxVertices()) {
			throw ApiProblem.invalid(field, "geometry-too-many-vertices", String.valueOf(size.vertices),
					String.valueOf(limits.maxVertices()));
		}
	}

	/** Positions and parts (rings, lines) of a GeoJSON geometry, whatever its type. */
	private static final class Size {

		long vertices;
		long parts;

		void count(JsonNode node) {
			if (node.isObject()) {
				count(node.path("coordinates"));
				node.path("geometries").forEach(this::count);
			}
			else if (node.isArray() && !node.isEmpty()) {
				JsonNode first = node.get(0);
				if (first.isNumber()) {
					vertices++;
				}
				else if (first.isArray() && !first.isEmpty() && first.get(0).isNumber()) {
					parts++;
					vertices += node.size();
				}
				else {
					node.forEach(this::count);
				}
			}
		}
	}

	private Checked check(JsonNode geojson, String field) {
		try {
			return jdbc.sql("""
					WITH g AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:geojson), 4326) AS geom),
					     p AS (SELECT geom AS area FROM province_current WHERE code = :province)
					SELECT ST_AsBinary(g.geom) AS wkb, GeometryType(g.geom) AS type, ST_IsValid(g.geom) AS valid,
					       ST_IsValidReason(g.geom) AS reason,
					       ST_X(ST_PointOnSurface(g.geom)) AS x, ST_Y(ST_PointOnSurface(g.geom)) AS y,
					       ST_IsValid(g.geom) AND ST_Covers(p.area, g.geom) AS inside,
					       ST_IsValid(g.geom) AND ST_Covers(p.area, ST_FlipCoordinates(g.geom)) AS inside_when_swapped
					FROM g, p""")
				.param("geojson", geojson.toString())
				.param("province", province.code())
				.query(Checked.class)
				.single();
		}
		catch (DataAccessException ex) {
			throw ApiProblem.invalid(field, "geometry-unreadable", rootMessage(ex));
		}
	}

	private Geometry toJts(byte[] wkb) {
		try {
			Geometry geometry = new WKBReader(factory).read(wkb);
			geometry.setSRID(Wgs84.SRID);
			return geometry;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("PostGIS returned unreadable WKB", ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		return message.lines().findFirst().orElse(message).replaceFirst("^ERROR: ", "");
	}

	record Checked(byte[] wkb, String type, boolean valid, String reason, double x, double y, boolean inside,
			boolean insideWhenSwapped) {
	}

	private static JsonNode pointJson(double lon, double lat) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		return nodes.objectNode().put("type", "Point").set("coordinates", nodes.arrayNode().add(lon).add(lat));
	}
}
