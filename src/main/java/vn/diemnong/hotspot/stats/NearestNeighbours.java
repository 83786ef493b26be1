package vn.diemnong.hotspot.stats;

/**
 * Nearest-neighbour distances of a point set through a uniform bucket grid of about one point per bucket, searched
 * ring by ring outwards: linear time for points spread like cell centres, whatever their layout.
 */
final class NearestNeighbours {

	private final double[] x;
	private final double[] y;
	private final double minX;
	private final double minY;
	private final double bucket;
	private final int columns;
	private final int rows;
	private final int[] start;
	private final int[] members;

	private NearestNeighbours(double[] x, double[] y, double[] bounds) {
		this.x = x;
		this.y = y;
		minX = bounds[0];
		minY = bounds[1];
		double width = bounds[2] - minX;
		double height = bounds[3] - minY;
		double side = Math.sqrt(width * height / x.length);
		bucket = Math.max(side, Math.max(width, height) / x.length);
		columns = (int) (width / bucket) + 1;
		rows = (int) (height / bucket) + 1;
		start = new int[columns * rows + 1];
		members = new int[x.length];
		fillBuckets();
	}

	/** @return the largest, over all points, of the distance to the nearest other point */
	static double largestNearestDistance(double[] x, double[] y) {
		double[] bounds = bounds(x, y);
		if (bounds[2] == bounds[0] && bounds[3] == bounds[1]) {
			return 0.0;
		}
		NearestNeighbours grid = new NearestNeighbours(x, y, bounds);
		double largest = 0;
		for (int i = 0; i < x.length; i++) {
			largest = Math.max(largest, grid.nearestDistance(i));
		}
		return largest;
	}

	private static double[] bounds(double[] x, double[] y) {
		if (x.length != y.length || x.length < 2) {
			throw new IllegalArgumentException("need at least two points with both coordinates");
		}
		double[] bounds = {x[0], y[0], x[0], y[0]};
		for (int i = 0; i < x.length; i++) {
			if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
				throw new IllegalArgumentException("coordinates of point " + i + " are not finite");
			}
			bounds[0] = Math.min(bounds[0], x[i]);
			bounds[1] = Math.min(bounds[1], y[i]);
			bounds[2] = Math.max(bounds[2], x[i]);
			bounds[3] = Math.max(bounds[3], y[i]);
		}
		return bounds;
	}

	private void fillBuckets() {
		for (int i = 0; i < x.length; i++) {
			start[bucketOf(i) + 1]++;
		}
		for (int b = 0; b < columns * rows; b++) {
			start[b + 1] += start[b];
		}
		int[] next = start.clone();
		for (int i = 0; i < x.length; i++) {
			members[next[bucketOf(i)]++] = i;
		}
	}

	private int bucketOf(int i) {
		return row(i) * columns + column(i);
	}

	private int column(int i) {
		return Math.min(columns - 1, (int) ((x[i] - minX) / bucket));
	}

	private int row(int i) {
		return Math.min(rows - 1, (int) ((y[i] - minY) / bucket));
	}

	private double nearestDistance(int i) {
		double best = Double.POSITIVE_INFINITY;
		int reach = Math.max(columns, rows);
		// Points in ring k are more than (k - 1) buckets away, so the search stops once that exceeds the best so far.
		for (int k = 0; k <= reach && gap(k) < best; k++) {
			best = Math.min(best, nearestInRing(i, k));
		}
		return Math.sqrt(best);
	}

	private double gap(int k) {
		double distance = Math.max(0, k - 1) * bucket;
		return distance * distance;
	}

	/** @return the smallest squared distance from point i to another point in ring k of buckets around it */
	private double nearestInRing(int i, int k) {
		int c = column(i);
		int r = row(i);
		double best = Double.POSITIVE_INFINITY;
		for (int dr = -k; dr <= k; dr++) {
			int step = (dr == -k || dr == k) ? 1 : 2 * k;
			for (int dc = -k; dc <= k; dc += step) {
				best = Math.min(best, nearestInBucket(i, c + dc, r + dr));
			}
		}
		return best;
	}

	private double nearestInBucket(int i, int column, int row) {
		if (column < 0 || column >= columns || row < 0 || row >= rows) {
			return Double.POSITIVE_INFINITY;
		}
		int b = row * columns + column;
		double best = Double.POSITIVE_INFINITY;
		for (int m = start[b]; m < start[b + 1]; m++) {
			int other = members[m];
			double dx = x[other] - x[i];
			double dy = y[other] - y[i];
			if (other != i) {
				best = Math.min(best, dx * dx + dy * dy);
			}
		}
		return best;
	}
}
