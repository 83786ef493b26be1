package vn.diemnong;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.diemnong.common.ScopedPrincipal;

/** Runs service code as a signed-in user, for tests that call a module's service directly instead of over HTTP. */
public final class SignedInAs {

	private SignedInAs() {
	}

	/** As a COMMUNE user whose scope is the one commune. */
	public static void communeUser(String username, String commune, Runnable work) {
		ScopedPrincipal principal = new ScopedPrincipal() {
			public String username() {
				return username;
			}

			public String role() {
				return "COMMUNE";
			}

			public Set<String> communes() {
				return Set.of(commune);
			}
		};
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
				null, List.of(new SimpleGrantedAuthority("ROLE_COMMUNE"))));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
