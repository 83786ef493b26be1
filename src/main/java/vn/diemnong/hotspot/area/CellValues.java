package vn.diemnong.hotspot.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The value of every cell in a period, in all or per month. Sites are placed in cells by the lattice arithmetic
 * (their point in UTM 48N). Per month, PostgreSQL sums the violations per cell and month with that mapping, so that
 * at most cells × months rows come back, not sites × months.
 */
@Component
class CellValues {

	private final JdbcClient jdbc;

	CellValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The value of every cell for the whole period: one pass, one row per site with its point. */
	double[] total(HexGrid grid, LocalDate from, LocalDate to, AnalysisValue value) {
		double[] values = new double[grid.size()];
		jdbc.sql("""
				WITH per_site AS (
				  SELECT v.site_id, %s AS value FROM violation_fact v
				  WHERE v.inspected_on BETWEEN :from AND :to GROUP BY v.site_id)
				SELECT ST_X(u.p) AS x, ST_Y(u.p) AS y, ps.value
				FROM per_site ps JOIN site_current s ON s.id = ps.site_id,
				     LATERAL (SELECT ST_Transform(ST_PointOnSurface(s.geom), 32648) AS p) u""".formatted(value.sql()))
			.param("from", from).param("to", to)
			.query((rs, n) -> {
				int cell = grid.cellAt(rs.getDouble("x"), rs.getDouble("y"));
				if (cell >= 0) {
					values[cell] += rs.getDouble("value");
				}
				return n;
			})
			.list();
		return values;
	}

	/** @return values[month][cell] for each month from the month of {@code from} */
	double[][] monthly(HexGrid grid, LocalDate from, LocalDate to, AnalysisValue value, int months) {
		List<Long> sites = new ArrayList<>();
		List<Integer> cells = new ArrayList<>();
		jdbc.sql("""
				SELECT s.id, ST_X(u.p) AS x, ST_Y(u.p) AS y
				FROM site_current s, LATERAL (SELECT ST_Transform(ST_PointOnSurface(s.geom), 32648) AS p) u
				WHERE s.id IN (SELECT v.site_id FROM violation_fact v WHERE v.inspected_on BETWEEN :from AND :to)""")
			.param("from", from).param("to", to)
			.query((rs, n) -> {
				int cell = grid.cellAt(rs.getDouble("x"), rs.getDouble("y"));
				if (cell >= 0) {
					sites.add(rs.getLong("id"));
					cells.add(cell);
				}
				return n;
			})
			.list();
		double[][] values = new double[months][grid.size()];
		String month = "((extract(year FROM v.inspected_on) - extract(year FROM CAST(:from AS date))) * 12"
				+ " + extract(month FROM v.inspected_on) - extract(month FROM CAST(:from AS date)))::int";
		jdbc.sql("""
				SELECT c.cell, %s AS month, %s AS value
				FROM violation_fact v
				JOIN unnest(CAST(:sites AS bigint[]), CAST(:cells AS int[])) AS c(site_id, cell) ON c.site_id = v.site_id
				WHERE v.inspected_on BETWEEN :from AND :to
				GROUP BY 1, 2""".formatted(month, value.sql()))
			.param("sites", sites.toArray(Long[]::new))
			.param("cells", cells.toArray(Integer[]::new))
			.param("from", from).param("to", to)
			.query((rs, n) -> {
				int m = rs.getInt("month");
				if (m >= 0 && m < values.length) {
					values[m][rs.getInt("cell")] += rs.getDouble("value");
				}
				return n;
			})
			.list();
		return values;
	}
}
