package vn.diemnong.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Scope;
import vn.diemnong.geo.CommuneOutlines;

/** The communes layer with per-commune counts, and one commune's history; PostgreSQL writes the JSON. */
@Component
class CommuneQueries {

	/**
	 * Violations and inspections per current commune in the period, attributed by where the site is now, and the number
	 * of sites, all of the selected sites only. Published
	 * counts take only closed violations with a decision, and no inspections (an inspection may be an open case).
	 */
	private static final String COUNTS = """
			ins AS (SELECT s.commune_id, count(*) AS inspections
			        FROM inspection_fact i JOIN site_current s ON s.id = i.site_id
			        WHERE i.inspected_on BETWEEN :from AND :to AND NOT :published AND %1$s GROUP BY s.commune_id),
			vio AS (SELECT s.commune_id, count(*) AS violations, coalesce(sum(v.fine_vnd), 0) AS fines
			        FROM violation_fact v JOIN site_current s ON s.id = v.site_id
			        WHERE v.inspected_on BETWEEN :from AND :to AND (NOT :published OR v.published) AND %1$s
			        GROUP BY s.commune_id),
			reg AS (SELECT s.commune_id, count(*) AS sites FROM site_current s WHERE %1$s GROUP BY s.commune_id)""";

	private final JdbcClient jdbc;
	private final CommuneOutlines outlines;

	CommuneQueries(JdbcClient jdbc, CommuneOutlines outlines) {
		this.jdbc = jdbc;
		this.outlines = outlines;
	}

	/**
	 * @param simplify  tolerance in degrees for the drawn outlines (0 keeps every vertex)
	 * @param published only what the public may see: closed, decided violations, no inspection counts
	 * @param selection the sites whose records and number are counted (the map's site filters)
	 */
	Layer layer(Period period, double simplify, boolean published, SiteSelection selection) {
		Map<String, Object> params = new HashMap<>();
		String counts = COUNTS.formatted(selection.condition("s", params));
		// the published layer is the public's: the same for everybody, whatever their communes
		String scope = published ? "" : Scope.condition("u.code", params);
		Map<String, String> shapes = outlines.byCode(simplify);
		List<String> features = jdbc.sql("""
				WITH %s
				SELECT u.code, to_jsonb(u.code)::text AS id,
				  jsonb_build_object('code', u.code, 'name', u.name, 'fullName', u.full_name,
				    'nameEn', u.name_en, 'unitType', u.unit_type, 'areaKm2', u.area_km2,
				    'violations', coalesce(vio.violations, 0), 'finesVnd', coalesce(vio.fines, 0),
				    'inspections', CASE WHEN NOT :published THEN coalesce(ins.inspections, 0) END,
				    'sites', coalesce(reg.sites, 0))::text AS properties
				FROM commune_current u
				LEFT JOIN vio ON vio.commune_id = u.id LEFT JOIN ins ON ins.commune_id = u.id
				LEFT JOIN reg ON reg.commune_id = u.id
				%s
				ORDER BY u.code""".formatted(counts, scope.isEmpty() ? "" : "WHERE " + scope))
			.params(params)
			.param("from", period.from())
			.param("to", period.to())
			.param("published", published)
			.query((rs, n) -> "{\"type\":\"Feature\",\"id\":" + rs.getString("id") + ",\"geometry\":"
					+ shapes.get(rs.getString("code")) + ",\"properties\":" + rs.getString("properties") + "}")
			.list();
		return new Layer("[" + String.join(",", features) + "]", features.size());
	}

	record Layer(String json, long count) {
	}

	/** A commune's history; empty when there is no such commune or it is not one of the caller's. */
	Optional<String> history(String code, Period period) {
		if (!Scope.covers(code)) {
			return Optional.empty();
		}
		return jdbc.sql(CommuneHistorySql.SQL)
			.param("code", code)
			.param("from", period.from())
			.param("to", period.to())
			.query(String.class)
			.optional();
	}
}
