package vn.diemnong.hotspot.todo;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a commune's staff have to look at: remedial deadlines overdue or due soon, suspended and committed sites to
 * check, and sites whose risk has reactivation among its reasons; with the communes around it, for the map.
 *
 * @param dueSoonDays a deadline is due soon when it falls within this many days from today
 * @param items       overdue deadlines (oldest first), deadlines due soon (nearest first), reactivations (latest
 *                    first), then sites to check (longest unchecked first)
 */
@Schema(name = "CommuneTodo")
record CommuneTodo(String code, String name, LocalDate today, int dueSoonDays, List<Neighbour> neighbours,
		List<Item> items) {

	@Schema(name = "CommuneNeighbour", description = "A current commune touching this one")
	record Neighbour(String code, String name) {
	}

	/**
	 * @param kind        deadline-overdue | deadline-soon | reactivation-suspected | check-suspended | check-committed
	 * @param date        the remedial deadline; the latest reactivation sign; the day the site took its status
	 * @param days        days from today to {@code date} (negative: in the past)
	 * @param violationId the violation whose deadline it is (deadlines only)
	 * @param category    that violation's category (deadlines only)
	 * @param lastInspection the site's latest inspection, if any
	 * @param reasons     the risk reasons that point at a reactivation (reactivation only)
	 * @param riskScore   the site's risk, 0–100 (reactivation only)
	 */
	@Schema(name = "TodoItem")
	record Item(@Schema(allowableValues = { "deadline-overdue", "deadline-soon", "reactivation-suspected",
			"check-suspended", "check-committed" }) String kind, long siteId, String siteName, String siteKind,
			String siteStatus, @Nullable LocalDate date, @Nullable Long days, @Nullable Long violationId,
			@Nullable String category, @Nullable LocalDate lastInspection, List<String> reasons,
			@Nullable Double riskScore) {
	}
}
