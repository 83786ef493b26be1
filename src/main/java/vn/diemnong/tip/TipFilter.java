package vn.diemnong.tip;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Parameter;

/** The queue's filters: a commune (2025 code), a status, overdue or not; paged. */
record TipFilter(@Nullable @Pattern(regexp = "[0-9]{1,10}") @Parameter(description = "2025 commune code") String commune,
		@Nullable @Pattern(regexp = "received|verifying|verified|unfounded|duplicate") String status,
		@Nullable Boolean overdue, @Nullable @Min(1) @Max(1000) Integer limit, @Nullable @Min(0) Integer offset) {

	int limitOrDefault() {
		return limit == null ? 200 : limit;
	}

	int offsetOrDefault() {
		return offset == null ? 0 : offset;
	}
}
