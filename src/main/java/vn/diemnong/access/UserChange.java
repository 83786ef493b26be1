package vn.diemnong.access;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The administrator's change of an account: each field given is changed, {@code unlock} clears failed sign-ins. */
record UserChange(@Nullable @Size(max = 200) String displayName, @Nullable @Size(max = 200) String password,
		@Nullable String role, @Nullable List<String> communes, @Nullable Boolean enabled, @Nullable Boolean unlock) {
}
