package vn.diemnong.hotspot.area;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.common.Dates;
import vn.diemnong.hotspot.stats.GiClass;

/**
 * The sites that lie in a significant Gi* hot cell of the default analysis the map shows (500 m hexagons, violations
 * weighted by severity, the twelve months before this one, FDR-corrected).
 */
@Service
public class HotCells {

	private final AreaHotspots hotspots;
	private final JdbcClient jdbc;
	private final Clock clock;

	HotCells(AreaHotspots hotspots, JdbcClient jdbc, Clock clock) {
		this.hotspots = hotspots;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Site id to the confidence of its cell's hot class (99, 95 or 90), for the sites in hot cells only. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> sitesInHotCells() {
		LocalDate to = Dates.endOfLastMonth(clock);
		Analysis analysis = new Analysis(to.withDayOfMonth(1).minusMonths(11), to, 500, 0, AnalysisValue.SEVERITY, true);
		AreaHotspots.Computed gi = hotspots.compute(analysis);
		GiClass[] classes = gi.classes(true);
		Map<Long, Integer> result = new HashMap<>();
		jdbc.sql("""
				SELECT s.id, ST_X(u.p) AS x, ST_Y(u.p) AS y
				FROM site_current s, LATERAL (SELECT ST_Transform(ST_PointOnSurface(s.geom), 32648) AS p) u""")
			.query((rs, n) -> {
				int k = gi.grid().cellAt(rs.getDouble("x"), rs.getDouble("y"));
				if (k >= 0 && classes[k].isHot()) {
					result.put(rs.getLong("id"), classes[k] == GiClass.HOT_99 ? 99 : classes[k] == GiClass.HOT_95 ? 95 : 90);
				}
				return null;
			})
			.list();
		return result;
	}
}
