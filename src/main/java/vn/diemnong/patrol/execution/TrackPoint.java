package vn.diemnong.patrol.execution;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** One position of the track (WGS 84), its accuracy in metres as the phone reports it, and when it was taken. */
record TrackPoint(@NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "106.0712") Double lon,
		@NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "21.1483") Double lat,
		@Nullable @PositiveOrZero @Schema(description = "metres") Double accuracy, @NotNull OffsetDateTime recordedAt) {
}
