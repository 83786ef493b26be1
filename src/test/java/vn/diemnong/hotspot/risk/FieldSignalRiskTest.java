package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What other modules publish about a site (observations, broken commitments, verified tips) adds to its risk by one
 * rule: each record within the look-back window gives the signal's points, all of them at most its cap, each reason
 * naming its record.
 */
class FieldSignalRiskTest {

	private static final LocalDate TODAY = SiteRiskScorerTest.TODAY;

	private static RiskInputs withSignals(RiskInputs.SignalFact... signals) {
		return new RiskInputs(1, null, false, "site", "food_processing", "operating", List.of(), List.of(), List.of(),
				List.of(), TODAY.minusDays(10), null, LocalDate.of(2023, 1, 1), List.of(signals));
	}

	private static RiskInputs.SignalFact seen(FieldSignal signal, long id, int daysAgo) {
		return new RiskInputs.SignalFact(signal, id, TODAY.minusDays(daysAgo), List.of("2026-01-05"));
	}

	private static List<RiskReason> reasons(RiskInputs site, FieldSignal signal) throws IOException {
		return SiteRiskScorer.score(site, SiteRiskScorerTest.weights(), 1, TODAY).reasons().stream()
			.filter(r -> r.code().equals(signal.code)).toList();
	}

	@Test
	void theDepartmentsFileGivesEachSignalItsWeights() throws IOException {
		RiskWeights weights = SiteRiskScorerTest.weights();
		assertThat(weights.signal(FieldSignal.OBSERVATION_RESTART)).isEqualTo(new FieldSignal.Weight(10, 20));
		assertThat(weights.signal(FieldSignal.OBSERVATION_STOCKPILE)).isEqualTo(new FieldSignal.Weight(5, 10));
		assertThat(weights.signal(FieldSignal.BROKEN_COMMITMENT)).isEqualTo(new FieldSignal.Weight(30, 30));
		assertThat(weights.signal(FieldSignal.VERIFIED_TIP)).isEqualTo(new FieldSignal.Weight(6, 12));
	}

	@Test
	void aFileFromBeforeTheSignalsGivesThemTheirDefaults() throws IOException {
		String before = Files.readString(Path.of("config/risk-weights.properties")).lines()
			.filter(line -> !line.startsWith("observation.") && !line.startsWith("tip.")
					&& !line.startsWith("broken-commitment."))
			.collect(Collectors.joining("\n"));
		RiskWeights weights = RiskConfiguration.parse(before);
		for (FieldSignal signal : FieldSignal.values()) {
			assertThat(weights.signal(signal)).isEqualTo(new FieldSignal.Weight(signal.defaultPoints, signal.defaultCap));
		}
	}

	@ParameterizedTest
	@EnumSource(FieldSignal.class)
	void aRecordAddsItsSignalsPointsWithTheRecordBehindIt(FieldSignal signal) throws IOException {
		List<RiskReason> reasons = reasons(withSignals(seen(signal, 41, 3)), signal);
		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.contribution()).isEqualTo(signal.defaultPoints);
			assertThat(reason.recordType()).isEqualTo(signal.recordType);
			assertThat(reason.recordId()).isEqualTo(41);
			assertThat(reason.date()).isEqualTo(TODAY.minusDays(3));
			assertThat(reason.facts()).containsExactly("2026-01-05");
		});
	}

	@ParameterizedTest
	@EnumSource(FieldSignal.class)
	void manyRecordsGiveAtMostTheCapAndOnesOutsideTheWindowNone(FieldSignal signal) throws IOException {
		RiskInputs site = withSignals(seen(signal, 1, 1), seen(signal, 2, 2), seen(signal, 3, 3), seen(signal, 4, 2000),
				seen(signal, 5, -1));
		List<RiskReason> reasons = reasons(site, signal);
		assertThat(reasons).extracting(RiskReason::recordId).containsExactly(1L, 2L, 3L);
		assertThat(reasons.stream().mapToDouble(RiskReason::contribution).sum())
			.isCloseTo(Math.min(3 * signal.defaultPoints, signal.defaultCap), within(1e-9));
		assertThat(reasons(withSignals(), signal)).isEmpty();
	}

	@Test
	void eachSignalIsCappedOnItsOwn() throws IOException {
		RiskInputs site = withSignals(seen(FieldSignal.OBSERVATION_RESTART, 1, 1),
				seen(FieldSignal.OBSERVATION_RESTART, 2, 1), seen(FieldSignal.OBSERVATION_RESTART, 3, 1),
				seen(FieldSignal.BROKEN_COMMITMENT, 9, 1));
		assertThat(reasons(site, FieldSignal.OBSERVATION_RESTART).stream().mapToDouble(RiskReason::contribution).sum())
			.isCloseTo(20, within(1e-9));
		assertThat(reasons(site, FieldSignal.BROKEN_COMMITMENT)).singleElement()
			.satisfies(reason -> assertThat(reason.contribution()).isEqualTo(30));
	}
}
