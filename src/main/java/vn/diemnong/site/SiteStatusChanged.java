package vn.diemnong.site;

import java.time.LocalDate;

/** Published after a site's status changed (closure, commitment, reactivation …). */
public record SiteStatusChanged(long siteId, String oldStatus, String newStatus, LocalDate occurredOn) {
}
