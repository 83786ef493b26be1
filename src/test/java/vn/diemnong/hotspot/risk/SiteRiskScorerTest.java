package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.diemnong.hotspot.risk.RiskInputs.ExceedanceFact;
import vn.diemnong.hotspot.risk.RiskInputs.OverdueFact;
import vn.diemnong.hotspot.risk.RiskInputs.ReactivationFact;
import vn.diemnong.hotspot.risk.RiskInputs.ViolationFact;

class SiteRiskScorerTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

	static RiskWeights weights() throws IOException {
		return RiskConfiguration.parse(Files.readString(Path.of("config/risk-weights.properties")));
	}

	static RiskInputs site(String trade, String status, List<ViolationFact> violations, List<ExceedanceFact> exceedances,
			List<OverdueFact> overdue, List<ReactivationFact> reactivations, LocalDate lastInspection) {
		return new RiskInputs(1, null, false, "site", trade, status, violations, exceedances, overdue, reactivations,
				lastInspection, null, LocalDate.of(2023, 1, 1), List.of());
	}

	@Test
	void reasonsAddUpToTheScore() throws IOException {
		SiteRisk risk = SiteRiskScorer.score(site("copper_casting", "operating",
				List.of(new ViolationFact(7, TODAY.minusDays(30), 3, "wastewater_exceedance")),
				List.of(new ExceedanceFact(3, TODAY.minusDays(30), "Cu", new BigDecimal("4.0"))),
				List.of(new OverdueFact(7, TODAY.minusDays(5))), List.of(), TODAY.minusDays(30)), weights(), 1, TODAY);

		assertThat(risk.reasons().stream().mapToDouble(RiskReason::contribution).sum()).isCloseTo(risk.score(),
				within(1e-9));
		assertThat(risk.reasons()).extracting(RiskReason::code).containsExactly("violation", "exceedance", "overdue",
				"trade");
		assertThat(risk.reasons().get(1).contribution()).isCloseTo(12.0, within(1e-9));
	}

	@Test
	void aViolationWeighsHalfAfterOneHalfLife() throws IOException {
		RiskWeights weights = weights();
		SiteRisk fresh = SiteRiskScorer.score(site("food_processing", "operating",
				List.of(new ViolationFact(1, TODAY, 2, "no_treatment_system")), List.of(), List.of(), List.of(), TODAY),
				weights, 1, TODAY);
		SiteRisk old = SiteRiskScorer.score(site("food_processing", "operating",
				List.of(new ViolationFact(1, TODAY.minusDays(weights.halfLifeDays()), 2, "no_treatment_system")),
				List.of(), List.of(), List.of(), TODAY), weights, 1, TODAY);

		assertThat(old.reasons().get(0).contribution()).isCloseTo(fresh.reasons().get(0).contribution() / 2,
				within(1e-9));
	}

	@Test
	void reactivatedSiteRaisesRiskScore() throws IOException {
		RiskInputs committed = site("aluminium_recycling", "committed", List.of(), List.of(), List.of(), List.of(),
				TODAY.minusDays(60));
		RiskInputs reactivated = site("aluminium_recycling", "reactivated", List.of(), List.of(), List.of(),
				List.of(new ReactivationFact(9, TODAY.minusDays(20))), TODAY.minusDays(60));

		assertThat(SiteRiskScorer.score(reactivated, weights(), 1, TODAY).score())
			.isGreaterThan(SiteRiskScorer.score(committed, weights(), 1, TODAY).score() + 20);
	}

	@Test
	void castingOutranksFoodProcessingOnTheSameRecord() throws IOException {
		assertThat(SiteRiskScorer.score(site("copper_casting", "operating", List.of(), List.of(), List.of(), List.of(),
				TODAY), weights(), 1, TODAY).score())
			.isGreaterThan(SiteRiskScorer.score(site("food_processing", "operating", List.of(), List.of(), List.of(),
					List.of(), TODAY), weights(), 1, TODAY).score());
	}

	@Test
	void pointsAbove100AreScaledSoThatReasonsStillAddUp() throws IOException {
		List<ViolationFact> many = java.util.stream.IntStream.range(0, 12)
			.mapToObj(i -> new ViolationFact(i, TODAY.minusDays(i), 3, "illegal_scrap_recycling")).toList();
		SiteRisk risk = SiteRiskScorer.score(site("metal_plating", "reactivated", many, List.of(), List.of(), List.of(),
				TODAY.minusDays(900)), weights(), 1, TODAY);

		assertThat(risk.score()).isEqualTo(100.0);
		assertThat(risk.rawPoints()).isGreaterThan(100);
		assertThat(risk.scaledBy()).isLessThan(1);
		assertThat(risk.reasons().stream().mapToDouble(RiskReason::contribution).sum()).isCloseTo(100.0, within(1e-9));
	}

	@Test
	void longWithoutInspectionAddsTheFullGapPoints() throws IOException {
		SiteRisk risk = SiteRiskScorer.score(site("pottery", "operating", List.of(), List.of(), List.of(), List.of(),
				TODAY.minusDays(1000)), weights(), 1, TODAY);
		assertThat(risk.reasons()).filteredOn(r -> r.code().equals("inspection-gap")).singleElement()
			.extracting(RiskReason::contribution).isEqualTo(weights().inspectionGapPoints());
	}
}
