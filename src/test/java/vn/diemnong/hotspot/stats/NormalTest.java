package vn.diemnong.hotspot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

	// R 4.2.2: sprintf("%.17g", 2 * pnorm(-z)) (scripts/spdep-reference.R prints them).
	private static final double[] Z = {0, 1e-8, 0.5, 1, 1.2345, 1.6448536269514722, 1.959963984540054,
		2.5758293035489004, 3, 4.5, 6, 8.25, 12, 20, 30, 37.5};
	private static final double[] R_TWO_SIDED_P = {1, 0.99999999202115442, 0.61707507745197387, 0.31731050786291409,
		0.21701664672534035, 0.10000000000000009, 0.050000000000000024, 0.010000000000000007,
		0.0026997960632601892, 6.7953462494601197e-06, 1.9731752900753962e-09, 1.5839452629284956e-16,
		3.5529642241553581e-33, 5.5072482372124675e-89, 9.8134278542963744e-198, 9.2107060191639104e-308};

	@Test
	void twoSidedPValuesAgreeWithRsPnormToTwelveDigitsAllTheWayDownTheTail() {
		for (int k = 0; k < Z.length; k++) {
			double expected = R_TWO_SIDED_P[k];
			assertThat(Normal.twoSidedP(Z[k])).as("z = %s", Z[k]).isCloseTo(expected, within(expected * 1e-12));
			assertThat(Normal.twoSidedP(-Z[k])).isEqualTo(Normal.twoSidedP(Z[k]));
		}
	}

	@Test
	void farTailsUnderflowToZeroAndNaNStaysNaN() {
		assertThat(Normal.twoSidedP(40)).isZero();
		assertThat(Normal.twoSidedP(Double.POSITIVE_INFINITY)).isZero();
		assertThat(Normal.twoSidedP(Double.NaN)).isNaN();
	}

	@Test
	void erfcOfANegativeArgumentIsTwoMinusTheTail() {
		assertThat(Normal.erfc(-1.3)).isCloseTo(2 - Normal.erfc(1.3), within(1e-16));
		assertThat(Normal.erfc(0)).isEqualTo(1.0);
	}
}
