package vn.diemnong.site;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A status change as recorded from the field: what was seen, when, why, and the evidence. */
record StatusChange(SiteStatus newStatus, LocalDate occurredOn, String reason, @Nullable String evidence) {
}
