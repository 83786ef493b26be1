package vn.diemnong.hotspot.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hexagon lattice of PostGIS {@code ST_HexagonGrid(edge, bounds)}, reproduced so that cell {@code (i, j)} here is
 * the very polygon PostGIS returns for {@code (i, j)}, vertex for vertex and bit for bit.
 *
 * <p>Geometry, in the units of a projected CRS (metres in UTM 48N): hexagons are <b>flat-topped</b> (two horizontal
 * edges, a vertex pointing left and one pointing right); the <b>cell size is the edge length</b>, which is also the
 * distance from the centre to each vertex; the lattice origin is the CRS origin (0, 0), the centre of cell (0, 0).
 * Column {@code i} has its centres at x = 1.5 &middot; edge &middot; i; the centre of (i, j) is at
 * y = &radic;3 &middot; edge &middot; (j + &frac12;) when i is odd (negative odd columns too) and at
 * y = &radic;3 &middot; edge &middot; j when i is even. Neighbouring centres are &radic;3 &middot; edge apart.
 *
 * <p>Inside, cells are handled in axial coordinates (q = i, r = j &minus; floor(i / 2)), in which the centre distance
 * between two cells depends only on their coordinate difference: neighbours are found by adding precomputed
 * offsets, never by comparing all pairs of cells or joining polygons.
 */
public final class HexLattice {

	// PostGIS defines cos(pi/6) as this literal, one ulp above the nearest double; using it keeps vertices identical.
	private static final double POSTGIS_H = 0.8660254037844387;

	private static final double[] UNIT_X = {-1.0, -0.5, 0.5, 1.0, 0.5, -0.5, -1.0};
	private static final double[] UNIT_Y = {0.0, -0.5, -0.5, 0.0, 0.5, 0.5, 0.0};

	// Lets a band computed from rounded centre coordinates (as GiStar.defaultBand does) keep the lattice distance
	// it was computed from; 1e-9 of 500 m is half a micrometre, far below any real difference between distances.
	private static final double BAND_SLACK = 1e-9;

	private static final int MAX_OFFSETS = 100_000;

	private final double edge;
	private final double columnWidth;
	private final double rowHeight;

	/**
	 * @param edgeMetres the hexagon edge length (the {@code size} argument of {@code ST_HexagonGrid}), in metres;
	 *     finite and positive
	 */
	public HexLattice(double edgeMetres) {
		if (!(edgeMetres > 0) || Double.isInfinite(edgeMetres)) {
			throw new IllegalArgumentException("edge must be a positive number of metres: " + edgeMetres);
		}
		edge = edgeMetres;
		columnWidth = 1.5 * edgeMetres;
		rowHeight = edgeMetres * 2 * POSTGIS_H;
	}

	/** @return the edge length in metres */
	public double edge() {
		return edge;
	}

	/**
	 * The cell whose hexagon contains the point, found by lattice arithmetic (fractional axial coordinates, then cube
	 * rounding). A point exactly on an edge or vertex shared by several hexagons goes to one of them.
	 *
	 * @param x easting in metres
	 * @param y northing in metres
	 * @return the containing cell
	 * @throws IllegalArgumentException if a coordinate is not finite
	 */
	public HexCell cellOf(double x, double y) {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("coordinates must be finite: " + x + ", " + y);
		}
		double q = x / columnWidth;
		double r = y / rowHeight - q / 2;
		return cubeRound(q, r);
	}

	private static HexCell cubeRound(double q, double r) {
		double s = -q - r;
		long rq = Math.round(q);
		long rr = Math.round(r);
		long rs = Math.round(s);
		double dq = Math.abs(rq - q);
		double dr = Math.abs(rr - r);
		double ds = Math.abs(rs - s);
		if (dq > dr && dq > ds) {
			rq = -rr - rs;
		} else if (dr > ds) {
			rr = -rq - rs;
		}
		return HexCell.ofAxial(Math.toIntExact(rq), Math.toIntExact(rr));
	}

	/**
	 * @param cell a cell of this lattice
	 * @return the centre of the hexagon, in metres
	 */
	public MetricPoint centre(HexCell cell) {
		return vertex(cell, 0.0, 0.0);
	}

	/**
	 * The hexagon as a closed ring of seven points (the first repeated last), in the order PostGIS writes it: the
	 * left vertex, then counter-clockwise through the lower left, lower right, right, upper right and upper left.
	 *
	 * @param cell a cell of this lattice
	 * @return seven vertices in metres, equal to those of {@code ST_HexagonGrid}'s polygon for the same (i, j)
	 */
	public List<MetricPoint> polygon(HexCell cell) {
		List<MetricPoint> ring = new ArrayList<>(UNIT_X.length);
		for (int k = 0; k < UNIT_X.length; k++) {
			ring.add(vertex(cell, UNIT_X[k], UNIT_Y[k]));
		}
		return ring;
	}

	private MetricPoint vertex(HexCell cell, double unitX, double unitY) {
		int i = cell.i();
		double x = edge * (1.5 * i + unitX);
		double y = rowHeight * (cell.j() + 0.5 * (Math.abs(i) % 2) + unitY);
		return new MetricPoint(x, y);
	}

	/**
	 * The cells {@code ST_HexagonGrid(edge, ST_MakeEnvelope(minX, minY, maxX, maxY))} returns, in its order (by
	 * column, then row). Like PostGIS this is a bounding-box rule: every hexagon whose bounding box overlaps the
	 * rectangle, so a few cells near corners lie just outside it. The rectangle is first widened to single
	 * precision, as PostGIS widens the bounding box it stores with a geometry, so the set matches on lattice lines.
	 *
	 * @return the cells, column by column, each column from south to north; empty if the rectangle is inverted
	 * @throws IllegalArgumentException if a coordinate is not finite
	 */
	public List<HexCell> cellsCovering(double minX, double minY, double maxX, double maxY) {
		if (!Double.isFinite(minX + minY + maxX + maxY)) {
			throw new IllegalArgumentException("rectangle must be finite: " + minX + ", " + minY + ", " + maxX + ", "
					+ maxY);
		}
		double x0 = floatBelow(minX);
		double y0 = floatBelow(minY);
		double x1 = floatAbove(maxX);
		double y1 = floatAbove(maxY);
		List<HexCell> cells = new ArrayList<>();
		for (int i = firstColumn(x0); i <= lastColumn(x1); i++) {
			double shift = (i % 2 != 0) ? 0.0 : 0.5;
			int lastRow = (int) Math.floor(y1 / rowHeight + shift);
			for (int j = (int) Math.floor(y0 / rowHeight + shift); j <= lastRow; j++) {
				cells.add(new HexCell(i, j));
			}
		}
		return cells;
	}

	private int firstColumn(double minX) {
		int column = (int) Math.floor(minX / columnWidth);
		return (minX - column * columnWidth > edge) ? column + 1 : column;
	}

	private int lastColumn(double maxX) {
		int column = (int) Math.ceil(maxX / columnWidth);
		return (column * columnWidth - maxX > edge) ? column - 1 : column;
	}

	private static double floatBelow(double value) {
		float f = (float) value;
		return (f > value) ? Math.nextDown(f) : f;
	}

	private static double floatAbove(double value) {
		float f = (float) value;
		return (f < value) ? Math.nextUp(f) : f;
	}

	/**
	 * The cells whose centres lie within {@code distanceMetres} of the centre of {@code cell}, the cell itself
	 * excluded, nearest first. The band is inclusive (distance &le; band), as in {@code spdep::dnearneigh}, with a
	 * relative slack of 1e-9 so that a band equal to a lattice distance, even one rounded, includes that distance.
	 *
	 * @param cell the centre cell
	 * @param distanceMetres the band, in metres, at least 0
	 * @return the neighbouring cells, whether or not they hold any data
	 */
	public List<HexCell> neighboursWithin(HexCell cell, double distanceMetres) {
		int[][] offsets = offsetsWithin(distanceMetres);
		List<HexCell> cells = new ArrayList<>(offsets.length);
		for (int[] offset : offsets) {
			cells.add(HexCell.ofAxial(cell.q() + offset[0], cell.r() + offset[1]));
		}
		return cells;
	}

	/**
	 * Neighbour lists for a study area: for each cell of {@code cells}, the positions in {@code cells} of the other
	 * cells within the band (as in {@link #neighboursWithin}), nearest first. Cells of the lattice that are not in
	 * {@code cells} are simply absent. This is the input {@link GiStar#compute} expects.
	 *
	 * @param cells the study area's cells, each once
	 * @param distanceMetres the band, in metres, at least 0
	 * @return one array per cell, in the order of {@code cells}
	 * @throws IllegalArgumentException if a cell is listed twice, or the band covers more than 100,000 cells
	 */
	public int[][] neighbourLists(List<HexCell> cells, double distanceMetres) {
		int[][] offsets = offsetsWithin(distanceMetres);
		CellIndex index = CellIndex.of(cells);
		int[][] lists = new int[cells.size()][];
		int[] found = new int[offsets.length];
		for (int c = 0; c < lists.length; c++) {
			HexCell cell = cells.get(c);
			int q = cell.q();
			int r = cell.r();
			int count = 0;
			for (int[] offset : offsets) {
				int other = index.find(q + offset[0], r + offset[1]);
				if (other >= 0) {
					found[count++] = other;
				}
			}
			lists[c] = Arrays.copyOf(found, count);
		}
		return lists;
	}

	/** Axial offsets {dq, dr} of the cells within the band, (0, 0) excluded, nearest first. */
	int[][] offsetsWithin(double distanceMetres) {
		if (!(distanceMetres >= 0) || Double.isInfinite(distanceMetres)) {
			throw new IllegalArgumentException("distance band must be finite metres >= 0: " + distanceMetres);
		}
		double band = distanceMetres * (1 + BAND_SLACK);
		// Cells k steps away are at least 1.5 * edge * k apart, so no cell beyond k = band / (1.5 * edge) can be in.
		long reach = (long) Math.floor(band / columnWidth);
		if (3 * reach * (reach + 1) > MAX_OFFSETS) {
			throw new IllegalArgumentException("distance band " + distanceMetres + " m covers too many cells of edge "
					+ edge + " m");
		}
		List<int[]> offsets = new ArrayList<>();
		int k = (int) reach;
		for (int dq = -k; dq <= k; dq++) {
			for (int dr = Math.max(-k, -dq - k); dr <= Math.min(k, -dq + k); dr++) {
				if ((dq != 0 || dr != 0) && centreDistance(dq, dr) <= band) {
					offsets.add(new int[] {dq, dr});
				}
			}
		}
		// Equal distances computed in floating point differ in the last bits; order them by the exact lattice norm.
		offsets.sort(Comparator.comparingInt((int[] o) -> o[0] * o[0] + o[0] * o[1] + o[1] * o[1]));
		return offsets.toArray(new int[0][]);
	}

	private double centreDistance(int dq, int dr) {
		return Math.hypot(columnWidth * dq, rowHeight * (dr + dq / 2.0));
	}
}
