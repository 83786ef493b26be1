package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CompoundRiskScorerTest {

	static final LocalDate TODAY = SiteRiskScorerTest.TODAY;

	static RiskInputs site(long id, boolean compound, String trade, LocalDate lastInspection) {
		return new RiskInputs(id, compound ? null : 1L, compound, "site " + id, trade, "operating", List.of(),
				List.of(), List.of(), List.of(), lastInspection, null, LocalDate.of(2023, 1, 1), List.of());
	}

	static CompoundRiskScorer.Member member(long id, double score, LocalDate lastInspection) {
		return new CompoundRiskScorer.Member(site(id, false, "food_processing", lastInspection),
				new SiteRisk(id, score, 1, score, 1, List.of(new RiskReason("violation", score, "violation", id, null,
						List.of()))));
	}

	@Test
	void riskyMembersBeyondTheCapShareIt() throws IOException {
		RiskWeights weights = SiteRiskScorerTest.weights();
		List<CompoundRiskScorer.Member> members = IntStream.rangeClosed(2, 10)
			.mapToObj(id -> member(id, id == 2 ? 50 : 40, TODAY.minusDays(10))).toList();
		// pottery 4 + riskiest 50 + eight others at 40 (8 × 3 = 24, capped at 15) = 69
		SiteRisk risk = CompoundRiskScorer.score(site(1, true, "pottery", null), members, weights, 1, TODAY).risk();

		assertThat(risk.score()).isCloseTo(69.0, within(1e-9));
		assertThat(risk.reasons()).filteredOn(r -> r.code().equals("risky-member")).hasSize(8)
			.allSatisfy(r -> assertThat(r.contribution()).isCloseTo(15.0 / 8, within(1e-9)));
	}

	@Test
	void theLatestInspectionOfAMemberIsTheVillagesOwn() throws IOException {
		RiskWeights weights = SiteRiskScorerTest.weights();
		// the village itself was inspected 1,000 days ago, a member 400 days ago: (400 - 180) / 550 × 10 = 4
		SiteRisk risk = CompoundRiskScorer.score(site(1, true, "pottery", TODAY.minusDays(1000)),
				List.of(member(2, 10, TODAY.minusDays(400)), member(3, 10, null)), weights, 1, TODAY).risk();

		assertThat(risk.reasons()).filteredOn(r -> r.code().equals("inspection-gap")).singleElement()
			.satisfies(r -> {
				assertThat(r.recordId()).isEqualTo(2);
				assertThat(r.contribution()).isCloseTo(4.0, within(1e-9));
				assertThat(r.facts()).containsExactly(400L, "member");
			});
	}
}
