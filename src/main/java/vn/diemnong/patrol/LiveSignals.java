package vn.diemnong.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.hotspot.area.HotCells;
import vn.diemnong.hotspot.risk.SiteRisk;

/** The watch list's signals, each from the records that state it. */
@Configuration(proxyBeanMethods = false)
class LiveSignals {

	/** A restart seen: a reactivation in the status history, or an officer who saw the site working again. */
	@Bean
	PoliceSignal reactivationSeen() {
		return fromReasons("reactivationSeen", Set.of("reactivation", "reactivated-status", "observation-restart"));
	}

	/** Scrap stockpiled, seen by an officer in the field (an observation within the risk's look-back window). */
	@Bean
	PoliceSignal scrapStockpiled() {
		return fromReasons("scrapStockpiled", Set.of("observation-stockpile"));
	}

	/** A signed commitment broken while in force (the commitment module's {@code broken_commitment}, through risk). */
	@Bean
	PoliceSignal commitmentBroken() {
		return fromReasons("commitmentBroken", Set.of("broken-commitment"));
	}

	/**
	 * Open or verified citizens' tips linked to the site or within 200 m (the tip module's {@code tip_near_site}).
	 * Tips naming the commune's own officials are left out: a commune's user reads this list too.
	 */
	@Bean
	PoliceSignal tipsNearby(JdbcClient jdbc) {
		return signal("tipsNearby", sites -> counts(jdbc, """
				SELECT site_id, count(DISTINCT tip_id) AS value FROM tip_near_site
				WHERE (verified OR status IN ('received', 'verifying')) AND NOT officials_involved
				GROUP BY site_id"""));
	}

	/** In a significant Gi* hot cell: the confidence, 90, 95 or 99. */
	@Bean
	PoliceSignal hotCell(HotCells hotCells) {
		return signal("hotCell", sites -> new HashMap<>(hotCells.sitesInHotCells()));
	}

	/** Days since the site's latest inspection (from the inspection module's published facts). */
	@Bean
	PoliceSignal daysSinceInspection(JdbcClient jdbc, Clock clock) {
		return signal("daysSinceInspection",
				sites -> daysSince(jdbc, clock, "SELECT site_id, max(inspected_on) AS day FROM inspection_fact GROUP BY site_id"));
	}

	/** Days since a patrol last visited the site (the patrol records' {@code site_last_visit}). */
	@Bean
	PoliceSignal daysSinceVisit(JdbcClient jdbc, Clock clock) {
		return signal("daysSinceVisit",
				sites -> daysSince(jdbc, clock, "SELECT site_id, last_visited_on AS day FROM site_last_visit"));
	}

	private static PoliceSignal fromReasons(String code, Set<String> reasons) {
		return signal(code, sites -> {
			Map<Long, Object> values = new HashMap<>();
			sites.stream().filter(s -> s.reasons().stream().anyMatch(r -> reasons.contains(r.code())))
				.forEach(s -> values.put(s.siteId(), true));
			return values;
		});
	}

	private static Map<Long, Object> counts(JdbcClient jdbc, String sql) {
		Map<Long, Object> values = new HashMap<>();
		jdbc.sql(sql).query((rs, n) -> values.put(rs.getLong("site_id"), rs.getLong("value"))).list();
		return values;
	}

	private static Map<Long, Object> daysSince(JdbcClient jdbc, Clock clock, String sql) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, Object> values = new HashMap<>();
		jdbc.sql(sql).query((rs, n) -> values.put(rs.getLong("site_id"),
				ChronoUnit.DAYS.between(rs.getObject("day", LocalDate.class), today))).list();
		return values;
	}

	private static PoliceSignal signal(String code, Function<List<SiteRisk>, Map<Long, Object>> values) {
		return new PoliceSignal() {
			@Override
			public String code() {
				return code;
			}

			@Override
			public Map<Long, Object> values(List<SiteRisk> sites) {
				return values.apply(sites);
			}
		};
	}
}
