package vn.diemnong.patrol.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static Coverage.Site site(long id, String commune, double risk, LocalDate lastVisit) {
		return new Coverage.Site(id, "site " + id, commune, "xã " + commune, risk, lastVisit);
	}

	@Test
	void theShareCountsHighRiskSitesVisitedWithinTheWindow() {
		List<Coverage.Site> sites = List.of(
				site(1, "10000", 80, TODAY), // visited today
				site(2, "10000", 60, TODAY.minusDays(29)), // the window's first day: covered
				site(3, "10000", 70, TODAY.minusDays(30)), // one day too early: overdue
				site(4, "10000", 49.99, TODAY), // below the threshold: not counted
				site(5, "20000", 90, null), // never visited: overdue
				site(6, "30000", 10, null)); // a commune with no high-risk site
		Coverage coverage = Coverage.of(sites, 50, 30, TODAY);

		assertThat(coverage.province()).isEqualTo(new Coverage.Share(4, 2, 0.5));
		assertThat(coverage.communes()).containsExactly(
				new Coverage.CommuneShare("10000", "xã 10000", 3, 2, 2 / 3.0),
				new Coverage.CommuneShare("20000", "xã 20000", 1, 0, 0.0),
				new Coverage.CommuneShare("30000", "xã 30000", 0, 0, null));
		assertThat(coverage.overdue()).extracting(Coverage.OverdueSite::siteId).containsExactly(5L, 3L);
		assertThat(coverage.overdue().get(1).daysSinceVisit()).isEqualTo(30);
		assertThat(coverage.overdue().get(0).daysSinceVisit()).isNull();
	}

	@Test
	void noHighRiskSiteMeansNoShare() {
		assertThat(Coverage.of(List.of(), 50, 30, TODAY).province()).isEqualTo(new Coverage.Share(0, 0, null));
	}
}
