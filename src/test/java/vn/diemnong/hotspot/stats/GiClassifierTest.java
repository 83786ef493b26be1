package vn.diemnong.hotspot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GiClassifierTest {

	@Test
	void confidenceLevelsFollowThePValueAndTheSignOfZ() {
		assertThat(GiClassifier.classify(3.1, 0.002)).isEqualTo(GiClass.HOT_99);
		assertThat(GiClassifier.classify(2.2, 0.03)).isEqualTo(GiClass.HOT_95);
		assertThat(GiClassifier.classify(1.7, 0.09)).isEqualTo(GiClass.HOT_90);
		assertThat(GiClassifier.classify(1.6, 0.11)).isEqualTo(GiClass.NONE);
		assertThat(GiClassifier.classify(-1.7, 0.09)).isEqualTo(GiClass.COLD_90);
		assertThat(GiClassifier.classify(-2.2, 0.03)).isEqualTo(GiClass.COLD_95);
		assertThat(GiClassifier.classify(-3.1, 0.002)).isEqualTo(GiClass.COLD_99);
		assertThat(GiClassifier.classify(1.6448536269514722, 0.10)).as("p must be below alpha").isEqualTo(GiClass.NONE);
		assertThat(GiClass.HOT_95.bin()).isEqualTo(2);
		assertThat(GiClass.COLD_99.bin()).isEqualTo(-3);
	}

	@Test
	void withFalseDiscoveryRateEachLevelIsTheBenjaminiHochbergProcedureAtItsAlpha() {
		Random random = new Random(3);
		double[] z = new double[300];
		for (int i = 0; i < z.length; i++) {
			z[i] = (i % 10 == 0 ? 3 : 0) * Math.signum(random.nextGaussian()) + random.nextGaussian();
		}
		GiStarResult result = resultOf(z);
		GiClass[] classes = GiClassifier.classify(result, true);
		double[] adjusted = FalseDiscoveryRate.adjust(result.p());
		int corrected = 0;
		for (int i = 0; i < z.length; i++) {
			int level = adjusted[i] <= 0.01 ? 3 : adjusted[i] <= 0.05 ? 2 : adjusted[i] <= 0.10 ? 1 : 0;
			assertThat(classes[i].bin()).isEqualTo((int) Math.signum(z[i]) * level);
			if (classes[i] != GiClassifier.classify(z[i], result.p(i))) {
				corrected++;
			}
		}
		assertThat(corrected).as("the correction changes some classes").isPositive();
	}

	@Test
	void theCorrectionOnlyEverLowersTheConfidence() {
		Random random = new Random(4);
		double[] z = new double[500];
		for (int i = 0; i < z.length; i++) {
			z[i] = random.nextGaussian() * 1.8;
		}
		GiStarResult result = resultOf(z);
		GiClass[] raw = GiClassifier.classify(result, false);
		GiClass[] corrected = GiClassifier.classify(result, true);
		for (int i = 0; i < z.length; i++) {
			assertThat(Math.abs(corrected[i].bin())).isLessThanOrEqualTo(Math.abs(raw[i].bin()));
			assertThat(raw[i]).isEqualTo(GiClassifier.classify(z[i], result.p(i)));
		}
	}

	private static GiStarResult resultOf(double[] z) {
		double[] p = new double[z.length];
		for (int i = 0; i < z.length; i++) {
			p[i] = Normal.twoSidedP(z[i]);
		}
		return new GiStarResult(z, p, new int[z.length]);
	}
}
