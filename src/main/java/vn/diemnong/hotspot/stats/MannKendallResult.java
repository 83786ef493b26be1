package vn.diemnong.hotspot.stats;

/**
 * A Mann-Kendall trend test of one series.
 *
 * @param n the length of the series
 * @param s the Kendall score S: pairs in increasing order minus pairs in decreasing order
 * @param varS the variance of S under no trend, corrected for ties
 * @param tau Kendall's tau-b between time and the series, in [-1, 1] (0 when undefined)
 * @param z the standardised score, with continuity correction: (S - sign(S)) / sqrt(varS)
 * @param p the two-sided p-value of {@code z} under the standard normal distribution
 */
public record MannKendallResult(int n, long s, double varS, double tau, double z, double p) {

	/** @return whether the trend is significant at {@code alpha} (p below it) and upward */
	public boolean increasing(double alpha) {
		return p < alpha && s > 0;
	}

	/** @return whether the trend is significant at {@code alpha} (p below it) and downward */
	public boolean decreasing(double alpha) {
		return p < alpha && s < 0;
	}
}
