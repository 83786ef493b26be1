package vn.diemnong.site;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A status observed on a date, with the reason, evidence and where the observer stood. */
record NewStatusEvent(@NotNull String newStatus, @NotNull LocalDate occurredOn,
		@NotBlank @Size(max = 2000) String reason, @Size(max = 2000) @Nullable String evidence,
		@Valid @Nullable Position observedAt) {

	record Position(@NotNull Double lon, @NotNull Double lat) {
	}
}
