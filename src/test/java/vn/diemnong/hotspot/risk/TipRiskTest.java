package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Citizens' tips verified at a site are a reason of its risk, with the tip as the reason's record. */
class TipRiskTest {

	private static final LocalDate TODAY = SiteRiskScorerTest.TODAY;

	private static RiskInputs withTips(List<RiskInputs.TipFact> tips) {
		return new RiskInputs(1, null, false, "site", "food_processing", "operating", List.of(), List.of(), List.of(),
				List.of(), TODAY.minusDays(10), null, LocalDate.of(2023, 1, 1), tips);
	}

	private static List<RiskReason> tipReasons(RiskInputs site) throws IOException {
		return SiteRiskScorer.score(site, SiteRiskScorerTest.weights(), 1, TODAY).reasons().stream()
			.filter(r -> r.code().equals("tip")).toList();
	}

	@Test
	void aVerifiedTipAddsItsWeightWithTheTipAsItsRecord() throws IOException {
		RiskWeights weights = SiteRiskScorerTest.weights();
		assertThat(weights.verifiedTipPoints()).isEqualTo(6);
		List<RiskReason> reasons = tipReasons(withTips(List.of(new RiskInputs.TipFact(41, TODAY.minusDays(3)))));
		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.contribution()).isEqualTo(6);
			assertThat(reason.recordType()).isEqualTo("tip");
			assertThat(reason.recordId()).isEqualTo(41);
		});
	}

	@Test
	void manyTipsGiveAtMostTheCapAndOldOnesNone() throws IOException {
		List<RiskInputs.TipFact> tips = List.of(new RiskInputs.TipFact(1, TODAY.minusDays(1)),
				new RiskInputs.TipFact(2, TODAY.minusDays(2)), new RiskInputs.TipFact(3, TODAY.minusDays(3)),
				new RiskInputs.TipFact(4, TODAY.minusDays(2000)));
		List<RiskReason> reasons = tipReasons(withTips(tips));
		assertThat(reasons).hasSize(3);
		assertThat(reasons.stream().mapToDouble(RiskReason::contribution).sum()).isCloseTo(12, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(tipReasons(withTips(List.of()))).isEmpty();
	}
}
