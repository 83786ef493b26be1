package vn.diemnong.hotspot.stats;

/**
 * Sorts Gi* results into {@link GiClass}es, with or without a false discovery rate (FDR) correction.
 *
 * <p>Without correction a cell is significant at 99, 95 or 90 % when its p-value is below 0.01, 0.05 or 0.10.
 *
 * <p>With correction, as ArcGIS Hot Spot Analysis applies it, the Benjamini-Hochberg procedure is run separately at
 * each confidence level over all cells of the result (one study area, one period): at 90 % with alpha 0.10, at 95 %
 * with 0.05, at 99 % with 0.01, and a cell takes the highest level at which it is rejected (the same as comparing
 * its BH-adjusted p-value with each alpha). The correction lowers the p-value each cell must reach, so it only ever
 * moves cells towards {@link GiClass#NONE}.
 */
public final class GiClassifier {

	private static final double[] ALPHAS = {0.10, 0.05, 0.01};

	private GiClassifier() {
	}

	/**
	 * @param result Gi* of every cell of one study area and period
	 * @param falseDiscoveryRate whether to correct for multiple testing as described above
	 * @return the class of each cell, in the order of the result
	 */
	public static GiClass[] classify(GiStarResult result, boolean falseDiscoveryRate) {
		boolean[][] significantAt = new boolean[ALPHAS.length][];
		for (int k = 0; k < ALPHAS.length; k++) {
			significantAt[k] = falseDiscoveryRate ? FalseDiscoveryRate.significant(result.p(), ALPHAS[k])
					: below(result.p(), ALPHAS[k]);
		}
		GiClass[] classes = new GiClass[result.size()];
		for (int i = 0; i < classes.length; i++) {
			int level = 0;
			for (int k = 0; k < ALPHAS.length; k++) {
				level = significantAt[k][i] ? k + 1 : level;
			}
			classes[i] = GiClass.of(result.z(i), level);
		}
		return classes;
	}

	/**
	 * The class of one test, uncorrected.
	 *
	 * @param z the Gi* z-score
	 * @param p its two-sided p-value
	 * @return the class: significant at the highest level whose alpha {@code p} is below
	 */
	public static GiClass classify(double z, double p) {
		return GiClass.of(z, level(p));
	}

	/** @return 3, 2, 1 for 99, 95, 90 % confidence, 0 if not significant */
	private static int level(double p) {
		int level = 0;
		for (int k = 0; k < ALPHAS.length; k++) {
			level = p < ALPHAS[k] ? k + 1 : level;
		}
		return level;
	}

	private static boolean[] below(double[] p, double alpha) {
		boolean[] below = new boolean[p.length];
		for (int i = 0; i < p.length; i++) {
			below[i] = p[i] < alpha;
		}
		return below;
	}
}
