package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An offence with the sanctioning decision on it, or without one when the decision falls after the history; organisation:
 * whether the fine is an organisation's (twice an individual's).
 */
record Finding(Offence offence, @Nullable LocalDate decidedOn, @Nullable Long fineVnd,
		@Nullable String additionalSanctions, String remedialMeasures, @Nullable LocalDate remedialDeadline,
		String status, boolean organisation) {

	private static final Set<String> RESOLVED = Set.of("remediated", "closed");

	boolean resolved() {
		return RESOLVED.contains(status);
	}
}
