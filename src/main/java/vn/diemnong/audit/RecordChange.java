package vn.diemnong.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One audited change of a record: who made it, when, with which action, and the columns whose values differ between
 * its before and after states (names only, so that no personal value leaves the trail this way).
 */
public record RecordChange(String by, OffsetDateTime at, String action, List<String> columns) {
}
