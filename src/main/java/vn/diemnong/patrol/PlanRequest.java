package vn.diemnong.patrol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import vn.diemnong.common.GeoJsonGeometry;

/**
 * A plan to make: the area is {@code communes} (2025 codes) or {@code area} (a GeoJSON Polygon or MultiPolygon),
 * the start a GeoJSON Point inside the province (a commune police post or any point).
 *
 * @param seed      draws the plan; the same seed over the same data gives the same plan. Default: from the date and
 *                  the area, so each day's plan differs
 * @param startTime when the patrol leaves, 08:00 unless given
 */
@Schema(name = "PatrolPlanRequest")
record PlanRequest(@NotNull LocalDate date, @Size(max = 200) @Nullable List<String> communes,
		@Schema(implementation = GeoJsonGeometry.class) @Nullable JsonNode area,
		@NotNull @Schema(implementation = GeoJsonGeometry.Point.class) JsonNode start,
		@Size(max = 200) @Nullable String startLabel, @Nullable LocalTime startTime,
		@DecimalMin(value = "0.25") @DecimalMax(value = "16") @Nullable Double hours,
		@DecimalMin(value = "1") @DecimalMax(value = "100") @Nullable Double speedKmh,
		@Min(0) @Max(240) @Nullable Integer minutesPerStop, @Nullable Long seed) {

	static final double DEFAULT_HOURS = 4;
	static final double DEFAULT_SPEED_KMH = 25;
	static final int DEFAULT_MINUTES_PER_STOP = 15;
}
