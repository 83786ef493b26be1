package vn.diemnong.tip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A handler's change of a tip; absent members stay as they are. {@code siteId} links the tip to a known site,
 * {@code newSuspectedSite} registers a suspected site at the tip's position and links it; {@code confirmedBy} names the
 * record that confirmed it (an observation, a status event or an inspection of that site).
 */
record TipChange(@Nullable @Schema(description = "verifying, verified, unfounded or duplicate") String status,
		@Nullable Long duplicateOf, @Nullable Long siteId, @Nullable Boolean newSuspectedSite,
		@Valid @Nullable Confirmation confirmedBy, @Size(max = 2000) @Nullable String note) {

	record Confirmation(@NotNull @Schema(description = "observation, status_event or inspection") String kind,
			@NotNull @Positive Long id) {
	}
}
