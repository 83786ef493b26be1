package vn.diemnong.hotspot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * Twenty slices per cell. Z-scores of 3 are significant hot spots (p = 0.0027), -3 cold spots, 0.3 nothing; trends
 * come from z-scores that keep rising or falling while staying significant.
 */
class EmergingHotspotClassifierTest {

	private static final int SLICES = 20;
	private static final double HOT = 3;
	private static final double NOTHING = 0.3;

	private final EmergingHotspotClassifier classifier = new EmergingHotspotClassifier();

	@Test
	void aCellHotOnlyInTheFinalSliceIsANewHotSpot() {
		assertCategory(t -> t == 19 ? HOT : NOTHING, EmergingCategory.NEW_HOT_SPOT);
	}

	@Test
	void aCellHotInAnUnbrokenRunAtTheEndIsAConsecutiveHotSpot() {
		assertCategory(t -> t >= 16 ? HOT : NOTHING, EmergingCategory.CONSECUTIVE_HOT_SPOT);
	}

	@Test
	void aCellHotThroughoutWithRisingZScoresIsAnIntensifyingHotSpot() {
		assertCategory(t -> 2 + 0.3 * t, EmergingCategory.INTENSIFYING_HOT_SPOT);
	}

	@Test
	void aCellHotThroughoutWithoutTrendIsAPersistentHotSpot() {
		assertCategory(t -> HOT + 0.2 * (t % 2), EmergingCategory.PERSISTENT_HOT_SPOT);
	}

	@Test
	void aCellHotThroughoutWithFallingZScoresIsADiminishingHotSpot() {
		assertCategory(t -> 8 - 0.3 * t, EmergingCategory.DIMINISHING_HOT_SPOT);
	}

	@Test
	void aCellHotOnAndOffAndNeverColdIsASporadicHotSpot() {
		assertCategory(t -> t == 3 || t == 9 || t == 10 || t == 19 ? HOT : NOTHING, EmergingCategory.SPORADIC_HOT_SPOT);
	}

	@Test
	void aCellHotAtTheEndAfterBeingColdIsAnOscillatingHotSpot() {
		assertCategory(t -> t == 5 ? -HOT : t >= 18 ? HOT : NOTHING, EmergingCategory.OSCILLATING_HOT_SPOT);
	}

	@Test
	void aCellFirstHotAtTheEndAfterBeingColdIsOscillatingRatherThanNew() {
		assertCategory(t -> t == 7 ? -HOT : t == 19 ? HOT : NOTHING, EmergingCategory.OSCILLATING_HOT_SPOT);
	}

	@Test
	void aCellHotNineTimesInTenButNotAtTheEndIsAHistoricalHotSpot() {
		assertCategory(t -> t <= 17 ? HOT : NOTHING, EmergingCategory.HISTORICAL_HOT_SPOT);
	}

	@Test
	void aCellColdOnlyInTheFinalSliceIsANewColdSpot() {
		assertCategory(t -> t == 19 ? -HOT : NOTHING, EmergingCategory.NEW_COLD_SPOT);
	}

	@Test
	void aCellColdInAnUnbrokenRunAtTheEndIsAConsecutiveColdSpot() {
		assertCategory(t -> t >= 15 ? -HOT : NOTHING, EmergingCategory.CONSECUTIVE_COLD_SPOT);
	}

	@Test
	void aCellColdThroughoutWithFallingZScoresIsAnIntensifyingColdSpot() {
		assertCategory(t -> -2 - 0.3 * t, EmergingCategory.INTENSIFYING_COLD_SPOT);
	}

	@Test
	void aCellColdThroughoutWithoutTrendIsAPersistentColdSpot() {
		assertCategory(t -> -HOT - 0.2 * (t % 2), EmergingCategory.PERSISTENT_COLD_SPOT);
	}

	@Test
	void aCellColdThroughoutWithRisingZScoresIsADiminishingColdSpot() {
		assertCategory(t -> -8 + 0.3 * t, EmergingCategory.DIMINISHING_COLD_SPOT);
	}

	@Test
	void aCellColdOnAndOffAndNeverHotIsASporadicColdSpot() {
		assertCategory(t -> t == 0 || t == 12 || t == 19 ? -HOT : NOTHING, EmergingCategory.SPORADIC_COLD_SPOT);
	}

	@Test
	void aCellColdAtTheEndAfterBeingHotIsAnOscillatingColdSpot() {
		assertCategory(t -> t == 2 ? HOT : t == 19 ? -HOT : NOTHING, EmergingCategory.OSCILLATING_COLD_SPOT);
	}

	@Test
	void aCellColdNineTimesInTenButNotAtTheEndIsAHistoricalColdSpot() {
		assertCategory(t -> t == 19 || t == 4 ? NOTHING : -HOT, EmergingCategory.HISTORICAL_COLD_SPOT);
	}

	@Test
	void aCellNeverSignificantHasNoPattern() {
		assertCategory(t -> NOTHING * (t % 3 - 1), EmergingCategory.NO_PATTERN);
	}

	@Test
	void aCellHotOnAndOffButNotAtTheEndHasNoPatternAsInArcGisPro() {
		assertCategory(t -> t == 3 || t == 11 ? HOT : NOTHING, EmergingCategory.NO_PATTERN);
	}

	@Test
	void exactlyNinetyPercentCountsAsMostOfTheTime() {
		assertCategory(t -> t == 4 || t == 8 ? NOTHING : HOT, EmergingCategory.PERSISTENT_HOT_SPOT);
		assertCategory(t -> t == 4 || t == 8 || t == 12 ? NOTHING : HOT, EmergingCategory.SPORADIC_HOT_SPOT);
	}

	@Test
	void theFinalSliceDecidesBetweenHotAndColdFamilies() {
		assertCategory(t -> t == 19 ? -HOT : HOT, EmergingCategory.OSCILLATING_COLD_SPOT);
	}

	@Test
	void aRisingTrendMakesNoDifferenceWhenItIsNotSignificant() {
		// The z-scores rise, but too little for Mann-Kendall at 0.10 over a noisy history.
		assertCategory(t -> HOT + ((t * 7) % 5) * 0.1 + t * 0.001, EmergingCategory.PERSISTENT_HOT_SPOT);
	}

	@Test
	void classifyingACellAloneOrWithAllCellsGivesTheSameResult() {
		List<IntToDoubleFunction> cells = List.of(t -> t == 19 ? HOT : NOTHING, t -> 2 + 0.3 * t,
				t -> t <= 17 ? -HOT : NOTHING, t -> NOTHING);
		EmergingResult[] all = classifier.classifyAll(slices(cells), false);
		for (int c = 0; c < cells.size(); c++) {
			double[] z = series(cells.get(c));
			assertThat(all[c]).isEqualTo(classifier.classify(z, pValues(z)));
		}
	}

	@Test
	void withFalseDiscoveryRateAWeakLoneHotSpotIsNoLongerSignificant() {
		List<IntToDoubleFunction> cells = new ArrayList<>();
		cells.add(t -> t == 19 ? 2.0 : NOTHING);
		for (int c = 0; c < 49; c++) {
			cells.add(t -> NOTHING);
		}
		List<GiStarResult> slices = slices(cells);
		assertThat(classifier.classifyAll(slices, false)[0].category()).isEqualTo(EmergingCategory.NEW_HOT_SPOT);
		assertThat(classifier.classifyAll(slices, true)[0].category()).isEqualTo(EmergingCategory.NO_PATTERN);
	}

	@Test
	void theTrendReportedIsTheMannKendallTestOfTheZScores() {
		double[] z = series(t -> 2 + 0.3 * t);
		assertThat(classifier.classify(z, pValues(z)).trend()).isEqualTo(MannKendall.test(z));
	}

	private void assertCategory(IntToDoubleFunction zAt, EmergingCategory expected) {
		double[] z = series(zAt);
		assertThat(classifier.classify(z, pValues(z)).category()).isEqualTo(expected);
	}

	private static double[] series(IntToDoubleFunction zAt) {
		double[] z = new double[SLICES];
		for (int t = 0; t < SLICES; t++) {
			z[t] = zAt.applyAsDouble(t);
		}
		return z;
	}

	private static double[] pValues(double[] z) {
		double[] p = new double[z.length];
		for (int t = 0; t < z.length; t++) {
			p[t] = Normal.twoSidedP(z[t]);
		}
		return p;
	}

	private static List<GiStarResult> slices(List<IntToDoubleFunction> cells) {
		List<GiStarResult> slices = new ArrayList<>();
		for (int t = 0; t < SLICES; t++) {
			double[] z = new double[cells.size()];
			for (int c = 0; c < z.length; c++) {
				z[c] = cells.get(c).applyAsDouble(t);
			}
			slices.add(new GiStarResult(z, pValues(z), new int[z.length]));
		}
		return slices;
	}
}
