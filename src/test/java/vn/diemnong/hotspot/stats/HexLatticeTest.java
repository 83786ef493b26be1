package vn.diemnong.hotspot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class HexLatticeTest {

	private static final double SQRT3 = Math.sqrt(3);

	private final HexLattice lattice = new HexLattice(500);

	// Vertices printed by PostGIS 3.3.2 with ST_AsText(geom, 20) for
	// ST_HexagonGrid(size, ST_MakeEnvelope(..., 32648)); the text is the shortest exact form of each double.
	@Test
	void polygonsAreTheHexagonsOfPostgisHexagonGrid() {
		assertPolygon(500, -2, -1, "-2000 -866.0254037844387,-1750 -1299.038105676658,"
				+ "-1250 -1299.038105676658,-1000 -866.0254037844387,-1250 -433.01270189221935,"
				+ "-1750 -433.01270189221935,-2000 -866.0254037844387");
		assertPolygon(500, -1, -1, "-1250 -433.01270189221935,-1000 -866.0254037844387,-500 -866.0254037844387,"
				+ "-250 -433.01270189221935,-500 0,-1000 0,-1250 -433.01270189221935");
		assertPolygon(500, 800, 2691, "599500 2330474.3615839244,599750 2330041.3488820326,"
				+ "600250 2330041.3488820326,600500 2330474.3615839244,600250 2330907.3742858167,"
				+ "599750 2330907.3742858167,599500 2330474.3615839244");
		assertPolygon(250, 1633, 5406, "612125 2341083.1727802837,612250 2340866.666429338,"
				+ "612500 2340866.666429338,612625 2341083.1727802837,612500 2341299.67913123,"
				+ "612250 2341299.67913123,612125 2341083.1727802837");
	}

	private static void assertPolygon(double edge, int i, int j, String postgisRing) {
		List<MetricPoint> expected = Arrays.stream(postgisRing.split(","))
				.map(vertex -> vertex.split(" "))
				.map(xy -> new MetricPoint(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])))
				.collect(Collectors.toList());
		assertThat(new HexLattice(edge).polygon(new HexCell(i, j))).isEqualTo(expected);
	}

	// Cell lists from PostGIS 3.3.2: SELECT string_agg(i || ':' || j, ' ' ORDER BY i, j)
	// FROM ST_HexagonGrid(size, ST_MakeEnvelope(minX, minY, maxX, maxY, 32648)). Several rectangles lie on lattice
	// lines, where only the same rounding as PostGIS gives the same cells.
	@Test
	void cellsCoveringARectangleAreThoseOfPostgisHexagonGrid() {
		assertCovering(500, 500, 0, 750, 2165.0635094610966, "0:0 0:1 0:2 0:3 1:0 1:1 1:2");
		assertCovering(500, -1250, 0, 750, 2165.0635094610966,
				"-2:0 -2:1 -2:2 -2:3 -1:0 -1:1 -1:2 0:0 0:1 0:2 0:3 1:0 1:1 1:2");
		assertCovering(500, 600000, 2330000, 601600, 2331200,
				"800:2690 800:2691 800:2692 801:2690 801:2691 802:2690 802:2691 802:2692");
		assertCovering(250, 612345, 2341234, 613000, 2341500, "1633:5406 1633:5407 1634:5407 1635:5406 1635:5407");
		assertCovering(3.7, 31.45, 6.408587988004846, 46.25, 19.225763964014536,
				"5:0 5:1 5:2 5:3 6:1 6:2 6:3 7:0 7:1 7:2 7:3 8:1 8:2 8:3");
		assertCovering(3.7, -257.15, 10, -250, 12, "-47:1 -46:2 -45:1");
		assertCovering(1, 0.55, -0.1, 0.6, -0.05, "0:0 1:-1");
		assertCovering(500, -2250, -2165.0635094610966, -2000, -433.0127018922194,
				"-3:-3 -3:-2 -3:-1 -2:-3 -2:-2 -2:-1 -2:0");
	}

	private static void assertCovering(double edge, double minX, double minY, double maxX, double maxY, String cells) {
		String actual = new HexLattice(edge).cellsCovering(minX, minY, maxX, maxY).stream()
				.map(cell -> cell.i() + ":" + cell.j())
				.collect(Collectors.joining(" "));
		assertThat(actual).isEqualTo(cells);
	}

	@Test
	void pointsAreAssignedToTheHexagonThatContainsThem() {
		Random random = new Random(48);
		for (int k = 0; k < 20_000; k++) {
			double x = (k % 2 == 0) ? 580_000 + random.nextDouble() * 60_000 : -3_000 + random.nextDouble() * 6_000;
			double y = (k % 2 == 0) ? 2_310_000 + random.nextDouble() * 50_000 : -3_000 + random.nextDouble() * 6_000;
			HexCell cell = lattice.cellOf(x, y);
			assertThat(distanceInside(lattice.polygon(cell), x, y)).as("(%s, %s) in %s", x, y, cell)
					.isGreaterThan(-1e-6);
		}
	}

	/** Smallest signed distance from the point to the edges of a counter-clockwise convex ring: >= 0 inside. */
	private static double distanceInside(List<MetricPoint> ring, double x, double y) {
		double inside = Double.POSITIVE_INFINITY;
		for (int k = 0; k + 1 < ring.size(); k++) {
			MetricPoint a = ring.get(k);
			MetricPoint b = ring.get(k + 1);
			double cross = (b.x() - a.x()) * (y - a.y()) - (b.y() - a.y()) * (x - a.x());
			inside = Math.min(inside, cross / Math.hypot(b.x() - a.x(), b.y() - a.y()));
		}
		return inside;
	}

	@Test
	void everyCentreIsAssignedToItsOwnCell() {
		for (int i = -7; i <= 7; i++) {
			for (int j = -7; j <= 7; j++) {
				assertCentreMapsBack(new HexCell(i, j));
				assertCentreMapsBack(new HexCell(790 + i, 2680 + j));
			}
		}
	}

	private void assertCentreMapsBack(HexCell cell) {
		MetricPoint centre = lattice.centre(cell);
		assertThat(lattice.cellOf(centre.x(), centre.y())).isEqualTo(cell);
	}

	@Test
	void centresOfNeighbouringCellsAreSqrtThreeEdgesApart() {
		HexCell cell = new HexCell(801, 2690);
		MetricPoint centre = lattice.centre(cell);
		for (HexCell neighbour : lattice.neighboursWithin(cell, 866.03)) {
			MetricPoint other = lattice.centre(neighbour);
			assertThat(Math.hypot(other.x() - centre.x(), other.y() - centre.y())).isCloseTo(500 * SQRT3, within(1e-6));
		}
	}

	@Test
	void neighbourCountsGrowRingByRing() {
		HexCell cell = new HexCell(-3, 5);
		assertThat(lattice.neighboursWithin(cell, 0)).isEmpty();
		assertThat(lattice.neighboursWithin(cell, 500 * SQRT3 * 0.999)).isEmpty();
		assertThat(lattice.neighboursWithin(cell, 500 * SQRT3)).hasSize(6);
		assertThat(lattice.neighboursWithin(cell, 1500)).hasSize(12);
		assertThat(lattice.neighboursWithin(cell, 2 * 500 * SQRT3)).hasSize(18);
		assertThat(lattice.neighboursWithin(cell, 2000)).hasSize(18);
		assertThat(lattice.neighboursWithin(cell, Math.sqrt(21) * 500)).hasSize(30);
		// rings at sqrt(3), 3, 2 sqrt(3), sqrt(21) (twelve cells), 3 sqrt(3) and 6 edges
		assertThat(lattice.neighboursWithin(cell, 6 * 500)).hasSize(6 + 6 + 6 + 12 + 6 + 6);
	}

	@Test
	void neighboursWithinABandAreExactlyTheCellsWhoseCentresAreThatClose() {
		Random random = new Random(7);
		for (int k = 0; k < 40; k++) {
			HexCell cell = new HexCell(random.nextInt(2000) - 1000, random.nextInt(2000) - 1000);
			double band = random.nextDouble() * 5000;
			assertThat(lattice.neighboursWithin(cell, band))
					.containsExactlyInAnyOrderElementsOf(bruteForce(cell, band));
		}
	}

	private List<HexCell> bruteForce(HexCell cell, double band) {
		MetricPoint c = lattice.centre(cell);
		List<HexCell> within = new ArrayList<>();
		for (HexCell other : lattice.cellsCovering(c.x() - band, c.y() - band, c.x() + band, c.y() + band)) {
			MetricPoint o = lattice.centre(other);
			if (!other.equals(cell) && Math.hypot(o.x() - c.x(), o.y() - c.y()) <= band) {
				within.add(other);
			}
		}
		return within;
	}

	@Test
	void neighbourListsNameOnlyCellsOfTheStudyAreaNearestFirst() {
		// (10, 11) lies north of (10, 10); odd column 11 sits half a row up, so (11, 10) touches both; (12, 10) is
		// two columns, 1500 m, east of (10, 10)
		List<HexCell> cells = List.of(new HexCell(10, 10), new HexCell(10, 11), new HexCell(11, 10),
				new HexCell(12, 10), new HexCell(40, 40));
		int[][] lists = lattice.neighbourLists(cells, 1000);
		assertThat(lists[0]).containsExactly(1, 2);
		assertThat(lists[1]).containsExactly(0, 2);
		assertThat(lists[2]).containsExactly(0, 1, 3);
		assertThat(lists[3]).containsExactly(2);
		assertThat(lists[4]).isEmpty();
		assertThat(lattice.neighbourLists(cells, 1600)[0]).containsExactly(1, 2, 3);
	}

	@Test
	void neighbourListsRejectACellListedTwice() {
		List<HexCell> cells = List.of(new HexCell(1, 1), new HexCell(2, 1), new HexCell(1, 1));
		assertThatThrownBy(() -> lattice.neighbourLists(cells, 1000)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void bandsThatAreNegativeOrCoverTooManyCellsAreRejected() {
		HexCell cell = new HexCell(0, 0);
		assertThatThrownBy(() -> lattice.neighboursWithin(cell, -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> lattice.neighboursWithin(cell, Double.NaN))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> lattice.neighboursWithin(cell, 500_000)).isInstanceOf(IllegalArgumentException.class);
	}
}
