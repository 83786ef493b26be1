package vn.diemnong.hotspot.area;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.hotspot.stats.EmergingHotspotClassifier;
import vn.diemnong.hotspot.stats.EmergingResult;
import vn.diemnong.hotspot.stats.GiClass;
import vn.diemnong.hotspot.stats.GiClassifier;
import vn.diemnong.hotspot.stats.GiStar;
import vn.diemnong.hotspot.stats.GiStarResult;

/** Getis-Ord Gi* over the province's hexagon grid for a period, and its monthly space-time cube. */
@Service
class AreaHotspots {

	private final HexGrids grids;
	private final CellValues cellValues;
	private final AnalysisLimits limits;

	AreaHotspots(HexGrids grids, CellValues cellValues, AnalysisLimits limits) {
		this.grids = grids;
		this.cellValues = cellValues;
		this.limits = limits;
	}

	/** One Gi* for the whole period, as GeoJSON in UTF-8. */
	@Transactional(readOnly = true)
	byte[] gi(Analysis analysis) {
		Computed computed = compute(analysis);
		return GiAnswer.write(computed.grid(), analysis, computed.band(), computed.values(), computed.result(),
				GiClassifier.classify(computed.result(), analysis.fdr()));
	}

	/** Gi* and classes of the period, for other views (communes) that summarise the cells. */
	@Transactional(readOnly = true)
	Computed compute(Analysis analysis) {
		HexGrid grid = grids.of(analysis.cell());
		double[] values = cellValues.total(grid, analysis.from(), analysis.to(), analysis.value());
		double band = band(grid, analysis);
		return new Computed(grid, band, values, GiStar.compute(values, grid.neighbours(band)));
	}

	/** Gi* per month, the Mann-Kendall trend of each cell's z series, and its emerging hot spot category. */
	@Transactional(readOnly = true)
	byte[] emerging(Analysis analysis) {
		Cube cube = cube(analysis);
		return EmergingAnswer.write(cube.grid(), analysis, cube.band(), cube.slices(), cube.categories());
	}

	/** The space-time cube: Gi* of every month of the period, and each cell's category from its z series. */
	Cube cube(Analysis analysis) {
		int months = (int) ChronoUnit.MONTHS.between(analysis.from().withDayOfMonth(1),
				analysis.to().withDayOfMonth(1)) + 1;
		if (months > limits.maxCubeMonths()) {
			throw ApiProblem.invalid("from", "period-too-long", limits.maxCubeMonths(), months);
		}
		HexGrid grid = grids.of(analysis.cell());
		double[][] values = cellValues.monthly(grid, analysis.from(), analysis.to(), analysis.value(), months);
		double band = band(grid, analysis);
		int[][] neighbours = grid.neighbours(band);
		List<GiStarResult> slices = new ArrayList<>(months);
		for (double[] slice : values) {
			slices.add(GiStar.compute(slice, neighbours));
		}
		return new Cube(grid, band, slices, new EmergingHotspotClassifier().classifyAll(slices, analysis.fdr()));
	}

	record Cube(HexGrid grid, double band, List<GiStarResult> slices, EmergingResult[] categories) {
	}

	private static double band(HexGrid grid, Analysis analysis) {
		return analysis.band() > 0 ? analysis.band() : GiStar.defaultBand(grid.xs(), grid.ys());
	}

	record Computed(HexGrid grid, double band, double[] values, GiStarResult result) {

		GiClass[] classes(boolean fdr) {
			return GiClassifier.classify(result, fdr);
		}
	}

	/** The months of a cube starting with the month of {@code from}, as "yyyy-MM". */
	static List<String> monthLabels(LocalDate from, int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(m -> from.withDayOfMonth(1).plusMonths(m).toString().substring(0, 7))
			.toList();
	}
}
