package vn.diemnong.hotspot.stats;

/**
 * Getis-Ord Gi* hot-spot statistic with binary weights on a fixed distance band, the cell itself included: the
 * z-score that R {@code spdep::localG(x, nb2listw(include.self(dnearneigh(coords, 0, band)), style = "B"))} returns,
 * and the same as ArcGIS Hot Spot Analysis with a fixed distance band.
 *
 * <p>For n cells with values x, mean x&#772; and S&sup2; = &Sigma;(x &minus; x&#772;)&sup2; / n, and a window of
 * k<sub>i</sub> cells around cell i (itself and its neighbours):
 * z<sub>i</sub> = (&Sigma;<sub>window</sub> x &minus; k<sub>i</sub> x&#772;) /
 * &radic;(S&sup2; (n k<sub>i</sub> &minus; k<sub>i</sub>&sup2;) / (n &minus; 1)).
 * Where that variance is zero (all values equal, or a window holding every cell) spdep divides by zero; here z is 0
 * and p is 1, no evidence either way.
 */
public final class GiStar {

	private GiStar() {
	}

	/**
	 * @param values one value per cell of the study area, in any one unit, zeros included: every cell counts in the
	 *     mean and variance
	 * @param neighbours for each cell, the positions of its neighbours in {@code values}, the cell itself excluded
	 *     (it is always added), for instance from {@link HexLattice#neighbourLists}
	 * @return z, two-sided p and window size for every cell
	 * @throws IllegalArgumentException if a value is not finite, or a list is missing, out of range, repeats a
	 *     neighbour or names the cell itself
	 */
	public static GiStarResult compute(double[] values, int[][] neighbours) {
		validate(values, neighbours);
		int n = values.length;
		double mean = mean(values);
		double variance = sumOfSquares(values, mean) / n;
		double[] z = new double[n];
		double[] p = new double[n];
		int[] counts = new int[n];
		for (int i = 0; i < n; i++) {
			double sum = values[i];
			for (int j : neighbours[i]) {
				sum += values[j];
			}
			counts[i] = neighbours[i].length + 1;
			z[i] = standardise(sum, counts[i], n, mean, variance);
			p[i] = Normal.twoSidedP(z[i]);
		}
		return new GiStarResult(z, p, counts);
	}

	/**
	 * The default distance band of ArcGIS Hot Spot Analysis: the smallest band that gives every point at least one
	 * neighbour other than itself, i.e. the largest of the points' nearest-neighbour distances. On a complete hexagon
	 * lattice that is the centre spacing, &radic;3 &middot; edge.
	 *
	 * @param x eastings of the cell centres, in metres
	 * @param y northings of the cell centres, in metres
	 * @return the band in metres
	 * @throws IllegalArgumentException if there are fewer than two points, the arrays differ in length, or a
	 *     coordinate is not finite
	 */
	public static double defaultBand(double[] x, double[] y) {
		return NearestNeighbours.largestNearestDistance(x, y);
	}

	private static double standardise(double windowSum, int k, int n, double mean, double variance) {
		double expected = k * mean;
		double varianceOfSum = variance * (((double) n * k - (double) k * k) / (n - 1));
		if (!(varianceOfSum > 0)) {
			return 0.0;
		}
		return (windowSum - expected) / Math.sqrt(varianceOfSum);
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.length;
	}

	private static double sumOfSquares(double[] values, double mean) {
		double sum = 0;
		for (double v : values) {
			sum += (v - mean) * (v - mean);
		}
		return sum;
	}

	private static void validate(double[] values, int[][] neighbours) {
		if (neighbours.length != values.length) {
			throw new IllegalArgumentException(values.length + " values but " + neighbours.length + " neighbour lists");
		}
		int[] seenBy = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				throw new IllegalArgumentException("value of cell " + i + " is not finite: " + values[i]);
			}
			if (neighbours[i] == null) {
				throw new IllegalArgumentException("neighbour list of cell " + i + " is missing");
			}
			seenBy[i] = i + 1;
			for (int j : neighbours[i]) {
				if (j < 0 || j >= values.length || seenBy[j] == i + 1) {
					throw new IllegalArgumentException("neighbour list of cell " + i + " is invalid at " + j);
				}
				seenBy[j] = i + 1;
			}
		}
	}
}
