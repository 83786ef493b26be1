package vn.diemnong.common;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A refusal as {@link ProblemRenderer} writes it (RFC 9457 with the field errors), for the OpenAPI document only.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; title and detail follow Accept-Language")
record Problem(@Schema(example = "/problems/validation") String type, String title, int status, String detail,
		String instance, List<FieldError> errors,
		@Schema(description = "with a 412 stale-version: the changes made to the record since the version sent as "
				+ "If-Match, oldest first") @Nullable List<Change> changes) {

	@Schema(name = "ProblemFieldError", description = "What is wrong with one field, in Vietnamese and English")
	record FieldError(String field, @Schema(example = "not-found.site") String code, String messageVi,
			String messageEn) {
	}

	@Schema(name = "ProblemChange", description = "A change made to the record since the caller's version")
	record Change(@Schema(description = "the user who made it", example = "xa.vocuong") String by,
			@Schema(description = "when it was recorded") OffsetDateTime at,
			@Schema(description = "what kind of change", example = "site.update") String action,
			@Schema(description = "the fields it changed, as the API names them", example = "[\"name\", \"address\"]")
			List<String> fields) {
	}
}
