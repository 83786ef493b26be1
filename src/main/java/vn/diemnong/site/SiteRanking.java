package vn.diemnong.site;

import java.util.Map;

/** Orders sites by a score another feature computes (the hotspot feature's risk), for {@code ?sort=risk}. */
public interface SiteRanking {

	/** The score of every site, highest risk first when sorted descending. */
	Map<Long, Double> scores();
}
