package vn.diemnong.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommuneOutlinesTest {

	@Test
	void aSimplifiedOutlineKeepsTheDecimalsOfATenthOfItsTolerance() {
		assertThat(CommuneOutlines.decimals(0.0013)).isEqualTo(4);
		assertThat(CommuneOutlines.decimals(0.0004)).isEqualTo(5);
		assertThat(CommuneOutlines.decimals(0.001)).isEqualTo(4);
		assertThat(CommuneOutlines.decimals(0.05)).isEqualTo(3);
		assertThat(CommuneOutlines.decimals(0.00002)).isEqualTo(6);
		assertThat(CommuneOutlines.decimals(0)).isEqualTo(6);
	}
}
