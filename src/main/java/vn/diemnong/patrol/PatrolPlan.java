package vn.diemnong.patrol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import vn.diemnong.common.GeoJsonGeometry;

/**
 * A patrol plan as issued: where it starts and ends, its stops in order and the legs between them.
 *
 * @param riskCovered the sum of the stops' risk scores
 * @param riskShare   riskCovered as a share (0–1) of the risk of every site in the area
 */
@Schema(name = "PatrolPlan")
public record PatrolPlan(long id, LocalDate date, List<String> communes,
		@Schema(implementation = GeoJsonGeometry.MultiPolygon.class, description = "The area planned over")
		JsonNode area,
		Start start, LocalTime startTime, double hours, double speedKmh, int minutesPerStop, double detourFactor,
		long seed, String method, int candidates, List<Stop> stops, List<Leg> legs, double totalDistanceMeters,
		double totalMinutes, double riskCovered, double areaRisk, double riskShare, String createdBy,
		OffsetDateTime createdAt) {

	/** The start and end point, with the post's name when it is one. */
	@Schema(name = "PatrolStart")
	public record Start(double lon, double lat, @Nullable String label) {
	}

	/**
	 * @param arrival          the local time the patrol should be there
	 * @param minutesFromStart the same, counted from the start
	 * @param checks           codes of what to check there (patrol.check.* in the bundles)
	 */
	@Schema(name = "PatrolStop")
	public record Stop(long siteId, int order, String name, @Nullable String communeCode, double lon, double lat,
			LocalTime arrival, double minutesFromStart, double legMeters, double risk, List<Reason> reasons,
			List<String> checks) {
	}

	/** One reason of a stop's risk (the site's risk reasons as scored when the plan was made). */
	@Schema(name = "PatrolStopReason")
	public record Reason(String code, double contribution, @Nullable LocalDate date) {
	}

	/** A leg between two consecutive points of the route: 0 is the start, n+1 the return to it. */
	@Schema(name = "PatrolLeg")
	public record Leg(int from, int to, double meters, double minutes, List<List<Double>> coordinates) {
	}
}
