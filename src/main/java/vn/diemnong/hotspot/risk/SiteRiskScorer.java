package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Computes a site's risk from its facts and the weights: pure, every point traced to a record. */
public final class SiteRiskScorer {

	private SiteRiskScorer() {
	}

	public static SiteRisk score(RiskInputs site, RiskWeights weights, int configVersion, LocalDate today) {
		return total(site.siteId(), reasons(site, weights, today), configVersion);
	}

	/** The site's own reasons, before the scaling to 100. */
	static List<RiskReason> reasons(RiskInputs site, RiskWeights weights, LocalDate today) {
		List<RiskReason> reasons = new ArrayList<>();
		violations(site, weights, today, reasons);
		capped(reasons, exceedances(site, weights, today), weights.exceedanceCap());
		capped(reasons, overdue(site, weights), weights.overdueCap());
		reactivations(site, weights, today, reasons);
		capped(reasons, ObservationRiskReasons.of(site, weights, today), weights.observations().cap());
		inspectionGap(site, weights, today, reasons);
		double trade = weights.tradePoints().getOrDefault(site.trade(), 0.0);
		if (trade > 0) {
			reasons.add(new RiskReason("trade", trade, "site", site.siteId(), null, List.of(site.trade())));
		}
		return reasons;
	}

	/** The score of the reasons: their sum, every contribution scaled by the same factor when it passes 100. */
	static SiteRisk total(long siteId, List<RiskReason> reasons, int configVersion) {
		double raw = reasons.stream().mapToDouble(RiskReason::contribution).sum();
		double factor = raw > 100 ? 100 / raw : 1;
		List<RiskReason> scaled = reasons.stream().map(r -> r.scaled(factor)).toList();
		return new SiteRisk(siteId, Math.min(100, raw), configVersion, raw, factor, scaled);
	}

	/** Severity points halved every half-life: a two-year-old violation weighs a sixteenth at a 180-day half-life. */
	private static void violations(RiskInputs site, RiskWeights weights, LocalDate today, List<RiskReason> reasons) {
		for (RiskInputs.ViolationFact v : site.violations()) {
			long age = ChronoUnit.DAYS.between(v.date(), today);
			if (age < 0 || age > weights.lookBackDays()) {
				continue;
			}
			double fresh = weights.severityPoints().getOrDefault(v.severity(), 0.0);
			double points = fresh * Math.pow(0.5, (double) age / weights.halfLifeDays());
			reasons.add(new RiskReason("violation", points, "violation", v.violationId(), v.date(),
					List.of(v.category(), v.severity(), age)));
		}
	}

	private static List<RiskReason> exceedances(RiskInputs site, RiskWeights weights, LocalDate today) {
		List<RiskReason> reasons = new ArrayList<>();
		for (RiskInputs.ExceedanceFact e : site.exceedances()) {
			double factor = e.exceedance().doubleValue();
			long age = ChronoUnit.DAYS.between(e.date(), today);
			if (factor > 1 && age >= 0 && age <= weights.lookBackDays()) {
				double points = weights.exceedancePerDoubling() * Math.log(factor) / Math.log(2);
				reasons.add(new RiskReason("exceedance", points, "inspection", e.inspectionId(), e.date(),
						List.of(e.parameter(), factor)));
			}
		}
		return reasons;
	}

	private static List<RiskReason> overdue(RiskInputs site, RiskWeights weights) {
		return site.overdue().stream()
			.map(o -> new RiskReason("overdue", weights.overduePoints(), "violation", o.violationId(), o.deadline(),
					List.of()))
			.toList();
	}

	private static void reactivations(RiskInputs site, RiskWeights weights, LocalDate today, List<RiskReason> reasons) {
		if (site.status().equals("reactivated")) {
			reasons.add(new RiskReason("reactivated-status", weights.reactivatedStatus(), "site", site.siteId(), null,
					List.of(site.status())));
		}
		List<RiskReason> events = site.reactivations().stream()
			.filter(r -> ChronoUnit.DAYS.between(r.date(), today) <= weights.lookBackDays())
			.map(r -> new RiskReason("reactivation", weights.reactivationPoints(), "status_event", r.eventId(), r.date(),
					List.of()))
			.toList();
		capped(reasons, events, weights.reactivationCap());
	}

	/**
	 * Nobody has looked for a long time: points grow linearly from the grace period to the full gap. When the last
	 * inspection was of a member, the reason names the member: facts (days, "member").
	 */
	private static void inspectionGap(RiskInputs site, RiskWeights weights, LocalDate today, List<RiskReason> reasons) {
		LocalDate since = site.lastInspection() != null ? site.lastInspection() : site.registeredOn();
		long days = ChronoUnit.DAYS.between(since, today);
		if (days <= weights.inspectionGraceDays()) {
			return;
		}
		double share = Math.min(1, (double) (days - weights.inspectionGraceDays())
				/ (weights.inspectionGapFullDays() - weights.inspectionGraceDays()));
		Long member = site.inspectedMember();
		reasons.add(new RiskReason("inspection-gap", share * weights.inspectionGapPoints(), "site",
				member != null ? member : site.siteId(), since,
				List.of(days, site.lastInspection() == null ? "never" : member != null ? "member" : "last")));
	}

	/** Adds the reasons, scaled together so that they give at most {@code cap} points. */
	static void capped(List<RiskReason> reasons, List<RiskReason> group, double cap) {
		double sum = group.stream().mapToDouble(RiskReason::contribution).sum();
		double factor = sum > cap ? cap / sum : 1;
		group.forEach(r -> reasons.add(r.scaled(factor)));
	}
}
