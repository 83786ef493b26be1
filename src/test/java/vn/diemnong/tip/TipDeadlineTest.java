package vn.diemnong.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TipDeadlineTest {

	private final TipDeadline deadline = new TipDeadline(7, ZoneId.of("Asia/Ho_Chi_Minh"));

	@Test
	void theAnswerDayIsCountedFromTheDayReceivedInVietnamNotInUtc() {
		// 23:59 on 1 November in Hà Nội is 16:59 UTC; a minute later it is 2 November there, still 1 November in UTC
		assertThat(deadline.respondBy(Instant.parse("2026-11-01T16:59:00Z"))).isEqualTo(LocalDate.of(2026, 11, 8));
		assertThat(deadline.respondBy(Instant.parse("2026-11-01T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 9));
	}

	@Test
	void anOpenTipIsOverdueFromMidnightAfterItsAnswerDayInVietnam() {
		LocalDate respondBy = LocalDate.of(2026, 11, 8);
		// 23:59:59 on 8 November in Hà Nội: still due today
		assertThat(deadline.overdue(respondBy, TipStatus.RECEIVED, Instant.parse("2026-11-08T16:59:59Z"))).isFalse();
		// 00:00 on 9 November in Hà Nội (17:00 UTC on the 8th): overdue, though UTC is still on the 8th
		assertThat(deadline.overdue(respondBy, TipStatus.RECEIVED, Instant.parse("2026-11-08T17:00:00Z"))).isTrue();
		assertThat(deadline.overdue(respondBy, TipStatus.VERIFYING, Instant.parse("2026-11-08T17:00:00Z"))).isTrue();
		assertThat(deadline.overdue(respondBy, TipStatus.UNFOUNDED, Instant.parse("2026-11-20T00:00:00Z"))).isFalse();
	}

	@Test
	void referencesAreReadLeniently() {
		String code = TipReferences.next();
		assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
		String shown = TipReferences.display(code);
		assertThat(TipReferences.normalise(shown.toLowerCase())).contains(code);
		assertThat(TipReferences.normalise(" " + shown.replace("-", " ") + " ")).contains(code);
		assertThat(TipReferences.normalise("OIL0-0000-0000")).contains("011000000000");
		assertThat(TipReferences.normalise("ABCU-0000-0000")).isEmpty();
		assertThat(TipReferences.normalise("ABC")).isEmpty();
	}

	@Test
	void aClosedTipMovesNowhere() {
		assertThat(TipStatus.RECEIVED.canMoveTo(TipStatus.VERIFYING)).isTrue();
		assertThat(TipStatus.VERIFYING.canMoveTo(TipStatus.VERIFIED)).isTrue();
		assertThat(TipStatus.RECEIVED.canMoveTo(TipStatus.DUPLICATE)).isTrue();
		assertThat(TipStatus.VERIFYING.canMoveTo(TipStatus.RECEIVED)).isFalse();
		assertThat(TipStatus.VERIFIED.canMoveTo(TipStatus.UNFOUNDED)).isFalse();
		assertThat(TipStatus.DUPLICATE.canMoveTo(TipStatus.VERIFYING)).isFalse();
	}
}
