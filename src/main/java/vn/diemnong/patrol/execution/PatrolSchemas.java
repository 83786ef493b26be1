package vn.diemnong.patrol.execution;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shapes PostgreSQL writes as JSON text ({@link PatrolQueries}), for the OpenAPI document only. */
final class PatrolSchemas {

	private PatrolSchemas() {
	}

	@Schema(name = "Patrol", description = "A patrol carrying out a plan, its stops in order with their outcomes, and"
			+ " its track")
	record PatrolDetail(long id, long planId, String team,
			@Schema(description = "the commune the patrol is counted in") @Nullable String communeCode,
			@Schema(allowableValues = { "planned", "in_progress", "done" }) String status,
			@Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime endedAt, String createdBy,
			List<PatrolStop> stops, Track track) {
	}

	@Schema(name = "PatrolVisitStop", description = "A stop of the plan and, once recorded, its outcome")
	record PatrolStop(int order, long siteId, String siteName, @Nullable String communeCode, LocalTime arrival,
			double lon, double lat, @Schema(description = "why the stop is on the plan") List<StopReason> reasons,
			@Schema(description = "what to check there") List<String> checks, @Nullable PatrolStopOutcome outcome) {
	}

	@Schema(name = "PatrolVisitStopReason", description = "A part of the site's risk when the plan was made")
	record StopReason(String code, double contribution, @Nullable LocalDate date) {
	}

	@Schema(name = "PatrolStopOutcome")
	record PatrolStopOutcome(@Schema(allowableValues = { "visited", "not_reachable" }) String outcome,
			@Nullable String found, @Nullable Long observationId, OffsetDateTime recordedAt, String recordedBy) {
	}

	@Schema(name = "PatrolTrack")
	record Track(long points, long batches, @Schema(description = "metres, on the ellipsoid") double lengthMeters,
			@Schema(description = "null below two points") @Nullable TrackLine geometry) {
	}

	@Schema(name = "PatrolTrackLine", description = "The track as a GeoJSON LineString in WGS84, points in the order taken")
	record TrackLine(@Schema(allowableValues = "LineString") String type,
			@Schema(description = "[longitude, latitude] pairs") List<List<Double>> coordinates) {
	}

	@Schema(name = "PatrolTrackReceipt", description = "A stored batch of track points")
	record TrackReceipt(long batchId, int points,
			@Schema(description = "true when the key had been stored before and nothing was added") boolean replayed) {
	}

	@Schema(name = "PatrolEffort")
	record Effort(@Nullable String month, @Nullable String commune, List<EffortRow> rows, EffortTotals totals) {
	}

	@Schema(name = "PatrolEffortRow", description = "A team's finished patrols in a commune and month")
	record EffortRow(String team, @Nullable String communeCode, @Nullable String communeName,
			@Schema(example = "2026-11") String month, long patrols, double hours, double km, long sitesVisited) {
	}

	@Schema(name = "PatrolEffortTotals")
	record EffortTotals(long patrols, double hours, double km, long sitesVisited) {
	}
}
