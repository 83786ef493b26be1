package vn.diemnong.observation;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import vn.diemnong.common.GeoJsonGeometry;

/**
 * The {@code observation} part of a filed observation.
 *
 * @param newStatus  the site's status as seen, when it changed (a status code); none when it did not
 * @param findings   what was seen: working, smoke_or_smell, wastewater_discharge, scrap_stockpiled, scrap_brought_in,
 *                   equipment_removed, nobody_there
 * @param position   where the phone was, a GeoJSON Point
 * @param accuracyM  the position's accuracy as the phone gave it, in metres
 * @param observedAt when it was seen (the phone's time, with its offset)
 * @param site       only for {@code POST /api/v1/observations}: the site not on the list, registered at the position
 */
record NewObservation(@Nullable String newStatus, @NotNull @Size(max = 7) List<@NotNull String> findings,
		@Size(max = 2000) @Nullable String note,
		@NotNull @Schema(implementation = GeoJsonGeometry.class) JsonNode position,
		@NotNull @PositiveOrZero @Max(100_000) Double accuracyM, @NotNull OffsetDateTime observedAt,
		@Valid @Nullable NewSite site) {

	/** A site found in the field; kind defaults to household_workshop and trade to scrap_trading. */
	record NewSite(@NotBlank @Size(max = 300) String name, @Nullable String kind, @Nullable String trade) {
	}
}
