package vn.diemnong.hotspot.stats;

import java.util.Arrays;

/**
 * Benjamini-Hochberg control of the false discovery rate over a family of tests, such as the Gi* tests of all cells
 * of one study area and one period.
 */
public final class FalseDiscoveryRate {

	private FalseDiscoveryRate() {
	}

	/**
	 * Benjamini-Hochberg adjusted p-values, equal to R's {@code p.adjust(p, method = "BH")}: for the p-value of rank i
	 * among n (ascending), the smallest of n / j &middot; p<sub>(j)</sub> over ranks j &ge; i, capped at 1.
	 *
	 * @param p p-values in [0, 1]
	 * @return adjusted p-values, in the order of {@code p}
	 * @throws IllegalArgumentException if a p-value is NaN or outside [0, 1]
	 */
	public static double[] adjust(double[] p) {
		double[] sorted = sortedCopy(p);
		int n = sorted.length;
		double[] bySorted = new double[n];
		double running = 1.0;
		for (int rank = n; rank >= 1; rank--) {
			running = Math.min(running, (double) n / rank * sorted[rank - 1]);
			bySorted[rank - 1] = running;
		}
		// Tied p-values share one adjusted value, so any of their ranks will do.
		double[] adjusted = new double[n];
		for (int i = 0; i < n; i++) {
			adjusted[i] = bySorted[Arrays.binarySearch(sorted, p[i])];
		}
		return adjusted;
	}

	/**
	 * The tests the Benjamini-Hochberg step-up procedure rejects at false discovery rate {@code alpha}: those whose
	 * p-value is at most the largest p<sub>(k)</sub> with p<sub>(k)</sub> &le; k / n &middot; alpha, p<sub>(k)</sub>
	 * being the k-th smallest of n. The same tests as those with an {@link #adjust adjusted} p-value &le; alpha.
	 *
	 * @param p p-values in [0, 1]
	 * @param alpha the false discovery rate, in (0, 1)
	 * @return whether each test is significant, in the order of {@code p}
	 * @throws IllegalArgumentException if a p-value is NaN or outside [0, 1]
	 */
	public static boolean[] significant(double[] p, double alpha) {
		double threshold = threshold(p, alpha);
		boolean[] significant = new boolean[p.length];
		for (int i = 0; i < p.length; i++) {
			significant[i] = p[i] <= threshold;
		}
		return significant;
	}

	/** @return the largest p(k) with p(k) &lt;= k / n * alpha, or -1 if there is none */
	private static double threshold(double[] p, double alpha) {
		validate(p);
		// Only p-values up to alpha can qualify, and they are the smallest, so their ranks among all are their own.
		double[] candidates = Arrays.stream(p).filter(value -> value <= alpha).sorted().toArray();
		double threshold = -1;
		for (int k = 1; k <= candidates.length; k++) {
			if (candidates[k - 1] <= (double) k / p.length * alpha) {
				threshold = candidates[k - 1];
			}
		}
		return threshold;
	}

	private static double[] sortedCopy(double[] p) {
		validate(p);
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		return sorted;
	}

	private static void validate(double[] p) {
		for (int i = 0; i < p.length; i++) {
			if (!(p[i] >= 0 && p[i] <= 1)) {
				throw new IllegalArgumentException("p-value " + i + " is not in [0, 1]: " + p[i]);
			}
		}
	}
}
