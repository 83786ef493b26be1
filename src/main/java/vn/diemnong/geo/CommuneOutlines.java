package vn.diemnong.geo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The current communes' outlines as GeoJSON geometries, simplified with a tolerance in degrees (0 keeps every vertex).
 * Simplifying 99 full-resolution boundaries takes PostGIS about a second, and the boundaries change only when a
 * dataset is loaded, so each tolerance is computed once per state of the boundaries and kept.
 */
@Service
public class CommuneOutlines {

	private record Key(double tolerance, String boundaries) {
	}

	private final JdbcClient jdbc;
	private final Cache<Key, Map<String, String>> outlines = Caffeine.newBuilder().maximumSize(16).build();

	CommuneOutlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every current commune's outline as a GeoJSON geometry text, by code. */
	public Map<String, String> byCode(double tolerance) {
		return outlines.get(new Key(tolerance, boundariesState()), key -> simplified(key.tolerance()));
	}

	/** Changes whenever a current commune is added, removed or rewritten (a new row version has a new xmin). */
	private String boundariesState() {
		return jdbc.sql("""
				SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM admin_unit
				WHERE level = 'commune' AND valid_to IS NULL""")
			.query(String.class)
			.single();
	}

	/**
	 * The decimals a simplified outline keeps: enough that rounding moves a vertex by at most a tenth of the tolerance
	 * (0.0013° keeps 4, about 11 m), so no more than a tenth of what simplifying already moves it; 6 (about 0.1 m)
	 * without simplifying.
	 */
	static int decimals(double tolerance) {
		return tolerance > 0 ? (int) Math.max(1, Math.min(6, Math.ceil(-Math.log10(tolerance / 10)))) : 6;
	}

	private Map<String, String> simplified(double tolerance) {
		Map<String, String> byCode = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT code, ST_AsGeoJSON(CASE WHEN :tolerance > 0 THEN ST_SimplifyPreserveTopology(geom, :tolerance)
				                               ELSE geom END, :decimals) AS geometry
				FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL ORDER BY code""")
			.param("tolerance", tolerance)
			.param("decimals", decimals(tolerance))
			.query((rs, n) -> byCode.put(rs.getString("code"), rs.getString("geometry")))
			.list();
		return Map.copyOf(byCode);
	}
}
