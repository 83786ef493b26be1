package vn.diemnong.patrol.execution;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import vn.diemnong.common.GeoJsonGeometry;

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

	@Schema(name = "PatrolStop", description = "A stop of the plan and, once recorded, its outcome")
	record PatrolStop(int order, long siteId, String siteName, @Nullable String communeCode, LocalTime arrival,
			double lon, double lat, @Schema(description = "why the stop is on the plan") JsonNode reasons,
			@Schema(description = "what to check there") JsonNode checks, @Nullable PatrolStopOutcome outcome) {
	}

	@Schema(name = "PatrolStopOutcome")
	record PatrolStopOutcome(@Schema(allowableValues = { "visited", "not_reachable" }) String outcome,
			@Nullable String found, @Nullable Long observationId, OffsetDateTime recordedAt, String recordedBy) {
	}

	@Schema(name = "PatrolTrack")
	record Track(long points, long batches, @Schema(description = "metres, on the ellipsoid") double lengthMeters,
			@Schema(implementation = GeoJsonGeometry.class, description = "a LineString, null below two points")
			@Nullable JsonNode geometry) {
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
