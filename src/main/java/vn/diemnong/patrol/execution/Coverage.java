package vn.diemnong.patrol.execution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Patrol coverage: of the high-risk sites (risk at or above the threshold), the share visited in the last
 * {@code windowDays} days, per commune and for the province, and the high-risk sites overdue for a visit, the
 * riskiest first. A site visited on {@code today - windowDays + 1} or later is covered (30 days = today and the 29
 * before it).
 *
 * @param share visited / highRisk, null where there is no high-risk site
 */
@Schema(name = "PatrolCoverage")
record Coverage(LocalDate today, double threshold, int windowDays, Share province, List<CommuneShare> communes,
		List<OverdueSite> overdue) {

	/** A site as coverage sees it: where it is, its risk now, and the day a patrol last visited it (null: never). */
	record Site(long siteId, String name, @Nullable String communeCode, @Nullable String communeName, double risk,
			@Nullable LocalDate lastVisitedOn) {
	}

	@Schema(name = "PatrolCoverageShare")
	record Share(int highRisk, int visited, @Nullable Double share) {

		static Share of(int highRisk, int visited) {
			return new Share(highRisk, visited, highRisk == 0 ? null : (double) visited / highRisk);
		}
	}

	@Schema(name = "PatrolCoverageCommune")
	record CommuneShare(@Nullable String code, @Nullable String name, int highRisk, int visited, @Nullable Double share) {
	}

	/** @param daysSinceVisit null when never visited */
	@Schema(name = "PatrolOverdueSite")
	record OverdueSite(long siteId, String name, @Nullable String communeCode, @Nullable String communeName,
			double risk, @Nullable LocalDate lastVisitedOn, @Nullable Long daysSinceVisit) {
	}

	static Coverage of(List<Site> sites, double threshold, int windowDays, LocalDate today) {
		LocalDate firstCovered = today.minusDays(windowDays - 1L);
		Map<String, int[]> perCommune = new TreeMap<>();
		Map<String, @Nullable String> names = new TreeMap<>();
		List<OverdueSite> overdue = new ArrayList<>();
		int highRisk = 0;
		int visited = 0;
		for (Site site : sites) {
			// every commune with a site is listed, those without a high-risk site with a share of null
			String commune = site.communeCode() == null ? "" : site.communeCode();
			names.put(commune, site.communeName());
			int[] counts = perCommune.computeIfAbsent(commune, c -> new int[2]);
			if (site.risk() < threshold) {
				continue;
			}
			boolean covered = site.lastVisitedOn() != null && !site.lastVisitedOn().isBefore(firstCovered);
			counts[0]++;
			highRisk++;
			if (covered) {
				counts[1]++;
				visited++;
			}
			else {
				overdue.add(new OverdueSite(site.siteId(), site.name(), site.communeCode(), site.communeName(),
						site.risk(), site.lastVisitedOn(), site.lastVisitedOn() == null ? null
								: ChronoUnit.DAYS.between(site.lastVisitedOn(), today)));
			}
		}
		overdue.sort(Comparator.comparingDouble(OverdueSite::risk).reversed().thenComparingLong(OverdueSite::siteId));
		List<CommuneShare> communes = perCommune.entrySet().stream().map(e -> {
			Share share = Share.of(e.getValue()[0], e.getValue()[1]);
			return new CommuneShare(e.getKey().isEmpty() ? null : e.getKey(), names.get(e.getKey()), share.highRisk(),
					share.visited(), share.share());
		}).toList();
		return new Coverage(today, threshold, windowDays, Share.of(highRisk, visited), communes, List.copyOf(overdue));
	}
}
