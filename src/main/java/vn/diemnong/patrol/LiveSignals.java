package vn.diemnong.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.hotspot.area.HotCells;
import vn.diemnong.hotspot.risk.SiteRisk;

/** The signals the service can give today, each from the records that state it. */
@Configuration(proxyBeanMethods = false)
class LiveSignals {

	private static final Set<String> REACTIVATION = Set.of("reactivation", "reactivated-status");

	/** A restart seen: the site's risk has a reactivation reason (a status event back to operating after a stop). */
	@Bean
	PoliceSignal reactivationSeen() {
		return new PoliceSignal() {
			@Override
			public String code() {
				return "reactivationSeen";
			}

			@Override
			public Map<Long, Object> values(List<SiteRisk> sites) {
				Map<Long, Object> values = new HashMap<>();
				sites.stream().filter(s -> s.reasons().stream().anyMatch(r -> REACTIVATION.contains(r.code())))
					.forEach(s -> values.put(s.siteId(), true));
				return values;
			}
		};
	}

	/** In a significant Gi* hot cell: the confidence, 90, 95 or 99. */
	@Bean
	PoliceSignal hotCell(HotCells hotCells) {
		return new PoliceSignal() {
			@Override
			public String code() {
				return "hotCell";
			}

			@Override
			public Map<Long, Object> values(List<SiteRisk> sites) {
				return new HashMap<>(hotCells.sitesInHotCells());
			}
		};
	}

	/** Days since the site's latest inspection (from the inspection module's published facts). */
	@Bean
	PoliceSignal daysSinceInspection(JdbcClient jdbc, Clock clock) {
		return new PoliceSignal() {
			@Override
			public String code() {
				return "daysSinceInspection";
			}

			@Override
			public Map<Long, Object> values(List<SiteRisk> sites) {
				LocalDate today = LocalDate.now(clock);
				Map<Long, Object> values = new HashMap<>();
				jdbc.sql("SELECT site_id, max(inspected_on) AS last FROM inspection_fact GROUP BY site_id")
					.query((rs, n) -> values.put(rs.getLong("site_id"),
							ChronoUnit.DAYS.between(rs.getObject("last", LocalDate.class), today)))
					.list();
				return values;
			}
		};
	}
}
