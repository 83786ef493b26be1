package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the facts risk is computed from, for one site (with its members) or all of them, in six set-based queries. */
@Component
class RiskQueries {

	/** The sites of a tree: an index lookup per site for its first status event and its last inspection. */
	private static final String SOME_SITES = """
			SELECT s.id, s.parent_id, s.compound, s.name, s.trade, s.status,
			       coalesce((SELECT min(e.occurred_on) FROM site_status_fact e WHERE e.site_id = s.id),
			                s.created_at::date) AS registered,
			       (SELECT max(i.inspected_on) FROM inspection_fact i WHERE i.site_id = s.id) AS last_inspection
			FROM %s ORDER BY s.id""";

	/**
	 * Every site: the same values from one grouped pass over the events and inspections, which at 100,000 sites
	 * takes about half the time of 100,000 lookups.
	 */
	private static final String EVERY_SITE = """
			SELECT s.id, s.parent_id, s.compound, s.name, s.trade, s.status,
			       coalesce(e.registered, s.created_at::date) AS registered, i.last_inspection
			FROM %s
			LEFT JOIN (SELECT site_id, min(occurred_on) AS registered FROM site_status_fact GROUP BY site_id) e
			       ON e.site_id = s.id
			LEFT JOIN (SELECT site_id, max(inspected_on) AS last_inspection FROM inspection_fact GROUP BY site_id) i
			       ON i.site_id = s.id
			ORDER BY s.id""";

	private final JdbcClient jdbc;

	RiskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param siteId one site and its members (and theirs), or null for every site */
	List<RiskInputs> inputs(@Nullable Long siteId, LocalDate today, int lookBackDays) {
		Map<String, Object> params = new HashMap<>();
		params.put("site", siteId);
		return read(siteId == null ? null : "SELECT CAST(:site AS bigint)", params, today, lookBackDays);
	}

	/**
	 * The given sites with the villages, clusters and zones above them (and their members, as ever): what must be
	 * scored again when those sites' records changed. Sites no longer there are simply absent.
	 */
	List<RiskInputs> inputsWithAncestors(Collection<Long> siteIds, LocalDate today, int lookBackDays) {
		Map<String, Object> params = new HashMap<>();
		params.put("changed", siteIds.toArray(Long[]::new));
		return read("""
				SELECT up.id FROM (
				  WITH RECURSIVE up(id) AS (
				    SELECT c.id FROM site_current c WHERE c.id = ANY(CAST(:changed AS bigint[]))
				    UNION SELECT s.parent_id FROM site_current s JOIN up ON s.id = up.id WHERE s.parent_id IS NOT NULL)
				  SELECT id FROM up) AS up""", params, today, lookBackDays);
	}

	/** The sites of one commune (2025 code) and their members (and theirs), wherever those lie. */
	List<RiskInputs> inputsInCommune(String communeCode, LocalDate today, int lookBackDays) {
		Map<String, Object> params = new HashMap<>();
		params.put("commune", communeCode);
		return read("SELECT c.id FROM site_current c WHERE c.commune_code = :commune", params, today, lookBackDays);
	}

	/** @param roots a query of the ids of the sites to read (with their members), or null for every site */
	private List<RiskInputs> read(@Nullable String roots, Map<String, Object> params, LocalDate today,
			int lookBackDays) {
		params.put("since", today.minusDays(lookBackDays));
		params.put("today", today);
		Map<Long, Builder> builders = new HashMap<>();
		List<Long> order = new ArrayList<>();
		// a site comes with its members (and theirs): a village's risk draws on them
		String sites = roots == null ? "site_current s" : """
				(WITH RECURSIVE tree(id) AS (
				   %s
				   UNION SELECT m.id FROM site_current m JOIN tree t ON m.parent_id = t.id)
				 SELECT s.id, s.parent_id, s.compound, s.name, s.trade, s.status, s.created_at
				 FROM site_current s JOIN tree t ON t.id = s.id) s""".formatted(roots);
		jdbc.sql((roots == null ? EVERY_SITE : SOME_SITES).formatted(sites))
			.params(params)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				order.add(id);
				builders.put(id, new Builder(id, rs.getObject("parent_id", Long.class), rs.getBoolean("compound"),
						rs.getString("name"), rs.getString("trade"), rs.getString("status"),
						rs.getObject("last_inspection", LocalDate.class), rs.getObject("registered", LocalDate.class)));
				return id;
			}).list();
		params.put("ids", order.toArray(Long[]::new));
		// a condition written for the case, not "IS NULL OR", so that one site's rows are found by index
		Function<String, String> only = alias -> roots == null ? "TRUE"
				: alias + ".site_id = ANY(CAST(:ids AS bigint[]))";
		jdbc.sql("""
				SELECT v.site_id, v.id, v.inspected_on, v.severity, v.category
				FROM violation_fact v
				WHERE %s AND v.inspected_on BETWEEN :since AND :today""".formatted(only.apply("v")))
			.params(params)
			.query((rs, n) -> builders.get(rs.getLong("site_id")).violations.add(new RiskInputs.ViolationFact(
					rs.getLong("id"), rs.getObject("inspected_on", LocalDate.class), rs.getInt("severity"),
					rs.getString("category"))))
			.list();
		jdbc.sql("""
				SELECT sa.site_id, sa.inspection_id AS id, sa.inspected_on, sa.parameter, sa.exceedance
				FROM sample_fact sa
				WHERE %s AND sa.exceedance > 1
				  AND sa.inspected_on BETWEEN :since AND :today""".formatted(only.apply("sa")))
			.params(params)
			.query((rs, n) -> builders.get(rs.getLong("site_id")).exceedances.add(new RiskInputs.ExceedanceFact(
					rs.getLong("id"), rs.getObject("inspected_on", LocalDate.class), rs.getString("parameter"),
					rs.getBigDecimal("exceedance"))))
			.list();
		jdbc.sql("""
				SELECT v.site_id, v.id, v.remedial_deadline FROM violation_fact v
				WHERE %s
				  AND violation_overdue(v.remedial_deadline, v.status, :today)""".formatted(only.apply("v")))
			.params(params)
			.query((rs, n) -> builders.get(rs.getLong("site_id")).overdue.add(new RiskInputs.OverdueFact(
					rs.getLong("id"), rs.getObject("remedial_deadline", LocalDate.class))))
			.list();
		jdbc.sql("""
				SELECT e.site_id, e.id, e.occurred_on FROM site_status_fact e
				WHERE %s AND e.new_status = 'reactivated'
				  AND e.occurred_on <= :today""".formatted(only.apply("e")))
			.params(params)
			.query((rs, n) -> builders.get(rs.getLong("site_id")).reactivations.add(new RiskInputs.ReactivationFact(
					rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class))))
			.list();
		// what other modules publish about the sites (observations, commitments, tips): FieldSignal
		jdbc.sql("""
				SELECT f.site_id, f.code, f.record_id, f.day, f.facts FROM (%s) AS f
				WHERE %s AND f.day BETWEEN :since AND :today""".formatted(FieldSignal.allRecords(), only.apply("f")))
			.params(params)
			.query((rs, n) -> {
				Builder site = builders.get(rs.getLong("site_id"));
				if (site != null) {
					site.signals.add(new RiskInputs.SignalFact(FieldSignal.of(rs.getString("code")),
							rs.getLong("record_id"), rs.getObject("day", LocalDate.class),
							List.of((String[]) rs.getArray("facts").getArray())));
				}
				return 0;
			})
			.list();
		return order.stream().map(id -> builders.get(id).build()).toList();
	}

	private static final class Builder {

		final long id;
		final @Nullable Long parentId;
		final boolean compound;
		final String name;
		final String trade;
		final String status;
		final @Nullable LocalDate lastInspection;
		final LocalDate registered;
		final List<RiskInputs.ViolationFact> violations = new ArrayList<>();
		final List<RiskInputs.ExceedanceFact> exceedances = new ArrayList<>();
		final List<RiskInputs.OverdueFact> overdue = new ArrayList<>();
		final List<RiskInputs.ReactivationFact> reactivations = new ArrayList<>();
		final List<RiskInputs.SignalFact> signals = new ArrayList<>();

		Builder(long id, @Nullable Long parentId, boolean compound, String name, String trade, String status,
				@Nullable LocalDate lastInspection, LocalDate registered) {
			this.id = id;
			this.parentId = parentId;
			this.compound = compound;
			this.name = name;
			this.trade = trade;
			this.status = status;
			this.lastInspection = lastInspection;
			this.registered = registered;
		}

		RiskInputs build() {
			return new RiskInputs(id, parentId, compound, name, trade, status, violations, exceedances, overdue,
					reactivations, lastInspection, null, registered, signals);
		}
	}
}
