package vn.diemnong.hotspot.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The risk of a village, cluster or zone with members (docs/hotspots.md): its own record, where the latest inspection
 * of any member counts as its own; a share of its riskiest member's score ({@code member}, naming the member and its
 * top reasons); points for each other member at or above the threshold ({@code risky-member}, capped); scaled to 100
 * as any site's.
 */
final class CompoundRiskScorer {

	private static final int TOP_REASONS = 3;

	private CompoundRiskScorer() {
	}

	/** A member with its own inputs (its last inspection being its own members' when it is a compound too). */
	record Member(RiskInputs site, SiteRisk risk) {
	}

	/** How much one kind of reason adds to a member's score. */
	record CodePoints(String code, double points) {
	}

	/** @return the risk, and the inputs its own record was scored from (for a compound of compounds) */
	static Scored score(RiskInputs compound, List<Member> members, RiskWeights weights, int configVersion,
			LocalDate today) {
		RiskInputs own = compound;
		for (Member member : members) {
			LocalDate inspected = member.site().lastInspection();
			if (inspected != null && (own.lastInspection() == null || inspected.isAfter(own.lastInspection()))) {
				own = own.inspectedThrough(member.site().siteId(), inspected);
			}
		}
		List<RiskReason> reasons = new ArrayList<>(SiteRiskScorer.reasons(own, weights, today));
		List<Member> ranked = members.stream()
			.sorted(Comparator.comparingDouble((Member m) -> -m.risk().score()).thenComparingLong(m -> m.site().siteId()))
			.toList();
		if (!ranked.isEmpty() && ranked.get(0).risk().score() > 0) {
			Member riskiest = ranked.get(0);
			reasons.add(new RiskReason("member", weights.riskiestMemberShare() * riskiest.risk().score(), "site",
					riskiest.site().siteId(), null,
					List.of(riskiest.site().name(), rounded(riskiest.risk().score()), topReasons(riskiest.risk()))));
		}
		double sum = 0;
		List<RiskReason> risky = new ArrayList<>();
		for (Member member : ranked.subList(Math.min(1, ranked.size()), ranked.size())) {
			if (member.risk().score() >= weights.riskyMemberThreshold()) {
				risky.add(new RiskReason("risky-member", weights.riskyMemberPoints(), "site", member.site().siteId(),
						null, List.of(member.site().name(), rounded(member.risk().score()), weights.riskyMemberThreshold())));
				sum += weights.riskyMemberPoints();
			}
		}
		double factor = sum > weights.riskyMemberCap() ? weights.riskyMemberCap() / sum : 1;
		risky.forEach(r -> reasons.add(r.scaled(factor)));
		return new Scored(SiteRiskScorer.total(compound.siteId(), reasons, configVersion), own);
	}

	record Scored(SiteRisk risk, RiskInputs inputs) {
	}

	/** The member's points by kind of reason, the largest first. */
	private static List<CodePoints> topReasons(SiteRisk risk) {
		Map<String, Double> byCode = new TreeMap<>();
		risk.reasons().forEach(r -> byCode.merge(r.code(), r.contribution(), Double::sum));
		return byCode.entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(TOP_REASONS)
			.map(e -> new CodePoints(e.getKey(), rounded(e.getValue())))
			.toList();
	}

	private static double rounded(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
