package vn.diemnong.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.FeatureCollections.Page;
import vn.diemnong.common.Scope;

/** Sites as GeoJSON written by PostGIS. Conditions are composed from small pieces; every value is bound. */
@Component
class SiteQueries {

	private static final String PROPERTIES = """
			jsonb_build_object('name', s.name, 'kind', s.kind, 'trade', s.trade, 'status', s.status,
			    'communeCode', u.code, 'communeName', u.name, 'synthetic', s.synthetic, 'parentId', p.id,
			    'memberCount', coalesce(m.members, 0), 'pollutionClass', s.pollution_class,
			    'locationPrecision', s.location_precision)""";

	/** The conditions of {@link #where} use only {@code s} and {@code u}, so counting needs no members or parent. */
	private static final String COUNT_FROM = """
			FROM site s
			JOIN commune_current u ON u.id = s.commune_id""";

	private final JdbcClient jdbc;

	SiteQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Features(String json, Page page) {
	}

	/** @param ranking the score of each site when sorted by risk, else empty */
	Features list(SiteFilter filter, Map<Long, Double> ranking) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", filter.limit());
		params.put("offset", filter.offset());
		boolean byRisk = filter.sort() == SiteFilter.Sort.RISK;
		String rankJoin = "";
		if (byRisk) {
			rankJoin = "LEFT JOIN unnest(CAST(:rankIds AS bigint[]), CAST(:rankScores AS float8[])) AS r(id, risk)"
					+ " ON r.id = s.id";
			params.put("rankIds", ranking.keySet().toArray(Long[]::new));
			params.put("rankScores", ranking.keySet().stream().map(ranking::get).toArray(Double[]::new));
		}
		String sql = """
				WITH f AS (
				  SELECT %s AS n, jsonb_build_object('type', 'Feature', 'id', s.id,
				           'geometry', ST_AsGeoJSON(s.geom, 6)::jsonb, 'properties', %s%s) AS feature
				  %s %s %s
				  ORDER BY n LIMIT :limit OFFSET :offset)
				SELECT coalesce(jsonb_agg(feature ORDER BY n), '[]'::jsonb)::text AS json, count(*) AS returned FROM f"""
			.formatted(byRisk ? "row_number() OVER (ORDER BY r.risk DESC NULLS LAST, s.id)" : "s.id", PROPERTIES,
					byRisk ? " || jsonb_build_object('risk', round(r.risk::numeric, 2))" : "", from(params), rankJoin, where);
		Map<String, Object> row = jdbc.sql(sql).params(params).query().singleRow();
		long returned = ((Number) row.get("returned")).longValue();
		// a first page that is not full holds every match: no need to count them again
		long matched = filter.offset() == 0 && returned < filter.limit() ? returned
				: jdbc.sql("SELECT count(*) " + COUNT_FROM + " " + where).params(params).query(Long.class).single();
		return new Features((String) row.get("json"), new Page(filter.offset(), filter.limit(), matched, returned));
	}

	/**
	 * The rows of an exported list: the fields of the JSON list (no personal ones), a point's coordinates (the middle of
	 * an area on its surface), in the order of ids. Codes stay codes; the caller names them.
	 */
	List<ExportRow> exportRows(SiteFilter filter, boolean vietnamese) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", filter.limit());
		params.put("offset", filter.offset());
		params.put("vi", vietnamese);
		return jdbc.sql("""
				SELECT s.id, s.name, s.kind, s.trade, s.status, s.pollution_class, u.code AS commune_code,
				  u.name AS commune_name, ST_Y(pt.geom) AS lat, ST_X(pt.geom) AS lon,
				  CASE WHEN :vi THEN coalesce(s.location_precision_vi, s.location_precision) ELSE s.location_precision END
				    AS precision,
				  coalesce(m.members, 0) AS members, p.id AS parent_id, p.name AS parent_name, s.created_at::date AS created_on
				%s
				LEFT JOIN LATERAL (SELECT CASE WHEN GeometryType(s.geom) = 'POINT' THEN s.geom
				                               ELSE ST_PointOnSurface(s.geom) END AS geom) pt ON true
				%s
				ORDER BY s.id LIMIT :limit OFFSET :offset""".formatted(from(params), where))
			.params(params)
			.query((rs, n) -> new ExportRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
					rs.getString("trade"), rs.getString("status"), rs.getString("pollution_class"),
					rs.getString("commune_code"), rs.getString("commune_name"), (Double) rs.getObject("lat"),
					(Double) rs.getObject("lon"), rs.getString("precision"), rs.getInt("members"),
					(Long) rs.getObject("parent_id"), rs.getString("parent_name"),
					rs.getObject("created_on", LocalDate.class)))
			.list();
	}

	record ExportRow(long id, String name, String kind, String trade, String status, @Nullable String pollutionClass,
			String communeCode, String communeName, @Nullable Double lat, @Nullable Double lon,
			@Nullable String precision, int members, @Nullable Long parentId, @Nullable String parentName,
			@Nullable LocalDate createdOn) {
	}

	Optional<Detail> one(long id) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		String sql = """
				SELECT s.version, u.code AS commune_code,
				  array_remove(ARRAY[CASE WHEN s.operator_name IS NOT NULL THEN 'operatorName' END,
				                     CASE WHEN s.address IS NOT NULL THEN 'address' END], NULL) AS confidential,
				  jsonb_build_object('type', 'Feature', 'id', s.id,
				  'geometry', ST_AsGeoJSON(s.geom, 6)::jsonb,
				  'properties', %s || jsonb_build_object(
				    'address', s.address, 'operatorName', s.operator_name, 'permitNumber', s.permit_number,
				    'permitValidUntil', s.permit_valid_until, 'note', s.note, 'source', s.source, 'version', s.version,
				    'locationPrecisionVi', s.location_precision_vi, 'noteVi', s.note_vi, 'sourceVi', s.source_vi,
				    'createdAt', s.created_at, 'updatedAt', s.updated_at,
				    'parent', CASE WHEN p.id IS NOT NULL
				                   THEN jsonb_build_object('id', p.id, 'name', p.name, 'kind', p.kind) END,
				    'members', coalesce((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'kind', c.kind,
				                          'trade', c.trade, 'status', c.status) ORDER BY c.name)
				                         FROM site c JOIN commune_current cu ON cu.id = c.commune_id
				                         WHERE c.parent_id = s.id %s), '[]'::jsonb)))::text AS json
				%s WHERE s.id = :id""".formatted(PROPERTIES, Scope.andCondition("cu.code", params), from(params));
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Detail(rs.getString("json"), rs.getInt("version"), rs.getString("commune_code"),
					List.of((String[]) rs.getArray("confidential").getArray())))
			.optional().filter(detail -> Scope.covers(detail.communeCode()));
	}

	/** @param confidential the personal fields this detail shows (the operator's name, the address) */
	record Detail(String json, int version, String communeCode, List<String> confidential) {
	}

	/**
	 * Sites with their member counts and parents as far as the caller's communes reach: a craft village may straddle
	 * communes, and a commune's user learns nothing of its members (or its parent) in another commune.
	 */
	private static String from(Map<String, Object> params) {
		return COUNT_FROM + """

				LEFT JOIN (SELECT c.parent_id, count(*) AS members FROM site c JOIN commune_current cu ON cu.id = c.commune_id
				           WHERE c.parent_id IS NOT NULL %s GROUP BY c.parent_id) m ON m.parent_id = s.id
				LEFT JOIN (site p JOIN commune_current pu ON pu.id = p.commune_id %s) ON p.id = s.parent_id"""
			.formatted(Scope.andCondition("cu.code", params), Scope.andCondition("pu.code", params));
	}

	private static String where(SiteFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.bbox() != null) {
			// && on the envelope uses the GiST index; the exact test then runs on few rows
			conditions.add("s.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)");
			params.put("minLon", filter.bbox().minLon());
			params.put("minLat", filter.bbox().minLat());
			params.put("maxLon", filter.bbox().maxLon());
			params.put("maxLat", filter.bbox().maxLat());
		}
		in(conditions, params, "s.kind", "kinds", filter.kinds());
		in(conditions, params, "s.trade", "trades", filter.trades());
		in(conditions, params, "s.status", "statuses", filter.statuses());
		if (filter.commune() != null) {
			conditions.add("u.code = :commune");
			params.put("commune", filter.commune());
		}
		if (filter.q() != null) {
			conditions.add("s.name_key LIKE '%' || search_key(:q) || '%'");
			params.put("q", filter.q().replace("%", "").replace("_", ""));
		}
		if (filter.parentId() != null) {
			conditions.add("s.parent_id = :parent");
			params.put("parent", filter.parentId());
		}
		String scope = Scope.condition("u.code", params);
		if (!scope.isEmpty()) {
			conditions.add(scope);
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

	private static void in(List<String> conditions, Map<String, Object> params, String column, String name,
			List<String> values) {
		if (!values.isEmpty()) {
			conditions.add(column + " IN (:" + name + ")");
			params.put(name, values);
		}
	}
}
