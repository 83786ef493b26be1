package vn.diemnong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	@Test
	void noFeatureReachesIntoAnotherFeaturesInternals() {
		ApplicationModules.of(DiemNongApplication.class).verify();
	}
}
