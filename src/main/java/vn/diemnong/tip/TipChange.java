package vn.diemnong.tip;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A handler's change of a tip; absent members stay as they are. {@code siteId} links the tip to a known site,
 * {@code newSuspectedSite} registers a suspected site at the tip's position and links it; {@code confirmedBy} names the
 * record that confirmed it (an observation, a status event or an inspection of that site); {@code confirmations} adds
 * several at once (an officer's observation and the inspection after it). A record once linked stays linked.
 */
record TipChange(@Nullable @Schema(description = "verifying, verified, unfounded or duplicate") String status,
		@Nullable Long duplicateOf, @Nullable Long siteId, @Nullable Boolean newSuspectedSite,
		@Valid @Nullable Confirmation confirmedBy, @Size(max = 2000) @Nullable String note,
		@Schema(description = "records that confirmed the tip, added to those linked before")
		@Size(max = 10) @Nullable List<@Valid @NotNull Confirmation> confirmations) {

	/** confirmedBy and confirmations, each with where it is in the request. */
	java.util.Map<String, Confirmation> allConfirmations() {
		java.util.Map<String, Confirmation> all = new java.util.LinkedHashMap<>();
		if (confirmedBy != null) {
			all.put("confirmedBy", confirmedBy);
		}
		if (confirmations != null) {
			for (int i = 0; i < confirmations.size(); i++) {
				all.put("confirmations[" + i + "]", confirmations.get(i));
			}
		}
		return all;
	}

	record Confirmation(@NotNull @Schema(description = "observation, status_event or inspection") String kind,
			@NotNull @Positive Long id) {
	}
}
