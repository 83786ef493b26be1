package vn.diemnong.inspection;

import java.time.LocalDate;

/** Published when an inspection records a violation. */
public record ViolationRecorded(long violationId, long siteId, LocalDate observedOn, String category) {
}
