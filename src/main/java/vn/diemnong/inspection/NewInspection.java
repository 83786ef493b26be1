package vn.diemnong.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An inspection with its samples and violations, recorded in one transaction: all of it or nothing. The inspection and
 * each violation (its sanctioning decision) may cite field observations and their photos as evidence.
 */
record NewInspection(@NotNull Long siteId, @NotNull LocalDate inspectedOn, @NotNull String kind,
		@NotEmpty @Size(max = 10) List<@NotBlank String> team, @Size(max = 500) @Nullable String legalBasis,
		@Size(max = 4000) @Nullable String outcome, @Pattern(regexp = "[0-9]{5}") @Nullable String filedCommuneCode,
		@Size(max = 200) @Nullable List<@Valid NewSample> samples,
		@Size(max = 50) @Nullable List<@Valid NewViolation> violations,
		@Size(max = Citation.MAX) @Nullable List<@Valid @NotNull Citation> evidence) {

	List<NewSample> samplesOrEmpty() {
		return samples == null ? List.of() : samples;
	}

	List<NewViolation> violationsOrEmpty() {
		return violations == null ? List.of() : violations;
	}

	List<Citation> evidenceOrEmpty() {
		return evidence == null ? List.of() : evidence;
	}

	/**
	 * Evidence cited: a field observation of the inspected site (or of a member of the inspected village or cluster)
	 * and, optionally, one of its photos by the SHA-256 of the bytes received.
	 */
	@Schema(name = "EvidenceCitation")
	record Citation(@NotNull @Positive Long observationId,
			@Pattern(regexp = "[0-9a-f]{64}") @Nullable String photoSha256) {

		static final int MAX = 20;
	}

	/** @param column the QCVN column the sample is judged against: A or B (default B) */
	record NewSample(@NotNull String medium, @NotBlank String parameter, @NotNull BigDecimal value,
			@NotBlank String unit, @Pattern(regexp = "[AB]") @Nullable String column) {

		char judgedColumn() {
			return column == null ? 'B' : column.charAt(0);
		}
	}

	record NewViolation(@NotNull String category, @NotNull @Min(1) @Max(3) Integer severity,
			@Size(max = 300) @Nullable String legalReference, @Size(max = 100) @Nullable String decisionNumber,
			@Nullable LocalDate decidedOn, @PositiveOrZero @Nullable Long fineVnd,
			@Size(max = 2000) @Nullable String additionalSanctions, @Size(max = 4000) @Nullable String remedialMeasures,
			@Nullable LocalDate remedialDeadline, @Nullable String status, @Nullable String issuingAuthority,
			@Size(max = 200) @Nullable String issuingAuthorityName,
			@Size(max = Citation.MAX) @Nullable List<@Valid @NotNull Citation> evidence) {

		List<Citation> evidenceOrEmpty() {
			return evidence == null ? List.of() : evidence;
		}
	}
}
