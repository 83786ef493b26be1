package vn.diemnong.hotspot.stats;

import java.util.Arrays;

/**
 * Mann-Kendall test for a monotonic trend in a series, as R's {@code Kendall::MannKendall} computes it (in double
 * instead of its single precision), for a series x of length n:
 * <ul>
 * <li>S = &Sigma;<sub>i&lt;j</sub> sign(x<sub>j</sub> &minus; x<sub>i</sub>);
 * <li>Var(S) = [n(n&minus;1)(2n+5) &minus; &Sigma; t(t&minus;1)(2t+5)] / 18, summed over groups of t equal values;
 * <li>z = (S &minus; sign S) / &radic;Var(S), with continuity correction, and p = 2 P(Z &ge; |z|);
 * <li>tau-b = S / &radic;(n(n&minus;1)/2 &middot; (n(n&minus;1)/2 &minus; &Sigma; t(t&minus;1)/2)).
 * </ul>
 * Series shorter than 3, where the normal approximation means nothing (Kendall reports an error there), and series
 * of tied values only have z = 0 and p = 1.
 */
public final class MannKendall {

	private MannKendall() {
	}

	/**
	 * @param series values in time order, oldest first, all finite
	 * @return S, its tie-corrected variance, tau, z and the two-sided p-value
	 * @throws IllegalArgumentException if a value is not finite
	 */
	public static MannKendallResult test(double[] series) {
		int n = series.length;
		long s = score(series);
		double[] sorted = series.clone();
		Arrays.sort(sorted);
		double tieVariance = 0;
		double tiedPairs = 0;
		for (int from = 0, to; from < n; from = to) {
			to = from + 1;
			while (to < n && sorted[to] == sorted[from]) {
				to++;
			}
			double t = to - from;
			tieVariance += t * (t - 1) * (2 * t + 5);
			tiedPairs += t * (t - 1) / 2;
		}
		double varS = ((double) n * (n - 1) * (2.0 * n + 5) - tieVariance) / 18;
		double pairs = (double) n * (n - 1) / 2;
		double denominator = Math.sqrt(pairs * (pairs - tiedPairs));
		double tau = denominator > 0 ? s / denominator : 0.0;
		if (n < 3 || !(varS > 0)) {
			return new MannKendallResult(n, s, varS, tau, 0.0, 1.0);
		}
		double z = (s - Long.signum(s)) / Math.sqrt(varS);
		return new MannKendallResult(n, s, varS, tau, z, Normal.twoSidedP(z));
	}

	private static long score(double[] series) {
		long s = 0;
		for (int i = 0; i < series.length; i++) {
			double value = series[i];
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("value " + i + " of the series is not finite: " + value);
			}
			int sum = 0;
			for (int j = i + 1; j < series.length; j++) {
				sum += (series[j] > value ? 1 : 0) - (series[j] < value ? 1 : 0);
			}
			s += sum;
		}
		return s;
	}
}
