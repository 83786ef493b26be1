package vn.diemnong.hotspot.stats;

import java.util.List;

/**
 * Emerging Hot Spot Analysis categories for one cell, from its Gi* result in each time slice (oldest first) and the
 * Mann-Kendall trend of its Gi* z-scores over the slices, after ArcGIS Pro's "How Emerging Hot Spot Analysis works".
 *
 * <p><b>Significance.</b> A slice is a significant hot spot for the cell when its p-value is below the bin alpha
 * (default 0.10, the 90 % confidence level, the lowest ArcGIS marks) and z &gt; 0; a cold spot when z &lt; 0. With
 * {@link #classifyAll(List, boolean) FDR} the Benjamini-Hochberg adjusted p-value of each slice is used instead,
 * significant when at most the alpha, as ArcGIS Pro corrects each slice. The trend of the z-scores is significant
 * when the Mann-Kendall p-value is below the trend alpha (default also 0.10; ArcGIS publishes no threshold for it).
 * "90 %" means at least nine tenths of the slices, counted exactly. ArcGIS wants at least ten slices; shorter
 * histories are classified by the same rules, in which 90 % of fewer than ten slices means all of them.
 *
 * <p><b>Categories</b>, hot as written, cold the same with hot and cold swapped and the trend
 * reversed (an intensifying cold spot has z-scores falling significantly):
 * <ul>
 * <li><b>New</b>: the final slice is hot, and no earlier slice was significant at all.
 * <li><b>Consecutive</b>: the final slices are one uninterrupted run of at least two hot slices, no slice before the
 * run was significant, and fewer than 90 % of the slices are hot.
 * <li><b>Intensifying</b>: at least 90 % of the slices are hot, the final one included, and the z-scores rise
 * significantly.
 * <li><b>Persistent</b>: at least 90 % hot, the final one included, and no significant trend.
 * <li><b>Diminishing</b>: at least 90 % hot, the final one included, and the z-scores fall significantly.
 * <li><b>Sporadic</b>: the final slice is hot, hot slices came and went before it (the final run does not hold them
 * all), fewer than 90 % are hot, and no slice was ever cold.
 * <li><b>Oscillating</b>: the final slice is hot, some earlier slice was cold, and fewer than 90 % are hot.
 * <li><b>Historical</b>: the final slice is not significant, and at least 90 % of the slices were hot.
 * <li><b>No pattern</b>: none of these, for hot or cold.
 * </ul>
 *
 * <p><b>Where this follows ArcGIS and where it has to choose.</b> The definitions above are ArcGIS Pro's, made
 * exclusive: its text leaves some series in two categories, and these rules put every series in exactly one:
 * <ul>
 * <li>The final slice decides the family: significant hot there gives a hot category, significant cold a cold one,
 * and only a non-significant final slice can be Historical. So a cell hot for 90 % of the time that turns cold at
 * the end is an Oscillating Cold Spot, not a Historical Hot Spot (ArcGIS's "the most recent time period is not hot"
 * would allow both).
 * <li>An earlier cold slice makes a cell whose final slice is hot (and fewer than 90 % hot) Oscillating, even where
 * it would also fit New or Consecutive: ArcGIS's New and Consecutive only say the cell was never a significant
 * <em>hot</em> spot before, which a cold spot is not.
 * <li>Persistent requires the final slice hot; with it not hot the cell is Historical (ArcGIS's Persistent does not
 * mention the final slice, its Historical does).
 * <li>Sporadic requires the final slice hot, as ArcGIS Pro's current text does; ArcMap's older text did not, and a
 * cell that was hot on and off but is not hot now gets No Pattern here.
 * <li>ArcGIS computes Gi* in a space-time window (neighbouring time slices count as neighbours); the slices given
 * here are purely spatial Gi*, one per period, so there is no neighbourhood time step.
 * </ul>
 */
public final class EmergingHotspotClassifier {

	private final double binAlpha;
	private final double trendAlpha;

	/** A classifier with the defaults: slices and trend significant at p &lt; 0.10. */
	public EmergingHotspotClassifier() {
		this(0.10, 0.10);
	}

	/**
	 * @param binAlpha significance level of each slice's Gi* test, in (0, 1)
	 * @param trendAlpha significance level of the Mann-Kendall trend test, in (0, 1)
	 */
	public EmergingHotspotClassifier(double binAlpha, double trendAlpha) {
		if (!(binAlpha > 0 && binAlpha < 1 && trendAlpha > 0 && trendAlpha < 1)) {
			throw new IllegalArgumentException("alphas must be in (0, 1): " + binAlpha + ", " + trendAlpha);
		}
		this.binAlpha = binAlpha;
		this.trendAlpha = trendAlpha;
	}

	/**
	 * @param z the cell's Gi* z-score in each slice, oldest first
	 * @param p the matching p-values (raw, or adjusted by the caller)
	 * @return the category, with the Mann-Kendall test of {@code z} it used
	 */
	public EmergingResult classify(double[] z, double[] p) {
		if (z.length != p.length) {
			throw new IllegalArgumentException(z.length + " z-scores but " + p.length + " p-values");
		}
		int[] states = new int[z.length];
		for (int t = 0; t < z.length; t++) {
			states[t] = state(z[t], p[t] < binAlpha);
		}
		MannKendallResult trend = MannKendall.test(z);
		return new EmergingResult(categorise(states, trend), trend);
	}

	/**
	 * Classifies every cell of a study area over a history of slices.
	 *
	 * @param slices Gi* of the same cells, in the same order, for each period, oldest first
	 * @param falseDiscoveryRate whether a slice is significant by its Benjamini-Hochberg adjusted p-value (over all
	 *     cells of that slice) rather than its raw p-value
	 * @return one result per cell
	 */
	public EmergingResult[] classifyAll(List<GiStarResult> slices, boolean falseDiscoveryRate) {
		int cells = slices.isEmpty() ? 0 : slices.get(0).size();
		boolean[][] significant = new boolean[slices.size()][];
		for (int t = 0; t < slices.size(); t++) {
			significant[t] = significance(slices.get(t), cells, falseDiscoveryRate);
		}
		EmergingResult[] results = new EmergingResult[cells];
		double[] z = new double[slices.size()];
		int[] states = new int[slices.size()];
		for (int c = 0; c < cells; c++) {
			for (int t = 0; t < z.length; t++) {
				z[t] = slices.get(t).z(c);
				states[t] = state(z[t], significant[t][c]);
			}
			MannKendallResult trend = MannKendall.test(z);
			results[c] = new EmergingResult(categorise(states, trend), trend);
		}
		return results;
	}

	private boolean[] significance(GiStarResult slice, int cells, boolean falseDiscoveryRate) {
		if (slice.size() != cells) {
			throw new IllegalArgumentException("slices differ in size: " + slice.size() + " and " + cells);
		}
		if (falseDiscoveryRate) {
			return FalseDiscoveryRate.significant(slice.p(), binAlpha);
		}
		boolean[] significant = new boolean[cells];
		for (int c = 0; c < cells; c++) {
			significant[c] = slice.p(c) < binAlpha;
		}
		return significant;
	}

	private static int state(double z, boolean significant) {
		return significant ? (int) Math.signum(z) : 0;
	}

	/** @param states per slice: +1 significant hot, -1 significant cold, 0 neither */
	private EmergingCategory categorise(int[] states, MannKendallResult trend) {
		int slices = states.length;
		if (slices == 0) {
			return EmergingCategory.NO_PATTERN;
		}
		int last = states[slices - 1];
		if (last != 0) {
			return anchored(states, last, trend);
		}
		if (mostly(states, 1)) {
			return EmergingCategory.HISTORICAL_HOT_SPOT;
		}
		return mostly(states, -1) ? EmergingCategory.HISTORICAL_COLD_SPOT : EmergingCategory.NO_PATTERN;
	}

	/** The categories of a cell whose final slice is significant with sign {@code sign}. */
	private EmergingCategory anchored(int[] states, int sign, MannKendallResult trend) {
		Family family = sign > 0 ? Family.HOT : Family.COLD;
		if (mostly(states, sign)) {
			boolean rising = trend.increasing(trendAlpha);
			boolean falling = trend.decreasing(trendAlpha);
			if (sign > 0 ? rising : falling) {
				return family.intensifying;
			}
			return (sign > 0 ? falling : rising) ? family.diminishing : family.persistent;
		}
		if (count(states, -sign) > 0) {
			return family.oscillating;
		}
		int count = count(states, sign);
		if (count == 1) {
			return family.fresh;
		}
		return finalRun(states, sign) == count ? family.consecutive : family.sporadic;
	}

	/** @return whether at least 90 % of the slices have this state, in integers so that 9 of 10 counts */
	private static boolean mostly(int[] states, int state) {
		return 10L * count(states, state) >= 9L * states.length;
	}

	private static int count(int[] states, int state) {
		int count = 0;
		for (int s : states) {
			if (s == state) {
				count++;
			}
		}
		return count;
	}

	private static int finalRun(int[] states, int state) {
		int run = 0;
		for (int t = states.length - 1; t >= 0 && states[t] == state; t--) {
			run++;
		}
		return run;
	}

	private enum Family {
		HOT(EmergingCategory.NEW_HOT_SPOT, EmergingCategory.CONSECUTIVE_HOT_SPOT,
				EmergingCategory.INTENSIFYING_HOT_SPOT, EmergingCategory.PERSISTENT_HOT_SPOT,
				EmergingCategory.DIMINISHING_HOT_SPOT, EmergingCategory.SPORADIC_HOT_SPOT,
				EmergingCategory.OSCILLATING_HOT_SPOT),
		COLD(EmergingCategory.NEW_COLD_SPOT, EmergingCategory.CONSECUTIVE_COLD_SPOT,
				EmergingCategory.INTENSIFYING_COLD_SPOT, EmergingCategory.PERSISTENT_COLD_SPOT,
				EmergingCategory.DIMINISHING_COLD_SPOT, EmergingCategory.SPORADIC_COLD_SPOT,
				EmergingCategory.OSCILLATING_COLD_SPOT);

		final EmergingCategory fresh;
		final EmergingCategory consecutive;
		final EmergingCategory intensifying;
		final EmergingCategory persistent;
		final EmergingCategory diminishing;
		final EmergingCategory sporadic;
		final EmergingCategory oscillating;

		Family(EmergingCategory fresh, EmergingCategory consecutive, EmergingCategory intensifying,
				EmergingCategory persistent, EmergingCategory diminishing, EmergingCategory sporadic,
				EmergingCategory oscillating) {
			this.fresh = fresh;
			this.consecutive = consecutive;
			this.intensifying = intensifying;
			this.persistent = persistent;
			this.diminishing = diminishing;
			this.sporadic = sporadic;
			this.oscillating = oscillating;
		}
	}
}
