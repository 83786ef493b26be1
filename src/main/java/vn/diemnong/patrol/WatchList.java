package vn.diemnong.patrol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.Scope;
import vn.diemnong.hotspot.risk.SiteRisk;
import vn.diemnong.hotspot.risk.SiteRisks;

/** The sites of the caller's area ranked by risk, with their reasons and the police signals that exist. */
@Service
class WatchList {

	static final int DEFAULT_LIMIT = 100;
	static final int MAX_LIMIT = 2000;

	private final JdbcClient jdbc;
	private final SiteRisks risks;
	private final List<PoliceSignal> signals;

	WatchList(JdbcClient jdbc, SiteRisks risks, List<PoliceSignal> signals) {
		this.jdbc = jdbc;
		this.risks = risks;
		this.signals = signals;
	}

	/**
	 * @param liveSignals   the signals this service has a source for
	 * @param absentSignals the signals this service has no source for (none since observations, commitments, tips
	 *                      and patrol visits exist): never guessed, simply absent from every site
	 */
	@Schema(name = "PoliceWatchList")
	record Answer(int total, List<String> liveSignals, List<String> absentSignals, List<Item> sites) {
	}

	/** @param signals the live signals this site has, by code (absent when it has none) */
	@Schema(name = "PoliceWatchItem")
	record Item(int rank, long siteId, String name, String kind, String trade, String status,
			@Nullable String communeCode, @Nullable String communeName, double lon, double lat, double risk,
			List<PatrolPlan.Reason> reasons, Map<String, Object> signals) {
	}

	record Row(long id, String name, String kind, String trade, String status, @Nullable String communeCode,
			@Nullable String communeName, double lon, double lat) {
	}

	@Transactional(readOnly = true)
	Answer of(List<String> communes, @Nullable String kind, int limit) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("WHERE true ");
		if (!communes.isEmpty()) {
			where.append("AND s.commune_code IN (:communes) ");
			params.put("communes", communes);
		}
		if (kind != null && !kind.isBlank()) {
			where.append("AND s.kind = :kind ");
			params.put("kind", kind);
		}
		where.append(Scope.andCondition("s.commune_code", params));
		List<Row> rows = jdbc.sql("""
				SELECT s.id, s.name, s.kind, s.trade, s.status, s.commune_code, s.commune_name,
				       ST_X(ST_PointOnSurface(s.geom)) AS lon, ST_Y(ST_PointOnSurface(s.geom)) AS lat
				FROM site_current s %s""".formatted(where))
			.params(params)
			.query(Row.class)
			.list();
		Map<Long, SiteRisk> risk = new HashMap<>();
		for (SiteRisk r : risks.all()) {
			risk.put(r.siteId(), r);
		}
		List<Row> ranked = rows.stream().filter(r -> risk.containsKey(r.id()))
			.sorted(Comparator.<Row>comparingDouble(r -> -risk.get(r.id()).score()).thenComparingLong(Row::id))
			.toList();
		List<Row> shown = ranked.subList(0, Math.min(limit, ranked.size()));
		List<SiteRisk> shownRisks = shown.stream().map(r -> risk.get(r.id())).toList();
		Map<String, Map<Long, Object>> values = new LinkedHashMap<>();
		for (String code : PoliceSignal.KNOWN) {
			for (PoliceSignal signal : signals) {
				if (signal.code().equals(code)) {
					values.put(code, signal.values(shownRisks));
				}
			}
		}
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			Row row = shown.get(i);
			Map<String, Object> siteSignals = new LinkedHashMap<>();
			values.forEach((code, bySite) -> {
				Object value = bySite.get(row.id());
				if (value != null) {
					siteSignals.put(code, value);
				}
			});
			SiteRisk r = risk.get(row.id());
			items.add(new Item(i + 1, row.id(), row.name(), row.kind(), row.trade(), row.status(), row.communeCode(),
					row.communeName(), row.lon(), row.lat(), r.score(), PatrolPlanner.reasons(r), siteSignals));
		}
		Set<String> absent = new TreeSet<>(Comparator.comparingInt(PoliceSignal.KNOWN::indexOf));
		absent.addAll(PoliceSignal.KNOWN);
		absent.removeAll(values.keySet());
		return new Answer(ranked.size(), List.copyOf(values.keySet()), List.copyOf(absent), items);
	}
}
