package vn.diemnong.access;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

import vn.diemnong.common.ScopedPrincipal;

/**
 * Who is signed in and what they may do ({@link Capability} codes), as the map needs it to choose its layers and
 * panels, and the OpenID Connect providers it may offer for signing in (each with the address that starts the
 * sign-in).
 */
record Me(boolean authenticated, @Nullable String username, @Nullable String displayName, @Nullable String role,
		List<String> communes, List<String> can, List<Provider> providers) {

	record Provider(String id, String name, String signInUrl) {
	}

	Me withProviders(List<Provider> providers) {
		return new Me(authenticated, username, displayName, role, communes, can, providers);
	}

	static Me of(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
			String name = principal instanceof Account account ? account.displayName()
					: principal instanceof OidcAccount oidc ? oidc.displayName() : principal.username();
			return new Me(true, principal.username(), name, principal.role(), List.copyOf(principal.communes()),
					Capability.of(principal.role()), List.of());
		}
		return new Me(false, null, null, null, List.of(), List.of(), List.of());
	}
}
