package vn.diemnong.hotspot.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The value of each site in a period, at the site's point in UTM 48N, per month when asked. */
@Component
class ViolationPoints {

	private final JdbcClient jdbc;

	ViolationPoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param month 0 for the whole period, else the month's index from {@code from} (for the space-time cube) */
	record Point(double x, double y, int month, double value) {
	}

	List<Point> of(LocalDate from, LocalDate to, AnalysisValue value, boolean monthly) {
		String month = monthly ? "(extract(year FROM age(date_trunc('month', i.inspected_on), "
				+ "date_trunc('month', CAST(:from AS date)))) * 12 + extract(month FROM age(date_trunc('month', "
				+ "i.inspected_on), date_trunc('month', CAST(:from AS date)))))::int" : "0";
		List<Point> points = new ArrayList<>();
		jdbc.sql("""
				WITH per_site AS (
				  SELECT v.site_id, %s AS month, %s AS value
				  FROM violation v JOIN inspection i ON i.id = v.inspection_id
				  WHERE i.inspected_on BETWEEN :from AND :to
				  GROUP BY v.site_id, 2),
				-- one transform per site, not per site and month
				points AS MATERIALIZED (
				  SELECT s.id, ST_Transform(ST_PointOnSurface(s.geom), 32648) AS p FROM site s
				  WHERE s.id IN (SELECT site_id FROM per_site))
				SELECT ST_X(points.p) AS x, ST_Y(points.p) AS y, ps.month, ps.value
				FROM per_site ps JOIN points ON points.id = ps.site_id""".formatted(month, value.sql()))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> points.add(new Point(rs.getDouble("x"), rs.getDouble("y"), rs.getInt("month"),
					rs.getDouble("value"))))
			.list();
		return points;
	}
}
