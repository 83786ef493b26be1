package vn.diemnong.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import vn.diemnong.site.SiteImport;

/**
 * The generated demo province, ready to insert. Records refer to each other by local keys (list positions), never by
 * database ids; codes are the schema's codes. Lists are in insertion order: sites parents first, events and
 * inspections by date.
 *
 * @param skipped names of documented sites left out because their location is unknown
 */
record DemoProvince(List<Site> sites, List<StatusEvent> events, List<Inspection> inspections, List<Sample> samples,
		List<Violation> violations, List<String> skipped) {

	/** The counts, as the load log and {@code dataset_load.detail} give them. */
	String summary() {
		long known = sites.stream().filter(s -> !s.synthetic()).count();
		String counts = "%d sites (%d documented, %d synthetic), %d status events, %d inspections, %d samples, "
			.formatted(sites.size(), known, sites.size() - known, events.size(), inspections.size(), samples.size())
				+ violations.size() + " violations";
		return skipped.isEmpty() ? counts
				: counts + "; documented sites without a location, not loaded: " + String.join(", ", skipped);
	}

	/**
	 * @param key            position in {@link #sites()}
	 * @param communeCode    the 2025 commune holding the site's representative point
	 * @param oldCommuneCode the pre-2025 commune its records were filed under before 1 July 2025
	 */
	record Site(int key, @Nullable Integer parentKey, String kind, String trade, String name, String address,
			@Nullable String operatorName, String status, @Nullable String pollutionClass,
			@Nullable String permitNumber, @Nullable LocalDate permitValidUntil, Geometry geometry, String communeCode,
			String oldCommuneCode, String locationPrecision, @Nullable String source, @Nullable String note,
			boolean synthetic, SiteImport.InVietnamese vi) {

		Site withStatus(String newStatus) {
			return new Site(key, parentKey, kind, trade, name, address, operatorName, newStatus, pollutionClass,
					permitNumber, permitValidUntil, geometry, communeCode, oldCommuneCode, locationPrecision, source,
					note, synthetic, vi);
		}
	}

	record StatusEvent(int siteKey, LocalDate occurredOn, @Nullable String oldStatus, String newStatus, String reason,
			@Nullable String evidence, String filedCommuneCode) {
	}

	/** @param key position in {@link #inspections()} */
	record Inspection(int key, int siteKey, LocalDate inspectedOn, String kind, List<String> team, String legalBasis,
			String outcome, String filedCommuneCode) {
	}

	/**
	 * A sample as a multiple of the limit in force on the inspection's date (column B); the loader turns it into a
	 * value in the limit's unit, so that value / limit is exactly {@code exceedance}.
	 */
	record Sample(int inspectionKey, String medium, String parameter, BigDecimal exceedance) {
	}

	record Violation(int inspectionKey, int siteKey, String category, int severity, String legalReference,
			@Nullable String decisionNumber, @Nullable LocalDate decidedOn, @Nullable Long fineVnd,
			@Nullable String additionalSanctions, String remedialMeasures, @Nullable LocalDate remedialDeadline,
			String status, @Nullable String issuingAuthority) {
	}
}
