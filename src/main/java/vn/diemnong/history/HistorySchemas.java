package vn.diemnong.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.GeoJsonGeometry;
import vn.diemnong.common.PageLink;
import vn.diemnong.inspection.InspectionSchemas.InspectionEntry;
import vn.diemnong.inspection.InspectionSchemas.ViolationEntry;

/**
 * The shapes of the histories and of the communes layer, for the OpenAPI document only: PostgreSQL writes these as
 * JSON text ({@link SiteHistoryQueries}, {@link CommuneQueries}, {@link CommuneHistorySql}).
 */
final class HistorySchemas {

	private HistorySchemas() {
	}

	@Schema(name = "SiteHistory", description = "A site's status changes, inspections and violations in date order")
	record SiteHistory(long siteId, @Schema(description = "whether members' records are included") boolean includesMembers,
			LocalDate from, LocalDate to, SiteHistoryTotals totals, List<HistoryEntry> entries) {
	}

	record SiteHistoryTotals(long inspections, long violations, long finesVnd, long overdue) {
	}

	@Schema(name = "HistoryEntry",
			oneOf = { StatusEntry.class, InspectionEntry.class, ViolationEntry.class, LocationEntry.class,
					ObservationEntry.class, PatrolVisitEntry.class, CommitmentEntry.class },
			discriminatorProperty = "type",
			discriminatorMapping = { @DiscriminatorMapping(value = "status", schema = StatusEntry.class),
					@DiscriminatorMapping(value = "inspection", schema = InspectionEntry.class),
					@DiscriminatorMapping(value = "violation", schema = ViolationEntry.class),
					@DiscriminatorMapping(value = "location", schema = LocationEntry.class),
					@DiscriminatorMapping(value = "observation", schema = ObservationEntry.class),
					@DiscriminatorMapping(value = "patrol", schema = PatrolVisitEntry.class),
					@DiscriminatorMapping(value = "commitment", schema = CommitmentEntry.class) })
	interface HistoryEntry {
	}

	@Schema(name = "StatusEntry", description = "A status change")
	record StatusEntry(@Schema(allowableValues = "status") String type, LocalDate date, long id, long siteId,
			String siteName, @Nullable String oldStatus, String newStatus, String reason, @Nullable String evidence,
			@Nullable String filedCommuneCode, String recordedBy, boolean synthetic) {
	}

	@Schema(name = "LocationEntry", description = "A location correction: where the site's representative point "
			+ "went, how far it moved and how precisely it is now known")
	record LocationEntry(@Schema(allowableValues = "location") String type, LocalDate date, long id, long siteId,
			String siteName, @Schema(allowableValues = { "surveyed", "imagery", "address", "approximate" }) String precision,
			String source, double lon, double lat, @Schema(description = "metres") long movedM, String recordedBy) {
	}

	@Schema(name = "ObservationEntry", description = "A field observation (GET /api/v1/observations/{id} has it"
			+ " whole): what was seen, where the phone was and how far from the site, the photos' SHA-256; only for the"
			+ " roles that read observations (not VIEWER)")
	record ObservationEntry(@Schema(allowableValues = "observation") String type, LocalDate date, long id,
			long siteId, String siteName, OffsetDateTime observedAt, List<String> findings, @Nullable String note,
			String statusBefore, @Nullable String newStatus, @Nullable Long statusEventId, boolean siteRegistered,
			double lon, double lat, @Schema(description = "metres") long accuracyM,
			@Schema(description = "metres from the site's geometry") long distanceM, double maxDistanceM,
			boolean far, @Schema(description = "SHA-256 of each photo as received") List<String> photos,
			String recordedBy, OffsetDateTime recordedAt) {
	}

	@Schema(name = "PatrolVisitEntry", description = "A patrol's outcome at the site: visited (resets the days since"
			+ " the last visit) or not reachable, with what was found and the field observation made there")
	record PatrolVisitEntry(@Schema(allowableValues = "patrol") String type, LocalDate date, long id, long siteId,
			String siteName, long patrolId, String team,
			@Schema(allowableValues = { "visited", "not_reachable" }) String outcome, @Nullable String found,
			@Nullable Long observationId, OffsetDateTime recordedAt, String recordedBy) {
	}

	@Schema(name = "CommitmentEntry", description = "A signed commitment, dated when signed (GET /api/v1/sites/{id}/"
			+ "commitments has it whole, the signer's name included); only for the roles that read commitments")
	record CommitmentEntry(@Schema(allowableValues = "commitment") String type, LocalDate date, long id, long siteId,
			String siteName, @Schema(allowableValues = { "household_head", "director", "other" }) String signerRole,
			List<String> promises, @Nullable LocalDate relocateBy, LocalDate validUntil,
			@Schema(description = "SHA-256 of the signed page's scan") @Nullable String scanSha256,
			@Nullable Long supersedesId, @Nullable LocalDate brokenOn,
			@Schema(allowableValues = { "valid", "expired", "broken", "superseded" }) String state,
			String witnessedBy, OffsetDateTime recordedAt) {
	}

	@Schema(name = "CommuneHistory", description = "A commune's violations per month, per category and per site, and"
			+ " the history filed before 1 July 2025 under the old communes now inside it")
	record CommuneHistory(String code, String name, String fullName, @Nullable BigDecimal areaKm2, LocalDate from,
			LocalDate to, CommuneTotals totals, List<CommuneMonth> monthly, List<CommuneCategory> byCategory,
			List<CommuneSite> sites, List<CommunePredecessor> predecessors) {
	}

	record CommuneTotals(long violations, long finesVnd, long inspections, long sites) {
	}

	record CommuneMonth(@Schema(example = "2026-01") String month, long violations, long finesVnd, long inspections) {
	}

	record CommuneCategory(String category, long violations, long finesVnd) {
	}

	@Schema(description = "One of the 25 sites with the most violations in the period")
	record CommuneSite(long id, String name, String kind, String status, long violations, LocalDate lastViolationOn) {
	}

	@Schema(description = "An old commune (before 1 July 2025) now inside this one, with what was filed under it")
	record CommunePredecessor(String code, String name, @Nullable String districtName,
			@Schema(allowableValues = { "full", "partial" }) String mergeType, long inspections, long violations,
			long finesVnd) {
	}

	@Schema(name = "CommuneFeatureCollection", description = "The communes with their counts for the period")
	record CommuneFeatureCollection(@Schema(allowableValues = "FeatureCollection") String type, LocalDate from,
			LocalDate to, long numberMatched, long numberReturned, List<PageLink> links,
			List<CommuneFeature> features) {
	}

	record CommuneFeature(String id, @Schema(allowableValues = "Feature") String type, GeoJsonGeometry geometry,
			CommuneProperties properties) {
	}

	record CommuneProperties(String code, String name, String fullName, @Nullable String nameEn,
			@Nullable String unitType, @Nullable BigDecimal areaKm2, long violations, long finesVnd,
			@Schema(description = "null in the public layer") @Nullable Long inspections, long sites) {
	}
}
