package vn.diemnong.patrol.execution;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcome at a stop: visited or not reachable, what was found, the field observation made there (its id), and
 * when (now when left out: a phone that queued it offline sends the time it was recorded).
 */
record OutcomeRequest(@NotNull @Schema(allowableValues = { "visited", "not_reachable" }) String outcome,
		@Nullable @Size(max = 2000) @Schema(example = "Lò nấu nhôm đang hoạt động, khói đen") String found,
		@Nullable @Positive Long observationId, @Nullable OffsetDateTime recordedAt) {
}
