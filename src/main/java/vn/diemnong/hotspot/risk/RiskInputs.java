package vn.diemnong.hotspot.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The facts about one site that its risk is computed from, each with the record it comes from.
 *
 * @param violations      violations of the site (date = inspection date)
 * @param exceedances     samples above their limit within the look-back window
 * @param overdue         violations whose remedial deadline passed while still open or being remedied
 * @param reactivations   status events to {@code reactivated}
 * @param lastInspection  date of the latest inspection, null when never inspected
 * @param registeredOn    when the site entered the register (for "never inspected since")
 */
public record RiskInputs(long siteId, String trade, String status, List<ViolationFact> violations,
		List<ExceedanceFact> exceedances, List<OverdueFact> overdue, List<ReactivationFact> reactivations,
		@Nullable LocalDate lastInspection, LocalDate registeredOn) {

	public record ViolationFact(long violationId, LocalDate date, int severity, String category) {
	}

	public record ExceedanceFact(long inspectionId, LocalDate date, String parameter, BigDecimal exceedance) {
	}

	public record OverdueFact(long violationId, LocalDate deadline) {
	}

	public record ReactivationFact(long eventId, LocalDate date) {
	}
}
