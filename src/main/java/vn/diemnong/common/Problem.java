package vn.diemnong.common;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A refusal as {@link ProblemRenderer} writes it (RFC 9457 with the field errors), for the OpenAPI document only.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; title and detail follow Accept-Language")
record Problem(@Schema(example = "/problems/validation") String type, String title, int status, String detail,
		String instance, List<FieldError> errors) {

	@Schema(name = "ProblemFieldError", description = "What is wrong with one field, in Vietnamese and English")
	record FieldError(String field, @Schema(example = "not-found.site") String code, String messageVi,
			String messageEn) {
	}
}
