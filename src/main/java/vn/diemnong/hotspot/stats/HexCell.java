package vn.diemnong.hotspot.stats;

/**
 * One hexagon of a {@link HexLattice}, addressed by the same column {@code i} and row {@code j} that PostGIS
 * {@code ST_HexagonGrid} returns, so a cell can be stored next to, or joined with, the grid PostGIS makes.
 */
public record HexCell(int i, int j) {

	/** Axial column: the same number as {@code i}. */
	int q() {
		return i;
	}

	/** Axial row: odd columns sit half a row higher, so half the column index is folded out of {@code j}. */
	int r() {
		return j - Math.floorDiv(i, 2);
	}

	static HexCell ofAxial(int q, int r) {
		return new HexCell(q, r + Math.floorDiv(q, 2));
	}
}
