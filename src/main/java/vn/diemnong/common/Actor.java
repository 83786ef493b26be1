package vn.diemnong.common;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who acts: the signed-in user, {@code anonymous@<address>} for the public, {@code system} for work at start-up. */
public final class Actor {

	private Actor() {
	}

	public static String current() {
		if (principal() instanceof ScopedPrincipal principal) {
			return principal.username();
		}
		String address = address();
		return address == null ? "system" : "anonymous@" + address;
	}

	/** The role the actor acted in, or null for the public and the system. */
	public static @Nullable String role() {
		return principal() instanceof ScopedPrincipal principal ? principal.role() : null;
	}

	public static @Nullable String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	private static @Nullable Object principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getPrincipal();
	}
}
