package vn.diemnong.hotspot.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

import vn.diemnong.hotspot.stats.HexCell;
import vn.diemnong.hotspot.stats.HexLattice;

/**
 * Every hexagon of one cell size that intersects the province, in UTM 48N, with what the answers need of each cell:
 * its centre, its outline already written as GeoJSON in WGS84 (kept with its UTF-8 bytes, which the answers copy
 * as they are), and the commune holding its centre. Neighbour lists
 * are kept for the few distance bands asked for last.
 */
final class HexGrid {

	static final String CRS = "EPSG:32648";

	private final HexLattice lattice;
	private final List<HexCell> cells;
	private final double[] x;
	private final double[] y;
	private final SerializedString[] geometry;
	private final String[] commune;
	private final Map<HexCell, Integer> index = new HashMap<>();
	private final Cache<Double, int[][]> neighbours;

	HexGrid(double edge, List<HexCell> cells, String[] geometry, String[] commune, int keptBands) {
		this.neighbours = Caffeine.newBuilder().maximumSize(keptBands).build();
		this.lattice = new HexLattice(edge);
		this.cells = List.copyOf(cells);
		this.geometry = new SerializedString[geometry.length];
		for (int k = 0; k < geometry.length; k++) {
			this.geometry[k] = new SerializedString(geometry[k]);
		}
		this.commune = commune;
		this.x = new double[cells.size()];
		this.y = new double[cells.size()];
		for (int k = 0; k < cells.size(); k++) {
			var centre = lattice.centre(cells.get(k));
			x[k] = centre.x();
			y[k] = centre.y();
			index.put(cells.get(k), k);
		}
	}

	int size() {
		return cells.size();
	}

	double edge() {
		return lattice.edge();
	}

	/** The position of the cell holding a point (UTM 48N metres), or -1 outside the grid. */
	int cellAt(double easting, double northing) {
		return index.getOrDefault(lattice.cellOf(easting, northing), -1);
	}

	/** The position of a cell in the grid, or -1 when it does not touch the province. */
	int indexOf(HexCell cell) {
		return index.getOrDefault(cell, -1);
	}

	/** Neighbours within the band (each cell's own position excluded), computed by lattice offsets. */
	int[][] neighbours(double band) {
		return neighbours.get(band, b -> lattice.neighbourLists(cells, b));
	}

	HexCell cell(int k) {
		return cells.get(k);
	}

	double x(int k) {
		return x[k];
	}

	double y(int k) {
		return y[k];
	}

	double[] xs() {
		return x;
	}

	double[] ys() {
		return y;
	}

	String geometry(int k) {
		return geometry[k].getValue();
	}

	/** The outline as raw JSON for a generator. */
	SerializableString geometryJson(int k) {
		return geometry[k];
	}

	/** The cell's id in the answers, {@code i_j}. */
	String id(int k) {
		return cells.get(k).i() + "_" + cells.get(k).j();
	}

	String commune(int k) {
		return commune[k];
	}
}
