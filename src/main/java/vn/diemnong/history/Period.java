package vn.diemnong.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.diemnong.common.Dates;

/** A period of whole days, [from, to]; by default the twelve months before the current one. */
record Period(LocalDate from, LocalDate to) {

	static Period of(@Nullable LocalDate from, @Nullable LocalDate to, Clock clock) {
		LocalDate end = to != null ? to : Dates.endOfLastMonth(clock);
		LocalDate start = from != null ? from : end.plusDays(1).minusMonths(12);
		Dates.ordered(start, end);
		return new Period(start, end);
	}

	/** The period as members of an answer, from before to. */
	Map<String, Object> asMembers() {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("from", from.toString());
		members.put("to", to.toString());
		return members;
	}
}
