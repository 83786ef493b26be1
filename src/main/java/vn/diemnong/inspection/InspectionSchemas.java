package vn.diemnong.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shapes of inspections and violations as {@link InspectionJson} writes them, in their own resource and in the
 * histories: for the OpenAPI document only, nothing is serialised through these records.
 */
public final class InspectionSchemas {

	private InspectionSchemas() {
	}

	@Schema(name = "InspectionEntry", description = "An inspection with its samples, as a history lists it")
	public record InspectionEntry(@Schema(allowableValues = "inspection") String type, LocalDate date, long id,
			long siteId, String siteName, String kind, List<String> team, @Nullable String legalBasis,
			@Nullable String outcome, @Nullable String filedCommuneCode,
			@Schema(description = "the old commune's name before 1 July 2025") @Nullable String filedCommuneName,
			boolean synthetic, String recordedBy, List<MeasuredSample> samples,
			@Schema(description = "field observations and photos the inspection cites") List<CitedEvidence> evidence) {
	}

	@Schema(name = "InspectionDetail", description = "An inspection with its samples and violations")
	record InspectionDetail(@Schema(allowableValues = "inspection") String type, LocalDate date, long id,
			long siteId, String siteName, String kind, List<String> team, @Nullable String legalBasis,
			@Nullable String outcome, @Nullable String filedCommuneCode, @Nullable String filedCommuneName,
			boolean synthetic, String recordedBy, List<MeasuredSample> samples, List<CitedEvidence> evidence,
			List<ViolationEntry> violations) {
	}

	@Schema(name = "CitedEvidence", description = "A field observation cited as evidence and, when given, one of its"
			+ " photos by the SHA-256 of the bytes received")
	public record CitedEvidence(long observationId, @Nullable String photoSha256,
			@Schema(description = "the observation's site: the inspected one or a member of it") long siteId,
			OffsetDateTime observedAt, List<String> findings) {
	}

	@Schema(name = "MeasuredSample", description = "A sample judged against the limit in force on its date")
	public record MeasuredSample(String medium, String parameter, @Nullable String parameterName, BigDecimal value,
			String unit, @Nullable BigDecimal limit,
			@Schema(description = "lower and upper bound (pH)") @Nullable List<@Nullable BigDecimal> limitRange,
			@Nullable String regulation, @Nullable String column, @Nullable String verification,
			@Schema(description = "value / limit") @Nullable BigDecimal exceedance) {
	}

	@Schema(name = "ViolationEntry", description = "A violation with its decision and remedy")
	public record ViolationEntry(@Schema(allowableValues = "violation") String type, LocalDate date, long id,
			long inspectionId, long siteId, String siteName, String category, int severity,
			@Nullable String legalReference, @Nullable String decisionNumber, @Nullable LocalDate decidedOn,
			@Schema(description = "who signed the decision: commune_chair, district_chair (before 1 July 2025),"
					+ " province_chair, inspectorate_chief, inspection_team_head, commune_police_chief,"
					+ " environmental_police_chief, province_police_director or other") @Nullable String issuingAuthority,
			@Schema(description = "the office and name as written on the decision") @Nullable String issuingAuthorityName,
			@Nullable Long fineVnd, @Nullable String additionalSanctions, @Nullable String remedialMeasures,
			@Nullable LocalDate remedialDeadline, String status,
			@Schema(description = "the remedial deadline has passed while it is open or being remedied") boolean overdue,
			boolean synthetic,
			@Schema(description = "field observations and photos the sanctioning decision cites") List<CitedEvidence> evidence) {
	}
}
