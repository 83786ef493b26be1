package vn.diemnong.access;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An account the administrator creates; {@code communes} only for a commune's account. */
record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,62}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 200) String password,
		@NotNull String role, @Nullable List<String> communes) {
}
