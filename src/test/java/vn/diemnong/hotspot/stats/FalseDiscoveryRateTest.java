package vn.diemnong.hotspot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FalseDiscoveryRateTest {

	// Ties and an unsorted tail on purpose.
	private static final double[] P = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
		0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000, 0.0201, 0.0459, 0.08, 0.081, 0.2};

	// R 4.2.2: sprintf("%.17g", p.adjust(P, method = "BH")) (scripts/spdep-reference.R prints them).
	private static final double[] R_BH = {0.002, 0.0040000000000000001, 0.012666666666666666, 0.047500000000000001,
		0.067000000000000004, 0.074499999999999997, 0.074499999999999997, 0.076444444444444454,
		0.083454545454545462, 0.432, 0.53275000000000006, 0.67282352941176471, 0.72533333333333339,
		0.79894736842105263, 1, 0.067000000000000004, 0.083454545454545462, 0.12461538461538463,
		0.12461538461538463, 0.28571428571428575};

	@Test
	void adjustedPValuesEqualRsPAdjustBH() {
		double[] adjusted = FalseDiscoveryRate.adjust(P);
		for (int i = 0; i < P.length; i++) {
			assertThat(adjusted[i]).as("p[%s]", i).isCloseTo(R_BH[i], within(1e-16));
		}
	}

	@Test
	void significantTestsAreThoseTheStepUpProcedureRejects() {
		Random random = new Random(5);
		for (int round = 0; round < 200; round++) {
			double[] p = new double[1 + random.nextInt(60)];
			for (int i = 0; i < p.length; i++) {
				p[i] = random.nextBoolean() ? random.nextDouble() * 0.02 : random.nextDouble();
			}
			double alpha = 0.01 + random.nextDouble() * 0.1;
			assertThat(FalseDiscoveryRate.significant(p, alpha)).isEqualTo(stepUp(p, alpha));
		}
	}

	@Test
	void significantTestsAreThoseWithAnAdjustedPValueUpToAlpha() {
		Random random = new Random(6);
		for (int round = 0; round < 200; round++) {
			double[] p = new double[1 + random.nextInt(300)];
			for (int i = 0; i < p.length; i++) {
				p[i] = random.nextInt(5) == 0 ? random.nextDouble() * 1e-3 : random.nextDouble();
			}
			double[] adjusted = FalseDiscoveryRate.adjust(p);
			boolean[] significant = FalseDiscoveryRate.significant(p, 0.05);
			for (int i = 0; i < p.length; i++) {
				assertThat(significant[i]).isEqualTo(adjusted[i] <= 0.05);
			}
		}
	}

	/** Benjamini and Hochberg (1995): reject the k smallest, k the largest rank with p(k) <= k / n * alpha. */
	private static boolean[] stepUp(double[] p, double alpha) {
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		double threshold = -1;
		for (int k = 1; k <= sorted.length; k++) {
			if (sorted[k - 1] <= (double) k / sorted.length * alpha) {
				threshold = sorted[k - 1];
			}
		}
		boolean[] rejected = new boolean[p.length];
		for (int i = 0; i < p.length; i++) {
			rejected[i] = p[i] <= threshold;
		}
		return rejected;
	}

	@Test
	void adjustingNothingGivesNothing() {
		assertThat(FalseDiscoveryRate.adjust(new double[0])).isEmpty();
	}

	@Test
	void valuesThatAreNotProbabilitiesAreRejected() {
		assertThatThrownBy(() -> FalseDiscoveryRate.adjust(new double[] {0.2, 1.5}))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FalseDiscoveryRate.adjust(new double[] {Double.NaN}))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FalseDiscoveryRate.significant(new double[] {-0.1}, 0.05))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
