package vn.diemnong.commitment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A signed commitment as recorded: the witnessing officer is the signed-in user, not a field.
 *
 * @param promises     codes of {@link Promise}
 * @param relocateBy   the date by which the site moves to a cluster (with {@code relocate_to_cluster} only)
 * @param promiseOther what else was promised (with {@code other} only)
 */
record NewCommitment(@NotNull LocalDate signedOn, @NotBlank @Size(max = 200) String signerName,
		@NotNull String signerRole, @NotEmpty @Size(max = 5) List<String> promises, @Nullable LocalDate relocateBy,
		@Size(max = 2000) @Nullable String promiseOther, @NotNull LocalDate validUntil) {
}
