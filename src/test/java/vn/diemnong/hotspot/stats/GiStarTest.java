package vn.diemnong.hotspot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Checks Gi* against R: src/test/resources/hotspot/gi-spdep-reference.csv is spdep::localG on the lattice and
 * values of gi-input.csv, both written by scripts/spdep-reference.R (see scripts/README-spdep.md).
 */
class GiStarTest {

	private static final HexLattice LATTICE = new HexLattice(500);

	@Test
	void zScoresAgreeWithSpdepLocalG() throws IOException {
		Input input = Input.read();
		Map<Double, List<String[]>> reference = referenceByBand();
		assertThat(reference).hasSize(2);
		for (Map.Entry<Double, List<String[]>> band : reference.entrySet()) {
			int[][] neighbours = LATTICE.neighbourLists(input.cells, band.getKey());
			GiStarResult result = GiStar.compute(input.values, neighbours);
			List<String[]> rows = band.getValue();
			assertThat(rows).hasSize(input.cells.size());
			for (int c = 0; c < rows.size(); c++) {
				String[] row = rows.get(c);
				assertThat(Integer.parseInt(row[1])).isEqualTo(input.ids[c]);
				assertThat(result.neighbourCount(c)).as("card of id %s", row[1]).isEqualTo(Integer.parseInt(row[2]));
				assertThat(result.z(c)).as("z of id %s", row[1]).isCloseTo(Double.parseDouble(row[3]), within(1e-6));
			}
		}
	}

	@Test
	void theReferenceLatticeIsThePostgisHexagonGridOfTheStudyRectangle() throws IOException {
		Input input = Input.read();
		assertThat(LATTICE.cellsCovering(590_000, 2_320_000, 630_000, 2_350_000)).isEqualTo(input.cells);
		for (int c = 0; c < input.cells.size(); c++) {
			HexCell cell = input.cells.get(c);
			assertThat(LATTICE.centre(cell)).isEqualTo(new MetricPoint(input.x[c], input.y[c]));
			assertThat(LATTICE.cellOf(input.x[c], input.y[c])).isEqualTo(cell);
		}
	}

	@Test
	void defaultBandIsTheNearestNeighbourDistanceSpdepFinds() throws IOException {
		Input input = Input.read();
		double spdepBand = referenceByBand().keySet().iterator().next();
		double band = GiStar.defaultBand(input.x, input.y);
		assertThat(band).isCloseTo(spdepBand, within(1e-9)).isCloseTo(500 * Math.sqrt(3), within(1e-6));
		int[][] neighbours = LATTICE.neighbourLists(input.cells, band);
		for (int[] list : neighbours) {
			assertThat(list).isNotEmpty().hasSizeLessThanOrEqualTo(6);
		}
	}

	@Test
	void defaultBandOfScatteredPointsIsTheLargestNearestNeighbourDistance() {
		Random random = new Random(11);
		for (int round = 0; round < 20; round++) {
			int n = 2 + random.nextInt(400);
			double[] x = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				boolean clustered = random.nextInt(4) > 0;
				double height = (round % 3) * 9_000;
				x[i] = 600_000 + (clustered ? random.nextGaussian() * 300 : random.nextDouble() * 40_000);
				y[i] = 2_330_000 + (clustered ? random.nextGaussian() * 300 : random.nextDouble() * height);
			}
			assertThat(GiStar.defaultBand(x, y)).isEqualTo(largestNearestDistance(x, y));
		}
	}

	private static double largestNearestDistance(double[] x, double[] y) {
		double largest = 0;
		for (int i = 0; i < x.length; i++) {
			double nearest = Double.POSITIVE_INFINITY;
			for (int j = 0; j < x.length; j++) {
				if (j != i) {
					nearest = Math.min(nearest, (x[j] - x[i]) * (x[j] - x[i]) + (y[j] - y[i]) * (y[j] - y[i]));
				}
			}
			largest = Math.max(largest, nearest);
		}
		return Math.sqrt(largest);
	}

	@Test
	void aSmallExampleMatchesTheFormulaWorkedByHand() {
		// Four cells in a row, each a neighbour of the next: mean 3, S^2 = (4 + 1 + 1 + 4) / 4 = 2.5.
		double[] values = {1, 2, 4, 5};
		int[][] neighbours = {{1}, {0, 2}, {1, 3}, {2}};
		GiStarResult result = GiStar.compute(values, neighbours);
		// Cell 1: window {0, 1, 2}, k = 3: (7 - 9) / sqrt(2.5 * (12 - 9) / 3) = -2 / sqrt(2.5)
		assertThat(result.z(1)).isCloseTo(-2 / Math.sqrt(2.5), within(1e-15));
		// Cell 3: window {2, 3}, k = 2: (9 - 6) / sqrt(2.5 * (8 - 4) / 3)
		assertThat(result.z(3)).isCloseTo(3 / Math.sqrt(2.5 * 4 / 3), within(1e-15));
		assertThat(result.neighbourCount()).containsExactly(2, 3, 3, 2);
		assertThat(result.p(3)).isEqualTo(Normal.twoSidedP(result.z(3)));
	}

	@Test
	void equalValuesGiveNoEvidenceInsteadOfDividingByZero() {
		GiStarResult result = GiStar.compute(new double[] {0, 0, 0}, new int[][] {{1}, {0, 2}, {1}});
		assertThat(result.z()).containsExactly(0, 0, 0);
		assertThat(result.p()).containsExactly(1, 1, 1);
		GiStarResult everywhere = GiStar.compute(new double[] {1, 2}, new int[][] {{1}, {0}});
		assertThat(everywhere.z()).containsExactly(0, 0);
	}

	@Test
	void neighbourListsThatCannotBeRightAreRejected() {
		double[] values = {1, 2, 3};
		assertThatThrownBy(() -> GiStar.compute(values, new int[][] {{1}, {0}}))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> GiStar.compute(values, new int[][] {{0}, {}, {}}))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> GiStar.compute(values, new int[][] {{1, 1}, {}, {}}))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> GiStar.compute(values, new int[][] {{3}, {}, {}}))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> GiStar.compute(new double[] {1, Double.NaN}, new int[][] {{}, {}}))
				.isInstanceOf(IllegalArgumentException.class);
	}

	private static Map<Double, List<String[]>> referenceByBand() throws IOException {
		Map<Double, List<String[]>> byBand = new LinkedHashMap<>();
		for (String[] row : csv("/hotspot/gi-spdep-reference.csv")) {
			byBand.computeIfAbsent(Double.parseDouble(row[0]), band -> new ArrayList<>()).add(row);
		}
		return byBand;
	}

	/** Rows of a CSV resource, without comment lines and the header. */
	static List<String[]> csv(String resource) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = GiStarTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.lines().filter(line -> !line.startsWith("#")).skip(1).forEach(line -> rows.add(line.split(",")));
		}
		return rows;
	}

	private record Input(int[] ids, List<HexCell> cells, double[] x, double[] y, double[] values) {

		static Input read() throws IOException {
			List<String[]> rows = csv("/hotspot/gi-input.csv");
			int n = rows.size();
			Input input = new Input(new int[n], new ArrayList<>(), new double[n], new double[n], new double[n]);
			for (int c = 0; c < n; c++) {
				String[] row = rows.get(c);
				input.ids[c] = Integer.parseInt(row[0]);
				input.cells.add(new HexCell(Integer.parseInt(row[1]), Integer.parseInt(row[2])));
				input.x[c] = Double.parseDouble(row[3]);
				input.y[c] = Double.parseDouble(row[4]);
				input.values[c] = Double.parseDouble(row[5]);
			}
			return input;
		}
	}
}
