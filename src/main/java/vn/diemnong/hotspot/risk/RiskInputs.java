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
 * @param parentId        the village, cluster or zone the site is a member of, if any
 * @param compound        whether the site is a village, cluster or zone (whose members count in its risk)
 * @param lastInspection  date of the latest inspection, null when never inspected
 * @param inspectedMember the member whose inspection {@code lastInspection} is, null when it is the site's own
 * @param registeredOn    when the site entered the register (for "never inspected since")
 * @param observations    field observations that saw a restart or a stockpile ({@link ObservationRiskReasons})
 */
public record RiskInputs(long siteId, @Nullable Long parentId, boolean compound, String name, String trade,
		String status, List<ViolationFact> violations, List<ExceedanceFact> exceedances, List<OverdueFact> overdue,
		List<ReactivationFact> reactivations, @Nullable LocalDate lastInspection, @Nullable Long inspectedMember,
		LocalDate registeredOn, List<ObservationFact> observations) {

	/** The facts without field observations. */
	public RiskInputs(long siteId, @Nullable Long parentId, boolean compound, String name, String trade, String status,
			List<ViolationFact> violations, List<ExceedanceFact> exceedances, List<OverdueFact> overdue,
			List<ReactivationFact> reactivations, @Nullable LocalDate lastInspection, @Nullable Long inspectedMember,
			LocalDate registeredOn) {
		this(siteId, parentId, compound, name, trade, status, violations, exceedances, overdue, reactivations,
				lastInspection, inspectedMember, registeredOn, List.of());
	}

	/** The same facts, the last inspection being a member's (a compound site is looked at when its members are). */
	RiskInputs inspectedThrough(long member, LocalDate on) {
		return new RiskInputs(siteId, parentId, compound, name, trade, status, violations, exceedances, overdue,
				reactivations, on, member, registeredOn, observations);
	}

	public record ViolationFact(long violationId, LocalDate date, int severity, String category) {
	}

	public record ExceedanceFact(long inspectionId, LocalDate date, String parameter, BigDecimal exceedance) {
	}

	public record OverdueFact(long violationId, LocalDate deadline) {
	}

	public record ReactivationFact(long eventId, LocalDate date) {
	}

	/** An observation (V18 observation_fact) that saw the site restart, or scrap stockpiled. */
	public record ObservationFact(long observationId, LocalDate date, boolean restart, boolean stockpile) {
	}
}
