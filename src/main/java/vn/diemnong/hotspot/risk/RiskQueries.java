package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the facts risk is computed from, for one site or all of them, in five set-based queries. */
@Component
class RiskQueries {

	private final JdbcClient jdbc;

	RiskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param siteId one site, or null for every site */
	List<RiskInputs> inputs(@Nullable Long siteId, LocalDate today, int lookBackDays) {
		Map<String, Object> params = new HashMap<>();
		params.put("site", siteId);
		params.put("since", today.minusDays(lookBackDays));
		params.put("today", today);
		Map<Long, Builder> sites = new HashMap<>();
		List<Long> order = new ArrayList<>();
		jdbc.sql("""
				SELECT s.id, s.trade, s.status,
				       coalesce((SELECT min(e.occurred_on) FROM site_status_fact e WHERE e.site_id = s.id),
				                s.created_at::date) AS registered,
				       (SELECT max(i.inspected_on) FROM inspection_fact i WHERE i.site_id = s.id) AS last_inspection
				FROM site_current s WHERE CAST(:site AS bigint) IS NULL OR s.id = :site ORDER BY s.id""")
			.params(params)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				order.add(id);
				sites.put(id, new Builder(id, rs.getString("trade"), rs.getString("status"),
						rs.getObject("last_inspection", LocalDate.class), rs.getObject("registered", LocalDate.class)));
				return id;
			}).list();
		jdbc.sql("""
				SELECT v.site_id, v.id, v.inspected_on, v.severity, v.category
				FROM violation_fact v
				WHERE (CAST(:site AS bigint) IS NULL OR v.site_id = :site) AND v.inspected_on BETWEEN :since AND :today""")
			.params(params)
			.query((rs, n) -> sites.get(rs.getLong("site_id")).violations.add(new RiskInputs.ViolationFact(rs.getLong("id"),
					rs.getObject("inspected_on", LocalDate.class), rs.getInt("severity"), rs.getString("category"))))
			.list();
		jdbc.sql("""
				SELECT sa.site_id, sa.inspection_id AS id, sa.inspected_on, sa.parameter, sa.exceedance
				FROM sample_fact sa
				WHERE (CAST(:site AS bigint) IS NULL OR sa.site_id = :site) AND sa.exceedance > 1
				  AND sa.inspected_on BETWEEN :since AND :today""")
			.params(params)
			.query((rs, n) -> sites.get(rs.getLong("site_id")).exceedances.add(new RiskInputs.ExceedanceFact(
					rs.getLong("id"), rs.getObject("inspected_on", LocalDate.class), rs.getString("parameter"),
					rs.getBigDecimal("exceedance"))))
			.list();
		jdbc.sql("""
				SELECT v.site_id, v.id, v.remedial_deadline FROM violation_fact v
				WHERE (CAST(:site AS bigint) IS NULL OR v.site_id = :site)
				  AND violation_overdue(v.remedial_deadline, v.status, :today)""")
			.params(params)
			.query((rs, n) -> sites.get(rs.getLong("site_id")).overdue.add(new RiskInputs.OverdueFact(rs.getLong("id"),
					rs.getObject("remedial_deadline", LocalDate.class))))
			.list();
		jdbc.sql("""
				SELECT e.site_id, e.id, e.occurred_on FROM site_status_fact e
				WHERE (CAST(:site AS bigint) IS NULL OR e.site_id = :site) AND e.new_status = 'reactivated'
				  AND e.occurred_on <= :today""")
			.params(params)
			.query((rs, n) -> sites.get(rs.getLong("site_id")).reactivations.add(new RiskInputs.ReactivationFact(
					rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class))))
			.list();
		return order.stream().map(id -> sites.get(id).build()).toList();
	}

	private static final class Builder {

		final long id;
		final String trade;
		final String status;
		final @Nullable LocalDate lastInspection;
		final LocalDate registered;
		final List<RiskInputs.ViolationFact> violations = new ArrayList<>();
		final List<RiskInputs.ExceedanceFact> exceedances = new ArrayList<>();
		final List<RiskInputs.OverdueFact> overdue = new ArrayList<>();
		final List<RiskInputs.ReactivationFact> reactivations = new ArrayList<>();

		Builder(long id, String trade, String status, @Nullable LocalDate lastInspection, LocalDate registered) {
			this.id = id;
			this.trade = trade;
			this.status = status;
			this.lastInspection = lastInspection;
			this.registered = registered;
		}

		RiskInputs build() {
			return new RiskInputs(id, trade, status, violations, exceedances, overdue, reactivations, lastInspection,
					registered);
		}
	}
}
