package vn.diemnong.patrol.execution;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Scope;

/** Reads of patrols: one patrol with its stops and track, effort, and the sites coverage counts. */
@Component
class PatrolQueries {

	/** The track's length in metres, on the ellipsoid, its points in the order they were taken. */
	static final String TRACK_METRES = """
			(SELECT CASE WHEN count(*) > 1
			        THEN ST_Length(ST_MakeLine(tp.geom ORDER BY tp.recorded_at, tp.id)::geography) ELSE 0 END
			 FROM patrol_track_point tp WHERE tp.patrol_id = p.id)""";

	private static final String ONE = """
			SELECT jsonb_build_object('id', p.id, 'planId', p.plan_id, 'team', p.team, 'communeCode', p.commune_code,
			  'status', p.status, 'startedAt', p.started_at, 'endedAt', p.ended_at, 'createdBy', p.created_by,
			  'stops', coalesce((SELECT jsonb_agg(jsonb_build_object('order', s.stop_order, 'siteId', s.site_id,
			      'siteName', s.site_name, 'communeCode', s.commune_code, 'arrival', s.arrival,
			      'lon', round(CAST(ST_X(s.geom) AS numeric), 6), 'lat', round(CAST(ST_Y(s.geom) AS numeric), 6),
			      'reasons', s.reasons, 'checks', s.checks,
			      'outcome', (SELECT jsonb_build_object('outcome', o.outcome, 'found', o.found,
			                    'observationId', o.observation_id, 'recordedAt', o.recorded_at, 'recordedBy', o.recorded_by)
			                  FROM patrol_stop_outcome o WHERE o.patrol_id = p.id AND o.stop_order = s.stop_order))
			    ORDER BY s.stop_order) FROM patrol_plan_stop s WHERE s.plan_id = p.plan_id), '[]'::jsonb),
			  'track', jsonb_build_object(
			    'points', (SELECT count(*) FROM patrol_track_point tp WHERE tp.patrol_id = p.id),
			    'batches', (SELECT count(*) FROM patrol_track_batch b WHERE b.patrol_id = p.id),
			    'lengthMeters', round(CAST(%s AS numeric), 1),
			    'geometry', (SELECT ST_AsGeoJSON(ST_MakeLine(tp.geom ORDER BY tp.recorded_at, tp.id), 6)::jsonb
			                 FROM patrol_track_point tp WHERE tp.patrol_id = p.id HAVING count(*) > 1)))::text
			FROM patrol p WHERE p.id = :id""".formatted(TRACK_METRES);

	private static final String EFFORT = """
			WITH done AS (
			  SELECT p.team, p.commune_code,
			         to_char(p.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
			         extract(epoch FROM p.ended_at - p.started_at) / 3600.0 AS hours,
			         %s / 1000.0 AS km,
			         (SELECT count(DISTINCT o.site_id) FROM patrol_stop_outcome o
			          WHERE o.patrol_id = p.id AND o.outcome = 'visited') AS sites
			  FROM patrol p
			  WHERE p.status = 'done'
			    AND CAST(p.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date) BETWEEN :from AND :to /*filters*/)
			SELECT d.team, d.commune_code, c.name AS commune_name, d.month, count(*) AS patrols,
			       round(CAST(sum(d.hours) AS numeric), 2) AS hours, round(CAST(sum(d.km) AS numeric), 3) AS km,
			       sum(d.sites) AS sites
			FROM done d LEFT JOIN commune_current c ON c.code = d.commune_code
			GROUP BY d.team, d.commune_code, c.name, d.month
			ORDER BY d.month, d.commune_code, d.team""".formatted(TRACK_METRES);

	private static final String COVERAGE_SITES = """
			SELECT s.id, s.name, s.commune_code, s.commune_name, v.last_visited_on
			FROM site_current s LEFT JOIN site_last_visit v ON v.site_id = s.id
			WHERE true /*filters*/""";

	private final JdbcClient jdbc;

	PatrolQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The patrol as JSON (PostgreSQL writes it), or empty when there is none. The caller checks the scope. */
	Optional<String> one(long id) {
		return jdbc.sql(ONE).param("id", id).query(String.class).optional();
	}

	/** One row of effort: a team's finished patrols in a commune and month. */
	record EffortRow(String team, @Nullable String communeCode, @Nullable String communeName, String month, long patrols,
			double hours, double km, long sitesVisited) {
	}

	/** Finished patrols started between the days given (province time), per team, commune and month, within scope. */
	List<EffortRow> effort(LocalDate from, LocalDate to, @Nullable String commune) {
		Map<String, Object> params = new HashMap<>();
		String filters = Scope.andCondition("p.commune_code", params);
		if (commune != null) {
			filters += " AND p.commune_code = :commune";
			params.put("commune", commune);
		}
		return jdbc.sql(EFFORT.replace("/*filters*/", filters)).params(params).param("from", from).param("to", to)
			.query((rs, n) -> new EffortRow(rs.getString("team"), rs.getString("commune_code"),
					rs.getString("commune_name"), rs.getString("month"), rs.getLong("patrols"), rs.getDouble("hours"),
					rs.getDouble("km"), rs.getLong("sites")))
			.list();
	}

	/** Every site (a closed one may restart: it is watched too), within scope and the commune asked for, each with its last visit. */
	List<Coverage.Site> coverageSites(Map<Long, Double> risk, @Nullable String commune) {
		Map<String, Object> params = new HashMap<>();
		String filters = Scope.andCondition("s.commune_code", params);
		if (commune != null) {
			filters += " AND s.commune_code = :commune";
			params.put("commune", commune);
		}
		return jdbc.sql(COVERAGE_SITES.replace("/*filters*/", filters)).params(params)
			.query((rs, n) -> new Coverage.Site(rs.getLong("id"), rs.getString("name"), rs.getString("commune_code"),
					rs.getString("commune_name"), risk.getOrDefault(rs.getLong("id"), 0.0),
					rs.getObject("last_visited_on", LocalDate.class)))
			.list();
	}
}
