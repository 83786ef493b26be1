package vn.diemnong.map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the map page's start needs from the records: the dates they span and whether any history is synthetic. */
@Component
class MapQueries {

	private final JdbcClient jdbc;

	MapQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The first and last inspection dates ({@code from}, {@code to}); today for both when there is none. */
	MapConfig.Period dataRange() {
		return jdbc.sql("""
				SELECT coalesce(min(inspected_on), CURRENT_DATE) AS from, coalesce(max(inspected_on), CURRENT_DATE) AS to
				FROM inspection_fact""")
			.query((rs, n) -> new MapConfig.Period(rs.getDate("from").toLocalDate(), rs.getDate("to").toLocalDate()))
			.single();
	}

	/** Whether any inspection was generated rather than recorded (the demo's made-up history). */
	boolean syntheticHistory() {
		return jdbc.sql("SELECT exists(SELECT 1 FROM inspection_fact WHERE synthetic)").query(Boolean.class).single();
	}
}
