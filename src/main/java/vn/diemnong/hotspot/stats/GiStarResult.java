package vn.diemnong.hotspot.stats;

/**
 * Getis-Ord Gi* for every cell of one study area and one period, in the order of the values given to
 * {@link GiStar#compute}. Arrays, not one object per cell, because a history of monthly slices holds hundreds of
 * thousands of them; treat them as read-only.
 *
 * @param z the standardised Gi* (a z-score: positive where high values cluster)
 * @param p the two-sided p-value of {@code z} under the standard normal distribution
 * @param neighbourCount the number of cells summed for each cell, the cell itself included ({@code card()} of an
 *     {@code include.self()} neighbour list in spdep)
 */
public record GiStarResult(double[] z, double[] p, int[] neighbourCount) {

	/** @return the number of cells */
	public int size() {
		return z.length;
	}

	/** @return the z-score of cell {@code cell} */
	public double z(int cell) {
		return z[cell];
	}

	/** @return the two-sided p-value of cell {@code cell} */
	public double p(int cell) {
		return p[cell];
	}

	/** @return the cells in the window of cell {@code cell}, itself included */
	public int neighbourCount(int cell) {
		return neighbourCount[cell];
	}
}
