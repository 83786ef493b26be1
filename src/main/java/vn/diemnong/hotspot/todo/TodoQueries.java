package vn.diemnong.hotspot.todo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The to-do list's reads, over the views the site, inspection and geo modules publish. */
@Component
class TodoQueries {

	/** The day a site {@code s} was last inspected, as a column. */
	private static final String LAST_INSPECTION =
			"(SELECT max(i.inspected_on) FROM inspection_fact i WHERE i.site_id = s.id)";

	private final JdbcClient jdbc;

	TodoQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record SiteRow(long id, String name, String kind, String status, boolean compound,
			@Nullable LocalDate lastInspection) {
	}

	/** The commune's sites with their latest inspection. */
	List<SiteRow> sites(String code) {
		return jdbc.sql("""
				SELECT s.id, s.name, s.kind, s.status, s.compound,
				       %1$s AS last_inspection
				FROM site_current s WHERE s.commune_code = :code ORDER BY s.id""".formatted(LAST_INSPECTION))
			.param("code", code)
			.query(SiteRow.class)
			.list();
	}

	/**
	 * Remedial deadlines overdue (oldest first), then due by {@code soon} (nearest first). "Due soon" is "would be
	 * overdue the day after {@code soon} but is not today": violation_overdue() states which cases are still open.
	 */
	List<CommuneTodo.Item> deadlines(String code, LocalDate today, LocalDate soon) {
		return jdbc.sql("""
				SELECT v.id AS violation_id, v.category, v.remedial_deadline, s.id, s.name, s.kind, s.status,
				       violation_overdue(v.remedial_deadline, v.status, :today) AS overdue,
				       %1$s AS last_inspection
				FROM violation_fact v JOIN site_current s ON s.id = v.site_id
				WHERE s.commune_code = :code AND violation_overdue(v.remedial_deadline, v.status, :afterSoon)
				ORDER BY overdue DESC, v.remedial_deadline, v.id""".formatted(LAST_INSPECTION))
			.param("code", code)
			.param("today", today)
			.param("afterSoon", soon.plusDays(1))
			.query((rs, n) -> {
				LocalDate deadline = rs.getObject("remedial_deadline", LocalDate.class);
				return new CommuneTodo.Item(rs.getBoolean("overdue") ? "deadline-overdue" : "deadline-soon",
						rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("status"), deadline,
						ChronoUnit.DAYS.between(today, deadline), rs.getLong("violation_id"), rs.getString("category"),
						rs.getObject("last_inspection", LocalDate.class), List.of(), null);
			})
			.list();
	}

	/** Suspended and committed sites, the longest unchecked first (latest inspection, or since the status). */
	List<CommuneTodo.Item> sitesToCheck(String code, LocalDate today) {
		return jdbc.sql("""
				SELECT s.id, s.name, s.kind, s.status, t.since, t.last_inspection
				FROM site_current s,
				LATERAL (SELECT (SELECT max(e.occurred_on) FROM site_status_fact e
				                 WHERE e.site_id = s.id AND e.new_status = s.status) AS since,
				                %1$s AS last_inspection
				        ) t
				WHERE s.commune_code = :code AND s.status IN ('suspended', 'committed')
				ORDER BY greatest(t.since, t.last_inspection) NULLS FIRST, s.id""".formatted(LAST_INSPECTION))
			.param("code", code)
			.query((rs, n) -> {
				LocalDate since = rs.getObject("since", LocalDate.class);
				return new CommuneTodo.Item("check-" + rs.getString("status"), rs.getLong("id"), rs.getString("name"),
						rs.getString("kind"), rs.getString("status"), since,
						since == null ? null : ChronoUnit.DAYS.between(today, since), null, null,
						rs.getObject("last_inspection", LocalDate.class), List.of(), null);
			})
			.list();
	}

	/** The current communes whose boundary touches this one's (within 20 m: the 2025 outlines do not all meet). */
	List<CommuneTodo.Neighbour> neighbours(String code) {
		return jdbc.sql("""
				SELECT n.code, n.name FROM commune_current c JOIN commune_current n
				  ON n.code <> c.code AND ST_DWithin(c.geom, n.geom, 0.0002)
				WHERE c.code = :code ORDER BY n.code""")
			.param("code", code)
			.query(CommuneTodo.Neighbour.class)
			.list();
	}
}
