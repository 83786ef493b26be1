package vn.diemnong.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.diemnong.common.ScopedPrincipal;

/** A signed-in account as Spring Security and the queries see it. */
record Account(long id, String username, String displayName, @Nullable String passwordHash, Role roleValue,
		Set<String> communes, boolean enabled, @Nullable Instant lockedUntil) implements UserDetails, ScopedPrincipal {

	@Override
	public String role() {
		return roleValue.name();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(roleValue.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The same account without its hash, to be kept in the session. */
	Account withoutPassword() {
		return new Account(id, username, displayName, null, roleValue, communes, enabled, lockedUntil);
	}

	@Override
	public String toString() {
		return "Account[" + username + ", " + roleValue + ", " + communes + "]";
	}
}
