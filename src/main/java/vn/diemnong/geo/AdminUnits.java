package vn.diemnong.geo;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.diemnong.common.ApiProblem;

/** The province's administrative units: which commune holds a place, and the units' extent. */
@Service
public class AdminUnits {

	/**
	 * Communes merged and districts were abolished on this day; records before it carry old commune codes. SQL asks
	 * {@code commune_reform_date()} (V14), the same day (ModuleViewsIT).
	 */
	public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private final JdbcClient jdbc;
	private final ProvinceProperties province;

	AdminUnits(JdbcClient jdbc, ProvinceProperties province) {
		this.jdbc = jdbc;
		this.province = province;
	}

	/** The current commune (valid since 1 July 2025) covering the geometry's representative point. */
	public Optional<CommuneRef> communeAt(Geometry geometry) {
		return communesAt(List.of(geometry)).get(0);
	}

	/** {@link #communeAt} for many geometries in one query (imports), in their order. */
	public List<Optional<CommuneRef>> communesAt(List<Geometry> geometries) {
		List<Optional<CommuneRef>> communes = new ArrayList<>(Collections.nCopies(geometries.size(), Optional.empty()));
		WKBWriter wkb = new WKBWriter();
		jdbc.sql("""
				SELECT g.n, c.id, c.code, c.name
				FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS g (wkb, n)
				CROSS JOIN LATERAL (
				    SELECT id, code, name FROM commune_current
				    WHERE ST_Covers(geom, ST_PointOnSurface(ST_GeomFromWKB(decode(g.wkb, 'hex'), 4326)))
				    ORDER BY code LIMIT 1) c""")
			.param(geometries.stream().map(g -> WKBWriter.toHex(wkb.write(g))).toArray(String[]::new))
			.query((ResultSet rs) -> {
				communes.set(rs.getInt("n") - 1,
						Optional.of(new CommuneRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"))));
			});
		return communes;
	}

	/** Whether the current communes with these 2025 codes together cover the whole geometry. */
	public boolean cover(Collection<String> codes, Geometry geometry) {
		return jdbc.sql("""
				SELECT coalesce(ST_Covers(ST_Union(geom), ST_GeomFromWKB(:wkb, 4326)), false) FROM commune_current
				WHERE code IN (:codes)""")
			.param("wkb", new WKBWriter().write(geometry))
			.param("codes", List.copyOf(codes))
			.query(Boolean.class)
			.single();
	}

	/** A current commune by its 2025 code; 404 problem when there is none. */
	public CommuneRef commune(String code) {
		return current(code).orElseThrow(() -> ApiProblem.notFound("commune", code));
	}

	private Optional<CommuneRef> current(String code) {
		return jdbc.sql("SELECT id, code, name FROM commune_current WHERE code = ?")
			.param(code)
			.query(CommuneRef.class)
			.optional();
	}

	/**
	 * The 2025 communes that a commune code stands for in a record dated {@code on}: before the reform an old code
	 * stands for the commune(s) that took the old one in, from the reform on a 2025 code for itself. Empty when the
	 * province had no commune of that code then.
	 */
	public List<String> communesFiledUnder(String code, LocalDate on) {
		if (on.isBefore(REFORM)) {
			return jdbc.sql("""
					SELECT DISTINCT u.code FROM commune_predecessor p JOIN commune_current u ON u.id = p.successor_id
					WHERE p.code = ? ORDER BY u.code""")
				.param(code)
				.query(String.class)
				.list();
		}
		return current(code).map(CommuneRef::code).stream().toList();
	}

	/**
	 * {@link #communesFiledUnder} for an import of many records, each answer remembered: what a code stands for depends
	 * only on the code and the side of the reform its day is on.
	 */
	public BiFunction<String, LocalDate, List<String>> communesFiledUnderRemembered() {
		Map<String, List<String>> known = new HashMap<>();
		return (code, on) -> known.computeIfAbsent(code + (on.isBefore(REFORM) ? " before" : " since") + " the reform",
				key -> communesFiledUnder(code, on));
	}

	/** The province served, with its bounding box [minLon, minLat, maxLon, maxLat]. */
	public ProvinceExtent province() {
		return jdbc.sql("""
				SELECT code, name, ST_XMin(geom) AS min_lon, ST_YMin(geom) AS min_lat,
				       ST_XMax(geom) AS max_lon, ST_YMax(geom) AS max_lat
				FROM province_current WHERE code = ?""")
			.param(province.code())
			.query((rs, n) -> new ProvinceExtent(rs.getString("code"), rs.getString("name"), new double[] {
					rs.getDouble("min_lon"), rs.getDouble("min_lat"), rs.getDouble("max_lon"), rs.getDouble("max_lat") }))
			.single();
	}

	public record ProvinceExtent(String code, String name, double[] bbox) {
	}
}
