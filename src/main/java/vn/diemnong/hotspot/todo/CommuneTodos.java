package vn.diemnong.hotspot.todo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.common.Scope;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.geo.CommuneRef;
import vn.diemnong.hotspot.risk.RiskReason;
import vn.diemnong.hotspot.risk.SiteRisk;
import vn.diemnong.hotspot.risk.SiteRisks;

/** Builds a commune's to-do list from the published views and the sites' risk reasons. */
@Service
class CommuneTodos {

	/** The risk reasons that say a site may be working again. */
	private static final Set<String> REACTIVATION = Set.of("reactivated-status", "reactivation");

	/** A remedial deadline within this many days is due soon. */
	static final int DUE_SOON_DAYS = 30;

	private final TodoQueries queries;
	private final SiteRisks risks;
	private final AdminUnits units;
	private final Clock clock;

	CommuneTodos(TodoQueries queries, SiteRisks risks, AdminUnits units, Clock clock) {
		this.queries = queries;
		this.risks = risks;
		this.units = units;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	CommuneTodo of(String code) {
		Scope.require(code, "commune", code);
		CommuneRef commune = units.commune(code);
		LocalDate today = LocalDate.now(clock);
		List<CommuneTodo.Item> items = new ArrayList<>(queries.deadlines(code, today, today.plusDays(DUE_SOON_DAYS)));
		items.addAll(reactivations(code, today));
		items.addAll(queries.sitesToCheck(code, today));
		return new CommuneTodo(code, commune.name(), today, DUE_SOON_DAYS, queries.neighbours(code), items);
	}

	/**
	 * Sites whose risk counts a reactivation. A village or cluster counts its members' signs too: it is listed only
	 * for a sign of its own (its status), the members being listed themselves.
	 */
	private List<CommuneTodo.Item> reactivations(String code, LocalDate today) {
		Map<Long, TodoQueries.SiteRow> sites = queries.sites(code).stream()
			.collect(Collectors.toMap(TodoQueries.SiteRow::id, Function.identity()));
		List<CommuneTodo.Item> items = new ArrayList<>();
		for (SiteRisk risk : risks.inCommune(code)) {
			TodoQueries.SiteRow site = sites.get(risk.siteId());
			if (site == null) {
				continue;
			}
			List<RiskReason> signs = risk.reasons().stream()
				.filter(r -> REACTIVATION.contains(r.code()))
				.filter(r -> !site.compound() || (r.recordType().equals("site") && r.recordId() == site.id()))
				.toList();
			if (signs.isEmpty()) {
				continue;
			}
			LocalDate latest = signs.stream().map(RiskReason::date).filter(d -> d != null)
				.max(Comparator.naturalOrder()).orElse(null);
			items.add(new CommuneTodo.Item("reactivation-suspected", site.id(), site.name(), site.kind(), site.status(),
					latest, latest == null ? null : ChronoUnit.DAYS.between(today, latest), null, null,
					site.lastInspection(), signs.stream().map(RiskReason::code).distinct().toList(), risk.score()));
		}
		items.sort(Comparator.comparing(CommuneTodo.Item::date, Comparator.nullsLast(Comparator.reverseOrder())));
		return items;
	}
}
