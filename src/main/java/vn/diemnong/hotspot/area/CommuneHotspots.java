package vn.diemnong.hotspot.area;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.Scope;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.hotspot.stats.GiClass;
import vn.diemnong.hotspot.stats.MannKendall;
import vn.diemnong.hotspot.stats.MannKendallResult;

/** The hotspot numbers of one commune for a period, next to the other communes of the province. */
@Service
class CommuneHotspots {

	private final JdbcClient jdbc;
	private final AreaHotspots hotspots;
	private final AdminUnits units;

	CommuneHotspots(JdbcClient jdbc, AreaHotspots hotspots, AdminUnits units) {
		this.jdbc = jdbc;
		this.hotspots = hotspots;
		this.units = units;
	}

	/**
	 * @param rank         1 for the commune with the highest severity-weighted score in the province
	 * @param ratePerKm2   violations per km² of the commune
	 * @param trend        Mann-Kendall test of the monthly violation counts
	 * @param hotCells     cells (centre in the commune) that are hot spots at 90 % or more, FDR-corrected
	 */
	@Schema(name = "CommuneHotspotSummary")
	record Summary(String code, String name, LocalDate from, LocalDate to, long violations, long severityScore,
			double areaKm2, double ratePerKm2, int rank, int communes, Trend trend, int hotCells, int hotCells99,
			double cellSize, boolean containsSignificantHotCells) {
	}

	@Schema(name = "ViolationTrend", description = "Mann-Kendall trend of the monthly violations")
	record Trend(String direction, double z, double p, double tau, List<Long> monthly) {
	}

	@Transactional(readOnly = true)
	Summary summary(String code, Analysis analysis) {
		Scope.require(code, "commune", code);
		units.commune(code);
		Ranked ranked = ranked(code, analysis.from(), analysis.to());
		List<Long> monthly = monthly(code, analysis.from(), analysis.to());
		MannKendallResult mk = MannKendall.test(monthly.stream().mapToDouble(Long::doubleValue).toArray());
		String direction = mk.increasing(0.05) ? "increasing" : mk.decreasing(0.05) ? "decreasing" : "no-trend";
		AreaHotspots.Computed gi = hotspots.compute(analysis);
		GiClass[] classes = gi.classes(analysis.fdr());
		int hot = 0;
		int hot99 = 0;
		for (int k = 0; k < classes.length; k++) {
			if (code.equals(gi.grid().commune(k)) && classes[k].isHot()) {
				hot++;
				hot99 += classes[k] == GiClass.HOT_99 ? 1 : 0;
			}
		}
		return new Summary(code, ranked.name(), analysis.from(), analysis.to(), ranked.violations(), ranked.score(),
				ranked.area(), ranked.area() > 0 ? ranked.violations() / ranked.area() : 0, ranked.rank(),
				ranked.communes(), new Trend(direction, mk.z(), mk.p(), mk.tau(), monthly), hot, hot99, analysis.cell(),
				hot > 0);
	}

	record Ranked(String name, long violations, long score, double area, int rank, int communes) {
	}

	private Ranked ranked(String code, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				WITH per AS (
				  SELECT u.code, u.name, u.area_km2, count(v.id) AS violations, coalesce(sum(v.severity), 0) AS score
				  FROM commune_current u
				  LEFT JOIN site_current s ON s.commune_id = u.id
				  LEFT JOIN violation_fact v ON v.site_id = s.id AND v.inspected_on BETWEEN :from AND :to
				  GROUP BY u.code, u.name, u.area_km2),
				ranked AS (SELECT *, rank() OVER (ORDER BY score DESC) AS rank, count(*) OVER () AS communes FROM per)
				SELECT name, violations, score, coalesce(area_km2, 0) AS area, rank, communes FROM ranked WHERE code = :code""")
			.param("code", code)
			.param("from", from)
			.param("to", to)
			.query(Ranked.class)
			.single();
	}

	private List<Long> monthly(String code, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT count(v.id) FROM generate_series(date_trunc('month', CAST(:from AS date)), CAST(:to AS date),
				                                        interval '1 month') m
				LEFT JOIN (violation_fact v JOIN site_current s ON s.id = v.site_id AND s.commune_code = :code)
				       ON date_trunc('month', v.inspected_on) = m AND v.inspected_on BETWEEN :from AND :to
				GROUP BY m ORDER BY m""")
			.param("code", code)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.list();
	}
}
