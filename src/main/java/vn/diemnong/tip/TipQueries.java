package vn.diemnong.tip;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.geo.Geometries;

/** The handlers' queue, a tip's detail, the public status and the nearby hint, read in SQL. */
@Component
class TipQueries {

	private static final String SUMMARY = """
			SELECT t.id, t.version, t.status, tip_overdue(t.respond_by, t.status, :today) AS overdue, t.commune_code,
			       c.name AS commune_name, t.officials_involved, t.findings, t.seen_on, t.received_at, t.respond_by,
			       ST_X(t.geom) AS lon, ST_Y(t.geom) AS lat, t.description, t.site_id, t.reported_site_id,
			       t.duplicate_of, t.same_as_tip_id, t.confirmed_by_kind, t.confirmed_by_id, t.handler_note,
			       (SELECT count(*) FROM tip_addition a WHERE a.tip_id = t.id) AS additions,
			       ARRAY(SELECT o.id FROM tip o
			             WHERE o.id <> t.id AND o.geom && ST_Expand(t.geom, :expand)
			               AND ST_DWithin(o.geom::geography, t.geom::geography, :duplicateMetres)
			               AND o.received_at BETWEEN t.received_at - make_interval(days => :duplicateDays)
			                                     AND t.received_at + make_interval(days => :duplicateDays)
			               AND %1$s
			             ORDER BY o.id) AS candidates,
			       ARRAY(SELECT p.photo_sha256::text FROM tip_photo p WHERE p.tip_id = t.id ORDER BY p.id) AS photos,
			       ARRAY(SELECT k.kind || ':' || k.record_id FROM tip_confirmation k WHERE k.tip_id = t.id
			             ORDER BY k.id) AS confirmations,
			       t.contact_cipher IS NOT NULL AS has_contact
			FROM tip t LEFT JOIN commune_current c ON c.code = t.commune_code
			WHERE %2$s""";

	private final JdbcClient jdbc;
	private final TipSettings settings;
	private final Tips tips;
	private final Geometries geometries;

	TipQueries(JdbcClient jdbc, TipSettings settings, Tips tips, Geometries geometries) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.tips = tips;
		this.geometries = geometries;
	}

	/** The caller's queue: overdue first, then by answer day. */
	List<TipViews.TipSummary> list(TipFilter filter, Instant now) {
		Map<String, Object> params = params(now);
		StringBuilder where = new StringBuilder(TipVisibility.condition("t", params));
		if (filter.commune() != null) {
			where.append(" AND t.commune_code = :commune");
			params.put("commune", filter.commune());
		}
		if (filter.status() != null) {
			where.append(" AND t.status = :status");
			params.put("status", filter.status());
		}
		if (filter.overdue() != null) {
			where.append(" AND tip_overdue(t.respond_by, t.status, :today) = :overdue");
			params.put("overdue", filter.overdue());
		}
		params.put("limit", filter.limitOrDefault());
		params.put("offset", filter.offsetOrDefault());
		return jdbc.sql(SUMMARY.formatted(TipVisibility.condition("o", params), where)
				+ " ORDER BY overdue DESC, t.respond_by, t.id LIMIT :limit OFFSET :offset")
			.params(params).query(this::summary).list();
	}

	Optional<TipViews.TipDetail> one(long id, Instant now) {
		Map<String, Object> params = params(now);
		params.put("id", id);
		String where = TipVisibility.condition("t", params) + " AND t.id = :id";
		return jdbc.sql(SUMMARY.formatted(TipVisibility.condition("o", params), where)).params(params)
			.query(this::summary).optional()
			.map(tip -> new TipViews.TipDetail(tip, jdbc.sql("""
					SELECT added_at, text FROM tip_addition WHERE tip_id = ? ORDER BY added_at, id""").param(id)
				.query((rs, n) -> new TipViews.Addition(rs.getObject("added_at", OffsetDateTime.class),
						rs.getString("text")))
				.list()));
	}

	TipViews.PublicStatus publicStatus(String typedReference) {
		long id = tips.byReference(typedReference);
		return jdbc.sql("""
				SELECT t.reference, t.status, (t.received_at AT TIME ZONE :zone)::date AS received_on, t.respond_by,
				       (t.status_changed_at AT TIME ZONE :zone)::date AS changed_on,
				       (SELECT count(*) FROM tip_addition a WHERE a.tip_id = t.id) AS additions,
				       (SELECT (max(a.added_at) AT TIME ZONE :zone)::date FROM tip_addition a WHERE a.tip_id = t.id) AS last
				FROM tip t WHERE t.id = :id""")
			.param("zone", tips.deadline().zone().getId()).param("id", id)
			.query((rs, n) -> new TipViews.PublicStatus(TipReferences.display(rs.getString("reference")),
					rs.getString("status"), rs.getObject("received_on", LocalDate.class),
					rs.getObject("respond_by", LocalDate.class), rs.getObject("changed_on", LocalDate.class),
					rs.getInt("additions"), rs.getObject("last", LocalDate.class)))
			.single();
	}

	/** Open tips (not those past the commune) and known sites near a point, revealing nothing confidential. */
	TipViews.Nearby nearby(double lon, double lat, Instant now) {
		Geometry point = geometries.point(lon, lat, "position");
		Map<String, Object> params = new HashMap<>();
		params.put("wkb", new WKBWriter().write(point));
		params.put("metres", settings.nearbyMetres());
		params.put("expand", settings.nearbyMetres() / 70_000.0);
		params.put("since", now.minusSeconds(86_400L * settings.nearbyDays()).atOffset(java.time.ZoneOffset.UTC));
		params.put("zone", tips.deadline().zone().getId());
		List<TipViews.NearbyTip> near = jdbc.sql("""
				WITH p AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS geom)
				SELECT t.handle, round(ST_X(t.geom)::numeric, 3) AS lon, round(ST_Y(t.geom)::numeric, 3) AS lat,
				       (round(ST_Distance(t.geom::geography, p.geom::geography) / 50) * 50)::int AS distance,
				       t.findings, t.seen_on, (t.received_at AT TIME ZONE :zone)::date AS received_on, t.status
				FROM tip t, p
				WHERE t.geom && ST_Expand(p.geom, :expand) AND ST_DWithin(t.geom::geography, p.geom::geography, :metres)
				  AND t.status IN ('received', 'verifying') AND NOT t.officials_involved AND t.received_at >= :since
				ORDER BY distance, t.received_at DESC LIMIT 10""")
			.params(params)
			.query((rs, n) -> new TipViews.NearbyTip(rs.getObject("handle", java.util.UUID.class),
					rs.getDouble("lon"), rs.getDouble("lat"), rs.getInt("distance"), strings(rs.getArray("findings")),
					rs.getObject("seen_on", LocalDate.class), rs.getObject("received_on", LocalDate.class),
					rs.getString("status")))
			.list();
		List<TipViews.NearbySite> sites = jdbc.sql("""
				WITH p AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS geom)
				SELECT s.id, s.kind, CASE WHEN s.kind = 'household_workshop' THEN NULL ELSE s.name END AS name, s.status,
				       round(ST_X(ST_PointOnSurface(s.geom))::numeric, 3) AS lon,
				       round(ST_Y(ST_PointOnSurface(s.geom))::numeric, 3) AS lat,
				       (round(ST_Distance(s.geom::geography, p.geom::geography) / 50) * 50)::int AS distance
				FROM site_current s, p
				WHERE s.geom && ST_Expand(p.geom, :expand) AND ST_DWithin(s.geom::geography, p.geom::geography, :metres)
				ORDER BY distance, s.id LIMIT 10""")
			.params(params)
			.query((rs, n) -> new TipViews.NearbySite(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
					rs.getString("status"), rs.getDouble("lon"), rs.getDouble("lat"), rs.getInt("distance")))
			.list();
		return new TipViews.Nearby(near, sites);
	}

	/** Each commune's queue and delays, for the communes (and tips) the caller may see. */
	List<TipViews.CommuneQueue> queues(Instant now) {
		Map<String, Object> params = params(now);
		params.put("yearAgo", now.minusSeconds(365L * 86_400).atOffset(java.time.ZoneOffset.UTC));
		params.put("nowTs", now.atOffset(java.time.ZoneOffset.UTC));
		return jdbc.sql("""
				SELECT t.commune_code, c.name,
				       count(*) FILTER (WHERE t.status IN ('received', 'verifying')) AS open,
				       count(*) FILTER (WHERE tip_overdue(t.respond_by, t.status, :today)) AS overdue,
				       count(*) FILTER (WHERE t.received_at >= :yearAgo) AS received,
				       max(:today - (t.received_at AT TIME ZONE :zone)::date)
				           FILTER (WHERE t.status IN ('received', 'verifying')) AS oldest,
				       round(avg(extract(epoch FROM t.status_changed_at - t.received_at) / 86400)
				           FILTER (WHERE t.status NOT IN ('received', 'verifying') AND t.status_changed_at >= :yearAgo)::numeric, 1)
				           AS mean_close
				FROM tip t LEFT JOIN commune_current c ON c.code = t.commune_code
				WHERE %s
				GROUP BY t.commune_code, c.name ORDER BY overdue DESC, open DESC, t.commune_code"""
			.formatted(TipVisibility.condition("t", params)))
			.params(params)
			.query((rs, n) -> new TipViews.CommuneQueue(rs.getString("commune_code"), rs.getString("name"),
					rs.getInt("open"), rs.getInt("overdue"), rs.getInt("received"), rs.getObject("oldest", Integer.class),
					rs.getObject("mean_close") == null ? null : rs.getDouble("mean_close")))
			.list();
	}

	private Map<String, Object> params(Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", tips.deadline().today(now));
		params.put("zone", tips.deadline().zone().getId());
		params.put("expand", settings.duplicateMetres() / 70_000.0);
		params.put("duplicateMetres", settings.duplicateMetres());
		params.put("duplicateDays", settings.duplicateDays());
		return params;
	}

	private TipViews.TipSummary summary(ResultSet rs, int n) throws SQLException {
		boolean province = TipVisibility.province();
		return new TipViews.TipSummary(rs.getLong("id"), rs.getInt("version"), rs.getString("status"),
				rs.getBoolean("overdue"), rs.getString("commune_code"), rs.getString("commune_name"),
				rs.getBoolean("officials_involved"), strings(rs.getArray("findings")),
				rs.getObject("seen_on", LocalDate.class), rs.getObject("received_at", OffsetDateTime.class),
				rs.getObject("respond_by", LocalDate.class), rs.getDouble("lon"), rs.getDouble("lat"),
				rs.getString("description"), rs.getObject("site_id", Long.class),
				rs.getObject("reported_site_id", Long.class), rs.getObject("duplicate_of", Long.class),
				rs.getObject("same_as_tip_id", Long.class), rs.getString("confirmed_by_kind"),
				rs.getObject("confirmed_by_id", Long.class), confirmations(rs.getArray("confirmations")),
				rs.getString("handler_note"), rs.getInt("additions"),
				Arrays.asList((Long[]) rs.getArray("candidates").getArray()), strings(rs.getArray("photos")),
				province ? rs.getBoolean("has_contact") : null);
	}

	private static List<TipViews.Confirmed> confirmations(Array array) throws SQLException {
		return strings(array).stream().map(kindAndId -> kindAndId.split(":"))
			.map(parts -> new TipViews.Confirmed(parts[0], Long.parseLong(parts[1]))).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	static ApiProblem notFound(long id) {
		return ApiProblem.notFound("tip", id);
	}
}
