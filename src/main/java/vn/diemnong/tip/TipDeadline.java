package vn.diemnong.tip;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The answer day of a tip and whether it has passed, judged by the calendar of the province (Asia/Ho_Chi_Minh), not
 * the server's: a tip received at 23:59 there is due a day earlier than one received a minute later. The SQL function
 * {@code tip_overdue} (V20) states the same rule for queries.
 */
record TipDeadline(int days, ZoneId zone) {

	LocalDate respondBy(Instant received) {
		return received.atZone(zone).toLocalDate().plusDays(days);
	}

	/** Overdue from the first moment of the day after the answer day, while the tip is open. */
	boolean overdue(LocalDate respondBy, TipStatus status, Instant now) {
		return status.open() && respondBy.isBefore(now.atZone(zone).toLocalDate());
	}

	LocalDate today(Instant now) {
		return now.atZone(zone).toLocalDate();
	}
}
