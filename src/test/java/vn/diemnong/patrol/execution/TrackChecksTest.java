package vn.diemnong.patrol.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.diemnong.common.ApiProblem;

class TrackChecksTest {

	private static final Instant START = Instant.parse("2026-11-30T01:00:00Z");
	private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

	private static TrackPoint at(Instant when) {
		return new TrackPoint(106.07, 21.15, 8.0, when.atOffset(ZoneOffset.ofHours(7)));
	}

	@Test
	void pointsWithinThePatrolPass() {
		TrackChecks.check(List.of(at(START), at(START.plusSeconds(600)), at(NOW)), START, null, NOW, 10);
		// a phone's clock a little off still counts
		TrackChecks.check(List.of(at(START.minusSeconds(120))), START, NOW.minusSeconds(600), NOW, 10);
	}

	@Test
	void aPointBeforeTheStartAfterTheEndOrInTheFutureIsRefusedByItsIndex() {
		assertThatThrownBy(() -> TrackChecks.check(List.of(at(START), at(START.minusSeconds(3600))), START, null, NOW, 10))
			.isInstanceOfSatisfying(ApiProblem.class,
					p -> assertThat(p.errors().get(0).field()).isEqualTo("points[1].recordedAt"));
		Instant end = START.plusSeconds(3600);
		assertThatThrownBy(() -> TrackChecks.check(List.of(at(end.plusSeconds(3600))), START, end, NOW, 10))
			.isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> TrackChecks.check(List.of(at(NOW.plusSeconds(3600))), START, null, NOW, 10))
			.isInstanceOf(ApiProblem.class);
	}

	@Test
	void aBatchLargerThanAllowedIsRefused() {
		assertThatThrownBy(() -> TrackChecks.check(Collections.nCopies(11, at(START)), START, null, NOW, 10))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("points"));
	}

	@Test
	void theKeyIsRequiredAndPlain() {
		assertThat(TrackChecks.key(" 7d0c6a1e-2b4f-4c39-9a57-0e5f2b1c9d11 ")).isEqualTo("7d0c6a1e-2b4f-4c39-9a57-0e5f2b1c9d11");
		assertThatThrownBy(() -> TrackChecks.key(null)).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> TrackChecks.key("with space")).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> TrackChecks.key("x".repeat(101))).isInstanceOf(ApiProblem.class);
	}

	@Test
	void theHashIsOfThePointsNotOfHowTheirTimesWereWritten() {
		OffsetDateTime utc = OffsetDateTime.parse("2026-11-30T01:00:00Z");
		TrackPoint a = new TrackPoint(106.07, 21.15, 8.0, utc);
		TrackPoint sameInstant = new TrackPoint(106.07, 21.15, 8.0, utc.withOffsetSameInstant(ZoneOffset.ofHours(7)));
		TrackPoint moved = new TrackPoint(106.08, 21.15, 8.0, utc);
		assertThat(TrackChecks.contentHash(List.of(a))).isEqualTo(TrackChecks.contentHash(List.of(sameInstant)))
			.isNotEqualTo(TrackChecks.contentHash(List.of(moved)));
	}
}
