package vn.diemnong.hotspot.risk;

import java.util.List;

/**
 * A site's risk, 0–100, with its reasons; the reasons' contributions add up to the score (rounded to 0.01).
 *
 * @param configVersion the version of the weights that produced it
 * @param scaledBy      1 unless the raw points passed 100 and every contribution was scaled down by this factor
 */
public record SiteRisk(long siteId, double score, int configVersion, double rawPoints, double scaledBy,
		List<RiskReason> reasons) {
}
