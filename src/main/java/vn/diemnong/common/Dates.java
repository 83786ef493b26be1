package vn.diemnong.common;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Date checks judged in the province's time zone (the {@link Clock} bean), not the server's. */
public final class Dates {

	private Dates() {
	}

	public static void notInFuture(String field, @Nullable LocalDate date, Clock clock) {
		if (date != null && date.isAfter(LocalDate.now(clock))) {
			throw ApiProblem.invalid(field, "future-date", date);
		}
	}

	/** The last day of the month before the current one: where default periods end (whole months only). */
	public static LocalDate endOfLastMonth(Clock clock) {
		return LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
	}

	/** A period [from, to]; a 400 naming {@code from} when it starts after it ends. */
	public static void ordered(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw ApiProblem.invalid("from", "date-order");
		}
	}
}
