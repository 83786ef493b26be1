package vn.diemnong.access;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

import vn.diemnong.common.ScopedPrincipal;

/** Who is signed in, as the map needs it to choose its layers and panels. */
record Me(boolean authenticated, @Nullable String username, @Nullable String displayName, @Nullable String role,
		List<String> communes) {

	static Me of(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
			String name = principal instanceof Account account ? account.displayName()
					: principal instanceof OidcAccount oidc ? oidc.displayName() : principal.username();
			return new Me(true, principal.username(), name, principal.role(), List.copyOf(principal.communes()));
		}
		return new Me(false, null, null, null, List.of());
	}
}
