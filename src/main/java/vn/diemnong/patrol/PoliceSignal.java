package vn.diemnong.patrol;

import java.util.List;
import java.util.Map;

import vn.diemnong.hotspot.risk.SiteRisk;

/**
 * One police signal of the watch list, from the one module that knows it. A module that records what a signal
 * needs (observations, commitments, tips, patrol visits) publishes a bean implementing this; until it exists the
 * signal is listed as absent, never guessed.
 */
public interface PoliceSignal {

	/** Every signal the watch list knows, in the order of its columns. */
	List<String> KNOWN = List.of("reactivationSeen", "scrapStockpiled", "commitmentBroken", "tipsNearby", "hotCell",
			"daysSinceInspection", "daysSinceVisit");

	/** One of {@link #KNOWN}. */
	String code();

	/**
	 * The signal's value for the sites that have one (a boolean, a count, a number of days or a confidence);
	 * sites without it are left out.
	 */
	Map<Long, Object> values(List<SiteRisk> sites);
}
