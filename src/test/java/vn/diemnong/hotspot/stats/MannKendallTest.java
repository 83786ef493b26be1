package vn.diemnong.hotspot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected numbers from R 4.2.2, printed by scripts/spdep-reference.R: Kendall is not packaged for Debian, so S,
 * the tie-corrected var(S), tau-b, the continuity-corrected z and 2 * pnorm(-|z|) are computed there in base R.
 */
class MannKendallTest {

	@Test
	void aRisingSeriesMatchesR() {
		double[] series = {1.2, 2.3, 2.1, 3.8, 4.0, 3.9, 5.5, 6.1, 5.8, 7.2, 7.9, 8.4};
		assertMatches(MannKendall.test(series), 60, 212.66666666666666, 0.90909090909090906, 4.0457803398100758,
				5.214911582440253e-05);
	}

	@Test
	void aSeriesWithManyTiesMatchesR() {
		double[] series = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};
		assertMatches(MannKendall.test(series), 40, 930, 0.2199928503485436, 1.2788603797787081,
				0.20094622686430724);
	}

	@Test
	void aFallingSeriesMatchesR() {
		double[] series = {9.5, 9.1, 9.7, 8.2, 8.0, 7.7, 7.9, 6.0, 5.2, 5.5, 4.1, 3.0, 3.3, 2.2};
		assertMatches(MannKendall.test(series), -81, 333.66666666666669, -0.89010989010989006, -4.3795912116108715,
				1.1890214623455716e-05);
	}

	@Test
	void aShortSeriesOfTwoValuesRepeatedMatchesR() {
		double[] series = {2, 2, 3, 2, 3, 3, 2, 3};
		assertMatches(MannKendall.test(series), 8, 48, 0.3779644730092272, 1.0103629710818451, 0.31232142167621602);
	}

	private static void assertMatches(MannKendallResult result, long s, double varS, double tau, double z, double p) {
		assertThat(result.s()).isEqualTo(s);
		assertThat(result.varS()).isCloseTo(varS, within(1e-12));
		assertThat(result.tau()).isCloseTo(tau, within(1e-15));
		assertThat(result.z()).isCloseTo(z, within(1e-14));
		assertThat(result.p()).isCloseTo(p, within(p * 1e-12));
	}

	@Test
	void seriesShorterThanThreeShowNoTrend() {
		for (double[] series : new double[][] {{}, {4}, {1, 2}}) {
			MannKendallResult result = MannKendall.test(series);
			assertThat(result.z()).isZero();
			assertThat(result.p()).isEqualTo(1.0);
		}
		assertThat(MannKendall.test(new double[] {1, 2}).s()).isEqualTo(1);
	}

	@Test
	void aSeriesOfTiesOnlyShowsNoTrend() {
		MannKendallResult result = MannKendall.test(new double[] {5, 5, 5, 5, 5, 5});
		assertThat(result.s()).isZero();
		assertThat(result.varS()).isZero();
		assertThat(result.tau()).isZero();
		assertThat(result.z()).isZero();
		assertThat(result.p()).isEqualTo(1.0);
	}

	@Test
	void reversingTheSeriesReversesTheTrend() {
		double[] series = {0.3, 1.9, 1.1, 2.5, 2.4, 3.6, 2.9, 4.4};
		double[] reversed = new double[series.length];
		for (int i = 0; i < series.length; i++) {
			reversed[i] = series[series.length - 1 - i];
		}
		MannKendallResult forward = MannKendall.test(series);
		MannKendallResult backward = MannKendall.test(reversed);
		assertThat(backward.s()).isEqualTo(-forward.s());
		assertThat(backward.z()).isEqualTo(-forward.z());
		assertThat(backward.p()).isEqualTo(forward.p());
		assertThat(forward.increasing(0.10)).isTrue();
		assertThat(backward.decreasing(0.10)).isTrue();
	}

	@Test
	void valuesThatAreNotFiniteAreRejected() {
		assertThatThrownBy(() -> MannKendall.test(new double[] {1, Double.NaN, 3}))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
