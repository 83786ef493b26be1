package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.Set;

import vn.diemnong.demo.Behaviour.Regime;

/** How often a site is inspected and how bad its samples are, given its behaviour, status and the month. */
final class Pace {

	static final Set<String> IDLE = Set.of("committed", "closed", "suspended");

	private Pace() {
	}

	/** Campaigns double the visits; after the reform the hotspots are watched harder and Phú Lâm less. */
	static double inspectRate(Behaviour behaviour, String status, LocalDate month) {
		Regime regime = behaviour.regime();
		boolean watched = behaviour.campaign() || regime == Regime.HOTSPOT;
		if ("relocated".equals(status) || regime == Regime.VILLAGE) {
			return 0;
		}
		if (IDLE.contains(status)) {
			return !watched ? 0.02 : month.isBefore(Timeline.WATCH_FROM) ? 0.03 : 0.07;
		}
		double rate = behaviour.inspectRate() * (watched && Timeline.inCampaign(month) ? 2 : 1);
		if (regime == Regime.HOTSPOT && Timeline.afterReform(month)) {
			rate *= 1.4;
		}
		return regime == Regime.PHASE_OUT && Timeline.afterReform(month) ? rate * 0.8 : rate;
	}

	/** Log of the median exceedance: campaigns calm things down, remediation helps, a reactivated furnace not. */
	static double badness(Behaviour behaviour, String status, LocalDate date) {
		double badness = behaviour.badness();
		if (behaviour.regime() == Regime.HOTSPOT && Timeline.inCampaign(date)) {
			badness -= 0.25;
		}
		if (behaviour.regime() == Regime.PHASE_OUT) {
			badness += Timeline.afterReform(date) ? -0.6 : 0.15;
		}
		return switch (status) {
			case "reactivated" -> badness + 0.3;
			case "under_remediation" -> badness - 0.35;
			default -> badness;
		};
	}
}
